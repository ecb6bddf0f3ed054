// The SQLite engine's own behaviour, beyond the contract both engines share
// (store_contract_test.cc): files that are not stores, in-place schema
// migrations (1 -> current, 3 -> kept counts), the story list's index order,
// the connection's statement cache (sqlite_db.h), and the scratch folder the store and server fuzzers open their stores in
// (core/fuzz_support.h).
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "core/fuzz_support.h"
#include "store/sqlite_db.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace crosscheck {
namespace {

using testing::MakeAnalysis;
using testing::TempDir;

// Creates a store at `path` as a binary of schema `version` left it (empty),
// for a test that then writes that version's rows through the raw database.
void CreateOldStore(const std::string& path, int version) {
  SqliteStoreOptions old_options;
  old_options.schema_version = version;
  auto old = OpenSqliteStore(path, old_options);
  ASSERT_TRUE(old.ok()) << old.error().message;
}

// A documents row as every schema up to 4 holds it.
std::string DocumentRowSql(const DocAnalysis& d, const std::string& source, const std::string& file,
                           const std::string& text, const std::string& records) {
  return "INSERT INTO documents(id, content_hash, source, language, format, path, text, records, ingested_at) "
         "VALUES('" + d.doc.id + "', '" + d.doc.content_hash + "', '" + source + "', 'en', 'text', '" + file +
         "', '" + text + "', '" + records + "', 1);";
}

TEST(SqliteStoreTest, RejectsAFileThatIsNotAStore) {
  TempDir dir;
  std::ofstream(dir.File("junk")) << "this is not a database, just some text that is long enough";
  auto s = OpenSqliteStore(dir.File("junk"));
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("junk"), std::string::npos);
  auto missing_dir = OpenSqliteStore(dir.File("no/such/dir/db.sqlite"));
  EXPECT_FALSE(missing_dir.ok());
}

TEST(SqliteStoreTest, MigratesASchemaOneStore) {
  TempDir dir;
  const std::string path = dir.File("old.sqlite");
  DocAnalysis a = MakeAnalysis("Kept from the old store. Text.", "A");
  {
    ASSERT_NO_FATAL_FAILURE(CreateOldStore(path, 1));
    // Schema 1 rows as the old store wrote them, and a member that was
    // never stored (the drift schema 2 forbids).
    auto db = sqlite::Db::Open(path, false, 1000);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec(DocumentRowSql(a, "A", "old.txt", a.doc.text, "{\"analysed\": true}") +
                         "INSERT INTO stories VALUES('s1', 't', '{}', 2, 0, 1);"
                         "INSERT INTO story_docs VALUES('s1', '" + a.doc.id + "'), ('s1', 'ghost');")
                    .ok());
  }
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.error().message;
  auto doc = (*store)->GetDocument(a.doc.id);
  ASSERT_TRUE(doc.ok() && doc->has_value());
  EXPECT_EQ((**doc).order_key, OrderKey(0, 1));
  EXPECT_EQ((**doc).stories, std::vector<std::string>{"s1"});  // the ghost member is gone
  EXPECT_EQ((*store)->Counts()->pending_fusion, 1);  // a document without a fuse_inputs row
  auto pending = (*store)->LoadFuseDocs(true, 10);
  ASSERT_TRUE(pending.ok());
  ASSERT_EQ(pending->size(), 1u);
  EXPECT_TRUE((*pending)[0].needs_input);  // the next fusion round computes it
  auto still = (*store)->LoadFuseDocs(true, 10);  // not yet fused: found again
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->size(), 1u);
  auto again = OpenSqliteStore(path);  // opening a migrated store changes nothing
  ASSERT_TRUE(again.ok());
}

