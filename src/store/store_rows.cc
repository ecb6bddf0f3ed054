// Rows and encodings shared by the SQLite and PostgreSQL stores, the
// records JSON, and the engine-neutral parts of store.h (order keys,
// OpenStore, PutAnalyses).
#include "store/store_rows.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <mutex>
#include <set>

namespace crosscheck {

Store::~Store() = default;

std::string StoryStampOf(const std::string& fingerprint, int64_t updated_at_ms) {
  return fingerprint + "@" + std::to_string(updated_at_ms);
}

Result<std::vector<std::pair<std::string, std::string>>> Store::ListStoryStamps(const std::string& query, int limit,
                                                                                int offset) {
  auto stories = ListStories(query, limit, offset);
  if (!stories.ok()) return stories.error();
  std::vector<std::pair<std::string, std::string>> out;
  for (const StoryRecord& s : *stories) out.emplace_back(s.id, StoryStampOf(s.fingerprint, s.updated_at_ms));
  return out;
}

Result<std::optional<std::string>> Store::StoryStamp(const std::string& id) {
  auto s = GetStory(id);
  if (!s.ok()) return s.error();
  if (!s->has_value()) return std::optional<std::string>();
  return std::optional<std::string>(StoryStampOf((*s)->fingerprint, (*s)->updated_at_ms));
}

std::string OrderKey(uint64_t ms, uint64_t seq) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%020" PRIu64 "-%020" PRIu64, ms, seq);
  return buf;
}

std::string ClockOrderKey() {
  // Strictly increasing within the process even if the clock steps back.
  static std::mutex mu;
  static uint64_t last_ms = 0, seq = 0;
  uint64_t now = static_cast<uint64_t>(store_rows::NowMs());
  std::lock_guard<std::mutex> lock(mu);
  if (now > last_ms) {
    last_ms = now;
    seq = 0;
  } else {
    ++seq;
  }
  return OrderKey(last_ms, seq);
}

Status Store::PutAnalyses(const std::vector<DocAnalysis>& analyses, std::vector<PutOutcome>* outcomes) {
  std::vector<PutRequest> reqs;
  reqs.reserve(analyses.size());
  for (const DocAnalysis& a : analyses) reqs.push_back(PutRequest{&a, ClockOrderKey()});
  return PutDocuments(reqs, outcomes);
}

