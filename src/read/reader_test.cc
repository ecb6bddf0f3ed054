#include "read/reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "read/byte_source.h"
#include "read/date_parse.h"
#include "read/formats.h"

namespace crosscheck {
namespace {

// A source that hands out its bytes in pieces of uneven sizes (at most 7,001).
class PieceSource final : public ByteSource {
 public:
  explicit PieceSource(std::string bytes) : bytes_(std::move(bytes)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    size_t k = std::min({n, bytes_.size() - at_, size_t{1} + (at_ * 7919) % 7001});
    std::memcpy(buf, bytes_.data() + at_, k);
    at_ += k;
    return k;
  }

 private:
  std::string bytes_;
  size_t at_ = 0;
};

// PeekSource's window grows without zeroing (FillTo reads into the new
// room): every byte it shows is the source's, across growth past its 64 KiB
// chunk, drops of consumed bytes and line skips.
TEST(PeekSourceTest, WindowShowsTheSourceBytesAcrossGrowth) {
  std::string bytes;
  for (size_t i = 0; bytes.size() < 300000; ++i)
    bytes += "line " + std::to_string(i) + (i % 37 == 0 ? std::string(5000, 'x') : std::string()) + "\n";
  PeekSource src{std::unique_ptr<ByteSource>(new PieceSource(bytes))};
  size_t at = 0;
  std::string_view w = src.Peek(10);
  ASSERT_GE(w.size(), 10u);
  EXPECT_EQ(w.substr(0, 10), std::string_view(bytes).substr(0, 10));
  src.Consume(3);
  at = 3;
  w = src.Peek(150000);  // grows the window past two chunks
  ASSERT_GE(w.size(), 150000u);
  EXPECT_EQ(w.substr(0, 150000), std::string_view(bytes).substr(at, 150000));
  src.Consume(100000);
  at += 100000;
  at += src.SkipLine();
  EXPECT_EQ(bytes[at - 1], '\n');
  EXPECT_EQ(src.offset(), at);
  w = src.Peek(90000);  // drops the consumed front, then grows again
  ASSERT_GE(w.size(), 90000u);
  EXPECT_EQ(w.substr(0, 90000), std::string_view(bytes).substr(at, 90000));
  Result<std::string> rest = ReadAtMost(&src, bytes.size(), "test");
  ASSERT_TRUE(rest.ok());
  EXPECT_EQ(*rest, bytes.substr(at));
  EXPECT_TRUE(src.AtEnd());
}

TEST(NormalizeDateTest, AcceptsMetadataForms) {
  struct Row { const char* in; const char* want; };  // want "" = rejected
  const Row kRows[] = {
      {"2022-05-04", "2022-05-04"},
      {"2022-05-04T10:15:00Z", "2022-05-04"},
      {"2022-05-04T23:59:59+03:00", "2022-05-04"},
      {"2022/05/04", "2022-05-04"},
      {"20220504", "2022-05-04"},
      {"20220504101500", "2022-05-04"},
      {"Wed, 04 May 2022 10:00:00 GMT", "2022-05-04"},
      {"4 May 2022", "2022-05-04"},
      {"May 4, 2022", "2022-05-04"},
      {"May 4th 2022", "2022-05-04"},
      {"Wednesday, May 4, 2022 8:00 AM", "2022-05-04"},
      {"  2024-02-29", "2024-02-29"},
      {"2023-02-29", ""},
      {"2022-13-01", ""},
      {"04.05.2022", ""},
      {"yesterday", ""},
      {"", ""},
      {"May 2022", ""},
      {"May 4th 99999999999999999999", ""},
      {"99999999999999 May 2022", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.in);
    auto got = NormalizeDate(r.in);
    if (*r.want) {
      ASSERT_TRUE(got.has_value());
      EXPECT_EQ(*got, r.want);
    } else {
      EXPECT_FALSE(got.has_value()) << *got;
    }
  }
}

TEST(DateHeaderTest, FindsLeadingDateLine) {
  struct Row { std::string in; const char* want; size_t body; };
  const Row kRows[] = {
      {" date 2022-05-04 Ukrainian defenders", "2022-05-04", 17},
      {"date 2022-05-04\nText", "2022-05-04", 16},
      {" date 2022-05-04\n\nText", "2022-05-04", 18},
      {"\xEF\xBB\xBF date 2022-05-04 x", "", 0},  // BOM handled by the caller
      {" date 2022-5-4 Text", "", 0},
      {" dated 2022-05-04 Text", "", 0},
      {"The date 2022-05-04 was", "", 0},
      {" date 2022-05-04x", "", 0},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.in);
    size_t body = 0;
    auto got = ParseDateHeader(r.in, &body);
    if (*r.want) {
      ASSERT_TRUE(got.has_value());
      EXPECT_EQ(*got, r.want);
      EXPECT_EQ(body, r.body);
    } else {
      EXPECT_FALSE(got.has_value());
    }
  }
}

TEST(DateInAddressTest, ReadsTheDayAnAddressNames) {
  struct Row {
    const char* in;
    const char* want;  // "" = none
  };
  const Row kRows[] = {
      {"https://www.example.com/news/2016/03/15/clinton-wins-missouri.html", "2016-03-15"},
      {"https://example.org/world/20220504/azovstal-evacuation", "2022-05-04"},
      {"http://example.net/politics/kasich-wins-ohio-2016-03-15/", "2016-03-15"},
      {"/data/nyt_2016-03-15_sanders-advances-agenda.txt", "2016-03-15"},
      {"reports/2022_05_06/report.txt", "2022-05-06"},
      {"reports/2022.5.6/report.txt", "2022-05-06"},
      {"archive/2016-03-20/nyt_2016-03-15_x.txt", "2016-03-15"},  // the file over its folder
      {"https://example.com/2016/3/5/story", "2016-03-05"},
      {"https://2016-03-15.example.com/story", ""},  // the host is no path
      {"https://example.com/2016/03/story", ""},     // a month is no day
      {"https://example.com/story?id=12345678", ""},  // year 1234
      {"https://example.com/article/19800504", ""},   // before 1990: an id more likely
      {"https://example.com/article/202205041", ""},  // nine digits
      {"https://example.com/2016-13-15/x", ""},        // no month 13
      {"https://example.com/2015-02-29/x", ""},        // no such day
      {"x/12016-03-15/y", ""},                         // five digits before
      {"x/2016-03/15/y", ""},                          // two separators
      {"v2.10.3/readme.txt", ""},
      {"", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.in);
    auto got = DateInAddress(r.in);
    if (*r.want) {
      ASSERT_TRUE(got.has_value());
      EXPECT_EQ(*got, r.want);
    } else {
      EXPECT_FALSE(got.has_value()) << *got;
    }
  }
}

ReadBatch ReadOneBuffer(const std::string& bytes, const std::string& name, ReadOptions o = {}) {
  ReadBatch b;
  ReadBuffer(bytes, name, o, &b);
  return b;
}

TEST(PlainTextTest, TextIsTheInputBytes) {
  std::string in = " date 2022-05-04 Some 2,000 fighters remain.\n\nMore text.";
  ReadBatch b = ReadOneBuffer(in, "a.txt");
  ASSERT_EQ(b.docs.size(), 1u);
  const Document& d = b.docs[0];
  EXPECT_EQ(d.text, in);
  EXPECT_TRUE(d.source_offsets.identity());
  EXPECT_EQ(d.date.value_or(""), "2022-05-04");
  EXPECT_EQ(d.date_origin.value_or(""), "metadata");
  EXPECT_EQ(d.body_start, 17u);
  EXPECT_EQ(d.format, "text");
  EXPECT_EQ(d.id.size(), 16u);
}

TEST(PlainTextTest, IdenticalFilesGetDistinctIdsAndOneHash) {
  ReadBatch b;
  ReadBuffer("Same words here, about forty of them.", "x/a.txt", {}, &b);
  ReadBuffer("Same words here, about forty of them.", "x/b.txt", {}, &b);
  ASSERT_EQ(b.docs.size(), 2u);
  EXPECT_NE(b.docs[0].id, b.docs[1].id);
  EXPECT_EQ(b.docs[0].content_hash, b.docs[1].content_hash);
}

// `analyze` reads with identify_later and calls FinishDocument on its
// analysis threads: the same documents as reading them whole, in every
// format that makes documents (text, HTML, JSON Lines, WARC).
TEST(PlainTextTest, IdentifyLaterThenFinishEqualsReadingWhole) {
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"a.txt", " date 2022-05-04 Some 2,000 fighters remain in the plant, officials said.\n\nMore text."},
      {"b.html", "<html><body><p>Officials said 40 people were evacuated on Monday.</p></body></html>"},
      {"c.jsonl", "{\"text\": \"Le gouvernement a annonce mardi une nouvelle loi.\"}\n{\"text\": \"Two more.\"}\n"},
      {"d.warc", "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://e.example/b\r\n"
                 "Content-Type: text/plain\r\nContent-Length: 41\r\n\r\n"
                 "The council voted on Tuesday to close it.\r\n\r\n"}};
  for (const auto& [name, bytes] : inputs) {
    SCOPED_TRACE(name);
    ReadBatch whole, later;
    ReadBuffer(bytes, name, {}, &whole);
    ReadBuffer(bytes, name, ReadOptions{.identify_later = true}, &later);
    ASSERT_FALSE(whole.docs.empty());
    ASSERT_EQ(later.docs.size(), whole.docs.size());
    for (size_t i = 0; i < whole.docs.size(); ++i) {
      Document& d = later.docs[i];
      EXPECT_TRUE(d.id.empty() && d.content_hash.empty());
      EXPECT_EQ(d.language, "un");  // Document's default: not detected yet
      FinishDocument(&d);
      EXPECT_FALSE(whole.docs[i].id.empty());
      EXPECT_EQ(d.id, whole.docs[i].id);
      EXPECT_EQ(d.content_hash, whole.docs[i].content_hash);
      EXPECT_EQ(d.language, whole.docs[i].language);
      EXPECT_EQ(d.text, whole.docs[i].text);
    }
  }
}

