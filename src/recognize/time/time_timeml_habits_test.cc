// The TimeML profile (the default): rules of branch time15 (docs/TIME.md
// "Session of branch time15"): habitual weekdays and "on a daily basis",
// "one morning" (no clock), decades counted back to a year, "N units back",
// "At the moment ..." opening a sentence. Sentences are news-style and
// written for these tests (none comes from a corpus); rows as
// timeml_rows_testing.h says (report date Wednesday 2022-05-04).
#include <gtest/gtest.h>

#include "recognize/time/timeml_rows_testing.h"

namespace crosscheck::timeml_testing {
namespace {

// "on a Monday" in a clause not told in the past is any Monday (a set); told
// in the past it is a Monday of no known week (a date).
TEST(TimeMLTest, IndefiniteWeekdayIsHabitual) {
  CheckRows({
      {"The editors pick the stories on a Monday and print them on Thursday.", "a Monday", "set", "XXXX-WXX-1"},
      {"The market usually closes early on a Friday.", "a Friday", "set", "XXXX-WXX-5"},
      {"The senator was born on a Sunday in a small town.", "a Sunday", "date", "XXXX-WXX-7"},
      // a capitalised name after the weekday: no set ("on a Monday Night Football broadcast")
      {"He appeared on a Monday Night Football broadcast.", "", "", ""},
  });
}

TEST(TimeMLTest, OnADailyBasisIsASet) {
  CheckRows({
      {"Inspectors visit the plant on a daily basis.", "a daily basis", "set", "P1D"},
      {"The figures are published on a weekly basis.", "a weekly basis", "set", "P1W"},
      {"Shareholders are paid on a quarterly basis.", "a quarterly basis", "set", "P3M"},
      // no calendar word: nothing
      {"The board meets on a regular basis.", "", "", ""},
  });
}

// A number word before a part of day counts it: "one morning" is some
// morning, not one o'clock.
TEST(TimeMLTest, OneMorningIsNoClock) {
  CheckRows({
      {"If a reporter wakes up one morning and finds the story gone, he starts again.", "one morning", "time",
       "XXXX-XX-XXTMO"},
      {"One night the rebels crossed the river.", "One night", "time", "XXXX-XX-XXTNI"},
      // a count of nights stays a duration
      {"The crew stayed for one night in the port.", "one night", "duration", "P1D"},
      // the hour with its "in the morning" stays a clock
      {"The polls open at seven in the morning.", "seven in the morning", "time", "2022-05-04T07:00"},
  });
}

// "a decade ago" names a year (2012 from a report of 2022), as "ten years
// ago" does; "N units back" before the clause goes on is "ago".
TEST(TimeMLTest, DecadesAgoAndUnitsBackNameTheYear) {
  CheckRows({
      {"There were more golfers in the country a decade ago, the survey found.", "a decade ago", "date", "2012"},
      {"The law was passed more than a decade ago.", "more than a decade ago", "date", "2012", "MORE_THAN"},
      {"The plant closed two decades ago.", "two decades ago", "date", "2002"},
      {"We ran a story a couple of years back that drew complaints.", "a couple of years back", "date", "2020"},
      {"Two years back, the team won the title.", "Two years back", "date", "2020"},
      {"Three weeks back, the council voted.", "Three weeks back", "date", "2022-W15"},
      // "back" as a direction: the count stays a duration
      {"The vote was pushed two weeks back to June.", "two weeks", "duration", "P2W"},
  });
}

TEST(TimeMLTest, AtTheMomentOpeningASentenceIsThePresent) {
  CheckRows({
      {"At the moment Smith is in Rome for a summit.", "the moment", "date", "PRESENT_REF"},
      {"Talks are stalled at the moment, the envoy said.", "the moment", "date", "PRESENT_REF"},
      {"At the moment of impact the driver braked.", "", "", ""},
      {"At the moment he left, the crowd cheered.", "", "", ""},
  });
}

// A vague count of years back: "a few years ago" stays within a decade
// (201X); "several years ago", "years ago", "decades ago" may reach further
// and are the past.
TEST(TimeMLTest, VagueYearsAgoBeyondAFewAreThePast) {
  CheckRows({
      {"The town was founded a few years ago.", "a few years ago", "date", "201X"},
      {"The mine closed several years ago.", "several years ago", "date", "PAST_REF"},
      {"He suffered a bout of depression years ago, his aide said.", "years ago", "date", "PAST_REF"},
      {"The church was built decades ago.", "decades ago", "date", "PAST_REF"},
  });
}

// One of a thing per unit is a rate, no TIMEX3: "a laugh a minute", and a
// counted capitalised noun ("180 Officers a year").
TEST(TimeMLTest, RatesOfOneThingOrCountedNamesAreNoTimes) {
  CheckRows({
      {"The show delivers a laugh a minute.", "", "", ""},
      {"The academy admitted only 180 Officers a year.", "", "", ""},
      // a stretch before a signal stays
      {"She found a job a year later.", "a year", "duration", "P1Y"},
  });
}

// The object of a verb of spending time is a stretch, even a bare plural
// unit after "only" ("just minutes apart" stays nothing, as in TimeBank).
TEST(TimeMLTest, BarePluralAfterAVerbOfSpendingTimeIsADuration) {
  CheckRows({
      {"It took only hours for the rumours to spread.", "hours", "duration", "PTXH"},
      {"The mayor spent years fighting the plan.", "years", "duration", "PXY"},
      {"Residents waited days for the power to return.", "days", "duration", "PXD"},
      {"The two blasts came just minutes apart.", "", "", ""},
  });
}

// US Election Day, the Tuesday after the first Monday of November, by the
// tense rule as other holidays (report date 2022-05-04).
TEST(TimeMLTest, ElectionDayIsAHoliday) {
  CheckRows({
      {"Both campaigns will keep spending up to election day.", "election day", "date", "2022-11-08"},
      {"Turnout on Election Day fell short of forecasts, officials said.", "Election Day", "date", "2021-11-02"},
      {"Polls close on Election Day 2024.", "Election Day 2024", "date", "2024-11-05"},
  });
}

// "today" as "nowadays": a present state told with "be" is PRESENT_REF;
// an event or a state of the day stays the report's day.
TEST(TimeMLTest, TodayAsNowadaysIsThePresent) {
  CheckRows({
      {"Today, like many voters, I am skeptical of both parties.", "Today", "date", "PRESENT_REF"},
      {"Jefferson would be a libertarian today.", "today", "date", "PRESENT_REF"},
      {"And today, the right to vote is equal to the right to speak.", "today", "date", "PRESENT_REF"},
      // the day's events and states
      {"Today, markets are closed for the holiday.", "Today", "date", "2022-05-04"},
      {"The vote is today.", "today", "date", "2022-05-04"},
      {"Shares are up 3% today.", "today", "date", "2022-05-04"},
      {"The governor is in Ohio today.", "today", "date", "2022-05-04"},
      {"The index is higher today.", "today", "date", "2022-05-04"},
      {"Today is the eighth day of the strike.", "Today", "date", "2022-05-04"},
      {"The senator said today that he is confident.", "today", "date", "2022-05-04"},
      {"The committee is expected to vote today.", "today", "date", "2022-05-04"},
  });
}

// A genre named by a part of day is no time, hyphened or not.
TEST(TimeMLTest, LateNightGenreWrittenApartIsNoTime) {
  CheckRows({
      {"The joke ran on all the late night talk shows.", "", "", ""},
      {"The late-night show mocked him.", "", "", ""},
      {"The senators argued late night over the bill.", "late night", "time", "2022-05-04TNI", "END"},
  });
}

// A bare season before a noun, with no time word before it, is a kind
// ("summer school"), as "a winter storm" is; after a time word it is a time.
TEST(TimeMLTest, BareSeasonBeforeANounIsAKind) {
  CheckRows({
      {"The boy attended summer school in Ohio.", "", "", ""},
      {"The ministry ran summer camps for the children.", "", "", ""},
      {"The talks resume in winter when the roads close.", "winter", "date", "2022-WI"},
      {"Prices climbed over summer, traders said.", "summer", "date", "2021-SU"},
  });
}

// A chapter and verse after a name is no clock time.
TEST(TimeMLTest, ChapterAndVerseAfterANameIsNoClock) {
  CheckRows({
      {"The pastor quoted John 3:16 at the rally.", "", "", ""},
      {"Their motto is First Corinthians 9:25.", "", "", ""},
      // a time word or "at" before it: a clock
      {"The train leaves Tuesday 9:25.", "Tuesday 9:25", "time", "2022-05-10T09:25"},
      {"Reuters reported the blast at 9:25.", "9:25", "time", "2022-05-04T09:25"},
  });
}

}  // namespace
}  // namespace crosscheck::timeml_testing
