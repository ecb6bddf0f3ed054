// Periods longer than a day: months ("May", "May 2022", "2015-3", "next
// June"), years ("in 2016", "last year"), weeks and weekends ("this week",
// "the week of May 9", "the third week of July"), seasons, quarters,
// decades and centuries, vague parts of them ("early May", "mid-April",
// "late 2021", "the end of next week") and spans counted from the reference
// ("the past three weeks", "the next 3 days"). Seasons, quarters and
// decades are in time_divisions.cc.
#include <cstring>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {
namespace {

bool RelWord(const Ctx& c, int i, int* delta) {
  if (c.is(i, "this") || c.is(i, "current") || c.is(i, "the") || c.is(i, "my") || c.is(i, "that") ||
      c.is(i, "same")) { *delta = 0; return true; }
  if (c.is(i, "next") || c.is(i, "coming") || c.is(i, "upcoming") || c.is(i, "following")) { *delta = 1; return true; }
  if (c.is(i, "last") || c.is(i, "past") || c.is(i, "previous")) { *delta = -1; return true; }
  return false;
}

// Is a bare month word at i really a month? ("may" and "march" are verbs too.)
bool BareMonthOk(const Ctx& c, int i) {
  std::string_view w = c.w(i);
  bool verbish = w == "may" || w == "march" || w == "mar" || w == "jan" || w == "dec" || w == "sept" || w == "sep" ||
                 w == "jun" || w == "jul" || w == "aug" || w == "oct" || w == "nov" || w == "feb" || w == "apr";
  // TimeML: a month word inside a hyphenated name ("Mar-a-Lago", "May-sur-Orne")
  // is no month; "April-to-June" still is.
  if (c.timeml() && c.is(i + 1, "-") && c.glued(i + 1) && c.word(i + 2) && c.glued(i + 2) &&
      !c.tok(i + 2).capital && c.is(i + 3, "-") && c.glued(i + 3) && !c.month(i + 4))
    return false;
  if (!verbish) return true;
  if (!c.tok(i).capital) return false;
  // TimeML: "Jan Kavan", "Dec Smith": a short form before a capitalized name is a name.
  if (c.timeml() && w != "may" && w != "march" && !(c.is(i + 1, ".") && c.glued(i + 1)) && c.word(i + 1) &&
      c.tok(i + 1).capital && !c.month(i + 1) && !c.weekday(i + 1))
    return false;
  // TimeML: "the March accession", "a May interview": the month as a modifier.
  if (c.timeml() && (w == "may" || w == "march") && (c.is(i - 1, "the") || c.is(i - 1, "a")) && c.word(i + 1) &&
      !c.tok(i + 1).capital)
    return true;
  if (w == "may" || w == "march") {
    static constexpr std::string_view kBefore[] = {"in", "of", "since", "until", "till", "by", "from", "to", "through", "early",
                                    "mid", "late", "this", "next", "last", "during", "before", "after",
                                    "between", "and", "-", "end", "beginning", "start", "middle", "out", "since"};
    for (std::string_view b : kBefore)
      if (c.is(i - 1, b)) return true;
    if (!c.valid(i + 1) || (c.punct(i + 1) && !c.is(i + 1, "'"))) return i > 0;
    return false;
  }
  return true;
}

bool MonthPeriod(const Ctx& c, int i, Hit* h) {
  int j = i;
  int delta = 99;
  if (c.is(j, "the") && c.is(j + 1, "month") && c.is(j + 2, "of")) j += 3;
  else if (c.is(j, "month") && c.is(j + 1, "of")) j += 2;
  else if (c.is(j, "this")) { delta = 0; ++j; }
  else if (c.is(j, "next")) { delta = 1; ++j; }
  else if (c.is(j, "last")) { delta = -1; ++j; }
  int m = c.month(j);
  if (!m || !c.word(j)) {
    // YYYY Month / YYYY, mon
    int e = i;
    int y = c.Year(i, &e);
    if (y && c.num(i)) {
      int k = e;
      if (c.is(k, ",")) ++k;
      int m2 = c.month(k);
      if (m2 && c.word(k) && !c.num(k + 1) && !(c.is(k + 1, "the") && c.Ordinal(k + 2, &e))) {
        h->begin = i; h->end = k + 1;
        h->has_year = true;
        SetMonth(h, y, m2);
        return true;
      }
    }
    return false;
  }
  bool prefixed = j > i;
  if (!prefixed && !BareMonthOk(c, j)) return false;
  int end = j + 1;
  int k = end;
  if (c.is(k, ".") && c.glued(k)) ++k;
  int year = 0;
  int e = k;
  {
    int k2 = k;
    if (c.is(k2, ",")) ++k2;
    if (c.is(k2, "of")) ++k2;
    year = c.Year(k2, &e);
    if (year && (c.is(e, ":") || (c.glued(e) && (c.is(e, ",") || c.is(e, ".")) && c.num(e + 1)))) year = 0;
    if (!year && c.num(k2) && c.tok(k2).digits == 2 && !c.num(k2 + 2) && k2 == k && !c.is(k2 + 1, ":") &&
        !(c.glued(k2 + 1) && c.word(k2 + 1))) {
      int v = static_cast<int>(c.tok(k2).num);
      if (v > 31) { year = v < 50 ? 2000 + v : 1900 + v; e = k2 + 1; }
    }
    if (!year && c.is(k2, "next") && c.is(k2 + 1, "year") && c.ref()) { year = c.ref()->year + 1; e = k2 + 2; }
    if (!year && c.is(k2, "this") && c.is(k2 + 1, "year") && c.ref()) { year = c.ref()->year; e = k2 + 2; }
    if (!year && c.is(k2, "last") && c.is(k2 + 1, "year") && c.ref()) { year = c.ref()->year - 1; e = k2 + 2; }
  }
  if (year) end = e;
  h->begin = i;
  h->end = end;
  h->has_year = year > 0;
  if (!year) {
    if (!c.ref()) {
      h->gran = Gran::kMonth; h->type = TimeType::kDate;
      char buf[16];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", m);
      h->value = buf;
      return true;
    }
    const CivilDate ref = *c.ref();
    if (c.timeml()) {  // "last April": the latest April before this month; "next June" the first after
      if (delta == 0) year = ref.year;
      else if (delta == 1) year = m > ref.month ? ref.year : ref.year + 1;
      else if (delta == -1) year = m < ref.month ? ref.year : ref.year - 1;
      else if (const int frame = c.FrameYear(i)) year = frame;  // "In 1996, sales fell in March"
      else year = ResolveMonthYearNearest(m, ref, EventDirection(c, i, end, true));
    } else if (delta == 0) year = ref.year;
    else if (delta == 1) year = ref.year + 1;
    else if (delta == -1) year = ref.year - 1;
    else year = ResolveMonthYear(m, ref, c.Future(i));
  }
  SetMonth(h, year, m);
  return true;
}

// "2015-3", "2015/3", "3/2015", "11 - 2016", "2016 / 11".
bool NumericMonth(const Ctx& c, int i, Hit* h) {
  if (!c.num(i) || (c.valid(i - 1) && c.glued(i) && (c.punct(i - 1) || c.num(i - 1)))) return false;
  int j = i + 1;
  if (!(c.is(j, "-") || c.is(j, "/") || c.is(j, "."))) return false;
  bool tight = c.glued(j) && c.glued(j + 1);
  if (!c.num(j + 1)) return false;
  if (c.is(j, ".") && !tight) return false;
  if (c.valid(j + 2) && c.glued(j + 2) && (c.punct(j + 2) || c.word(j + 2)) && !c.is(j + 2, ",") && !c.is(j + 2, "."))
    return false;
  if (c.glued(j + 2) && (c.is(j + 2, ".") || c.is(j + 2, ",")) && c.num(j + 3)) return false;
  const Tok& a = c.tok(i);
  const Tok& b = c.tok(j + 1);
  int y = 0, m = 0;
  if (a.digits == 4 && b.digits <= 2) { y = static_cast<int>(a.num); m = static_cast<int>(b.num); }
  else if (a.digits <= 2 && b.digits == 4) { m = static_cast<int>(a.num); y = static_cast<int>(b.num); }
  else return false;
  if (m < 1 || m > 12 || y < 1000 || y > 2999) return false;
  // TimeML: a year joined to the next year's last digits names two years
  // ("the 2010-11 season", "the collapse of 2008-9", "2011/12"); the range
  // reading (time_parse.cc) joins the first year, read here, to the second.
  if (c.timeml() && tight && a.digits == 4 && !c.is(j, ".") &&
      ((b.digits == 2 && m == (y + 1) % 100) || (b.digits == 1 && m == (y + 1) % 10))) {
    h->begin = i; h->end = i + 1; h->has_year = true;
    SetYear(h, y);
    return true;
  }
  if (c.is(j, "-") && a.digits == 4 && b.digits <= 2 && !tight) {}  // "2016 - 11"
  h->begin = i; h->end = j + 2; h->has_year = true;
  SetMonth(h, y, m);
  return true;
}

constexpr std::string_view kYearCues[] = {"in", "since", "by", "until", "till", "from", "of", "during", "before", "after",
                           "early", "late", "mid", "through", "throughout", "between", "and", "to", "year",
                           "fiscal", "for", "around", "circa", "spring", "summer", "autumn", "fall", "winter",
                           "-", "end", "beginning", "start", "middle", "on", "at", "about", "as", "due"};

// Whether the year at token i ends a name the text gives: one to three
// capitalised words before it (none a time word), and before them a verb of
// naming ("called", "named", "dubbed", "known as", "titled", "entitled",
// "code-named", "nicknamed", "branded"). Out of line: only a year after a
// capitalised word reaches it.
[[gnu::noinline]] static bool YearEndsAGivenName(const Ctx& c, int i) {
  int k = i - 1;
  for (int n = 0; n < 3 && c.word(k) && c.tok(k).capital && !c.info(k); ++n) --k;
  if (k == i - 1) return false;
  if (c.is(k, "as") && c.is(k - 1, "known")) return true;
  static constexpr std::string_view kNaming[] = {"branded", "called", "christened", "code-named", "dubbed",
                                                 "entitled", "named", "nicknamed", "titled"};
  for (std::string_view v : kNaming)
    if (c.is(k, v)) return true;
  return false;
}

// TimeML (time24): a four-digit number with no cue word before it is a year
// in the clause's own slots: the subject of a singular verb ("2020 was a hard
// year", "said 2021 was", "2019 marked"), the object of a verb of expecting
// before "to be" ("expect 2023 to be"), or after a comparison's "than"
// before a noun of reported figures ("higher than 2020 figures"). A count
// takes a plural verb ("2020 were arrested"), another infinitive ("expect
// 2000 to attend") or a quantity word before "than" ("more than 2020
// protesters"); a number after a label word or a name is no year ("Flight
// 2020 was", "room 2020 is"). Out of line: only unmarked years reach it.
[[gnu::noinline]] static bool YearInAClause(const Ctx& c, int i) {
  if (c.valid(i - 1)) {
    if (c.glued(i)) return false;  // "$2020", "#2020", "A2020"
    if (c.word(i - 1) && c.tok(i - 1).capital && i - 1 > 0) return false;  // "Flight 2020", "Route 2020"
    static constexpr std::string_view kLabels[] = {"no", "number", "room", "flight", "route", "model", "version",
                                                   "article", "section", "chapter", "page", "highway", "bus", "gate",
                                                   "platform", "exit", "apartment", "suite", "unit", "line",
                                                   "channel", "item", "code", "lot", "pier", "building", "$", "#"};
    for (std::string_view k : kLabels)
      if (c.is(i - 1, k)) return false;
  }
  if (c.glued(i + 1)) return false;
  static constexpr std::string_view kSingular[] = {"was", "is", "has", "wasn't", "isn't", "hasn't", "marked",
                                                   "marks", "proved", "promises", "looks", "brought", "brings"};
  for (std::string_view k : kSingular)
    if (c.is(i + 1, k)) return true;
  static constexpr std::string_view kExpect[] = {"expect", "expects", "expected", "expecting", "predict",
                                                 "predicts", "predicted", "forecast", "forecasts", "consider",
                                                 "considers", "considered", "see", "sees"};
  static constexpr std::string_view kStates[] = {"be", "bring", "remain", "prove", "mark", "see"};
  for (std::string_view k : kExpect)
    if (c.is(i - 1, k) && c.is(i + 1, "to"))
      for (std::string_view v : kStates)
        if (c.is(i + 2, v)) return true;
  if (c.is(i - 1, "than")) {
    static constexpr std::string_view kQuantity[] = {"more", "less", "fewer", "over", "under", "nearly", "almost",
                                                     "some", "about", "around", "just", "slightly", "greater"};
    for (std::string_view k : kQuantity)
      if (c.is(i - 2, k)) return false;
    static constexpr std::string_view kFigures[] = {"figures", "levels", "results", "sales", "earnings", "profits",
                                                    "profit", "revenue", "revenues", "numbers", "totals", "data",
                                                    "prices", "output", "budget", "forecasts", "estimates", "rates",
                                                    "growth", "highs", "lows", "record"};
    for (std::string_view k : kFigures)
      if (c.is(i + 1, k)) return true;
  }
  return false;
}

bool YearPeriod(const Ctx& c, int i, Hit* h) {
  // "year 247", "the year 2016", "year two hundred and sixty seven"
  if (c.is(i, "year") || (c.is(i, "the") && c.is(i + 1, "year"))) {
    int j = c.is(i, "the") ? i + 2 : i + 1;
    int e = j;
    // A digit token is a year only with at most four digits ("year 02101" is not 2101).
    int y = c.num(j) ? (c.tok(j).digits <= 4 ? static_cast<int>(c.tok(j).num) : 0) : c.Number(j, &e, true);
    if (c.num(j)) e = j + 1;
    if (y > 0 && y < 3000 && !(c.glued(e) && c.num(e + 1))) {
      h->begin = i; h->end = e; h->has_year = true;
      SetYear(h, y);
      return true;
    }
  }
  // "the year after next", "the month after the next"
  if (c.is(i, "the") && (c.is(i + 1, "year") || c.is(i + 1, "month") || c.is(i + 1, "weekend") || c.is(i + 1, "week")) &&
      c.is(i + 2, "after") && (c.is(i + 3, "next") || (c.is(i + 3, "the") && c.is(i + 4, "next")))) {
    int e = c.is(i + 3, "next") ? i + 4 : i + 5;
    h->begin = i; h->end = e; h->gran = Gran::kPeriod;
    if (!c.ref()) return true;
    const CivilDate ref = *c.ref();
    if (c.is(i + 1, "year")) SetYear(h, ref.year + 2);
    else if (c.is(i + 1, "month")) { CivilDate m = AddMonths(CivilDate{ref.year, ref.month, 1}, 2); SetMonth(h, m.year, m.month); }
    else SetWeek(h, AddDays(ref, 14), c.is(i + 1, "weekend"));
    return true;
  }
  {
    int j = i, delta = 0;
    if (c.is(j, "the") && (c.is(j + 1, "next") || c.is(j + 1, "last") || c.is(j + 1, "previous") || c.is(j + 1, "past"))) ++j;
    if ((c.is(j, "this") || c.is(j, "next") || c.is(j, "last") || c.is(j, "previous") || c.is(j, "past") || c.is(j, "current")) &&
        (c.is(j + 1, "decade") || c.is(j + 1, "century"))) {
      delta = c.is(j, "next") ? 1 : (c.is(j, "this") || c.is(j, "current")) ? 0 : -1;
      h->begin = i; h->end = j + 2; h->gran = Gran::kPeriod; h->type = TimeType::kDate;
      if (c.timeml() && delta == -1 && !c.is(j, "previous")) {  // "the past decade": ten years up to now
        h->type = TimeType::kDuration;
        h->gran = Gran::kDuration;
        h->unit = c.is(j + 1, "decade") ? Unit::kDecade : Unit::kCentury;
        h->qty = 1;
        h->value = c.is(j + 1, "decade") ? "P10Y" : "P100Y";
        if (c.ref()) { h->hi = *c.ref(); h->lo = ShiftByUnit(*c.ref(), h->unit, -1); }
        return true;
      }
      if (!c.ref()) return true;
      int span = c.is(j + 1, "decade") ? 10 : 100;
      int start = c.ref()->year / span * span + delta * span;
      h->value = std::to_string(start / span);
      h->lo = CivilDate{start, 1, 1};
      h->hi = CivilDate{start + span, 1, 1};
      return true;
    }
  }
  // this / next / last / that / the coming year
  {
    int j = i, delta = 0;
    if (c.is(j, "the") && (c.is(j + 1, "past") || c.is(j + 1, "previous") || c.is(j + 1, "coming") || c.is(j + 1, "next") ||
                           c.is(j + 1, "last") || (c.timeml() && c.is(j + 1, "current"))))
      ++j;
    // TimeML: "this fiscal year", "the current fiscal year", "next calendar year" are the year.
    const bool rel = RelWord(c, j, &delta) && !c.is(j, "the") && !c.is(j, "my");
    const int y_at = rel && c.timeml() && (c.is(j + 1, "fiscal") || c.is(j + 1, "calendar")) ? j + 2 : j + 1;
    if (rel && (c.is(y_at, "year") || c.is(y_at, "year's"))) {
      if (c.is(y_at, "year's") && c.info(y_at + 1) && c.info(y_at + 1)->ordinal) return false;  // "next year's third-quarter": Quarter
      h->begin = i; h->end = y_at + 1;
      if (c.ref()) SetYear(h, c.ref()->year + delta);
      else { h->gran = Gran::kYear; h->value = delta == 0 ? "" : ""; }
      return true;
    }
  }
  int e = i;
  int y = c.Year(i, &e);
  if (!y) return false;
  if (c.word(i)) {
    // spelled-out years only after a cue ("In nineteen twenty eight")
    if (!(c.is(i - 1, "in") || c.is(i - 1, "of") || i == 0)) return false;
  } else {
    if (y < 1800 || y > 2100) return false;
    bool cue = false;
    for (std::string_view k : kYearCues)
      if (c.is(i - 1, k)) cue = true;
    if (c.month(i - 1) || c.is(i - 1, ",")) cue = true;
    if (!c.valid(i + 1) || (c.punct(i + 1) && !c.is(i + 1, "%") && !c.is(i + 1, "-") && !c.is(i + 1, "/") && !c.is(i + 1, ":")))
      cue = cue || c.is(i - 1, "'s") || i > 0;
    static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "his", "her", "their", "its", "our", "deadly", "fatal"};
    for (std::string_view k : kDeterminers)
      if (c.is(i - 1, k) && y <= 2039 && c.word(i + 1) && !c.tok(i + 1).capital) cue = true;
    // A possessive works as a determiner: "the company's 1997 profit", "Exxon's 1998 results".
    if (c.timeml() && y >= 1900 && y <= 2039 && (c.is(i - 1, "'s") ||
                                                  (c.word(i - 1) && c.w(i - 1).size() > 2 && c.w(i - 1).ends_with("'s"))) &&
        c.word(i + 1) && !c.tok(i + 1).capital)
      cue = true;
    if (y >= 1900 && y <= 2039 && c.word(i + 1) && c.tok(i + 1).capital && c.tok(i + 1).space_before) cue = true;
    // TimeML: a year names the election or campaign after it, whatever comes
    // before ("the likely 2016 presidential candidate", "a 2020 race").
    if (c.timeml() && y >= 1900 && y <= 2039) {
      static constexpr std::string_view kEvents[] = {"presidential", "election", "elections", "campaign", "race",
                                                     "midterm", "midterms", "primary", "primaries", "referendum",
                                                     "census", "nomination", "ballot"};
      for (std::string_view k : kEvents)
        if (c.is(i + 1, k) && !c.glued(i + 1)) cue = true;
    }
    if (c.timeml() && !cue && y >= 1900 && y <= 2039 && c.tok(i).digits == 4 && YearInAClause(c, i)) cue = true;
    static constexpr std::string_view kCounted[] = {"people", "troops", "soldiers", "civilians", "residents", "homes", "houses",
                                     "votes", "members", "workers", "points", "metres", "meters", "feet", "miles",
                                     "km", "dollars", "euros", "pounds", "tons", "tonnes", "cases", "deaths",
                                     "employees", "shares", "jobs", "stores"};
    for (std::string_view k : kCounted)
      if (c.is(i + 1, k)) cue = false;
    if (c.word(i + 1) && c.info(i + 1) && c.info(i + 1)->unit != Unit::kNone) cue = false;
    if (!cue) return false;
    // TimeML (time23): a year that ends a name the text gives ("a joint
    // venture called Orion 1980", "a plan known as Agenda 2000", "a fund
    // named Horizon 2020,") is part of the name, no time of the text.
    if (c.timeml() && c.word(i - 1) && c.tok(i - 1).capital && !c.info(i - 1) && YearEndsAGivenName(c, i)) return false;
    if (c.glued(i + 1) && (c.is(i + 1, "s") || c.is(i + 1, "'"))) return false;  // decades
    if (c.glued(i + 1) && c.word(i + 1)) return false;
  }
  h->begin = i; h->end = e; h->has_year = true;
  if (c.timeml() && c.is(i - 1, "fiscal")) h->begin = i - 1;  // TimeML: "fiscal 1988" is one TIMEX3
  SetYear(h, y);
  return true;
}

