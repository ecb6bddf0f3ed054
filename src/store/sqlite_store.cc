// SQLite store: schema, connections and the write path.
//
// Layout (schema version 1, kept in the `meta` table):
//   documents   one row per stored document: metadata, text, the JSON of its
//               records; UNIQUE(content_hash, source) makes ingest idempotent.
//   claims      one row per claim (JSON plus the columns the API filters on).
//   entities    distinct (document, name, type), to find related documents.
//   sentences   FTS5 table (unicode61, diacritics folded) of sentence text
//               with the document id and byte span.
//   stories, story_docs   the current stories and their members.
// Every write runs in one BEGIN IMMEDIATE transaction on the single writer
// connection; journal_mode=WAL with synchronous=FULL makes a commit durable
// before the call returns, so callers may acknowledge after it.
#include "store/sqlite_store.h"

#include <chrono>
#include <set>

namespace crosscheck {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
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
CREATE TABLE IF NOT EXISTS claims(
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  measure TEXT NOT NULL DEFAULT '', speaker TEXT NOT NULL DEFAULT '',
  as_of TEXT NOT NULL DEFAULT '', time TEXT NOT NULL DEFAULT '',
  json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_id);
CREATE INDEX IF NOT EXISTS claims_as_of ON claims(as_of);
CREATE TABLE IF NOT EXISTS entities(
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL, type TEXT NOT NULL,
  PRIMARY KEY(doc_id, name, type));
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5(
  text, doc_id UNINDEXED, start UNINDEXED, end UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS stories(
  id TEXT PRIMARY KEY, title TEXT NOT NULL, json TEXT NOT NULL,
  doc_count INTEGER NOT NULL, disagreements INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS stories_updated ON stories(updated_at);
CREATE TABLE IF NOT EXISTS story_docs(
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL,
  PRIMARY KEY(story_id, doc_id));
CREATE INDEX IF NOT EXISTS story_docs_doc ON story_docs(doc_id);
INSERT OR IGNORE INTO meta(key, value) VALUES('schema', '1');
INSERT OR IGNORE INTO meta(key, value) VALUES('last_change_ms', '0');
)sql";

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

}  // namespace

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

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

Store::~Store() = default;

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
  if (Status s = db->Exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"); !s.ok())
    return s.error().Wrap(path);
  {
    sqlite::Transaction tx(&*db);
    if (Status s = tx.Begin(); !s.ok()) return s.error().Wrap(path);
    if (Status s = db->Exec(kSchema); !s.ok()) return s.error().Wrap(path + ": creating the schema");
    if (Status s = tx.Commit(); !s.ok()) return s.error().Wrap(path);
  }
  {
    auto version = sqlite::Stmt::Prepare(*db, "SELECT value FROM meta WHERE key='schema'");
    if (!version.ok()) return version.error().Wrap(path);
    if (auto r = version->Step(); !r.ok() || !*r || version->Text(0) != "1")
      return Error{path + ": not a crosscheck store of schema 1"};
  }
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

Status SqliteStore::PutAnalyses(const std::vector<DocAnalysis>& analyses,
                                std::vector<PutOutcome>* outcomes) {
  if (outcomes) outcomes->clear();
  for (const DocAnalysis& a : analyses) {
    PutOutcome out;
    out.id = a.doc.id;
    if (Status s = PutOne(a, &out); !s.ok()) {
      out.inserted = false;
      out.seq = 0;
      out.error = s.error().Wrap("document " + a.doc.id + " (" + a.doc.path + ")");
    }
    if (outcomes) outcomes->push_back(std::move(out));
  }
  return Status::Ok();
}

Status SqliteStore::PutOne(const DocAnalysis& a, PutOutcome* out) {
  const Document& d = a.doc;
  if (d.id.empty()) return Error{"document without an id"};
  std::lock_guard<std::mutex> lock(write_mu_);
  sqlite::Transaction tx(&writer_);
  if (Status s = tx.Begin(); !s.ok()) return s;
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
      return Status::Ok();
    }
  }
  Json records = DocumentRecordsJson(a);
  {
    auto ins = sqlite::Stmt::Prepare(writer_, R"sql(
      INSERT INTO documents(id, content_hash, source, url, title, author, date, date_origin,
        language, format, path, line, copy_of, body_start, text, records, ingested_at)
      VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17))sql");
    if (!ins.ok()) return ins.error();
    ins->Bind(1, d.id).Bind(2, d.content_hash).Bind(3, d.source.value_or("")).Bind(4, d.url);
    ins->Bind(5, d.title).Bind(6, d.author).Bind(7, d.date).Bind(8, d.date_origin);
    ins->Bind(9, d.language).Bind(10, d.format).Bind(11, d.path);
    if (d.line) ins->Bind(12, *d.line); else ins->BindNull(12);
    ins->Bind(13, d.copy_of).Bind(14, static_cast<int64_t>(d.body_start)).Bind(15, d.text);
    ins->Bind(16, records.dump()).Bind(17, NowMs());
    if (Status s = ins->Run(); !s.ok()) return s;
    out->seq = sqlite3_last_insert_rowid(writer_.get());
  }
  {
    auto ins = sqlite::Stmt::Prepare(
        writer_, "INSERT INTO claims(id, doc_id, measure, speaker, as_of, time, json) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!ins.ok()) return ins.error();
    for (const Json& c : records["claims"]) {
      auto str = [&](const char* k) {
        return c.contains(k) && c[k].is_string() ? c[k].get<std::string>() : std::string();
      };
      ins->Reset();
      ins->Bind(1, str("id")).Bind(2, d.id).Bind(3, str("measure")).Bind(4, str("speaker"));
      ins->Bind(5, str("as_of")).Bind(6, str("time")).Bind(7, c.dump());
      if (Status s = ins->Run(); !s.ok()) return s;
    }
  }
  {
    auto ins = sqlite::Stmt::Prepare(
        writer_, "INSERT OR IGNORE INTO entities(doc_id, name, type) VALUES(?1, ?2, ?3)");
    if (!ins.ok()) return ins.error();
    for (const Entity& e : a.entities) {
      if (e.name.empty()) continue;
      ins->Reset();
      ins->Bind(1, d.id).Bind(2, e.name).Bind(3, EntityTypeName(e.type));
      if (Status s = ins->Run(); !s.ok()) return s;
    }
  }
  {
    auto ins = sqlite::Stmt::Prepare(
        writer_, "INSERT INTO sentences(text, doc_id, start, end) VALUES(?1, ?2, ?3, ?4)");
    if (!ins.ok()) return ins.error();
    for (const Sentence& s : a.seg.sentences) {
      if (s.span.end > d.text.size() || s.span.empty()) continue;
      ins->Reset();
      ins->Bind(1, s.span.Of(d.text)).Bind(2, d.id);
      ins->Bind(3, static_cast<int64_t>(s.span.start)).Bind(4, static_cast<int64_t>(s.span.end));
      if (Status st = ins->Run(); !st.ok()) return st;
    }
  }
  if (Status s = TouchLocked(); !s.ok()) return s;
  if (options_.before_commit) {
    if (Status s = options_.before_commit(d.id); !s.ok()) return s;
  }
  if (Status s = tx.Commit(); !s.ok()) {
    out->seq = 0;
    return s;
  }
  out->inserted = true;
  return Status::Ok();
}

