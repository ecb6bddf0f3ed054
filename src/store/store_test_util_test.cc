// Implementation of store_test_util.h (built into the test binary only).
#include <cstdlib>
#include <random>

#include "store/postgres_db.h"
#include "store/store_test_util.h"

namespace crosscheck::testing {

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() /
          ("crosscheck_store_" + std::to_string(rd()) + "_" + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

DocAnalysis MakeAnalysis(const std::string& text, const std::string& source,
                         const std::string& measure, const std::string& speaker,
                         const std::string& date) {
  DocAnalysis a;
  Document& d = a.doc;
  d.path = "test/" + source;
  d.raw = text;
  d.text = text;
  d.format = "text";
  d.language = "en";
  d.id = MakeDocumentId(d.path, std::nullopt, d.raw);
  d.content_hash = ContentHash(d.text);
  if (!source.empty()) d.source = source;
  d.title = text.substr(0, text.find('.'));
  d.date = date;
  a.seg = Segment(d.text);
  a.analysed = true;
  if (!measure.empty()) {
    Quantity q;
    q.span = Span{0, static_cast<uint32_t>(std::min<size_t>(text.size(), 3))};
    q.value = 100;
    a.quantities.push_back(q);
    Claim c;
    c.quantity = 0;
    c.clause = Span{0, static_cast<uint32_t>(text.size())};
    c.measure = measure;
    c.speaker = speaker;
    c.as_of = date;
    a.claims.push_back(c);
  }
  return a;
}

std::string TestPostgresUrl() {
  const char* u = std::getenv("CROSSCHECK_TEST_POSTGRES");
  return u ? u : "";
}

bool ServicesRequired() {
  const char* r = std::getenv("CROSSCHECK_REQUIRE_SERVICES");
  return r && std::string(r) == "1";
}

TestStore::TestStore(const std::string& engine) : engine_(engine) {
  if (engine == "sqlite") {
    dir_ = std::make_unique<TempDir>();
    location_ = dir_->File("db.sqlite");
    return;
  }
  const std::string url = TestPostgresUrl();
  if (url.empty()) {
    unavailable_ = "CROSSCHECK_TEST_POSTGRES is not set (tools/services.sh start prints it)";
    return;
  }
  std::random_device rd;
  schema_ = "cc_test_" + std::to_string(rd()) + "_" + std::to_string(rd());
  auto admin = pg::Conn::Open(url, 5);
  if (!admin.ok()) {
    unavailable_ = admin.error().message;
    return;
  }
  if (Status s = admin->Run("CREATE SCHEMA " + schema_); !s.ok()) {
    unavailable_ = s.error().message;
    return;
  }
  location_ = url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
}

TestStore::~TestStore() {
  if (schema_.empty() || !unavailable_.empty()) return;
  auto admin = pg::Conn::Open(TestPostgresUrl(), 5);
  if (admin.ok()) (void)admin->Run("DROP SCHEMA " + schema_ + " CASCADE");
}

Result<std::unique_ptr<Store>> TestStore::Open(std::function<Status(const std::string&)> before_commit,
                                               int sqlite_schema_version) const {
  if (!unavailable_.empty()) return Error{unavailable_};
  if (engine_ == "sqlite") {
    SqliteStoreOptions o;
    o.before_commit = std::move(before_commit);
    o.schema_version = sqlite_schema_version;
    return OpenSqliteStore(location_, o);
  }
  PostgresStoreOptions o;
  o.before_commit = std::move(before_commit);
  o.reconnect_timeout_ms = 5000;
  return OpenPostgresStore(location_, o);
}

}  // namespace crosscheck::testing
