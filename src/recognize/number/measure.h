// Measures: a numeral with its unit — currency ("$1.2bn", "420 million
// finnish markka", "50 cents"), dimensions (distance, area, mass, volume,
// speed, data: "140 miles", "660 square meters", "3-inch"), temperature,
// age ("29 years old"), duration ("10 weeks") and percent ("40%", "40 per
// cent"). Units are matched from a compiled-in table (unit_table.cc) after
// the figure (also glued: "7.62mm", hyphenated: "six-mile", bracketed:
// "20 (kg)") or before it ("$", "USD", "£"); a scale word after the unit
// still multiplies ("75 USD million"). Composite amounts fold into one
// ("3 dollars 50 cents", "5 feet 2 inches").
//
// Pure functions; thread-safe. Offsets are bytes into `text`; measures are
// sorted by start and never overlap.
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_MEASURE_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_MEASURE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "recognize/number/numeral.h"

namespace crosscheck {

enum class MeasureKind : uint8_t { kCurrency, kDimension, kTemperature, kAge, kDuration, kPercent };

struct UnitInfo {
  std::string_view code;    // normalised code: "USD", "km", "kg", "%", "C", "yr", "mph" ...
  std::string_view name;    // Recognizers-Text unit name: "United States dollar", "Kilometer"
  MeasureKind kind = MeasureKind::kDimension;
  // From the unit database (data/units/units.tsv): the kind of quantity
  // ("length", "power", "currency", "minor" for cents and pence...) and the
  // factor to the SI unit of that kind (money: 1; a minor unit: 0.01 of the
  // currency in `code`). Empty / 0 for units only the built-in Recognizers
  // vocabulary knows.
  std::string_view dimension;
  double si_factor = 0;
};

struct Measure {
  uint32_t start = 0, end = 0;  // figure and unit (and prefix symbol)
  bool has_value = true;        // false for a unit named alone ("convert to fahrenheit")
  double value = 0;             // in the unit as written ("50 cents" -> 50)
  UnitInfo unit;
  int numeral = -1;             // index into the numerals passed in, or -1
  uint32_t unit_start = 0, unit_end = 0;
};

struct MeasureOptions {
  // Also report unit words standing without a figure (Recognizers does for
  // currencies, temperature scales and a few dimension names).
  bool bare_units = false;
  // Also use the unit database (data/units/units.tsv: SI and binary
  // prefixes, power, energy, frequency, data rates, ISO 4217 codes and
  // currency symbols). The Recognizers view turns it off: its suite names
  // units in its own vocabulary only.
  bool database_units = true;
};

// A figure's open-ended mark right after its digits: "90-plus percent",
// "a 20-plus-year career", "500+ homes". Returns where the mark ends, or
// `pos` when there is none ("+" before a digit is arithmetic, "-plus" must
// end its word).
size_t PlusSuffixEnd(std::string_view text, size_t pos);

// REQUIRES: `numerals` == ParseNumerals(text) (any options).
std::vector<Measure> ParseMeasures(std::string_view text, const std::vector<Numeral>& numerals,
                                   const MeasureOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_MEASURE_H_
