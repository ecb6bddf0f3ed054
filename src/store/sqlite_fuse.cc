// SQLite store: fusion state and rounds, rejected inputs, counts and the
// integrity check.
//
// A fusion round commits with CommitFuse: one BEGIN IMMEDIATE transaction
// that first checks meta.fuse_epoch against the epoch the round started
// from (another process may have committed a round on the same file), then
// marks the round's pending documents fused, replaces the changed stories
// and their members, updates copy_of and re-dated documents, and bumps the
// epoch. The check and the writes share the one write lock, so two rounds
// can never both commit from the same epoch.
#include <algorithm>
#include <set>

#include "store/sqlite_store.h"
#include "store/store_rows.h"

namespace crosscheck {

namespace {

using store_rows::NowMs;

Result<int64_t> ReadEpoch(const sqlite::Db& db) {
  auto st = sqlite::Stmt::Prepare(db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key='fuse_epoch'");
  if (!st.ok()) return st.error();
  auto row = st->Step();
  if (!row.ok()) return row.error();
  return *row ? st->Int(0) : int64_t{0};
}

}  // namespace

Result<int64_t> SqliteStore::FuseEpoch() {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  return ReadEpoch(r->db());
}

Result<FuseState> SqliteStore::LoadFuseState() {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  // One read transaction, so the parts agree with the epoch.
  sqlite::Db& db = const_cast<sqlite::Db&>(r->db());
  if (Status s = db.Exec("BEGIN"); !s.ok()) return s.error();
  struct End {
    sqlite::Db& db;
    ~End() { (void)db.Exec("COMMIT"); }
  } end{db};
  FuseState state;
  auto epoch = ReadEpoch(db);
  if (!epoch.ok()) return epoch.error();
  state.epoch = *epoch;
  auto stories = sqlite::Stmt::Prepare(db, "SELECT id, fingerprint FROM stories");
  if (!stories.ok()) return stories.error();
  for (;;) {
    auto row = stories->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    state.story_fingerprints[stories->Text(0)] = stories->Text(1);
  }
  auto docs = sqlite::Stmt::Prepare(
      db, "SELECT id, copy_of, date, date_basis FROM documents "
          "WHERE copy_of IS NOT NULL OR date_basis = 'story'");
  if (!docs.ok()) return docs.error();
  for (;;) {
    auto row = docs->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    std::string id = docs->Text(0);
    if (!docs->IsNull(1)) state.copy_of[id] = docs->Text(1);
    if (docs->Text(3) == "story" && !docs->IsNull(2)) state.story_dates[id] = docs->Text(2);
  }
  return state;
}

Result<std::vector<FuseDoc>> SqliteStore::LoadFuseDocs(bool pending, int limit) {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  // Documents of schema 1 have no fuse_inputs row: they are pending, and the
  // fuser computes their input. Finding them takes a scan of every document
  // (a LEFT JOIN), which an idle server's fusion poll must not repeat (96 ms
  // per poll at 50,000 documents); every document stored since schema 2 has
  // its row, so once a pending load has seen all pending documents and none
  // lacked a row, later loads start from the partial index of unfused rows.
  // The kept counts (schema 4) say at once whether any document lacks its
  // row (documents - fuse_inputs; every put since schema 2 writes both in
  // one transaction, so it never grows): a server opening a store then
  // skips the scan on its first poll too.
  if (pending && !no_legacy_inputs_.load()) {
    auto k = sqlite::Stmt::Prepare(r->db(), "SELECT (SELECT n FROM counts WHERE name = 'documents') = "
                                            "(SELECT n FROM counts WHERE name = 'fuse_inputs')");
    if (!k.ok()) return k.error();
    auto row = k->Step();
    if (!row.ok()) return row.error();
    if (*row && k->Int(0) == 1) no_legacy_inputs_.store(true);
  }
  const bool legacy = pending && !no_legacy_inputs_.load();
  std::string sql = R"sql(
    SELECT d.id, d.order_key, d.content_hash, f.doc_id IS NULL, f.analysed, f.sketch, f.shingles,
           f.features, f.own_date, f.own_date_origin, f.own_date_basis,
           d.date, d.date_origin, d.date_basis )sql";
  if (legacy)
    sql += "FROM documents d LEFT JOIN fuse_inputs f ON f.doc_id = d.id WHERE (f.doc_id IS NULL OR f.fused = 0)";
  else
    sql += std::string("FROM fuse_inputs f JOIN documents d ON d.id = f.doc_id WHERE f.fused = ") + (pending ? "0" : "1");
  sql += " ORDER BY d.order_key, d.id";
  if (pending) sql += " LIMIT " + std::to_string(std::max(1, limit));
  auto st = sqlite::Stmt::Prepare(r->db(), sql);
  if (!st.ok()) return st.error();
  std::vector<FuseDoc> out;
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    FuseDoc f;
    f.id = st->Text(0);
    f.order_key = st->Text(1);
    if (st->Int(3)) {
      f.needs_input = true;
      f.input.content_hash = st->Text(2);
      Document d;
      d.date = st->OptText(11);
      d.date_origin = st->OptText(12);
      d.date_basis = st->OptText(13);
      store_rows::OwnDate own = store_rows::OwnDateOf(d);
      f.own_date = own.date;
      f.own_date_origin = own.origin;
      f.own_date_basis = own.basis;
    } else {
      f.own_date = st->OptText(8);
      f.own_date_origin = st->OptText(9);
      f.own_date_basis = st->OptText(10);
      if (!store_rows::DecodeFuseInput(st->Text(2), st->Int(4) != 0, st->Blob(5), st->Int(6), st->Text(7), &f))
        return Error{"document " + f.id + ": its fusion input does not decode"};
    }
    out.push_back(std::move(f));
  }
  if (legacy && store_rows::NoLegacyInputsLeft(out, limit)) no_legacy_inputs_.store(true);
  return out;
}

