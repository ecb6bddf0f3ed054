// Number words: the closed English vocabulary the numeral scanner composes
// ("twenty", "hundred", "million", "fifth", "halves", "dozen", "lakh", ...).
//
// LookupNumberWord() is a pure function over a compiled-in table (no state):
// thread-safe. Keys are ASCII lower case; callers fold case first.
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_NUMBER_WORDS_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_NUMBER_WORDS_H_

#include <cstdint>
#include <string_view>

namespace crosscheck::number {

enum class WordKind : uint8_t {
  kNone,
  kUnit,       // zero .. nine (value 0-9)
  kTeen,       // ten .. nineteen
  kTens,       // twenty .. ninety
  kHundred,    // hundred
  kScale,      // thousand, million, billion, trillion, lakh, crore (value = multiplier)
  kDozen,      // dozen, dozens, dz, dzs, doz, dozs
  kOrdUnit,    // first .. ninth (value 1-9), "nineth"
  kOrdTeen,    // tenth .. nineteenth
  kOrdTens,    // twentieth .. ninetieth
  kOrdHundred, // hundredth
  kOrdScale,   // thousandth, millionth, billionth, trillionth
  kHalf,       // half, halves (denominator 2)
  kQuarter,    // quarter, quarters (denominator 4)
  kArticle,    // a, an
  kAnd,        // and
  kPoint,      // point (decimal point in words)
  kMinus,      // minus, negative
};

struct NumberWord {
  WordKind kind = WordKind::kNone;
  double value = 0;     // the cardinal value, or the ordinal's number
  bool plural = false;  // "fifths", "halves", "quarters", "dozens"
};

// The entry for `lower` (ASCII lower case), kind kNone when it is no number word.
NumberWord LookupNumberWord(std::string_view lower);

inline bool IsOrdinalKind(WordKind k) {
  return k == WordKind::kOrdUnit || k == WordKind::kOrdTeen || k == WordKind::kOrdTens ||
         k == WordKind::kOrdHundred || k == WordKind::kOrdScale;
}
inline bool IsCardinalKind(WordKind k) {
  return k == WordKind::kUnit || k == WordKind::kTeen || k == WordKind::kTens ||
         k == WordKind::kHundred || k == WordKind::kScale;
}

}  // namespace crosscheck::number

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_NUMBER_WORDS_H_
