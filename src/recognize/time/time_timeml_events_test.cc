// The TimeML profile (the default): rules of branch time17 (docs/TIME.md
// "Session 27"): a month named as the time of an event looks ahead, "the
// end of each month" is one set, a clock alone on its line is the report's
// time stamp, a hope told in the past looks back, the clocks of a habit are
// on no day.
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

// "the <month> <event>" or "<month>'s <event>" with no past verb governing
// it (a participle or infinitive clause of its own, or no past verb in the
// sentence) is the coming month; governed by a past verb, or after "after"
// or "since", the last one.
TEST(TimeMLTest, MonthOfAnEventAheadLooksForward) {
  CheckRows({
      {"Clinton on Tuesday became the nominee, teeing up the November showdown with Trump.", "November",
       "date", "2022-11"},
      {"Voters head to the polls again in the February runoff.", "February", "date", "2023-02"},
      {"The group met on Monday to plan for November's vote.", "November", "date", "2022-11"},
      {"The senator won the primary on Tuesday, setting up the March general election against the mayor.",
       "March", "date", "2023-03"},
      // Governed by a past verb, or after "after"/"since": the last one.
      {"Sanders won the March primary by a wide margin.", "March", "date", "2022-03"},
      {"After the February runoff, the mayor resigned.", "February", "date", "2022-02"},
      {"At the March meeting, the board voted to raise rates.", "March", "date", "2022-03"},
      {"Turnout fell in the February election.", "February", "date", "2022-02"},
  });
}

// "the end of each month", "the beginning of every year": the set with the
// modifier, one SET (as "the end of the month" is one date).
TEST(TimeMLTest, EndOfEachPeriodIsOneSet) {
  CheckRows({
      {"A judge ordered releases at the end of each month.", "the end of each month", "set", "P1M", "END"},
      {"The figures are published at the beginning of every year.", "the beginning of every year", "set",
       "P1Y", "START"},
      {"Rents are due in the middle of each month.", "the middle of each month", "set", "P1M", "MID"},
      {"The deal closes at the end of the month.", "the end of the month", "date", "2022-05", "END"},
  });
}

// A clock that is its whole sentence (a live report's time stamp) is on the
// report's day, not on the day the text named last; a clock inside a
// sentence still takes the day named before it.
TEST(TimeMLTest, ClockAloneOnItsLineIsTheReportsTimeStamp) {
  Document d;
  d.id = "d";
  d.date = "2022-05-04";
  d.text =
      "The latest on the campaign ahead of Tuesday's primary (all times local):\n\n9:34 p.m.\n\nThe senator "
      "thanked his supporters.\n\nThe polls opened on Monday. Turnout was heavy by 10 a.m.\n";
  Segmentation seg = Segment(d.text);
  std::vector<TimeMention> ts = RecognizeTimes(d, seg);
  auto value_of = [&](std::string_view text) -> std::string {
    for (const TimeMention& t : ts)
      if (t.span.Of(d.text) == text) return t.value;
    return "(none)";
  };
  EXPECT_EQ(value_of("9:34 p.m."), "2022-05-04T21:34");
  EXPECT_EQ(value_of("10 a.m."), "2022-05-02T10:00");
}

// "was/were hoping to" tells a hope of the past: the day it is about is not
// read ahead of the report; "is hoping to" still looks ahead.
TEST(TimeMLTest, HopeToldInThePastLooksBack) {
  CheckRows({
      {"They were hoping to benefit from the timing: with the final late Sunday, rivals had little room.",
       "late Sunday", "date", "2022-05-01", "END"},
      {"She was hoping to win the vote on Monday.", "Monday", "date", "2022-05-02"},
      {"She is hoping to win the vote on Monday.", "Monday", "date", "2022-05-09"},
  });
}

// A clock range right after a set ("weekdays from 6 to 9 a.m.") tells the
// habit's hours: on no particular day, as "daily at 9 a.m." is; a range
// with its own day keeps it. A number after a capitalised name is part of
// the name, so "Patriot 125 weekdays" is the set, "200 weekdays" a count.
TEST(TimeMLTest, ClocksOfAHabitAreOnNoDay) {
  CheckRows({
      {"The show airs weekdays from 6 to 9 a.m.", "9 a.m.", "time", "XXXX-XX-XXT09:00"},
      {"The museum is open every day from 10 a.m. to 5 p.m.", "10 a.m.", "time", "XXXX-XX-XXT10:00"},
      {"The clinic opens on Mondays between 8 a.m. and noon.", "noon", "time", "XXXX-XX-XXT12:00"},
      {"The show airs on SiriusXM Patriot 125 weekdays from 6 to 9 a.m.", "weekdays", "set", "XXXX-WXX-WD"},
      {"The show airs on SiriusXM Patriot 125 weekdays from 6 to 9 a.m.", "6", "time", "XXXX-XX-XXT06:00"},
      // a day of its own, or no set before: the day
      {"He was there from 6 to 9 a.m. on Monday.", "6", "time", "2022-05-02T06:00"},
      {"The polls were open from 6 a.m. to 9 p.m.", "6 a.m.", "time", "2022-05-04T06:00"},
      {"He worked 200 weekdays last year.", "last year", "date", "2021"},
  });
}

}  // namespace
}  // namespace crosscheck::timeml_testing
