// Incremental story clustering, decided relative to chance.
//
// Weights. A document becomes a sparse TF-IDF vector over its features:
// weight (1 + ln tf) * idf, entity features multiplied by entity_weight,
// scaled to unit length. The IDF blends the shipped background model with
// the documents seen so far:
//   idf = ln((n + B + 1) / (df + B * df_bg / N_bg + 0.5)),  B = weight * N_bg,
// so a batch that is all one event still weighs its names above its
// function words (their background frequency differs), and a name that
// becomes common in the collection loses weight as it should.
//
// Stories. A story is the sum of its members' unit vectors; a document's
// similarity to it is the cosine between the two. Candidate stories come
// from an inverted index (feature -> stories whose centroid holds it): the
// document's `probe_features` strongest features are looked up (features
// held by more than `max_postings` stories are skipped), candidates are
// ranked by the probe weight they hold, and only the best `max_candidates`
// are scored. Centroids are pruned to their `centroid_features` strongest
// features once they double that size. So a document costs time in its own
// length, whatever the number of stories.
//
// Decision. A fixed cosine threshold does not carry from one collection to
// another: ECB+ reports of one event share most of their vocabulary, while
// ordinary coverage often shares only a few names. So the best candidate's
// similarity is compared with what chance gives *this* document: its
// cosines, under the current weights, to the background model's reference
// documents (unrelated news). With their mean m and spread s,
//   z = (sim - m) / max(s, min_sd),
// and the document joins the story when z >= z_threshold and sim >=
// min_similarity; otherwise it starts a story. This is the score
// normalisation of topic detection and tracking (TDT): long documents, whose
// cosines to anything are low, and short ones, whose cosines swing widely,
// are judged on one scale. The references are re-weighed whenever the
// collection has grown by `reference_refresh` since their last weighing:
// one weight per entry of the model's frozen inverted index (background.h),
// so weighing touches no hash table and the model itself is never copied;
// a weighing is made only when a document has a candidate to judge (Add).
//
// Dates are weak evidence: when both the document and the story are dated
// and the gap exceeds window_days, z loses date_penalty * (1 - exp(-(gap -
// window) / decay_days)) -- bounded, so a strong match still joins a story
// weeks later.
//
// Determinism: ties go to the lower story id; every sum runs in a fixed
// order. Batch = incremental: ClusterStories adds the documents in order.
#include "fuse/stories.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <mutex>