TEST(PlainTextTest, RejectsBadInputWithOffsets) {
  struct Row { std::string in; const char* message; };
  const Row kRows[] = {
      {"", "empty file"},
      {std::string("ab\0cd", 5), "binary data"},
      {"ok ok \xC3\x28 bad", "invalid UTF-8 at byte offset 6"},
      {"truncated at end \xE2\x82", "invalid UTF-8 at byte offset 17"},
      {"overlong \xC0\xAF", "invalid UTF-8 at byte offset 9"},
      {"surrogate \xED\xA0\x80", "invalid UTF-8 at byte offset 10"},
      {" date 2022-05-04   \n ", "no text"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.message);
    ReadBatch b = ReadOneBuffer(r.in, "bad.txt");
    EXPECT_TRUE(b.docs.empty());
    ASSERT_EQ(b.errors.size(), 1u);
    EXPECT_NE(b.errors[0].message.find("bad.txt: "), std::string::npos) << b.errors[0].message;
    EXPECT_NE(b.errors[0].message.find(r.message), std::string::npos) << b.errors[0].message;
  }
}

TEST(HtmlTest, ExtractsArticleAndMetadataWithoutBoilerplate) {
  std::string html = R"(<!DOCTYPE html><html><head><title>Site | Headline</title>
<meta property="og:title" content="Plant siege: civilians evacuated">
<meta property="og:site_name" content="The Example Times">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2022-05-06T08:00:00Z">
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Plant siege</h1><div class="byline">By Jane Doe</div>
<p>Almost 500 civilians left the plant, officials said.</p>
<figure><img src="a.jpg"><figcaption>Smoke rises over the plant.</figcaption></figure>
<p>ADVERTISEMENT</p>
<p>Fighting went on &amp; on &mdash; into the night.</p>
<div class="share-tools">Share on Facebook</div>
<p>Follow our coverage of the war at example.com/war</p>
</article><footer>Copyright 2022</footer></body></html>)";
  ReadBatch b = ReadOneBuffer(html, "page.html");
  ASSERT_EQ(b.docs.size(), 1u) << (b.errors.empty() ? "" : b.errors[0].message);
  const Document& d = b.docs[0];
  EXPECT_EQ(d.format, "html");
  EXPECT_EQ(d.title.value_or(""), "Plant siege: civilians evacuated");
  EXPECT_EQ(d.source.value_or(""), "The Example Times");
  EXPECT_EQ(d.author.value_or(""), "Jane Doe");
  EXPECT_EQ(d.date.value_or(""), "2022-05-06");
  EXPECT_EQ(d.text,
            "Plant siege\n\nAlmost 500 civilians left the plant, officials said.\n\n"
            "Fighting went on & on \xE2\x80\x94 into the night.");
  // Every text offset leads back to the byte it came from.
  size_t at = d.text.find("Almost");
  EXPECT_EQ(html.compare(d.source_offsets.ToSource(static_cast<uint32_t>(at)), 6, "Almost"), 0);
  size_t amp = d.text.find('&');
  EXPECT_EQ(html.compare(d.source_offsets.ToSource(static_cast<uint32_t>(amp)), 5, "&amp;"), 0);
  size_t night = d.text.find("night");
  EXPECT_EQ(html.compare(d.source_offsets.ToSource(static_cast<uint32_t>(night)), 5, "night"), 0);
}

