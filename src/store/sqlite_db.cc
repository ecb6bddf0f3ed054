#include "store/sqlite_db.h"

#include <functional>
#include <map>

namespace crosscheck::sqlite {

struct StmtCache {
  struct Entry {
    sqlite3_stmt* st = nullptr;
    bool in_use = false;  // a Stmt holds it; node addresses are stable (std::map)
  };
  std::map<std::string, Entry, std::less<>> entries;
  bool open = true;  // false once the Db closed: Stmts still out finalize themselves
};

Db::Db(sqlite3* db) : db_(db), cache_(std::make_shared<StmtCache>()) {}

void Db::Close() {
  if (cache_) {
    cache_->open = false;
    for (auto it = cache_->entries.begin(); it != cache_->entries.end();) {
      if (it->second.in_use) {
        ++it;  // finalized by the Stmt that holds it (sqlite3_close_v2 waits for it)
        continue;
      }
      sqlite3_finalize(it->second.st);
      it = cache_->entries.erase(it);
    }
    cache_.reset();
  }
  if (db_) sqlite3_close_v2(db_);
  db_ = nullptr;
}

size_t Db::CachedStatements() const { return cache_ ? cache_->entries.size() : 0; }

Result<Db> Db::Open(const std::string& path, bool read_only, int busy_timeout_ms) {
  sqlite3* db = nullptr;
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
              SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Error{path + ": cannot open database: " + msg};
  }
  sqlite3_busy_timeout(db, busy_timeout_ms);
  sqlite3_extended_result_codes(db, 1);
  return Db(db);
}

Db& Db::operator=(Db&& o) noexcept {
  if (this != &o) {
    Close();
    db_ = o.db_;
    cache_ = std::move(o.cache_);
    o.db_ = nullptr;
  }
  return *this;
}

Db::~Db() { Close(); }

Error Db::Err(const std::string& context) const {
  return Error{context + ": " + (db_ ? sqlite3_errmsg(db_) : "no database")};
}

Status Db::Exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Error{"sqlite: " + msg};
  }
  return Status::Ok();
}

Result<Stmt> Stmt::Prepare(const Db& db, std::string_view sql) {
  sqlite3_stmt* st = nullptr;
  StmtCache* cache = db.cache_.get();
  if (cache && cache->open) {
    auto it = cache->entries.find(sql);
    if (it != cache->entries.end() && !it->second.in_use) {
      it->second.in_use = true;
      Stmt s(db.get(), it->second.st);
      s.cache_ = db.cache_;
      s.in_use_ = &it->second.in_use;
      return s;
    }
    if (it == cache->entries.end() && cache->entries.size() < kStmtCacheSize) {
      if (sqlite3_prepare_v3(db.get(), sql.data(), static_cast<int>(sql.size()),
                             SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
        return db.Err("sqlite prepare");
      if (!st) return Stmt(db.get(), nullptr);  // no statement in `sql`: nothing to keep
      auto e = cache->entries.emplace(std::string(sql), StmtCache::Entry{st, true}).first;
      Stmt s(db.get(), st);
      s.cache_ = db.cache_;
      s.in_use_ = &e->second.in_use;
      return s;
    }
  }
  // In use already (a nested use of the same SQL), the cache is full, or no
  // cache: a statement of its own, finalized after use.
  if (sqlite3_prepare_v2(db.get(), sql.data(), static_cast<int>(sql.size()), &st, nullptr) !=
      SQLITE_OK)
    return db.Err("sqlite prepare");
  return Stmt(db.get(), st);
}

Stmt::~Stmt() {
  if (!st_) return;
  if (in_use_ && cache_->open) {
    // Back to the cache as a finalize would leave the connection: not
    // active (no read snapshot or lock kept), no bindings.
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
    *in_use_ = false;
    return;
  }
  sqlite3_finalize(st_);
}

Stmt& Stmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::Bind(int i, const std::optional<std::string>& v) {
  return v ? Bind(i, std::string_view(*v)) : BindNull(i);
}
Stmt& Stmt::Bind(int i, int64_t v) {
  sqlite3_bind_int64(st_, i, v);
  return *this;
}
Stmt& Stmt::Bind(int i, double v) {
  sqlite3_bind_double(st_, i, v);
  return *this;
}
Stmt& Stmt::BindBlob(int i, std::string_view v) {
  sqlite3_bind_blob(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::BindNull(int i) {
  sqlite3_bind_null(st_, i);
  return *this;
}

Result<bool> Stmt::Step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Error{std::string("sqlite: ") + sqlite3_errmsg(db_)};
}

Status Stmt::Run() {
  for (;;) {
    auto r = Step();
    if (!r.ok()) return r.error();
    if (!*r) return Status::Ok();
  }
}

void Stmt::Reset() {
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
}

std::string Stmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(st_, col);
  int n = sqlite3_column_bytes(st_, col);
  return p ? std::string(reinterpret_cast<const char*>(p), n) : std::string();
}
std::string Stmt::Blob(int col) const {
  const void* p = sqlite3_column_blob(st_, col);
  int n = sqlite3_column_bytes(st_, col);
  return p ? std::string(static_cast<const char*>(p), n) : std::string();
}
std::optional<std::string> Stmt::OptText(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Text(col);
}
int64_t Stmt::Int(int col) const { return sqlite3_column_int64(st_, col); }
double Stmt::Double(int col) const { return sqlite3_column_double(st_, col); }
bool Stmt::IsNull(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }

Transaction::~Transaction() {
  if (open_) (void)db_->Exec("ROLLBACK");
}

Status Transaction::Begin() {
  Status s = db_->Exec("BEGIN IMMEDIATE");
  if (s.ok()) open_ = true;
  return s;
}

Status Transaction::Commit() {
  Status s = db_->Exec("COMMIT");
  if (s.ok()) open_ = false;
  return s;
}

}  // namespace crosscheck::sqlite
