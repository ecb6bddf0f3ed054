// RecognizersView: one projection per Recognizers model.
//  * NumberModel: every numeral that is not an ordinal and not glued to
//    letters ("180ml" is a dimension, not a number), type "number".
//  * OrdinalModel: ordinals, reading "a third" as the ordinal "third"
//    (article_fractions off), plus relative ordinals ("last", "next to last").
//  * PercentModel: percent measures, value "N%".
//  * NumberRangeModel: two-sided ranges rendered [a,b) (Recognizers'
//    convention); one-sided comparisons from the hedge table (lt/le/gt/ge/eq)
//    plus comparison phrases only Recognizers uses ("bigger or equal than");
//    symbols (>, >=, <, <=); a lower and an upper bound joined by "and",
//    "but" or "," merge into one interval.
//  * Currency / Dimension / Temperature / Age: measures of that kind, with
//    unit names; bare unit words are reported without a value.
#include "recognize/number/recognizers_compat.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

#include "recognize/number/hedge.h"
#include "recognize/number/measure.h"
#include "recognize/number/numeral.h"
#include "recognize/number/range.h"

namespace crosscheck {

std::string FormatNumber(double v) {
  if (std::isfinite(v) && std::fabs(v) < 1e15 && std::floor(v) == v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof(buf), static_cast<long long>(v));
    return std::string(buf, r.ptr);
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof(buf), v);
  return std::string(buf, r.ptr);
}

namespace {

inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool WordAt(std::string_view t, size_t i, std::string_view w) {
  if (i + w.size() > t.size()) return false;
  if (i > 0 && IsAlpha(t[i - 1])) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if ((t[i + k] | (IsAlpha(t[i + k]) ? 0x20 : 0)) != w[k]) return false;
  return i + w.size() == t.size() || !IsAlpha(t[i + w.size()]);
}

// Relative ordinals, longest first: phrase, offset, relative-to.
struct Rel { std::string_view phrase; int offset; std::string_view to; };
const Rel kRelatives[] = {
    {"the one before the last one", -1, "end"}, {"the one before the last", -1, "end"},
    {"the second to last", -1, "end"}, {"the last but one", -1, "end"}, {"next to last", -1, "end"},
    {"antepenultimate", -2, "end"}, {"penultimate", -1, "end"}, {"previous one", -1, "current"},
    {"next one", 1, "current"}, {"current one", 0, "current"}, {"last", 0, "end"}, {"next", 1, "current"},
    {"previous", -1, "current"}, {"current", 0, "current"},
};

void RelativeOrdinals(std::string_view t, std::vector<RecognizersResult>* out) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsAlpha(t[i]) || (i > 0 && IsAlpha(t[i - 1]))) continue;
    for (const Rel& r : kRelatives) {
      if (!WordAt(t, i, r.phrase)) continue;
      RecognizersResult x;
      x.start = static_cast<uint32_t>(i);
      x.end = static_cast<uint32_t>(i + r.phrase.size());
      x.type = "ordinal.relative";
      x.value = std::string(r.to) + (r.offset < 0 ? "-" : "+") + std::to_string(std::abs(r.offset));
      out->push_back(x);
      i += r.phrase.size() - 1;
      break;
    }
  }
}

struct Bound {
  std::optional<double> low, high;
  bool low_inc = true, high_inc = true;
  uint32_t start = 0, end = 0;
};

// Comparison phrases Recognizers uses beyond the news hedge table.
struct Cmp { std::string_view phrase; char op; };  // op: '<' lt, 'l' le, '>' gt, 'g' ge, '=' eq
const Cmp kExtraPre[] = {
    {"less than or equal to", 'l'}, {"greater than or equal to", 'g'}, {"at least or equal to", 'g'},
    {"equal to or more than", 'g'}, {"equal to or less than", 'l'}, {"bigger or equal than", 'g'},
    {"higher or equal than", 'g'}, {"larger or equal than", 'g'}, {"greater or equal than", 'g'},
    {"lower or equal than", 'l'}, {"smaller or equal than", 'l'}, {"less or equal than", 'l'},
    {"larger than", '>'}, {"bigger than", '>'}, {"higher than", '>'}, {"smaller than", '<'},
    {"lower than", '<'}, {"equal to", '='}, {"equals to", '='}, {"equaling to", '='}, {"equals", '='},
    {"exceeding", '>'}, {"exceeds", '>'}, {"exceed", '>'}, {"surpassing", '>'}, {"surpass", '>'},
};

bool MatchEndingAt(std::string_view t, size_t e, std::string_view phrase, size_t* start) {
  if (phrase.size() > e) return false;
  size_t s = e - phrase.size();
  if (!WordAt(t, s, phrase)) return false;
  *start = s;
  return true;
}

