// Agreement of one ledger entry.
//
// Each figure has a likely band (the hedge table's: "an estimated 200" ≈
// [180, 220], "up to 1,000" ≈ [500, 1000]; a round figure with no hedge
// carries its rounding: "$3.6 billion" ≈ [3.55, 3.65) billion, see
// ledger.cc); logical bounds alone are too weak to compare on, since "up to
// 1,000" logically admits 200. A figure holds at its own time when its text
// gives one, else at its report's date ("ordered by report time"); a figure
// with neither holds at any time. When every dated figure of a moving count
// names one day (the event's: "the quake on Sunday killed 12"), each holds
// at its report's date instead, so a toll reported again later is an update.
//
// Rules, for figures from different voices:
//   - figures each given for a period of its own (longer than a day),
//     neither period inside the other ("in June" / "in July"), are amounts
//     of two periods: not compared; so are fixed attributes of two own days
//     (the magnitudes of Sunday's and Monday's quakes: two events);
//   - at the same time (intervals that overlap, or either floating): bands
//     that do not overlap conflict — unless the higher is given as a rise
//     ("rose to 41"), or meets a level another figure gives as a rise, and
//     the measure is no fixed attribute (one voice's figure below its own
//     rise is an update too), or the two are
//     hedges at one round anchor from either side ("nearly $100 billion",
//     "over a hundred billion");
//   - at different times, bands that do not overlap are an update (the
//     figure moved) — except for a static measure (a length, an age, a
//     sum), which does not move by itself, so the pair conflicts, unless
//     both are running totals ("has raised", "so far"), which grow like a
//     toll; and except for a cumulative toll (killed, injured) or running
//     total whose later band lies wholly below an earlier one: it cannot
//     fall, so that pair conflicts;
//   - at different times, a length of time (a duration) on the later report
//     may be longer by at most the days between the reports: the length of
//     something still running ("the almost two-month war", "more than two
//     months") grows with the report date, an update; shorter, or longer
//     by more than those days, is a conflict;
//   - at different times, a vague earlier figure ("dozens") followed by a
//     precise later one that lies inside its band ("41"), or a lower bound
//     ("at least 30") followed by a plain figure above it, is an update too:
//     the wide band must not absorb the increase.
// Figures of one voice never conflict, but a voice that gives different
// figures on different dates updates itself.
//
// Cost: figures are grouped by the interval they hold at; inside a group
// and between two groups only the extreme figures can decide a conflict or
// an update (the lowest high end against the highest low end, with a
// runner-up from another voice), so the entry is judged in O(n log n) plus
// a pass over pairs of distinct intervals, which are few (report days).
// Past kMaxGroupPairs intervals only each interval against its neighbours
// and the first and last are compared.
//
// agreement: "single" when one voice; else "disagree" when any pair
// conflicts, else "agree". evolving: any update. The why names the deciding
// pair: the conflict with the widest gap between bands, else the update
// spanning the most days, else the overlap. consensus: the intersection of
// the bands of the current figures (all of them, or when evolving those of
// the latest time plus the floating), when not empty. conservative: the
// smallest conservative value among the current figures. low/high: the
// span of the logical bounds of every figure, open (null) when any figure is
// open on that side.
#include "fuse/ledger_agreement.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "claims/time_value.h"
#include "fuse/lexicon.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxGroupPairs = 256;

std::string Num(double v) {
  char buf[64];
  if (std::floor(v) == v && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.6g", v);
  }
  return buf;
}

double Gap(const Figure& a, const Figure& b) { return std::max(a.band_low - b.band_high, b.band_low - a.band_high); }

std::string Says(const Figure& f) {
  return f.label + " says \xE2\x80\x9C" + f.text + "\xE2\x80\x9D " +
         FormatBand(f.band_low, f.band_high, f.low_open, f.high_open);
}

