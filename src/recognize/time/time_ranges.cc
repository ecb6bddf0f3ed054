// Ranges of two time expressions (time_grammar.h, "Ranges"): which words
// join two endpoints, which hits can be joined, and the range hit they
// make ("from 8am to 6pm", "between May 2 and May 5", "from 4 to 22 this
// month"). Pure: thread-safe.
#include "recognize/time/time_grammar.h"

#include <string>
#include <vector>

namespace crosscheck::time_internal {

bool RangeConnector(const Ctx& c, int i, bool between) {
  if (between) return c.is(i, "and");
  return c.is(i, "to") || c.is(i, "until") || c.is(i, "till") || c.is(i, "through") || c.is(i, "thru") ||
         c.is(i, "-") || c.is(i, "and");
}

bool Rangeable(const Hit& a, const Hit& b) {
  if (IsClock(a) && IsClock(b)) return a.gran == Gran::kTime && b.gran == Gran::kTime;
  auto datey = [](const Hit& h) {
    return h.gran == Gran::kDay || h.gran == Gran::kMonth || h.gran == Gran::kYear || h.gran == Gran::kWeek ||
           (h.gran == Gran::kPeriod && h.value.find('(') == std::string::npos);
  };
  return datey(a) && datey(b);
}

// The second endpoint of a range follows the first: "from Dec 28 to Jan 3" crosses a year.
void Align(Hit* b, const Hit& a) {
  if (!a.day || !b->day || b->has_year || !b->month || !(*b->day < *a.day)) return;
  for (int y = a.day->year; y <= a.day->year + 1; ++y)
    if (IsValidDate(y, b->month, b->dom) && CivilDate{y, b->month, b->dom} >= *a.day) {
      Hit keep = *b;
      SetDay(b, CivilDate{y, b->month, b->dom});
      b->month = keep.month; b->dom = keep.dom;
      return;
    }
}

void MakeRange(const Ctx& c, int begin, int end, const Hit& a, const Hit& b_in, Hit* r) {
  Hit b = b_in;
  Align(&b, a);
  r->begin = begin; r->end = end; r->gran = Gran::kRange;
  r->type = IsClock(a) ? TimeType::kTime : TimeType::kDate;
  std::string dur;
  // TimeML: two clocks of one day ("from 7 a.m. to 8 p.m. Tuesday") last
  // hours, not P0D.
  const bool one_day = c.timeml() && a.day && b.day && *a.day == *b.day && a.gran == Gran::kTime;
  if (a.day && b.day && !one_day) dur = "," + DaysValue(*a.day, *b.day);
  else if (a.gran == Gran::kTime && b.gran == Gran::kTime && a.hour >= 0 && b.hour >= 0) {
    int m = (b.hour * 60 + b.minute) - (a.hour * 60 + a.minute);
    if (m < 0) m += 24 * 60;
    dur = m % 60 ? ",PT" + std::to_string(m) + "M" : ",PT" + std::to_string(m / 60) + "H";
    // TimeML: ISO 8601 hours and minutes, "PT6H30M" (not "PT390M").
    if (c.timeml() && m % 60 && m > 60) dur = ",PT" + std::to_string(m / 60) + "H" + std::to_string(m % 60) + "M";
  }
  r->value = "(" + a.value + "," + b.value + dur + ")";
  // Recognizers-Text convention: a range ends where its second endpoint starts.
  r->lo = a.lo;
  r->hi = b.lo;
  if (a.lo && b.lo && a.gran != Gran::kDay && a.gran == b.gran && !(a.gran == Gran::kTime))
    r->value = "(" + FormatDate(*a.lo) + "," + FormatDate(*b.lo) + ")";
}

// The range hit of two endpoints, both appended to `endpoints` (the range's
// range_from / range_to index them).
Hit RangeOf(const Ctx& c, int begin, int end, const Hit& first, const Hit& last, std::vector<Hit>* endpoints) {
  Hit r;
  MakeRange(c, begin, end, first, last, &r);
  r.range_from = static_cast<int>(endpoints->size());
  endpoints->push_back(first);
  r.range_to = static_cast<int>(endpoints->size());
  endpoints->push_back(last);
  return r;
}

// "from 4 to 22 this month", "between 4 and 22 next month", "4 till 23 of this month":
// two days of a month named after them. Returns the end token or 0.
int DaysOfRelativeMonth(const Ctx& c, int i, Hit* r, std::vector<Hit>* endpoints) {
  if (!c.ref()) return 0;
  int j = i;
  bool from = c.is(j, "from") || c.is(j, "between");
  if (from) ++j;
  if (!c.num(j) || !c.num(j + 2) || c.tok(j).digits > 2 || c.tok(j + 2).digits > 2) return 0;
  if (!(RangeConnector(c, j + 1, c.is(i, "between")) || c.is(j + 1, "-"))) return 0;
  int k = j + 3;
  if (c.is(k, "of") || c.is(k, "in")) ++k;
  int delta = c.is(k, "this") ? 0 : c.is(k, "next") ? 1 : c.is(k, "last") ? -1 : 99;
  if (delta == 99 || !c.is(k + 1, "month")) return 0;
  CivilDate m = AddMonths(CivilDate{c.ref()->year, c.ref()->month, 1}, delta);
  int d1 = static_cast<int>(c.tok(j).num), d2 = static_cast<int>(c.tok(j + 2).num);
  if (d1 < 1 || d2 < d1 || d2 > DaysInMonth(m.year, m.month)) return 0;
  Hit a, b;
  a.begin = j; a.end = j + 1; SetDay(&a, CivilDate{m.year, m.month, d1});
  b.begin = j + 2; b.end = j + 3; SetDay(&b, CivilDate{m.year, m.month, d2});
  *r = RangeOf(c, i, k + 2, a, b, endpoints);
  return k + 2;
}

}  // namespace crosscheck::time_internal