bool WeekPeriod(const Ctx& c, int i, Hit* h) {
  int j = i, delta = 0;
  bool rel = RelWord(c, j, &delta);
  if (rel) ++j;
  // "the week after next"
  if (c.is(i, "the") && c.is(i + 1, "week") && c.is(i + 2, "after") && c.is(i + 3, "next")) {
    h->begin = i; h->end = i + 4;
    if (c.ref()) SetWeek(h, AddDays(*c.ref(), 14), false); else h->gran = Gran::kWeek;
    return true;
  }
  bool weekend = c.is(j, "weekend");
  if (!c.is(j, "week") && !weekend && !c.is(j, "month")) return false;
  if (c.is(j, "month")) {
    if (!rel || c.is(i, "my")) return false;
    if (c.is(i, "the") && !(c.is(j + 1, "of") && false)) return false;
    h->begin = i; h->end = j + 1;
    if (c.ref()) {
      CivilDate m = AddMonths(CivilDate{c.ref()->year, c.ref()->month, 1}, delta);
      SetMonth(h, m.year, m.month);
    } else {
      h->gran = Gran::kMonth;
    }
    return true;
  }
  // "the week of May 9", "week of september.15th"; TimeML: "the weekend of Oct. 10" too
  if ((c.is(j, "week") || (weekend && c.timeml() && c.is(j + 1, "of"))) &&
      (c.is(j + 1, "of") || c.is(j + 1, "commencing") || c.is(j + 1, "starting") || c.is(j + 1, "beginning"))) {
    int k = j + 2;
    if (c.is(k, "on")) ++k;
    Hit d;
    if (MatchDay(c, k, &d) && d.gran == Gran::kDay) {
      h->begin = i; h->end = d.end;
      if (d.day) SetWeek(h, *d.day, weekend);  // the ISO week's weekend: a Sunday's is the day before's
      else { h->gran = Gran::kWeek; h->value = d.value; }
      return true;
    }
    return false;
  }
  if (!rel && !weekend) {
    // "week 10"
    if (c.is(i, "week") && c.num(i + 1) && c.tok(i + 1).digits <= 2 && c.tok(i + 1).num >= 1 && c.tok(i + 1).num <= 53) {
      h->begin = i; h->end = i + 2; h->gran = Gran::kWeek;
      if (c.ref()) {
        // ISO week n of the reference's year: the week holding January 4th, plus n - 1.
        CivilDate w1 = WeekStart(CivilDate{c.ref()->year, 1, 4});
        SetWeek(h, AddDays(w1, 7 * (static_cast<int>(c.tok(i + 1).num) - 1)), false);
      }
      return true;
    }
    return false;
  }
  // TimeML: "a weekend tweet", "his weekend rally": the weekend as the time
  // of a one-off event (as a part of day, time_clock.cc).
  if (weekend && !rel && !(c.is(i - 1, "on") || c.is(i - 1, "over") || c.is(i - 1, "at") || c.is(i - 1, "this")) &&
      !(c.timeml() && i == j && !c.tok(j).capital && AttributiveDeterminer(c, i - 1) && EventNounAt(c, j + 1)))
    return false;
  h->begin = i; h->end = j + 1;
  if (c.is(j + 1, "'s") && !c.timeml()) return false;
  if (c.timeml() && c.tok(j).capital && i > 0 && c.tok(i).capital) return false;  // ABC's "This Week"
  if (c.ref()) {
    int shift = delta;
    if (c.is(i, "past") && !weekend) {  // "the past week": the seven days before the reference
    }
    // "were rescued over the weekend" in a report of a weekday: the weekend
    // before it, not the one to come.
    const bool definite = c.is(i, "the") || !rel;  // "the weekend", not "this/next/last weekend"
    if (weekend && definite && Weekday(*c.ref()) <= 5 && c.Tense(i) < 0) shift = -1;
    SetWeek(h, AddDays(*c.ref(), 7 * shift), weekend);
  } else {
    h->gran = Gran::kWeek;
  }
  return true;
}