// The bands meet at one value only, which one of them excludes.
bool TouchOnlyAtOpenEnd(const Figure& a, const Figure& b) {
  return !Overlap(a, b) && (a.band_low == b.band_high || b.band_low == a.band_high);
}

enum class Rule { kConcurrent, kFell, kStatic, kShrank, kOutgrew };

struct Conflict {
  int a, b;
  Rule rule;
  double gap;
};

struct Update {
  int earlier, later;
  int days;
  bool sharpened;  // vague earlier, precise later inside its band
  bool said = false;  // at one time, but the higher figure is given as a rise ("rose to 41")
  bool elapsed = false;  // a length of time grown by no more than the days between the reports
};

// Extremes of a set of figures: the lowest high end and the highest low end,
// each with a runner-up from another voice.
struct Extremes {
  int min_high = -1, min_high2 = -1;
  int max_low = -1, max_low2 = -1;
  int vague = -1;    // the widest vague figure
  int precise = -1;  // the highest precise figure
  int bound = -1;    // the lowest lower bound ("at least 30", "more than 30")
  int point = -1;    // the highest plain point ("41")
  int risen = -1;    // the highest figure given as a rise ("the toll rose to 41")
  void Add(const std::vector<Figure>& f, int i) {
    auto push = [&](int& best, int& second, auto better) {
      if (best < 0 || better(i, best)) {
        if (best >= 0 && f[best].voice != f[i].voice) second = best;
        else if (best >= 0 && second >= 0 && f[second].voice == f[i].voice) second = -1;
        best = i;
      } else if (f[i].voice != f[best].voice && (second < 0 || better(i, second))) {
        second = i;
      }
    };
    push(min_high, min_high2, [&](int x, int y) { return f[x].band_high < f[y].band_high; });
    push(max_low, max_low2, [&](int x, int y) { return f[x].band_low > f[y].band_low; });
    if (f[i].vague) {
      if (vague < 0 || f[i].band_high - f[i].band_low > f[vague].band_high - f[vague].band_low) vague = i;
    } else if (precise < 0 || f[i].band_high > f[precise].band_high) {
      precise = i;
    }
    if (f[i].low && !f[i].high && !f[i].point && !f[i].vague && (bound < 0 || *f[i].low < *f[bound].low)) bound = i;
    if (f[i].point && !f[i].vague && (point < 0 || f[i].value > f[point].value)) point = i;
    if (f[i].risen && (risen < 0 || f[i].band_low > f[risen].band_low)) risen = i;
  }
};

struct Group {
  int first = 0, last = 0;  // days, inclusive
  bool floating = false;
  bool period = false;      // its figures' own time is a period of more than a day ("in June", "2007-2014")
  std::vector<int> members;
  Extremes ext;
};

bool Concurrent(const Group& a, const Group& b) {
  return a.floating || b.floating || (a.first <= b.last && b.first <= a.last);
}

// Two figures each given for a period of its own, neither period inside the
// other ("raised $45 million in June" / "$52 million in July", "31.55
// percent over 2007-2014" / "35.7 percent in 2014"): amounts of two periods,
// neither one figure disputed nor one figure moving. A period inside the
// other ("in 2004" / "in December 2004") may name one event at two grains,
// so those are still compared.
bool OtherPeriods(const Group& a, const Group& b) {
  if (!a.period || !b.period) return false;
  auto inside = [](const Group& x, const Group& y) { return y.first <= x.first && x.last <= y.last; };
  return !inside(a, b) && !inside(b, a);
}

