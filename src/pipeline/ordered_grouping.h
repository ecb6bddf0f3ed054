// OrderedGrouping: the grouping step of the cross-document stage (copies,
// then stories: GroupingBuilder, fuse/fuse.h) run while the documents are
// still being analysed, so that with `--jobs N` its one-thread work overlaps
// the analysis of later documents instead of following all of it.
//
// Grouping is sequential by nature (each document is a copy of, or joins a
// story of, the documents before it), so it takes documents strictly in
// input order, each once its analysis has ended: the result is
// GroupDocuments over MakeGroupingInput of each document (what
// Pipeline::FuseAll groups), whatever the thread count and whatever order
// the analyses end in.
//
// Use: construct it once the reading is done (the texts are final; it
// sketches them for the copy index at once, on its thread, while the model
// loads or the first documents are analysed); call Ready(i) once per
// document as its analysis ends (after any ReleaseOutputLayers: from then
// on, until Finish returns, nothing may write the document's text,
// content_hash, language, entities or date); then Finish().
//
// Memory: every document's copy sketch until the copy index has taken them
// all (as GroupDocuments holds them), then one document's story features at
// a time. Thread-safe: Ready from any thread; Finish from one.
#ifndef CROSSCHECK_PIPELINE_ORDERED_GROUPING_H_
#define CROSSCHECK_PIPELINE_ORDERED_GROUPING_H_

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "claims/analysis.h"
#include "fuse/fuse.h"

namespace crosscheck {

class OrderedGrouping {
 public:
  // `docs` must outlive this object and keep its size. `threaded`: group on a
  // thread of its own from now on; else all of it runs in Finish().
  OrderedGrouping(const std::vector<DocAnalysis>* docs, bool threaded);
  ~OrderedGrouping();  // abandons an unfinished grouping and joins its thread
  OrderedGrouping(const OrderedGrouping&) = delete;
  OrderedGrouping& operator=(const OrderedGrouping&) = delete;

  // Document i's analysis has ended (any thread, any order, once each).
  void Ready(size_t i);
  // REQUIRES: Ready(i) for every document. Waits for the grouping to end.
  Grouping Finish();
  // CPU seconds the grouping took (its thread's, or Finish's), valid after
  // Finish.
  double cpu_seconds() const { return cpu_seconds_; }

 private:
  void Run();
  // Blocks until document i is ready; false when abandoned.
  bool WaitFor(size_t i);

  const std::vector<DocAnalysis>* docs_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<char> ready_;
  bool abandoned_ = false;
  Grouping result_;
  double cpu_seconds_ = 0;
  std::thread thread_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_ORDERED_GROUPING_H_
