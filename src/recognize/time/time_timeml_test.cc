// The TimeML profile (the default), value rules by expression family, one
// table per rule of docs/TIME.md "TimeML profile": references, "N units ago",
// durations and their anchored stretch, sets, quarters and fiscal periods,
// seasons, decades, centuries, short years, modifiers, clock times and parts
// of day. Context rules (tense, narrative anchors, spans, JSON): in
// time_timeml_context_test.cc. Sentences are news-style and written for these
// tests (none comes from TimeBank); rows as timeml_rows_testing.h says.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "recognize/time/time_parse.h"
#include "recognize/time/timeml_rows_testing.h"

namespace crosscheck {
namespace {

using timeml_testing::CheckRows;
using timeml_testing::Found;
using timeml_testing::Row;

TEST(TimeMLTest, PresentPastAndFutureReferences) {
  CheckRows({
      {"Prices are now falling across the region.", "now", "date", "PRESENT_REF"},
      {"The mine currently employs 300 workers.", "currently", "date", "PRESENT_REF"},
      {"These days the port handles half the grain.", "These days", "date", "PRESENT_REF"},
      {"There is no cure at present, doctors said.", "present", "date", "PRESENT_REF"},
      {"In the past, the ferry ran twice daily.", "the past", "date", "PAST_REF"},
      {"The dam was recently inspected.", "recently", "date", "PAST_REF"},
      {"The palace was formerly a prison.", "formerly", "date", "PAST_REF"},
      {"Officials said at the time that the bridge was safe.", "the time", "date", "PAST_REF"},
      {"The board may revisit the plan in the future.", "the future", "date", "FUTURE_REF"},
      // the present age, not the report's day
      {"He does not know what is going on in the world today.", "today", "date", "PRESENT_REF"},
      {"Such atrocities happen in America today.", "today", "date", "PRESENT_REF"},
      {"The minister arrived in the capital today.", "today", "date", "2022-05-04"},
      {"Talks will resume at a later date.", "a later date", "date", "FUTURE_REF"},
      // not references
      {"The now-defunct airline owed millions.", "", "", ""},
      {"The current account deficit widened.", "", "", ""},
  });
}

TEST(TimeMLTest, AgoIsTheUnitsPeriod) {
  CheckRows({
      {"The bridge collapsed two years ago.", "two years ago", "date", "2020"},
      {"The plant closed six weeks ago.", "six weeks ago", "date", "2022-W12"},
      {"Fighting flared three months ago.", "three months ago", "date", "2022-02"},
      {"He was arrested four days ago.", "four days ago", "date", "2022-04-30"},
      {"The treaty was signed a decade ago.", "a decade ago", "date", "201"},
      {"The town was founded a few years ago.", "a few years ago", "date", "201X"},
      {"The ship sank nearly two weeks ago.", "nearly two weeks ago", "date", "2022-W16", "EQUAL_OR_LESS"},
      {"The ship sank about two years ago.", "two years ago", "date", "2020", "APPROX"},
  });
}

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

TEST(TimeMLTest, SetsWithQuantAndFreq) {
  CheckRows({
      {"Every morning the queue grows.", "Every morning", "set", "XXXX-XX-XXTMO"},
      {"The council meets each Thursday.", "each Thursday", "set", "XXXX-WXX-4"},
      {"The committee meets every year.", "every year", "set", "P1Y"},
      {"Inspectors visit every two weeks.", "every two weeks", "set", "P2W"},
      {"The fund pays out annually.", "annually", "set", "P1Y"},
      {"Dividends are paid quarterly.", "quarterly", "set", "P3M"},
      {"The firm raised its quarterly dividend.", "", "", ""},
      {"Quarterly sales rose 4%.", "", "", ""},
      {"Crowds gather daily outside the court.", "daily", "set", "P1D"},
      {"The ferry sails twice a week.", "twice a week", "set", "P1W"},
      {"Flights leave on Tuesday nights.", "Tuesday nights", "set", "XXXX-WXX-2TNI"},
      {"Markets close on Sundays.", "Sundays", "set", "XXXX-WXX-7"},
      // seasons, vague counts and adverbs with a frequency
      {"The festival is held each spring.", "each spring", "set", "XXXX-SP"},
      {"The herds move south every winter.", "every winter", "set", "XXXX-WI"},
      {"Floods hit the valley every few years.", "every few years", "set", "PXY"},
      {"The dividend is paid twice yearly.", "twice yearly", "set", "P1Y"},
      {"The index is revised three times annually.", "three times annually", "set", "P1Y"},
      {"The twice yearly report is out.", "", "", ""},
      // repetitions and adjectives are no sets
      {"For the first time, the river froze.", "", "", ""},
      {"He was hit twice.", "", "", ""},
      {"She has run it three times.", "", "", ""},
      {"Shareholders met at the annual meeting.", "", "", ""},
      {"The average daily volume fell.", "", "", ""},
  });
  std::string s = "The ferry sails twice a week and every day.";
  std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 5, 4});
  ASSERT_EQ(ts.size(), 2u) << Found(ts, s);
  EXPECT_EQ(ts[0].freq, "2X");
  EXPECT_EQ(ts[1].quant, "EVERY");
  s = "The dividend is paid twice yearly.";
  ts = ParseTimes(s, CivilDate{2022, 5, 4});
  ASSERT_EQ(ts.size(), 1u) << Found(ts, s);
  EXPECT_EQ(ts[0].freq, "2X");
}