void ApplyOp(char op, double x, Bound* b) {
  switch (op) {
    case '<': b->high = x; b->high_inc = false; break;
    case 'l': b->high = x; break;
    case '>': b->low = x; b->low_inc = false; break;
    case 'g': b->low = x; break;
    case '=': b->low = b->high = x; break;
  }
}

char OpOf(const Hedge& h) {
  switch (h.logic) {
    case HedgeLogic::kLt: return '<';
    case HedgeLogic::kLe: return 'l';
    case HedgeLogic::kGt: return '>';
    case HedgeLogic::kGe: return 'g';
    case HedgeLogic::kEq: return '=';
    default: return 0;
  }
}

std::string RangeText(const Bound& b) {
  std::string s = b.low ? (b.low_inc ? "[" : "(") : "(";
  if (b.low) s += FormatNumber(*b.low);
  s += ",";
  if (b.high) s += FormatNumber(*b.high);
  s += b.high ? (b.high_inc ? "]" : ")") : ")";
  return s;
}

void Ranges(std::string_view t, const std::vector<Numeral>& nums, std::vector<RecognizersResult>* out) {
  const HedgeTable& table = HedgeTable::Default();
  std::vector<Bound> bounds;
  std::vector<NumberRange> two = ParseRanges(t, nums);
  size_t ri = 0;
  for (size_t k = 0; k < nums.size(); ++k) {
    const Numeral& n = nums[k];
    if (ri < two.size() && two[ri].first == static_cast<int>(k)) {
      Bound b;
      b.low = two[ri].low;
      b.high = two[ri].high;
      b.high_inc = false;
      b.start = two[ri].start;
      b.end = two[ri].end;
      bounds.push_back(b);
      k = two[ri].second;
      ++ri;
      continue;
    }
    if (n.kind == NumeralKind::kOrdinal || n.glued_end) continue;
    Bound b;
    b.start = n.start;
    b.end = n.end;
    char op = 0;
    // Symbols.
    size_t p = n.start;
    while (p > 0 && t[p - 1] == ' ' && n.start - p < 2) --p;
    if (p > 0 && t[p - 1] == '=') {
      size_t q = p - 1;
      while (q > 0 && t[q - 1] == ' ' && p - 1 - q < 1) --q;
      if (q > 0 && (t[q - 1] == '<' || t[q - 1] == '>') && !(q > 1 && (t[q - 2] == '<' || t[q - 2] == '=' || t[q - 2] == '>'))) {
        op = t[q - 1] == '<' ? 'l' : 'g';
        b.start = static_cast<uint32_t>(q - 1);
      }
    } else if (p > 0 && (t[p - 1] == '<' || t[p - 1] == '>') &&
               !(p > 1 && (t[p - 2] == '<' || t[p - 2] == '>' || t[p - 2] == '='))) {
      op = t[p - 1] == '<' ? '<' : '>';
      b.start = static_cast<uint32_t>(p - 1);
    }
    if (!op) {
      size_t s = 0;
      if (n.start > 0 && t[n.start - 1] == ' ') {
        for (const Cmp& c : kExtraPre)
          if (MatchEndingAt(t, n.start - 1, c.phrase, &s)) { op = c.op; b.start = static_cast<uint32_t>(s); break; }
      }
      uint32_t hs = 0;
      if (const Hedge* h = table.MatchBefore(t, n.start, &hs)) {
        char hop = OpOf(*h);
        if (hop && hop != '=' && (!op || hs < b.start)) { op = hop; b.start = hs; }
      }
      // "no less than": the hedge table knows it; "not" forms too.
    }
    // Post phrases.
    uint32_t pe = 0;
    char post = 0;
    size_t q = n.end;
    for (std::string_view ph : {" or greater than", " or more than", " or less than"}) {
      if (t.substr(q, ph.size()) == ph && (q + ph.size() == t.size() || t[q + ph.size()] != ' ' ||
                                           !(q + ph.size() + 1 < t.size() && (std::isdigit(static_cast<unsigned char>(t[q + ph.size() + 1])))))) {
        bool followed = false;
        size_t r = q + ph.size();
        if (r + 1 < t.size() && t[r] == ' ') {
          for (const Numeral& m : nums) if (m.start == r + 1) followed = true;
        }
        if (!followed) { post = ph[4] == 'l' ? 'l' : 'g'; pe = static_cast<uint32_t>(r); }
        break;
      }
    }
    auto number_at = [&](size_t r) {
      if (r + 1 >= t.size() || t[r] != ' ') return false;
      for (const Numeral& m : nums)
        if (m.start == r + 1) return true;
      return false;
    };
    if (!post) {
      if (t.substr(q, 12) == " or equal to") { post = 'e'; pe = static_cast<uint32_t>(q + 12); }
      else if (t.substr(q, 9) == " or equal") { post = 'e'; pe = static_cast<uint32_t>(q + 9); }
      if (post && number_at(pe)) post = 0;
    }
    if (!post) {
      if (const Hedge* h = table.MatchAfter(t, n.end, &pe)) {
        char hop = OpOf(*h);
        if ((hop == 'g' || hop == 'l') && t.substr(pe, 5) != " than") post = hop;
      }
    }
    if (post == 'e') {
      if (op == '<') op = 'l';
      else if (op == '>') op = 'g';
      else post = 0;
      if (post) b.end = pe;
    } else if (post) {
      if (!op || op == '=') { op = post; b.end = pe; }
      else post = 0;
    }
    if (!op) continue;
    ApplyOp(op, n.value, &b);
    bounds.push_back(b);
  }
  // Merge a lower and an upper bound joined by "and", "but" or ",".
  for (size_t i = 0; i < bounds.size(); ++i) {
    Bound b = bounds[i];
    if (i + 1 < bounds.size()) {
      const Bound& c = bounds[i + 1];
      std::string_view gap = t.substr(b.end, c.start - b.end);
      bool joined = gap == " and " || gap == " but " || gap == ", ";
      bool one_sided = (b.low.has_value() != b.high.has_value()) && (c.low.has_value() != c.high.has_value());
      if (joined && one_sided && b.low.has_value() != c.low.has_value()) {
        Bound m;
        m.low = b.low ? b.low : c.low;
        m.low_inc = b.low ? b.low_inc : c.low_inc;
        m.high = b.high ? b.high : c.high;
        m.high_inc = b.high ? b.high_inc : c.high_inc;
        if (*m.low < *m.high) {
          m.start = b.start;
          m.end = c.end;
          b = m;
          ++i;
        }
      }
    }
    RecognizersResult r;
    r.start = b.start;
    r.end = b.end;
    r.type = "numberrange";
    r.value = RangeText(b);
    out->push_back(r);
  }
}

}  // namespace