// Schema 4 counts the rows a schema-3 store already holds, in place, and
// keeps them from then on; a kept count that drifts from its table is
// named by IntegrityCheck.
TEST(SqliteStoreTest, MigratesASchemaThreeStoreToKeptCounts) {
  TempDir dir;
  const std::string path = dir.File("v3.sqlite");
  DocAnalysis a = MakeAnalysis("Siege of the steel plant. 300 civilians remain. Day one.", "A", "civilians", "x");
  DocAnalysis b = MakeAnalysis("Harvest festival in the village. Day one.", "B");
  {
    ASSERT_NO_FATAL_FAILURE(CreateOldStore(path, 3));
    // Rows as a schema-3 store holds them: two documents, one fused, with
    // claims, sentences, a story, a rejected input.
    auto db = sqlite::Db::Open(path, false, 1000);
    ASSERT_TRUE(db.ok());
    for (const DocAnalysis* d : {&a, &b})
      ASSERT_TRUE(db->Exec(DocumentRowSql(*d, *d->doc.source, "x.txt", "text", "{}") +
                           "INSERT INTO sentences(text, doc_id, start, end) VALUES('one', '" + d->doc.id +
                           "', 0, 3), ('two', '" + d->doc.id + "', 4, 7);"
                           "INSERT INTO fuse_inputs(doc_id, fused, analysed, sketch, shingles, features) VALUES('" +
                           d->doc.id + "', " + (d == &a ? "1" : "0") + ", 1, x'', 0, '');")
                      .ok());
    ASSERT_TRUE(db->Exec("INSERT INTO claims(id, doc_id, json) VALUES('c1', '" + a.doc.id + "', '{}');"
                         "INSERT INTO stories(id, title, json, doc_count, disagreements, updated_at) "
                         "VALUES('s1', 't', '{}', 1, 0, 1);"
                         "INSERT INTO story_docs VALUES('s1', '" + a.doc.id + "');"
                         "INSERT INTO rejected(ref, name, reason, at) VALUES('r', 'n', 'why', 1);")
                    .ok());
  }
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.error().message;
  auto n = (*store)->Counts();
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->documents, 2);
  EXPECT_EQ(n->sentences, 4);
  EXPECT_EQ(n->claims, 1);
  EXPECT_EQ(n->stories, 1);
  EXPECT_EQ(n->rejected, 1);
  EXPECT_EQ(n->pending_fusion, 1);
  EXPECT_EQ((*store)->IntegrityCheck().value(), "ok");
  // Kept from now on.
  DocAnalysis c = MakeAnalysis("A third report. Nothing more.", "C");
  ASSERT_TRUE((*store)->PutAnalyses({c}, nullptr).ok());
  EXPECT_EQ((*store)->Counts()->documents, 3);
  EXPECT_EQ((*store)->Counts()->pending_fusion, 2);
  EXPECT_EQ((*store)->IntegrityCheck().value(), "ok");
  // A drifted count is named.
  {
    auto db = sqlite::Db::Open(path, false, 1000);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("UPDATE counts SET n = n + 5 WHERE name = 'sentences'").ok());
  }
  auto check = (*store)->IntegrityCheck();
  ASSERT_TRUE(check.ok());
  EXPECT_NE(check->find("count of sentences"), std::string::npos) << *check;
}