namespace crosscheck {
namespace {

// The per-feature-id arrays of finished clusterers, cleared (df 0, no
// posting list, dense weight 0), for the next ones (share_between_clusterers).
// Every clusterer needs arrays over the model's feature ids and its own
// (11,000 and more): allocated, filled and faulted in afresh, they were
// a twelfth of a small fusion round's time in the fuzz build (fuse_fuzz:
// StoryClusterer::Observe and Join, robust.md). A few sets are kept, for
// clusterers that run at once on other threads.
struct FeatureArrays {
  std::vector<int> df, posting_list;
  std::vector<float> dense;
};
constexpr size_t kKeptFeatureArrays = 4;
std::mutex feature_arrays_mu;
std::vector<FeatureArrays>& KeptFeatureArrays() {
  static auto* kept = new std::vector<FeatureArrays>();  // never destroyed: clusterers may outlive statics
  return *kept;
}

}  // namespace

StoryClusterer::~StoryClusterer() {
  if (!background_ || !options_.share_between_clusterers) return;  // (a moved-from clusterer has no model)
  // Clear what this clusterer set, and hand the arrays on.
  for (int id : model_features_seen_) df_[id] = 0;
  for (size_t id = base_; id < std::min(df_.size(), base_ + bg_df_.size()); ++id) df_[id] = 0;  // its own features
  for (int id : posting_ids_) posting_list_[id] = -1;
  // dense_ is all zero between uses (ReferenceStats).
  std::lock_guard<std::mutex> lock(feature_arrays_mu);
  std::vector<FeatureArrays>& kept = KeptFeatureArrays();
  if (kept.size() < kKeptFeatureArrays) kept.push_back({std::move(df_), std::move(posting_list_), std::move(dense_)});
}

StoryClusterer::StoryClusterer(const StoryOptions& options) : options_(options) {
  if (options_.use_background) {
    background_ = options_.background ? options_.background : StoryBackground::Default();
  }
  options_.background.reset();  // held once, in background_
  if (background_) {
    bg_docs_ = options_.background_weight * background_->documents();
    bg_scale_ = options_.background_weight;
    base_ = background_->reference_features();
    if (options_.share_between_clusterers) {
      std::lock_guard<std::mutex> lock(feature_arrays_mu);
      std::vector<FeatureArrays>& kept = KeptFeatureArrays();
      if (!kept.empty()) {
        df_ = std::move(kept.back().df);
        posting_list_ = std::move(kept.back().posting_list);
        dense_ = std::move(kept.back().dense);
        kept.pop_back();
      }
    }
  }
}

int StoryClusterer::FeatureId(int kind, std::string_view key) {
  if (background_) {
    const int id = background_->ReferenceFeatureId(
        kind == kEntityFeature ? StoryBackground::kEntity : StoryBackground::kTerm, key);
    if (id >= 0) return id;
  }
  auto& vocab = vocab_[kind];
  auto it = vocab.find(key);
  if (it != vocab.end()) return it->second;
  const int id = base_ + static_cast<int>(bg_df_.size());
  vocab.emplace(std::string(key), id);
  bg_df_.push_back(background_ ? background_->DocumentFrequency(
                                     kind == kEntityFeature ? StoryBackground::kEntity : StoryBackground::kTerm, key)
                               : 0);
  is_entity_.push_back(kind == kEntityFeature);
  return id;
}

double StoryClusterer::IdfOf(int docs, int df, int bg_df) const {
  const double n = docs;
  if (background_) {
    return std::log((n + bg_docs_ + 1) / (df + bg_scale_ * bg_df + 0.5));
  }
  return std::log((std::max(n, 1.0) + 1 + options_.prior_documents) / (std::max(df, 1) + 0.5));
}

double StoryClusterer::Idf(int id) const { return IdfOf(docs_seen_, Df(id), background_ ? BackgroundDf(id) : 0); }

std::vector<StoryClusterer::FeatureCount> StoryClusterer::Ids(const StoryFeatures& f) {
  // Ids are given in the order of the entries (entities, then terms), so a
  // feature new to the clusterer gets the same id in either form.
  std::vector<FeatureCount> ids;
  ids.reserve(f.entities.size() + f.terms.size());
  const bool ec = f.entity_counts.size() == f.entities.size(), tc = f.term_counts.size() == f.terms.size();
  for (size_t k = 0; k < f.entities.size(); ++k)
    ids.push_back({FeatureId(kEntityFeature, f.entities[k]), true, ec ? f.entity_counts[k] : 1});
  for (size_t k = 0; k < f.terms.size(); ++k)
    ids.push_back({FeatureId(kTermFeature, f.terms[k]), false, tc ? f.term_counts[k] : 1});
  std::sort(ids.begin(), ids.end(), [](const FeatureCount& a, const FeatureCount& b) {
    return a.id != b.id ? a.id < b.id : a.entity < b.entity;
  });
  return ids;
}

void StoryClusterer::Observe(const std::vector<FeatureCount>& ids) {
  ++docs_seen_;
  if (!ids.empty() && ids.back().id >= static_cast<int>(df_.size())) df_.resize(ids.back().id + 1, 0);
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0 && ids[i].id == ids[i - 1].id) continue;
    if (df_[ids[i].id]++ == 0 && ids[i].id < base_) model_features_seen_.push_back(ids[i].id);
  }
}

