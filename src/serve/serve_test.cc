// Unit tests of the Service over a real SQLite store, without sockets:
// ingest and stories, kept story pages and list answers, paging, async
// ingest through the inbox (request parsing: serve_request_test.cc).
#include <filesystem>
#include <fstream>
#include <random>

#include <gtest/gtest.h>

#include "recognize/quote/quote.h"

#include <zlib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include "serve/inbox.h"
#include "serve/ingest.h"
#include "serve/worker.h"
#include "serve/server.h"
#include "serve/serve_test_util.h"
#include "serve/service.h"

namespace crosscheck::serve {
namespace {

using testing::TempDir;

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenSqliteStore((dir_.path() / "db.sqlite").string());
    ASSERT_TRUE(store.ok()) << store.error().message;
    store_ = std::move(store.value());
    auto pipeline = Pipeline::Create();
    ASSERT_TRUE(pipeline.ok()) << pipeline.error().message;
    pipeline_ = std::move(pipeline.value());
    service_ = std::make_unique<Service>(store_.get(), pipeline_.get());
  }
  std::vector<Document> Read(const std::string& body, const std::string& type = "text/plain") {
    ParseOutcome o = ParseIngestBody(body, type, "test/" + std::to_string(++n_));
    EXPECT_FALSE(o.error.has_value());
    return std::move(o.parsed.docs);
  }

  TempDir dir_;
  int n_ = 0;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<Service> service_;
};

TEST_F(ServiceTest, IngestsOnceAndJoinsRelatedDocumentsIntoAStory) {
  const std::string a =
      " date 2022-05-04 Rescuers in Mariupol said 100 civilians left the Azovstal plant. "
      "The Azovstal tunnels still hold people, Mariupol officials said.";
  const std::string b =
      " date 2022-05-05 More civilians left Azovstal on Thursday. Officials in Mariupol said "
      "about 200 people remain inside Azovstal.";
  auto first = service_->Ingest(Read(a));
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].status, "created");
  ASSERT_EQ(first[0].stories.size(), 1u);
  auto again = service_->Ingest(Read(a));
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].status, "duplicate");
  EXPECT_EQ(again[0].id, first[0].id);
  auto second = service_->Ingest(Read(b));
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].status, "created");
  ASSERT_FALSE(second[0].stories.empty());

  auto story = service_->StoryJson(second[0].stories[0]);
  ASSERT_TRUE(story.ok());
  ASSERT_TRUE(story->has_value());
  const Json& s = **story;
  EXPECT_TRUE(s["story"]["ledger"].is_array());
  EXPECT_TRUE(s["story"]["timeline"].is_array());
  EXPECT_FALSE(s["title"].get<std::string>().empty());
  // Each quote carries the key the web page groups its speakers by.
  ASSERT_FALSE(s["quotes"].empty());
  for (const Json& q : s["quotes"]) EXPECT_EQ(q["speaker_key"], SpeakerGroupKey(q["speaker"].is_string() ? q["speaker"].get<std::string>() : ""));
  // Whatever fusion decides, both documents are in some story.
  auto stories = service_->StoriesJson("", 10, 0);
  ASSERT_TRUE(stories.ok());
  size_t docs_in_stories = 0;
  for (const Json& st : (*stories)["stories"]) docs_in_stories += st["documents"].get<size_t>();
  EXPECT_EQ(docs_in_stories, 2u);

  auto doc = service_->DocumentJson(first[0].id);
  ASSERT_TRUE(doc.ok() && doc->has_value());
  EXPECT_EQ((**doc)["text"], a);
  EXPECT_EQ((**doc)["document"]["date"], "2022-05-04");
  for (const Json& h : (**doc)["highlights"]) {
    EXPECT_LT(h["start"].get<int64_t>(), h["end"].get<int64_t>());
    EXPECT_LE(h["end"].get<size_t>(), a.size());
  }
  auto search = service_->SearchJson("Azovstal", 10, 0);
  ASSERT_TRUE(search.ok());
  EXPECT_GE((*search)["results"].size(), 2u);
  auto metrics = service_->MetricsJson();
  ASSERT_TRUE(metrics.ok());
  EXPECT_EQ((*metrics)["documents"], 2);
  EXPECT_EQ((*metrics)["ingested"]["created"], 2);
  EXPECT_EQ((*metrics)["ingested"]["duplicate"], 1);
  auto missing = service_->DocumentJson("nope");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST_F(ServiceTest, UnrelatedDocumentStartsItsOwnStoryWhenFusionSplits) {
  auto a = service_->Ingest(Read("Volcano erupts near Reykjavik. Icelandic officials evacuate Grindavik."));
  auto b = service_->Ingest(Read("Wheat prices fall in Chicago. Traders in Chicago expect a glut."));
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].status, "created");
  EXPECT_EQ(b[0].status, "created");
  // No shared names or terms: b never sees a's story as a candidate.
  ASSERT_FALSE(b[0].stories.empty());
  ASSERT_FALSE(a[0].stories.empty());
  EXPECT_NE(a[0].stories[0], b[0].stories[0]);
}

