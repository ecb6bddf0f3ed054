#include "core/int_float_map.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace crosscheck {
namespace {

TEST(IntFloatMapTest, BehavesLikeAMap) {
  IntFloatMap m;
  std::map<int, float> ref;
  std::mt19937 rng(7);
  for (int step = 0; step < 20000; ++step) {
    const int key = static_cast<int>(rng() % 3000);
    const float add = static_cast<float>(rng() % 100) / 10.0f;
    auto [value, inserted] = m.Emplace(key);
    EXPECT_EQ(inserted, ref.count(key) == 0);
    *value += add;
    ref[key] += add;
  }
  ASSERT_EQ(m.size(), ref.size());
  for (const auto& [k, v] : ref) {
    const float* f = m.Find(k);
    ASSERT_NE(f, nullptr) << k;
    EXPECT_FLOAT_EQ(*f, v);
  }
  EXPECT_EQ(m.Find(3000), nullptr);
  size_t seen = 0;
  for (const auto& [k, v] : m) {
    EXPECT_FLOAT_EQ(v, ref.at(k));
    ++seen;
  }
  EXPECT_EQ(seen, ref.size());
  m.clear();
  EXPECT_TRUE(m.empty());
  EXPECT_EQ(m.Find(1), nullptr);
  EXPECT_EQ(m.begin(), m.end());
}

}  // namespace
}  // namespace crosscheck
