// SQLite store: the read path (documents, stories, claims, search).
// Each call borrows a pooled read-only connection; WAL gives it a consistent
// snapshot for the duration of one statement.
#include <algorithm>
#include <set>

#include "store/sqlite_store.h"

namespace crosscheck {

namespace {

constexpr const char* kDocColumns =
    "seq, id, content_hash, source, url, title, author, date, date_origin, language, format, "
    "path, line, copy_of, body_start, text, records, ingested_at, order_key, date_basis";

StoredDocument DocumentFromRow(const sqlite::Stmt& st) {
  StoredDocument s;
  s.seq = st.Int(0);
  Document& d = s.doc;
  d.id = st.Text(1);
  d.content_hash = st.Text(2);
  std::string source = st.Text(3);
  if (!source.empty()) d.source = source;
  d.url = st.OptText(4);
  d.title = st.OptText(5);
  d.author = st.OptText(6);
  d.date = st.OptText(7);
  d.date_origin = st.OptText(8);
  d.language = st.Text(9);
  d.format = st.Text(10);
  d.path = st.Text(11);
  if (!st.IsNull(12)) d.line = st.Int(12);
  d.copy_of = st.OptText(13);
  d.body_start = static_cast<uint32_t>(st.Int(14));
  d.text = st.Text(15);
  s.records = Json::parse(st.Text(16), nullptr, /*allow_exceptions=*/false);
  if (s.records.is_discarded()) s.records = Json::object();
  s.ingested_at_ms = st.Int(17);
  s.order_key = st.Text(18);
  d.date_basis = st.OptText(19);
  return s;
}

StoryRecord StoryFromRow(const sqlite::Stmt& st) {
  // Columns: id, title, json, disagreements, updated_at, fingerprint.
  StoryRecord s;
  s.id = st.Text(0);
  s.title = st.Text(1);
  s.json = Json::parse(st.Text(2), nullptr, false);
  if (s.json.is_discarded()) s.json = Json::object();
  if (s.json.contains("documents") && s.json["documents"].is_array())
    for (const Json& d : s.json["documents"])
      if (d.is_string()) s.doc_ids.push_back(d.get<std::string>());
  s.disagreements = static_cast<int>(st.Int(3));
  s.updated_at_ms = st.Int(4);
  s.fingerprint = st.Text(5);
  return s;
}

}  // namespace

Result<std::optional<std::string>> SqliteStore::FindDocument(const std::string& content_hash,
                                                            const std::string& source) {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  auto st = sqlite::Stmt::Prepare(r->db(),
                                  "SELECT id FROM documents WHERE content_hash=?1 AND source=?2");
  if (!st.ok()) return st.error();
  st->Bind(1, content_hash).Bind(2, source);
  auto row = st->Step();
  if (!row.ok()) return row.error();
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(st->Text(0));
}

Result<std::optional<StoredDocument>> SqliteStore::GetDocument(const std::string& id) {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  auto st = sqlite::Stmt::Prepare(
      r->db(), std::string("SELECT ") + kDocColumns + " FROM documents WHERE id=?1");
  if (!st.ok()) return st.error();
  st->Bind(1, id);
  auto row = st->Step();
  if (!row.ok()) return row.error();
  if (!*row) return std::optional<StoredDocument>();
  StoredDocument doc = DocumentFromRow(*st);
  auto stories = sqlite::Stmt::Prepare(
      r->db(), "SELECT story_id FROM story_docs WHERE doc_id=?1 ORDER BY story_id");
  if (!stories.ok()) return stories.error();
  stories->Bind(1, id);
  for (;;) {
    auto more = stories->Step();
    if (!more.ok()) return more.error();
    if (!*more) break;
    doc.stories.push_back(stories->Text(0));
  }
  return std::optional<StoredDocument>(std::move(doc));
}

Result<std::vector<StoredDocument>> SqliteStore::GetDocuments(const std::vector<std::string>& ids,
                                                              bool with_content) {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  // Same columns either way; without content, text and records are ''.
  std::string cols = kDocColumns;
  if (!with_content) {
    cols.replace(cols.find("text, records"), 13, "'' AS text, '{}' AS records");
  }
  auto st = sqlite::Stmt::Prepare(r->db(), "SELECT " + cols + " FROM documents WHERE id=?1");
  if (!st.ok()) return st.error();
  auto stories = sqlite::Stmt::Prepare(
      r->db(), "SELECT story_id FROM story_docs WHERE doc_id=?1 ORDER BY story_id");
  if (!stories.ok()) return stories.error();
  std::vector<StoredDocument> out;
  for (const std::string& id : ids) {
    st->Reset();
    st->Bind(1, id);
    auto row = st->Step();
    if (!row.ok()) return row.error();
    if (!*row) continue;
    out.push_back(DocumentFromRow(*st));
    stories->Reset();
    stories->Bind(1, id);
    for (;;) {
      auto more = stories->Step();
      if (!more.ok()) return more.error();
      if (!*more) break;
      out.back().stories.push_back(stories->Text(0));
    }
  }
  return out;
}

Result<std::vector<StoredDocument>> SqliteStore::ListDocuments(int limit, int offset) {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  auto st = sqlite::Stmt::Prepare(
      r->db(), std::string("SELECT ") + kDocColumns +
                   " FROM documents ORDER BY seq DESC LIMIT ?1 OFFSET ?2");
  if (!st.ok()) return st.error();
  st->Bind(1, static_cast<int64_t>(limit)).Bind(2, static_cast<int64_t>(offset));
  std::vector<StoredDocument> out;
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    out.push_back(DocumentFromRow(*st));
  }
  return out;
}

