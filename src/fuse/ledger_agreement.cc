// Agreement of one ledger entry.
//
// Each figure has a likely band (the hedge table's: "an estimated 200" ≈
// [180, 220], "up to 1,000" ≈ [500, 1000]); logical bounds alone are too weak
// to compare on, since "up to 1,000" logically admits 200. Every pair of
// figures from different voices is judged:
//   - both dated, on different dates: bands that overlap are stable; bands
//     that do not are an update (the figure moved), except for a cumulative
//     state (killed, injured) whose later band lies wholly below the
//     earlier one: a toll cannot fall, so that pair conflicts;
//   - same date (or one the month of the other's day), or either undated
//     (an undated figure cannot be ordered, so it is taken to hold at the
//     same time): bands that do not overlap conflict.
// Figures of one voice are never in conflict with each other, but a voice
// that gives different figures on different dates updates itself.
// agreement: "single" when one voice; else "disagree" when any pair
// conflicts, else "agree". evolving: any update. The why names the deciding
// pair: the conflict with the widest gap between bands, else the update
// spanning the most days, else the overlap.
// consensus: the intersection of the bands of the current figures (all of
// them, or when evolving those of the latest date plus the undated), when
// not empty. conservative: the smallest conservative value among the
// current figures. low/high: the span of the logical bounds of every figure,
// open (null) when any figure is open on that side.
#include "fuse/ledger_agreement.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "fuse/lexicon.h"

