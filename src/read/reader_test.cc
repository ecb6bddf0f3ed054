#include "read/reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "read/date_parse.h"
#include "read/formats.h"

namespace crosscheck {
namespace {

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

TEST(WarcTest, HugeContentLengthIsTruncationNotALoop) {
  std::string warc = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\n"
                     "Content-Length: 18446744073709551615\r\n\r\nshort block";
  ReadBatch b = ReadOneBuffer(warc, "huge.warc");
  EXPECT_TRUE(b.docs.empty());
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_NE(b.errors[0].message.find("truncated block"), std::string::npos) << b.errors[0].message;
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

}  // namespace
}  // namespace crosscheck
