// Holidays that news names, with the rule that dates them in a given year:
// a fixed day ("Christmas" = 12-25), the n-th weekday of a month
// ("Thanksgiving" = fourth Thursday of November), or an offset from Western
// Easter ("Good Friday" = Easter - 2). Lunar-calendar holidays (Ramadan,
// Eid) are recognized but left without a value. The table is compiled by
// hand for this project.
#include <cstring>
#include <string>
#include <unordered_set>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {
namespace {

enum class Rule { kFixed, kNth, kEaster, kNone };
struct Holiday {
  const char* words;  // space-separated lower-case tokens
  Rule rule;
  int a, b, c;        // fixed: month, day; nth: month, weekday, n (-1 last); easter: offset
};

const Holiday kHolidays[] = {
    {"christmas day", Rule::kFixed, 12, 25, 0}, {"christmas eve", Rule::kFixed, 12, 24, 0},
    {"christmas", Rule::kFixed, 12, 25, 0}, {"xmas", Rule::kFixed, 12, 25, 0},
    {"boxing day", Rule::kFixed, 12, 26, 0},
    {"new year's eve", Rule::kFixed, 12, 31, 0}, {"new year eve", Rule::kFixed, 12, 31, 0},
    {"new years eve", Rule::kFixed, 12, 31, 0}, {"new year's day", Rule::kFixed, 1, 1, 0},
    {"new year day", Rule::kFixed, 1, 1, 0}, {"new years day", Rule::kFixed, 1, 1, 0},
    {"yuandan", Rule::kFixed, 1, 1, 0},
    {"valentine's day", Rule::kFixed, 2, 14, 0}, {"valentines day", Rule::kFixed, 2, 14, 0},
    {"saint patrick's day", Rule::kFixed, 3, 17, 0}, {"st patrick's day", Rule::kFixed, 3, 17, 0},
    {"st. patrick's day", Rule::kFixed, 3, 17, 0}, {"st patricks day", Rule::kFixed, 3, 17, 0},
    {"april fools day", Rule::kFixed, 4, 1, 0}, {"april fool's day", Rule::kFixed, 4, 1, 0},
    {"earth day", Rule::kFixed, 4, 22, 0},
    {"may day", Rule::kFixed, 5, 1, 0}, {"int'l workers day", Rule::kFixed, 5, 1, 0},
    {"international workers day", Rule::kFixed, 5, 1, 0}, {"international workers' day", Rule::kFixed, 5, 1, 0},
    {"victory day", Rule::kFixed, 5, 9, 0}, {"europe day", Rule::kFixed, 5, 9, 0},
    {"halloween", Rule::kFixed, 10, 31, 0}, {"all saints day", Rule::kFixed, 11, 1, 0},
    {"veterans day", Rule::kFixed, 11, 11, 0}, {"veterans' day", Rule::kFixed, 11, 11, 0},
    {"armistice day", Rule::kFixed, 11, 11, 0}, {"remembrance day", Rule::kFixed, 11, 11, 0},
    {"bastille day", Rule::kFixed, 7, 14, 0}, {"guy fawkes night", Rule::kFixed, 11, 5, 0},
    {"international women's day", Rule::kFixed, 3, 8, 0}, {"women's day", Rule::kFixed, 3, 8, 0},
    {"martin luther king day", Rule::kNth, 1, 1, 3}, {"martin luther king jr day", Rule::kNth, 1, 1, 3},
    {"mlk day", Rule::kNth, 1, 1, 3},
    {"presidents' day", Rule::kNth, 2, 1, 3}, {"presidents day", Rule::kNth, 2, 1, 3},
    {"president's day", Rule::kNth, 2, 1, 3},
    {"mother's day", Rule::kNth, 5, 7, 2}, {"mothers day", Rule::kNth, 5, 7, 2},
    {"memorial day", Rule::kNth, 5, 1, -1},
    {"father's day", Rule::kNth, 6, 7, 3}, {"fathers day", Rule::kNth, 6, 7, 3},
    {"labor day", Rule::kNth, 9, 1, 1}, {"labour day", Rule::kNth, 9, 1, 1},
    {"columbus day", Rule::kNth, 10, 1, 2},
    {"thanksgiving day", Rule::kNth, 11, 4, 4}, {"thanks giving day", Rule::kNth, 11, 4, 4},
    {"thanksgiving", Rule::kNth, 11, 4, 4}, {"thanks giving", Rule::kNth, 11, 4, 4},
    {"black friday", Rule::kNth, 11, 4, 4}, {"cyber monday", Rule::kNth, 11, 4, 4},
    // US Election Day: the Tuesday after the first Monday of November
    {"election day", Rule::kNth, 11, 1, 1},
    {"easter sunday", Rule::kEaster, 0, 0, 0}, {"easter day", Rule::kEaster, 0, 0, 0},
    {"easter monday", Rule::kEaster, 1, 0, 0}, {"easter", Rule::kEaster, 0, 0, 0},
    {"good friday", Rule::kEaster, -2, 0, 0}, {"holy saturday", Rule::kEaster, -1, 0, 0},
    {"maundy thursday", Rule::kEaster, -3, 0, 0}, {"palm sunday", Rule::kEaster, -7, 0, 0},
    {"ash wednesday", Rule::kEaster, -46, 0, 0}, {"clean monday", Rule::kEaster, -48, 0, 0},
    {"shrove tuesday", Rule::kEaster, -47, 0, 0}, {"pentecost", Rule::kEaster, 49, 0, 0},
    {"ramadan", Rule::kNone, 0, 0, 0}, {"ramazan", Rule::kNone, 0, 0, 0}, {"ramzan", Rule::kNone, 0, 0, 0},
    {"ramadhan", Rule::kNone, 0, 0, 0}, {"ramathan", Rule::kNone, 0, 0, 0},
    {"eid al-fitr", Rule::kNone, 0, 0, 0}, {"eid al-adha", Rule::kNone, 0, 0, 0},
    {"eid al-azha", Rule::kNone, 0, 0, 0}, {"eidul azha", Rule::kNone, 0, 0, 0},
    {"eid", Rule::kNone, 0, 0, 0}, {"islamic new year", Rule::kNone, 0, 0, 0},
    {"hijri new year", Rule::kNone, 0, 0, 0}, {"arabic new year", Rule::kNone, 0, 0, 0},
    {"festival of breaking the fast", Rule::kNone, 0, 0, 0}, {"hanukkah", Rule::kNone, 0, 0, 0},
    {"passover", Rule::kNone, 0, 0, 0}, {"yom kippur", Rule::kNone, 0, 0, 0},
    {"rosh hashanah", Rule::kNone, 0, 0, 0}, {"diwali", Rule::kNone, 0, 0, 0},
    {"lunar new year", Rule::kNone, 0, 0, 0}, {"chinese new year", Rule::kNone, 0, 0, 0},
};

std::optional<CivilDate> DateIn(const Holiday& hd, int year) {
  switch (hd.rule) {
    case Rule::kFixed: return CivilDate{year, hd.a, hd.b};
    case Rule::kNth: {
      CivilDate d = NthWeekdayOfMonth(year, hd.a, hd.b, hd.c);
      if (std::strncmp(hd.words, "black friday", 12) == 0) return AddDays(d, 1);
      if (std::strncmp(hd.words, "cyber monday", 12) == 0) return AddDays(d, 4);
      if (std::strncmp(hd.words, "election day", 12) == 0) return AddDays(d, 1);
      return d;
    }
    case Rule::kEaster: return AddDays(EasterSunday(year), hd.a);
    case Rule::kNone: break;
  }
  return std::nullopt;
}

// Tokens of `words` match at i (the token "al-fitr" is three scanner tokens).
int MatchWords(const Ctx& c, int i, const char* words) {
  std::string_view rest(words);
  int j = i;
  while (!rest.empty()) {
    size_t sp = rest.find(' ');
    std::string_view word = rest.substr(0, sp);
    rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
    // A word may span several scanner tokens ("al-fitr", "st.").
    size_t pos = 0;
    while (pos < word.size()) {
      if (!c.valid(j)) return 0;
      std::string_view t = c.w(j);
      if (word.substr(pos, t.size()) != t) return 0;
      if (pos > 0 && !c.glued(j)) return 0;
      pos += t.size();
      ++j;
    }
  }
  return j;
}

}  // namespace