std::string Gunzip(const std::string& gz) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) return "";
  std::string out;
  char buf[65536];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  int r = Z_OK;
  while (r == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    r = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
  }
  inflateEnd(&z);
  return r == Z_STREAM_END ? out : "";
}

const char kAzovstalA[] =
    " date 2022-05-04 Rescuers in Mariupol said 100 civilians left the Azovstal plant. "
    "The Azovstal tunnels still hold people, Mariupol officials said.";
const char kAzovstalB[] =
    " date 2022-05-05 More civilians left Azovstal on Thursday. Officials in Mariupol said "
    "about 200 people remain inside Azovstal.";

TEST_F(ServiceTest, StoryPageIsBuiltOncePerVersionOfTheStory) {
  auto first = service_->Ingest(Read(kAzovstalA));
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(first[0].stories.size(), 1u);
  const std::string id = first[0].stories[0];
  auto p1 = service_->StoryPage(id);
  auto p2 = service_->StoryPage(id);
  ASSERT_TRUE(p1.ok() && p1->has_value());
  ASSERT_TRUE(p2.ok() && p2->has_value());
  EXPECT_EQ(p1->value().get(), p2->value().get());  // the same page, not built again
  auto j1 = service_->StoryJson(id);
  ASSERT_TRUE(j1.ok() && j1->has_value());
  EXPECT_EQ(Json::parse((*p1)->get()->body), PagedStory(**j1));
  EXPECT_EQ(Gunzip((*p1)->get()->Gzipped()), (*p1)->get()->body);
  auto list_of = [&] {
    auto l = service_->StoriesJson("", 10, 0);
    EXPECT_TRUE(l.ok());
    return l.ok() ? (*l)["stories"] : Json::array();
  };
  ASSERT_EQ(list_of().size(), 1u);
  EXPECT_EQ(list_of()[0]["documents"], 1);

  // The story changes: the next read builds it again.
  auto second = service_->Ingest(Read(kAzovstalB));
  ASSERT_EQ(second.size(), 1u);
  ASSERT_EQ(second[0].stories, std::vector<std::string>{id});
  auto p3 = service_->StoryPage(id);
  ASSERT_TRUE(p3.ok() && p3->has_value());
  EXPECT_NE(p3->value().get(), p1->value().get());
  auto j3 = service_->StoryJson(id);
  ASSERT_TRUE(j3.ok() && j3->has_value());
  EXPECT_EQ(Json::parse((*p3)->get()->body), PagedStory(**j3));
  EXPECT_EQ((**j3)["documents"].size(), 2u);
  EXPECT_EQ(Gunzip((*p3)->get()->Gzipped()), (*p3)->get()->body);
  ASSERT_EQ(list_of().size(), 1u);
  EXPECT_EQ(list_of()[0]["documents"], 2);  // the list's item follows the story too
  EXPECT_EQ(list_of()[0]["updated_at_ms"], (**j3)["updated_at_ms"]);

  auto missing = service_->StoryPage("s-none");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

// The default story answer is bounded: a first page of members and of
// distinct timeline sentences, cut restatements and quotes, and the
// heading's figures counted over every member.
TEST(PagedStoryTest, AnswerIsBoundedAndCountsEveryMember) {
  Json whole;
  whole["title"] = "T";
  whole["documents"] = Json::array();
  for (int i = 0; i < 45; ++i) {
    Json d{{"id", "d" + std::to_string(i)}, {"copy_of", i % 3 == 2 ? Json("d0") : Json(nullptr)},
           {"outlet", i % 3 == 0 ? "Outlet " + std::to_string(i % 4) : std::string("unnamed source")},
           {"date", i == 7 ? Json(nullptr) : Json("2022-05-" + std::to_string(10 + i % 9))}};
    whole["documents"].push_back(d);
  }
  Json story{{"id", "s1"}, {"title", "T"}, {"documents", Json::array()}, {"timeline", Json::array()}};
  for (int i = 0; i < 45; ++i) story["documents"].push_back("d" + std::to_string(i));
  // 300 entries: 60 sentences said by five reports each.
  for (int i = 0; i < 60; ++i)
    for (int k = 0; k < 5; ++k)
      story["timeline"].push_back(Json{{"date", "2022-05-" + std::to_string(10 + i / 10)},
                                       {"text", "Sentence " + std::to_string(i)}, {"doc", "d" + std::to_string(k)}});
  Json restated = Json::array();
  for (int i = 0; i < 30; ++i) restated.push_back("c" + std::to_string(i));
  story["ledger"] = Json::array({Json{{"measure", "m"}, {"claims", {"ca"}}, {"restatements", restated}},
                                 Json{{"measure", "n"}, {"claims", {"cb"}}, {"restatements", {"cc"}}}});
  whole["story"] = story;
  whole["quotes"] = Json::array();
  for (int i = 0; i < 130; ++i) whole["quotes"].push_back(Json{{"id", "u" + std::to_string(i)}});
  whole["claims"] = Json::object();

  StoryPaging paging;
  paging.documents_limit = 20;
  paging.timeline_limit = 50;
  paging.restatements_limit = 10;
  paging.quotes_limit = 100;
  std::vector<std::string> docs, timeline;
  Json p = PagedStory(whole, paging, &docs, &timeline);
  EXPECT_EQ(p["title"], "T");
  ASSERT_EQ(p["documents"].size(), 20u);
  EXPECT_EQ(p["documents"][19]["id"], "d19");
  EXPECT_EQ(p["documents_page"], (Json{{"offset", 0}, {"limit", 20}, {"total", 45}, {"next", 20}}));
  EXPECT_EQ(docs.size(), 45u);
  EXPECT_EQ(Json::parse(docs[44])["id"], "d44");
  // Own reports (not copies): outlets 0..3 named, the others unknown, each apart.
  EXPECT_EQ(p["summary"]["reports"], 45);
  EXPECT_EQ(p["summary"]["outlets"], 4);
  EXPECT_EQ(p["summary"]["unknown_outlet"], 15);
  EXPECT_EQ(p["summary"]["first_date"], "2022-05-10");
  EXPECT_EQ(p["summary"]["last_date"], "2022-05-18");
  EXPECT_FALSE(p["story"].contains("documents"));
  ASSERT_EQ(p["story"]["timeline"].size(), 50u);
  EXPECT_EQ(p["story"]["timeline"][0]["reports"], 5);
  EXPECT_EQ(p["story"]["timeline"][1]["text"], "Sentence 1");
  EXPECT_EQ(p["timeline_page"]["total"], 60);
  EXPECT_EQ(p["timeline_page"]["next"], 50);
  EXPECT_EQ(p["timeline_page"]["entries"], 300);
  EXPECT_EQ(timeline.size(), 60u);
  EXPECT_EQ(p["story"]["ledger"][0]["restatements"].size(), 10u);
  EXPECT_EQ(p["story"]["ledger"][0]["restatements_total"], 30);
  EXPECT_EQ(p["story"]["ledger"][1]["restatements"], Json::array({"cc"}));
  EXPECT_FALSE(p["story"]["ledger"][1].contains("restatements_total"));
  EXPECT_EQ(p["quotes"].size(), 100u);
  EXPECT_EQ(p["quotes_total"], 130);
  EXPECT_LT(p.dump().size(), whole.dump().size() / 2);
}

TEST_F(ServiceTest, StoryMembersAndTimelineArePagedFromTheKeptPage) {
  auto first = service_->Ingest(Read(kAzovstalA));
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(first[0].stories.size(), 1u);
  const std::string id = first[0].stories[0];
  auto second = service_->Ingest(Read(kAzovstalB));
  ASSERT_EQ(second.size(), 1u);
  auto whole = service_->StoryJson(id);
  ASSERT_TRUE(whole.ok() && whole->has_value());
  auto page = [&](const std::string& list, int limit, int offset) {
    auto r = service_->StoryListPage(id, list, limit, offset);
    EXPECT_TRUE(r.ok() && r->has_value());
    return r.ok() && r->has_value() ? Json::parse(**r) : Json();
  };
  Json a = page("documents", 1, 0), b = page("documents", 1, 1), c = page("documents", 5, 2);
  EXPECT_EQ(a["story"], id);
  EXPECT_EQ(a["total"], 2);
  EXPECT_EQ(a["next"], 1);
  EXPECT_EQ(b["next"], nullptr);
  ASSERT_EQ(a["documents"].size(), 1u);
  ASSERT_EQ(b["documents"].size(), 1u);
  EXPECT_EQ(a["documents"][0], (**whole)["documents"][0]);
  EXPECT_EQ(b["documents"][0], (**whole)["documents"][1]);
  EXPECT_TRUE(c["documents"].empty());
  Json t = page("timeline", 200, 0);
  EXPECT_EQ(t["timeline"], PagedStory(**whole)["story"]["timeline"]);
  auto missing = service_->StoryListPage("s-none", "documents", 20, 0);
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

// While one request builds a story's new page, another is answered the
// page before it at once, not after the build.
TEST_F(ServiceTest, StoryPageReadDuringARebuildGetsThePreviousVersionAtOnce) {
  // Readers build here: the fusion thread's build after a round is off.
  ServiceOptions no_prebuild;
  no_prebuild.prebuild_story_pages = false;
  service_ = std::make_unique<Service>(store_.get(), pipeline_.get(), no_prebuild);
  auto first = service_->Ingest(Read(kAzovstalA));
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(first[0].stories.size(), 1u);
  const std::string id = first[0].stories[0];
  auto old_page = service_->StoryPage(id);
  ASSERT_TRUE(old_page.ok() && old_page->has_value());
  auto second = service_->Ingest(Read(kAzovstalB));
  ASSERT_EQ(second.size(), 1u);
  ASSERT_EQ(second[0].stories, std::vector<std::string>{id});

  std::mutex mu;
  std::condition_variable cv;
  bool building = false, release = false;
  service_->SetBeforePageBuildForTest([&] {
    std::unique_lock<std::mutex> lock(mu);
    building = true;
    cv.notify_all();
    cv.wait(lock, [&] { return release; });
  });
  auto let_go = [&] {
    std::lock_guard<std::mutex> lock(mu);
    release = true;
    cv.notify_all();
  };
  std::shared_ptr<const Service::Page> built;
  std::thread builder([&] {
    auto p = service_->StoryPage(id);
    if (p.ok() && p->has_value()) built = **p;
  });
  {
    std::unique_lock<std::mutex> lock(mu);
    ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(30), [&] { return building; }));
  }
  auto during = std::async(std::launch::async, [&] { return service_->StoryPage(id); });
  const bool prompt = during.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
  let_go();
  builder.join();
  service_->SetBeforePageBuildForTest(nullptr);
  ASSERT_TRUE(prompt) << "a read waited for another request's build";
  auto stale = during.get();
  ASSERT_TRUE(stale.ok() && stale->has_value());
  EXPECT_EQ(stale->value().get(), old_page->value().get());
  EXPECT_EQ(service_->stale_pages(), 1);
  ASSERT_NE(built, nullptr);
  EXPECT_NE(built.get(), old_page->value().get());
  EXPECT_EQ(Json::parse(built->body)["documents"].size(), 2u);
  // Built once: the next read takes the new version.
  auto after = service_->StoryPage(id);
  ASSERT_TRUE(after.ok() && after->has_value());
  EXPECT_EQ(after->value().get(), built.get());
}

