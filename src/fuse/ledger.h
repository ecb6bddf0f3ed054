// Ledger: per story, the claims of its documents about the same measure
// ("civilians sheltering in Azovstal") aligned into one entry, with every
// source's figure, the consensus of their likely bands, the full span, a
// conservative value and whether the sources agree, disagree, or are the
// only one; figures that move between dates are an update (evolving), not a
// dispute. Alignment and agreement rules: docs/LEDGER.md.
//
// Pure functions of their inputs, deterministic (same analyses in the same
// order give the same entries): thread-safe. Entries and their claims refer
// to the analyses by index and stay valid as long as the analyses do.
#ifndef CROSSCHECK_FUSE_LEDGER_H_
#define CROSSCHECK_FUSE_LEDGER_H_

#include <vector>

#include "claims/analysis.h"
#include "claims/lexicon.h"
#include "claims/places.h"
#include "fuse/fuse.h"

namespace crosscheck {

struct PairModel;   // fuse/ledger_pair_model.h
struct PairSample;

struct LedgerOptions {
  // Claims whose times lie further apart never align (different events).
  int max_days_apart = 31;
  // Word classes; nullptr = Lexicon::Default().
  const Lexicon* lexicon = nullptr;
  // Place containment; nullptr = PlaceHierarchy::Default().
  const PlaceHierarchy* places = nullptr;
  // The learned pair model (fuse/ledger_pair_model.h, docs/LEDGER.md
  // "Session 28"); nullptr = the hand rules alone.
  const PairModel* pair_model = nullptr;
  // Training only (tools/ledger): when set, every pair of candidates of one
  // kind from two reports (copies count as their original) is appended with
  // its features. Quadratic in a story's candidates.
  std::vector<PairSample>* pair_samples = nullptr;
};

// Aligns the claims of the story's documents into ledger entries. copy_of[i]
// is the index of the document analyses[i] copies or -1: a copy counts as
// the same source as its original (one voice, not two), and a copy's figure
// that repeats its original's is listed in `restatements`, not judged again.
// Claims without a measure and parts of a composed figure are not entries
// of their own; a restatement within a document is listed in the entry of
// the claim it restates. Entries come in order of their first claim; each
// entry's claims in as_of order (undated last). Time near-linear in the
// story's claims (docs/LEDGER.md, "Cost").
std::vector<LedgerEntry> BuildLedger(const std::vector<DocAnalysis>& analyses,
                                     const std::vector<int>& story_docs, const std::vector<int>& copy_of);
std::vector<LedgerEntry> BuildLedger(const std::vector<DocAnalysis>& analyses,
                                     const std::vector<int>& story_docs, const std::vector<int>& copy_of,
                                     const LedgerOptions& options);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEDGER_H_