TEST(TimeMLTest, QuartersFiscalYearsAndFinancialPeriods) {
  CheckRows({
      {"Profit fell in the third quarter.", "the third quarter", "date", "2021-Q3"},  // Q3 2022 not begun
      {"Profit will rise in the third quarter.", "the third quarter", "date", "2022-Q3"},
      {"The company posted a third-quarter loss.", "third-quarter", "date", "2021-Q3"},
      {"Sales in the latest quarter rose 4%.", "the latest quarter", "date", "2022-Q1"},
      {"Sales rose in the fourth quarter of 2021.", "the fourth quarter of 2021", "date", "2021-Q4"},
      {"Q3 sales were flat.", "Q3", "date", "2021-Q3"},
      {"Revenue doubled in fiscal 2021.", "fiscal 2021", "date", "2021"},
      {"The company expects a profit by year-end.", "year-end", "date", "2022-12-31"},
      {"The company earned $4 million in the year ended March 31.", "the year", "duration", "P1Y"},
      {"Profit rose in the first half of 2021.", "the first half of 2021", "date", "2021-H1"},
      // "the quarter ended <day>": the calendar quarter holding most of its three months
      {"Sales rose 4% in the quarter ended Sept. 30.", "the quarter", "date", "2021-Q3"},
      {"Profit fell in the quarter ended July 31, 2020.", "the quarter", "date", "2020-Q2"},
      {"In the quarter ended Oct. 2, sales rose.", "the quarter", "date", "2021-Q3"},
      {"Sales fell in the last half of 2021.", "the last half of 2021", "date", "2021-H2"},
  });
  // A year before a quarter under discussion is that quarter a year before.
  std::string s = "Third-quarter profit rose to $5 million from $3 million a year ago.";
  std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 11, 2});
  ASSERT_EQ(ts.size(), 2u) << Found(ts, s);
  EXPECT_EQ(ts[0].value, "2022-Q3");
  EXPECT_EQ(ts[1].value, "2021-Q3");
  s = "In the year-ago quarter, it lost $2 million.";
  ts = ParseTimes(s, CivilDate{2022, 11, 2});
  ASSERT_EQ(ts.size(), 1u) << Found(ts, s);
  EXPECT_EQ(ts[0].span.Of(s), "the year-ago quarter");
  EXPECT_EQ(ts[0].value, "2021-Q3");
}

// Halves, quarters and fiscal years of a year named relative to the report
// (TimeML: the value is the division of that year, one TIMEX3).
TEST(TimeMLTest, DivisionsOfRelativeYears) {
  CheckRows({
      {"Sales should recover in the first half of next year.", "the first half of next year", "date", "2023-H1"},
      {"The plan covers the second half of this year.", "the second half of this year", "date", "2022-H2"},
      {"Profit is expected to improve in next year's first half.", "next year's first half", "date", "2023-H1"},
      {"Output fell in last year's second half.", "last year's second half", "date", "2021-H2"},
      {"The first half of the year was strong for exporters.", "The first half of the year", "date", "2022-H1"},
      {"Sales in the first quarter of the year rose 3%.", "the first quarter of the year", "date", "2022-Q1"},
      {"The company posted a loss in the year's first quarter.", "the year's first quarter", "date", "2022-Q1"},
      {"Margins narrowed in the fourth quarter of next year.", "the fourth quarter of next year", "date", "2023-Q4"},
      // "the first two quarters of <year>" is its first half
      {"The slump will last through the first two quarters of 2023.", "the first two quarters of 2023", "date",
       "2023-H1"},
      {"Orders may pick up in the last two quarters of next year.", "the last two quarters of next year", "date",
       "2023-H2"},
      // fiscal and calendar years counted from the report are years
      {"The company expects a profit this fiscal year.", "this fiscal year", "date", "2022"},
      {"Spending will rise next fiscal year.", "next fiscal year", "date", "2023"},
      {"The utility lost money last fiscal year.", "last fiscal year", "date", "2021"},
      {"Sales fell in the current fiscal year.", "the current fiscal year", "date", "2022"},
      // a half of something else
      {"He scored twice in the first half of the match.", "", "", ""},
  });
}

// "the previous quarter", "the following quarter": from the quarter the
// text names, else from the last quarter completed (the report's default).
TEST(TimeMLTest, QuartersCountedFromTheQuarterUnderDiscussion) {
  std::string s = "Profit rose in the third quarter after falling in the previous quarter.";
  std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 11, 2});
  ASSERT_EQ(ts.size(), 2u) << Found(ts, s);
  EXPECT_EQ(ts[1].span.Of(s), "the previous quarter");
  EXPECT_EQ(ts[1].value, "2022-Q2");
  EXPECT_EQ(ts[1].anchor, TimeAnchor::kText);
  s = "Sales in the second quarter of 2021 fell, and the following quarter they rose.";
  ts = ParseTimes(s, CivilDate{2022, 11, 2});
  ASSERT_EQ(ts.size(), 2u) << Found(ts, s);
  EXPECT_EQ(ts[1].value, "2021-Q3");
  s = "Growth slowed from the previous quarter, the agency said.";
  ts = ParseTimes(s, CivilDate{2022, 11, 2});  // last completed: Q3, so the previous one is Q2
  ASSERT_EQ(ts.size(), 1u) << Found(ts, s);
  EXPECT_EQ(ts[0].value, "2022-Q2");
  EXPECT_EQ(ts[0].anchor, TimeAnchor::kReport);
}

// A possessive works as a determiner before a year that modifies a noun.
TEST(TimeMLTest, YearsAfterAPossessive) {
  CheckRows({
      {"The company's 1997 profit rose 4%.", "1997", "date", "1997"},
      {"Exxon's 1998 results beat forecasts.", "1998", "date", "1998"},
      {"The firm's 2000 employees were idle.", "", "", ""},
      {"The city's 1500 residents voted.", "", "", ""},
  });
}

// "the weekend of <day>" is that day's (ISO) week's weekend, as "the week of <day>" is its week.
TEST(TimeMLTest, WeekendOfADay) {
  CheckRows({
      {"Officials met on the weekend of Oct. 8.", "the weekend of Oct. 8", "date", "2022-W40-WE", "", "2022-10-20"},
      {"The fair is on the weekend of Oct. 9.", "the weekend of Oct. 9", "date", "2022-W40-WE", "", "2022-10-20"},
      {"The vote is set for the week of Oct. 5.", "the week of Oct. 5", "date", "2022-W40", "", "2022-10-01"},
      {"The weekend of violence ended.", "", "", ""},
  });
}

// A year that opens the sentence ("In 1996, ...") is the frame of the bare
// months and days after it.
TEST(TimeMLTest, SentenceOpeningYearFramesMonthsAndDays) {
  CheckRows({
      {"In 1996, sales fell in March and rose in June.", "March", "date", "1996-03"},
      {"In 1996, sales fell in March and rose in June.", "June", "date", "1996-06"},
      {"In 2024, the plant will open on March 5.", "March 5", "date", "2024-03-05"},
      {"During 2019, the index peaked in July.", "July", "date", "2019-07"},
      // no frame: a year inside the clause, or one that is no adverbial
      {"The company was founded in 1990 and went public in May.", "May", "date", "2022-05"},
      {"In 1996 dollars, output peaked in March.", "March", "date", "2022-03"},
  });
}

