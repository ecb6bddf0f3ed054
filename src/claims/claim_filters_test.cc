// Figures that are no measure of the story (claims/claim_filters.h): a
// name's number ("World War Two"), a count glued to a participle
// ("six-pointed"), "one" in an idiom, a capitalised duration that is a
// title ("60 Minutes"), a small definite count pointing back at named
// ones, a magnitude bounding a count of quakes, a number inside a date;
// and a surname after an initial or title, which is no state
// (claims/claim_testing.h builds the layers by hand).
#include <gtest/gtest.h>

#include "claims/claim.h"
#include "claims/claim_testing.h"

namespace crosscheck {
namespace {

using namespace claim_testing;

// A capitalised number word closing a name in running text ("World War
// Two", "Air Force One") is the name's, no count; a count opening a
// sentence, or in a title-case headline ("Police Say Two Killed"), keeps
// its reading.
TEST(ClaimTest, ACapitalisedNumberWordClosingANameIsNoCount) {
  Built b = Build(
      "Britain has relied on the alliance since World War Two. Air Force One landed at noon. Two men were "
      "hurt.\n\nPolice Say Two Killed In Crash",
      "2016-05-10", {{"Two", "", 2}, {"One", "", 1}, {"Two men", "men", 2}, {"Two", "", 2}});
  ASSERT_EQ(b.claims.size(), 4u);
  EXPECT_EQ(b.claims[0].measure, "");
  EXPECT_EQ(b.claims[1].measure, "");
  EXPECT_NE(b.claims[2].measure, "");
  EXPECT_EQ(b.claims[3].state, "killed");
  EXPECT_NE(b.claims[3].measure, "");
}

// A count glued by a hyphen to a participle adjective ("a six-pointed
// star", "a two-pronged plan") is an attribute of the noun, no count; a
// count of a noun the hyphen does not glue keeps its measure.
TEST(ClaimTest, ACountGluedToAParticipleIsAnAttribute) {
  Built b = Build(
      "The banner showed a six-pointed star over the gate. Councilor Brenna Odell unveiled a two-pronged plan. "
      "Four trucks were damaged and six-wheeled carts were seized.",
      "2016-07-05",
      {{"six", "pointed", 6}, {"two", "pronged", 2}, {"Four trucks", "trucks", 4}, {"six", "wheeled", 6}});
  ASSERT_EQ(b.claims.size(), 4u);
  EXPECT_EQ(b.claims[0].measure, "");
  EXPECT_EQ(b.claims[1].measure, "");
  EXPECT_NE(b.claims[2].measure, "");
  EXPECT_EQ(b.claims[3].measure, "");
}

// "one" opening an adverbial ("at one point", "on one hand") or the
// reciprocal "one another" counts nothing; "one point" scored does.
TEST(ClaimTest, OneInAnIdiomIsNoCount) {
  Built b = Build(
      "Mayor Dalia Forsyth at one point called the councilor a liar. The rivals need one another. Halvorsen "
      "won by one point in the final count.",
      "2016-07-06",
      {{"one point", "", 1, QuantityKind::kMeasure, "pt"}, {"one", "another", 1},
       {"one point", "", 1, QuantityKind::kMeasure, "pt"}});
  ASSERT_EQ(b.claims.size(), 3u);
  EXPECT_EQ(b.claims[0].measure, "");
  EXPECT_EQ(b.claims[1].measure, "");
  EXPECT_NE(b.claims[2].measure, "");
}

// A duration with a capitalised unit inside running text is a title's
// number ("on 60 Minutes.", "called 30 Years of Quarrels"); a lower-case
// unit, or a title-case headline, keeps its length.
TEST(ClaimTest, ACapitalisedDurationInRunningTextIsATitle) {
  Built b = Build(
      "President Ilse Varga backed the plan in an interview on 60 Minutes last night. She wrote a memoir "
      "called 30 Years of Quarrels. She served 30 years in the senate.\n\nHostage Held For 30 Hours In "
      "Cellar\n\nDeal Reopens Government for 3 Weeks",
      "2016-07-07",
      {{"60 Minutes", "", 60, QuantityKind::kMeasure, "min"}, {"30 Years", "", 30, QuantityKind::kMeasure, "yr"},
       {"30 years", "", 30, QuantityKind::kMeasure, "yr"}, {"30 Hours", "", 30, QuantityKind::kMeasure, "h"},
       {"3 Weeks", "", 3, QuantityKind::kMeasure, "wk"}});
  ASSERT_EQ(b.claims.size(), 5u);
  EXPECT_EQ(b.claims[0].kind, "duration");
  EXPECT_EQ(b.claims[0].measure, "");
  EXPECT_EQ(b.claims[1].measure, "");
  EXPECT_NE(b.claims[2].measure, "");
  EXPECT_NE(b.claims[3].measure, "");
  EXPECT_NE(b.claims[4].measure, "");
  // Any unit, not only time: a band's name ("98 Degrees") is no temperature.
  Built c = Build("Her walls are plastered with Dirty Dancing, 98 Degrees and Justin Timberlake posters. It was 98 "
                  "degrees in the shade.",
                  "2016-05-09",
                  {{"98 Degrees", "", 98, QuantityKind::kMeasure, "deg"},
                   {"98 degrees", "", 98, QuantityKind::kMeasure, "deg"}});
  ASSERT_EQ(c.claims.size(), 2u);
  EXPECT_EQ(c.claims[0].measure, "");
  EXPECT_NE(c.claims[1].measure, "");
}

// A small definite count in no state that restates no figure of the report
// points back at ones already named ("The two men", "the two were"); "all
// three polls" sums up and keeps its measure; a definite count restating a toll stays a restatement, one
// whose value the report gave before ("Four jurors held out. The four
// holdouts") keeps its reading, and one past the limit ("the 12 jurors")
// keeps its measure.
TEST(ClaimTest, ASmallDefiniteCountPointingBackIsNoMeasure) {
  Built b = Build(
      "Arlo Pettit met Rhea Quist on Tuesday. The two men represent different visions. Police said the two "
      "were friends. The margin of error for all three polls was small. Five people were killed. The five "
      "victims were named. The 12 jurors left the room. Four jurors held out. The four holdouts left. The "
      "three-time champion Ida Brandt retired.",
      "2016-05-12",
      {{"two", "men", 2}, {"two", "", 2}, {"three", "polls", 3}, {"Five people", "people", 5},
       {"five", "victims", 5}, {"12", "jurors", 12}, {"Four jurors", "jurors", 4}, {"four", "holdouts", 4},
       {"three", "time", 3}});
  ASSERT_EQ(b.claims.size(), 9u);
  EXPECT_NE(b.claims[8].measure, "");  // a compound modifier
  EXPECT_NE(b.claims[7].measure, "");  // counted before: not a back-reference
  EXPECT_EQ(b.claims[0].measure, "");
  EXPECT_EQ(b.claims[1].measure, "");
  EXPECT_NE(b.claims[2].measure, "");  // "all three" sums up
  EXPECT_NE(b.claims[3].measure, "");
  EXPECT_EQ(b.claims[4].restates, 3);
  EXPECT_NE(b.claims[5].measure, "");
}

// A state word that is a surname after an initial or a title ("Attorney
// General Nora J. Lynch", "Mr. Hurt") is a name, no state of a count near
// it; the same word in lower case keeps its state.
TEST(ClaimTest, ASurnameAfterAnInitialOrTitleIsNoState) {
  Built b = Build(
      "Attorney General Nora J. Lynch sits between 14 delegates. Mr. Hurt met 12 delegates. A mob in the town "
      "lynched three men.",
      "2016-07-06", {{"14 delegates", "delegates", 14}, {"12 delegates", "delegates", 12}, {"three men", "men", 3}});
  ASSERT_EQ(b.claims.size(), 3u);
  EXPECT_EQ(b.claims[0].state, "") << b.claims[0].state_word;
  EXPECT_EQ(b.claims[1].state, "") << b.claims[1].state_word;
  EXPECT_NE(b.claims[2].state, "");
}

// A magnitude that bounds a count of quakes is no quake's magnitude.
TEST(ClaimTest, AMagnitudeBoundingACountOfQuakesIsNoMeasure) {
  Built b = Build(
      "The agency recorded 842 aftershocks, including 54 aftershocks stronger than five on the Richter scale. "
      "The strongest measured 6.1 on the Richter scale.",
      "2009-01-07", {{"842 aftershocks", "aftershocks", 842}, {"54 aftershocks", "aftershocks", 54}, {"five", "", 5},
                     {"6.1", "", 6.1}});
  ASSERT_EQ(b.claims.size(), 4u);
  EXPECT_EQ(b.claims[2].kind, "magnitude");
  EXPECT_EQ(b.claims[2].measure, "");
  EXPECT_EQ(b.claims[3].kind, "magnitude");
  EXPECT_NE(b.claims[3].measure, "");
}

// A bare number inside a date is part of the date, not a count.
TEST(ClaimTest, ANumberInsideADateIsNoCount) {
  Built b = Build("The poll surveyed 1,000 voters from Oct. 8 to 10.", "2016-10-11",
                  {{"1,000 voters", "voters", 1000}, {"8 to 10", "", 10}},
                  {{"Oct. 8 to 10", "2016-10-08", "range"}});
  ASSERT_EQ(b.claims.size(), 2u);
  // The people a poll surveyed are its sample (session 28, ledger18).
  EXPECT_EQ(b.claims[0].measure, "voters (sample)");
  EXPECT_EQ(b.claims[1].measure, "");
}

}  // namespace
}  // namespace crosscheck