// The story list (ORDER BY updated_at DESC, id) must come from an index: a
// fusion round stamps many stories with one updated_at, and a sort of the
// tied rows carries every story's JSON (the stories page's server CPU went
// from 27 to 310 ms on 1,000 stories before schema 3).
TEST(SqliteStoreTest, TheStoryListIsReadInIndexOrderWithoutASort) {
  TempDir dir;
  const std::string path = dir.File("list.sqlite");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  auto db = sqlite::Db::Open(path, true, 1000);
  ASSERT_TRUE(db.ok());
  auto st = sqlite::Stmt::Prepare(*db,
                                  "EXPLAIN QUERY PLAN SELECT id, title, json, disagreements, updated_at, fingerprint "
                                  "FROM stories ORDER BY updated_at DESC, id LIMIT 51 OFFSET 0");
  ASSERT_TRUE(st.ok()) << st.error().message;
  std::string plan;
  for (;;) {
    auto row = st->Step();
    ASSERT_TRUE(row.ok());
    if (!*row) break;
    plan += st->Text(3) + "\n";
  }
  EXPECT_NE(plan.find("stories_updated"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
}

// Steps once: true when a row is ready (a step error fails the test).
bool CacheTestRow(sqlite::Stmt& st) {
  auto r = st.Step();
  EXPECT_TRUE(r.ok()) << r.error().message;
  return r.ok() && *r;
}

// Statements SQLite has prepared on the connection (cached or in use).
int OpenStatements(const sqlite::Db& db) {
  int n = 0;
  for (sqlite3_stmt* st = sqlite3_next_stmt(db.get(), nullptr); st; st = sqlite3_next_stmt(db.get(), st)) ++n;
  return n;
}

// A scratch database with table t(k INTEGER PRIMARY KEY, v TEXT NOT NULL)
// holding `rows` rows, and the writer connection.
sqlite::Db ScratchTable(const std::string& path, int rows) {
  auto db = sqlite::Db::Open(path, false, 1000);
  EXPECT_TRUE(db.ok()) << db.error().message;
  EXPECT_TRUE(db->Exec("PRAGMA journal_mode=WAL; CREATE TABLE t(k INTEGER PRIMARY KEY, v TEXT NOT NULL)").ok());
  for (int i = 1; i <= rows; ++i) EXPECT_TRUE(db->Exec("INSERT INTO t VALUES(" + std::to_string(i) + ", 'x')").ok());
  return std::move(db.value());
}

// The same SQL prepared again reuses the connection's statement: one
// statement stays prepared, not one per call; a different SQL text gets
// its own.
TEST(SqliteStmtCacheTest, TheSameSqlReusesOnePreparedStatement) {
  TempDir dir;
  sqlite::Db db = ScratchTable(dir.File("c.sqlite"), 3);
  for (int i = 0; i < 5; ++i) {
    auto st = sqlite::Stmt::Prepare(db, "SELECT count(*) FROM t WHERE k <= ?1");
    ASSERT_TRUE(st.ok()) << st.error().message;
    st->Bind(1, int64_t{i});
    auto row = st->Step();
    ASSERT_TRUE(row.ok() && *row);
    EXPECT_EQ(st->Int(0), std::min(i, 3));
  }
  EXPECT_EQ(OpenStatements(db), 1);
  EXPECT_EQ(db.CachedStatements(), 1u);
  {
    auto other = sqlite::Stmt::Prepare(db, "SELECT v FROM t WHERE k = ?1");
    ASSERT_TRUE(other.ok());
  }
  EXPECT_EQ(OpenStatements(db), 2);
}

// A cached statement comes back without the last use's bindings: an unbound
// parameter is NULL, as in a fresh statement.
TEST(SqliteStmtCacheTest, ACachedStatementComesBackWithoutBindings) {
  TempDir dir;
  sqlite::Db db = ScratchTable(dir.File("c.sqlite"), 1);
  const char* sql = "SELECT ?1 IS NULL";
  {
    auto st = sqlite::Stmt::Prepare(db, sql);
    ASSERT_TRUE(st.ok());
    st->Bind(1, "bound");
    ASSERT_TRUE(CacheTestRow(*st));
    EXPECT_EQ(st->Int(0), 0);
  }
  auto st = sqlite::Stmt::Prepare(db, sql);
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(CacheTestRow(*st));
  EXPECT_EQ(st->Int(0), 1);
}

// A SELECT left after its first row must not keep its read snapshot once
// the Stmt is gone (a finalize ends it; the cache resets it): a reader that
// runs it again sees a row another connection committed in between.
TEST(SqliteStmtCacheTest, AStatementLeftMidwayKeepsNoReadSnapshot) {
  TempDir dir;
  const std::string path = dir.File("c.sqlite");
  sqlite::Db writer = ScratchTable(path, 2);
  auto reader = sqlite::Db::Open(path, true, 1000);
  ASSERT_TRUE(reader.ok());
  const char* sql = "SELECT k, (SELECT count(*) FROM t) FROM t ORDER BY k";
  {
    auto st = sqlite::Stmt::Prepare(*reader, sql);
    ASSERT_TRUE(st.ok());
    auto row = st->Step();
    ASSERT_TRUE(row.ok() && *row);
    EXPECT_EQ(st->Int(1), 2);
    EXPECT_EQ(sqlite3_stmt_busy(sqlite3_next_stmt(reader->get(), nullptr)), 1);
  }  // left after one of two rows
  EXPECT_EQ(sqlite3_stmt_busy(sqlite3_next_stmt(reader->get(), nullptr)), 0);
  ASSERT_TRUE(writer.Exec("INSERT INTO t VALUES(3, 'x')").ok());
  auto st = sqlite::Stmt::Prepare(*reader, sql);
  ASSERT_TRUE(st.ok());
  auto row = st->Step();
  ASSERT_TRUE(row.ok() && *row);
  EXPECT_EQ(st->Int(1), 3);
}

// The same SQL used again while its cached statement is still running (a
// nested loop) gets a statement of its own; both run to the end.
TEST(SqliteStmtCacheTest, NestedUsesOfOneSqlAreIndependent) {
  TempDir dir;
  sqlite::Db db = ScratchTable(dir.File("c.sqlite"), 3);
  const char* sql = "SELECT k FROM t WHERE k >= ?1 ORDER BY k";
  auto outer = sqlite::Stmt::Prepare(db, sql);
  ASSERT_TRUE(outer.ok());
  outer->Bind(1, int64_t{1});
  int pairs = 0;
  for (;;) {
    auto row = outer->Step();
    ASSERT_TRUE(row.ok());
    if (!*row) break;
    auto inner = sqlite::Stmt::Prepare(db, sql);
    ASSERT_TRUE(inner.ok());
    inner->Bind(1, outer->Int(0));
    for (;;) {
      auto r = inner->Step();
      ASSERT_TRUE(r.ok());
      if (!*r) break;
      ++pairs;
    }
  }
  EXPECT_EQ(pairs, 3 + 2 + 1);
  EXPECT_EQ(db.CachedStatements(), 1u);
}

// A statement whose step failed goes back to the cache ready to run again,
// and the failure leaves the transaction exactly as without a cache.
TEST(SqliteStmtCacheTest, AFailedStepLeavesTheStatementReusable) {
  TempDir dir;
  sqlite::Db db = ScratchTable(dir.File("c.sqlite"), 1);
  const char* sql = "INSERT INTO t(k, v) VALUES(?1, ?2)";
  {
    sqlite::Transaction tx(&db);
    ASSERT_TRUE(tx.Begin().ok());
    auto st = sqlite::Stmt::Prepare(db, sql);
    ASSERT_TRUE(st.ok());
    st->Bind(1, int64_t{1}).Bind(2, "dup");  // primary key taken
    Status s = st->Run();
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().message.find("UNIQUE"), std::string::npos) << s.error().message;
  }  // rolled back
  auto st = sqlite::Stmt::Prepare(db, sql);
  ASSERT_TRUE(st.ok());
  st->Bind(1, int64_t{2});  // ?2 unbound: NULL, refused by NOT NULL
  EXPECT_FALSE(st->Run().ok());
  st->Reset();
  st->Bind(1, int64_t{2}).Bind(2, "y");
  EXPECT_TRUE(st->Run().ok());
  auto n = sqlite::Stmt::Prepare(db, "SELECT count(*) FROM t");
  ASSERT_TRUE(n.ok());
  ASSERT_TRUE(CacheTestRow(*n));
  EXPECT_EQ(n->Int(0), 2);
}

// A Stmt may outlive its Db (moved away or destroyed): it then finalizes
// itself, and a moved Db keeps its cache.
TEST(SqliteStmtCacheTest, AStatementMayOutliveItsConnection) {
  TempDir dir;
  const std::string path = dir.File("c.sqlite");
  sqlite::Db writer = ScratchTable(path, 2);
  auto db = sqlite::Db::Open(path, true, 1000);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(sqlite::Stmt::Prepare(*db, "SELECT count(*) FROM t").ok());
  sqlite::Db moved = std::move(db.value());
  EXPECT_EQ(moved.CachedStatements(), 1u);
  auto st = sqlite::Stmt::Prepare(moved, "SELECT count(*) FROM t");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(CacheTestRow(*st));
  EXPECT_EQ(st->Int(0), 2);
  moved = sqlite::Db();  // closes while `st` is out
  EXPECT_EQ(moved.CachedStatements(), 0u);
}  // `st` finalizes here (ASan: no use after free, no leak)

// Past kStmtCacheSize distinct texts, statements are prepared per use.
TEST(SqliteStmtCacheTest, TheCacheIsBounded) {
  TempDir dir;
  sqlite::Db db = ScratchTable(dir.File("c.sqlite"), 1);
  for (size_t i = 0; i < sqlite::kStmtCacheSize + 10; ++i) {
    auto st = sqlite::Stmt::Prepare(db, "SELECT " + std::to_string(i) + " FROM t");
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(CacheTestRow(*st));
    EXPECT_EQ(st->Int(0), static_cast<int64_t>(i));
  }
  EXPECT_EQ(db.CachedStatements(), sqlite::kStmtCacheSize);
  EXPECT_EQ(OpenStatements(db), static_cast<int>(sqlite::kStmtCacheSize));
}

// Through the store: many puts and reads leave a bounded number of
// statements on the writer, and a store reopened after them reads the same.
TEST(SqliteStmtCacheTest, AStoreReusesItsStatementsAcrossCalls) {
  TempDir dir;
  const std::string path = dir.File("s.sqlite");
  std::vector<std::string> ids;
  {
    auto store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    for (int i = 0; i < 30; ++i) {
      DocAnalysis a = MakeAnalysis("Officials said " + std::to_string(i + 10) + " people left. More text.", "S");
      std::vector<PutOutcome> out;
      ASSERT_TRUE((*store)->PutAnalyses({a}, &out).ok());
      ASSERT_EQ(out.size(), 1u);
      ASSERT_FALSE(out[0].error) << out[0].error->message;
      EXPECT_TRUE(out[0].inserted);
      ids.push_back(out[0].id);
      std::vector<PutOutcome> again;
      ASSERT_TRUE((*store)->PutAnalyses({a}, &again).ok());
      EXPECT_FALSE(again[0].inserted);
      EXPECT_EQ(again[0].id, out[0].id);
      auto got = (*store)->GetDocument(out[0].id);
      ASSERT_TRUE(got.ok() && got->has_value());
      EXPECT_EQ((**got).doc.text, a.doc.text);
    }
    auto ok = (*store)->IntegrityCheck();
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok, "ok");
  }
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok());
  auto docs = (*store)->GetDocuments(ids, false);
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ(docs->size(), ids.size());
  EXPECT_EQ((*store)->Counts()->documents, 30);
}