// "the third week of July", "the last week of july", "the first week of 2027", "the third week next year".
bool NthWeek(const Ctx& c, int i, Hit* h) {
  int j = c.is(i, "the") ? i + 1 : i;
  const WordInfo* f = c.info(j);
  if (!f || f->ordinal == 0 || f->ordinal > 5 || !c.is(j + 1, "week")) return false;
  int n = f->ordinal;
  int k = j + 2;
  if (c.is(k, "of") || c.is(k, "in")) ++k;
  Hit base;
  bool ok = false;
  int delta = 0;
  if (RelWord(c, k, &delta) && !c.is(k, "the") && (c.is(k + 1, "month") || c.is(k + 1, "year"))) {
    base.begin = k; base.end = k + 2;
    if (c.ref()) {
      if (c.is(k + 1, "month")) { CivilDate m = AddMonths(CivilDate{c.ref()->year, c.ref()->month, 1}, delta); SetMonth(&base, m.year, m.month); }
      else SetYear(&base, c.ref()->year + delta);
    }
    ok = true;
  } else if (MonthPeriod(c, k, &base) || YearPeriod(c, k, &base)) {
    ok = true;
  }
  if (!ok) return false;
  h->begin = i; h->end = base.end; h->gran = Gran::kWeek; h->type = TimeType::kDate;
  if (!base.lo) { h->value = base.value.empty() ? "" : base.value + "-W0" + std::to_string(n > 0 ? n : 5); return true; }
  // Weeks of a month or year are counted like ISO weeks: the first is the one
  // holding the first Thursday, the last the one holding the last Thursday.
  CivilDate first = *base.lo;
  CivilDate start;
  if (n > 0) {
    CivilDate thursday = AddDays(first, (4 - Weekday(first) + 7) % 7);
    start = AddDays(WeekStart(thursday), 7 * (n - 1));
  } else {
    CivilDate last = AddDays(*base.hi, -1);
    CivilDate thursday = AddDays(last, -((Weekday(last) - 4 + 7) % 7));
    start = WeekStart(thursday);
  }
  h->value = base.value + "-W" + (n > 0 ? "0" + std::to_string(n) : std::string("05"));
  h->lo = start;
  h->hi = AddDays(start, 7);
  return true;
}

