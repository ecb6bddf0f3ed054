// The ledger rules of issue 11 on invented multi-report cases (table tests, one
// row per rule; helpers in fuse/ledger_rules_testing.h). Holders: whose figure
// it is; ages of no named person against a named person's (docs/LEDGER.md
// "Alignment").
#include <gtest/gtest.h>

#include "fuse/ledger_rules_testing.h"

namespace crosscheck::ledger_rules_testing {
namespace {

// Two ages more than a year apart, one of them of no named person, are two
// people's ages however much else the figures share ("the 76-year-old
// Pelosi" and "a 66-year-old" in one city); a named person's ages given two
// ways are still one measure in dispute.
TEST(LedgerRulesTest, AnAgeOfNoNamedPersonIsAnotherPersonsWhenItDiffers) {
  const std::vector<std::string> athens = {"Athens"};
  auto age = [](const char* text, double v, const char* holder) {
    Fig f = Money(text, v, "", "yr");
    f.kind = "age";
    f.holder = holder;
    f.place = "Athens";
    f.place_named = true;
    f.place_kind = "area";
    return f;
  };
  const Row kRows[] = {
      {"'the 76-year-old Pelosi' and 'a 66-year-old' in one place: two people",
       {Report("a", "2016-11-08", {age("76-year-old", 76, "Nancy Pelosi")}, athens),
        Report("b", "2016-11-08", {age("66-year-old", 66, "")}, athens)},
       {{1, "single", false}, {1, "single", false}}},
      {"'the 76-year-old Pelosi' and 'a 76-year-old' in one place: one age",
       {Report("a", "2016-11-08", {age("76-year-old", 76, "Nancy Pelosi")}, athens),
        Report("b", "2016-11-08", {age("76-year-old", 76, "")}, athens)},
       {{2, "agree", false}}},
      {"Pelosi at 76 and Pelosi at 74: one named person's age in dispute",
       {Report("a", "2016-11-08", {age("76-year-old", 76, "Nancy Pelosi")}, athens),
        Report("b", "2016-11-08", {age("74-year-old", 74, "Nancy Pelosi")}, athens)},
       {{2, "disagree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A share among a sub-population and a lead are measures of their own
// (closed qualifiers "among-…" and "margin", claims/frame_what.h): Romney's
// share among Tea Party supporters is not his share of the whole poll, and
// a lead of 400 delegates is not a count of 400 delegates won; two reports
// of one sub-population's share or of one lead still line up.
TEST(LedgerRulesTest, ASubPopulationsShareAndALeadAreMeasuresOfTheirOwn) {
  auto share = [](const char* text, double v, const char* qualifiers) {
    Fig f = Share(text, v, "");
    f.holder = "Mitt Romney";
    f.qualifiers = qualifiers;
    return f;
  };
  auto delegates = [](const char* text, double v, const char* qualifiers) {
    Fig f = F(text, v, v, v, "delegates", "delegate", "", "");
    f.qualifiers = qualifiers;
    return f;
  };
  const Row kRows[] = {
      {"Romney's 17 percent among Tea Party supporters and his 17 percent overall: two measures",
       {Report("a", "2011-04-07", {share("17 percent", 17, "among-tea-party-supporter")}),
        Report("b", "2011-04-07", {share("17 percent", 17, "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"Romney's share among Tea Party supporters told twice: one measure",
       {Report("a", "2011-04-07", {share("17 percent", 17, "among-tea-party-supporter")}),
        Report("b", "2011-04-07", {share("18 percent", 18, "among-tea-party-supporter")})},
       {{2, "disagree", false}}},
      {"a lead of 400 delegates and 400 delegates won: two measures",
       {Report("a", "2016-04-20", {delegates("nearly 400 delegates", 400, "margin")}),
        Report("b", "2016-04-20", {delegates("400 delegates", 400, "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"a lead of 400 delegates told twice: one measure",
       {Report("a", "2016-04-20", {delegates("400 delegates", 400, "margin")}),
        Report("b", "2016-04-20", {delegates("400 delegates", 400, "margin")})},
       {{2, "agree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

}  // namespace
}  // namespace crosscheck::ledger_rules_testing
