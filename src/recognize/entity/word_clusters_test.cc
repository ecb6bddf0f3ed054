#include "recognize/entity/word_clusters.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "recognize/entity/name_text.h"

namespace crosscheck {
namespace {

TEST(WordClustersTest, FindsAddedWordsOnly) {
  WordClusters c;
  for (int i = 0; i < 3000; ++i) c.Add("w" + std::to_string(i), i % 256, i % 32);  // forces growth
  c.Add("pyongyang", 47, 20);
  struct Row {
    const char* word;
    int fine, coarse;  // -1: unknown
  };
  const Row kRows[] = {{"pyongyang", 47, 20}, {"w0", 0, 0}, {"w2999", 2999 % 256, 2999 % 32},
                       {"w3000", -1, -1},     {"", -1, -1}, {"Pyongyang", -1, -1}};
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.word);
    const uint16_t v = c.Find(HashBytes(r.word));
    if (r.fine < 0) {
      EXPECT_EQ(v, 0);
      continue;
    }
    ASSERT_NE(v, 0);
    EXPECT_EQ(WordClusters::Fine(v), r.fine);
    EXPECT_EQ(WordClusters::Coarse(v), r.coarse);
  }
  EXPECT_EQ(c.size(), 3001u);
}

TEST(WordClustersTest, LoadsFilesAndNamesBadLines) {
  struct Row {
    const char* text;
    bool ok;
    const char* error_part;
  };
  const Row kRows[] = {
      {"# comment\nkyiv\t3\t1\r\n\nlviv\t3\t1\n", true, ""},
      {"kyiv\t3\n", false, ":1: expected"},
      {"# c\nkyiv\t300\t1\n", false, ":2: cluster out of range"},
  };
  const std::string path = testing::TempDir() + "/clusters_test.tsv";
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    std::ofstream(path) << r.text;
    auto c = WordClusters::Load(path);
    ASSERT_EQ(c.ok(), r.ok);
    if (!r.ok) {
      EXPECT_NE(c.error().message.find(path + r.error_part), std::string::npos) << c.error().message;
      continue;
    }
    EXPECT_EQ(c->size(), 2u);
    EXPECT_EQ(WordClusters::Fine(c->Find(HashBytes("lviv"))), 3);
  }
  std::remove(path.c_str());
  auto missing = WordClusters::Load(path);
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(missing->size(), 0u);
}

}  // namespace
}  // namespace crosscheck
