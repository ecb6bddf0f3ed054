// Durations. Contract: MatchDuration (declared in time_grammar.h) tries one
// family at token i of the sentence in Ctx and, on success, fills the Hit
// (span, type, value, grain, mod, quantity/unit) and returns true; false
// leaves no promise about the Hit. "two months", "3.5 years", "an hour and
// a half", "three-day", "all day". Sets: time_sets.cc; clock times and
// parts of day: time_clock.cc, time_parts_of_day.cc.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {

namespace {

// TimeML: a bare plural unit is the stretch from an event when "since",
// "following", "preceding" or "that followed" comes after it ("in the weeks
// since the attack", "the days following the vote", "in the years that
// followed"), as with "after" and "before".
bool StretchFromAnEvent(const Ctx& c, int k) {
  if (c.is(k, "since") || c.is(k, "following") || c.is(k, "preceding")) return true;
  return c.is(k, "that") && (c.is(k + 1, "followed") || c.is(k + 1, "preceded") || c.is(k + 1, "follow"));
}

}  // namespace

bool MatchDuration(const Ctx& c, int i, Hit* h) {
  int j = i;
  double q = -1;
  int e = j;
  bool another = false;
  Unit unit = Unit::kNone;
  // all day / full-week
  if ((c.is(j, "all") || c.is(j, "full") || c.is(j, "whole") || c.is(j, "entire")) ) {
    int k = j + 1;
    if (c.is(k, "-") && c.glued(k)) ++k;
    const WordInfo* f = c.info(k);
    if (f && !f->plural && (f->unit == Unit::kDay || f->unit == Unit::kWeek || f->unit == Unit::kMonth || f->unit == Unit::kYear)) {
      if (c.is(j, "all") && c.is(j - 1, "at")) return false;
      h->begin = i; h->end = k + 1; h->gran = Gran::kDuration; h->type = TimeType::kDuration;
      h->value = DurationValue(1, f->unit);
      return true;
    }
    return false;
  }
  if (c.is(j, "half")) {
    int k = j + 1;
    if (c.is(k, "a") || c.is(k, "an")) ++k;
    // "the half-hour speech", "a half-hour later": the hyphened hour.
    else if (c.timeml() && c.is(k, "-") && c.glued(k) && c.glued(k + 1) && c.is(k + 1, "hour")) ++k;
    const WordInfo* f = c.info(k);
    if (c.is(k, "business")) f = c.info(++k);
    if (!f || f->unit == Unit::kNone) return false;
    h->begin = i; h->end = k + 1; h->gran = Gran::kDuration; h->type = TimeType::kDuration;
    h->value = c.is(j + 1, "-") ? std::string("PT30M") : DurationValue(0.5, f->unit);  // as "a half-hour"
    return true;
  }
  {
    // "for weeks", "after months of", "in recent years" (bare plural unit)
    const WordInfo* bare = c.info(j);
    if (c.timeml() && c.is(j - 1, "-") && c.glued(j)) bare = nullptr;  // "three-quarters of"
    // TimeML (as TimeBank): "just minutes apart" is no TIMEX3.
    // But with a signal after it, it is the stretch between two events ("mere
    // hours after the attack"), as the bare unit is ("hours after").
    const bool signal = c.is(j + 1, "after") || c.is(j + 1, "before") || c.is(j + 1, "later") || c.is(j + 1, "earlier");
    // TimeML: the object of a verb of spending time is a stretch ("it took
    // hours", "spent years in jail", "took only hours", "waited days").
    auto spends = [&c](int k) {
      static constexpr std::string_view kSpend[] = {"took", "take", "takes", "taking", "spent", "spend", "spends",
                                                    "spending", "lasted", "lasts", "lasting", "waited", "wait",
                                                    "waits", "waiting"};
      if (!c.word(k)) return false;
      for (std::string_view w : kSpend)
        if (c.is(k, w)) return true;
      return false;
    };
    const bool after_hedge = c.is(j - 1, "just") || c.is(j - 1, "only") || c.is(j - 1, "mere");
    // (read only before a plural unit: this runs at most tokens)
    const bool spent = c.timeml() && bare && bare->plural && bare->unit != Unit::kNone &&
                       (spends(j - 1) || (after_hedge && spends(j - 2)));
    if (c.timeml() && !signal && !spent && after_hedge) bare = nullptr;
    if (bare && bare->plural && bare->unit != Unit::kNone && bare->unit != Unit::kNight &&
        bare->unit != Unit::kWeekend && bare->unit != Unit::kSecond &&
        (c.is(j - 1, "for") || c.is(j - 1, "after") || c.is(j - 1, "within") || c.is(j - 1, "over") ||
         c.is(j - 1, "recent") || c.is(j + 1, "of") || c.is(j - 1, "in") || c.is(j - 1, "just") ||
         c.is(j - 1, "only") || c.is(j - 1, "mere") || c.is(j + 1, "after") || c.is(j + 1, "before") ||
         c.is(j + 1, "later") || c.is(j + 1, "earlier") || spent || (c.timeml() && StretchFromAnEvent(c, j + 1)))) {
      h->begin = i; h->end = j + 1; h->gran = Gran::kDuration; h->type = TimeType::kDuration;
      h->value = c.timeml() ? TimemlDurationValue(-1, bare->unit) : DurationValue(-1, bare->unit);
      h->qty = -1;
      h->unit = bare->unit;
      return true;
    }
  }
  // TimeML: "over the years", "through the decades": a vague stretch, the article inside.
  if (c.timeml() && c.is(j, "the") &&
      (c.is(j - 1, "over") || c.is(j - 1, "through") || c.is(j - 1, "throughout") || c.is(j - 1, "across"))) {
    const WordInfo* f = c.info(j + 1);
    if (f && c.word(j + 1) && f->plural && (f->unit == Unit::kYear || f->unit == Unit::kDecade ||
                                            f->unit == Unit::kMonth || f->unit == Unit::kCentury) &&
        !c.is(j + 2, "of") && !c.is(j + 2, "-")) {
      h->begin = i; h->end = j + 2; h->gran = Gran::kDuration; h->type = TimeType::kDuration;
      h->value = TimemlDurationValue(-1, f->unit);
      h->qty = -1;
      h->unit = f->unit;
      return true;
    }
  }
  if (c.is(j, "weeklong") || c.is(j, "monthlong") || c.is(j, "yearlong") || c.is(j, "daylong")) {
    h->begin = i; h->end = j + 1; h->gran = Gran::kDuration; h->type = TimeType::kDuration;
    h->value = c.is(j, "weeklong") ? "P1W" : c.is(j, "monthlong") ? "P1M" : c.is(j, "yearlong") ? "P1Y" : "P1D";
    return true;
  }
  if (c.is(j, "another")) { another = true; q = 1; e = j + 1; }
  else if (c.is(j, "a") && c.is(j + 1, "half")) { q = 0.5; e = j + 2; }
  else if ((c.is(j, "a") && c.is(j + 1, "few")) || (c.is(j, "a") && c.is(j + 1, "couple") && c.is(j + 2, "of"))) { q = -2; e = c.is(j + 1, "few") ? j + 2 : j + 3; }
  else if (c.is(j, "few") || c.is(j, "several") || c.is(j, "some") || c.is(j, "many")) { q = -2; e = j + 1; }
  else if (c.is(j, "a") || c.is(j, "an")) { q = 1; e = j + 1; }
  else if (c.num(j)) {
    if (c.glued(j) && j > 0 && (c.num(j - 1) || c.is(j - 1, ",") || c.is(j - 1, ".") || c.is(j - 1, "/") || c.is(j - 1, ":"))) return false;
    q = c.tok(j).num;
    e = j + 1;
    if (c.is(e, ".") && c.glued(e) && c.num(e + 1) && c.glued(e + 1)) {
      std::string frac(c.w(e + 1));
      q = std::atof((std::to_string(c.tok(j).num) + "." + frac).c_str());
      e += 2;
    }
    if (c.is(e, ",") && c.glued(e) && c.num(e + 1) && c.glued(e + 1)) return false;
  } else {
    int n = c.Number(j, &e);
    if (n < 1) return false;
    q = n;
    if (c.is(e, "and") && c.is(e + 1, "a") && c.is(e + 2, "half")) { q += 0.5; e += 3; }
    else if (c.is(e, "and") && c.is(e + 1, "half")) { q += 0.5; e += 2; }
    else if (c.is(e, "and") && c.Number(e + 1, &e) > 0) { q = -3; }
  }
  if (q == -3) return false;
  if (c.is(e, "-") && c.info(e + 1) && c.info(e + 1)->unit != Unit::kNone) ++e;  // "three-day", "30-minutes"
  bool business = false;
  if (c.timeml() && (c.is(e, "more") || c.is(e, "additional") || c.is(e, "further") || c.is(e, "extra")) &&
      c.info(e + 1) && c.info(e + 1)->unit != Unit::kNone)
    ++e;  // "20 more years"
  // TimeML: "three straight quarters", "five consecutive days": the span they make up.
  // So do "eight long years", "three full days", "two whole weeks": an
  // adjective between the count and a plural unit stays inside.
  if (c.timeml() && (c.is(e, "straight") || c.is(e, "consecutive") || c.is(e, "successive") ||
                     (q > 1 && (c.is(e, "long") || c.is(e, "full") || c.is(e, "whole")))) &&
      c.info(e + 1) && c.info(e + 1)->unit != Unit::kNone && c.info(e + 1)->plural)
    ++e;
  if (c.is(e, "business") || c.is(e, "working") || (c.timeml() && c.is(e, "trading"))) { business = true; ++e; }
  const WordInfo* f = c.info(e);
  if (!f || f->unit == Unit::kNone || f->unit == Unit::kWeekend) return false;
  unit = f->unit;
  if (c.timeml()) {
    // "the 1988 quarter", "a 1990 year-end": a year, not 1988 quarters.
    if (c.num(j) && c.tok(j).digits == 4 && !f->plural) return false;
    // "a year-earlier quarter", "a year-end bonus": another family's.
    if (c.is(e + 1, "-") && c.glued(e + 1) &&
        (c.is(e + 2, "ago") || c.is(e + 2, "earlier") || c.is(e + 2, "end") || c.is(e + 2, "long")))
      return false;
    // "$55 a night", "four flights a week": a rate, no TIMEX3 in TimeBank;
    // but "comes a day after", "a week before": a stretch before a signal.
    const bool signal = c.is(e + 1, "after") || c.is(e + 1, "before") || c.is(e + 1, "later") ||
                        c.is(e + 1, "earlier") || c.is(e + 1, "ago");
    // So is a counted noun before it ("33,000 people a year", "$4.25 an
    // hour", "$1.38 trillion a year").
    if ((c.is(j, "a") || c.is(j, "an") || c.is(j, "per")) && q == 1 &&
        (c.num(j - 1) || c.is(j - 1, "%") || c.is(j - 1, "percent") || c.is(j - 1, "million") ||
         c.is(j - 1, "billion") || c.is(j - 1, "trillion") || c.is(j - 1, "thousand") ||
         (!signal && c.num(j - 2) && c.word(j - 1) && !c.info(j - 1) &&
          (!c.tok(j - 1).capital || c.tok(j - 2).digits < 4)) ||  // "180 Officers a year", not "in 2011 Congress"
         // "a laugh a minute", "a meal a day": one of a thing per unit
         (!signal && (c.is(j - 2, "a") || c.is(j - 2, "an")) && c.word(j - 1) && !c.info(j - 1) &&
          !c.tok(j - 1).capital) ||
         c.is(j - 1, "times") || c.is(j - 1, "once") || c.is(j - 1, "twice") ||
         (!signal && c.word(j - 1) && c.w(j - 1).size() > 3 && c.w(j - 1).back() == 's' && !c.tok(j - 1).capital &&
          !c.is(j - 1, "was") && !c.is(j - 1, "has") && !c.is(j - 1, "is") && !c.is(j - 1, "as") &&
          !c.is(j - 1, "its") && !c.is(j - 1, "this") && !c.is(j - 1, "less"))))
      return false;
    // "In a year when turnout fell, ...", "in 1988, a year in which ...": a
    // time told by what happened in it (a frame opening the sentence, or an
    // apposition after a comma), no length. Mid-sentence "in a week when"
    // stays a stretch ("her second run-in in a week when ...").
    if ((c.is(j, "a") || c.is(j, "an")) && q == 1 && !f->plural &&
        (c.is(e + 1, "when") || (c.is(e + 1, "in") && c.is(e + 2, "which"))) &&
        (j == 0 || c.is(j - 1, ",") || (j == 1 && c.is(0, "in"))))
      return false;
    // "a quarter-century": 25 years, not a quarter.
    const bool hyphen = c.is(e + 1, "-") && c.glued(e + 1);
    if (unit == Unit::kQuarter && !f->plural && c.is(e + (hyphen ? 2 : 1), "century")) {
      if (q != 1) return false;
      h->begin = i; h->end = e + (hyphen ? 3 : 2); h->gran = Gran::kDuration; h->type = TimeType::kDuration;
      h->value = "P25Y"; h->qty = 25; h->unit = Unit::kYear;
      return true;
    }
    // "three-quarters of its food": a fraction.
    if (unit == Unit::kQuarter && c.is(e + 1, "of")) return false;
  }
  if ((c.is(e + 1, "-") && c.is(e + 2, "old")) || c.is(e + 1, "old")) return false;  // "61-year-old": an age
  if (unit == Unit::kNight && q < 0) return false;
  if (c.num(j) && c.glued(e) && c.is(e - 1, "-") == false && c.num(e - 1)) {
    // glued: "3h", "3day", "3.5years"; "s" alone is not a unit here.
  }
  if ((c.is(e, "h") || c.is(e, "min") || c.is(e, "sec") || c.is(e, "hr") || c.is(e, "ys")) && !c.num(j)) {
    if (!c.is(e, "min")) return false;
  }
  if (unit == Unit::kSecond && (c.is(j, "a") || c.is(j, "one")) && c.word(e + 1)) return false;
  if (unit == Unit::kSecond && c.is(e, "second") && !c.num(j) && q != 1) {}
  if (q == 1 && c.is(j, "one") && c.is(e, "day") && !c.is(e + 1, "of")) {}  // "one day" narrative: still a duration
  if (f->plural && q == 1 && c.is(j, "a")) return false;
  if (!f->plural && q > 1 && !c.num(j) && !(c.is(e - 1, "-")) && !c.is(e, "min") && !c.is(e, "hr") &&
      !c.is(e, "sec"))
    return c.is(j - 1, "every") ? false : (q != -2 ? (unit != Unit::kNone && (h->begin = i, h->end = e + 1, h->gran = Gran::kDuration, h->type = TimeType::kDuration, h->value = DurationValue(q, unit), true)) : false);
  int end = e + 1;
  if (q == 1 && c.is(end, "and") && (c.is(end + 1, "half") || (c.is(end + 1, "a") && c.is(end + 2, "half")))) {
    q = 1.5;
    end += c.is(end + 1, "half") ? 2 : 3;
  }
  // chains: "1 year 1 month 21 days"
  std::string value = DurationValue(q < 0 ? -1 : q, unit);
  if (q > 0 && c.num(j)) {
    int k = end;
    std::string tail;
    while (c.num(k) && c.info(k + 1) && c.info(k + 1)->unit != Unit::kNone && c.info(k + 1)->unit != Unit::kWeekend) {
      int m = 1; bool tu = false;
      const char* code = UnitCode(c.info(k + 1)->unit, &m, &tu);
      tail += std::to_string(c.tok(k).num * m) + code;
      k += 2;
    }
    if (!tail.empty()) { value += tail; end = k; }
  }
  if (another && !f->plural) {}
  (void)business;
  h->begin = i; h->end = end; h->gran = Gran::kDuration; h->type = TimeType::kDuration;
  h->value = value;
  h->qty = q < 0 ? -1 : q;
  h->unit = unit;
  if (c.timeml() && value == DurationValue(q < 0 ? -1 : q, unit))
    h->value = TimemlDurationValue(q < 0 ? -1 : q, unit);  // "a minute and a half" = PT1M30S
  return true;
}

