// Tokenizer (internal to src/segment): the second pass of Segment(), run on
// each paragraph. Tokens are
//  - words: letters and digits, with inner apostrophes and hyphens
//    ("Ukraine's", "don't", "COVID-19"), the periods of single-letter
//    acronyms ("U.N.", "a.m.", "U.S.-led"), and a final period when the word
//    is an initial ("W.") or a listed abbreviation ("Gen.", "No.", "Inc.");
//  - numbers: digits with "," and "." between digits ("2,000", "4.5"); a
//    number with a glued letter suffix ("3rd", "10km", "1.2bn") is a word;
//  - single punctuation marks, except that runs of "." and "-" stay together
//    ("...", "--");
//  - symbols: any other non-space code point.
// Whitespace separates tokens and belongs to none. Appends to the caller's
// vector and allocates nothing else. Thread-safe (pure function).
#ifndef CROSSCHECK_SEGMENT_TOKENIZER_H_
#define CROSSCHECK_SEGMENT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "segment/segmenter.h"

namespace crosscheck::segment_internal {

// Appends the tokens of text[begin, end) to `out`, sorted by start.
void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);

}  // namespace crosscheck::segment_internal

#endif  // CROSSCHECK_SEGMENT_TOKENIZER_H_
