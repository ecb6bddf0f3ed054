// TimeML-only families (the default profile; docs/TIME.md "TimeML rules"):
//
//   references   "now", "currently", "these days" -> PRESENT_REF; "the past",
//                "recently", "formerly" -> PAST_REF; "the future", "a later
//                date" -> FUTURE_REF
//   ago          "two years ago" -> the year (2011), "six weeks ago" -> the
//                week, "a year earlier" counts from the text's last time
//   narrative    "the next day", "the following year", "that week", "later
//                that year": from the last time named before them
//                (NarrativeAnchor), else from the report date
//   financial    (time_timeml_financial.cc) "the latest quarter", "year-earlier",
//                "the year-ago quarter", "the fiscal year", "year-end"
//
// The anchoring and grain helpers they share (GrainOfValue, ShiftByUnit,
// SetAtUnit, NarrativeBase) are in time_timeml_anchoring.cc.
//
// Granularity follows the words: "N years ago" is a year, not a day; a
// quarter named before "a year earlier" keeps it a quarter (1988-Q3).
#include <algorithm>
#include <cctype>
#include <string>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {

namespace {

bool Ref(Hit* h, int begin, int end, const char* value) {
  h->begin = begin;
  h->end = end;
  h->gran = Gran::kPeriod;
  h->type = TimeType::kDate;
  h->value = value;
  h->anchor = TimeAnchor::kReport;
  return true;
}

// TimeML: "today" as "nowadays" is PRESENT_REF: a state of the present
// told with "be" ("Today, like many voters, I am skeptical", "He would be a
// Libertarian today", "what is today important", "And today, the right to
// work is equal to ..."). Not an event of the day ("Today, markets are
// closed", "the vote is today", "shares are up today", "is expected to
// sign today", "by today"), nor "today is ..." (the day itself), nor a
// clause told in the past, nor a quotation.
bool TodayIsThePresentAge(const Ctx& c, int i) {
  if (c.is(i + 1, "'s") || c.is(i - 1, "by") || c.is(i - 1, "until") || c.is(i - 1, "from") ||
      c.is(i - 1, "through") || c.is(i - 1, "since") || c.is(i - 1, "of") || c.is(i - 1, "for") ||
      c.is(i + 1, "is") || c.is(i + 1, "was") || c.is(i + 1, "will"))
    return false;
  auto copula = [&c](int k) { return c.is(k, "is") || c.is(k, "are") || c.is(k, "am") || c.is(k, "be"); };
  // A state after the copula at k: a determiner or a word that is no verb
  // form, preposition, particle or number.
  auto state_after = [&c](int k) {
    if (c.is(k, "a") || c.is(k, "an") || c.is(k, "the")) return true;
    if (!c.word(k) || c.tok(k).capital) return false;
    const std::string_view w = c.w(k);
    const size_t n = w.size();
    if (n < 3 || (n > 3 && (w.ends_with("ed") || (w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g')))) return false;
    // Exclusions only (a state word is an unknown one), so not in the word
    // table: one literal split at "|" (time_lexicon_test.cc reads plain literals).
    static constexpr std::string_view kNot = "|up|down|off|out|open|closed|due|set|to|in|on|at|about|expected|likely|scheduled|going|not|still|also|now|being|there|here|under|over|back|home|away|today|higher|lower|stronger|weaker|firmer|flat|unchanged|mixed|steady|quiet|busy|sunny|";

    for (size_t p = kNot.find(w); p != std::string_view::npos; p = kNot.find(w, p + 1))
      if (kNot[p - 1] == '|' && kNot[p + w.size()] == '|') return false;
    return !c.info(k);
  };
  // Find "be" within five tokens before or eight after, inside the sentence.
  int cop = -1;
  for (int k = i - 1; k >= 0 && k >= i - 5 && cop < 0; --k) {
    if (c.punct(k) && !c.is(k, ",")) break;
    if (copula(k)) cop = k;
  }
  for (int k = i + 1; c.valid(k) && k <= i + 8 && cop < 0; ++k) {
    if (c.punct(k) && !c.is(k, ",")) break;
    if (copula(k)) cop = k;
  }
  if (cop < 0) return false;
  // Quoted, "today" is the speech's day ("'I am proud of them today,' she
  // said Sunday": time_timeml_quotes.cc).
  if (InQuotation(c, i)) return false;
  if (c.is(cop, "be") && !(c.is(cop - 1, "would") || c.is(cop - 1, "could"))) return false;
  // the state: after the copula, or after "today" when the copula is right before it
  const int after = cop == i - 1 ? i + 1 : cop + 1;
  if (!state_after(after)) return false;
  return c.ClauseTense(i) >= 0;
}

// PRESENT_REF / PAST_REF / FUTURE_REF.
bool MatchReference(const Ctx& c, int i, Hit* h) {
  auto next_is_unit = [&](int k) { return UnitAt(c, k) != Unit::kNone || c.num(k) || c.is(k, "few") ||
                                          c.is(k, "several") || c.is(k, "couple") || (c.info(k) && c.info(k)->cardinal > 0); };
  if (c.is(i, "now")) {
    if (c.is(i + 1, "-") && c.glued(i + 1)) return false;  // "now-defunct"
    if (c.is(i - 1, "from") && UnitAt(c, i - 2) != Unit::kNone) return false;  // "three weeks from now"
    return Ref(h, i, i + 1, "PRESENT_REF");
  }
  if (c.is(i, "currently") || c.is(i, "nowadays") || c.is(i, "presently")) return Ref(h, i, i + 1, "PRESENT_REF");
  // "what's going on in the world today", "in America today": the present
  // age, not the report's day.
  if (c.is(i, "today") && !c.is(i + 1, "'s") &&
      ((c.is(i - 1, "world") && c.is(i - 2, "the") && c.is(i - 3, "in")) ||
       (c.is(i - 1, "society") && c.is(i - 2, "in")) || (c.is(i - 1, "america") && c.is(i - 2, "in"))))
    return Ref(h, i, i + 1, "PRESENT_REF");
  if (c.is(i, "today") && TodayIsThePresentAge(c, i)) return Ref(h, i, i + 1, "PRESENT_REF");
  if (c.is(i, "these") && c.is(i + 1, "days")) return Ref(h, i, i + 2, "PRESENT_REF");
  if (c.is(i, "current") && !next_is_unit(i + 1) && !c.is(i + 1, "quarter") && !c.is(i + 1, "period") &&
      !c.is(i + 1, "account") && !c.is(i + 1, "-") && !c.is(i + 1, "fiscal") && !c.is(i + 1, "calendar"))
    return Ref(h, i, i + 1, "PRESENT_REF");
  if (c.is(i, "present") && c.is(i - 1, "at")) return Ref(h, i, i + 1, "PRESENT_REF");
  // "At the moment, ...", "talks are stalled at the moment, she said", "at
  // this moment", "at this crucial moment": the present (not "the moment of
  // the blast", "the moment when", nor "whatever comes into his head at the
  // moment.": a bare "at the moment" only set off as a clause of its own).
  // Opening its sentence it is the present whatever follows ("At the
  // moment Smith is in Rome"), but "At the moment of impact", "... when".
  if (c.is(i, "the") && c.is(i - 1, "at") && c.is(i + 1, "moment") &&
      ((!c.word(i + 2) && (!c.word(i - 2) || c.is(i + 2, ","))) ||
       (!c.valid(i - 2) && c.word(i + 2) && !c.is(i + 2, "of") && !c.is(i + 2, "when") && !c.is(i + 2, "that") &&
        !c.is(i + 2, "i") && !c.is(i + 2, "we") && !c.is(i + 2, "he") && !c.is(i + 2, "she") && !c.is(i + 2, "they"))))
    return Ref(h, i, i + 2, "PRESENT_REF");
  if (c.is(i, "this")) {
    int k = i + 1;
    if (c.word(k) && !c.is(k, "moment") && c.is(k + 1, "moment")) ++k;  // one adjective
    if (c.is(k, "moment") && !c.is(k + 1, "of") && !c.is(k + 1, "when") && !c.is(k + 1, "that"))
      return Ref(h, i, k + 1, "PRESENT_REF");
  }
  if (c.is(i, "the") && c.is(i + 1, "present") && !c.word(i + 2)) return Ref(h, i, i + 2, "PRESENT_REF");
  // "as recently as Friday": the comparison is a signal; the day after it is the TIMEX3.
  if (c.is(i, "recently") && c.is(i - 1, "as") && c.is(i + 1, "as")) return false;
  // "visited twice a year, most recently in March": "most recently" picks the
  // latest of the occasions and the time after it names it; it is a signal,
  // no PAST_REF (as "as recently as"). Alone ("most recently served as
  // mayor") it stays the past.
  if (c.is(i, "recently") && c.is(i - 1, "most")) {
    const int k = c.is(i + 1, "in") || c.is(i + 1, "on") || c.is(i + 1, "at") || c.is(i + 1, "during") ? i + 2 : i + 1;
    const WordInfo* f = c.word(k) ? c.info(k) : nullptr;
    if ((c.num(k) && c.tok(k).digits == 4) || c.is(k, "last") || c.is(k, "this") || c.is(k, "yesterday") ||
        (f && (f->month || f->weekday || f->season)))
      return false;
  }
  if (c.is(i, "recently") || c.is(i, "lately") || c.is(i, "formerly")) return Ref(h, i, i + 1, "PAST_REF");
  if (c.is(i, "recent") && !next_is_unit(i + 1) && !(UnitAt(c, i + 1) != Unit::kNone)) return Ref(h, i, i + 1, "PAST_REF");
  if (c.is(i, "the") && c.is(i + 1, "past") && !next_is_unit(i + 2) && !c.is(i + 2, "decade") &&
      !c.is(i + 2, "century") && !(c.word(i + 2) && c.info(i + 2) && c.info(i + 2)->ordinal))
    return Ref(h, i, i + 2, "PAST_REF");
  if (c.is(i, "the") && c.is(i + 1, "time") && c.is(i - 1, "at") && !c.is(i + 2, "of") && !c.is(i + 2, "to") &&
      !c.is(i + 2, "being") && !c.is(i + 2, "-"))
    return Ref(h, i, i + 2, "PAST_REF");
  // Not the adjective before a name: "the future Trump hotel", "the
  // future President Obama".
  if (c.is(i, "the") && c.is(i + 1, "future") &&
      !(c.word(i + 2) && c.tok(i + 2).capital && c.tok(i + 2).space_before))
    return Ref(h, i, i + 2, "FUTURE_REF");
  // "into the new year", "plans for the new year" (lower case; "New Year"
  // is the holiday): the year that has begun, or, in a report of December,
  // the one about to begin.
  if (c.is(i, "the") && c.is(i + 1, "new") && !c.tok(i + 1).capital && c.is(i + 2, "year") &&
      !c.tok(i + 2).capital && !c.is(i + 3, "'s") && c.ref()) {
    h->begin = i;
    h->end = i + 3;
    SetYear(h, c.ref()->year + (c.ref()->month == 12 ? 1 : 0));
    h->anchor = TimeAnchor::kReport;
    return true;
  }
  if (c.is(i, "the") && (c.is(i + 1, "near") || c.is(i + 1, "distant") || c.is(i + 1, "foreseeable")) &&
      c.is(i + 2, "future"))
    return Ref(h, i, i + 3, "FUTURE_REF");
  if (c.is(i, "a") && c.is(i + 1, "later") && c.is(i + 2, "date")) return Ref(h, i, i + 3, "FUTURE_REF");
  // "a while ago", "some time ago", "a short time ago", "a long time ago": the past, no unit to count.
  {
    int k = i;
    if (c.is(k, "a") && (c.is(k + 1, "short") || c.is(k + 1, "long")) && c.is(k + 2, "time")) k += 3;
    else if (c.is(k, "a") && c.is(k + 1, "while")) k += 2;
    else if (c.is(k, "some") && c.is(k + 1, "time")) k += 2;
    if (k > i && c.is(k, "ago")) return Ref(h, i, k + 1, "PAST_REF");
  }
  return false;
}

// Quantity at i for "N units ago": sets *n (-1 = vague: "a few", "several",
// "years ago"), *unit and *end (the token after the unit).
// TimeML (Session 38): a count with a fraction, in whole years or months:
// "half a century", "a half-century", "a quarter century" (50, 25 years),
// "half a decade", "half a year" (5 years, 6 months), "two and a half
// years", "a year and a half" (30, 18 months), "half an hour" (30 minutes). False when none. Out of
// line: only "half", "quarter" and counts before "and" reach it.
[[gnu::noinline]] static bool FractionQuantity(const Ctx& c, int i, int* n, Unit* unit, int* end) {
  int j = i;
  const bool a = c.is(j, "a") || c.is(j, "an");
  auto long_unit = [&](int k, int* years) {  // "century" 100, "decade" 10, "year" 1 (in months: 12)
    *years = c.is(k, "century") ? 1200 : c.is(k, "decade") ? 120 : c.is(k, "year") ? 12 : 0;
    return *years != 0;
  };
  int months = 0;
  if (c.is(j, "half") && c.is(j + 1, "an") && c.is(j + 2, "hour")) {  // "half an hour ago": a time of the day
    *n = 30; *unit = Unit::kMinute; *end = j + 3;
    return true;
  }
  if (c.is(j, "half") && (c.is(j + 1, "a") || c.is(j + 1, "an")) && long_unit(j + 2, &months)) {
    months /= 2; j += 3;  // "half a century"
  } else if (a && (c.is(j + 1, "half") || c.is(j + 1, "quarter"))) {
    int k = j + 2;
    if (c.is(k, "-") && c.glued(k)) ++k;
    if (!long_unit(k, &months) || months < 120) return false;  // "a quarter century", "a half-decade"
    months /= c.is(j + 1, "half") ? 2 : 4;
    j = k + 1;
  } else {
    int whole = 0, k = j, e = j;
    if (a && c.is(j + 1, "year")) { whole = 1; e = j + 1; }  // "a year and a half"
    else if (c.num(j) && c.tok(j).digits <= 2) { whole = static_cast<int>(c.tok(j).num); e = j + 1; }
    else if (c.word(j) && c.info(j) && c.info(j)->cardinal > 0) { whole = c.Number(j, &e); }
    if (whole <= 0) return false;
    k = e;
    if (whole == 1 && c.is(k, "year") && c.is(k + 1, "and") && c.is(k + 2, "a") && c.is(k + 3, "half")) {
      months = 18; j = k + 4;
    } else if (c.is(k, "and") && c.is(k + 1, "a") && c.is(k + 2, "half") && c.is(k + 3, "years")) {
      months = 12 * whole + 6; j = k + 4;  // "two and a half years"
    } else {
      return false;
    }
  }
  if (months % 12 == 0) { *n = months / 12; *unit = Unit::kYear; }
  else { *n = months; *unit = Unit::kMonth; }
  *end = j;
  return true;
}

bool Quantity(const Ctx& c, int i, int* n, Unit* unit, int* end) {
  int j = i;
  *n = -1;
  if (c.timeml() && (c.is(j, "half") || c.is(j + 1, "half") || c.is(j + 1, "quarter") || c.is(j + 1, "and") ||
                     c.is(j + 2, "and")) &&
      FractionQuantity(c, i, n, unit, end))
    return true;
  if (c.is(j, "a") && c.is(j + 1, "few")) j += 2;
  else if (c.is(j, "a") && c.is(j + 1, "couple") && c.is(j + 2, "of")) { *n = 2; j += 3; }
  else if (c.is(j, "several") || c.is(j, "some") || c.is(j, "many") || c.is(j, "few")) j += 1;
  else if (c.is(j, "a") || c.is(j, "an")) { *n = 1; j += 1; }
  else if (c.num(j)) {
    if (c.tok(j).digits > 4 || (c.glued(j) && j > 0 && (c.punct(j - 1) || c.num(j - 1)))) return false;
    *n = static_cast<int>(c.tok(j).num);
    j += 1;
  } else if (c.word(j) && c.info(j) && c.info(j)->cardinal > 0) {
    int e = j;
    *n = c.Number(j, &e);
    if (*n <= 0) return false;
    j = e;
  }
  if (c.is(j, "-") && c.glued(j)) ++j;  // "two-year"
  Unit u = UnitAt(c, j);
  if (u == Unit::kNone || u == Unit::kWeekend) return false;
  const bool plural = c.info(j)->plural;
  if (*n < 0 && !plural) return false;
  if (*n == 1 && plural) return false;
  if (j == i && !plural) return false;
  *unit = u;
  *end = j + 1;
  return true;
}

// "two years ago", "a year earlier", "six weeks ago", "a few years ago".
bool MatchAgo(const Ctx& c, int i, Hit* h) {
  int n = 0, end = 0;
  Unit u = Unit::kNone;
  if (!Quantity(c, i, &n, &u, &end)) return false;
  // TimeML: "a couple of years back", "two weeks back, ..." is "ago" when
  // the clause goes on after it (not "moved two weeks back to ...").
  const bool ago = c.is(end, "ago") ||
                   (c.timeml() && c.is(end, "back") && n != 0 &&
                    (!c.valid(end + 1) || c.is(end + 1, ",") || c.is(end + 1, ".") || c.is(end + 1, ";") ||
                     c.is(end + 1, "that") || c.is(end + 1, "when") || c.is(end + 1, "and") || c.is(end + 1, "but")));
  // "a year before" with nothing after it ("from a year before.") reads as "a year earlier".
  const bool before_alone = c.is(end, "before") && !c.word(end + 1) && !c.num(end + 1);
  const bool earlier = (c.is(end, "earlier") && !(c.is(end + 1, "than"))) || before_alone;
  if (!ago && !earlier) return false;
  // TimeML: "a few weeks earlier", "several years earlier": a vague count
  // names no point to count to; the stretch is a DURATION (PXW) and
  // "earlier" its signal, outside, as in "a few weeks later".
  if (c.timeml() && n < 0 && !ago && !before_alone) return false;
  h->comparison = true;  // the story stays where it was
  h->begin = i;
  h->end = end + 1;
  h->gran = Gran::kPeriod;
  h->type = TimeType::kDate;
  if (u == Unit::kSecond || u == Unit::kMinute || u == Unit::kHour) {
    h->type = TimeType::kTime;
    h->gran = Gran::kTime;
    if (c.ref()) { h->value = FormatDate(*c.ref()); h->anchor = TimeAnchor::kReport; }
    return true;
  }
  AnchorBase b;
  // "ago" counts from the report, "earlier" from the text's last time. A
  // year before a quarter (or half) under discussion is that quarter a year
  // before: "third-quarter profit rose from $3 a year ago" (1988-Q3).
  const NarrativeAnchor* a = c.anchor();
  const ValueGrain ag = a && a->set ? GrainOfValue(a->value) : ValueGrain::kNone;
  const bool quarterly = u == Unit::kYear && n >= 1 && (ag == ValueGrain::kQuarter || ag == ValueGrain::kHalf) &&
                         (earlier || n == 1);
  if (quarterly) {
    b.text = true;
    b.index = a->index;
    CivilDate d = AddMonths(a->start, -12 * n);
    if (ag == ValueGrain::kQuarter) {
      SetQuarter(h, d.year, QuarterOf(d));
    } else {
      h->value = std::to_string(d.year) + a->value.substr(4);
      h->lo = d;
      h->hi = AddMonths(d, 6);
    }
    MarkAnchor(h, b);
    return true;
  }
  if (ago) {
    if (!c.ref()) return true;
    b.date = *c.ref();
  } else if (!NarrativeBase(c, u, &b)) {
    return true;
  }
  MarkAnchor(h, b);
  if (n < 0) {  // vague: "a few years ago" is a decade-wide year ("199X"), else the past
    // TimeML: "several years ago", "many years ago", "years ago" may reach
    // past a decade: the past (TimeBank's "several years ago"), as
    // "decades ago" is; only "a few years ago" stays inside one.
    const bool few = c.is(i, "a") && c.is(i + 1, "few");
    if ((u == Unit::kYear && (few || !c.timeml())) || (u == Unit::kDecade && !c.timeml())) {
      int y = AddMonths(b.date, -36).year;
      h->value = std::to_string(y / 10) + "X";
    } else {
      h->value = "PAST_REF";
    }
    return true;
  }
  // TimeML: "a decade ago", "two decades ago" name the year ten (twenty)
  // years back, as "ten years ago" does, not a decade ("200").
  SetAtUnit(h, ShiftByUnit(b.date, u, -n), c.timeml() && u == Unit::kDecade ? Unit::kYear : u);
  return true;
}

// "the next day", "the following year", "the previous week", "that day",
// "the same month", "later that year", "earlier that day", "the day after".
bool MatchNarrative(const Ctx& c, int i, Hit* h) {
  // "the following Monday", "the previous Friday", "that Tuesday": a weekday
  // counted from the day the text last named (after it, before it, the one
  // nearest it); with no day named, the weekday matchers count from the report.
  {
    int k = i, dir = 99;
    if (c.is(k, "the") && (c.is(k + 1, "next") || c.is(k + 1, "following") || c.is(k + 1, "subsequent"))) { dir = 1; k += 2; }
    else if (c.is(k, "the") && (c.is(k + 1, "previous") || c.is(k + 1, "preceding") || c.is(k + 1, "prior"))) { dir = -1; k += 2; }
    else if (c.is(k, "that")) { dir = 0; k += 1; }
    const NarrativeAnchor* a = c.anchor();
    if (dir != 99 && c.weekday(k) && c.word(k) && a && a->set && GrainOfValue(a->value) == ValueGrain::kDay) {
      const int want = c.weekday(k), have = Weekday(a->start);
      int delta = (want - have + 7) % 7;
      if (dir == 1 && delta == 0) delta = 7;
      if (dir == -1) delta = delta == 0 ? -7 : delta - 7;
      if (dir == 0 && delta > 3) delta -= 7;
      h->begin = i;
      h->end = k + 1;
      SetDay(h, AddDays(a->start, delta));
      AnchorBase b;
      b.text = true;
      b.index = a->index;
      MarkAnchor(h, b);
      return true;
    }
  }
  int j = i;
  bool later_earlier = false;
  if ((c.is(j, "later") || c.is(j, "earlier")) && c.is(j + 1, "that")) { later_earlier = true; ++j; }
  int delta = 99;
  int k = j;
  if (c.is(k, "the") && (c.is(k + 1, "next") || c.is(k + 1, "following") || c.is(k + 1, "subsequent"))) { delta = 1; k += 2; }
  else if (c.is(k, "the") && (c.is(k + 1, "previous") || c.is(k + 1, "preceding") || c.is(k + 1, "prior"))) { delta = -1; k += 2; }
  else if (c.is(k, "that") && c.is(k + 1, "same")) { delta = 0; k += 2; }
  else if (c.is(k, "that") || (c.is(k, "the") && c.is(k + 1, "same"))) { delta = 0; k += c.is(k, "that") ? 1 : 2; }
  Unit u = Unit::kNone;
  if (delta != 99) {
    u = UnitAt(c, k);
    if (c.info(k) && c.info(k)->plural) return false;
    if (u != Unit::kDay && u != Unit::kWeek && u != Unit::kMonth && u != Unit::kYear && u != Unit::kWeekend &&
        u != Unit::kQuarter)
      return false;
    if (later_earlier && delta != 0) return false;
    if (c.is(k + 1, "-") || c.is(k + 1, "or")) return false;  // "the next day-long", "the next day or two"
    ++k;
  } else if (c.is(i, "the") &&
             (c.is(i + 1, "day") || c.is(i + 1, "week") || c.is(i + 1, "month") || c.is(i + 1, "year")) &&
             (c.is(i + 2, "after") || c.is(i + 2, "before"))) {
    // "the day after", "the year before" with nothing after: from the text's last time.
    if (c.word(i + 3) && !c.is(i + 3, "and") && !c.is(i + 3, "but")) return false;
    if (c.num(i + 3)) return false;
    delta = c.is(i + 2, "after") ? 1 : -1;
    u = UnitAt(c, i + 1);
    k = i + 3;
  } else {
    return false;
  }
  AnchorBase b;
  h->begin = i;
  h->end = k;
  h->gran = Gran::kPeriod;
  h->type = TimeType::kDate;
  if (u == Unit::kQuarter) {
    // "that quarter" is the quarter the text names; "the previous quarter",
    // "the following quarter" count from it; with none named, from the
    // quarter a report speaks of by default, the last one completed
    // (as "the quarter" in MatchFinancial).
    const NarrativeAnchor* a = c.anchor();
    const bool named = a && a->set && GrainOfValue(a->value) == ValueGrain::kQuarter;
    if (named) {
      b.text = true; b.index = a->index;
      if (delta == 0) {
        h->value = a->value; h->lo = a->start; h->hi = a->end;
      } else {
        const CivilDate d = AddMonths(a->start, 3 * delta);
        SetQuarter(h, d.year, QuarterOf(d));
      }
      MarkAnchor(h, b);
      return true;
    }
    if (delta == 0 || !c.ref() || later_earlier) return false;
    b.date = *c.ref();
    const CivilDate d = AddMonths(CivilDate{c.ref()->year, 3 * (QuarterOf(*c.ref()) - 1) + 1, 1}, 3 * (delta - 1));
    SetQuarter(h, d.year, QuarterOf(d));
    MarkAnchor(h, b);
    return true;
  }
  if (const NarrativeAnchor* a = c.anchor();
      u == Unit::kDay && a && a->set && GrainOfValue(a->value) == ValueGrain::kMonth) {
    // A day counted from a month the text named ("most recently last
    // October ... that same day"): a day of that month, which one unknown.
    b.text = true; b.index = a->index;
    h->value = a->value + "-XX"; h->lo = a->start; h->hi = a->end;
    MarkAnchor(h, b);
    return true;
  }
  if (!NarrativeBase(c, u, &b)) return true;
  MarkAnchor(h, b);
  SetAtUnit(h, ShiftByUnit(b.date, u, delta), u);
  return true;
}

// "'98", "in ’05": a year with two digits.
bool ApostropheYear(const Ctx& c, int i, Hit* h) {
  if (!c.is(i, "'") || !c.num(i + 1) || !c.glued(i + 1) || c.tok(i + 1).digits != 2) return false;
  if (c.glued(i + 2) && (c.word(i + 2) || c.num(i + 2) || c.is(i + 2, "'"))) return false;  // "'80s"
  if (c.word(i - 1) && c.glued(i)) return false;  // "rock 'n'", a closing quote
  const int yy = static_cast<int>(c.tok(i + 1).num);
  int year = yy < 50 ? 2000 + yy : 1900 + yy;
  if (c.ref()) year = 2000 + yy <= c.ref()->year + 10 ? 2000 + yy : 1900 + yy;
  h->begin = i;
  h->end = i + 2;
  h->has_year = true;
  SetYear(h, year);
  return true;
}

// "late yesterday", "early Tuesday": the day, with its mod.
bool ModifiedDay(const Ctx& c, int i, Hit* h) {
  if (!c.is(i, "early") && !c.is(i, "late")) return false;
  if (!(c.is(i + 1, "today") || c.is(i + 1, "yesterday") || c.is(i + 1, "tomorrow") || c.weekday(i + 1))) return false;
  Hit d;
  if (!MatchDay(c, i + 1, &d) || d.begin != i + 1 || d.gran != Gran::kDay) return false;
  *h = d;
  h->begin = i;
  h->mod = c.is(i, "early") ? "START" : "END";
  return true;
}
// "until then", "since then", "by then", "from then on": "then" names the
// time the text last named (TimeML tags it with that time's value); with no
// time named before it, it is no TIMEX3.
bool MatchThen(const Ctx& c, int i, Hit* h) {
  if (!c.is(i, "then")) return false;
  // "then-Defense Secretary", "by then-President Obama": an adjective.
  if (c.is(i + 1, "-") && c.glued(i + 1)) return false;
  if (!c.is(i - 1, "until") && !c.is(i - 1, "till") && !c.is(i - 1, "since") && !c.is(i - 1, "by") &&
      !c.is(i - 1, "before") && !c.is(i - 1, "from"))
    return false;
  const NarrativeAnchor* a = c.anchor();
  if (!a || !a->set) return false;
  const ValueGrain g = GrainOfValue(a->value);
  if (g == ValueGrain::kNone) return false;
  h->begin = i;
  h->end = i + 1;
  h->type = TimeType::kDate;
  h->gran = g == ValueGrain::kDay ? Gran::kDay : Gran::kPeriod;
  if (g == ValueGrain::kDay) h->day = a->start;
  h->value = a->value;
  h->lo = a->start;
  h->hi = a->end;
  AnchorBase b;
  b.text = true;
  b.index = a->index;
  MarkAnchor(h, b);
  return true;
}

}  // namespace

bool MatchNarrativePeriod(const Ctx& c, int i, Hit* h) {
  // Only the words that name the text's time: "that", "that same", "the
  // same", "the following", "the previous" ("the next year" stays a year
  // after the report's in "the end of the next year", as YearPeriod reads).
  const bool named = c.is(i, "that") ||
                     (c.is(i, "the") && (c.is(i + 1, "same") || c.is(i + 1, "following") ||
                                         c.is(i + 1, "previous") || c.is(i + 1, "preceding") ||
                                         c.is(i + 1, "prior") || c.is(i + 1, "subsequent")));
  return named && MatchNarrative(c, i, h) && h->end > i;
}

bool MatchNarrativeMonth(const Ctx& c, int i, Hit* h) {
  int dir = 99, k = i;
  if (c.is(k, "the") && (c.is(k + 1, "following") || c.is(k + 1, "subsequent"))) { dir = 1; k += 2; }
  else if (c.is(k, "the") && (c.is(k + 1, "previous") || c.is(k + 1, "preceding") || c.is(k + 1, "prior"))) { dir = -1; k += 2; }
  // "that" only after a preposition: "said that March was" is a complementizer.
  else if (c.is(k, "that") && (c.is(k - 1, "in") || c.is(k - 1, "by") || c.is(k - 1, "during") ||
                               c.is(k - 1, "until") || c.is(k - 1, "since") || c.is(k - 1, "of") ||
                               c.is(k - 1, "from") || c.is(k - 1, "through") || c.is(k - 1, "over") ||
                               k == 0)) { dir = 0; k += 1; }  // "That fall, ...", "That winter was hard"
  if (dir == 99) return false;
  // A season ("the following winter", "by that autumn"): the same count by its months (Session 38).
  const WordInfo* f = c.info(k);
  const int season = f && c.word(k) && !c.tok(k).capital && f->season ? f->season : 0;
  const int m = season ? 3 * season : c.month(k);  // a season's first month: SP 3, SU 6, FA 9, WI 12
  if (!m || !c.word(k) || (!season && !c.tok(k).capital)) return false;
  if (season && c.word(k + 1) && !c.tok(k + 1).capital && c.tok(k + 1).space_before && !c.info(k + 1))
    return false;  // "that summer camp", "the following spring training"
  // "that May 3 vote", "the following March 2021": a day or a year written
  // after the month is read by the month and day matchers.
  if (c.num(k + 1) || (c.is(k + 1, ".") && c.glued(k + 1) && c.num(k + 2))) return false;
  const NarrativeAnchor* a = c.anchor();
  const ValueGrain g = a && a->set ? GrainOfValue(a->value) : ValueGrain::kNone;
  AnchorBase b;
  CivilDate lo, hi;  // the anchor's interval, end exclusive
  if (g != ValueGrain::kNone && g != ValueGrain::kWeek) {
    lo = a->start; hi = a->end;
    b.text = true; b.index = a->index;
  } else {
    if (!c.ref()) return false;
    if (dir == 0) return false;  // "that March" with no time named: no anchor to name
    lo = *c.ref(); hi = AddDays(*c.ref(), 1);
  }
  const int months = season ? 3 : 1;
  int year;
  if (dir == 1) {
    // The first such month (season) beginning at or after the anchor's end.
    year = hi.year;
    if (CivilDate{year, m, 1} < hi) ++year;
  } else if (dir == -1) {
    // The last such month (season) ending at or before the anchor's start.
    year = lo.year;
    if (lo < AddMonths(CivilDate{year, m, 1}, months)) --year;
  } else {
    // "that March": the one inside the anchor's year.
    year = lo.year;
  }
  h->begin = i;
  h->end = k + 1;
  h->has_year = false;
  if (season) {
    static const char* kCode[] = {"", "SP", "SU", "FA", "WI"};
    h->gran = Gran::kPeriod;
    h->type = TimeType::kDate;
    h->value = std::to_string(year) + "-" + kCode[season];
    h->lo = CivilDate{year, m, 1};
    h->hi = AddMonths(*h->lo, 3);
  } else {
    SetMonth(h, year, m);
  }
  MarkAnchor(h, b);
  return true;
}

bool MatchTimeML(const Ctx& c, int i, Hit* out) {
  bool any = false;
  Hit h;  // scratch, reset after each try
  auto consider = [&](bool (*f)(const Ctx&, int, Hit*)) {
    if (f(c, i, &h) && h.end > i && (!any || h.end > out->end)) { *out = std::move(h); any = true; }
    h.Reset();
  };
  consider(MatchReference);
  consider(MatchAgo);
  consider(MatchNarrative);
  consider(MatchNarrativeMonth);
  consider(MatchThen);
  consider(MatchFinancial);
  consider(ModifiedDay);
  consider(ApostropheYear);
  consider(MatchTimemlDuration);
  consider(MatchTimemlSet);
  if (c.num(i) || (c.info(i) && c.info(i)->ordinal)) consider(MatchCoordinatedOrdinals);  // (no Reset elsewhere)
  return any;
}

}  // namespace crosscheck::time_internal