// A put of a document already stored is answered from a reader before its
// rows are built, so it needs no write lock: it succeeds (same id and seq,
// not inserted) while another connection holds the lock, when a new
// document waits out the busy timeout and fails.
TEST(SqliteStoreTest, AStoredDocumentIsAnsweredWithoutTheWriteLock) {
  TempDir dir;
  const std::string path = dir.File("dup.sqlite");
  SqliteStoreOptions options;
  options.busy_timeout_ms = 100;
  auto store = OpenSqliteStore(path, options);
  ASSERT_TRUE(store.ok()) << store.error().message;
  DocAnalysis a = MakeAnalysis("Officials said 40 people left. More text here.", "A");
  DocAnalysis fresh = MakeAnalysis("The mayor said 12 buses left Kyiv. Other text.", "A");
  std::vector<PutOutcome> first;
  ASSERT_TRUE((*store)->PutAnalyses({a}, &first).ok());
  ASSERT_TRUE(first[0].inserted);
  auto other = sqlite::Db::Open(path, false, 100);
  ASSERT_TRUE(other.ok());
  ASSERT_TRUE(other->Exec("BEGIN IMMEDIATE").ok());  // holds the write lock
  std::vector<PutOutcome> again;
  ASSERT_TRUE((*store)->PutAnalyses({a, fresh}, &again).ok());
  ASSERT_EQ(again.size(), 2u);
  EXPECT_FALSE(again[0].error) << again[0].error->message;
  EXPECT_FALSE(again[0].inserted);
  EXPECT_EQ(again[0].id, first[0].id);
  EXPECT_EQ(again[0].seq, first[0].seq);
  EXPECT_TRUE(again[1].error.has_value()) << "the new document needs the lock";
  EXPECT_FALSE(again[1].inserted);
  ASSERT_TRUE(other->Exec("ROLLBACK").ok());
  std::vector<PutOutcome> after;
  ASSERT_TRUE((*store)->PutAnalyses({fresh, a}, &after).ok());
  EXPECT_FALSE(after[0].error);
  EXPECT_TRUE(after[0].inserted);
  EXPECT_FALSE(after[1].inserted);
  EXPECT_EQ(after[1].seq, first[0].seq);
  EXPECT_EQ((*store)->Counts()->documents, 2);
}

