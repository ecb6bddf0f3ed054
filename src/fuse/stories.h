// Story clustering: documents about the same event are grouped into one
// story, by the entities they name, their key terms and (when dated) how
// close in time they are. StoryClusterer is incremental (each new document
// joins the most similar story or starts one, as the server needs);
// ClusterStories, the batch form, adds the documents one by one exactly as
// the server does, so both give the same stories for the same documents in
// the same order.
//
// Features do not need the entity recognizer: ExtractStoryFeatures finds
// capitalised word sequences itself and adds any canonical entity names the
// caller passes. Weights are TF-IDF with document frequencies blended from
// a shipped background model (background.h) and the documents seen so far;
// entity features weigh more than plain terms. Whether a document joins a
// story is decided relative to chance: its similarity to the story against
// its similarities to unrelated background documents (stories.cc).
//
// Thread-compatible: a StoryClusterer is used by one thread at a time. The
// background model is frozen and shared between clusterers (and threads)
// through a shared_ptr; a new clusterer copies nothing of it, so building
// one is cheap (the first Add weighs the model's reference documents once).
// Memory per story is bounded (centroids are pruned to their strongest
// features); candidate stories are found through an inverted index with
// bounded candidate lists, so adding a document costs time in its own
// length, not in the number of stories or documents.
#ifndef CROSSCHECK_FUSE_STORIES_H_
#define CROSSCHECK_FUSE_STORIES_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/int_float_map.h"
#include "fuse/background.h"

namespace crosscheck {

struct StoryFeatures {
  // Lower-cased entity names: capitalised word sequences of the text (and
  // each of their words, prefixed "w:"), plus the caller's canonical names.
  // One entry per occurrence (repeats count as term frequency).
  std::vector<std::string> entities;
  // Lower-cased content words (stop words dropped), cut to a 6-letter stem;
  // one entry per occurrence.
  std::vector<std::string> terms;
  std::optional<int> day;  // days since 1970-01-01 of the document's date
  // The counted form (ExtractStoryFeatures with `counted`): each distinct
  // entry once, in the order of its first occurrence, and here how many
  // times it occurs (same size as entities / terms). Empty: the plain form,
  // one entry per occurrence. The clusterer reads both forms alike (same
  // feature ids in the same order, same term frequencies); the counted one
  // holds a long document's features in the room of its vocabulary, not of
  // its words. The store keeps the plain form.
  std::vector<uint32_t> entity_counts, term_counts;
};

// `entity_names`: canonical names from the entity recognizer (may be empty).
// `day`: the document's date as days since the epoch, if known.
// `counted`: the counted form (StoryFeatures::entity_counts).
StoryFeatures ExtractStoryFeatures(std::string_view text,
                                   const std::vector<std::string>& entity_names = {},
                                   std::optional<int> day = std::nullopt, bool counted = false);

// Days since 1970-01-01 for an ISO date "YYYY-MM-DD..." (time part ignored).
std::optional<int> DayFromIsoDate(std::string_view iso);

struct StoryOptions {
  // The background model (background.h): its document frequencies are
  // blended into the IDF, and its reference documents tell what chance
  // similarity looks like. nullptr: the shipped model,
  // StoryBackground::Default(). use_background = false: none (then the
  // fixed `threshold` decides and `prior_documents` smooths the IDF). The
  // model is frozen and shared: a clusterer adds only its own state.
  std::shared_ptr<const StoryBackground> background;
  bool use_background = true;
  // The background counts as this many documents per background document
  // in the IDF: idf = ln((n + B + 1) / (df + B * df_bg / N_bg + 0.5)),
  // B = background_weight * N_bg, n and df over the collection so far.
  double background_weight = 1.0;
  double entity_weight = 2.0;   // weight of entity features relative to terms
  // The decision (docs/STORIES.md): a document joins its most similar story
  // when that similarity stands out from its similarities to the background
  // reference documents: z = (sim - mean) / max(sd, min_sd) reaches
  // z_threshold, and sim reaches min_similarity.
  double z_threshold = 18.0;
  double min_similarity = 0.13;
  double min_sd = 0.01;
  // The chance distribution pools the background references with a sample
  // of up to collection_sample earlier documents of the collection
  // (deterministic reservoir sampling), and ignores its top trim fraction
  // (documents of the same event as the new one).
  int collection_sample = 128;
  bool group_average = true;
  double trim = 0.2;
  // Re-weigh the references when the collection has grown by this fraction
  // since they were last weighed (their IDF moves with the collection).
  double reference_refresh = 0.1;
  // Make a weighing that falls due for a document with no candidate story
  // only when a later document needs it (StoryClusterer::Add). The same
  // decisions either way (tests compare them); false only in tests.
  bool defer_weighing = true;
  // Take a weighing another clusterer of the same model made for the same
  // key (StoryBackground::FindWeighing) instead of making it again, and
  // keep the ones made here for others; start with the per-feature-id
  // arrays a finished clusterer left (cleared), instead of allocating and
  // filling arrays over the model's 11,000 feature ids afresh. The same
  // decisions either way (tests compare them); false only in tests.
  bool share_between_clusterers = true;
  // Without a background model: min cosine to join, and the featureless
  // documents assumed in the IDF.
  double threshold = 0.25;
  double prior_documents = 100;
  // Dates are weak evidence: a document dated within window_days of a
  // story's date range loses nothing; beyond, it loses up to date_penalty
  // z units (1 - exp(-(gap - window) / decay_days) of it), never more, so
  // a strong match still joins a story weeks later. Without a background
  // model the penalty applies to the cosine instead, as a factor
  // 1 - date_factor_loss * (1 - exp(...)).
  int window_days = 3;
  double decay_days = 45;
  double date_penalty = 6.0;
  double date_factor_loss = 0.3;
  // Candidate stories: the document's probe_features strongest features
  // are looked up in the inverted index (feature -> stories); a feature
  // held by more than max_postings stories is skipped, and only the
  // max_candidates stories with the most probe weight are scored.
  int probe_features = 24;
  int max_postings = 1000;
  int max_candidates = 64;
  int centroid_features = 400;  // a story centroid keeps at most this many features
};

class StoryClusterer {
 public:
  explicit StoryClusterer(const StoryOptions& options = {});
  StoryClusterer(const StoryClusterer&) = delete;  // large; move it instead
  StoryClusterer& operator=(const StoryClusterer&) = delete;
  StoryClusterer(StoryClusterer&&) = default;
  StoryClusterer& operator=(StoryClusterer&&) = default;
  ~StoryClusterer();

