#include "fuse/lexicon.h"

#include <cstdlib>

#include "claims/frame.h"

namespace crosscheck {

int GroupMatch(const Claim& a, const Claim& b, const Lexicon& lex) {
  bool ea = a.counted_lemma.empty(), eb = b.counted_lemma.empty();
  if (ea && eb) return 1;
  if (ea || eb) {
    const std::string& g = ea ? b.group : a.group;
    return g == "person" || g == "civilian" ? 0 : kNoMatch;
  }
  if (a.counted_lemma == b.counted_lemma) return 3;
  if (a.group.empty() || b.group.empty()) return kNoMatch;
  if (a.group == b.group) return 2;
  return lex.GroupsCompatible(a.group, b.group) ? 1 : kNoMatch;
}

int StateMatch(const Claim& a, const Claim& b) {
  if (a.state.empty() && b.state.empty()) return 1;
  // "N people in PLACE" with no verb of event states presence.
  if (a.state.empty() || b.state.empty()) return (a.state.empty() ? b.state : a.state) == "sheltering" ? 0 : kNoMatch;
  return a.state == b.state ? 2 : kNoMatch;
}

bool PlaceKindsCompatible(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a == b) return true;
  return (a == "area" && b == "settlement") || (a == "settlement" && b == "area");
}

int PlaceMatch(const Claim& a, const Claim& b) {
  if (a.place.empty() && b.place.empty()) return 0;
  if (a.place.empty() || b.place.empty()) return kNoMatch;
  if (a.place_named && b.place_named)
    return DocPlaces::NameKey(a.place) == DocPlaces::NameKey(b.place) && PlaceKindsCompatible(a.place_kind, b.place_kind)
               ? 2
               : kNoMatch;
  return PlaceKindsCompatible(a.place_kind, b.place_kind) ? 1 : kNoMatch;
}

std::optional<int> DayNumber(std::string_view d) {
  auto num = [&d](size_t from, size_t n) -> int {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (i >= d.size() || d[i] < '0' || d[i] > '9') return -1;
      v = v * 10 + (d[i] - '0');
    }
    return v;
  };
  if (d.size() != 7 && d.size() != 10) return std::nullopt;
  int y = num(0, 4), m = num(5, 2), day = d.size() == 10 ? num(8, 2) : 1;
  if (y < 0 || m < 1 || m > 12 || day < 1 || day > 31 || d[4] != '-' || (d.size() == 10 && d[7] != '-'))
    return std::nullopt;
  // Days from civil (proleptic Gregorian), after H. Hinnant's algorithm.
  y -= m <= 2;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool SameTime(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  if (a.size() == 7 && b.size() == 10) return b.substr(0, 7) == a;
  if (a.size() == 10 && b.size() == 7) return a.substr(0, 7) == b;
  return false;
}

bool IsCumulativeState(std::string_view s) {
  return s == "killed" || s == "injured";
}

}  // namespace crosscheck
