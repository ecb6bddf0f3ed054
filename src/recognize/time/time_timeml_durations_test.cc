// The TimeML profile (the default): DURATION values: durations with their
// anchored stretch aside, vague and counted durations, signals and modifiers
// around a count.
// One table per rule of docs/TIME.md "TimeML profile". The other value
// families are in the time_timeml_*_test.cc files beside this one; context
// rules (tense, narrative anchors, spans, JSON) in time_timeml_context_test.cc.
// Sentences are news-style and written for these tests (none comes from
// TimeBank); rows as timeml_rows_testing.h says.
#include <vector>

#include <gtest/gtest.h>

#include "recognize/time/time_parse.h"
#include "recognize/time/timeml_rows_testing.h"

namespace crosscheck::timeml_testing {

TEST(TimeMLTest, DurationsKeepTheirAnchoredStretchAside) {
  CheckRows({
      {"Prices fell over the past three weeks.", "the past three weeks", "duration", "P3W"},
      {"Output will rise over the next 14 months.", "the next 14 months", "duration", "P14M"},
      {"Exports rose in the first nine months.", "the first nine months", "duration", "P9M"},
      {"Rents climbed in recent weeks.", "recent weeks", "duration", "PXW"},
      {"The vote is due in 3 weeks.", "3 weeks", "duration", "P3W"},
      {"The talks lasted two to three weeks.", "two to three weeks", "duration", "P2W", "EQUAL_OR_MORE"},
      {"Repairs will take between six and nine months.", "between six and nine months", "duration", "P6M",
       "EQUAL_OR_MORE"},
      {"Refugees lived in the camps for 2 1/2 years.", "2 1/2 years", "duration", "P2Y6M"},
      {"The call lasted a minute and a half.", "a minute and a half", "duration", "PT1M30S"},
      {"The strike lasted more than four hours.", "more than four hours", "duration", "PT4H", "MORE_THAN"},
      {"Each shift runs at least 12 hours.", "at least 12 hours", "duration", "PT12H", "EQUAL_OR_MORE"},
      {"Reservists may serve up to 180 days.", "up to 180 days", "duration", "P180D", "EQUAL_OR_LESS"},
      {"A deal is expected within 18 months.", "18 months", "duration", "P18M", "EQUAL_OR_LESS"},
      {"Workers walked out for a day-long strike.", "day-long", "duration", "P1D"},
      {"The navy may stay for at least 20 more years.", "at least 20 more years", "duration", "P20Y",
       "EQUAL_OR_MORE"},
      {"The city was ruled from abroad for centuries.", "centuries", "duration", "PXC"},
      {"The glassmakers kept the secret for two thousand years.", "two thousand years", "duration", "P2L"},
      {"Unemployment fell over the past decade.", "the past decade", "duration", "P10Y"},
      {"The mayor won a three-year term.", "a three-year term", "duration", "P3Y"},
      // "straight", "consecutive", "successive" between count and unit
      {"The company has lost money for three straight quarters.", "three straight quarters", "duration", "P9M"},
      {"The index rose for five consecutive days.", "five consecutive days", "duration", "P5D"},
      {"Prices fell for two successive months.", "two successive months", "duration", "P2M"},
      {"The team won three straight games.", "", "", ""},
  });
  // The stretch the text anchors is the interval; the value stays P3W.
  struct Case { const char* sentence; const char* text; const char* start; const char* end; };
  const Case kCases[] = {
      {"Prices fell over the past three weeks.", "the past three weeks", "2022-04-13", "2022-05-04"},
      {"Output will rise over the next 14 months.", "the next 14 months", "2022-05-04", "2023-07-04"},
      {"The vote will be held in 3 weeks.", "3 weeks", "2022-05-04", "2022-05-25"},
      {"The results come 10 days from now.", "10 days", "2022-05-04", "2022-05-14"},
  };
  for (const Case& k : kCases) {
    SCOPED_TRACE(k.sentence);
    std::vector<TimeMention> ts = ParseTimes(k.sentence, CivilDate{2022, 5, 4});
    ASSERT_FALSE(ts.empty());
    const TimeMention* d = nullptr;
    for (const TimeMention& t : ts)
      if (t.span.Of(k.sentence) == k.text) d = &t;
    ASSERT_NE(d, nullptr) << Found(ts, k.sentence);
    EXPECT_EQ(d->type, TimeType::kDuration);
    EXPECT_EQ(d->interval_start, k.start);
    EXPECT_EQ(d->interval_end, k.end);
    EXPECT_EQ(d->anchor, TimeAnchor::kReport);
  }
  // "3 weeks" told in the past anchors nothing.
  std::vector<TimeMention> ts = ParseTimes("Prices doubled in 3 weeks.", CivilDate{2022, 5, 4});
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].interval_start, "");
}

