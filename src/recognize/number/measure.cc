// ParseMeasures: for each numeral, look for a unit right after it (glued,
// hyphenated, bracketed or after up to two spaces), else right before it (a
// symbol or code). Then:
//  * "pound(s)" is money after a million/billion figure, mass otherwise;
//  * a bare "degrees" / "°" is an angle ("arcdeg", the unit database's
//    name for a degree of arc) when the text speaks of rotating, turning or
//    angles, a temperature of unknown scale ("deg") otherwise;
//  * "3 dollars 50 cents", "15 dollars and 15", "5 feet 2 inches" fold into
//    one amount; a scale word after a unit multiplies ("75 USD million");
//  * identifiers are not measures: digits straight after letters
//    ("SCP-173m", "scp173m"), or a unit followed by "-digits" ("L-202").
#include "recognize/number/measure.h"

#include <algorithm>

#include "recognize/number/quantity_context.h"
#include "recognize/number/unit_table.h"

namespace crosscheck {

namespace {

using number::MatchUnitAt;
using number::MatchUnitEndingAt;
using number::UnitEntry;

inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Cents, pence: a hundredth of the currency in `code`.
bool IsMinor(const UnitInfo& u) {
  return u.dimension == "minor" || u.name == "Cent" || u.name == "Pence" || u.name == "Penny";
}

bool HasWordCI(std::string_view text, std::string_view w) {
  for (size_t i = 0; i + w.size() <= text.size(); ++i) {
    if (i > 0 && IsAlpha(text[i - 1])) continue;
    bool eq = true;
    for (size_t k = 0; k < w.size() && eq; ++k) eq = (text[i + k] | 0x20) == w[k];
    if (eq) return true;
  }
  return false;
}

bool AngleContext(std::string_view text) {
  for (std::string_view w : {"rotate", "turn", "angle", "clockwise", "tilt"})
    if (HasWordCI(text, w)) return true;
  return false;
}

double ScaleWordAt(std::string_view text, size_t i, size_t* end) {
  static const std::pair<std::string_view, double> kScales[] = {
      {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};
  for (auto [w, v] : kScales) {
    if (i + w.size() > text.size()) continue;
    bool eq = true;
    for (size_t k = 0; k < w.size() && eq; ++k) eq = (text[i + k] | 0x20) == w[k];
    if (eq && (i + w.size() == text.size() || !IsAlpha(text[i + w.size()]))) {
      *end = i + w.size();
      return v;
    }
  }
  return 0;
}

size_t SkipSpaces(std::string_view t, size_t i, size_t max) {
  size_t k = i;
  while (k < t.size() && k - i < max && t[k] == ' ') ++k;
  return k;
}

// An unclosed opening quotation mark before `pos`: a '"' or U+201D right
// after a figure then closes it and is not an inch mark.
bool InsideQuote(std::string_view text, size_t pos) {
  int straight = 0, open = 0;
  for (size_t i = 0; i < pos; ++i) {
    if (text[i] == '"') ++straight;
    if (text.compare(i, 3, "\xE2\x80\x9C") == 0) ++open;
    if (text.compare(i, 3, "\xE2\x80\x9D") == 0 && open > 0) --open;
  }
  return open > 0 || straight % 2 == 1;
}

}  // namespace

size_t PlusSuffixEnd(std::string_view text, size_t pos) {
  auto letter = [&](size_t i) { return i < text.size() && IsAlpha(text[i]); };
  if (text.compare(pos, 5, "-plus") == 0 && !letter(pos + 5)) return pos + 5;
  if (pos < text.size() && text[pos] == '+' && !(pos + 1 < text.size() && IsDigit(text[pos + 1]))) return pos + 1;
  return pos;
}

std::vector<Measure> ParseMeasures(std::string_view text, const std::vector<Numeral>& numerals,
                                   const MeasureOptions& options) {
  std::vector<Measure> out;
  const uint8_t avoid = number::AvoidFor(options.database_units);
  int angle_ctx = -1;
  uint32_t covered = 0;
  for (size_t k = 0; k < numerals.size(); ++k) {
    const Numeral& n = numerals[k];
    if (n.start < covered || n.kind == NumeralKind::kOrdinal) continue;
    // Identifiers: digits right after letters, or after "letters-".
    if (n.has_digits && n.start > 0) {
      char b = text[n.start - 1];
      size_t cs = 0;  // a glued currency symbol or code is not an identifier: "RM12.90", "USD4m"
      if (IsAlpha(b) && !n.has_words && !MatchUnitEndingAt(text, n.start, number::kPrefix | number::kGlued, &cs, avoid))
        continue;
      if (b == '-' && n.start >= 2 && IsAlpha(text[n.start - 2]) && !number::HedgePrefixBefore(text, n.start)) continue;
    }
    Measure m;
    m.numeral = static_cast<int>(k);
    m.value = n.value;
    const UnitEntry* u = nullptr;
    size_t ue = 0, us = n.end;
    if (n.glued_end) {
      u = MatchUnitAt(text, n.end, number::kSuffix | number::kGlued, &ue, avoid);
      if (u && ue < n.glued_end) u = nullptr;
    } else {
      const size_t plus_end = PlusSuffixEnd(text, n.end);
      size_t p = plus_end;
      char close = 0;
      if (p < text.size() && text[p] == '-' && p + 1 < text.size() && IsAlpha(text[p + 1])) {
        ++p;  // "3-inch", "six-mile"
      } else if (text.compare(p, 3, " - ") == 0 && p + 3 < text.size() && IsAlpha(text[p + 3]) &&
                 text.substr(n.start, n.end - n.start).find(" - ") != std::string_view::npos) {
        p += 3;  // a compound spaced by tokenisation stays spaced: "two - million - euro"
      } else {
        p = SkipSpaces(text, p, 2);
        if (p < text.size() && (text[p] == '(' || text[p] == '[' || text[p] == '{' || text[p] == '<')) {
          close = text[p] == '(' ? ')' : text[p] == '[' ? ']' : text[p] == '{' ? '}' : '>';
          ++p;
        }
      }
      us = p;
      u = MatchUnitAt(text, p, number::kSuffix, &ue, avoid);
      if (u && (u->flags & number::kNoSpace) && p != plus_end) u = nullptr;  // "50W" yes, "50 W" no
      if (u && close) {
        if (ue < text.size() && text[ue] == close) ++ue;
        else u = nullptr;
      }
      if (u && u->info.kind == MeasureKind::kDuration && p > n.end && text[p - 1] == '-') {
        // "10-year" stays a duration; fine.
      }
    }
    // Inch marks: '"' or U+201D glued to the digits, and not closing a quotation.
    if (u && u->surface == "\"" && (us != n.end || InsideQuote(text, n.end))) u = nullptr;
    if (!u && n.has_digits && text.compare(n.end, 3, "\xE2\x80\x9D") == 0 && !InsideQuote(text, n.end)) {
      static const UnitEntry kInch{"\xE2\x80\x9D", UnitInfo{"in", "Inch", MeasureKind::kDimension, "length", 0.0254},
                                         number::kSuffix};
      u = &kInch;
      us = n.end;
      ue = n.end + 3;
    }
    // Glued "p" is pence on small or decimal amounts ("212.4p", "5p"), not
    // a video resolution ("1080p").
    if (u && u->surface == "p" && IsMinor(u->info) && !(n.kind == NumeralKind::kDecimal || n.value < 100))
      u = nullptr;
    bool foot_inches = false;  // "5-foot-11"
    if (u && u->info.code == "ft" && ue + 1 < text.size() && text[ue] == '-' && IsDigit(text[ue + 1]) &&
        k + 1 < numerals.size() && numerals[k + 1].start == ue + 1 && numerals[k + 1].value < 12 &&
        numerals[k + 1].kind == NumeralKind::kInteger)
      foot_inches = true;
    if (u && !foot_inches && ue + 1 < text.size() && text[ue] == '-' && IsDigit(text[ue + 1])) u = nullptr;
    if (u) {
      m.unit = u->info;
      m.unit_start = static_cast<uint32_t>(us);
      m.unit_end = static_cast<uint32_t>(ue);
      m.value *= u->multiplier;
      m.start = n.start;
      m.end = static_cast<uint32_t>(ue);
      if (foot_inches) {
        m.value += numerals[k + 1].value / 12;
        m.end = numerals[k + 1].end;
        ++k;
        out.push_back(m);
        covered = m.end;
        continue;
      }
      if (m.unit.code == "lb" && n.value >= 1e6 && n.multiplier && u->surface.size() > 3) {
        m.unit = UnitInfo{"GBP", "Pound", MeasureKind::kCurrency, "currency", 1};
      }
      if (m.unit.code == "deg") {
        if (angle_ctx < 0) angle_ctx = AngleContext(text) ? 1 : 0;
        if (angle_ctx) m.unit = UnitInfo{"arcdeg", "Degree", MeasureKind::kDimension, "angle", 0.017453292519943295};
      }
      // A scale word after the unit: "75 USD million".
      size_t se;
      size_t sp = SkipSpaces(text, m.end, 1);
      if (m.unit.kind == MeasureKind::kCurrency && !n.multiplier) {
        if (double s = ScaleWordAt(text, sp, &se); s > 0) {
          m.value *= s;
          m.end = static_cast<uint32_t>(se);
        }
      }
      // Composite amounts.
      if (k + 1 < numerals.size()) {
        const Numeral& nx = numerals[k + 1];
        size_t q = SkipSpaces(text, m.end, 2);
        if (q + 3 < text.size() && text.compare(q, 3, "and") == 0 && text[q + 3] == ' ') q = SkipSpaces(text, q + 3, 2);
        if (nx.start == q && nx.kind == NumeralKind::kInteger && nx.value > 0 && nx.value < 100) {
          size_t p2 = SkipSpaces(text, nx.end, 2);
          size_t e2 = 0;
          const UnitEntry* u2 = MatchUnitAt(text, p2, number::kSuffix, &e2, avoid);
          bool money = m.unit.kind == MeasureKind::kCurrency && !IsMinor(m.unit);
          if (money && (!u2 || (IsMinor(u2->info) && u2->info.code == m.unit.code))) {
            m.value += nx.value / 100;
            m.end = u2 ? static_cast<uint32_t>(e2) : nx.end;
            ++k;
          } else if (m.unit.kind == MeasureKind::kDuration && u2 && u2->info.kind == MeasureKind::kDuration &&
                     m.unit.si_factor > 0 && u2->info.si_factor > 0 && u2->info.si_factor < m.unit.si_factor &&
                     (u2->flags & number::kNoSpace ? e2 == nx.end + u2->surface.size() && p2 == nx.end : true)) {
            // "2h 10min", "two hours and 30 minutes": one duration in the larger unit.
            m.value += nx.value * u2->info.si_factor / m.unit.si_factor;
            m.end = static_cast<uint32_t>(e2);
            ++k;
          } else if (m.unit.code == "ft") {
            bool inch = u2 && u2->info.code == "in";
            if (!u2 && p2 + 2 <= text.size() && text.compare(p2, 2, "in") == 0 &&
                (p2 + 2 == text.size() || !IsAlpha(text[p2 + 2]))) {
              inch = true;
              e2 = p2 + 2;
            }
            if (inch) {
              m.value += nx.value / 12;
              m.end = static_cast<uint32_t>(e2);
              ++k;
            }
          }
        } else if (m.unit.code == "ft" && q + 1 < text.size() && IsDigit(text[q])) {
          // "12 ft 2 in": "in" is only a unit here.
          size_t d = q;
          while (d < text.size() && IsDigit(text[d])) ++d;
          size_t p2 = SkipSpaces(text, d, 1);
          if (p2 + 2 <= text.size() && text.compare(p2, 2, "in") == 0 &&
              (p2 + 2 == text.size() || !IsAlpha(text[p2 + 2])) && k + 1 < numerals.size() &&
              numerals[k + 1].start == q) {
            m.value += numerals[k + 1].value / 12;
            m.end = static_cast<uint32_t>(p2 + 2);
            ++k;
          }
        }
      }
      out.push_back(m);
      covered = m.end;
      continue;
    }
    // Prefix: a symbol or code before the figure.
    size_t q = n.start;
    size_t qs = q;
    while (qs > 0 && q - qs < 1 && text[qs - 1] == ' ') --qs;
    size_t ps = 0;
    const UnitEntry* pu = MatchUnitEndingAt(text, qs, number::kPrefix, &ps, avoid);
    if (!pu && qs != q) pu = MatchUnitEndingAt(text, q, number::kPrefix, &ps, avoid);
    if (pu && ps < covered) pu = nullptr;
    if (pu) {
      m.unit = pu->info;
      m.unit_start = static_cast<uint32_t>(ps);
      m.unit_end = static_cast<uint32_t>(ps + pu->surface.size());
      m.value *= pu->multiplier;
      m.start = static_cast<uint32_t>(ps);
      m.end = n.end;
      if (m.unit.kind == MeasureKind::kCurrency && !n.multiplier) {
        size_t se;
        size_t sp = SkipSpaces(text, m.end, 1);
        if (double s = ScaleWordAt(text, sp, &se); s > 0) {
          m.value *= s;
          m.end = static_cast<uint32_t>(se);
        }
      }
      out.push_back(m);
      covered = m.end;
      continue;
    }
    // "percent of 10", "per cent of twenty-two".
    if (qs >= 3 && text.compare(qs - 2, 2, "of") == 0) {
      size_t e = qs - 2;
      while (e > 0 && text[e - 1] == ' ') --e;
      size_t s2 = 0;
      const UnitEntry* pc = MatchUnitEndingAt(text, e, number::kSuffix, &s2, avoid);
      if (pc && pc->info.kind == MeasureKind::kPercent && s2 >= covered && IsAlpha(text[s2])) {
        m.unit = pc->info;
        m.unit_start = static_cast<uint32_t>(s2);
        m.unit_end = static_cast<uint32_t>(e);
        m.start = static_cast<uint32_t>(s2);
        m.end = n.end;
        out.push_back(m);
        covered = m.end;
      }
    }
  }
  if (options.bare_units) {
    std::vector<Measure> bare;
    size_t mi = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      while (mi < out.size() && out[mi].end <= i) ++mi;
      if (mi < out.size() && out[mi].start <= i) { i = out[mi].end - 1; continue; }
      if (!IsAlpha(text[i]) || (i > 0 && (IsAlpha(text[i - 1]) || IsDigit(text[i - 1])))) continue;
      size_t e = 0;
      const UnitEntry* u = MatchUnitAt(text, i, number::kBare, &e, avoid);
      if (!u || u->surface.size() < 3) continue;
      if (mi < out.size() && e > out[mi].start) continue;
      Measure m;
      m.has_value = false;
      m.unit = u->info;
      m.start = m.unit_start = static_cast<uint32_t>(i);
      m.end = m.unit_end = static_cast<uint32_t>(e);
      bare.push_back(m);
      i = e - 1;
    }
    if (!bare.empty()) {
      out.insert(out.end(), bare.begin(), bare.end());
      std::sort(out.begin(), out.end(), [](const Measure& a, const Measure& b) { return a.start < b.start; });
    }
  }
  return out;
}

}  // namespace crosscheck
