// Inbox (see inbox.h).
#include "serve/inbox.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <optional>

namespace crosscheck::serve {

namespace {

int64_t InboxNowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// "<ms>-<seq>" -> seq; 0 when malformed.
int64_t InboxSeqOf(const std::string& id) {
  size_t dash = id.find('-');
  if (dash == std::string::npos || dash + 1 >= id.size()) return 0;
  return std::strtoll(id.c_str() + dash + 1, nullptr, 10);
}

}  // namespace

struct Inbox::Waiting {
  const QueueEntry* entry;
  const std::vector<InboxDoc>* docs;
  std::string id;
  std::optional<Error> error;
  bool done = false;
};

Inbox::Inbox(sqlite::Db db) : db_(std::move(db)) {}
Inbox::~Inbox() = default;

Result<std::unique_ptr<Inbox>> Inbox::Open(const std::string& path) {
  auto db = sqlite::Db::Open(path, /*read_only=*/false, 10000);
  if (!db.ok()) return Error{"inbox " + path + ": " + db.error().message};
  Status s = db->Exec(R"sql(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
CREATE TABLE IF NOT EXISTS entries(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  added_ms INTEGER NOT NULL, name TEXT NOT NULL, format TEXT NOT NULL,
  first_record INTEGER NOT NULL DEFAULT 0, body BLOB NOT NULL,
  consumer TEXT, taken_ms INTEGER, deliveries INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS docs(
  doc_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, content_hash TEXT NOT NULL, source TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS docs_seq ON docs(seq);
UPDATE entries SET consumer = NULL WHERE consumer IS NOT NULL;
DELETE FROM docs WHERE seq NOT IN (SELECT seq FROM entries);
)sql");
  if (!s.ok()) return Error{"inbox " + path + ": " + s.error().message};
  auto inbox = std::unique_ptr<Inbox>(new Inbox(std::move(db.value())));
  auto n = sqlite::Stmt::Prepare(inbox->db_, "SELECT count(*) FROM entries");
  if (!n.ok()) return n.error();
  auto row = n->Step();
  if (!row.ok()) return row.error();
  inbox->length_ = *row ? n->Int(0) : 0;
  return inbox;
}

void Inbox::CommitGroup(const std::vector<Waiting*>& group) {
  if (before_commit_) before_commit_();
  std::lock_guard<std::mutex> lock(db_mu_);
  auto fail = [&](const Error& e) {
    for (Waiting* w : group) w->error = e;
  };
  sqlite::Transaction tx(&db_);
  if (Status s = tx.Begin(); !s.ok()) return fail(s.error());
  auto ins = sqlite::Stmt::Prepare(
      db_, "INSERT INTO entries(added_ms, name, format, first_record, body) VALUES(?1, ?2, ?3, ?4, ?5)");
  auto doc = sqlite::Stmt::Prepare(
      db_, "INSERT OR REPLACE INTO docs(doc_id, seq, content_hash, source) VALUES(?1, ?2, ?3, ?4)");
  if (!ins.ok()) return fail(ins.error());
  if (!doc.ok()) return fail(doc.error());
  const int64_t now = InboxNowMs();
  for (Waiting* w : group) {
    ins->Reset();
    ins->Bind(1, now).Bind(2, w->entry->name).Bind(3, w->entry->format).Bind(4, w->entry->first_record);
    ins->BindBlob(5, w->entry->body);
    if (Status s = ins->Run(); !s.ok()) return fail(s.error());
    const int64_t seq = sqlite3_last_insert_rowid(db_.get());
    w->id = std::to_string(now) + "-" + std::to_string(seq);
    for (const InboxDoc& d : *w->docs) {
      doc->Reset();
      doc->Bind(1, d.id).Bind(2, seq).Bind(3, d.content_hash).Bind(4, d.source);
      if (Status s = doc->Run(); !s.ok()) return fail(s.error());
    }
  }
  if (Status s = tx.Commit(); !s.ok()) return fail(s.error());
  ++commits_;
  added_ += static_cast<int64_t>(group.size());
  length_ += static_cast<int64_t>(group.size());
}

Result<std::string> Inbox::AddWithDocs(const QueueEntry& entry, const std::vector<InboxDoc>& docs) {
  Waiting me{&entry, &docs, {}, std::nullopt, false};
  {
    std::unique_lock<std::mutex> lock(add_mu_);
    waiting_.push_back(&me);
    while (!me.done) {
      if (committing_) {
        add_cv_.wait(lock);
        continue;
      }
      // Commit everything waiting, this entry included.
      committing_ = true;
      std::vector<Waiting*> group;
      group.swap(waiting_);
      lock.unlock();
      CommitGroup(group);
      lock.lock();
      for (Waiting* w : group) w->done = true;
      committing_ = false;
      add_cv_.notify_all();
    }
  }
  if (me.error) return *me.error;
  take_cv_.notify_all();
  return me.id;
}

Result<std::vector<std::string>> Inbox::AddBatch(const std::vector<QueueEntry>& entries) {
  std::vector<std::string> ids;
  for (const QueueEntry& e : entries) {
    auto id = Add(e);
    if (!id.ok()) return id.error();
    ids.push_back(*id);
  }
  return ids;
}

Result<std::vector<QueueEntry>> Inbox::Take(const std::string& consumer, int count, int block_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(0, block_ms));
  for (;;) {
    std::vector<QueueEntry> out;
    {
      std::lock_guard<std::mutex> lock(db_mu_);
      if (length_.load() > 0) {
        if (Status s = db_.Exec("PRAGMA synchronous=NORMAL"); !s.ok()) return s.error();
        sqlite::Transaction tx(&db_);
        Status st = tx.Begin();
        if (st.ok()) {
          auto sel = sqlite::Stmt::Prepare(db_, R"sql(
            SELECT seq, added_ms, name, format, first_record, body, deliveries FROM entries
            WHERE consumer IS NULL OR consumer = ?1 ORDER BY seq LIMIT ?2)sql");
          auto upd = sqlite::Stmt::Prepare(
              db_, "UPDATE entries SET consumer = ?1, taken_ms = ?2, deliveries = deliveries + 1 WHERE seq = ?3");
          if (!sel.ok()) st = sel.error();
          else if (!upd.ok()) st = upd.error();
          if (st.ok()) {
            sel->Bind(1, consumer).Bind(2, static_cast<int64_t>(std::max(1, count)));
            std::vector<int64_t> seqs;
            for (;;) {
              auto row = sel->Step();
              if (!row.ok()) {
                st = row.error();
                break;
              }
              if (!*row) break;
              QueueEntry e;
              seqs.push_back(sel->Int(0));
              e.id = std::to_string(sel->Int(1)) + "-" + std::to_string(sel->Int(0));
              e.name = sel->Text(2);
              e.format = sel->Text(3);
              e.first_record = sel->Int(4);
              e.body = sel->Blob(5);
              e.deliveries = sel->Int(6) + 1;
              out.push_back(std::move(e));
            }
            sel->Reset();
            const int64_t now = InboxNowMs();
            for (size_t i = 0; st.ok() && i < seqs.size(); ++i) {
              upd->Reset();
              upd->Bind(1, consumer).Bind(2, now).Bind(3, seqs[i]);
              st = upd->Run();
            }
          }
          if (st.ok()) st = tx.Commit();
        }
        Status back = db_.Exec("PRAGMA synchronous=FULL");
        if (!st.ok()) return st.error();
        if (!back.ok()) return back.error();
      }
    }
    if (!out.empty()) return out;
    std::unique_lock<std::mutex> lock(take_mu_);
    if (std::chrono::steady_clock::now() >= deadline) return out;
    // Woken by an Add; polled too, so a missed wake costs at most 50 ms.
    take_cv_.wait_until(lock, std::min(deadline, std::chrono::steady_clock::now() + std::chrono::milliseconds(50)));
  }
}

Status Inbox::Ack(const std::string& id) {
  const int64_t seq = InboxSeqOf(id);
  if (seq <= 0) return Error{"inbox: bad entry id " + id};
  std::lock_guard<std::mutex> lock(db_mu_);
  if (Status s = db_.Exec("PRAGMA synchronous=NORMAL"); !s.ok()) return s;
  auto del = sqlite::Stmt::Prepare(db_, "DELETE FROM entries WHERE seq = ?1");
  Status st = del.ok() ? Status::Ok() : Status(del.error());
  if (st.ok()) {
    del->Bind(1, seq);
    st = del->Run();
    if (st.ok() && sqlite3_changes(db_.get()) > 0) --length_;
  }
  Status back = db_.Exec("PRAGMA synchronous=FULL");
  if (!st.ok()) return st;
  return back;
}

Result<QueueStats> Inbox::Stats() {
  std::lock_guard<std::mutex> lock(db_mu_);
  auto st = sqlite::Stmt::Prepare(db_, "SELECT count(*), count(consumer) FROM entries");
  if (!st.ok()) return st.error();
  auto row = st->Step();
  if (!row.ok()) return row.error();
  QueueStats s;
  s.length = st->Int(0);
  s.pending = st->Int(1);
  s.lag = s.length - s.pending;
  return s;
}

Result<Inbox::DocState> Inbox::Find(const std::string& doc_id) {
  std::lock_guard<std::mutex> lock(db_mu_);
  auto st = sqlite::Stmt::Prepare(db_, R"sql(
    SELECT d.content_hash, d.source, EXISTS(SELECT 1 FROM entries e WHERE e.seq = d.seq)
    FROM docs d WHERE d.doc_id = ?1)sql");
  if (!st.ok()) return st.error();
  st->Bind(1, doc_id);
  auto row = st->Step();
  if (!row.ok()) return row.error();
  DocState s;
  if (!*row) return s;
  s.known = true;
  s.content_hash = st->Text(0);
  s.source = st->Text(1);
  s.queued = st->Int(2) != 0;
  return s;
}

}  // namespace crosscheck::serve