// True when the entry is a moving count (a toll, not a static measure or a
// length of time) whose dated figures all name one single day, on or before
// the report of each that has one, and at least two of them (dated or not)
// come from reports of different days: the day is the event's, and the
// figures are ordered by report time.
bool OneEventDay(const std::vector<Figure>& f, const JudgeOptions& options) {
  if (options.static_measure || options.fixed || options.unit_days > 0) return false;
  std::optional<int> day;
  std::set<std::string> reports;
  for (const Figure& g : f) {
    if (!g.as_of.empty()) reports.insert(g.as_of);
    if (g.time.empty()) continue;
    auto iv = TimeInterval(g.time);
    if (!iv || iv->first != iv->second || (day && *day != iv->first)) return false;
    auto reported = TimeInterval(g.as_of);
    if (reported && reported->first < iv->first) return false;
    day = iv->first;
  }
  return day.has_value() && reports.size() > 1;
}

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

bool Truncates(const Figure& a, const Figure& b) {
  auto coarse_fine = [](const Figure& c, const Figure& x) {
    if (!c.point || !x.point || c.step <= 0 || !(x.step < c.step)) return false;
    // Rounded to c's precision, or truncated to it (a tenth of a step of
    // slack for floating point).
    const double eps = c.step * 1e-6;
    return x.value >= c.value - c.step / 2 - eps && x.value < c.value + c.step - eps;
  };
  return coarse_fine(a, b) || coarse_fine(b, a);
}

bool BoundHolds(const Figure& a, const Figure& b) {
  auto holds = [](const Figure& bound, const Figure& p) {
    if (!bound.low || bound.high || !p.point || p.vague) return false;
    return bound.low_inclusive ? p.value >= *bound.low : p.value > *bound.low;
  };
  return holds(a, b) || holds(b, a);
}

bool VagueHolds(const Figure& a, const Figure& b) {
  auto holds = [](const Figure& v, const Figure& x) {
    if (!v.vague || x.vague || v.band_low <= 0) return false;
    return x.band_low >= v.band_low && x.band_low < kVagueOrder * v.band_low;
  };
  return holds(a, b) || holds(b, a);
}

bool AnchorsMeet(const Figure& a, const Figure& b) {
  if (!a.round_anchor || !b.round_anchor) return false;
  const double eps = 1e-9 * std::max(std::fabs(a.value), 1.0);
  if (std::fabs(a.value - b.value) > eps) return false;
  auto below = [&](const Figure& g) { return g.high_open && std::fabs(g.band_high - g.value) <= eps; };
  auto above = [&](const Figure& g) { return g.low_open && std::fabs(g.band_low - g.value) <= eps; };
  return (below(a) && above(b)) || (above(a) && below(b));
}

bool ElapsedFits(const Figure& earlier, const Figure& later, double days, double unit_days) {
  if (unit_days <= 0 || days < 0) return false;
  // The earlier band grown by anything from nothing to the days between:
  // its top end then holds (a longer length is no excluded anchor).
  Figure grown = earlier;
  if (days > 0) {
    grown.band_high += days / unit_days;
    grown.high_open = false;
  }
  return Overlap(grown, later);
}

void JudgeEntry(std::vector<Figure> f, const std::string& state, LedgerEntry* e) {
  JudgeOptions o;
  o.cumulative = IsCumulativeState(state);
  JudgeEntry(std::move(f), o, e);
}