TEST(TimeMLTest, SeasonsDecadesCenturiesAndShortYears) {
  CheckRows({
      {"The dam was finished in the summer of 2018.", "the summer of 2018", "date", "2018-SU"},
      {"Crops failed last fall.", "last fall", "date", "2021-FA"},
      // "last"/"next" count from the report date; a bare season follows the tense
      {"Crops failed last summer.", "last summer", "date", "2022-SU", "", "2022-10-20"},
      {"Crops failed last summer.", "last summer", "date", "2021-SU", "", "2022-02-10"},
      {"The bridge will reopen next spring.", "next spring", "date", "2023-SP", "", "2022-10-20"},
      {"The bridge will reopen next fall.", "next fall", "date", "2022-FA", "", "2022-02-10"},
      {"The law was passed in the summer.", "the summer", "date", "2021-SU", "", "2022-02-10"},
      {"The law was passed in the summer.", "the summer", "date", "2022-SU", "", "2022-10-20"},
      {"The plant will open in the fall.", "the fall", "date", "2022-FA", "", "2022-02-10"},
      {"The plant will open in the spring.", "the spring", "date", "2023-SP", "", "2022-10-20"},
      {"Disco ruled the 1970s.", "the 1970s", "date", "197"},
      {"Steam power spread in the 19th century.", "the 19th century", "date", "18"},
      {"The war ended in the 20th century.", "the 20th century", "date", "19"},
      {"The club last won the cup in '98.", "'98", "date", "1998"},
      {"Growth slowed in the mid-1990s.", "the mid-1990s", "date", "199", "MID"},
  });
  std::string s = "The budget for 1998-99 was cut.";
  std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 5, 4});
  ASSERT_EQ(ts.size(), 3u) << Found(ts, s);
  EXPECT_EQ(ts[0].span.Of(s), "1998-99");
  EXPECT_EQ(ts[1].value, "1998");
  EXPECT_EQ(ts[2].span.Of(s), "99");
  EXPECT_EQ(ts[2].value, "1999");
}

TEST(TimeMLTest, ModifiersOfPeriodsAndTimes) {
  CheckRows({
      {"The law takes effect at the end of the year.", "the end of the year", "date", "2022", "END"},
      {"By the end of the decade, the city will double.", "the end of the decade", "date", "202", "END"},
      {"The plant will close by the end of the century.", "the end of the century", "date", "20", "END"},
      {"Sales should pick up by the end of the quarter.", "the end of the quarter", "date", "2022-Q2", "END"},
      {"Troops arrived in early May.", "early May", "date", "2022-05", "START"},
      {"Shipments resume in mid-June.", "mid-June", "date", "2022-06", "MID"},
      {"The report came out late last year.", "late last year", "date", "2021", "END"},
      {"Oil prices fell from the middle of October.", "the middle of October", "date", "2021-10", "MID"},
      {"The gunmen struck around 7:15 p.m.", "around 7:15 p.m.", "time", "2022-05-04T19:15", "APPROX"},
      {"Shares dipped in mid-afternoon yesterday.", "mid-afternoon yesterday", "time", "2022-05-03TAF", "MID"},
      {"The envoy meets the rebels later this afternoon.", "later this afternoon", "time", "2022-05-04TAF", "END"},
      {"Rally officials were unavailable late yesterday.", "late yesterday", "date", "2022-05-03", "END"},
      {"Growth should resume the next year or so.", "the next year or so", "date", "2023", "APPROX"},
  });
}

TEST(TimeMLTest, ClockTimesAndPartsOfDayOnTheirDay) {
  CheckRows({
      {"Police found him on the morning of Jan. 5.", "the morning of Jan. 5", "time", "2022-01-05TMO"},
      {"The raid came on the night of 3 February.", "the night of 3 February", "time", "2022-02-03TNI"},
      {"The night of Tuesday was calm.", "The night of Tuesday", "time", "2022-05-03TNI"},
      {"The morning of May was cold.", "May", "date", "2022-05"},  // a month: no day to put it on
      // a wire timestamp: date then clock with seconds (no race time)
      {"Filed 12/05/2021 09:42:00 by the desk.", "12/05/2021 09:42:00", "time", "2021-12-05T09:42:00"},
      {"Sent 2021-02-06 06:22:26 from Rome.", "2021-02-06 06:22:26", "time", "2021-02-06T06:22:26"},
      {"Updated 08-15-21 1337EDT.", "08-15-21 1337EDT", "time", "2021-08-15T13:37"},
      {"The bus left at 1530 EST.", "1530 EST", "time", "2022-05-04T15:30"},
      // military time: four digits and "hours" after a preposition of time,
      // or with a leading zero, is a clock time, no duration
      {"The convoy moved out at 0600 hours.", "0600 hours", "time", "2022-05-04T06:00"},
      {"The deadline passed at 1500 hours, officials said.", "1500 hours", "time", "2022-05-04T15:00"},
      {"Flights resume by 2130 hours.", "2130 hours", "time", "2022-05-04T21:30"},
      {"Firing stopped at 0945 hrs.", "0945 hrs", "time", "2022-05-04T09:45"},
      {"The volunteers logged 1500 hours of service.", "1500 hours", "duration", "PT1500H"},
      {"The guard was posted at 1275 hours past the checkpoint.", "1275 hours", "duration", "PT1275H"},
      {"Tuesday morning the vote was held.", "Tuesday morning", "time", "2022-05-03TMO"},
      {"Talks will resume tomorrow night.", "tomorrow night", "time", "2022-05-05TNI"},
      // a clock before a day's part of day: one TIME on that day, the hour in
      // the part's half of the day unless am/pm is written
      {"The man was shot at 11:30 Sunday night, police said.", "11:30 Sunday night", "time", "2022-05-01T23:30"},
      {"The fire started at 11:30 last night.", "11:30 last night", "time", "2022-05-03T23:30"},
      {"The meeting began at 8:30 Monday evening.", "8:30 Monday evening", "time", "2022-05-02T20:30"},
      {"The quake struck at 4:31 Monday morning.", "4:31 Monday morning", "time", "2022-05-02T04:31"},
      {"Polls close at 8 tonight.", "8 tonight", "time", "2022-05-04T20:00"},
      {"The blast came at 9:15 yesterday morning.", "9:15 yesterday morning", "time", "2022-05-03T09:15"},
      {"The train left at 1:15 a.m. Sunday night.", "1:15 a.m. Sunday night", "time", "2022-05-01T01:15"},
  });
}

