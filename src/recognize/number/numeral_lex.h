// Internal to the numbers module: the byte-level lexer under ParseNumerals.
// It cuts text into words (ASCII letter runs), digit numbers (with their
// separators, sign, exponent, slash fraction and multiplier suffix already
// resolved) and single punctuation characters; whitespace is skipped and
// remembered as a flag on the next token. URLs and e-mail addresses are
// skipped whole. Pure function; thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_NUMERAL_LEX_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_NUMERAL_LEX_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "recognize/number/numeral.h"
#include "recognize/number/number_words.h"

namespace crosscheck::number {

enum class TokType : uint8_t { kWord, kNumber, kPunct };

struct LexToken {
  uint32_t start = 0, end = 0;
  TokType type = TokType::kPunct;
  bool space_before = false;   // whitespace between the previous token and this one
  // kWord:
  NumberWord word;             // kind kNone for ordinary words
  // kNumber:
  double value = 0;
  NumeralKind kind = NumeralKind::kInteger;
  bool grouped = false, multiplier = false, is_signed = false, slash_fraction = false;
  uint32_t plain_digits = 0;
  uint32_t glued_end = 0;
  char32_t punct = 0;          // kPunct: the code point
};

// Lower-cases an ASCII word into `buf` (size >= 16); returns a view, empty
// when the word is longer than 15 bytes.
std::string_view LowerWord(std::string_view w, char* buf);

std::vector<LexToken> Lex(std::string_view text);

}  // namespace crosscheck::number

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_NUMERAL_LEX_H_
