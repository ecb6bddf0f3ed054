// Thin RAII wrappers over libpq used by the PostgreSQL store: a connection
// (Conn) and a result (Res), text-format queries with parameters, array
// literals for unnest() batch inserts, and the test for "the connection is
// gone" that decides whether a call is retried on a fresh connection.
// Not thread-safe: a Conn belongs to one thread at a time.
#ifndef CROSSCHECK_STORE_POSTGRES_DB_H_
#define CROSSCHECK_STORE_POSTGRES_DB_H_

#include <libpq-fe.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace crosscheck::pg {

// A query parameter: text, NULL, or bytes sent in binary (bytea).
struct Param {
  std::optional<std::string> value;
  bool binary = false;
  Param() = default;
  Param(std::string v) : value(std::move(v)) {}                    // NOLINT: implicit on purpose
  Param(const char* v) : value(std::string(v)) {}                  // NOLINT
  Param(std::optional<std::string> v) : value(std::move(v)) {}     // NOLINT
  Param(int64_t v) : value(std::to_string(v)) {}                   // NOLINT
  Param(int v) : value(std::to_string(v)) {}                       // NOLINT
  Param(bool v) : value(v ? "t" : "f") {}                          // NOLINT
  static Param Bytes(std::string v) {
    Param p(std::move(v));
    p.binary = true;
    return p;
  }
};

class Res {
 public:
  Res() = default;
  explicit Res(PGresult* r) : r_(r) {}
  Res(Res&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }
  Res& operator=(Res&& o) noexcept;
  Res(const Res&) = delete;  // owns the result
  Res& operator=(const Res&) = delete;
  ~Res();
  int Rows() const { return r_ ? PQntuples(r_) : 0; }
  bool IsNull(int row, int col) const { return PQgetisnull(r_, row, col); }
  std::string Text(int row, int col) const;
  std::optional<std::string> OptText(int row, int col) const;
  int64_t Int(int row, int col) const;
  double Double(int row, int col) const;
  bool Bool(int row, int col) const;
  std::string Bytes(int row, int col) const;  // a bytea column (hex text form)
  int Affected() const;                       // rows an UPDATE/INSERT touched

 private:
  PGresult* r_ = nullptr;
};

class Conn {
 public:
  static Result<Conn> Open(const std::string& url, int connect_timeout_s);
  Conn() = default;
  Conn(Conn&& o) noexcept : c_(o.c_) { o.c_ = nullptr; }
  Conn& operator=(Conn&& o) noexcept;
  Conn(const Conn&) = delete;  // owns the connection
  Conn& operator=(const Conn&) = delete;
  ~Conn();

  // Runs `sql` with $1.. bound to `params`; rows come back as text. Without
  // params `sql` may hold several statements.
  Result<Res> Exec(std::string_view sql, const std::vector<Param>& params = {});
  Status Run(std::string_view sql, const std::vector<Param>& params = {});
  // True when the server is unreachable or the session was lost: the call
  // may be retried on a new connection.
  bool Broken() const;
  bool Reset();  // reconnects in place; true when the connection is up again
  PGconn* get() const { return c_; }

 private:
  explicit Conn(PGconn* c) : c_(c) {}
  PGconn* c_ = nullptr;
};

// A PostgreSQL array literal of text values ("{\"a\",\"b\",NULL}") for
// `unnest($1::text[])`.
std::string ArrayLiteral(const std::vector<std::optional<std::string>>& values);
std::string ArrayLiteral(const std::vector<std::string>& values);

// RAII transaction: BEGIN on Begin(), ROLLBACK in the destructor unless
// Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Conn* c) : c_(c) {}
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  Status Begin();
  Status Commit();

 private:
  Conn* c_;
  bool open_ = false;
};

// The error of a failed call, marked so the store knows to reconnect.
inline constexpr const char* kConnectionLost = "postgresql: connection lost";

}  // namespace crosscheck::pg

#endif  // CROSSCHECK_STORE_POSTGRES_DB_H_
