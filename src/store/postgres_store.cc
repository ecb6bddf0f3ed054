// PostgreSQL store: schema migrations, the connection pool and the write
// path (documents, fusion commits, rejected inputs). Reads are in
// postgres_store_read.cc.
//
// Tables mirror the SQLite store's (sqlite_store.cc), with PostgreSQL's own
// full-text search: `sentences.tsv` is a stored tsvector over the
// `crosscheck_text` configuration (the simple parser with unaccent, so
// diacritics fold as in SQLite's unicode61), GIN-indexed, ranked with
// ts_rank_cd. Migrations run under a transaction-level advisory lock held
// for the whole database, so workers starting together migrate once and
// stores in other schemas never race on the shared extension. Tables live in the connection's
// current schema (a URL may choose it: ?options=-csearch_path%3Dname).
#include "store/postgres_store.h"

#include <chrono>
#include <set>
#include <thread>

#include "store/store_rows.h"

namespace crosscheck {

namespace {

using store_rows::NowMs;

constexpr const char* kMigrations[] = {
    // 1: documents, records, claims, entities, sentence index, stories.
    R"sql(
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE TEXT SEARCH CONFIGURATION crosscheck_text (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION crosscheck_text
  ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart,
                    hword_part, hword_numpart
  WITH public.unaccent, simple;
CREATE TABLE documents(
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  url TEXT, title TEXT, author TEXT, date TEXT, date_origin TEXT,
  language TEXT NOT NULL, format TEXT NOT NULL, path TEXT NOT NULL, line BIGINT,
  copy_of TEXT, body_start INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  records TEXT NOT NULL,
  ingested_at BIGINT NOT NULL,
  UNIQUE(content_hash, source));
CREATE TABLE claims(
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  measure TEXT NOT NULL DEFAULT '', speaker TEXT NOT NULL DEFAULT '',
  as_of TEXT NOT NULL DEFAULT '', time TEXT NOT NULL DEFAULT '',
  json TEXT NOT NULL);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE INDEX claims_as_of ON claims(as_of, id);
CREATE TABLE entities(
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL, type TEXT NOT NULL,
  PRIMARY KEY(doc_id, name, type));
CREATE INDEX entities_name ON entities(name);
CREATE TABLE sentences(
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('crosscheck_text', text)) STORED,
  PRIMARY KEY(doc_id, start));
CREATE INDEX sentences_tsv ON sentences USING GIN(tsv);
CREATE TABLE stories(
  id TEXT PRIMARY KEY, title TEXT NOT NULL, json TEXT NOT NULL,
  doc_count INTEGER NOT NULL, disagreements INTEGER NOT NULL,
  updated_at BIGINT NOT NULL);
CREATE INDEX stories_updated ON stories(updated_at DESC, id);
CREATE TABLE story_docs(
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL,
  PRIMARY KEY(story_id, doc_id));
CREATE INDEX story_docs_doc ON story_docs(doc_id);
INSERT INTO meta(key, value) VALUES('last_change_ms', '0') ON CONFLICT DO NOTHING;
)sql",
    // 2: as SQLite's schema 2 (fusion order and inputs, fingerprints,
    // members that must be documents, rejected inputs).
    R"sql(
ALTER TABLE documents ADD COLUMN order_key TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN date_basis TEXT;
UPDATE documents SET order_key = lpad('0', 20, '0') || '-' || lpad(seq::text, 20, '0'),
                     date_basis = records::json->>'date_basis';
CREATE INDEX documents_order ON documents(order_key, id);
CREATE TABLE fuse_inputs(
  doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  fused BOOLEAN NOT NULL DEFAULT false,
  analysed BOOLEAN NOT NULL,
  sketch BYTEA NOT NULL, shingles INTEGER NOT NULL, features TEXT NOT NULL,
  own_date TEXT, own_date_origin TEXT, own_date_basis TEXT);
CREATE INDEX fuse_inputs_pending ON fuse_inputs(doc_id) WHERE NOT fused;
ALTER TABLE stories ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
DELETE FROM story_docs WHERE doc_id NOT IN (SELECT id FROM documents);
ALTER TABLE story_docs ADD FOREIGN KEY (doc_id) REFERENCES documents(id) ON DELETE CASCADE;
CREATE TABLE rejected(
  seq BIGSERIAL PRIMARY KEY,
  ref TEXT NOT NULL, name TEXT NOT NULL, reason TEXT NOT NULL, at BIGINT NOT NULL,
  UNIQUE(ref, name, reason));
INSERT INTO meta(key, value) VALUES('fuse_epoch', '0') ON CONFLICT DO NOTHING;
)sql",
    // 3: row counts kept by statement-level triggers, as SQLite's schema 4.
    // Each statement appends one delta row (name, n) and Counts() sums them,
    // so concurrent writers never wait on a shared counter row; CommitFuse
    // folds the rows into one per name. `unfused` is fuse_inputs rows with
    // fused = false.
    R"sql(
CREATE TABLE counts_delta(name TEXT NOT NULL, n BIGINT NOT NULL);
INSERT INTO counts_delta(name, n)
  SELECT 'documents', count(*) FROM documents UNION ALL
  SELECT 'stories', count(*) FROM stories UNION ALL
  SELECT 'claims', count(*) FROM claims UNION ALL
  SELECT 'sentences', count(*) FROM sentences UNION ALL
  SELECT 'fuse_inputs', count(*) FROM fuse_inputs UNION ALL
  SELECT 'unfused', count(*) FROM fuse_inputs WHERE NOT fused UNION ALL
  SELECT 'rejected', count(*) FROM rejected;
CREATE FUNCTION crosscheck_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO counts_delta(name, n) SELECT TG_TABLE_NAME, count(*) FROM new_rows HAVING count(*) > 0;
  IF TG_TABLE_NAME = 'fuse_inputs' THEN
    INSERT INTO counts_delta(name, n) SELECT 'unfused', count(*) FROM new_rows WHERE NOT fused HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION crosscheck_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO counts_delta(name, n) SELECT TG_TABLE_NAME, -count(*) FROM old_rows HAVING count(*) > 0;
  IF TG_TABLE_NAME = 'fuse_inputs' THEN
    INSERT INTO counts_delta(name, n) SELECT 'unfused', -count(*) FROM old_rows WHERE NOT fused HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION crosscheck_count_fused() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO counts_delta(name, n)
    SELECT 'unfused', d FROM (SELECT (SELECT count(*) FROM new_rows WHERE NOT fused) -
                                     (SELECT count(*) FROM old_rows WHERE NOT fused) AS d) x WHERE d <> 0;
  RETURN NULL;
END $$;
CREATE TRIGGER count_documents_ins AFTER INSERT ON documents REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_insert();
CREATE TRIGGER count_documents_del AFTER DELETE ON documents REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_delete();
CREATE TRIGGER count_stories_ins AFTER INSERT ON stories REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_insert();
CREATE TRIGGER count_stories_del AFTER DELETE ON stories REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_delete();
CREATE TRIGGER count_claims_ins AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_insert();
CREATE TRIGGER count_claims_del AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_delete();
CREATE TRIGGER count_sentences_ins AFTER INSERT ON sentences REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_insert();
CREATE TRIGGER count_sentences_del AFTER DELETE ON sentences REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_delete();
CREATE TRIGGER count_rejected_ins AFTER INSERT ON rejected REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_insert();
CREATE TRIGGER count_rejected_del AFTER DELETE ON rejected REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_delete();
CREATE TRIGGER count_fuse_inputs_ins AFTER INSERT ON fuse_inputs REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_insert();
CREATE TRIGGER count_fuse_inputs_del AFTER DELETE ON fuse_inputs REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_delete();
CREATE TRIGGER count_fuse_inputs_upd AFTER UPDATE ON fuse_inputs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crosscheck_count_fused();
)sql",
};
constexpr int kVersions = sizeof(kMigrations) / sizeof(kMigrations[0]);