// After a round changes a story someone has read, the fusion thread builds
// its new page: the next reader does not build it.
TEST_F(ServiceTest, RoundBuildsTheNewPageOfAStoryThatWasRead) {
  auto first = service_->Ingest(Read(kAzovstalA));
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(first[0].stories.size(), 1u);
  const std::string id = first[0].stories[0];
  ASSERT_TRUE(service_->StoryPage(id).ok());
  auto second = service_->Ingest(Read(kAzovstalB));
  ASSERT_EQ(second.size(), 1u);
  ASSERT_EQ(second[0].stories, std::vector<std::string>{id});
  for (int i = 0; i < 500; ++i) {
    auto m = service_->MetricsJson();
    ASSERT_TRUE(m.ok());
    if ((*m)["prebuilt_story_pages"].get<int64_t>() >= 1) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::atomic<int> reader_builds{0};
  service_->SetBeforePageBuildForTest([&] { ++reader_builds; });
  auto page = service_->StoryPage(id);
  service_->SetBeforePageBuildForTest(nullptr);
  ASSERT_TRUE(page.ok() && page->has_value());
  EXPECT_EQ(reader_builds.load(), 0);
  EXPECT_EQ(Json::parse((**page)->body)["documents"].size(), 2u);
}

// Search, claims and story list answers are made once per store snapshot;
// a document stored without a round since is in them once the answer is
// older than answer_stale_ms; a round always gives a new answer.
TEST_F(ServiceTest, ListAnswersAreKeptPerSnapshot) {
  auto first = service_->Ingest(Read(kAzovstalA));
  ASSERT_EQ(first.size(), 1u);
  auto s1 = service_->SearchPage("Azovstal", 20, 0);
  auto s2 = service_->SearchPage("Azovstal", 20, 0);
  ASSERT_TRUE(s1.ok() && s2.ok());
  EXPECT_EQ(s1->get(), s2->get());  // the same answer, not made again
  EXPECT_EQ(Json::parse((*s1)->body), service_->SearchJson("Azovstal", 20, 0).value());
  EXPECT_EQ(Gunzip((*s1)->Gzipped()), (*s1)->body);
  ClaimFilter f;
  auto c1 = service_->ClaimsPage(f);
  ASSERT_TRUE(c1.ok());
  EXPECT_EQ(Json::parse((*c1)->body), service_->ClaimsJson(f).value());
  auto l1 = service_->StoriesPage("", 10, 0);
  ASSERT_TRUE(l1.ok());
  EXPECT_EQ(Json::parse((*l1)->body)["stories"].size(), 1u);
  // A round (the sync ingest waits for it): new answers.
  auto second = service_->Ingest(Read(kAzovstalB));
  ASSERT_EQ(second.size(), 1u);
  auto s3 = service_->SearchPage("Azovstal", 20, 0);
  ASSERT_TRUE(s3.ok());
  EXPECT_NE(s3->get(), s1->get());
  EXPECT_EQ(Json::parse((*s3)->body), service_->SearchJson("Azovstal", 20, 0).value());
  auto l2 = service_->StoriesPage("", 10, 0);
  ASSERT_TRUE(l2.ok());
  EXPECT_EQ(Json::parse((*l2)->body)["stories"][0]["documents"], 2);

  // Without rounds (another process fuses): a stored document is in the
  // answers once they are older than answer_stale_ms.
  for (int stale_ms : {60000, 0}) {
    SCOPED_TRACE(stale_ms);
    ServiceOptions o;
    o.fuse = false;
    o.story_wait_ms = 0;
    o.answer_stale_ms = stale_ms;
    service_ = std::make_unique<Service>(store_.get(), pipeline_.get(), o);
    auto before = service_->SearchPage("Zaporizhzhia", 20, 0);
    ASSERT_TRUE(before.ok());
    auto more = service_->Ingest(Read(" date 2022-05-06 Buses from Zaporizhzhia reached the plant on Friday" +
                                      std::string(stale_ms ? "." : " again.")));
    ASSERT_EQ(more.size(), 1u);
    ASSERT_EQ(more[0].status, "created");
    auto after = service_->SearchPage("Zaporizhzhia", 20, 0);
    ASSERT_TRUE(after.ok());
    const size_t hits = Json::parse((*after)->body)["results"].size();
    if (stale_ms) {
      EXPECT_EQ(after->get(), before->get());
    } else {
      EXPECT_NE(after->get(), before->get());
      EXPECT_EQ(hits, 2u);
    }
  }
  EXPECT_GT(service_->answer_builds(), 0);
}

TEST_F(ServiceTest, AsyncIngestIsQueuedDurablyThenStoredAndSaysSo) {
  service_.reset();  // one fusion loop on the store: this test's
  auto inbox = Inbox::Open((dir_.path() / "db.sqlite.inbox").string());
  ASSERT_TRUE(inbox.ok()) << inbox.error().message;
  Service svc(store_.get(), pipeline_.get(), ServiceOptions{.fuser = {}, .story_wait_ms = 0, .inbox = inbox->get()});
  auto post = [&](const std::string& body, const std::string& name) {
    ParseOutcome o = ParseIngestBody(body, "text/plain", name);
    EXPECT_FALSE(o.error.has_value());
    return svc.Enqueue(o.parsed, name);
  };
  auto status_of = [&](const std::string& id) {
    auto s = svc.DocumentStatusJson(id);
    EXPECT_TRUE(s.ok());
    return s.ok() && s->has_value() ? **s : Json();
  };
  auto a = post(kAzovstalA, "api/1");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, "queued");
  EXPECT_EQ(a[0].status_url, "/api/documents/" + a[0].id + "/status");
  IngestReply reply = MakeIngestReply(a, {});
  EXPECT_EQ(reply.status, 202);
  EXPECT_EQ(reply.body["documents"][0]["status_url"], a[0].status_url);
  EXPECT_EQ(status_of(a[0].id)["status"], "queued");
  auto not_yet = svc.DocumentJson(a[0].id);
  ASSERT_TRUE(not_yet.ok());
  EXPECT_FALSE(not_yet->has_value());
  EXPECT_EQ(svc.HealthJson().value()["ready"], false);
  // Two requests with the same new text before either is analysed: both
  // queued; one is stored, the other then says it is its duplicate.
  auto c1 = post(kAzovstalB, "api/2");
  auto c2 = post(kAzovstalB, "api/3");
  ASSERT_EQ(c1.size(), 1u);
  ASSERT_EQ(c2.size(), 1u);
  EXPECT_EQ(c2[0].status, "queued");
  EXPECT_NE(c1[0].id, c2[0].id);

  std::atomic<bool> stop{false};
  std::thread analysis([&] {
    WorkerOptions wo;
    wo.consumer = "inbox-0";
    wo.block_ms = 50;
    wo.fuse = false;
    wo.quiet = true;
    wo.stop = &stop;
    wo.on_stored = [&svc](std::shared_ptr<const DocAnalysis> d) { svc.OnStored(std::move(d)); };
    RunWorker(store_.get(), inbox->get(), pipeline_.get(), wo);
  });
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while ((*inbox)->Length() > 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_TRUE(svc.WaitForFusion(30000));
  stop = true;
  analysis.join();

  Json sa = status_of(a[0].id);
  EXPECT_EQ(sa["status"], "stored");
  EXPECT_EQ(sa["stories"].size(), 1u);
  Json s1 = status_of(c1[0].id), s2 = status_of(c2[0].id);
  EXPECT_EQ(s1["status"], "stored");
  EXPECT_EQ(s2["status"], "duplicate");
  EXPECT_EQ(s2["of"], c1[0].id);
  auto doc = svc.DocumentJson(a[0].id);
  ASSERT_TRUE(doc.ok() && doc->has_value());
  EXPECT_EQ((**doc)["text"], kAzovstalA);
  // Already stored: answered duplicate at once, nothing queued.
  auto again = post(kAzovstalA, "api/4");
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].status, "duplicate");
  EXPECT_EQ(again[0].id, a[0].id);
  EXPECT_EQ((*inbox)->added(), 3);
  auto m = svc.MetricsJson();
  ASSERT_TRUE(m.ok());
  EXPECT_EQ((*m)["ingested"]["queued"], 3);
  EXPECT_EQ((*m)["ingested"]["created"], 2);
  EXPECT_EQ(svc.HealthJson().value()["ready"], true);
  auto unknown = svc.DocumentStatusJson("nope");
  ASSERT_TRUE(unknown.ok());
  EXPECT_FALSE(unknown->has_value());
}

TEST_F(ServiceTest, AsyncIngestRefusesPastTheInboxBound) {
  service_.reset();
  auto inbox = Inbox::Open((dir_.path() / "db.sqlite.inbox").string());
  ASSERT_TRUE(inbox.ok()) << inbox.error().message;
  Service svc(store_.get(), pipeline_.get(),
              ServiceOptions{.fuser = {}, .story_wait_ms = 0, .inbox = inbox->get(), .max_queued = 1});
  auto post = [&](const std::string& body, const std::string& name) {
    ParseOutcome o = ParseIngestBody(body, "text/plain", name);
    EXPECT_FALSE(o.error.has_value());
    return svc.Enqueue(o.parsed, name);
  };
  auto first = post(kAzovstalA, "api/1");
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].status, "queued");
  auto second = post(kAzovstalB, "api/2");  // nothing analyses the inbox here
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].status, "error");
  EXPECT_TRUE(second[0].store_failed);
  EXPECT_EQ(MakeIngestReply(second, {}).status, 503);
  EXPECT_EQ((*inbox)->Length(), 1);
}

}  // namespace
}  // namespace crosscheck::serve