bool ComposeDurations(const Ctx& c, const Hit& a, const Hit& b, Hit* out) {
  if (!c.timeml() || a.type != TimeType::kDuration || b.type != TimeType::kDuration) return false;
  if (b.begin != a.end + 1 || !c.is(a.end, "and") || !b.mod.empty()) return false;
  if (a.qty <= 0 || b.qty <= 0 || a.qty != static_cast<int>(a.qty) || b.qty != static_cast<int>(b.qty)) return false;
  // The next finer unit, and how many of it make one of the coarser.
  double per = 0;
  if (a.unit == Unit::kYear && b.unit == Unit::kMonth) per = 12;
  else if (a.unit == Unit::kMonth && b.unit == Unit::kDay) per = 30;
  else if (a.unit == Unit::kDay && b.unit == Unit::kHour) per = 24;
  else if (a.unit == Unit::kHour && b.unit == Unit::kMinute) per = 60;
  else if (a.unit == Unit::kMinute && b.unit == Unit::kSecond) per = 60;
  if (per == 0 || b.qty >= per) return false;
  // "PT1H" + "PT15M" = "PT1H15M"; "P1D" + "PT12H" = "P1DT12H"; "P2Y" + "P3M" = "P2Y3M".
  if (a.value.size() < 3 || b.value.size() < 3 || a.value[0] != 'P' || b.value[0] != 'P') return false;
  const bool b_time = b.value[1] == 'T';
  const bool a_time = a.value.find('T') != std::string::npos;
  if (a_time && !b_time) return false;
  *out = a;
  out->end = b.end;
  out->value = a.value + b.value.substr(b_time && a_time ? 2 : 1);
  out->qty = a.qty + b.qty / per;  // not whole: no anchored stretch is counted from it
  return true;
}

}  // namespace crosscheck::time_internal