StoryClusterer::SparseVector StoryClusterer::Vectorize(const std::vector<FeatureCount>& ids) const {
  SparseVector v;
  double norm2 = 0;
  for (size_t i = 0; i < ids.size();) {
    size_t j = i;
    uint64_t tf = 0;
    for (; j < ids.size() && ids[j].id == ids[i].id; ++j) tf += ids[j].count;
    const int id = ids[i].id;
    double w = (1 + std::log(static_cast<double>(tf))) * Idf(id);
    if (ids[i].entity) w *= options_.entity_weight;
    if (w > 0) {
      v.emplace_back(id, static_cast<float>(w));
      norm2 += w * w;
    }
    i = j;
  }
  if (norm2 > 0) {
    const double inv = 1 / std::sqrt(norm2);
    for (auto& [id, w] : v) w = static_cast<float>(w * inv);
  }
  return v;
}

std::vector<int64_t> StoryClusterer::WeighingKey() const {
  // Everything a weighing reads of the clusterer (MakeWeighing): the
  // options in the IDF and the entity factor (as bits), the documents seen,
  // and each model feature the collection holds with its document
  // frequency, by id. The model's own numbers are the model's: a key is
  // looked up only in the model it was made for.
  std::vector<int> seen = model_features_seen_;
  std::sort(seen.begin(), seen.end());
  std::vector<int64_t> key;
  key.reserve(3 + 2 * seen.size());
  key.push_back(std::bit_cast<int64_t>(options_.background_weight));
  key.push_back(std::bit_cast<int64_t>(options_.entity_weight));
  key.push_back(docs_seen_);
  for (int id : seen) {
    key.push_back(id);
    key.push_back(df_[id]);
  }
  return key;
}

void StoryClusterer::UseWeighing(const std::vector<int64_t>& key) {
  size_t hash = 0x9e3779b97f4a7c15ULL;
  for (int64_t k : key) hash = (hash ^ static_cast<uint64_t>(k)) * 0x100000001b3ULL;
  if (options_.share_between_clusterers) {
    if (auto kept = background_->FindWeighing(key, hash)) {
      weighing_ = std::move(kept);
      return;
    }
  }
  weighing_.reset();  // when no one else holds it, its storage may serve a later weighing
  std::shared_ptr<StoryBackground::ReferenceWeighing> made =
      options_.share_between_clusterers ? background_->NewWeighing() : std::make_shared<StoryBackground::ReferenceWeighing>();
  made->key = key;
  made->hash = hash;
  MakeWeighing(key, &made->weight);
  weighing_ = options_.share_between_clusterers ? background_->KeepWeighing(std::move(made)) : std::move(made);
}

void StoryClusterer::MakeWeighing(const std::vector<int64_t>& key, std::vector<float>* weight) {
  // Each reference's features weighed as a document's are (Vectorize), to
  // unit length, written into the slots of the model's inverted index,
  // under the IDF of the collection the key describes.
  //
  // This was most of a small fusion round's time (a server round over a
  // few documents; every fuzz input): 35,000 entries weighed at least once
  // per clusterer, each with two logarithms and four lookups that test
  // whether the id is the model's. The per-feature factors are made once
  // per weighing for the model's 11,000 features (the IDF: one logarithm
  // per distinct background df for the features the collection has not
  // seen, nearly all of them in a small collection; the entity factor:
  // once per clusterer) and the count's factor once in the model, each
  // from the very expression it replaces, so every weight is bit for bit
  // what it was (x * 1.0 == x for a term). Weighings are shared through
  // the model (UseWeighing), so a key is weighed once while it is kept.
  const size_t features = static_cast<size_t>(base_);
  if (feature_factor_.size() != features) {
    feature_factor_.resize(features);
    for (size_t id = 0; id < features; ++id)
      feature_factor_[id] = IsEntity(static_cast<int>(id)) ? options_.entity_weight : 1.0;
  }
  const int n = static_cast<int>(key[2]);
  // IDF of an unseen feature (df 0) by its background df.
  unseen_idf_.resize(static_cast<size_t>(std::max(0, std::min(background_->documents(), 4095))) + 1);
  for (size_t bg = 0; bg < unseen_idf_.size(); ++bg) unseen_idf_[bg] = IdfOf(n, 0, static_cast<int>(bg));
  feature_idf_.resize(features);
  for (size_t id = 0; id < features; ++id) {
    const int bg = background_->ReferenceFeatureDf(static_cast<int>(id));
    feature_idf_[id] = static_cast<unsigned>(bg) < unseen_idf_.size() ? unseen_idf_[bg] : IdfOf(n, 0, bg);
  }
  for (size_t k = 3; k + 1 < key.size(); k += 2) {  // the features the collection has seen
    const int id = static_cast<int>(key[k]);
    feature_idf_[id] = IdfOf(n, static_cast<int>(key[k + 1]), background_->ReferenceFeatureDf(id));
  }
  weight->resize(background_->reference_postings());
  for (size_t r = 0; r < background_->reference_ids().size(); ++r) {
    const std::pair<int, int>* ids = background_->reference_ids()[r].data();
    const double* lc = background_->reference_log_counts()[r].data();
    const uint32_t* slot = background_->reference_slots()[r].data();
    const size_t m = background_->reference_ids()[r].size();
    double norm2 = 0;
    reference_x_.resize(m);
    for (size_t k = 0; k < m; ++k) {
      double x = lc[k] * feature_idf_[ids[k].first];
      x *= feature_factor_[ids[k].first];
      reference_x_[k] = x;
      if (x > 0) norm2 += x * x;
    }
    float* w = weight->data();
    if (norm2 <= 0) {
      for (size_t k = 0; k < m; ++k) w[slot[k]] = 0.0f;
    } else {
      const double inv = 1 / std::sqrt(norm2);
      for (size_t k = 0; k < m; ++k) w[slot[k]] = reference_x_[k] > 0 ? static_cast<float>(reference_x_[k] * inv) : 0.0f;
    }
  }
}

