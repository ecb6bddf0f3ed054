// Token accessors and verb tests shared by the "what a figure measures"
// finders (frame_what.cc, frame_holder.cc, frame_topic.cc). Internal to
// src/claims; pure, thread-safe. Token indices must be inside `seg`.
#ifndef CROSSCHECK_CLAIMS_FRAME_WHAT_WORDS_H_
#define CROSSCHECK_CLAIMS_FRAME_WHAT_WORDS_H_

#include <cctype>
#include <string>
#include <string_view>

#include "claims/lexicon.h"
#include "segment/segmenter.h"

namespace crosscheck::what_words {

inline std::string_view Tok(std::string_view text, const Segmentation& seg, int i) {
  return seg.tokens[i].span.Of(text);
}

// Token i lower-cased: a view of the segmentation's one lower-cased copy of
// `text` (Segment() builds it; no string per ask). `text` is the text
// `seg` was made from.
inline std::string_view Low(std::string_view /*text*/, const Segmentation& seg, int i) {
  return seg.LowerToken(static_cast<size_t>(i));
}

inline bool IsWord(const Segmentation& seg, int i) { return seg.tokens[i].kind == TokenKind::kWord; }

inline bool Capitalised(std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

// Words that look like verbs: known state cues, or regular -ed / -ing forms,
// or a short list of verbs news attaches figures to. `lw` lower-case.
bool VerbLike(std::string_view lw, const Lexicon& lex);

// The base form of a verb-like word: a base the state table knows, else
// WordNet's verb lemma.
std::string VerbBase(std::string_view lw, const Lexicon& lex);

}  // namespace crosscheck::what_words

#endif  // CROSSCHECK_CLAIMS_FRAME_WHAT_WORDS_H_
