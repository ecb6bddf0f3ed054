// The unit vocabularies (unit_table.h). The built-in rows below are the
// Recognizers-Text view's vocabulary: codes normalised (ISO 4217 for money,
// SI / common abbreviations otherwise), names as Recognizers-Text English
// spells them so the conformance runner can compare them; collected by hand
// for this project. The news profile reads data/units/units.tsv instead.
#include "recognize/number/unit_table.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/data_dir.h"

namespace crosscheck::number {

namespace {

using K = MeasureKind;
constexpr uint8_t S = kSuffix, P = kPrefix, SP = kSuffix | kPrefix, B = kBare, G = kGlued, C = kCase,
                  NS = kNoSpace;

struct Row {
  const char* surfaces;  // '|' separated
  const char* code;
  const char* name;
  K kind;
  uint8_t flags;
  double mult;
};

const Row kRows[] = {
    // Currency: symbols and codes (prefix), names (suffix).
    {"$", "USD", "Dollar", K::kCurrency, SP | G, 1},
    {"us $|us$|u.s $|u.s.$|u.s. $|usd$|usd|us dollar|us dollars|u.s. dollars|united states dollar|united states dollars",
     "USD", "United States dollar", K::kCurrency, SP | G, 1},
    {"musd", "USD", "United States dollar", K::kCurrency, S, 1e6},
    {"c $|c$|cad$|cad|ca$|canadian dollar|canadian dollars", "CAD", "Canadian dollar", K::kCurrency, SP | G, 1},
    {"hk $|hk$|hkd|hong kong dollar|hong kong dollars", "HKD", "Hong Kong dollar", K::kCurrency, SP | G, 1},
    {"aud$|aud|au$|australian dollar|australian dollars", "AUD", "Australian dollar", K::kCurrency, SP | G, 1},
    {"maud", "AUD", "Australian dollar", K::kCurrency, P, 1e6},
    {"nz $|nz$|nzd$|nzd|new zealand dollar|new zealand dollars", "NZD", "New Zealand dollar", K::kCurrency, SP | G, 1},
    {"mxn$|mex$|mxn|mexican peso|mexican pesos", "MXN", "Mexican peso", K::kCurrency, SP | G, 1},
    {"dollar|dollars", "USD", "Dollar", K::kCurrency, S | B, 1},
    {"cent|cents", "USD", "Cent", K::kCurrency, S, 1},
    {"\xC2\xA3", "GBP", "Pound", K::kCurrency, SP | G, 1},
    {"gbp|british pound|british pounds|pounds sterling", "GBP", "British pound", K::kCurrency, SP | G, 1},
    {"mgbp", "GBP", "British pound", K::kCurrency, S, 1e6},
    {"pence", "GBP", "Pence", K::kCurrency, S, 1},
    {"p", "GBP", "Pence", K::kCurrency, S | G | NS, 1},
    {"penny", "GBP", "Penny", K::kCurrency, S, 1},
    {"\xE2\x82\xAC|eur|euro|euros", "EUR", "Euro", K::kCurrency, SP | G, 1},
    {"meur", "EUR", "Euro", K::kCurrency, S, 1e6},
    {"\xC2\xA5|yen|jpy|japanese yen", "JPY", "Japanese yen", K::kCurrency, SP | G, 1},
    {"\xE5\x85\x83|yuan|rmb|cny|chinese yuan|renminbi|kuai", "CNY", "Chinese yuan", K::kCurrency, SP | G | B, 1},
    {"\xE2\x82\xA1", "CRC", "Costa Rican col\xC3\xB3n", K::kCurrency, SP | G, 1},
    {"\xE2\x82\xBE", "GEL", "Georgian lari", K::kCurrency, SP | G, 1},
    {"\xE2\x82\xAD", "LAK", "Lao kip", K::kCurrency, SP | G, 1},
    {"\xE0\xAE\xB0\xE0\xAF\x82", "LKR", "Sri Lankan rupee", K::kCurrency, SP | G, 1},
    {"sen", "SEN", "Sen", K::kCurrency, P, 1},
    {"\xE2\x82\xBF|btc|bitcoin|bitcoins", "BTC", "Bitcoin", K::kCurrency, SP | G, 1},
    {"satoshi|satoshis", "SAT", "Satoshi", K::kCurrency, S, 1},
    {"franc|francs", "FRF", "Franc", K::kCurrency, S, 1},
    {"swiss franc|swiss francs|chf", "CHF", "Swiss franc", K::kCurrency, SP, 1},
    {"finnish markka", "FIM", "Finnish markka", K::kCurrency, S, 1},
    {"peseta|pesetas", "ESP", "Peseta", K::kCurrency, S, 1},
    {"dutch guilder|dutch guilders", "NLG", "Netherlands guilder", K::kCurrency, S, 1},
    {"rupee|rupees", "INR", "Rupee", K::kCurrency, S, 1},
    {"\xE2\x82\xB9|inr|indian rupee|indian rupees", "INR", "Indian rupee", K::kCurrency, SP | G, 1},
    {"turkish lira|turkish liras", "TRY", "Turkish lira", K::kCurrency, S, 1},
    {"rouble|roubles|ruble|rubles|rub|\xE2\x82\xBD", "RUB", "Russian ruble", K::kCurrency, SP | G, 1},
    {"hryvnia|hryvnias|hryvnas|uah|\xE2\x82\xB4", "UAH", "Ukrainian hryvnia", K::kCurrency, SP | G, 1},
    // Percent.
    {"%|percent|per cent|percentage|percents|pct", "%", "Percent", K::kPercent, S | G, 1},
    {"pc", "%", "Percent", K::kPercent, S | G | NS, 1},
    // Temperature.
    {"degrees celsius|degree celsius|deg celsius|celsius|celcius|centigrade|centigrate|\xC2\xB0" "c|\xC2\xB0 c|"
     "degrees c|degree c|deg c|deg. c|\xC2\xB0 celsius|degrees centigrade",
     "C", "C", K::kTemperature, S | G | B, 1},
    {"degrees fahrenheit|degree fahrenheit|deg fahrenheit|fahrenheit|farenheit|\xC2\xB0" "f|\xC2\xB0 f|degrees f|"
     "degree f|deg f|deg. f|\xC2\xB0 fahrenheit",
     "F", "F", K::kTemperature, S | G | B, 1},
    {"degrees|degree|deg.|deg|\xC2\xB0", "deg", "Degree", K::kTemperature, S | G, 1},
    // Age.
    {"years old|year old|years of age|year-old|years-old|yo|yrs old", "yr", "Year", K::kAge, S, 1},
    {"months old|month old|months of age|month-old", "mo", "Month", K::kAge, S, 1},
    {"weeks old|week old|weeks of age|week-old", "wk", "Week", K::kAge, S, 1},
    {"days old|day old|days of age|day-old", "d", "Day", K::kAge, S, 1},
    {"age|aged|ages", "yr", "Age", K::kAge, P, 1},
    // Duration (news; not a Recognizers dimension).
    {"years|year|yrs", "yr", "Year", K::kDuration, S, 1},
    {"months|month", "mo", "Month", K::kDuration, S, 1},
    {"weeks|week", "wk", "Week", K::kDuration, S, 1},
    {"days|day", "d", "Day", K::kDuration, S, 1},
    {"hours|hour|hrs", "h", "Hour", K::kDuration, S, 1},
    {"minutes|minute|mins", "min", "Minute", K::kDuration, S, 1},
    {"seconds", "s", "Second", K::kDuration, S, 1},
    {"decades|decade", "decade", "Decade", K::kDuration, S, 1},
    // Distance.
    {"km|kilometer|kilometers|kilometre|kilometres|kms", "km", "Kilometer", K::kDimension, S | G, 1},
    {"m|meter|meters|metre|metres", "m", "Meter", K::kDimension, S | G, 1},
    {"dm|decimeter|decimeters|decimetre|decimetres", "dm", "Decimeter", K::kDimension, S | G, 1},
    {"cm|centimeter|centimeters|centimetre|centimetres", "cm", "Centimeter", K::kDimension, S | G, 1},
    {"mm|millimeter|millimeters|millimetre|millimetres", "mm", "Millimeter", K::kDimension, S | G, 1},
    {"picometer|picometers|picometre", "pm", "Picometer", K::kDimension, S, 1},
    {"mile|miles|mi", "mi", "Mile", K::kDimension, S | G, 1},
    {"foot|feet|ft", "ft", "Foot", K::kDimension, S | G, 1},
    {"inch|inches|\"", "in", "Inch", K::kDimension, S, 1},
    {"yard|yards|yd|yds", "yd", "Yard", K::kDimension, S, 1},
    {"nautical mile|nautical miles", "nmi", "Nautical mile", K::kDimension, S, 1},
    // Area.
    {"square meters|square meter|square metres|square metre|sq m|m2|sqm", "m2", "Square meter", K::kDimension, S | G, 1},
    {"square kilometers|square kilometer|square kilometres|square kilometre|sq km|km2", "km2", "Square kilometer",
     K::kDimension, S | G, 1},
    {"square miles|square mile|sq mi", "mi2", "Square mile", K::kDimension, S, 1},
    {"square feet|square foot|sq ft", "ft2", "Square foot", K::kDimension, S, 1},
    {"acre|acres", "acre", "Acre", K::kDimension, S, 1},
    {"hectare|hectares|ha", "ha", "Hectare", K::kDimension, S, 1},
    // Volume.
    {"cubic feet|cubic foot", "ft3", "Cubic foot", K::kDimension, S, 1},
    {"cubic meters|cubic meter|cubic metres|cubic metre|m3", "m3", "Cubic meter", K::kDimension, S | G, 1},
    {"gallon|gallons|gal", "gal", "Gallon", K::kDimension, S, 1},
    {"barrel|barrels|bbl", "bbl", "Barrel", K::kDimension, S, 1},
    {"liter|liters|litre|litres|l", "l", "Liter", K::kDimension, S | G, 1},
    {"ml|milliliter|milliliters|millilitre|millilitres", "ml", "Milliliter", K::kDimension, S | G, 1},
    {"tablespoon|tablespoons|tbsp", "tbsp", "Tablespoon", K::kDimension, S, 1},
    {"teaspoon|teaspoons|tsp", "tsp", "Teaspoon", K::kDimension, S, 1},
    {"cup|cups", "cup", "Cup", K::kDimension, S, 1},
    {"ounce|ounces|oz", "oz", "Ounce", K::kDimension, S | G, 1},
    // Mass.
    {"kg|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos", "kg", "Kilogram", K::kDimension, S | G, 1},
    {"g|gram|grams|gramme|grammes", "g", "Gram", K::kDimension, S | G | B, 1},
    {"mg|milligram|milligrams", "mg", "Milligram", K::kDimension, S | G, 1},
    {"microgram|micrograms|microgramme|microgrammes|mcg|\xCE\xBCg|\xC2\xB5g", "ug", "Microgram", K::kDimension,
     S | G | B, 1},
    {"lb|lbs|pound|pounds", "lb", "Pound", K::kDimension, S | G, 1},
    {"ton|tons|tonne|tonnes", "t", "Ton", K::kDimension, S, 1},
    {"t", "t", "Ton", K::kDimension, S | G | NS, 1},
    {"metric ton|metric tons|metric tonne|metric tonnes", "t", "Metric ton", K::kDimension, S | B, 1},
    {"drachma|drachmas|dram|drams", "dr", "Dram", K::kDimension, S, 1},
    // Speed.
    {"miles an hour|miles per hour|mph|mile per hour", "mph", "Mile per hour", K::kDimension, S | G, 1},
    {"kilometers per hour|kilometres per hour|km/h|km/hr|kph|kmph|kmh", "km/h", "Kilometer per hour",
     K::kDimension, S | G, 1},
    {"meters per millisecond|m/ms", "m/ms", "Meter per millisecond", K::kDimension, S | G, 1},
    {"centimeters/millisecond|centimeters per millisecond|cm/ms", "cm/ms", "Centimeter per millisecond",
     K::kDimension, S | G, 1},
    {"km/ms|kilometers per millisecond", "km/ms", "Kilometer per millisecond", K::kDimension, S | G, 1},
    {"meters per second|m/s|metres per second", "m/s", "Meter per second", K::kDimension, S | G, 1},
    {"knots|knot", "kn", "Knot", K::kDimension, S, 1},
    // Data.
    {"bit|bits", "bit", "Bit", K::kDimension, S, 1},
    {"mb|megabit|megabits", "Mbit", "Megabit", K::kDimension, S | G, 1},
    {"MB|megabyte|megabytes", "MB", "Megabyte", K::kDimension, S | G | C, 1},
    {"GB|gigabyte|gigabytes", "GB", "Gigabyte", K::kDimension, S | G | C, 1},
    // Angle.
    {"rad|radian|radians", "rad", "Radian", K::kDimension, S | G, 1},
    {"turn|turns", "turn", "Turn", K::kDimension, S, 1},
};

// Entries are found by their first two bytes (lower case; a one-byte
// surface by its byte alone), longest first, one index per vocabulary, so a
// lookup compares only the few surfaces that can match.
struct Index {
  std::unordered_map<uint16_t, std::vector<uint16_t>> two;  // surfaces of 2+ bytes
  std::array<std::vector<uint16_t>, 256> one;               // one-byte surfaces
};

struct Compiled {
  std::vector<UnitEntry> entries;
  Index by_first[3];  // [0] both vocabularies, [1] database only, [2] built-in only
  Index by_last[3];   // the same by the last two bytes (reversed)
  size_t database = 0;  // entries from data/units/units.tsv
};

inline int Vocabulary(uint8_t avoid) { return (avoid & kBuiltin) ? 1 : (avoid & kDatabase) ? 2 : 0; }

inline unsigned char Lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
inline uint16_t Key(char a, char b) {
  return static_cast<uint16_t>(Lower(static_cast<unsigned char>(a)) << 8 | Lower(static_cast<unsigned char>(b)));
}
inline bool IsAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The measure kind of a database kind.
K KindOf(std::string_view kind) {
  if (kind == "currency" || kind == "minor") return K::kCurrency;
  if (kind == "percent") return K::kPercent;
  if (kind == "temperature") return K::kTemperature;
  if (kind == "time") return K::kDuration;
  if (kind == "age") return K::kAge;
  return K::kDimension;
}

// Rows of data/units/units.tsv: surface, code, kind, factor, flags.
void LoadDatabase(Compiled* t, std::deque<std::string>* strings) {
  std::ifstream in(DataPath("data/units/units.tsv"), std::ios::binary);
  if (!in) return;
  auto keep = [strings](std::string s) -> std::string_view { return strings->emplace_back(std::move(s)); };
  auto lower = [](std::string s) {
    for (char& c : s) c = Lower(static_cast<unsigned char>(c));
    return s;
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string col[5];
    size_t b = 0;
    for (int k = 0; k < 5; ++k) {
      size_t e = k < 4 ? line.find('\t', b) : line.size();
      if (e == std::string::npos) break;
      col[k] = line.substr(b, e - b);
      b = e + 1;
    }
    if (col[0].empty() || col[4].empty()) continue;
    UnitEntry u;
    uint8_t f = kDatabase;
    for (char c : col[4]) {
      if (c == 'S') f |= kSuffix;
      if (c == 'P') f |= kPrefix;
      if (c == 'C') f |= kCase;
      if (c == 'G') f |= kGlued;
      if (c == 'N') f |= kGlued | kNoSpace;
    }
    u.surface = keep((f & kCase) ? col[0] : lower(col[0]));
    u.flags = f;
    u.info = UnitInfo{keep(col[1]), std::string_view(), KindOf(col[2]), keep(col[2]),
                      std::strtod(col[3].c_str(), nullptr)};
    t->entries.push_back(u);
    ++t->database;
  }
}

const Compiled& Table() {
  static const Compiled* const kTable = [] {
    auto* t = new Compiled;
    static std::deque<std::string> strings;
    for (const Row& r : kRows) {
      std::string_view all(r.surfaces);
      size_t b = 0;
      while (b <= all.size()) {
        size_t e = all.find('|', b);
        if (e == std::string_view::npos) e = all.size();
        UnitEntry u;
        u.surface = all.substr(b, e - b);
        u.info = UnitInfo{r.code, r.name, r.kind, {}, 0};
        u.flags = r.flags | kBuiltin;
        u.multiplier = r.mult;
        t->entries.push_back(u);
        b = e + 1;
      }
    }
    LoadDatabase(t, &strings);
    for (size_t i = 0; i < t->entries.size(); ++i) {
      std::string_view s = t->entries[i].surface;
      auto idx = static_cast<uint16_t>(i);
      for (int v : {0, (t->entries[i].flags & kDatabase) ? 1 : 2}) {
        if (s.size() == 1) {
          t->by_first[v].one[Lower(s.front())].push_back(idx);
          t->by_last[v].one[Lower(s.back())].push_back(idx);
        } else {
          t->by_first[v].two[Key(s[0], s[1])].push_back(idx);
          t->by_last[v].two[Key(s[s.size() - 1], s[s.size() - 2])].push_back(idx);
        }
      }
    }
    auto longest = [t](uint16_t a, uint16_t b) {
      const UnitEntry &x = t->entries[a], &y = t->entries[b];
      if (x.surface.size() != y.surface.size()) return x.surface.size() > y.surface.size();
      return (x.flags & kCase) > (y.flags & kCase);  // "Mb" (megabit) before "mb" (megabyte)
    };
    for (Index* index : {&t->by_first[0], &t->by_first[1], &t->by_first[2], &t->by_last[0], &t->by_last[1],
                         &t->by_last[2]}) {
      for (auto& [key, v] : index->two) std::stable_sort(v.begin(), v.end(), longest);
      for (auto& v : index->one) std::stable_sort(v.begin(), v.end(), longest);
    }
    return t;
  }();
  return *kTable;
}

bool SurfaceEq(std::string_view text, size_t i, const UnitEntry& u) {
  std::string_view s = u.surface;
  if (i + s.size() > text.size()) return false;
  if (u.flags & kCase) return text.compare(i, s.size(), s) == 0;
  for (size_t k = 0; k < s.size(); ++k)
    if (Lower(static_cast<unsigned char>(text[i + k])) != static_cast<unsigned char>(s[k])) return false;
  return true;
}

}  // namespace

size_t DatabaseUnitCount() { return Table().database; }

namespace {

// Tries the entries of `list` at text[i] (MatchUnitAt's rules).
const UnitEntry* FirstAt(const Compiled& t, const std::vector<uint16_t>& list, std::string_view text, size_t i,
                         uint8_t need, uint8_t avoid, size_t* end) {
  for (uint16_t idx : list) {
    const UnitEntry& u = t.entries[idx];
    if ((u.flags & need) != need || (u.flags & avoid)) continue;
    if (!SurfaceEq(text, i, u)) continue;
    size_t e = i + u.surface.size();
    if (IsAlnum(static_cast<unsigned char>(u.surface.back())) && e < text.size() &&
        IsAlnum(static_cast<unsigned char>(text[e])))
      continue;
    *end = e;
    return &u;
  }
  return nullptr;
}

// Tries the entries of `list` ending at text[e] (MatchUnitEndingAt's rules).
const UnitEntry* FirstEndingAt(const Compiled& t, const std::vector<uint16_t>& list, std::string_view text,
                               size_t e, uint8_t need, uint8_t avoid, size_t* start) {
  for (uint16_t idx : list) {
    const UnitEntry& u = t.entries[idx];
    if ((u.flags & need) != need || (u.flags & avoid) || u.surface.size() > e) continue;
    size_t s = e - u.surface.size();
    if (!SurfaceEq(text, s, u)) continue;
    if (IsAlnum(static_cast<unsigned char>(u.surface.front())) && s > 0 &&
        IsAlnum(static_cast<unsigned char>(text[s - 1])))
      continue;
    *start = s;
    return &u;
  }
  return nullptr;
}

}  // namespace

const UnitEntry* MatchUnitAt(std::string_view text, size_t i, uint8_t need, size_t* end, uint8_t avoid) {
  if (i >= text.size()) return nullptr;
  const Compiled& t = Table();
  const Index& index = t.by_first[Vocabulary(avoid)];
  if (i + 1 < text.size()) {
    auto it = index.two.find(Key(text[i], text[i + 1]));
    if (it != index.two.end())
      if (const UnitEntry* u = FirstAt(t, it->second, text, i, need, avoid, end)) return u;
  }
  return FirstAt(t, index.one[Lower(static_cast<unsigned char>(text[i]))], text, i, need, avoid, end);
}

const UnitEntry* MatchUnitEndingAt(std::string_view text, size_t e, uint8_t need, size_t* start, uint8_t avoid) {
  if (e == 0 || e > text.size()) return nullptr;
  const Compiled& t = Table();
  const Index& index = t.by_last[Vocabulary(avoid)];
  if (e >= 2) {
    auto it = index.two.find(Key(text[e - 1], text[e - 2]));
    if (it != index.two.end())
      if (const UnitEntry* u = FirstEndingAt(t, it->second, text, e, need, avoid, start)) return u;
  }
  return FirstEndingAt(t, index.one[Lower(static_cast<unsigned char>(text[e - 1]))], text, e, need, avoid, start);
}

}  // namespace crosscheck::number
