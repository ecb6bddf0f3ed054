// Calendar divisions other than weeks, months and years: seasons ("the
// summer of 2018", "next spring"), sports seasons and halves ("this season",
// "the first half of 2012"), quarters and halves of a year ("Q3", "the third
// quarter of 2021", "H1 2016") and decades and centuries ("the 1970s", "the
// nineties", "the 19th century").
#include <algorithm>
#include <string>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {

namespace {

// A year written after "of" or before "'s" and counted from the report:
// "this year", "next year", "last year", "the year", "the current (fiscal)
// year", "the fiscal year" ("the first half of next year" = next year's
// H1). Sets *end past "year"; 0 when none or no reference.
int RelativeYearAt(const Ctx& c, int k, int* end) {
  if (!c.ref()) return 0;
  int j = k, delta = 0;
  if (c.is(j, "the")) {
    ++j;
    if (c.is(j, "current")) ++j;
  } else if (c.is(j, "this") || c.is(j, "current")) {
    ++j;
  } else if (c.is(j, "next")) {
    delta = 1; ++j;
  } else if (c.is(j, "last")) {
    delta = -1; ++j;
  } else {
    return 0;
  }
  if (c.is(j, "fiscal") || c.is(j, "calendar")) ++j;
  if (!c.is(j, "year")) return 0;
  // "the year-ago", "the year ended June 30" (a fiscal year, not the calendar one), "the year before"
  if (c.is(j + 1, "-") || c.is(j + 1, "ended") || c.is(j + 1, "ending") || c.is(j + 1, "before") ||
      c.is(j + 1, "earlier") || c.is(j + 1, "ago"))
    return 0;
  *end = j + 1;
  return c.ref()->year + delta;
}

// "next year's", "this year 's", "the year's" at k: the year (from the
// report) and *end past the possessive; 0 when none.
int PossessiveYearAt(const Ctx& c, int k, int* end) {
  if (!c.ref()) return 0;
  int delta = 0;
  if (c.is(k, "next")) delta = 1;
  else if (c.is(k, "last")) delta = -1;
  else if (!c.is(k, "this") && !c.is(k, "the")) return 0;
  if (c.is(k + 1, "year's")) *end = k + 2;
  else if (c.is(k + 1, "year") && c.is(k + 2, "'s")) *end = k + 3;
  else return 0;
  return c.ref()->year + delta;
}

}  // namespace

