#include "core/optional_double.h"

#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <vector>

namespace crosscheck {
namespace {

// Every comparison answers as std::optional<double>'s does, for values and
// nones on either side, mixed with plain doubles and std::optional.
TEST(OptionalDoubleTest, ComparesAsStdOptional) {
  const std::vector<std::optional<double>> values = {std::nullopt, -1.5, 0.0, -0.0, 2.0,
                                                     std::numeric_limits<double>::infinity()};
  for (const auto& a : values) {
    for (const auto& b : values) {
      const OptionalDouble x(a), y(b);
      EXPECT_EQ(x == y, a == b);
      EXPECT_EQ(x != y, a != b);
      EXPECT_EQ(x < y, a < b);
      EXPECT_EQ(x <= y, a <= b);
      EXPECT_EQ(x > y, a > b);
      EXPECT_EQ(x >= y, a >= b);
      EXPECT_EQ(x == b, a == b);
      EXPECT_EQ(a == y, a == b);
      EXPECT_EQ(x < b, a < b);
      EXPECT_EQ(a < y, a < b);
      if (b) {
        EXPECT_EQ(x == *b, a == *b);
        EXPECT_EQ(x < *b, a < *b);
        EXPECT_EQ(*b < x, *b < a);
      }
    }
    EXPECT_EQ(OptionalDouble(a) == std::nullopt, a == std::nullopt);
  }
}

TEST(OptionalDoubleTest, HoldsAValueOrNoneInEightBytes) {
  static_assert(sizeof(OptionalDouble) == sizeof(double));
  OptionalDouble x;
  EXPECT_FALSE(x.has_value());
  EXPECT_FALSE(static_cast<bool>(x));
  EXPECT_EQ(x.value_or(7), 7);
  EXPECT_THROW((void)x.value(), std::bad_optional_access);
  x = 3.5;
  EXPECT_TRUE(x);
  EXPECT_EQ(*x, 3.5);
  EXPECT_EQ(x.value(), 3.5);
  *x += 1;
  EXPECT_EQ(*x, 4.5);
  std::optional<double> back = x;
  EXPECT_EQ(back, 4.5);
  x = std::nullopt;
  EXPECT_FALSE(x);
  back = x;
  EXPECT_FALSE(back);
  x.emplace(-0.0);
  EXPECT_TRUE(x);
  x.reset();
  EXPECT_FALSE(x);
  // NaN is the "none" code: stored as a value, it reads back as none.
  x = std::numeric_limits<double>::quiet_NaN();
  EXPECT_FALSE(x);
}

}  // namespace
}  // namespace crosscheck
