// Segmenter: paragraphs, sentences, tokens and quotation regions of a text,
// all as byte spans into that text. Four passes, one file each:
// paragraphs.cc (blank lines, hard wraps), tokenizer.cc (words, numbers,
// abbreviations with their period), quotes.cc (curly, straight and nested
// quotes, continuation over paragraphs) and sentences.cc (boundaries after
// . ! ? … judged by what follows and by the abbreviation lexicon in
// abbreviations.cc).
//
// Invariants of a Segmentation (tests check them):
//  - paragraphs, sentences and tokens are sorted by start, never overlap, and
//    never start or end on whitespace; every token lies inside one sentence
//    and every sentence inside one paragraph;
//  - Sentence::token_begin/token_end index `tokens` (half-open);
//  - sentences partition the tokens: sentence i+1 starts at the token after
//    sentence i ends, and each sentence spans exactly its tokens;
//  - quote regions are sorted by start (a parent before its children) and
//    properly nested; `depth` is the number of regions enclosing one (a
//    single quote inside a double quote has depth 1); each region lies in one
//    paragraph and its `inner` span lies inside its `span`;
//  - nothing starts before SegmentOptions::body_start; every span lies in the
//    text and, for valid UTF-8, on code-point boundaries.
// Segment() allocates only the four output vectors and the lower-cased copy
// of the text (no regex, no per-token strings); it runs at hundreds of MB/s
// (bench/results/segment.md).
// Segment() is a pure function of the text: thread-safe, deterministic.
#ifndef CROSSCHECK_SEGMENT_SEGMENTER_H_
#define CROSSCHECK_SEGMENT_SEGMENTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace crosscheck {

enum class TokenKind : uint8_t {
  kWord,    // letters, possibly with inner apostrophes, hyphens or periods ("U.N.", "don't")
  kNumber,  // digits with separators and decimals ("2,000", "4.5", "25-30" is 3 tokens)
  kPunct,   // punctuation, including quote marks and dashes
  kSymbol,  // anything else ("$", "%", "€", emoji)
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
};

struct Paragraph {
  Span span;
};

struct Sentence {
  Span span;
  uint32_t paragraph = 0;    // index into Segmentation::paragraphs
  uint32_t token_begin = 0;  // index into Segmentation::tokens
  uint32_t token_end = 0;    // exclusive
};

struct QuoteRegion {
  Span span;          // from the opening mark to the closing mark, inclusive
  Span inner;         // the quoted text, without the marks
  uint32_t depth = 0; // 0 for outermost double quotes, 1 for single quotes inside them
  bool closed = true; // false when the text ended (or the paragraph ended without a
                      // continuation) before a closing mark
  bool continues = false;  // the quote runs on in the next paragraph (news style:
                           // no closing mark, next paragraph opens with a mark)
  bool continuation = false;  // this region opens its paragraph and carries on a
                              // quote that `continues` from the previous paragraph
};

struct Segmentation {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<QuoteRegion> quotes;
  // The text with ASCII 'A'-'Z' lowered, byte for byte (same length, same
  // offsets; other bytes as they are): the one lower-cased view of the
  // document that the recognizers and the claims read through LowerOf()
  // instead of lower-casing each token into a string of their own. Built by
  // Segment(); empty in a Segmentation built by hand (then no span may be
  // asked for) and after the pipeline releases the layers.
  std::string lower;

  // The lower-cased bytes of `s` (a span of the segmented text).
  std::string_view LowerOf(Span s) const { return std::string_view(lower).substr(s.start, s.end - s.start); }
  // The lower-cased bytes of token k.
  std::string_view LowerToken(size_t k) const { return LowerOf(tokens[k].span); }

  // Index of the sentence containing byte `offset`, or -1.
  int SentenceAt(uint32_t offset) const;
};

struct SegmentOptions {
  // Skip a leading " date YYYY-MM-DD" header (the reader reports its length);
  // bytes before `body_start` belong to no paragraph.
  uint32_t body_start = 0;
};

Segmentation Segment(std::string_view text, const SegmentOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_SEGMENT_SEGMENTER_H_