void StoryClusterer::ReferenceStats(const SparseVector& v, double* mean, double* sd) {
  *mean = 0;
  *sd = 0;
  if (!deferred_key_.empty()) {
    // The weighing that fell due when no document needed it (Add), made
    // now from the collection as it was then (its key).
    UseWeighing(deferred_key_);
    deferred_key_.clear();
  }
  reference_dot_.assign(background_->reference_ids().size(), 0.0);
  for (const auto& [id, w] : v) {
    if (id >= base_) break;  // v is sorted by id; the references hold ids below base_
    const float* x = weighing_->weight.data() + background_->PostingSlot(id);
    for (const StoryBackground::Posting& p : background_->ReferencePostings(id)) {
      if (*x != 0.0f) reference_dot_[p.reference] += static_cast<double>(w) * *x;
      ++x;
    }
  }
  // The sample: v scattered once into a dense array by feature id, then
  // each sampled vector summed against it in its own id order -- the same
  // products in the same order as a merge of the two sorted lists, so the
  // same sums, without a branch per step of the merge.
  if (!sample_.empty()) {
    dense_.resize(base_ + bg_df_.size(), 0.0f);
    for (const auto& [id, w] : v) dense_[id] = w;
    for (const SparseVector& s : sample_) {
      double dot = 0;
      for (const auto& [id, w] : s) {
        const float x = dense_[id];
        if (x != 0.0f) dot += static_cast<double>(x) * w;
      }
      reference_dot_.push_back(dot);
    }
    for (const auto& [id, w] : v) dense_[id] = 0.0f;
  }
  if (reference_dot_.empty()) return;
  // Drop the top `trim` share: reports of the same event are not chance.
  std::sort(reference_dot_.begin(), reference_dot_.end());
  const size_t n = reference_dot_.size() - static_cast<size_t>(options_.trim * reference_dot_.size());
  double sum = 0, sum2 = 0;
  for (size_t i = 0; i < n; ++i) {
    sum += reference_dot_[i];
    sum2 += reference_dot_[i] * reference_dot_[i];
  }
  *mean = sum / n;
  *sd = std::sqrt(std::max(0.0, sum2 / n - *mean * *mean));
}

