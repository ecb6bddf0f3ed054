// The TimeML profile (the default): quotations, titles, rates and event
// days (docs/TIME.md "TimeML profile", rules of branch time11). Sentences
// are news-style and written for these tests (none comes from a corpus);
// rows as timeml_rows_testing.h says (report date Wednesday 2022-05-04).
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "core/document.h"
#include "recognize/time/time_expr.h"
#include "recognize/time/time_parse.h"
#include "recognize/time/timeml_rows_testing.h"
#include "segment/segmenter.h"

namespace crosscheck::timeml_testing {
namespace {

// "today", "tonight", "this morning" inside a quotation are on the day the
// sentence names outside it (the speech's day), when that day is before the
// report's; otherwise on the report's day.
TEST(TimeMLTest, QuotedTodayAndTonightAreOnTheSpeechDay) {
  CheckRows({
      {"\"We will win tonight,\" she said Monday.", "tonight", "time", "2022-05-02TNI"},
      {"\u201cI am proud of them today,\u201d the mayor wrote on Sunday.", "today", "date", "2022-05-01"},
      {"``Tonight we celebrate,'' the coach said Tuesday.", "Tonight", "time", "2022-05-03TNI"},
      {"The mayor said Monday: \u201cThis morning we opened the bridge.\u201d", "This morning", "time",
       "2022-05-02TMO"},
      // no day named outside the quotation: the report's day
      {"\"We will win tonight,\" she said.", "tonight", "time", "2022-05-04TNI"},
      // not quoted: the report's day
      {"She said Monday that voters will decide tonight.", "tonight", "time", "2022-05-04TNI"},
      // the day named is the report's own: no change
      {"\"We vote tonight,\" he said Wednesday.", "tonight", "time", "2022-05-04TNI"},
  });
}

// A quoted "tonight" with no day in its sentence is on the day the text
// named last before the sentence (an evening event reported later), when
// that day is before the report's.
TEST(TimeMLTest, QuotedTonightTakesTheDayTheTextNamedBefore) {
  EXPECT_EQ(TimeValueIn("2022-05-04", "Trump spoke in Ohio on Monday. \"I came here tonight to win,\" he told the crowd.", "tonight"),
                    "2022-05-02TNI");
  // No time named before and the speech told in the past: the night before
  // the report (time18, time_timeml_anchors_test.cc; the report's night
  // before it).
  EXPECT_EQ(TimeValueIn("2022-05-04", "Trump spoke in Ohio. \"I came here tonight to win,\" he told the crowd.", "tonight"),
            "2022-05-03TNI");
  // "today" is not moved by the narrative: only by a day in its sentence
  EXPECT_EQ(TimeValueIn("2022-05-04", "Trump spoke in Ohio on Monday. \"Today we win,\" he told the crowd.", "Today"), "2022-05-04");
}

// A time word written capitalised inside a name, beside another capitalised
// word, or a short quoted title of capitalised words: a show or a paper.
TEST(TimeMLTest, TitlesHoldingATimeWordAreNoTimes) {
  CheckRows({
      {"Mook spoke on CBS This Morning about the debate.", "", "", ""},
      {"She reviews books for Publishers Weekly.", "", "", ""},
      {"He appeared on The Daily Show with a guest.", "", "", ""},
      {"Pence said on \u201cFox News Sunday\u201d that he would serve.", "", "", ""},
      {"He said on MSNBC's \u201cMorning Joe\u201d that he agreed.", "", "", ""},
      {"Mook told CBS This Morning on Monday that he was calm.", "Monday", "date", "2022-05-02"},
      // a capitalised time word at the start of the sentence or a quotation stays a time
      {"Tonight, the president speaks.", "Tonight", "time", "2022-05-04TNI"},
      {"He said, \u201cTonight we vote.\u201d", "Tonight", "time", "2022-05-04TNI"},
      {"Fox News reported Sunday that the talks failed.", "Sunday", "date", "2022-05-01"},
      // a whole time word in capitals inside mixed-case prose, beside a name in capitals: a paper
      {"Gaudiano is a reporter for the USA TODAY NETWORK.", "", "", ""},
      {"Editorial pages, including USA TODAY, warned of chaos.", "", "", ""},
      // a heading in capitals that opens the sentence keeps its time; so does an acronym zone
      {"CLINTON SPEAKS TONIGHT The nominee will address the hall.", "TONIGHT", "time", "2022-05-04TNI"},
      {"The polls close at 8 p.m. EST on the coast.", "8 p.m. EST", "time", "2022-05-04T20:00"},
      {"The \u201cSunday\u201d vote failed.", "Sunday", "date", "2022-05-01"},
  });
}

// A rate of a counted noun ("33,000 people a year") has no TIMEX3 (news
// gold parts 3-6); nor has "a year" in a frame told by what happened in it.
TEST(TimeMLTest, RatesAndYearWhenFramesAreNoDurations) {
  CheckRows({
      {"The plan would cost $1.4 trillion a year.", "", "", ""},
      {"We lose 33,000 people a year to gun violence.", "", "", ""},
      {"In a year when voters are angry, the party lost ground.", "", "", ""},
      {"The last such poll was in 1988, a year when Bush won.", "1988", "date", "1988"},
      // mid-sentence "in a week when": a stretch
      {"It was her second run-in with a protester in a week when police had to step in.", "a week", "duration",
       "P1W"},
      {"Workers there earn $4.25 an hour.", "", "", ""},
  });
}

// A day's event that something is for, or that someone is invited to, lies
// ahead whatever the verb's tense; blame or praise "for" it looks back.
// A modal "would" reaches the day across an abbreviation in brackets.
TEST(TimeMLTest, ADaysEventAfterForOrInvitedToLiesAhead) {
  CheckRows({
      // (told in the past, an event of the day before the report is that day's: time20)
      {"The governor barely qualified for Tuesday's debate.", "Tuesday", "date", "2022-05-10", "", "2022-05-07"},
      {"Trump invited her to Monday night's debate.", "Monday night", "time", "2022-05-09TNI"},
      {"He was criticized for Tuesday's remarks.", "Tuesday", "date", "2022-05-03"},
      {"He reacted to Monday's debate.", "Monday", "date", "2022-05-02"},
      {"She had qualified for Tuesday's debate.", "Tuesday", "date", "2022-05-03"},
      {"The path would start with Cruz defeating Trump here on Monday night.", "Monday night", "time", "2022-05-09TNI"},
      {"He said he would speak on Monday.", "Monday", "date", "2022-05-09"},
      // an abbreviation in brackets does not end the clause the modal governs
      {"The path would start with Sen. Ted Cruz (Tex.) defeating Trump here on Monday night.", "Monday night", "time",
       "2022-05-09TNI"},
      // a present "is" after ", and" governs its own clause, not the past before the comma
      {"Then, about a week ago, a buyer scooped up the club, and is rushing to get it ready for a tournament in "
       "March.", "March", "date", "2023-03"},
      {"A buyer is rushing to get it ready for a tournament in March.", "March", "date", "2023-03"},
      {"Sales fell a week ago, and the deadline is Friday.", "Friday", "date", "2022-05-06"},
      {"Clinton would have won on Tuesday if turnout had held.", "Tuesday", "date", "2022-05-03"},
  });
}

}  // namespace
}  // namespace crosscheck::timeml_testing
