#include "serve/export_routes.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "export/export.h"

namespace crosscheck::serve {
namespace {

TEST(DropBrotliTest, KeepsEveryOtherCoding) {
  const std::pair<const char*, const char*> kRows[] = {
      {"gzip, deflate, br", "gzip, deflate"},
      {"br", "identity"},
      {"br;q=1.0, gzip;q=0.8", "gzip;q=0.8"},
      {"gzip", "gzip"},
      {"gzip, deflate, br, zstd", "gzip, deflate, zstd"},
  };
  for (const auto& [in, out] : kRows) {
    SCOPED_TRACE(in);
    httplib::Headers h{{"accept-encoding", in}};
    DropBrotli(h);
    EXPECT_EQ(h.find("Accept-Encoding")->second, out);
  }
  httplib::Headers none;
  DropBrotli(none);
  EXPECT_TRUE(none.empty());
}

class ExportRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("crosscheck-export-routes-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir_);
    auto store = OpenSqliteStore((dir_ / "store.db").string());
    ASSERT_TRUE(store.ok()) << store.error().message;
    store_ = std::move(*store);
    DocAnalysis a;
    a.doc.id = "d1";
    a.doc.path = "in/d1.txt";
    a.doc.format = "text";
    a.doc.text = "Almost 500 civilians remain, the mayor said.";
    a.doc.content_hash = ContentHash(a.doc.text);
    a.doc.source = "Wire";
    a.doc.language = "en";
    a.analysed = true;
    std::vector<PutOutcome> outcomes;
    ASSERT_TRUE(store_->PutAnalyses({a}, &outcomes).ok());
    StoryRecord r;
    r.id = "sd1";
    r.title = "Story one";
    r.doc_ids = {"d1"};
    r.json = Json{{"id", "sd1"}, {"title", "Story one"}, {"documents", Json::array({"d1"})},
                  {"ledger", Json::array()}, {"timeline", Json::array()}};
    FuseCommit commit;  // stories are written by fusion rounds only
    commit.fused = {"d1"};
    commit.put_stories = {r};
    auto committed = store_->CommitFuse(commit);
    ASSERT_TRUE(committed.ok() && *committed);
    RegisterExportRoutes(server_, store_.get());
    port_ = server_.bind_to_any_port("127.0.0.1");
    ASSERT_GT(port_, 0);
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 2000 && !server_.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  void TearDown() override {
    server_.stop();
    if (thread_.joinable()) thread_.join();
    store_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

TEST_F(ExportRoutesTest, EachFormatWithItsTypeAndFileName) {
  struct Row {
    std::string path;
    int status;
    std::string type, file, starts;
  };
  const Row kRows[] = {
      {"/api/stories/sd1/export", 200, "text/csv; charset=utf-8", "sd1.csv", "story,story_title,"},
      {"/api/stories/sd1/export?format=acled", 200, "text/csv; charset=utf-8", "sd1-acled.csv", "event_id,"},
      {"/api/stories/sd1/export?format=jsonld", 200, "application/ld+json", "sd1.jsonld", "{"},
      {"/api/stories/sd1/export?format=prov", 200, "application/json", "sd1.prov.json", "{"},
      {"/api/export?format=csv&limit=10", 200, "text/csv; charset=utf-8", "crosscheck-stories.csv", "story,"},
      {"/api/export?format=jsonld&q=nowhere", 200, "application/ld+json", "crosscheck-stories.jsonld", "{"},
      {"/api/stories/nope/export", 404, "application/json", "", "{\"error\""},
      {"/api/stories/sd1/export?format=xml", 400, "application/json", "", "{\"error\""},
      {"/api/export?limit=0", 400, "application/json", "", "{\"error\""},
      {"/api/export?offset=-1", 400, "application/json", "", "{\"error\""},
  };
  httplib::Client cli("127.0.0.1", port_);
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.path);
    auto res = cli.Get(r.path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, r.status);
    EXPECT_EQ(res->get_header_value("Content-Type"), r.type);
    EXPECT_EQ(res->body.rfind(r.starts, 0), 0u) << res->body.substr(0, 80);
    if (!r.file.empty())
      EXPECT_EQ(res->get_header_value("Content-Disposition"), "attachment; filename=\"" + r.file + "\"");
  }
}

}  // namespace
}  // namespace crosscheck::serve
