// The TimeML profile (the default): rules of branch time17 (docs/TIME.md
// "Session 27"): a month named as the time of an event looks ahead, "the
// end of each month" is one set.
// Sentences are news-style and written for these tests (none comes from a
// corpus); rows as timeml_rows_testing.h says (report date Wednesday
// 2022-05-04).
#include <gtest/gtest.h>

#include "recognize/time/timeml_rows_testing.h"

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

}  // namespace
}  // namespace crosscheck::timeml_testing
