// Calendar names of a month or a year: months ("May", "May 2022", "next
// June", "the month of May"), numeric months ("2015-3", "3/2015") and years
// ("in 2016", "last year", "this decade", "fiscal 1988", "2020 was a hard
// year"). Which word before a month or a four-digit number makes it one is
// decided here (BareMonthOk, the year cues); weeks, counted spans and vague
// parts ("early May") are in time_periods.cc, which tries these matchers.
#include <cstdio>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {
namespace {

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

}  // namespace

bool MatchMonth(const Ctx& c, int i, Hit* h) {
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
      else if (const int told = c.SentenceMonthYear(i, m)) year = told;  // "in March 2019 and ... in June"
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
bool MatchNumericMonth(const Ctx& c, int i, Hit* h) {
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

namespace {

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

}  // namespace

bool MatchYear(const Ctx& c, int i, Hit* h) {
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
    // ("the coming decade" as "the next decade": TimeML, time32)
    const bool coming = c.timeml() && c.is(j + (c.is(j, "the") ? 1 : 0), "coming");
    if (c.is(j, "the") && (c.is(j + 1, "next") || c.is(j + 1, "last") || c.is(j + 1, "previous") || c.is(j + 1, "past") ||
                           coming))
      ++j;
    if ((c.is(j, "this") || c.is(j, "next") || c.is(j, "last") || c.is(j, "previous") || c.is(j, "past") || c.is(j, "current") ||
         coming) &&
        (c.is(j + 1, "decade") || c.is(j + 1, "century"))) {
      delta = c.is(j, "next") || coming ? 1 : (c.is(j, "this") || c.is(j, "current")) ? 0 : -1;
      h->begin = i; h->end = j + 2; h->gran = Gran::kPeriod; h->type = TimeType::kDate;
      // "the past decade": ten years up to now; "last decade" with no article
      // names the decade before this one, as "last year" does (Session 38).
      if (c.timeml() && delta == -1 && !c.is(j, "previous") && !(j == i && c.is(j, "last"))) {
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
    const bool rel = RelativeWord(c, j, &delta) && !c.is(j, "the") && !c.is(j, "my");
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

}  // namespace crosscheck::time_internal
