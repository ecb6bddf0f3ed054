// Numerals: the lowest layer of the numbers recognizer. ParseNumerals finds
// every written number in a piece of text — digits ("2,000", "4.5", ".08",
// "1 234 567", "1.2bn", "10k", "3/4", "1e10"), words ("four million", "a
// thousand", "one hundred and twenty", "fifty-two"), mixed forms ("3.5
// million", "3 hundred and 21"), fractions ("a third", "two and a half",
// "1 over 3"), decimals in words ("two point five") and ordinals ("21st",
// "twenty-fifth"), each with its resolved value.
//
// This layer knows nothing about news: years, phone numbers, list markers
// and times of day are numerals here; RecognizeQuantities filters them. The
// unit, range and hedge layers are built on top (see measure.h, range.h,
// quantity.h and docs/NUMBERS.md).
//
// Pure functions of their input: thread-safe, deterministic, no allocation
// beyond the returned vector. Offsets are byte offsets into `text`;
// returned numerals are sorted by start and never overlap. Any byte string
// is accepted (invalid UTF-8 is skipped byte by byte).
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_NUMERAL_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_NUMERAL_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace crosscheck {

enum class NumeralKind : uint8_t {
  kInteger,   // "46", "two thousand", "10k"
  kDecimal,   // "4.5", "two point five"
  kFraction,  // "a third", "3/4", "two and a half", "1 over 3"
  kPower,     // "1e10", "1.1^23"
  kOrdinal,   // "21st", "twenty-fifth" (value = the position)
};
const char* NumeralKindName(NumeralKind kind);

struct Numeral {
  uint32_t start = 0;
  uint32_t end = 0;          // exclusive
  double value = 0;
  NumeralKind kind = NumeralKind::kInteger;
  bool has_digits = false;   // contains at least one digit
  bool has_words = false;    // contains at least one number word
  bool grouped = false;      // digits with thousands separators ("2,000")
  bool multiplier = false;   // a scale word or suffix applied ("3.5 million", "1.2bn")
  uint32_t plain_digits = 0; // for a bare run of digits ("2022"), its length; 0 otherwise
  uint32_t glued_end = 0;    // digits run straight into letters ("180ml", "29km"): end of
                             // those letters; 0 when the numeral ends at a boundary
};

struct NumeralOptions {
  // "a third", "a fifth" read as fractions. The Recognizers ordinal model reads
  // the ordinal word alone; the conformance mapping turns this off for it.
  bool article_fractions = true;
};

std::vector<Numeral> ParseNumerals(std::string_view text, const NumeralOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_NUMERAL_H_
