// Worker: what `crosscheck worker` does. A member of the work queue's
// consumer group that reads each entry with the project reader, analyses
// the documents, stores them (with their fusion input; one transaction per
// document) and acknowledges the entry only after every document of it is
// committed. It also runs fusion rounds while it holds the store's fusion
// lease (FusionLoop), so with several workers one of them fuses and another
// takes over when it dies.
//
// Faults: an entry whose store write fails stays unacknowledged and is
// retried (with backoff) until it commits; a lost store or queue connection
// is re-opened by the store and queue themselves. Records the reader
// rejects are recorded in the store (RecordRejected: entry id, name,
// reason), never dropped silently, and the entry is acknowledged. An entry
// handed out more than `max_deliveries` times (it killed every worker that
// took it) is recorded as rejected and acknowledged, so it cannot block the
// stream.
//
// Order: a document's fusion order key is its entry's stream id (the order
// `crosscheck ingest` queued the files in) plus its index in the entry, so
// the stories equal a batch run over the same files whatever order the
// workers commit in.
#ifndef CROSSCHECK_SERVE_WORKER_H_
#define CROSSCHECK_SERVE_WORKER_H_

#include <atomic>
#include <functional>
#include <memory>
#include <string>

#include "pipeline/pipeline.h"
#include "queue/queue.h"
#include "read/reader.h"
#include "serve/story_update.h"
#include "store/store.h"

namespace crosscheck::serve {

struct WorkerOptions {
  std::string consumer;        // name in the consumer group ("" = host name + process id)
  int block_ms = 1000;         // how long one read waits for new entries
  int max_deliveries = 5;      // past this an entry is set aside as rejected
  // Entries taken at once; several are analysed and stored in one store
  // transaction (Store::PutDocumentsTogether: one commit and fsync for
  // them all) and acknowledged after it.
  int take = 1;
  bool fuse = true;            // take part in fusion (lease)
  int fuse_poll_ms = 200;
  FuserOptions fuser;
  ReadOptions read;
  // Exit (status 0) once the stream holds nothing and no document is
  // pending fusion: for batch jobs and benchmarks.
  bool exit_when_idle = false;
  // Called with each document this worker stored (not a duplicate), after
  // its commit: `crosscheck serve --ingest async` hands the analysis to its
  // own fusion loop, so a round need not analyse it again.
  std::function<void(std::shared_ptr<const DocAnalysis>)> on_stored;
  const std::atomic<bool>* stop = nullptr;  // set by a signal handler: finish the entry, then exit
  bool quiet = false;
};

// Consumer name from the host name and process id.
std::string DefaultConsumerName();

// The fusion order key of document `index` of the entry with stream id
// `entry_id` ("<ms>-<seq>"): OrderKey(ms, seq) + "-" + index (6 digits).
std::string EntryOrderKey(const std::string& entry_id, size_t index);

// Runs until `stop` is set (or, with exit_when_idle, the work is done).
// Returns the process exit code: 0, or 3 when the store or queue stays
// unreachable past their reconnect deadlines.
int RunWorker(Store* store, WorkQueue* queue, const Pipeline* pipeline, const WorkerOptions& options);

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_WORKER_H_
