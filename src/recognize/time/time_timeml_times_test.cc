// The TimeML profile (the default): TIME values: clock times and parts of day
// on their day, zones, clock ranges, early/late parts.
// One table per rule of docs/TIME.md "TimeML profile". The other value
// families are in the time_timeml_*_test.cc files beside this one; context
// rules (tense, narrative anchors, spans, JSON) in time_timeml_context_test.cc.
// Sentences are news-style and written for these tests (none comes from
// TimeBank); rows as timeml_rows_testing.h says.
#include <gtest/gtest.h>

#include "recognize/time/time_parse.h"
#include "recognize/time/timeml_rows_testing.h"

namespace crosscheck::timeml_testing {

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
      {"The plane left Athens on Monday. In the afternoon it crashed.", "the afternoon", "time",
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
      {"The clinic was open 2-4 p.m. on Friday.", "2", "time", "2022-04-29T14:00"},
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


// A hyphened part of day before a noun is the part, as the unhyphened one is
// ("an early-morning tweet" TMO START); a genre ("late-night hosts") is none.
TEST(TimeMLTest, HyphenedPartOfDayBeforeANoun) {
  CheckRows({
      {"He posted an early-morning tweet attacking his critics.", "early-morning", "time", "2022-05-04TMO", "START"},
      {"The Senate passed the bill in a late-night vote.", "late-night", "time", "2022-05-04TNI", "END"},
      {"Police carried out a late-evening raid.", "late-evening", "time", "2022-05-04TEV", "END"},
      {"The late-night hosts mocked the senator.", "", "", ""},
      {"He gave an interview to late-night television.", "", "", ""},
  });
}

// "dawn on Sunday" is the morning of that day, as "dawn Sunday" is; a zone
// spelled out after a clock ("8 p.m. Eastern time") is inside its TIMEX3,
// as "EST" is, and the day after it is the clock's.
TEST(TimeMLTest, DawnOnADayAndSpelledOutZones) {
  CheckRows({
      {"The raid came just before dawn on Sunday.", "dawn on Sunday", "time", "2022-05-01TMO"},
      {"Troops crossed the river at dusk on Monday.", "dusk on Monday", "time", "2022-05-02TEV"},
      {"The governor will speak at 8 p.m. Eastern time tomorrow.", "8 p.m. Eastern time tomorrow", "time",
       "2022-05-05T20:00"},
      {"Polls closed at 7 p.m. Pacific Standard Time.", "7 p.m. Pacific Standard Time", "time", "2022-05-04T19:00"},
      {"The talks began at noon Central time Monday.", "noon Central time Monday", "time", "2022-05-02T12:00"},
  });
}

// "in" before a part of day is a signal, outside the TIMEX3 ("earlier in
// [the evening]", as TimeBank bounds "earlier in [the day]"); a part of day
// with "early"/"late" and no day of its own ("by late afternoon") is on the
// day the text last named, as "in the afternoon" is; with no day named, on
// the report date.
TEST(TimeMLTest, InIsOutsideAPartOfDayAndBareEarlyLateFollowTheText) {
  CheckRows({
      {"The Senate voted on Monday. Earlier in the evening, senators met.", "the evening", "time", "2022-05-02TEV"},
      {"Police cleared the square on Friday. By late afternoon it was empty.", "late afternoon", "time",
       "2022-04-29TAF", "END"},
      {"Fighting resumed in early evening, residents said.", "early evening", "time", "2022-05-04TEV", "START"},
      {"Clashes broke out in the morning, police said.", "the morning", "time", "2022-05-04TMO"},
  });
}

// A bare hour after a part of day its sentence names is in that part's half
// of the day ("Friday night, he spoke at 9:30" is 21:30, as "every night at
// 9" is); a part with its own relative word ("Tomorrow night", "Tonight")
// is a day the text names, so the clock is on it. A morning leaves the hour
// as written; a night before 5 stays after midnight, on the next day.
TEST(TimeMLTest, BareHourAfterAPartOfDayIsInItsHalf) {
  CheckRows({
      {"Tomorrow night, the president addresses the nation at 9 o'clock.", "9 o'clock", "time", "2022-05-05T21:00"},
      {"Tonight the governor speaks at 9.", "9", "time", "2022-05-04T21:00"},
      {"On Friday night the mayor spoke at 9:30.", "9:30", "time", "2022-04-29T21:30"},
      {"In the evening of May 2 he left at 8.", "8", "time", "2022-05-02T20:00"},
      {"Friday night the fire started at 2.", "2", "time", "2022-04-30T02:00"},  // the small hours after it (time21)
      {"The talks ended this morning at 9.", "9", "time", "2022-05-04T09:00"},
  });
}

// More clocks by the guidelines: a bare hour after a time preposition
// before a part of another day ("just after 11 last night") is one TIME on
// that day; "local" alone before a parenthesis and a place's "time" are
// zones, inside; "sundown" is a part of day like "dusk".
TEST(TimeMLTest, BareHourBeforeAPartOfAnotherDayAndMoreZones) {
  CheckRows({
      {"The shooting started just after 11 last night.", "11 last night", "time", "2022-05-03T23:00"},
      {"Ballots are due by 9 tomorrow morning.", "9 tomorrow morning", "time", "2022-05-05T09:00"},
      {"The striker scored 11 last night.", "last night", "time", "2022-05-03TNI"},
      {"The quake struck at 10 p.m. local (1500 GMT).", "10 p.m. local", "time", "2022-05-04T22:00"},
      {"Polls close at 8 p.m. Moscow time.", "8 p.m. Moscow time", "time", "2022-05-04T20:00"},
      {"The fast ended at sundown Friday.", "sundown Friday", "time", "2022-04-29TEV"},
      {"Markets reopen Monday after the holiday.", "Monday", "date", "2022-05-09"},
  });
}

// TIMEX2/TIMEX3 practice (ISO 8601): midnight of a named day is that day's
// end, T24:00 ("the deadline at midnight Friday"); a bare "midnight" stays
// the clock as read.
TEST(TimeMLTest, MidnightOfANamedDayIsItsEnd) {
  CheckRows({
      {"The deadline expires at midnight Friday.", "midnight Friday", "time", "2022-05-06T24:00"},
      {"Talks must end by Friday at midnight.", "Friday at midnight", "time", "2022-05-06T24:00"},
      {"The curfew begins at midnight tonight.", "midnight tonight", "time", "2022-05-04T24:00"},
      {"The curfew begins at midnight.", "midnight", "time", "2022-05-04T00:00"},
  });
}

// A dotted zone after a clock ("9 p.m. E.T.") is inside the TIMEX3, as
// "ET" and "EST" are.
TEST(TimeMLTest, DottedZoneAfterAClock) {
  CheckRows({
      {"Live coverage starts at 9 p.m. E.T. on the network.", "9 p.m. E.T.", "time", "2022-05-04T21:00"},
      {"Polls in the state close at 7 p.m. C.T., officials said.", "7 p.m. C.T.", "time", "2022-05-04T19:00"},
      {"The speech begins at 8 p.m. ET tonight.", "8 p.m. ET tonight", "time", "2022-05-04T20:00"},
  });
}

// A hyphened part of day ("a late-afternoon meeting") with no day of its
// own is on the day the text last named, as "late afternoon" is; "overnight"
// told in the past is the night before that day.
TEST(TimeMLTest, HyphenedPartAndOvernightFollowTheNamedDay) {
  CheckRows({
      {"The council met on Friday. After a late-afternoon meeting, it condemned the overnight test.",
       "late-afternoon", "time", "2022-04-29TAF", "END"},
      {"The council met on Friday. After a late-afternoon meeting, it condemned the overnight test.",
       "overnight", "time", "2022-04-28TNI"},
      {"Stocks fell overnight, traders said.", "overnight", "time", "2022-05-03TNI"},
      {"An early-morning raid was carried out, police said.", "early-morning", "time", "2022-05-04TMO", "START"},
  });
}

// Wire copy gives the day only with the universal time: "at 4:15 a.m.
// (1915 GMT Sunday)". The local clock is on that day moved by the offset
// the two clocks imply (-12 to +14 hours), so 4:15 against 19:15 Sunday is
// Monday; a clock that names its own day keeps it.
TEST(TimeMLTest, LocalClockTakesItsDayFromTheZoneParenthesis) {
  CheckRows({
      {"The quake struck at 4:15 a.m. (1915 GMT Sunday), officials said.", "4:15 a.m.", "time", "2022-05-02T04:15"},
      {"Polls opened at 7 a.m. (2300 GMT Saturday) in the capital.", "7 a.m.", "time", "2022-05-01T07:00"},
      {"The blast was heard at 3 p.m. (1300 GMT Monday) across the city.", "3 p.m.", "time", "2022-05-02T15:00"},
      {"The rally ended at 9 p.m. (0100 GMT Tuesday) without violence.", "9 p.m.", "time", "2022-05-02T21:00"},
      {"The ship sank at 11:30 p.m. Tuesday (0330 GMT Wednesday).", "11:30 p.m. Tuesday", "time",
       "2022-05-03T23:30"},
  });
}

// Parts of day by the words around them: "late in the evening" and "early
// in the morning" carry the modifier inside with their mod, as "late
// Monday night" does; "the early evening" keeps its determiner, as "the
// evening" does; a part with no day of its own before "on" and a day is on
// that day (the day stays a TIMEX3 of its own).
TEST(TimeMLTest, PartsOfDayWithEarlyLateAndOnADay) {
  CheckRows({
      {"Negotiators met until late in the evening, aides said.", "late in the evening", "time", "2022-05-04TEV", "END"},
      {"The raid came early in the morning.", "early in the morning", "time", "2022-05-04TMO", "START"},
      {"Protesters gathered in the early evening.", "the early evening", "time", "2022-05-04TEV", "START"},
      {"The storm hit in the afternoon on Monday.", "the afternoon", "time", "2022-05-02TAF"},
      {"The storm hit in the late afternoon on Monday.", "the late afternoon", "time", "2022-05-02TAF", "END"},
      {"In the morning on May 2, crews arrived.", "the morning", "time", "2022-05-02TMO"},
      {"The storm hit this afternoon on the coast.", "this afternoon", "time", "2022-05-04TAF"},
  });
}

// A zone clock in parentheses is part of the run of clock words between a
// present verb of scheduling and the day ("The talks resume at 10 a.m.
// (1500 GMT) on Monday" is the coming Monday, as without the parenthesis).
TEST(TimeMLTest, ZoneParenthesisKeepsTheScheduledDayAhead) {
  CheckRows({
      {"The talks resume at 10 a.m. (1500 GMT) on Monday.", "Monday", "date", "2022-05-09"},
      {"The summit opens at 9 a.m. (0700 GMT) Friday in Geneva.", "Friday", "date", "2022-05-06"},
      {"The talks resumed at 10 a.m. (1500 GMT) on Monday.", "Monday", "date", "2022-05-02"},
  });
}

// Branch time21: a clock of the small hours (before 5) after a night the
// sentence or the text named is on the morning after that night's day: the
// night runs past midnight. Clocks of the evening, and a bare midnight, stay
// on the night's day.
TEST(TimeMLTest, SmallHoursAfterANightAreTheNextMorning) {
  CheckRows({
      {"The Halvard Five played on Thursday night, ending shortly before 1 a.m.", "1 a.m.", "time",
       "2022-04-29T01:00"},
      {"Protesters gathered Saturday night and dispersed at about 2 a.m.", "2 a.m.", "time", "2022-05-01T02:00",
       "APPROX"},
      {"The council session tonight could run until 1 a.m.", "1 a.m.", "time", "2022-05-05T01:00"},
      {"Last night, the fire at the Corran mill spread at 3:30 a.m.", "3:30 a.m.", "time", "2022-05-04T03:30"},
      {"On Thursday night the game started at 7 p.m.", "7 p.m.", "time", "2022-04-28T19:00"},
      {"On Thursday night the Ferris Hall vote ended at 11:45 p.m.", "11:45 p.m.", "time", "2022-04-28T23:45"},
      {"The night shift on Friday began at 1 a.m.", "1 a.m.", "time", "2022-04-29T01:00"},
  });
  // Over sentences: the night the text named last.
  EXPECT_EQ(TimeValueIn("2022-05-04", "The fire at the Dunmore depot broke out late Monday night. "
                                      "Crews contained it by 4:30 a.m.",
                        "4:30 a.m."),
            "2022-05-03T04:30");
  EXPECT_EQ(TimeValueIn("2022-05-04", "The Lindqvist rally ended Monday afternoon. Crowds left by 4 p.m.", "4 p.m."),
            "2022-05-02T16:00");
}

// Session 37 (time27): a four-digit clock with "local time" after it is a
// clock, as with "GMT" ("at 0432 local time"); "$1,500 local time" is not.
TEST(TimeMLTest, FourDigitClockWithLocalTime) {
  CheckRows({
      {"The quake struck the Varna coast at 0432 local time.", "0432 local time", "time", "2022-05-04T04:32"},
      {"The Kestrel probe lifted off at 0632 local time Tuesday.", "0632 local time Tuesday", "time",
       "2022-05-03T06:32"},
      {"The fine was 1500 local currency units.", "", "", ""},
  });
}

// Session 37: a clock range whose second clock is earlier in the day than
// the first runs past midnight: the second is on the next day; told in the
// past with no day written, the night is the one before the report; a day
// written after the second clock is the second's, the first the evening
// before.
TEST(TimeMLTest, ClockRangePastMidnightEndsTheNextDay) {
  CheckRows({
      {"The Dorran curfew will run from 10 p.m. to 5 a.m.", "5 a.m.", "time", "2022-05-05T05:00"},
      {"The Dorran curfew will run from 10 p.m. to 5 a.m.", "10 p.m.", "time", "2022-05-04T22:00"},
      {"The Dorran curfew ran from 10 p.m. to 5 a.m.", "10 p.m.", "time", "2022-05-03T22:00"},
      {"The Dorran curfew ran from 10 p.m. to 5 a.m.", "5 a.m.", "time", "2022-05-04T05:00"},
      {"Polls in Aster stayed open between 11 p.m. Tuesday and 2 a.m.", "2 a.m.", "time", "2022-05-04T02:00"},
      {"The Dorran curfew lasts from 10 p.m. to 5 a.m. Friday.", "10 p.m.", "time", "2022-05-05T22:00"},
      {"The Dorran market ran from 9 a.m. to 5 p.m.", "5 p.m.", "time", "2022-05-04T17:00"},
  });
}

// Session 37: a clock before "the next morning", "the following morning",
// "that night" is one TIME on that part's day, the bare hour in the part's
// half of the day.
TEST(TimeMLTest, ClockBeforeANarrativePartOfDay) {
  CheckRows({
      {"Hale was arrested and freed at 9 the next morning.", "9 the next morning", "time",
       "2022-05-05T09:00"},
      {"The Corby flight landed at 6 a.m. the following morning.", "6 a.m. the following morning", "time",
       "2022-05-05T06:00"},
  });
  EXPECT_EQ(TimeValueIn("2022-05-04", "The Pell hearing opened on May 1. It adjourned at 11 that night.",
                        "11 that night"),
            "2022-05-01T23:00");
}

// Session 37: a clock modifying a noun after a determiner ("a 3 p.m.
// deadline Friday") is on the day written right after the noun.
TEST(TimeMLTest, ClockBeforeANounTakesTheDayAfterIt) {
  CheckRows({
      {"Strikers at the Harl plant face a 3 p.m. deadline Friday.", "3 p.m.", "time", "2022-05-06T15:00"},
      {"The mayor of Tessel held a 10 a.m. news conference Monday.", "10 a.m.", "time", "2022-05-02T10:00"},
      {"The mayor of Tessel will hold a 10 a.m. briefing on Thursday.", "10 a.m.", "time", "2022-05-05T10:00"},
      {"The mayor of Tessel spoke at 10 a.m. Reporters met Monday.", "10 a.m.", "time", "2022-05-04T10:00"},
  });
}

// Session 37: "at about 7", "until approximately 4": a hedge between the
// time preposition and a bare hour keeps it a clock (mod APPROX), as "at
// around 7" is; "about 7 were hurt", "by about 4 in 10 voters" are counts.
TEST(TimeMLTest, HedgedBareHourAfterAtIsAClock) {
  CheckRows({
      {"Fans gathered outside the Orrin stadium Monday evening at about 7.", "7", "time", "2022-05-02T19:00",
       "APPROX"},
      {"The Orrin stadium gates opened at about 7 p.m.", "7 p.m.", "time", "2022-05-04T19:00", "APPROX"},
      {"At the Orrin stadium about 7 were hurt.", "", "", ""},
      {"Orrin is backed by about 4 in 10 voters.", "", "", ""},
      {"Orrin polls at about 4 in 10 voters.", "", "", ""},
  });
}

// Session 40 (time31): a zone spelled out after "a.m."/"p.m." ("Pacific
// time", "Moscow time", "New York time") and a weekly habit ("9 a.m.
// Sundays") stay in the clock's sentence (segment/sentences.cc, which split
// before the capital), so the zone and the day after it are the clock's;
// two capitalised names before "time" are a zone as one is.
TEST(TimeMLTest, SpelledZoneAfterMeridiemStaysWithTheClock) {
  EXPECT_EQ(TimeValueIn("2022-05-04", "The Varrow quake struck at 4:15 a.m. Pacific time Tuesday.",
                        "4:15 a.m. Pacific time Tuesday"),
            "2022-05-03T04:15");
  EXPECT_EQ(TimeValueIn("2022-05-04", "Polls in Dunmore close at 8 p.m. Eastern time on Tuesday.",
                        "8 p.m. Eastern time on Tuesday"),
            "2022-05-03T20:00");
  EXPECT_EQ(TimeValueIn("2022-05-04", "The Kessel blast occurred at 11:30 a.m. Moscow time Monday.",
                        "11:30 a.m. Moscow time Monday"),
            "2022-05-02T11:30");
  EXPECT_EQ(TimeValueIn("2022-05-04", "The Orrin talks begin at 9 a.m. Sundays.", "9 a.m. Sundays"),
            "XXXX-WXX-7T09:00");
  EXPECT_EQ(TimeValueIn("2022-05-04", "The Varrow debate airs at 9 p.m. Eastern on Thursday.",
                        "9 p.m. Eastern on Thursday"),
            "2022-05-05T21:00");
  EXPECT_EQ(TimeValueIn("2022-05-04", "The Kessel session ends at 5 p.m. Friday Moscow time.", "5 p.m. Friday"),
            "2022-05-06T17:00");
  // A capitalised sentence opener after the clock still ends it.
  EXPECT_EQ(TimeValueIn("2022-05-04", "The Orrin vote ended at 5 p.m. Moscow said no.", "5 p.m."),
            "2022-05-04T17:00");
  CheckRows({
      {"Trading in Varrow shares resumed at 9:30 a.m. New York time.", "9:30 a.m. New York time", "time",
       "2022-05-04T09:30"},
      {"The Kessel ferry left at 6 p.m. Hong Kong time.", "6 p.m. Hong Kong time", "time", "2022-05-04T18:00"},
      {"The Kessel ferry left at 6 p.m. Hong Kong said.", "6 p.m.", "time", "2022-05-04T18:00"},
  });
}

// Session 40 (time31): a bare "morning", "afternoon", "evening" after "by",
// "until", "toward" is that part of the day the text last named (else the
// report's), as "at dawn" is; "by night" is an idiom and a part before a
// noun ("by evening news") is no time.
TEST(TimeMLTest, BarePartOfDayAfterByOrUntil) {
  EXPECT_EQ(TimeValueIn("1998-10-26", "The Dunmore body was found early Sunday. By evening, police had a suspect.",
                        "evening"),
            "1998-10-25TEV");
  CheckRows({
      {"The Orrin talks went on until morning.", "morning", "time", "2022-05-04TMO"},
      {"Rescuers hoped to reach the Kessel mine by afternoon.", "afternoon", "time", "2022-05-04TAF"},
      {"The Varrow storm eased toward evening.", "evening", "time", "2022-05-04TEV"},
      {"The Orrin guards worked by day and by night.", "", "", ""},
      {"He was known to viewers by evening news reports.", "", "", ""},
  });
}

// Session 40 (time31): "the pre-dawn hours" and "the predawn hours" are the
// start of a morning as "the early hours" are; such hours followed by their
// day ("the early morning hours Sunday") are that day's; "into the early
// hours" is no stretch of "the early" night; "Saturday at dawn" is one
// time, as "dawn Saturday" is.
TEST(TimeMLTest, PreDawnHoursAndALightAtItsDay) {
  CheckRows({
      {"Police raided the Varrow house in the pre-dawn hours of Sunday.", "the pre-dawn hours of Sunday", "time",
       "2022-05-01TMO", "START"},
      {"Kessel troops moved in the predawn hours of Monday.", "the predawn hours of Monday", "time",
       "2022-05-02TMO", "START"},
      {"The Orrin ferry sank in the early morning hours Sunday.", "the early morning hours Sunday", "time",
       "2022-05-01TMO", "START"},
      {"The Dunmore vigil took place Saturday at dawn.", "Saturday at dawn", "time", "2022-04-30TMO"},
      {"The Varrow crew landed on Monday. Talks continued into the early hours.", "the early hours", "time",
       "2022-05-02TMO", "START"},
      // "at" before another part of day stays apart: "Saturday at night" is no form of the rule.
      {"The Kessel shop opened Saturday at 9.", "Saturday at 9", "time", "2022-04-30T09:00"},
  });
}

// Session 40 (time31): "the middle of the night" (or morning, afternoon,
// evening) is that part of the day the text last named, mod MID; told in
// the past with no day named, the night before the report, as "through the
// night" is; with no day and no past, any night (a habit, a schedule).
TEST(TimeMLTest, MiddleOfTheNightIsThePartWithMid) {
  CheckRows({
      {"Varrow games will air in the middle of the night.", "the middle of the night", "time", "XXXX-XX-XXTNI",
       "MID"},
      {"The Varrow fire started in the middle of the night.", "the middle of the night", "time", "2022-05-03TNI",
       "MID"},
      {"The Kessel crew landed on Monday. In the middle of the afternoon, the storm hit.", "the middle of the afternoon",
       "time", "2022-05-02TAF", "MID"},
      {"The Orrin board met in the middle of the night-shift dispute.", "", "", ""},
  });
}

// "the early morning of <day>", "the late evening of <day>" (time32): the
// modified part on that day, one TIME with its mod, as "the morning of
// Jan. 5" is; was the report's morning and the day apart.
TEST(TimeMLTest, EarlyOrLatePartOfANamedDay) {
  CheckRows({
      {"The ferry Halvard sank in the early morning of April 15, 1912.", "the early morning of April 15, 1912", "time",
       "1912-04-15TMO", "START"},
      {"The raid on Pell Street came in the late evening of May 2.", "the late evening of May 2", "time",
       "2022-05-02TEV", "END"},
      {"The quake hit Ostrin on the early morning of Sunday.", "the early morning of Sunday", "time", "2022-05-01TMO",
       "START"},
      {"Crowds gathered in the early evening.", "the early evening", "time", "2022-05-04TEV", "START"},
  });
}

// A spelled hour after "at" before "on" and a day is a clock on that day
// (time32), as one ending the sentence is; "at seven on the list" stays none.
TEST(TimeMLTest, SpelledHourBeforeOnADayIsAClock) {
  CheckRows({
      {"The Marlow depot opened at seven on Sunday.", "seven on Sunday", "time", "2022-05-01T07:00"},
      {"Talks in Vessa resume at nine on May 9.", "nine on May 9", "time", "2022-05-09T09:00"},
      {"The Carden market opens at seven on Sundays.", "seven on Sundays", "set", "XXXX-WXX-7T07:00"},
      {"Pell ranked at seven on the list.", "", "", ""},
  });
}

}  // namespace crosscheck::timeml_testing
