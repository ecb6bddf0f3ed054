#include "store/postgres_db.h"

#include <cstdlib>

namespace crosscheck::pg {

Res& Res::operator=(Res&& o) noexcept {
  if (this != &o) {
    if (r_) PQclear(r_);
    r_ = o.r_;
    o.r_ = nullptr;
  }
  return *this;
}

Res::~Res() {
  if (r_) PQclear(r_);
}

std::string Res::Text(int row, int col) const {
  return std::string(PQgetvalue(r_, row, col), PQgetlength(r_, row, col));
}

std::optional<std::string> Res::OptText(int row, int col) const {
  if (IsNull(row, col)) return std::nullopt;
  return Text(row, col);
}

int64_t Res::Int(int row, int col) const {
  if (IsNull(row, col)) return 0;
  return std::strtoll(PQgetvalue(r_, row, col), nullptr, 10);
}

double Res::Double(int row, int col) const {
  if (IsNull(row, col)) return 0;
  return std::strtod(PQgetvalue(r_, row, col), nullptr);
}

bool Res::Bool(int row, int col) const {
  return !IsNull(row, col) && PQgetvalue(r_, row, col)[0] == 't';
}

std::string Res::Bytes(int row, int col) const {
  if (IsNull(row, col)) return "";
  size_t n = 0;
  unsigned char* p = PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(r_, row, col)), &n);
  if (!p) return "";
  std::string out(reinterpret_cast<const char*>(p), n);
  PQfreemem(p);
  return out;
}

int Res::Affected() const {
  const char* n = r_ ? PQcmdTuples(r_) : "";
  return n && *n ? std::atoi(n) : 0;
}

Result<Conn> Conn::Open(const std::string& url, int connect_timeout_s) {
  // connect_timeout is a conninfo keyword; a URL takes it as a parameter.
  std::string conninfo = url;
  if (conninfo.find("connect_timeout=") == std::string::npos)
    conninfo += (conninfo.find('?') == std::string::npos ? "?" : "&") +
                std::string("connect_timeout=") + std::to_string(std::max(1, connect_timeout_s));
  PGconn* c = PQconnectdb(conninfo.c_str());
  if (!c) return Error{"postgresql: out of memory"};
  if (PQstatus(c) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(c);
    PQfinish(c);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    return Error{std::string(kConnectionLost) + ": " + msg};
  }
  // Quiet notices ("relation already exists, skipping").
  PQsetNoticeProcessor(c, [](void*, const char*) {}, nullptr);
  return Conn(c);
}

Conn& Conn::operator=(Conn&& o) noexcept {
  if (this != &o) {
    if (c_) PQfinish(c_);
    c_ = o.c_;
    o.c_ = nullptr;
  }
  return *this;
}

Conn::~Conn() {
  if (c_) PQfinish(c_);
}

bool Conn::Broken() const { return !c_ || PQstatus(c_) != CONNECTION_OK; }

bool Conn::Reset() {
  if (!c_) return false;
  PQreset(c_);
  return PQstatus(c_) == CONNECTION_OK;
}

Result<Res> Conn::Exec(std::string_view sql, const std::vector<Param>& params) {
  if (Broken()) return Error{kConnectionLost};
  std::vector<const char*> values(params.size());
  std::vector<int> lengths(params.size()), formats(params.size());
  for (size_t i = 0; i < params.size(); ++i) {
    values[i] = params[i].value ? params[i].value->data() : nullptr;
    lengths[i] = params[i].value ? static_cast<int>(params[i].value->size()) : 0;
    formats[i] = params[i].binary ? 1 : 0;
  }
  std::string q(sql);
  // Without parameters, PQexec: it also runs several statements (migrations).
  PGresult* raw = params.empty() ? PQexec(c_, q.c_str())
                                 : PQexecParams(c_, q.c_str(), static_cast<int>(params.size()), nullptr,
                                                values.data(), lengths.data(), formats.data(), 0);
  ExecStatusType st = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
  if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return Res(raw);
  std::string msg = raw ? PQresultErrorMessage(raw) : PQerrorMessage(c_);
  const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
  std::string sqlstate = state ? state : "";
  if (raw) PQclear(raw);
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  // Class 08 (connection exception) and 57P0x (the server shutting down or
  // restarting) mean the session is gone.
  const bool lost = Broken() || sqlstate.rfind("08", 0) == 0 || sqlstate.rfind("57P0", 0) == 0;
  if (lost) return Error{std::string(kConnectionLost) + ": " + msg};
  return Error{"postgresql: " + msg + (sqlstate.empty() ? "" : " [" + sqlstate + "]")};
}

Status Conn::Run(std::string_view sql, const std::vector<Param>& params) {
  auto r = Exec(sql, params);
  if (!r.ok()) return r.error();
  return Status::Ok();
}

std::string ArrayLiteral(const std::vector<std::optional<std::string>>& values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ',';
    if (!values[i]) {
      out += "NULL";
      continue;
    }
    out += '"';
    for (char c : *values[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

std::string ArrayLiteral(const std::vector<std::string>& values) {
  std::vector<std::optional<std::string>> v(values.begin(), values.end());
  return ArrayLiteral(v);
}

Transaction::~Transaction() {
  if (open_) (void)c_->Run("ROLLBACK");
}

Status Transaction::Begin() {
  Status s = c_->Run("BEGIN");
  if (s.ok()) open_ = true;
  return s;
}

Status Transaction::Commit() {
  Status s = c_->Run("COMMIT");
  if (s.ok()) open_ = false;
  return s;
}

}  // namespace crosscheck::pg
