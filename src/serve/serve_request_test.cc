// Unit tests of the serve module's request edge, without sockets or a
// store: ingest body parsing, static file paths, command-line flags and the
// outlet label a document is listed under.
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "serve/ingest.h"
#include "serve/serve_test_util.h"
#include "serve/server.h"
#include "serve/service.h"
#include "serve/static_files.h"

namespace crosscheck::serve {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

TEST(IngestBodyTest, AcceptsTheDocumentedFormsAndRejectsTheRest) {
  struct Row {
    const char* name;
    std::string content_type, body;
    int error_status;  // 0 = accepted
    size_t docs;
  };
  const Row kRows[] = {
      {"text", "text/plain", "Twelve people left the city on Monday.", 0, 1},
      {"text with charset", "Text/Plain; charset=utf-8", "Twelve people left.", 0, 1},
      {"json object", "application/json", R"({"source":"AP","text":"Twelve people left."})", 0, 1},
      {"json array", "application/json",
       R"([{"text":"One report."},{"html":"<p>Another report.</p>","url":"https://x.org/a"}])", 0, 2},
      {"json lines", "application/x-ndjson", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n", 0, 2},
      {"html", "text/html", "<html><body><p>Twelve people left.</p></body></html>", 0, 1},
      {"bad json", "application/json", "{\"text\": ", 400, 0},
      {"json scalar", "application/json", "42", 400, 0},
      {"json without text", "application/json", R"({"title":"x"})", 400, 0},
      {"json array of scalars", "application/json", "[1, 2]", 400, 0},
      {"empty array", "application/json", "[]", 400, 0},
      {"empty text", "text/plain", "  \n", 400, 0},
      {"no content type", "", "Twelve people left.", 415, 0},
      {"form", "application/x-www-form-urlencoded", "a=b", 415, 0},
      {"image", "image/png", "\x89PNG", 415, 0},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    ParseOutcome o = ParseIngestBody(row.body, row.content_type, "api/1");
    if (row.error_status) {
      ASSERT_TRUE(o.error.has_value());
      EXPECT_EQ(o.error->status, row.error_status);
      EXPECT_FALSE(o.error->message.empty());
    } else {
      ASSERT_FALSE(o.error.has_value()) << o.error->message;
      EXPECT_EQ(o.parsed.docs.size(), row.docs);
      for (const Document& d : o.parsed.docs) {
        EXPECT_FALSE(d.id.empty());
        EXPECT_FALSE(d.content_hash.empty());
      }
    }
  }
  ParseOutcome meta = ParseIngestBody(R"({"source":"AP","title":"T","url":"https://a.b/c","date":"2022-05-04","text":"Body text here."})",
                                      "application/json", "api/2");
  ASSERT_FALSE(meta.error.has_value());
  ASSERT_EQ(meta.parsed.docs.size(), 1u);
  EXPECT_EQ(meta.parsed.docs[0].source.value_or(""), "AP");
  EXPECT_EQ(meta.parsed.docs[0].date.value_or(""), "2022-05-04");
  EXPECT_EQ(meta.parsed.docs[0].url.value_or(""), "https://a.b/c");
  EXPECT_EQ(ParseIngestBody("[{\"text\":\"a\"},{\"text\":\"b\"}]", "application/json", "x", 1).error->status,
            400);
}

TEST(StaticFilesTest, ServesOnlyFilesInsideTheWebFolder) {
  TempDir dir;
  fs::create_directories(dir.path() / "web" / "css");
  std::ofstream(dir.path() / "web" / "index.html") << "<html></html>";
  std::ofstream(dir.path() / "web" / "css" / "a.css") << "body{}";
  std::ofstream(dir.path() / "secret.txt") << "secret";
  fs::create_symlink(dir.path() / "secret.txt", dir.path() / "web" / "link.txt");
  const std::string web = (dir.path() / "web").string();
  struct Row {
    std::string path;
    bool served;
    std::string file;  // expected file name when served
  };
  const Row kRows[] = {
      {"/", true, "index.html"},
      {"/index.html", true, "index.html"},
      {"/css/a.css", true, "a.css"},
      {"/css/", false, ""},  // no index.html there
      {"/missing.js", false, ""},
      {"/../secret.txt", false, ""},
      {"/css/../../secret.txt", false, ""},
      {"/./index.html", false, ""},
      {"//etc/passwd", false, ""},
      {"/link.txt", false, ""},  // symlink pointing out of the folder
      {"/index.html\\..\\x", false, ""},
      {std::string("/index.html\0x", 13), false, ""},
      {"index.html", false, ""},
      {"", false, ""},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.path);
    auto got = ResolveStaticPath(web, row.path);
    EXPECT_EQ(got.has_value(), row.served);
    if (got && row.served) {
      EXPECT_EQ(fs::path(*got).filename().string(), row.file);
    }
  }
  EXPECT_EQ(ContentTypeFor("a/app.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("x.bin"), "application/octet-stream");
}

TEST(ServeArgsTest, ParsesFlags) {
  struct Row {
    std::vector<std::string> args;
    bool ok;
  };
  const Row kRows[] = {
      {{"--db", "x.sqlite"}, true},
      {{"--db", "x", "--port", "0", "--bind", "0.0.0.0", "--token", "t", "--quiet"}, true},
      {{"--db", "x", "--max-body", "1024", "--threads", "4", "--web", "w", "--port-file", "p"}, true},
      {{}, false},
      {{"--port", "80"}, false},
      {{"--db", "x", "--port", "70000"}, false},
      {{"--db", "x", "--port", "abc"}, false},
      {{"--db", "x", "--port"}, false},
      {{"--db", "x", "--frobnicate"}, false},
      {{"--db", "x", "--ingest", "async", "--analysis-threads", "3", "--max-queued", "5"}, true},
      {{"--db", "x", "--ingest", "fast"}, false},
      {{"--db", "x", "--analysis-threads", "0"}, false},
      {{"--db", "x", "--max-queued", "0"}, false},
  };
  for (const Row& row : kRows) {
    std::string joined;
    for (const auto& a : row.args) joined += a + " ";
    SCOPED_TRACE(joined);
    auto o = ParseServeArgs(row.args);
    EXPECT_EQ(o.ok(), row.ok);
  }
  auto async = ParseServeArgs({"--db", "x", "--ingest", "async", "--analysis-threads", "3", "--max-queued", "5"});
  ASSERT_TRUE(async.ok());
  EXPECT_EQ(async->ingest, "async");
  EXPECT_EQ(async->analysis_threads, 3);
  EXPECT_EQ(async->max_queued, 5);
  auto sync = ParseServeArgs({"--db", "x"});
  ASSERT_TRUE(sync.ok());
  EXPECT_EQ(sync->ingest, "sync");  // the default keeps POST synchronous
  auto o = ParseServeArgs({"--db", "x", "--port", "9000", "--token", "s", "--max-body", "2048"});
  ASSERT_TRUE(o.ok());
  EXPECT_EQ(o->port, 9000);
  EXPECT_EQ(o->token, "s");
  EXPECT_EQ(o->max_body, 2048u);
  EXPECT_EQ(o->bind, "127.0.0.1");
}

TEST(OutletLabelTest, NamesTheOutletNeverARequestCounter) {
  struct Row {
    const char* name;
    std::optional<std::string> source, url;
    std::string path;
    std::optional<int64_t> line;
    std::string label;
  };
  const Row kRows[] = {
      {"outlet from metadata", "The Guardian", "https://www.theguardian.com/x", "api/3", std::nullopt, "The Guardian"},
      {"url host, www dropped", std::nullopt, "https://www.apnews.com/article/1", "api/3", std::nullopt, "apnews.com"},
      {"host with user and port", std::nullopt, "http://me@News.Example.org:8080/a?b", "x", std::nullopt,
       "news.example.org"},
      {"file url: its file name", std::nullopt, "file:///data/feeds/report-7.html", "api/9", std::nullopt,
       "report-7.html"},
      {"file name", std::nullopt, std::nullopt, "../shared/seeds/000_ab37.txt", std::nullopt, "000_ab37.txt"},
      {"record of a file", std::nullopt, std::nullopt, "feeds/day.jsonl", 12, "day.jsonl:12"},
      {"a request counter names nothing", std::nullopt, std::nullopt, "api/1", std::nullopt, "unnamed source"},
      {"a request named like a file", std::nullopt, std::nullopt, "api/ukraine.txt", std::nullopt, "ukraine.txt"},
      {"empty outlet falls through", "", std::nullopt, "b.txt", std::nullopt, "b.txt"},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    Document d;
    d.source = row.source;
    d.url = row.url;
    d.path = row.path;
    d.line = row.line;
    EXPECT_EQ(OutletLabel(d), row.label);
  }
}

}  // namespace
}  // namespace crosscheck::serve
