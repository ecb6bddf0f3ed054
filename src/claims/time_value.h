// When a claim holds, at the grain its text gives: a year ("2014"), a month
// ("2014-05"), a day ("2014-05-03") or a span of days ("2014-05-01/2014-05-03",
// both ends included: a week, a weekend, a range such as "from 2007 to
// 2014"). A bare year is the whole year, not its 1 January. Pure functions:
// thread-safe.
#ifndef CROSSCHECK_CLAIMS_TIME_VALUE_H_
#define CROSSCHECK_CLAIMS_TIME_VALUE_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "recognize/time/time_expr.h"

namespace crosscheck {

// Days since 1970-01-01 of a proleptic Gregorian date; nullopt when the date
// does not exist (month 13, 31 April).
std::optional<int> DaysFromCivil(int year, int month, int day);
// "YYYY-MM-DD" of a day number.
std::string CivilFromDays(int days);

// The first and last day (inclusive) a claim time covers; nullopt for ""
// and for anything that is not one of the forms above.
std::optional<std::pair<int, int>> TimeInterval(std::string_view time);

// The claim time of a date or time expression, at its grain ("" when it has
// no resolved calendar value: "Friday" with no report date, durations, sets).
std::string ClaimTimeOf(const TimeMention& t);

// The grain of a claim time: "day", "month", "year", "span", or "" (none).
std::string TimeGrain(std::string_view time);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_TIME_VALUE_H_
