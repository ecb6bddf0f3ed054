// The TimeML profile (the default), one table per rule of docs/TIME.md
// "TimeML rules". Sentences are news-style and written for these tests (none
// comes from TimeBank). Each row names the mention expected (its exact
// text), its TIMEX3 type, value and mod; negative rows expect no mention.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/document.h"
#include "recognize/time/time_expr.h"
#include "recognize/time/time_parse.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

struct Row {
  const char* sentence;
  const char* text;   // expected mention; "" = none at all
  const char* type;   // "date" | "time" | "duration" | "set"
  const char* value;
  const char* mod = "";
  const char* ref = "2022-05-04";  // a Wednesday
};

std::string Found(const std::vector<TimeMention>& ts, std::string_view s) {
  std::string found;
  for (const TimeMention& t : ts)
    found += "[" + std::string(t.span.Of(s)) + " " + TimeTypeName(t.type) + " " + t.value + " " + t.mod + "]";
  return found;
}

void CheckRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    SCOPED_TRACE(row.sentence);
    std::optional<CivilDate> ref;
    if (*row.ref) ref = ParseIsoDate(row.ref);
    std::vector<TimeMention> ts = ParseTimes(row.sentence, ref);
    std::string_view s(row.sentence);
    if (!*row.text) {
      EXPECT_TRUE(ts.empty()) << "unexpected: " << Found(ts, s);
      continue;
    }
    const TimeMention* hit = nullptr;
    for (const TimeMention& t : ts)
      if (t.span.Of(s) == row.text) hit = &t;
    if (hit == nullptr) {
      ADD_FAILURE() << "want '" << row.text << "', found " << Found(ts, s);
      continue;
    }
    EXPECT_STREQ(TimeTypeName(hit->type), row.type);
    EXPECT_EQ(hit->value, row.value);
    EXPECT_EQ(hit->mod, row.mod);
  }
}

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
      {"A deal is expected within 18 months.", "within 18 months", "duration", "P18M", "EQUAL_OR_LESS"},
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

TEST(TimeMLTest, TenseAndModalityDecideTheDirection) {
  CheckRows({
      // 2022-05-04 is a Wednesday.
      {"The plant is scheduled to be completed in June.", "June", "date", "2022-06"},
      {"The mall is scheduled to open in March.", "March", "date", "2023-03"},
      {"The vote is due to take place on Friday.", "Friday", "date", "2022-05-06"},
      {"Talks are expected to resume on Monday.", "Monday", "date", "2022-05-09"},
      {"The summit would be held on April 24.", "April 24", "date", "2022-04-24", "", "2022-02-10"},
      {"The minister will visit next Friday.", "next Friday", "date", "2022-05-13"},
      {"Relatives were given until Friday to leave.", "Friday", "date", "2022-05-06"},
      {"Until Monday, police had not named a suspect.", "Monday", "date", "2022-05-02"},
      {"The blast occurred next to the embassy on Monday.", "Monday", "date", "2022-05-02"},
      {"Officials said the ship sank on Monday.", "Monday", "date", "2022-05-02"},
      // an abbreviation's period does not end the clause
      {"In January, a week later, a bomb in Birmingham, Ala., killed a guard.", "January", "date", "2022-01", "",
       "2022-10-25"},
      // irregular past forms are past cues ("rose", "sank"), not after "is"/"the"
      {"Sales rose sharply in March.", "March", "date", "2022-03", "", "2022-10-20"},
      {"The ferry sank in February.", "February", "date", "2022-02", "", "2022-10-20"},
      // present verbs of intent look ahead, past the "said" of the report
      {"The company said it expects to complete the sale in March.", "March", "date", "2023-03"},
      {"The bank said it aims to finish the audit by Friday.", "Friday", "date", "2022-05-06"},
      {"The union said it is likely to strike on Monday.", "Monday", "date", "2022-05-09"},
      {"The firm expects that the loss it posted on Monday will be its last.", "Monday", "date", "2022-05-02"},
      // present "be" on the left schedules; a nearer past verb still wins
      {"The deadline for bids is Friday.", "Friday", "date", "2022-05-06"},
      {"The two leaders are to meet on Monday.", "Monday", "date", "2022-05-09"},
      {"The firm, which is based in Lyon, reported a loss on Monday.", "Monday", "date", "2022-05-02"},
      {"The suspect is the man who was arrested on Monday.", "Monday", "date", "2022-05-02"},
      {"Prices that rose in April are still high.", "April", "date", "2022-04"},
      // a present verb of scheduling just before the date
      {"The two leaders meet separately Monday with the envoy.", "Monday", "date", "2022-05-09"},
      {"The exhibition opens in June.", "June", "date", "2022-06"},
      {"The talks Monday ended without a deal.", "Monday", "date", "2022-05-02"},
      {"Parliament votes Thursday on the budget.", "Thursday", "date", "2022-05-05"},
      {"The reduced dividend is payable on Dec. 7.", "Dec. 7", "date", "2022-12-07", "", "2022-06-30"},
      {"The guests could not be located on Monday.", "Monday", "date", "2022-05-02"},
      // no cue: the nearest occurrence
      {"Elections in August decide it.", "August", "date", "2022-08"},
      {"Elections in January decided it.", "January", "date", "2022-01"},
  });
}

