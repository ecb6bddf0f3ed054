// WorkQueue: the durable queue between `crosscheck ingest` (or a server that
// queues its POSTs) and `crosscheck worker` processes. One implementation:
// Redis Streams (redis_queue.cc), as Debian's Redis 7.0 ships it.
//
// An entry is one input as bytes (a file, a slice of a large file, or a
// POSTed body) with its name; the worker runs the project reader on it, so
// a worker sees exactly what `crosscheck analyze` would read from that file.
// Delivery is at least once: an entry handed to a worker stays pending until
// it is acknowledged; a worker that dies leaves it pending, and after
// `claim_idle_ms` another worker claims it (XAUTOCLAIM). Work is made
// idempotent downstream (the store keys documents by content and id), so a
// second delivery stores nothing new.
//
// Thread safety: a WorkQueue object is used by one thread at a time (one
// connection); open one per thread.
#ifndef CROSSCHECK_QUEUE_QUEUE_H_
#define CROSSCHECK_QUEUE_QUEUE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"

namespace crosscheck {

struct QueueEntry {
  std::string id;            // the queue's id for it (Redis: the stream id); set by Add/Take
  std::string name;          // the input's path or request name (Document::path)
  std::string format;        // "auto" | "text" | "html" | "jsonl" | "warc"
  std::string body;          // the input bytes
  int64_t first_record = 0;  // >0: `body` holds the records (JSON Lines lines, WARC
                             // records) of `name` from this 1-based number on
  int64_t deliveries = 0;    // times handed out so far, this one included (Take)
};

struct QueueStats {
  int64_t length = 0;   // entries in the stream (acknowledged ones are deleted)
  int64_t pending = 0;  // handed out, not yet acknowledged
  int64_t lag = -1;     // not yet handed out (-1: unknown)
};

class WorkQueue {
 public:
  virtual ~WorkQueue();
  // Appends `entry`; returns its id once the queue holds it (with the
  // documented Redis persistence, on disk).
  virtual Result<std::string> Add(const QueueEntry& entry) = 0;
  // Appends `entries` in order, sent together (Redis pipelines them and
  // syncs its log once for the lot); returns their ids. Resent whole when
  // the connection drops midway (some may then be queued twice).
  virtual Result<std::vector<std::string>> AddBatch(const std::vector<QueueEntry>& entries) = 0;
  // Up to `count` entries for `consumer`: first those it was handed before
  // and never acknowledged (a restarted worker under the same name), then
  // entries idle longer than the claim time on any other consumer, then new
  // ones, waiting up to `block_ms` for them. Empty when none came.
  virtual Result<std::vector<QueueEntry>> Take(const std::string& consumer, int count, int block_ms) = 0;
  // Marks the entry done and removes it from the stream.
  virtual Status Ack(const std::string& id) = 0;
  virtual Result<QueueStats> Stats() = 0;
};

struct RedisQueueOptions {
  std::string stream = "crosscheck:inputs";
  std::string group = "crosscheck-workers";
  int claim_idle_ms = 60000;          // a pending entry idle this long is claimed by another worker
  int reconnect_timeout_ms = 60000;   // a call waits this long for Redis to come back
  int connect_timeout_ms = 2000;
};

// `url`: redis://[:password@]host[:port][/db] (also unix:///path/to/socket).
// Creates the stream and the consumer group when missing.
Result<std::unique_ptr<WorkQueue>> OpenRedisQueue(const std::string& url,
                                                  const RedisQueueOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_QUEUE_QUEUE_H_
