// TimeML financial reporting periods (the default profile; docs/TIME.md
// "TimeML rules"): "the latest quarter", "the current quarter", "the
// quarter", "that quarter", "the (comparable) year-ago quarter",
// "year-earlier", "the 1988 quarter", "the fiscal year", "year-end", and a
// quarter "ended Sept. 30". A quarter counts from the quarter the text named
// last when there is one, else from the report date.
#include <algorithm>
#include <optional>
#include <string>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {
namespace {

// "ended Sept. 30" / "ending July 31, 1989" at k, after "the quarter": the
// calendar quarter holding most of the three months up to that day (a
// fiscal quarter ended July 31 is May to July: Q2). Sets *year, *quarter.
bool QuarterEndedOn(const Ctx& c, int k, int* year, int* quarter) {
  if (!(c.is(k, "ended") || c.is(k, "ending")) || !c.month(k + 1) || !c.ref()) return false;
  const int month = c.month(k + 1);
  int j = k + 2;
  if (c.is(j, ".") && c.glued(j)) ++j;
  int e = j;
  const int day = c.DayOfMonth(j, &e, false);
  if (!day) return false;
  std::optional<CivilDate> end;
  int ye = e;
  if (c.is(ye, ",")) ++ye;
  if (int y = c.Year(ye, &ye)) end = CivilDate{y, month, std::min(day, DaysInMonth(y, month))};
  else end = ResolveMonthDayNearest(month, day, *c.ref(), c.is(k, "ended") ? -1 : c.Tense(k));
  if (!end) return false;
  int last = end->day >= 15 ? end->month : end->month - 1;  // "ended Oct. 2" ends with September
  int middle = last - 1, y = end->year;
  while (middle < 1) { middle += 12; --y; }
  *year = y;
  *quarter = (middle - 1) / 3 + 1;
  return true;
}

// "the week ended April 30" / "the month to April" at i ("week" or "month"
// at k, the end after k + 1): the week or month those days end. False when
// no day (or, for a month, no month) follows. Out of line: only "the week"
// or "the month" before "ended", "ending" or "to" reaches it.
[[gnu::noinline]] bool PeriodEndedOn(const Ctx& c, int i, int k, Hit* h) {
  Hit end;
  const bool week = c.is(k, "week");
  if (!MatchDay(c, k + 2, &end) || !end.day) {
    end.Reset();
    if (week || !MatchMonth(c, k + 2, &end) || !end.lo) return false;  // "the month to April"
    h->begin = i; h->end = k + 1;
    SetMonth(h, end.lo->year, end.lo->month);
    return true;
  }
  h->begin = i; h->end = k + 1;
  if (week) {
    SetWeek(h, AddDays(*end.day, -3), false);
  } else {
    CivilDate d = *end.day;
    if (d.day < 15) d = AddMonths(CivilDate{d.year, d.month, 1}, -1);  // "the month ended May 2" is April
    SetMonth(h, d.year, d.month);
  }
  return true;
}

// Financial reporting periods: "the latest quarter", "the current quarter",
// "the quarter", "that quarter", "the (comparable) year-ago quarter",
// "year-earlier", "the 1988 quarter", "the fiscal year", "year-end".
}  // namespace

