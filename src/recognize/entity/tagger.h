// Beam (or greedy) left-to-right BIO decoding with the averaged-perceptron model, and
// the conversion of a label sequence into typed spans (with the title rule
// applied to person spans). Shared by training, evaluation and run time so
// the three can never drift apart.
//
// Thread-safe given one FeatureScratch per thread; allocation-free once the
// scratch and output vectors have warmed up.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_TAGGER_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_TAGGER_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "recognize/entity/features.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/perceptron.h"

namespace crosscheck {

// Labels `words` (one sentence) into `labels` (resized). A token that
// cannot begin a name (features.h MayBeginName) after an O or at the start
// is O without scoring. With beam = 1 every other token's label is the
// best-scoring label allowed by the BIO constraint given the previous
// label (greedy), except that where a name opens, its type is the one
// whose opening and the next word's continuation score best together (a
// one-word type lookahead, tagger.cc LookAheadType); with beam > 1 (at
// most FeatureScratch::kMaxBeam) the labels are the best-scoring sequence
// a beam search of that width finds, a sequence's score being the sum of
// its scored tokens' label scores and hypotheses with the same last two
// labels (all the features see of the history) merged. beam = 0: the
// model's own width (NerModel::beam(), the width it was trained with).
void TagSentence(const NerModel& model, const Gazetteer& gazetteer,
                 std::span<const std::string_view> words, FeatureScratch* scratch,
                 std::vector<uint8_t>* labels, int beam = 0);

// A typed token span [begin, end) of one sentence; type is LabelType().
struct LabelSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  int type = 0;
  friend bool operator==(const LabelSpan&, const LabelSpan&) = default;
};

// Spans of a BIO sequence (a stray I-X starts a span). When `words` is not
// empty, person spans lose their leading title (titles.h rule, with
// `is_modifier` for nationality/country words) and a person span that is
// nothing but a title is dropped.
void LabelsToSpans(std::span<const uint8_t> labels, std::span<const std::string_view> words,
                   const std::function<bool(std::string_view)>& is_modifier,
                   std::vector<LabelSpan>* spans);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_TAGGER_H_
