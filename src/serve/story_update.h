// StoryFuser: the cross-document stage of a store that grows one document
// at a time, giving the same stories and ledger as a batch run
// (Pipeline::FuseAll) over the stored documents in their order.
//
// A document is stored with its fusion input (store.h: sketch, story
// features, own date) and is "pending" until a round takes it. A round:
//  1. brings its in-memory mirror of the fused documents up to date (a full
//     reload when another process committed a round since this one last
//     did: the store's fusion epoch says so);
//  2. takes the pending documents and groups every document, in order
//     (GroupDocuments: copies, then stories). When the pending documents
//     all come after the fused ones in order, and the copy index's line
//     counter would be sized alike (GroupingBuilder::CounterColumnsFor),
//     the grouping kept from the last round takes only them: the copy
//     index and the story clusterer are sequential, each document's verdict
//     reads only the documents before it, so this is the same grouping at
//     O(new documents) instead of O(store). Otherwise (a document stored
//     out of order, the counter resized, a reload) everything is regrouped;
//  3. dates each undated document of a story holding dated ones from their
//     years, as FuseAll does (such a document keeps its story: no second
//     grouping): its own analysis with the new date and its times and
//     claims redone (Pipeline::RedateDocument), not a second analysis;
//  4. rebuilds only the stories whose fingerprint (members, their copy_of
//     and date) changed (BuildStory: ledger, timeline, title), from the
//     members' analyses: from an in-memory cache, else analysed again from
//     the stored text (the pipeline is deterministic);
//  5. commits all of it in one transaction if the epoch has not moved
//     (Store::CommitFuse); otherwise nothing is written and the next round
//     starts from a full reload.
// Because every round recomputes the grouping from the inputs of all
// documents in order, the result after the last document equals the batch
// result whatever order the documents arrived in, and whichever process ran
// the rounds (docs/SCALE.md gives the argument and the costs).
//
// Thread safety: RunRound/RunUntilIdle from one thread at a time; Offer
// from any thread.
#ifndef CROSSCHECK_SERVE_STORY_UPDATE_H_
#define CROSSCHECK_SERVE_STORY_UPDATE_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "pipeline/pipeline.h"
#include "store/store.h"

namespace crosscheck::serve {

struct FuserOptions {
  size_t cache_docs = 4000;   // analyses kept in memory
  int round_limit = 20000;    // pending documents taken per round
  int analysis_threads = 2;   // threads re-analysing cache misses
};

struct RoundStats {
  std::vector<std::string> fused;  // documents this round took
  size_t documents = 0;            // documents grouped
  size_t stories = 0;              // stories after the round
  size_t stories_written = 0, stories_removed = 0;
  std::vector<std::string> written;  // ids of the stories written
  size_t redated = 0;              // documents whose stored analysis changed date
  size_t analysed = 0;             // analyses computed (cache misses)
  size_t redone = 0;               // of them, re-dated from an own analysis (times, claims)
  bool regrouped = false;          // every document grouped again (not only the new ones)
  bool resynced = false;           // the mirror was reloaded
  bool conflict = false;           // another round committed first; nothing written
  double seconds = 0;
};

class StoryFuser {
 public:
  // `store` and `pipeline` must outlive the fuser.
  StoryFuser(Store* store, const Pipeline* pipeline, FuserOptions options = {});
  StoryFuser(const StoryFuser&) = delete;  // holds the mirror and a cache
  StoryFuser& operator=(const StoryFuser&) = delete;

  // One round (see above). With nothing pending it writes nothing and
  // returns empty stats.
  Result<RoundStats> RunRound();
  // Rounds until nothing is pending; conflicts are retried.
  Status RunUntilIdle();
  // An analysis made in this process (by the ingest that stored it), so a
  // round need not redo it. Its date fields say which state it is.
  void Offer(std::shared_ptr<const DocAnalysis> a);

 private:
  struct DateState {
    std::optional<std::string> date, origin, basis;
    std::string Key() const;
    bool operator==(const DateState& o) const {
      return date == o.date && origin == o.origin && basis == o.basis;
    }
  };
  using AnalysisPtr = std::shared_ptr<const DocAnalysis>;

  Status Resync();
  static DateState OwnState(const FuseDoc& d);
  static DateState StoryState(const std::string& date);
  // Analyses of (id, state) pairs: cached, else loaded and analysed (in
  // parallel). Counts misses in `analysed`.
  Result<std::vector<AnalysisPtr>> Analyses(const std::vector<std::pair<std::string, DateState>>& want,
                                            size_t* analysed);
  AnalysisPtr Cached(const std::string& key);
  void Remember(const std::string& key, AnalysisPtr a);
  // The analysis of `d` dated `story` (StoryState): its own analysis with
  // the date set and RedateDocument, as Pipeline::FuseAll dates it.
  Result<AnalysisPtr> Redated(const FuseDoc& d, const DateState& story, size_t* analysed, size_t* redone);
  // Groups `all` (docs_ followed by `fresh` of them, all in order) with
  // the kept builder when it covers docs_ alike, else from scratch.
  Grouping Group(const std::vector<FuseDoc>& all, size_t fresh, bool appended, bool* regrouped);

