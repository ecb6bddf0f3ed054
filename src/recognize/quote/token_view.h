// TokenView: the read-only view of one segmented document that the
// attribution code walks — each token's text and ASCII-lowercased text, its
// sentence, and small predicates (capitalised, possessive, quote mark).
//
// Built once per document in O(text): the lowercased text is the
// segmentation's (Segmentation::lower, the same byte offsets as the text;
// a copy of its own only for a segmentation built by hand), so a token's
// lowercase form is the same span of it (no per-token allocation). Borrowed views: a TokenView is valid
// while the Document and Segmentation it was built from are alive. Not
// shared between threads (each call of RecognizeQuotes builds its own).
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_TOKEN_VIEW_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_TOKEN_VIEW_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "segment/segmenter.h"

namespace crosscheck {

class TokenView {
 public:
  TokenView(std::string_view text, const Segmentation& seg);
  TokenView(const TokenView&) = delete;  // holds views into itself
  TokenView& operator=(const TokenView&) = delete;

  int size() const { return static_cast<int>(seg_.tokens.size()); }
  std::string_view text() const { return text_; }
  const Segmentation& seg() const { return seg_; }

  std::string_view Text(int i) const { return seg_.tokens[i].span.Of(text_); }
  std::string_view Lower(int i) const { return seg_.tokens[i].span.Of(lower_); }
  const Span& SpanOf(int i) const { return seg_.tokens[i].span; }
  bool IsWord(int i) const { return seg_.tokens[i].kind == TokenKind::kWord; }
  bool IsPunct(int i) const { return seg_.tokens[i].kind == TokenKind::kPunct; }
  bool Is(int i, std::string_view s) const { return Lower(i) == s; }
  // Lexicon classes of the token's lowercased text (quote_lexicon::k*),
  // looked up once per token when the view is built.
  uint32_t Classes(int i) const { return classes_[i] & ~kQuoteMarkBit; }
  bool Has(int i, uint32_t cls) const { return (classes_[i] & cls) != 0; }
  // Starts with an upper-case letter (ASCII, Latin-1/Extended-A, Greek, Cyrillic).
  bool IsCap(int i) const { return (classes_[i] & (1u << 31)) != 0; }
  // Any quote mark: " “ ” ‘ ’ « » „ and a lone ' (decided once per token
  // when the view is built).
  bool IsQuoteMark(int i) const { return (classes_[i] & kQuoteMarkBit) != 0; }
  // Tokens in [b, e) that are quote marks, in order (a view into the list
  // built with the view).
  std::span<const int> QuoteMarksIn(int b, int e) const;
  // "Russia’s", "Russia's", "ministers’": a possessive word.
  bool IsPossessive(int i) const;
  // The word without its possessive ending ("Russia’s" -> "Russia").
  std::string_view StripPossessive(std::string_view word) const;
  // Punctuation that ends a clause inside a sentence: , ; : — – - ( ).
  bool IsClausePunct(int i) const;

  // Token i lies inside a closed outermost quotation region.
  bool InClosedQuote(int i) const;
  // Token i lies inside an outermost quote, closed or not (an unclosed
  // transcript runs to its paragraph's end).
  bool InAnyQuote(int i) const;

  int SentenceOf(int token) const { return sentence_of_[token]; }
  int SentenceBegin(int s) const { return seg_.sentences[s].token_begin; }
  int SentenceEnd(int s) const { return seg_.sentences[s].token_end; }
  int ParagraphOf(int s) const { return seg_.sentences[s].paragraph; }
  // First token whose span starts at or after `offset` (size() when none).
  int TokenAtOrAfter(uint32_t offset) const;
  // Last token whose span ends at or before `offset` (-1 when none).
  int TokenEndingBefore(uint32_t offset) const;
  // Text from the start of token b to the end of token e-1 (e > b).
  std::string TextOf(int b, int e) const;
  Span SpanOf(int b, int e) const;

 private:
  static constexpr uint32_t kQuoteMarkBit = 1u << 30;  // in classes_, masked out of Classes()
  bool ComputeCap(int i) const;
  bool ComputeQuoteMark(int i) const;

  std::string_view text_;
  const Segmentation& seg_;
  std::string own_lower_;  // only when the segmentation carries no lower-cased text
  std::string_view lower_;  // seg_.lower, or own_lower_
  std::vector<int> sentence_of_;  // token -> sentence, -1 outside sentences
  std::vector<uint32_t> classes_;  // token -> lexicon classes
  std::vector<int> quote_marks_;   // tokens that are quote marks, in order
};

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_TOKEN_VIEW_H_