bool MatchSeason(const Ctx& c, int i, Hit* h) {
  int j = i, delta = 99;
  if (c.is(j, "this")) { delta = 0; ++j; }
  else if (c.is(j, "next")) { delta = 1; ++j; }
  else if (c.is(j, "last") || c.is(j, "past")) { delta = -1; ++j; }
  else if (c.is(j, "the")) { ++j; }
  const WordInfo* f = c.info(j);
  if (!f || !f->season || !c.word(j)) return false;
  int year_end = 0;
  if (c.tok(j).capital && c.word(j + 1) && c.tok(j + 1).capital && !c.Year(j + 1, &year_end)) return false;  // "Winter Olympics"
  if (c.is(j, "fall") || c.is(j, "spring")) {
    // "the fall of Mariupol", "a spring offensive": a season only after a time word or before a year.
    int e2 = j + 1;
    if (c.is(e2, "of")) ++e2;
    int y2 = 0;
    bool year_follows = c.Year(e2, &y2) != 0;
    bool time_word_before = c.is(j - 1, "in") || c.is(j - 1, "this") || c.is(j - 1, "last") || c.is(j - 1, "next") ||
                            c.is(j - 1, "early") || c.is(j - 1, "late") || c.is(j - 1, "mid") || c.is(j - 1, "during") ||
                            c.is(j - 1, "by") || c.is(j - 1, "until") || c.is(j - 1, "since") || c.is(j - 1, "past") ||
                            c.is(j - 1, "coming");
    if (c.is(j - 1, "the") && c.is(j - 2, "in")) time_word_before = true;
    // TimeML: "the fall debates", "the spring primaries": an event's time
    if (c.timeml() && c.is(j - 1, "the") && TimeEventNoun(c, j)) time_word_before = true;
    if (!year_follows && !time_word_before) return false;
  }
  if (j == i && c.is(j, "spring") && c.word(j + 1) && !c.is(j + 1, "of")) return false;
  // TimeML: "a summer event", "a winter storm": a season as a kind, no time.
  if (c.timeml() && j == i && (c.is(i - 1, "a") || c.is(i - 1, "an")) && c.word(j + 1) && !c.tok(j + 1).capital &&
      c.tok(j + 1).space_before)
    return false;
  // So is a bare season before a noun with no time word before it: "he
  // attended summer school", "summer camp and summer school" (not "in
  // summer", "during winter", "since summer began", "summer months").
  if (c.timeml() && j == i && c.word(j + 1) && !c.tok(j + 1).capital && c.tok(j + 1).space_before &&
      !c.info(j + 1) && !c.w(j + 1).ends_with("ed") && !c.is(i - 1, "in") && !c.is(i - 1, "during") &&
      !c.is(i - 1, "by") && !c.is(i - 1, "until") && !c.is(i - 1, "since") && !c.is(i - 1, "over") &&
      !c.is(i - 1, "through") && !c.is(i - 1, "of") && !c.is(i - 1, "early") && !c.is(i - 1, "late") &&
      !c.is(i - 1, "mid") && !c.is(i - 1, "-") && !c.is(i - 1, "till") && !c.is(i - 1, "before") &&
      !c.is(i - 1, "after") && !c.is(i - 1, "this") && !c.is(i - 1, "last") && !c.is(i - 1, "next"))
    return false;
  // "this fall in prices", "the fall in demand": the noun "fall".
  if (c.timeml() && c.is(j, "fall") && c.is(j + 1, "in") && c.word(j + 2) && !c.tok(j + 2).capital &&
      !c.is(j + 2, "the") && !c.info(j + 2))
    return false;
  int end = j + 1;
  int year = 0;
  int k = end;
  if (c.is(k, "of")) ++k;
  int e = k;
  year = c.Year(k, &e);
  if (year) end = e;
  static const char* kCode[] = {"", "SP", "SU", "FA", "WI"};
  static const int kStart[] = {0, 3, 6, 9, 12};
  h->begin = i; h->end = end; h->gran = Gran::kPeriod; h->type = TimeType::kDate; h->has_year = year > 0;
  if (!year && c.ref() && c.timeml() && f->season != 4) {
    // TimeML: "last summer" is the latest summer over by the report date
    // (said in October, this year's), "next spring" the first not begun;
    // a bare "the summer" follows the clause's tense like a bare month
    // (past: the latest begun; future: the first not over). Winter, which
    // straddles two years, keeps the report's year.
    const CivilDate ref = *c.ref();
    auto first = [&](int y) { return CivilDate{y, kStart[f->season], 1}; };
    auto over = [&](int y) { return AddMonths(first(y), 3) <= ref; };
    year = ref.year;
    // The season of an event ("the fall debates") lies ahead unless a past
    // verb governs it; a preposition or "as the fall nears" may point the
    // way (EventDirection); with no cue, the nearest season of that name.
    const int tense = delta != 99 ? 0 : TimeEventNoun(c, j) && TimeEventAhead(c, j) ? 1 : EventDirection(c, i, end);
    if (delta == 99 && tense == 0) {
      auto distance = [&](int y) {
        const int64_t lo = ToDays(first(y)), hi = ToDays(AddMonths(first(y), 3)), r = ToDays(ref);
        return r < lo ? lo - r : r >= hi ? r - hi + 1 : 0;
      };
      for (int y = ref.year - 1; y <= ref.year + 1; ++y)
        if (distance(y) < distance(year)) year = y;
    } else if (delta == -1) {
      while (!over(year)) --year;
    } else if (delta == 1) {
      while (!(first(year) > ref)) ++year;
    } else if (delta == 99 && tense < 0) {
      while (first(year) > ref) --year;
    } else if (delta == 99 && tense > 0) {
      while (over(year)) ++year;
    }
  }
  if (!year && c.ref()) {
    year = c.ref()->year + (delta == 99 ? 0 : delta);
  }
  if (!year) { h->value = std::string("XXXX-") + kCode[f->season]; return true; }
  h->value = std::to_string(year) + "-" + kCode[f->season];
  h->lo = CivilDate{year, kStart[f->season] == 12 ? 12 : kStart[f->season], 1};
  h->hi = AddMonths(*h->lo, 3);
  return true;
}

