// Service: what `crosscheck serve` does, without HTTP. It ingests documents
// (analyse, store, join or start a story, update that story's ledger) and
// answers the API's reads as JSON. server.cc maps HTTP requests onto it;
// tests call it directly.
//
// Incremental stories: a new document never reprocesses the store. The
// fusion module's incremental StoryClusterer (kept in memory, rebuilt from
// the stored documents' text at the first ingest after a start) puts it in
// an existing story or a new one; then only that story's ledger and timeline
// are rebuilt (copies, BuildLedger, BuildTimeline: the per-story steps of
// Fuse()) over its most recent `max_fuse_docs` documents. The analyses this
// needs are kept in an in-memory cache; a document missing from it (after a
// restart, or evicted) is re-analysed from its stored text, which gives the
// same records because the pipeline is deterministic.
//
// Thread safety: all methods may be called concurrently. Analysis runs in
// the calling thread; writes are serialised by the store; story updates are
// serialised by a mutex so two ingests never fuse the same story at once.
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

#include "core/json_util.h"
#include "fuse/stories.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace crosscheck::serve {

struct ServiceOptions {
  int max_fuse_docs = 200;     // documents per incremental fusion
  size_t cache_docs = 2000;    // analyses kept in memory
};

struct IngestItem {
  std::string id;
  std::string status;  // "created" | "duplicate" | "error"
  std::string error;   // when status == "error"
  std::vector<std::string> stories;
};

class Service {
 public:
  // `store` and `pipeline` must outlive the Service.
  Service(Store* store, const Pipeline* pipeline, ServiceOptions options = {});
  Service(const Service&) = delete;  // holds a cache and counters
  Service& operator=(const Service&) = delete;

  // Analyses, stores (one transaction per document; a failed one is
  // reported, the others go on) and fuses `docs`. Returns one item per
  // document, in order. A document is acknowledged only after its commit.
  std::vector<IngestItem> Ingest(std::vector<Document> docs);

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
  struct Cached {
    std::shared_ptr<const DocAnalysis> analysis;
    int64_t seq = 0;
  };
  // Analysis of a stored document: from the cache or re-analysed.
  Result<Cached> Load(const std::string& id);
  void Remember(const std::string& id, Cached c);
  // Joins `a` (just stored) to its story; returns the ids of its stories.
  Result<std::vector<std::string>> UpdateStories(const DocAnalysis& a);
  Status WarmUpLocked(const std::string& skip);

  Store* store_;
  const Pipeline* pipeline_;
  ServiceOptions options_;

  std::mutex fuse_mu_;   // one story update at a time; guards the two below
  std::unique_ptr<StoryClusterer> clusterer_;  // built at the first ingest
  std::vector<std::string> label_story_;       // clusterer label -> story id
  std::mutex cache_mu_;
  std::unordered_map<std::string, Cached> cache_;
  std::list<std::string> cache_order_;  // oldest first

  std::mutex stats_mu_;
  std::deque<int64_t> recent_ingests_ms_;  // arrival times of the last minute
  int64_t started_ms_ = 0;
  std::atomic<int64_t> requests_{0}, client_errors_{0}, server_errors_{0};
  std::atomic<int64_t> created_{0}, duplicates_{0}, failed_{0};
};

// Words that best identify a document for finding its story: capitalised
// words not at a sentence start (names of people, places, units), most
// frequent first, then the title's longer words; at most `max` of them.
std::vector<std::string> KeyTerms(const DocAnalysis& a, size_t max);

// A story title when fusion gave none: the document's title, else its first
// sentence (cut at a word near 140 bytes).
std::string FallbackTitle(const DocAnalysis& a);

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_SERVICE_H_
