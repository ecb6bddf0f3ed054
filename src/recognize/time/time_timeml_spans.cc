// TimeML-only durations, sets and modifiers, and the last pass over a
// sentence's hits (docs/TIME.md "TimeML rules"):
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

// "the past three weeks", "the next 14 months", "the first nine months",
// "the six months", "past few years", "the coming days", "recent weeks".
bool CountedDuration(const Ctx& c, int i, Hit* h) {
  int j = i;
  const bool the = c.is(j, "the");
  if (the) ++j;
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
static bool RecurringReading(const Ctx& c, int i) {
  for (int k = i - 1; k >= 0 && k >= i - 8 && c.word(k); --k)
    if (c.is(k, "usually") || c.is(k, "typically") || c.is(k, "generally") || c.is(k, "normally") ||
        c.is(k, "traditionally") || c.is(k, "often") || c.is(k, "always"))
      return true;
  return c.ClauseTense(i) >= 0;
}

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
    if (int e0 = i - 1; coordinated && c.Ordinal(i - 2, &e0) > 0 && e0 == i - 1 && !RecurringReading(c, i - 2))
      return false;
    int k = e;
    if (c.is(k, "and") || c.is(k, "or")) {
      int e2 = k + 1;
      const int n2 = c.Ordinal(k + 1, &e2);
      k = n2 >= 1 && n2 <= 4 && RecurringReading(c, i) ? e2 : -1;
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

namespace {

// "he could one day lead the party", "hopes to one day return": "one day"
// between a modal, "to" or a subject pronoun and a verb is an adverb of an
// indefinite future, no duration (TimeBank leaves it untagged).
bool OneDayAdverb(const Ctx& c, const Hit& h) {
  if (h.type != TimeType::kDuration || h.end != h.begin + 2 || !c.is(h.begin, "one") || !c.is(h.begin + 1, "day"))
    return false;
  static constexpr std::string_view kBefore[] = {"could", "would", "will", "might", "may", "can", "should", "must",
                                                 "to", "he", "she", "they", "we", "i", "you", "it", "who", "'ll"};
  bool before = false;
  for (std::string_view w : kBefore)
    if (c.is(h.begin - 1, w)) before = true;
  if (!before || !c.word(h.end) || c.tok(h.end).capital) return false;
  static constexpr std::string_view kNotVerb[] = {"of", "after", "before", "later", "earlier", "ago", "and", "or",
                                                  "in", "at", "to", "for", "from", "with", "on", "by", "than"};
  for (std::string_view w : kNotVerb)
    if (c.is(h.end, w)) return false;
  return true;
}

// Minutes after midnight of a clock value "T04:15" / "T19:15:00", -1 if none.
int ClockMinutes(const std::string& clock) {
  if (clock.size() < 6 || clock[0] != 'T' || clock[3] != ':') return -1;
  for (int i : {1, 2, 4, 5})
    if (!std::isdigit(static_cast<unsigned char>(clock[i]))) return -1;
  return ((clock[1] - '0') * 10 + (clock[2] - '0')) * 60 + (clock[4] - '0') * 10 + (clock[5] - '0');
}

// "at 4:15 a.m. (1915 GMT Tuesday)": the wire gives the day only with the
// universal time in the parenthesis. A local clock with no day of its own
// is on that day, moved by the zone offset the two clocks imply (offsets
// run from -12 to +14 hours: 04:15 against 19:15 is +9, so the next day,
// Wednesday). Returns the local day, or nothing when the first clock names
// a day itself or the parenthesis names none.
std::optional<CivilDate> LocalDayOfZoneClock(const Ctx& c, const Hit& local, const Hit& zone) {
  if (!zone.day) return std::nullopt;
  for (int t = local.begin; t < local.end; ++t)
    if (c.weekday(t) || c.month(t) || c.is(t, "today") || c.is(t, "tonight") || c.is(t, "yesterday") ||
        c.is(t, "tomorrow"))
      return std::nullopt;
  bool named = false;
  for (int t = zone.begin; t < zone.end; ++t)
    if (c.weekday(t) || c.month(t)) named = true;
  if (!named) return std::nullopt;
  const int a = ClockMinutes(local.clock), b = ClockMinutes(zone.clock);
  if (a < 0 || b < 0) return std::nullopt;
  int shift = 0;
  if (a - b > 14 * 60) shift = -1;
  else if (a - b < -12 * 60) shift = 1;
  return AddDays(*zone.day, shift);
}

}  // namespace

void FinishTimeML(const Ctx& c, std::vector<Hit>* hits) {
  for (size_t k = 0; k < hits->size(); ++k) {
    if (OneDayAdverb(c, (*hits)[k]) || InTitle(c, (*hits)[k])) {
      hits->erase(hits->begin() + static_cast<long>(k--));
      continue;
    }
    // "this past week", "this past weekend": "this" is part of the name
    // (TimeML takes the determiner into the extent, as in "the past week").
    Hit& h = (*hits)[k];
    if (h.type == TimeType::kDate && c.is(h.begin, "past") && c.is(h.begin - 1, "this") &&
        (k == 0 || (*hits)[k - 1].end < h.begin))
      --h.begin;
  }
  // "10:35 a.m. (0735 GMT)": the same time in another zone is no TIMEX3 of its own.
  // The day after the parenthesis is the first clock's day too: "at 10:35
  // a.m. (0735 GMT) Friday", "4:31 a.m. local time (1231 GMT) on Monday"
  // (the day stays a TIMEX3 of its own, as TimeBank has it).
  for (size_t k = 1; k < hits->size(); ++k) {
    Hit& prev = (*hits)[k - 1];
    const Hit& h = (*hits)[k];
    if (h.type == TimeType::kTime && prev.type == TimeType::kTime && c.is(h.begin - 1, "(") &&
        prev.end == h.begin - 1 && c.is(h.end, ")")) {
      const int after = h.end + 1;
      const std::optional<CivilDate> zone_day = LocalDayOfZoneClock(c, prev, h);
      hits->erase(hits->begin() + static_cast<long>(k));
      if (zone_day) {
        prev.value = FormatDate(*zone_day) + prev.clock;
        prev.day = zone_day;
        prev.lo = zone_day;
        prev.hi = AddDays(*zone_day, 1);
        prev.anchor = TimeAnchor::kReport;
        prev.anchor_index = -1;
      } else if (k < hits->size()) {
        const Hit& d = (*hits)[k];
        const bool next = d.begin == after || (c.is(after, "on") && d.begin == after + 1);
        if (next && d.gran == Gran::kDay && d.day && !prev.clock.empty() && prev.clock[0] == 'T' &&
            prev.value.size() >= prev.clock.size() &&
            prev.value.compare(prev.value.size() - prev.clock.size(), prev.clock.size(), prev.clock) == 0) {
          prev.value = FormatDate(*d.day) + prev.clock;
          prev.day = d.day;
          prev.lo = d.lo;
          prev.hi = d.hi;
          prev.anchor = d.anchor;
          prev.anchor_index = d.anchor_index;
        }
      }
      --k;
    }
  }
  // Parts of day by their words around them (TimeML: the determiner and the
  // modifier inside, the mod kept): "late in the evening" (END), "early in
  // the morning" (START); "in the early evening" takes "the". A part with no
  // day of its own followed by "on" and a day is on that day ("in the
  // afternoon on Monday"; the day stays a TIMEX3 of its own).
  for (size_t k = 0; k < hits->size(); ++k) {
    Hit& h = (*hits)[k];
    if (h.gran != Gran::kPart || h.clock.size() != 3 || h.clock[0] != 'T') continue;
    const int floor = k == 0 ? 0 : (*hits)[k - 1].end;
    if (c.is(h.begin, "the") && c.is(h.begin - 1, "in") && h.end == h.begin + 2 && h.mod.empty() &&
        (c.is(h.begin - 2, "late") || c.is(h.begin - 2, "early")) && h.begin - 2 >= floor) {
      h.mod = c.is(h.begin - 2, "late") ? "END" : "START";
      h.begin -= 2;
    } else if ((c.is(h.begin, "early") || c.is(h.begin, "late")) && c.is(h.begin - 1, "the") &&
               h.begin - 1 >= floor) {
      --h.begin;
    }
    if (k + 1 >= hits->size()) continue;
    const Hit& d = (*hits)[k + 1];
    bool own_day = false;
    for (int t = h.begin; t < h.end; ++t)
      if (c.weekday(t) || c.month(t) || c.num(t) || c.is(t, "today") || c.is(t, "tonight") ||
          c.is(t, "yesterday") || c.is(t, "tomorrow") || c.is(t, "this") || c.is(t, "last") || c.is(t, "next"))
        own_day = true;
    if (own_day || !c.is(h.end, "on") || d.begin != h.end + 1 || d.gran != Gran::kDay || !d.day ||
        d.value.empty() || d.value.find('T') != std::string::npos)
      continue;
    h.value = d.value + h.clock;
    h.day = d.day;
    h.lo = d.lo;
    h.hi = d.hi;
    h.anchor = d.anchor;
    h.anchor_index = d.anchor_index;
  }
  // "every morning except Sunday", "runs daily except on Fridays": a
  // weekday excepted from a set recurs too (a SET, XXXX-WXX-7), not a date.
  for (size_t k = 1; k < hits->size(); ++k) {
    const Hit& prev = (*hits)[k - 1];
    Hit& h = (*hits)[k];
    if (prev.type != TimeType::kSet || h.gran != Gran::kDay || h.end != h.begin + 1 || !c.weekday(h.begin) ||
        !c.word(h.begin))
      continue;
    const bool excepted = (h.begin == prev.end + 1 && c.is(prev.end, "except")) ||
                          (h.begin == prev.end + 2 && c.is(prev.end, "except") &&
                           (c.is(prev.end + 1, "on") || c.is(prev.end + 1, "for")));
    if (!excepted) continue;
    h.gran = Gran::kSet;
    h.type = TimeType::kSet;
    h.value = "XXXX-WXX-" + std::to_string(c.weekday(h.begin));
    h.mod.clear();
    h.day.reset();
    h.lo.reset();
    h.hi.reset();
    h.month = h.dom = 0;
    h.anchor = TimeAnchor::kNone;
    h.anchor_index = -1;
  }
  // "every Monday and Thursday", "each Tuesday, Thursday and Saturday": the
  // weekdays coordinated after a weekly set are sets of their own; so is a
  // weekday with its part ("every Tuesday and Thursday afternoon": the
  // second XXXX-WXX-4TAF) and a season after a seasonal set ("every spring
  // and fall": XXXX-FA).
  for (size_t k = 1; k < hits->size(); ++k) {
    const Hit& prev = (*hits)[k - 1];
    Hit& h = (*hits)[k];
    if (prev.type != TimeType::kSet) continue;
    std::string value;
    // "daily at 6 a.m. and 6 p.m.", "every Sunday at 10 and 12": a clock
    // coordinated after a set's clock is on the same days.
    const size_t t = prev.value.rfind('T');
    if (t != std::string::npos && t + 1 < prev.value.size() && std::isdigit(static_cast<unsigned char>(prev.value[t + 1])) &&
        prev.value.rfind("XXXX-", 0) == 0 && h.gran == Gran::kTime && !h.day && h.clock.size() >= 6 &&
        h.clock[0] == 'T') {
      value = prev.value.substr(0, t) + h.clock;
    } else if (*prev.quant == '\0') {
      continue;
    } else if (prev.value.rfind("XXXX-WXX-", 0) == 0 && (prev.value.size() == 10 || prev.value.size() == 13) &&
        c.weekday(h.begin)) {
      if (h.gran == Gran::kDay && h.end == h.begin + 1) {
        value = "XXXX-WXX-" + std::to_string(c.weekday(h.begin));
      } else if (h.type == TimeType::kTime && h.end == h.begin + 2 && c.info(h.begin + 1) &&
                 c.info(h.begin + 1)->part != PartOfDay::kNone && !c.info(h.begin + 1)->plural) {
        value = "XXXX-WXX-" + std::to_string(c.weekday(h.begin)) + "T" + PartCode(c.info(h.begin + 1)->part);
      }
    } else if (prev.value.size() == 7 && prev.value.rfind("XXXX-", 0) == 0 && h.end == h.begin + 1 &&
               c.info(h.begin) && c.info(h.begin)->season && c.word(h.begin)) {
      static const char* kSeasonCode[] = {"", "SP", "SU", "FA", "WI"};
      value = std::string("XXXX-") + kSeasonCode[c.info(h.begin)->season];
    }
    if (value.empty()) continue;
    const bool joined = (h.begin == prev.end + 1 && (c.is(prev.end, "and") || c.is(prev.end, "or") || c.is(prev.end, ","))) ||
                        (h.begin == prev.end + 2 && c.is(prev.end, ",") && (c.is(prev.end + 1, "and") || c.is(prev.end + 1, "or")));
    if (!joined) continue;
    h.gran = Gran::kSet;
    h.type = TimeType::kSet;
    h.quant = prev.quant;
    h.value = value;
    h.mod.clear();
    h.day.reset();
    h.lo.reset();
    h.hi.reset();
    h.month = h.dom = 0;
    h.anchor = TimeAnchor::kNone;
    h.anchor_index = -1;
  }
  // "between a quarter and a third", "just over a quarter, 26 percent",
  // "more than three-quarters from small donors", "three quarters of
  // voters": a fraction of a whole, no three months. A number joined to
  // "quarters" by a hyphen writes a fraction; "of" after the quarters names
  // the whole, unless that whole is a time ("three quarters of an hour").
  for (size_t k = 0; k < hits->size(); ++k) {
    const Hit& h = (*hits)[k];
    if (h.type != TimeType::kDuration || !(c.is(h.end - 1, "quarter") || c.is(h.end - 1, "quarters"))) continue;
    const int e = h.end;
    bool fraction = false;
    if (c.is(h.end - 2, "a")) {
      fraction = (c.is(e, "and") || c.is(e, "or") || c.is(e, "to")) &&
                 ((c.is(e + 1, "a") && (c.is(e + 2, "third") || c.is(e + 2, "half") || c.is(e + 2, "fifth"))) ||
                  c.is(e + 1, "half"));
      for (int q = e; !fraction && q <= e + 3; ++q) fraction = c.is(q, "percent") || c.is(q, "%");
    } else if (c.is(h.end - 1, "quarters")) {
      int w = e + 1;
      if (c.is(w, "a") || c.is(w, "an") || c.is(w, "the")) ++w;
      const bool of_time = c.is(e, "of") && c.word(w) && c.info(w) && c.info(w)->unit != Unit::kNone;
      const bool hyphen = c.is(h.end - 2, "-") && c.glued(h.end - 2) && c.glued(h.end - 1);
      fraction = !of_time && (hyphen || c.is(e, "of"));
    }
    if (fraction) hits->erase(hits->begin() + static_cast<long>(k--));
  }
  for (Hit& h : *hits) {
    // "the next year or so": APPROX, inside the span; "sometime next year".
    if (c.is(h.end, "or") && c.is(h.end + 1, "so") && h.type != TimeType::kSet) {
      h.end += 2;
      if (h.mod.empty()) h.mod = "APPROX";
    }
    // "a decade or more", "three weeks or longer", "a year or less": the
    // bound is inside, as "or so" is.
    if (h.type == TimeType::kDuration && c.is(h.end, "or") &&
        (c.is(h.end + 1, "more") || c.is(h.end + 1, "longer") || c.is(h.end + 1, "less") || c.is(h.end + 1, "fewer") ||
         c.is(h.end + 1, "shorter")) && !c.is(h.end + 2, "than")) {
      if (h.mod.empty()) h.mod = c.is(h.end + 1, "more") || c.is(h.end + 1, "longer") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
      h.end += 2;
    }
    // "a little (bit) more than a year", "little less than an hour": the
    // hedge is inside with its comparison (MORE_THAN / LESS_THAN kept).
    if (h.type == TimeType::kDuration && (c.is(h.begin, "more") || c.is(h.begin, "less")) &&
        (c.is(h.begin - 1, "little") || (c.is(h.begin - 1, "bit") && c.is(h.begin - 2, "little")))) {
      h.begin -= c.is(h.begin - 1, "bit") ? 2 : 1;
      if (c.is(h.begin - 1, "a")) --h.begin;
    }
    if (c.is(h.begin - 1, "sometime") && h.type == TimeType::kDate) --h.begin;
    // "mere hours after", "a mere two weeks": the belittling word is inside.
    if (h.type == TimeType::kDuration && c.is(h.begin - 1, "mere")) {
      --h.begin;
      if (c.is(h.begin - 1, "a")) --h.begin;
    }
    // "a three-year period": the noun the duration describes is inside.
    if (h.type == TimeType::kDuration && c.is(h.begin - 1, "a") && c.is(h.end - 2, "-") &&
        (c.is(h.end, "period") || c.is(h.end, "span") || c.is(h.end, "stretch") || c.is(h.end, "term") ||
         c.is(h.end, "interval"))) {
      --h.begin;
      ++h.end;
    }
    // Durations the text anchors: "in 3 weeks" (future), "3 weeks from now",
    // "within 18 months" (future), "3 days later" (from the text's last time).
    if (h.type == TimeType::kDuration && h.qty > 0 && !h.lo && h.qty == std::floor(h.qty) &&
        h.unit != Unit::kSecond && h.unit != Unit::kMinute && h.unit != Unit::kHour && h.unit != Unit::kNone) {
      const int n = static_cast<int>(h.qty);
      const bool ahead = (c.is(h.begin - 1, "in") || c.is(h.begin - 1, "within")) && c.Tense(h.begin) > 0;
      const bool from_now = c.is(h.end, "from") && c.is(h.end + 1, "now");
      if (c.ref() && (ahead || from_now)) {
        h.lo = *c.ref();
        h.hi = ShiftByUnit(*c.ref(), h.unit, n);
        h.anchor = TimeAnchor::kReport;
      } else if (c.is(h.end, "later") || c.is(h.end, "afterwards") || c.is(h.end, "afterward")) {
        const NarrativeAnchor* a = c.anchor();
        // The anchor was updated by this sentence's own hits in order; the
        // one before this duration is what it counts from.
        if (a && a->set && h.anchor_from_text) {
          h.lo = h.anchor_start;
          h.hi = ShiftByUnit(h.anchor_start, h.unit, n);
          h.anchor = TimeAnchor::kText;
          h.anchor_index = h.anchor_from_index;
        } else if (c.ref()) {
          h.lo = *c.ref();
          h.hi = ShiftByUnit(*c.ref(), h.unit, n);
          h.anchor = TimeAnchor::kReport;
        }
      }
    }
    if (h.type == TimeType::kDuration && h.lo && h.hi && h.anchor == TimeAnchor::kNone) h.anchor = TimeAnchor::kReport;
    // Values computed from the report date: anchored to it unless the text
    // names the year itself.
    if (h.anchor == TimeAnchor::kNone && c.ref() && !h.value.empty() && h.type != TimeType::kDuration &&
        h.type != TimeType::kSet && h.gran != Gran::kRange &&
        (std::isdigit(static_cast<unsigned char>(h.value[0])) || h.value.find("_REF") != std::string::npos)) {
      bool year_written = false;
      for (int k = h.begin; k < h.end; ++k)
        if (c.num(k) && c.tok(k).digits == 4) year_written = true;
      if (!year_written && !h.has_year) h.anchor = TimeAnchor::kReport;
    }
  }
}

}  // namespace crosscheck::time_internal