// A bare plural unit before "since", "following", "preceding" or "that
// followed" is the vague stretch from an event, as before "after".
TEST(TimeMLTest, BarePluralUnitBeforeAnEventIsAStretch) {
  CheckRows({
      {"In the years that followed, the mill closed.", "years", "duration", "PXY"},
      {"In the weeks since the flood, prices have doubled.", "weeks", "duration", "PXW"},
      {"In the days following the vote, protests spread.", "days", "duration", "PXD"},
      {"Police stepped up patrols in the months preceding the summit.", "months", "duration", "PXM"},
  });
}

TEST(TimeMLTest, DurationBeforeAfterOrBeforeIsCounted) {
  CheckRows({
      // "a <unit>" and a vague count of units before "after"/"before"/"later": a duration, the signal outside
      {"The vote comes a day after the court ruled.", "a day", "duration", "P1D"},
      {"The firm collapsed a month after the merger.", "a month", "duration", "P1M"},
      {"He resigned a week before the election.", "a week", "duration", "P1W"},
      {"The order was signed mere hours after the attack.", "mere hours", "duration", "PTXH"},
      {"Police arrived hours after the blast.", "hours", "duration", "PTXH"},
      {"The talks collapsed days before the deadline.", "days", "duration", "PXD"},
      // the article stays outside a bare unit before a signal (as TimeBank: "in the days before")
      {"But in the hours after he spoke, police named the gunman.", "hours", "duration", "PTXH"},
      {"In the ensuing days, the minister repeated the claim.", "the ensuing days", "duration", "PXD"},
      {"In the following weeks, prices fell.", "the following weeks", "duration", "PXW"},
      // a rate is no TIMEX3 (as TimeBank), a signal after it or not
      {"The plant makes 300 cars a day.", "", "", ""},
      {"Prices rose 3 percent a month after the devaluation.", "", "", ""},
  });
}

TEST(TimeMLTest, OverTheYearsIsAVagueDuration) {
  CheckRows({
      {"The tabloid has broken many scandals over the years.", "the years", "duration", "PXY"},
      {"Prices rose sharply through the decades that followed.", "the decades", "duration", "PXY"},
      {"Over the months, the talks stalled.", "the months", "duration", "PXM"},
      // a counted or named stretch is another family's
      {"Profits rose over the past three years.", "the past three years", "duration", "P3Y"},
  });
}

// "a quarter-century" is 25 years (P25Y), not a quarter of a year.
TEST(TimeMLTest, QuarterCenturyIsTwentyFiveYears) {
  CheckRows({
      {"The party ruled for a quarter-century.", "a quarter-century", "duration", "P25Y"},
      {"The feud has lasted a quarter century.", "a quarter century", "duration", "P25Y"},
      {"The firm lost money for a quarter.", "a quarter", "duration", "P3M"},
  });
}