  // Adds a document; returns its story label (0, 1, 2, ... in order of
  // creation). A document's label never changes afterwards.
  int Add(const StoryFeatures& features);

  size_t stories() const { return stories_.size(); }
  size_t documents() const { return labels_.size(); }
  const std::vector<int>& labels() const { return labels_; }
  // True when a background model is in use.
  bool has_background() const { return background_ != nullptr; }

  // The last Add()'s decision, for diagnostics and tests: the best
  // candidate's similarity, the reference mean and spread (0 when there was
  // no candidate and StoryOptions::defer_weighing), and z.
  struct Decision {
    double similarity = 0, mean = 0, sd = 0, z = 0;
    int best = -1;  // best candidate story, -1 if none
    bool joined = false;
  };
  const Decision& last_decision() const { return last_; }

 private:
  using SparseVector = std::vector<std::pair<int, float>>;  // sorted by feature id
  struct StoryState {
    IntFloatMap centroid;                     // sum of member unit vectors
    double norm2 = 0;                         // |centroid|^2
    std::optional<int> first_day, last_day;
    int size = 0;
  };

  // A feature of a document: its id, whether it is an entity, and how many
  // of its occurrences this row stands for.
  struct FeatureCount {
    int id;
    bool entity;
    uint32_t count;
  };
  void Observe(const std::vector<FeatureCount>& ids);
  SparseVector Vectorize(const std::vector<FeatureCount>& ids) const;
  // Sorted by id; one id may take several rows (the plain form's repeats).
  std::vector<FeatureCount> Ids(const StoryFeatures& f);
  double Idf(int id) const;
  // The IDF of a feature with these document frequencies after n documents.
  double IdfOf(int n, int df, int bg_df) const;
  // Per feature id: whether it is an entity, and its background document
  // frequency (ids below base_ are the model's reference features).
  bool IsEntity(int id) const {
    return id < base_ ? background_->ReferenceFeatureKind(id) == StoryBackground::kEntity
                      : is_entity_[id - base_];
  }
  int BackgroundDf(int id) const {
    return id < base_ ? background_->ReferenceFeatureDf(id) : bg_df_[id - base_];
  }
  int Df(int id) const { return id < static_cast<int>(df_.size()) ? df_[id] : 0; }
  double Cosine(const SparseVector& v, const StoryState& s) const;
  int DayGap(std::optional<int> day, const StoryState& s) const;
  void Join(int story, const SparseVector& v, std::optional<int> day);
  enum { kEntityFeature = 0, kTermFeature = 1 };
  int FeatureId(int kind, std::string_view key);
  std::vector<int> Candidates(const SparseVector& v);
  // The references' weighing: its key (the weighing's inputs: the options
  // that enter the weights, docs_seen_ and the df_ of every model feature
  // the collection holds), and the weighing of a key, taken from the model
  // when another clusterer made it (share_between_clusterers), else made here.
  std::vector<int64_t> WeighingKey() const;
  void UseWeighing(const std::vector<int64_t>& key);
  void MakeWeighing(const std::vector<int64_t>& key, std::vector<float>* weight);
  void ReferenceStats(const SparseVector& v, double* mean, double* sd);
  void Sample(const SparseVector& v);

