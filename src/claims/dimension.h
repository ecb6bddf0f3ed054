// Dimensions of the units a figure can carry, so the ledger compares like
// with like: "40 km" and "25 miles" are both lengths and, in metres, close;
// "$2 billion" and "23%" never meet. The table covers the unit symbols the
// number layer writes (src/recognize/number/unit_table.cc) with their factor
// to the dimension's base unit (metre, kilogram, second, m/s, square metre,
// cubic metre, litre-free); currencies are one dimension, "money", with no
// factor between them (the ledger does not convert currencies).
// Pure functions over a constant table: thread-safe.
#ifndef CROSSCHECK_CLAIMS_DIMENSION_H_
#define CROSSCHECK_CLAIMS_DIMENSION_H_

#include <string>
#include <string_view>

namespace crosscheck {

struct UnitDimension {
  std::string dimension;  // "length", "mass", "speed", "duration", "area", "volume",
                          // "temperature", "angle", "data", "money", "percent", "" = unknown
  double factor = 1;      // value * factor = value in the base unit (0 = not convertible: currencies)
};

// The dimension of a unit symbol ("km" -> length, 1000; "USD" -> money, 0;
// "%" -> percent, 1; "fraction" -> percent, 100). Unknown symbols give a
// dimension named after the symbol itself, so two figures in the same
// unknown unit still compare.
UnitDimension DimensionOf(std::string_view unit);

// The unit symbol of a unit's name as a counted noun's base form ("yard"
// -> "yd", "year" -> "yr", "point" -> "pt", "kilometre" -> "km"): units of
// length, mass, area, volume, duration and points only; "" for any other
// noun.
std::string_view UnitOfNoun(std::string_view lemma);

// True for ISO 4217-style currency codes and the currency symbols the number
// layer writes.
bool IsCurrency(std::string_view unit);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_DIMENSION_H_
