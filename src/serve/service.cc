// Service: ingest and the JSON answers of the API (see service.h). Story
// updates are in story_update.cc.
#include "serve/service.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>

#include <zlib.h>

#include "queue/queue.h"
#include "serve/inbox.h"
#include "recognize/quote/quote.h"

namespace crosscheck::serve {

namespace {

int64_t NowMsForService() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

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

}  // namespace

std::string OutletLabel(const Document& d) {
  if (d.source && !d.source->empty()) return *d.source;
  auto basename = [](std::string p) {
    while (!p.empty() && p.back() == '/') p.pop_back();
    size_t slash = p.find_last_of('/');
    return slash == std::string::npos ? p : p.substr(slash + 1);
  };
  if (d.url) {
    // scheme://[user@]host[:port]/...: the host, without a leading "www.".
    const std::string& u = *d.url;
    size_t scheme = u.find("://");
    if (scheme != std::string::npos) {
      size_t start = scheme + 3, end = u.find_first_of("/?#", start);
      std::string host = u.substr(start, end == std::string::npos ? std::string::npos : end - start);
      if (size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
      if (size_t colon = host.rfind(':'); colon != std::string::npos && host.find(']') == std::string::npos)
        host = host.substr(0, colon);
      for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (host.rfind("www.", 0) == 0) host = host.substr(4);
      if (!host.empty()) return host;
      if (end != std::string::npos) {  // file:///path/name.txt
        std::string name = basename(u.substr(end, u.find_first_of("?#", end) - end));
        if (!name.empty()) return name;
      }
    }
  }
  // A name the server made up for a request ("api/12") names nothing.
  if (d.path.rfind("api/", 0) == 0 && d.path.size() > 4 &&
      d.path.find_first_not_of("0123456789", 4) == std::string::npos)
    return "unnamed source";
  std::string name = basename(d.path);
  if (name.empty() || name == "-") return "unnamed source";
  if (d.line) name += ":" + std::to_string(*d.line);
  return name;
}

IngestReply MakeIngestReply(const std::vector<IngestItem>& items, const std::vector<Error>& reader_errors) {
  Json docs = Json::array();
  bool created = false, queued = false, failed = false;
  for (const IngestItem& it : items) {
    Json d{{"id", it.id}, {"status", it.status}};
    if (!it.error.empty()) d["error"] = it.error;
    if (!it.status_url.empty()) d["status_url"] = it.status_url;
    Json st = Json::array();
    for (const std::string& s : it.stories) st.push_back(s);
    d["stories"] = st;
    created |= it.status == "created";
    queued |= it.status == "queued";
    failed |= it.store_failed;
    docs.push_back(std::move(d));
  }
  Json errors = Json::array();
  for (const Error& e : reader_errors) errors.push_back(e.message);
  IngestReply r;
  r.status = failed ? 503 : created ? 201 : queued ? 202 : 200;
  r.body = Json{{"documents", docs}, {"errors", errors}};
  if (failed) r.body["error"] = Json{{"status", 503}, {"message", "a write failed; nothing was lost that was acknowledged: send it again"}};
  return r;
}

Service::Service(Store* store, const Pipeline* pipeline, ServiceOptions options)
    : store_(store), pipeline_(pipeline), options_(options), fuser_(store, pipeline, options.fuser),
      started_ms_(NowMsForService()) {
  if (options_.fuse)
    fusion_ = std::make_unique<FusionLoop>(store_, &fuser_, options_.fuse_poll_ms, options_.fuse_batch_ms,
                                           static_cast<size_t>(std::max(1, options_.fuser.round_limit)), options_.fuse_nice);
}

Service::~Service() { fusion_.reset(); }

bool Service::WaitForFusion(int timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  for (;;) {
    auto c = store_->Counts();
    if (c.ok() && c->pending_fusion == 0) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    if (fusion_) fusion_->Flush();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

bool Service::AnswerIfStored(const Document& d, IngestItem* item) {
  auto existing = store_->FindDocument(d.content_hash, d.source.value_or(""));
  if (!existing.ok()) {
    item->status = "error";
    item->error = existing.error().message;
    item->store_failed = true;
    ++failed_;
    return true;
  }
  if (!existing->has_value()) return false;
  item->id = **existing;
  item->status = "duplicate";
  if (auto of = store_->StoriesOfDocuments({item->id}); of.ok()) item->stories = *of;
  ++duplicates_;
  return true;
}

std::vector<IngestItem> Service::Ingest(std::vector<Document> docs) {
  std::vector<IngestItem> items;
  std::vector<size_t> created;  // items waiting for their story
  for (Document& d : docs) {
    IngestItem item;
    item.id = d.id;
    // A duplicate needs no analysis.
    if (AnswerIfStored(d, &item)) {
      items.push_back(std::move(item));
      continue;
    }
    auto a = std::make_shared<DocAnalysis>();
    a->doc = std::move(d);
    pipeline_->AnalyzeDocument(a.get());
    std::vector<PutOutcome> out;
    Status s = store_->PutDocuments({PutRequest{a.get(), ClockOrderKey()}}, &out);
    if (!s.ok() || out.empty() || out[0].error) {
      item.status = "error";
      item.error = !s.ok() ? s.error().message : out.empty() ? "not stored" : out[0].error->message;
      item.store_failed = true;
      ++failed_;
      items.push_back(std::move(item));
      continue;
    }
    item.id = out[0].id;
    if (!out[0].inserted) {  // a concurrent request stored it first
      item.status = "duplicate";
      ++duplicates_;
    } else {
      item.status = "created";
      ++created_;
      {
        std::lock_guard<std::mutex> lock(stats_mu_);
        recent_ingests_ms_.push_back(NowMsForService());
      }
      fuser_.Offer(a);
      if (a->analysed && fusion_) {
        fusion_->Expect({item.id});
        created.push_back(items.size());
      }
    }
    items.push_back(std::move(item));
  }
  if (!created.empty()) {
    std::vector<std::string> ids;
    for (size_t i : created) ids.push_back(items[i].id);
    fusion_->Wake();
    fusion_->WaitFor(ids, options_.story_wait_ms);
  }
  for (IngestItem& item : items)
    if (item.stories.empty() && (item.status == "created" || item.status == "duplicate"))
      if (auto of = store_->StoriesOfDocuments({item.id}); of.ok()) item.stories = *of;
  return items;
}

std::vector<IngestItem> Service::Enqueue(const ParsedBody& parsed, const std::string& name) {
  std::vector<IngestItem> items;
  QueueEntry e;
  e.name = name;
  e.body = parsed.bytes;
  e.format = parsed.format;
  if (options_.inbox) {
    // Documents already stored are answered now; the body goes to the inbox
    // when any document of it is new (the threads find the others
    // duplicates again, as the store keys them by content and outlet).
    std::vector<InboxDoc> fresh;
    for (const Document& d : parsed.docs) {
      IngestItem item;
      item.id = d.id;
      if (!AnswerIfStored(d, &item)) {
        item.status = "queued";
        item.status_url = "/api/documents/" + d.id + "/status";
        fresh.push_back(InboxDoc{d.id, d.content_hash, d.source.value_or("")});
      }
      items.push_back(std::move(item));
    }
    if (fresh.empty()) return items;
    // Bounded: analysis that falls behind for long pushes back on clients
    // (503, send it again) instead of growing the inbox without end.
    Result<std::string> added = Error{"the inbox holds " + std::to_string(options_.inbox->Length()) +
                                      " bodies waiting for analysis (--max-queued): send it again later"};
    if (options_.inbox->Length() < options_.max_queued) added = options_.inbox->AddWithDocs(e, fresh);
    for (IngestItem& item : items) {
      if (item.status != "queued") continue;
      if (added.ok()) {
        ++queued_;
        continue;
      }
      item.status = "error";
      item.error = added.error().message;
      item.status_url.clear();
      item.store_failed = true;
      ++failed_;
    }
    return items;
  }
  const std::vector<Document>& docs = parsed.docs;
  Result<std::string> added = Error{"no work queue"};
  if (options_.queue) {
    std::lock_guard<std::mutex> lock(queue_mu_);
    added = options_.queue->Add(e);
  }
  for (const Document& d : docs) {
    IngestItem item;
    item.id = d.id;
    if (added.ok()) {
      item.status = "queued";
    } else {
      item.status = "error";
      item.error = added.error().message;
      item.store_failed = true;
      ++failed_;
    }
    items.push_back(std::move(item));
  }
  return items;
}

void Service::OnStored(std::shared_ptr<const DocAnalysis> a) {
  if (!a) return;
  ++created_;
  {
    std::lock_guard<std::mutex> lock(stats_mu_);
    recent_ingests_ms_.push_back(NowMsForService());
  }
  fuser_.Offer(std::move(a));
  if (fusion_) fusion_->Wake();
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
  page->body = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::lock_guard<std::mutex> lock(slot->page_mu);
  slot->stamp = StoryStampOf((*story)->fingerprint, (*story)->updated_at_ms);
  slot->page = page;
  return Page(std::move(page));
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

Result<Json> Service::HealthJson(bool integrity) {
  auto c = store_->Counts();
  if (!c.ok()) return c.error();
  // ready: every stored document is in a story (no fusion round pending),
  // so the story list is complete; a client may wait for it after a start.
  const int64_t queued = options_.inbox ? options_.inbox->Length() : 0;
  Json j{{"status", "ok"},
         {"documents", c->documents},
         {"pending_fusion", c->pending_fusion},
         {"ready", c->pending_fusion == 0 && queued == 0},
         {"version", CROSSCHECK_VERSION}};
  if (options_.inbox) j["queued"] = queued;
  if (integrity) {
    auto check = store_->IntegrityCheck();
    if (!check.ok()) return check.error();
    j["integrity"] = *check;
    if (*check != "ok") j["status"] = "degraded";
  }
  return j;
}

Result<Json> Service::MetricsJson() {
  auto c = store_->Counts();
  if (!c.ok()) return c.error();
  int64_t now = NowMsForService();
  size_t last_minute = 0;
  {
    std::lock_guard<std::mutex> lock(stats_mu_);
    while (!recent_ingests_ms_.empty() && recent_ingests_ms_.front() < now - 60000)
      recent_ingests_ms_.pop_front();
    last_minute = recent_ingests_ms_.size();
  }
  double uptime = (now - started_ms_) / 1000.0;
  Json j;
  j["documents"] = c->documents;
  j["stories"] = c->stories;
  j["claims"] = c->claims;
  j["sentences"] = c->sentences;
  j["last_seq"] = c->last_seq;
  j["last_change_ms"] = c->last_change_ms;
  j["uptime_s"] = JsonNumber(std::round(uptime * 10) / 10);
  j["requests"] = requests_.load();
  j["stale_story_pages"] = stale_pages_.load();  // answered the version before while a build ran
  j["client_errors"] = client_errors_.load();
  j["server_errors"] = server_errors_.load();
  j["ingested"] = Json{{"created", created_.load()}, {"duplicate", duplicates_.load()},
                       {"failed", failed_.load()}};
  if (options_.inbox) {
    j["ingested"]["queued"] = queued_.load();
    j["inbox"] = Json{{"queued", options_.inbox->Length()}, {"commits", options_.inbox->commits()},
                      {"added", options_.inbox->added()}};
  }
  j["pending_fusion"] = c->pending_fusion;
  j["fuse_epoch"] = c->fuse_epoch;
  j["rejected"] = c->rejected;
  if (fusion_) {
    FusionLoop::Stats f = fusion_->GetStats();
    j["fusion"] = Json{{"rounds", f.rounds}, {"errors", f.errors}, {"conflicts", f.conflicts},
                       {"leader", f.leader}, {"documents_fused", f.documents_fused},
                       {"largest_round", f.largest_round},
                       {"last_round_s", JsonNumber(std::round(f.last_round_s * 1000) / 1000)},
                       {"round_s", JsonNumber(std::round(f.round_s * 1000) / 1000)},
                       {"batch_ms", options_.fuse_batch_ms}, {"last_error", f.last_error}};
  }
  j["ingest_per_minute"] = last_minute;  // documents created in the last 60 s
  j["ingest_per_second_since_start"] =
      JsonNumber(uptime > 0 ? std::round(created_.load() / uptime * 100) / 100 : 0.0);
  return j;
}

void Service::CountRequest(int status) {
  ++requests_;
  if (status >= 500) ++server_errors_;
  else if (status >= 400) ++client_errors_;
}

}  // namespace crosscheck::serve