// "in the past hour", "over the last hour", "the past day": the stretch back
// from the report is a duration, as "the past 24 hours" is; "the last day
// of" and "the last minute" are not.
TEST(TimeMLTest, ThePastHourIsADuration) {
  CheckRows({
      {"In the past hour, the river rose a foot.", "the past hour", "duration", "PT1H"},
      {"Over the last hour, shares fell 3 percent.", "the last hour", "duration", "PT1H"},
      {"In the past day, two more ships sank.", "the past day", "duration", "P1D"},
      {"On the last day of the trial, he wept.", "", "", ""},
      {"He changed his mind at the last minute.", "", "", ""},
  });
}

// "eight long years", "three full days", "two whole weeks": an adjective
// between a count and a plural unit stays inside the duration, as
// "consecutive" does.
TEST(TimeMLTest, AdjectiveInsideACountedDuration) {
  CheckRows({
      {"The war dragged on for eight long years.", "eight long years", "duration", "P8Y"},
      {"Rescuers searched for three full days.", "three full days", "duration", "P3D"},
      {"The envoys spent two whole weeks in the capital.", "two whole weeks", "duration", "P2W"},
      {"It was a long year for the team.", "", "", ""},
  });
}

// "within" is a SIGNAL in TimeML 1.2.1, outside the duration it bounds
// ("within [18 months]"), whatever follows it; the bound stays as mod.
TEST(TimeMLTest, WithinIsASignalOutsideTheDuration) {
  CheckRows({
      {"Shipments will resume within two to three weeks.", "two to three weeks", "duration", "P2W", "EQUAL_OR_MORE"},
      {"A deal is due within 18 months.", "18 months", "duration", "P18M", "EQUAL_OR_LESS"},
      {"The inquiry should end within a year.", "a year", "duration", "P1Y", "EQUAL_OR_LESS"},
      {"The army will withdraw within a few days.", "a few days", "duration", "PXD", "EQUAL_OR_LESS"},
  });
}

// "over" before a count is "more than" (MORE_THAN, inside the TIMEX3) after
// "just", "for", "lasted", ... or before a signal ("later", "ago"); "over
// two days, ..." names the stretch, "over" left outside as its signal.
TEST(TimeMLTest, OverBeforeACountIsMoreThan) {
  CheckRows({
      {"Just over an hour later, the ferry sank.", "over an hour", "duration", "PT1H", "MORE_THAN"},
      {"The feud has gone on for over a decade.", "over a decade", "duration", "P10Y", "MORE_THAN"},
      {"The hearing lasted over three hours.", "over three hours", "duration", "PT3H", "MORE_THAN"},
      {"Over two days, 300 people were evacuated.", "two days", "duration", "P2D"},
      {"Prices rose over the years.", "the years", "duration", "PXY"},
  });
}

// "one day" between a modal, "to" or a subject and a verb is an adverb of
// an indefinite future ("could one day lead"), no duration; counted, it is
// one ("one day of talks", "took one day to").
TEST(TimeMLTest, OneDayAsAnAdverbIsNoDuration) {
  CheckRows({
      {"Analysts say she could one day lead the party.", "", "", ""},
      {"The refugees hope to one day return home.", "", "", ""},
      {"The fair lasted one day and drew thousands.", "one day", "duration", "P1D"},
      {"They held one day of talks.", "one day", "duration", "P1D"},
  });
}

// A bound after a duration ("a decade or more", "a year or less") is inside
// with its mod, as "or so" is; a hedge before "more/less than" ("a little
// bit more than a year") is inside too; "a quarter" coordinated with a
// fraction or before a percentage is a share, no duration.
TEST(TimeMLTest, BoundsAndHedgesAroundACountAndQuarterShares) {
  CheckRows({
      {"The moment has been a decade or more in the making.", "a decade or more", "duration", "P10Y", "EQUAL_OR_MORE"},
      {"Repairs will take three weeks or longer, engineers said.", "three weeks or longer", "duration", "P3W",
       "EQUAL_OR_MORE"},
      {"The trial should last a year or less.", "a year or less", "duration", "P1Y", "EQUAL_OR_LESS"},
      {"He will be there a little bit more than a year.", "a little bit more than a year", "duration", "P1Y",
       "MORE_THAN"},
      {"The talks lasted little less than an hour.", "little less than an hour", "duration", "PT1H", "LESS_THAN"},
      {"Turnout fell by between a quarter and a third.", "", "", ""},
      {"Just over a quarter, 26 percent, backed the plan.", "", "", ""},
      {"Sales fell in the first quarter.", "the first quarter", "date", "2022-Q1"},
      {"Shares rose for a quarter before they fell.", "a quarter", "duration", "P3M"},
  });
}

