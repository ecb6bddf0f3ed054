// SqliteStore: the SQLite implementation of Store (see store.h for the
// contract). Private to src/store; callers use OpenSqliteStore().
//
// Concurrency: one writer connection guarded by `write_mu_`; readers borrow a
// connection from a small pool (opened lazily, returned after each call).
// WAL lets readers run while the writer commits. Several processes may open
// one file: SQLite's own locking serialises their writes (busy timeout), and
// fusion rounds are guarded by the epoch, not by the process.
#ifndef CROSSCHECK_STORE_SQLITE_STORE_H_
#define CROSSCHECK_STORE_SQLITE_STORE_H_

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace crosscheck {

// Turns free text into an FTS5 query: words (letters, digits, any non-ASCII
// byte) become quoted terms, "double quotes" keep a phrase, a trailing '*'
// keeps a prefix search; terms are joined by `joiner` (" " = all must occur,
// " OR " = any). Error when there is no word.
Result<std::string> FtsQuery(const std::string& text, const std::string& joiner = " ");

// The latest SQLite schema version (kMigrations in sqlite_store.cc;
// PostgreSQL counts its own, postgres_store.cc).
constexpr int kStoreSchemaVersion = 4;

class SqliteStore final : public Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const SqliteStoreOptions& options);
  ~SqliteStore() override;

  Status PutDocuments(const std::vector<PutRequest>& docs, std::vector<PutOutcome>* outcomes) override;
  Status PutDocumentsTogether(const std::vector<PutRequest>& docs, std::vector<PutOutcome>* outcomes) override;
  Result<std::optional<std::string>> FindDocument(const std::string& content_hash,
                                                 const std::string& source) override;
  Result<std::optional<StoredDocument>> GetDocument(const std::string& id) override;
  Result<std::vector<StoredDocument>> GetDocuments(const std::vector<std::string>& ids,
                                                   bool with_content) override;
  Result<std::vector<StoredDocument>> ListDocuments(int limit, int offset) override;
  Result<std::optional<StoryRecord>> GetStory(const std::string& id) override;
  Result<std::optional<std::string>> StoryStamp(const std::string& id) override;
  Result<std::vector<std::pair<std::string, std::string>>> ListStoryStamps(const std::string& query, int limit,
                                                                          int offset) override;
  Result<std::vector<StoryRecord>> ListStories(const std::string& query, int limit,
                                               int offset) override;
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
  Result<bool> HoldFuseLease() override { return true; }

 private:
  // A pooled reader connection, returned to the pool on destruction.
  class Reader {
   public:
    Reader(SqliteStore* store, sqlite::Db db) : store_(store), db_(std::move(db)) {}
    Reader(Reader&&) = default;
    ~Reader();
    const sqlite::Db& db() const { return db_; }

   private:
    SqliteStore* store_;
    sqlite::Db db_;
  };

  SqliteStore(std::string path, SqliteStoreOptions options, sqlite::Db writer)
      : path_(std::move(path)), options_(std::move(options)), writer_(std::move(writer)) {}
  Result<Reader> AcquireReader();
  // Runs the story list query (StoryListSql) for `columns`, filtered by
  // `query` when not empty, and calls `row` on each result row.
  Status ForEachListedStory(const std::string& query, const char* columns, int limit, int offset,
                            const std::function<void(const sqlite::Stmt&)>& row);
  Status PutOne(const PutRequest& r, PutOutcome* outcome);
  // PutOne in parts: the rows made without a lock, then written inside
  // the caller's transaction (PutDocumentsTogether writes several in one).
  struct PreparedPut {
    bool done = false;  // already stored: nothing to write
    std::string order_key;
    Json records;
    FuseDoc fuse;
  };
  Status PrepareOne(const PutRequest& r, PutOutcome* outcome, PreparedPut* p);
  Status WriteOneLocked(const PutRequest& r, PreparedPut* p, PutOutcome* outcome);  // REQUIRES write_mu_

  // Id and seq of the stored document with d's content and outlet or d's id,
  // read through a pooled reader (committed rows only); nullopt when there
  // is none or the reader cannot tell.
  std::optional<std::pair<std::string, int64_t>> FindStored(const Document& d);
  // Rewrites a document's analysis rows (date fields, records, claims,
  // entities). REQUIRES: write_mu_ held, inside a transaction.
  Status ReplaceAnalysisLocked(const DocAnalysis& a);
  // Writes (or replaces) the fusion input row of doc.id, pending.
  Status WriteFuseInputLocked(const FuseDoc& doc);
  Status TouchLocked();  // records the time of the last change; REQUIRES write_mu_

  std::string path_;
  SqliteStoreOptions options_;
  std::mutex write_mu_;
  sqlite::Db writer_;
  std::mutex pool_mu_;
  std::vector<sqlite::Db> pool_;
  // True once a pending LoadFuseDocs saw every pending document and none of
  // schema 1 (without a fuse_inputs row); documents written since always
  // have one, so later pending loads need not scan the documents.
  std::atomic<bool> no_legacy_inputs_{false};
};

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_SQLITE_STORE_H_
