// Internal to the numbers module: the unit vocabularies behind ParseMeasures
// and a longest-match lookup over them. Two vocabularies share one table:
//  * the unit database data/units/units.tsv (tools/units/build_units: GNU
//    units and ICU, SI/IEC prefixes, the area/volume grammar, currencies),
//    flagged kDatabase — the news profile reads units only from it;
//  * the built-in Recognizers-Text vocabulary (unit_table.cc, with the unit
//    names of that suite), flagged kBuiltin — only the Recognizers view
//    (MeasureOptions::database_units = false) reads it.
// Callers pick one with `avoid` (kBuiltin for news, kDatabase for the
// Recognizers view). Immutable after first use (built in a thread-safe
// static); safe to call from many threads.
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_UNIT_TABLE_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_UNIT_TABLE_H_

#include <cstdint>
#include <string_view>

#include "recognize/number/measure.h"

namespace crosscheck::number {

enum UnitFlags : uint8_t {
  kSuffix = 1,   // after the figure ("5 km")
  kPrefix = 2,   // before the figure ("$5", "USD 5")
  kCase = 4,     // case-sensitive surface ("MB" megabyte vs "mb" megabit)
  kBare = 8,     // recognized with no figure (Recognizers view only)
  kGlued = 16,   // may touch the digits ("5km"); single letters need it or a space
  kNoSpace = 32, // only glued ("100t"), never after a space
  kDatabase = 64,  // from data/units/units.tsv (the news vocabulary)
  kBuiltin = 128,  // the built-in Recognizers-Text vocabulary
};

// The `avoid` flags that select one vocabulary: the database (news) or the
// built-in Recognizers-Text one.
inline uint8_t AvoidFor(bool database_units) { return database_units ? kBuiltin : kDatabase; }

struct UnitEntry {
  std::string_view surface;  // lower case unless kCase
  UnitInfo info;
  uint8_t flags = kSuffix;
  double multiplier = 1;     // "MUSD" = 1e6 USD
};

// Longest entry whose surface starts at text[i] and ends on a word boundary,
// with all of `need` flags and none of `avoid` (a case-sensitive surface wins
// a tie: "Mb" is megabit, "mb" megabyte); returns nullptr when none.
// *end = match end.
const UnitEntry* MatchUnitAt(std::string_view text, size_t i, uint8_t need, size_t* end, uint8_t avoid = 0);
// Longest entry whose surface ends exactly at text[e] (exclusive) and starts
// on a word boundary, with `need` flags and none of `avoid`; *start = match start.
const UnitEntry* MatchUnitEndingAt(std::string_view text, size_t e, uint8_t need, size_t* start,
                                   uint8_t avoid = 0);
// The unit database rows as loaded (for tests): number of entries, and
// empty when data/units/units.tsv could not be read.
size_t DatabaseUnitCount();

}  // namespace crosscheck::number

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_UNIT_TABLE_H_