bool Lost(const Error& e) { return e.message.rfind(pg::kConnectionLost, 0) == 0; }

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url, const PostgresStoreOptions& options) {
  return PostgresStore::Open(url, options);
}

Result<std::unique_ptr<Store>> PostgresStore::Open(const std::string& url, const PostgresStoreOptions& options) {
  std::unique_ptr<PostgresStore> s(new PostgresStore(url, options));
  if (Status st = s->Migrate(); !st.ok()) return st.error().Wrap("postgresql store");
  return std::unique_ptr<Store>(std::move(s));
}

PostgresStore::~PostgresStore() = default;

Status PostgresStore::WithConn(const std::function<Status(pg::Conn&)>& f) {
  pg::Conn conn;
  {
    std::unique_lock<std::mutex> lock(pool_mu_);
    pool_cv_.wait(lock, [&] { return !idle_.empty() || open_ < std::max(1, options_.connections); });
    if (!idle_.empty()) {
      conn = std::move(idle_.back());
      idle_.pop_back();
    } else {
      ++open_;
    }
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(options_.reconnect_timeout_ms);
  int backoff_ms = 50;
  Status result = Status::Ok();
  for (;;) {
    if (!conn.get() || conn.Broken()) {
      if (!conn.get() || !conn.Reset()) {
        auto fresh = pg::Conn::Open(url_, 5);
        if (fresh.ok()) conn = std::move(fresh.value());
      }
    }
    if (conn.get() && !conn.Broken()) {
      result = f(conn);
      if (result.ok() || !Lost(result.error())) break;
      (void)conn.Reset();
    } else {
      result = Error{std::string(pg::kConnectionLost) + ": cannot connect to " + url_};
    }
    if (std::chrono::steady_clock::now() >= deadline) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(backoff_ms));
    backoff_ms = std::min(backoff_ms * 2, 2000);
  }
  {
    std::lock_guard<std::mutex> lock(pool_mu_);
    if (conn.get() && !conn.Broken()) {
      idle_.push_back(std::move(conn));
    } else {
      --open_;
    }
  }
  pool_cv_.notify_one();
  return result;
}

