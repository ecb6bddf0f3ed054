// Agreement rules of one ledger entry: given its figures (one per claim,
// with the voice that states it, when it holds and its likely band), decide
// agreement, evolving, consensus, span, conservative value and the why.
// Split from ledger.cc so the rules can be table-tested on bare figures.
// Pure functions: thread-safe.
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
  std::string time;           // when it holds (YYYY-MM-DD / YYYY-MM), "" = undated
  std::string as_of;          // when it was stated, "" = unknown
  double band_low = 0, band_high = 0;       // likely band
  std::optional<double> low, high;          // logical bounds (nullopt = open)
  double conservative = 0;
  int order = 0;              // position in story order (tie-breaker)
};

// Fills agreement, evolving, consensus, low, high, conservative, why and
// claims (in as_of order, undated last) of `entry` from `figures`.
// `state` is the entry's state class (cumulative states may not fall).
// REQUIRES: !figures.empty().
void JudgeEntry(std::vector<Figure> figures, const std::string& state, LedgerEntry* entry);

// "[180–220]"; whole numbers print without a fraction.
std::string FormatBand(double low, double high);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEDGER_AGREEMENT_H_
