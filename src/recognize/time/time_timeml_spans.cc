// TimeML-only durations, sets and modifiers (docs/TIME.md "TimeML rules"):
// the matchers MatchTimemlDuration, MatchTimemlSet and the modifier
// readers ModifierAt / ModifierFits. The last pass over a sentence's hits,
// FinishTimeML, is in time_timeml_finish.cc.
//
//   durations  "the past three weeks", "the next 14 months", "the first nine
//              months", "recent years", "within 18 months", "two to three
//              weeks", "a couple of years", "2 1/2 years", "day-long", "a
//              while": type DURATION, value P3W / PXY / P2Y6M; when the text
//              anchors them ("the past 3 weeks", "in 3 weeks", "3 days
//              later") the anchored stretch goes in the interval;
//   sets       "Tuesday nights": SET XXXX-WXX-2TNI;
//   modifiers  "about", "nearly", "more than", "at least", "up to", "within"
//              ... before a duration or a time: the TIMEX3 mod; inside the
//              span except "about", "almost" and a "within" before no number
//              (as TimeBank has it); "or so" after one: APPROX, inside.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {
namespace {

Unit UnitWord(const Ctx& c, int i) {
  const WordInfo* f = c.info(i);
  return f && c.word(i) ? f->unit : Unit::kNone;
}

bool SpanUnit(Unit u) { return u != Unit::kNone && u != Unit::kWeekend && u != Unit::kNight; }

void SetDuration(Hit* h, int begin, int end, double q, Unit u) {
  h->begin = begin;
  h->end = end;
  h->gran = Gran::kDuration;
  h->type = TimeType::kDuration;
  h->qty = q;
  h->unit = u;
  h->value = TimemlDurationValue(q, u);
}

// A number at i (digits, words, "a"/"an"); "a few"/"several"/"couple" are
// vague (-1). Sets *end. False when there is none.
bool Count(const Ctx& c, int i, double* q, int* end) {
  if (c.is(i, "a") && c.is(i + 1, "few")) { *q = -1; *end = i + 2; return true; }
  if (c.is(i, "few") || c.is(i, "several") || c.is(i, "many")) { *q = -1; *end = i + 1; return true; }
  if (c.is(i, "a") && c.is(i + 1, "couple") && c.is(i + 2, "of")) { *q = 2; *end = i + 3; return true; }
  if (c.is(i, "couple") && c.is(i + 1, "of")) { *q = 2; *end = i + 2; return true; }
  if (c.num(i)) {
    if (c.tok(i).digits > 4 || (c.glued(i) && i > 0 && (c.punct(i - 1) || c.num(i - 1)))) return false;
    *q = c.tok(i).num;
    *end = i + 1;
    return true;
  }
  int e = i;
  int n = c.Number(i, &e);
  if (n <= 0 || c.is(i, "a") || c.is(i, "an")) return false;
  *q = n;
  *end = e;
  return true;
}

// "last" with no determiner after "to", a modal, "not" or "and" is the verb:
// "expected to last three weeks", "will last four days", "opens Friday and
// last two days" (the count after it is the TIMEX3, not "last" + count).
bool LastIsTheVerb(const Ctx& c, int i) {
  static constexpr std::string_view kBefore[] = {"to", "will", "would", "could", "can", "may", "might", "should",
                                                 "must", "not", "and", "or", "usually", "typically", "often",
                                                 "normally", "generally", "only", "also", "still", "probably"};
  if (!c.is(i, "last") || !c.word(i - 1)) return false;
  for (std::string_view w : kBefore)
    if (c.is(i - 1, w)) return true;
  return false;
}

// "the past three weeks", "the next 14 months", "the first nine months",
// "the six months", "past few years", "the coming days", "recent weeks".
bool CountedDuration(const Ctx& c, int i, Hit* h) {
  int j = i;
  const bool the = c.is(j, "the");
  if (the) ++j;
  if (!the && LastIsTheVerb(c, j)) return false;
  int dir = 0;  // -1 back from the report, +1 ahead of it
  bool qualifier = true;
  if (c.is(j, "past") || c.is(j, "last") || c.is(j, "previous") || c.is(j, "latest")) dir = -1;
  else if (c.is(j, "next") || c.is(j, "coming") || c.is(j, "upcoming") || c.is(j, "following") ||
           c.is(j, "ensuing") || c.is(j, "subsequent") || c.is(j, "intervening"))
    dir = 1;
  else if (c.is(j, "first") || c.is(j, "final") || c.is(j, "remaining") || c.is(j, "initial")) dir = 0;
  else if (c.is(j, "recent")) dir = -1;
  else qualifier = false;
  if (qualifier) ++j;
  // "the months ahead", "the weeks to come": the coming stretch, as "the coming months".
  if (the && !qualifier && c.info(j) && c.info(j)->plural && SpanUnit(UnitWord(c, j)) &&
      (c.is(j + 1, "ahead") || (c.is(j + 1, "to") && c.is(j + 2, "come")))) {
    SetDuration(h, i, c.is(j + 1, "ahead") ? j + 2 : j + 3, -1, UnitWord(c, j));
    return true;
  }
  if (!the && !qualifier) return false;
  double q = -1;
  int e = j;
  // "the next 12 to 18 months": a vague stretch.
  if (qualifier && c.num(j) && (c.is(j + 1, "to") || c.is(j + 1, "-")) && c.num(j + 2) && UnitWord(c, j + 3) != Unit::kNone &&
      SpanUnit(UnitWord(c, j + 3))) {
    SetDuration(h, i, j + 4, -1, UnitWord(c, j + 3));
    return true;
  }
  // "in the past hour", "over the last hour", "the past day": the stretch
  // back from the report, a duration as "the past 24 hours" is (not "the last
  // day of", nor "the last minute", an idiom).
  if (the && dir < 0 && (c.is(j - 1, "past") || c.is(j - 1, "last")) && !c.is(j + 1, "of") &&
      !(c.is(j + 1, "-") && c.glued(j + 1)) &&
      (c.is(j, "hour") || (c.is(j, "day") && c.is(j - 1, "past")))) {
    SetDuration(h, i, j + 1, 1, UnitWord(c, j));
    return true;
  }
  // "the past half-century", "the next quarter century", "the past
  // half-decade" (Session 38): a fraction of a long unit, counted in years.
  if (qualifier && dir != 0 && (c.is(j, "half") || c.is(j, "quarter"))) {
    int k = j + 1;
    if (c.is(k, "-") && c.glued(k)) ++k;
    const int years = (c.is(k, "century") ? 100 : c.is(k, "decade") ? 10 : 0) / (c.is(j, "half") ? 2 : 4);
    if (years && years * (c.is(j, "half") ? 2 : 4) == (c.is(k, "century") ? 100 : 10) && !(c.is(k + 1, "-") && c.glued(k + 1))) {
      SetDuration(h, i, k + 1, years, Unit::kYear);
      if (c.ref()) {
        h->lo = dir < 0 ? ShiftByUnit(*c.ref(), Unit::kYear, -years) : *c.ref();
        h->hi = dir < 0 ? *c.ref() : ShiftByUnit(*c.ref(), Unit::kYear, years);
        h->anchor = TimeAnchor::kReport;
      }
      return true;
    }
  }
  if (!Count(c, j, &q, &e)) {
    // "the coming days", "recent weeks", "past years": a plural unit alone.
    if (!qualifier || !(c.info(j) && c.info(j)->plural && SpanUnit(UnitWord(c, j)))) return false;
    q = -1;
    e = j;
  }
  if (c.is(e, "trading") || c.is(e, "business") || c.is(e, "working")) ++e;
  Unit u = UnitWord(c, e);
  if (!SpanUnit(u)) return false;
  const bool plural = c.info(e)->plural;
  if ((q < 0 || q > 1) && !plural) return false;
  if (q == 1 && plural) return false;
  if (!qualifier && q < 0) return false;              // "the few days": not a time
  if (dir == 0 && q < 0) return false;                 // "the first days after": no stretch named
  if (!qualifier && (c.is(j, "one") || q == 1)) return false;  // "the one day", "the first day"
  if (c.is(e + 1, "-") && c.glued(e + 1)) return false;  // "the past three-year period" is another family's
  SetDuration(h, i, e + 1, q, u);
  if (c.ref() && q > 0 && dir != 0 && !c.is(j - 1, "following") && !c.is(j - 1, "ensuing") &&
      !c.is(j - 1, "subsequent") && !c.is(j - 1, "intervening")) {
    const int n = static_cast<int>(q);
    if (n == q && u != Unit::kSecond && u != Unit::kMinute && u != Unit::kHour) {
      CivilDate ref = *c.ref();
      h->lo = dir < 0 ? ShiftByUnit(ref, u, -n) : ref;
      h->hi = dir < 0 ? ref : ShiftByUnit(ref, u, n);
      h->anchor = TimeAnchor::kReport;
    }
  }
  return true;
}

// Two four-digit clocks before "hours" ("from 0600 to 1800 hours", "between
// 0800 and 1400 hours") are a military range (MatchClock), no count of hours,
// when one has a leading zero or "from" opens them ("between 1000 and 2000
// hours" of flying stays a count).
bool MilitaryHours(const Ctx& c, int first, int second) {
  auto clock = [&c](int k) {
    return c.num(k) && c.tok(k).digits == 4 && c.tok(k).num / 100 <= 24 && c.tok(k).num % 100 <= 59;
  };
  return clock(first) && clock(second) && (c.is(second + 1, "hours") || c.is(second + 1, "hrs")) &&
         (c.tok(first).lower[0] == '0' || c.tok(second).lower[0] == '0' || c.is(first - 1, "from"));
}

// "two to three weeks" (the lower bound, EQUAL_OR_MORE), "a while", "day-long",
// "decades-long", "2 1/2 years", "three and a half years".
bool OtherDuration(const Ctx& c, int i, Hit* h) {
  if (c.is(i, "a") && c.is(i + 1, "while")) {
    SetDuration(h, i, i + 2, -1, Unit::kNone);
    h->value = "PXX";
    return true;
  }
  // A stretch named with no unit after "for" ("stay for some time", "for a
  // fairly lengthy period", "for a short period of time") is a DURATION of
  // unknown length, PXX, as "a while" is (not "some time ago", "for a
  // period of two years", whose count the duration matchers read).
  if (c.is(i - 1, "for") && c.is(i, "some") && c.is(i + 1, "time") && !c.is(i + 2, "ago")) {
    SetDuration(h, i, i + 2, -1, Unit::kNone);
    h->value = "PXX";
    return true;
  }
  // "in a matter of days", "for a number of years": a vague count of the
  // unit, as "several days" is (PXD, PXY; time32).
  if (c.is(i, "a") && (c.is(i + 1, "matter") || c.is(i + 1, "number")) && c.is(i + 2, "of")) {
    const WordInfo* u = c.info(i + 3);
    if (u && u->plural && c.word(i + 3) && u->unit != Unit::kNone && u->unit != Unit::kWeekend &&
        u->unit != Unit::kNight && u->unit != Unit::kQuarter) {
      SetDuration(h, i, i + 4, -1, u->unit);
      return true;
    }
  }
  if ((c.is(i - 1, "for") || c.is(i - 1, "over")) && c.is(i, "a")) {
    int k = i + 1;
    if (c.is(k, "fairly") || c.is(k, "very") || c.is(k, "relatively")) ++k;
    if ((c.is(k, "long") || c.is(k, "lengthy") || c.is(k, "short") || c.is(k, "brief") || c.is(k, "extended") ||
         c.is(k, "prolonged")) &&
        c.is(k + 1, "period")) {
      int e = k + 2;
      if (c.is(e, "of") && c.is(e + 1, "time")) e += 2;
      else if (c.is(e, "of")) return false;
      SetDuration(h, i, e, -1, Unit::kNone);
      h->value = "PXX";
      return true;
    }
  }
  // "day-long", "decades-long", "hour-long"
  if (c.is(i + 1, "-") && c.glued(i + 1) && c.is(i + 2, "long") && c.glued(i + 2)) {
    Unit u = UnitWord(c, i);
    if (SpanUnit(u)) {
      SetDuration(h, i, i + 3, c.info(i)->plural ? -1 : 1, u);
      return true;
    }
  }
  // "between six and nine months": the lower bound, EQUAL_OR_MORE.
  if (c.is(i, "between")) {
    double q1 = 0, q2 = 0;
    int e1 = 0, e2 = 0;
    if (!Count(c, i + 1, &q1, &e1) || q1 < 0 || !c.is(e1, "and") || !Count(c, e1 + 1, &q2, &e2) || q2 <= q1)
      return false;
    if (MilitaryHours(c, i + 1, e1 + 1)) return false;
    Unit u = UnitWord(c, e2);
    if (!SpanUnit(u) || !c.info(e2)->plural) return false;
    SetDuration(h, i, e2 + 1, q1, u);
    h->mod = "EQUAL_OR_MORE";
    return true;
  }
  double q = 0;
  int e = 0;
  if (!Count(c, i, &q, &e) || q < 0) return false;
  // "2 1/2 years", "three and a half years", "an hour and a half"
  if (c.num(i) && c.num(e) && c.is(e + 1, "/") && c.glued(e + 1) && c.num(e + 2) && c.glued(e + 2)) {
    double a = c.tok(e).num, b = c.tok(e + 2).num;
    if (b > 0 && a < b && b <= 16) { q += a / b; e += 3; }
  } else if (c.is(e, "and") && c.is(e + 1, "a") && c.is(e + 2, "half")) {
    q += 0.5;
    e += 3;
  } else if (c.is(e, "to") || (c.is(e, "-") && c.num(i))) {
    // "two to three weeks", "12-18 months"
    double q2 = 0;
    int e2 = 0;
    if (!Count(c, e + 1, &q2, &e2) || q2 <= q || MilitaryHours(c, i, e + 1)) return false;
    Unit u = UnitWord(c, e2);
    if (!SpanUnit(u) || !c.info(e2)->plural) return false;
    SetDuration(h, i, e2 + 1, q, u);
    h->mod = "EQUAL_OR_MORE";
    return true;
  }
  if (e == i + 1 && c.num(i) && q == static_cast<int>(q)) return false;  // plain "3 years": MatchDuration's
  Unit u = UnitWord(c, e);
  if (!SpanUnit(u)) return false;
  SetDuration(h, i, e + 1, q, u);
  if (c.is(e + 1, "and") && c.is(e + 2, "a") && c.is(e + 3, "half") && q == static_cast<int>(q)) {
    h->qty = q + 0.5;
    h->value = TimemlDurationValue(q + 0.5, u);
    h->end = e + 4;
  }
  return true;
}

}  // namespace

