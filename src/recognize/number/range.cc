// ParseRanges: pairs of adjacent numerals joined by a dash, "to", "through",
// "~", "and" (after "between") or "or" (neighbouring alternatives: "two or
// three") — checked on the bytes between them. A unit
// written after both bounds is read out of the gap first ("between 3% and
// 4%", "25C-30C", "3km to 5km"), unless a change verb comes right before the
// first ("rose 0.5% to 3%" is an amount and a new level).
#include "recognize/number/range.h"

#include "recognize/number/unit_table.h"

namespace crosscheck {

namespace {

inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool EqCI(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != b[i]) return false;
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// The word that ends right before `pos` (after one space), or "".
std::string_view WordBefore(std::string_view text, size_t pos, size_t* start) {
  if (pos < 2 || text[pos - 1] != ' ') return {};
  size_t e = pos - 1, b = e;
  while (b > 0 && IsAlpha(text[b - 1])) --b;
  *start = b;
  return text.substr(b, e - b);
}

// The scale written at the end of a numeral ("22 million", "7bn", "seven
// thousand"), 1 when none.
double TrailingScale(std::string_view text, const Numeral& n) {
  std::string_view t = text.substr(n.start, n.end - n.start);
  static const std::pair<std::string_view, double> kWords[] = {
      {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}, {"bn", 1e9}, {"mn", 1e6},
      {"tn", 1e12}, {"m", 1e6}, {"k", 1e3}, {"b", 1e9}, {"crore", 1e7}, {"lakh", 1e5}};
  for (auto [w, v] : kWords) {
    if (t.size() <= w.size()) continue;
    std::string_view tail = t.substr(t.size() - w.size());
    if (EqCI(tail, w) && !IsAlpha(t[t.size() - w.size() - 1])) return v;
    if (EqCI(tail, w) && w.size() <= 2 && t[t.size() - w.size() - 1] >= '0' && t[t.size() - w.size() - 1] <= '9')
      return v;
  }
  return 1;
}

// A currency symbol or code at the end of a gap ("to $", "and US$"), so the
// joiner can be read without it; returns the gap without it.
std::string_view DropCurrency(std::string_view g) {
  static const std::string_view kSymbols[] = {"US$", "A$", "C$", "HK$", "$", "\xC2\xA3", "\xE2\x82\xAC",
                                              "\xC2\xA5", "\xE2\x82\xB9"};
  for (std::string_view sym : kSymbols)
    if (g.size() > sym.size() && g.substr(g.size() - sym.size()) == sym) return Trim(g.substr(0, g.size() - sym.size()));
  return g;
}

bool IsChangeVerb(std::string_view w) {
  static const std::string_view kVerbs[] = {"rose", "rise", "rises", "fell", "fall", "falls", "grew", "grow",
                                            "jumped", "climbed", "dropped", "declined", "gained", "lost",
                                            "increased", "decreased", "slipped", "slid", "surged", "up", "down"};
  for (std::string_view v : kVerbs)
    if (EqCI(w, v)) return true;
  return false;
}

// When `a` and `b` both carry the same unit written after them ("3% and
// 4%", "25C-30C"), the end of a's unit; 0 otherwise.
size_t UnitOfBoth(std::string_view text, const Numeral& a, const Numeral& b) {
  size_t p = a.end;
  if (!a.glued_end && p < text.size() && text[p] == ' ') ++p;
  size_t ue = 0, ue2 = 0;
  const number::UnitEntry* ua = number::MatchUnitAt(text, p, number::kSuffix, &ue, number::kBuiltin);
  if (!ua || ue > b.start || (a.glued_end && ue != a.glued_end)) return 0;
  if ((ua->flags & number::kNoSpace) && p != a.end) return 0;
  size_t q = b.end;
  if (!b.glued_end && q < text.size() && text[q] == ' ') ++q;
  const number::UnitEntry* ub = number::MatchUnitAt(text, q, number::kSuffix, &ue2, number::kBuiltin);
  if (!ub || ub->info.code != ua->info.code || (b.glued_end && ue2 != b.glued_end)) return 0;
  if (a.start >= 2 && text[a.start - 1] == ' ') {  // "rose 0.5% to 3%": an amount and a level
    size_t e = a.start - 1, w = e;
    while (w > 0 && IsAlpha(text[w - 1])) --w;
    if (IsChangeVerb(text.substr(w, e - w))) return 0;
  }
  return ue;
}

}  // namespace

std::vector<NumberRange> ParseRanges(std::string_view text, const std::vector<Numeral>& numerals) {
  std::vector<NumberRange> out;
  for (size_t i = 0; i + 1 < numerals.size(); ++i) {
    const Numeral& a = numerals[i];
    const Numeral& b = numerals[i + 1];
    if (a.kind == NumeralKind::kOrdinal || b.kind == NumeralKind::kOrdinal) continue;
    size_t gap_start = a.end;
    if (size_t ue = UnitOfBoth(text, a, b); ue) {
      gap_start = ue;
    } else if (a.glued_end) {
      continue;  // "3-5W": only the second may carry a glued unit
    }
    std::string_view gap = text.substr(gap_start, b.start - gap_start);
    std::string_view g = DropCurrency(Trim(gap));
    if (g == "- to" || g == "-to") g = "to";  // "6- to 12-foot"
    double scale = TrailingScale(text, b);
    double av = a.value;
    // A shared scale: "between $19 and $22 million", "six to seven thousand",
    // "$20 to $25 billion" (not "$650,000 to $1.1 million").
    if (scale > 1 && !a.multiplier && a.value * scale <= b.value && a.value < b.value / scale) av = a.value * scale;
    size_t wb = 0;
    size_t astart = a.start;  // before a currency symbol: "between $19"
    for (std::string_view sym : {std::string_view("US$"), std::string_view("$"), std::string_view("\xC2\xA3"),
                                 std::string_view("\xE2\x82\xAC")})
      if (astart >= sym.size() && text.substr(astart - sym.size(), sym.size()) == sym) {
        astart -= sym.size();
        break;
      }
    std::string_view before = WordBefore(text, astart, &wb);
    NumberRange r;
    r.first = static_cast<int>(i);
    r.second = static_cast<int>(i + 1);
    r.start = a.start;
    r.end = b.end;
    bool ok = false;
    if (g == "-" || g == "\xE2\x80\x93" || g == "\xE2\x80\x94" || g == "~") {
      // Not dates / codes: "1995-01", "2021-22"; a dash needs digits on both sides.
      bool dash = g == "-";
      ok = a.has_digits && b.has_digits && !(dash && a.plain_digits == 4 && b.plain_digits == 2) &&
           av < b.value;
      if (ok && dash && a.end > 0 && i > 0 && numerals[i - 1].end + 1 == a.start && text[a.start - 1] == '-') ok = false;
      if (ok && b.end < text.size() && text[b.end] == '-' ) ok = false;  // "1-222-2222"
      if (ok && a.start > 0 && (text[a.start - 1] == '+' || text[a.start - 1] == '-')) ok = false;
    } else if (EqCI(g, "to") || EqCI(g, "through") || EqCI(g, "thru")) {
      ok = av < b.value;
      r.worded = true;
      if (EqCI(before, "from")) r.start = static_cast<uint32_t>(wb);
    } else if (EqCI(g, "or")) {
      // "two or three times", "10 or 12 people": neighbouring alternatives
      // are one approximate count. Far apart ("5 or 50") they are a
      // choice, and two years ("2019 or 2020") are times, not a count.
      bool years = a.plain_digits == 4 && b.plain_digits == 4;
      ok = !years && av >= 1 && av < b.value && b.value <= 2 * av + 1;
      r.worded = true;
    } else if (EqCI(g, "and") && EqCI(before, "between")) {
      ok = av < b.value;
      r.worded = true;
      r.start = static_cast<uint32_t>(wb);
    }
    if (!ok) continue;
    r.low = av;
    r.high = b.value;
    out.push_back(r);
    ++i;
  }
  return out;
}

}  // namespace crosscheck
