// Number words and the resolution of underspecified dates against the
// reference date (tense is read in time_tense.cc). Past picks the latest
// matching date on or before the reference, future the earliest on or
// after it.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {

int Ctx::Ordinal(int i, int* end) const {
  if (!valid(i)) return 0;
  if (num(i) && tok(i).digits <= 2 && word(i + 1) && glued(i + 1)) {
    std::string_view s = w(i + 1);
    if (s == "st" || s == "nd" || s == "rd" || s == "th") {
      *end = i + 2;
      return static_cast<int>(tok(i).num);
    }
  }
  const WordInfo* f = info(i);
  if (!f) return 0;
  if (f->ordinal > 0) { *end = i + 1; return f->ordinal; }
  if (f->cardinal >= 20 && f->cardinal <= 90 && f->cardinal % 10 == 0) {
    int j = i + 1;
    if (is(j, "-") && glued(j) && glued(j + 1)) ++j;
    const WordInfo* g = info(j);
    if (g && g->ordinal > 0 && g->ordinal < 10) { *end = j + 1; return f->cardinal + g->ordinal; }
  }
  return 0;
}

int Ctx::Number(int i, int* end, bool years) const {
  if (!valid(i)) return -1;
  if (num(i)) { *end = i + 1; return tok(i).digits > 9 ? -1 : static_cast<int>(tok(i).num); }
  auto small = [&](int j, int* e) -> int {  // 0..99
    const WordInfo* f = info(j);
    if (!f || f->cardinal < 0 || f->cardinal >= 100 || is(j, "a") || is(j, "an") || is(j, "dozen")) return -1;
    int v = f->cardinal;
    *e = j + 1;
    if (v >= 20 && v % 10 == 0) {
      int k = j + 1;
      if (is(k, "-") && glued(k) && glued(k + 1)) ++k;
      const WordInfo* g = info(k);
      if (g && g->cardinal > 0 && g->cardinal < 10 && !is(k, "a") && !is(k, "an")) { v += g->cardinal; *e = k + 1; }
    }
    return v;
  };
  int e = i;
  int v = small(i, &e);
  if (v < 0) return -1;
  if (is(e, "thousand")) {
    int total = v * 1000, e2 = e + 1;
    int k = e2;
    if (is(k, "and")) ++k;
    int e3 = k;
    int rest = small(k, &e3);
    if (rest >= 0) { total += rest; e2 = e3; }
    *end = e2;
    return total;
  }
  if (is(e, "hundred")) {
    int total = v * 100, e2 = e + 1, k = e2;
    if (is(k, "and")) ++k;
    int e3 = k;
    int rest = small(k, &e3);
    if (rest >= 0) { total += rest; e2 = e3; }
    *end = e2;
    return total;
  }
  if (years && v >= 10 && v <= 20) {  // "nineteen seventy eight", "nineteen oh one", "nineteen zero one"
    int k = e, e3 = e;
    if (is(k, "zero") || is(k, "oh")) {
      int e4 = k + 1;
      int d = small(k + 1, &e4);
      if (d >= 1 && d <= 9) { *end = e4; return v * 100 + d; }
    }
    int rest = small(k, &e3);
    if (rest >= 10) { *end = e3; return v * 100 + rest; }
  }
  *end = e;
  return v;
}

int Ctx::DayOfMonth(int i, int* end, bool allow_cardinal_words) const {
  int j = i;
  if (is(j, "the")) ++j;
  int e = j;
  int d = Ordinal(j, &e);
  if (d < 0) d = 0;
  if (d == 0 && num(j) && tok(j).digits <= 2) { d = static_cast<int>(tok(j).num); e = j + 1; }
  if (d == 0 && allow_cardinal_words && word(j)) {
    int n = Number(j, &e);
    if (n > 0 && n <= 31 && !is(j, "a") && !is(j, "an")) d = n;
  }
  if (d < 1 || d > 31) return 0;
  *end = e;
  return d;
}

int Ctx::Year(int i, int* end) const {
  if (num(i) && tok(i).digits == 4 && tok(i).num >= 1000 && tok(i).num <= 2999) {
    if (glued(i + 1) && (is(i + 1, ",") || is(i + 1, ".")) && num(i + 2) && glued(i + 2)) return 0;
    *end = i + 1;
    return static_cast<int>(tok(i).num);
  }
  if (word(i)) {
    int e = i;
    int v = Number(i, &e, true);
    if (v >= 1000 && v <= 2999) { *end = e; return v; }
  }
  return 0;
}

