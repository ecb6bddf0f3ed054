// Ranges: two figures read as one interval — "25-30", "25–30", "between 44
// and 50", "from 20 to 30", "20 to 30", "20 through 100", "20~100",
// "5k-20k". Bounds are inclusive (news usage: "25-30 people" allows 25 and
// 30); the Recognizers view renders its own half-open convention.
// A unit of the unit database written after both bounds is read out of the
// gap ("between 3% and 4%", "25C-30C"). Not ranges: dates and codes
// ("1995-01", "5/17/2018"), phone numbers, a second figure smaller than the
// first ("2021-22" seasons are left alone).
//
// Pure function; thread-safe. Ranges are sorted and never overlap.
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_RANGE_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_RANGE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "recognize/number/numeral.h"

namespace crosscheck {

struct NumberRange {
  uint32_t start = 0, end = 0;  // "between" / "from" included
  double low = 0, high = 0;
  int first = -1, second = -1;  // indexes into the numerals
  bool worded = false;          // "between … and", "from … to", "to", "through"
};

// REQUIRES: `numerals` == ParseNumerals(text).
std::vector<NumberRange> ParseRanges(std::string_view text, const std::vector<Numeral>& numerals);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_RANGE_H_
