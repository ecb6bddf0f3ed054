// Table of news-style time expressions with a report date, written from
// patterns (not from the seed articles): what is found, its TIMEX3 type and
// value, including past/future weekday resolution and the negative cases.
// The values follow the Recognizers-Text profile (the rows were written with
// it); the negative rows must find nothing in the TimeML profile too. The
// TimeML rules have their own tables (time_timeml_test.cc).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "recognize/time/time_parse.h"

namespace crosscheck {
namespace {

struct Row {
  const char* sentence;
  const char* ref;    // report date, "" = none
  const char* text;   // expected mention text; "" = no mention at all
  const char* type;   // "date" | "time" | "duration" | "set"
  const char* value;  // expected TIMEX3 value
};

// 2022-05-04 is a Wednesday; 2019-11-15 a Friday.
const Row kRows[] = {
    // Explicit dates.
    {"The talks will resume on May 9.", "2022-05-04", "May 9", "date", "2022-05-09"},
    {"The talks resumed on April 9.", "2022-05-04", "April 9", "date", "2022-04-09"},
    {"Prisoners could be paraded in cages on May 9.", "2022-05-04", "May 9", "date", "2022-05-09"},
    {"Aid arrived on November 20.", "2022-05-04", "November 20", "date", "2021-11-20"},
    {"Aid is due on 20 November.", "2022-05-04", "20 November", "date", "2022-11-20"},
    {"The parade on Victory Day drew crowds.", "2022-05-10", "Victory Day", "date", "2022-05-09"},
    {"Fighting broke out on 9 May 2022 near the port.", "2022-05-04", "9 May 2022", "date", "2022-05-09"},
    {"The decree was dated 2022-05-04.", "2022-05-04", "2022-05-04", "date", "2022-05-04"},
    {"It was signed on March 3, 2021, in Geneva.", "2022-05-04", "March 3, 2021", "date", "2021-03-03"},
    {"The vote happened on Feb. 24.", "2022-05-04", "Feb. 24", "date", "2022-02-24"},
    {"He arrived on 24 February.", "2022-05-04", "24 February", "date", "2022-02-24"},
    {"The ceasefire will start on June 1.", "2022-05-04", "June 1", "date", "2022-06-01"},
    {"The summit opened on April 30.", "2022-05-04", "April 30", "date", "2022-04-30"},
    {"Elections are scheduled for December 12.", "2022-05-04", "December 12", "date", "2022-12-12"},
    {"The blast on December 12 killed six.", "2022-05-04", "December 12", "date", "2021-12-12"},
    {"The order came on the 2nd of May.", "2022-05-04", "the 2nd of May", "date", "2022-05-02"},
    {"She was born on the fourth of July, 1990.", "2022-05-04", "the fourth of July, 1990", "date", "1990-07-04"},
    {"Monday, May 2, 2022 was a holiday.", "2022-05-04", "Monday, May 2, 2022", "date", "2022-05-02"},
    {"The court sat on 05/03/2022.", "2022-05-04", "05/03/2022", "date", "2022-05-03"},
    {"The file shows 21/04/2022 as the date.", "2022-05-04", "21/04/2022", "date", "2022-04-21"},
    {"Posted 2022/05/01 by staff.", "2022-05-04", "2022/05/01", "date", "2022-05-01"},
    {"It happened on Jan. 6, 2021.", "2022-05-04", "Jan. 6, 2021", "date", "2021-01-06"},
    {"The treaty of 8 December 1991 ended the union.", "2022-05-04", "8 December 1991", "date", "1991-12-08"},
    {"Officials met on May 1.", "", "May 1", "date", "XXXX-05-01"},
    {"The deadline will be Sept. 30.", "2022-05-04", "Sept. 30", "date", "2022-09-30"},
    // Relative days.
    {"Ukraine said today that the convoy left.", "2022-05-04", "today", "date", "2022-05-04"},
    {"The mayor spoke yesterday.", "2022-05-04", "yesterday", "date", "2022-05-03"},
    {"More buses will leave tomorrow.", "2022-05-04", "tomorrow", "date", "2022-05-05"},
    {"Shelling resumed the day before yesterday.", "2022-05-04", "the day before yesterday", "date", "2022-05-02"},
    {"A vote is due the day after tomorrow.", "2022-05-04", "the day after tomorrow", "date", "2022-05-06"},
    {"The plant was hit two days ago.", "2022-05-04", "two days ago", "date", "2022-05-02"},
    {"The town fell three weeks ago.", "2022-05-04", "three weeks ago", "date", "2022-04-13"},
    {"He left a month ago.", "2022-05-04", "a month ago", "date", "2022-04-04"},
    {"The fleet will sail in 3 days.", "2022-05-04", "in 3 days", "date", "2022-05-07"},
    {"The bridge was rebuilt two years later.", "2022-05-04", "two years later", "date", "2024-05-04"},
    {"Yesterday the city was quiet.", "", "Yesterday", "date", ""},
    // Weekdays: past and future context.
    {"A Ukrainian official said Friday that more were rescued.", "2022-05-04", "Friday", "date", "2022-04-29"},
    {"Talks will resume on Friday.", "2022-05-04", "Friday", "date", "2022-05-06"},
    {"Troops attacked the plant on Monday.", "2022-05-04", "Monday", "date", "2022-05-02"},
    {"Troops will leave on Monday.", "2022-05-04", "Monday", "date", "2022-05-09"},
    {"The convoy arrived Tuesday.", "2022-05-04", "Tuesday", "date", "2022-05-03"},
    {"The ministry said on Wednesday that 100 left.", "2022-05-04", "Wednesday", "date", "2022-05-04"},
    {"Officials plan to reopen the road on Thursday.", "2022-05-04", "Thursday", "date", "2022-05-05"},
    {"The UN was working on Sunday to get people out.", "2022-05-04", "Sunday", "date", "2022-05-01"},
    {"Troops paraded in time for Monday's holiday.", "2022-05-04", "Monday's", "date", "2022-05-02"},
    {"Leaders will meet in time for Monday's parade.", "2022-05-04", "Monday's", "date", "2022-05-09"},
    {"Rescuers said Friday was the worst day.", "", "Friday", "date", "XXXX-WXX-5"},
    {"The strike came last Friday.", "2022-05-04", "last Friday", "date", "2022-04-29"},
    {"A decision is expected next Tuesday.", "2022-05-04", "next Tuesday", "date", "2022-05-10"},
    {"The team meets this Friday.", "2022-05-04", "this Friday", "date", "2022-05-06"},
    {"Prices fell on Friday.", "2019-11-15", "Friday", "date", "2019-11-15"},
    {"The report will be out Monday.", "2019-11-15", "Monday", "date", "2019-11-18"},
    {"The town was shelled on Saturday.", "2019-11-15", "Saturday", "date", "2019-11-09"},
    // Parts of day.
    {"The minister will speak this evening.", "2022-05-04", "this evening", "time", "2022-05-04TEV"},
    {"Sirens sounded overnight.", "2022-05-04", "overnight", "time", "2022-05-04TNI"},
    {"Strikes hit the city last night.", "2022-05-04", "last night", "time", "2022-05-03TNI"},
    {"The mayor spoke this morning.", "2022-05-04", "this morning", "time", "2022-05-04TMO"},
    {"The address is due tonight.", "2022-05-04", "tonight", "time", "2022-05-04TNI"},
    {"The convoy was attacked on Friday night.", "2022-05-04", "Friday night", "time", "2022-04-29TNI"},
    {"Fighting resumed Thursday morning.", "2022-05-04", "Thursday morning", "time", "2022-04-28TMO"},
    {"Explosions were heard yesterday afternoon.", "2022-05-04", "yesterday afternoon", "time", "2022-05-03TAF"},
    // Clock times and ranges.
    {"The curfew runs from 8am to 6pm local time.", "2022-05-04", "from 8am to 6pm local time", "time",
     "(2022-05-04T08:00,2022-05-04T18:00,PT10H)"},
    {"The ceasefire begins at 6 a.m.", "2022-05-04", "6 a.m.", "time", "2022-05-04T06:00"},
    {"The session started at 10:30.", "2022-05-04", "10:30", "time", "2022-05-04T10:30"},
    {"Buses left at 7:15pm.", "2022-05-04", "7:15pm", "time", "2022-05-04T19:15"},
    {"The strike happened at noon.", "2022-05-04", "noon", "time", "2022-05-04T12:00"},
    {"Shops closed at midnight.", "2022-05-04", "midnight", "time", "2022-05-04T00:00"},
    {"The vote closed at half past eight.", "2022-05-04", "half past eight", "time", "2022-05-04T08:30"},
    {"It ended at a quarter to 10 in the evening.", "2022-05-04", "a quarter to 10 in the evening", "time",
     "2022-05-04T21:45"},
    {"The blast came at 0600 GMT.", "2022-05-04", "0600 GMT", "time", "2022-05-04T06:00"},
    {"Voting runs from 7 a.m. to 8 p.m.", "", "from 7 a.m. to 8 p.m.", "time", "(T07:00,T20:00,PT13H)"},
    {"The plane landed at 4 pm.", "", "4 pm", "time", "T16:00"},
    {"Meet me at 9 o'clock.", "", "9 o'clock", "time", "T09:00"},
    {"They left at seven in the morning.", "", "seven in the morning", "time", "T07:00"},
    // Months and vague parts.
    {"Prices rose in April.", "2022-05-04", "April", "date", "2022-04"},
    {"Talks are planned for June.", "2022-05-04", "June", "date", "2022-06"},
    {"The siege began in March.", "2022-05-04", "March", "date", "2022-03"},
    {"The plant was bombed in mid-April.", "2022-05-04", "mid-April", "date", "2022-04"},
    {"Repairs should finish in early May.", "2022-05-04", "early May", "date", "2022-05"},
    {"The law takes effect in late 2023.", "2022-05-04", "late 2023", "date", "2023"},
    {"The war began in late February.", "2022-05-04", "late February", "date", "2022-02"},
    {"The company was founded in May 2001.", "2022-05-04", "May 2001", "date", "2001-05"},
    {"By mid-2019 the mine had closed.", "2022-05-04", "mid-2019", "date", "2019"},
    {"The project ends at the end of March.", "2022-05-04", "end of March", "date", "2022-03"},
    {"Output fell last month.", "2022-05-04", "last month", "date", "2022-04"},
    {"Exports will rise next month.", "2022-05-04", "next month", "date", "2022-06"},
    {"Inflation hit 9% this year.", "2022-05-04", "this year", "date", "2022"},
    {"The plant was built last year.", "2022-05-04", "last year", "date", "2021"},
    {"Trade grew in 2020.", "2022-05-04", "2020", "date", "2020"},
    {"The town has been rebuilt since 2015.", "2022-05-04", "2015", "date", "2015"},
    {"Crime fell this week.", "2022-05-04", "this week", "date", "2022-W18"},
    {"The envoy returns next week.", "2022-05-04", "next week", "date", "2022-W19"},
    {"Talks stalled last week.", "2022-05-04", "last week", "date", "2022-W17"},
    // Reported on a Wednesday: a past weekend is the one before, a future one the next.
    {"Rallies took place over the weekend.", "2022-05-04", "the weekend", "date", "2022-W17-WE"},
    {"Rallies will take place over the weekend.", "2022-05-04", "the weekend", "date", "2022-W18-WE"},
    {"Rallies took place this weekend.", "2022-05-08", "this weekend", "date", "2022-W18-WE"},
    {"The drought of the summer of 2018 hurt farmers.", "2022-05-04", "the summer of 2018", "date", "2018-SU"},
    {"Sales rose in the third quarter of 2021.", "2022-05-04", "the third quarter of 2021", "date", "2021-Q3"},
    {"Growth slowed in Q1.", "2022-05-04", "Q1", "date", "2022-Q1"},
    {"The city boomed in the 1970s.", "2022-05-04", "the 1970s", "date", "197"},
    {"Steel was king in the nineties.", "2022-05-04", "the nineties", "date", "199"},
    {"The fortress dates to the 12th century.", "2022-05-04", "the 12th century", "date", "11"},
    {"Next spring the plant will reopen.", "2022-05-04", "Next spring", "date", "2023-SP"},
    // Durations.
    {"The siege lasted two months.", "2022-05-04", "two months", "duration", "P2M"},
    {"They held out for 80 days.", "2022-05-04", "80 days", "duration", "P80D"},
    {"The almost two-month war has displaced millions.", "2022-05-04", "two-month", "duration", "P2M"},
    {"Ten weeks into the war, the front is static.", "2022-05-04", "Ten weeks", "duration", "P10W"},
    {"A three-day ceasefire was agreed.", "2022-05-04", "three-day", "duration", "P3D"},
    {"The talks took an hour and a half.", "2022-05-04", "an hour and a half", "duration", "PT1.5H"},
    {"The hearing lasted 45 minutes.", "2022-05-04", "45 minutes", "duration", "PT45M"},
    {"He served 3.5 years in prison.", "2022-05-04", "3.5 years", "duration", "P3.5Y"},
    {"It took several days to clear the road.", "2022-05-04", "several days", "duration", "PXD"},
    {"The plan covers a decade.", "2022-05-04", "a decade", "duration", "P10Y"},
    {"Rumours circulated for weeks.", "2022-05-04", "weeks", "duration", "PXW"},
    {"They walked for half an hour.", "2022-05-04", "half an hour", "duration", "PT0.5H"},
    {"Fighters held the plant for a fortnight.", "2022-05-04", "a fortnight", "duration", "P2W"},
    {"Two nights passed before help came.", "2022-05-04", "Two nights", "duration", "P2D"},
    {"The sentence is 1 year 6 months.", "2022-05-04", "1 year 6 months", "duration", "P1Y6M"},
    // Counted spans from the reference.
    {"Aid will flow over the next three days.", "2022-05-04", "the next three days", "date",
     "(2022-05-05,2022-05-08,P3D)"},
    {"Prices rose over the past two weeks.", "2022-05-04", "the past two weeks", "date",
     "(2022-04-20,2022-05-04,P2W)"},
    {"Thousands fled in the last 3 months.", "2022-05-04", "the last 3 months", "date",
     "(2022-02-04,2022-05-04,P3M)"},
    {"Cases climbed in recent weeks.", "2022-05-04", "recent weeks", "date", "PAST_REF"},
    // Five or more digits: a duration, not counted back from the report date
    // (the last overflowed the month arithmetic; time_fuzz found it).
    {"Ice cores cover the past 12345 years.", "2022-05-04", "the past 12345 years", "duration", "P12345Y"},
    {"Nothing like it in the last 00012 days.", "2022-05-04", "the last 00012 days", "duration", "P12D"},
    {"Not in the past 999999999 centuries.", "2022-05-04", "the past 999999999 centuries", "duration",
     "P99999999900Y"},
    {"Rates rose in the past 9999 days.", "2022-05-04", "the past 9999 days", "date",
     "(1994-12-18,2022-05-04,P9999D)"},
    // Ranges of days.
    {"Voting runs from May 2 to May 5.", "2022-05-04", "from May 2 to May 5", "date",
     "(2022-05-02,2022-05-05,P3D)"},
    {"The fair is open May 2-5.", "2022-05-04", "May 2-5", "date", "(2022-05-02,2022-05-05,P3D)"},
    {"Offices close between Monday and Wednesday.", "2022-05-04", "between Monday and Wednesday", "date",
     "(2022-05-02,2022-05-04,P2D)"},
    {"The festival runs from 4 to 22 January.", "", "from 4 to 22 January", "date", "(XXXX-01-04,XXXX-01-22)"},
    // Holidays.
    {"Russia will mark Victory Day on Monday.", "2022-05-04", "Victory Day", "date", "2022-05-09"},
    {"Shops will close for Christmas.", "2022-05-04", "Christmas", "date", "2022-12-25"},
    {"The attack came on Christmas Eve.", "2022-05-04", "Christmas Eve", "date", "2021-12-24"},
    {"Traffic peaks on Thanksgiving.", "2022-05-04", "Thanksgiving", "date", "2021-11-25"},
    {"Easter 2022 was quiet.", "2022-05-04", "Easter 2022", "date", "2022-04-17"},
    {"Good Friday services were cancelled.", "2022-05-04", "Good Friday", "date", "2022-04-15"},
    {"The deal was struck on New Year's Eve.", "2022-05-04", "New Year's Eve", "date", "2021-12-31"},
    {"Families will gather on Mother's Day.", "2022-05-04", "Mother's Day", "date", "2022-05-08"},
    {"Ramadan began early in April.", "2022-05-04", "Ramadan", "date", ""},
    {"Markets shut on Labor Day 2021.", "2022-05-04", "Labor Day 2021", "date", "2021-09-06"},
    // Sets.
    {"Shelling hits the city every night.", "2022-05-04", "every night", "set", "TNI"},
    {"Sirens sound nightly.", "2022-05-04", "nightly", "set", "TNI"},
    {"The council meets weekly.", "2022-05-04", "weekly", "set", "P1W"},
    {"Aid trucks arrive every day.", "2022-05-04", "every day", "set", "P1D"},
    {"Protests are held on Sundays.", "2022-05-04", "on Sundays", "set", "XXXX-WXX-7"},
    {"Inspectors visit twice a month.", "2022-05-04", "twice a month", "set", "P1M"},
    {"Convoys leave every other Friday.", "2022-05-04", "every other Friday", "set", "XXXX-WXX-5"},
    {"The report is published annually.", "2022-05-04", "annually", "set", "P1Y"},
    {"Buses run every 2 hours.", "2022-05-04", "every 2 hours", "set", "PT2H"},
    {"He briefs reporters every morning at 9am.", "2022-05-04", "every morning at 9am", "set", "T09"},
    // Negative cases: no time expression.
    {"The odds were 10 to 1 against them.", "2022-05-04", "", "", ""},
    {"Serial year02101 was logged.", "2022-05-04", "", "", ""},  // five digits are never a year
    {"Code 00050 past 6 was logged.", "2022-05-04", "", "", ""},  // nor five-digit minutes
    {"It was 10 past 9.", "2022-05-04", "10 past 9", "time", "2022-05-04T09:10"},
    {"Officials say they may reopen the corridor.", "2022-05-04", "", "", ""},
    {"Thousands march through the capital.", "2022-05-04", "", "", ""},
    {"Protesters will march on the embassy.", "2022-05-04", "", "", ""},
    {"Detective Joe Friday said nothing.", "2022-05-04", "", "", ""},
    {"The Sunday Times reported the claim.", "2022-05-04", "", "", ""},
    {"The Sunday Telegraph published photos.", "2022-05-04", "", "", ""},
    {"About 2,000 fighters remain inside.", "2022-05-04", "", "", ""},
    {"The first prize went to Kyiv.", "2022-05-04", "", "", ""},
    {"He lives on the 27th floor.", "2022-05-04", "", "", ""},
    {"The unit numbers 1500 soldiers.", "2022-05-04", "", "", ""},
    {"Prices rose 4.5 percent.", "2022-05-04", "", "", ""},
    {"The score was 3-1 at the break.", "2022-05-04", "", "", ""},
    {"They may well win.", "", "", "", ""},
    {"A second wave of strikes followed.", "2022-05-04", "", "", ""},
    {"He said it was worth $200.", "2022-05-04", "", "", ""},
    {"Open 24/7 for refugees.", "2022-05-04", "", "", ""},
    {"Robinson Crusoe met Man Friday.", "2022-05-04", "", "", ""},
    {"The ratio of 3 to 1 held.", "2022-05-04", "", "", ""},
    {"Sat in the car, he waited.", "2022-05-04", "", "", ""},
    {"The Daily Mail ran the story.", "2022-05-04", "", "", ""},
    {"A 61-year-old man was hurt.", "2022-05-04", "", "", ""},
    {"Athletes gathered for the Winter Olympics.", "2022-05-04", "", "", ""},
    {"They sat under the sun.", "2022-05-04", "", "", ""},
    {"Of the 29, nine were children.", "2022-05-04", "", "", ""},
};

TEST(TimeTableTest, NegativeRowsFindNothingInTheTimeMLProfile) {
  for (const Row& row : kRows) {
    if (*row.text) continue;
    SCOPED_TRACE(row.sentence);
    std::optional<CivilDate> ref;
    if (*row.ref) ref = ParseIsoDate(row.ref);
    std::vector<TimeMention> ts = ParseTimes(row.sentence, ref);
    std::string found;
    for (const TimeMention& t : ts) found += "[" + std::string(t.span.Of(row.sentence)) + "]";
    EXPECT_TRUE(ts.empty()) << "unexpected: " << found;
  }
}

TEST(TimeTableTest, NewsStyleExpressionsRecognizersProfile) {
  ASSERT_GE(std::size(kRows), 150u);
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.sentence);
    std::optional<CivilDate> ref;
    if (*row.ref) ref = ParseIsoDate(row.ref);
    std::vector<TimeMention> ts = ParseTimes(row.sentence, ref, TimeOptions{.profile = TimeProfile::kRecognizers});
    std::string_view s(row.sentence);
    if (!*row.text) {
      std::string found;
      for (const TimeMention& t : ts) found += "[" + std::string(t.span.Of(s)) + "]";
      EXPECT_TRUE(ts.empty()) << "unexpected: " << found;
      continue;
    }
    const TimeMention* hit = nullptr;
    std::string found;
    for (const TimeMention& t : ts) {
      if (t.part_of >= 0) continue;
      found += "[" + std::string(t.span.Of(s)) + " " + t.value + "]";
      if (t.span.Of(s) == row.text) hit = &t;
    }
    if (hit == nullptr) {
      ADD_FAILURE() << "want '" << row.text << "', found " << found;
      continue;
    }
    EXPECT_STREQ(TimeTypeName(hit->type), row.type);
    EXPECT_EQ(hit->value, row.value);
  }
}