std::vector<std::string_view> HolidayFirstWords() {
  std::vector<std::string_view> out;
  for (const Holiday& hd : kHolidays) {
    std::string_view w(hd.words);
    out.push_back(w.substr(0, w.find_first_of(" .-")));
  }
  return out;
}

bool MatchHoliday(const Ctx& c, int i, Hit* h) {
  if (!c.word(i) || !c.info(i) || !c.info(i)->holiday_start) return false;
  int best = 0;
  const Holiday* found = nullptr;
  const char first = c.w(i)[0];
  for (const Holiday& hd : kHolidays) {
    if (hd.words[0] != first) continue;  // most names, with no strlen
    int e = MatchWords(c, i, hd.words);
    if (e > best) { best = e; found = &hd; }
  }
  if (!found) return false;
  // "Easter" and "Christmas" as words in names or phrases are still holidays; "may day" needs capitals.
  if (std::strcmp(found->words, "may day") == 0 && !c.tok(i).capital) return false;
  if (std::strcmp(found->words, "eid") == 0 && !c.tok(i).capital) return false;
  int end = best, year = 0;
  {
    int k = end;
    if (c.is(k, "of")) ++k;
    int e = k;
    int y = c.Year(k, &e);
    if (y) { year = y; end = e; }
    else if ((c.is(k, "this") || c.is(k, "next") || c.is(k, "last")) && c.is(k + 1, "year") && c.ref() && k > best - 0) {
      year = c.ref()->year + (c.is(k, "next") ? 1 : c.is(k, "last") ? -1 : 0);
      end = k + 2;
    }
  }
  h->begin = i; h->end = end; h->gran = Gran::kDay; h->type = TimeType::kDate; h->has_year = year > 0;
  h->holiday = true;
  if (found->rule == Rule::kNone) return true;
  // TimeML: "the annual New Year's Eve show", "its yearly Easter parade": a
  // holiday named as recurring is none of its days; the year stays open.
  // "every Christmas" likewise (a set, time_durations.cc), for a fixed day.
  const bool recurring = c.timeml() && (c.is(i - 1, "annual") || c.is(i - 1, "yearly") ||
                                        ((c.is(i - 1, "every") || c.is(i - 1, "each")) && found->rule == Rule::kFixed));
  if (!year && c.ref() && !recurring) {
    // As for month-days: the tense cue, unless the other side is within two weeks; no cue: the nearer.
    // TimeML: its preposition or the words after it may point the way
    // ("before Christmas", "as Election Day nears"; EventDirection).
    const int tense = c.timeml() ? EventDirection(c, i, best) : c.Tense(i);
    int y0 = c.ref()->year;
    std::optional<CivilDate> past, future;
    for (int y = y0 - 1; y <= y0 + 1; ++y) {
      auto d = DateIn(*found, y);
      if (!d) continue;
      if (*d <= *c.ref()) past = d;
      if (*d >= *c.ref() && !future) future = d;
    }
    std::optional<CivilDate> pick;
    if (past && future) {
      int64_t back = ToDays(*c.ref()) - ToDays(*past), ahead = ToDays(*future) - ToDays(*c.ref());
      if (tense < 0) pick = back > 300 && ahead <= 14 ? future : past;
      else if (tense > 0) pick = ahead > 300 && back <= 14 ? past : future;
      else pick = ahead < back ? future : past;
    } else {
      pick = past ? past : future;
    }
    if (pick) year = pick->year;
  }
  if (!year) {
    if (found->rule == Rule::kFixed) {
      char buf[24];
      std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", found->a, found->b);
      h->value = buf;
    }
    return true;
  }
  auto d = DateIn(*found, year);
  if (d && IsValidDate(d->year, d->month, d->day)) SetDay(h, *d);
  h->has_year = year > 0;
  return true;
}

}  // namespace crosscheck::time_internal
