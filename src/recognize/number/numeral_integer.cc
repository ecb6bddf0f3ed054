// The integer accumulator and the fraction helpers of the numeral grammar
// (see the essay at the top of numeral.cc).
#include <cmath>
#include <string>

#include "recognize/number/numeral_items.h"

namespace crosscheck::number {

bool ParseItemsInteger(const std::vector<Item>& items, size_t from, size_t to, double* value, size_t* used) {
  double total = 0, group = 0, small = 0;
  double max_scale = 0, last_scale = 0;
  WordKind last = WordKind::kNone;  // kNone = nothing yet
  bool any = false;
  // Checkpoint before the latest "and".
  struct State { double total, group, small, max_scale, last_scale; WordKind last; size_t idx; };
  State cp{};
  bool have_cp = false;
  size_t i = from;
  bool is_digits_last = false;
  for (; i < to; ++i) {
    const Item& it = items[i];
    if (it.and_before && i > from) {
      if (!any || !(last == WordKind::kHundred || last == WordKind::kScale || last == WordKind::kTens)) break;
      cp = State{total, group, small, max_scale, last_scale, last, i};
      have_cp = true;
    }
    if (it.hyphen_before && !(last == WordKind::kTens && it.kind == WordKind::kUnit) &&
        !(it.kind == WordKind::kHundred && last != WordKind::kNone) &&
        !(it.kind == WordKind::kScale && is_digits_last && i == from + 1) &&  // "$2-million", "130-thousand"
        !(it.kind == WordKind::kScale && !it.plural && !is_digits_last &&     // "two-million-euro"
          (last == WordKind::kUnit || last == WordKind::kTeen || last == WordKind::kTens ||
           last == WordKind::kHundred)))
      break;
    bool ok = true;
    switch (it.kind) {
      case WordKind::kArticle:
        ok = !any && i + 1 < to &&
             (items[i + 1].kind == WordKind::kHundred || items[i + 1].kind == WordKind::kScale ||
              items[i + 1].kind == WordKind::kDozen);
        if (ok) { group = 1; small = 1; last = WordKind::kUnit; }
        break;
      case kNum:
        if (!any) {
          group = it.value; small = it.value; last = WordKind::kUnit; is_digits_last = true;
        } else {
          double limit = last == WordKind::kHundred ? 100 : (last == WordKind::kScale ? last_scale : 0);
          ok = (last == WordKind::kHundred || last == WordKind::kScale) && it.value > 0 &&
               it.value < limit && std::floor(it.value) == it.value;
          if (ok) { group += it.value; small = it.value; last = WordKind::kUnit; }
        }
        break;
      case WordKind::kUnit:
        ok = (last == WordKind::kNone || last == WordKind::kTens || last == WordKind::kHundred ||
              last == WordKind::kScale) && !(it.value == 0 && any);
        if (ok) { group += it.value; small = (last == WordKind::kTens ? small : 0) + it.value; last = WordKind::kUnit; }
        break;
      case WordKind::kTeen:
      case WordKind::kTens:
        ok = last == WordKind::kNone || last == WordKind::kHundred || last == WordKind::kScale;
        if (ok) { group += it.value; small = it.value; last = it.kind; }
        break;
      case WordKind::kHundred:
        ok = (last == WordKind::kUnit || last == WordKind::kTeen || last == WordKind::kTens) && group > 0 &&
             group < 100 && (!it.plural || true);
        if (ok) { group *= 100; small = 0; last = WordKind::kHundred; }
        break;
      case WordKind::kScale:
        if (group == 0) {
          ok = last == WordKind::kScale && it.value > max_scale;
          if (ok) { total *= it.value; max_scale = last_scale = it.value; }
        } else {
          ok = last != WordKind::kNone && (last_scale == 0 || it.value < last_scale || it.value > max_scale);
          if (ok) {
            if (it.value > max_scale) { total = (total + group) * it.value; max_scale = it.value; }
            else total += group * it.value;
            last_scale = it.value;
            group = 0; small = 0;
          }
        }
        if (ok) last = WordKind::kScale;
        break;
      case WordKind::kDozen:
        ok = last == WordKind::kUnit || last == WordKind::kTeen || last == WordKind::kTens;
        if (ok) { group = group - small + small * 12; small = 0; last = WordKind::kHundred; }
        break;
      case WordKind::kPoint: {
        ok = any && it.kind == WordKind::kPoint;
        if (!ok) break;
        std::string digits;
        size_t j = i + 1;
        for (; j < to; ++j) {
          const Item& d = items[j];
          if (d.kind == WordKind::kUnit && d.hyphen_before && !digits.empty()) {
            digits.back() = static_cast<char>('0' + static_cast<int>(d.value));
          } else if (d.kind == WordKind::kUnit || d.kind == WordKind::kTeen || d.kind == WordKind::kTens) {
            digits += std::to_string(static_cast<int>(d.value));
          } else {
            break;
          }
        }
        if (digits.empty()) { ok = false; break; }
        double frac = std::stod("0." + digits);
        *value = total + group + frac;
        *used = j;
        return true;
      }
      default:
        ok = false;
    }
    if (!ok) {
      // Give back an "and" whose continuation failed.
      if (have_cp && (it.and_before || it.kind == WordKind::kHundred || it.kind == WordKind::kScale) &&
          cp.idx <= i && (it.and_before || last != WordKind::kScale)) {
        total = cp.total; group = cp.group; i = cp.idx;
      }
      break;
    }
    if (it.kind != kNum) is_digits_last = false;
    any = true;
    if (it.kind != WordKind::kDozen) (void)0;
  }
  (void)is_digits_last;
  if (!any || i == from) return false;
  *value = total + group;
  *used = i;
  return true;
}

// Number of trailing items of [from, to) that join a unit-ordinal
// denominator, and the value they add.
size_t AbsorbIntoDenominator(const std::vector<Item>& items, size_t from, size_t to, double* add) {
  size_t n = to - from;
  // Tens: "... thirty fifths".
  if (n >= 2 && items[to - 1].kind == WordKind::kTens && !items[to - 1].and_before) {
    *add = items[to - 1].value;
    return 1;
  }
  // "one hundred" / "one thousand": "one one hundred fifth".
  if (n >= 3 && (items[to - 1].kind == WordKind::kHundred || items[to - 1].kind == WordKind::kScale) &&
      ((items[to - 2].kind == WordKind::kUnit && items[to - 2].value == 1) || items[to - 2].kind == WordKind::kArticle)) {
    *add = items[to - 1].kind == WordKind::kHundred ? 100 : items[to - 1].value;
    return 2;
  }
  return 0;
}

bool IsOne(const std::vector<Item>& items, size_t from, size_t to) {
  return to == from + 1 && (items[from].kind == WordKind::kArticle ||
                            (items[from].kind == WordKind::kUnit && items[from].value == 1));
}

}  // namespace crosscheck::number