std::optional<CivilDate> ResolveMonthDayNews(int month, int day, CivilDate ref, int tense) {
  std::optional<CivilDate> past = ResolveMonthDay(month, day, ref, false);
  std::optional<CivilDate> future = ResolveMonthDay(month, day, ref, true);
  if (!past || !future) return past ? past : future;
  int64_t back = ToDays(ref) - ToDays(*past), ahead = ToDays(*future) - ToDays(ref);
  if (tense < 0) return back > 300 && ahead <= 14 ? future : past;
  if (tense > 0) return ahead > 300 && back <= 14 ? past : future;
  return ahead < back ? future : past;
}

std::optional<CivilDate> ResolveMonthDayNearest(int month, int day, CivilDate ref, int tense) {
  std::optional<CivilDate> past = ResolveMonthDay(month, day, ref, false);
  std::optional<CivilDate> future = ResolveMonthDay(month, day, ref, true);
  if (!past || !future) return past ? past : future;
  int64_t back = ToDays(ref) - ToDays(*past), ahead = ToDays(*future) - ToDays(ref);
  if (tense > 0 && ahead <= 300) return future;
  if (tense < 0 && back <= 300) return past;
  return ahead < back ? future : past;
}

int ResolveMonthYearNearest(int month, CivilDate ref, int tense) {
  int back = (ref.month - month + 12) % 12, ahead = (month - ref.month + 12) % 12;
  if (back == 0) return ref.year;
  int past_year = month < ref.month ? ref.year : ref.year - 1;
  int future_year = month > ref.month ? ref.year : ref.year + 1;
  if (tense > 0 && ahead <= 10) return future_year;
  if (tense < 0 && back <= 10) return past_year;
  return ahead < back ? future_year : past_year;
}

std::optional<CivilDate> ResolveMonthDay(int month, int day, CivilDate ref, bool future) {
  for (int k = 0; k < 8; ++k) {
    int y = future ? ref.year + k : ref.year - k;
    if (!IsValidDate(y, month, day)) continue;
    CivilDate d{y, month, day};
    if (future ? d >= ref : d <= ref) return d;
  }
  return std::nullopt;
}

int ResolveMonthYear(int month, CivilDate ref, bool future) {
  if (future) return month < ref.month ? ref.year + 1 : ref.year;
  return month > ref.month ? ref.year - 1 : ref.year;
}

CivilDate ResolveWeekday(int weekday, CivilDate ref, bool future) {
  int wd = Weekday(ref);
  if (future) return AddDays(ref, (weekday - wd + 7) % 7);
  return AddDays(ref, -((wd - weekday + 7) % 7));
}

void SetDay(Hit* h, const CivilDate& d) {
  h->gran = Gran::kDay;
  h->type = TimeType::kDate;
  h->day = d;
  h->value = FormatDate(d);
  h->lo = d;
  h->hi = AddDays(d, 1);
}

void SetMonth(Hit* h, int year, int month) {
  h->gran = Gran::kMonth;
  h->type = TimeType::kDate;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  h->value = buf;
  h->lo = CivilDate{year, month, 1};
  h->hi = AddMonths(*h->lo, 1);
}

void SetYear(Hit* h, int year) {
  h->gran = Gran::kYear;
  h->type = TimeType::kDate;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  h->value = buf;
  h->lo = CivilDate{year, 1, 1};
  h->hi = CivilDate{year + 1, 1, 1};
}

void SetWeek(Hit* h, const CivilDate& any, bool weekend) {
  h->gran = Gran::kWeek;
  h->type = TimeType::kDate;
  CivilDate mon = WeekStart(any);
  h->value = FormatIsoWeek(mon) + (weekend ? "-WE" : "");
  h->lo = weekend ? AddDays(mon, 5) : mon;
  h->hi = AddDays(mon, 7);
}

std::string DurationValue(double q, Unit unit) {
  int mult = 1;
  bool time_unit = false;
  std::string code = UnitCode(unit, &mult, &time_unit);
  if (unit == Unit::kWeekend) code = "WE";
  std::string n;
  if (q < 0) {
    n = "X";
  } else {
    double v = q * mult;
    char buf[32];
    if (v == static_cast<double>(static_cast<long long>(v))) std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
    else std::snprintf(buf, sizeof buf, "%g", v);
    n = buf;
  }
  return std::string(time_unit ? "PT" : "P") + n + code;
}

std::string DaysValue(const CivilDate& a, const CivilDate& b) {
  return "P" + std::to_string(ToDays(b) - ToDays(a)) + "D";
}

}  // namespace crosscheck::time_internal
