#include "read/date_parse.h"

#include <cctype>
#include <cstdio>
#include <cstring>

namespace crosscheck {

namespace {

bool ValidYmd(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  if (d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::optional<std::string> Ymd(int y, int m, int d) {
  if (!ValidYmd(y, m, d)) return std::nullopt;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

int MonthFromName(std::string_view w) {
  static const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  char low[4] = {0};
  for (int i = 0; i < 3; ++i) low[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])));
  for (int i = 0; i < 12; ++i)
    if (std::strncmp(low, kNames[i], 3) == 0) return i + 1;
  return 0;
}

// Splits into alphanumeric words.
struct Words {
  std::string_view w[8];
  int n = 0;
};
Words Split(std::string_view s) {
  Words r;
  size_t i = 0;
  while (i < s.size() && r.n < 8) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    size_t b = i;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    if (i > b) r.w[r.n++] = s.substr(b, i - b);
  }
  return r;
}
bool AllDigits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}
// Digits to int; more than 8 digits is no date part, and gives -1.
int ToInt(std::string_view w) {
  if (w.size() > 8) return -1;
  int v = 0;
  for (char c : w) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<std::string> NormalizeDate(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  if (s.size() > 64) s = s.substr(0, 64);
  // ISO / slashed: YYYY-MM-DD…
  if (s.size() >= 10 && AllDigits(s.substr(0, 4)) && (s[4] == '-' || s[4] == '/') && AllDigits(s.substr(5, 2)) &&
      s[7] == s[4] && AllDigits(s.substr(8, 2)) && (s.size() == 10 || !std::isdigit(static_cast<unsigned char>(s[10])))) {
    return Ymd(ToInt(s.substr(0, 4)), ToInt(s.substr(5, 2)), ToInt(s.substr(8, 2)));
  }
  // Compact ISO: YYYYMMDD (WARC dates are ISO already; 14-digit timestamps too).
  if (s.size() >= 8 && AllDigits(s.substr(0, 8)) && (s.size() == 8 || s.size() == 14)) {
    return Ymd(ToInt(s.substr(0, 4)), ToInt(s.substr(4, 2)), ToInt(s.substr(6, 2)));
  }
  Words w = Split(s);
  // Drop a leading weekday name ("Wed", "Wednesday").
  int i = 0;
  if (w.n > 0 && !AllDigits(w.w[0]) && MonthFromName(w.w[0]) == 0) i = 1;
  if (w.n - i >= 3) {
    // "4 May 2022"
    if (AllDigits(w.w[i]) && MonthFromName(w.w[i + 1]) && AllDigits(w.w[i + 2]) && w.w[i + 2].size() == 4)
      return Ymd(ToInt(w.w[i + 2]), MonthFromName(w.w[i + 1]), ToInt(w.w[i]));
    // "May 4, 2022" / "May 4th 2022"
    std::string_view day = w.w[i + 1];
    while (!day.empty() && std::isalpha(static_cast<unsigned char>(day.back()))) day.remove_suffix(1);
    if (MonthFromName(w.w[i]) && AllDigits(day) && AllDigits(w.w[i + 2]) && w.w[i + 2].size() == 4)
      return Ymd(ToInt(w.w[i + 2]), MonthFromName(w.w[i]), ToInt(day));
  }
  return std::nullopt;
}

std::optional<std::string> ParseDateHeader(std::string_view text, size_t* body_start) {
  size_t i = 0;
  while (i < text.size() && i < 16 && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  if (text.compare(i, 5, "date ") != 0 && text.compare(i, 5, "date\t") != 0) return std::nullopt;
  i += 5;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i + 10 > text.size()) return std::nullopt;
  std::string_view d = text.substr(i, 10);
  if (!(AllDigits(d.substr(0, 4)) && d[4] == '-' && AllDigits(d.substr(5, 2)) && d[7] == '-' && AllDigits(d.substr(8, 2))))
    return std::nullopt;
  size_t j = i + 10;
  if (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) return std::nullopt;
  auto ymd = Ymd(ToInt(d.substr(0, 4)), ToInt(d.substr(5, 2)), ToInt(d.substr(8, 2)));
  if (!ymd) return std::nullopt;
  while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j]))) ++j;
  *body_start = j;
  return ymd;
}

std::optional<std::string> DateInAddress(std::string_view address) {
  if (size_t scheme = address.find("://"); scheme != std::string_view::npos) {
    size_t path = address.find('/', scheme + 3);
    address = path == std::string_view::npos ? std::string_view() : address.substr(path);
  }
  auto digit = [&](size_t i) { return i < address.size() && std::isdigit(static_cast<unsigned char>(address[i])); };
  // The digit run starting at i: its end.
  auto run_end = [&](size_t i) {
    while (digit(i)) ++i;
    return i;
  };
  auto number = [&](size_t b, size_t e) {
    int v = 0;
    for (size_t i = b; i < e; ++i) v = v * 10 + (address[i] - '0');
    return v;
  };
  std::optional<std::string> found;
  size_t i = 0;
  while (i < address.size()) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    const size_t b = i, e = run_end(i);
    i = e;
    std::optional<std::string> date;
    if (e - b == 8) {
      date = Ymd(number(b, b + 4), number(b + 4, b + 6), number(b + 6, b + 8));
    } else if (e - b == 4 && e < address.size()) {
      const char sep = address[e];
      if (sep == '-' || sep == '_' || sep == '.' || sep == '/') {
        const size_t mb = e + 1, me = run_end(mb);
        if (me - mb >= 1 && me - mb <= 2 && me < address.size() && address[me] == sep) {
          const size_t db = me + 1, de = run_end(db);
          if (de - db >= 1 && de - db <= 2) {
            date = Ymd(number(b, e), number(mb, me), number(db, de));
            if (date) i = de;
          }
        }
      }
    }
    if (date && date->compare(0, 4, "1990") >= 0 && date->compare(0, 4, "2099") <= 0) found = date;
  }
  return found;
}

}  // namespace crosscheck