  StoryOptions options_;
  std::shared_ptr<const StoryBackground> background_;
  double bg_scale_ = 0;  // B / N_bg
  double bg_docs_ = 0;   // B
  // Feature ids: the background's reference features keep their ids
  // (0 .. base_-1); features first seen here are numbered from base_, per
  // kind (entity, term), looked up by string_view without building a key.
  int base_ = 0;
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> vocab_[2];
  std::vector<int> df_;     // per feature id (grown on demand): collection documents holding it
  std::vector<int> bg_df_;  // per own feature (id - base_): background documents holding it
  std::vector<char> is_entity_;  // per own feature
  int docs_seen_ = 0;
  std::vector<StoryState> stories_;
  // Feature id -> stories holding it: postings_[posting_list_[id]] (-1: none;
  // grown on demand). Indirect, so a small collection does not allocate and
  // zero a list per feature id of the model (11,000 ids: 260 KB).
  std::vector<int> posting_list_;
  std::vector<std::vector<int>> postings_;
  std::vector<int> posting_ids_;  // the ids with a list, so a finished clusterer can clear posting_list_
  std::vector<int> labels_;
  // The model features the collection holds (df_ > 0), in order of first
  // sight: with their df_, the part of a weighing's key that varies.
  std::vector<int> model_features_seen_;
  // The references' weights under the current weighing: one per entry of
  // the model's inverted index (StoryBackground::PostingSlot), unit length
  // per reference; possibly shared with other clusterers (read only).
  std::shared_ptr<const StoryBackground::ReferenceWeighing> weighing_;
  // MakeWeighing's scratch: per model feature (id < base_) its IDF at the
  // weighing and its entity factor (entity_weight or 1); the IDF of a
  // feature the collection has not seen, by background df; a reference's
  // unnormalised weights.
  std::vector<double> feature_idf_, feature_factor_, unseen_idf_, reference_x_;
  int references_weighed_at_ = -1;  // docs_seen_ at the last weighing due (made or deferred)
  // A weighing due but not yet made (Add): its key; empty when none is
  // pending.
  std::vector<int64_t> deferred_key_;
  std::vector<double> reference_dot_;  // scratch
  std::vector<float> dense_;  // scratch: a document's weights by feature id, zero elsewhere
  std::vector<SparseVector> sample_;   // reservoir of collection documents
  uint64_t sample_rng_ = 0x9e3779b97f4a7c15ULL;
  std::vector<std::pair<double, int>> candidate_scratch_;
  std::vector<float> candidate_weight_;  // scratch, per story
  Decision last_;
};

// Batch clustering: story label per document (0, 1, 2, ... in order of each
// story's first document): the documents added to one StoryClusterer in
// order, so it equals the incremental labels. Deterministic.
std::vector<int> ClusterStories(const std::vector<StoryFeatures>& features,
                                const StoryOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_STORIES_H_