std::vector<RecognizersResult> RecognizersView(std::string_view text, RecognizersModel model) {
  std::vector<RecognizersResult> out;
  NumeralOptions opt;
  if (model == RecognizersModel::kOrdinal) opt.article_fractions = false;
  std::vector<Numeral> nums = ParseNumerals(text, opt);
  switch (model) {
    case RecognizersModel::kNumber:
      for (const Numeral& n : nums) {
        if (n.kind == NumeralKind::kOrdinal || n.glued_end) continue;
        out.push_back({n.start, n.end, "number", FormatNumber(n.value), ""});
      }
      return out;
    case RecognizersModel::kOrdinal: {
      for (const Numeral& n : nums)
        if (n.kind == NumeralKind::kOrdinal) out.push_back({n.start, n.end, "ordinal", FormatNumber(n.value), ""});
      RelativeOrdinals(text, &out);
      std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
      return out;
    }
    case RecognizersModel::kNumberRange:
      Ranges(text, nums, &out);
      return out;
    default:
      break;
  }
  MeasureOptions mo;
  mo.bare_units = true;
  mo.database_units = false;
  std::vector<Measure> ms = ParseMeasures(text, nums, mo);
  for (const Measure& m : ms) {
    RecognizersResult r;
    r.start = m.start;
    r.end = m.end;
    r.unit = std::string(m.unit.name);
    r.value = m.has_value ? FormatNumber(m.value) : "";
    switch (model) {
      case RecognizersModel::kPercent:
        if (m.unit.kind != MeasureKind::kPercent || !m.has_value) continue;
        r.type = "percentage";
        r.value += "%";
        r.unit.clear();
        break;
      case RecognizersModel::kCurrency:
        if (m.unit.kind != MeasureKind::kCurrency) continue;
        r.type = "currency";
        break;
      case RecognizersModel::kDimension:
        if (m.unit.kind != MeasureKind::kDimension) continue;
        r.type = "dimension";
        break;
      case RecognizersModel::kTemperature:
        if (m.unit.kind != MeasureKind::kTemperature) continue;
        r.type = "temperature";
        break;
      case RecognizersModel::kAge:
        if (m.unit.kind != MeasureKind::kAge) continue;
        r.type = "age";
        break;
      default:
        continue;
    }
    out.push_back(r);
  }
  return out;
}

}  // namespace crosscheck
