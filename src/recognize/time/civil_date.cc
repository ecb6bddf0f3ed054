// Day counting follows the classic era-based conversion between civil dates
// and a day count (400-year eras of 146097 days), so every operation is a
// couple of integer divisions with no tables and no time zone library.
#include "recognize/time/civil_date.h"

#include <cstdio>

namespace crosscheck {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

bool IsValidDate(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

int64_t ToDays(const CivilDate& c) {
  int64_t y = c.year - (c.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (c.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + c.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return CivilDate{y, m, d};
}

CivilDate AddDays(const CivilDate& d, int64_t n) { return FromDays(ToDays(d) + n); }

CivilDate AddMonths(const CivilDate& d, int n) {
  int total = d.year * 12 + (d.month - 1) + n;
  int y = total / 12, m = total % 12 + 1;
  int day = d.day;
  if (day > DaysInMonth(y, m)) day = DaysInMonth(y, m);
  return CivilDate{y, m, day};
}

int Weekday(const CivilDate& d) {
  int64_t z = ToDays(d);  // 1970-01-01 was a Thursday (4)
  int64_t w = (z % 7 + 7 + 3) % 7;  // Monday = 0
  return static_cast<int>(w) + 1;
}

CivilDate WeekStart(const CivilDate& d) { return AddDays(d, -(Weekday(d) - 1)); }

void IsoWeek(const CivilDate& d, int* iso_year, int* week) {
  CivilDate thursday = AddDays(d, 4 - Weekday(d));
  *iso_year = thursday.year;
  CivilDate jan1{thursday.year, 1, 1};
  *week = static_cast<int>((ToDays(thursday) - ToDays(jan1)) / 7 + 1);
}

std::string FormatDate(const CivilDate& d) {
  // Digits written by hand for the usual years (snprintf costs ~1,700
  // instructions a call, and every resolved date is formatted).
  if (d.year >= 0 && d.year <= 9999 && d.month >= 0 && d.month <= 99 && d.day >= 0 && d.day <= 99) {
    std::string out(10, '-');
    out[0] = static_cast<char>('0' + d.year / 1000);
    out[1] = static_cast<char>('0' + d.year / 100 % 10);
    out[2] = static_cast<char>('0' + d.year / 10 % 10);
    out[3] = static_cast<char>('0' + d.year % 10);
    out[5] = static_cast<char>('0' + d.month / 10);
    out[6] = static_cast<char>('0' + d.month % 10);
    out[8] = static_cast<char>('0' + d.day / 10);
    out[9] = static_cast<char>('0' + d.day % 10);
    return out;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string FormatIsoWeek(const CivilDate& d) {
  int y = 0, w = 0;
  IsoWeek(d, &y, &w);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
  return buf;
}

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int pos[3][2] = {{0, 4}, {5, 2}, {8, 2}};
  for (int k = 0; k < 3; ++k) {
    for (int i = 0; i < pos[k][1]; ++i) {
      char c = s[pos[k][0] + i];
      if (c < '0' || c > '9') return std::nullopt;
      v[k] = v[k] * 10 + (c - '0');
    }
  }
  if (!IsValidDate(v[0], v[1], v[2])) return std::nullopt;
  return CivilDate{v[0], v[1], v[2]};
}

CivilDate NthWeekdayOfMonth(int year, int month, int weekday, int n) {
  if (n < 0) {
    CivilDate last{year, month, DaysInMonth(year, month)};
    int back = (Weekday(last) - weekday + 7) % 7;
    return AddDays(last, -back);
  }
  CivilDate first{year, month, 1};
  int fwd = (weekday - Weekday(first) + 7) % 7;
  return AddDays(first, fwd + 7 * (n - 1));
}

CivilDate EasterSunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDate{y, month, day};
}

}  // namespace crosscheck
