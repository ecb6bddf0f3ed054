// Shingle sketches: the line structure that copy detection's page-template
// rule reads (line hashes, short lines, the line of each kept hash), and
// the containment estimate on complete and sampled sketches.
#include "fuse/minhash.h"

#include <string>

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(MinHashTest, LineHashesIgnoreCasePunctuationAndSpacing) {
  struct Row {
    const char* what;
    const char* a;
    const char* b;
    bool equal;
  };
  const Row kRows[] = {
      {"identical", "Police said the road was closed.", "Police said the road was closed.", true},
      {"case and punctuation", "Police said the road was closed.", "police said -- the road, was closed",
       true},
      {"spacing", "Police  said the\troad was closed", "Police said the road was closed", true},
      {"a word changed", "Police said the road was closed", "Police said the road was shut", false},
      {"a word added", "Police said the road was closed", "Police said the road was closed today",
       false},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.what);
    const ShingleSketch a = Sketch(row.a), b = Sketch(row.b);
    ASSERT_EQ(a.line_hashes.size(), 1u);
    ASSERT_EQ(b.line_hashes.size(), 1u);
    EXPECT_EQ(a.line_hashes[0] == b.line_hashes[0], row.equal);
  }
}

TEST(MinHashTest, LinesWithTheirShinglesAndShortFlags) {
  // Blank and punctuation-only lines hold no words and are not lines.
  const std::string text =
      "Storm hits the coast\n"                                                   // 4 words: short
      "\n  --  \n"
      "A winter storm knocked out power to thousands of homes overnight.\n"      // 11 words
      "Updated May 3\n";                                                         // 3 words: short
  const ShingleSketch s = Sketch(text);
  ASSERT_EQ(s.line_hashes.size(), 3u);
  EXPECT_EQ(s.line_shingles, (std::vector<uint32_t>{1, 7, 1}));
  EXPECT_TRUE(IsShortLine(s.line_hashes[0]));
  EXPECT_FALSE(IsShortLine(s.line_hashes[1]));
  EXPECT_TRUE(IsShortLine(s.line_hashes[2]));
  EXPECT_EQ(s.shingles, 9u);
  ASSERT_EQ(s.line_of.size(), s.hashes.size());
  std::vector<int> per_line(3, 0);
  for (uint32_t line : s.line_of) {
    ASSERT_LT(line, 3u);
    ++per_line[line];
  }
  EXPECT_EQ(per_line, (std::vector<int>{1, 7, 1}));
}

TEST(MinHashTest, ContainmentOfAnExcerpt) {
  std::string full, excerpt;
  for (int i = 0; i < 300; ++i) {
    const std::string line = "Paragraph " + std::to_string(i) + " of the long report says that " +
                             std::to_string(i * 7) + " things happened on day " +
                             std::to_string(i % 31) + ".\n";
    full += line;
    if (i < 30) excerpt += line;
  }
  const ShingleSketch a = Sketch(excerpt), b = Sketch(full);
  EXPECT_FALSE(b.complete());
  EXPECT_EQ(b.hashes.size(), 128u);
  const Overlap o = CompareSketches(a, b);
  EXPECT_GT(o.sample, 0);
  EXPECT_EQ(o.shared, o.sample);  // every sampled shingle of the excerpt is in the full text
  EXPECT_DOUBLE_EQ(CompareSketches(b, b).containment(), 1.0);
  EXPECT_EQ(CompareSketches(Sketch(""), b).sample, 0);
}

}  // namespace
}  // namespace crosscheck
