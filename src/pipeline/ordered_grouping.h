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
// What can run per document does not wait for the one grouping thread
// (2026-12-07, jobs23): the copy sketches are made on `sketch_threads`
// threads at the start, and Prepare(i), called on the thread that analysed
// document i, makes its story features there, so the grouping thread only
// indexes, looks up copies and clusters (its serial chain was a sixth of a
// run's CPU, a fifth of it these per-document parts). The features are the
// same wherever they are made (MakeStoryFeatures reads the text, the date
// and the named entities' names, none of which ReleaseOutputLayers
// changes), so the grouping is too.
//
// Memory: every document's copy sketch until the copy index has taken them
// all (as GroupDocuments holds them); story features made ahead for at most
// kPrepareAhead documents past the one the grouping waits for (beyond that
// window Prepare makes nothing and the grouping thread makes them itself,
// so the queue is bounded and nothing ever waits on it). Thread-safe: Ready
// and Prepare from any thread (each index once); Finish from one.
#ifndef CROSSCHECK_PIPELINE_ORDERED_GROUPING_H_
#define CROSSCHECK_PIPELINE_ORDERED_GROUPING_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "claims/analysis.h"
#include "fuse/fuse.h"

namespace crosscheck {

class OrderedGrouping {
 public:
  // Story features made ahead of the grouping thread, at most this many
  // documents past the one it waits for.
  static constexpr size_t kPrepareAhead = 1024;

  // `docs` must outlive this object and keep its size. `threaded`: group on a
  // thread of its own from now on, its copy sketches made on
  // `sketch_threads` threads (itself among them); else all of it runs in
  // Finish(), on the calling thread, and Prepare does nothing.
  OrderedGrouping(const std::vector<DocAnalysis>* docs, bool threaded, int sketch_threads = 1);
  ~OrderedGrouping();  // abandons an unfinished grouping and joins its thread
  OrderedGrouping(const OrderedGrouping&) = delete;
  OrderedGrouping& operator=(const OrderedGrouping&) = delete;

  // Optional, before Ready(i), on the thread that analysed document i (any
  // thread, concurrently for different documents): makes its story
  // features there when threaded and within the window. Its layers must be
  // final already (as for Ready); it may run before or after
  // ReleaseOutputLayers.
  void Prepare(size_t i);
  // Document i's analysis has ended (any thread, any order, once each).
  void Ready(size_t i);
  // REQUIRES: Ready(i) for every document. Waits for the grouping to end.
  Grouping Finish();
  // CPU seconds the grouping took, valid after Finish: every thread's
  // (grouping thread or Finish, sketch helpers, Prepare), and the grouping
  // thread's own (the serial chain; in Finish when not threaded).
  double cpu_seconds() const { return chain_seconds_ + static_cast<double>(helper_ns_.load()) * 1e-9; }
  double chain_seconds() const { return chain_seconds_; }

 private:
  void Run();
  std::vector<ShingleSketch> Sketches();
  // Blocks until document i is ready; false when abandoned.
  bool WaitFor(size_t i);

  const std::vector<DocAnalysis>* docs_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<char> ready_;
  bool abandoned_ = false;
  Grouping result_;
  const bool threaded_;
  const int sketch_threads_;
  // Features made by Prepare: slot i written by Prepare(i) before Ready(i),
  // read and freed by the grouping thread after WaitFor(i).
  std::vector<std::unique_ptr<StoryFeatures>> features_;
  std::atomic<size_t> waiting_for_{0};  // the document the grouping waits for
  std::atomic<int64_t> helper_ns_{0};    // CPU of sketch helpers and Prepare
  double chain_seconds_ = 0;
  std::thread thread_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_ORDERED_GROUPING_H_