Status PostgresStore::Migrate() {
  return WithConn([&](pg::Conn& c) -> Status {
    for (;;) {
      pg::Transaction tx(&c);
      if (Status s = tx.Begin(); !s.ok()) return s;
      // One lock for the whole database, not per schema: the first
      // migration creates the `unaccent` extension, which is the
      // database's, so two stores in two schemas migrating at once (tests
      // run in parallel, workers of two deployments) raced on it
      // ("duplicate key … pg_extension_name_index"). Migrations are rare,
      // so serialising them across schemas costs nothing.
      if (Status s = c.Run("SELECT pg_advisory_xact_lock(hashtext('crosscheck-migrate'))"); !s.ok()) return s;
      if (Status s = c.Run("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"); !s.ok())
        return s;
      auto v = c.Exec("SELECT value FROM meta WHERE key = 'schema'");
      if (!v.ok()) return v.error();
      int version = 0;
      if (v->Rows() > 0) {
        std::string t = v->Text(0, 0);
        if (t.empty() || t.size() > 4 || t.find_first_not_of("0123456789") != std::string::npos)
          return Error{"meta.schema is not a version number"};
        version = std::stoi(t);
      }
      if (version > kVersions)
        return Error{"the database holds a newer crosscheck schema (" + std::to_string(version) + ")"};
      if (version == kVersions) return tx.Commit();
      if (Status s = c.Run(kMigrations[version]); !s.ok())
        return s.error().Wrap("migrating to schema " + std::to_string(version + 1));
      if (Status s = c.Run("INSERT INTO meta(key, value) VALUES('schema', $1) "
                           "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                           {std::to_string(version + 1)});
          !s.ok())
        return s;
      if (Status s = tx.Commit(); !s.ok()) return s;
    }
  });
}

Status PostgresStore::PutDocuments(const std::vector<PutRequest>& docs, std::vector<PutOutcome>* outcomes) {
  if (outcomes) outcomes->clear();
  for (const PutRequest& r : docs) {
    PutOutcome out;
    if (!r.analysis) {
      out.error = Error{"a put request without an analysis"};
      if (outcomes) outcomes->push_back(std::move(out));
      continue;
    }
    out.id = r.analysis->doc.id;
    Status s = WithConn([&](pg::Conn& c) {
      out = PutOutcome{};
      out.id = r.analysis->doc.id;
      return PutOne(c, r, &out);
    });
    if (!s.ok()) {
      out.inserted = false;
      out.seq = 0;
      out.error = s.error().Wrap("document " + r.analysis->doc.id + " (" + r.analysis->doc.path + ")");
    }
    if (outcomes) outcomes->push_back(std::move(out));
  }
  return Status::Ok();
}

Status PostgresStore::WriteFuseInput(pg::Conn& c, const FuseDoc& f) {
  return c.Run(R"sql(
    INSERT INTO fuse_inputs(doc_id, fused, analysed, sketch, shingles, features, own_date, own_date_origin,
                            own_date_basis)
    VALUES($1, false, $2, $3, $4, $5, $6, $7, $8)
    ON CONFLICT (doc_id) DO UPDATE SET fused = false, analysed = EXCLUDED.analysed, sketch = EXCLUDED.sketch,
      shingles = EXCLUDED.shingles, features = EXCLUDED.features, own_date = EXCLUDED.own_date,
      own_date_origin = EXCLUDED.own_date_origin, own_date_basis = EXCLUDED.own_date_basis)sql",
               {f.id, f.input.analysed, pg::Param::Bytes(store_rows::EncodeSketch(f.input.sketch)),
                static_cast<int64_t>(f.input.sketch.shingles), store_rows::EncodeFeatures(f.input.features),
                f.own_date, f.own_date_origin, f.own_date_basis});
}

