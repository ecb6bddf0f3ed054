// The ledger rules of issue 11 on invented multi-report cases (table tests, one
// row per rule; helpers in fuse/ledger_rules_testing.h). Flags: agreement and
// updates — truncation and rounding, a point within a lower bound, durations
// rounded at their unit, updates by report time, one voice per source, a wide
// band that does not absorb an increase (docs/LEDGER.md "Agreement").
#include <gtest/gtest.h>

#include "fuse/ledger_figure.h"
#include "fuse/ledger_rules_testing.h"

namespace crosscheck::ledger_rules_testing {
namespace {

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

// Two hedges approaching one round anchor from either side agree: "nearly
// $100 billion" and "over a hundred billion dollars" are one total rounded
// from either side. A hedge against a plain figure, or an exact anchor,
// keeps its open end.
TEST(LedgerRulesTest, HedgesAtOneRoundAnchorFromEitherSideAgree) {
  // "nearly V": [0.9 V, V), V excluded; "more than V": (V, 1.5 V].
  auto nearly = [](Fig f) {
    f.hedge = "nearly";
    f.band_low = 0.9 * f.value;
    f.band_high = f.value;
    f.high = f.value;
    f.high_inclusive = false;
    return f;
  };
  auto more_than = [](Fig f) {
    f.hedge = "more than";
    f.low = f.value;
    f.low_inclusive = false;
    f.bounds_open_high = true;
    f.band_low = f.value;
    f.band_high = 1.5 * f.value;
    return f;
  };
  const Row kRows[] = {
      {"nearly $100 billion and over a hundred billion dollars of trade a year agree",
       {Report("a", "2008-11-20", {nearly(Money("nearly $100 billion", 1e11, "trade"))}),
        Report("b", "2008-11-20", {more_than(Money("over a hundred billion dollars", 1e11, "trade"))})},
       {{2, "agree", false}}},
      {"nearly 1,000 people and more than 1,000 people evacuated agree",
       {Report("a", "2021-03-02", {nearly(People("nearly 1,000 people", 1000, "evacuated"))}),
        Report("b", "2021-03-02", {more_than(People("more than 1,000 people", 1000, "evacuated"))})},
       {{2, "agree", false}}},
      {"nearly $80 million against a plain $82 million disagrees: the hedge says under 80",
       {Report("a", "2008-07-02", {nearly(Money("nearly $80 million", 80e6, "contract"))}),
        Report("b", "2008-07-02", {Money("$82 million", 82e6, "contract")})},
       {{2, "disagree", false}}},
      {"a fixed sum told as nearly and over one round anchor on two days is one sum",
       {Report("a", "2008-11-20", {nearly(Money("nearly $100 billion", 1e11, "trade"))}),
        Report("b", "2008-11-23", {more_than(Money("over a hundred billion dollars", 1e11, "trade"))})},
       {{2, "agree", false}}},
      {"a toll told as nearly 1,000 then more than 1,000 two days later has crossed it",
       {Report("a", "2021-03-02", {nearly(People("nearly 1,000 people", 1000, "killed"))}),
        Report("b", "2021-03-04", {more_than(People("more than 1,000 people", 1000, "killed"))})},
       {{2, "agree", true}}},
      {"nearly 40 and more than 40 killed disagree: 40 is exact",
       {Report("a", "2021-03-02", {nearly(People("nearly 40 people", 40, "killed"))}),
        Report("b", "2021-03-02", {more_than(People("more than 40 people", 40, "killed"))})},
       {{2, "disagree", false, "meet only at 40"}}},
      {"more than 30 children and 30 children disagree: 30 is exact",
       {Report("a", "2022-05-06", {more_than(People("more than 30 kids", 30, "sheltering"))}),
        Report("b", "2022-05-06", {People("30 children", 30, "sheltering")})},
       {{2, "disagree", false, "meet only at 30"}}},
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

// The length of something still running grows with the report date: a
// later report may give it longer by at most the days between the reports
// (an update), never shorter and never longer by more (conflicts). Two
// hedges at one whole unit ("almost two months", "more than two months")
// approach one length from either side.
TEST(LedgerRulesTest, ALengthStillRunningGrowsWithTheReportDate) {
  auto duration = [](const std::string& text, double v, const std::string& unit) {
    Fig f = Money(text, v, "war", unit);
    f.kind = "duration";
    return f;
  };
  auto almost = [&](const std::string& text, double v, const std::string& unit) {
    Fig f = duration(text, v, unit);
    f.hedge = "almost";
    f.high_inclusive = false;
    f.band_low = v * 0.9;
    return f;
  };
  auto more_than = [&](const std::string& text, double v, const std::string& unit) {
    Fig f = duration(text, v, unit);
    f.hedge = "more than";
    f.low = v;
    f.low_inclusive = false;
    f.bounds_open_high = true;
    f.band_high = v * 1.25;
    return f;
  };
  const Row kRows[] = {
      {"almost two months on May 4, more than two months on May 6: the war went on",
       {Report("a", "2022-05-04", {almost("almost two-month", 2, "mo")}),
        Report("b", "2022-05-06", {more_than("More than two months", 2, "mo")})},
       {{2, "agree", true, "still running grows with the report date"}}},
      {"almost two months and more than two months on one day approach two months from either side",
       {Report("a", "2022-05-04", {almost("almost two-month", 2, "mo")}),
        Report("b", "2022-05-04", {more_than("More than two months", 2, "mo")})},
       {{2, "agree", false}}},
      {"a 22-day shutdown on Jan. 12 and a 35-day shutdown on Jan. 25 grew by the 13 days between",
       {Report("a", "2019-01-12", {duration("22-day", 22, "d")}), Report("b", "2019-01-25", {duration("35-day", 35, "d")})},
       {{2, "agree", true}}},
      {"a 10-day strike, then a 13-day strike a day later: grown by more than the days between",
       {Report("a", "2020-01-10", {duration("10-day", 10, "d")}), Report("b", "2020-01-11", {duration("13-day", 13, "d")})},
       {{2, "disagree", false, "grew by more than the time between"}}},
      {"three weeks, then two weeks a week later: a length that has run cannot shorten",
       {Report("a", "2020-01-10", {duration("three weeks", 3, "wk")}),
        Report("b", "2020-01-17", {duration("two weeks", 2, "wk")})},
       {{2, "disagree", false, "cannot shorten"}}},
      {"more than two months on May 6, almost two months on May 8: shorter on the later report",
       {Report("a", "2022-05-06", {more_than("More than two months", 2, "mo")}),
        Report("b", "2022-05-08", {almost("almost two-month", 2, "mo")})},
       {{2, "disagree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

TEST(LedgerRulesTest, UpdatesVoicesAndWideBands) {
  auto dozens = [](Fig* f) {
    f->band_low = 24;
    f->band_high = 99;
    f->hedge = "dozens";
  };
  auto least30 = [](Fig* f) {
    f->hedge = "at least";
    f->low = 30;
    f->bounds_open_high = true;
    f->band_high = 45;
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
      {"a toll from a report with no date holds at the time whose level it gives",
       {Report("a", "2022-05-01", {People("10 people", 10, "killed")}),
        Report("b", "2022-05-05", {People("41 people", 41, "killed")}), Report("c", "", {People("41 people", 41, "killed")})},
       {{3, "agree", true, "moved between"}}},
      {"a toll from a report with no date that matches no day's level disputes them",
       {Report("a", "2022-05-01", {People("10 people", 10, "killed")}),
        Report("b", "2022-05-05", {People("41 people", 41, "killed")}), Report("c", "", {People("25 people", 25, "killed")})},
       {{3, "disagree", true}}},
      {"the same day, the same toll differing is a dispute",
       {Report("a", "2022-05-01", {People("10 people", 10, "killed")}),
        Report("b", "2022-05-01", {People("41 people", 41, "killed")})},
       {{2, "disagree", false, "both hold on 2022-05-01"}}},
      {"one official named two ways is one voice",
       {Report("a", "2022-05-01",
               {speaker(People("10 people", 10, "killed"), "John Ging"), speaker(People("12 people", 12, "killed"), "Ging")})},
       {{2, "single", false}}},
      {"at least 30 killed on Monday, 41 killed on Wednesday: the bound does not absorb the increase",
       {Report("a", "2022-05-02", {With(People("at least 30 people", 30, "killed"), least30)}),
        Report("b", "2022-05-04", {People("41 people", 41, "killed")})},
       {{2, "agree", true, "only bounded"}}},
      {"at least 30 killed, then 30 killed: the same figure",
       {Report("a", "2022-05-02", {With(People("at least 30 people", 30, "killed"), least30)}),
        Report("b", "2022-05-04", {People("30 people", 30, "killed")})},
       {{2, "agree", false}}},
      {"at least 30 killed and 41 killed on one day agree: the point lies within the bound",
       {Report("a", "2022-05-02", {With(People("at least 30 people", 30, "killed"), least30)}),
        Report("b", "2022-05-02", {People("41 people", 41, "killed")})},
       {{2, "agree", false}}},
      {"a Navy spokesman and the Navy spokesman of one report are one voice",
       {Report("a", "2022-05-01",
               {speaker(People("nine rifles", 9, "seized"), "a Navy spokesman"),
                speaker(People("12 rifles", 12, "seized"), "the Navy spokesman")})},
       {{2, "single", false}}},
      {"an official named with his title and by surname alone is one voice",
       {Report("a", "2022-05-01",
               {speaker(People("10 people", 10, "killed"), "UN official John Ging"),
                speaker(People("12 people", 12, "killed"), "Mr. Ging")})},
       {{2, "single", false}}},
      {"the outlet's narration and a spokesman it quotes are two voices",
       {Report("a", "2022-05-01",
               {People("nine people", 9, "killed"), speaker(People("12 people", 12, "killed"), "a police spokesman")})},
       {{2, "disagree", false}}},
      {"dozens, then 41: the wide band does not absorb the increase",
       {Report("a", "2022-05-01", {With(People("dozens of people", 36, "injured"), dozens)}),
        Report("b", "2022-05-03", {People("41 people", 41, "injured")})},
       {{2, "agree", true, "only bounded"}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A toll told with its event's day ("the quake on Sunday killed 12") is the
// level known when its report was written: when every dated figure names
// one day, reports of different days are ordered by report time. Counts
// of two days keep their own days.
TEST(LedgerRulesTest, ATollOfOneEventDayIsOrderedByReportTime) {
  auto on = [](Fig f, const char* day) {
    f.time = day;
    return f;
  };
  const Row kRows[] = {
      {"Sunday's quake killed 10 (Monday's report), then 41 (Wednesday's): an update",
       {Report("a", "2022-05-02", {on(People("10 people", 10, "killed"), "2022-05-01")}),
        Report("b", "2022-05-04", {on(People("41 people", 41, "killed"), "2022-05-01")})},
       {{2, "agree", true, "moved between"}}},
      {"an undated 10 killed on Monday, Sunday's quake's 41 killed on Wednesday: an update, not a fall",
       {Report("a", "2022-05-02", {People("10 people", 10, "killed")}),
        Report("b", "2022-05-04", {on(People("41 people", 41, "killed"), "2022-05-01")})},
       {{2, "agree", true, "moved between"}}},
      {"Sunday's toll lower on the later report is still a dispute: a toll cannot fall",
       {Report("a", "2022-05-02", {on(People("41 people", 41, "killed"), "2022-05-01")}),
        Report("b", "2022-05-04", {on(People("10 people", 10, "killed"), "2022-05-01")})},
       {{2, "disagree", false, "cannot fall"}}},
      {"Sunday's toll told two ways on one report day is a dispute",
       {Report("a", "2022-05-02", {on(People("10 people", 10, "killed"), "2022-05-01")}),
        Report("b", "2022-05-02", {on(People("41 people", 41, "killed"), "2022-05-01")})},
       {{2, "disagree", false}}},
      {"counts of two days keep their days: Monday's 41 after Sunday's 10, both told on Tuesday",
       {Report("a", "2022-05-03", {on(People("10 people", 10, "killed"), "2022-05-01")}),
        Report("b", "2022-05-03", {on(People("41 people", 41, "killed"), "2022-05-02")})},
       {{2, "agree", true}}},
      {"a sum is no toll: one day's sum told two ways on two report days is a dispute",
       {Report("a", "2022-05-02", {on(Money("$41.5 million", 41.5e6, "ransom"), "2022-05-01")}),
        Report("b", "2022-05-04", {on(Money("$43.5 million", 43.5e6, "ransom"), "2022-05-01")})},
       {{2, "disagree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A figure given for a period of its own is an amount of that period: two
// periods neither inside the other are neither a dispute nor one figure
// moving. Undated figures keep the rules above (an undated sum reported on
// two days is one sum).
TEST(LedgerRulesTest, AmountsOfTwoPeriodsAreNeitherDisputedNorMoving) {
  auto at = [](Fig f, const char* when) {
    f.time = when;
    return f;
  };
  const Row kRows[] = {
      {"a June and a July fundraising total are two amounts, not a dispute",
       {Report("a", "2015-07-02", {at(Money("$45 million", 45e6, "fundraising"), "2015-06")}),
        Report("b", "2015-08-01", {at(Money("$52 million", 52e6, "fundraising"), "2015-07")})},
       {{2, "agree", false, "other periods"}}},
      {"two totals for one month still dispute",
       {Report("a", "2015-07-02", {at(Money("$45 million", 45e6, "fundraising"), "2015-06")}),
        Report("b", "2015-07-03", {at(Money("$48 million", 48e6, "fundraising"), "2015-06")})},
       {{2, "disagree", false, "both hold on 2015-06"}}},
      {"a rate over 2007-2014 and a rate for 2014 are two periods' rates",
       {Report("a", "2015-08-01", {at(Share("31.55 percent", 31.55, "effective tax rate"), "2007-01-01/2014-01-01")}),
        Report("b", "2015-08-01", {at(Share("35.7 percent", 35.7, "effective tax rate"), "2014")})},
       {{2, "agree", false, "other periods"}}},
      {"deaths in June and deaths in July are two months' tolls, not one toll moving",
       {Report("a", "2022-07-05", {at(People("20 people", 20, "killed"), "2022-06")}),
        Report("b", "2022-08-04", {at(People("35 people", 35, "killed"), "2022-07")})},
       {{2, "agree", false, "other periods"}}},
      {"a toll dated by its year and by its month names one event: still a dispute",
       {Report("a", "2005-01-10", {at(People("168,000 people", 168000, "killed"), "2004")}),
        Report("b", "2005-01-12", {at(People("230,000 people", 230000, "killed"), "2004-12")})},
       {{2, "disagree", false}}},
      {"an undated sum reported on two days is one sum: a dispute",
       {Report("a", "2015-07-31", {Money("$141 million", 141e6, "income")}),
        Report("b", "2015-08-02", {Money("$139 million", 139e6, "income")})},
       {{2, "disagree", false, "fixed attribute"}}},
  };
  for (const Row& r : kRows) Check(r);
}

// Flows, running totals and fixed attributes. A sum, a share or a count of
// things does not move by itself (an undated sum told two ways on two days is
// a dispute), but a running total ("has raised", "so far") grows like a toll
// and cannot fall, and a figure the text gives as a rise ("the reward rose to
// $50,000") is a new level. A length, a weight, an age never moves.
TEST(LedgerRulesTest, RunningTotalsGrowAndFixedAttributesNeverMove) {
  auto said = [](Fig f, const char* before) {
    f.before = before;
    return f;
  };
  Fig fence30 = Money("30 meters", 30, "fence", "m");
  fence30.kind = "length";
  Fig fence20 = fence30;
  fence20.text = "20 meters";
  fence20.value = fence20.band_low = fence20.band_high = 20;
  const Row kRows[] = {
      {"a campaign that has raised $45 million, then has raised $52 million a month later: an update",
       {Report("a", "2015-07-01", {said(Money("$45 million", 45e6, "campaign"), "The campaign has raised")}),
        Report("b", "2015-08-01", {said(Money("$52 million", 52e6, "campaign"), "The campaign has now raised")})},
       {{2, "agree", true, "moved between"}}},
      {"a running total cannot fall: has raised $52 million, then has raised $45 million",
       {Report("a", "2015-07-01", {said(Money("$52 million", 52e6, "campaign"), "The campaign has raised")}),
        Report("b", "2015-08-01", {said(Money("$45 million", 45e6, "campaign"), "The campaign has raised")})},
       {{2, "disagree", false, "cannot fall"}}},
      {"a sum told without a running total, two ways on two days: a dispute",
       {Report("a", "2015-07-01", {said(Money("$45 million", 45e6, "campaign"), "The campaign raised")}),
        Report("b", "2015-08-01", {said(Money("$52 million", 52e6, "campaign"), "The campaign raised")})},
       {{2, "disagree", false, "does not change"}}},
      {"a reward the text gives as a rise is a new level, not a dispute",
       {Report("a", "2019-03-04", {said(Money("$40,000", 40000, "reward"), "Police offered a reward of")}),
        Report("b", "2019-03-04", {said(Money("$50,000", 50000, "reward"), "The reward rose to")})},
       {{2, "agree", true, "as a rise"}}},
      {"a length never moves, even written as a rise",
       {Report("a", "2019-03-04", {said(fence20, "The fence is")}), Report("b", "2019-03-04", {said(fence30, "The fence rose to")})},
       {{2, "disagree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A rise the text gives is the entry's, not only its own figure's: a report
// that gives 30 killed and then "the toll rose to 41" updates itself, and a
// plain "41 killed" of another report beside a third's "30" is that later
// level, not a dispute.
TEST(LedgerRulesTest, ARiseToldByOneReportIsTheEntrys) {
  auto said = [](Fig f, const char* before) {
    f.before = before;
    return f;
  };
  const Row kRows[] = {
      {"one report: 30 killed, then the toll rose to 41: it updates itself",
       {Report("a", "2022-05-01",
               {People("30 people", 30, "killed"), said(People("41 people", 41, "killed"), "The toll rose to")})},
       {{2, "single", true, "as a rise"}}},
      {"41 killed beside another report's rise to 41 and a third's 30: an update, not a dispute",
       {Report("a", "2022-05-01", {People("30 people", 30, "killed")}),
        Report("b", "2022-05-01", {said(People("41 people", 41, "killed"), "The toll rose to")}),
        Report("c", "2022-05-01", {People("41 people", 41, "killed")})},
       {{3, "agree", true, "as a rise"}}},
      {"but 45 killed is no level any report gives as a rise: a dispute",
       {Report("a", "2022-05-01", {People("30 people", 30, "killed")}),
        Report("b", "2022-05-01", {said(People("41 people", 41, "killed"), "The toll rose to")}),
        Report("c", "2022-05-01", {People("45 people", 45, "killed")})},
       {{3, "disagree", true}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A fixed attribute given for a day of its own belongs to that day's event:
// the magnitude of Sunday's quake and that of Monday's are two quakes', not
// one magnitude in dispute; one day's quake told two ways, or magnitudes
// dated only by their reports, still conflict.
TEST(LedgerRulesTest, AttributesOfEventsOfTwoDaysAreNotCompared) {
  auto magnitude = [](const char* text, double v, const char* day) {
    Fig f = F(text, v, v - 0.05, v + 0.05, "", "", "", "");
    f.kind = "magnitude";
    f.unit = "magnitude";
    f.time = day;
    return f;
  };
  const Row kRows[] = {
      {"Sunday's 5.9 quake and Monday's 6.1 quake: two events, not compared",
       {Report("a", "2013-03-12", {magnitude("a 5.9 magnitude quake", 5.9, "2013-03-10")}),
        Report("b", "2013-03-12", {magnitude("a magnitude 6.1 quake", 6.1, "2013-03-11")})},
       {{2, "agree", false, "events of other days"}}},
      {"Sunday's quake told as 5.9 and as 6.1: a dispute",
       {Report("a", "2013-03-12", {magnitude("a 5.9 magnitude quake", 5.9, "2013-03-10")}),
        Report("b", "2013-03-12", {magnitude("a magnitude 6.1 quake", 6.1, "2013-03-10")})},
       {{2, "disagree", false}}},
      {"magnitudes dated only by reports of two days: a fixed attribute does not change",
       {Report("a", "2013-03-11", {magnitude("a 5.9 magnitude quake", 5.9, "")}),
        Report("b", "2013-03-12", {magnitude("a magnitude 6.1 quake", 6.1, "")})},
       {{2, "disagree", false, "does not change"}}},
  };
  for (const Row& r : kRows) Check(r);
}

// Which sentences write a figure as a total reached by their report (one row
// per sentence; the figure is the part in brackets).
TEST(LedgerRulesTest, ARunningTotalIsReadFromItsSentence) {
  const struct {
    const char* sentence;
    bool running;
  } kRows[] = {
      {"The campaign has raised [$45 million] since April.", true},
      {"Officials have so far spent [$2.3 billion] on the cleanup.", true},
      {"The fund had already collected [$300,000] by Friday.", true},
      {"Donors gave [$3 million] so far, the charity said.", true},
      {"About [$1.2 million] has been raised to date.", true},
      {"The campaign raised [$45 million] in June.", false},
      {"He has been fined [$5,000] for the breach.", false},
      {"The company has [300] employees.", false},
      {"Prices rose [5 percent] last year; so far nothing has changed.", false},
  };
  for (const auto& r : kRows) {
    std::string s = r.sentence;
    size_t a = s.find('['), b = s.find(']');
    s.erase(b, 1);
    s.erase(a, 1);
    EXPECT_EQ(ReadsAsRunningTotal(s, a, b - 1), r.running) << r.sentence;
  }
}

// One source named two ways in one report has one key (one row per naming).
TEST(LedgerRulesTest, OneSourceNamedTwoWaysHasOneVoiceKey) {
  const struct {
    const char* a;
    const char* b;
    bool same;
  } kRows[] = {
      {"John Ging", "Mr. Ging", true},
      {"UN official John Ging", "Ging", true},
      {"U.S. Geological Survey", "the U.S. Geological Survey", true},
      {"a Navy spokesman", "the Navy spokesman", true},
      {"Navy spokesman", "a Navy spokesman", true},
      {"a Navy spokesman", "a police spokesman", false},
      {"John Ging", "Adrian Edwards", false},
      {"", "a police spokesman", false},
  };
  for (const auto& r : kRows) EXPECT_EQ(VoiceKey(r.a) == VoiceKey(r.b), r.same) << r.a << " / " << r.b;
}

}  // namespace
}  // namespace crosscheck::ledger_rules_testing
