// Service: what `crosscheck serve` does, without HTTP. It ingests documents
// (analyse, store, let the fusion round join them to stories) and answers
// the API's reads as JSON. server.cc maps HTTP requests onto it; tests call
// it directly.
//
// Stories: a stored document is pending until a fusion round takes it
// (StoryFuser, story_update.h: the same steps as a batch run, so the
// server's stories and ledger equal `crosscheck analyze` over the same
// documents in the same order). Rounds run on a thread of their own, so an
// ingest never waits for another document's fusion, nor for the mirror's
// load after a start; it waits (at most `story_wait_ms`) only to report the
// stories its own documents joined.
//
// With a work queue (ServiceOptions::queue), POSTed bodies are not analysed
// here: they go to the queue and workers analyse and store them; the
// server then runs no fusion rounds either (server.cc sets `fuse` false):
// the workers hold the fusion lease.
//
// Thread safety: all methods may be called concurrently. Analysis runs in
// the calling thread; writes are serialised by the store.
#ifndef CROSSCHECK_SERVE_SERVICE_H_
#define CROSSCHECK_SERVE_SERVICE_H_

#include <atomic>
#include <cstdint>
#include <deque>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <condition_variable>
#include <set>
#include <thread>

#include "core/json_util.h"
#include "pipeline/pipeline.h"
#include "serve/ingest.h"
#include "serve/story_update.h"
#include "store/store.h"

namespace crosscheck {
class WorkQueue;
}

namespace crosscheck::serve {

struct ServiceOptions {
  FuserOptions fuser;
  int story_wait_ms = 5000;    // an ingest waits this long for its story
  bool fuse = true;            // run fusion rounds (false: another process does)
  int fuse_poll_ms = 500;      // look for pending documents this often when idle
  WorkQueue* queue = nullptr;  // when set, ingests go to this queue (not owned)
};

struct IngestItem {
  std::string id;
  std::string status;  // "created" | "duplicate" | "queued" | "error"
  std::string error;   // when status == "error" (or a note on "created")
  bool store_failed = false;  // the error is the store's (HTTP 5xx), not the input's
  std::vector<std::string> stories;
};

// The HTTP answer to an ingest: 201 when something was stored, 202 when
// queued, 200 when everything was already there; 503 when any write failed
// (the client should retry: ingest is idempotent).
struct IngestReply {
  int status = 200;
  Json body;
};
IngestReply MakeIngestReply(const std::vector<IngestItem>& items, const std::vector<Error>& reader_errors);

// How the API names a document's source: its outlet (metadata), else the
// host of its URL ("apnews.com"), else its file name (with ":line" for a
// record of a JSON Lines or WARC file); never a name the server made up for
// a request ("api/12"): that gives "unnamed source".
std::string OutletLabel(const Document& d);

class Service {
 public:
  // `store` and `pipeline` must outlive the Service.
  // Starts the fusion thread (unless options.fuse is false).
  Service(Store* store, const Pipeline* pipeline, ServiceOptions options = {});
  ~Service();  // stops the fusion thread
  Service(const Service&) = delete;  // holds a thread, a cache and counters
  Service& operator=(const Service&) = delete;

  // Analyses and stores `docs` (one transaction per document; a failed one is
  // reported, the others go on), then waits up to story_wait_ms for the
  // fusion round that takes them. Returns one item per document, in order.
  // A document is acknowledged only after its commit.
  std::vector<IngestItem> Ingest(std::vector<Document> docs);
  // Queue mode: puts what the reader read (parsed.bytes, as parsed.format)
  // on the work queue as one entry named `name`; the items say "queued"
  // with the ids the reader gave. Acknowledged once the queue holds it.
  std::vector<IngestItem> Enqueue(const ParsedBody& parsed, const std::string& name);

  // Blocks until no document is pending fusion (or `timeout_ms` passes);
  // false on timeout. For tests.
  bool WaitForFusion(int timeout_ms);

  // Reads. Errors are store failures (HTTP 500); "not found" is nullopt.
  Result<std::optional<Json>> DocumentJson(const std::string& id);
  Result<Json> DocumentsJson(int limit, int offset);
  Result<Json> StoriesJson(const std::string& query, int limit, int offset);
  Result<std::optional<Json>> StoryJson(const std::string& id);
  Result<Json> ClaimsJson(const ClaimFilter& filter);
  Result<Json> SearchJson(const std::string& query, int limit, int offset);
  // With `integrity`, also runs the store's integrity check (slow on big
  // stores) and reports it as "integrity"; status is "degraded" unless ok.
  Result<Json> HealthJson(bool integrity = false);
  Result<Json> MetricsJson();

  // Request accounting for /api/metrics (called by the HTTP layer).
  void CountRequest(int status);

 private:
  Store* store_;
  const Pipeline* pipeline_;
  ServiceOptions options_;
  StoryFuser fuser_;
  std::unique_ptr<FusionLoop> fusion_;  // null when options.fuse is false
  std::mutex queue_mu_;  // the queue connection serves one call at a time

  std::mutex stats_mu_;
  std::deque<int64_t> recent_ingests_ms_;  // arrival times of the last minute
  int64_t started_ms_ = 0;
  std::atomic<int64_t> requests_{0}, client_errors_{0}, server_errors_{0};
  std::atomic<int64_t> created_{0}, duplicates_{0}, failed_{0};
};

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_SERVICE_H_
