// The ledger rules of issue 11 on invented multi-report cases (table tests, one
// row per rule; helpers in fuse/ledger_rules_testing.h). Sums, units and
// shares: money and quantities with units are measures, an entry is written in
// the unit most of its figures use, a tally's sides are two measures, a bare
// percent joins only on a distinctive exact value.
#include <gtest/gtest.h>

#include "fuse/ledger_rules_testing.h"

namespace crosscheck::ledger_rules_testing {
namespace {

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

TEST(LedgerRulesTest, ATallysSidesAreTwoMeasures) {
  auto side = [](const std::string& text, double v, const std::string& q) {
    Fig f = People(text, v, "");
    f.counted = f.lemma = "votes";
    f.group = "";
    f.qualifiers = q;
    return f;
  };
  // A record's side: counted "wins" or "losses", the side its qualifier.
  auto rec = [](const std::string& text, double v, const std::string& lemma) {
    Fig f = People(text, v, "");
    f.counted = lemma == "win" ? "wins" : "losses";
    f.lemma = lemma;
    f.group = "";
    f.qualifiers = f.counted;
    return f;
  };
  const Row kRows[] = {
      {"a 396-9 vote in two reports: the majority's 396 and the minority's 9 are two entries that agree",
       {Report("a", "2011-11-02", {side("396", 396, "majority"), side("9", 9, "minority")}),
        Report("b", "2011-11-02", {side("396", 396, "majority"), side("9", 9, "minority")})},
       {{2, "agree", false}, {2, "agree", false}}},
      {"a record in three reports (\"a 162-139 record\", \"went 162-139\"): wins and losses are two entries that agree",
       {Report("a", "2013-05-10", {rec("162", 162, "win"), rec("139", 139, "loss")}),
        Report("b", "2013-05-10", {rec("162", 162, "win"), rec("139", 139, "loss")}),
        Report("c", "2013-05-11", {rec("162", 162, "win"), rec("139", 139, "loss")})},
       {{3, "agree", false}, {3, "agree", false}}},
      {"a win reported twice (\"won, 134 to 63\", \"by a vote of 134 to 63\"): two sides, one entry each",
       {Report("a", "2016-11-30", {side("134", 134, "majority"), side("63", 63, "minority")}),
        Report("b", "2016-11-30", {side("134", 134, "majority"), side("63", 63, "minority")})},
       {{2, "agree", false}, {2, "agree", false}}},
      {"a count of votes outside a tally is neither side, even when near it (\"the 10 votes needed\")",
       {Report("a", "2011-11-02", {side("9", 9, "minority")}), Report("b", "2011-11-02", {side("10 votes", 10, "")})},
       {{1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
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

// A sum, a term or a quantity with a unit whose frame names nothing it
// measures (no counted noun, topic, holder, state, landmark or qualifier)
// joins another figure only where their values meet or are near: several
// bidders' offers and several contracts' terms told bare in one story are
// several measures, not a dispute found in the context words they share.
TEST(LedgerRulesTest, ABareSumOrTermJoinsOnlyWhereItsValueMeets) {
  // The words every figure of the story has around it.
  const std::vector<std::string> words = {"deal", "offer", "slugger", "team", "year"};
  auto term = [&](const std::string& text, double years) {
    Fig f = Money(text, years, "", "yr");
    f.kind = "duration";
    f.context = words;
    return f;
  };
  auto sum = [&](const std::string& text, double v, const std::string& topic) {
    Fig f = Money(text, v, topic);
    f.context = words;
    return f;
  };
  const Row kRows[] = {
      {"an eight-year offer and a 10-year deal told bare are two terms",
       {Report("a", "2008-12-20", {term("an eight-year offer", 8)}),
        Report("b", "2008-12-20", {term("a 10-year deal", 10)})},
       {{1, "single", false}, {1, "single", false}}},
      {"two bare sums far apart are two sums",
       {Report("a", "2008-12-20", {sum("$160 million", 160e6, "")}),
        Report("b", "2008-12-20", {sum("$184 million", 184e6, "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"a bare sum apart from a named one stays apart",
       {Report("a", "2013-01-16", {sum("$4 billion", 4e9, "police")}),
        Report("b", "2013-01-16", {sum("$500 million", 500e6, "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"two bare sums that meet are one sum",
       {Report("a", "2015-07-31", {sum("$15 million", 15e6, "")}),
        Report("b", "2015-07-31", {sum("$15 million", 15e6, "")})},
       {{2, "agree", false}}},
      {"a bare sum near a named one may dispute it",
       {Report("a", "2008-12-20", {sum("$161 million", 161e6, "offer")}),
        Report("b", "2008-12-20", {sum("$168 million", 168e6, "")})},
       {{2, "disagree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// Distances from a landmark are measured, not estimated: one epicentre's
// distance told by two agencies and in two units lines up (and a small
// spread is a dispute), but two distances half again apart or more from one
// landmark are two things (two quakes of one story); a landmark-less length
// (a depth) joins a distance only where the values meet.
TEST(LedgerRulesTest, DistancesFromOneLandmarkApartAreTwoThings) {
  // A length with its band (the pipeline gives a round figure its rounding).
  auto len = [](const std::string& text, double v, double lo, double hi, const std::string& unit,
                const std::string& landmark) {
    Fig f = Money(text, v, "", unit);
    f.kind = "length";
    f.band_low = lo;
    f.band_high = hi;
    f.landmark = landmark;
    return f;
  };
  const Row kRows[] = {
      {"one quake's distance from a town, two agencies, two units: one entry",
       {Report("a", "2009-01-04", {len("75 km west of Manokwari", 75, 72.5, 77.5, "km", "Manokwari")}),
        Report("b", "2009-01-04", {len("about 47 miles from Manokwari", 47, 44.65, 49.35, "mi", "Manokwari")})},
       {{2, "agree", false}}},
      {"two agencies a little apart on one distance: one entry, disputed",
       {Report("a", "2009-01-04", {len("75 km west of Manokwari", 75, 72.5, 77.5, "km", "Manokwari")}),
        Report("b", "2009-01-04", {len("90 km from Manokwari", 90, 88, 92, "km", "Manokwari")})},
       {{2, "disagree", false}}},
      {"two quakes of one story, 75 km and 135 km from one town: two entries",
       {Report("a", "2009-01-04", {len("75 km west of Manokwari", 75, 72.5, 77.5, "km", "Manokwari")}),
        Report("b", "2009-01-04", {len("135 km from Manokwari", 135, 130, 140, "km", "Manokwari")}),
        Report("c", "2009-01-05", {len("85 miles from Manokwari", 85, 80.75, 89.25, "mi", "Manokwari")})},
       {{1, "single", false}, {2, "agree", false}}},
      {"a quake's depth (a topic, no landmark) does not collect a town's distance 4 miles off",
       {Report("a", "2014-01-12", {With(len("a depth of 2.7 miles", 2.7, 2.65, 2.75, "mi", ""), [](Fig* f) {
                   f->topic = "depth";
                   f->context = {"earthquake", "geological", "survey", "sunday"};
                 })}),
        Report("b", "2014-01-12", {With(len("4 miles east of The Geysers", 4, 4, 4, "mi", "The Geysers"), [](Fig* f) {
                   f->context = {"earthquake", "geological", "survey", "sunday"};
                 })})},
       {{1, "single", false}, {1, "single", false}}},
      {"but a distance told once with its landmark and once bare lines up where it meets",
       {Report("a", "2014-01-12", {len("two miles from The Geysers", 2, 2, 2, "mi", "The Geysers")}),
        Report("b", "2014-01-12", {len("two miles", 2, 2, 2, "mi", "")})},
       {{2, "agree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

}  // namespace
// Two entries a newcomer fits equally well: the one whose founder names what
// it measures (a topic or a counted noun) takes it over one that names
// nothing ("$15 million to charity" joins the charitable contributions, not
// a topic-less sum of the same size that shares its verb; BuildLedger).
TEST(LedgerRulesTest, ATieGoesToTheEntryThatNamesItsMeasure) {
  auto with = [](Fig f, const char* predicate, double lo, double hi) {
    f.predicate = predicate;
    f.band_low = lo;
    f.band_high = hi;
    return f;
  };
  const Row kRows[] = {
      {"a sum of charity meets the charitable contributions, not a bare sum of its size",
       {Report("a", "2015-07-31",
               {with(Money("$13.6 million", 13.6e6, ""), "give", 13.6e6, 13.6e6),
                Money("$14.96 million", 14.96e6, "charitable contribution")}),
        Report("b", "2015-07-31", {with(Money("$15 million", 15e6, "charity"), "give", 13.5e6, 15e6)})},
       {{1, "single", false}, {2, "agree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

}  // namespace crosscheck::ledger_rules_testing