Result<std::optional<StoryRecord>> SqliteStore::GetStory(const std::string& id) {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  auto st = sqlite::Stmt::Prepare(
      r->db(), "SELECT id, title, json, disagreements, updated_at, fingerprint FROM stories WHERE id=?1");
  if (!st.ok()) return st.error();
  st->Bind(1, id);
  auto row = st->Step();
  if (!row.ok()) return row.error();
  if (!*row) return std::optional<StoryRecord>();
  return std::optional<StoryRecord>(StoryFromRow(*st));
}

Result<std::optional<std::string>> SqliteStore::StoryStamp(const std::string& id) {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  auto st = sqlite::Stmt::Prepare(r->db(), "SELECT fingerprint, updated_at FROM stories WHERE id=?1");
  if (!st.ok()) return st.error();
  st->Bind(1, id);
  auto row = st->Step();
  if (!row.ok()) return row.error();
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(StoryStampOf(st->Text(0), st->Int(1)));
}

namespace {

// The story list's query: `columns` of the stories, most recently updated
// first, those with a sentence matching the FTS query ?3 when `fts`.
std::string StoryListSql(const std::string& columns, bool fts) {
  std::string sql = "SELECT " + columns + " FROM stories";
  if (fts)
    sql += " WHERE id IN (SELECT story_id FROM story_docs WHERE doc_id IN "
           "(SELECT doc_id FROM sentences WHERE sentences MATCH ?3))";
  sql += " ORDER BY updated_at DESC, id LIMIT ?1 OFFSET ?2";
  return sql;
}

}  // namespace

Status SqliteStore::ForEachListedStory(const std::string& query, const char* columns, int limit, int offset,
                                       const std::function<void(const sqlite::Stmt&)>& row) {
  std::string fts;
  if (!query.empty()) {
    auto q = FtsQuery(query);
    if (!q.ok()) return q.error();
    fts = *q;
  }
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  auto st = sqlite::Stmt::Prepare(r->db(), StoryListSql(columns, !fts.empty()));
  if (!st.ok()) return st.error();
  st->Bind(1, static_cast<int64_t>(limit)).Bind(2, static_cast<int64_t>(offset));
  if (!fts.empty()) st->Bind(3, fts);
  for (;;) {
    auto more = st->Step();
    if (!more.ok()) return more.error();
    if (!*more) return Status();
    row(*st);
  }
}

Result<std::vector<StoryRecord>> SqliteStore::ListStories(const std::string& query, int limit,
                                                          int offset) {
  std::vector<StoryRecord> out;
  Status s = ForEachListedStory(query, "id, title, json, disagreements, updated_at, fingerprint", limit, offset,
                                [&](const sqlite::Stmt& st) { out.push_back(StoryFromRow(st)); });
  if (!s.ok()) return s.error();
  return out;
}