namespace crosscheck {
namespace {

std::string Num(double v) {
  char buf[64];
  if (std::floor(v) == v && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}


double Gap(const Figure& a, const Figure& b) {
  return std::max(a.band_low - b.band_high, b.band_low - a.band_high);
}

std::string Says(const Figure& f) {
  return f.label + " says \xE2\x80\x9C" + f.text + "\xE2\x80\x9D " +
         FormatBand(f.band_low, f.band_high, f.low_open, f.high_open);
}

// The bands meet at one value only, which one of them excludes.
bool TouchOnlyAtOpenEnd(const Figure& a, const Figure& b) {
  return !Overlap(a, b) && (a.band_low == b.band_high || b.band_low == a.band_high);
}

enum class Rule { kConcurrent, kFell };

struct Conflict {
  int a, b;
  Rule rule;
  double gap;
};

struct Update {
  int earlier, later;
  int days;
};

}  // namespace

std::string FormatBand(double low, double high, bool low_open, bool high_open) {
  std::string out = low_open ? "(" : "[";
  out += Num(low);
  out += "\xE2\x80\x93";
  out += Num(high);
  out += high_open ? ")" : "]";
  return out;
}

bool Overlap(const Figure& a, const Figure& b) {
  const double lo = std::max(a.band_low, b.band_low), hi = std::min(a.band_high, b.band_high);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // One shared value: it must lie inside both bands.
  auto holds = [lo](const Figure& g) {
    return (g.band_low < lo || !g.low_open) && (g.band_high > lo || !g.high_open);
  };
  return holds(a) && holds(b);
}

void JudgeEntry(std::vector<Figure> f, const std::string& state, LedgerEntry* e) {
  // as_of order, undated last; then when it holds, then story order.
  std::stable_sort(f.begin(), f.end(), [](const Figure& x, const Figure& y) {
    auto key = [](const Figure& g) {
      return std::make_tuple(g.as_of.empty(), g.as_of, g.time.empty(), g.time, g.order);
    };
    return key(x) < key(y);
  });
  e->claims.clear();
  for (const Figure& g : f) e->claims.push_back(g.ref);

  std::vector<Conflict> conflicts;
  std::vector<Update> updates;
  bool cumulative = IsCumulativeState(state);
  for (size_t i = 0; i < f.size(); ++i) {
    for (size_t j = i + 1; j < f.size(); ++j) {
      const Figure& a = f[i];
      const Figure& b = f[j];
      std::optional<int> da = DayNumber(a.time), db = DayNumber(b.time);
      bool dated_apart = da && db && !SameTime(a.time, b.time);
      if (dated_apart) {
        if (Overlap(a, b)) continue;
        int earlier = *da < *db ? static_cast<int>(i) : static_cast<int>(j);
        int later = earlier == static_cast<int>(i) ? static_cast<int>(j) : static_cast<int>(i);
        if (cumulative && a.voice != b.voice && f[later].band_high < f[earlier].band_low) {
          conflicts.push_back({earlier, later, Rule::kFell, Gap(a, b)});
        } else {
          updates.push_back({earlier, later, std::abs(*da - *db)});
        }
        continue;
      }
      if (a.voice == b.voice || Overlap(a, b)) continue;
      conflicts.push_back({static_cast<int>(i), static_cast<int>(j), Rule::kConcurrent, Gap(a, b)});
    }
  }

  std::set<int> voices;
  for (const Figure& g : f) voices.insert(g.voice);
  e->evolving = !updates.empty();
  e->agreement = voices.size() < 2 ? "single" : !conflicts.empty() ? "disagree" : "agree";

  // Current figures: the latest date's plus the undated when evolving.
  std::vector<const Figure*> current;
  if (e->evolving) {
    std::optional<int> latest;
    for (const Figure& g : f)
      if (auto d = DayNumber(g.time); d && (!latest || *d > *latest)) latest = d;
    for (const Figure& g : f) {
      auto d = DayNumber(g.time);
      if (!d || *d == *latest) current.push_back(&g);
    }
  } else {
    for (const Figure& g : f) current.push_back(&g);
  }
  double lo = current.front()->band_low, hi = current.front()->band_high;
  double conservative = current.front()->conservative;
  bool lo_open = false, hi_open = false;
  for (const Figure* g : current) {
    if (g->band_low > lo) lo_open = false;
    if (g->band_high < hi) hi_open = false;
    lo = std::max(lo, g->band_low);
    hi = std::min(hi, g->band_high);
    if (g->band_low == lo) lo_open = lo_open || g->low_open;
    if (g->band_high == hi) hi_open = hi_open || g->high_open;
    conservative = std::min(conservative, g->conservative);
  }
  e->consensus.reset();
  if (lo < hi || (lo == hi && !lo_open && !hi_open)) e->consensus = std::make_pair(lo, hi);
  e->conservative = conservative;
  e->low.reset();
  e->high.reset();
  bool open_low = false, open_high = false;
  for (const Figure& g : f) {
    if (!g.low) open_low = true;
    else e->low = e->low ? std::min(*e->low, *g.low) : *g.low;
    if (!g.high) open_high = true;
    else e->high = e->high ? std::max(*e->high, *g.high) : *g.high;
  }
  if (open_low) e->low.reset();
  if (open_high) e->high.reset();

  // Why.
  std::string why;
  if (!conflicts.empty()) {
    const Conflict& c = *std::max_element(conflicts.begin(), conflicts.end(),
                                          [](const Conflict& x, const Conflict& y) { return x.gap < y.gap; });
    const Figure& a = f[c.a];
    const Figure& b = f[c.b];
    why = Says(a) + "; " + Says(b) + ": ";
    if (c.rule == Rule::kFell) {
      why += "a cumulative count cannot fall between " + a.time + " and " + b.time;
    } else if (TouchOnlyAtOpenEnd(a, b)) {
      const double at = a.band_low == b.band_high ? a.band_low : b.band_low;
      why += "the bands meet only at " + Num(at) + ", which \xE2\x80\x9C" +
             ((a.band_low == at && a.low_open) || (a.band_high == at && a.high_open) ? a.text : b.text) +
             "\xE2\x80\x9D excludes";
    } else if (!a.time.empty() && !b.time.empty()) {
      why += "the bands do not overlap and both hold on " + (a.time.size() >= b.time.size() ? a.time : b.time);
    } else if (a.time.empty() && b.time.empty()) {
      why += "the bands do not overlap and neither is dated, so both are taken to hold at the same time";
    } else {
      why += "the bands do not overlap and " + std::string(a.time.empty() ? "the first" : "the second") +
             " is undated, so both are taken to hold on " + (a.time.empty() ? b.time : a.time);
    }
  }
  if (!updates.empty()) {
    const Update& u = *std::max_element(updates.begin(), updates.end(),
                                        [](const Update& x, const Update& y) { return x.days < y.days; });
    const Figure& a = f[u.earlier];
    const Figure& b = f[u.later];
    std::string text = "update, not a dispute: " + Says(a) + " for " + a.time + "; " + Says(b) + " for " +
                       b.time + ": the figure moved between the two dates";
    why += why.empty() ? std::string(1, static_cast<char>(std::toupper(text[0]))) + text.substr(1) : "; " + text;
  }
  if (why.empty()) {
    if (voices.size() < 2) {
      why = "Only one source: " + Says(f.front());
    } else {
      why = std::to_string(voices.size()) + " sources agree: their likely bands " +
            (e->consensus ? "overlap on " + FormatBand(e->consensus->first, e->consensus->second)
                          : std::string("overlap pairwise"));
    }
  }
  e->why = why;
}

}  // namespace crosscheck