// "this season", "the 2008-09 season", "the offseason", "the first half (of 2012)".
bool MatchSeasonWord(const Ctx& c, int i, Hit* h) {
  int j = i;
  if (c.is(j, "this") || c.is(j, "last") || c.is(j, "next") || c.is(j, "the") || c.is(j, "that") ||
      c.is(j, "entire") || c.is(j, "whole") || c.is(j, "regular") || c.is(j, "his") || c.is(j, "her") ||
      c.is(j, "their") || c.is(j, "its") || c.is(j, "one") || c.is(j, "single") || c.is(j, "all"))
    ++j;
  if (c.is(j, "regular")) ++j;
  if (j > i && (c.is(j, "season") || c.is(j, "offseason") || c.is(j, "postseason") || c.is(j, "preseason") ||
                c.is(j, "season's"))) {
    h->begin = i; h->end = j + 1; h->gran = Gran::kPeriod; h->type = TimeType::kDate;
    return true;
  }
  // TimeML: "next year's first half", "the year's second half".
  int possessive_year = 0;
  j = i;
  if (c.timeml()) {
    int pe = i;
    if ((possessive_year = PossessiveYearAt(c, i, &pe))) j = pe;
  }
  if (!possessive_year) j = c.is(i, "the") ? i + 1 : i;
  int e = j;
  int n = c.Ordinal(j, &e);
  if (n == 0 && c.timeml() && c.is(j, "last")) { n = 2; e = j + 1; }  // "the last half of 1989"
  // TimeML: "the first two quarters of 1990" is that year's first half
  // (1990-H1), "the last two quarters of next year" its second.
  bool two_quarters = false;
  if (c.timeml() && !possessive_year && (n == 1 || (n == 2 && c.is(j, "last"))) && c.is(e, "two") &&
      c.is(e + 1, "quarters") && c.is(e + 2, "of")) {
    int ye = 0;
    if (c.Year(e + 3, &ye) || RelativeYearAt(c, e + 3, &ye)) {
      two_quarters = true;
      ++e;
    }
  }
  if ((n == 1 || n == 2) && (c.is(e, "half") || two_quarters)) {
    h->begin = i; h->end = e + 1; h->gran = Gran::kPeriod; h->type = TimeType::kDate;
    int k = e + 1;
    if (c.timeml()) {  // TimeML: a half needs its year ("the first half of 1990"), else the report's
      // "the second half of fiscal 2001": a half of that year, as a quarter is
      const int yk = c.is(k, "of") && c.is(k + 1, "fiscal") ? k + 2 : k + 1;
      int e2 = yk, y = possessive_year ? possessive_year : c.is(k, "of") ? c.Year(yk, &e2) : 0;
      if (possessive_year) e2 = k;
      if (!y && c.is(k, "of")) y = RelativeYearAt(c, k + 1, &e2);  // "the first half of next year"
      if (!y && c.is(k, "of")) return false;  // "the first half of the game", "of the '80s"
      if (!y && !c.ref()) return false;
      // Session 38: after a time written with its year in the sentence, that
      // time's half ("the first half of 2019 ... the second half" = 2019-H2);
      // else the report's year, or the year before for a half not begun yet
      // told in the past ("sales fell in the second half", said in May), as a
      // quarter is.
      if (!y && (y = c.SentenceMonthYear(i, n == 1 ? 3 : 9))) e2 = k;
      if (!y) {
        y = c.ref()->year;
        e2 = k;
        if (n == 2 && c.ref()->month < 7 && c.Tense(i) < 0) --y;
      }
      h->end = e2;
      h->value = std::to_string(y) + "-H" + std::to_string(n);
      h->lo = CivilDate{y, n == 1 ? 1 : 7, 1};
      h->hi = AddMonths(*h->lo, 6);
      return true;
    }
    if (c.is(k, "of")) {
      int e2 = k + 1;
      int y = c.Year(k + 1, &e2);
      if (y) {
        h->end = e2;
        h->value = std::to_string(y) + "-H" + std::to_string(n);
        h->lo = CivilDate{y, n == 1 ? 1 : 7, 1};
        h->hi = AddMonths(*h->lo, 6);
      }
    }
    return true;
  }
  return false;
}

