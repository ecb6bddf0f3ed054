#include "core/word_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck {
namespace {

TEST(WordTableTest, ClassesAreOredAndAbsentWordsAreZero) {
  WordTable t;
  t.Add({"said", "told"}, 1);
  t.Add("said", 4);
  EXPECT_EQ(t.Find("said"), 5u);
  EXPECT_EQ(t.Find("told"), 1u);
  EXPECT_EQ(t.Find("Said"), 0u);  // exact bytes: callers lower-case
  EXPECT_EQ(t.Find("sai"), 0u);
  EXPECT_EQ(t.Find(""), 0u);
  EXPECT_EQ(t.size(), 2u);
}

TEST(WordTableTest, GrowsAndKeepsEveryWord) {
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i));
  WordTable t;
  for (size_t i = 0; i < words.size(); ++i) t.Add(words[i], static_cast<uint32_t>(i % 7 + 1));
  ASSERT_EQ(t.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) EXPECT_EQ(t.Find(words[i]), i % 7 + 1) << words[i];
  EXPECT_EQ(t.Find("w5000"), 0u);
  EXPECT_EQ(t.Find("x1"), 0u);
}

}  // namespace
}  // namespace crosscheck