void StoryClusterer::Sample(const SparseVector& v) {
  // Reservoir sampling (algorithm R) with a fixed-seed generator: the same
  // documents in the same order give the same sample.
  const size_t k = static_cast<size_t>(std::max(0, options_.collection_sample));
  if (k == 0) return;
  if (sample_.size() < k) {
    sample_.push_back(v);
    return;
  }
  sample_rng_ ^= sample_rng_ << 13;
  sample_rng_ ^= sample_rng_ >> 7;
  sample_rng_ ^= sample_rng_ << 17;
  const uint64_t slot = sample_rng_ % static_cast<uint64_t>(docs_seen_);
  if (slot < k) sample_[slot] = v;
}

double StoryClusterer::Cosine(const SparseVector& v, const StoryState& s) const {
  if (s.norm2 <= 0) return 0;
  double dot = 0;
  for (const auto& [id, w] : v) {
    if (const float* c = s.centroid.Find(id)) dot += w * *c;
  }
  // Group average: the mean cosine between the document and the story's
  // members (the centroid is the sum of their unit vectors), on the same
  // scale as the document-to-document cosines of the chance distribution.
  return options_.group_average ? dot / s.size : dot / std::sqrt(s.norm2);
}

int StoryClusterer::DayGap(std::optional<int> day, const StoryState& s) const {
  if (!day || !s.first_day) return 0;
  return *day < *s.first_day ? *s.first_day - *day : *day > *s.last_day ? *day - *s.last_day : 0;
}

std::vector<int> StoryClusterer::Candidates(const SparseVector& v) {
  std::vector<std::pair<float, int>> strongest;
  strongest.reserve(v.size());
  for (const auto& [id, w] : v) strongest.emplace_back(-w, id);
  const size_t probes = std::min(strongest.size(), static_cast<size_t>(options_.probe_features));
  std::partial_sort(strongest.begin(), strongest.begin() + probes, strongest.end());
  candidate_weight_.resize(stories_.size(), 0.0f);
  std::vector<int> touched;
  for (size_t i = 0; i < probes; ++i) {
    if (strongest[i].second >= static_cast<int>(posting_list_.size()) || posting_list_[strongest[i].second] < 0)
      continue;
    const std::vector<int>& p = postings_[posting_list_[strongest[i].second]];
    if (p.size() > static_cast<size_t>(options_.max_postings)) continue;
    for (int s : p) {
      if (candidate_weight_[s] == 0.0f) touched.push_back(s);
      candidate_weight_[s] += -strongest[i].first;
    }
  }
  candidate_scratch_.clear();
  for (int s : touched) {
    candidate_scratch_.emplace_back(-static_cast<double>(candidate_weight_[s]), s);
    candidate_weight_[s] = 0.0f;
  }
  const size_t keep = std::min(candidate_scratch_.size(), static_cast<size_t>(options_.max_candidates));
  std::partial_sort(candidate_scratch_.begin(), candidate_scratch_.begin() + keep, candidate_scratch_.end());
  std::vector<int> out;
  out.reserve(keep);
  for (size_t i = 0; i < keep; ++i) out.push_back(candidate_scratch_[i].second);
  std::sort(out.begin(), out.end());
  return out;
}

void StoryClusterer::Join(int story, const SparseVector& v, std::optional<int> day) {
  StoryState& s = stories_[story];
  if (!v.empty() && v.back().first >= static_cast<int>(posting_list_.size())) posting_list_.resize(v.back().first + 1, -1);
  for (const auto& [id, w] : v) {
    auto [c, inserted] = s.centroid.Emplace(id);
    if (inserted) {
      if (posting_list_[id] < 0) {
        posting_list_[id] = static_cast<int>(postings_.size());
        postings_.emplace_back();
        posting_ids_.push_back(id);
      }
      postings_[posting_list_[id]].push_back(story);
    }
    s.norm2 += 2.0 * *c * w + static_cast<double>(w) * w;
    *c += w;
  }
  if (s.centroid.size() > 2 * static_cast<size_t>(options_.centroid_features)) {
    // Keep the strongest features. Postings of dropped features still name
    // this story; a stale posting only makes it a candidate, never wrong.
    std::vector<std::pair<float, int>> by_weight;
    for (const auto& [id, w] : s.centroid) by_weight.emplace_back(-w, id);
    std::sort(by_weight.begin(), by_weight.end());
    s.centroid.clear();
    s.norm2 = 0;
    for (size_t i = 0; i < static_cast<size_t>(options_.centroid_features); ++i) {
      *s.centroid.Emplace(by_weight[i].second).first = -by_weight[i].first;
      s.norm2 += static_cast<double>(by_weight[i].first) * by_weight[i].first;
    }
  }
  if (day) {
    s.first_day = s.first_day ? std::min(*s.first_day, *day) : *day;
    s.last_day = s.last_day ? std::max(*s.last_day, *day) : *day;
  }
  ++s.size;
}