Result<bool> SqliteStore::CommitFuse(const FuseCommit& c) {
  std::lock_guard<std::mutex> lock(write_mu_);
  sqlite::Transaction tx(&writer_);
  if (Status s = tx.Begin(); !s.ok()) return s.error();
  auto epoch = ReadEpoch(writer_);
  if (!epoch.ok()) return epoch.error();
  if (*epoch != c.expected_epoch) return false;

  for (const auto& [id, f] : c.inputs)
    if (Status s = WriteFuseInputLocked(f); !s.ok()) return s.error();
  {
    auto mark = sqlite::Stmt::Prepare(writer_, "UPDATE fuse_inputs SET fused=1 WHERE doc_id=?1");
    if (!mark.ok()) return mark.error();
    for (const std::string& id : c.fused) {
      mark->Reset();
      mark->Bind(1, id);
      if (Status s = mark->Run(); !s.ok()) return s.error();
    }
  }
  {
    auto del = sqlite::Stmt::Prepare(writer_, "DELETE FROM stories WHERE id=?1");  // cascades to members
    if (!del.ok()) return del.error();
    for (const std::string& id : c.remove_stories) {
      del->Reset();
      del->Bind(1, id);
      if (Status s = del->Run(); !s.ok()) return s.error();
    }
    auto ins = sqlite::Stmt::Prepare(writer_, R"sql(
      INSERT INTO stories(id, title, json, doc_count, disagreements, updated_at, fingerprint)
      VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    auto member = sqlite::Stmt::Prepare(writer_, "INSERT INTO story_docs(story_id, doc_id) VALUES(?1, ?2)");
    if (!ins.ok()) return ins.error();
    if (!member.ok()) return member.error();
    const int64_t now = NowMs();
    for (const StoryRecord& s : c.put_stories) {
      del->Reset();
      del->Bind(1, s.id);
      if (Status st = del->Run(); !st.ok()) return st.error();
      ins->Reset();
      ins->Bind(1, s.id).Bind(2, s.title).Bind(3, s.json.dump());
      ins->Bind(4, static_cast<int64_t>(s.doc_ids.size())).Bind(5, static_cast<int64_t>(s.disagreements));
      ins->Bind(6, now).Bind(7, s.fingerprint);
      if (Status st = ins->Run(); !st.ok()) return st.error();
      std::set<std::string> seen;
      for (const std::string& d : s.doc_ids) {
        if (!seen.insert(d).second) continue;
        member->Reset();
        member->Bind(1, s.id).Bind(2, d);
        if (Status st = member->Run(); !st.ok()) return st.error().Wrap("story " + s.id + ", member " + d);
      }
    }
  }
  {
    auto up = sqlite::Stmt::Prepare(writer_, "UPDATE documents SET copy_of=?2 WHERE id=?1");
    if (!up.ok()) return up.error();
    for (const auto& [id, of] : c.copy_of) {
      up->Reset();
      up->Bind(1, id).Bind(2, of);
      if (Status s = up->Run(); !s.ok()) return s.error();
    }
  }
  for (const auto& a : c.reanalysed)
    if (Status s = ReplaceAnalysisLocked(*a); !s.ok()) return s.error();
  {
    auto bump = sqlite::Stmt::Prepare(writer_, "UPDATE meta SET value=?1 WHERE key='fuse_epoch'");
    if (!bump.ok()) return bump.error();
    bump->Bind(1, std::to_string(c.expected_epoch + 1));
    if (Status s = bump->Run(); !s.ok()) return s.error();
  }
  if (Status s = TouchLocked(); !s.ok()) return s.error();
  if (Status s = tx.Commit(); !s.ok()) return s.error();
  return true;
}

Status SqliteStore::RecordRejected(const RejectedInput& in) {
  std::lock_guard<std::mutex> lock(write_mu_);
  auto st = sqlite::Stmt::Prepare(
      writer_, "INSERT OR IGNORE INTO rejected(ref, name, reason, at) VALUES(?1, ?2, ?3, ?4)");
  if (!st.ok()) return st.error();
  st->Bind(1, in.ref).Bind(2, in.name).Bind(3, in.reason).Bind(4, NowMs());
  if (Status s = st->Run(); !s.ok()) return s;
  return TouchLocked();
}

Result<std::vector<RejectedInput>> SqliteStore::ListRejected(int limit, int offset) {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  auto st = sqlite::Stmt::Prepare(
      r->db(), "SELECT ref, name, reason, at FROM rejected ORDER BY seq DESC LIMIT ?1 OFFSET ?2");
  if (!st.ok()) return st.error();
  st->Bind(1, static_cast<int64_t>(limit)).Bind(2, static_cast<int64_t>(offset));
  std::vector<RejectedInput> out;
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    out.push_back(RejectedInput{st->Text(0), st->Text(1), st->Text(2), st->Int(3)});
  }
  return out;
}

