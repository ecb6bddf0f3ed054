// The TimeML profile (the default): rules of branch time18 (docs/TIME.md
// "Session 28"): a part of day or the weekend naming a one-off event's time
// ("his evening Twitter message", "a weekend tweet"), "earlier in [the
// day]" with the signals outside and the day the text last named, a
// quoted "tonight" told in the past with no time named before it,
// "the year-ago period" not counted from a quarter to come, and headlines
// in title case.
// Sentences are news-style and written for these tests (none comes from a
// corpus); rows as timeml_rows_testing.h says (report date Wednesday
// 2022-05-04).
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "core/document.h"
#include "recognize/time/time_expr.h"
#include "recognize/time/timeml_rows_testing.h"
#include "segment/segmenter.h"

namespace crosscheck::timeml_testing {
namespace {

// A part of day (or "weekend") after an article or possessive and before
// the noun of a one-off event is that event's time: a TIME on the report's
// day (or the day the text named last), the weekend by the tense rule. A
// genre or a habit ("the evening news", "a morning show", "the night
// shift") is no time.
TEST(TimeMLTest, PartOfDayNamingAnEventsTime) {
  CheckRows({
      {"His evening Twitter message reversed the decision.", "evening", "time", "2022-05-04TEV"},
      {"A series of meetings, including an afternoon press tour of the site, will follow.", "afternoon", "time",
       "2022-05-04TAF"},
      {"The mayor called a morning press conference to announce the deal.", "morning", "time", "2022-05-04TMO"},
      {"Their night raid killed two fighters.", "night", "time", "2022-05-04TNI"},
      {"The senator was in hot water after a weekend tweet about the judge.", "weekend", "date", "2022-W17-WE"},
      {"She will answer questions at a weekend rally in Ohio.", "weekend", "date", "2022-W18-WE"},
      // genres and habits: no TIMEX3
      {"He watched the evening news with his family.", "", "", ""},
      {"She hosts a morning show on the radio.", "", "", ""},
      {"He works the night shift at the plant.", "", "", ""},
      {"They bought a weekend house by the lake.", "", "", ""},
      // a capitalised part of day after an article is a name
      {"He told The Morning Call that he would run.", "", "", ""},
  });
}

// The day of an event part of day follows the text: "On Monday ... his
// evening speech" is Monday evening.
TEST(TimeMLTest, EventPartOfDayIsOnTheDayTheTextNamed) {
  EXPECT_EQ(TimeValueIn("2022-05-04", "The president flew to Ohio on Monday. His evening speech drew a large crowd.\n",
                    "evening"),
            "2022-05-02TEV");
}

// "earlier/later in the day": "earlier", "later" and "in" are signals, the
// TIMEX3 is "the day" (as "earlier in [the evening]"), on the day the text
// last named, else the report's; "earlier in the week/year" keep their
// modifier inside, as before.
TEST(TimeMLTest, EarlierInTheDayBoundsTheDay) {
  CheckRows({
      {"Later in the day, the governor pushed back on the reports.", "the day", "date", "2022-05-04"},
      {"Earlier in the day, the allegations spilled over into a debate.", "the day", "date", "2022-05-04"},
      {"A bomb exploded on Monday; earlier in the day, police had closed the road.", "the day", "date",
       "2022-05-02"},
      {"Shipments were delayed earlier in the year by heavy rains.", "earlier in the year", "date", "2022",
       "START"},
  });
}

// A quoted "tonight" that the quotation tells in the past ("I didn't come
// here tonight"), in a sentence that tells the speech in the past, in a
// text that has named no time before it, is the evening before the report
// (the report is written after that evening); a day named, a time named in
// the sentence, a quotation not in the past or a speech told in the present
// keep the earlier readings.
TEST(TimeMLTest, QuotedTonightToldInThePastIsTheNightBefore) {
  CheckRows({
      {"\"I didn't come here tonight to pander to you,\" Trump said carefully.", "tonight", "time",
       "2022-05-03TNI"},
      {"\"We came here tonight to win,\" she told the crowd.", "tonight", "time", "2022-05-03TNI"},
      // the quotation not in the past ("are", "will"), or the speech told in
      // the present: the report's night
      {"\"We are here tonight to win,\" she told the crowd.", "tonight", "time", "2022-05-04TNI"},
      {"\"We will win tonight,\" she said.", "tonight", "time", "2022-05-04TNI"},
      {"\"We came here tonight to win,\" she says.", "tonight", "time", "2022-05-04TNI"},
      // unquoted: the report's night
      {"The senator said he would not hold a rally tonight.", "tonight", "time", "2022-05-04TNI"},
      // a day named outside the quotation: that day's night
      {"\"We are here tonight to win,\" she said Monday.", "tonight", "time", "2022-05-02TNI"},
      // another time named in the sentence: left on the report's day
      {"After this week's debate, she said the plan \"hurts all of you watching tonight.\"", "tonight", "time",
       "2022-05-04TNI"},
  });
}

// With a time named before in the text, the rule keeps away: "a Sunday
// night memorial ... 'it's not tonight we're worried about'" stays on the
// report's day.
TEST(TimeMLTest, QuotedTonightAfterANamedTimeKeepsTheReportsNight) {
  EXPECT_EQ(TimeValueIn("2022-05-04",
                    "About 500 people attended the memorial in 2021. \"But it's not tonight we're worried about,\" "
                    "said a sponsor of the ceremony.\n",
                    "tonight"),
            "2022-05-04TNI");
}

// A headline set in title case capitalises every longer word, so a
// capitalised word beside a time word is no sign of a show's or a paper's
// title there: "Now", "This Year", a weekday are times; a paper's name
// after a weekday still makes a title, and in running text the title rules
// hold as before.
TEST(TimeMLTest, HeadlineInTitleCaseKeepsItsTimes) {
  CheckRows({
      {"For Now, Trump to Keep Ban on Importing Elephant Trophies", "Now", "date", "PRESENT_REF"},
      {"Paul LePage, the Governor of Maine, Now Says He Is Not Quitting", "Now", "date", "PRESENT_REF"},
      {"Steel Profits Fell Sharply In Third Period As Costs Rose This Year", "This Year", "date", "2022"},
      {"Trump Campaigns Monday Across Rural Ohio Towns", "Monday", "date", "2022-05-02"},
      // a paper's name after the weekday; titles in running text
      {"Sunday Times Editor Quits Over Leaked Memo", "", "", ""},
      {"He told the Sunday Times that he would run.", "", "", ""},
      {"She appeared on CBS This Morning to discuss the plan.", "", "", ""},
  });
}

// "later that day" counts from the last day named when only a coarser time
// followed it in its sentence, also across sentences that name no time (a
// quotation running on); a coarser time in a sentence of its own ends it.
TEST(TimeMLTest, ThatDayReachesOverSentencesWithNoTime) {
  auto value_of = [](const char* text, std::string_view words) { return TimeValueIn("2022-05-04", text, words); };
  EXPECT_EQ(value_of("The governor hinted on Monday that he may resign before his term ends in 2024, telling a "
                     "radio station, \"I am looking at all options. I think some things are beyond me. I am not "
                     "saying I will finish it.\" He walked back his remarks later that day.\n",
                     "later that day"),
            "2022-05-02");
  EXPECT_EQ(value_of("The governor spoke on Monday. In 2021 he had lost a vote. He walked back his remarks later "
                     "that day.\n",
                     "later that day"),
            "2022-05-04");
}

// "the year-ago period" is a year back from the quarter under discussion,
// but not from a quarter that has not begun by the report's date (a
// forecast): then from the last quarter completed.
TEST(TimeMLTest, YearAgoPeriodIsNotCountedFromAQuarterToCome) {
  auto value_of = [](const char* text, std::string_view words) { return TimeValueIn("2022-10-26", text, words); };
  EXPECT_EQ(value_of("Analysts expect losses through the third quarter of 2023. In the year-ago period, the "
                     "company earned $4 million.\n",
                     "the year-ago period"),
            "2021-Q3");
  EXPECT_EQ(value_of("Sales rose in the second quarter of 2022. In the year-ago period, the company earned $4 "
                     "million.\n",
                     "the year-ago period"),
            "2021-Q2");
}


// What a mention found in `text` (report date 2022-05-04) resolves to and
// what it is relative to: "value|mod|anchor text" ("report" for the report
// date, "-" for none); "(none)" when no mention has that text.
std::string ValueAndAnchor(const char* text, std::string_view words, const char* date = "2022-05-04") {
  Document d;
  d.id.assign(1, 'd');
  d.date = date;
  d.text = text;
  const Segmentation seg = Segment(d.text);
  const std::vector<TimeMention> ts = RecognizeTimes(d, seg);
  for (const TimeMention& t : ts) {
    if (t.span.Of(d.text) != words) continue;
    std::string out = std::string(t.value.str()) + "|" + std::string(t.mod.str()) + "|";
    if (t.anchor == TimeAnchor::kText && t.anchor_index >= 0)
      out += std::string(ts[t.anchor_index].span.Of(d.text));
    else
      out += t.anchor == TimeAnchor::kReport ? "report" : "-";
    if (t.type == TimeType::kDuration && !t.interval_start.empty())
      out += "|" + std::string(t.interval_start.str()) + ".." + std::string(t.interval_end.str());
    return out;
  }
  return "(none) in " + Found(ts, d.text);
}

// Session 34 (time24): a year, a month or a part of a year named with "that"
// or "the following"/"the previous" counts from the last time the text
// named of a grain fine enough (a year or finer for a year, a month or finer
// for a month); only with none named is the report date the anchor.
TEST(TimeMLTest, NarrativeYearsAndMonthsCountFromTheTextsTime) {
  EXPECT_EQ(ValueAndAnchor("The mill closed in October 2020, and by the end of that year 300 workers had left.\n",
                           "the end of that year"),
            "2020|END|October 2020");
  EXPECT_EQ(ValueAndAnchor("She won the seat in November 2016 and took office the following January.\n",
                           "the following January"),
            "2017-01||November 2016");
  EXPECT_EQ(ValueAndAnchor("The dam failed in March 2019. The previous December, engineers had warned of "
                           "cracks.\n",
                           "The previous December"),
            "2018-12||March 2019");
  EXPECT_EQ(ValueAndAnchor("The strike began on June 3, 2018, and by the middle of that month the port was "
                           "idle.\n",
                           "the middle of that month"),
            "2018-06|MID|June 3, 2018");
  EXPECT_EQ(ValueAndAnchor("The port reopened on June 3, 2018. In that December, exports doubled.\n",
                           "that December"),
            "2018-12||June 3, 2018");
  // "that" as a complementizer is no part of the month.
  EXPECT_EQ(ValueAndAnchor("The port reopened in 2018. Officials said that March was the busiest month.\n",
                           "that March").substr(0, 6),
            "(none)");
  // No time named before: the report's year, anchored on the report.
  EXPECT_EQ(ValueAndAnchor("The firm plans to hire 300 workers by the end of the year.\n", "the end of the year"),
            "2022|END|report");
}

// "Two days later" after a dated event: TimeML 1.2.1 and the news gold
// write the count as a DURATION with "later" a signal outside it; the
// stretch it spans is anchored on the text's time, not the report date.
TEST(TimeMLTest, CountLaterIsAnchoredOnTheTextsTime) {
  EXPECT_EQ(ValueAndAnchor("The ferry sank on March 3, 2021. Two days later, divers found the wreck.\n",
                           "Two days"),
            "P2D||March 3, 2021|2021-03-03..2021-03-05");
}


// Session 38 (time28): a bare month, month-day or quarter later in a sentence
// that wrote a month (or a quarter) with its year counts from that time, the
// occurrence nearest it, not from the report date: the narrative goes on in
// the year it named. A clause that looks ahead keeps the report's reading,
// and so does a parenthetical opened by a relative pronoun or a participle
// ("The firm, founded in March 1998, ..."); a bare year alone gives no month
// to count from. Only inside the sentence: across sentences a bare month
// after a historical date is the report's (tried: two tuning values lost).
TEST(TimeMLTest, BareMonthAfterAMonthWithItsYearInTheSentence) {
  CheckRows({
      {"The mayor was indicted in March 2019 and resigned in June.", "June", "date", "2019-06"},
      {"The mayor was indicted in December 2019 and resigned in January.", "January", "date", "2020-01"},
      {"The mayor resigned in June 2019, three months after he was indicted in March.", "March", "date", "2019-03"},
      {"The dam failed on March 3, 2019 and the inquiry reported on June 5.", "June 5", "date", "2019-06-05"},
      {"The dam failed on Nov. 28, 2018, and repairs began on Jan. 9.", "Jan. 9", "date", "2019-01-09"},
      {"Exports fell in the third quarter of 2019 but recovered in the fourth quarter.", "the fourth quarter", "date",
       "2019-Q4"},
      {"Exports fell in the fourth quarter of 2019 and recovered in the first quarter.", "the first quarter", "date",
       "2020-Q1"},
      // no month with its year before: the report's reading
      {"The mayor was indicted in 2019 and resigned in March.", "March", "date", "2022-03"},
      {"The mayor was indicted last March and resigned in June.", "June", "date", "2022-06"},
      // a clause that looks ahead
      {"The law passed in May 2015 takes effect in January.", "January", "date", "2023-01"},
      // a parenthetical that dates its subject, not the story
      {"The governor, who took office in January 2011, spoke in November.", "November", "date", "2021-11"},
      {"The firm, founded in March 1998, cut jobs in February.", "February", "date", "2022-02"},
  });
}


// Session 38 (time28): a season counted from the text's last time, as a
// month is ("the following January"): "That fall" (opening its sentence or
// after a preposition) is the one in the anchor's year, "the following
// winter" the first to begin after the anchor, "the previous summer" the
// last to end before it. A season before a noun is a kind ("that summer
// camp"), and with no time named before, nothing is counted.
TEST(TimeMLTest, SeasonCountedFromTheTextsTime) {
  auto value = [](const char* text, std::string_view words) { return TimeValueIn("2022-05-04", text, words); };
  EXPECT_EQ(value("The mill closed in the summer of 2019. That fall, the workers sued.", "That fall"), "2019-FA");
  EXPECT_EQ(value("The mill closed in 2019. That winter was the hardest in memory.", "That winter"), "2019-WI");
  EXPECT_EQ(value("The mill closed in the spring of 2019. By that autumn, it had reopened.", "that autumn"),
            "2019-FA");
  EXPECT_EQ(value("The mill closed in the spring of 2019. The following winter, it reopened.",
                  "The following winter"),
            "2019-WI");
  EXPECT_EQ(value("The mill closed in March 2019. The previous summer, it had cut jobs.", "The previous summer"),
            "2018-SU");
  EXPECT_EQ(value("The mill closed in 2019. That summer camp closed too.", "That summer"), "(none)");
  EXPECT_EQ(value("The mill closed in 2019. That summer camp closed too.", "summer"), "(none)");
}

}  // namespace

// Session 40 (time31): "early/late in the week/month/year" as "earlier/later
// in ..." (with its modifier inside; was the bare period). "late in the day"
// stays untagged (the tuning part's half B leaves such a day untagged).
TEST(TimeMLTest, EarlyOrLateInThePeriodAsEarlierOrLater) {
  CheckRows({
      {"Varrow output rose early in the month.", "early in the month", "date", "2022-05", "START"},
      {"Kessel shares slid early in the week.", "early in the week", "date", "2022-W18", "START"},
      {"The Orrin plant is due to open late in the year.", "late in the year", "date", "2022", "END"},
      {"It is late in the game for the Dunmore club.", "", "", ""},
  });
}

}  // namespace crosscheck::timeml_testing