std::string TimemlDurationValue(double q, Unit u) {
  if (q < 0 && u == Unit::kCentury) return "PXC";  // "for centuries"
  if (u == Unit::kYear && q >= 1000 && std::fmod(q, 1000) == 0)  // "two thousand years": millennia
    return "P" + std::to_string(static_cast<long long>(q / 1000)) + "L";
  if (q < 0 || q == std::floor(q)) return DurationValue(q, u);
  // A fraction goes to the next smaller unit: P2Y6M, PT1M30S, P1DT12H.
  struct Step { Unit unit; Unit smaller; double factor; };
  static const Step kSteps[] = {
      {Unit::kCentury, Unit::kYear, 100}, {Unit::kDecade, Unit::kYear, 10}, {Unit::kYear, Unit::kMonth, 12},
      {Unit::kQuarter, Unit::kMonth, 3},  {Unit::kMonth, Unit::kDay, 30},   {Unit::kFortnight, Unit::kDay, 14},
      {Unit::kWeek, Unit::kDay, 7},       {Unit::kDay, Unit::kHour, 24},    {Unit::kHour, Unit::kMinute, 60},
      {Unit::kMinute, Unit::kSecond, 60}};
  for (const Step& s : kSteps) {
    if (s.unit != u) continue;
    const double whole = std::floor(q), rest = (q - whole) * s.factor;
    if (rest != std::floor(rest)) break;
    if (u == Unit::kCentury || u == Unit::kDecade || u == Unit::kQuarter || u == Unit::kFortnight)
      return DurationValue(q * s.factor, s.smaller);  // whole years, months, days
    int mult = 1;
    bool time_big = false, time_small = false;
    std::string big = UnitCode(u, &mult, &time_big), small = UnitCode(s.smaller, &mult, &time_small);
    char buf[64];
    const long long w = static_cast<long long>(whole), r = static_cast<long long>(rest);
    if (time_big) std::snprintf(buf, sizeof buf, "PT%lld%s%lld%s", w, big.c_str(), r, small.c_str());
    else if (time_small) std::snprintf(buf, sizeof buf, "P%lld%sT%lld%s", w, big.c_str(), r, small.c_str());
    else std::snprintf(buf, sizeof buf, "P%lld%s%lld%s", w, big.c_str(), r, small.c_str());
    if (w == 0) {  // "half a day" = PT12H, "half an hour" = PT30M
      if (time_small) std::snprintf(buf, sizeof buf, "PT%lld%s", r, small.c_str());
      else std::snprintf(buf, sizeof buf, "P%lld%s", r, small.c_str());
    }
    return buf;
  }
  return DurationValue(q, u);
}