// A clock time followed by the same time in another zone in parentheses and
// then a day: the clock is on that day; the day stays a TIMEX3 of its own and
// the parenthesis is none.
TEST(TimeMLTest, ClockBeforeAZoneParenthesisTakesTheDayAfterIt) {
  CheckRows({
      {"The quake struck at 4:31 a.m. local time (1131 GMT) on Monday.", "4:31 a.m. local time", "time",
       "2022-05-02T04:31"},
      {"The quake struck at 4:31 a.m. local time (1131 GMT) on Monday.", "Monday", "date", "2022-05-02"},
      {"Polls closed at 8 p.m. (0100 GMT) Sunday, officials said.", "8 p.m.", "time", "2022-05-01T20:00"},
      {"Polls closed at 8 p.m. (0100 GMT), officials said.", "8 p.m.", "time", "2022-05-04T20:00"},
  });
}

// Set values in TimeML's own form: a part of day recurs as
// XXXX-XX-XXT<part> ("nightly" as "every night"), a clock after a set gives
// the full time (the part of day's half of the day for the hour), weekends
// recur as XXXX-WXX-WE, weekdays coordinated after "every" are sets too, and
// "semiannually", "biennially" are sets of six months and two years.
TEST(TimeMLTest, SetValuesInTimeMLForm) {
  CheckRows({
      {"The ferry sails nightly from the harbor.", "nightly", "set", "XXXX-XX-XXTNI"},
      {"The bulletin airs every night at 9.", "every night at 9", "set", "XXXX-XX-XXT21:00"},
      {"The bulletin airs nightly at 10.", "nightly at 10", "set", "XXXX-XX-XXT22:00"},
      {"The market opens every day at 9:30 a.m.", "every day at 9:30 a.m.", "set", "XXXX-XX-XXT09:30"},
      {"Mass is said every Sunday at 11.", "every Sunday at 11", "set", "XXXX-WXX-7T11:00"},
      {"The museum is crowded every weekend.", "every weekend", "set", "XXXX-WXX-WE"},
      {"The museum is crowded on weekends.", "weekends", "set", "XXXX-WXX-WE"},
      {"The council meets every Monday and Thursday.", "Thursday", "set", "XXXX-WXX-4"},
      {"Flights leave each Tuesday, Thursday and Saturday.", "Saturday", "set", "XXXX-WXX-6"},
      {"The fund pays interest semiannually.", "semiannually", "set", "P6M"},
      {"The games are held biennially in the capital.", "biennially", "set", "P2Y"},
      {"The semiannual report is due.", "", "", ""},
  });
}