// Five or more digits are never counted from the report date into a day, in
// either profile (time_fuzz found "in 00000000ys." read as a date in the
// Recognizers profile).
TEST(TimeTableTest, LongDigitCountsAreNeverDates) {
  for (TimeProfile profile : {TimeProfile::kTimeML, TimeProfile::kRecognizers}) {
    for (std::string s : {"in 00000000ys.", "due in 12345 days", "00000 years from now", "within 000002 weeks"}) {
      SCOPED_TRACE(s);
      for (const TimeMention& t : ParseTimes(s, CivilDate{2022, 5, 4}, TimeOptions{.profile = profile}))
        EXPECT_TRUE(t.type != TimeType::kDate && t.type != TimeType::kTime) << t.span.Of(s) << " " << t.value;
    }
  }
  std::string ok = "The plant reopens in 3 weeks.";
  std::vector<TimeMention> ts = ParseTimes(ok, CivilDate{2022, 5, 4}, TimeOptions{.profile = TimeProfile::kRecognizers});
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].type, TimeType::kDate);
}

TEST(TimeTableTest, RangeRecordsLinkTheirEndpoints) {
  std::string s = "The curfew runs from 8am to 6pm local time.";
  std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 5, 4});
  ASSERT_EQ(ts.size(), 3u) << "both profiles link ranges alike";
  EXPECT_EQ(ts[0].range_from, 1);
  EXPECT_EQ(ts[0].range_to, 2);
  EXPECT_EQ(ts[1].span.Of(s), "8am");
  EXPECT_EQ(ts[2].span.Of(s), "6pm local time");
  EXPECT_EQ(ts[1].part_of, 0);
  EXPECT_EQ(ts[1].value, "2022-05-04T08:00");
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

