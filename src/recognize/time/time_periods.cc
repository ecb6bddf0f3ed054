// Periods counted in weeks or from the reference, and vague parts of a
// period: weeks and weekends ("this week", "the week of May 9", "the third
// week of July", "week 10"), spans counted from the reference ("the past
// three weeks", "the next 3 days"), and modified periods ("early May",
// "mid-April", "late 2021", "the end of next week", "the rest of the year").
// MatchPeriod tries every period matcher at a token: these, the months and
// years of time_months_years.cc and the seasons, quarters and decades of
// time_divisions.cc.
#include <cstring>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {

bool RelativeWord(const Ctx& c, int i, int* delta) {
  if (c.is(i, "this") || c.is(i, "current") || c.is(i, "the") || c.is(i, "my") || c.is(i, "that") ||
      c.is(i, "same")) { *delta = 0; return true; }
  if (c.is(i, "next") || c.is(i, "coming") || c.is(i, "upcoming") || c.is(i, "following")) { *delta = 1; return true; }
  if (c.is(i, "last") || c.is(i, "past") || c.is(i, "previous")) { *delta = -1; return true; }
  return false;
}

namespace {

bool WeekPeriod(const Ctx& c, int i, Hit* h) {
  int j = i, delta = 0;
  bool rel = RelativeWord(c, j, &delta);
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
  // of a one-off event (as a part of day, time_parts_of_day.cc).
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
  if (RelativeWord(c, k, &delta) && !c.is(k, "the") && (c.is(k + 1, "month") || c.is(k + 1, "year"))) {
    base.begin = k; base.end = k + 2;
    if (c.ref()) {
      if (c.is(k + 1, "month")) { CivilDate m = AddMonths(CivilDate{c.ref()->year, c.ref()->month, 1}, delta); SetMonth(&base, m.year, m.month); }
      else SetYear(&base, c.ref()->year + delta);
    }
    ok = true;
  } else if (MatchMonth(c, k, &base) || MatchYear(c, k, &base)) {
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
  // TimeML: a week is written by its ISO number ("the first week of June
  // 2022" = 2022-W22); "2022-06-W01" is Recognizers-Text's form, no TIMEX3
  // value.
  if (c.timeml()) {
    Hit week;
    SetWeek(&week, start, false);
    h->value = week.value;
  }
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
  // "earlier in the week", "later in the year"; TimeML (time31): "early in
  // the week", "late in the year" likewise (not "late in the day": the
  // tuning part leaves it untagged).
  const bool plain = c.timeml() && (c.is(j, "early") || c.is(j, "late"));
  const bool early_in = c.is(j, "earlier") || (plain && c.is(j, "early"));
  if ((c.is(j, "earlier") || c.is(j, "later") || plain) && c.is(j + 1, "in") && c.is(j + 2, "the") &&
      (c.is(j + 3, "week") || c.is(j + 3, "month") || c.is(j + 3, "year") || (!plain && c.is(j + 3, "day")))) {
    h->begin = i; h->end = j + 4; h->gran = Gran::kPeriod; h->type = TimeType::kDate;
    h->mod = early_in ? "START" : "END";
    if (!c.ref()) return true;
    Hit base;
    if (c.is(j + 3, "day")) SetDay(&base, *c.ref());
    else if (c.is(j + 3, "week")) SetWeek(&base, *c.ref(), false);
    else if (c.is(j + 3, "month")) SetMonth(&base, c.ref()->year, c.ref()->month);
    else SetYear(&base, c.ref()->year);
    h->value = base.value;
    h->lo = early_in ? *base.lo : *c.ref();
    h->hi = early_in ? *c.ref() : *base.hi;
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
  ok = ok || MatchMonth(c, j, &base) || MatchYear(c, j, &base) || MatchSeason(c, j, &base) ||
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
  consider(MatchMonth);
  if (c.num(i)) consider(MatchNumericMonth);  // (its first test, kept here: a call across files)
  consider(MatchYear);
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