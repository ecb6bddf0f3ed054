// The TimeML profile (the default): DATE values: present/past/future
// references, "N units ago", quarters and fiscal periods, divisions of years,
// weekends, seasons, decades, centuries, short years, holidays and month names.
// One table per rule of docs/TIME.md "TimeML profile". The other value
// families are in the time_timeml_*_test.cc files beside this one; context
// rules (tense, narrative anchors, spans, JSON) in time_timeml_context_test.cc.
// Sentences are news-style and written for these tests (none comes from
// TimeBank); rows as timeml_rows_testing.h says.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "recognize/time/time_parse.h"
#include "recognize/time/timeml_rows_testing.h"

namespace crosscheck::timeml_testing {

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
      // a decade back is a year (TimeBank "a decade ago" 1989-XX; news golds 2005 from 2015)
      {"The treaty was signed a decade ago.", "a decade ago", "date", "2012"},
      {"The town was founded a few years ago.", "a few years ago", "date", "201X"},
      {"The ship sank nearly two weeks ago.", "nearly two weeks ago", "date", "2022-W16", "EQUAL_OR_LESS"},
      {"The ship sank about two years ago.", "about two years ago", "date", "2020", "APPROX"},
  });
}

// A date counted back takes "about" and "almost" into its extent with
// its mod, as it takes "roughly", "around" and "nearly" (TimeML 1.2.1: the
// modifier is inside the TIMEX3); before a duration or a clock they stay
// outside, as TimeBank draws them.
TEST(TimeMLTest, AboutAndAlmostInsideADateCountedBack) {
  CheckRows({
      {"The mill closed about a week ago, workers said.", "about a week ago", "date", "2022-W17", "APPROX"},
      {"The firm was founded about 40 years ago.", "about 40 years ago", "date", "1982", "APPROX"},
      {"The plant shut almost a year ago.", "almost a year ago", "date", "2021", "EQUAL_OR_LESS"},
      {"The pair had met almost two years earlier.", "almost two years earlier", "date", "2020", "EQUAL_OR_LESS"},
      {"The talks lasted about two hours.", "two hours", "duration", "PT2H", "APPROX"},
      {"The shooting happened at about 9:45 p.m.", "9:45 p.m.", "time", "2022-05-04T21:45", "APPROX"},
  });
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
      // a two-digit decade is the latest begun by the report's year
      {"Inflation ruined Weimar Germany in the '20s.", "the '20s", "date", "192", "", "2016-06-23"},
      {"Rents have doubled in the '20s.", "the '20s", "date", "202", "", "2026-03-01"},
      {"Growth was strong in the '90s.", "the '90s", "date", "199", "", "2016-06-23"},
  });
  // a year joined to the next year's last digits is two years, not a month
  CheckRows({
      {"The collapse of 2008-9 was worse.", "9", "date", "2009"},
      {"The 2010-11 season was long.", "11", "date", "2011"},
      {"The 2011/12 budget passed.", "2011", "date", "2011"},
      {"Rates were set in 2016-5 under the plan.", "2016-5", "date", "2016-05"},
  });
  std::string s = "The budget for 1998-99 was cut.";
  std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 5, 4});
  ASSERT_EQ(ts.size(), 3u) << Found(ts, s);
  EXPECT_EQ(ts[0].span.Of(s), "1998-99");
  EXPECT_EQ(ts[1].value, "1998");
  EXPECT_EQ(ts[2].span.Of(s), "99");
  EXPECT_EQ(ts[2].value, "1999");
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