Document Doc(const std::string& text) {
  Document d;
  d.id = "d";
  d.text = text;
  return d;
}

TEST(TimeDocumentTest, InfersTheDateOnlyOnStrongEvidence) {
  struct Case { const char* text; const char* want; };
  const Case kCases[] = {
      {"KYIV, May 6, 2022. Fighting went on. Officials said more would leave.", "2022-05-06"},
      {"Fighting went on. The mayor spoke. Later, on 3 March 2021, talks began. On 3 March 2021 a deal came.",
       "2021-03-03"},
      {"Putin wants a win in time for Monday's Victory Day. The war began in 2022.", "2022-05-09"},
      // The reporting day fixes the date within the week of the named day.
      {"An official said Friday that buses left. Putin wants a win by Monday's Victory Day. "
       "The war began in 2022.",
       "2022-05-06"},
      {"Putin held a parade for Monday's Victory Day, officials said Wednesday. It is 2022.", "2022-05-11"},
      // As often in wire copy, the lede's day and the day before are both
      // "said" three times: the one named first is the reporting day.
      {"Rescuers said Friday that buses left. Officials said Thursday the talks failed. Kyiv said Friday "
       "more would go. Moscow said Thursday it would halt fire. He said Thursday and she said Friday "
       "before Monday's Victory Day. It is 2022.",
       "2022-05-06"},
      {"Officials said on Friday that more had left.", ""},
      {"The plant was built in 1933. Workers came on Monday.", ""},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    Document d = Doc(c.text);
    Segmentation seg = Segment(d.text);
    std::optional<std::string> got = InferDocumentDate(d, seg);
    EXPECT_EQ(got.value_or(""), c.want);
  }
}

TEST(TimeDocumentTest, RecognizeTimesUsesTheDocumentDateAndSentenceOffsets) {
  Document d = Doc("Shelling began overnight. Talks will resume on Friday, officials said.");
  d.date = "2022-05-04";
  Segmentation seg = Segment(d.text);
  std::vector<TimeMention> ts = RecognizeTimes(d, seg);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].span.Of(d.text), "overnight");
  EXPECT_EQ(ts[1].span.Of(d.text), "Friday");
  EXPECT_EQ(ts[1].value, "2022-05-06");
  Json j = TimeToJson(d, ts, 1);
  EXPECT_EQ(j["type"], "date");
  EXPECT_EQ(j["value"], "2022-05-06");
  EXPECT_EQ(j["start"], ts[1].span.start);
  EXPECT_TRUE(j["range"].is_null());
  d.date.reset();
  ts = RecognizeTimes(d, seg);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[1].value, "XXXX-WXX-5");
}

}  // namespace
}  // namespace crosscheck