TEST(HtmlTest, JsonLdAndBrokenMarkup) {
  std::string html = R"(<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks stall","datePublished":"May 9, 2022",
 "author":[{"@type":"Person","name":"A. Writer"}],"publisher":{"@type":"Organization","name":"Wire"}}</script>
<body><div><p>Talks stalled on Monday <b>again<p>Second paragraph <i>unclosed)";
  ReadBatch b = ReadOneBuffer(html, "x.htm");
  ASSERT_EQ(b.docs.size(), 1u);
  const Document& d = b.docs[0];
  EXPECT_EQ(d.title.value_or(""), "Talks stall");
  EXPECT_EQ(d.date.value_or(""), "2022-05-09");
  EXPECT_EQ(d.author.value_or(""), "A. Writer");
  EXPECT_EQ(d.source.value_or(""), "Wire");
  EXPECT_EQ(d.text, "Talks stalled on Monday again\n\nSecond paragraph unclosed");
}

TEST(JsonLinesTest, FieldsOffsetsAndBadLines) {
  std::string in =
      "{\"url\":\"u1\",\"source\":\"A\",\"title\":\"T\",\"date\":\"2022-05-04\",\"text\":\"Line one\\nsaid \\\"hi\\\" \\u00e9t\\u00e9.\",\"lang_hint\":\"en\",\"n\":3}\n"
      "not json\n"
      "{\"html\":\"<p>From <b>HTML</b> &amp; more words here</p>\"}\n";
  ReadBatch b = ReadOneBuffer(in, "f.jsonl");
  ASSERT_EQ(b.docs.size(), 2u);
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_EQ(b.errors[0].message, "f.jsonl:2: not JSON");
  const Document& d = b.docs[0];
  EXPECT_EQ(d.text, "Line one\nsaid \"hi\" \xC3\xA9t\xC3\xA9.");
  EXPECT_EQ(d.line.value_or(0), 1);
  EXPECT_EQ(d.extra.dump(), R"({"lang_hint":"en","n":3})");
  // "said" in the text maps to "said" in the line.
  size_t at = d.text.find("said");
  EXPECT_EQ(d.raw.compare(d.source_offsets.ToSource(static_cast<uint32_t>(at)), 4, "said"), 0);
  // The escaped é maps to its backslash.
  size_t e = d.text.find("\xC3\xA9");
  EXPECT_EQ(d.raw.compare(d.source_offsets.ToSource(static_cast<uint32_t>(e)), 6, "\\u00e9"), 0);
  const Document& h = b.docs[1];
  EXPECT_EQ(h.text, "From HTML & more words here");
  EXPECT_EQ(h.line.value_or(0), 3);
  size_t w = h.text.find("HTML");
  EXPECT_EQ(h.raw.compare(h.source_offsets.ToSource(static_cast<uint32_t>(w)), 4, "HTML"), 0);
}

