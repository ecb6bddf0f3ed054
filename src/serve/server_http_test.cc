// Request framing and head policies (server_http.h, server_routes.h).
#include "serve/server_http.h"

#include <gtest/gtest.h>

#include "serve/server_routes.h"

namespace crosscheck::serve {
namespace {

TEST(ScanRequestHeadTest, FramesOrRefusesEachHead) {
  struct Row {
    const char* name;
    std::string bytes;
    HeadScan::Kind kind;
    int status;               // kReject
    uint64_t content_length;  // kComplete
    bool chunked;
    bool keep_alive;
  };
  using K = HeadScan::Kind;
  const std::string big_field = "X: " + std::string(20000, 'a') + "\r\n";
  const Row kRows[] = {
      {"simple GET", "GET / HTTP/1.1\r\nHost: a\r\n\r\n", K::kComplete, 0, 0, false, true},
      {"no fields", "GET / HTTP/1.1\r\n\r\n", K::kComplete, 0, 0, false, true},
      {"HTTP/1.0 closes", "GET / HTTP/1.0\r\n\r\n", K::kComplete, 0, 0, false, false},
      {"HTTP/1.0 keep-alive", "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", K::kComplete, 0, 0, false, true},
      {"close", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", K::kComplete, 0, 0, false, false},
      {"leading blank line", "\r\nGET / HTTP/1.1\r\n\r\n", K::kComplete, 0, 0, false, true},
      {"body length", "POST /x HTTP/1.1\r\nContent-Length: 12\r\n\r\n", K::kComplete, 0, 12, false, true},
      {"same length twice", "POST /x HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n", K::kComplete, 0, 3,
       false, true},
      {"chunked", "POST /x HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n", K::kComplete, 0, 0, true, true},
      {"half a head", "GET / HTTP/1.1\r\nHo", K::kIncomplete, 0, 0, false, true},
      {"half a request line", "GE", K::kIncomplete, 0, 0, false, true},
      {"bare LF lines", "GET / HTTP/1.1\nHost: a\n\n", K::kReject, 400, 0, false, true},
      {"LF inside CRLF head", "GET / HTTP/1.1\r\nA: b\nC: d\r\n\r\n", K::kReject, 400, 0, false, true},
      {"folding", "GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n", K::kReject, 400, 0, false, true},
      {"space before colon", "GET / HTTP/1.1\r\nA : b\r\n\r\n", K::kReject, 400, 0, false, true},
      {"CL and TE", "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", K::kReject, 400, 0,
       false, true},
      {"two lengths", "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n", K::kReject, 400, 0, false,
       true},
      {"signed length", "POST / HTTP/1.1\r\nContent-Length: +3\r\n\r\n", K::kReject, 400, 0, false, true},
      {"gzip transfer coding", "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", K::kReject, 501, 0,
       false, true},
      {"chunked HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", K::kReject, 400, 0, false, true},
      {"body past the limit", "POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n", K::kReject, 413, 0, false, true},
      {"head past the limit", "GET / HTTP/1.1\r\n" + big_field + "\r\n", K::kReject, 431, 0, false, true},
      {"unfinished head past the limit", "GET / HTTP/1.1\r\n" + big_field, K::kReject, 431, 0, false, true},
      {"long target", "GET /" + std::string(9000, 'a') + " HTTP/1.1\r\n\r\n", K::kReject, 414, 0, false, true},
      {"HTTP/2", "GET / HTTP/2.0\r\n\r\n", K::kReject, 505, 0, false, true},
      {"no version", "GET /\r\n\r\n", K::kReject, 400, 0, false, true},
      {"control byte in target", std::string("GET /a\x01 HTTP/1.1\r\n\r\n"), K::kReject, 400, 0, false, true},
      {"NUL in a field", std::string("GET / HTTP/1.1\r\nA: \0\r\n\r\n", 24), K::kReject, 400, 0, false, true},
      {"odd Expect", "POST / HTTP/1.1\r\nExpect: magic\r\n\r\n", K::kReject, 417, 0, false, true},
  };
  HttpLimits limits;
  limits.max_body_bytes = 1 << 20;
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.name);
    HeadScan s = ScanRequestHead(r.bytes, limits);
    ASSERT_EQ(s.kind, r.kind) << s.message;
    if (r.kind == K::kReject) EXPECT_EQ(s.status, r.status) << s.message;
    if (r.kind == K::kComplete) {
      EXPECT_EQ(s.head.content_length, r.content_length);
      EXPECT_EQ(s.head.chunked, r.chunked);
      EXPECT_EQ(s.head.keep_alive, r.keep_alive);
      EXPECT_EQ(s.head.head_bytes, r.bytes.size());
    }
  }
}

TEST(RewriteHeadTest, DropsExpectAndRangeSets) {
  struct Row {
    std::string in, want;
  };
  const Row kRows[] = {
      {"GET / HTTP/1.1\r\nHost: a\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\n\r\n"},
      {"\r\nPOST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n",
       "POST / HTTP/1.1\r\nContent-Length: 1\r\n\r\n"},
      {"GET / HTTP/1.1\r\nRange: bytes=0-9\r\n\r\n", "GET / HTTP/1.1\r\nRange: bytes=0-9\r\n\r\n"},
      {"GET / HTTP/1.1\r\nRange: bytes=0-9,20-29\r\n\r\n", "GET / HTTP/1.1\r\n\r\n"},
      {"GET /api/stories HTTP/1.1\r\nRange: bytes=0-9\r\n\r\n", "GET /api/stories HTTP/1.1\r\n\r\n"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.in);
    HeadScan s = ScanRequestHead(r.in, HttpLimits{});
    ASSERT_EQ(s.kind, HeadScan::Kind::kComplete);
    EXPECT_EQ(RewriteHead(r.in, s.head), r.want);
  }
}

TEST(ChunkedScannerTest, FindsTheEndInAnySplit) {
  struct Row {
    const char* name;
    std::string body;
    ChunkedScanner::State state;
    int status;
    uint64_t data;
  };
  using S = ChunkedScanner::State;
  const std::string ok = "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nTrailer: x\r\n\r\n";
  const Row kRows[] = {
      {"two chunks and a trailer", ok + "NEXT", S::kDone, 0, 11},
      {"no trailer", "3\r\nabc\r\n0\r\n\r\n", S::kDone, 0, 3},
      {"unfinished", "3\r\nab", S::kMore, 0, 3},
      {"bad size", "zz\r\n", S::kError, 400, 0},
      {"data longer than its size", "3\r\nabcd\r\n", S::kError, 400, 3},
      {"LF only", "3\nabc\n0\n\n", S::kError, 400, 0},
      {"past the limit", "fff\r\n", S::kError, 413, 0},
      {"huge size", "ffffffffffffffff\r\n", S::kError, 400, 0},
  };
  HttpLimits limits;
  limits.max_body_bytes = 1000;
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.name);
    for (size_t step : {size_t{1}, size_t{3}, r.body.size()}) {
      SCOPED_TRACE(step);
      ChunkedScanner c(limits);
      S st = S::kMore;
      size_t fed = 0;
      for (; fed < r.body.size() && st == S::kMore; fed += step)
        st = c.Feed(std::string_view(r.body).substr(fed, step));
      EXPECT_EQ(st, r.state);
      if (st == S::kError) EXPECT_EQ(c.status(), r.status) << c.message();
      if (st == S::kDone) {
        EXPECT_EQ(c.end(), ok.size() == r.body.size() - 4 ? ok.size() : r.body.size());
        EXPECT_EQ(c.data_bytes(), r.data);
      }
    }
  }
}

