#include "fuse/ledger_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "fuse/ledger_pair.h"
#include "fuse/ledger_places.h"

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

namespace crosscheck {
namespace {

// The entry index remembers a level's answers per key, so each level's test
// may read only fields its key holds. The model-name test without context
// words must let through every pair the full test accepts, and a place's
// "the NAME" spelling, which StoryPlaces::Match reads, is a key field.
TEST(LedgerIndexKeysTest, TestsTheIndexMakesReadOnlyTheirKeyFields) {
  Claim model;
  model.kind = "count";
  model.counted_lemma = "ak-47";
  Claim rifles;
  rifles.kind = "count";
  rifles.counted_lemma = "rifle";
  rifles.context = {Atom("ak-47"), Atom("assault")};
  std::sort(rifles.context.begin(), rifles.context.end());
  Claim rifles_elsewhere = rifles;
  rifles_elsewhere.context = {Atom("assault")};
  EXPECT_TRUE(ledger::CountedByModelName(model, rifles));
  EXPECT_TRUE(ledger::MayBeCountedByModelName(model, rifles));
  EXPECT_FALSE(ledger::CountedByModelName(rifles_elsewhere, model));
  EXPECT_TRUE(ledger::MayBeCountedByModelName(rifles_elsewhere, model));  // context not read
  Claim classed = model;
  classed.group = "fighter";
  EXPECT_FALSE(ledger::MayBeCountedByModelName(classed, rifles));
  Claim plain = model;
  plain.counted_lemma = "gun";
  EXPECT_FALSE(ledger::MayBeCountedByModelName(plain, rifles));

  Claim bay;
  bay.place = "North Bay";
  for (const char* text : {"the North Bay", "The North Bay", "the North Bay area"}) {
    bay.place_text = text;
    EXPECT_TRUE(StoryPlaces::WrittenWithThe(bay)) << text;
  }
  for (const char* text : {"North Bay", "the bay", "", "the North"}) {
    bay.place_text = text;
    EXPECT_FALSE(StoryPlaces::WrittenWithThe(bay)) << text;
  }
}

}  // namespace
}  // namespace crosscheck