// "the past three weeks", "next 3 days", "previous 3 weeks", "past few weeks", "the last two decades".
bool CountedSpan(const Ctx& c, int i, Hit* h) {
  if (c.timeml()) return false;  // durations there (time_timeml_spans.cc)
  int j = c.is(i, "the") ? i + 1 : i;
  int dir = 0;
  bool within = false;
  if (c.is(i, "within")) {
    within = true;
    j = i + 1;
    if (c.is(j, "the")) ++j;
    if (c.is(j, "next") || c.is(j, "coming") || c.is(j, "upcoming")) ++j;
    --j;  // the quantity follows
    dir = 1;
  } else if (c.is(j, "next") || c.is(j, "coming") || c.is(j, "following") || c.is(j, "upcoming")) dir = 1;
  else if (c.is(j, "past") || c.is(j, "last") || c.is(j, "previous") || c.is(j, "recent")) dir = -1;
  else if (c.is(i, "in") && c.is(j + 1, "recent")) { dir = -1; ++j; }
  if (!dir) return false;
  ++j;
  int e = j;
  double q = -1;
  bool long_count = false;  // five or more digits: see below
  if (c.is(j, "few") || c.is(j, "several") || c.is(j, "couple")) { e = j + 1; if (c.is(e, "of")) ++e; }
  else if (c.is(j, "a") && c.is(j + 1, "few")) { e = j + 2; }
  else {
    int n = c.Number(j, &e);
    if (n <= 0 || c.is(j, "a") || c.is(j, "an")) {
      if (c.info(j) && c.info(j)->unit != Unit::kNone && c.info(j)->plural && j == i + 1 + (c.is(i, "the") ? 1 : 0)) {
        e = j;  // "the coming days", "recent weeks"
      } else {
        return false;
      }
    } else {
      q = n;
      long_count = n >= 10000 || (c.num(j) && c.tok(j).digits >= 5);
    }
  }
  const WordInfo* u = c.info(e);
  if (!u || u->unit == Unit::kNone || u->unit == Unit::kNight || u->unit == Unit::kWeekend) return false;
  if (q < 0 && !u->plural) return false;
  if (q == 1 && u->plural) {}
  if (q > 1 && !u->plural && !c.glued(e)) return false;
  h->begin = i; h->end = e + 1; h->gran = Gran::kPeriod; h->type = TimeType::kDate;
  std::string dur = DurationValue(q, u->unit);
  // A count of five or more digits ("the past 12345 years", "the next
  // 0000300 centuries") is a duration, never counted back from the
  // reference into an interval: as elsewhere (years, minutes, weeks), five
  // digits are not read as a date, and a count of up to nine digits times
  // 1,200 months a century overflowed the month arithmetic (time_fuzz).
  if (!c.ref() || q < 0 || long_count) {
    h->value = dur;
    h->type = TimeType::kDuration;
    h->gran = Gran::kDuration;
    if (c.ref() && q < 0) { h->type = TimeType::kDate; h->gran = Gran::kPeriod; h->value = std::string(dir > 0 ? "FUTURE_REF" : "PAST_REF"); }
    return true;
  }
  CivilDate ref = *c.ref();
  int n = static_cast<int>(q);
  CivilDate a, b;
  auto shift = [&](CivilDate d, int s) {
    switch (u->unit) {
      case Unit::kDay: return AddDays(d, s * n);
      case Unit::kWeek: return AddDays(d, 7 * s * n);
      case Unit::kFortnight: return AddDays(d, 14 * s * n);
      case Unit::kMonth: return AddMonths(d, s * n);
      case Unit::kQuarter: return AddMonths(d, 3 * s * n);
      case Unit::kYear: return AddMonths(d, 12 * s * n);
      case Unit::kDecade: return AddMonths(d, 120 * s * n);
      case Unit::kCentury: return AddMonths(d, 1200 * s * n);
      default: return AddDays(d, 0);
    }
  };
  if (u->unit == Unit::kSecond || u->unit == Unit::kMinute || u->unit == Unit::kHour) {
    h->value = dur; h->type = TimeType::kDuration; h->gran = Gran::kDuration; return true;
  }
  if (within) { a = ref; b = shift(ref, 1); }
  else if (u->unit == Unit::kDecade || u->unit == Unit::kCentury) {  // whole decades
    int span = u->unit == Unit::kDecade ? 10 : 100, now = ref.year / span * span;
    a = dir > 0 ? CivilDate{now + span, 1, 1} : CivilDate{now - span * n, 1, 1};
    b = dir > 0 ? CivilDate{now + span + span * n, 1, 1} : CivilDate{now, 1, 1};
  }
  else if (dir > 0) { a = AddDays(ref, 1); b = shift(a, 1); }
  else { b = ref; a = shift(ref, -1); }
  h->lo = a; h->hi = b;
  h->value = "(" + FormatDate(a) + "," + FormatDate(b) + "," + dur + ")";
  return true;
}