// A vague count before "earlier" names no point: a DURATION with "earlier"
// outside, as before "later" ("a few weeks later"); a vague count before
// "ago" stays the past.
TEST(TimeMLTest, VagueCountBeforeEarlierIsAStretch) {
  CheckRows({
      {"A few weeks earlier, the senator had spoken to the delegation.", "A few weeks", "duration", "PXW"},
      {"Several years earlier she had moved to Ohio.", "Several years", "duration", "PXY"},
      {"A few weeks later, the senator spoke again.", "A few weeks", "duration", "PXW"},
      {"A few weeks ago, the senator spoke.", "A few weeks ago", "date", "PAST_REF"},
  });
}

// A stretch named with no unit after "for" is a DURATION of unknown length,
// PXX, as "a while" is (TimeML 1.2.1: a duration whose value is not known);
// "some time ago" stays the past and a counted period keeps its count.
TEST(TimeMLTest, StretchWithNoUnitAfterForIsAVagueDuration) {
  CheckRows({
      {"American forces could be in the region for some time, officials said.", "some time", "duration", "PXX"},
      {"We are there to stay for a fairly lengthy period.", "a fairly lengthy period", "duration", "PXX"},
      {"The plant was shut for a short period of time last year.", "a short period of time", "duration", "PXX"},
      {"Talks stalled for a very long period.", "a very long period", "duration", "PXX"},
      {"The rule applies for a period of two years.", "two years", "duration", "P2Y"},
      {"The two men met some time ago.", "some time ago", "date", "PAST_REF"},
  });
}

// Branch time21: "last" with no determiner after "to", a modal, "not" or
// "and" is the verb of lasting; the count after it is the DURATION ("last"
// outside). "the last two years" keeps its adjective.
TEST(TimeMLTest, LastAsAVerbLeavesTheCountAlone) {
  CheckRows({
      {"The hearings at the Brenford courthouse are expected to last three weeks.", "three weeks", "duration",
       "P3W"},
      {"The Tolvey folk festival opens Friday and will last four days.", "four days", "duration", "P4D"},
      {"The truce between the Marn clans did not last two days.", "two days", "duration", "P2D"},
      {"The dockworkers' strike will begin Monday and last five days.", "five days", "duration", "P5D"},
      {"Repairs to the Ostrava line could last six months, engineers said.", "six months", "duration", "P6M"},
      {"Sales at Pellcorp rose in the last two years.", "the last two years", "duration", "P2Y"},
      {"Prices fell over the last three weeks.", "the last three weeks", "duration", "P3W"},
  });
}

// Branch time21: "half-hour" hyphened, with no article, is the duration of
// "a half-hour" (PT30M).
TEST(TimeMLTest, HyphenedHalfHourIsADuration) {
  CheckRows({
      {"The half-hour speech by Mayor Kessler was cut short.", "half-hour", "duration", "PT30M"},
      {"Councillor Dray gave a half-hour speech.", "a half-hour", "duration", "PT30M"},
  });
}


