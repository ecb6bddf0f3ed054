// Property test: the invariants of segmenter.h hold on real news text (the
// seeds and every ECB+ article, as one paragraph and split into paragraphs
// at sentence ends) and on deterministic mutations of it (cut at arbitrary
// bytes, quote marks and periods sprinkled in, invalid UTF-8). Also checks
// that CheckSegmentation notices broken segmentations, so the property test
// can fail.
#include "core/paths.h"
#include "segment/invariants.h"

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "segment/ecbplus_gold_testing.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

std::vector<std::string> SeedTexts() {
  std::vector<std::string> out;
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(CROSSCHECK_SHARED_DIR) + "/seeds", ec)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

void ExpectInvariants(const std::string& name, std::string_view text, const SegmentOptions& options = {}) {
  Segmentation seg = Segment(text, options);
  Status st = CheckSegmentation(text, seg, options);
  EXPECT_TRUE(st.ok()) << name << ": " << (st.ok() ? "" : st.error().message);
}

// Deterministic mutations of `text`.
std::vector<std::string> Mutations(const std::string& text, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::uniform_int_distribution<size_t> pos(0, text.size() - 1);
  out.push_back(text.substr(0, pos(rng)));  // cut anywhere, even inside a code point
  static const char* kInserts[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
                                   ".", "...", "\n\n", "\n", "\xFF", "\xE2\x80", " . ", "U.S.", "\xC2\xA0"};
  std::string m = text;
  for (int i = 0; i < 40; ++i) m.insert(std::min(pos(rng), m.size()), kInserts[rng() % std::size(kInserts)]);
  out.push_back(m);
  return out;
}

TEST(InvariantsTest, HoldOnSeedsAndMutations) {
  std::vector<std::string> seeds = SeedTexts();
  ASSERT_FALSE(seeds.empty()) << "no seeds under " << CROSSCHECK_SHARED_DIR;
  for (size_t i = 0; i < seeds.size(); ++i) {
    ExpectInvariants("seed " + std::to_string(i), seeds[i]);
    size_t nl = seeds[i].find('\n');
    if (nl != std::string::npos) ExpectInvariants("seed body", seeds[i], {.body_start = static_cast<uint32_t>(nl + 1)});
    for (uint32_t k = 0; k < 20; ++k) {
      for (const std::string& m : Mutations(seeds[i], k * 31 + static_cast<uint32_t>(i))) {
        ExpectInvariants("seed " + std::to_string(i) + " mutation " + std::to_string(k), m);
      }
    }
  }
}

TEST(InvariantsTest, HoldOnEcbPlus) {
  std::vector<testing::GoldDoc> docs = testing::LoadEcbPlusGold();
  ASSERT_GT(docs.size(), 900u);
  size_t sentences = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    const testing::GoldDoc& d = docs[i];
    ExpectInvariants(d.name, d.text);
    // The same text with a paragraph break at every third gold boundary.
    std::string paras = d.text;
    for (size_t b = d.scored.size(); b-- > 0;) {
      if (b % 3 == 0 && d.scored[b] < paras.size()) paras.insert(d.scored[b], "\n\n");
    }
    ExpectInvariants(d.name + " (paragraphs)", paras);
    if (i % 10 == 0) {
      for (const std::string& m : Mutations(d.text, static_cast<uint32_t>(i))) ExpectInvariants(d.name + " mutated", m);
    }
    sentences += Segment(d.text).sentences.size();
  }
  EXPECT_GT(sentences, 10000u);
}

TEST(InvariantsTest, CheckerRejectsBrokenSegmentations) {
  std::string_view text = "It fell. \u201cThen it rose,\u201d he said.";
  Segmentation good = Segment(text);
  ASSERT_TRUE(CheckSegmentation(text, good).ok());
  ASSERT_GE(good.sentences.size(), 2u);
  ASSERT_FALSE(good.quotes.empty());

  struct Breakage {
    const char* name;
    void (*apply)(Segmentation*);
  };
  const Breakage kBreakages[] = {
      {"overlapping sentences", [](Segmentation* s) { s->sentences[1].span.start -= 3; }},
      {"sentence ending on a space", [](Segmentation* s) { s->sentences[0].span.end += 1; }},
      {"token outside text", [](Segmentation* s) { s->tokens.back().span.end += 100; }},
      {"tokens not partitioned", [](Segmentation* s) { s->sentences[1].token_begin += 1; }},
      {"wrong quote depth", [](Segmentation* s) { s->quotes[0].depth = 1; }},
      {"quote inner outside span", [](Segmentation* s) { s->quotes[0].inner.end = s->quotes[0].span.end + 1; }},
      {"sentence in no paragraph", [](Segmentation* s) { s->sentences[1].paragraph = 7; }},
      {"empty token", [](Segmentation* s) { s->tokens[0].span.end = s->tokens[0].span.start; }},
  };
  for (const Breakage& b : kBreakages) {
    SCOPED_TRACE(b.name);
    Segmentation broken = good;
    b.apply(&broken);
    EXPECT_FALSE(CheckSegmentation(text, broken).ok());
  }
}

}  // namespace
}  // namespace crosscheck
