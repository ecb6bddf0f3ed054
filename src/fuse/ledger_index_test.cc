#include "fuse/ledger_index.h"

#include <gtest/gtest.h>

#include <vector>

#include "fuse/ledger_pair.h"

namespace crosscheck {
namespace {

Claim Make(std::string kind, std::string state) {
  Claim c;
  c.kind = std::move(kind);
  c.state = std::move(state);
  return c;
}

TEST(EntryIndexTest, FindsEveryCompatibleEntryInOrderAndNoOther) {
  // Level 1: equal kinds; level 2: states equal or either empty.
  EntryIndex index({
      {[](const Claim& c) { return c.kind; }, [](const Claim& a, const Claim& b) { return a.kind == b.kind; }},
      {[](const Claim& c) { return c.state; },
       [](const Claim& a, const Claim& b) { return a.state.empty() || b.state.empty() || a.state == b.state; }},
  });
  std::vector<Claim> founders = {Make("count", "killed"), Make("money", ""),   Make("count", ""),
                                 Make("count", "killed"), Make("count", "injured"), Make("money", "")};
  for (size_t i = 0; i < founders.size(); ++i) index.Add(founders[i], static_cast<int>(i));
  struct Case {
    Claim query;
    std::vector<int> want;
  };
  std::vector<Case> cases = {
      {Make("count", "killed"), {0, 2, 3}},
      {Make("count", ""), {0, 2, 3, 4}},
      {Make("count", "injured"), {2, 4}},
      {Make("money", "killed"), {1, 5}},
      {Make("percent", ""), {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.query.kind + "/" + c.query.state);
    std::vector<int> got = {99};
    index.Find(c.query, &got);
    EXPECT_EQ(got, c.want);
  }
}

// A newcomer whose key was seen before is answered from the node's memory:
// the same entries, in the same order, as a scan that tests every node,
// with no test run twice for one key; nodes added since are tested then.
TEST(EntryIndexTest, ANewcomersKeyIsTestedOnceAgainstEachNode) {
  int tests = 0;
  EntryIndex index({
      {[](const Claim& c) { return c.kind; },
       [&](const Claim& a, const Claim& b) {
         ++tests;
         return a.kind == b.kind;
       }},
      {[](const Claim& c) { return c.state; },
       [&](const Claim& a, const Claim& b) {
         ++tests;
         return a.state.empty() || b.state.empty() || a.state == b.state;
       }},
  });
  std::vector<Claim> founders = {Make("count", "killed"), Make("count", ""), Make("money", "")};
  for (size_t i = 0; i < founders.size(); ++i) index.Add(founders[i], static_cast<int>(i));
  std::vector<int> got;
  index.Find(Make("count", "killed"), &got);
  EXPECT_EQ(got, (std::vector<int>{0, 1}));
  const int first = tests;
  EXPECT_EQ(first, 4);  // two kinds, then the two states of "count"
  index.Find(Make("count", "killed"), &got);
  EXPECT_EQ(got, (std::vector<int>{0, 1}));
  EXPECT_EQ(tests, first);  // all remembered
  // A new state node under "count": only it is tested for the old key.
  Claim injured = Make("count", "injured");
  index.Add(injured, 3);
  index.Find(Make("count", "killed"), &got);
  EXPECT_EQ(got, (std::vector<int>{0, 1}));
  EXPECT_EQ(tests, first + 1);
  // Another key is tested afresh, and answered as a scan would.
  index.Find(Make("count", ""), &got);
  EXPECT_EQ(got, (std::vector<int>{0, 1, 3}));
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// A candidate holds each distinct value once (the evidence is a best or a
// worst over its values) and counts every value offered, repeats included.
TEST(LedgerValuesTest, AddValueKeepsEachValueOnceAndCountsThemAll) {
  ledger::ValueRef forty{.value = 40, .lo = 38, .hi = 42};
  ledger::ValueRef thousand{.value = 1000, .lo = 950, .hi = 1050};
  ledger::ValueRef thousand_later = thousand;
  thousand_later.first = thousand_later.last = 19000;  // another day: another value
  std::vector<ledger::ValueRef> values;
  size_t count = 0;
  for (int i = 0; i < 1000; ++i) ledger::AddValue(forty, &values, &count);
  ledger::AddValue(thousand, &values, &count);
  ledger::AddValue(thousand_later, &values, &count);
  ledger::AddValue(forty, &values, &count);
  EXPECT_EQ(count, 1003u);
  ASSERT_EQ(values.size(), 3u);
  EXPECT_EQ(values[0], forty);  // its own value stays first
  EXPECT_EQ(values[1], thousand);
  EXPECT_EQ(values[2], thousand_later);
}

}  // namespace
}  // namespace crosscheck
