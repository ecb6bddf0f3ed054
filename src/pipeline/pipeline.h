// Pipeline: runs the per-document stages (segment -> recognize -> claims) on
// documents and the cross-document stage (fuse) on the set.
//
// A Pipeline is built once (it loads the entity model), then const and
// thread-safe: AnalyzeDocument may run on many threads at once. Analyze()
// runs documents on `jobs` threads and returns them in input order, so output
// is identical for any number of jobs.
#ifndef CROSSCHECK_PIPELINE_PIPELINE_H_
#define CROSSCHECK_PIPELINE_PIPELINE_H_

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "claims/analysis.h"
#include "core/status.h"
#include "fuse/fuse.h"

namespace crosscheck {

struct PipelineOptions {
  std::string model_dir;  // entity model folder; "" = EntityRecognizer::DefaultModelDir()
  bool profile = false;   // account CPU time per stage (StageProfile)
};

// CPU seconds spent in each per-document stage, summed over threads
// (thread CPU clocks), when PipelineOptions::profile is set.
struct StageProfile {
  static constexpr int kStages = 8;
  static constexpr const char* kNames[kStages] = {"segment", "date", "numbers", "times",
                                                  "entities", "quotes", "claims", "fuse"};
  double seconds[kStages] = {};
  // Of "fuse": the calling thread's CPU in FuseAll outside its parallel
  // loops (set-up, long reports re-dated one at a time, copy_of), when
  // jobs > 1 the part no other thread shares.
  double fuse_serial = 0;
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options = {});

  // Segments and recognizes one document in place (fills every layer of
  // `a` from a.doc; infers the date when the metadata has none). Documents
  // not in English are segmented only (analysed = false).
  void AnalyzeDocument(DocAnalysis* a) const;

  // Analyses every document on `jobs` threads (0 = hardware concurrency).
  // `progress` (may be empty) is called from the calling thread as
  // documents finish, with the count done and the bytes done. `analysed`
  // (may be empty) is called once per document index right after its
  // analysis, on the thread that analysed it, one call at a time (never two
  // at once), in completion order; it may write the document's layers out
  // and release them (ReleaseOutputLayers), so memory does not hold every
  // document's every layer until the end. `prepare` (may be empty) is
  // called before `analysed` for the same index, on the same thread, but
  // concurrently with other documents' calls (each reads and writes only
  // its own document): the per-document part of the output work (building
  // a document's records) runs there, on the `jobs` threads, and only
  // what must be ordered (appending to one file) under `analysed`'s lock.
  // `before` (may be empty) is called likewise, on the analysing thread
  // right before the analysis of the same index (`analyze` finishes
  // reading there: ReadOptions::identify_later).
  void AnalyzeAll(std::vector<DocAnalysis>* docs, int jobs,
                  const std::function<void(size_t, size_t)>& progress = {},
                  const std::function<void(size_t)>& analysed = {},
                  const std::function<void(size_t)>& prepare = {},
                  const std::function<void(size_t)>& before = {}) const;

  // Drops the layers that no later stage but the output reads: tokens,
  // paragraphs, quote regions, quotes and the input bytes (doc.bytes()
  // keeps their count), and cuts the rest to what FuseAll and StoryToJson
  // read: sentences, quantities, claims and the text whole; the named
  // entities without title and role; the times that can stand on the
  // timeline (OnTimeline). Call it
  // only after every output that needs them (the JSON layers, the HTML
  // report, the store) has them. FuseAll analyses a document without tokens
  // again from its text if it re-dates it.
  static void ReleaseOutputLayers(DocAnalysis* a);

  // Cross-document stage; also writes copy_of into each document. An
  // undated document whose story holds dated ones may get its date from
  // their years (date_origin "inferred", date_basis "story";
  // InferDocumentDate's weekday rule), after which its times and claims are
  // redone (RedateDocument; a released document is analysed again in
  // full, which gives the same layers). It keeps the story it was dated from: copies
  // and stories are grouped once (FuseResult::stats.groupings == 1), and
  // each story's ledger and timeline are built once, after re-dating.
  // The per-document fusion inputs, the re-dating (each report depends only
  // on its story's own dated reports) and the per-story ledgers run on
  // `jobs` threads (0 = hardware concurrency); the result does not depend
  // on it.
  FuseResult FuseAll(std::vector<DocAnalysis>* docs, int jobs = 1) const;
  // The same after the grouping (copies and stories) was made elsewhere:
  // `grouping` is GroupDocuments over MakeGroupingInput of each document
  // as its analysis left it (OrderedGrouping, which `analyze` runs while
  // the documents are analysed). FuseAll(docs, jobs) is this over its own
  // grouping.
  FuseResult FuseAll(std::vector<DocAnalysis>* docs, int jobs, Grouping grouping) const;

  // The layers of an analysed document that depend on doc.date (times,
  // claims), redone after the date changed: what FuseAll does to a report
  // it dates from its story, so a store that dates one later (the server's
  // fusion rounds) gets the batch's layers without analysing it again. A
  // document without tokens (ReleaseOutputLayers) is analysed again whole.
  void RedateDocument(DocAnalysis* a) const;

  // The stage times so far (all zero unless options.profile).
  StageProfile Profile() const;

 private:
  Pipeline(std::shared_ptr<const EntityRecognizer> ner, bool profile);
  void AddTime(int stage, double seconds) const;
  std::shared_ptr<const EntityRecognizer> ner_;
  bool profile_ = false;
  mutable std::mutex profile_mu_;
  mutable StageProfile profile_times_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_PIPELINE_H_
