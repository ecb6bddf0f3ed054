// Fusion across documents: exact and near copies, stories, the per-story
// ledger of aligned figures, and the timeline. (Owned by the fusion work:
// see docs/LEDGER.md and docs/STORIES.md.)
//
// Fuse() reads the analyses and returns indexes into them; it never edits a
// document's layers. Deterministic: the same analyses in the same order give
// the same result.
#ifndef CROSSCHECK_FUSE_FUSE_H_
#define CROSSCHECK_FUSE_FUSE_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "claims/analysis.h"
#include "core/json_util.h"
#include "fuse/copies.h"
#include "fuse/minhash.h"
#include "fuse/stories.h"

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
  // How the result was reached (not part of the output): grouping passes
  // (copies + story clustering) run, reports re-dated from their story, and
  // stories holding such a report. Pipeline::FuseAll groups exactly once.
  struct Stats {
    int groupings = 0;
    int redated = 0;
    int stories_redated = 0;
  } stats;
};

FuseResult Fuse(const std::vector<DocAnalysis>& analyses);

// Fuse() in two halves, so that a store can regroup many documents without
// holding their analyses (src/serve/story_update.h): grouping (steps 1 and 2)
// needs only a small summary per document; building a story (steps 3 and 4)
// needs the analyses of its members. Fuse(analyses) is exactly
// GroupDocuments over MakeGroupingInput of each analysis, then BuildStory
// per group.

// What grouping needs of one document.
struct GroupingInput {
  std::string content_hash;
  bool analysed = false;
  ShingleSketch sketch;     // Sketch() of the text after body_start
  StoryFeatures features;   // ExtractStoryFeatures(same text, entity names, date)
};
// `with_features` false: content hash, analysed and sketch only (features
// empty), for the GroupDocuments below that makes features on demand.
GroupingInput MakeGroupingInput(const DocAnalysis& a, bool with_features = true);
// The copy index's sketch of a document: Sketch() of its text after
// body_start with CopyOptions' shingle and sketch size (GroupingInput::sketch).
// Reads only doc.text and doc.body_start.
ShingleSketch CopySketch(const Document& doc);
// The `features` MakeGroupingInput gives an analysed document; `counted`:
// in the counted form (StoryFeatures::entity_counts), which clusters alike.
StoryFeatures MakeStoryFeatures(const DocAnalysis& a, bool counted = false);

struct Grouping {
  std::vector<int> copy_of;              // as FuseResult::copy_of
  std::vector<std::vector<int>> stories;  // member indexes, ascending; story order as Fuse()
  size_t copy_index_bytes = 0;           // memory the copy index held (not part of the output)
};
// Steps 1 and 2 over documents in input order. Deterministic.
Grouping GroupDocuments(const std::vector<const GroupingInput*>& docs);

// The same grouping with the story features made on demand, so that no
// caller holds every document's features at once (they are most of what
// grouping a large batch holds): docs[i]->features is not read; instead
// `features(batch)` returns the features of the documents `batch` names
// (ascending indexes, the originals that step 2 clusters, at most
// `batch_size` of them), in that order, valid until the next call.
using StoryFeatureBatch = std::function<std::vector<const StoryFeatures*>(const std::vector<int>& batch)>;
Grouping GroupDocuments(const std::vector<const GroupingInput*>& docs, const StoryFeatureBatch& features,
                        size_t batch_size);

// GroupDocuments taken apart, so that a caller can group documents as they
// come, in input order, while later ones are still being analysed
// (pipeline/ordered_grouping.h); both forms run this code, so they give the
// same Grouping. For documents 0, 1, 2, ... in order:
//   AddSketch(sketch)          every document, before its Copy (step 1, the
//                              near-copy index; reads only the text);
//   Copy(content_hash, analysed)  every document, in order (step 1, exact
//                              copies; returns copy_of);
//   Cluster(features)          each document Copy said NeedsFeatures() of,
//                              in the same order (step 2; any time after
//                              its Copy);
// then Finish(). `lines` is the sum of line_hashes.size() over every
// document's sketch, known before the first AddSketch (the copy index's
// line counter is sized by it, which decides borderline copies).
class GroupingBuilder {
 public:
  explicit GroupingBuilder(size_t lines);
  void AddSketch(ShingleSketch sketch);
  int Copy(std::string_view content_hash, bool analysed);
  // Whether the document of the last Copy is an analysed original, whose
  // features step 2 clusters.
  bool NeedsFeatures() const { return needs_features_; }
  void Cluster(const StoryFeatures& features);
  // REQUIRES: Copy for as many documents as AddSketch, and Cluster for each
  // that needed it.
  Grouping Finish();
  // Finish() without ending the builder: the grouping of the documents so
  // far, after which more may be added (a store that groups a growing
  // collection, serve/story_update.h). Equal to GroupDocuments over those
  // documents when the builder's line counter has the columns that call
  // would size (CounterColumnsFor of their lines); O(documents).
  // REQUIRES: as Finish().
  Grouping Snapshot() const;
  // Documents given to Copy so far.
  size_t size() const { return copy_of_.size(); }
  // The line counter's columns: those of a builder made for `lines` lines
  // (GroupDocuments over documents of `lines` lines in all makes one so).
  size_t counter_columns() const { return index_.counter_columns(); }
  static size_t CounterColumnsFor(size_t lines);

 private:
  NearDuplicateIndex index_;
  size_t copy_index_bytes_ = 0;
  std::vector<int> copy_of_;
  std::vector<char> analysed_;
  std::unordered_map<std::string, int> first_;  // content hash -> first document
  std::vector<int> originals_;                  // analysed originals, in order
  StoryClusterer clusterer_;
  bool needs_features_ = false;
};

// Steps 3 and 4 for one group: id, title, ledger, timeline. `docs` index
// `analyses` (ascending); `copy_of` is indexed like `analyses` (a copy's
// original must be in `analyses`).
Story BuildStory(const std::vector<DocAnalysis>& analyses, const std::vector<int>& docs,
                 const std::vector<int>& copy_of);

// The `stories` record of docs/OUTPUT.md. `with_claim_ids` false: each
// ledger entry's "claims" and "restatements" are empty arrays, in their
// places, for a writer that streams the ids itself (a long report's story
// holds millions of them).
Json StoryToJson(const std::vector<DocAnalysis>& analyses, const Story& story, bool with_claim_ids = true);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_FUSE_H_