bool MatchTimemlDuration(const Ctx& c, int i, Hit* out) {
  bool any = false;
  Hit h;  // scratch, reset after each try
  auto consider = [&](bool (*f)(const Ctx&, int, Hit*)) {
    if (f(c, i, &h) && h.end > i && (!any || h.end > out->end)) { *out = std::move(h); any = true; }
    h.Reset();
  };
  consider(CountedDuration);
  consider(OtherDuration);
  return any;
}

// Whether coordinated calendar names with a plural ("Monday and Tuesday
// nights", "the second and fourth quarters") at i recur: a habitual adverb
// in the clause before them, or a clause not told in the past.
static bool HabitualAdverbBefore(const Ctx& c, int i) {
  for (int k = i - 1; k >= 0 && k >= i - 8 && c.word(k); --k)
    if (c.is(k, "usually") || c.is(k, "typically") || c.is(k, "generally") || c.is(k, "normally") ||
        c.is(k, "traditionally") || c.is(k, "often") || c.is(k, "always"))
      return true;
  return false;
}
static bool RecurringReading(const Ctx& c, int i) { return HabitualAdverbBefore(c, i) || c.ClauseTense(i) >= 0; }
// The same for quarters, which a future clause does not make recur: a
// schedule of weekdays does ("will sail on Monday and Thursday nights"),
// but "expects gains in the third and fourth quarters" names this year's.
static bool RecurringQuarters(const Ctx& c, int i) { return HabitualAdverbBefore(c, i) || c.ClauseTense(i) == 0; }

