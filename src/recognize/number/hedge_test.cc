// HedgeTable: the data file loads, the examples hold, and malformed
// rows are reported with their line.
#include "recognize/number/hedge.h"

#include <cmath>
#include <limits>
#include <optional>

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

constexpr double kOpen = std::numeric_limits<double>::quiet_NaN();

void Expect(const std::optional<double>& got, double want) {
  if (std::isnan(want)) {
    EXPECT_FALSE(got.has_value());
  } else {
    ASSERT_TRUE(got.has_value());
    EXPECT_NEAR(*got, want, 1e-9 * std::max(1.0, want));
  }
}

TEST(HedgeTable, DefaultLoads) {
  EXPECT_TRUE(HedgeTable::DefaultStatus().ok());
  EXPECT_GE(HedgeTable::Default().size(), 80u);
}

TEST(HedgeTable, TurnsFiguresIntoIntervals) {
  struct Row {
    const char* phrase;
    HedgeWhere where;
    double x, low, high, band_low, band_high, conservative;
    bool high_inclusive;
  };
  const Row kRows[] = {
      {"almost", HedgeWhere::kPre, 500, kOpen, 500, 450, 500, 450, false},
      {"nearly", HedgeWhere::kPre, 500, kOpen, 500, 450, 500, 450, false},
      {"just under", HedgeWhere::kPre, 500, kOpen, 500, 475, 500, 475, false},
      {"up to", HedgeWhere::kPre, 1000, kOpen, 1000, 500, 1000, 500, true},
      {"as many as", HedgeWhere::kPre, 1000, kOpen, 1000, 700, 1000, 700, true},
      {"at least", HedgeWhere::kPre, 500, 500, kOpen, 500, 750, 500, true},
      {"more than", HedgeWhere::kPre, 500, 500, kOpen, 500, 750, 500, true},
      {"upwards of", HedgeWhere::kPre, 500, 500, kOpen, 500, 750, 500, true},
      {"an estimated", HedgeWhere::kPre, 200, 180, 220, 180, 220, 180, true},
      {"about", HedgeWhere::kPre, 200, 180, 220, 180, 220, 180, true},
      {"some", HedgeWhere::kPre, 200, 180, 220, 180, 220, 180, true},
      {"perhaps", HedgeWhere::kPre, 100, 80, 120, 80, 120, 80, true},
      // A negative figure's band still runs from low to high (found by
      // fuse_fuzz: "~-04" gave a ledger entry from -3.6 down to -4.4).
      {"about", HedgeWhere::kPre, -4, -4.4, -3.6, -4.4, -3.6, -3.6, true},
      {"or more", HedgeWhere::kPost, 500, 500, kOpen, 500, 750, 500, true},
      {"hundreds", HedgeWhere::kVague, 0, 100, 999, 200, 900, 100, true},
      {"dozens", HedgeWhere::kVague, 0, 12, 199, 24, 96, 12, true},
      {"tens of thousands", HedgeWhere::kVague, 0, 10000, 99999, 20000, 90000, 10000, true},
  };
  const HedgeTable& t = HedgeTable::Default();
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.phrase);
    const Hedge* h = t.Find(row.phrase, row.where);
    ASSERT_NE(h, nullptr);
    Interval iv = HedgeTable::Apply(h, row.x);
    Expect(iv.low, row.low);
    Expect(iv.high, row.high);
    Expect(iv.band_low, row.band_low);
    Expect(iv.band_high, row.band_high);
    Expect(iv.conservative, row.conservative);
    if (iv.high) {
      EXPECT_EQ(iv.high_inclusive, row.high_inclusive);
    }
  }
}

TEST(HedgeTable, MatchesAroundAFigure) {
  const HedgeTable& t = HedgeTable::Default();
  std::string s = "They said an estimated 200 people, or 500 or more.";
  uint32_t start = 0;
  const Hedge* h = t.MatchBefore(s, static_cast<uint32_t>(s.find("200")), &start);
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->phrase, "an estimated");
  EXPECT_EQ(s.substr(start, 3), "an ");
  uint32_t end = 0;
  size_t p = s.find("500") + 3;
  h = t.MatchAfter(s, static_cast<uint32_t>(p), &end);
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->phrase, "or more");
  EXPECT_EQ(end, s.find('.', p));
}

// The edge words are looked up in a WordTable of views into the table's own
// strings: a copy must answer from its own strings once the original is
// gone, and a moved table from the strings it took over.
TEST(HedgeTable, CopiedAndMovedTablesMatchOnTheirOwn) {
  const std::string tsv = "nearly\tpre\tlt\t0.9,1.0)\tband_low\nor more\tpost\tge\t1.0,1.1]\tband_low\n"
                          "a few dozen\tvague\t24,60\t30,50]\t30\n";
  std::optional<HedgeTable> copy, moved;
  {
    auto original = HedgeTable::Load(tsv);
    ASSERT_TRUE(original.ok()) << original.error().message;
    copy = *original;
    HedgeTable scratch = *original;
    moved = std::move(scratch);
  }
  const std::string s = "Nearly 40 came, 50 or more left and A Few Dozen stayed.";
  for (const HedgeTable* t : {&*copy, &*moved}) {
    uint32_t at = 0;
    const Hedge* h = t->MatchBefore(s, static_cast<uint32_t>(s.find("40")), &at);
    ASSERT_NE(h, nullptr);
    EXPECT_EQ(h->phrase, "nearly");
    h = t->MatchAfter(s, static_cast<uint32_t>(s.find("50") + 2), &at);
    ASSERT_NE(h, nullptr);
    EXPECT_EQ(h->phrase, "or more");
    h = t->MatchVagueAt(s, static_cast<uint32_t>(s.find("A Few")), &at);
    ASSERT_NE(h, nullptr);
    EXPECT_EQ(h->phrase, "a few dozen");
    EXPECT_EQ(t->MatchVagueAt(s, static_cast<uint32_t>(s.find("stayed")), &at), nullptr);
  }
}

TEST(HedgeTable, ReportsBadRows) {
  auto r = HedgeTable::Load("# comment\nalmost\tpre\tlt\t0.9,1.0)\tband_low\nbad\tsideways\tlt\t1,1\tx\n", "t.tsv");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("t.tsv:3"), std::string::npos) << r.error().message;
  auto dup = HedgeTable::Load("a\tpre\tlt\t1,1\tx\na\tpre\tlt\t1,1\tx\n");
  EXPECT_FALSE(dup.ok());
  auto ok = HedgeTable::Load("a b\tpre\tapprox\t0.9,1.1]\tband_low\n");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->max_words(), 2);
}

}  // namespace
}  // namespace crosscheck
