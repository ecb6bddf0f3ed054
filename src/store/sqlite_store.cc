// SQLite store: schema migrations, connections and the document write path.
// Fusion rounds, rejected inputs and the integrity check are in
// sqlite_fuse.cc; reads in sqlite_store_read.cc.
//
// Layout (schema version in the `meta` table; see kMigrations):
//   documents   one row per stored document: metadata, text, the JSON of its
//               records, its fusion order key; UNIQUE(content_hash, source)
//               makes ingest idempotent.
//   claims      one row per claim (JSON plus the columns the API filters on).
//   entities    distinct (document, name, type).
//   sentences   FTS5 table (unicode61, diacritics folded) of sentence text
//               with the document id and byte span.
//   fuse_inputs one row per document: its sketch, story features and own
//               date; `fused` = 0 until a fusion round takes it.
//   stories, story_docs   the current stories and their members (both
//               foreign keys: a member is always a stored document).
//   rejected    inputs that could not become documents, with the reason.
// Every write runs in one BEGIN IMMEDIATE transaction on the single writer
// connection; journal_mode=WAL with synchronous=FULL makes a commit durable
// before the call returns, so callers may acknowledge after it.
#include "store/sqlite_store.h"

#include <set>

#include "store/store_rows.h"

namespace crosscheck {

namespace {

using store_rows::NowMs;

// Migration N brings a store from schema N-1 to N; each runs in one
// transaction with the version bump. Never edit a released step: add one.
constexpr const char* kMigrations[] = {
    // 1: documents, records, claims, entities, sentence index, stories.
    R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  url TEXT, title TEXT, author TEXT, date TEXT, date_origin TEXT,
  language TEXT NOT NULL, format TEXT NOT NULL, path TEXT NOT NULL, line INTEGER,
  copy_of TEXT, body_start INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  records TEXT NOT NULL,
  ingested_at INTEGER NOT NULL,
  UNIQUE(content_hash, source));
CREATE TABLE claims(
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  measure TEXT NOT NULL DEFAULT '', speaker TEXT NOT NULL DEFAULT '',
  as_of TEXT NOT NULL DEFAULT '', time TEXT NOT NULL DEFAULT '',
  json TEXT NOT NULL);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE INDEX claims_as_of ON claims(as_of);
CREATE TABLE entities(
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL, type TEXT NOT NULL,
  PRIMARY KEY(doc_id, name, type));
CREATE INDEX entities_name ON entities(name);
CREATE VIRTUAL TABLE sentences USING fts5(
  text, doc_id UNINDEXED, start UNINDEXED, end UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE stories(
  id TEXT PRIMARY KEY, title TEXT NOT NULL, json TEXT NOT NULL,
  doc_count INTEGER NOT NULL, disagreements INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE INDEX stories_updated ON stories(updated_at);
CREATE TABLE story_docs(
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL,
  PRIMARY KEY(story_id, doc_id));
CREATE INDEX story_docs_doc ON story_docs(doc_id);
INSERT OR IGNORE INTO meta(key, value) VALUES('last_change_ms', '0');
)sql",
    // 2: fusion order and inputs, story fingerprints, members that must be
    // documents, rejected inputs. Documents of schema 1 keep their arrival
    // order and get their fusion input from the next round (needs_input).
    R"sql(
ALTER TABLE documents ADD COLUMN order_key TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN date_basis TEXT;
UPDATE documents SET order_key = printf('%020d-%020d', 0, seq),
                     date_basis = json_extract(records, '$.date_basis');
CREATE INDEX documents_order ON documents(order_key, id);
CREATE TABLE fuse_inputs(
  doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  fused INTEGER NOT NULL DEFAULT 0,
  analysed INTEGER NOT NULL,
  sketch BLOB NOT NULL, shingles INTEGER NOT NULL, features TEXT NOT NULL,
  own_date TEXT, own_date_origin TEXT, own_date_basis TEXT);
CREATE INDEX fuse_inputs_pending ON fuse_inputs(fused) WHERE fused = 0;
ALTER TABLE stories ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
CREATE TABLE story_docs_v2(
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY(story_id, doc_id));
INSERT INTO story_docs_v2 SELECT s.story_id, s.doc_id FROM story_docs s
  WHERE s.doc_id IN (SELECT id FROM documents);
DROP TABLE story_docs;
ALTER TABLE story_docs_v2 RENAME TO story_docs;
CREATE INDEX story_docs_doc ON story_docs(doc_id);
CREATE TABLE rejected(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  ref TEXT NOT NULL, name TEXT NOT NULL, reason TEXT NOT NULL, at INTEGER NOT NULL,
  UNIQUE(ref, name, reason));
INSERT OR IGNORE INTO meta(key, value) VALUES('fuse_epoch', '0');
)sql",
    // 3: the story list's order (updated_at DESC, id) read from one index.
    // A fusion round stamps many stories with the same updated_at; with an
    // index on updated_at alone SQLite sorted every tied row, story JSON
    // included (160 ms for 1,000 stories against 4 ms).
    R"sql(
DROP INDEX stories_updated;
CREATE INDEX stories_updated ON stories(updated_at DESC, id);
)sql",
    // 4: row counts kept by triggers (Counts() read them instead of counting:
    // count(*) of the FTS5 sentence table reads every sentence: 120 ms cold,
    // 20 ms of CPU warm at 50,000 documents, on every poll). The FTS5
    // table takes no trigger: PutOne adds its sentences in the same
    // transaction. `unfused` is the fuse_inputs rows with fused = 0.
    R"sql(
CREATE TABLE counts(name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO counts(name, n)
  SELECT 'documents', count(*) FROM documents UNION ALL
  SELECT 'stories', count(*) FROM stories UNION ALL
  SELECT 'claims', count(*) FROM claims UNION ALL
  SELECT 'sentences', count(*) FROM sentences UNION ALL
  SELECT 'fuse_inputs', count(*) FROM fuse_inputs UNION ALL
  SELECT 'unfused', count(*) FROM fuse_inputs WHERE fused = 0 UNION ALL
  SELECT 'rejected', count(*) FROM rejected;
CREATE TRIGGER count_documents_ins AFTER INSERT ON documents BEGIN
  UPDATE counts SET n = n + 1 WHERE name = 'documents'; END;
CREATE TRIGGER count_documents_del AFTER DELETE ON documents BEGIN
  UPDATE counts SET n = n - 1 WHERE name = 'documents'; END;
CREATE TRIGGER count_stories_ins AFTER INSERT ON stories BEGIN
  UPDATE counts SET n = n + 1 WHERE name = 'stories'; END;
CREATE TRIGGER count_stories_del AFTER DELETE ON stories BEGIN
  UPDATE counts SET n = n - 1 WHERE name = 'stories'; END;
CREATE TRIGGER count_claims_ins AFTER INSERT ON claims BEGIN
  UPDATE counts SET n = n + 1 WHERE name = 'claims'; END;
CREATE TRIGGER count_claims_del AFTER DELETE ON claims BEGIN
  UPDATE counts SET n = n - 1 WHERE name = 'claims'; END;
CREATE TRIGGER count_rejected_ins AFTER INSERT ON rejected BEGIN
  UPDATE counts SET n = n + 1 WHERE name = 'rejected'; END;
CREATE TRIGGER count_rejected_del AFTER DELETE ON rejected BEGIN
  UPDATE counts SET n = n - 1 WHERE name = 'rejected'; END;
CREATE TRIGGER count_fuse_inputs_ins AFTER INSERT ON fuse_inputs BEGIN
  UPDATE counts SET n = n + 1 WHERE name = 'fuse_inputs';
  UPDATE counts SET n = n + 1 WHERE name = 'unfused' AND NEW.fused = 0; END;
CREATE TRIGGER count_fuse_inputs_del AFTER DELETE ON fuse_inputs BEGIN
  UPDATE counts SET n = n - 1 WHERE name = 'fuse_inputs';
  UPDATE counts SET n = n - 1 WHERE name = 'unfused' AND OLD.fused = 0; END;
CREATE TRIGGER count_fuse_inputs_upd AFTER UPDATE OF fused ON fuse_inputs
  WHEN (OLD.fused = 0) <> (NEW.fused = 0) BEGIN
  UPDATE counts SET n = n + (CASE WHEN NEW.fused = 0 THEN 1 ELSE -1 END) WHERE name = 'unfused'; END;
)sql",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kStoreSchemaVersion);

bool WordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

std::string QuoteTerm(const std::string& term) {
  std::string out = "\"";
  for (char c : term) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Schema version of an open database: 0 for an empty file, -1 when the file
// holds tables but is not a crosscheck store.
Result<int> SchemaVersion(const sqlite::Db& db) {
  auto has_meta = sqlite::Stmt::Prepare(
      db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
  if (!has_meta.ok()) return has_meta.error();
  auto r = has_meta->Step();
  if (!r.ok()) return r.error();
  if (has_meta->Int(0) == 0) {
    auto any = sqlite::Stmt::Prepare(db, "SELECT count(*) FROM sqlite_master");
    if (!any.ok()) return any.error();
    auto ra = any->Step();
    if (!ra.ok()) return ra.error();
    return any->Int(0) == 0 ? 0 : -1;
  }
  auto v = sqlite::Stmt::Prepare(db, "SELECT value FROM meta WHERE key='schema'");
  if (!v.ok()) return v.error();
  auto rv = v->Step();
  if (!rv.ok()) return rv.error();
  if (!*rv) return -1;
  std::string s = v->Text(0);
  if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 4) return -1;
  return std::stoi(s);
}

}  // namespace

Result<std::string> FtsQuery(const std::string& text, const std::string& joiner) {
  std::vector<std::string> terms;
  size_t i = 0, n = text.size();
  while (i < n) {
    unsigned char c = text[i];
    if (c == '"') {  // a phrase: its words, in order
      size_t close = text.find('"', i + 1);
      if (close == std::string::npos) close = n;
      std::string phrase;
      for (size_t k = i + 1; k < close; ++k) {
        unsigned char p = text[k];
        if (WordByte(p)) {
          phrase += static_cast<char>(p);
        } else if (!phrase.empty() && phrase.back() != ' ') {
          phrase += ' ';
        }
      }
      while (!phrase.empty() && phrase.back() == ' ') phrase.pop_back();
      if (!phrase.empty()) terms.push_back(QuoteTerm(phrase));
      i = close + 1;
      continue;
    }
    if (!WordByte(c)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && WordByte(static_cast<unsigned char>(text[j]))) ++j;
    std::string term = QuoteTerm(text.substr(i, j - i));
    if (j < n && text[j] == '*') {
      term += '*';
      ++j;
    }
    terms.push_back(std::move(term));
    i = j;
  }
  if (terms.empty()) return Error{"the query has no words"};
  std::string out;
  for (size_t k = 0; k < terms.size(); ++k) {
    if (k) out += joiner;
    out += terms[k];
  }
  return out;
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               const SqliteStoreOptions& options) {
  return SqliteStore::Open(path, options);
}

Result<std::unique_ptr<Store>> SqliteStore::Open(const std::string& path,
                                                 const SqliteStoreOptions& options) {
  auto db = sqlite::Db::Open(path, /*read_only=*/false, options.busy_timeout_ms);
  if (!db.ok()) return db.error();
  // WAL must be set outside a transaction; it persists in the file.
  {
    auto mode = sqlite::Stmt::Prepare(*db, "PRAGMA journal_mode=WAL");
    if (!mode.ok()) return mode.error().Wrap(path);
    auto row = mode->Step();
    if (!row.ok()) return row.error().Wrap(path);
    if (!*row || mode->Text(0) != "wal") return Error{path + ": cannot switch to WAL journal mode"};
  }  // the statement must be finished before the transaction below commits
  // Foreign keys are off during migrations (a table rebuild must not
  // cascade), on afterwards.
  if (Status s = db->Exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF;"); !s.ok())
    return s.error().Wrap(path);
  const int target = options.schema_version > 0 ? options.schema_version : kStoreSchemaVersion;
  for (;;) {
    sqlite::Transaction tx(&*db);
    if (Status s = tx.Begin(); !s.ok()) return s.error().Wrap(path);
    auto version = SchemaVersion(*db);
    if (!version.ok()) return version.error().Wrap(path);
    if (*version < 0 || *version > kStoreSchemaVersion)
      return Error{path + ": not a crosscheck store (or one of a newer schema than " +
                   std::to_string(kStoreSchemaVersion) + ")"};
    if (*version >= target) break;  // the transaction rolls back: nothing to do
    const int next = *version + 1;
    if (Status s = db->Exec(kMigrations[next - 1]); !s.ok())
      return s.error().Wrap(path + ": migrating the schema to version " + std::to_string(next));
    if (Status s = db->Exec("INSERT OR REPLACE INTO meta(key, value) VALUES('schema', '" +
                            std::to_string(next) + "')");
        !s.ok())
      return s.error().Wrap(path);
    if (Status s = tx.Commit(); !s.ok()) return s.error().Wrap(path);
  }
  if (Status s = db->Exec("PRAGMA foreign_keys=ON;"); !s.ok()) return s.error().Wrap(path);
  return std::unique_ptr<Store>(new SqliteStore(path, options, std::move(db.value())));
}

SqliteStore::~SqliteStore() = default;

SqliteStore::Reader::~Reader() {
  if (!db_.get()) return;
  std::lock_guard<std::mutex> lock(store_->pool_mu_);
  if (store_->pool_.size() < static_cast<size_t>(store_->options_.read_connections))
    store_->pool_.push_back(std::move(db_));
}

Result<SqliteStore::Reader> SqliteStore::AcquireReader() {
  {
    std::lock_guard<std::mutex> lock(pool_mu_);
    if (!pool_.empty()) {
      sqlite::Db db = std::move(pool_.back());
      pool_.pop_back();
      return Reader(this, std::move(db));
    }
  }
  auto db = sqlite::Db::Open(path_, /*read_only=*/true, options_.busy_timeout_ms);
  if (!db.ok()) return db.error();
  return Reader(this, std::move(db.value()));
}

Status SqliteStore::TouchLocked() {
  auto st = sqlite::Stmt::Prepare(writer_, "UPDATE meta SET value=?1 WHERE key='last_change_ms'");
  if (!st.ok()) return st.error();
  st->Bind(1, std::to_string(NowMs()));
  return st->Run();
}

Status SqliteStore::PutDocuments(const std::vector<PutRequest>& docs, std::vector<PutOutcome>* outcomes) {
  if (outcomes) outcomes->clear();
  for (const PutRequest& r : docs) {
    PutOutcome out;
    if (!r.analysis) {
      out.error = Error{"a put request without an analysis"};
      if (outcomes) outcomes->push_back(std::move(out));
      continue;
    }
    out.id = r.analysis->doc.id;
    if (Status s = PutOne(r, &out); !s.ok()) {
      out.inserted = false;
      out.seq = 0;
      out.error = s.error().Wrap("document " + r.analysis->doc.id + " (" + r.analysis->doc.path + ")");
    }
    if (outcomes) outcomes->push_back(std::move(out));
  }
  return Status::Ok();
}

// Several documents in one transaction (one WAL commit and fsync instead of
// one each: the commit was a third of a document's store CPU), each under
// a savepoint so that one that fails is rolled back alone and reported, as
// with a transaction each. Nothing is reported stored before the commit;
// when the commit fails, every document of the group failed.
Status SqliteStore::PutDocumentsTogether(const std::vector<PutRequest>& docs, std::vector<PutOutcome>* outcomes) {
  if (outcomes) outcomes->clear();
  std::vector<PutOutcome> out(docs.size());
  std::vector<PreparedPut> prep(docs.size());
  std::vector<bool> failed(docs.size(), false);
  auto fail = [&](size_t i, const Error& e) {
    out[i].inserted = false;
    out[i].seq = 0;
    out[i].error = e.Wrap("document " + docs[i].analysis->doc.id + " (" + docs[i].analysis->doc.path + ")");
    failed[i] = true;
  };
  for (size_t i = 0; i < docs.size(); ++i) {
    if (!docs[i].analysis) {
      out[i].error = Error{"a put request without an analysis"};
      failed[i] = true;
      continue;
    }
    out[i].id = docs[i].analysis->doc.id;
    if (Status s = PrepareOne(docs[i], &out[i], &prep[i]); !s.ok()) fail(i, s.error());
  }
  std::vector<size_t> written;
  {
    std::lock_guard<std::mutex> lock(write_mu_);
    sqlite::Transaction tx(&writer_);
    Status begun = tx.Begin();
    for (size_t i = 0; i < docs.size(); ++i) {
      if (failed[i] || prep[i].done) continue;
      if (!begun.ok()) {
        fail(i, begun.error());
        continue;
      }
      if (Status s = writer_.Exec("SAVEPOINT put_doc"); !s.ok()) {
        fail(i, s.error());
        continue;
      }
      Status s = WriteOneLocked(docs[i], &prep[i], &out[i]);
      if (!s.ok()) {
        (void)writer_.Exec("ROLLBACK TO put_doc");
        fail(i, s.error());
      } else if (!prep[i].done) {
        written.push_back(i);
      }
      (void)writer_.Exec("RELEASE put_doc");
    }
    if (begun.ok()) {
      if (Status s = tx.Commit(); !s.ok()) {
        for (size_t i : written) fail(i, s.error());
        written.clear();
      }
    }
  }
  for (size_t i : written) out[i].inserted = true;
  if (outcomes) *outcomes = std::move(out);
  return Status::Ok();
}

Status SqliteStore::WriteFuseInputLocked(const FuseDoc& f) {
  auto ins = sqlite::Stmt::Prepare(writer_, R"sql(
    INSERT INTO fuse_inputs(doc_id, fused, analysed, sketch, shingles, features,
                            own_date, own_date_origin, own_date_basis)
    VALUES(?1, 0, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
    ON CONFLICT(doc_id) DO UPDATE SET fused = 0, analysed = excluded.analysed, sketch = excluded.sketch,
      shingles = excluded.shingles, features = excluded.features, own_date = excluded.own_date,
      own_date_origin = excluded.own_date_origin, own_date_basis = excluded.own_date_basis)sql");
  if (!ins.ok()) return ins.error();
  ins->Bind(1, f.id).Bind(2, static_cast<int64_t>(f.input.analysed));
  ins->BindBlob(3, store_rows::EncodeSketch(f.input.sketch));
  ins->Bind(4, static_cast<int64_t>(f.input.sketch.shingles));
  ins->Bind(5, store_rows::EncodeFeatures(f.input.features));
  ins->Bind(6, f.own_date).Bind(7, f.own_date_origin).Bind(8, f.own_date_basis);
  return ins->Run();
}

Status SqliteStore::ReplaceAnalysisLocked(const DocAnalysis& a) {
  const Document& d = a.doc;
  Json records = DocumentRecordsJson(a);
  {
    auto up = sqlite::Stmt::Prepare(
        writer_, "UPDATE documents SET date=?2, date_origin=?3, date_basis=?4, records=?5 WHERE id=?1");
    if (!up.ok()) return up.error();
    up->Bind(1, d.id).Bind(2, d.date).Bind(3, d.date_origin).Bind(4, d.date_basis).Bind(5, records.dump());
    if (Status s = up->Run(); !s.ok()) return s;
  }
  for (const char* sql : {"DELETE FROM claims WHERE doc_id=?1", "DELETE FROM entities WHERE doc_id=?1"}) {
    auto del = sqlite::Stmt::Prepare(writer_, sql);
    if (!del.ok()) return del.error();
    del->Bind(1, d.id);
    if (Status s = del->Run(); !s.ok()) return s;
  }
  auto claim = sqlite::Stmt::Prepare(
      writer_, "INSERT INTO claims(id, doc_id, measure, speaker, as_of, time, json) "
               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!claim.ok()) return claim.error();
  for (const store_rows::ClaimRow& c : store_rows::ClaimRows(records)) {
    claim->Reset();
    claim->Bind(1, c.id).Bind(2, d.id).Bind(3, c.measure).Bind(4, c.speaker);
    claim->Bind(5, c.as_of).Bind(6, c.time).Bind(7, c.json);
    if (Status s = claim->Run(); !s.ok()) return s;
  }
  auto entity = sqlite::Stmt::Prepare(
      writer_, "INSERT OR IGNORE INTO entities(doc_id, name, type) VALUES(?1, ?2, ?3)");
  if (!entity.ok()) return entity.error();
  for (const store_rows::EntityRow& e : store_rows::EntityRows(a)) {
    entity->Reset();
    entity->Bind(1, d.id).Bind(2, e.name).Bind(3, e.type);
    if (Status s = entity->Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

std::optional<std::pair<std::string, int64_t>> SqliteStore::FindStored(const Document& d) {
  auto r = AcquireReader();
  if (!r.ok()) return std::nullopt;
  auto find = sqlite::Stmt::Prepare(
      r->db(), "SELECT id, seq FROM documents WHERE (content_hash=?1 AND source=?2) OR id=?3 LIMIT 1");
  if (!find.ok()) return std::nullopt;
  find->Bind(1, d.content_hash).Bind(2, d.source.value_or("")).Bind(3, d.id);
  auto row = find->Step();
  if (!row.ok() || !*row) return std::nullopt;
  return std::make_pair(find->Text(0), find->Int(1));
}

Status SqliteStore::PrepareOne(const PutRequest& r, PutOutcome* out, PreparedPut* p) {
  const DocAnalysis& a = *r.analysis;
  const Document& d = a.doc;
  if (d.id.empty()) return Error{"document without an id"};
  // Already stored: answered from a reader before the rows are built (a
  // re-ingest of stored files, a client retrying a post) and without the
  // write lock. A committed document is never removed, so the answer is the
  // one the transaction below would give; that check stays the authority
  // for a document not seen here (a reader that cannot answer changes
  // nothing either).
  if (auto found = FindStored(d); found) {
    out->id = found->first;
    out->seq = found->second;
    out->inserted = false;
    p->done = true;
    return Status::Ok();
  }
  p->done = false;
  const std::string order_key = r.order_key.empty() ? ClockOrderKey() : r.order_key;
  // Work that needs no lock.
  p->order_key = order_key;
  Json& records = p->records;
  records = DocumentRecordsJson(a);
  FuseDoc& fuse = p->fuse;
  fuse.id = d.id;
  fuse.input = MakeGroupingInput(a);
  store_rows::OwnDate own = store_rows::OwnDateOf(d);
  fuse.own_date = own.date;
  fuse.own_date_origin = own.origin;
  fuse.own_date_basis = own.basis;
  return Status::Ok();
}

// The rows of one prepared document, inside the caller's transaction (not
// committed here). p->done when it was stored already.
Status SqliteStore::WriteOneLocked(const PutRequest& r, PreparedPut* p, PutOutcome* out) {
  const DocAnalysis& a = *r.analysis;
  const Document& d = a.doc;
  const std::string& order_key = p->order_key;
  const Json& records = p->records;
  const FuseDoc& fuse = p->fuse;
  {
    auto find = sqlite::Stmt::Prepare(
        writer_,
        "SELECT id, seq FROM documents WHERE (content_hash=?1 AND source=?2) OR id=?3 LIMIT 1");
    if (!find.ok()) return find.error();
    find->Bind(1, d.content_hash).Bind(2, d.source.value_or("")).Bind(3, d.id);
    auto row = find->Step();
    if (!row.ok()) return row.error();
    if (*row) {  // already stored: idempotent
      out->id = find->Text(0);
      out->seq = find->Int(1);
      out->inserted = false;
      p->done = true;
      return Status::Ok();
    }
  }
  {
    auto ins = sqlite::Stmt::Prepare(writer_, R"sql(
      INSERT INTO documents(id, content_hash, source, url, title, author, date, date_origin,
        language, format, path, line, copy_of, body_start, text, records, ingested_at,
        order_key, date_basis)
      VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, NULL, ?13, ?14, ?15, ?16, ?17, ?18))sql");
    if (!ins.ok()) return ins.error();
    ins->Bind(1, d.id).Bind(2, d.content_hash).Bind(3, d.source.value_or("")).Bind(4, d.url);
    ins->Bind(5, d.title).Bind(6, d.author).Bind(7, d.date).Bind(8, d.date_origin);
    ins->Bind(9, d.language).Bind(10, d.format).Bind(11, d.path);
    if (d.line) ins->Bind(12, *d.line); else ins->BindNull(12);
    ins->Bind(13, static_cast<int64_t>(d.body_start)).Bind(14, d.text);
    ins->Bind(15, records.dump()).Bind(16, NowMs()).Bind(17, order_key).Bind(18, d.date_basis);
    if (Status s = ins->Run(); !s.ok()) return s;
    out->seq = sqlite3_last_insert_rowid(writer_.get());
  }
  {
    auto ins = sqlite::Stmt::Prepare(
        writer_, "INSERT INTO claims(id, doc_id, measure, speaker, as_of, time, json) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!ins.ok()) return ins.error();
    for (const store_rows::ClaimRow& c : store_rows::ClaimRows(records)) {
      ins->Reset();
      ins->Bind(1, c.id).Bind(2, d.id).Bind(3, c.measure).Bind(4, c.speaker);
      ins->Bind(5, c.as_of).Bind(6, c.time).Bind(7, c.json);
      if (Status s = ins->Run(); !s.ok()) return s;
    }
  }
  {
    auto ins = sqlite::Stmt::Prepare(
        writer_, "INSERT OR IGNORE INTO entities(doc_id, name, type) VALUES(?1, ?2, ?3)");
    if (!ins.ok()) return ins.error();
    for (const store_rows::EntityRow& e : store_rows::EntityRows(a)) {
      ins->Reset();
      ins->Bind(1, d.id).Bind(2, e.name).Bind(3, e.type);
      if (Status s = ins->Run(); !s.ok()) return s;
    }
  }
  {
    auto ins = sqlite::Stmt::Prepare(
        writer_, "INSERT INTO sentences(text, doc_id, start, end) VALUES(?1, ?2, ?3, ?4)");
    if (!ins.ok()) return ins.error();
    int64_t sentences = 0;
    for (const store_rows::SentenceRow& s : store_rows::SentenceRows(a)) {
      ins->Reset();
      ins->Bind(1, s.text).Bind(2, d.id);
      ins->Bind(3, static_cast<int64_t>(s.start)).Bind(4, static_cast<int64_t>(s.end));
      if (Status st = ins->Run(); !st.ok()) return st;
      ++sentences;
    }
    // The FTS5 table takes no trigger: its count is kept here (schema 4).
    auto count = sqlite::Stmt::Prepare(writer_, "UPDATE counts SET n = n + ?1 WHERE name = 'sentences'");
    if (!count.ok()) return count.error();
    count->Bind(1, sentences);
    if (Status st = count->Run(); !st.ok()) return st;
  }
  if (Status s = WriteFuseInputLocked(fuse); !s.ok()) return s;
  if (Status s = TouchLocked(); !s.ok()) return s;
  if (options_.before_commit) {
    if (Status s = options_.before_commit(d.id); !s.ok()) return s;
  }
  return Status::Ok();
}

Status SqliteStore::PutOne(const PutRequest& r, PutOutcome* out) {
  PreparedPut p;
  if (Status s = PrepareOne(r, out, &p); !s.ok() || p.done) return s;
  std::lock_guard<std::mutex> lock(write_mu_);
  sqlite::Transaction tx(&writer_);
  if (Status s = tx.Begin(); !s.ok()) return s;
  if (Status s = WriteOneLocked(r, &p, out); !s.ok() || p.done) return s;
  if (Status s = tx.Commit(); !s.ok()) {
    out->seq = 0;
    return s;
  }
  out->inserted = true;
  return Status::Ok();
}

}  // namespace crosscheck