std::string Gzip(const std::string& s) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(s.size() + 128, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  zs.avail_in = static_cast<uInt>(s.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

TEST(GzipTest, MembersAndTruncation) {
  std::string two = Gzip("First part of the text, ") + Gzip("second part.");
  ReadBatch b = ReadOneBuffer(two, "a.txt.gz");
  ASSERT_EQ(b.docs.size(), 1u);
  EXPECT_EQ(b.docs[0].text, "First part of the text, second part.");
  ReadBatch t = ReadOneBuffer(Gzip("Some words to compress here.").substr(0, 15), "t.gz");
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_NE(t.errors[0].message.find("t.gz: gzip: truncated"), std::string::npos) << t.errors[0].message;
}

TEST(WarcTest, ResponseAndResourceRecords) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                     "<html><head><title>W</title></head><body><p>Forty people were evacuated.</p></body></html>";
  std::string text = "Plain resource text about 12 trucks.";
  auto rec = [](const std::string& type, const std::string& ctype, const std::string& uri, const std::string& block) {
    return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
           "\r\nWARC-Date: 2022-05-07T12:00:00Z\r\nContent-Type: " + ctype + "\r\nContent-Length: " +
           std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  };
  std::string warc = rec("warcinfo", "application/warc-fields", "", "software: x\r\n") +
                     rec("response", "application/http; msgtype=response", "http://e.example/a", http) +
                     rec("resource", "text/plain", "http://e.example/b", text);
  ReadBatch b = ReadOneBuffer(warc, "c.warc");
  ASSERT_EQ(b.docs.size(), 2u) << (b.errors.empty() ? "" : b.errors[0].message);
  EXPECT_EQ(b.docs[0].text, "Forty people were evacuated.");
  EXPECT_EQ(b.docs[0].url.value_or(""), "http://e.example/a");
  EXPECT_EQ(b.docs[0].date.value_or(""), "2022-05-07");
  EXPECT_EQ(b.docs[1].text, text);
  ReadBatch t = ReadOneBuffer(warc.substr(0, warc.size() - 30), "cut.warc");
  EXPECT_EQ(t.docs.size(), 1u);
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_NE(t.errors[0].message.find("cut.warc: record at byte"), std::string::npos) << t.errors[0].message;
  EXPECT_NE(t.errors[0].message.find("truncated block"), std::string::npos);
}

TEST(WarcTest, HugeContentLengthIsRejectedNotALoop) {
  std::string warc = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\n"
                     "Content-Length: 18446744073709551615\r\n\r\nshort block";
  ReadBatch b = ReadOneBuffer(warc, "huge.warc");
  EXPECT_TRUE(b.docs.empty());
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_NE(b.errors[0].message.find("larger than the document limit"), std::string::npos) << b.errors[0].message;
}

std::string WarcRecord(const std::string& text, long long declared_length = -1) {
  return "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://e.example/" + std::to_string(text.size()) +
         "\r\nContent-Type: text/plain\r\nContent-Length: " +
         std::to_string(declared_length < 0 ? static_cast<long long>(text.size()) : declared_length) + "\r\n\r\n" +
         text + "\r\n\r\n";
}

TEST(WarcTest, AWrongContentLengthCostsOneRecord) {
  const std::string a = "First report: 10 people were rescued.", b = "Second report: 20 trucks arrived.",
                    c = "Third report: 30 buses left the city.";
  struct Row {
    const char* name;
    std::string warc;
    size_t docs;
    const char* error;  // "" = none
  };
  const Row kRows[] = {
      {"all good", WarcRecord(a) + WarcRecord(b) + WarcRecord(c), 3, ""},
      {"short length", WarcRecord(a) + WarcRecord(b, 10) + WarcRecord(c), 2, "does not end at a record boundary"},
      {"long length", WarcRecord(a, 60) + WarcRecord(b) + WarcRecord(c), 2, "does not end at a record boundary"},
      {"length past the end", WarcRecord(a) + WarcRecord(b) + WarcRecord(c, 500), 2, "truncated block"},
      {"garbage between", WarcRecord(a) + "garbage line\r\n" + WarcRecord(b), 2, "expected a \"WARC/\" version line"},
      {"bad length", WarcRecord(a) + "WARC/1.0\r\nContent-Length: x\r\n\r\nzz\r\n\r\n" + WarcRecord(c), 2,
       "missing or bad Content-Length"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.name);
    ReadBatch got = ReadOneBuffer(r.warc, "r.warc");
    EXPECT_EQ(got.docs.size(), r.docs);
    if (*r.error) {
      ASSERT_EQ(got.errors.size(), 1u);
      EXPECT_NE(got.errors[0].message.find(r.error), std::string::npos) << got.errors[0].message;
    } else {
      EXPECT_TRUE(got.errors.empty());
    }
    for (const Document& d : got.docs) EXPECT_EQ(d.raw, d.text);
  }
}

TEST(WarcTest, RecordLargerThanTheLimitIsSkipped) {
  ReadOptions o;
  o.limits.max_document_bytes = 40;
  std::string big(100, 'x');
  ReadBatch got = ReadOneBuffer(WarcRecord("Small report about 3 cars.") + WarcRecord(big) + WarcRecord("Another one."),
                                "l.warc", o);
  EXPECT_EQ(got.docs.size(), 2u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].message.find("larger than the document limit of 40"), std::string::npos);
}

