#include "claims/dimension.h"

#include <cctype>
#include <unordered_map>

namespace crosscheck {
namespace {

struct Row {
  const char* unit;
  const char* dimension;
  double factor;
};

// Factors from the SI definitions (NIST SP 811): exact where the definition
// is exact (foot 0.3048 m, pound 0.45359237 kg, mile 1609.344 m).
constexpr Row kRows[] = {
    {"m", "length", 1},          {"km", "length", 1000},       {"cm", "length", 0.01},
    {"mm", "length", 0.001},     {"dm", "length", 0.1},        {"pm", "length", 1e-12},
    {"mi", "length", 1609.344},  {"nmi", "length", 1852},      {"ft", "length", 0.3048},
    {"in", "length", 0.0254},    {"yd", "length", 0.9144},     {"kg", "mass", 1},
    {"g", "mass", 0.001},        {"mg", "mass", 1e-6},         {"ug", "mass", 1e-9},
    {"t", "mass", 1000},         {"lb", "mass", 0.45359237},   {"oz", "mass", 0.028349523125},
    {"dr", "mass", 0.0017718451953125},                        {"m/s", "speed", 1},
    {"km/h", "speed", 1000.0 / 3600},                          {"mph", "speed", 0.44704},
    {"kn", "speed", 1852.0 / 3600},                            {"km/ms", "speed", 1e6},
    {"m/ms", "speed", 1000},     {"s", "duration", 1},         {"min", "duration", 60},
    {"h", "duration", 3600},     {"d", "duration", 86400},     {"wk", "duration", 604800},
    {"mo", "duration", 2629746}, {"yr", "duration", 31556952}, {"decade", "duration", 315569520},
    {"m2", "area", 1},           {"ft2", "area", 0.09290304},  {"mi2", "area", 2589988.110336},
    {"km2", "area", 1e6},        {"ha", "area", 10000},        {"acre", "area", 4046.8564224},
    {"m3", "volume", 1},         {"ft3", "volume", 0.028316846592}, {"l", "volume", 0.001},
    {"ml", "volume", 1e-6},      {"gal", "volume", 0.003785411784}, {"bbl", "volume", 0.158987294928},
    {"cup", "volume", 0.0002365882365}, {"tbsp", "volume", 1.478676478125e-5},
    {"tsp", "volume", 4.92892159375e-6}, {"arcdeg", "angle", 1}, {"rad", "angle", 57.29577951308232},
    {"turn", "angle", 360},      {"bit", "data", 1},           {"Mbit", "data", 1e6},
    {"MB", "data", 8e6},         {"GB", "data", 8e9},          {"%", "percent", 1},
    {"fraction", "percent", 100},
};

const std::unordered_map<std::string_view, UnitDimension>& Table() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, UnitDimension>;
    for (const Row& r : kRows) (*t)[r.unit] = UnitDimension{r.dimension, r.factor};
    return t;
  }();
  return *table;
}

}  // namespace

bool IsCurrency(std::string_view unit) {
  if (unit.size() == 3 && std::isupper(static_cast<unsigned char>(unit[0])) &&
      std::isupper(static_cast<unsigned char>(unit[1])) && std::isupper(static_cast<unsigned char>(unit[2])))
    return true;
  return unit == "$" || unit == "\xE2\x82\xAC" || unit == "\xC2\xA3" || unit == "\xC2\xA5";
}

std::string_view UnitOfNoun(std::string_view lemma) {
  static const std::unordered_map<std::string_view, std::string_view> kNames = {
      {"metre", "m"},       {"meter", "m"},       {"kilometre", "km"},  {"kilometer", "km"},
      {"centimetre", "cm"}, {"centimeter", "cm"}, {"millimetre", "mm"}, {"millimeter", "mm"},
      {"mile", "mi"},       {"foot", "ft"},       {"feet", "ft"},       {"inch", "in"},
      {"yard", "yd"},       {"kilogram", "kg"},   {"gram", "g"},        {"tonne", "t"},
      {"ton", "t"},         {"pound", "lb"},      {"ounce", "oz"},      {"hectare", "ha"},
      {"acre", "acre"},     {"litre", "l"},       {"liter", "l"},       {"gallon", "gal"},
      {"barrel", "bbl"},    {"second", "s"},      {"minute", "min"},    {"hour", "h"},
      {"day", "d"},         {"week", "wk"},       {"month", "mo"},      {"year", "yr"},
      {"decade", "decade"}, {"point", "pt"},
  };
  auto it = kNames.find(lemma);
  return it == kNames.end() ? std::string_view{} : it->second;
}

UnitDimension DimensionOf(std::string_view unit) {
  if (unit.empty()) return {};
  auto it = Table().find(unit);
  if (it != Table().end()) return it->second;
  // Temperatures have offsets, not factors: compared in their own scale.
  if (unit == "C" || unit == "\xC2\xB0""C") return {"temperature-C", 1};
  if (unit == "F" || unit == "\xC2\xB0""F") return {"temperature-F", 1};
  // "100 degrees" with no scale: a temperature (the unit database's reading
  // of a bare degree; the number layer writes "arcdeg" for an angle), in a
  // scale of its own, so never compared with a Celsius or Fahrenheit figure.
  if (unit == "deg") return {"temperature", 1};
  // Points (a poll lead, an index move, a score) and basis points: named in
  // words, as their symbols ("pt", "bp") read as nothing to an analyst.
  if (unit == "pt") return {"points", 1};
  if (unit == "bp") return {"basis points", 1};
  if (IsCurrency(unit)) return {"money", 0};
  // A rate the table does not know reads as one ("h/person" -> "h per
  // person"): the name shows in measures ("training (h per person)").
  std::string name(unit);
  if (size_t slash = name.find('/'); slash != std::string::npos && slash > 0 && slash + 1 < name.size()) {
    auto word = [](std::string_view sym, bool plural) -> std::string {
      static const std::pair<std::string_view, std::string_view> kTime[] = {
          {"s", "second"}, {"min", "minute"}, {"h", "hour"}, {"d", "day"},
          {"wk", "week"},  {"mo", "month"},   {"yr", "year"}};
      for (auto [k, v] : kTime)
        if (sym == k) return std::string(v) + (plural ? "s" : "");
      return std::string(sym);
    };
    name = word(std::string_view(name).substr(0, slash), true) + " per " +
           word(std::string_view(name).substr(slash + 1), false);
  }
  return {name, 1};
}

}  // namespace crosscheck