bool IsPostgresUrl(const std::string& location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

Result<std::unique_ptr<Store>> OpenStore(const std::string& location) {
  if (IsPostgresUrl(location)) return OpenPostgresStore(location);
  return OpenSqliteStore(location);
}

Json DocumentRecordsJson(const DocAnalysis& a) {
  const Document& d = a.doc;
  Json j;
  j["analysed"] = a.analysed;
  j["date_basis"] = JsonString(d.date_basis);  // also a column since schema 2
  Json sentences = Json::array();
  for (const Sentence& s : a.seg.sentences)
    sentences.push_back(Json{{"doc", d.id}, {"start", s.span.start}, {"end", s.span.end}});
  j["sentences"] = std::move(sentences);
  Json q = Json::array(), t = Json::array(), e = Json::array(), u = Json::array(), c = Json::array();
  for (size_t i = 0; i < a.quantities.size(); ++i) q.push_back(QuantityToJson(d, a.quantities, i));
  for (size_t i = 0; i < a.times.size(); ++i) t.push_back(TimeToJson(d, a.times, i));
  for (size_t i = 0; i < a.entities.size(); ++i) e.push_back(EntityToJson(d, a.entities, i));
  for (size_t i = 0; i < a.quotes.size(); ++i) u.push_back(QuoteToJson(d, a.quotes, i));
  for (size_t i = 0; i < a.claims.size(); ++i) c.push_back(ClaimToJson(d, a.claims, i));
  j["quantities"] = std::move(q);
  j["times"] = std::move(t);
  j["entities"] = std::move(e);
  j["quotes"] = std::move(u);
  j["claims"] = std::move(c);
  return j;
}

namespace store_rows {

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::vector<ClaimRow> ClaimRows(const Json& records) {
  std::vector<ClaimRow> rows;
  if (!records.contains("claims")) return rows;
  for (const Json& c : records["claims"]) {
    auto str = [&](const char* k) {
      return c.contains(k) && c[k].is_string() ? c[k].get<std::string>() : std::string();
    };
    rows.push_back(ClaimRow{str("id"), str("measure"), str("speaker"), str("as_of"), str("time"), c.dump()});
  }
  return rows;
}

std::vector<EntityRow> EntityRows(const DocAnalysis& a) {
  std::set<std::pair<std::string, std::string>> seen;
  for (const Entity& e : a.entities)
    if (!e.name.empty()) seen.emplace(e.name, EntityTypeName(e.type));
  std::vector<EntityRow> rows;
  for (const auto& [name, type] : seen) rows.push_back(EntityRow{name, type});
  return rows;
}

std::vector<SentenceRow> SentenceRows(const DocAnalysis& a) {
  std::vector<SentenceRow> rows;
  for (const Sentence& s : a.seg.sentences) {
    if (s.span.end > a.doc.text.size() || s.span.empty()) continue;
    rows.push_back(SentenceRow{s.span.start, s.span.end, std::string(s.span.Of(a.doc.text))});
  }
  return rows;
}

std::string EncodeSketch(const ShingleSketch& s) {
  std::string out;
  out.reserve(s.hashes.size() * 4);
  for (uint32_t h : s.hashes)
    for (int b = 0; b < 4; ++b) out.push_back(static_cast<char>((h >> (8 * b)) & 0xff));
  return out;
}

bool DecodeSketch(const std::string& bytes, uint32_t shingles, ShingleSketch* out) {
  if (bytes.size() % 4) return false;
  out->hashes.clear();
  out->hashes.reserve(bytes.size() / 4);
  for (size_t i = 0; i < bytes.size(); i += 4) {
    uint32_t h = 0;
    for (int b = 0; b < 4; ++b) h |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[i + b])) << (8 * b);
    out->hashes.push_back(h);
  }
  out->shingles = shingles;
  return true;
}

std::string EncodeFeatures(const StoryFeatures& f) {
  return Json{{"e", f.entities}, {"t", f.terms}}.dump();
}

bool DecodeFeatures(const std::string& json, StoryFeatures* out) {
  Json j = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return false;
  out->entities.clear();
  out->terms.clear();
  for (const char* key : {"e", "t"}) {
    if (!j.contains(key) || !j[key].is_array()) return false;
    auto& dst = key[0] == 'e' ? out->entities : out->terms;
    dst.reserve(j[key].size());
    for (const Json& v : j[key]) {
      if (!v.is_string()) return false;
      dst.push_back(v.get<std::string>());
    }
  }
  return true;
}

bool DecodeFuseInput(const std::string& content_hash, bool analysed, const std::string& sketch,
                     int64_t shingles, const std::string& features, FuseDoc* out) {
  out->input.content_hash = content_hash;
  out->input.analysed = analysed;
  if (shingles < 0 || !DecodeSketch(sketch, static_cast<uint32_t>(shingles), &out->input.sketch)) return false;
  if (!DecodeFeatures(features, &out->input.features)) return false;
  out->input.features.day.reset();
  if (analysed && out->own_date) out->input.features.day = DayFromIsoDate(*out->own_date);
  return true;
}

OwnDate OwnDateOf(const Document& d) {
  if (d.date_basis == "story") return OwnDate{};  // a story date is never a document's own
  return OwnDate{d.date, d.date_origin, d.date_basis};
}

bool NoLegacyInputsLeft(const std::vector<FuseDoc>& loaded, int limit) {
  return loaded.size() < static_cast<size_t>(std::max(1, limit)) &&
         std::none_of(loaded.begin(), loaded.end(), [](const FuseDoc& f) { return f.needs_input; });
}

std::string JoinProblems(const std::vector<std::string>& problems) {
  if (problems.empty()) return "ok";
  std::string out;
  for (const std::string& p : problems) out += (out.empty() ? "" : "\n") + p;
  return out;
}

}  // namespace store_rows
}  // namespace crosscheck