TEST(WarcTest, UriBytesOutsideUtf8ArePercentEncoded) {
  std::string rec = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://e.example/caf\xE9 x\r\n"
                    "Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nHello\r\n\r\n";
  ReadBatch got = ReadOneBuffer(rec, "u.warc");
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_EQ(got.docs[0].url.value_or(""), "http://e.example/caf%E9%20x");
}

TEST(LimitsTest, DeepHtmlIsRejectedOrReadWithoutRecursion) {
  auto nested = [](int n) {
    std::string s = "<html><body>";
    for (int i = 0; i < n; ++i) s += "<div>";
    s += "Forty people were evacuated.";
    return s;
  };
  struct Row { int depth; bool accepted; };
  const Row kRows[] = {{50, true}, {500, true}, {600, false}, {47000, false}, {1000000, false}};
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.depth);
    ReadBatch got = ReadOneBuffer(nested(r.depth), "deep.html");
    EXPECT_EQ(got.docs.size(), r.accepted ? 1u : 0u);
    if (!r.accepted) {
      ASSERT_EQ(got.errors.size(), 1u);
      EXPECT_NE(got.errors[0].message.find("deep.html: HTML elements nested deeper than the limit of 512"),
                std::string::npos) << got.errors[0].message;
    }
  }
}

TEST(LimitsTest, NestedArticlesCostLinearTime) {
  // Each <article> used to be measured by its own walk: quadratic.
  std::string s = "<html><body>";
  for (int i = 0; i < 500; ++i) s += "<article><p>Report " + std::to_string(i) + " of 9 trucks.</p>";
  ReadBatch got = ReadOneBuffer(s, "articles.html");
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_NE(got.docs[0].text.find("Report 0 of 9 trucks."), std::string::npos);
}

