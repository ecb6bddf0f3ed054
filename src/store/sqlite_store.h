// SqliteStore: the SQLite implementation of Store (see store.h for the
// contract). Private to src/store; callers use OpenSqliteStore().
//
// Concurrency: one writer connection guarded by `write_mu_`; readers borrow a
// connection from a small pool (opened lazily, returned after each call).
// WAL lets readers run while the writer commits.
#ifndef CROSSCHECK_STORE_SQLITE_STORE_H_
#define CROSSCHECK_STORE_SQLITE_STORE_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace crosscheck {

// Turns free text into an FTS5 query: words (letters, digits, any non-ASCII
// byte) become quoted terms, "double quotes" keep a phrase, a trailing '*'
// keeps a prefix search; terms are joined by `joiner` (" " = all must occur,
// " OR " = any). Error when there is no word.
Result<std::string> FtsQuery(const std::string& text, const std::string& joiner = " ");

class SqliteStore final : public Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const SqliteStoreOptions& options);
  ~SqliteStore() override;

  Status PutAnalyses(const std::vector<DocAnalysis>& analyses,
                     std::vector<PutOutcome>* outcomes) override;
  Result<std::optional<std::string>> FindDocument(const std::string& content_hash,
                                                 const std::string& source) override;
  Result<std::optional<StoredDocument>> GetDocument(const std::string& id) override;
  Result<std::vector<StoredDocument>> GetDocuments(const std::vector<std::string>& ids,
                                                   bool with_content) override;
  Result<std::vector<StoredDocument>> ListDocuments(int limit, int offset) override;
  Status SetCopyOf(const std::string& id, const std::optional<std::string>& copy_of) override;
  Status ReplaceStories(const std::vector<std::string>& remove,
                        const std::vector<StoryRecord>& add) override;
  Result<std::optional<StoryRecord>> GetStory(const std::string& id) override;
  Result<std::vector<StoryRecord>> ListStories(const std::string& query, int limit,
                                               int offset) override;
  Result<std::vector<std::string>> StoriesOfDocuments(const std::vector<std::string>& doc_ids) override;
  Result<std::vector<std::string>> RelatedDocuments(const std::vector<std::string>& names,
                                                    const std::vector<std::string>& terms,
                                                    const std::string& exclude_id,
                                                    int limit) override;
  Result<std::vector<Json>> Claims(const ClaimFilter& filter) override;
  Result<std::vector<SearchHit>> Search(const std::string& query, int limit, int offset) override;
  Result<StoreCounts> Counts() override;
  Result<std::string> IntegrityCheck() override;

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
  Status PutOne(const DocAnalysis& a, PutOutcome* outcome);
  Status TouchLocked();  // records the time of the last change; REQUIRES write_mu_

  std::string path_;
  SqliteStoreOptions options_;
  std::mutex write_mu_;
  sqlite::Db writer_;
  std::mutex pool_mu_;
  std::vector<sqlite::Db> pool_;
};

int64_t NowMs();

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_SQLITE_STORE_H_