// Coordinated calendar names sharing a plural ("Monday and Tuesday nights",
// "the second and fourth quarters") recur, each one a set, unless a past
// clause with no habitual adverb tells of two particular times.
TEST(TimeMLTest, CoordinatedPluralCalendarNamesAreSets) {
  CheckRows({
      {"The ferry will sail on Monday and Thursday nights from June 1.", "Monday", "set", "XXXX-WXX-1TNI"},
      {"The ferry will sail on Monday and Thursday nights from June 1.", "Thursday nights", "set", "XXXX-WXX-4TNI"},
      {"Retailers usually hire in the third and fourth quarters.", "third", "set", "XXXX-Q3"},
      {"Retailers usually hire in the third and fourth quarters.", "fourth quarters", "set", "XXXX-Q4"},
      {"Toy sales peak in fourth quarters.", "fourth quarters", "set", "XXXX-Q4"},
      {"Crowds rioted on Friday and Saturday nights.", "Friday", "date", "2022-04-29"},
      {"Crowds rioted on Friday and Saturday nights.", "Saturday", "date", "2022-04-30"},
      {"Its second and third quarters were weak.", "", "", ""},
      {"The chain lost money in the first quarters of 2020 and 2021.", "2020", "date", "2020"},
  });
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

// "at this moment", "this critical moment", "At the moment, ...": the
// present; "the moment of the blast" and a bare clause-final "at the moment"
// are not.
TEST(TimeMLTest, TheMomentAsThePresent) {
  CheckRows({
      {"The minister would not resign at this critical moment, aides said.", "this critical moment", "date",
       "PRESENT_REF"},
      {"At the moment, no talks are planned.", "the moment", "date", "PRESENT_REF"},
      {"No talks are planned at the moment, officials said.", "the moment", "date", "PRESENT_REF"},
      {"At this moment the bridge remains closed.", "this moment", "date", "PRESENT_REF"},
      {"Witnesses recalled the moment of the blast.", "", "", ""},
      {"He says whatever comes into his head at the moment.", "", "", ""},
  });
}

// Rules found on the news gold of BASIL articles (tests/gold/time); the
// sentences are written for these tests.
TEST(TimeMLTest, HolidayNamedAsRecurringHasNoYear) {
  CheckRows({
      {"The network dropped her from its annual New Year's Eve broadcast.", "New Year's Eve", "date", "XXXX-12-31"},
      {"The yearly Christmas parade drew large crowds.", "Christmas", "date", "XXXX-12-25"},
      // a holiday not named as recurring keeps its year
      {"She hosted the New Year's Eve broadcast.", "New Year's Eve", "date", "2021-12-31"},
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

TEST(TimeMLTest, MonthInsideAHyphenatedNameIsNoMonth) {
  CheckRows({
      {"The president spent the weekend at Mar-a-Lago.", "the weekend", "date", "2022-W17-WE"},
      {"Sales in the April-to-June quarter fell.", "April", "date", "2022-04"},
  });
  const char* s = "He flew to Mar-a-Lago on Friday.";
  for (const TimeMention& t : ParseTimes(s, ParseIsoDate("2022-05-04"))) EXPECT_NE(t.span.Of(s), "Mar") << s;
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

TEST(TimeMLTest, EverydayAtTheEndOfAClauseIsASet) {
  CheckRows({
      {"How can we trust ideas that change everyday?", "everyday", "set", "P1D"},
      {"The rules of everyday life changed.", "", "", ""},
  });
}

// TimeML 1.2.1 TIMEX3 guidelines, TIME: a part of day or a clock time is put
// on its resolved day (the report's day when none is written); a TIME never
// carries a bare date value.
TEST(TimeMLTest, GuidelineTimesOnTheirDay) {
  CheckRows({
      {"Rescuers reached the village this morning.", "this morning", "time", "2022-05-04TMO"},
      {"The minister will speak this afternoon.", "this afternoon", "time", "2022-05-04TAF"},
      {"Results are expected later this afternoon.", "later this afternoon", "time", "2022-05-04TAF", "END"},
      {"The president will address the nation tonight.", "tonight", "time", "2022-05-04TNI"},
      {"Gunmen stormed the hotel last night.", "last night", "time", "2022-05-03TNI"},
      {"Troops withdrew Tuesday evening.", "Tuesday evening", "time", "2022-05-03TEV"},
      // "early"/"late" on a day alone: the day, with the modifier (no part is written)
      {"The storm hit early Friday, flooding roads.", "early Friday", "date", "2022-04-29", "START"},
      {"The vote was held late Monday.", "late Monday", "date", "2022-05-02", "END"},
      {"Stocks fell overnight in Asia.", "overnight", "time", "2022-05-03TNI"},
      {"Crews will work overnight to clear the line.", "overnight", "time", "2022-05-04TNI"},
      {"Troops moved in overnight Monday.", "overnight Monday", "time", "2022-05-02TNI"},
      // a part of day with no day is on the day the text last named, as a clock is
      {"The plane left Athens on Monday. In the afternoon it crashed.", "In the afternoon", "time",
       "2022-05-02TAF"},
      {"The plane left Athens on Monday. It crashed at 3 p.m.", "3 p.m.", "time", "2022-05-02T15:00"},
      {"The plane landed at 3 p.m.", "3 p.m.", "time", "2022-05-04T15:00"},
      {"The market closed at 4 p.m. EST.", "4 p.m. EST", "time", "2022-05-04T16:00"},
      {"The blast happened at about 10:35 a.m.", "10:35 a.m.", "time", "2022-05-04T10:35", "APPROX"},
      {"The ceasefire starts at noon.", "noon", "time", "2022-05-04T12:00"},
      {"Talks broke off at noon Thursday.", "noon Thursday", "time", "2022-04-28T12:00"},
      {"The curfew begins at midnight.", "midnight", "time", "2022-05-04T00:00"},
      {"The fire broke out at 10 p.m. Monday.", "10 p.m. Monday", "time", "2022-05-02T22:00"},
      {"Bidding will end at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "time", "2022-11-09T17:00"},
      {"The shop was robbed in mid-afternoon yesterday.", "mid-afternoon yesterday", "time", "2022-05-03TAF", "MID"},
      {"The police arrived Saturday night.", "Saturday night", "time", "2022-04-30TNI"},
      {"The council will vote Thursday morning.", "Thursday morning", "time", "2022-05-05TMO"},
      {"Prices are rising right now.", "now", "date", "PRESENT_REF"},
      {"Officials said earlier today that the road is open.", "today", "date", "2022-05-04"},
  });
}

// TimeML 1.2.1 TIMEX3 guidelines, SET: the value is the period of the
// recurrence (or the calendar point with placeholders), quant and freq
// apart.
TEST(TimeMLTest, GuidelineSets) {
  CheckRows({
      {"Inspectors check the dam every three weeks.", "every three weeks", "set", "P3W"},
      {"The buses run every 15 minutes.", "every 15 minutes", "set", "PT15M"},
      {"The report is updated hourly.", "hourly", "set", "PT1H"},
      {"The newsletter appears weekly.", "weekly", "set", "P1W"},
      {"Rent is due monthly.", "monthly", "set", "P1M"},
      {"Rates are reviewed yearly.", "yearly", "set", "P1Y"},
      {"The board meets every Tuesday.", "every Tuesday", "set", "XXXX-WXX-2"},
      {"Guards patrol the wall each morning.", "each morning", "set", "XXXX-XX-XXTMO"},
      {"The mine produces 2 million tons a year.", "", "", ""},
      {"The mine produces 2 million tons per year.", "", "", ""},
      {"Patients take the pill three times a day.", "three times a day", "set", "P1D"},
      {"The magazine is published once a month.", "once a month", "set", "P1M"},
      {"The committee meets twice a year.", "twice a year", "set", "P1Y"},
      {"Nurses change the dressing every other day.", "every other day", "set", "P2D"},
      {"The fund lost $5 million each month.", "each month", "set", "P1M"},
      {"The plant earns $40 million a year.", "", "", ""},
  });
  struct QF { const char* sentence; size_t i; const char* quant; const char* freq; };
  for (const QF& q : std::vector<QF>{
           {"Inspectors check the dam every three weeks.", 0, "EVERY", ""},
           {"Patients take the pill three times a day.", 0, "", "3X"},
           {"The magazine is published once a month.", 0, "", "1X"},
           {"Guards patrol the wall each morning.", 0, "EACH", ""},
           {"Workers put in 12 hours a day.", 0, "", "12H"},
           {"She works two days a week at the clinic.", 0, "", "2D"},
           {"The nurse visits three days every month.", 0, "EVERY", "3D"},
       }) {
    std::string s = q.sentence;
    std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 5, 4});
    SCOPED_TRACE(s);
    ASSERT_GT(ts.size(), q.i) << Found(ts, s);
    EXPECT_EQ(ts[q.i].quant, q.quant);
    EXPECT_EQ(ts[q.i].freq, q.freq);
  }
}

// More TIME and SET forms of the guidelines: "early"/"late" with the part of
// a day in the span and as mod, "overnight <day>", a clock before "daily".
TEST(TimeMLTest, GuidelineModifiedPartsAndClockSets) {
  CheckRows({
      {"The bomb went off early this morning.", "early this morning", "time", "2022-05-04TMO", "START"},
      {"The ship sank early Monday morning.", "early Monday morning", "time", "2022-05-02TMO", "START"},
      {"The riots began late Tuesday night.", "late Tuesday night", "time", "2022-05-03TNI", "END"},
      {"The talks ended late last night.", "late last night", "time", "2022-05-03TNI", "END"},
      {"The body was found yesterday afternoon.", "yesterday afternoon", "time", "2022-05-03TAF"},
      {"The quake struck at 6 this morning.", "6 this morning", "time", "2022-05-04T06:00"},
      {"The polls open at 7:30 tonight.", "7:30 tonight", "time", "2022-05-04T19:30"},
      {"The plane crashed at 9:30 a.m. local time.", "9:30 a.m. local time", "time", "2022-05-04T09:30"},
      {"The plane crashed at 0600 GMT Monday.", "0600 GMT Monday", "time", "2022-05-02T06:00"},
      {"The blast hit at 4 o'clock.", "4 o'clock", "time", "2022-05-04T04:00"},
      {"The meeting ended Wednesday at 3 p.m.", "Wednesday at 3 p.m.", "time", "2022-05-04T15:00"},
      {"The leaders met Monday afternoon.", "Monday afternoon", "time", "2022-05-02TAF"},
      {"He was last seen on Friday evening.", "Friday evening", "time", "2022-04-29TEV"},
      {"Stocks rose earlier this evening.", "earlier this evening", "time", "2022-05-04TEV", "START"},
      {"The rally will start at 10 a.m. tomorrow.", "10 a.m. tomorrow", "time", "2022-05-05T10:00"},
      {"Two hours later the fire was out.", "Two hours", "duration", "PT2H"},
      {"The vote will be held at midnight Friday.", "midnight Friday", "time", "2022-05-06T00:00"},
      {"The office opens at 9 a.m. daily.", "9 a.m. daily", "set", "XXXX-XX-XXT09:00"},
      {"The market rose 5% a year earlier.", "a year earlier", "date", "2021"},
      {"Sales fell a year ago.", "a year ago", "date", "2021"},
      {"He worked there for a year.", "a year", "duration", "P1Y"},
      // a rate of an amount is no TIMEX3 (TimeBank leaves "$2 million a
      // year", "four flights a week" untagged) ...
      {"The plant makes 500 cars a day.", "", "", ""},
      // ... but a count of a smaller unit per larger one is a set, the count
      // its freq (TimeML 1.2.1: "three days every month", P1M freq 3D)
      {"Workers put in 12 hours a day.", "12 hours a day", "set", "P1D"},
      {"She works two days a week at the clinic.", "two days a week", "set", "P1W"},
      {"The nurse visits three days every month.", "three days every month", "set", "P1M"},
      {"The rebels attacked at dawn Sunday.", "dawn Sunday", "time", "2022-05-01TMO"},
      {"The company pays $2 a share each quarter.", "each quarter", "set", "P3M"},
      {"The index is published every week.", "every week", "set", "P1W"},
      {"Readers pay $10 a month.", "", "", ""},
  });
}

// Parts of day counted from the day the text last named ("later that night",
// "the next morning", "the previous night"), "last evening", and bare parts
// after a preposition ("at dawn", "through the night"): TimeML 1.2.1 gives
// each a TIME on its day (YYYY-MM-DDTxx), the day found as for "that night".
TEST(TimeMLTest, GuidelinePartsOfDayCountedAndBare) {
  CheckRows({
      {"He left Paris on Monday. Later that night, he was arrested.", "Later that night", "time", "2022-05-02TNI",
       "END"},
      {"He left Paris on Monday. Earlier that evening, he had dined with friends.", "Earlier that evening", "time",
       "2022-05-02TEV", "START"},
      {"He left Paris on Monday. The next morning, he was arrested.", "The next morning", "time", "2022-05-03TMO"},
      {"The talks collapsed on Friday. The following afternoon, fighting resumed.", "The following afternoon", "time",
       "2022-04-30TAF"},
      {"He left Paris on Monday. The previous night, he had dined with friends.", "The previous night", "time",
       "2022-05-01TNI"},
      {"The ship sank on Monday; its crew had been warned the night before.", "the night before", "time",
       "2022-05-01TNI"},
      {"The army says the next morning will bring a truce.", "the next morning", "time", "2022-05-05TMO"},
      {"We spoke with the minister last evening.", "last evening", "time", "2022-05-03TEV"},
      {"The gunmen struck at dawn, police said.", "dawn", "time", "2022-05-04TMO"},
      {"The rebels withdrew at nightfall.", "nightfall", "time", "2022-05-04TEV"},
      {"The convoy left on Sunday and arrived before dusk.", "dusk", "time", "2022-05-01TEV"},
      {"Rescue teams worked through the night to reach the miners.", "the night", "time", "2022-05-03TNI"},
      {"The plane left Athens on Monday. During the night, it crashed.", "the night", "time", "2022-05-02TNI"},
      {"Crews will work through the night.", "the night", "time", "2022-05-04TNI"},
      {"The shelling continued into the evening.", "the evening", "time", "2022-05-04TEV"},
      // not a part of this day: "the night of ..." is composed with its day,
      // a plural or "at night" of a habit stays generic
      {"The streets are empty at night.", "", "", ""},
      {"The fire began on the night of May 1.", "the night of May 1", "time", "2022-05-01TNI"},
  });
}

// A count of times per period is a set whatever the count's word ("several
// times a day", "many times a week"); a wage or price per unit of time is a
// rate of an amount, no TIMEX3, as "$40 million a year" is.
TEST(TimeMLTest, VagueCountsPerPeriodAndRatesPerHour) {
  CheckRows({
      {"The ferry runs several times a day.", "several times a day", "set", "P1D"},
      {"He called his lawyer many times a week.", "many times a week", "set", "P1W"},
      {"Flights leave a few times a month.", "a few times a month", "set", "P1M"},
      {"Workers earn $15 an hour.", "", "", ""},
      {"Cleaners are paid 12 euros an hour.", "", "", ""},
      {"Rooms cost $300 a night.", "", "", ""},
      {"He drove at 90 miles an hour.", "", "", ""},
      {"He waited an hour for the bus.", "an hour", "duration", "PT1H"},
  });
}

// "the early (morning) hours of Sunday" is the start of that day's morning
// (no "hours" duration inside it); "in the evening of May 2" leaves the
// signal "in" out and composes the part with its day.
TEST(TimeMLTest, EarlyHoursAndThePartOfANamedDay) {
  CheckRows({
      {"The blast occurred in the early morning hours of Sunday.", "the early morning hours of Sunday", "time",
       "2022-05-01TMO", "START"},
      {"The fire started in the early hours of Sunday.", "the early hours of Sunday", "time", "2022-05-01TMO", "START"},
      {"The ferry left on Monday. In the early hours, it sank.", "the early hours", "time", "2022-05-02TMO", "START"},
      {"The envoys arrived in the evening of May 2.", "the evening of May 2", "time", "2022-05-02TEV"},
      {"The envoys arrived in the morning of Friday.", "the morning of Friday", "time", "2022-04-29TMO"},
  });
}

// A quarter or half "of fiscal 1999" is that year's (TimeBank writes the
// fiscal year's label as the calendar year, "fiscal 1999" = 1999).
TEST(TimeMLTest, QuarterAndHalfOfAFiscalYear) {
  CheckRows({
      {"Sales rose in the third quarter of fiscal 1999.", "the third quarter of fiscal 1999", "date", "1999-Q3"},
      {"Profit fell in the second half of fiscal 2001.", "the second half of fiscal 2001", "date", "2001-H2"},
      {"Profit fell in the second half of 2001.", "the second half of 2001", "date", "2001-H2"},
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

// A set with a part of day after "at" is that part on each of the set's
// days, as "every night at 9" is a clock on each night.
TEST(TimeMLTest, SetAtAPartOfDay) {
  CheckRows({
      {"Fishermen leave the harbour every day at dawn.", "every day at dawn", "set", "XXXX-XX-XXTMO"},
      {"The imam preaches every Friday at dusk.", "every Friday at dusk", "set", "XXXX-WXX-5TEV"},
      {"The boats left the harbour at dawn.", "dawn", "time", "2022-05-04TMO"},
  });
}

// "every Christmas" is a set of the holiday's day in any year; a holiday
// with no fixed day keeps its dated reading.
TEST(TimeMLTest, EveryFixedHolidayIsASet) {
  CheckRows({
      {"The family returns to the village every Christmas.", "every Christmas", "set", "XXXX-12-25"},
      {"Crowds gather in the square each New Year's Eve.", "each New Year's Eve", "set", "XXXX-12-31"},
      {"The family returned to the village at Christmas.", "Christmas", "date", "2021-12-25"},
  });
}

// "every second Tuesday", "every third year": an ordinal before a weekday or
// a singular unit counts as "every other" does; "every second" alone is a
// second. "every half hour", "every quarter-hour": the fraction of the hour.
TEST(TimeMLTest, EveryNthAndFractionsOfAnHourAreSets) {
  CheckRows({
      {"The council meets every second Tuesday.", "every second Tuesday", "set", "XXXX-WXX-2"},
      {"The council meets every other Tuesday.", "every other Tuesday", "set", "XXXX-WXX-2"},
      {"The treaty is reviewed every third year.", "every third year", "set", "P3Y"},
      {"The ferry sails every second week in winter.", "every second week", "set", "P2W"},
      {"Shuttle buses leave every half hour.", "every half hour", "set", "PT30M"},
      {"Shuttle buses leave every half-hour.", "every half-hour", "set", "PT30M"},
      {"Bulletins air every quarter hour.", "every quarter hour", "set", "PT15M"},
      {"The reactor is checked every second.", "every second", "set", "PT1S"},
  });
  std::vector<TimeMention> ts = ParseTimes("The council meets every second Tuesday.", ParseIsoDate("2022-05-04"));
  ASSERT_EQ(ts.size(), 1u) << Found(ts, "The council meets every second Tuesday.");
  EXPECT_EQ(ts[0].quant, "EVERY");
}

// A set adverb before an exception ("runs daily except Sunday") is still the
// adverb, not an adjective before a noun.
TEST(TimeMLTest, SetAdverbBeforeAnException) {
  CheckRows({
      {"The ferry runs daily except Sunday.", "daily", "set", "P1D"},
      {"The paper is printed weekly unless a holiday intervenes.", "weekly", "set", "P1W"},
      {"The daily paper was shut.", "", "", ""},
  });
}

// Military time in a range: "hours" written once after the second clock
// covers both ("from 0600 to 1800 hours"), as "at 0600 hours" is a clock;
// one of the two needs a leading zero, or "from" before the first.
TEST(TimeMLTest, MilitaryRangeSharesHours) {
  CheckRows({
      {"The curfew runs from 0600 to 1800 hours.", "0600", "time", "2022-05-04T06:00"},
      {"The curfew runs from 0600 to 1800 hours.", "1800 hours", "time", "2022-05-04T18:00"},
      {"The curfew runs from 0600 to 1800 hours.", "from 0600 to 1800 hours", "time",
       "(2022-05-04T06:00,2022-05-04T18:00,PT12H)"},
      {"Flights were suspended between 0800 and 1400 hours.", "0800", "time", "2022-05-04T08:00"},
      {"Flights were suspended between 0800 and 1400 hours.", "1400 hours", "time", "2022-05-04T14:00"},
      {"Troops patrol between 2200 and 0500 hours.", "2200", "time", "2022-05-04T22:00"},
      {"The road is shut from 1900-2300 hours.", "2300 hours", "time", "2022-05-04T23:00"},
      // counts of hours stay durations
      {"Pilots must log between 1000 and 2000 hours.", "between 1000 and 2000 hours", "duration", "PT1000H",
       "EQUAL_OR_MORE"},
      {"The repairs took two to three hours.", "two to three hours", "duration", "PT2H", "EQUAL_OR_MORE"},
  });
}

// "between 2 and 4 p.m.", "from 9 to 11 a.m. Monday", "2-4 p.m.": a bare
// hour before a clock with a.m./p.m. is a clock in the same half of the day
// (and on the same day), read so that it comes first ("from 11 to 1 p.m."
// starts at 11 a.m.).
TEST(TimeMLTest, BareHourSharesTheMeridiemOfItsRange) {
  CheckRows({
      {"The market closed between 2 and 4 p.m.", "2", "time", "2022-05-04T14:00"},
      {"The market closed between 2 and 4 p.m.", "between 2 and 4 p.m.", "time",
       "(2022-05-04T14:00,2022-05-04T16:00,PT2H)"},
      {"The road was shut from 9 to 11 a.m. Monday.", "9", "time", "2022-05-02T09:00"},
      {"The road was shut from 9 to 11 a.m. Monday.", "11 a.m. Monday", "time", "2022-05-02T11:00"},
      {"The clinic is open 2-4 p.m. on weekdays.", "2", "time", "2022-05-04T14:00"},
      {"The rally ran from 11 to 1 p.m.", "11", "time", "2022-05-04T11:00"},
      {"Polls stay open from seven to nine p.m.", "seven", "time", "2022-05-04T19:00"},
  });
}

// "from 7 a.m. to 8 p.m. Tuesday": a day written after the second clock is
// the first clock's day too (it names none of its own), and the range lasts
// hours, not P0D.
TEST(TimeMLTest, DayAfterTheSecondClockIsTheFirstsToo) {
  CheckRows({
      {"The polls were open from 7 a.m. to 8 p.m. Tuesday.", "7 a.m.", "time", "2022-05-03T07:00"},
      {"The polls were open from 7 a.m. to 8 p.m. Tuesday.", "8 p.m. Tuesday", "time", "2022-05-03T20:00"},
      {"The polls were open from 7 a.m. to 8 p.m. Tuesday.", "from 7 a.m. to 8 p.m. Tuesday", "time",
       "(2022-05-03T07:00,2022-05-03T20:00,PT13H)"},
      {"The polls will be open from 7 a.m. to 8 p.m. on Friday.", "7 a.m.", "time", "2022-05-06T07:00"},
  });
}

// "every Monday morning", "each Friday night": one set, the part of each
// such day (XXXX-WXX-1TMO); a clock after it replaces the part, in the
// part's half of the day ("every Monday night at 9" = XXXX-WXX-1T21:00).
TEST(TimeMLTest, EveryWeekdayWithItsPartOfDay) {
  CheckRows({
      {"The cabinet meets every Monday morning.", "every Monday morning", "set", "XXXX-WXX-1TMO"},
      {"The show airs each Friday night.", "each Friday night", "set", "XXXX-WXX-5TNI"},
      {"She calls her mother every Monday night at 9.", "every Monday night at 9", "set", "XXXX-WXX-1T21:00"},
      {"The choir sings every Sunday at 11.", "every Sunday at 11", "set", "XXXX-WXX-7T11:00"},
      {"The column runs every Sunday in the paper.", "every Sunday", "set", "XXXX-WXX-7"},
  });
}

// "once every two weeks", "twice every three days": the counted period is
// the set's value and the count its frequency (P2W freq 1X); "twice" alone
// stays untagged.
TEST(TimeMLTest, OnceOrTwiceEveryCountedPeriod) {
  CheckRows({
      {"Inspectors visit the site once every two weeks.", "once every two weeks", "set", "P2W"},
      {"The pills are taken twice every three days.", "twice every three days", "set", "P3D"},
      {"He was warned twice, every time in writing.", "", "", ""},
  });
  const std::string s = "Inspectors visit the site once every two weeks.";
  std::vector<TimeMention> ts = ParseTimes(s, ParseIsoDate("2022-05-04"));
  ASSERT_EQ(ts.size(), 1u) << Found(ts, s);
  EXPECT_EQ(ts[0].freq, "1X");
  EXPECT_EQ(ts[0].quant, "EVERY");
}

// "4:15 p.m. Thursday, Dec. 3": a clock on a weekday takes the date after a
// comma that falls on that weekday (the date decides the day), one TIME as
// "Thursday, Dec. 3" is one date; a date on another weekday stays apart.
TEST(TimeMLTest, ClockOnAWeekdayTakesTheDateAfterAComma) {
  CheckRows({
      {"The verdict came at 4:15 p.m. Thursday, April 28.", "4:15 p.m. Thursday, April 28", "time",
       "2022-04-28T16:15"},
      {"The vote was held at 10 a.m. Friday, May 13.", "10 a.m. Friday, May 13", "time", "2022-05-13T10:00"},
      {"The vote was held at 10 a.m. Friday, and May 12 was quiet.", "10 a.m. Friday", "time", "2022-04-29T10:00"},
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

// "twice nightly" is twice every night (XXXX-XX-XXTNI, freq 2X), as
// "nightly" alone; "every business day", "each trading day" are days of a
// set (P1D).
TEST(TimeMLTest, NightlyWithAFrequencyAndEveryBusinessDay) {
  CheckRows({
      {"Patrols pass the camp twice nightly.", "twice nightly", "set", "XXXX-XX-XXTNI"},
      {"The ferry sails nightly.", "nightly", "set", "XXXX-XX-XXTNI"},
      {"The index is published every business day.", "every business day", "set", "P1D"},
      {"Prices are checked each trading day.", "each trading day", "set", "P1D"},
  });
}

// "later tonight", "earlier tonight" are modified parts of the report's day,
// as "later this evening" (TNI END / START, the adverb inside).
TEST(TimeMLTest, LaterOrEarlierTonight) {
  CheckRows({
      {"The president will speak later tonight.", "later tonight", "time", "2022-05-04TNI", "END"},
      {"Earlier tonight, officials confirmed the crash.", "Earlier tonight", "time", "2022-05-04TNI", "START"},
      {"Later this evening the results will come.", "Later this evening", "time", "2022-05-04TEV", "END"},
      {"The vote is tonight.", "tonight", "time", "2022-05-04TNI"},
  });
}

// A weekday with its part, or a season, coordinated after a set of the same
// kind is a set of its own: "every Tuesday and Thursday afternoon" (the
// second XXXX-WXX-4TAF), "every winter and summer" (XXXX-SU).
TEST(TimeMLTest, CoordinatedPartsAndSeasonsAfterASet) {
  CheckRows({
      {"Hearings are held every Tuesday and Thursday afternoon.", "Thursday afternoon", "set", "XXXX-WXX-4TAF"},
      {"The herders move every winter and summer.", "summer", "set", "XXXX-SU"},
      {"The river floods each spring and autumn.", "autumn", "set", "XXXX-FA"},
      {"The herders moved last winter and summer 2020 was dry.", "summer 2020", "date", "2020-SU"},
  });
}

// A clock coordinated after a set's clock is on the same days: "daily at 6
// a.m. and 6 p.m." (the second XXXX-XX-XXT18:00), "every Sunday at 10 a.m.
// and noon" (XXXX-WXX-7T12:00).
TEST(TimeMLTest, ClockCoordinatedAfterASetClock) {
  CheckRows({
      {"The bells ring daily at 6 a.m. and 6 p.m.", "6 p.m.", "set", "XXXX-XX-XXT18:00"},
      {"Briefings are held every day at 9 a.m. and 5 p.m.", "5 p.m.", "set", "XXXX-XX-XXT17:00"},
      {"Mass is said every Sunday at 10 a.m. and noon.", "noon", "set", "XXXX-WXX-7T12:00"},
      {"He jogs daily and 5 p.m. is his hour.", "5 p.m.", "time", "2022-05-04T17:00"},
  });
}

// A clock range lasts hours and minutes in ISO 8601 form ("PT6H30M", not
// "PT390M"); under an hour it stays minutes.
TEST(TimeMLTest, ClockRangeLastsHoursAndMinutes) {
  CheckRows({
      {"Trading runs from 9:30 a.m. to 4 p.m.", "from 9:30 a.m. to 4 p.m.", "time",
       "(2022-05-04T09:30,2022-05-04T16:00,PT6H30M)"},
      {"The break runs from 12:15 to 12:45 p.m.", "from 12:15 to 12:45 p.m.", "time",
       "(2022-05-04T12:15,2022-05-04T12:45,PT30M)"},
  });
}

}  // namespace
}  // namespace crosscheck