// TimeML: a quarter named by another word than its ordinal, after "the"
// (j: that word, k: "quarter"): "the final/last quarter of 2021" (the fourth:
// only before "of" and a year, since "the last quarter" alone is the one
// before), "the March quarter", "the July-September quarter" (the calendar
// quarter a quarter-end month or a quarter's span of months names). 0 when
// none. Out of line: only a word before "quarter" reaches it.
[[gnu::noinline]] static int QuarterNamedOtherwise(const Ctx& c, int j, int k) {
  if ((c.is(j, "final") || c.is(j, "last")) && k == j + 1 && c.is(k + 1, "of")) {
    int e = 0;
    if (c.Year(k + 2, &e) || c.is(k + 2, "last") || c.is(k + 2, "this") || c.is(k + 2, "next")) return 4;
    return 0;
  }
  const int m = c.month(j);
  if (!m || !c.tok(j).capital) return 0;
  if (k == j + 1) return m % 3 == 0 ? m / 3 : 0;  // "the March quarter"
  // "the January-March quarter": the span of one calendar quarter
  if (c.is(j + 1, "-") && k == j + 3 && c.tok(j + 2).capital) {
    const int m2 = c.month(j + 2);
    if (m2 && m2 % 3 == 0 && m == m2 - 2) return m2 / 3;
  }
  return 0;
}

bool MatchQuarter(const Ctx& c, int i, Hit* h) {
  int n = 0, end = 0, year = 0;
  auto qh = [&](int k, int* num, bool* half) {  // "q3", "h1", "q" + "3" glued
    std::string_view w = c.w(k);
    if (c.word(k) && w.size() == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= (w[0] == 'q' ? '4' : '2')) {
      *num = w[1] - '0'; *half = w[0] == 'h'; return k + 1;
    }
    return 0;
  };
  bool half = false;
  int yq_end = 0;
  if (c.num(i) && c.tok(i).digits == 4 && (yq_end = qh(i + 1, &n, &half))) {  // "2016 Q3", "2016H2"
    year = static_cast<int>(c.tok(i).num); end = yq_end;
  } else if ((end = qh(i, &n, &half))) {
  } else if (c.is(i, "q") && c.num(i + 1) && c.glued(i + 1) && c.tok(i + 1).digits == 1 && c.tok(i + 1).num >= 1 &&
             c.tok(i + 1).num <= 4) {  // one digit, as a quarter is written: "Q3", never "Q003"
    n = static_cast<int>(c.tok(i + 1).num); end = i + 2;
  } else {
    int j = i;
    if (c.Year(j, &end) && c.num(j) && c.is(end, "the")) { year = c.tok(j).num; j = end; }
    int delta = 99;
    if ((c.is(j, "next") || c.is(j, "last") || c.is(j, "this")) && c.is(j + 1, "year's")) {
      delta = c.is(j, "next") ? 1 : c.is(j, "last") ? -1 : 0; j += 2;
    } else if ((c.is(j, "next") || c.is(j, "last") || c.is(j, "this")) && c.is(j + 1, "year") && c.is(j + 2, "'s")) {
      delta = c.is(j, "next") ? 1 : c.is(j, "last") ? -1 : 0; j += 3;  // TimeML splits "year's"
    } else if (c.timeml() && c.is(j, "the") && (c.is(j + 1, "year's") || (c.is(j + 1, "year") && c.is(j + 2, "'s")))) {
      delta = 0; j += c.is(j + 1, "year's") ? 2 : 3;  // "the year's first quarter": the report's year
    }
    const bool the = c.is(j, "the");
    if (the) ++j;
    if (c.timeml() && c.is(j, "fiscal")) ++j;  // "fiscal second-quarter"
    const WordInfo* f = c.info(j);
    int k = j + 1;
    if (c.is(k, "-")) ++k;
    if (c.timeml() && c.month(j) && c.is(j + 1, "-") && c.is(j + 3, "quarter")) k = j + 3;  // "the July-September quarter"
    if (!c.is(k, "quarter")) return false;
    if (f && f->ordinal >= 1 && f->ordinal <= 4) {
      n = f->ordinal;
    } else if (c.timeml() && the && (n = QuarterNamedOtherwise(c, j, k))) {
    } else {
      return false;
    }
    // TimeML: "the third-quarter loss": the adjective's TIMEX3 leaves "the" out.
    if (c.timeml() && the && c.is(j + 1, "-") && c.info(j) && c.info(j)->ordinal) return false;
    end = k + 1;
    if (delta != 99 && c.ref()) year = c.ref()->year + delta;
  }
  if (!year) {
    int k = end;
    if (c.is(k, "of")) ++k;
    // TimeML: "the third quarter of fiscal 1999" is a quarter of that year.
    if (c.timeml() && c.is(k - 1, "of") && c.is(k, "fiscal")) ++k;
    int e = k;
    int y = c.Year(k, &e);
    if (y) { year = y; end = e; }
    else if (c.is(k - 1, "of") && (y = RelativeYearAt(c, k, &e))) {  // "of next year", "of the current fiscal year"
      year = y; end = e;
    } else if ((c.is(k, "this") || c.is(k, "next") || c.is(k, "last")) && c.is(k + 1, "year") && c.ref()) {
      year = c.ref()->year + (c.is(k, "next") ? 1 : c.is(k, "last") ? -1 : 0); end = k + 2;
    }
  }
  h->begin = i; h->end = end; h->gran = Gran::kPeriod; h->type = TimeType::kDate;
  if (!year && !half && c.timeml()) year = c.SentenceMonthYear(i, 3 * n - 1);  // "... of 2019 ... the fourth quarter"
  if (!year && c.ref()) {
    year = c.ref()->year;
    // TimeML: a quarter that has not begun yet, told in the past, is last year's.
    if (c.timeml() && CivilDate{year, half ? 6 * (n - 1) + 1 : 3 * (n - 1) + 1, 1} > *c.ref() && c.Tense(i) <= 0) --year;
  }
  std::string code = (half ? "-H" : "-Q") + std::to_string(n);
  if (!year) { h->value = "XXXX" + code; return true; }
  h->value = std::to_string(year) + code;
  h->lo = CivilDate{year, half ? 6 * (n - 1) + 1 : 3 * (n - 1) + 1, 1};
  h->hi = AddMonths(*h->lo, half ? 6 : 3);
  return true;
}