TEST(LimitsTest, JsonLinesDepthMembersAndLength) {
  ReadOptions o;
  o.limits.max_document_bytes = 4096;
  std::string deep = "{\"text\":\"Nine trucks.\",\"x\":" + std::string(5000 / 2, '[') + std::string(5000 / 2, ']') + "}";
  std::string many = "{\"text\":\"Nine trucks.\"";
  for (int i = 0; i < 12000; ++i) many += ",\"k" + std::to_string(i) + "\":1";
  many += "}";
  std::string ok = "{\"text\":\"Ten trucks.\",\"tags\":[\"a\",{\"b\":[1,2]}],\"n\":null}";
  std::string lines = deep + "\n" + ok + "\n" + std::string(10000, ' ') + "{}\n" + ok + "\n";
  ReadBatch got = ReadOneBuffer(lines, "f.jsonl", o);
  ASSERT_EQ(got.docs.size(), 2u);
  EXPECT_EQ(got.docs[0].extra.dump(), "{\"tags\":[\"a\",{\"b\":[1,2]}],\"n\":null}");
  ASSERT_EQ(got.errors.size(), 2u);
  EXPECT_NE(got.errors[0].message.find("f.jsonl:1: "), std::string::npos) << got.errors[0].message;
  EXPECT_NE(got.errors[1].message.find("f.jsonl:3: line longer than the document limit of 4096"), std::string::npos)
      << got.errors[1].message;
  ReadBatch deep_default = ReadOneBuffer(deep, "d.jsonl");
  ASSERT_EQ(deep_default.errors.size(), 1u);
  EXPECT_NE(deep_default.errors[0].message.find("d.jsonl:1: JSON nested deeper than the limit of 512"),
            std::string::npos) << deep_default.errors[0].message;
  ReadBatch wide = ReadOneBuffer(many, "m.jsonl");
  ASSERT_EQ(wide.errors.size(), 1u);
  EXPECT_NE(wide.errors[0].message.find("more than the limit of 10000 members"), std::string::npos);
}

