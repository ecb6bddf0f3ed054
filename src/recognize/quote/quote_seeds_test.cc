// Properties on the seed reports (../shared/seeds): every direct quote has a
// speaker, and the attribution examples of the issue hold. The rules are
// general; these files are only examples of the genre.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/paths.h"
#include "recognize/quote/ecbplus_text.h"
#include "recognize/quote/quote.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

struct Analysed {
  Document doc;
  Segmentation seg;
  std::vector<Quote> quotes;
};

// Skips a leading " date YYYY-MM-DD" header, as the reader does.
uint32_t BodyStart(const std::string& text) {
  size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  if (text.compare(i, 5, "date ") != 0) return 0;
  i += 5 + 10;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
  return static_cast<uint32_t>(std::min(i, text.size()));
}

std::vector<Analysed> LoadSeeds() {
  std::vector<std::string> paths;
  const std::filesystem::path dir = std::filesystem::path(CROSSCHECK_SHARED_DIR) / "seeds";
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") paths.push_back(e.path().string());
  std::sort(paths.begin(), paths.end());
  std::vector<Analysed> out;
  for (const std::string& p : paths) {
    Analysed a;
    a.doc.id = std::filesystem::path(p).filename().string();
    if (!ecbplus::ReadFile(p, &a.doc.text)) continue;
    a.doc.body_start = BodyStart(a.doc.text);
    a.seg = Segment(a.doc.text, SegmentOptions{.body_start = a.doc.body_start});
    a.quotes = RecognizeQuotes(a.doc, a.seg, {});
    out.push_back(std::move(a));
  }
  return out;
}

const Quote* FindDirect(const Analysed& a, std::string_view prefix) {
  for (const Quote& q : a.quotes)
    if (q.direct && q.span.Of(a.doc.text).rfind(prefix, 0) == 0) return &q;
  return nullptr;
}

TEST(SeedQuotes, EveryDirectQuoteHasASpeaker) {
  std::vector<Analysed> seeds = LoadSeeds();
  ASSERT_GE(seeds.size(), 5u) << "seeds not found under " << CROSSCHECK_SHARED_DIR;
  size_t direct = 0;
  for (const Analysed& a : seeds) {
    SCOPED_TRACE(a.doc.id);
    size_t n = 0;
    for (const Quote& q : a.quotes) {
      if (!q.direct) continue;
      ++n;
      EXPECT_FALSE(q.speaker.empty()) << "no speaker for: " << q.span.Of(a.doc.text);
    }
    std::cout << a.doc.id << ": " << n << " direct quotes, " << a.quotes.size() - n << " indirect\n";
    direct += n;
  }
  EXPECT_GE(direct, 40u);  // the seeds hold dozens; finding none would be a bug
}

TEST(SeedQuotes, IssueExamples) {
  std::vector<Analysed> seeds = LoadSeeds();
  ASSERT_GE(seeds.size(), 5u);
  bool saw_yermak = false, saw_prokopenko = false, saw_russia = false;
  for (const Analysed& a : seeds) {
    SCOPED_TRACE(a.doc.id);
    if (const Quote* q = FindDirect(a, "We conducted another stage")) {
      saw_yermak = true;
      EXPECT_EQ(q->speaker, "Andriy Yermak");
      EXPECT_EQ(q->speaker_role, "head of Ukraine\xE2\x80\x99s presidential office");
    }
    if (const Quote* q = FindDirect(a, "bloody battles")) {
      saw_prokopenko = true;
      EXPECT_EQ(q->speaker, "Denis Prokopenko");
      EXPECT_EQ(q->speaker_role, "Azov regiment commander");
    }
    size_t at = a.doc.text.find("Some 2,000 Ukrainian fighters");
    if (at != std::string::npos) {
      saw_russia = true;
      Span fig{static_cast<uint32_t>(at), static_cast<uint32_t>(at + 29)};
      EXPECT_EQ(Attribute(a.doc, a.seg, a.quotes, fig).speaker, "Russia");
      size_t ua = a.doc.text.find("a few hundred civilians");
      ASSERT_NE(ua, std::string::npos);
      Span fig2{static_cast<uint32_t>(ua), static_cast<uint32_t>(ua + 23)};
      EXPECT_EQ(Attribute(a.doc, a.seg, a.quotes, fig2).speaker, "Ukraine");
      size_t na = a.doc.text.find("More than 100 civilians were rescued");
      ASSERT_NE(na, std::string::npos);
      Span fig3{static_cast<uint32_t>(na), static_cast<uint32_t>(na + 24)};
      EXPECT_EQ(Attribute(a.doc, a.seg, a.quotes, fig3).speaker, "");
    }
  }
  EXPECT_TRUE(saw_yermak && saw_prokopenko && saw_russia);
}

}  // namespace
}  // namespace crosscheck