// The word "century" at e, or in TimeML "-century" glued to the ordinal
// before it ("the 19th-century contest"): the token after it, else 0.
static int CenturyWordEnd(const Ctx& c, int e) {
  if (c.is(e, "century")) return e + 1;
  if (c.timeml() && c.is(e, "-") && c.glued(e) && c.is(e + 1, "century") && c.glued(e + 1)) return e + 2;
  return 0;
}

// TimeML: token k is "and"/"or" after a decade written in full ("the 1970s
// and '80s"): a two-digit decade after it needs no "the" or modifier.
static bool CoordinatedAfterADecade(const Ctx& c, int k) {
  if (!(c.is(k, "and") || c.is(k, "or"))) return false;
  const int s = c.is(k - 1, ",") ? k - 2 : k - 1;
  return c.is(s, "s") && c.glued(s) && c.num(s - 1) && c.tok(s - 1).digits == 4 && c.tok(s - 1).num % 10 == 0;
}

bool MatchDecade(const Ctx& c, int i, Hit* h) {
  bool bare = !c.is(i, "the");
  // "the late '90s", "the mid-'80s": a two-digit decade after the part that
  // modifies it (the modifier's matcher reads the base here).
  const bool modified_short = bare && c.is(i, "'") && c.num(i + 1) && c.tok(i + 1).digits == 2 && c.is(i + 2, "s") &&
                              c.glued(i + 2) && (c.is(i - 1, "early") || c.is(i - 1, "late") || c.is(i - 1, "mid") ||
                                                 (c.is(i - 1, "-") && c.is(i - 2, "mid")) ||
                                                 (c.timeml() && CoordinatedAfterADecade(c, i - 1)));
  if (modified_short) bare = false;
  if (bare && !(c.num(i) && c.tok(i).digits == 4 && c.is(i + 1, "s") && c.glued(i + 1))) {
    int e = i;
    int o = c.Ordinal(i, &e);
    if (!(o >= 1 && o <= 21 && CenturyWordEnd(c, e))) return false;
  }
  int j = bare || modified_short ? i : i + 1;
  int start = -1, end = 0;
  // A two-digit decade is the latest one begun by the report's year ("the
  // '20s" in 2016 is the 1920s, in 2026 the 2020s); with no report date,
  // before 2030 (v < 30) or in the 1900s.
  auto two_digit = [&](int v) {
    if (c.ref()) return 2000 + v <= c.ref()->year ? 2000 + v : 1900 + v;
    return (v < 30 ? 2000 : 1900) + v;
  };
  if (c.is(j, "'") && c.num(j + 1) && c.tok(j + 1).digits == 2 && c.is(j + 2, "s") && c.glued(j + 2)) {
    int v = static_cast<int>(c.tok(j + 1).num);
    start = two_digit(v); end = j + 3;
  } else if (c.num(j) && (c.tok(j).digits == 4 || c.tok(j).digits == 2) && c.tok(j).num % 10 == 0 &&
             !(c.is(j + 1, "th") && c.glued(j + 1))) {  // "the 20th century" is below
    int k = j + 1;
    if (c.is(k, "'") && c.glued(k)) ++k;
    if (!(c.is(k, "s") && c.glued(k))) return false;
    int v = static_cast<int>(c.tok(j).num);
    start = c.tok(j).digits == 2 ? two_digit(v) : v;
    end = k + 1;
  } else if (c.is(j, "noughties")) {
    start = 2000; end = j + 1;
  } else {
    static const char* kTens[] = {"", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"};
    int century = 1900, k = j;
    if (c.is(k, "nineteen") || c.is(k, "eighteen")) { century = c.is(k, "nineteen") ? 1900 : 1800; ++k; }
    if (c.is(k, "two") && c.is(k + 1, "thousands")) { start = 2000; end = k + 2; }
    else if ((c.is(k, "two") && c.is(k + 1, "thousand") && c.is(k + 2, "and") && c.is(k + 3, "tens"))) { start = 2010; end = k + 4; }
    else if (c.is(k, "twenty") && c.is(k + 1, "-") && c.is(k + 2, "tens")) { start = 2010; end = k + 3; }
    else if (c.is(k, "twenty") && c.is(k + 1, "tens")) { start = 2010; end = k + 2; }
    else {
      for (int t = 2; t < 10; ++t)
        if (c.is(k, kTens[t])) { start = century + 10 * t; end = k + 1; }
    }
    if (start < 0 || bare) {
      // "the 19th century", "the twentieth century"
      int e = j;
      int o = c.Ordinal(j, &e);
      if (const int after = o >= 1 && o <= 21 ? CenturyWordEnd(c, e) : 0) {
        // An adjective ("the 19th-century contest"): the article is the noun's.
        const bool adjective = after == e + 2;
        h->begin = adjective ? j : i; h->end = after; h->gran = Gran::kPeriod; h->type = TimeType::kDate;
        h->value = std::to_string(o - 1).size() == 1 ? "0" + std::to_string(o - 1) : std::to_string(o - 1);
        h->lo = CivilDate{o > 1 ? (o - 1) * 100 : 1, 1, 1};
        h->hi = CivilDate{o * 100, 1, 1};
        return true;
      }
      return false;
    }
  }
  if (start < 1000) return false;
  h->begin = i; h->end = end; h->gran = Gran::kPeriod; h->type = TimeType::kDate; h->has_year = true;
  h->value = std::to_string(start / 10);
  h->lo = CivilDate{start, 1, 1};
  h->hi = CivilDate{start + 10, 1, 1};
  return true;
}

// TimeML: ordinals coordinated before one calendar word ("the second and
// third quarters", "the 19th and 20th centuries", "the first, second and
// third quarters of 2021"). Each conjunct is a TIMEX3 of its own, as
// TimeBank writes "the [second] and [fourth quarters]": the head word,
// and a year after it, belong to the last, and the earlier ones take their
// value from the head. The sets of the habitual reading are
// MatchTimemlSet's (tried before, it wins a tie).
namespace {

// The first token of an ordinal ending at token `end` ("19" of "19th"), -1
// when none.
int OrdinalEndingAt(const Ctx& c, int end) {
  for (int b = end - 1; b >= end - 3 && b >= 0; --b) {
    int e = b;
    if (c.Ordinal(b, &e) > 0 && e == end) return b;
  }
  return -1;
}

struct GappedList {
  int first = -1;      // first ordinal's token
  int unit = -1;       // the calendar word's token
  int last = -1;       // last ordinal's token
  int last_ord = 0;
  char kind = 0;       // 'Q' quarter, 'H' half of a year, 'C' century
};

// From the ordinal at i, "o1 [, o2]... [,] and|or oN WORD": the list and
// its word, or false (a single ordinal, a hyphenated adjective, a word that
// is no calendar division).
bool ScanGapped(const Ctx& c, int i, GappedList* g) {
  int e = i;
  int o = c.Ordinal(i, &e);
  if (o <= 0) return false;
  int count = 1, k = e, last = i, max_ord = o;
  for (;;) {
    int next = k;
    if (c.is(next, ",")) ++next;
    const bool conj = c.is(next, "and") || c.is(next, "or");
    if (conj) ++next;
    if (next == k) break;
    int e2 = next;
    const int o2 = c.Ordinal(next, &e2);
    if (o2 <= 0) return false;
    ++count; last = next; k = e2; o = o2; max_ord = std::max(max_ord, o2);
    if (conj) break;
    if (count > 6) return false;
  }
  if (count < 2 || !c.word(k) || (c.is(k + 1, "-") && c.glued(k + 1))) return false;
  const WordInfo* u = c.info(k);
  if (u && u->unit == Unit::kQuarter && max_ord <= 4) g->kind = 'Q';
  else if (u && u->unit == Unit::kCentury && max_ord <= 21) g->kind = 'C';
  else if ((c.is(k, "half") || c.is(k, "halves")) && max_ord <= 2) g->kind = 'H';
  else return false;
  g->first = i; g->unit = k; g->last = last; g->last_ord = o;
  return true;
}

// The list holding the ordinal at i (as its first, middle or last conjunct).
bool GappedListAt(const Ctx& c, int i, GappedList* g) {
  int first = i;
  for (int b = i; b > 0;) {  // walk back over "o ,", "o and", "o , and"
    int sep = b - 1;
    if (c.is(sep, "and") || c.is(sep, "or")) {
      if (c.is(sep - 1, ",")) --sep;
    } else if (!c.is(sep, ",")) {
      break;
    }
    const int prev = OrdinalEndingAt(c, sep);
    if (prev < 0) break;
    first = b = prev;
  }
  if (!ScanGapped(c, first, g)) return false;
  for (int k = first; k <= g->last; ++k)
    if (k == i) return true;
  return false;
}

}  // namespace

int CoordinatedOrdinalsWord(const Ctx& c, int i) {
  GappedList g;
  return c.timeml() && ScanGapped(c, i, &g) ? g.unit : 0;
}

bool MatchCoordinatedOrdinals(const Ctx& c, int i, Hit* h) {
  if (!c.timeml()) return false;
  const WordInfo* f = c.info(i);
  if (!c.num(i) && !(f && f->ordinal)) return false;
  // A conjunction or comma next to the ordinal ("19th and", "and 20th"),
  // before any reading of it: most numbers have none.
  auto sep = [&](int k) { return c.is(k, "and") || c.is(k, "or") || c.is(k, ","); };
  if (!(sep(i - 1) || sep(i + 1) || sep(i + 2) || sep(i + 3))) return false;
  GappedList g;
  if (!GappedListAt(c, i, &g)) return false;
  int e = i;
  const int n = c.Ordinal(i, &e);
  int end = i == g.last ? g.unit + 1 : e;
  h->begin = i; h->gran = Gran::kPeriod; h->type = TimeType::kDate;
  if (g.kind == 'C') {
    h->end = end;
    h->value = (n - 1 < 10 ? "0" : "") + std::to_string(n - 1);
    h->lo = CivilDate{n > 1 ? (n - 1) * 100 : 1, 1, 1};
    h->hi = CivilDate{n * 100, 1, 1};
    return true;
  }
  // A quarter's or half's year: written after the word ("of 2021", "of
  // fiscal 1999"), else that of a month written with its year earlier in
  // the sentence, else the report's (last year's when the latest conjunct
  // has not begun and the clause tells no future).
  int year = 0, k = g.unit + 1;
  if (c.is(k, "of")) {
    ++k;
    if (c.is(k, "fiscal")) ++k;
    int ye = k;
    if ((year = c.Year(k, &ye)) && i == g.last) end = ye;
  }
  const bool half = g.kind == 'H';
  if (half && !year) return false;  // "the first and second halves" of a game
  const int span_months = half ? 6 : 3;
  if (!year) year = c.SentenceMonthYear(g.first, span_months * g.last_ord - 1);
  if (!year && c.ref()) {
    year = c.ref()->year;
    if (CivilDate{year, span_months * (g.last_ord - 1) + 1, 1} > *c.ref() && c.Tense(g.first) <= 0) --year;
  }
  h->end = end;
  const std::string code = (half ? "-H" : "-Q") + std::to_string(n);
  if (!year) { h->value = "XXXX" + code; return true; }
  h->value = std::to_string(year) + code;
  h->lo = CivilDate{year, span_months * (n - 1) + 1, 1};
  h->hi = AddMonths(*h->lo, span_months);
  return true;
}

}  // namespace crosscheck::time_internal