namespace {

// Inserts the claims and entity rows of a document with one statement each.
Status InsertAnalysisRows(pg::Conn& c, const std::string& id, const Json& records, const DocAnalysis& a) {
  std::vector<std::string> cid, measure, speaker, as_of, time, json;
  for (const store_rows::ClaimRow& r : store_rows::ClaimRows(records)) {
    cid.push_back(r.id);
    measure.push_back(r.measure);
    speaker.push_back(r.speaker);
    as_of.push_back(r.as_of);
    time.push_back(r.time);
    json.push_back(r.json);
  }
  if (!cid.empty()) {
    Status s = c.Run(R"sql(
      INSERT INTO claims(id, doc_id, measure, speaker, as_of, time, json)
      SELECT u.id, $1, u.m, u.s, u.a, u.t, u.j
      FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(id, m, s, a, t, j)
      ON CONFLICT (id) DO NOTHING)sql",
                     {id, pg::ArrayLiteral(cid), pg::ArrayLiteral(measure), pg::ArrayLiteral(speaker),
                      pg::ArrayLiteral(as_of), pg::ArrayLiteral(time), pg::ArrayLiteral(json)});
    if (!s.ok()) return s;
  }
  std::vector<std::string> names, types;
  for (const store_rows::EntityRow& e : store_rows::EntityRows(a)) {
    names.push_back(e.name);
    types.push_back(e.type);
  }
  if (!names.empty()) {
    Status s = c.Run(R"sql(
      INSERT INTO entities(doc_id, name, type) SELECT $1, u.n, u.t FROM unnest($2::text[], $3::text[]) AS u(n, t)
      ON CONFLICT DO NOTHING)sql",
                     {id, pg::ArrayLiteral(names), pg::ArrayLiteral(types)});
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status PostgresStore::PutOne(pg::Conn& c, const PutRequest& r, PutOutcome* out) {
  const DocAnalysis& a = *r.analysis;
  const Document& d = a.doc;
  if (d.id.empty()) return Error{"document without an id"};
  const std::string order_key = r.order_key.empty() ? ClockOrderKey() : r.order_key;
  Json records = DocumentRecordsJson(a);
  FuseDoc fuse;
  fuse.id = d.id;
  fuse.input = MakeGroupingInput(a);
  store_rows::OwnDate own = store_rows::OwnDateOf(d);
  fuse.own_date = own.date;
  fuse.own_date_origin = own.origin;
  fuse.own_date_basis = own.basis;

  auto existing = [&]() -> Result<bool> {
    auto found = c.Exec("SELECT id, seq FROM documents WHERE (content_hash = $1 AND source = $2) OR id = $3 LIMIT 1",
                        {d.content_hash, d.source.value_or(""), d.id});
    if (!found.ok()) return found.error();
    if (found->Rows() == 0) return false;
    out->id = found->Text(0, 0);
    out->seq = found->Int(0, 1);
    out->inserted = false;
    return true;
  };
  pg::Transaction tx(&c);
  if (Status s = tx.Begin(); !s.ok()) return s;
  auto dup = existing();
  if (!dup.ok()) return dup.error();
  if (*dup) return Status::Ok();
  auto ins = c.Exec(R"sql(
    INSERT INTO documents(id, content_hash, source, url, title, author, date, date_origin, language, format, path,
                          line, copy_of, body_start, text, records, ingested_at, order_key, date_basis)
    VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, NULL, $13, $14, $15, $16, $17, $18)
    ON CONFLICT DO NOTHING RETURNING seq)sql",
                    {d.id, d.content_hash, d.source.value_or(""), d.url, d.title, d.author, d.date, d.date_origin,
                     d.language, d.format, d.path,
                     d.line ? pg::Param(static_cast<int64_t>(*d.line)) : pg::Param(), static_cast<int64_t>(d.body_start),
                     d.text, records.dump(), NowMs(), order_key, d.date_basis});
  if (!ins.ok()) return ins.error();
  if (ins->Rows() == 0) {  // another process stored it meanwhile
    if (Status s = c.Run("ROLLBACK"); !s.ok()) return s;
    auto again = existing();
    if (!again.ok()) return again.error();
    if (*again) return Status::Ok();
    return Error{"the document conflicted with another insert, which is gone"};
  }
  out->seq = ins->Int(0, 0);
  if (Status s = InsertAnalysisRows(c, d.id, records, a); !s.ok()) return s;
  std::vector<std::string> starts, ends, texts;
  for (const store_rows::SentenceRow& s : store_rows::SentenceRows(a)) {
    starts.push_back(std::to_string(s.start));
    ends.push_back(std::to_string(s.end));
    texts.push_back(s.text);
  }
  if (!starts.empty()) {
    Status s = c.Run(R"sql(
      INSERT INTO sentences(doc_id, start, "end", text)
      SELECT $1, u.s, u.e, u.t FROM unnest($2::int[], $3::int[], $4::text[]) AS u(s, e, t)
      ON CONFLICT DO NOTHING)sql",
                     {d.id, pg::ArrayLiteral(starts), pg::ArrayLiteral(ends), pg::ArrayLiteral(texts)});
    if (!s.ok()) return s;
  }
  if (Status s = WriteFuseInput(c, fuse); !s.ok()) return s;
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