Result<std::vector<std::pair<std::string, std::string>>> SqliteStore::ListStoryStamps(const std::string& query,
                                                                                     int limit, int offset) {
  std::vector<std::pair<std::string, std::string>> out;
  Status s = ForEachListedStory(query, "id, fingerprint, updated_at", limit, offset, [&](const sqlite::Stmt& st) {
    out.emplace_back(st.Text(0), StoryStampOf(st.Text(1), st.Int(2)));
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<std::vector<std::string>> SqliteStore::StoriesOfDocuments(
    const std::vector<std::string>& doc_ids) {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  auto st = sqlite::Stmt::Prepare(r->db(), "SELECT story_id FROM story_docs WHERE doc_id=?1");
  if (!st.ok()) return st.error();
  std::set<std::string> ids;
  for (const std::string& d : doc_ids) {
    st->Reset();
    st->Bind(1, d);
    for (;;) {
      auto row = st->Step();
      if (!row.ok()) return row.error();
      if (!*row) break;
      ids.insert(st->Text(0));
    }
  }
  return std::vector<std::string>(ids.begin(), ids.end());
}

Result<std::vector<Json>> SqliteStore::Claims(const ClaimFilter& f) {
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  auto st = sqlite::Stmt::Prepare(r->db(), R"sql(
    SELECT c.json, d.source, d.date FROM claims c JOIN documents d ON d.id = c.doc_id
    WHERE (?1 = '' OR instr(lower(c.measure), lower(?1)) > 0)
      AND (?2 = '' OR instr(lower(c.speaker), lower(?2)) > 0)
      AND (?3 = '' OR d.source = ?3)
      AND (?4 = '' OR c.as_of >= ?4)
      AND (?5 = '' OR c.as_of <= ?5)
      AND (?6 = '' OR c.doc_id IN (SELECT doc_id FROM story_docs WHERE story_id = ?6))
    ORDER BY c.as_of, c.id LIMIT ?7 OFFSET ?8)sql");
  if (!st.ok()) return st.error();
  st->Bind(1, f.measure).Bind(2, f.speaker).Bind(3, f.source).Bind(4, f.date_from);
  st->Bind(5, f.date_to).Bind(6, f.story).Bind(7, static_cast<int64_t>(f.limit));
  st->Bind(8, static_cast<int64_t>(f.offset));
  std::vector<Json> out;
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    Json c = Json::parse(st->Text(0), nullptr, false);
    if (c.is_discarded()) continue;
    std::string source = st->Text(1);
    c["source"] = source.empty() ? Json(nullptr) : Json(source);
    c["date"] = JsonString(st->OptText(2));
    out.push_back(std::move(c));
  }
  return out;
}

Result<std::vector<SearchHit>> SqliteStore::Search(const std::string& query, int limit,
                                                   int offset) {
  auto q = FtsQuery(query);
  if (!q.ok()) return q.error();
  auto r = AcquireReader();
  if (!r.ok()) return r.error();
  auto st = sqlite::Stmt::Prepare(r->db(), R"sql(
    SELECT sentences.doc_id, sentences.start, sentences.end,
           snippet(sentences, 0, '[[', ']]', '…', 32), bm25(sentences),
           d.title, d.source, d.date
    FROM sentences JOIN documents d ON d.id = sentences.doc_id
    WHERE sentences MATCH ?1 ORDER BY bm25(sentences), sentences.doc_id, sentences.start
    LIMIT ?2 OFFSET ?3)sql");
  if (!st.ok()) return st.error();
  st->Bind(1, *q).Bind(2, static_cast<int64_t>(limit)).Bind(3, static_cast<int64_t>(offset));
  std::vector<SearchHit> out;
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    SearchHit h;
    h.doc_id = st->Text(0);
    h.start = static_cast<uint32_t>(st->Int(1));
    h.end = static_cast<uint32_t>(st->Int(2));
    h.snippet = st->Text(3);
    h.score = st->Double(4);
    h.title = st->OptText(5);
    std::string source = st->Text(6);
    if (!source.empty()) h.source = source;
    h.date = st->OptText(7);
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace crosscheck
