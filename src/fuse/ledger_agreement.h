// Agreement rules of one ledger entry: given its figures (one per claim,
// with the voice that states it, when it holds, when it was reported and
// its likely band), decide agreement, evolving, consensus, span,
// conservative value and the why. Split from ledger.cc so the rules can be
// table-tested on bare figures. Time O(n log n) in the entry's figures (no
// pass over all pairs). Pure functions: thread-safe.
#ifndef CROSSCHECK_FUSE_LEDGER_AGREEMENT_H_
#define CROSSCHECK_FUSE_LEDGER_AGREEMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "fuse/fuse.h"

namespace crosscheck {

struct Figure {
  ClaimRef ref;
  int voice = 0;              // same voice = same original report and speaker
  std::string label;          // "report AP (Ukraine, 2022-05-06)"
  std::string text;           // the figure as written ("an estimated 200 civilians")
  std::string time;           // when it holds (claim time: "2014", "2014-05-03", …), "" = undated
  std::string as_of;          // when it was reported, "" = unknown
  double band_low = 0, band_high = 0;       // likely band, in the entry's common unit
  bool low_open = false, high_open = false; // that end of the band is excluded ("more than 30": (30, 45])
  std::optional<double> low, high;          // logical bounds (nullopt = open)
  double conservative = 0;
  bool vague = false;         // a word figure with a wide band ("dozens", "hundreds of")
  double value = 0;           // the figure as written, in the entry's common unit
  double step = 0;            // the precision it is written at ("$43 million": 1e6); 0 = hedged or words
  bool point = false;         // no hedge and no band of its own: "120", "$43,885,310", "1,000"
  bool low_inclusive = true;  // "at least 50" (true) or "more than 50" (false), when `low` is set
  bool risen = false;         // the text gives it as a new level: "rose to 41", "climbed to 249"
  bool running = false;       // written as a total reached by its report: "has raised $45 million", "so far"
  bool round_anchor = false;  // a hedge excluding a round anchor: "nearly $100 billion", "over 1,000"
  int order = 0;              // position in story order (tie-breaker)
};

struct JudgeOptions {
  // Cumulative counts (death and injury tolls) cannot fall: a later band
  // wholly below an earlier one from another voice is a conflict.
  bool cumulative = false;
  // Static measures (anything but a count in a state or a duration: a sum,
  // a share, a count of things, a length) do not move by themselves: figures
  // that differ on different days conflict — unless both are written as
  // running totals ("has raised $45 million", "… so far"), which grow like
  // a toll and cannot fall, or the text gives the higher as a rise ("the
  // reward rose to $50,000").
  bool static_measure = false;
  // Fixed attributes (a length, a weight, an age, a magnitude) never move,
  // whatever the text says: no rise and no running total excuses a
  // difference.
  bool fixed = false;
  // A length of time (claim kind "duration"): its unit in days ("mo":
  // 30.44), 0 for any other measure. The length of something that may still
  // be running ("the almost two-month war", "more than two months") grows
  // with the report date: on a later report it may be longer by at most the
  // days between the two reports (an update: "the war is now 10 weeks
  // old"), never shorter, and not longer by more than those days (both
  // conflicts). A finished length (a sentence, a shutdown that ended) told
  // two ways is judged the same way: it cannot outgrow the days between
  // reports either.
  double unit_days = 0;
};

// Fills agreement, evolving, consensus, low, high, conservative, why and
// claims (in as_of order, undated last) of `entry` from `figures`.
// REQUIRES: !figures.empty().
void JudgeEntry(std::vector<Figure> figures, const JudgeOptions& options, LedgerEntry* entry);
// As above with the options of a state class: cumulative for "killed" and
// "injured", never static (tests and callers with bare figures).
void JudgeEntry(std::vector<Figure> figures, const std::string& state, LedgerEntry* entry);

// "[180–220]"; whole numbers print without a fraction; an open end prints
// with a parenthesis ("(30–45]").
std::string FormatBand(double low, double high, bool low_open = false, bool high_open = false);

// True when the two figures' likely bands share a value: bands that only
// touch at an end one of them excludes ("30" and "more than 30") do not.
bool Overlap(const Figure& a, const Figure& b);

// One figure is the other rounded or truncated to the precision it is
// written at: "$43 million" and "$43,885,310" (truncated), "3.4 million"
// and "3,412,000" (rounded). Both must be plain written figures (no hedge)
// and the coarser one's precision strictly coarser than the finer one's.
bool Truncates(const Figure& a, const Figure& b);

// A lower bound beside a point is consistent when the point lies within the
// bound: "more than 100" and "120" or "200" agree, "at least 50" and "40"
// do not, "more than 30" and "30" do not. Upper bounds ("up to 1,000") keep
// their likely band: a ceiling is usually a loose estimate's top, and "up
// to 1,000" against "200" is a dispute in practice.
bool BoundHolds(const Figure& a, const Figure& b);

// A vague word figure ("thousands", "hundreds of people") names an order of
// magnitude, not a range that ends at its band's top: at one time it is
// consistent with a figure that starts within its band's low end and ten
// times it ("thousands" and "over 14,000" agree; "dozens" and "249" do not).
// At different times the bands still decide, so a rise past the vague band
// remains an update.
constexpr double kVagueOrder = 10;
bool VagueHolds(const Figure& a, const Figure& b);

// Two hedges that approach one round anchor from either side ("nearly $100
// billion" and "over a hundred billion dollars", "nearly 1,000" and "more
// than 1,000") both say "about the anchor": each writer rounded one total
// from the side they had, so they are consistent though their bands meet
// only at the anchor both exclude. Only between two such hedges: "nearly
// $80 million" against a plain "$82 million" says the total is under 80 and
// stays a dispute, and an exact anchor ("more than 30", "30") keeps its open
// end.
bool AnchorsMeet(const Figure& a, const Figure& b);

// The later figure `later` of a length of time fits the earlier one
// `earlier` reported `days` days before it (units of `unit_days` days):
// its band meets the earlier band grown by anything from nothing to those
// days ("almost two months" on May 4, "more than two months" on May 6: the
// war went on). A shorter later length, or one grown by more than the days
// between the reports, does not fit.
bool ElapsedFits(const Figure& earlier, const Figure& later, double days, double unit_days);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEDGER_AGREEMENT_H_