Status PostgresStore::ReplaceAnalysis(pg::Conn& c, const DocAnalysis& a) {
  const Document& d = a.doc;
  Json records = DocumentRecordsJson(a);
  if (Status s = c.Run("UPDATE documents SET date = $2, date_origin = $3, date_basis = $4, records = $5 WHERE id = $1",
                       {d.id, d.date, d.date_origin, d.date_basis, records.dump()});
      !s.ok())
    return s;
  if (Status s = c.Run("DELETE FROM claims WHERE doc_id = $1", {d.id}); !s.ok()) return s;
  if (Status s = c.Run("DELETE FROM entities WHERE doc_id = $1", {d.id}); !s.ok()) return s;
  return InsertAnalysisRows(c, d.id, records, a);
}

Result<bool> PostgresStore::CommitFuse(const FuseCommit& commit) {
  bool committed = false;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    committed = false;
    pg::Transaction tx(&c);
    if (Status st = tx.Begin(); !st.ok()) return st;
    auto epoch = c.Exec("SELECT value::bigint FROM meta WHERE key = 'fuse_epoch' FOR UPDATE");
    if (!epoch.ok()) return epoch.error();
    if (epoch->Rows() == 0 || epoch->Int(0, 0) != commit.expected_epoch) return Status::Ok();  // rolls back
    for (const auto& [id, f] : commit.inputs)
      if (Status st = WriteFuseInput(c, f); !st.ok()) return st;
    if (!commit.fused.empty())
      if (Status st = c.Run("UPDATE fuse_inputs SET fused = true WHERE doc_id = ANY($1::text[])",
                            {pg::ArrayLiteral(commit.fused)});
          !st.ok())
        return st;
    std::vector<std::string> gone = commit.remove_stories;
    for (const StoryRecord& r : commit.put_stories) gone.push_back(r.id);
    if (!gone.empty())
      if (Status st = c.Run("DELETE FROM stories WHERE id = ANY($1::text[])", {pg::ArrayLiteral(gone)}); !st.ok())
        return st;
    if (!commit.put_stories.empty()) {
      std::vector<std::string> ids, titles, jsons, counts, dis, prints, m_story, m_doc;
      for (const StoryRecord& r : commit.put_stories) {
        ids.push_back(r.id);
        titles.push_back(r.title);
        jsons.push_back(r.json.dump());
        counts.push_back(std::to_string(r.doc_ids.size()));
        dis.push_back(std::to_string(r.disagreements));
        prints.push_back(r.fingerprint);
        std::set<std::string> seen;
        for (const std::string& d : r.doc_ids)
          if (seen.insert(d).second) {
            m_story.push_back(r.id);
            m_doc.push_back(d);
          }
      }
      Status st = c.Run(R"sql(
        INSERT INTO stories(id, title, json, doc_count, disagreements, updated_at, fingerprint)
        SELECT u.i, u.t, u.j, u.c, u.d, $7, u.f
        FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[]) AS u(i, t, j, c, d, f))sql",
                        {pg::ArrayLiteral(ids), pg::ArrayLiteral(titles), pg::ArrayLiteral(jsons),
                         pg::ArrayLiteral(counts), pg::ArrayLiteral(dis), pg::ArrayLiteral(prints), NowMs()});
      if (!st.ok()) return st;
      st = c.Run("INSERT INTO story_docs(story_id, doc_id) SELECT * FROM unnest($1::text[], $2::text[])",
                 {pg::ArrayLiteral(m_story), pg::ArrayLiteral(m_doc)});
      if (!st.ok()) return st;
    }
    if (!commit.copy_of.empty()) {
      std::vector<std::string> ids;
      std::vector<std::optional<std::string>> of;
      for (const auto& [id, o] : commit.copy_of) {
        ids.push_back(id);
        of.push_back(o);
      }
      Status st = c.Run(R"sql(
        UPDATE documents d SET copy_of = u.o FROM unnest($1::text[], $2::text[]) AS u(i, o) WHERE d.id = u.i)sql",
                        {pg::ArrayLiteral(ids), pg::ArrayLiteral(of)});
      if (!st.ok()) return st;
    }
    for (const auto& a : commit.reanalysed)
      if (Status st = ReplaceAnalysis(c, *a); !st.ok()) return st;
    // Fold the count deltas (schema 3) into one row per name, so Counts()
    // sums a handful of rows. Rows of writers not yet committed are not
    // seen and stay as they are: the sums do not change.
    if (Status st = c.Run(R"sql(
          WITH gone AS (DELETE FROM counts_delta RETURNING name, n)
          INSERT INTO counts_delta(name, n) SELECT name, sum(n) FROM gone GROUP BY name)sql");
        !st.ok())
      return st;
    if (Status st = c.Run("UPDATE meta SET value = $1 WHERE key = 'fuse_epoch'",
                          {std::to_string(commit.expected_epoch + 1)});
        !st.ok())
      return st;
    if (Status st = c.Run("UPDATE meta SET value = $1 WHERE key = 'last_change_ms'", {std::to_string(NowMs())});
        !st.ok())
      return st;
    if (Status st = tx.Commit(); !st.ok()) return st;
    committed = true;
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return committed;
}

Status PostgresStore::RecordRejected(const RejectedInput& in) {
  return WithConn([&](pg::Conn& c) {
    return c.Run("INSERT INTO rejected(ref, name, reason, at) VALUES($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                 {in.ref, in.name, in.reason, NowMs()});
  });
}

Result<bool> PostgresStore::HoldFuseLease() {
  std::lock_guard<std::mutex> lock(lease_mu_);
  if (leased_) {
    // Still ours while the session lives.
    if (lease_.get() && !lease_.Broken() && lease_.Run("SELECT 1").ok()) return true;
    leased_ = false;
  }
  if (!lease_.get() || lease_.Broken()) {
    if (!lease_.get() || !lease_.Reset()) {
      auto fresh = pg::Conn::Open(url_, 5);
      if (!fresh.ok()) return fresh.error();
      lease_ = std::move(fresh.value());
    }
  }
  auto r = lease_.Exec("SELECT pg_try_advisory_lock(hashtext(current_schema() || '/crosscheck-fuse'))");
  if (!r.ok()) return r.error();
  leased_ = r->Rows() > 0 && r->Bool(0, 0);
  return leased_;
}

}  // namespace crosscheck
