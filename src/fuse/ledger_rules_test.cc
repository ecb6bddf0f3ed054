// The ledger rules of issue 11 on invented multi-report cases, one row per
// rule (docs/LEDGER.md): places by containment and the story's place, time
// grain, counted-noun neighbours, qualifiers, sums and measures, rounding,
// updates by report time, static attributes, one voice per source, a wide
// band that does not absorb an increase, restatements listed, and the why.
#include <gtest/gtest.h>

#include "fuse/ledger.h"
#include "fuse/ledger_agreement.h"
#include "fuse/ledger_places.h"
#include "fuse/ledger_test_util.h"

namespace crosscheck {
namespace {

using testing::Fig;
using testing::MakeReport;

// A small place table: Greece > Attica > Athens, Piraeus; Central Macedonia
// > Thessaloniki; a town in Canada, North Bay.
const PlaceHierarchy& Places() {
  static const PlaceHierarchy* h = [] {
    auto r = PlaceHierarchy::FromText(
        "athens\tGR.31.@\nattica\tGR.31\ncentral macedonia\tGR.12\ngreece\tGR\nnorth bay\tCA.08.3548.@\npiraeus\tGR.31.@\n"
        "thessaloniki\tGR.12.@\n",
        "test");
    EXPECT_TRUE(r.ok());
    return new PlaceHierarchy(std::move(r).value());
  }();
  return *h;
}

// A figure: `text` with its value and likely band, counting `counted`
// (lemma, class) in `state` at `place` (a named place the table may know).
Fig F(const std::string& text, double v, double lo, double hi, const std::string& counted, const std::string& lemma,
      const std::string& group, const std::string& state, const std::string& place = "") {
  Fig f;
  f.text = text;
  f.value = v;
  f.band_low = lo;
  f.band_high = hi;
  f.counted = counted;
  f.lemma = lemma;
  f.group = group;
  f.state = state;
  f.place = place;
  f.place_named = !place.empty();
  f.place_kind = place.empty() ? "" : "area";
  return f;
}

Fig People(const std::string& text, double v, const std::string& state, const std::string& place = "") {
  return F(text, v, v, v, "people", "people", "person", state, place);
}

Fig With(Fig f, void (*edit)(Fig*)) {
  edit(&f);
  return f;
}

// A report whose text names `places` (location entities), so the story has
// a place of its own.
DocAnalysis Report(const std::string& id, const std::string& date, const std::vector<Fig>& figs,
                   const std::vector<std::string>& places = {}, const std::string& source = "") {
  DocAnalysis a = MakeReport(id, source.empty() ? id : source, date, figs);
  for (const std::string& p : places) {
    Entity e;
    e.type = EntityType::kLocation;
    e.name = p;
    a.entities.push_back(e);
  }
  return a;
}

struct Want {
  size_t claims;             // judged figures of the entry
  std::string agreement;
  bool evolving;
  std::string why_has = "";  // a substring of the why
  size_t restatements = 0;
};

struct Row {
  std::string rule;
  std::vector<DocAnalysis> docs;
  std::vector<Want> want;  // entries in order
};

void Check(const Row& row) {
  SCOPED_TRACE(row.rule);
  std::vector<int> story;
  for (size_t i = 0; i < row.docs.size(); ++i) story.push_back(static_cast<int>(i));
  LedgerOptions o;
  o.places = &Places();
  std::vector<LedgerEntry> got = BuildLedger(row.docs, story, std::vector<int>(row.docs.size(), -1), o);
  std::string listing;
  for (const LedgerEntry& e : got)
    listing += e.measure + " (" + std::to_string(e.claims.size()) + ", " + e.agreement + (e.evolving ? ", evolving" : "") +
               "): " + e.why + "\n";
  SCOPED_TRACE(listing);
  ASSERT_EQ(got.size(), row.want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    SCOPED_TRACE("entry " + std::to_string(i));
    EXPECT_EQ(got[i].claims.size(), row.want[i].claims);
    EXPECT_EQ(got[i].agreement, row.want[i].agreement);
    EXPECT_EQ(got[i].evolving, row.want[i].evolving);
    EXPECT_EQ(got[i].restatements.size(), row.want[i].restatements);
    EXPECT_NE(got[i].why.find(row.want[i].why_has), std::string::npos) << got[i].why;
  }
}

Fig InText(Fig f, const std::string& place_text) {
  f.place_text = place_text;
  return f;
}

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

TEST(LedgerRulesTest, CountedNounsMatchByWordNetNeighbourhoodAndQualifiers) {
  auto nat = [](Fig* f) { f->qualifiers = "ukrainian"; };
  auto critical = [](Fig* f) { f->qualifiers = "critical"; };
  auto more = [](Fig* f) { f->qualifiers = "more"; };
  const Row kRows[] = {
      {"residents and inhabitants",
       {Report("a", "2014-06-01", {F("300 residents", 300, 300, 300, "residents", "resident", "civilian", "displaced")}),
        Report("b", "2014-06-01", {F("300 inhabitants", 300, 300, 300, "inhabitants", "inhabitant", "civilian", "displaced")})},
       {{2, "agree", false}}},
      {"gunmen and attackers",
       {Report("a", "2014-06-01", {F("four gunmen", 4, 4, 4, "gunmen", "gunman", "", "killed")}),
        Report("b", "2014-06-01", {F("four attackers", 4, 4, 4, "attackers", "attacker", "", "killed")})},
       {{2, "agree", false}}},
      {"troops and soldiers (override table)",
       {Report("a", "2014-06-01", {F("2,000 troops", 2000, 2000, 2000, "troops", "troop", "combatant", "sheltering")}),
        Report("b", "2014-06-01", {F("2,000 soldiers", 2000, 2000, 2000, "soldiers", "soldier", "combatant", "sheltering")})},
       {{2, "agree", false}}},
      {"civilians and soldiers never meet",
       {Report("a", "2014-06-01", {F("200 civilians", 200, 200, 200, "civilians", "civilian", "civilian", "killed")}),
        Report("b", "2014-06-01", {F("200 soldiers", 200, 200, 200, "soldiers", "soldier", "combatant", "killed")})},
       {{1, "single", false}, {1, "single", false}}},
      {"a bare 'people' does not collect counts of things",
       {Report("a", "2014-06-01", {F("12 people", 12, 12, 12, "people", "people", "person", "")}),
        Report("b", "2014-06-01", {F("12 bridges", 12, 12, 12, "bridges", "bridge", "", "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"severity changes the measure",
       {Report("a", "2014-06-01", {People("12 people", 12, "injured")}),
        Report("b", "2014-06-01", {With(People("12 people", 12, "injured"), critical)})},
       {{1, "single", false}, {1, "single", false}}},
      {"a nationality on one side only does not",
       {Report("a", "2014-06-01", {F("500 fighters", 500, 500, 500, "fighters", "fighter", "combatant", "sheltering")}),
        Report("b", "2014-06-01",
               {With(F("500 fighters", 500, 500, 500, "fighters", "fighter", "combatant", "sheltering"), nat)})},
       {{2, "agree", false}}},
      {"nor does 'another'",
       {Report("a", "2014-06-01", {People("100,000 people", 100000, "sheltering")}),
        Report("b", "2014-06-01", {With(People("another 100,000", 100000, "sheltering"), more)})},
       {{2, "agree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

Fig Money(const std::string& text, double v, const std::string& topic, const std::string& unit = "USD") {
  Fig f;
  f.text = text;
  f.value = f.band_low = f.band_high = v;
  f.kind = "money";
  f.unit = unit;
  f.topic = topic;
  return f;
}

TEST(LedgerRulesTest, SumsAndMeasuresAreInTheLedgerAndRoundingAgrees) {
  auto about = [](Fig* f) {
    f->hedge = "about";
    f->band_low = 54;
    f->band_high = 66;
  };
  Fig ship = Money("a 40-metre ship", 40, "ship", "m");
  ship.kind = "length";
  Fig ship2 = Money("45 metres", 45, "ship", "m");
  ship2.kind = "length";
  Fig restated = Money("230 km", 230, "", "km");
  restated.kind = "length";
  restated.restates = 0;
  Fig convoy = Money("140 miles", 140, "", "mi");
  convoy.kind = "length";
  const Row kRows[] = {
      {"the same sum in two reports",
       {Report("a", "2019-02-15", {Money("$5.7 billion", 5.7e9, "wall")}),
        Report("b", "2019-02-15", {Money("$5.7 billion", 5.7e9, "wall")})},
       {{2, "agree", false}}},
      {"a round figure carries its rounding: $700 billion and $716 billion agree",
       {Report("a", "2012-08-14", {Money("$700 billion", 7e11, "medicare")}),
        Report("b", "2012-08-14", {Money("$716 billion", 7.16e11, "medicare")})},
       {{2, "agree", false}}},
      {"but $3.5 billion and $3.6 billion do not",
       {Report("a", "2019-02-15", {Money("$3.6 billion", 3.6e9, "military construction")}),
        Report("b", "2019-02-15", {Money("$3.5 billion", 3.5e9, "military construction")})},
       {{2, "disagree", false, "meet only at"}}},
      {"about 60 and 58 agree",
       {Report("a", "2014-06-01", {With(People("about 60 people", 60, "injured"), about)}),
        Report("b", "2014-06-01", {People("58 people", 58, "injured")})},
       {{2, "agree", false}}},
      {"a static attribute never updates",
       {Report("a", "2014-06-01", {ship}), Report("b", "2014-06-03", {ship2})},
       {{2, "disagree", false, "fixed attribute"}}},
      {"a vague band is weak evidence: 'billions' for a wall is not what the economy lost",
       {Report("a", "2019-01-25", {With(Money("billions of dollars", 1e9, "border wall"), [](Fig* f) {
                 f->band_low = 2e9;
                 f->band_high = 9e9;
                 f->hedge = "billions";
               })}),
        Report("b", "2019-01-25", {Money("$6 billion", 6e9, "economy")})},
       {{1, "single", false}, {1, "single", false}}},
      {"a restatement in another unit is listed, not judged",
       {Report("a", "2014-06-01", {convoy, restated})}, {{1, "single", false, "", 1}}},
  };
  for (const Row& r : kRows) Check(r);
}

TEST(LedgerRulesTest, TruncationAndRoundingAgree) {
  const Row kRows[] = {
      {"$43 million is $43,885,310 truncated to millions",
       {Report("a", "2015-07-31", {Money("$43 million", 43e6, "federal taxes")}),
        Report("b", "2015-07-31", {Money("$43,885,310", 43885310, "federal taxes")})},
       {{2, "agree", false, "rounded or truncated"}}},
      {"3.4 million is 3,412,000 rounded to a tenth of a million",
       {Report("a", "2020-01-01", {People("3.4 million people", 3.4e6, "displaced")}),
        Report("b", "2020-01-01", {People("3,412,000 people", 3412000, "displaced")})},
       {{2, "agree", false}}},
      {"but $43 million is not $44,100,000: neither rounded nor truncated",
       {Report("a", "2015-07-31", {Money("$43 million", 43e6, "federal taxes")}),
        Report("b", "2015-07-31", {Money("$44,100,000", 44.1e6, "federal taxes")})},
       {{2, "disagree", false}}},
      {"two figures at one precision are not truncations of each other: $3.5 and $3.6 billion",
       {Report("a", "2019-02-15", {Money("$3.6 billion", 3.6e9, "military construction")}),
        Report("b", "2019-02-15", {Money("$3.5 billion", 3.5e9, "military construction")})},
       {{2, "disagree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

TEST(LedgerRulesTest, APointWithinALowerBoundAgrees) {
  auto more_than = [](double at) {
    return [at](Fig* f) {
      f->hedge = "more than";
      f->low = at;
      f->bounds_open_high = true;
      f->low_inclusive = false;
    };
  };
  Fig more100 = People("more than 100 people", 100, "killed");
  more_than(100)(&more100);
  more100.band_low = 100;
  more100.band_high = 150;
  Fig least50 = People("at least 50 people", 50, "killed");
  least50.hedge = "at least";
  least50.low = 50;
  least50.bounds_open_high = true;
  least50.band_high = 75;
  Fig more30 = People("more than 30 people", 30, "killed");
  more_than(30)(&more30);
  more30.band_high = 45;
  const Row kRows[] = {
      {"more than 100 and 120 agree",
       {Report("a", "2020-01-01", {more100}), Report("b", "2020-01-01", {People("120 people", 120, "killed")})},
       {{2, "agree", false}}},
      {"more than 100 and 200 agree: the point lies within the bound",
       {Report("a", "2020-01-01", {more100}), Report("b", "2020-01-01", {People("200 people", 200, "killed")})},
       {{2, "agree", false}}},
      {"at least 50 and 40 disagree",
       {Report("a", "2020-01-01", {least50}), Report("b", "2020-01-01", {People("40 people", 40, "killed")})},
       {{2, "disagree", false}}},
      {"more than 30 and 30 disagree: the bound excludes it",
       {Report("a", "2020-01-01", {more30}), Report("b", "2020-01-01", {People("30 people", 30, "killed")})},
       {{2, "disagree", false}}},
      {"a lower bound then a higher point on a later day is still an update",
       {Report("a", "2020-01-01", {least50}), Report("b", "2020-01-03", {People("200 people", 200, "killed")})},
       {{2, "agree", true}}},
  };
  for (const Row& r : kRows) Check(r);
}

TEST(LedgerRulesTest, ADurationInWholeUnitsIsRoundedAtItsUnit) {
  auto duration = [](const std::string& text, double v, const std::string& unit) {
    Fig f = Money(text, v, "investigation", unit);
    f.kind = "duration";
    return f;
  };
  Fig more2 = duration("more than two years", 2, "yr");
  more2.hedge = "more than";
  more2.low = 2;
  more2.low_inclusive = false;
  more2.bounds_open_high = true;
  more2.band_high = 3;
  Fig age76 = Money("76-year-old", 76, "", "yr");
  age76.kind = "age";
  age76.holder = "Nancy Pelosi";
  Fig more76 = age76;
  more76.text = "more than 76";
  more76.hedge = "more than";
  more76.low = 76;
  more76.low_inclusive = false;
  more76.bounds_open_high = true;
  more76.band_high = 80;
  const Row kRows[] = {
      {"a two-year investigation and more than two years of investigation agree: two-year is [1.5, 2.5)",
       {Report("a", "2014-04-25", {duration("two-year", 2, "yr")}), Report("b", "2014-04-25", {more2})},
       {{2, "agree", false}}},
      {"two weeks and three weeks meet only at an open end: they disagree",
       {Report("a", "2019-01-25", {duration("two weeks", 2, "wk")}),
        Report("b", "2019-01-25", {duration("three weeks", 3, "wk")})},
       {{2, "disagree", false}}},
      {"a length of time grows by at most the days between reports: a 10-day standoff then 12 days is one length",
       {Report("a", "2020-01-10", {duration("10 days", 10, "d")}), Report("b", "2020-01-12", {duration("12 days", 12, "d")})},
       {{2, "agree", true}}},
      {"two hours and two decades two days apart are not one length moving",
       {Report("a", "2013-01-14", {duration("two hours", 2, "h")}),
        Report("b", "2013-01-16", {duration("two decades", 2, "decade")})},
       {{1, "single", false}, {1, "single", false}}},
      {"an age is floored, not rounded: 76 and more than 76 disagree",
       {Report("a", "2016-11-08", {age76}), Report("b", "2016-11-08", {more76})},
       {{2, "disagree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

TEST(LedgerRulesTest, ATallysSidesAreTwoMeasures) {
  auto side = [](const std::string& text, double v, const std::string& q) {
    Fig f = People(text, v, "");
    f.counted = f.lemma = "votes";
    f.group = "";
    f.qualifiers = q;
    return f;
  };
  const Row kRows[] = {
      {"a 396-9 vote in two reports: the majority's 396 and the minority's 9 are two entries that agree",
       {Report("a", "2011-11-02", {side("396", 396, "majority"), side("9", 9, "minority")}),
        Report("b", "2011-11-02", {side("396", 396, "majority"), side("9", 9, "minority")})},
       {{2, "agree", false}, {2, "agree", false}}},
      {"a count of votes outside a tally is neither side, even when near it (\"the 10 votes needed\")",
       {Report("a", "2011-11-02", {side("9", 9, "minority")}), Report("b", "2011-11-02", {side("10 votes", 10, "")})},
       {{1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

TEST(LedgerRulesTest, AnEntryIsWrittenInTheUnitMostOfItsFiguresUse) {
  auto length = [](const std::string& text, double v, const std::string& unit) {
    Fig f = Money(text, v, "road", unit);
    f.kind = "length";
    f.hedge = "about";
    f.band_low = v * 0.9;
    f.band_high = v * 1.1;
    return f;
  };
  struct Case {
    std::string name;
    std::vector<Fig> figs;  // one report each
    std::string unit;
    double lo, hi;          // the consensus in that unit
  };
  const Case kCases[] = {
      {"two in miles, one in km: miles", {length("about 140 miles", 140, "mi"), length("about 140 miles", 140, "mi"),
                                          length("about 225 km", 225, "km")}, "mi", 126, 225 * 1.1 / 1.609344},
      {"two in km, one in miles: km", {length("about 225 km", 225, "km"), length("about 140 miles", 140, "mi"),
                                       length("about 225 km", 225, "km")}, "km", 140 * 0.9 * 1.609344, 247.5},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    std::vector<DocAnalysis> docs;
    for (size_t i = 0; i < c.figs.size(); ++i)
      docs.push_back(Report(std::string(1, static_cast<char>('a' + i)), "2014-06-01", {c.figs[i]}));
    LedgerOptions o;
    o.places = &Places();
    std::vector<LedgerEntry> got = BuildLedger(docs, {0, 1, 2}, {-1, -1, -1}, o);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].unit, c.unit);
    ASSERT_TRUE(got[0].consensus.has_value());
    EXPECT_NEAR(got[0].consensus->first, c.lo, 1e-6);
    EXPECT_NEAR(got[0].consensus->second, c.hi, 1e-6);
  }
}

TEST(LedgerRulesTest, UpdatesVoicesAndWideBands) {
  auto dozens = [](Fig* f) {
    f->band_low = 24;
    f->band_high = 99;
    f->hedge = "dozens";
  };
  auto speaker = [](Fig f, const char* s) {
    f.speaker = s;
    return f;
  };
  const Row kRows[] = {
      {"a toll rising across report days is an update",
       {Report("a", "2022-05-01", {People("10 people", 10, "killed")}),
        Report("b", "2022-05-05", {People("41 people", 41, "killed")})},
       {{2, "agree", true, "moved between"}}},
      {"the same day, the same toll differing is a dispute",
       {Report("a", "2022-05-01", {People("10 people", 10, "killed")}),
        Report("b", "2022-05-01", {People("41 people", 41, "killed")})},
       {{2, "disagree", false, "both hold on 2022-05-01"}}},
      {"one official named two ways is one voice",
       {Report("a", "2022-05-01",
               {speaker(People("10 people", 10, "killed"), "John Ging"), speaker(People("12 people", 12, "killed"), "Ging")})},
       {{2, "single", false}}},
      {"dozens, then 41: the wide band does not absorb the increase",
       {Report("a", "2022-05-01", {With(People("dozens of people", 36, "injured"), dozens)}),
        Report("b", "2022-05-03", {People("41 people", 41, "injured")})},
       {{2, "agree", true, "only bounded"}}},
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

// A state one report names and another leaves unsaid is unknown, not
// another state: the same noun with the same exact value lines up; a
// different value, a vague band, another noun or two named states do not.
TEST(LedgerRulesTest, AStateLeftUnsaidIsUnknownNotAnother) {
  auto pirates = [](const char* text, double v, double lo, double hi, const char* state) {
    return F(text, v, lo, hi, "pirates", "pirate", "", state);
  };
  const Row kRows[] = {
      {"'captured 23 pirates' and 'the 23 pirates were taken aboard': one measure",
       {Report("a", "", {pirates("23 pirates", 23, 23, 23, "captured")}),
        Report("b", "", {pirates("the 23 pirates", 23, 23, 23, "")})},
       {{2, "agree", false}}},
      {"'captured 23 pirates' and '25 pirates' with no state: nothing but the noun joins them",
       {Report("a", "", {pirates("23 pirates", 23, 23, 23, "captured")}),
        Report("b", "", {pirates("25 pirates", 25, 25, 25, "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'captured dozens of pirates' and '30 pirates' with no state: a vague band is no exact meeting",
       {Report("a", "", {pirates("dozens of pirates", 24, 24, 99, "captured")}),
        Report("b", "", {pirates("30 pirates", 30, 30, 30, "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'captured three pirates' and 'three raiders' with no state: another noun keeps them apart",
       {Report("a", "", {pirates("three pirates", 3, 3, 3, "captured")}),
        Report("b", "", {F("three raiders", 3, 3, 3, "raiders", "raider", "", "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'23 pirates captured' and '23 pirates killed': two named states stay two measures",
       {Report("a", "", {pirates("23 pirates", 23, 23, 23, "captured")}),
        Report("b", "", {pirates("23 pirates", 23, 23, 23, "killed")})},
       {{1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// Two reports that give one distinctive value exactly — a plain whole
// number of 11 or more, not a multiple of ten — most likely count the same
// people, however each names them and whether or not each says their state.
TEST(LedgerRulesTest, ADistinctiveValueJoinsPeopleNamedTwoWays) {
  auto pirates = [](const char* text, double v, double lo, double hi, const char* state) {
    return F(text, v, lo, hi, "pirates", "pirate", "", state);
  };
  auto crew = [](const char* text, double v, double lo, double hi) {
    return F(text, v, lo, hi, "crew", "crew", "", "");
  };
  const Row kRows[] = {
      {"'captured 26 pirates' and '26 Somali crew on board': one measure",
       {Report("a", "", {pirates("26 pirates", 26, 26, 26, "captured")}), Report("b", "", {crew("26 crew", 26, 26, 26)})},
       {{2, "agree", false}}},
      {"'26 pirates captured' and '26 brigands captured': one measure",
       {Report("a", "", {pirates("26 pirates", 26, 26, 26, "captured")}),
        Report("b", "", {F("26 brigands", 26, 26, 26, "brigands", "brigand", "", "captured")})},
       {{2, "agree", false}}},
      {"'captured three pirates' and 'three crew': a small value meets by chance",
       {Report("a", "", {pirates("three pirates", 3, 3, 3, "captured")}), Report("b", "", {crew("three crew", 3, 3, 3)})},
       {{1, "single", false}, {1, "single", false}}},
      {"'captured 30 pirates' and '30 crew': a round value meets by chance",
       {Report("a", "", {pirates("30 pirates", 30, 30, 30, "captured")}), Report("b", "", {crew("30 crew", 30, 30, 30)})},
       {{1, "single", false}, {1, "single", false}}},
      {"'captured about 26 pirates' and '26 crew': a hedged value is no exact meeting",
       {Report("a", "", {pirates("about 26 pirates", 26, 24, 28, "captured")}),
        Report("b", "", {crew("26 crew", 26, 26, 26)})},
       {{1, "single", false}, {1, "single", false}}},
      {"'26 civilians killed' and '26 fighters killed': two classes of the lexicon stay apart",
       {Report("a", "", {F("26 civilians", 26, 26, 26, "civilians", "civilian", "civilian", "killed")}),
        Report("b", "", {F("26 fighters", 26, 26, 26, "fighters", "fighter", "combatant", "killed")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'captured 26 pirates' and '26 boats': things are not the people counted",
       {Report("a", "", {pirates("26 pirates", 26, 26, 26, "captured")}),
        Report("b", "", {F("26 boats", 26, 26, 26, "boats", "boat", "", "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'26 pirates captured' and '26 pirates killed': two named states stay two measures",
       {Report("a", "", {pirates("26 pirates", 26, 26, 26, "captured")}),
        Report("b", "", {F("26 raiders", 26, 26, 26, "raiders", "raider", "", "killed")})},
       {{1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

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

// A part of a composed figure ("23 pirates (12 Somali and 11 Yemeni)", "a
// group of 25" of "a total of 46") is a measure of its own: it lines up
// with another report's figure of that sub-group, and never with its whole
// or a sibling part, whichever of them comes first.
TEST(LedgerRulesTest, APartOfAComposedFigureIsAMeasureOfItsOwn) {
  auto part = [](Fig f, int of) {
    f.part_of = of;
    return f;
  };
  auto pirates = [](const char* text, double v, const char* qualifier) {
    Fig f = F(text, v, v, v, "pirates", "pirate", "", "captured");
    f.qualifiers = qualifier;
    return f;
  };
  const Row kRows[] = {
      {"'23 pirates (12 Somali and 11 Yemeni)' and '12 Somali pirates': the part lines up",
       {Report("a", "", {pirates("23 pirates", 23, ""), part(pirates("12 Somali", 12, "somali"), 0),
                         part(pirates("11 Yemeni", 11, "yemeni"), 0)}),
        Report("b", "", {pirates("12 Somali pirates", 12, "somali")})},
       {{1, "single", false}, {2, "agree", false}, {1, "single", false}}},
      {"'a group of 25' before 'a total of 46', and another report's '25': the whole stays apart",
       {Report("a", "", {part(People("a group of 25", 25, "evacuated"), 1), People("a total of 46", 46, "evacuated")}),
        Report("b", "", {People("25 people", 25, "evacuated")})},
       {{2, "agree", false}, {1, "single", false}}},
      {"'two women and a man' of 'three victims' killed: siblings stay apart",
       {Report("a", "", {People("three victims", 3, "killed"), part(People("two women", 2, "killed"), 0),
                         part(People("a man", 1, "killed"), 0)})},
       {{1, "single", false}, {1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

Fig Share(const std::string& text, double v, const std::string& topic) {
  Fig f = Money(text, v, topic, "%");
  f.kind = "percent";
  return f;
}

// A bare percent (a share of nothing the frame named) joins another
// percent only on one distinctive value given exactly; a round value or a
// near one is no evidence it is the same share.
TEST(LedgerRulesTest, ABarePercentJoinsOnlyOnADistinctiveExactValue) {
  const Row kRows[] = {
      {"'I 100 percent support it' is no turnout",
       {Report("a", "2018-04-06", {Share("100 percent", 100, "")}),
        Report("b", "2018-04-06", {Share("100 percent of precincts", 100, "precincts reporting")})},
       {{1, "single", false}, {1, "single", false}}},
      {"a bare 30 percent is no 35.7 percent tax rate",
       {Report("a", "2015-07-31", {Share("35.7 percent", 35.7, "federal tax rate")}),
        Report("b", "2015-07-31", {Share("30 percent", 30, "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"two bare round percents stay apart",
       {Report("a", "2015-07-31", {Share("up 5 percent", 5 * 2, "")}),
        Report("b", "2015-07-31", {Share("10 percent", 10, "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"a bare 35.7 percent meets the 35.7 percent tax rate",
       {Report("a", "2015-07-31", {Share("35.7 percent", 35.7, "federal tax rate")}),
        Report("b", "2015-07-31", {Share("35.7 percent", 35.7, "")})},
       {{2, "agree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

}  // namespace
}  // namespace crosscheck