// early / mid / late / end of / beginning of / rest of + a period.
bool Modified(const Ctx& c, int i, Hit* h) {
  int j = i;
  const char* mod = nullptr;
  if (c.is(j, "the") && (c.is(j + 1, "end") || c.is(j + 1, "beginning") || c.is(j + 1, "start") || c.is(j + 1, "middle"))) {
    if (!c.timeml()) return false;
    ++j;  // TimeML: "the end of 1994", "the middle of October" (the article is inside)
  } else if (c.timeml() && c.is(j, "the") && (c.is(j + 1, "early") || c.is(j + 1, "late") || c.is(j + 1, "mid"))) {
    ++j;  // "the mid-1990s", "the early summer"
  }
  // "earlier in the week", "later in the year"
  if ((c.is(j, "earlier") || c.is(j, "later")) && c.is(j + 1, "in") && c.is(j + 2, "the") &&
      (c.is(j + 3, "week") || c.is(j + 3, "month") || c.is(j + 3, "year") || c.is(j + 3, "day"))) {
    h->begin = i; h->end = j + 4; h->gran = Gran::kPeriod; h->type = TimeType::kDate;
    h->mod = c.is(j, "earlier") ? "START" : "END";
    if (!c.ref()) return true;
    Hit base;
    if (c.is(j + 3, "day")) SetDay(&base, *c.ref());
    else if (c.is(j + 3, "week")) SetWeek(&base, *c.ref(), false);
    else if (c.is(j + 3, "month")) SetMonth(&base, c.ref()->year, c.ref()->month);
    else SetYear(&base, c.ref()->year);
    h->value = base.value;
    h->lo = c.is(j, "earlier") ? *base.lo : *c.ref();
    h->hi = c.is(j, "earlier") ? *c.ref() : *base.hi;
    // TimeML: "earlier in [the day]": "earlier"/"later" and "in" are
    // signals outside the TIMEX3, as in "earlier in [the evening]"; the day
    // is the one the text last named, else the report's.
    if (c.timeml() && c.is(j + 3, "day")) {
      h->begin = j + 2; h->mod.clear();
      const NarrativeAnchor* a = c.anchor();
      if (a && a->set && GrainOfValue(a->value) == ValueGrain::kDay) {
        SetDay(&base, a->start);
        h->value = base.value;
        h->anchor = TimeAnchor::kText;
        h->anchor_index = a->index;
      }
      h->lo = *base.lo; h->hi = *base.hi;
    }
    return true;
  }
  if (c.is(j, "early") || c.is(j, "earlier")) mod = "START";
  else if (c.is(j, "late") || c.is(j, "later")) mod = "END";
  else if (c.is(j, "mid") || c.is(j, "mid-")) mod = "MID";
  else if ((c.is(j, "end") || c.is(j, "beginning") || c.is(j, "start") || c.is(j, "middle")) && c.is(j + 1, "of")) {
    mod = c.is(j, "end") ? "END" : c.is(j, "middle") ? "MID" : "START";
    ++j;
  } else if (c.is(j, "rest") && (c.is(j + 1, "of") || c.is(j + 1, "the") || c.is(j + 1, "this") || c.is(j + 1, "current"))) {
    mod = "REST";
    if (c.is(j + 1, "of")) ++j;
  }
  if (!mod) return false;
  ++j;
  if (c.is(j, "-") && c.glued(j)) ++j;
  Hit base;
  // TimeML (time24): "the end of that year", "the middle of the following
  // month": the period the text's last time names, as "that year" alone.
  bool ok = c.timeml() && c.is(j - 1, "of") && MatchNarrativePeriod(c, j, &base);
  if (!ok) base.Reset();
  ok = ok || MonthPeriod(c, j, &base) || YearPeriod(c, j, &base) || MatchSeason(c, j, &base) ||
       MatchQuarter(c, j, &base) || MatchDecade(c, j, &base);
  if (!ok) {
    Hit w;
    if (WeekPeriod(c, j, &w)) { base = w; ok = true; }
  }
  // TimeML: "the end of the month", "the beginning of the year", "the end of
  // the decade", "the end of the quarter": the report's.
  if (!ok && c.timeml() && c.ref() && c.is(j, "the") &&
      (c.is(j + 1, "week") || c.is(j + 1, "month") || c.is(j + 1, "year") || c.is(j + 1, "quarter") ||
       c.is(j + 1, "decade") || c.is(j + 1, "century")) &&
      !c.is(j + 2, "-")) {
    base.begin = j; base.end = j + 2;
    if (c.is(j + 1, "week")) SetWeek(&base, *c.ref(), false);
    else if (c.is(j + 1, "month")) SetMonth(&base, c.ref()->year, c.ref()->month);
    else if (c.is(j + 1, "year")) SetYear(&base, c.ref()->year);
    else SetAtUnit(&base, *c.ref(), c.is(j + 1, "quarter") ? Unit::kQuarter : c.is(j + 1, "decade") ? Unit::kDecade : Unit::kCentury);
    ok = true;
  }
  // TimeML: "the end of each month", "the beginning of every year": the set
  // with its part, one SET with the modifier (as "the end of the month" is a
  // date with it).
  if (!ok && c.timeml() && c.is(j - 1, "of") && std::strcmp(mod, "REST") != 0 && (c.is(j, "each") || c.is(j, "every")) &&
      MatchSet(c, j, &base) && base.type == TimeType::kSet && base.begin == j)
    ok = true;
  if (!ok && std::strcmp(mod, "REST") == 0 && (c.is(j, "week") || c.is(j, "month") || c.is(j, "year"))) {
    base.begin = j; base.end = j + 1; base.gran = Gran::kPeriod; ok = true;
    if (c.ref()) {
      if (c.is(j, "week")) SetWeek(&base, *c.ref(), false);
      else if (c.is(j, "month")) SetMonth(&base, c.ref()->year, c.ref()->month);
      else SetYear(&base, c.ref()->year);
    }
  }
  if (!ok || base.begin != j) return false;
  *h = base;
  h->begin = i;
  if (std::strcmp(mod, "REST") == 0) {
    if (c.ref() && h->hi) {
      h->lo = *c.ref();
      h->value = "(" + FormatDate(*h->lo) + "," + FormatDate(AddDays(*h->hi, -1)) + "," + DaysValue(*h->lo, AddDays(*h->hi, -1)) + ")";
      h->hi = AddDays(*h->hi, -1);
    }
    return true;
  }
  h->mod = mod;
  // Narrow the interval: a week splits Mon-Thu / Tue-Sat / Thu-Mon, a month
  // at the 16th (mid = 10th to 21st), a year into thirds of four months.
  if (h->lo && h->hi) {
    CivilDate lo = *h->lo, hi = *h->hi;
    int64_t days = ToDays(hi) - ToDays(lo);
    bool start = std::strcmp(mod, "START") == 0, end = std::strcmp(mod, "END") == 0;
    if (base.gran == Gran::kWeek && days == 7) {
      h->lo = start ? lo : end ? AddDays(lo, 3) : AddDays(lo, 1);
      h->hi = start ? AddDays(lo, 3) : end ? hi : AddDays(lo, 5);
    } else if (base.gran == Gran::kMonth) {
      h->lo = start ? lo : end ? CivilDate{lo.year, lo.month, 16} : CivilDate{lo.year, lo.month, 10};
      h->hi = start ? CivilDate{lo.year, lo.month, 16} : end ? hi : CivilDate{lo.year, lo.month, 21};
    } else if (base.gran == Gran::kYear) {
      h->lo = start ? lo : end ? CivilDate{lo.year, 9, 1} : CivilDate{lo.year, 5, 1};
      h->hi = start ? CivilDate{lo.year, 5, 1} : end ? hi : CivilDate{lo.year, 9, 1};
    }
  }
  return true;
}

}  // namespace

bool MatchPeriod(const Ctx& c, int i, Hit* out) {
  bool any = false;
  Hit h;  // scratch, reset after each try
  auto consider = [&](bool (*f)(const Ctx&, int, Hit*)) {
    if (f(c, i, &h) && h.end > i && (!any || h.end > out->end)) { *out = std::move(h); any = true; }
    h.Reset();
  };
  consider(MonthPeriod);
  consider(NumericMonth);
  consider(YearPeriod);
  consider(WeekPeriod);
  consider(NthWeek);
  consider(MatchSeason);
  consider(MatchQuarter);
  consider(MatchDecade);
  consider(CountedSpan);
  consider(Modified);
  consider(MatchSeasonWord);
  return any;
}

}  // namespace crosscheck::time_internal
