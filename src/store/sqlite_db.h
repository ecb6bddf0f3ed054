// Thin RAII wrappers over the SQLite C API used by the SQLite store: a
// connection (Db) and a prepared statement (Stmt) whose errors come back as
// crosscheck::Status with SQLite's message. Not thread-safe: one Db and its
// statements belong to one thread at a time.
//
// Statement cache: each Db keeps the statements it prepared (up to
// kStmtCacheSize distinct SQL texts), so a store call that runs the same SQL
// again skips SQLite's parser and planner (about 9 % of a put under the store
// fuzzer; every server request pays it too). A Stmt taken from the cache is
// reset and its bindings cleared when it goes out of scope, exactly as a
// finalize would leave the connection: no statement stays active, so no read
// snapshot or lock outlives the Stmt. The same SQL prepared again while its
// cached statement is still in use gets a statement of its own.
#ifndef CROSSCHECK_STORE_SQLITE_DB_H_
#define CROSSCHECK_STORE_SQLITE_DB_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <sqlite3.h>

#include "core/status.h"

namespace crosscheck::sqlite {

// Distinct SQL texts a connection keeps prepared; past it, statements are
// prepared and finalized per use as before.
constexpr size_t kStmtCacheSize = 64;

struct StmtCache;  // sqlite_db.cc

class Db {
 public:
  static Result<Db> Open(const std::string& path, bool read_only, int busy_timeout_ms);
  Db() = default;
  Db(Db&& o) noexcept : db_(o.db_), cache_(std::move(o.cache_)) { o.db_ = nullptr; }
  Db& operator=(Db&& o) noexcept;
  Db(const Db&) = delete;  // owns the connection
  Db& operator=(const Db&) = delete;
  ~Db();

  // Runs one or more statements that return no rows.
  Status Exec(const std::string& sql);
  sqlite3* get() const { return db_; }
  Error Err(const std::string& context) const;
  // Statements held in the cache (for tests).
  size_t CachedStatements() const;

 private:
  friend class Stmt;
  explicit Db(sqlite3* db);
  void Close();  // finalizes the idle cached statements, then the connection
  sqlite3* db_ = nullptr;
  // Shared with the Stmts taken from it, so one that outlives its Db
  // finalizes itself instead of returning to a cache that is gone.
  std::shared_ptr<StmtCache> cache_;
};

class Stmt {
 public:
  // From the connection's cache when it holds `sql` idle, else prepared
  // (and kept in the cache while there is room).
  static Result<Stmt> Prepare(const Db& db, std::string_view sql);
  Stmt(Stmt&& o) noexcept
      : db_(o.db_), st_(o.st_), cache_(std::move(o.cache_)), in_use_(o.in_use_) {
    o.st_ = nullptr;
    o.in_use_ = nullptr;
  }
  Stmt(const Stmt&) = delete;  // owns the statement
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  // Binds are 1-based, as in SQLite.
  Stmt& Bind(int i, std::string_view v);
  Stmt& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, const std::optional<std::string>& v);
  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, double v);
  Stmt& BindNull(int i);
  Stmt& BindBlob(int i, std::string_view v);
  // Steps once: true when a row is ready, false when done; error otherwise.
  Result<bool> Step();
  // Steps to the end, expecting no rows.
  Status Run();
  // Makes the statement ready to run again and clears its bindings.
  void Reset();

  std::string Text(int col) const;
  std::string Blob(int col) const;
  std::optional<std::string> OptText(int col) const;
  int64_t Int(int col) const;
  double Double(int col) const;
  bool IsNull(int col) const;

 private:
  Stmt(sqlite3* db, sqlite3_stmt* st) : db_(db), st_(st) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* st_ = nullptr;
  // Set when st_ belongs to a Db's cache: the entry's in-use flag.
  std::shared_ptr<StmtCache> cache_;
  bool* in_use_ = nullptr;
};

// RAII transaction on a Db: BEGIN IMMEDIATE on Begin(), ROLLBACK in the
// destructor unless Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Db* db) : db_(db) {}
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  Status Begin();
  Status Commit();

 private:
  Db* db_;
  bool open_ = false;
};

}  // namespace crosscheck::sqlite

#endif  // CROSSCHECK_STORE_SQLITE_DB_H_