// "Tuesday nights", "Sunday mornings": a weekly set. (A rate, "$5 million a
// year", is no TIMEX3 in TimeBank: MatchDuration declines it.)
bool MatchTimemlSet(const Ctx& c, int i, Hit* h) {
  const WordInfo* f = c.info(i);
  if (f && f->weekday && f->plural && c.word(i)) return false;  // "Tuesdays": MatchSet
  // The second of two coordinated weekdays ("Monday and Tuesday nights")
  // or ordinals ("the second and third quarters"), when the pair is read as
  // two past times below, is no set either.
  const bool coordinated = c.is(i - 1, "and") || c.is(i - 1, "or");
  if (c.weekday(i) && c.word(i) && c.info(i + 1) && c.info(i + 1)->part != PartOfDay::kNone &&
      c.info(i + 1)->plural && !(coordinated && c.weekday(i - 2) && c.word(i - 2) && !RecurringReading(c, i - 2))) {
    h->begin = i;
    h->end = i + 2;
    h->gran = Gran::kSet;
    h->type = TimeType::kSet;
    h->value = "XXXX-WXX-" + std::to_string(c.weekday(i)) + "T" + PartCode(c.info(i + 1)->part);
    return true;
  }
  // "flights leave on Monday and Tuesday nights": the plural part of day of
  // the second weekday is the first one's too, and each weekday is a set of
  // its own, unless the clause tells of the past ("protests erupted on
  // Monday and Tuesday nights": two nights) without a habitual adverb.
  if (c.weekday(i) && c.word(i) && (c.is(i + 1, "and") || c.is(i + 1, "or")) && c.weekday(i + 2) && c.word(i + 2) &&
      c.info(i + 3) && c.info(i + 3)->part != PartOfDay::kNone && c.info(i + 3)->plural && RecurringReading(c, i)) {
    h->begin = i;
    h->end = i + 1;
    h->gran = Gran::kSet;
    h->type = TimeType::kSet;
    h->value = "XXXX-WXX-" + std::to_string(c.weekday(i)) + "T" + PartCode(c.info(i + 3)->part);
    return true;
  }
  // "in fourth quarters", "sales usually peak in the second and fourth
  // quarters": a plural quarter named by its ordinal, with no year, is that
  // quarter of every year (as "Tuesdays" is every Tuesday); coordinated, as
  // for weekdays above. "The first quarters of 1989 and 1990" are dates.
  if (int e = i, n = c.Ordinal(i, &e); n >= 1 && n <= 4) {
    if (int e0 = i - 1; coordinated && c.Ordinal(i - 2, &e0) > 0 && e0 == i - 1 && !RecurringQuarters(c, i - 2))
      return false;
    int k = e;
    if (c.is(k, "and") || c.is(k, "or")) {
      int e2 = k + 1;
      const int n2 = c.Ordinal(k + 1, &e2);
      k = n2 >= 1 && n2 <= 4 && RecurringQuarters(c, i) ? e2 : -1;
    }
    const WordInfo* u = k > 0 ? c.info(k) : nullptr;
    if (u && c.word(k) && u->unit == Unit::kQuarter && u->plural && !c.is(k + 1, "of") &&
        !(c.is(k + 1, "-") && c.glued(k + 1))) {
      h->begin = i;
      h->end = k == e ? k + 1 : e;
      h->gran = Gran::kSet;
      h->type = TimeType::kSet;
      h->value = "XXXX-Q" + std::to_string(n);
      return true;
    }
  }
  return false;
}

