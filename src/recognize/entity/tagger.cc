#include "recognize/entity/tagger.h"

#include <algorithm>
#include <climits>
#include <iterator>
#include <cstdint>

#include "recognize/entity/titles.h"

namespace crosscheck {

namespace {
constexpr size_t kWordCacheSize = 4096;  // words; 160 KB per thread
}  // namespace

void TagSentence(const NerModel& model, const Gazetteer& gazetteer, std::span<const std::string_view> words,
                 FeatureScratch* scratch, std::vector<uint8_t>* labels) {
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
    (*labels)[i] = static_cast<uint8_t>(best);
    p2 = p1;
    p1 = best;
  }
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