// Row counts from the `counts` table the triggers of schema 4 keep (one
// short read; counting the tables read every row: at 50,000 documents the
// FTS5 sentence table alone took 120 ms cold, 20 ms of CPU warm). Pending =
// documents without a fuse_inputs row (schema 1; each row belongs to one
// document, ON DELETE CASCADE) + unfused rows.
Result<StoreCounts> SqliteStore::Counts() {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  auto st = sqlite::Stmt::Prepare(r->db(), R"sql(
    WITH c AS (SELECT name, n FROM counts)
    SELECT (SELECT n FROM c WHERE name = 'documents'), (SELECT n FROM c WHERE name = 'stories'),
           (SELECT n FROM c WHERE name = 'claims'), (SELECT n FROM c WHERE name = 'sentences'),
           (SELECT coalesce(max(seq), 0) FROM documents),
           (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_change_ms'),
           (SELECT n FROM c WHERE name = 'documents') - (SELECT n FROM c WHERE name = 'fuse_inputs') +
             (SELECT n FROM c WHERE name = 'unfused'),
           (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fuse_epoch'),
           (SELECT n FROM c WHERE name = 'rejected'))sql");
  if (!st.ok()) return st.error();
  auto row = st->Step();
  if (!row.ok()) return row.error();
  StoreCounts c;
  if (*row) {
    c.documents = st->Int(0);
    c.stories = st->Int(1);
    c.claims = st->Int(2);
    c.sentences = st->Int(3);
    c.last_seq = st->Int(4);
    c.last_change_ms = st->Int(5);
    c.pending_fusion = st->Int(6);
    c.fuse_epoch = st->Int(7);
    c.rejected = st->Int(8);
  }
  return c;
}

Result<std::string> SqliteStore::IntegrityCheck() {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  std::vector<std::string> problems;
  auto run = [&](const char* sql, auto on_row) -> Status {
    auto st = sqlite::Stmt::Prepare(r->db(), sql);
    if (!st.ok()) return st.error();
    for (;;) {
      auto row = st->Step();
      if (!row.ok()) return row.error();
      if (!*row) return Status::Ok();
      on_row(*st);
    }
  };
  Status s = run("PRAGMA integrity_check", [&](const sqlite::Stmt& st) {
    if (st.Text(0) != "ok") problems.push_back("sqlite: " + st.Text(0));
  });
  if (!s.ok()) return s.error();
  s = run("SELECT story_id, doc_id FROM story_docs WHERE doc_id NOT IN (SELECT id FROM documents) LIMIT 20",
          [&](const sqlite::Stmt& st) {
            problems.push_back("story " + st.Text(0) + " holds " + st.Text(1) + ", which is not stored");
          });
  if (!s.ok()) return s.error();
  s = run(R"sql(SELECT d.id, count(sd.story_id) FROM documents d JOIN fuse_inputs f ON f.doc_id = d.id
                LEFT JOIN story_docs sd ON sd.doc_id = d.id
                WHERE f.fused = 1 AND f.analysed = 1 GROUP BY d.id HAVING count(sd.story_id) <> 1 LIMIT 20)sql",
          [&](const sqlite::Stmt& st) {
            problems.push_back("document " + st.Text(0) + " is fused but in " + std::to_string(st.Int(1)) +
                               " stories (want 1)");
          });
  if (!s.ok()) return s.error();
  // The kept counts (schema 4) against the rows.
  s = run(R"sql(WITH real(name, n) AS (
                  SELECT 'documents', count(*) FROM documents UNION ALL
                  SELECT 'stories', count(*) FROM stories UNION ALL
                  SELECT 'claims', count(*) FROM claims UNION ALL
                  SELECT 'sentences', count(*) FROM sentences UNION ALL
                  SELECT 'fuse_inputs', count(*) FROM fuse_inputs UNION ALL
                  SELECT 'unfused', count(*) FROM fuse_inputs WHERE fused = 0 UNION ALL
                  SELECT 'rejected', count(*) FROM rejected)
                SELECT real.name, real.n, c.n FROM real LEFT JOIN counts c ON c.name = real.name
                WHERE c.n IS NOT real.n)sql",
          [&](const sqlite::Stmt& st) {
            problems.push_back("count of " + st.Text(0) + " is kept as " +
                               (st.IsNull(2) ? std::string("nothing") : std::to_string(st.Int(2))) + ", the table holds " +
                               std::to_string(st.Int(1)));
          });
  if (!s.ok()) return s.error();
  return store_rows::JoinProblems(problems);
}

}  // namespace crosscheck