// Session 38 (time28): "the past half-century", "the next quarter century",
// "the past half-decade": a stretch of a fraction of a long unit, in years,
// anchored as "the past decade" is (not a PAST_REF "the past").
TEST(TimeMLTest, PastHalfCenturyIsAStretchOfYears) {
  CheckRows({
      {"Rainfall has dropped over the past half-century.", "the past half-century", "duration", "P50Y"},
      {"Rainfall has dropped over the past quarter century.", "the past quarter century", "duration", "P25Y"},
      {"Rainfall has dropped in the past half-decade.", "the past half-decade", "duration", "P5Y"},
      {"Rainfall will drop over the next half century.", "the next half century", "duration", "P50Y"},
  });
}

// "spend the next day", "spent the past two weeks": after a verb of
// spending time, "the next/past/last N units" is the stretch spent, a
// DURATION, whatever the count (one included, "the next day").
TEST(TimeMLTest, SpendTheNextDayIsADuration) {
  CheckRows({
      {"The mayor will likely spend the next day or more weighing the bill.", "the next day or more", "duration", "P1D",
       "EQUAL_OR_MORE"},
      {"The mayor will spend the next day weighing the bill.", "the next day", "duration", "P1D"},
      {"The senator spent the next week touring flooded towns.", "the next week", "duration", "P1W"},
      {"Rescuers spent the past two days searching the ridge.", "the past two days", "duration", "P2D"},
      {"She is spending the next month in Geneva.", "the next month", "duration", "P1M"},
      {"The council spent the last year rewriting the code.", "the last year", "duration", "P1Y"},
      // Not after a verb of spending: the next day is a day.
      {"The storm hit on May 2, and the next day the river rose.", "the next day", "date", "2022-05-03"},
  });
}

// "the most recent example": graded "recent" ranks things; it is no time.
// Alone it stays the past ("the recent floods", as TimeBank often tags it).
TEST(TimeMLTest, MostRecentIsNoTime) {
  CheckRows({
      {"The fine is the most recent example of the agency's zeal.", "", "", ""},
      {"Her most recent book sold poorly.", "", "", ""},
      {"More recent polls show a tighter race.", "", "", ""},
      {"The recent floods cut the road.", "recent", "date", "PAST_REF"},
  });
}

// Two counted durations joined by "and", the second in the next finer unit,
// are one DURATION (time32): TimeML writes the ISO 8601 value with both
// parts. Not across other words, nor when the second is no finer unit.
TEST(TimeMLTest, CountedDurationAndItsFinerPartAreOne) {
  CheckRows({
      {"The Ostrava hearing ran an hour and 15 minutes.", "an hour and 15 minutes", "duration", "PT1H15M"},
      {"Kemal Durr served two years and three months in jail.", "two years and three months", "duration", "P2Y3M"},
      {"The siege of Marrow Point lasted three days and 10 hours.", "three days and 10 hours", "duration", "P3DT10H"},
      {"The Tellen case took two months and 12 days.", "two months and 12 days", "duration", "P2M12D"},
      {"The flight lasted more than an hour and 20 minutes.", "more than an hour and 20 minutes", "duration",
       "PT1H20M", "MORE_THAN"},
      {"Rina Vos spent 20 years and 90 days in prison.", "20 years", "duration", "P20Y"},
      {"The talks lasted 10 hours and then 15 minutes more.", "10 hours", "duration", "PT10H"},
  });
}

// "a matter of days", "a number of years" (time32): a vague count of the
// unit, a DURATION as "several days" is; not a matter or a number of other
// things.
TEST(TimeMLTest, AMatterOrNumberOfUnitsIsAVagueDuration) {
  CheckRows({
      {"A truce in Dovren could come in a matter of days.", "a matter of days", "duration", "PXD"},
      {"Within a matter of hours, the Kell valley was flooded.", "a matter of hours", "duration", "PTXH",
       "EQUAL_OR_LESS"},
      {"The Harlow mine has been idle for a number of years.", "a number of years", "duration", "PXY"},
      {"It is a matter of principle for Mayor Tisdale.", "", "", ""},
      {"A number of weekends were lost.", "", "", ""},
  });
}

}  // namespace crosscheck::timeml_testing

