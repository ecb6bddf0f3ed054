// Inbox: the durable work queue of `crosscheck serve --ingest async`, a
// SQLite file beside the store (`STORE.inbox`). A POSTed body is one entry;
// Add returns once the entry is committed with synchronous=FULL, so an
// acknowledged body survives kill -9 and power loss. Concurrent Adds share
// one commit (group commit: whoever finds no commit running commits every
// entry waiting, the others wait for it), so the acknowledgements per second
// are not bounded by one fsync each.
//
// The server's own worker threads (RunWorker, worker.h) Take entries,
// analyse and store their documents, and Ack them after the store's commit.
// Take and Ack commit with synchronous=NORMAL (durable across a process
// crash, which is what their effect needs: the delivery count that sets a
// body that kills the server aside, and a deletion that, if lost, only
// makes a worker store the same documents again, which the store ignores).
// One process uses an inbox: at Open every entry handed out before is free
// again.
//
// Each entry keeps the ids, content hashes and outlets of the documents the
// reader found in it, so the API can say where a document is (Find):
// queued, or done (then the store has it under its id, or as a duplicate of
// the same text and outlet). Rows of done entries are dropped at Open.
//
// Thread-safe: one object serves every thread.
#ifndef CROSSCHECK_SERVE_INBOX_H_
#define CROSSCHECK_SERVE_INBOX_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "queue/queue.h"
#include "store/sqlite_db.h"

namespace crosscheck::serve {

struct InboxDoc {
  std::string id, content_hash, source;
};

class Inbox : public WorkQueue {
 public:
  static Result<std::unique_ptr<Inbox>> Open(const std::string& path);
  ~Inbox() override;

  // Appends `entry` with the documents read from it; returns its id
  // ("<ms>-<seq>": an order key for EntryOrderKey) after the commit.
  Result<std::string> AddWithDocs(const QueueEntry& entry, const std::vector<InboxDoc>& docs);
  Result<std::string> Add(const QueueEntry& entry) override { return AddWithDocs(entry, {}); }
  Result<std::vector<std::string>> AddBatch(const std::vector<QueueEntry>& entries) override;
  // The oldest entries that are free or already handed to `consumer`.
  Result<std::vector<QueueEntry>> Take(const std::string& consumer, int count, int block_ms) override;
  Status Ack(const std::string& id) override;
  Result<QueueStats> Stats() override;
  // Entries not yet acknowledged (kept in memory: no query).
  int64_t Length() const { return length_.load(); }

  struct DocState {
    bool known = false;   // given to AddWithDocs (since the last Open)
    bool queued = false;  // its entry is not acknowledged yet
    std::string content_hash, source;
  };
  Result<DocState> Find(const std::string& doc_id);

  // Commits so far and entries they held (group commit at work). For tests
  // and metrics.
  int64_t commits() const { return commits_.load(); }
  int64_t added() const { return added_.load(); }

  // Test hook: runs in the committing thread before each group commit.
  void SetBeforeCommitForTest(std::function<void()> f) { before_commit_ = std::move(f); }

 private:
  explicit Inbox(sqlite::Db db);
  struct Waiting;
  void CommitGroup(const std::vector<Waiting*>& group);

  std::mutex db_mu_;  // the connection
  sqlite::Db db_;
  std::mutex add_mu_;
  std::condition_variable add_cv_;   // a group commit finished
  std::vector<Waiting*> waiting_;
  bool committing_ = false;
  std::mutex take_mu_;
  std::condition_variable take_cv_;  // an entry was added
  std::atomic<int64_t> length_{0}, commits_{0}, added_{0};
  std::function<void()> before_commit_;
};

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_INBOX_H_
