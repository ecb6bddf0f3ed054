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
#include <functional>
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

class Inbox;

struct ServiceOptions {
  FuserOptions fuser;
  int story_wait_ms = 5000;    // an ingest waits this long for its story
  bool fuse = true;            // run fusion rounds (false: another process does)
  int fuse_poll_ms = 500;      // look for pending documents this often when idle
  WorkQueue* queue = nullptr;  // when set, ingests go to this queue (not owned)
  // `crosscheck serve --ingest async`: ingests go to this inbox (not owned;
  // overrides `queue`); documents already stored are answered duplicate at
  // once, the others 202 with a status URL.
  Inbox* inbox = nullptr;
  int64_t max_queued = 10000;  // inbox: bodies held at most; past it a POST is refused (503)
  // Batch window of the fusion loop (FusionLoop, story_update.h): a round
  // starts at most this long after the first document it takes was
  // stored, and takes every document stored meanwhile (up to
  // fuser.round_limit). 0: a round as soon as a document is stored.
  int fuse_batch_ms = 0;
  int fuse_nice = 0;  // added to the fusion thread's niceness (FusionLoop)
  // Search, claims and story list answers are kept per store snapshot (see
  // Service::SearchPage): an answer made in the same fusion epoch is reused
  // for this long even when documents were stored since (they become
  // visible to these lists with the next round, or after this long).
  int answer_stale_ms = 1000;
  // Build the new page of each story a round wrote (and that someone has
  // read) on the fusion thread right after the round.
  bool prebuild_story_pages = true;
};

struct IngestItem {
  std::string id;
  std::string status;  // "created" | "duplicate" | "queued" | "error"
  std::string error;   // when status == "error" (or a note on "created")
  bool store_failed = false;  // the error is the store's (HTTP 5xx), not the input's
  std::string status_url;     // queued in the inbox: where to ask what became of it
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

// The default story answer (GET /api/stories/{id}, docs/API.md) made from
// the whole one (Service::StoryJson): bounded whatever the story's size.
// `documents` holds the first `documents_limit` members and
// `documents_page` says how many there are; `story` is the record without
// its member list, its timeline cut to distinct (date, sentence) pairs
// (first occurrence, with "reports": how many entries share it), the first
// `timeline_limit` of them, with `timeline_page`; each ledger entry's
// `restatements` cut to the first `restatements_limit` (with
// `restatements_total`), `quotes` to the first `quotes_limit` (with
// `quotes_total`); `summary` counts over every member what the page's
// heading shows (reports, outlets, reports of unknown outlet, first and
// last date). `documents_out` / `timeline_out` (optional) receive every
// member's metadata and every distinct timeline sentence, serialised.
struct StoryPaging {
  int documents_limit = 20, timeline_limit = 200, restatements_limit = 20, quotes_limit = 100;
};
Json PagedStory(const Json& whole, const StoryPaging& paging = {}, std::vector<std::string>* documents_out = nullptr,
                std::vector<std::string>* timeline_out = nullptr);

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

  // An analysis the inbox's threads stored (not a duplicate): counted as
  // created, offered to the fuser, and a fusion round woken.
  void OnStored(std::shared_ptr<const DocAnalysis> a);
  // GET /api/documents/{id}/status: {"id", "status": "queued" | "stored" |
  // "duplicate", "stories", "of" (duplicate: the stored document)}; nullopt
  // when the id is neither stored nor in the inbox.
  Result<std::optional<Json>> DocumentStatusJson(const std::string& id);

  // Blocks until no document is pending fusion (or `timeout_ms` passes);
  // false on timeout. For tests.
  bool WaitForFusion(int timeout_ms);