int ModifierAt(const Ctx& c, int i, const char** mod, bool* inside) {
  const WordInfo* f = c.info(i);
  if (!f || !f->modifier) return 0;
  struct M { std::string_view w1; const char* w2; const char* mod; };
  static const M kMods[] = {
      {"about", nullptr, "APPROX"},        {"around", nullptr, "APPROX"},   {"approximately", nullptr, "APPROX"},
      {"roughly", nullptr, "APPROX"},      {"some", nullptr, "APPROX"},     {"nearly", nullptr, "EQUAL_OR_LESS"},
      {"almost", nullptr, "EQUAL_OR_LESS"}, {"within", nullptr, "EQUAL_OR_LESS"},
      {"more", "than", "MORE_THAN"},  {"upwards", "of", "MORE_THAN"},
      {"less", "than", "LESS_THAN"},       {"fewer", "than", "LESS_THAN"},  {"at", "least", "EQUAL_OR_MORE"},
      {"at", "most", "EQUAL_OR_LESS"},     {"up", "to", "EQUAL_OR_LESS"},   {"no", "more", "EQUAL_OR_LESS"},
      {"no", "less", "EQUAL_OR_MORE"},     {"no", "fewer", "EQUAL_OR_MORE"}};
  // "over" before a count ("just over an hour later", "for over a decade")
  // is "more than" (MORE_THAN, inside); "over two days, ..." and "over the
  // years" are a stretch, "over" its signal. It counts after "just",
  // "well", "for", "after", "in", "took", "lasted", or when a signal
  // ("later", "ago", ...) follows the unit.
  if (c.is(i, "over")) {
    const bool count = c.is(i + 1, "a") || c.is(i + 1, "an") || c.num(i + 1) ||
                       (c.word(i + 1) && c.info(i + 1) && c.info(i + 1)->cardinal > 0);
    if (!count) return 0;
    bool cue = c.is(i - 1, "just") || c.is(i - 1, "well") || c.is(i - 1, "for") || c.is(i - 1, "after") ||
               c.is(i - 1, "in") || c.is(i - 1, "took") || c.is(i - 1, "lasted") || c.is(i - 1, "last");
    for (int k = i + 2; !cue && k <= i + 4; ++k)
      if (c.info(k) && c.info(k)->unit != Unit::kNone)
        cue = c.is(k + 1, "later") || c.is(k + 1, "earlier") || c.is(k + 1, "ago") || c.is(k + 1, "before") ||
              c.is(k + 1, "after");
    if (!cue) return 0;
    *mod = "MORE_THAN";
    *inside = true;
    return 1;
  }
  for (const M& m : kMods) {
    if (!c.is(i, m.w1)) continue;
    int k = 1;
    if (m.w2) {
      if (!c.is(i + 1, m.w2)) continue;
      k = 2;
      if (m.w1 == "no") {  // "no more than", "no less than"
        if (!c.is(i + 2, "than")) continue;
        k = 3;
      }
    }
    *mod = m.mod;
    // TimeBank leaves "about" and "almost" outside the TIMEX3 (the mod
    // stays), and "within", a SIGNAL in TimeML 1.2.1 ("within [18
    // months]", "within [weeks]"); the other modifiers are inside it.
    *inside = m.w1 != "about" && m.w1 != "almost" && m.w1 != "within";
    return k;
  }
  return 0;
}

bool ModifierFits(const Ctx& c, const Hit& h, const char* mod) {
  const bool approx = std::strcmp(mod, "APPROX") == 0;
  if (h.type == TimeType::kDuration) return h.qty != 0;
  if (h.type == TimeType::kSet) return false;
  // Dates and times: "about two years ago", "around Nov. 1", "around 7:15 p.m.",
  // "nearly two weeks ago"; "more than" and "at least" only before a counted past.
  const bool counted = c.num(h.begin) || (c.info(h.begin) && c.info(h.begin)->cardinal > 0);
  if (counted && (c.is(h.end - 1, "ago") || c.is(h.end - 1, "earlier"))) return true;
  if (!approx || c.is(h.begin - 1, "some")) return false;
  return h.gran == Gran::kDay || h.gran == Gran::kTime || h.gran == Gran::kMonth || h.gran == Gran::kYear;
}

}  // namespace crosscheck::time_internal