  Store* store_;
  const Pipeline* pipeline_;
  FuserOptions options_;

  int64_t epoch_ = -1;          // epoch the mirror matches; -1 = reload
  std::vector<FuseDoc> docs_;   // fused documents, by order key then id
  // The grouping of docs_ (every document added in order), kept between
  // rounds; null after a reload or a failed round.
  std::unique_ptr<GroupingBuilder> builder_;
  size_t builder_lines_ = 0;    // sketch lines of the documents in builder_
  FuseState state_;             // derived state as stored
  std::map<std::string, std::optional<std::string>> story_date_memo_;  // id|years -> date

  std::mutex cache_mu_;
  std::unordered_map<std::string, std::pair<AnalysisPtr, std::list<std::string>::iterator>> cache_;
  std::list<std::string> lru_;  // most recent first
};

// FusionLoop: runs a StoryFuser's rounds on a thread of its own, for a
// process that stores documents (the server, a worker). A round runs when
// Wake() is called (a document was just stored here) or every `poll_ms`
// (documents stored by other processes), and only while this process holds
// the store's fusion lease. Callers may wait for given documents to be
// fused. Thread-safe.
//
// Batches (`batch_ms` > 0): a round regroups every document and rebuilds
// each story that changed, so its cost grows with the store, not with the
// documents it takes; one round per document is the costly way to fuse a
// stream. With a batch window the loop, once woken, waits until `batch_ms`
// have passed since the first Wake() not yet served (or `batch_docs`
// documents were announced, or Flush()), then runs one round over all of
// them: a stored document waits at most batch_ms plus the round in progress
// before a round takes it, and rounds run at most about 1000 / batch_ms
// times a second whatever the arrival rate. The account after the last
// round is the same (each round regroups all documents in order).
class FusionLoop {
 public:
  // `store` and `fuser` must outlive the loop.
  // `nice`: added to the loop thread's CPU niceness (Linux: per thread), so
  // that on a busy machine requests run before rounds, and rounds, taking
  // longer, take larger batches.
  FusionLoop(Store* store, StoryFuser* fuser, int poll_ms, int batch_ms = 0, size_t batch_docs = 20000, int nice = 0);
  ~FusionLoop();  // stops the thread (a round in progress finishes first)
  FusionLoop(const FusionLoop&) = delete;
  FusionLoop& operator=(const FusionLoop&) = delete;

  // `docs` documents were stored here and wait for a round.
  void Wake(size_t docs = 1);
  // Called on the loop's thread after each round that fused something,
  // before waiters are woken for the next one (the server builds the
  // pages of the stories the round wrote, so no reader waits for one).
  void OnRound(std::function<void(const RoundStats&)> f);
  // Ends the batch window now: the next round starts without waiting (a
  // caller about to wait for its documents, a test).
  void Flush();
  // Registers `ids` to wait for; call before Wake() so no round is missed.
  void Expect(const std::vector<std::string>& ids);
  // Waits until every id given to Expect() earlier is fused by a round of
  // this loop, or `timeout_ms` passes; forgets them either way. True when
  // all were fused.
  bool WaitFor(const std::vector<std::string>& ids, int timeout_ms);

  struct Stats {
    int64_t rounds = 0, errors = 0, conflicts = 0;
    int64_t documents_fused = 0;
    int64_t largest_round = 0;  // documents the largest round took
    double last_round_s = 0;
    double round_s = 0;         // wall time in rounds that fused something
    std::string last_error;
    bool leader = false;
  };
  Stats GetStats();

 private:
  void Run();

  Store* store_;
  StoryFuser* fuser_;
  int poll_ms_;
  int batch_ms_;
  size_t batch_docs_;
  int nice_;
  std::mutex mu_;
  std::condition_variable wake_cv_, fused_cv_;
  bool stop_ = false, wake_ = false, flush_ = false;
  size_t woken_docs_ = 0;  // announced by Wake() since the last round began
  std::chrono::steady_clock::time_point first_wake_;  // of the batch being gathered
  Stats stats_;
  std::function<void(const RoundStats&)> on_round_;
  std::set<std::string> expected_, fused_;
  std::thread thread_;
};

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_STORY_UPDATE_H_