TEST(TimeMLTest, NarrativeExpressionsCountFromTheTextsLastTime) {
  Document d;
  d.id = "n";
  d.date = "2022-05-04";
  d.text =
      "Police arrested the suspect on Monday. The next day he was charged. Two days later he was freed. "
      "Riots broke out that week. On 9 March 2015 the plant opened. At 10:35 a.m. a fire started, and the "
      "following year it closed. Later that year it reopened. The dam failed last October, and the village was "
      "evacuated that same day.";
  Segmentation seg = Segment(d.text);
  std::vector<TimeMention> ts = RecognizeTimes(d, seg);
  auto find = [&](std::string_view text) -> int {
    for (size_t k = 0; k < ts.size(); ++k)
      if (ts[k].span.Of(d.text) == text) return static_cast<int>(k);
    return -1;
  };
  struct Case { const char* text; const char* value; const char* anchor; const char* start; };
  const Case kCases[] = {
      {"Monday", "2022-05-02", "", ""},
      {"The next day", "2022-05-03", "Monday", ""},
      {"Two days", "P2D", "The next day", "2022-05-03"},
      {"that week", "2022-W18", "The next day", ""},
      {"the following year", "2016", "9 March 2015", ""},
      {"10:35 a.m.", "2015-03-09T10:35", "9 March 2015", ""},
      {"Later that year", "2016", "the following year", ""},
      {"that same day", "2021-10-XX", "last October", ""},  // a day of the month named
  };
  for (const Case& k : kCases) {
    SCOPED_TRACE(k.text);
    int i = find(k.text);
    ASSERT_GE(i, 0);
    EXPECT_EQ(ts[i].value, k.value);
    if (*k.anchor) {
      EXPECT_EQ(ts[i].anchor, TimeAnchor::kText);
      ASSERT_GE(ts[i].anchor_index, 0);
      ASSERT_LT(ts[i].anchor_index, i);
      EXPECT_EQ(ts[ts[i].anchor_index].span.Of(d.text), k.anchor);
    } else {
      EXPECT_EQ(ts[i].anchor, TimeAnchor::kReport);
    }
    if (*k.start) {
      EXPECT_EQ(ts[i].interval_start, k.start);
    }
  }
  // The date the text names is absolute: no anchor.
  EXPECT_EQ(ts[find("9 March 2015")].anchor, TimeAnchor::kNone);
}

// "the following Monday", "the previous Friday", "that Tuesday" count from
// the day the text last named; "a while ago" is the past; "the months ahead"
// the coming stretch.
TEST(TimeMLTest, WeekdaysCountedFromTheTextsDay) {
  CheckRows({
      {"He was arrested on Oct. 3 and charged the following Monday.", "the following Monday", "date", "2022-10-10",
       "", "2022-10-20"},
      {"The body was found on June 12; he had been seen the previous Friday.", "the previous Friday", "date",
       "2022-06-10", "", "2022-10-20"},
      {"The vote was held on Nov. 8, 2016, and that Tuesday turnout was high.", "that Tuesday", "date",
       "2016-11-08", "", "2022-10-20"},
      // no day named before: from the report, as before
      {"The minister will visit next Friday.", "next Friday", "date", "2022-05-13"},
      {"The attack happened a while ago.", "a while ago", "date", "PAST_REF"},
      {"The deal was signed some time ago, officials said.", "some time ago", "date", "PAST_REF"},
      // "on the 15th" before a verb is a day of the month
      {"The blast on the 15th killed two guards.", "the 15th", "date", "2022-10-15", "", "2022-10-20"},
      {"The rally on the 12th was peaceful.", "the 12th", "date", "2022-10-12", "", "2022-10-20"},
      {"He lives on the 15th floor.", "", "", ""},
      {"More cuts are expected in the months ahead.", "the months ahead", "duration", "PXM"},
      // "the year before", "a year before" with nothing after them: a year back
      {"Earnings doubled from the year before.", "the year before", "date", "2021"},
      {"Output rose 4% from a year before.", "a year before", "date", "2021"},
      {"In 2019 sales fell; the year before, they had risen.", "the year before", "date", "2018"},
      {"The bank will decide in the weeks to come.", "the weeks to come", "duration", "PXW"},
  });
  std::string s = "He was arrested on Oct. 3 and charged the following Monday.";
  std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 10, 20});
  ASSERT_EQ(ts.size(), 2u) << Found(ts, s);
  EXPECT_EQ(ts[1].anchor, TimeAnchor::kText);
  EXPECT_EQ(ts[1].anchor_index, 0);
}