// Documents put together share one transaction and one commit, yet each
// is reported as with a transaction each: one whose write fails is rolled
// back alone, one already stored (before, or earlier in the group) is
// answered stored, the others are committed.
TEST(SqliteStoreTest, DocumentsPutTogetherShareOneCommitAndFailAlone) {
  TempDir dir;
  const std::string path = dir.File("group.sqlite");
  SqliteStoreOptions options;
  options.before_commit = [](const std::string& id) -> Status {
    static int calls = 0;
    ++calls;
    return calls == 2 ? Status(Error{"injected fault in " + id}) : Status::Ok();
  };
  auto store = OpenSqliteStore(path, options);
  ASSERT_TRUE(store.ok()) << store.error().message;
  DocAnalysis old = MakeAnalysis("Officials said 40 people left. More text here.", "A");
  DocAnalysis b = MakeAnalysis("The mayor said 12 buses left Kyiv. Other text.", "A");
  DocAnalysis c = MakeAnalysis("Rescuers said 9 people were found. Later text.", "A");
  DocAnalysis d = MakeAnalysis("Two trains left the station at dawn. Quiet text.", "A");
  std::vector<PutOutcome> first;
  ASSERT_TRUE((*store)->PutAnalyses({old}, &first).ok());  // before_commit call 1
  ASSERT_TRUE(first[0].inserted);
  // Group: old (stored), b (call 2: fails), c, c again, d.
  std::vector<PutRequest> reqs{{&old, "k1"}, {&b, "k2"}, {&c, "k3"}, {&c, "k4"}, {&d, "k5"}};
  std::vector<PutOutcome> out;
  ASSERT_TRUE((*store)->PutDocumentsTogether(reqs, &out).ok());
  ASSERT_EQ(out.size(), 5u);
  EXPECT_FALSE(out[0].inserted);
  EXPECT_EQ(out[0].seq, first[0].seq);
  EXPECT_TRUE(out[1].error.has_value());
  EXPECT_FALSE(out[1].inserted);
  EXPECT_TRUE(out[2].inserted) << (out[2].error ? out[2].error->message : "");
  EXPECT_FALSE(out[3].inserted);  // the same document again: stored by the group
  EXPECT_FALSE(out[3].error);
  EXPECT_EQ(out[3].seq, out[2].seq);
  EXPECT_TRUE(out[4].inserted);
  auto counts = (*store)->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 3);       // old, c, d
  EXPECT_EQ(counts->pending_fusion, 3);  // each with its fusion input
  auto got = (*store)->GetDocuments({b.doc.id, c.doc.id, d.doc.id}, false);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->size(), 2u);  // b rolled back alone
}

