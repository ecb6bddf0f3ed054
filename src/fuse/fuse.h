// Fusion across documents: exact and near copies, stories, the per-story
// ledger of aligned figures, and the timeline. (Owned by the fusion work:
// see docs/LEDGER.md and docs/STORIES.md.)
//
// Fuse() reads the analyses and returns indexes into them; it never edits a
// document's layers. Deterministic: the same analyses in the same order give
// the same result.
#ifndef CROSSCHECK_FUSE_FUSE_H_
#define CROSSCHECK_FUSE_FUSE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claims/analysis.h"
#include "core/json_util.h"

namespace crosscheck {

struct ClaimRef {
  int doc = -1;    // index into the analyses
  int claim = -1;  // index into that document's claims
};

struct LedgerEntry {
  std::string measure;
  std::vector<ClaimRef> claims;           // in as_of order
  std::vector<ClaimRef> restatements;     // repeats listed, not judged (same document, copies,
                                          // another currency), by document and position
  // The unit low, high, consensus, conservative and why are written in: the
  // symbol most of the entry's figures use ("mi", "yr", "USD"), "" for
  // counts. Figures in another unit of the same dimension are converted to
  // it (140 miles and 225 km are judged in miles when miles are the more
  // frequent); a sum in another currency is a restatement, not judged.
  std::string unit;
  std::optional<double> low, high;        // span of the claims' logical bounds
  std::optional<std::pair<double, double>> consensus;  // intersection of the bands
  std::optional<double> conservative;
  std::string agreement = "single";       // "agree" | "disagree" | "single"
  bool evolving = false;
  std::string why;
};

struct TimelineItem {
  std::string date;  // TIMEX3 date value
  int doc = -1;
  Span span;         // the sentence
  int time = -1;     // index into that document's times
};

struct Story {
  std::string id;
  std::string title;
  std::vector<int> docs;  // indexes into the analyses, copies included
  std::vector<LedgerEntry> ledger;
  std::vector<TimelineItem> timeline;
};

struct FuseResult {
  // copy_of[i]: index of the document that analyses[i] copies (exact or
  // near), or -1. Always an earlier index.
  std::vector<int> copy_of;
  std::vector<Story> stories;
};

FuseResult Fuse(const std::vector<DocAnalysis>& analyses);

// The `stories` record of docs/OUTPUT.md.
Json StoryToJson(const std::vector<DocAnalysis>& analyses, const Story& story);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_FUSE_H_