TEST(TimeMLTest, JsonCarriesAnchorsIntervalsAndSetAttributes) {
  Document d;
  d.id = "j";
  d.date = "2022-05-04";
  d.text = "Rebels took the town on 2 May 2022. The next day they left. Prices fell over the past three weeks. "
           "The ferry sails twice a week.";
  Segmentation seg = Segment(d.text);
  std::vector<TimeMention> ts = RecognizeTimes(d, seg);
  ASSERT_EQ(ts.size(), 4u);
  Json absolute = TimeToJson(d, ts, 0), next = TimeToJson(d, ts, 1), past = TimeToJson(d, ts, 2),
       set = TimeToJson(d, ts, 3);
  EXPECT_TRUE(absolute["anchor"].is_null());
  EXPECT_EQ(next["anchor"], RecordId('t', "j", 0));
  EXPECT_EQ(next["value"], "2022-05-03");
  EXPECT_EQ(past["anchor"], "report");
  EXPECT_EQ(past["value"], "P3W");
  EXPECT_EQ(past["interval"]["start"], "2022-04-13");
  EXPECT_EQ(past["interval"]["end"], "2022-05-04");
  EXPECT_EQ(set["freq"], "2X");
  EXPECT_TRUE(set["quant"].is_null());
  EXPECT_TRUE(set["interval"].is_null());
}

TEST(TimeMLTest, GrainStaysWithTheDate) {
  // The ledger compares a figure dated "2015" with one dated "9 March 2015".
  struct Case { const char* sentence; const char* text; const char* grain; const char* start; const char* end; };
  const Case kCases[] = {
      {"Output fell in 2015.", "2015", "year", "2015-01-01", "2016-01-01"},
      {"Output fell on 9 March 2015.", "9 March 2015", "day", "2015-03-09", "2015-03-10"},
      {"Output fell two years ago.", "two years ago", "year", "2020-01-01", "2021-01-01"},
      {"Output fell six weeks ago.", "six weeks ago", "week", "2022-03-21", "2022-03-28"},
      {"Output fell in March 2015.", "March 2015", "month", "2015-03-01", "2015-04-01"},
  };
  for (const Case& k : kCases) {
    SCOPED_TRACE(k.sentence);
    std::vector<TimeMention> ts = ParseTimes(k.sentence, CivilDate{2022, 5, 4});
    ASSERT_EQ(ts.size(), 1u) << Found(ts, k.sentence);
    EXPECT_EQ(ts[0].span.Of(k.sentence), k.text);
    EXPECT_EQ(ts[0].grain, k.grain);
    EXPECT_EQ(ts[0].interval_start, k.start);
    EXPECT_EQ(ts[0].interval_end, k.end);
  }
}

TEST(TimeMLTest, SpuriousExpressionsAreNotTimes) {
  CheckRows({
      {"Shares closed at $23 5/8 on the exchange.", "", "", ""},
      {"She drank 3 1/2 cups of tea.", "", "", ""},
      {"Bekele ran a winning time of 2:05:41 in the marathon.", "", "", ""},
      {"The part numbers 19980108 and 120505 were recalled.", "", "", ""},
      {"The account 20220504 was frozen.", "", "", ""},
      {"For the first time in a decade the river froze.", "a decade", "duration", "P10Y"},
      {"Rooms cost $55 a night.", "", "", ""},
      {"The plane carries 300 passengers a week.", "", "", ""},
      {"Iraq imports about three-quarters of its food.", "", "", ""},
      {"Foreign minister Jan Kavan signed.", "", "", ""},
      {"The poster showed Gary Cooper in High Noon.", "", "", ""},
      {"The bombs went off just minutes apart.", "", "", ""},
  });
}

TEST(TimeMLTest, SpansAsTimeMLDrawsThem) {
  CheckRows({
      {"Friday's vote was delayed.", "Friday", "date", "2022-04-29"},
      {"It will be ready in 3 weeks.", "3 weeks", "duration", "P3W"},
      {"It happened earlier this month.", "earlier this month", "date", "2022-05", "START"},
      {"The blast came at 10:35 a.m. Friday.", "10:35 a.m. Friday", "time", "2022-04-29T10:35"},
      {"The blast came at 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.", "time", "2022-05-04T10:35"},
      {"International Women's Day is this coming Sunday, March 8.", "this coming Sunday, March 8", "date",
       "2020-03-08", "", "2020-03-05"},
      {"The summit is on April 24 and 25.", "25", "date", "2022-04-25"},
  });
}

