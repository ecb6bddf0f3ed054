#include "recognize/number/number_words.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "core/word_table.h"

namespace crosscheck::number {

namespace {

using Map = std::unordered_map<std::string_view, NumberWord>;

Map BuildMap() {
  Map m;
  auto add = [&m](std::string_view w, WordKind k, double v, bool plural = false) {
    m[w] = NumberWord{k, v, plural};
  };
  const char* units[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  for (int i = 0; i < 10; ++i) add(units[i], WordKind::kUnit, i);
  add("nought", WordKind::kUnit, 0);
  add("naught", WordKind::kUnit, 0);
  const char* teens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                         "seventeen", "eighteen", "nineteen"};
  for (int i = 0; i < 10; ++i) add(teens[i], WordKind::kTeen, 10 + i);
  const char* tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) add(tens[i], WordKind::kTens, 20 + 10 * i);
  add("fourty", WordKind::kTens, 40);
  add("hundred", WordKind::kHundred, 100);
  add("hundreds", WordKind::kHundred, 100, true);
  add("thousand", WordKind::kScale, 1e3);
  add("million", WordKind::kScale, 1e6);
  add("billion", WordKind::kScale, 1e9);
  add("trillion", WordKind::kScale, 1e12);
  add("lakh", WordKind::kScale, 1e5);
  add("lakhs", WordKind::kScale, 1e5, true);
  add("crore", WordKind::kScale, 1e7);
  add("crores", WordKind::kScale, 1e7, true);
  for (std::string_view d : {"dozen", "dz", "doz"}) add(d, WordKind::kDozen, 12);
  for (std::string_view d : {"dozens", "dzs", "dozs"}) add(d, WordKind::kDozen, 12, true);

  const char* ord_units[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
  for (int i = 0; i < 9; ++i) add(ord_units[i], WordKind::kOrdUnit, i + 1);
  add("nineth", WordKind::kOrdUnit, 9);
  const char* ord_units_pl[] = {"firsts", "", "thirds", "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths"};
  for (int i = 0; i < 9; ++i)
    if (*ord_units_pl[i]) add(ord_units_pl[i], WordKind::kOrdUnit, i + 1, true);
  const char* ord_teens[] = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                             "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
  for (int i = 0; i < 10; ++i) {
    add(ord_teens[i], WordKind::kOrdTeen, 10 + i);
    static std::string plurals[10];
    plurals[i] = std::string(ord_teens[i]) + "s";
    add(plurals[i], WordKind::kOrdTeen, 10 + i, true);
  }
  const char* ord_tens[] = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                            "eightieth", "ninetieth"};
  for (int i = 0; i < 8; ++i) {
    add(ord_tens[i], WordKind::kOrdTens, 20 + 10 * i);
    static std::string plurals[8];
    plurals[i] = std::string(ord_tens[i]) + "s";
    add(plurals[i], WordKind::kOrdTens, 20 + 10 * i, true);
  }
  add("hundredth", WordKind::kOrdHundred, 100);
  add("hundredths", WordKind::kOrdHundred, 100, true);
  add("thousandth", WordKind::kOrdScale, 1e3);
  add("thousandths", WordKind::kOrdScale, 1e3, true);
  add("millionth", WordKind::kOrdScale, 1e6);
  add("millionths", WordKind::kOrdScale, 1e6, true);
  add("billionth", WordKind::kOrdScale, 1e9);
  add("billionths", WordKind::kOrdScale, 1e9, true);
  add("trillionth", WordKind::kOrdScale, 1e12);
  add("trillionths", WordKind::kOrdScale, 1e12, true);
  add("half", WordKind::kHalf, 2);
  add("halves", WordKind::kHalf, 2, true);
  add("quarter", WordKind::kQuarter, 4);
  add("quarters", WordKind::kQuarter, 4, true);
  add("a", WordKind::kArticle, 1);
  add("an", WordKind::kArticle, 1);
  add("and", WordKind::kAnd, 0);
  add("point", WordKind::kPoint, 0);
  add("minus", WordKind::kMinus, 0);
  add("negative", WordKind::kMinus, 0);
  return m;
}

}  // namespace

namespace {
// The map's words in a WordTable (value: the entry's index + 1): every word
// of every sentence is looked up, most of them absent, and one short-word
// hash probe answers that for about a third of std::hash's instructions.
struct WordIndex {
  WordTable words;
  std::vector<NumberWord> entries;
};
}  // namespace

NumberWord LookupNumberWord(std::string_view lower) {
  static const WordIndex* const kIndex = [] {
    static const Map* const map = new Map(BuildMap());  // its keys are views of static strings
    auto* x = new WordIndex;
    for (const auto& [word, entry] : *map) {
      x->entries.push_back(entry);
      x->words.Add(word, static_cast<uint32_t>(x->entries.size()));
    }
    return x;
  }();
  if (lower.size() < 1 || lower.size() > 14) return {};
  const uint32_t k = kIndex->words.Find(lower);
  return k == 0 ? NumberWord{} : kIndex->entries[k - 1];
}

}  // namespace crosscheck::number