TEST(CheckHeadTest, RefusesForeignWritesAndHosts) {
  struct Row {
    const char* name;
    std::string head;
    const char* bind;
    int status;  // 0 = allowed
  };
  auto req = [](const std::string& method, const std::string& fields) {
    return method + " /api/documents HTTP/1.1\r\n" + fields + "\r\n";
  };
  const Row kRows[] = {
      {"curl write", req("POST", "Host: 127.0.0.1:8080\r\n"), "127.0.0.1", 0},
      {"same origin", req("POST", "Host: 127.0.0.1:8080\r\nOrigin: http://127.0.0.1:8080\r\n"), "127.0.0.1", 0},
      {"localhost", req("POST", "Host: localhost:8080\r\nOrigin: http://localhost:8080\r\n"), "127.0.0.1", 0},
      {"allowed origin", req("POST", "Host: 127.0.0.1:8080\r\nOrigin: https://app.example\r\n"), "127.0.0.1", 0},
      {"foreign origin", req("POST", "Host: 127.0.0.1:8080\r\nOrigin: http://evil.example\r\n"), "127.0.0.1", 403},
      {"other port", req("POST", "Host: 127.0.0.1:8080\r\nOrigin: http://127.0.0.1:9999\r\n"), "127.0.0.1", 403},
      {"origin null", req("POST", "Host: 127.0.0.1:8080\r\nOrigin: null\r\n"), "127.0.0.1", 403},
      {"cross-site", req("POST", "Host: 127.0.0.1:8080\r\nSec-Fetch-Site: cross-site\r\n"), "127.0.0.1", 403},
      {"rebinding write", req("POST", "Host: evil.example:8080\r\n"), "127.0.0.1", 403},
      {"rebinding read", req("GET", "Host: evil.example:8080\r\n"), "127.0.0.1", 403},
      {"allowed host", req("GET", "Host: news.internal:8080\r\n"), "127.0.0.1", 0},
      {"any host on 0.0.0.0 read", req("GET", "Host: box.lan:8080\r\n"), "0.0.0.0", 0},
      {"foreign origin on 0.0.0.0", req("POST", "Host: box.lan:8080\r\nOrigin: http://evil.example\r\n"), "0.0.0.0",
       403},
      {"gzip ingest", req("POST", "Host: 127.0.0.1\r\nContent-Encoding: gzip\r\n"), "127.0.0.1", 0},
      {"compress ingest", req("POST", "Host: 127.0.0.1\r\nContent-Encoding: compress\r\n"), "127.0.0.1", 415},
      {"gzip elsewhere", "GET /api/health HTTP/1.1\r\nContent-Encoding: gzip\r\n\r\n", "127.0.0.1", 415},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.name);
    ServeOptions o;
    o.bind = r.bind;
    o.allow_origins = {"https://app.example"};
    if (std::string(r.name) == "allowed host") o.allow_hosts = {"news.internal"};
    HeadScan s = ScanRequestHead(r.head, HttpLimits{});
    ASSERT_EQ(s.kind, HeadScan::Kind::kComplete) << s.message;
    auto refusal = CheckHead(s.head, MakeHeadPolicy(o));
    EXPECT_EQ(refusal ? refusal->first : 0, r.status) << (refusal ? refusal->second : "");
  }
}

TEST(IsCleanTextTest, RefusesBadBytes) {
  EXPECT_TRUE(IsCleanText("caf\xC3\xA9 steel"));
  EXPECT_FALSE(IsCleanText("caf\xE9"));
  EXPECT_FALSE(IsCleanText(std::string("a\0b", 3)));
  EXPECT_FALSE(IsCleanText("\xFF"));
}

}  // namespace
}  // namespace crosscheck::serve
