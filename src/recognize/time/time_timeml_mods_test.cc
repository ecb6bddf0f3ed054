// The TimeML profile (the default): modifiers (mod START/MID/END/APPROX,
// early/late parts of day, clocks in sets with modifiers).
// One table per rule of docs/TIME.md "TimeML profile". The other value
// families are in the time_timeml_*_test.cc files beside this one; context
// rules (tense, narrative anchors, spans, JSON) in time_timeml_context_test.cc.
// Sentences are news-style and written for these tests (none comes from
// TimeBank); rows as timeml_rows_testing.h says.
#include <gtest/gtest.h>

#include "recognize/time/time_parse.h"
#include "recognize/time/timeml_rows_testing.h"

namespace crosscheck::timeml_testing {

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
      {"The vote will be held at midnight Friday.", "midnight Friday", "time", "2022-05-06T24:00"},
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

// Branch time21: "early"/"late" right after a duration says how far off
// schedule something is ("close two hours early", "arrived 20 minutes
// late"); it is no START/END of the time after it and stays out of its
// extent.
TEST(TimeMLTest, EarlyOrLateAfterADurationIsNoModifier) {
  CheckRows({
      {"Schools in Varden County will close two hours early Friday afternoon.", "Friday afternoon", "time",
       "2022-05-06TAF"},
      {"The ferry from Oskel arrived 20 minutes late Tuesday night.", "Tuesday night", "time", "2022-05-03TNI"},
      {"The Mirel probe launched a day early Monday.", "Monday", "date", "2022-05-02"},
      {"The Mirel probe launched a day early Monday.", "a day", "duration", "P1D"},
      {"The Senate vote came late Tuesday.", "late Tuesday", "date", "2022-05-03", "END"},
      {"The Dorset talks resumed early Monday morning.", "early Monday morning", "time", "2022-05-02TMO", "START"},
  });
}

}  // namespace crosscheck::timeml_testing