// Rules found on the news gold of BASIL articles (tests/gold/time); the
// sentences are written for these tests.
TEST(TimeMLTest, ClosedQuotationKeepsItsTenseInside) {
  CheckRows({
      // the future of the quotation does not reach the narrator's past verb
      {"\u201cThe decision will come next week,\u201d he posted to Twitter Sunday evening.", "Sunday evening", "time",
       "2022-05-01TEV"},
      {"''Prices will fall,'' the ministry warned Friday.", "Friday", "date", "2022-04-29"},
      // inside the quotation its own tense still decides
      {"He said: \u201cWe will meet them on Friday.\u201d", "Friday", "date", "2022-05-06"},
      {"\u201cWe will meet them on Friday,\u201d he said.", "Friday", "date", "2022-05-06"},
  });
}

TEST(TimeMLTest, AsRecentlyAsIsASignal) {
  CheckRows({
      {"The plan was promoted as recently as Friday afternoon.", "Friday afternoon", "time", "2022-04-29TAF"},
      {"Such ferries sailed the route as recently as 1990.", "1990", "date", "1990"},
      {"The dam was recently inspected.", "recently", "date", "PAST_REF"},
  });
  for (const char* s : {"The plan was promoted as recently as Friday afternoon.",
                        "Such ferries sailed the route as recently as 1990."}) {
    for (const TimeMention& t : ParseTimes(s, ParseIsoDate("2022-05-04")))
      EXPECT_NE(t.span.Of(s), "recently") << s;
  }
}

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

TEST(TimeMLTest, AuxiliaryAfterARelativeThatKeepsItsTense) {
  CheckRows({
      // 2022-05-04 is a Wednesday; "would" further left must not win over "had"
      {"He said he would not resign over remarks that had prompted him to hint on Tuesday that he might.", "Tuesday",
       "date", "2022-05-03"},
      {"Officials would not comment on the fire that was reported on Monday.", "Monday", "date", "2022-05-02"},
      // a noun after a determiner is still no cue
      {"The plan will be voted on Friday.", "Friday", "date", "2022-05-06"},
  });
}

TEST(TimeMLTest, ThatDayCountsFromTheLastDayNamed) {
  Document d;
  d.id = "d";
  d.date = "2022-05-04";
  d.text =
      "The governor hinted on Monday that he may resign before his term ends in 2024. He walked back his remarks "
      "later that day. In 2019 the dam failed, and the village was evacuated that same day.";
  Segmentation seg = Segment(d.text);
  std::vector<TimeMention> ts = RecognizeTimes(d, seg);
  auto value_of = [&](std::string_view text) -> std::string {
    for (const TimeMention& t : ts)
      if (t.span.Of(d.text) == text) return t.value;
    return "(none)";
  };
  EXPECT_EQ(value_of("Monday"), "2022-05-02");
  EXPECT_EQ(value_of("later that day"), "2022-05-02");
  // no day named lately: the year's day is not known
  EXPECT_NE(value_of("that same day"), "2022-05-02");
}

TEST(TimeMLTest, CommaEndsTheClauseOfAWeakPastVerb) {
  CheckRows({
      // 2022-05-04: the weak past "vowed" governs the month, not the "will" before the comma
      {"Despite promises that Mexico will pay for the wall, Fox vowed in February that it would never happen.",
       "February", "date", "2022-02"},
      {"The plant will be closed, officials announced on Monday.", "Monday", "date", "2022-05-02"},
      // no weak verb nearer: the strong cue before the comma still decides
      {"The minister will travel, as planned, on Friday.", "Friday", "date", "2022-05-06"},
  });
}

TEST(TimeMLTest, EverydayAtTheEndOfAClauseIsASet) {
  CheckRows({
      {"How can we trust ideas that change everyday?", "everyday", "set", "P1D"},
      {"The rules of everyday life changed.", "", "", ""},
  });
}

TEST(TimeMLTest, WeekdayWithTypographicPossessive) {
  CheckRows({
      {"Trump likely won among Hispanics during Tuesday\u2019s Nevada caucus.", "Tuesday", "date", "2022-05-03"},
      {"Trump likely won among Hispanics during Tuesday's Nevada caucus.", "Tuesday", "date", "2022-05-03"},
      {"He spoke after Tuesday\u2019s vote.", "Tuesday", "date", "2022-05-03"},
      // no possessive: a title
      {"He wrote for the Sunday Times.", "", "", ""},
  });
}

}  // namespace
}  // namespace crosscheck
