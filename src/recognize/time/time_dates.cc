// Calendar days: numeric dates ("2022-05-04", "4/22/2016", "21.04.16"),
// month-name dates in both orders with optional weekday and year ("Monday,
// May 9", "9 May 2022", "the fourth of May", "May twenty-first"), weekdays
// with their modifiers ("this Friday", "Friday next week", "the first
// Friday of July"), relative days ("yesterday", "the day after tomorrow",
// "two weeks ago", "in 3 days") and bare days of the month ("the 27th").
// MatchDay tries every form at a token and keeps the longest.
#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {
namespace {

bool Sep(const Ctx& c, int i) {
  return c.punct(i) && (c.is(i, "/") || c.is(i, "-") || c.is(i, "."));
}

// Fills a day hit from parts; year 0 = unknown. False when invalid.
bool FinishDay(const Ctx& c, int begin, int end, int year, int month, int dom, Hit* h) {
  if (month < 1 || month > 12 || dom < 1 || dom > 31) return false;
  h->begin = begin;
  h->end = end;
  h->has_year = year > 0;
  if (year > 0) {
    if (!IsValidDate(year, month, dom)) return false;
    SetDay(h, CivilDate{year, month, dom});
    return true;
  }
  if (dom > DaysInMonth(2000, month)) return false;
  if (const int frame = c.FrameYear(begin); frame && IsValidDate(frame, month, dom)) {
    SetDay(h, CivilDate{frame, month, dom});  // "In 1996, on March 5, ...": that year's
    h->month = month;
    h->dom = dom;
    return true;
  }
  // "arrested on March 3, 2019 and charged on June 5": the year of the month-day nearest that date
  if (const int told = c.SentenceMonthYear(begin, month); told && IsValidDate(told, month, dom)) {
    SetDay(h, CivilDate{told, month, dom});
    h->month = month;
    h->dom = dom;
    return true;
  }
  if (c.ref()) {
    auto d = c.timeml() ? ResolveMonthDayNearest(month, dom, *c.ref(), c.Tense(begin))
                        : ResolveMonthDayNews(month, dom, *c.ref(), c.Tense(begin));
    if (!d) return false;
    SetDay(h, *d);
    h->month = month;
    h->dom = dom;
    return true;
  }
  h->gran = Gran::kDay;
  h->type = TimeType::kDate;
  h->month = month;
  h->dom = dom;
  char buf[24];
  std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", month, dom);
  h->value = buf;
  return true;
}

int TwoDigitYear(int v) { return v < 50 ? 2000 + v : 1900 + v; }

// Optional ", 2016" / " 2016" / " of 2016" / ",16" after a day; returns year, sets *end.
int TrailingYear(const Ctx& c, int i, int* end) {
  int j = i;
  if (c.is(j, ",")) ++j;
  if (c.is(j, "of")) ++j;
  int e = j;
  int y = c.Year(j, &e);
  if (y) {
    if (c.is(e, ":") || (c.num(e) && c.glued(e))) return 0;
    *end = e;
    return y;
  }
  if (c.is(i, ",") && c.num(j) && c.tok(j).digits == 2 && c.glued(j) && !c.num(j + 2)) {
    *end = j + 1;
    return TwoDigitYear(static_cast<int>(c.tok(j).num));
  }
  return 0;
}

bool NumericDate(const Ctx& c, int i, Hit* h) {
  if (!c.num(i)) return false;
  if (c.valid(i - 1) && c.glued(i) && (c.num(i - 1) || c.is(i - 1, ".") || c.is(i - 1, ",") ||
                                       c.is(i - 1, "/") || c.is(i - 1, ":")))
    return false;
  const Tok& a = c.tok(i);
  // YYYY-MM-DD, YYYY/MM/DD, YYYY.M.D, YYYY-mon-D
  if (a.digits == 4 && Sep(c, i + 1) && c.glued(i + 1) && c.glued(i + 2)) {
    int m = 0;
    if (c.num(i + 2) && c.tok(i + 2).digits <= 2) m = static_cast<int>(c.tok(i + 2).num);
    else m = c.month(i + 2);
    if (m && c.w(i + 3) == c.w(i + 1) && c.num(i + 4) && c.glued(i + 3) && c.glued(i + 4) &&
        c.tok(i + 4).digits <= 2 && !(c.glued(i + 5) && (c.num(i + 6) && Sep(c, i + 5))))
      return FinishDay(c, i, i + 5, static_cast<int>(a.num), m, static_cast<int>(c.tok(i + 4).num), h);
    return false;
  }
  if (a.digits > 2 || !Sep(c, i + 1) || !c.glued(i + 1) || !c.glued(i + 2)) return false;
  std::string_view sep = c.w(i + 1);
  int x = static_cast<int>(a.num);
  // D-mon(-YYYY): "1-jan", "28-nov"
  if (sep == "-" && c.month(i + 2) && c.word(i + 2)) {
    int end = i + 3, year = 0;
    if (c.is(i + 3, "-") && c.glued(i + 3) && c.num(i + 4) && c.glued(i + 4)) {
      int e = i + 4;
      year = c.Year(i + 4, &e);
      if (year) end = e;
    }
    return FinishDay(c, i, end, year, c.month(i + 2), x, h);
  }
  if (!c.num(i + 2) || c.tok(i + 2).digits > 2) return false;
  int y = static_cast<int>(c.tok(i + 2).num);
  if (x == 24 && y == 7) return false;  // "24/7"
  // TimeML: a fraction ("23 5/8", "1/2", "3/4") is no date: after a number or
  // "$", or with a power-of-two denominator above the numerator.
  if (c.timeml() && sep == "/" && !(c.glued(i + 3) && (Sep(c, i + 3) || c.is(i + 3, ",")) && c.num(i + 4)) &&
      (c.num(i - 1) || c.is(i - 1, "$") || c.is(i - 1, "-") ||
       (x < y && (y == 2 || y == 4 || y == 8 || y == 16 || y == 32 || y == 64))))
    return false;
  int month = x, dom = y;
  if (month > 12 && dom <= 12) std::swap(month, dom);
  if (month > 12 || dom > 31 || month == 0 || dom == 0) return false;
  // third part: year
  int j = i + 3;
  if ((c.w(j) == sep || c.is(j, ",")) && c.glued(j) && c.num(j + 1) && c.glued(j + 1)) {
    const Tok& t = c.tok(j + 1);
    if (c.glued(j + 2) && (Sep(c, j + 2) || c.is(j + 2, ",")) && c.num(j + 3)) return false;
    int year = 0;
    if (t.digits == 4) year = static_cast<int>(t.num);
    else if (t.digits == 2) year = TwoDigitYear(static_cast<int>(t.num));
    if (!year) return false;
    // D.M.YYYY and D/M/YYYY with D > 12 were swapped above; keep M/D otherwise.
    return FinishDay(c, i, j + 2, year, month, dom, h);
  }
  if (c.glued(j) && (Sep(c, j) || c.is(j, ",") || c.is(j, ":")) && c.num(j + 1)) return false;
  // TimeML: a yearless M/D after "the" or "post-"/"pre-" that modifies a
  // noun names an event, not a day of this year ("the 9/11 attacks",
  // "post-9/11 security", "the 7/7 bombings"); a function word after it
  // leaves a date ("the 9/11 at noon", "by the 3/15 and ..."), and so do
  // the nouns that name a day ("the 9/15 deadline", "the 6/7 date").
  if (c.timeml() && sep == "/" &&
      (c.is(i - 1, "the") || (c.is(i - 1, "-") && c.glued(i) && (c.is(i - 2, "post") || c.is(i - 2, "pre")))) &&
      c.word(j) && !c.tok(j).capital && !c.info(j)) {
    static constexpr std::string_view kFunction[] = {"and", "or", "but", "at", "in", "on", "of", "for", "to", "by",
                                                     "from", "with", "as", "when", "while", "is", "was", "were",
                                                     "will", "would", "has", "had", "have", "deadline", "date"};
    bool function = false;
    for (std::string_view f : kFunction) function = function || c.is(j, f);
    if (!function) return false;
  }
  // M/D: "/" always; "-" and "." only after "on"/"in"/"by"/"until", and never "at".
  if (sep != "/") {
    if (!(c.is(i - 1, "on") || c.is(i - 1, "in") || c.is(i - 1, "by") || c.weekday(i - 1))) return false;
    // "leading by 2.2 percent", "up by 1.5 points": a decimal, no day.
    if (c.is(j, "percent") || c.is(j, "%") || c.is(j, "points") || c.is(j, "percentage") || c.is(j, "per"))
      return false;
    if (sep == "." && c.word(j) && (c.is(j, "am") || c.is(j, "pm"))) return false;
  }
  // TimeML: a yearless M/D naming an event ("since 9/11", "after 7/7") is
  // not this year's day; its year stays open (DateNamesEvent).
  if (c.timeml() && sep == "/" && c.ref() && DateNamesEvent(c, i)) {
    if (!FinishDay(c, i, j, 0, month, dom, h)) return false;
    char buf[24];
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", month, dom);
    h->value = buf;
    h->day.reset();
    h->lo.reset();
    h->hi.reset();
    return true;
  }
  return FinishDay(c, i, j, 0, month, dom, h);
}

// Month-first: "May 9", "May 9, 2022", "Oct. 2", "Oct-2", "october2", "may the eleventh",
// "May twenty-first", "Jan first", "september.15th".
bool MonthFirst(const Ctx& c, int i, Hit* h) {
  int m = c.month(i);
  if (!m || !c.word(i)) return false;
  int j = i + 1;
  if (c.is(j, ".") && c.glued(j)) ++j;
  if (c.is(j, "-") || c.is(j, "/")) { if (!c.glued(j)) return false; ++j; }
  if (c.is(j, ",")) ++j;
  bool may = c.is(i, "may") || c.is(i, "march");
  int e = j;
  int dom = c.DayOfMonth(j, &e, /*allow_cardinal_words=*/!may || !c.tok(i).capital || true);
  if (!dom) return false;
  if (c.num(j) && c.tok(j).digits > 2) return false;
  // "May 2,000" / "May 9.5" / "March 10:30" are not dates; nor "may 5 people".
  if (c.glued(e) && (c.is(e, ",") || c.is(e, ".") || c.is(e, ":")) && c.num(e + 1) && c.glued(e + 1) &&
      c.tok(e + 1).digits == 3)
    return false;
  if (c.is(e, "%") || (c.num(e - 1) && c.is(e, "-") && c.num(e + 1) && !c.glued(e + 1) && false)) return false;
  if (may && !c.tok(i).capital && c.word(j) && !c.num(j)) {
    // lower-case "may" + number word: only when the word is an ordinal or a day number form.
    if (c.info(j) && c.info(j)->cardinal >= 0 && c.info(j)->ordinal == 0 && !c.is(j + 1, "-") &&
        !(c.info(j + 1) && c.info(j + 1)->cardinal > 0))
      return false;
  }
  int end = e;
  int year = TrailingYear(c, e, &end);
  return FinishDay(c, i, year ? end : e, year, m, dom, h);
}

// Day-first: "9 May", "9 May 2022", "22april", "1st Jan", "fourth of May", "the tenth of september, two thousand".
bool DayFirst(const Ctx& c, int i, Hit* h) {
  int e = i;
  int dom = c.DayOfMonth(i, &e, true);
  if (!dom) return false;
  if (c.num(i) && c.glued(i) && c.valid(i - 1) && (c.num(i - 1) || c.is(i - 1, ".") || c.is(i - 1, ","))) return false;
  int j = e;
  if (c.is(j, ".") && c.glued(j)) ++j;
  if (c.is(j, "of")) ++j;
  int m = c.month(j);
  if (!m || !c.word(j)) return false;
  if ((c.is(j, "may") || c.is(j, "march")) && !c.tok(j).capital && !c.is(j - 1, "of") && c.word(j + 1) &&
      !c.Year(j + 1, &e))
    return false;
  int end = j + 1;
  if (c.is(end, ".") && c.glued(end)) ++end;
  int e2 = end;
  int year = TrailingYear(c, end, &e2);
  if (!year && c.is(end - 1, ".") && end - 1 > j) end -= 1;  // "16. nov." keeps the period only before a year
  return FinishDay(c, i, year ? e2 : j + 1, year, m, dom, h);
}

// Bare day of month: "the 27th", "on 15", "on 22nd", "the second", "20th of next month".
bool BareDom(const Ctx& c, int i, Hit* h) {
  bool the = c.is(i, "the");
  int j = the ? i + 1 : i;
  int e = j;
  int dom = c.Ordinal(j, &e);
  bool ordinal = dom > 0;
  if (!ordinal) {
    if (!c.num(j) || c.tok(j).digits > 2 || !(c.is(i - 1, "on") || the)) return false;
    dom = static_cast<int>(c.tok(j).num);
    e = j + 1;
  }
  if (dom < 1 || dom > 31) return false;
  // TimeML: "the first", "the second" alone are no dates ("for the first
  // since"); a spelled ordinal needs "on"/"by"/"until"/"since" before it.
  if (c.timeml() && ordinal && c.word(j) && !(c.is(i - 1, "on") || c.is(i - 1, "by") || c.is(i - 1, "until") ||
                                             c.is(i - 1, "since") || c.weekday(i - 1)))
    return false;
  if (!ordinal && c.glued(e) && !c.punct(e)) return false;
  // TimeML: "the 19th and 20th centuries": ordinals sharing a calendar word
  // (MatchCoordinatedOrdinals), no day.
  if (ordinal && CoordinatedOrdinalsWord(c, j)) return false;
  // TimeML: an ordinal joined by a hyphen to a word is a compound modifier,
  // no day ("on first-hand accounts", "on third-party data").
  if (c.timeml() && ordinal && c.is(e, "-") && c.glued(e) && c.word(e + 1) && c.glued(e + 1)) return false;
  // Part of a numeric expression: "the 9/11 attacks", "the 9:30 train", "the 2.5".
  if (c.glued(e) && (c.is(e, ",") || c.is(e, ".") || c.is(e, ":") || c.is(e, "/")) && c.num(e + 1) && c.glued(e + 1))
    return false;
  if (!the && !c.is(i - 1, "on") && !c.weekday(i - 1) && !c.is(i - 1, "the")) {
    // "20th of next month" is fine; plain "22nd" needs "on".
    if (!(c.is(e, "of") && (c.is(e + 1, "next") || c.is(e + 1, "this") || c.is(e + 1, "last")))) return false;
  }
  if (!ordinal && c.word(j) ) return false;
  if (!ordinal && the && !(c.is(i - 1, "on") || c.is(i - 1, "for") || c.is(i - 1, "by") || c.is(i - 1, "until") ||
                           c.is(i - 1, "since") || c.is(i - 1, "till")))
    return false;
  // "of next month" / "next month" / "of this month"
  int k = e;
  if (c.is(k, "of")) ++k;
  int delta = 99;
  if (c.is(k + 1, "month")) {
    if (c.is(k, "next")) delta = 1;
    else if (c.is(k, "this")) delta = 0;
    else if (c.is(k, "last")) delta = -1;
  }
  if (delta != 99) {
    if (!c.ref()) return false;
    CivilDate base = AddMonths(CivilDate{c.ref()->year, c.ref()->month, 1}, delta);
    return FinishDay(c, i, k + 2, base.year, base.month, dom, h);
  }
  // Guard against "the 27th floor", "the second time": the next token must not be a word,
  // unless the word starts a new clause.
  // TimeML: a verb after "on the 15th" goes on with the clause ("the blast on the 15th killed two").
  const bool verb_next = c.timeml() && c.info(e) && c.info(e)->tense != 0 && !c.info(e)->guessed &&
                         (c.is(i - 1, "on") || c.is(i - 1, "by") || c.is(i - 1, "until") || c.is(i - 1, "since"));
  if (c.word(e) && !c.is(e, "and") && !c.is(e, "with") && !c.is(e, "at") && !c.is(e, "or") && !verb_next) return false;
  if (c.num(e)) return false;
  if (!c.ref()) {
    h->begin = i; h->end = e; h->gran = Gran::kDay; h->type = TimeType::kDate; h->dom = dom;
    char buf[24];
    std::snprintf(buf, sizeof buf, "XXXX-XX-%02d", dom);
    h->value = buf;
    return true;
  }
  const CivilDate ref = *c.ref();
  bool future = c.Future(i);
  CivilDate cand{ref.year, ref.month, 1};
  for (int k2 = 0; k2 < 3; ++k2) {
    CivilDate m = AddMonths(cand, future ? k2 : -k2);
    if (dom <= DaysInMonth(m.year, m.month)) {
      CivilDate d{m.year, m.month, dom};
      if (future ? d >= ref : d <= ref) return FinishDay(c, i, e, m.year, m.month, dom, h);
    }
  }
  return false;
}

// Words that make a capitalized weekday part of a name or a title ("Sunday Times").
bool WeekdayIsName(const Ctx& c, int i) {
  if (!c.tok(i).capital) return false;
  int n = i + 1;
  // TimeML: a possessive day before a name is the day ("Tuesday's Nevada
  // caucus", "Monday's Victory Day"), not a title.
  if (c.timeml() && c.is(n, "'s")) n = -1;
  // TimeML: after a possessive pronoun the day qualifies the noun ("in his
  // Sunday Mass", "their Friday Prayers"): a day, not a paper's title.
  // (A paper's name stays one: "their Sunday Times column".)
  static constexpr std::string_view kPapers[] = {"times", "telegraph", "express", "mirror", "herald", "post",
                                                 "mail", "tribune", "observer", "independent", "edition", "magazine"};
  if (c.timeml() && (c.is(i - 1, "his") || c.is(i - 1, "her") || c.is(i - 1, "their") || c.is(i - 1, "its") ||
                     c.is(i - 1, "our") || c.is(i - 1, "my") || c.is(i - 1, "your"))) {
    bool paper = false;
    for (std::string_view w : kPapers) paper = paper || c.is(n, w);
    if (!paper) n = -1;
  }
  while (c.is(n, "'s")) ++n;
  // TimeML (time31): a zone after the day ("5 p.m. Friday Moscow time",
  // "Friday New York time") is no name.
  const bool zone_after = c.timeml() && c.word(n) && c.tok(n).capital &&
                          ((c.is(n + 1, "time") && !c.tok(n + 1).capital) ||
                           (c.word(n + 1) && c.tok(n + 1).capital && c.is(n + 2, "time") && !c.tok(n + 2).capital));
  if (c.word(n) && c.tok(n).capital && !c.month(n) && !c.weekday(n) && !c.info(n) && !zone_after) {
    // TimeML: in a headline set in title case the next word is capitalised
    // anyway ("Trump Speaks Monday About Taxes"); only a paper's name
    // there makes a title ("Sunday Times Editor Quits").
    if (!c.timeml() || !HeadlineCase(c)) return true;
    for (std::string_view w : kPapers)
      if (c.is(n, w)) return true;
  }
  // TimeML: a capitalised part of day and a capitalised name after it make a
  // title ("Saturday Night Live", "Monday Night Football").
  if (c.timeml() && c.word(n) && c.tok(n).capital && c.info(n) && c.info(n)->part != PartOfDay::kNone &&
      c.word(n + 1) && c.tok(n + 1).capital && !c.info(n + 1))
    return true;
  static constexpr std::string_view kNameBefore[] = {"girl", "man", "joe", "sergeant", "sgt", "robinson"};
  for (std::string_view w : kNameBefore)
    if (c.is(i - 1, w) && c.tok(i - 1).capital) return true;
  return false;
}

bool Weekday(const Ctx& c, int i, Hit* h) {
  int j = i;
  int mode = 0;  // 0 bare, 1 this, 2 next, -2 last, 3 coming
  if (c.is(j, "this") && c.timeml() && (c.is(j + 1, "coming") || c.is(j + 1, "upcoming"))) { mode = 3; j += 2; }
  else if (c.is(j, "this")) { mode = 1; ++j; }
  else if (c.is(j, "next")) { mode = 2; ++j; }
  else if (c.is(j, "last") || c.is(j, "past") || c.is(j, "previous")) { mode = -2; ++j; }
  else if (c.is(j, "coming") || c.is(j, "upcoming")) { mode = 3; ++j; }
  // "this week friday", "next week on sunday"
  int week_delta = 99;
  if (mode != 0 && mode != 3 && c.is(j, "week") && (c.weekday(j + 1) || (c.is(j + 1, "on") && c.weekday(j + 2)))) {
    week_delta = mode == 1 ? 0 : mode == 2 ? 1 : -1;
    j += c.is(j + 1, "on") ? 2 : 1;
  }
  int wd = c.weekday(j);
  if (!wd || !c.word(j)) return false;
  if (mode == 0 && WeekdayIsName(c, j)) return false;
  if (mode == 0 && c.w(j).size() <= 4 && !(c.is(j + 1, ".") || c.is(j + 1, ",") || c.num(j + 1) || c.month(j + 1) ||
                                          c.is(j - 1, "on") || c.is(j - 1, "this") || !c.valid(j + 1)))
    return false;
  // TimeML: "Sun", "Wed" alone are names or words far more often ("the Sun,").
  if (c.timeml() && mode == 0 && c.w(j).size() <= 4 && c.w(j) != "tues" && c.w(j) != "thur" &&
      c.w(j) != "thurs" && !(c.is(j + 1, ".") && c.glued(j + 1)) && !c.num(j + 1) && !c.month(j + 1) &&
      !c.is(j - 1, "on"))
    return false;
  if (c.w(j).size() <= 4 && !c.tok(j).capital && !c.is(j - 1, "on") && !c.is(j - 1, "this") && !c.is(j - 1, "next") &&
      !c.is(j - 1, "last") && !c.is(j - 1, "every"))
    return false;
  int end = j + 1;
  if (c.is(end, ".") && c.glued(end) && (c.w(j).size() <= 4)) {}  // "tues." keeps the period outside
  // "friday this week", "friday of next week", "friday next week"
  if (mode == 0 && week_delta == 99) {
    int k = end;
    if (c.is(k, "of")) ++k;
    if (c.is(k + 1, "week")) {
      if (c.is(k, "this")) week_delta = 0;
      else if (c.is(k, "next")) week_delta = 1;
      else if (c.is(k, "last")) week_delta = -1;
      if (week_delta != 99) end = k + 2;
    }
  }
  // "friday the 22nd", "wednesday the 27th", "saturday the second"
  if (mode <= 1 && week_delta == 99 && c.is(end, "the")) {
    int e = end;
    int dom = c.DayOfMonth(end, &e, true);
    if (dom && !(c.word(e) && c.month(e))) {
      h->begin = i;
      if (!c.ref()) return FinishDay(c, i, e, 0, 0, dom, h) || (h->end = e, h->gran = Gran::kDay, h->value = "XXXX-XX-" + std::string(dom < 10 ? "0" : "") + std::to_string(dom), true);
      CivilDate ref = *c.ref();
      for (int k = 0; k < 7; ++k) {
        for (int s : {1, -1}) {
          CivilDate m = AddMonths(CivilDate{ref.year, ref.month, 1}, s * k);
          if (dom <= DaysInMonth(m.year, m.month) && Weekday(CivilDate{m.year, m.month, dom}) == wd)
            return FinishDay(c, i, e, m.year, m.month, dom, h);
        }
      }
      return FinishDay(c, i, e, ref.year, ref.month, dom, h);
    }
  }
  h->begin = i;
  h->end = end;
  h->gran = Gran::kDay;
  h->type = TimeType::kDate;
  if (!c.ref()) {
    char buf[24];
    if (week_delta == 99 && mode == 0) std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", wd);
    else std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", wd);
    h->value = buf;
    return true;
  }
  const CivilDate ref = *c.ref();
  CivilDate d;
  if (week_delta != 99) {
    d = AddDays(WeekStart(ref), 7 * week_delta + wd - 1);
  } else if (mode == 1) {
    d = AddDays(WeekStart(ref), wd - 1);
  } else if (mode == 2) {
    d = AddDays(WeekStart(ref), 7 + wd - 1);
  } else if (mode == -2) {
    d = AddDays(WeekStart(ref), -7 + wd - 1);
  } else if (mode == 3) {
    d = ResolveWeekday(wd, AddDays(ref, 1), true);
  } else if (c.timeml()) {
    // TimeML: the clause's tense, else (and for a day naming an event) the
    // nearest such day (WeekdayDirection, time_timeml_direction.cc).
    const int dir = WeekdayDirection(c, i, j);
    d = dir ? ResolveWeekday(wd, ref, dir > 0) : NearestWeekday(wd, ref);
  } else {
    d = ResolveWeekday(wd, ref, c.Future(i));
  }
  SetDay(h, d);
  return true;
}

// "the first friday of july", "the last monday in may", "second sunday" (without month: extraction only).
bool NthWeekday(const Ctx& c, int i, Hit* h) {
  int j = c.is(i, "the") ? i + 1 : i;
  const WordInfo* f = c.info(j);
  if (!f || f->ordinal == 0 || f->ordinal > 5) return false;
  int n = f->ordinal;
  int wd = c.weekday(j + 1);
  if (!wd) return false;
  int k = j + 2;
  if (c.is(k, "of") || c.is(k, "in")) {
    int m = c.month(k + 1);
    if (m) {
      int e = k + 2, year = 0;
      int e2 = e;
      year = TrailingYear(c, e, &e2);
      if (year) e = e2;
      h->begin = i; h->end = e; h->gran = Gran::kDay; h->type = TimeType::kDate;
      if (!year && c.ref()) year = ResolveMonthYear(m, *c.ref(), c.Future(i));
      if (!year) { h->value = "XXXX-" + std::string(m < 10 ? "0" : "") + std::to_string(m) + "-WXX-" + std::to_string(wd) + "-#" + std::to_string(n); return true; }
      SetDay(h, NthWeekdayOfMonth(year, m, wd, n));
      return true;
    }
    if ((c.is(k + 1, "this") || c.is(k + 1, "next") || c.is(k + 1, "last")) && c.is(k + 2, "month") && c.ref()) {
      CivilDate base = AddMonths(CivilDate{c.ref()->year, c.ref()->month, 1}, c.is(k + 1, "this") ? 0 : c.is(k + 1, "next") ? 1 : -1);
      h->begin = i; h->end = k + 3;
      SetDay(h, NthWeekdayOfMonth(base.year, base.month, wd, n));
      return true;
    }
  }
  if (j == i && n <= 5) {
    h->begin = i; h->end = j + 2; h->gran = Gran::kDay; h->type = TimeType::kDate;
    h->value = "XXXX-WXX-" + std::to_string(wd) + "-#" + std::to_string(n);
    return true;
  }
  return false;
}

// Quantity of units ("two weeks", "1 month 21 days"): fills *days/months totals.
bool UnitChain(const Ctx& c, int i, int* end, int* days, int* months, double* first_q, Unit* first_u) {
  int j = i;
  int n_parts = 0;
  *days = 0; *months = 0;
  while (true) {
    int e = j;
    int q = -1;
    if (c.is(j, "a") || c.is(j, "an") || c.is(j, "one")) { q = 1; e = j + 1; }
    else if (c.num(j) && c.tok(j).digits > 4) break;  // "in 00000000 years": five digits are never a date (time_fuzz)
    else q = c.Number(j, &e);
    if (q < 0 || q > 5000) break;
    const WordInfo* u = c.info(e);
    if (!u || u->unit == Unit::kNone || u->unit == Unit::kWeekend || u->unit == Unit::kNight) {
      // "3year" glued
      break;
    }
    if (n_parts == 0) { *first_q = q; *first_u = u->unit; }
    switch (u->unit) {
      case Unit::kDay: *days += q; break;
      case Unit::kWeek: *days += 7 * q; break;
      case Unit::kFortnight: *days += 14 * q; break;
      case Unit::kMonth: *months += q; break;
      case Unit::kQuarter: *months += 3 * q; break;
      case Unit::kYear: *months += 12 * q; break;
      case Unit::kDecade: *months += 120 * q; break;
      default: break;
    }
    ++n_parts;
    j = e + 1;
    if (c.is(j, "and") && c.Number(j + 1, &e) >= 0) ++j;
  }
  if (!n_parts) return false;
  *end = j;
  return true;
}

// "yesterday", "two days ago", "3 weeks later", "in 3 weeks", "two days after today".
bool Relative(const Ctx& c, int i, Hit* h) {
  auto set = [&](int end, int offset_days, int offset_months, const char* fallback) {
    h->begin = i; h->end = end;
    h->gran = Gran::kDay; h->type = TimeType::kDate;
    if (c.ref()) SetDay(h, AddDays(AddMonths(*c.ref(), offset_months), offset_days));
    else h->value = fallback;
    return true;
  };
  if (c.is(i, "today")) return set(i + 1, 0, 0, "PRESENT_REF");
  if (c.is(i, "tomorrow") || c.is(i, "tmrw") || c.is(i, "tmr")) return set(i + 1, 1, 0, "");
  if (c.is(i, "yesterday")) return set(i + 1, -1, 0, "");
  if (c.is(i, "the") && c.is(i + 1, "day") && (c.is(i + 2, "before") || c.is(i + 2, "after"))) {
    if (c.is(i + 3, "yesterday")) return set(i + 4, -2, 0, "");
    if (c.is(i + 3, "tomorrow") || c.is(i + 3, "tmrw")) return set(i + 4, 2, 0, "");
  }
  // TimeML: "the next day", "that day", "two days later", "in 3 days" and
  // "two years ago" are narrative, duration and ago rules (time_timeml*.cc).
  if (c.timeml()) return false;
  {
    int j = c.is(i, "the") ? i + 1 : i;
    if ((c.is(j, "next") || c.is(j, "following")) && c.is(j + 1, "day") && !c.is(j + 2, "or"))
      return set(j + 2, 1, 0, "");
    if (j > i && c.is(j, "previous") && c.is(j + 1, "day")) return set(j + 2, -1, 0, "");
    if (c.is(i, "the") && c.is(i + 1, "day") && c.is(i + 2, "before") && !c.word(i + 3)) return set(i + 3, -1, 0, "");
    if (c.is(i, "the") && c.is(i + 1, "day") && c.is(i + 2, "after") && !c.word(i + 3)) return set(i + 3, 1, 0, "");
    if (c.is(i, "that") && c.is(i + 1, "day")) { h->begin = i; h->end = i + 2; h->gran = Gran::kDay; return true; }
  }
  int j = i;
  bool in = false;
  if (c.is(j, "in") || c.is(j, "within")) { in = c.is(j, "in"); ++j; }
  int end = j, days = 0, months = 0;
  double q = 0;
  Unit u = Unit::kNone;
  if (!UnitChain(c, j, &end, &days, &months, &q, &u)) return false;
  if (u == Unit::kSecond || u == Unit::kMinute || u == Unit::kHour) return false;
  int sign = 0, extra = 0, e = end;
  if (c.is(end, "ago") || c.is(end, "earlier") || (c.is(end, "before") && c.is(end + 1, "yesterday"))) {
    sign = -1;
    e = end + 1;
    if (c.is(end, "before")) { extra = -1; e = end + 2; }
  } else if (c.is(end, "later") || c.is(end, "hence")) {
    sign = 1; e = end + 1;
  } else if (c.is(end, "from") && (c.is(end + 1, "now") || c.is(end + 1, "today") || c.is(end + 1, "tomorrow"))) {
    sign = 1; e = end + 2; extra = c.is(end + 1, "tomorrow") ? 1 : 0;
  } else if ((c.is(end, "after") || c.is(end, "before")) && (c.is(end + 1, "today") || c.is(end + 1, "tomorrow") || c.is(end + 1, "yesterday"))) {
    sign = c.is(end, "after") ? 1 : -1; e = end + 2;
    extra = c.is(end + 1, "tomorrow") ? 1 : c.is(end + 1, "yesterday") ? -1 : 0;
  } else if (in && j == i + 1) {
    sign = 1;
  }
  if (!sign) return false;
  if (in && sign == 1 && e == end && c.is(i, "within")) return false;
  h->begin = i; h->end = e; h->gran = Gran::kDay; h->type = TimeType::kDate;
  if (c.ref()) SetDay(h, AddDays(AddMonths(*c.ref(), sign * months), sign * days + extra));
  return true;
}

}  // namespace

bool MatchDay(const Ctx& c, int i, Hit* out) {
  bool any = false;
  Hit h;  // scratch, reset after each try
  auto consider = [&](bool (*f)(const Ctx&, int, Hit*)) {
    if (f(c, i, &h) && h.end > i && (!any || h.end > out->end)) { *out = std::move(h); any = true; }
    h.Reset();
  };
  consider(NumericDate);
  consider(MonthFirst);
  consider(DayFirst);
  consider(BareDom);
  consider(Weekday);
  consider(NthWeekday);
  consider(Relative);
  if (!any) return false;
  // A weekday before a date names the same day: "Monday, May 9", "wed, 22 of jan", "friday 7/6".
  return true;
}

}  // namespace crosscheck::time_internal