void JudgeEntry(std::vector<Figure> f, const JudgeOptions& options, LedgerEntry* e) {
  // as_of order, undated last; then when it holds, then story order.
  std::stable_sort(f.begin(), f.end(), [](const Figure& x, const Figure& y) {
    auto key = [](const Figure& g) {
      return std::make_tuple(g.as_of.empty(), g.as_of, g.time.empty(), g.time, g.order);
    };
    return key(x) < key(y);
  });
  e->claims.clear();
  for (const Figure& g : f) e->claims.push_back(g.ref);
  const int n = static_cast<int>(f.size());

  // A toll of one event day is ordered by report time: when every dated
  // figure of a moving count names one and the same day ("the quake on
  // Sunday killed 12"), that day is the event's, not the day the count held;
  // each report gives the level known when it was written. So "10 killed in
  // Sunday's quake" on Monday and "41 killed in Sunday's quake" on
  // Wednesday are an update, not a same-day dispute, and an undated "10
  // killed" on Monday is not placed after Wednesday's report of Sunday.
  // Figures naming two days or more keep their own days (counts per day).
  const bool by_report = OneEventDay(f, options);
  // Group by the interval each figure holds at.
  std::vector<Group> groups;
  {
    std::vector<std::tuple<bool, int, int, bool, int>> keyed;  // floating, first, last, period, index
    for (int i = 0; i < n; ++i) {
      auto iv = TimeInterval(f[i].time);
      if (by_report && iv && !f[i].as_of.empty()) iv.reset();
      const bool own = iv.has_value();
      if (!iv) iv = TimeInterval(f[i].as_of);
      // A moving count over a span that runs up to its report ("killed since
      // June", "this week") is the level reached on that day: it holds at
      // the span's end, so an earlier report's lower toll is an update, not
      // a same-time dispute.
      if (iv && iv->first != iv->second && !options.static_measure) {
        auto reported = TimeInterval(f[i].as_of);
        if (reported && reported->first == reported->second && reported->first == iv->second) iv->first = iv->second;
      }
      // A fixed attribute given for a day of its own (the magnitude of
      // "Sunday's quake", the length of "Monday's jump") belongs to the event
      // of that day: like an amount of a period, it is not compared with the
      // attribute of an event of another day (two quakes of one story).
      keyed.emplace_back(!iv, iv ? iv->first : 0, iv ? iv->second : 0,
                         own && iv && (iv->first != iv->second || options.fixed), i);
    }
    std::sort(keyed.begin(), keyed.end());
    for (const auto& [floating, first, last, period, i] : keyed) {
      if (groups.empty() || groups.back().floating != floating || groups.back().first != first ||
          groups.back().last != last || groups.back().period != period)
        groups.push_back(Group{first, last, floating, period, {}, {}});
      groups.back().members.push_back(i);
      groups.back().ext.Add(f, i);
    }
  }
  // A figure with neither a date nor a report date holds at any time. For a
  // moving measure it is placed at the latest time whose figures it is
  // consistent with ("41 killed" from an undated report beside "10 killed"
  // on the 1st and "41 killed" on the 5th holds on the 5th), so it does not
  // dispute the other days' levels; one consistent with no time stays
  // floating and is compared with every time.
  if (!options.static_measure && groups.size() > 1 && groups.back().floating) {
    Group floating = std::move(groups.back());
    groups.pop_back();
    auto consistent = [&](int x, int y) {
      return y < 0 || f[x].voice == f[y].voice || Overlap(f[x], f[y]) || Truncates(f[x], f[y]) ||
             BoundHolds(f[x], f[y]) || VagueHolds(f[x], f[y]) || AnchorsMeet(f[x], f[y]);
    };
    std::vector<size_t> latest_first(groups.size());
    for (size_t k = 0; k < groups.size(); ++k) latest_first[k] = k;
    std::stable_sort(latest_first.begin(), latest_first.end(),
                     [&](size_t x, size_t y) { return groups[x].last > groups[y].last; });
    if (latest_first.size() > kMaxGroupPairs) latest_first.resize(kMaxGroupPairs);
    Group rest{0, 0, true, false, {}, {}};
    for (int i : floating.members) {
      bool placed = false;
      for (size_t k : latest_first) {
        Group& g = groups[k];
        if (g.period) continue;
        if (consistent(i, g.ext.min_high) && consistent(i, g.ext.max_low) && consistent(i, g.ext.min_high2) &&
            consistent(i, g.ext.max_low2)) {
          g.members.push_back(i);
          g.ext.Add(f, i);
          placed = true;
          break;
        }
      }
      if (!placed) {
        rest.members.push_back(i);
        rest.ext.Add(f, i);
      }
    }
    if (!rest.members.empty()) groups.push_back(std::move(rest));
  }

  std::vector<Conflict> conflicts;
  std::vector<Update> updates;
  // Same-time conflicts between the extremes of two concurrent groups (or
  // inside one).
  auto concurrent = [&](const Group& g, const Group& h) {
    // A rise told by one voice ("30 were killed ... the toll rose to 41") is
    // an update of the entry though one voice gives both figures: the
    // group's lowest figure wholly below a level given as a rise.
    if (!options.fixed) {
      const int r = h.ext.risen, m = g.ext.min_high;
      if (r >= 0 && m >= 0 && m != r && f[m].band_high < f[r].band_low && !Truncates(f[m], f[r]))
        updates.push_back({m, r, 0, false, true});
    }
    for (int a : {g.ext.min_high, g.ext.min_high2})
      for (int b : {h.ext.max_low, h.ext.max_low2}) {
        if (a < 0 || b < 0 || a == b || f[a].voice == f[b].voice || Overlap(f[a], f[b]) ||
            Truncates(f[a], f[b]) || BoundHolds(f[a], f[b]) || VagueHolds(f[a], f[b]) || AnchorsMeet(f[a], f[b]))
          continue;
        // "The toll rose to 41" beside "30 killed": the text says the count
        // moved, so the higher figure is the later level, not a dispute (a
        // toll, a sum, a share: "the reward rose to $50,000"; a fixed
        // attribute such as a length does not rise). A figure that gives the
        // level another figure gives as a rise ("41 killed" beside "the toll
        // rose to 41") is that later level too.
        if (!options.fixed) {
          const int high = f[a].band_low > f[b].band_high ? a : f[b].band_low > f[a].band_high ? b : -1;
          const int low = high == a ? b : a;
          bool said = high >= 0 && f[high].risen;
          for (int r : {g.ext.risen, h.ext.risen})
            if (!said && high >= 0 && r >= 0 && r != low && Overlap(f[r], f[high]) &&
                f[r].band_low > f[low].band_high)
              said = true;
          if (said) {
            updates.push_back({low, high, 0, false, true});
            continue;
          }
        }
        conflicts.push_back({std::min(a, b), std::max(a, b), Rule::kConcurrent, Gap(f[a], f[b])});
      }
  };
  // Different times: g before h.
  auto apart = [&](const Group& g, const Group& h) {
    int days = h.first - g.last;
    auto judge = [&](int a, int b, bool fell) {  // a in g (earlier), b in h (later)
      if (a < 0 || b < 0 || Overlap(f[a], f[b]) || Truncates(f[a], f[b])) return;
      // A fixed figure told as "nearly" and "over" one round anchor on two
      // days is one figure; a moving one has crossed the anchor.
      if (options.static_measure && AnchorsMeet(f[a], f[b])) return;
      // The direction asked for: a rise ends above, a fall below.
      if (fell ? f[b].band_high > f[a].band_low : f[b].band_low < f[a].band_high) return;
      bool other_voice = f[a].voice != f[b].voice;
      // Two running totals ("has raised $45 million", then "$52 million"
      // on a later day) grow like a toll: a rise is an update, a fall a
      // conflict.
      const bool running = !options.fixed && f[a].running && f[b].running;
      // A length of time: it may have grown by the days between the
      // reports (the war went on), never more, and never shrunk.
      if (options.unit_days > 0 && other_voice) {
        if (!fell && ElapsedFits(f[a], f[b], h.last - g.first, options.unit_days)) {
          updates.push_back({a, b, days, false, false, true});
        } else {
          conflicts.push_back({a, b, fell ? Rule::kShrank : Rule::kOutgrew, Gap(f[a], f[b])});
        }
        return;
      }
      if (options.static_measure && !running) {
        if (other_voice) conflicts.push_back({a, b, Rule::kStatic, Gap(f[a], f[b])});
      } else if (fell && (options.cumulative || running) && other_voice) {
        conflicts.push_back({a, b, Rule::kFell, Gap(f[a], f[b])});
      } else {
        updates.push_back({a, b, days, false});
      }
    };
    // Rise: an earlier low high end below a later high low end.
    judge(g.ext.min_high, h.ext.max_low, false);
    if (g.ext.min_high2 >= 0) judge(g.ext.min_high2, h.ext.max_low, false);
    if (h.ext.max_low2 >= 0) judge(g.ext.min_high, h.ext.max_low2, false);
    // Fall.
    judge(g.ext.max_low, h.ext.min_high, true);
    if (g.ext.max_low2 >= 0) judge(g.ext.max_low2, h.ext.min_high, true);
    if (h.ext.min_high2 >= 0) judge(g.ext.max_low, h.ext.min_high2, true);
    // A vague earlier figure made precise.
    if (!options.static_measure && g.ext.vague >= 0 && h.ext.precise >= 0) {
      const Figure& v = f[g.ext.vague];
      const Figure& p = f[h.ext.precise];
      bool inside = Overlap(v, p) && p.band_high <= v.band_high && p.band_low >= v.band_low;
      bool narrower = (p.band_high - p.band_low) * 2 < (v.band_high - v.band_low);
      if (inside && narrower) updates.push_back({g.ext.vague, h.ext.precise, days, true});
    }
    // A lower bound made exact above it: "at least 30 killed" on Monday,
    // "41 killed" on Wednesday. The bound's likely band may hold 41, but the
    // later report gives a figure past what the earlier one knew: an update,
    // not one figure told twice. An exact figure at the bound ("at least
    // 30", then "30") is the same figure.
    if (!options.static_measure && g.ext.bound >= 0 && h.ext.point >= 0) {
      const Figure& b = f[g.ext.bound];
      const Figure& p = f[h.ext.point];
      if (Overlap(b, p) && p.value > *b.low) updates.push_back({g.ext.bound, h.ext.point, days, true});
    }
  };
  const size_t gn = groups.size();
  std::pair<int, int> periods{-1, -1};  // two figures of other periods, not compared
  auto pair = [&](size_t i, size_t j) {
    const Group& g = groups[i];
    const Group& h = groups[j];
    if (OtherPeriods(g, h)) {
      if (periods.first < 0) periods = {g.members.front(), h.members.front()};
      return;
    }
    if (Concurrent(g, h)) {
      concurrent(g, h);
      if (i != j) concurrent(h, g);
    } else if (g.last < h.first) {
      apart(g, h);
    } else {
      apart(h, g);
    }
  };
  if (gn * gn <= kMaxGroupPairs * kMaxGroupPairs) {
    for (size_t i = 0; i < gn; ++i)
      for (size_t j = i; j < gn; ++j) pair(i, j);
  } else {
    for (size_t i = 0; i < gn; ++i) {
      pair(i, i);
      if (i + 1 < gn) pair(i, i + 1);
      if (i > 0) pair(0, i);
      if (i + 1 < gn) pair(i, gn - 1);
    }
  }

  std::set<int> voices;
  for (const Figure& g : f) voices.insert(g.voice);
  e->evolving = !updates.empty();
  e->agreement = voices.size() < 2 ? "single" : !conflicts.empty() ? "disagree" : "agree";

  // Current figures: the latest time's plus the floating when evolving or
  // when the figures cover other periods.
  std::vector<const Figure*> current;
  if (e->evolving || periods.first >= 0) {
    const Group* latest = nullptr;
    for (const Group& g : groups)
      if (!g.floating && (!latest || g.last > latest->last)) latest = &g;
    for (const Group& g : groups)
      if (g.floating || &g == latest)
        for (int i : g.members) current.push_back(&f[i]);
  }
  if (current.empty())
    for (const Figure& g : f) current.push_back(&g);
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
  auto when = [](const Figure& g) { return !g.time.empty() ? g.time : !g.as_of.empty() ? g.as_of : std::string(); };
  std::string why;
  if (!conflicts.empty()) {
    const Conflict& c = *std::max_element(conflicts.begin(), conflicts.end(), [](const Conflict& x, const Conflict& y) {
      return std::tie(x.gap, y.a, y.b) < std::tie(y.gap, x.a, x.b);
    });
    const Figure& a = f[c.a];
    const Figure& b = f[c.b];
    why = Says(a) + "; " + Says(b) + ": ";
    if (c.rule == Rule::kFell) {
      why += "a cumulative count cannot fall between " + when(a) + " and " + when(b);
    } else if (c.rule == Rule::kShrank) {
      why += "a length of time that has run cannot shorten between " + when(a) + " and " + when(b);
    } else if (c.rule == Rule::kOutgrew) {
      why += "the length grew by more than the time between " + when(a) + " and " + when(b);
    } else if (c.rule == Rule::kStatic) {
      why += "the bands do not overlap, and a fixed attribute does not change between " + when(a) + " and " +
             when(b);
    } else if (TouchOnlyAtOpenEnd(a, b)) {
      const double at = a.band_low == b.band_high ? a.band_low : b.band_low;
      why += "the bands meet only at " + Num(at) + ", which \xE2\x80\x9C" +
             ((a.band_low == at && a.low_open) || (a.band_high == at && a.high_open) ? a.text : b.text) +
             "\xE2\x80\x9D excludes";
    } else if (!when(a).empty() && !when(b).empty()) {
      why += "the bands do not overlap and both hold on " + (when(a).size() >= when(b).size() ? when(a) : when(b));
    } else if (when(a).empty() && when(b).empty()) {
      why += "the bands do not overlap and neither is dated, so both are taken to hold at the same time";
    } else {
      why += "the bands do not overlap and " + std::string(when(a).empty() ? "the first" : "the second") +
             " is undated, so both are taken to hold on " + (when(a).empty() ? when(b) : when(a));
    }
  }
  if (!updates.empty()) {
    const Update& u = *std::max_element(updates.begin(), updates.end(), [](const Update& x, const Update& y) {
      return std::tie(x.days, y.earlier, y.later) < std::tie(y.days, x.earlier, x.later);
    });
    const Figure& a = f[u.earlier];
    const Figure& b = f[u.later];
    std::string text =
        u.said ? "update, not a dispute: " + Says(b) + " gives the figure as a rise from " + Says(a)
               : "update, not a dispute: " + Says(a) + " for " + when(a) + "; " + Says(b) + " for " + when(b) +
                     (u.sharpened ? ": the later report gives the figure the earlier one only bounded"
                      : u.elapsed ? ": the length of something still running grows with the report date"
                                  : ": the figure moved between the two dates");
    why += why.empty() ? std::string(1, static_cast<char>(std::toupper(text[0]))) + text.substr(1) : "; " + text;
  }
  if (why.empty() && periods.first >= 0) {
    const Figure& a = f[periods.first];
    const Figure& b = f[periods.second];
    why = options.fixed
              ? "Figures of events of other days, not compared: " + Says(a) + " for " + a.time + "; " + Says(b) +
                    " for " + b.time + ": a fixed attribute of events of two days belongs to two events"
              : "Figures of other periods, not compared: " + Says(a) + " for " + a.time + "; " + Says(b) + " for " +
                    b.time + ": amounts of two periods are neither one figure disputed nor one figure moving";
  }
  if (why.empty()) {
    if (voices.size() < 2) {
      why = "Only one source: " + Says(f.front());
    } else {
      why = std::to_string(voices.size()) + " sources agree: their likely bands " +
            (e->consensus ? "overlap on " + FormatBand(e->consensus->first, e->consensus->second)
                          : std::string("overlap pairwise, or one figure is another rounded or truncated, or a "
                                        "point lies within another's lower bound, or two hedges approach one round "
                                        "value from either side"));
    }
  }
  e->why = why;
}

}  // namespace crosscheck