// The store and server fuzz targets keep their store in FuzzScratchDir:
// /dev/shm when it is there with room, else $TMPDIR, else /tmp (a CI
// machine's /dev/shm may be missing or 64 MB). A store opens there.
TEST(FuzzScratchDirTest, ShmWhenRoomyElseTmpdir) {
  char made[] = "/tmp/crosscheck_scratch_test_XXXXXX";
  ASSERT_NE(mkdtemp(made), nullptr);
  const std::string tmp = made;
  const char* old = std::getenv("TMPDIR");
  const std::string saved = old ? old : "";
  setenv("TMPDIR", tmp.c_str(), 1);
  EXPECT_EQ(FuzzScratchParent("/no/such/shm"), tmp);
  EXPECT_EQ(FuzzScratchParent("/dev/shm", UINT64_MAX), tmp);  // too small
  EXPECT_EQ(FuzzScratchParent(tmp.c_str(), 1), tmp);
  setenv("TMPDIR", (tmp + "/missing").c_str(), 1);
  EXPECT_EQ(FuzzScratchParent(nullptr), "/tmp");
  setenv("TMPDIR", tmp.c_str(), 1);
  const std::string dir = FuzzScratchDir("contract"), again = FuzzScratchDir("contract");
  EXPECT_EQ(dir.rfind(FuzzScratchParent() + "/crosscheck_contract_", 0), 0u) << dir;
  EXPECT_NE(dir, again) << "a fresh folder each call";
  {
    auto s = OpenSqliteStore(dir + "/fuzz.db");
    ASSERT_TRUE(s.ok()) << s.error().message;
  }
  if (old) setenv("TMPDIR", saved.c_str(), 1);
  else unsetenv("TMPDIR");
  std::error_code ec;
  for (const std::string& d : {dir, again, tmp}) std::filesystem::remove_all(d, ec);
}

}  // namespace
}  // namespace crosscheck
