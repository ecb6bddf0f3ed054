// PostgreSQL store: the read path (documents, stories, claims, search,
// counts, fusion state, the integrity check). Each call borrows a pooled
// connection (PostgresStore::WithConn retries it on a lost connection).
#include <algorithm>
#include <map>
#include <set>

#include "store/postgres_store.h"
#include "store/store_rows.h"

namespace crosscheck {

namespace {

constexpr const char* kDocColumns =
    "seq, id, content_hash, source, url, title, author, date, date_origin, language, format, "
    "path, line, copy_of, body_start, text, records, ingested_at, order_key, date_basis";

StoredDocument DocumentFromRow(const pg::Res& r, int row) {
  StoredDocument s;
  s.seq = r.Int(row, 0);
  Document& d = s.doc;
  d.id = r.Text(row, 1);
  d.content_hash = r.Text(row, 2);
  std::string source = r.Text(row, 3);
  if (!source.empty()) d.source = source;
  d.url = r.OptText(row, 4);
  d.title = r.OptText(row, 5);
  d.author = r.OptText(row, 6);
  d.date = r.OptText(row, 7);
  d.date_origin = r.OptText(row, 8);
  d.language = r.Text(row, 9);
  d.format = r.Text(row, 10);
  d.path = r.Text(row, 11);
  if (!r.IsNull(row, 12)) d.line = r.Int(row, 12);
  d.copy_of = r.OptText(row, 13);
  d.body_start = static_cast<uint32_t>(r.Int(row, 14));
  d.text = r.Text(row, 15);
  s.records = Json::parse(r.Text(row, 16), nullptr, /*allow_exceptions=*/false);
  if (s.records.is_discarded()) s.records = Json::object();
  s.ingested_at_ms = r.Int(row, 17);
  s.order_key = r.Text(row, 18);
  d.date_basis = r.OptText(row, 19);
  return s;
}

constexpr const char* kStoryColumns = "id, title, json, disagreements, updated_at, fingerprint";

StoryRecord StoryFromRow(const pg::Res& r, int row) {
  StoryRecord s;
  s.id = r.Text(row, 0);
  s.title = r.Text(row, 1);
  s.json = Json::parse(r.Text(row, 2), nullptr, false);
  if (s.json.is_discarded()) s.json = Json::object();
  if (s.json.contains("documents") && s.json["documents"].is_array())
    for (const Json& d : s.json["documents"])
      if (d.is_string()) s.doc_ids.push_back(d.get<std::string>());
  s.disagreements = static_cast<int>(r.Int(row, 3));
  s.updated_at_ms = r.Int(row, 4);
  s.fingerprint = r.Text(row, 5);
  return s;
}

bool WordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

std::string Lexeme(const std::string& w) {
  std::string out = "'";
  for (char c : w) {
    if (c == '\'' || c == '\\') out += c;  // doubled
    out += c;
  }
  return out + "'";
}

// Attaches the ids of the stories holding each document.
Status AddStories(pg::Conn& c, std::vector<StoredDocument>* docs) {
  if (docs->empty()) return Status::Ok();
  std::vector<std::string> ids;
  for (const StoredDocument& d : *docs) ids.push_back(d.doc.id);
  auto r = c.Exec("SELECT doc_id, story_id FROM story_docs WHERE doc_id = ANY($1::text[]) ORDER BY doc_id, story_id",
                  {pg::ArrayLiteral(ids)});
  if (!r.ok()) return r.error();
  std::map<std::string, std::vector<std::string>> of;
  for (int i = 0; i < r->Rows(); ++i) of[r->Text(i, 0)].push_back(r->Text(i, 1));
  for (StoredDocument& d : *docs) {
    auto it = of.find(d.doc.id);
    if (it != of.end()) d.stories = it->second;
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> TsQuery(const std::string& text) {
  std::vector<std::string> terms;
  size_t i = 0, n = text.size();
  while (i < n) {
    unsigned char ch = text[i];
    if (ch == '"') {
      size_t close = text.find('"', i + 1);
      if (close == std::string::npos) close = n;
      std::vector<std::string> words;
      std::string w;
      for (size_t k = i + 1; k <= close && k <= n; ++k) {
        if (k < close && WordByte(static_cast<unsigned char>(text[k]))) {
          w += text[k];
        } else if (!w.empty()) {
          words.push_back(Lexeme(w));
          w.clear();
        }
      }
      if (!words.empty()) {
        std::string phrase;
        for (size_t k = 0; k < words.size(); ++k) phrase += (k ? " <-> " : "") + words[k];
        terms.push_back(words.size() > 1 ? "(" + phrase + ")" : phrase);
      }
      i = close + 1;
      continue;
    }
    if (!WordByte(ch)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && WordByte(static_cast<unsigned char>(text[j]))) ++j;
    std::string term = Lexeme(text.substr(i, j - i));
    if (j < n && text[j] == '*') {
      term += ":*";
      ++j;
    }
    terms.push_back(std::move(term));
    i = j;
  }
  if (terms.empty()) return Error{"the query has no words"};
  std::string out;
  for (size_t k = 0; k < terms.size(); ++k) out += (k ? " & " : "") + terms[k];
  return out;
}

Result<std::optional<std::string>> PostgresStore::FindDocument(const std::string& content_hash,
                                                              const std::string& source) {
  std::optional<std::string> out;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    auto r = c.Exec("SELECT id FROM documents WHERE content_hash = $1 AND source = $2", {content_hash, source});
    if (!r.ok()) return r.error();
    out.reset();
    if (r->Rows() > 0) out = r->Text(0, 0);
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<std::optional<StoredDocument>> PostgresStore::GetDocument(const std::string& id) {
  auto docs = GetDocuments({id}, /*with_content=*/true);
  if (!docs.ok()) return docs.error();
  if (docs->empty()) return std::optional<StoredDocument>();
  return std::optional<StoredDocument>(std::move(docs->front()));
}

Result<std::vector<StoredDocument>> PostgresStore::GetDocuments(const std::vector<std::string>& ids,
                                                                bool with_content) {
  std::vector<StoredDocument> out;
  if (ids.empty()) return out;
  std::string cols = kDocColumns;
  if (!with_content) cols.replace(cols.find("text, records"), 13, "'' AS text, '{}' AS records");
  Status s = WithConn([&](pg::Conn& c) -> Status {
    out.clear();
    auto r = c.Exec("SELECT " + cols + " FROM documents WHERE id = ANY($1::text[])", {pg::ArrayLiteral(ids)});
    if (!r.ok()) return r.error();
    std::map<std::string, StoredDocument> found;
    for (int i = 0; i < r->Rows(); ++i) {
      StoredDocument d = DocumentFromRow(*r, i);
      found.emplace(d.doc.id, std::move(d));
    }
    for (const std::string& id : ids) {
      auto it = found.find(id);
      if (it != found.end()) out.push_back(it->second);
    }
    return AddStories(c, &out);
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<std::vector<StoredDocument>> PostgresStore::ListDocuments(int limit, int offset) {
  std::vector<StoredDocument> out;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    out.clear();
    auto r = c.Exec(std::string("SELECT ") + kDocColumns + " FROM documents ORDER BY seq DESC LIMIT $1 OFFSET $2",
                    {static_cast<int64_t>(limit), static_cast<int64_t>(offset)});
    if (!r.ok()) return r.error();
    for (int i = 0; i < r->Rows(); ++i) out.push_back(DocumentFromRow(*r, i));
    return AddStories(c, &out);
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<std::optional<StoryRecord>> PostgresStore::GetStory(const std::string& id) {
  std::optional<StoryRecord> out;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    auto r = c.Exec(std::string("SELECT ") + kStoryColumns + " FROM stories WHERE id = $1", {id});
    if (!r.ok()) return r.error();
    out.reset();
    if (r->Rows() > 0) out = StoryFromRow(*r, 0);
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<std::vector<StoryRecord>> PostgresStore::ListStories(const std::string& query, int limit, int offset) {
  std::string ts;
  if (!query.empty()) {
    auto q = TsQuery(query);
    if (!q.ok()) return q.error();
    ts = *q;
  }
  std::vector<StoryRecord> out;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    out.clear();
    std::string sql = std::string("SELECT ") + kStoryColumns + " FROM stories";
    std::vector<pg::Param> params{static_cast<int64_t>(limit), static_cast<int64_t>(offset)};
    if (!ts.empty()) {
      sql += " WHERE id IN (SELECT story_id FROM story_docs WHERE doc_id IN "
             "(SELECT doc_id FROM sentences WHERE tsv @@ to_tsquery('crosscheck_text', $3)))";
      params.push_back(ts);
    }
    sql += " ORDER BY updated_at DESC, id LIMIT $1 OFFSET $2";
    auto r = c.Exec(sql, params);
    if (!r.ok()) return r.error();
    for (int i = 0; i < r->Rows(); ++i) out.push_back(StoryFromRow(*r, i));
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<std::vector<std::string>> PostgresStore::StoriesOfDocuments(const std::vector<std::string>& doc_ids) {
  std::vector<std::string> out;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    out.clear();
    auto r = c.Exec("SELECT DISTINCT story_id FROM story_docs WHERE doc_id = ANY($1::text[]) ORDER BY story_id",
                    {pg::ArrayLiteral(doc_ids)});
    if (!r.ok()) return r.error();
    for (int i = 0; i < r->Rows(); ++i) out.push_back(r->Text(i, 0));
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<std::vector<Json>> PostgresStore::Claims(const ClaimFilter& f) {
  std::vector<Json> out;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    out.clear();
    auto r = c.Exec(R"sql(
      SELECT c.json, d.source, d.date FROM claims c JOIN documents d ON d.id = c.doc_id
      WHERE ($1 = '' OR strpos(lower(c.measure), lower($1)) > 0)
        AND ($2 = '' OR strpos(lower(c.speaker), lower($2)) > 0)
        AND ($3 = '' OR d.source = $3)
        AND ($4 = '' OR c.as_of >= $4)
        AND ($5 = '' OR c.as_of <= $5)
        AND ($6 = '' OR c.doc_id IN (SELECT doc_id FROM story_docs WHERE story_id = $6))
      ORDER BY c.as_of, c.id LIMIT $7 OFFSET $8)sql",
                    {f.measure, f.speaker, f.source, f.date_from, f.date_to, f.story, static_cast<int64_t>(f.limit),
                     static_cast<int64_t>(f.offset)});
    if (!r.ok()) return r.error();
    for (int i = 0; i < r->Rows(); ++i) {
      Json j = Json::parse(r->Text(i, 0), nullptr, false);
      if (j.is_discarded()) continue;
      std::string source = r->Text(i, 1);
      j["source"] = source.empty() ? Json(nullptr) : Json(source);
      j["date"] = JsonString(r->OptText(i, 2));
      out.push_back(std::move(j));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<std::vector<SearchHit>> PostgresStore::Search(const std::string& query, int limit, int offset) {
  auto q = TsQuery(query);
  if (!q.ok()) return q.error();
  std::vector<SearchHit> out;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    out.clear();
    auto r = c.Exec(R"sql(
      SELECT s.doc_id, s.start, s."end",
             ts_headline('crosscheck_text', s.text, q, 'StartSel=[[, StopSel=]], HighlightAll=true'),
             -ts_rank_cd(s.tsv, q) AS score, d.title, d.source, d.date
      FROM sentences s JOIN documents d ON d.id = s.doc_id, to_tsquery('crosscheck_text', $1) q
      WHERE s.tsv @@ q ORDER BY score, s.doc_id, s.start LIMIT $2 OFFSET $3)sql",
                    {*q, static_cast<int64_t>(limit), static_cast<int64_t>(offset)});
    if (!r.ok()) return r.error();
    for (int i = 0; i < r->Rows(); ++i) {
      SearchHit h;
      h.doc_id = r->Text(i, 0);
      h.start = static_cast<uint32_t>(r->Int(i, 1));
      h.end = static_cast<uint32_t>(r->Int(i, 2));
      h.snippet = r->Text(i, 3);
      h.score = r->Double(i, 4);
      h.title = r->OptText(i, 5);
      std::string source = r->Text(i, 6);
      if (!source.empty()) h.source = source;
      h.date = r->OptText(i, 7);
      out.push_back(std::move(h));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<StoreCounts> PostgresStore::Counts() {
  StoreCounts out;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    // Row counts are the sums of the delta rows the triggers of schema 3
    // append (a handful after each fusion commit folds them). Pending
    // fusion as SqliteStore::Counts: rows missing + rows unfused.
    auto r = c.Exec(R"sql(
      WITH k AS (SELECT name, sum(n)::bigint AS n FROM counts_delta GROUP BY name)
      SELECT coalesce((SELECT n FROM k WHERE name = 'documents'), 0),
             coalesce((SELECT n FROM k WHERE name = 'stories'), 0),
             coalesce((SELECT n FROM k WHERE name = 'claims'), 0),
             coalesce((SELECT n FROM k WHERE name = 'sentences'), 0),
             (SELECT coalesce(max(seq), 0) FROM documents),
             greatest((SELECT value::bigint FROM meta WHERE key = 'last_change_ms'),
                      (SELECT ingested_at FROM documents ORDER BY seq DESC LIMIT 1),
                      (SELECT max(at) FROM rejected)),
             coalesce((SELECT n FROM k WHERE name = 'documents'), 0) -
               coalesce((SELECT n FROM k WHERE name = 'fuse_inputs'), 0) +
               coalesce((SELECT n FROM k WHERE name = 'unfused'), 0),
             (SELECT value::bigint FROM meta WHERE key = 'fuse_epoch'),
             coalesce((SELECT n FROM k WHERE name = 'rejected'), 0))sql");
    if (!r.ok()) return r.error();
    out.documents = r->Int(0, 0);
    out.stories = r->Int(0, 1);
    out.claims = r->Int(0, 2);
    out.sentences = r->Int(0, 3);
    out.last_seq = r->Int(0, 4);
    out.last_change_ms = r->Int(0, 5);
    out.pending_fusion = r->Int(0, 6);
    out.fuse_epoch = r->Int(0, 7);
    out.rejected = r->Int(0, 8);
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<std::string> PostgresStore::IntegrityCheck() {
  std::vector<std::string> problems;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    problems.clear();
    auto orphans = c.Exec(
        "SELECT story_id, doc_id FROM story_docs WHERE doc_id NOT IN (SELECT id FROM documents) LIMIT 20");
    if (!orphans.ok()) return orphans.error();
    for (int i = 0; i < orphans->Rows(); ++i)
      problems.push_back("story " + orphans->Text(i, 0) + " holds " + orphans->Text(i, 1) + ", which is not stored");
    auto loose = c.Exec(R"sql(
      SELECT d.id, count(sd.story_id) FROM documents d JOIN fuse_inputs f ON f.doc_id = d.id
      LEFT JOIN story_docs sd ON sd.doc_id = d.id
      WHERE f.fused AND f.analysed GROUP BY d.id HAVING count(sd.story_id) <> 1 LIMIT 20)sql");
    if (!loose.ok()) return loose.error();
    for (int i = 0; i < loose->Rows(); ++i)
      problems.push_back("document " + loose->Text(i, 0) + " is fused but in " + loose->Text(i, 1) +
                         " stories (want 1)");
    // The kept counts (schema 3) against the rows.
    auto counts = c.Exec(R"sql(
      WITH real(name, n) AS (
        SELECT 'documents', count(*) FROM documents UNION ALL
        SELECT 'stories', count(*) FROM stories UNION ALL
        SELECT 'claims', count(*) FROM claims UNION ALL
        SELECT 'sentences', count(*) FROM sentences UNION ALL
        SELECT 'fuse_inputs', count(*) FROM fuse_inputs UNION ALL
        SELECT 'unfused', count(*) FROM fuse_inputs WHERE NOT fused UNION ALL
        SELECT 'rejected', count(*) FROM rejected),
      kept AS (SELECT name, sum(n)::bigint AS n FROM counts_delta GROUP BY name)
      SELECT real.name, real.n, coalesce(kept.n, 0) FROM real LEFT JOIN kept ON kept.name = real.name
      WHERE coalesce(kept.n, 0) <> real.n)sql");
    if (!counts.ok()) return counts.error();
    for (int i = 0; i < counts->Rows(); ++i)
      problems.push_back("count of " + counts->Text(i, 0) + " is kept as " + counts->Text(i, 2) +
                         ", the table holds " + counts->Text(i, 1));
    auto unique = c.Exec("SELECT content_hash, source FROM documents GROUP BY 1, 2 HAVING count(*) > 1 LIMIT 20");
    if (!unique.ok()) return unique.error();
    for (int i = 0; i < unique->Rows(); ++i)
      problems.push_back("content " + unique->Text(i, 0) + " from '" + unique->Text(i, 1) + "' is stored twice");
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return store_rows::JoinProblems(problems);
}

Result<std::vector<RejectedInput>> PostgresStore::ListRejected(int limit, int offset) {
  std::vector<RejectedInput> out;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    out.clear();
    auto r = c.Exec("SELECT ref, name, reason, at FROM rejected ORDER BY seq DESC LIMIT $1 OFFSET $2",
                    {static_cast<int64_t>(limit), static_cast<int64_t>(offset)});
    if (!r.ok()) return r.error();
    for (int i = 0; i < r->Rows(); ++i)
      out.push_back(RejectedInput{r->Text(i, 0), r->Text(i, 1), r->Text(i, 2), r->Int(i, 3)});
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<int64_t> PostgresStore::FuseEpoch() {
  int64_t out = 0;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    auto r = c.Exec("SELECT value::bigint FROM meta WHERE key = 'fuse_epoch'");
    if (!r.ok()) return r.error();
    out = r->Rows() ? r->Int(0, 0) : 0;
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<FuseState> PostgresStore::LoadFuseState() {
  FuseState out;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    out = FuseState{};
    // One snapshot for all three reads.
    if (Status st = c.Run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !st.ok()) return st;
    struct End {
      pg::Conn& c;
      ~End() { (void)c.Run("COMMIT"); }
    } end{c};
    auto e = c.Exec("SELECT value::bigint FROM meta WHERE key = 'fuse_epoch'");
    if (!e.ok()) return e.error();
    out.epoch = e->Rows() ? e->Int(0, 0) : 0;
    auto st = c.Exec("SELECT id, fingerprint FROM stories");
    if (!st.ok()) return st.error();
    for (int i = 0; i < st->Rows(); ++i) out.story_fingerprints[st->Text(i, 0)] = st->Text(i, 1);
    auto d = c.Exec("SELECT id, copy_of, date, date_basis FROM documents WHERE copy_of IS NOT NULL OR date_basis = 'story'");
    if (!d.ok()) return d.error();
    for (int i = 0; i < d->Rows(); ++i) {
      std::string id = d->Text(i, 0);
      if (!d->IsNull(i, 1)) out.copy_of[id] = d->Text(i, 1);
      if (d->Text(i, 3) == "story" && !d->IsNull(i, 2)) out.story_dates[id] = d->Text(i, 2);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return out;
}

Result<std::vector<FuseDoc>> PostgresStore::LoadFuseDocs(bool pending, int limit) {
  std::vector<FuseDoc> out;
  Status s = WithConn([&](pg::Conn& c) -> Status {
    out.clear();
    // As SqliteStore::LoadFuseDocs: the scan for documents without a
    // fuse_inputs row (schema 1) runs until one pending load saw none.
    // As there, the kept counts (schema 3) may say so at once.
    if (pending && !no_legacy_inputs_.load()) {
      auto k = c.Exec(R"sql(
        SELECT coalesce(sum(n) FILTER (WHERE name = 'documents'), 0) =
               coalesce(sum(n) FILTER (WHERE name = 'fuse_inputs'), 0) FROM counts_delta)sql");
      if (!k.ok()) return k.error();
      if (k->Rows() > 0 && k->Bool(0, 0)) no_legacy_inputs_.store(true);
    }
    const bool legacy = pending && !no_legacy_inputs_.load();
    std::string sql = R"sql(
      SELECT d.id, d.order_key, d.content_hash, f.doc_id IS NULL, f.analysed, f.sketch, f.shingles, f.features,
             f.own_date, f.own_date_origin, f.own_date_basis, d.date, d.date_origin, d.date_basis )sql";
    if (legacy)
      sql += "FROM documents d LEFT JOIN fuse_inputs f ON f.doc_id = d.id WHERE (f.doc_id IS NULL OR NOT f.fused)";
    else
      sql += std::string("FROM fuse_inputs f JOIN documents d ON d.id = f.doc_id WHERE ") + (pending ? "NOT f.fused" : "f.fused");
    sql += " ORDER BY d.order_key, d.id";
    if (pending) sql += " LIMIT " + std::to_string(std::max(1, limit));
    auto r = c.Exec(sql);
    if (!r.ok()) return r.error();
    for (int i = 0; i < r->Rows(); ++i) {
      FuseDoc f;
      f.id = r->Text(i, 0);
      f.order_key = r->Text(i, 1);
      if (r->Bool(i, 3)) {
        f.needs_input = true;
        f.input.content_hash = r->Text(i, 2);
        Document d;
        d.date = r->OptText(i, 11);
        d.date_origin = r->OptText(i, 12);
        d.date_basis = r->OptText(i, 13);
        store_rows::OwnDate own = store_rows::OwnDateOf(d);
        f.own_date = own.date;
        f.own_date_origin = own.origin;
        f.own_date_basis = own.basis;
      } else {
        f.own_date = r->OptText(i, 8);
        f.own_date_origin = r->OptText(i, 9);
        f.own_date_basis = r->OptText(i, 10);
        if (!store_rows::DecodeFuseInput(r->Text(i, 2), r->Bool(i, 4), r->Bytes(i, 5), r->Int(i, 6), r->Text(i, 7), &f))
          return Error{"document " + f.id + ": its fusion input does not decode"};
      }
      out.push_back(std::move(f));
    }
    if (legacy && store_rows::NoLegacyInputsLeft(out, limit)) no_legacy_inputs_.store(true);
    return Status::Ok();
  });
  if (!s.ok()) return s.error();
  return out;
}

}  // namespace crosscheck
