#include "recognize/entity/tagger.h"

#include <algorithm>
#include <climits>
#include <iterator>
#include <cstdint>

#include "recognize/entity/beam.h"
#include "recognize/entity/titles.h"

namespace crosscheck {

namespace {
constexpr size_t kWordCacheSize = 4096;  // words; 160 KB per thread

// The static scores of token i (its own features from the per-word cache
// plus its context features), without any dynamic feature.
void StaticScores(const NerModel& model, std::span<const std::string_view> words, FeatureScratch* scratch, size_t i,
                  int32_t out[kNumLabels]) {
  EnsureShapes(words, scratch, i == 0 ? 0 : i - 1, i + 2);
  const uint64_t key = (scratch->caseless ? WordFeatureKey(words[i], CaselessWord(*scratch, words, i))
                                          : WordFeatureKey(words[i])) |
                       1;
  FeatureScratch::WordScores& cached = scratch->word_cache[key & (kWordCacheSize - 1)];
  uint64_t feats[kMaxTokenFeatures];
  if (cached.key != key) {
    cached.key = key;
    std::fill(std::begin(cached.scores), std::end(cached.scores), 0);
    model.AddScores(feats, WordFeatures(words, *scratch, i, feats), cached.scores);
  }
  std::copy(std::begin(cached.scores), std::end(cached.scores), out);
  model.AddScores(feats, ContextFeatures(words, *scratch, i, feats), out);
}

// Type lookahead at a name's first word (session 35). The greedy decoder
// fixes a name's type on its first word, where the evidence is weakest: an
// unseen given name ("Wladimir", "Laci") sits near a tie between B-PER and
// B-ORG, so a retrain tips it either way, and the BIO constraint then makes
// the surname, however plainly a surname, I-ORG or a name of its own. When
// the greedy choice at token i opens a name and the next word is
// capitalised and may continue it, each type X whose name the next word
// continues (I-X is its best label after B-X, scored with that history)
// is scored as the pair B-X + I-X, and the best pair's type opens the name.
// Whether a name opens at i stays the greedy decision, and a type after
// which the name would not continue is no candidate. Only types whose
// opening scores within kLookaheadMargin (weight units) of the greedy
// choice are candidates: the next word settles a near-tie, not a clear
// first word ("World War II Nazi occupation": "II" is plainly "other",
// though "Nazi" would continue an organisation). The margin was chosen on
// the tuning parts (5, 10, 15, 20, 30 and none tried). The trainer decodes
// without the lookahead. Returns the label for token i.
constexpr float kLookaheadMargin = 15.0f;

int LookAheadType(const NerModel& model, std::span<const std::string_view> words, FeatureScratch* scratch,
                  size_t i, int p1, const int32_t scores[kNumLabels], int best) {
  int32_t stat[kNumLabels];
  StaticScores(model, words, scratch, i + 1, stat);
  int64_t best_total = INT64_MIN;
  int choice = best;
  const int32_t margin = static_cast<int32_t>(kLookaheadMargin * model.scale());
  for (int b = kBPer; b < kNumLabels; b += 2) {
    if (b != best && scores[b] < scores[best] - margin) continue;
    int32_t next[kNumLabels];
    const int32_t* label_row = scratch->label_scores[(p1 + 1) * (kNumLabels + 1) + (b + 1)];
    for (int l = 0; l < kNumLabels; ++l) next[l] = stat[l] + label_row[l];
    uint64_t d[kNumDynamicFeatures];
    DynamicFeatures(*scratch, i + 1, b, p1, d);
    model.AddScores(d + kNumLabelFeatures, kNumDynamicFeatures - kNumLabelFeatures, next);
    bool continues = true;  // I-X beats every other label allowed after B-X
    for (int l = 0; l < kNumLabels; ++l)
      if (l != b + 1 && Allowed(b, l) && next[l] >= next[b + 1]) continues = false;
    if (!continues) continue;
    const int64_t total = static_cast<int64_t>(scores[b]) + next[b + 1];
    if (total > best_total) {
      best_total = total;
      choice = b;
    }
  }
  return choice;
}

void TagGreedy(const NerModel& model, std::span<const std::string_view> words, FeatureScratch* scratch,
               std::vector<uint8_t>* labels) {
  const size_t n = words.size();
  int p1 = -1, p2 = -1;
  for (size_t i = 0; i < n; ++i) {
    if ((p1 < 0 || p1 == kO) ? !MayBeginName(words, *scratch, i) : !MayContinueName(words, *scratch, i)) {
      (*labels)[i] = kO;
      p2 = p1;
      p1 = kO;
      continue;
    }
    EnsureShapes(words, scratch, i == 0 ? 0 : i - 1, i + 2);
    // The word's own features score the same wherever it occurs: their sum
    // comes from the per-thread cache when the word was seen recently.
    const uint64_t key = (scratch->caseless ? WordFeatureKey(words[i], CaselessWord(*scratch, words, i))
                                            : WordFeatureKey(words[i])) |
                         1;  // never the empty key 0
    FeatureScratch::WordScores& cached = scratch->word_cache[key & (kWordCacheSize - 1)];
    uint64_t feats[kMaxTokenFeatures + kNumDynamicFeatures];
    if (cached.key != key) {
      cached.key = key;
      std::fill(std::begin(cached.scores), std::end(cached.scores), 0);
      model.AddScores(feats, WordFeatures(words, *scratch, i, feats), cached.scores);
    }
    int32_t scores[kNumLabels];
    const int32_t* label_row = scratch->label_scores[(p2 + 1) * (kNumLabels + 1) + (p1 + 1)];
    for (int l = 0; l < kNumLabels; ++l) scores[l] = cached.scores[l] + label_row[l];
    size_t k = ContextFeatures(words, *scratch, i, feats);
    DynamicFeatures(*scratch, i, p1, p2, feats + k);
    // feats[k, k + kNumLabelFeatures) are the label-only ones, in label_row.
    std::copy(feats + k + kNumLabelFeatures, feats + k + kNumDynamicFeatures, feats + k);
    model.AddScores(feats, k + kNumDynamicFeatures - kNumLabelFeatures, scores);
    int best = kO;
    int32_t best_score = INT32_MIN;
    for (int l = 0; l < kNumLabels; ++l) {
      if (!Allowed(p1 < 0 ? kO : p1, l)) continue;
      if (scores[l] > best_score) {
        best_score = scores[l];
        best = l;
      }
    }
    if (best != kO && !IsInside(best) && i + 1 < n && scratch->capitalised[i + 1] &&
        MayContinueName(words, *scratch, i + 1))
      best = LookAheadType(model, words, scratch, i, p1, scores, best);
    (*labels)[i] = static_cast<uint8_t>(best);
    p2 = p1;
    p1 = best;
  }
}


// Beam search over label sequences: each hypothesis is scored by the sum
// of its tokens' label scores; hypotheses with the same last two labels
// (the only history the features see) are merged, keeping the best.
void TagBeam(const NerModel& model, std::span<const std::string_view> words, FeatureScratch* scratch, int width,
             std::vector<uint8_t>* labels) {
  const size_t n = words.size();
  using Hyp = FeatureScratch::BeamHyp;
  constexpr int kMaxBeam = FeatureScratch::kMaxBeam;
  width = std::min(width, kMaxBeam);
  std::vector<Hyp>& hist = scratch->beam;  // kMaxBeam slots per token
  std::vector<uint8_t>& count = scratch->beam_count;
  hist.resize((n + 1) * kMaxBeam);
  count.assign(n + 1, 0);
  hist[0] = Hyp{0, -1, -1, 0};
  count[0] = 1;
  BeamStep<Hyp> step;
  for (size_t i = 0; i < n; ++i) {
    const Hyp* prev = &hist[i * kMaxBeam];
    Hyp* next = &hist[(i + 1) * kMaxBeam];
    // Whether the decoding rules make the token O after an O (or at the
    // start) and inside a name: the same for every hypothesis.
    int8_t forced_out = -1, forced_in = -1;
    auto forced = [&](int p1) {
      if (p1 < 0 || p1 == kO) {
        if (forced_out < 0) forced_out = !MayBeginName(words, *scratch, i);
        return forced_out != 0;
      }
      if (forced_in < 0) forced_in = !MayContinueName(words, *scratch, i);
      return forced_in != 0;
    };
    if (count[i] == 1 && forced(prev[0].p1)) {  // most tokens: one way on
      next[0] = Hyp{prev[0].score, static_cast<int8_t>(kO), prev[0].p1, 0};
      count[i + 1] = 1;
      continue;
    }
    bool have_static = false;
    int32_t stat[kNumLabels];
    int32_t dyn_done = 0;  // bit (p1 + 1): dyn[p1 + 1] computed
    int32_t dyn[kNumLabels + 1][kNumLabels];
    for (int b = 0; b < count[i]; ++b) {
      const Hyp& h = prev[b];
      const int p1 = h.p1, p2 = h.p2;
      if (forced(p1)) {
        step.Offer(Hyp{h.score, static_cast<int8_t>(kO), static_cast<int8_t>(p1), static_cast<uint16_t>(b)});
        continue;
      }
      if (!have_static) {
        StaticScores(model, words, scratch, i, stat);
        have_static = true;
      }
      if (!(dyn_done & (1 << (p1 + 1)))) {
        uint64_t d[kNumDynamicFeatures];
        DynamicFeatures(*scratch, i, p1, p2, d);
        int32_t* row = dyn[p1 + 1];
        std::copy(stat, stat + kNumLabels, row);
        model.AddScores(d + kNumLabelFeatures, kNumDynamicFeatures - kNumLabelFeatures, row);
        dyn_done |= 1 << (p1 + 1);
      }
      const int32_t* row = dyn[p1 + 1];
      const int32_t* label_row = scratch->label_scores[(p2 + 1) * (kNumLabels + 1) + (p1 + 1)];
      for (int l = 0; l < kNumLabels; ++l) {
        if (!Allowed(p1 < 0 ? kO : p1, l)) continue;
        step.Offer(Hyp{h.score + row[l] + label_row[l], static_cast<int8_t>(l), static_cast<int8_t>(p1),
                       static_cast<uint16_t>(b)});
      }
    }
    count[i + 1] = static_cast<uint8_t>(step.Finish(width, next));
  }
  const Hyp* last = &hist[n * kMaxBeam];
  int best = 0;
  for (int j = 1; j < count[n]; ++j)
    if (last[j].score > last[best].score) best = j;
  for (size_t i = n; i > 0; --i) {
    const Hyp& h = hist[i * kMaxBeam + best];
    (*labels)[i - 1] = static_cast<uint8_t>(h.p1);
    best = h.back;
  }
}

}  // namespace

void TagSentence(const NerModel& model, const Gazetteer& gazetteer, std::span<const std::string_view> words,
                 FeatureScratch* scratch, std::vector<uint8_t>* labels, int beam) {
  const size_t n = words.size();
  labels->resize(n);
  if (n == 0) return;
  PrepareTokens(words, gazetteer, scratch, /*shapes=*/false);
  if (scratch->cache_model != model.generation() || scratch->word_cache.size() != kWordCacheSize) {
    scratch->word_cache.assign(kWordCacheSize, FeatureScratch::WordScores{});
    scratch->cache_model = model.generation();
  }
  // The label-only dynamic features (p1; p2+p1) score the same for every
  // token: their sums per (p2, p1) are computed once per model.
  if (scratch->label_model != model.generation()) {
    for (int a = -1; a < kNumLabels; ++a)
      for (int b = -1; b < kNumLabels; ++b) {
        uint64_t d[kNumDynamicFeatures];
        DynamicFeatures(*scratch, 0, b, a, d);
        int32_t* row = scratch->label_scores[(a + 1) * (kNumLabels + 1) + (b + 1)];
        std::fill(row, row + kNumLabels, 0);
        model.AddScores(d, kNumLabelFeatures, row);
      }
    scratch->label_model = model.generation();
  }
  if (beam == 0) beam = model.beam();
  if (beam <= 1) {
    TagGreedy(model, words, scratch, labels);
    return;
  }
  TagBeam(model, words, scratch, beam, labels);
}

void LabelsToSpans(std::span<const uint8_t> labels, std::span<const std::string_view> words,
                   const std::function<bool(std::string_view)>& is_modifier, std::vector<LabelSpan>* spans) {
  spans->clear();
  const size_t n = labels.size();
  size_t i = 0;
  while (i < n) {
    if (labels[i] == kO) {
      ++i;
      continue;
    }
    int type = LabelType(labels[i]);
    size_t j = i + 1;
    while (j < n && IsInside(labels[j]) && LabelType(labels[j]) == type) ++j;
    LabelSpan s{static_cast<uint32_t>(i), static_cast<uint32_t>(j), type};
    if (type == LabelType(kBPer) && !words.empty()) {
      size_t strip = LeadingTitleLength(words.subspan(i, j - i), is_modifier);
      s.begin += static_cast<uint32_t>(strip);
      bool all_title = true;
      for (size_t k = s.begin; k < s.end; ++k) all_title = all_title && IsTitleWord(words[k]);
      if (all_title) s.end = s.begin;  // a bare title ("the President") is no name
    }
    if (s.end > s.begin) spans->push_back(s);
    i = j;
  }
}

}  // namespace crosscheck
