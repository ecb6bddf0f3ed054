// Internal to the numbers module: the run of number-word items the numeral
// grammar collects (numeral.cc), and the integer accumulator and fraction
// helpers that interpret it (numeral_integer.cc). Pure functions.
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_NUMERAL_ITEMS_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_NUMERAL_ITEMS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "recognize/number/number_words.h"

namespace crosscheck::number {

inline constexpr WordKind kNum = WordKind::kNone;  // item kind for a digit token

struct Item {
  WordKind kind;
  double value;
  bool plural;
  bool and_before;
  bool hyphen_before;
  uint32_t tok;  // index of the token
};

inline bool IsFractionWord(WordKind k) { return number::IsOrdinalKind(k) || k == WordKind::kHalf || k == WordKind::kQuarter; }

// Reads items[from, to) as a whole number ("three hundred and two", "4
// thousand 3 hundred", "two point five"); *used = first item not consumed.
// An "and" whose continuation fails is given back. False when nothing reads.
bool ParseItemsInteger(const std::vector<Item>& items, size_t from, size_t to, double* value, size_t* used);

// Number of trailing items of [from, to) that join a unit-ordinal
// denominator ("thirty" in "one hundred thirty fifths"), and the value added.
size_t AbsorbIntoDenominator(const std::vector<Item>& items, size_t from, size_t to, double* add);

// True when items[from, to) is exactly "a"/"an"/"one".
bool IsOne(const std::vector<Item>& items, size_t from, size_t to);

}  // namespace crosscheck::number

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_NUMERAL_ITEMS_H_
