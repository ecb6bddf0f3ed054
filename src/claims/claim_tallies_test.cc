// Counts with sides: a vote tally's majority and minority, a win-loss
// record and its holder, a side of another record; and counts that are no
// measure of the story (a report's sources), an age limit, a ranked share
// (claims/claim_testing.h builds the layers by hand). Split from
// claim_counting_test.cc, which keeps what a figure counts.
#include <gtest/gtest.h>

#include <algorithm>

#include "claims/claim.h"
#include "claims/claim_testing.h"
#include "claims/frame.h"

namespace crosscheck {
namespace {

using namespace claim_testing;

// A count that is the subject of "said" or "told" right after its noun
// phrase counts the report's sources: no measure. A definite count ("the
// three holdouts told") and a count before another speech verb ("two men
// accused of") are people of the story.
TEST(ClaimTest, ACountOfTheReportsSourcesIsNoMeasure) {
  struct Case {
    const char* text;
    const char* figure;
    const char* counted;
    bool measure;
  };
  const Case kCases[] = {
      {"The charges were expected to include fraud, two of the people said.", "two", "people", false},
      {"Two officials said the talks had stalled.", "Two", "officials", false},
      {"Three campaign officials told investigators that he lied.", "Three", "officials", false},
      // Definite, above the back-reference limit (claims/claim_restate.h).
      {"The 12 holdouts told the other jurors they would not vote for death.", "12", "holdouts", true},
      {"Two men accused of the robbery were arrested.", "Two", "men", true},
      {"Two officials were killed in the blast.", "Two", "officials", true},
      {"The report claimed it, citing two federal law enforcement officials.", "two", "officials", false},
      {"The plan stalled, according to three people familiar with the talks.", "three", "people", false},
      {"He was sentenced for killing two people, according to the police.", "two", "people", true},
  };
  for (const Case& k : kCases) {
    SCOPED_TRACE(k.text);
    const std::string f = k.figure;
    const double value = f == "12" ? 12 : f == "three" || f == "Three" ? 3 : 2;
    Built b = Build(k.text, "2022-06-10", {{k.figure, k.counted, value}});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(!b.claims[0].measure.empty(), k.measure) << b.claims[0].measure;
  }
}

// A vote tally's sides are two measures, the majority's votes and the
// minority's (the number layer writes a tally in falling order); a count of
// votes outside a tally is neither.
TEST(ClaimTest, ATallysSidesAreTheMajorityAndTheMinority) {
  Built b = Build("It passed in a 396-9 vote. Democrats could not muster the 60 votes needed to pass it.", "2011-11-02",
                  {{"396", "vote", 396, QuantityKind::kCount, "", {}, true},
                   {"9", "vote", 9, QuantityKind::kCount, "", {}, true},
                   {"60 votes", "votes", 60}});
  ASSERT_EQ(b.claims.size(), 3u);
  EXPECT_EQ(b.claims[0].qualifiers, "majority");
  EXPECT_EQ(b.claims[1].qualifiers, "minority");
  EXPECT_EQ(b.claims[2].qualifiers, "");
  EXPECT_EQ(b.claims[0].measure.rfind("majority ", 0), 0u) << b.claims[0].measure;
  EXPECT_EQ(b.claims[1].measure.rfind("minority ", 0), 0u) << b.claims[1].measure;
  EXPECT_NE(b.claims[0].measure, b.claims[2].measure);
}

// The number layer's tallies beyond votes (recognize/number/quantity.h):
// a record's sides are its wins and its losses; a win whose sentence names
// no unit counts votes in a report of a vote or an election and a score
// otherwise, its sides the majority and the minority like a vote's.
TEST(ClaimTest, RecordsAndWinsAreTalliesWithSides) {
  struct Row {
    const char* text;
    const char* first;
    const char* second;
    const char* sides[2];
    const char* want_counted[2];
    const char* want_qualifiers[2];
  };
  const Row kRows[] = {
      {"Cheeks had a 162-139 record in Portland.", "162", "139", {"wins", "losses"}, {"wins", "losses"},
       {"wins", "losses"}},
      {"The Sixers have a 9-14 record this year.", "9", "14", {"wins", "losses"}, {"wins", "losses"},
       {"wins", "losses"}},
      {"The caucus met behind closed doors. Ms. Pelosi won, 134 to 63.", "134", "63", {"majority", "minority"},
       {"votes", "votes"}, {"majority", "minority"}},
      {"The Colts beat the Jets 31-10 on Sunday.", "31", "10", {"majority", "minority"}, {"score", "score"},
       {"majority", "minority"}},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    const bool record = std::string(r.sides[0]) == "wins";
    std::vector<QSpec> qs = {
        {r.first, record ? "wins" : "", std::stod(r.first), QuantityKind::kCount, "", {}, true, "", false, r.sides[0],
         record ? "record" : ""},
        {r.second, record ? "losses" : "", std::stod(r.second), QuantityKind::kCount, "", {}, true, "", false,
         r.sides[1], record ? "record" : ""}};
    Built b = Build(r.text, "2016-11-30", qs);
    ASSERT_EQ(b.claims.size(), 2u);
    for (int k = 0; k < 2; ++k) {
      EXPECT_EQ(b.claims[k].qualifiers, r.want_qualifiers[k]);
      EXPECT_EQ(b.claims[k].counted, r.want_counted[k]);
    }
    EXPECT_NE(b.claims[0].measure, b.claims[1].measure);
  }
}

// A record is its holder's, both sides: the name it follows in a
// parenthesis (the number layer's cue) or the subject of its verb past an
// apposition; the losses share the holder of the wins right before them.
TEST(ClaimTest, ARecordIsItsHoldersBothSides) {
  struct Row {
    const char* text;
    const char* wins;
    const char* losses;
    const char* cue;
    const char* holder;
  };
  const Row kRows[] = {
      {"Dario Velko (14-2, 9 KOs) stopped him.", "14", "2", "Velko", "Dario Velko"},
      {"Dario Velko, the challenger named by the board, fell to 20-5 on Saturday.", "20", "5", "fell",
       "Dario Velko"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    std::vector<QSpec> qs = {
        {r.wins, "", std::stod(r.wins), QuantityKind::kCount, "", {}, true, "", false, "wins", ""},
        {r.losses, "", std::stod(r.losses), QuantityKind::kCount, "", {}, true, "", false, "losses", ""}};
    Built b = Build(r.text, "2016-11-30", qs);
    for (Quantity& q : b.quantities) {
      q.counted = q.tally_side;  // the number layer's record: counted "wins" / "losses" at its cue
      q.counted_span = Find(r.text, r.cue);
    }
    AddEntities(b, EntityType::kPerson, {"Dario Velko"});
    ASSERT_EQ(b.claims.size(), 2u);
    EXPECT_EQ(b.claims[0].holder, r.holder);
    EXPECT_EQ(b.claims[1].holder, r.holder);
  }
}

// One side of a record said again restates it; the same side of another
// record (its other side differs) is another measure that shares a value.
TEST(ClaimTest, ASideOfAnotherRecordRestatesNothing) {
  struct Row {
    const char* text;
    const char* figures[4];
    int want_restates;
  };
  const Row kRows[] = {
      {"Velko had a 14-3 record. Marsh had a 9-3 record.", {"14", "3", "9", "3"}, -1},
      {"Velko had a 14-3 record. His 14-3 record stands.", {"14", "3", "14", "3"}, 1},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    std::vector<QSpec> qs;
    for (int k = 0; k < 4; ++k)
      qs.push_back({r.figures[k], "", std::stod(r.figures[k]), QuantityKind::kCount, "", {}, true, "", false,
                    k % 2 ? "losses" : "wins", "record"});
    Built b = Build(r.text, "2016-11-30", qs);
    ASSERT_EQ(b.claims.size(), 4u);
    EXPECT_EQ(b.claims[3].restates, r.want_restates);
  }
}

// A bound right after a noun of people ("adults over 21") is their age
// limit: an age of that noun, no count borrowing an earlier noun.
TEST(ClaimTest, ABoundAfterPeopleIsTheirAgeLimit) {
  Built b = Build("Two states sued. The measure allows marijuana for adults over 21.", "2014-12-18",
                  {{"Two states", "states", 2},
                   {"over 21", "", 21, QuantityKind::kCount, "", {}, false, "over"}});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[1].kind, "age");
  EXPECT_EQ(b.claims[1].counted, "adults");
  EXPECT_EQ(b.claims[1].measure, "age of adults");
}

// A share after top, bottom, richest, wealthiest or poorest names a group
// of people by rank: no measure. A rate keeps its measure.
TEST(ClaimTest, ARankedShareNamesAGroupNotARate) {
  Built b = Build("The plan raises rates for the top 2 percent, and growth may reach 2.1 percent.", "2012-12-09",
                  {{"2 percent", "", 2, QuantityKind::kPercent, "%"}, {"2.1 percent", "", 2.1, QuantityKind::kPercent, "%"}});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[0].measure, "");
  EXPECT_NE(b.claims[1].measure, "");
}

}  // namespace
}  // namespace crosscheck
