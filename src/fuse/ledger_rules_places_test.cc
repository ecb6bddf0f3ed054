// The ledger rules of issue 11 on invented multi-report cases (table tests, one
// row per rule; helpers in fuse/ledger_rules_testing.h). Places: a figure
// without a place takes the story's; places are compared by containment
// (district, city, region, country), regions the table lacks, and the story's
// most specific place (docs/LEDGER.md "Places").
#include <gtest/gtest.h>

#include "fuse/ledger_rules_testing.h"

namespace crosscheck::ledger_rules_testing {
namespace {

TEST(LedgerRulesTest, PlacesAreComparedByContainmentAndTheStorysPlace) {
  const std::vector<std::string> athens = {"Athens"};
  const Row kRows[] = {
      {"a figure with no place takes the story's place",
       {Report("a", "2010-05-05", {People("three people", 3, "killed")}, athens),
        Report("b", "2010-05-05", {People("three people", 3, "killed", "Athens")}, athens)},
       {{2, "agree", false, "2 sources agree"}}},
      {"a place inside another is the same place",
       {Report("a", "2010-05-05", {People("three people", 3, "killed", "Attica")}, athens),
        Report("b", "2010-05-05", {People("three people", 3, "killed", "Athens")}, athens)},
       {{2, "agree", false}}},
      {"a figure elsewhere stays apart from the story's",
       {Report("a", "2010-05-05", {People("20,000 people", 20000, "displaced")}, athens),
        Report("b", "2010-05-05", {People("20,000 people", 20000, "displaced", "Thessaloniki")}, athens)},
       {{1, "single", false}, {1, "single", false}}},
      {"two towns of one region may be one scene",
       {Report("a", "2010-05-05", {People("two people", 2, "injured", "Piraeus")}, athens),
        Report("b", "2010-05-05", {People("two people", 2, "injured", "Athens")}, athens)},
       {{2, "agree", false}}},
      {"two villages the table does not know may both lie in the story's area",
       {Report("a", "2010-05-05", {People("five people", 5, "injured", "Zinbi")}, athens),
        Report("b", "2010-05-06", {People("two people", 2, "injured", "Dargahan")}, athens)},
       {{2, "disagree", false}}},
      {"a name written with 'the' that the table knows only as a town is a region it lacks",
       {Report("a", "2010-05-05", {InText(People("three people", 3, "injured", "North Bay"), "the North Bay")}, athens),
        Report("b", "2010-05-05", {People("three people", 3, "injured", "Athens")}, athens)},
       {{2, "agree", false}}},
      {"the same name without 'the' is the town, elsewhere",
       {Report("a", "2010-05-05", {InText(People("three people", 3, "injured", "North Bay"), "North Bay")}, athens),
        Report("b", "2010-05-05", {People("three people", 3, "injured", "Athens")}, athens)},
       {{1, "single", false}, {1, "single", false}}},
      {"two towns the table places in different regions stay apart",
       {Report("a", "2010-05-05", {People("9 people", 9, "injured", "Thessaloniki")}, athens),
        Report("b", "2010-05-05", {People("9 people", 9, "injured", "Athens")}, athens)},
       {{1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

TEST(LedgerRulesTest, StoryPlacesPreferTheMostSpecificPlace) {
  std::vector<DocAnalysis> docs = {Report("a", "", {}, {"Greece", "Athens"}), Report("b", "", {}, {"Greece", "Athens"}),
                                   Report("c", "", {}, {"Thessaloniki"})};
  StoryPlaces places(docs, {0, 1, 2}, Places());
  EXPECT_EQ(places.dominant(), "Athens");
  ASSERT_EQ(places.story_places().size(), 1u);
  EXPECT_EQ(places.story_places()[0], "Athens");
}

}  // namespace
}  // namespace crosscheck::ledger_rules_testing
