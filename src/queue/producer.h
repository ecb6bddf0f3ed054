// Producer: what `crosscheck ingest` does. Walks files and folders the way
// `crosscheck analyze` reads them (folders recursively, sorted by path,
// hidden entries skipped) and puts each file on a work queue as one entry
// named by its path, so that a worker reading the entry sees what analyze
// sees in that file. A large JSON Lines or WARC file (plain or gzip) is cut
// at record boundaries into slices of about `slice_bytes`, each carrying the
// number of its first record, so memory stays bounded by one slice however
// large the file; anything else goes whole (the reader's size limit applies
// when a worker reads it).
//
// Thread-compatible: one call at a time per queue.
#ifndef CROSSCHECK_QUEUE_PRODUCER_H_
#define CROSSCHECK_QUEUE_PRODUCER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "queue/queue.h"

namespace crosscheck {

struct ProduceOptions {
  std::string format = "auto";          // passed to the worker's reader
  size_t split_bytes = size_t{8} << 20;  // files larger than this are sliced (JSON Lines, WARC)
  size_t slice_bytes = size_t{1} << 20;  // target slice size
  // Entries sent together (one round trip and one log sync in Redis):
  // up to this many, or this many bytes.
  size_t batch_entries = 64;
  size_t batch_bytes = size_t{4} << 20;
};

struct ProduceStats {
  size_t files = 0, entries = 0, bytes = 0;
  std::vector<Error> errors;  // inputs that could not be read (each named)
};

// Puts every input of `paths` on `queue`. `on_added` (may be empty) runs
// after each entry is on the queue. Returns an error only when the queue
// fails (the entries before it are queued); unreadable inputs go to
// stats->errors and the walk goes on.
Status Produce(const std::vector<std::string>& paths, WorkQueue* queue, const ProduceOptions& options,
               const std::function<void(const QueueEntry&)>& on_added, ProduceStats* stats);

// Cuts `bytes` (a whole decompressed JSON Lines or WARC input, as `kind`
// "jsonl" or "warc") into slices of about `slice_bytes` at record
// boundaries; each slice's first record number (1-based) goes to `first`.
// Exposed for tests; Produce streams the same cuts from a file.
std::vector<std::string> SliceRecords(const std::string& bytes, const std::string& kind, size_t slice_bytes,
                                      std::vector<int64_t>* first);

}  // namespace crosscheck

#endif  // CROSSCHECK_QUEUE_PRODUCER_H_