TEST(LimitsTest, GzipBombStopsAtTheDocumentLimit) {
  ReadOptions o;
  o.limits.max_document_bytes = 1 << 20;
  std::string bomb = Gzip(std::string(16 << 20, 'a'));  // 16 MiB of one letter, about 16 KiB packed
  ReadBatch got = ReadOneBuffer(bomb, "bomb.txt.gz", o);
  EXPECT_TRUE(got.docs.empty());
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].message.find("bomb.txt.gz: the document is larger than the limit of 1048576 bytes"),
            std::string::npos) << got.errors[0].message;
}

TEST(LimitsTest, JsonShape) {
  struct Row { const char* json; int depth; size_t members; };
  const Row kRows[] = {
      {"{}", 1, 0},
      {"{\"a\":[1,{\"b\":2,\"c\":3}]}", 3, 2},
      {"\"[[[{\"", 0, 0},
      {"[\"\\\"[\"]", 1, 0},
      {"{\"a:b\":1}", 1, 1},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.json);
    JsonShape s = ScanJsonShape(r.json, 100, 100);
    EXPECT_EQ(s.depth, r.depth);
    EXPECT_EQ(s.members, r.members);
  }
}

TEST(FileNameTest, EscapesBytesOutsideUtf8Losslessly) {
  struct Row { std::string raw, want; };
  const Row kRows[] = {
      {"plain/name.txt", "plain/name.txt"},
      {"caf\xC3\xA9.txt", "caf\xC3\xA9.txt"},
      {"caf\xE9.txt", "caf\\xE9.txt"},
      {"back\\slash", "back\\\\slash"},
      {"lit\\xE9", "lit\\\\xE9"},
      {"\xFF\xFE", "\\xFF\\xFE"},
      {"\xED\xA0\x80", "\\xED\\xA0\\x80"},  // a surrogate
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.raw);
    EXPECT_EQ(EscapeFileName(r.raw), r.want);
  }
}

TEST(LanguageTest, MarksNonEnglish) {
  ReadBatch b;
  ReadBuffer("Les forces russes ont poursuivi leurs attaques contre l'usine Azovstal, selon les autorités ukrainiennes, "
             "qui affirment que des civils se trouvent toujours dans les abris souterrains du site industriel.",
             "fr.txt", {}, &b);
  ReadBuffer("Russian forces kept up their attacks on the steel plant, Ukrainian officials said on Friday, "
             "adding that civilians were still sheltering in the bunkers beneath the site.",
             "en.txt", {}, &b);
  ASSERT_EQ(b.docs.size(), 2u);
  EXPECT_EQ(b.docs[0].language, "fr");
  EXPECT_EQ(b.docs[1].language, "en");
}

class FolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/crosscheck_folder_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& rel, const std::string& text) {
    std::ofstream(dir_ + "/" + rel, std::ios::binary) << text;
  }
  std::string dir_;
};

TEST_F(FolderTest, NamesEveryEntryItCannotRead) {
  namespace fs = std::filesystem;
  fs::create_directories(dir_ + "/a/b");
  Write("a/one.txt", "Officials said 40 people were evacuated.");
  Write("a/b/two.txt", "The mayor said 12 buses left.");
  Write(std::string("caf\xE9.txt"), "A name in Latin-1 bytes: 3 cars.");
  Write(".hidden.txt", "never read");
  fs::create_symlink(dir_ + "/a", dir_ + "/a/b/up");        // a loop
  fs::create_symlink(dir_ + "/nowhere", dir_ + "/broken");  // dangling
  fs::create_symlink("self", dir_ + "/self");               // a link to itself
  fs::create_symlink(dir_ + "/a/b", dir_ + "/again");       // a folder read twice
  ASSERT_EQ(mkfifo((dir_ + "/pipe").c_str(), 0600), 0);
  ReadBatch got = ReadPaths({dir_});
  std::vector<std::string> paths;
  for (const Document& d : got.docs) paths.push_back(d.path.substr(dir_.size()));
  EXPECT_EQ(paths, (std::vector<std::string>{"/a/b/two.txt", "/a/one.txt", "/caf\\xE9.txt"}));
  std::string all;
  for (const Error& e : got.errors) all += e.message.substr(e.message.find(dir_) == 0 ? dir_.size() : 0) + "\n";
  struct Row { const char* want; };
  const Row kRows[] = {{"/a/b/up: symbolic link loop"},
                       {"/broken: broken symbolic link"},
                       {"/self: symbolic link loop"},
                       {"/pipe: a fifo, not read"}};
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.want);
    EXPECT_NE(all.find(r.want), std::string::npos) << all;
  }
  EXPECT_EQ(got.errors.size(), 4u) << all;
  ASSERT_EQ(got.warnings.size(), 1u);
  EXPECT_NE(got.warnings[0].message.find("/again: folder already read"), std::string::npos);
}

TEST_F(FolderTest, UnlistableFolderIsNamed) {
  if (geteuid() == 0) GTEST_SKIP() << "root lists any folder (tests/bad_input_test.sh covers it as nobody)";
  std::filesystem::create_directories(dir_ + "/closed");
  Write("open.txt", "Officials said 40 people were evacuated.");
  chmod((dir_ + "/closed").c_str(), 0);
  ReadBatch got = ReadPaths({dir_});
  chmod((dir_ + "/closed").c_str(), 0700);
  EXPECT_EQ(got.docs.size(), 1u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].message.find("/closed: cannot list folder (Permission denied)"), std::string::npos);
}

TEST_F(FolderTest, HugeSparseFileIsJudgedFromItsHead) {
  int fd = ::open((dir_ + "/sparse.txt").c_str(), O_CREAT | O_WRONLY, 0600);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(ftruncate(fd, off_t{1} << 30), 0);  // 1 GiB of holes: costs no disk
  ::close(fd);
  rename((dir_ + "/sparse.txt").c_str(), (dir_ + "/sparse.html").c_str());
  fd = ::open((dir_ + "/zeros.txt").c_str(), O_CREAT | O_WRONLY, 0600);
  ASSERT_EQ(ftruncate(fd, off_t{1} << 30), 0);
  ::close(fd);
  ReadBatch got = ReadPaths({dir_});
  ASSERT_EQ(got.errors.size(), 2u);
  EXPECT_NE(got.errors[0].message.find("sparse.html: 1073741824 bytes; larger than the document limit"),
            std::string::npos) << got.errors[0].message;
  EXPECT_NE(got.errors[1].message.find("zeros.txt: binary data"), std::string::npos) << got.errors[1].message;
}

}  // namespace
}  // namespace crosscheck
