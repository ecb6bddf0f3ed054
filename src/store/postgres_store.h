// PostgresStore: the PostgreSQL implementation of Store (see store.h for the
// contract). Private to src/store; callers use OpenPostgresStore() or
// OpenStore("postgresql://...").
//
// Connections: a pool of up to `connections` libpq connections; each call
// borrows one. A call whose connection is lost (the server restarted, the
// network dropped) is retried on a fresh connection with backoff until
// `reconnect_timeout_ms`: every call is idempotent (a document put finds
// itself already stored; a fusion commit finds the epoch moved), so a retry
// after an unknown outcome is safe.
//
// Concurrency between processes: documents are inserted with
// ON CONFLICT DO NOTHING on both keys (id; content_hash + source), so two
// workers storing the same content store it once. Fusion commits lock the
// epoch row (SELECT ... FOR UPDATE) and compare it, so two rounds never both
// commit from one epoch. The fusion lease is a session advisory lock.
#ifndef CROSSCHECK_STORE_POSTGRES_STORE_H_
#define CROSSCHECK_STORE_POSTGRES_STORE_H_

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/postgres_db.h"
#include "store/store.h"

namespace crosscheck {

// The tsquery text for a search (same syntax as FtsQuery for SQLite): words
// as quoted lexemes joined by " & ", "a phrase" as 'a' <-> 'phrase', a
// trailing '*' as a prefix (:*). Error when there is no word.
Result<std::string> TsQuery(const std::string& text);

class PostgresStore final : public Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& url, const PostgresStoreOptions& options);
  ~PostgresStore() override;

  Status PutDocuments(const std::vector<PutRequest>& docs, std::vector<PutOutcome>* outcomes) override;
  Result<std::optional<std::string>> FindDocument(const std::string& content_hash,
                                                 const std::string& source) override;
  Result<std::optional<StoredDocument>> GetDocument(const std::string& id) override;
  Result<std::vector<StoredDocument>> GetDocuments(const std::vector<std::string>& ids,
                                                   bool with_content) override;
  Result<std::vector<StoredDocument>> ListDocuments(int limit, int offset) override;
  Result<std::optional<StoryRecord>> GetStory(const std::string& id) override;
  Result<std::vector<StoryRecord>> ListStories(const std::string& query, int limit, int offset) override;
  Result<std::vector<std::string>> StoriesOfDocuments(const std::vector<std::string>& doc_ids) override;
  Result<std::vector<Json>> Claims(const ClaimFilter& filter) override;
  Result<std::vector<SearchHit>> Search(const std::string& query, int limit, int offset) override;
  Result<StoreCounts> Counts() override;
  Result<std::string> IntegrityCheck() override;
  Status RecordRejected(const RejectedInput& input) override;
  Result<std::vector<RejectedInput>> ListRejected(int limit, int offset) override;
  Result<int64_t> FuseEpoch() override;
  Result<FuseState> LoadFuseState() override;
  Result<std::vector<FuseDoc>> LoadFuseDocs(bool pending, int limit) override;
  Result<bool> CommitFuse(const FuseCommit& commit) override;
  Result<bool> HoldFuseLease() override;

  // Runs `f` on a pooled connection, retrying on a new connection while the
  // old one is lost, until the reconnect deadline.
  Status WithConn(const std::function<Status(pg::Conn&)>& f);

 private:
  PostgresStore(std::string url, PostgresStoreOptions options) : url_(std::move(url)), options_(options) {}
  Status Migrate();
  Status PutOne(pg::Conn& c, const PutRequest& r, PutOutcome* out);
  Status ReplaceAnalysis(pg::Conn& c, const DocAnalysis& a);
  Status WriteFuseInput(pg::Conn& c, const FuseDoc& f);

  std::string url_;
  PostgresStoreOptions options_;
  std::mutex pool_mu_;
  std::condition_variable pool_cv_;
  std::vector<pg::Conn> idle_;
  int open_ = 0;
  std::mutex lease_mu_;
  pg::Conn lease_;           // holds the fusion lease while alive
  bool leased_ = false;
  std::atomic<bool> no_legacy_inputs_{false};  // as SqliteStore's
};

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_POSTGRES_STORE_H_
