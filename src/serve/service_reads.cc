// Service: the JSON answers of the read API — a document and its status,
// the document and story lists, a story and its page (built once, cached
// with its gzip form), claims and search (see service.h). Ingest, health
// and metrics are in service.cc; story updates in story_update.cc.
#include "serve/service.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include <zlib.h>

#include "serve/inbox.h"

namespace crosscheck::serve {

namespace {

Json StoryListItem(const StoryRecord& s) {
  Json j;
  j["id"] = s.id;
  j["title"] = s.title;
  j["documents"] = s.doc_ids.size();
  size_t ledger = s.json.contains("ledger") && s.json["ledger"].is_array() ? s.json["ledger"].size() : 0;
  j["measures"] = ledger;
  j["disagreements"] = s.disagreements;
  j["updated_at_ms"] = s.updated_at_ms;
  return j;
}

Json StoredMeta(const StoredDocument& s) {
  Json j = DocumentMetaJson(s.doc);
  j["outlet"] = OutletLabel(s.doc);
  j["body_start"] = s.doc.body_start;
  j["seq"] = s.seq;
  j["ingested_at_ms"] = s.ingested_at_ms;
  Json stories = Json::array();
  for (const std::string& id : s.stories) stories.push_back(id);
  j["stories"] = stories;
  return j;
}

std::string Str(const Json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

// Spans worth marking in the document text, sorted by start (longest first).
Json Highlights(const Json& records) {
  struct H {
    int64_t start, end;
    Json j;
  };
  std::vector<H> hs;
  auto add = [&](const char* layer, const char* kind, auto label) {
    if (!records.contains(layer)) return;
    for (const Json& r : records[layer]) {
      if (!r.contains("start") || !r.contains("end")) continue;
      int64_t s = r["start"].get<int64_t>(), e = r["end"].get<int64_t>();
      if (e <= s) continue;
      Json h{{"start", s}, {"end", e}, {"kind", kind}, {"id", r.value("id", "")}, {"label", label(r)}};
      if (std::string(kind) == "entity") h["type"] = Str(r, "type");
      hs.push_back({s, e, std::move(h)});
    }
  };
  add("quantities", "quantity", [](const Json& r) {
    std::string l = Str(r, "text");
    if (r.contains("low") && r.contains("high"))
      l += " [" + (r["low"].is_null() ? std::string("…") : r["low"].dump()) + ", " +
           (r["high"].is_null() ? std::string("…") : r["high"].dump()) + "]";
    return l;
  });
  add("times", "time", [](const Json& r) { return Str(r, "value"); });
  add("entities", "entity", [](const Json& r) { return Str(r, "type") + ": " + Str(r, "name"); });
  add("quotes", "quote", [](const Json& r) {
    std::string s = Str(r, "speaker");
    return s.empty() ? std::string("quote") : "said by " + s;
  });
  std::stable_sort(hs.begin(), hs.end(), [](const H& a, const H& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  Json out = Json::array();
  for (H& h : hs) out.push_back(std::move(h.j));
  return out;
}

int64_t SteadyMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

Result<std::shared_ptr<const Service::Page>> Service::Answer(const std::string& key,
                                                             const std::function<Result<Json>()>& make) {
  // The snapshot: one row of the counts table (fusion epoch, last arrival,
  // last write of any kind), read without a scan.
  auto c = store_->Counts();
  if (!c.ok()) return c.error();
  std::shared_ptr<AnswerSlot> slot;
  {
    std::lock_guard<std::mutex> lock(answers_mu_);
    auto it = answers_.find(key);
    if (it == answers_.end()) {
      if (answers_.size() >= 1024) answers_.clear();  // bounded: the next reads make them again
      it = answers_.emplace(key, std::make_shared<AnswerSlot>()).first;
    }
    slot = it->second;
  }
  const int64_t now = SteadyMs();
  {
    std::lock_guard<std::mutex> lock(slot->mu);
    if (slot->page && slot->epoch == c->fuse_epoch &&
        ((slot->last_seq == c->last_seq && slot->last_change_ms == c->last_change_ms) ||
         now - slot->made_ms < options_.answer_stale_ms || slot->building)) {
      // Same snapshot; or the same epoch, documents stored since, and the
      // answer young enough; or another request is making the new one.
      ++answer_hits_;
      return slot->page;
    }
    if (slot->building && slot->page) {  // a new epoch: the previous answer while the new one is made
      ++answer_hits_;
      return slot->page;
    }
    slot->building = true;
  }
  ++answer_builds_;
  auto j = make();
  std::lock_guard<std::mutex> lock(slot->mu);
  slot->building = false;
  if (!j.ok()) return j.error();
  auto page = std::make_shared<Page>();
  page->body = j->dump(-1, ' ', false, Json::error_handler_t::replace);
  // Newer snapshots only: a slower build of an older one does not replace it.
  if (!slot->page || c->fuse_epoch > slot->epoch || (c->fuse_epoch == slot->epoch && c->last_change_ms >= slot->last_change_ms)) {
    slot->page = page;
    slot->epoch = c->fuse_epoch;
    slot->last_seq = c->last_seq;
    slot->last_change_ms = c->last_change_ms;
    slot->made_ms = now;
  }
  return std::shared_ptr<const Page>(std::move(page));
}

Result<std::shared_ptr<const Service::Page>> Service::SearchPage(const std::string& query, int limit, int offset) {
  return Answer("search\x1f" + query + '\x1f' + std::to_string(limit) + '\x1f' + std::to_string(offset),
                [&] { return SearchJson(query, limit, offset); });
}

Result<std::shared_ptr<const Service::Page>> Service::ClaimsPage(const ClaimFilter& f) {
  std::string key = "claims";
  for (const std::string* s : {&f.measure, &f.speaker, &f.source, &f.date_from, &f.date_to, &f.story}) {
    key.push_back('\x1f');
    key += *s;
  }
  key += '\x1f' + std::to_string(f.limit) + '\x1f' + std::to_string(f.offset);
  return Answer(key, [&] { return ClaimsJson(f); });
}

Result<std::shared_ptr<const Service::Page>> Service::StoriesPage(const std::string& query, int limit, int offset) {
  return Answer("stories\x1f" + query + '\x1f' + std::to_string(limit) + '\x1f' + std::to_string(offset),
                [&] { return StoriesJson(query, limit, offset); });
}

Result<std::optional<Json>> Service::DocumentStatusJson(const std::string& id) {
  auto stored = [&](const std::string& doc, const char* status) -> Result<std::optional<Json>> {
    auto of = store_->StoriesOfDocuments({doc});
    if (!of.ok()) return of.error();
    Json j{{"id", id}, {"status", status}, {"stories", *of}};
    if (doc != id) j["of"] = doc;
    return std::optional<Json>(std::move(j));
  };
  auto metas = store_->GetDocuments({id}, /*with_content=*/false);
  if (!metas.ok()) return metas.error();
  if (!metas->empty()) return stored(id, "stored");
  if (!options_.inbox) return std::optional<Json>();
  auto f = options_.inbox->Find(id);
  if (!f.ok()) return f.error();
  if (!f->known) return std::optional<Json>();
  if (f->queued) {
    return std::optional<Json>(Json{{"id", id}, {"status", "queued"}, {"stories", Json::array()}});
  }
  // Done: stored under its own id (just now, after the check above) or a
  // duplicate of the document with the same text and outlet.
  auto existing = store_->FindDocument(f->content_hash, f->source);
  if (!existing.ok()) return existing.error();
  if (!existing->has_value()) return std::optional<Json>();
  return stored(**existing, **existing == id ? "stored" : "duplicate");
}

Result<std::optional<Json>> Service::DocumentJson(const std::string& id) {
  auto got = store_->GetDocument(id);
  if (!got.ok()) return got.error();
  if (!got->has_value()) return std::optional<Json>();
  const StoredDocument& s = **got;
  Json j;
  j["document"] = StoredMeta(s);
  j["text"] = s.doc.text;
  j["records"] = s.records;
  j["highlights"] = Highlights(s.records);
  return std::optional<Json>(std::move(j));
}

Result<Json> Service::DocumentsJson(int limit, int offset) {
  auto docs = store_->ListDocuments(limit, offset);
  if (!docs.ok()) return docs.error();
  Json list = Json::array();
  for (const StoredDocument& s : *docs) list.push_back(StoredMeta(s));
  return Json{{"documents", list}, {"limit", limit}, {"offset", offset}};
}

Result<Json> Service::StoriesJson(const std::string& query, int limit, int offset) {
  // Each story's item is kept by its stamp: the list reads ids and stamps
  // only, and a story's JSON (its ledger and timeline: hundreds of KB in a
  // large story) is parsed once per version, not per list read.
  auto stamps = store_->ListStoryStamps(query, limit, offset);
  if (!stamps.ok()) return stamps.error();
  Json list = Json::array();
  for (const auto& [id, stamp] : *stamps) {
    const std::string key = id + '\x1f' + stamp;
    {
      std::lock_guard<std::mutex> lock(pages_mu_);
      auto it = list_items_.find(key);
      if (it != list_items_.end()) {
        list.push_back(it->second);
        continue;
      }
    }
    auto story = store_->GetStory(id);
    if (!story.ok()) return story.error();
    if (!story->has_value()) continue;  // removed by a round since the list was read
    Json item = StoryListItem(**story);
    list.push_back(item);
    std::lock_guard<std::mutex> lock(pages_mu_);
    if (list_items_.size() >= 4096) list_items_.clear();  // bounded
    list_items_[StoryStampOf((*story)->fingerprint, (*story)->updated_at_ms).insert(0, id + '\x1f')] =
        std::move(item);
  }
  return Json{{"stories", list}, {"query", query}, {"limit", limit}, {"offset", offset}};
}

namespace {

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json PageOf(size_t total, size_t offset, size_t limit) {
  Json next = offset + limit < total ? Json(offset + limit) : Json(nullptr);
  return Json{{"offset", offset}, {"limit", limit}, {"total", total}, {"next", next}};
}

}  // namespace

Json PagedStory(const Json& whole, const StoryPaging& paging, std::vector<std::string>* documents_out,
                std::vector<std::string>* timeline_out) {
  Json out = Json::object();
  for (auto it = whole.begin(); it != whole.end(); ++it)
    if (it.key() != "story" && it.key() != "documents" && it.key() != "quotes") out[it.key()] = it.value();
  const Json empty = Json::array();
  const Json& docs = whole.contains("documents") && whole["documents"].is_array() ? whole["documents"] : empty;
  // The heading's figures over every member: the web page counts reports
  // of unknown outlet apart, each a source of its own.
  std::set<std::string> outlets;
  size_t unnamed = 0;
  std::string first_date, last_date;
  Json first_docs = Json::array();
  for (size_t i = 0; i < docs.size(); ++i) {
    const Json& d = docs[i];
    if (documents_out) documents_out->push_back(Dump(d));
    if (i < static_cast<size_t>(paging.documents_limit)) first_docs.push_back(d);
    const bool copy = d.contains("copy_of") && !d["copy_of"].is_null();
    const std::string outlet = Str(d, "outlet");
    if (!copy) {
      if (outlet == "unnamed source") ++unnamed;
      else if (!outlet.empty()) outlets.insert(outlet);
    }
    const std::string date = Str(d, "date");
    if (!date.empty()) {
      if (first_date.empty() || date < first_date) first_date = date;
      if (last_date.empty() || date > last_date) last_date = date;
    }
  }
  out["documents"] = std::move(first_docs);
  out["documents_page"] = PageOf(docs.size(), 0, std::min<size_t>(docs.size(), paging.documents_limit));
  out["documents_page"]["limit"] = paging.documents_limit;
  out["summary"] = Json{{"reports", docs.size()}, {"outlets", outlets.size()}, {"unknown_outlet", unnamed},
                        {"first_date", first_date.empty() ? Json(nullptr) : Json(first_date)},
                        {"last_date", last_date.empty() ? Json(nullptr) : Json(last_date)}};
  Json story = Json::object();
  if (whole.contains("story") && whole["story"].is_object()) {
    const Json& s = whole["story"];
    for (auto it = s.begin(); it != s.end(); ++it) {
      if (it.key() == "documents") continue;  // paged: `documents`
      if (it.key() == "ledger" && it.value().is_array()) {
        Json ledger = Json::array();
        for (const Json& e : it.value()) {
          Json entry = e;
          if (e.contains("restatements") && e["restatements"].is_array() &&
              e["restatements"].size() > static_cast<size_t>(paging.restatements_limit)) {
            const Json& all = e["restatements"];
            entry["restatements"] = Json(all.begin(), all.begin() + paging.restatements_limit);
            entry["restatements_total"] = all.size();
          }
          ledger.push_back(std::move(entry));
        }
        story["ledger"] = std::move(ledger);
        continue;
      }
      if (it.key() == "timeline" && it.value().is_array()) {
        // Copies repeat their original's dated sentences: each (date,
        // sentence) once, with how many entries say it.
        std::vector<Json> distinct;
        std::unordered_map<std::string, size_t> seen;
        for (const Json& t : it.value()) {
          std::string key = Str(t, "date") + '\x1f' + Str(t, "text");
          auto [pos, fresh] = seen.emplace(std::move(key), distinct.size());
          if (fresh) {
            distinct.push_back(t);
            distinct.back()["reports"] = 1;
          } else {
            Json& r = distinct[pos->second]["reports"];
            r = r.get<int64_t>() + 1;
          }
        }
        Json first = Json::array();
        for (size_t i = 0; i < distinct.size(); ++i) {
          if (timeline_out) timeline_out->push_back(Dump(distinct[i]));
          if (i < static_cast<size_t>(paging.timeline_limit)) first.push_back(std::move(distinct[i]));
        }
        story["timeline"] = std::move(first);
        out["timeline_page"] = PageOf(distinct.size(), 0, std::min<size_t>(distinct.size(), paging.timeline_limit));
        out["timeline_page"]["limit"] = paging.timeline_limit;
        out["timeline_page"]["entries"] = it.value().size();
        continue;
      }
      story[it.key()] = it.value();
    }
  }
  out["story"] = std::move(story);
  const Json& quotes = whole.contains("quotes") && whole["quotes"].is_array() ? whole["quotes"] : empty;
  if (quotes.size() > static_cast<size_t>(paging.quotes_limit)) {
    out["quotes"] = Json(quotes.begin(), quotes.begin() + paging.quotes_limit);
  } else {
    out["quotes"] = quotes;
  }
  out["quotes_total"] = quotes.size();
  return out;
}

Result<std::optional<Json>> Service::StoryJson(const std::string& id) {
  auto story = store_->GetStory(id);
  if (!story.ok()) return story.error();
  if (!story->has_value()) return std::optional<Json>();
  Status error = Status::Ok();
  Json j = StoryPageJson(**story, &error);
  if (!error.ok()) return error.error();
  return std::optional<Json>(std::move(j));
}

const std::string& Service::Page::Gzipped() const {
  std::call_once(gz_once_, [this] {
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return;
    std::string out(deflateBound(&z, body.size()), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
    z.avail_in = static_cast<uInt>(body.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    if (deflate(&z, Z_FINISH) == Z_STREAM_END) {
      out.resize(z.total_out);
      gz_ = std::move(out);
    }
    deflateEnd(&z);
  });
  return gz_;
}

Result<std::optional<std::shared_ptr<const Service::Page>>> Service::StoryPage(const std::string& id) {
  using Page = std::optional<std::shared_ptr<const Service::Page>>;
  auto stamp = store_->StoryStamp(id);
  if (!stamp.ok()) return stamp.error();
  if (!stamp->has_value()) return Page();
  std::shared_ptr<PageSlot> slot;
  {
    std::lock_guard<std::mutex> lock(pages_mu_);
    auto it = pages_.find(id);
    if (it == pages_.end()) {
      if (pages_.size() >= 256) pages_.clear();  // bounded: the next reads rebuild
      it = pages_.emplace(id, std::make_shared<PageSlot>()).first;
    }
    slot = it->second;
  }
  std::unique_lock<std::mutex> build(slot->build_mu, std::try_to_lock);
  if (!build.owns_lock()) {
    // Another request is building this story's page (a fusion round just
    // changed the story): answer the version before it now rather than
    // after the build, which on a large story takes longer than every
    // other read. A page is never older than the build in progress.
    {
      std::lock_guard<std::mutex> lock(slot->page_mu);
      if (slot->page) {
        ++stale_pages_;
        return Page(slot->page);
      }
    }
    build.lock();
  }
  {
    std::lock_guard<std::mutex> lock(slot->page_mu);
    if (slot->page && slot->stamp == **stamp) return Page(slot->page);
  }
  if (before_page_build_) before_page_build_();
  auto story = store_->GetStory(id);
  if (!story.ok()) return story.error();
  if (!story->has_value()) return Page();
  Status error = Status::Ok();
  Json j = StoryPageJson(**story, &error);
  if (!error.ok()) return error.error();
  auto page = std::make_shared<Service::Page>();
  page->body = Dump(PagedStory(j, StoryPaging{}, &page->documents, &page->timeline));
  std::lock_guard<std::mutex> lock(slot->page_mu);
  slot->stamp = StoryStampOf((*story)->fingerprint, (*story)->updated_at_ms);
  slot->page = page;
  return Page(std::move(page));
}

Result<std::optional<std::string>> Service::StoryListPage(const std::string& id, const std::string& list,
                                                            int limit, int offset) {
  auto page = StoryPage(id);
  if (!page.ok()) return page.error();
  if (!page->has_value()) return std::optional<std::string>();
  const Page& p = ***page;
  const std::vector<std::string>& items = list == "timeline" ? p.timeline : p.documents;
  const size_t from = std::min(items.size(), static_cast<size_t>(std::max(offset, 0)));
  const size_t to = std::min(items.size(), from + static_cast<size_t>(std::max(limit, 0)));
  std::string body = "{\"story\":" + Dump(Json(id)) + ",\"" + list + "\":[";
  for (size_t i = from; i < to; ++i) {
    if (i > from) body += ',';
    body += items[i];
  }
  Json next = to < items.size() ? Json(to) : Json(nullptr);
  body += "],\"offset\":" + std::to_string(offset) + ",\"limit\":" + std::to_string(limit) +
          ",\"total\":" + std::to_string(items.size()) + ",\"next\":" + next.dump() + "}";
  return std::optional<std::string>(std::move(body));
}

Json Service::StoryPageJson(const StoryRecord& s, Status* error) {
  // Metadata of every member; records only of the documents the ledger
  // cites and of the most recent ones (for quotes), so a large story stays
  // cheap to show.
  constexpr size_t kQuoteDocs = 40;
  auto metas = store_->GetDocuments(s.doc_ids, /*with_content=*/false);
  if (!metas.ok()) {
    *error = metas.error();
    return Json();
  }
  Json documents = Json::array();
  for (const StoredDocument& sd : *metas) documents.push_back(StoredMeta(sd));
  std::set<std::string> cited;
  if (s.json.contains("ledger"))
    for (const Json& e : s.json["ledger"])
      if (e.contains("claims"))
        for (const Json& cid : e["claims"])
          if (cid.is_string()) {
            // A claim id is "c" + document id + "." + index.
            std::string c = cid.get<std::string>();
            size_t dot = c.rfind('.');
            if (c.size() > 1 && dot != std::string::npos) cited.insert(c.substr(1, dot - 1));
          }
  std::vector<std::string> content_ids(cited.begin(), cited.end());
  size_t first_recent = s.doc_ids.size() > kQuoteDocs ? s.doc_ids.size() - kQuoteDocs : 0;
  std::set<std::string> recent(s.doc_ids.begin() + first_recent, s.doc_ids.end());
  for (const std::string& d : recent)
    if (!cited.count(d)) content_ids.push_back(d);
  // Each document's part of the page (its claims and quotes with their
  // outlet and date, its quantities) depends only on its stored records and
  // metadata, which change only when a round re-dates it: kept by id and
  // date state, so a rebuilt page parses only the documents new to it.
  auto key_of = [](const Document& d) {
    return d.id + '\x1f' + d.date.value_or("\x1e") + '\x1f' + d.date_origin.value_or("\x1e") + '\x1f' +
           d.date_basis.value_or("\x1e");
  };
  std::map<std::string, std::string> part_key;
  for (const StoredDocument& sd : *metas) part_key[sd.doc.id] = key_of(sd.doc);
  std::vector<std::shared_ptr<const PageParts>> parts(content_ids.size());
  std::vector<std::string> missing;
  {
    std::lock_guard<std::mutex> lock(pages_mu_);
    for (size_t i = 0; i < content_ids.size(); ++i) {
      auto k = part_key.find(content_ids[i]);
      auto it = k == part_key.end() ? parts_.end() : parts_.find(k->second);
      if (it != parts_.end()) parts[i] = it->second;
      else missing.push_back(content_ids[i]);
    }
  }
  if (!missing.empty()) {
    auto full = store_->GetDocuments(missing, /*with_content=*/true);
    if (!full.ok()) {
      *error = full.error();
      return Json();
    }
    std::map<std::string, std::pair<std::string, std::shared_ptr<const PageParts>>> made;  // id -> key, parts
    for (const StoredDocument& sd : *full) {
      auto pp = std::make_shared<PageParts>();
      const Json& r = sd.records;
      Json src = JsonString(sd.doc.source), date = JsonString(sd.doc.date);
      const std::string outlet = OutletLabel(sd.doc);
      if (r.contains("claims"))
        for (const Json& c : r["claims"]) {
          Json cc = c;
          cc["source"] = src;
          cc["outlet"] = outlet;
          cc["date"] = date;
          pp->claims.emplace_back(Str(c, "id"), std::move(cc));
        }
      if (r.contains("quantities"))
        for (const Json& q : r["quantities"]) pp->quantities.emplace_back(Str(q, "id"), q);
      if (r.contains("quotes"))
        for (const Json& q : r["quotes"]) {
          Json qq = q;
          qq["source"] = src;
          qq["outlet"] = outlet;
          qq["date"] = date;
          // The web page lists one speaker per key across reports.
          qq["speaker_key"] = SpeakerGroupKey(Str(q, "speaker"));
          pp->quotes.push_back(std::move(qq));
        }
      // Keyed by the date state of the row the records were read from.
      made[sd.doc.id] = {key_of(sd.doc), pp};
    }
    std::lock_guard<std::mutex> lock(pages_mu_);
    if (parts_.size() + made.size() > 4096) parts_.clear();  // bounded
    for (size_t i = 0; i < content_ids.size(); ++i) {
      if (parts[i]) continue;
      auto m = made.find(content_ids[i]);
      if (m == made.end()) continue;  // not stored (any more)
      parts[i] = m->second.second;
      parts_[m->second.first] = m->second.second;
    }
  }
  std::unordered_map<std::string, const Json*> claims, quantities;
  Json quotes = Json::array();
  for (size_t i = 0; i < content_ids.size(); ++i) {
    if (!parts[i]) continue;
    for (const auto& [id, c] : parts[i]->claims) claims[id] = &c;
    for (const auto& [id, q] : parts[i]->quantities) quantities[id] = &q;
    if (recent.count(content_ids[i]))
      for (const Json& q : parts[i]->quotes) quotes.push_back(q);
  }
  // Only the claims the ledger uses, and their quantities.
  Json used_claims = Json::object(), used_quantities = Json::object();
  if (s.json.contains("ledger"))
    for (const Json& e : s.json["ledger"])
      if (e.contains("claims"))
        for (const Json& cid : e["claims"]) {
          std::string c = cid.is_string() ? cid.get<std::string>() : "";
          auto found = claims.find(c);
          if (found == claims.end()) continue;
          used_claims[c] = *found->second;
          auto q = quantities.find(Str(*found->second, "quantity"));
          if (q != quantities.end()) used_quantities[q->first] = *q->second;
        }
  Json j;
  j["story"] = s.json;
  j["title"] = s.title;
  j["updated_at_ms"] = s.updated_at_ms;
  j["disagreements"] = s.disagreements;
  j["documents"] = documents;
  j["claims"] = used_claims;
  j["quantities"] = used_quantities;
  j["quotes"] = quotes;
  return j;
}

Result<Json> Service::ClaimsJson(const ClaimFilter& filter) {
  auto claims = store_->Claims(filter);
  if (!claims.ok()) return claims.error();
  Json list = Json::array();
  for (Json& c : *claims) list.push_back(std::move(c));
  return Json{{"claims", list}, {"limit", filter.limit}, {"offset", filter.offset}};
}

Result<Json> Service::SearchJson(const std::string& query, int limit, int offset) {
  auto hits = store_->Search(query, limit, offset);
  if (!hits.ok()) return hits.error();
  Json list = Json::array();
  for (const SearchHit& h : *hits) {
    list.push_back(Json{{"doc", h.doc_id}, {"start", h.start}, {"end", h.end},
                        {"snippet", h.snippet}, {"score", h.score}, {"title", JsonString(h.title)},
                        {"source", JsonString(h.source)}, {"date", JsonString(h.date)}});
  }
  return Json{{"query", query}, {"results", list}, {"limit", limit}, {"offset", offset}};
}

}  // namespace crosscheck::serve
