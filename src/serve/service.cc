// Service: ingest (synchronous and through the inbox), health and metrics
// (see service.h). The read answers are in service_reads.cc; story updates
// in story_update.cc.
#include "serve/service.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>

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
  // The new pages of the stories a round wrote are built on the fusion
  // thread right after it, before its sync writers are answered (they read
  // their own write), so no reader waits for one (they get the previous
  // page meanwhile); only stories someone has read, so a round that writes
  // many stories does not build pages nobody asked for.
  if (fusion_ && options_.prebuild_story_pages)
    fusion_->OnRound([this](const RoundStats& r) {
      for (const std::string& id : r.written) {
        {
          std::lock_guard<std::mutex> lock(pages_mu_);
          if (!pages_.count(id)) continue;
        }
        auto page = StoryPage(id);
        if (page.ok() && page->has_value()) (void)(**page)->Gzipped();
        ++prebuilt_pages_;
      }
    });
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
  j["prebuilt_story_pages"] = prebuilt_pages_.load();  // built by the fusion thread after a round
  j["list_answers"] = Json{{"kept", answer_hits_.load()}, {"made", answer_builds_.load()}};  // search, claims, stories
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
