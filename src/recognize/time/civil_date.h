// CivilDate: a proleptic Gregorian calendar day with the arithmetic the time
// recognizer needs (day offsets, month offsets with day clamping, weekdays,
// ISO weeks) and TIMEX3/ISO formatting.
//
// Value type; all functions are pure and thread-safe. A CivilDate is valid
// when 1 <= month <= 12 and 1 <= day <= DaysInMonth(year, month); the
// functions below REQUIRE valid dates and always return valid ones.
#ifndef CROSSCHECK_RECOGNIZE_TIME_CIVIL_DATE_H_
#define CROSSCHECK_RECOGNIZE_TIME_CIVIL_DATE_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);

// Days since 1970-01-01 and back.
int64_t ToDays(const CivilDate& d);
CivilDate FromDays(int64_t days);

CivilDate AddDays(const CivilDate& d, int64_t n);
// Adds months; the day is clamped to the end of the target month.
CivilDate AddMonths(const CivilDate& d, int n);
// ISO weekday: Monday = 1 ... Sunday = 7.
int Weekday(const CivilDate& d);
// The Monday starting the ISO week of `d`.
CivilDate WeekStart(const CivilDate& d);
// ISO 8601 week-numbering year and week of `d`.
void IsoWeek(const CivilDate& d, int* iso_year, int* week);

// "2022-05-04".
std::string FormatDate(const CivilDate& d);
// "2022-W18".
std::string FormatIsoWeek(const CivilDate& d);
// Parses "YYYY-MM-DD" (a trailing "T…" is ignored); nullopt when malformed.
std::optional<CivilDate> ParseIsoDate(std::string_view s);

// The n-th (1-based; n = -1 for the last) `weekday` of a month.
CivilDate NthWeekdayOfMonth(int year, int month, int weekday, int n);
// Western Easter Sunday (anonymous Gregorian algorithm).
CivilDate EasterSunday(int year);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_TIME_CIVIL_DATE_H_