  // Reads. Errors are store failures (HTTP 500); "not found" is nullopt.
  Result<std::optional<Json>> DocumentJson(const std::string& id);
  Result<Json> DocumentsJson(int limit, int offset);
  Result<Json> StoriesJson(const std::string& query, int limit, int offset);
  // The whole story answer (docs/API.md `?whole=1`): the story record and
  // every member's metadata, O(story); made on each call, not kept.
  Result<std::optional<Json>> StoryJson(const std::string& id);
  // StoryJson serialised, from a cache checked against the story's stamp
  // (Store::StoryStamp) on every call: a story page is built once per
  // version of the story, however many clients read it. While one request
  // builds a story's new version, the others are answered the version
  // before it at once (when there is one) instead of waiting for the
  // build: a story page may lag the story by the build in progress.
  struct Page {
    std::string body;  // the JSON
    // A story page's paged lists (PagedStory): each member's metadata and
    // each distinct timeline sentence, serialised, in answer order; the
    // body holds the first page of each. Empty for list answers.
    std::vector<std::string> documents, timeline;
    // The body gzip-compressed, made on first use and kept with the page.
    const std::string& Gzipped() const;
   private:
    mutable std::once_flag gz_once_;
    mutable std::string gz_;
  };
  Result<std::optional<std::shared_ptr<const Page>>> StoryPage(const std::string& id);
  // One page of a story's member documents ("documents") or of its
  // distinct timeline sentences ("timeline") from the kept page (so as
  // fresh as StoryPage): {"story", LIST, "offset", "limit", "total",
  // "next"}; nullopt for an unknown story.
  Result<std::optional<std::string>> StoryListPage(const std::string& id, const std::string& list, int limit,
                                                   int offset);
  Result<Json> ClaimsJson(const ClaimFilter& filter);
  Result<Json> SearchJson(const std::string& query, int limit, int offset);
  // The three list answers above, serialised (with their gzip form), from
  // a cache of answers per store snapshot: an answer is made once per
  // (fusion epoch, last write) and shared by every client asking the same
  // question meanwhile. These answers are O(store) (FTS5 ranks every
  // matching sentence; the claims filter scans a measure's rows), so under
  // a stream of ingests they would otherwise be recomputed per request.
  // Within one fusion epoch an answer is reused for answer_stale_ms even
  // when documents were stored since (a new document is in these lists
  // once a round has taken it, or that long after it was stored); a new
  // epoch always gives a new answer. While one request makes a new
  // answer, others asking the same question get the previous one at once.
  Result<std::shared_ptr<const Page>> SearchPage(const std::string& query, int limit, int offset);
  Result<std::shared_ptr<const Page>> ClaimsPage(const ClaimFilter& filter);
  Result<std::shared_ptr<const Page>> StoriesPage(const std::string& query, int limit, int offset);
  // List answers served from the snapshot cache / made (for metrics, tests).
  int64_t answer_hits() const { return answer_hits_.load(); }
  int64_t answer_builds() const { return answer_builds_.load(); }
  // With `integrity`, also runs the store's integrity check (slow on big
  // stores) and reports it as "integrity"; status is "degraded" unless ok.
  Result<Json> HealthJson(bool integrity = false);
  Result<Json> MetricsJson();

  // Request accounting for /api/metrics (called by the HTTP layer).
  void CountRequest(int status);

  // Story pages answered from the previous version while another request
  // built the new one (for metrics and tests).
  int64_t stale_pages() const { return stale_pages_.load(); }
  // Test hook: runs before each story page build, in the building thread.
  void SetBeforePageBuildForTest(std::function<void()> f) { before_page_build_ = std::move(f); }

 private:
  Store* store_;
  const Pipeline* pipeline_;
  ServiceOptions options_;
  StoryFuser fuser_;
  std::unique_ptr<FusionLoop> fusion_;  // null when options.fuse is false
  std::mutex queue_mu_;  // the queue connection serves one call at a time

  Json StoryPageJson(const StoryRecord& s, Status* error);
  // One cached list answer (SearchPage): `make` runs when the snapshot
  // moved on.
  struct AnswerSlot {
    std::mutex mu;
    bool building = false;
    int64_t epoch = -1, last_seq = -1, last_change_ms = -1, made_ms = 0;
    std::shared_ptr<const Page> page;
  };
  Result<std::shared_ptr<const Page>> Answer(const std::string& key, const std::function<Result<Json>()>& make);
  std::mutex answers_mu_;
  std::unordered_map<std::string, std::shared_ptr<AnswerSlot>> answers_;
  std::atomic<int64_t> answer_hits_{0}, answer_builds_{0};
  // Answers `item` for a document the store already holds ("duplicate",
  // with its stories) or cannot look up ("error"), counting it; false
  // (item untouched) when the document is new.
  bool AnswerIfStored(const Document& d, IngestItem* item);
  struct PageSlot {
    std::mutex build_mu;  // one build per story at a time; others take `page` meanwhile
    std::mutex page_mu;   // guards stamp and page
    std::string stamp;
    std::shared_ptr<const Page> page;
  };
  // One document's part of a story page (StoryPageJson).
  struct PageParts {
    std::vector<std::pair<std::string, Json>> claims, quantities;  // by id
    std::vector<Json> quotes;
  };
  std::mutex pages_mu_;  // guards pages_ and parts_
  std::unordered_map<std::string, std::shared_ptr<PageSlot>> pages_;
  std::unordered_map<std::string, std::shared_ptr<const PageParts>> parts_;  // id + date state -> parts
  std::unordered_map<std::string, Json> list_items_;  // id + stamp -> story list item

  std::mutex stats_mu_;
  std::deque<int64_t> recent_ingests_ms_;  // arrival times of the last minute
  int64_t started_ms_ = 0;
  std::atomic<int64_t> requests_{0}, client_errors_{0}, server_errors_{0};
  std::atomic<int64_t> created_{0}, duplicates_{0}, failed_{0}, queued_{0};
  std::atomic<int64_t> stale_pages_{0}, prebuilt_pages_{0};
  std::function<void()> before_page_build_;
};

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_SERVICE_H_