Status SqliteStore::SetCopyOf(const std::string& id, const std::optional<std::string>& copy_of) {
  std::lock_guard<std::mutex> lock(write_mu_);
  auto st = sqlite::Stmt::Prepare(writer_, "UPDATE documents SET copy_of=?2 WHERE id=?1");
  if (!st.ok()) return st.error();
  st->Bind(1, id).Bind(2, copy_of);
  return st->Run();
}

Status SqliteStore::ReplaceStories(const std::vector<std::string>& remove,
                                   const std::vector<StoryRecord>& add) {
  std::lock_guard<std::mutex> lock(write_mu_);
  sqlite::Transaction tx(&writer_);
  if (Status s = tx.Begin(); !s.ok()) return s;
  auto del = sqlite::Stmt::Prepare(writer_, "DELETE FROM stories WHERE id=?1");
  if (!del.ok()) return del.error();
  for (const std::string& id : remove) {
    del->Reset();
    del->Bind(1, id);
    if (Status s = del->Run(); !s.ok()) return s;
  }
  auto ins = sqlite::Stmt::Prepare(writer_, R"sql(
    INSERT INTO stories(id, title, json, doc_count, disagreements, updated_at)
    VALUES(?1, ?2, ?3, ?4, ?5, ?6))sql");
  auto member = sqlite::Stmt::Prepare(
      writer_, "INSERT OR IGNORE INTO story_docs(story_id, doc_id) VALUES(?1, ?2)");
  if (!ins.ok()) return ins.error();
  if (!member.ok()) return member.error();
  int64_t now = NowMs();
  for (const StoryRecord& s : add) {
    del->Reset();
    del->Bind(1, s.id);  // cascades to story_docs
    if (Status st = del->Run(); !st.ok()) return st;
    ins->Reset();
    ins->Bind(1, s.id).Bind(2, s.title).Bind(3, s.json.dump());
    ins->Bind(4, static_cast<int64_t>(s.doc_ids.size())).Bind(5, static_cast<int64_t>(s.disagreements));
    ins->Bind(6, now);
    if (Status st = ins->Run(); !st.ok()) return st;
    for (const std::string& d : s.doc_ids) {
      member->Reset();
      member->Bind(1, s.id).Bind(2, d);
      if (Status st = member->Run(); !st.ok()) return st;
    }
  }
  if (Status s = TouchLocked(); !s.ok()) return s;
  return tx.Commit();
}

}  // namespace crosscheck