bool MatchFinancial(const Ctx& c, int i, Hit* h) {
  if (!c.ref()) return false;
  const CivilDate ref = *c.ref();
  const NarrativeAnchor* a = c.anchor();
  const bool anchor_quarter = a && a->set && GrainOfValue(a->value) == ValueGrain::kQuarter;
  int last_y = ref.year, last_q = QuarterOf(ref) - 1;
  if (last_q == 0) { last_q = 4; --last_y; }
  auto quarter_word = [&](int j) { return c.is(j, "quarter") || c.is(j, "period"); };
  auto year_ago = [&](int j) {  // "year-ago" / "year-earlier" at j; returns the token after it
    if (c.is(j, "year") && c.is(j + 1, "-") && c.glued(j + 1) && (c.is(j + 2, "ago") || c.is(j + 2, "earlier")))
      return j + 3;
    // "the prior-year period", "the prior-year quarter" (Session 38): the same
    // comparison, only before the period compared (not "prior-year profit").
    if (c.is(j, "prior") && c.is(j + 1, "-") && c.glued(j + 1) && c.is(j + 2, "year") && c.glued(j + 2) &&
        quarter_word(j + 3))
      return j + 3;
    return 0;
  };
  int j = i;
  if (c.is(j, "the")) ++j;
  if (c.is(j, "comparable") || c.is(j, "same")) ++j;
  // "(the) year-ago quarter", "year-earlier third quarter", "year-earlier"
  if (int e = year_ago(j)) {
    AnchorBase b;
    h->comparison = true;
    h->begin = i;
    h->end = e;
    // A year back from the quarter under discussion; not from a quarter
    // that has not begun by the report's date ("losses through the third
    // quarter of 1990 ... In the year-ago period": no results of a quarter
    // to come are compared; the last one completed is meant).
    const bool reported = anchor_quarter && !(ref < a->start);
    int q = reported ? a->value[6] - '0' : 0;
    int y = reported ? std::stoi(a->value.substr(0, 4)) - 1 : ref.year - 1;
    if (quarter_word(e)) {
      h->end = e + 1;
      if (!q) { q = last_q; y = last_y - 1; }
    } else if (c.word(e) && c.info(e) && c.info(e)->ordinal >= 1 && c.info(e)->ordinal <= 4 && c.is(e + 1, "quarter")) {
      q = c.info(e)->ordinal;
      h->end = e + 2;
      if (!reported) y = ref.year - 1;
    } else if (j != i) {
      return false;  // "the year-ago" alone: let "year-ago" stand without "the"
    }
    if (q) SetQuarter(h, y, q);
    else SetYear(h, y);
    if (reported) { b.text = true; b.index = a->index; }
    MarkAnchor(h, b);
    return true;
  }
  if (!c.is(i, "the") && !c.is(i, "that")) {
    // "year-end", "fiscal 1990" is MatchPeriod's (year with "fiscal").
    if (c.is(i, "year") && c.is(i + 1, "-") && c.glued(i + 1) && c.is(i + 2, "end")) {
      h->begin = i; h->end = i + 3;
      SetDay(h, CivilDate{ref.year, 12, 31});
      h->anchor = TimeAnchor::kReport;
      return true;
    }
    if (c.is(i, "year") && c.is(i + 1, "end") && (c.is(i - 1, "by") || c.is(i - 1, "at") || c.is(i - 1, "before"))) {
      h->begin = i; h->end = i + 2;
      SetYear(h, ref.year);
      h->mod = "END";
      h->anchor = TimeAnchor::kReport;
      return true;
    }
    return false;
  }
  j = i + 1;
  // "the latest quarter", "the most recent quarter", "the latest period"
  if ((c.is(j, "latest") || (c.is(j, "most") && c.is(j + 1, "recent")) || c.is(j, "just-ended")) &&
      quarter_word(j + (c.is(j, "most") ? 2 : 1))) {
    h->begin = i; h->end = j + (c.is(j, "most") ? 3 : 2);
    SetQuarter(h, last_y, last_q);
    h->anchor = TimeAnchor::kReport;
    return true;
  }
  if (c.is(j, "current") && c.is(j + 1, "quarter")) {
    h->begin = i; h->end = j + 2;
    SetQuarter(h, ref.year, QuarterOf(ref));
    h->anchor = TimeAnchor::kReport;
    return true;
  }
  // "the 1988 quarter": that year's quarter of the one under discussion.
  if (c.num(j) && c.tok(j).digits == 4 && c.is(j + 1, "quarter") && c.is(i, "the")) {
    int y = static_cast<int>(c.tok(j).num);
    if (y < 1800 || y > 2100) return false;
    h->begin = i; h->end = j + 2;
    SetQuarter(h, y, anchor_quarter ? a->value[6] - '0' : last_q);
    return true;
  }
  // "the quarter" (not "the quarter of", "the quarter-point"): the quarter under discussion.
  if (c.is(j, "quarter") && !c.is(j + 1, "of") && !c.is(j + 1, "-") && !c.num(j + 1)) {
    h->begin = i; h->end = j + 1;
    if (int q = 0, y = 0; QuarterEndedOn(c, j + 1, &y, &q)) {
      SetQuarter(h, y, q);
      h->anchor = TimeAnchor::kReport;
    } else if (anchor_quarter) {
      h->value = a->value; h->lo = a->start; h->hi = a->end;
      h->gran = Gran::kPeriod; h->type = TimeType::kDate;
      h->anchor = TimeAnchor::kText; h->anchor_index = a->index;
    } else {
      SetQuarter(h, last_y, last_q);
      h->anchor = TimeAnchor::kReport;
    }
    return true;
  }
  // "the fiscal year", "the full year", "the year", "the week", "the month":
  // the report's; "the (fiscal) year ended Sept. 30" is a year-long duration.
  int k = j;
  if (c.is(k, "fiscal") || c.is(k, "full") || c.is(k, "calendar")) ++k;
  if (c.is(i, "the") && c.is(k, "year") &&
      (c.is(k + 1, "ended") || c.is(k + 1, "ending") || c.is(k + 1, "ends") || c.is(k + 1, "through"))) {
    h->begin = i; h->end = k + 1;
    h->gran = Gran::kDuration; h->type = TimeType::kDuration;
    h->qty = 1; h->unit = Unit::kYear; h->value = "P1Y";
    return true;
  }
  // "the week ended April 30", "the week to Friday", "the month to April"
  // (Session 38): the week or month those days end, not the report's: the
  // ISO week holding the middle of the seven days, the month holding most
  // of them. The day or month after stays a TIMEX3 of its own.
  if (c.is(i, "the") && k == j && (c.is(k, "week") || c.is(k, "month")) &&
      (c.is(k + 1, "ended") || c.is(k + 1, "ending") || c.is(k + 1, "to")))
    return PeriodEndedOn(c, i, k, h);
  if (c.is(i, "the") && (c.is(k, "year") || c.is(k, "month") || (k == j && c.is(k, "week"))) &&
      !c.is(k + 1, "-") && !c.is(k + 1, "of") && !c.num(k + 1) &&
      !(c.is(k + 1, "ended") || c.is(k + 1, "ending") || c.is(k + 1, "ends") || c.is(k + 1, "through") ||
        c.is(k + 1, "before") || c.is(k + 1, "after") || c.is(k + 1, "earlier") || c.is(k + 1, "ago"))) {
    h->begin = i; h->end = k + 1;
    if (c.is(k, "year")) SetYear(h, ref.year);
    else if (c.is(k, "month")) SetMonth(h, ref.year, ref.month);
    else SetWeek(h, ref, false);
    h->anchor = TimeAnchor::kReport;
    return true;
  }
  return false;
}

}  // namespace crosscheck::time_internal
