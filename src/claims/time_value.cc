// Claim times. Calendar arithmetic after H. Hinnant's days_from_civil /
// civil_from_days (public-domain algorithms, written here from the
// published description).
#include "claims/time_value.h"

#include <cctype>
#include <cstdio>

namespace crosscheck {
namespace {

int Digits(std::string_view s, size_t from, size_t n) {
  if (s.size() < from + n) return -1;
  int v = 0;
  for (size_t i = from; i < from + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// One point form: YYYY, YYYY-MM, YYYY-MM-DD.
std::optional<std::pair<int, int>> PointInterval(std::string_view t) {
  int y = Digits(t, 0, 4);
  if (y < 0) return std::nullopt;
  if (t.size() == 4) return std::make_pair(*DaysFromCivil(y, 1, 1), *DaysFromCivil(y, 12, 31));
  if (t.size() < 7 || t[4] != '-') return std::nullopt;
  int m = Digits(t, 5, 2);
  if (m < 1 || m > 12) return std::nullopt;
  if (t.size() == 7) return std::make_pair(*DaysFromCivil(y, m, 1), *DaysFromCivil(y, m, DaysInMonth(y, m)));
  if (t.size() != 10 || t[7] != '-') return std::nullopt;
  std::optional<int> d = DaysFromCivil(y, m, Digits(t, 8, 2));
  if (!d) return std::nullopt;
  return std::make_pair(*d, *d);
}

}  // namespace

std::optional<int> DaysFromCivil(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string CivilFromDays(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = yoe + era * 400;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::optional<std::pair<int, int>> TimeInterval(std::string_view t) {
  size_t slash = t.find('/');
  if (slash == std::string_view::npos) return PointInterval(t);
  auto a = PointInterval(t.substr(0, slash)), b = PointInterval(t.substr(slash + 1));
  if (!a || !b || b->second < a->first) return std::nullopt;
  return std::make_pair(a->first, b->second);
}

std::string TimeGrain(std::string_view t) {
  if (t.empty() || !TimeInterval(t)) return "";
  if (t.find('/') != std::string_view::npos) return "span";
  return t.size() == 4 ? "year" : t.size() == 7 ? "month" : "day";
}

std::string ClaimTimeOf(const TimeMention& t) {
  if (t.type == TimeType::kDuration || t.type == TimeType::kSet) return "";
  const std::string& v = t.value;
  auto valid = [](std::string_view s) { return TimeInterval(s).has_value(); };
  const std::string& g = t.grain;
  if (g == "year" && v.size() >= 4 && valid(v.substr(0, 4))) return v.substr(0, 4);
  if (g == "month" && v.size() >= 7 && valid(v.substr(0, 7))) return v.substr(0, 7);
  if ((g == "day" || g == "time" || g == "part") && v.size() >= 10 && valid(v.substr(0, 10))) return v.substr(0, 10);
  if (!t.interval_start.empty() && !t.interval_end.empty() && valid(t.interval_start) && valid(t.interval_end)) {
    auto a = TimeInterval(t.interval_start), b = TimeInterval(t.interval_end);
    // Periods end exclusively ("May 2022" = [05-01, 06-01)); a range written
    // with two days names both.
    int last = g == "range" ? b->second : b->first - 1;
    if (last < a->first) last = a->first;
    if (last == a->first) return CivilFromDays(a->first);
    return CivilFromDays(a->first) + "/" + CivilFromDays(last);
  }
  // No grain given: the value's own shape.
  if (v.size() >= 10 && valid(v.substr(0, 10))) return v.substr(0, 10);
  if (v.size() == 7 && valid(v)) return v;
  if (v.size() == 4 && valid(v)) return v;
  return "";
}

}  // namespace crosscheck