TEST(TimeMLTest, MonthInsideAHyphenatedNameIsNoMonth) {
  CheckRows({
      {"The president spent the weekend at Mar-a-Lago.", "the weekend", "date", "2022-W17-WE"},
      {"Sales in the April-to-June quarter fell.", "April", "date", "2022-04"},
  });
  const char* s = "He flew to Mar-a-Lago on Friday.";
  for (const TimeMention& t : ParseTimes(s, ParseIsoDate("2022-05-04"))) EXPECT_NE(t.span.Of(s), "Mar") << s;
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


// "the new year" (lower case; "New Year" is the holiday): the year begun, or
// in a report of December the one about to begin (branch time8, from the
// news gold part 2).
TEST(TimeMLTest, TheNewYearIsAYear) {
  CheckRows({
      {"The bill passed less than 48 hours into the new year.", "the new year", "date", "2022", "", "2022-01-02"},
      {"The new law struck familiar tones for the new year.", "the new year", "date", "2022", "", "2022-01-05"},
      {"Analysts see slower growth in the new year.", "the new year", "date", "2023", "", "2022-12-20"},
      {"Retailers hope the new year brings relief.", "the new year", "date", "2022", "", "2022-02-10"},
  });
}

// A year before an election word names that election, whatever comes before
// it ("the likely 2016 presidential candidate"; a determiner was needed).
TEST(TimeMLTest, YearBeforeAnElectionWord) {
  CheckRows({
      {"He would protect the likely 2016 presidential candidate's privacy.", "2016", "date", "2016"},
      {"His likely 2024 presidential bid is no secret.", "2024", "date", "2024"},
      {"Both parties eye crucial 2018 midterm races.", "2018", "date", "2018"},
      {"Several 2020 campaign aides resigned.", "2020", "date", "2020"},
      {"The new 2010 census figures arrived on Monday.", "2010", "date", "2010"},
  });
}

// "May" and "March" after the article "a" before a lower-case noun are the
// month as a modifier ("a May interview"), as after "the"; "this past
// week" keeps "this" in the extent, as "the past week" keeps "the".
TEST(TimeMLTest, MonthAfterAnArticleAndThisPast) {
  CheckRows({
      {"During a May interview, the senator said so.", "May", "date", "2022-05"},
      {"Organisers of a March rally were fined.", "March", "date", "2022-03"},
      {"Rain may fall today.", "today", "date", "2022-05-04"},
      {"Shares fell sharply this past week, traders said.", "this past week", "date", "2022-W17"},
  });
}

// "the future" as an adjective before a name ("the future Trump hotel",
// "the future President Obama") is no FUTURE_REF.
TEST(TimeMLTest, TheFutureAsAnAdjective) {
  CheckRows({
      {"Guests toured the future Trump International Hotel.", "", "", ""},
      {"She met the future President Obama at a party.", "", "", ""},
      {"Nobody can predict the future, he said.", "the future", "date", "FUTURE_REF"},
      {"The plan will shape the future of the city.", "the future", "date", "FUTURE_REF"},
  });
}

// A season after "a" before a noun is a kind ("a summer event", "a winter
// storm"), and "fall in <noun>" is the noun ("this fall in prices"); "this
// summer", "in the fall" stay seasons.
TEST(TimeMLTest, SeasonAsAKindAndFallAsANoun) {
  CheckRows({
      {"The straw poll, a summer event, winnowed the field.", "", "", ""},
      {"Crews prepared for a winter storm.", "", "", ""},
      {"After this fall in prices, all the indicators slipped.", "", "", ""},
      {"The plant will reopen this summer.", "this summer", "date", "2022-SU"},
      {"He plans to run this fall in Iowa.", "this fall", "date", "2022-FA"},
  });
}

// Branch time21: "most recently" before a time ("visited twice a year, most
// recently in March") picks the latest occasion, which the time after it
// names: a signal, no PAST_REF (as "as recently as"). Alone it stays the past.
TEST(TimeMLTest, MostRecentlyBeforeATimeIsASignal) {
  CheckRows({
      {"Inspectors visit the Harlow plant twice a year, most recently in March.", "March", "date", "2022-03"},
      {"Governor Pike has vetoed the bill three times, most recently on Monday.", "Monday", "date", "2022-05-02"},
      {"Judge Ormand most recently served as a county prosecutor.", "recently", "date", "PAST_REF"},
  });
  for (const char* s : {"Inspectors visit the Harlow plant twice a year, most recently in March.",
                        "Governor Pike has vetoed the bill three times, most recently last October."}) {
    const std::vector<TimeMention> ts = ParseTimes(s, ParseIsoDate("2022-05-04"));
    EXPECT_EQ(Found(ts, s).find("recently"), std::string::npos) << s << ": " << Found(ts, s);
  }
}

// Branch time23: a year that ends a name the text gives ("a venture called
// Orion 1980,", "known as Agenda 2000,") is part of the name, not a date;
// a year after a verb of naming with no name before it stays a date.
TEST(TimeMLTest, YearEndingAGivenNameIsNoDate) {
  CheckRows({
      {"Kessler set up a joint venture called Orion 1980, making pumps for oil rigs.", "", "", ""},
      {"The reform package, known as Agenda 2000, was adopted by the ministers.", "", "", ""},
      {"The lab belongs to a consortium named Blue Harbor 2010, based in Leeds.", "", "", ""},
      {"Brant's team unveiled a plan dubbed Project Kestrel 2035, aides said.", "", "", ""},
      // controls: the year is the text's own
      {"The union called the 1980 strike a turning point.", "1980", "date", "1980"},
      {"The venture, founded in Orion in 1980, makes pumps.", "1980", "date", "1980"},
      {"Sales at Orion rose in 1980, the company said.", "1980", "date", "1980"},
  });
}

// (time25) An ordinal joined by a hyphen to a word is a compound modifier,
// no day of the month, even after "on"; joined to "century" it is the
// century, the article left to the noun.
TEST(TimeMLTest, OrdinalInAHyphenatedModifierIsNoDay) {
  CheckRows({
      {"The 19th-century contest between the empires shaped the region.", "19th-century", "date", "18"},
      {"Critics called it a twentieth-century idea.", "twentieth-century", "date", "19"},
      {"The company is the country's 10th-largest lender.", "", "", ""},
      {"The account is based on first-hand reports from the village.", "", "", ""},
      {"The audit relied on third-party data, the ministry said.", "", "", ""},
      // controls: the ordinal alone is the day
      {"The rent is due on the first.", "the first", "date", "2022-06-01"},
      {"Payments resume on the third, the agency said.", "the third", "date", "2022-06-03"},
  });
}

// Session 34 (time24): a four-digit year written with no comma and no cue
// word before it is a year as the subject of a singular verb ("2020 was a
// hard year", "said 2021 was"), the object of a verb of expecting before
// "to be" ("expect 2023 to be"), or after a comparison's "than" before a
// noun of reporting ("than 2020 figures"). Counts keep their plural verb,
// units and nouns ("2020 were arrested", "more than 2020 protesters").
TEST(TimeMLTest, YearAsSubjectOrObjectOfAClause) {
  CheckRows({
      {"The company said 2021 was a record year for its shipyards.", "2021", "date", "2021"},
      {"2020 was a hard year for the ferry operators.", "2020", "date", "2020"},
      {"For the growers, 2019 has been the driest season on record.", "2019", "date", "2019"},
      {"Analysts expect 2023 to be difficult for the lenders.", "2023", "date", "2023"},
      {"Exports were higher than 2020 figures, the ministry said.", "2020", "date", "2020"},
      // counts, money and addresses are no years
      {"Police said 2020 were arrested at the rally.", "", "", ""},
      {"Organisers expect 2000 to attend the rally.", "", "", ""},
      {"The ministry counted more than 2020 protesters downtown.", "", "", ""},
      {"The bill came to $2020 after the repairs.", "", "", ""},
      {"He said 20210 was the code on the crate.", "", "", ""},
  });
}


// Session 38 (time28): a quarter named otherwise than by its ordinal. "the
// final/last quarter of <year>" is the fourth ("the last quarter" alone,
// the one before, is not read); "the March quarter" the calendar quarter a
// quarter-end month closes; "the July-September quarter" the quarter its
// months span. Not a month that ends no quarter.
TEST(TimeMLTest, QuarterNamedByItsLastMonthOrAsTheFinalOne) {
  CheckRows({
      {"Car sales slumped in the final quarter of 2021.", "the final quarter of 2021", "date", "2021-Q4"},
      {"Car sales slumped in the last quarter of last year.", "the last quarter of last year", "date", "2021-Q4"},
      {"Car sales slumped in the March quarter.", "the March quarter", "date", "2022-Q1"},
      {"Car sales slumped in the December quarter.", "the December quarter", "date", "2021-Q4"},
      {"Car sales should recover in the September quarter.", "the September quarter", "date", "2022-Q3"},
      {"Car sales slumped in the January-March quarter.", "the January-March quarter", "date", "2022-Q1"},
      {"Car sales slumped in the July-September quarter.", "the July-September quarter", "date", "2021-Q3"},
      // a month that closes no quarter is the month
      {"Car sales slumped in the May quarter.", "May", "date", "2022-05"},
      // "the prior-year period/quarter" compares as "the year-ago quarter" does
      {"Car sales rose 4% from the prior-year period.", "the prior-year period", "date", "2021-Q1"},
      {"Car sales rose 4% from the prior-year quarter.", "the prior-year quarter", "date", "2021-Q1"},
      {"Car sales rose 4% from prior-year levels.", "", "", ""},
  });
}


// Session 38 (time28): a two-digit decade after its modifier ("the late
// '90s", "the mid-'80s") is the decade with its mod, as "the late 1990s" is.
// And "the week ended April 30", "the week to Friday", "the month to April":
// the week or month those days end (the ISO week holding the middle of the
// seven days), not the report's; the day stays a TIMEX3 of its own.
TEST(TimeMLTest, ShortDecadeAfterItsModifierAndTheWeekEndedOnADay) {
  CheckRows({
      {"Grunge peaked in the late '90s.", "the late '90s", "date", "199", "END"},
      {"Grunge peaked in the mid-'90s.", "the mid-'90s", "date", "199", "MID"},
      {"Disco faded in the early '80s.", "the early '80s", "date", "198", "START"},
      {"Jobless claims fell in the week ended April 30.", "the week", "date", "2022-W17"},
      {"Jobless claims fell in the week ending April 23.", "the week", "date", "2022-W16"},
      {"Jobless claims fell in the week to Friday.", "the week", "date", "2022-W17"},
      {"Jobless claims fell in the month to April.", "the month", "date", "2022-04"},
      {"Jobless claims fell in the month ended May 2.", "the month", "date", "2022-04"},
      // no day after: the report's week
      {"Jobless claims fell during the week.", "the week", "date", "2022-W18"},
  });
}


// Session 38 (time28): a bare half of a year is the report year's unless
// told in the past before it has begun (the year before's, as a quarter
// is), or counted from a half or quarter of a year written earlier in the
// sentence.
TEST(TimeMLTest, BareHalfFollowsTheTenseAndTheSentencesYear) {
  CheckRows({
      {"The carmaker lost money in the second half.", "the second half", "date", "2021-H2"},
      {"The carmaker expects to make money in the second half.", "the second half", "date", "2022-H2"},
      {"The carmaker lost money in the first half.", "the first half", "date", "2022-H1"},
      {"The carmaker lost money in the first half of 2019 and made money in the second half.", "the second half",
       "date", "2019-H2"},
      {"The carmaker lost money in the second half of 2019 and in the first quarter.", "the first quarter", "date",
       "2020-Q1"},
  });
}


// Session 38 (time28): a count with a fraction before "ago" is a DATE at
// the grain the count reaches, as "18 months ago" is ("half a century ago"
// the year, "two and a half years ago" the month), not the DURATION it is
// alone; "last decade" with no article is the decade before this one, as
// "last year" is ("the last decade" stays ten years up to now).
TEST(TimeMLTest, FractionsAgoAndLastDecade) {
  CheckRows({
      {"The mill closed half a century ago.", "half a century ago", "date", "1972"},
      {"The mill closed a half-century ago.", "a half-century ago", "date", "1972"},
      {"The mill closed a quarter century ago.", "a quarter century ago", "date", "1997"},
      {"The mill closed two and a half years ago.", "two and a half years ago", "date", "2019-11"},
      {"The mill closed a year and a half ago.", "a year and a half ago", "date", "2020-11"},
      {"The mill closed half a year ago.", "half a year ago", "date", "2021-11"},
      {"The mill stood for half a century.", "half a century", "duration", "P50Y"},
      {"The mill caught fire half an hour ago.", "half an hour ago", "time", "2022-05-04"},
      {"The fire burned for half an hour.", "half an hour", "duration", "PT0.5H"},
      {"The mill closed last decade.", "last decade", "date", "201"},
      {"The mill was built last century.", "last century", "date", "19"},
      {"Output fell over the last decade.", "the last decade", "duration", "P10Y"},
  });
}

// Session 40 (time31): the n-th week of a month or year is written as its
// ISO week (the first is the week holding the first Thursday), not
// Recognizers-Text's "2022-06-W01", which is no TIMEX3 value.
TEST(TimeMLTest, NthWeekOfAMonthIsItsIsoWeek) {
  CheckRows({
      {"The Varrow rule takes effect the first week of June.", "the first week of June", "date", "2022-W22"},
      {"Kessel talks began the second week of March.", "the second week of March", "date", "2022-W10"},
      {"The Orrin plant closes in the last week of May 2022.", "the last week of May 2022", "date", "2022-W21"},
  });
}

// Ordinals coordinated before one calendar word (time32): each conjunct is
// a DATE, the earlier ones valued from the word after the last ("the
// [second] and [third quarters]"), as TimeML annotates each conjunct of a
// coordination; never a day of the month.
TEST(TimeMLTest, OrdinalsCoordinatedBeforeOneCalendarWord) {
  CheckRows({
      {"Weaving in Valdor flourished in the 17th and 18th centuries.", "17th", "date", "16"},
      {"Weaving in Valdor flourished in the 17th and 18th centuries.", "18th centuries", "date", "17"},
      {"The chapel holds paintings from the 14th, 15th and 16th centuries.", "15th", "date", "14"},
      {"Orlen Freight lost money in the first and second quarters of 2020.", "first", "date", "2020-Q1"},
      {"Orlen Freight lost money in the first and second quarters of 2020.", "second quarters of 2020", "date",
       "2020-Q2"},
      {"Brisco's margins shrank in the third and fourth quarters.", "third", "date", "2021-Q3"},
      {"Brisco's margins shrank in the third and fourth quarters.", "fourth quarters", "date", "2021-Q4"},
      {"Tamsin Mills expects gains in the third and fourth quarters.", "third", "date", "2022-Q3"},
      {"Kelva Bank reported losses in the first or second half of 2019.", "first", "date", "2019-H1"},
      // the habitual reading stays a set; a game's halves and a count are no dates
      {"Toy shops usually hire in the third and fourth quarters.", "third", "set", "XXXX-Q3"},
      {"The Ravens scored in the first and second halves.", "", "", ""},
      {"She finished 19th and 20th in the two races.", "", "", ""},
  });
}

// A two-digit decade coordinated after one written in full needs no "the"
// (time32): "the 1970s and '80s".
TEST(TimeMLTest, ShortDecadeCoordinatedAfterAFullOne) {
  CheckRows({
      {"Rents in Castor doubled in the 1970s and '80s.", "'80s", "date", "198"},
      {"Rents in Castor doubled in the 1970s and '80s.", "the 1970s", "date", "197"},
      {"The band Orrery toured in the 1990s, and '80s fans came.", "'80s", "date", "198"},
  });
  // "from A and B" is two times, no range record (only "between" pairs with "and")
  const char* s = "Kell cited incidents from the 1970s and '80s.";
  for (const TimeMention& t : ParseTimes(s, ParseIsoDate("2022-05-04")))
    EXPECT_EQ(t.range_from, -1) << std::string(t.span.Of(s));
}

// "the coming decade" is the next one, as "the next decade" is (time32; was
// untagged).
TEST(TimeMLTest, TheComingDecadeIsTheNextOne) {
  CheckRows({
      {"Demand for Pellam ore will grow over the coming decade.", "the coming decade", "date", "203"},
      {"Demand for Pellam ore will grow over the next decade.", "the next decade", "date", "203"},
      {"The coming century will be warmer in Ostra.", "The coming century", "date", "21"},
  });
}

}  // namespace crosscheck::timeml_testing
