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

TEST(WordTableTest, EveryLengthMatchesOnlyItsOwnBytes) {
  // Words of 1 to 20 bytes and, for each, the same word with one byte
  // changed at every position: the inline comparison (overlapping loads up
  // to 16 bytes, memcmp beyond) must tell them apart.
  std::vector<std::string> words;
  for (size_t n = 1; n <= 20; ++n) {
    std::string w;
    for (size_t k = 0; k < n; ++k) w.push_back(static_cast<char>('a' + (k * 7 + n) % 26));
    words.push_back(w);
  }
  WordTable t;
  for (size_t i = 0; i < words.size(); ++i) t.Add(words[i], static_cast<uint32_t>(i + 1));
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(t.Find(words[i]), i + 1) << words[i];
    for (size_t k = 0; k < words[i].size(); ++k) {
      std::string near = words[i];
      near[k] = near[k] == 'z' ? 'y' : static_cast<char>(near[k] + 1);
      EXPECT_EQ(t.Find(near), 0u) << near;
    }
    EXPECT_EQ(t.Find(words[i].substr(1)), 0u) << words[i];  // one byte shorter: never a listed word
  }
}

}  // namespace
}  // namespace crosscheck
