// Sentence splitting (internal to src/segment): the last pass of Segment(),
// run on the tokens of one paragraph. See sentences.cc for the rules.
// Sentences partition the paragraph's tokens: each starts at the first token
// after the previous one and the last ends with the paragraph.
// Thread-safe (pure function).
#ifndef CROSSCHECK_SEGMENT_SENTENCES_H_
#define CROSSCHECK_SEGMENT_SENTENCES_H_

#include <string_view>
#include <vector>

#include "segment/segmenter.h"

namespace crosscheck::segment_internal {

// Appends the sentences made of tokens[tb, te) (the tokens of paragraph
// `para`) to `out`. REQUIRES: tb < te; tokens sorted.
void SplitSentences(std::string_view text, const std::vector<Token>& tokens, uint32_t para, uint32_t tb,
                    uint32_t te, std::vector<Sentence>* out);

// Longest sentence, in tokens, that the splitter emits; longer runs are cut.
inline constexpr uint32_t kMaxSentenceTokens = 250;

// Appends tokens[begin, end) as one sentence, or several when longer than
// kMaxSentenceTokens. REQUIRES: begin < end.
void EmitSentence(std::string_view text, const std::vector<Token>& tokens, uint32_t para, uint32_t begin,
                  uint32_t end, std::vector<Sentence>* out);

}  // namespace crosscheck::segment_internal

#endif  // CROSSCHECK_SEGMENT_SENTENCES_H_
