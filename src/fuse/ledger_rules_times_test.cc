// The ledger rules of issue 11 on invented multi-report cases (table tests, one
// row per rule; helpers in fuse/ledger_rules_testing.h). Times and values over
// time: a date keeps its grain, an undated figure stays undated; value evidence
// by nearness, tolls 20 times another, older events (docs/LEDGER.md
// "Alignment").
#include <gtest/gtest.h>

#include "fuse/ledger_rules_testing.h"

namespace crosscheck::ledger_rules_testing {
namespace {

TEST(LedgerRulesTest, TimesKeepTheirGrainAndUndatedFiguresStayUndated) {
  auto at = [](Fig f, const char* t) {
    f.time = t;
    return f;
  };
  const Row kRows[] = {
      {"a year is the whole year: a day of it is the same time",
       {Report("a", "2014-06-01", {at(People("40 people", 40, "killed"), "2014")}),
        Report("b", "2014-06-01", {at(People("40 people", 40, "killed"), "2014-05-03")})},
       {{2, "agree", false}}},
      {"figures a year apart are different measures",
       {Report("a", "2014-06-01", {at(People("40 people", 40, "killed"), "2013")}),
        Report("b", "2014-06-01", {at(People("40 people", 40, "killed"), "2014-05-03")})},
       {{1, "single", false}, {1, "single", false}}},
      {"an undated figure in a late report still lines up",
       {Report("a", "2014-01-05", {at(People("40 people", 40, "killed"), "2014-01-04")}),
        Report("b", "2014-06-30", {People("40 people", 40, "killed")})},
       {{2, "agree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A sum dated on its report's own day or the week before is dated by the
// telling ("released returns on Friday showing they paid $43 million"):
// that date does not keep it apart from the same sum over a period
// (Aligner::Score, TellingDate). A date of its own months away still does,
// and a toll keeps its date.
TEST(LedgerRulesTest, AStaticFiguresDateOfTheTellingSetsItApartFromNoPeriod) {
  auto at = [](Fig f, const char* t) {
    f.time = t;
    return f;
  };
  const Row kRows[] = {
      {"a sum dated on its report's day meets the same sum over 2007-2014",
       {Report("a", "2015-07-31", {at(Money("$43.9 million", 43.9e6, "federal tax"), "2007-01-01/2014-01-01")}),
        Report("b", "2015-07-31", {at(Money("$43.9 million", 43.9e6, "federal tax"), "2015-07-31")})},
       {{2, "agree", false}}},
      {"a sum dated the Friday before its report meets it too",
       {Report("a", "2015-08-02", {at(Money("$43.9 million", 43.9e6, "federal tax"), "2007-01-01/2014-01-01")}),
        Report("b", "2015-08-02", {at(Money("$43.9 million", 43.9e6, "federal tax"), "2015-07-31")})},
       {{2, "agree", false}}},
      {"a sum dated months before its report is of its own time",
       {Report("a", "2015-07-31", {at(Money("$43.9 million", 43.9e6, "federal tax"), "2007-01-01/2014-01-01")}),
        Report("b", "2015-07-31", {at(Money("$43.9 million", 43.9e6, "federal tax"), "2015-03-02")})},
       {{1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// Value evidence measured, not matched: near bands line up thin figures, a
// vague band is compared from its edge, a toll 20 times another at one time
// is another toll, and a toll dated a year before the other's report
// recalls an older event; a vague word agrees with a figure within its
// order of magnitude.
TEST(LedgerRulesTest, ValuesNearFarAndOlderEvents) {
  auto magnitude = [](const char* text, double v) {
    Fig f = F(text, v, v - 0.05, v + 0.05, "", "", "", "");
    f.kind = "magnitude";
    f.unit = "magnitude";
    return f;
  };
  auto at = [](Fig f, const char* t) {
    f.time = t;
    return f;
  };
  const Row kRows[] = {
      {"magnitudes 5.9 and 6.1 from two agencies are near: one measure, in dispute",
       {Report("a", "", {magnitude("a 5.9 magnitude quake", 5.9)}),
        Report("b", "", {magnitude("a magnitude 6.1 quake", 6.1)})},
       {{2, "disagree", false}}},
      {"magnitudes 5.9 and 7.6 are not near: two measures",
       {Report("a", "", {magnitude("a 5.9 magnitude quake", 5.9)}),
        Report("b", "", {magnitude("a magnitude 7.6 quake", 7.6)})},
       {{1, "single", false}, {1, "single", false}}},
      {"five killed and 168,000 killed in one undated story are two tolls",
       {Report("a", "", {People("five people", 5, "killed")}),
        Report("b", "", {People("168,000 people", 168000, "killed")})},
       {{1, "single", false}, {1, "single", false}}},
      {"a toll that rises eightfold over days is still one toll",
       {Report("a", "2012-08-11", {People("five people", 5, "killed")}),
        Report("b", "2012-08-14", {People("41 people", 41, "killed")})},
       {{2, "agree", true}}},
      {"a figure of 2013 and one of 2014 are of two periods, however close their ends",
       {Report("a", "2016-12-15", {at(F("500 million accounts", 5e8, 5e8, 5e8, "accounts", "account", "", ""), "2014")}),
        Report("b", "2016-12-15",
               {at(F("500 million accounts", 5e8, 5e8, 5e8, "accounts", "account", "", ""), "2013-12-30")})},
       {{1, "single", false}, {1, "single", false}}},
      {"a toll dated 2003 beside an undated toll reported in 2012 is an older event",
       {Report("a", "2012-08-12", {at(People("26,000 people", 26000, "killed"), "2003")}),
        Report("b", "2012-08-12", {People("250 people", 250, "killed")})},
       {{1, "single", false}, {1, "single", false}}},
      {"bank employees killed and victims killed: two descriptions of the people in one state",
       {Report("a", "", {F("three bank employees", 3, 3, 3, "employees", "employee", "", "killed")}),
        Report("b", "", {F("the three victims", 3, 3, 3, "victims", "victim", "", "killed")})},
       {{2, "agree", false}}},
      {"employees and victims in no state stay apart: nothing says they are the same people",
       {Report("a", "", {F("three bank employees", 3, 3, 3, "employees", "employee", "", "")}),
        Report("b", "", {F("the three victims", 3, 3, 3, "victims", "victim", "", "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'thousands' and '14,000' at one time agree: a vague word names an order of magnitude",
       {Report("a", "", {F("thousands of people", 2000, 2000, 9000, "people", "people", "person", "displaced")}),
        Report("b", "", {People("14,000 people", 14000, "displaced")})},
       {{2, "agree", false}}},
      {"'dozens' and '249' at one time disagree: past ten times its low end",
       {Report("a", "", {F("dozens of people", 24, 24, 99, "people", "people", "person", "injured")}),
        Report("b", "", {People("249 people", 249, "injured")})},
       {{2, "disagree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// Two values of one report at two times may be one count moving, but only
// readings the report has seen: a figure whose own time begins after the
// report's day is a target or a forecast ("2,383 delegates needed at the
// convention in July" in a May report), and stays apart from the count the
// report gives now (Aligner::Score, "one report, two values").
TEST(LedgerRulesTest, OneReportsForecastIsNoReadingOfASeries) {
  auto at = [](Fig f, const char* t) {
    f.time = t;
    return f;
  };
  auto delegates = [](const char* text, double v) {
    return F(text, v, v, v, "delegates", "delegate", "", "");
  };
  const Row kRows[] = {
      {"a count at a time after the report's day stays apart from today's",
       {Report("a", "2016-05-05", {at(delegates("2,383 delegates", 2383), "2016-07"), delegates("2,205 delegates", 2205)})},
       {{1, "single", false}, {1, "single", false}}},
      {"two counts the report dates in its past may be one count moving",
       {Report("a", "2016-05-05", {at(People("12 people", 12, "killed"), "2016-05-02"), People("40 people", 40, "killed")})},
       {{2, "single", true}}},
  };
  for (const Row& r : kRows) Check(r);
}

}  // namespace
}  // namespace crosscheck::ledger_rules_testing