int StoryClusterer::Add(const StoryFeatures& f) {
  const std::vector<FeatureCount> ids = Ids(f);
  Observe(ids);
  const SparseVector v = Vectorize(ids);
  last_ = Decision{};
  const std::vector<int> candidates = Candidates(v);
  if (background_) {
    // The references are weighed on a fixed schedule (whenever the
    // collection has grown by reference_refresh), but only used to judge a
    // candidate: a weighing that falls due for a document with no
    // candidate (every first document; most of a small round's) is kept
    // as its key (the collection's document frequencies) and made when a later
    // document needs it, or never when the next one falls due first. The
    // same weights judge the same candidates as when every weighing was
    // made at once. A document with no candidate has mean and sd 0.
    if (references_weighed_at_ < 0 ||
        docs_seen_ > references_weighed_at_ * (1 + options_.reference_refresh) + 1) {
      references_weighed_at_ = docs_seen_;
      deferred_key_.clear();
      if (candidates.empty() && options_.defer_weighing) {
        deferred_key_ = WeighingKey();
      } else {
        UseWeighing(WeighingKey());
      }
    }
    if (!candidates.empty() || !options_.defer_weighing) ReferenceStats(v, &last_.mean, &last_.sd);
  }
  const double sd = std::max(last_.sd, options_.min_sd);
  // The document's features some centroid has ever held (a centroid gains
  // features only in Join, which gives each one a posting list): the rest
  // match no candidate, so the cosines skip them -- the same products in
  // the same order, without a probe each that finds nothing.
  SparseVector held;
  if (!candidates.empty()) {
    held.reserve(v.size());
    for (const auto& e : v)
      if (e.first < static_cast<int>(posting_list_.size()) && posting_list_[e.first] >= 0) held.push_back(e);
  }
  int best = -1;
  double best_score = 0, best_sim = 0;
  for (int c : candidates) {
    const double sim = Cosine(held, stories_[c]);
    const int gap = DayGap(f.day, stories_[c]);
    const double late = gap > options_.window_days
                            ? 1 - std::exp(-(gap - options_.window_days) / options_.decay_days)
                            : 0.0;
    // Score on the decision's own scale: z units with a background, the
    // cosine (times the date factor) without.
    const double score = background_ ? (sim - last_.mean) / sd - options_.date_penalty * late
                                     : sim * (1 - options_.date_factor_loss * late);
    if (best < 0 || score > best_score) {
      best = c;
      best_score = score;
      best_sim = sim;
    }
  }
  bool join = false;
  if (best >= 0) {
    join = background_ ? best_score >= options_.z_threshold && best_sim >= options_.min_similarity
                       : best_score >= options_.threshold;
  }
  last_.best = best;
  last_.similarity = best_sim;
  last_.z = background_ ? best_score : 0;
  last_.joined = join;
  if (!join) {
    best = static_cast<int>(stories_.size());
    stories_.emplace_back();
  }
  Join(best, v, f.day);
  if (background_) Sample(v);
  labels_.push_back(best);
  return best;
}

std::vector<int> ClusterStories(const std::vector<StoryFeatures>& features,
                                const StoryOptions& options) {
  StoryClusterer clusterer(options);
  for (const StoryFeatures& f : features) clusterer.Add(f);
  return clusterer.labels();
}

}  // namespace crosscheck
