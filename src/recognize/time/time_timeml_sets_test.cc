// The TimeML profile (the default): SET values: quant and freq, every/each, -ly
// adverbs, counts per period, coordinated sets, sets at a part of day or clock.
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

// An adverb of frequency with a hyphenated prefix is one set ("semi-annually"
// as "semiannually", "bi-weekly" every two weeks, "twice-weekly" with its
// freq); "thrice" counts as "twice" does, and a set before "to", "at", "on"
// ("flies thrice weekly to Lagos") is still an adverb. Before a noun or after
// a determiner the hyphenated word is an adjective: no set.
TEST(TimeMLTest, HyphenatedFrequencyAdverbsAreOneSet) {
  CheckRows({
      {"The Delmora fund pays dividends semi-annually.", "semi-annually", "set", "P6M"},
      {"The Varlen panel meets bi-weekly in Geneva.", "bi-weekly", "set", "P2W"},
      {"The Osk newsletter appears bi-monthly.", "bi-monthly", "set", "P2M"},
      {"The Osk newsletter appears bimonthly.", "bimonthly", "set", "P2M"},
      {"The Brenmoor council meets twice-weekly, officials said.", "twice-weekly", "set", "P1W"},
      {"The index is revised twice-yearly.", "twice-yearly", "set", "P1Y"},
      {"Tarvo Air flies thrice weekly to Lagos.", "thrice weekly", "set", "P1W"},
      {"The ferry sails twice weekly to Korvik.", "twice weekly", "set", "P1W"},
      {"The twice-weekly flights were cut.", "", "", ""},
      {"A bi-monthly bulletin is printed in Osk.", "", "", ""},
      {"The semi-annual report is due.", "", "", ""},
      {"Talks were held thrice.", "", "", ""},
  });
  std::string s = "The Brenmoor council meets twice-weekly.";
  std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 5, 4});
  ASSERT_EQ(ts.size(), 1u) << Found(ts, s);
  EXPECT_EQ(ts[0].freq, "2X");
  s = "Tarvo Air flies thrice weekly to Lagos.";
  ts = ParseTimes(s, CivilDate{2022, 5, 4});
  ASSERT_EQ(ts.size(), 1u) << Found(ts, s);
  EXPECT_EQ(ts[0].freq, "3X");
}

// A bare part of day (or season) coordinated after "every/each <part>" is a
// set of its own with the same quantifier; before a noun it is no time.
TEST(TimeMLTest, PartOfDayCoordinatedAfterASetRecurs) {
  CheckRows({
      {"The Korvik ferry runs every morning and evening.", "evening", "set", "XXXX-XX-XXTEV"},
      {"Guards patrol each morning and night in Osk.", "night", "set", "XXXX-XX-XXTNI"},
      {"The bus runs every morning and evening to Korvik.", "evening", "set", "XXXX-XX-XXTEV"},
      {"Vendors came every afternoon and evening, neighbors said.", "evening", "set", "XXXX-XX-XXTEV"},
      {"She worked that morning and evening.", "that morning", "time", "2022-05-04TMO"},
      // seasons likewise, when the season ends the phrase
      {"Members of the Osk guild vote each spring and fall.", "fall", "set", "XXXX-FA"},
      {"The herds move every summer and winter, herders said.", "winter", "set", "XXXX-WI"},
  });
  {
    const std::string s = "Prices rise every spring and fall in autumn.";  // "fall" a verb
    std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 5, 4});
    for (const TimeMention& t : ts) EXPECT_NE(t.span.Of(s), "fall") << Found(ts, s);
  }
  for (const char* s : {"The clinic opens every morning and evening shift.", "She worked that morning and evening."}) {
    std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 5, 4});
    EXPECT_EQ(ts.size(), 1u) << Found(ts, s);
  }
  const std::string s = "Guards patrol each morning and night in Osk.";
  std::vector<TimeMention> ts = ParseTimes(s, CivilDate{2022, 5, 4});
  ASSERT_EQ(ts.size(), 2u) << Found(ts, s);
  EXPECT_EQ(ts[1].quant, "EACH");
}

// A bare clock set off by ", at" after a daily set is the set's time of day,
// and clocks coordinated after it recur too; a clock with its own day stays
// a time.
TEST(TimeMLTest, ClockAfterADailySetAndACommaRecurs) {
  CheckRows({
      {"The Osk bulletin is issued twice a day, at 8 a.m. and 8 p.m.", "8 a.m.", "set", "XXXX-XX-XXT08:00"},
      {"The Osk bulletin is issued twice a day, at 8 a.m. and 8 p.m.", "8 p.m.", "set", "XXXX-XX-XXT20:00"},
      {"The Varlen clinic opens daily, at 7:30 a.m.", "7:30 a.m.", "set", "XXXX-XX-XXT07:30"},
      {"The team trained daily, at 3 p.m. on Monday it rested.", "3 p.m. on Monday", "time", "2022-05-02T15:00"},
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
      {"Its second and third quarters were weak.", "second", "date", "2021-Q2"},  // two past quarters
      {"The chain lost money in the first quarters of 2020 and 2021.", "2020", "date", "2020"},
  });
}

TEST(TimeMLTest, EverydayAtTheEndOfAClauseIsASet) {
  CheckRows({
      {"How can we trust ideas that change everyday?", "everyday", "set", "P1D"},
      {"The rules of everyday life changed.", "", "", ""},
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


// A clock range with a set adverb after its second clock: both clocks recur
// (TimeML: each clock its own SET, "from 9 a.m. to 5 p.m. daily"), no dated
// range; a range with a day after it stays dated.
TEST(TimeMLTest, ClockRangeBeforeASetAdverbIsTwoSets) {
  CheckRows({
      {"The office is open from 9 a.m. to 5 p.m. daily.", "9 a.m.", "set", "XXXX-XX-XXT09:00"},
      {"The office is open from 9 a.m. to 5 p.m. daily.", "5 p.m. daily", "set", "XXXX-XX-XXT17:00"},
      {"The museum is open from 10 a.m. to 4 p.m. every day.", "10 a.m.", "set", "XXXX-XX-XXT10:00"},
      {"Visitors are admitted between 9 a.m. and 5 p.m. daily.", "9 a.m.", "set", "XXXX-XX-XXT09:00"},
      {"The pharmacy opens 8 a.m. to 6 p.m. every Sunday.", "8 a.m.", "set", "XXXX-WXX-7T08:00"},
      {"The office was open from 9 a.m. to 5 p.m. yesterday.", "9 a.m.", "time", "2022-05-03T09:00"},
  });
}


// Nights counted per period are days (freq nD), as "two days a week" is;
// nights counted alone stay a duration.
TEST(TimeMLTest, NightsPerWeekAreASet) {
  CheckRows({
      {"The shelter opens three nights a week.", "three nights a week", "set", "P1W"},
      {"She works two nights a week at a diner.", "two nights a week", "set", "P1W"},
      {"He spent three nights in jail.", "three nights", "duration", "P3D"},
  });
  std::vector<TimeMention> ts = ParseTimes("The shelter opens three nights a week.", ParseIsoDate("2022-05-04"));
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].freq, "3D");
}

// The working days of every week: "weekdays" used as an adverb, "on
// weekdays", "every weekday", with a part of day or a clock. TimeML 1.2.1
// codes only the weekend (WE); WD stands for the other five days
// (XXXX-WXX-WD, docs/TIME.md). A weekday with an article or before a noun
// is no set.
TEST(TimeMLTest, WeekdaysAreASetOfTheWorkingDays) {
  CheckRows({
      {"Buses on the route run on weekdays only.", "weekdays", "set", "XXXX-WXX-WD"},
      {"The ferry office opens weekdays from early spring.", "weekdays", "set", "XXXX-WXX-WD"},
      {"The consulate is open 8 a.m.-6 p.m. weekdays.", "8 a.m.", "set", "XXXX-WXX-WDT08:00"},
      {"The consulate is open 8 a.m.-6 p.m. weekdays.", "6 p.m. weekdays", "set", "XXXX-WXX-WDT18:00"},
      {"Protesters gather every weekday morning outside parliament.", "every weekday morning", "set",
       "XXXX-WXX-WDTMO"},
      {"Traffic on the bridge is heaviest on weekday mornings.", "weekday mornings", "set", "XXXX-WXX-WDTMO"},
      {"The markets open every weekday at 9.", "every weekday at 9", "set", "XXXX-WXX-WDT09:00"},
      {"The clinic is open 2-4 p.m. on weekdays.", "2", "set", "XXXX-WXX-WDT14:00"},
      {"The blast happened on a weekday.", "", "", ""},
      {"Weekday ridership fell sharply.", "", "", ""},
  });
}

// A bare plural "weekends" used as an adverb ("works weekends") is every
// weekend, as "on weekends" is; with a count or a determiner it is not.
TEST(TimeMLTest, BareWeekendsIsASet) {
  CheckRows({
      {"The nurse works weekends and holidays.", "weekends", "set", "XXXX-WXX-WE"},
      {"The border crossing closes weekends.", "weekends", "set", "XXXX-WXX-WE"},
      {"Weekends, the square fills with tourists.", "Weekends", "set", "XXXX-WXX-WE"},
      {"The two weekends were quiet.", "", "", ""},
      {"They spent their weekends fishing.", "", "", ""},
  });
}

// A bare hour before the clock of a set ("from 9 to 11 a.m. every Sunday")
// recurs too: both clocks are sets, no dated range.
TEST(TimeMLTest, BareHourBeforeASetClockRecurs) {
  CheckRows({
      {"The food bank is open from 9 to 11 a.m. every Sunday.", "9", "set", "XXXX-WXX-7T09:00"},
      {"Visiting hours are 2-4 p.m. daily.", "2", "set", "XXXX-XX-XXT14:00"},
      {"The clinic was open 2-4 p.m. yesterday.", "2", "time", "2022-05-03T14:00"},
  });
}

// A weekday excepted from a set ("every morning except Sunday") recurs
// too: a SET of that weekday, not the last or next such day.
TEST(TimeMLTest, WeekdayExceptedFromASetIsASet) {
  CheckRows({
      {"The paper comes out every morning except Sunday.", "Sunday", "set", "XXXX-WXX-7"},
      {"The ferry runs daily except on Friday.", "Friday", "set", "XXXX-WXX-5"},
      {"The ferry ran daily and stopped on Friday.", "Friday", "date", "2022-04-29"},
  });
}

// "every single day": the set of the unit, as "every day" ("single" is no
// count).
TEST(TimeMLTest, EverySingleUnitIsASet) {
  CheckRows({
      {"Voters must be reminded every single day until November.", "every single day", "set", "P1D"},
      {"He called his mother every single week, friends said.", "every single week", "set", "P1W"},
      {"She jogs every single morning.", "every single morning", "set", "XXXX-XX-XXTMO"},
  });
}

// "every 10 to 15 minutes", "every two or three days": one SET of the lower
// count, mod EQUAL_OR_MORE (as "two to three weeks" is a DURATION of two).
TEST(TimeMLTest, EveryCountRangeIsOneSet) {
  CheckRows({
      {"Trains will run every 10 to 15 minutes during the strike.", "every 10 to 15 minutes", "set", "PT10M",
       "EQUAL_OR_MORE"},
      {"Patrols pass every two or three days, residents said.", "every two or three days", "set", "P2D",
       "EQUAL_OR_MORE"},
      {"Buses leave every 20 minutes.", "every 20 minutes", "set", "PT20M"},
  });
}

// Branch time21: a set adverb followed by another adverb ("collected weekly
// instead of twice a week", "meets monthly now") is the adverb, not an
// adjective before a noun.
TEST(TimeMLTest, SetAdverbBeforeAnotherAdverb) {
  CheckRows({
      {"Trash in Kellerton will be collected weekly instead of twice a week.", "weekly", "set", "P1W"},
      {"The Brant Street market will be held weekly rather than monthly.", "weekly", "set", "P1W"},
      {"The Pollard Gazette now appears weekly instead.", "weekly", "set", "P1W"},
      {"The zoning board meets monthly again.", "monthly", "set", "P1M"},
      {"The Pollard Gazette publishes weekly columns.", "", "", ""},
  });
}

// Session 37 (time27): a month and day after "every"/"each" is that day in
// any year ("every July 4" XXXX-07-04, not the month alone), and keeps no
// year another date in the text names.
TEST(TimeMLTest, EveryMonthDayIsThatDayOfEachYear) {
  CheckRows({
      {"The Varden fair opens every July 4 on the green.", "every July 4", "set", "XXXX-07-04"},
      {"Residents of Oskey light candles each Dec. 24.", "each Dec. 24", "set", "XXXX-12-24"},
      {"The Varden fair opens every July, organisers said.", "every July", "set", "XXXX-07"},
  });
  EXPECT_EQ(TimeValueIn("2022-05-04", "The Tolland mill opened on July 4, 1990, and has held a picnic every July 4 since.",
                        "every July 4"),
            "XXXX-07-04");
}

// Session 37: "the 15th of each month", "the first of every month": that day
// of every month, one set (XXXX-XX-15) with "the" inside and the quant as
// written; "each month" alone stays P1M.
TEST(TimeMLTest, DayOfEveryMonthIsOneSet) {
  CheckRows({
      {"Pensions in Calder County are paid on the 15th of each month.", "the 15th of each month", "set",
       "XXXX-XX-15"},
      {"Rent at the Marlow flats is due the first of every month.", "the first of every month", "set",
       "XXXX-XX-01"},
      {"The Marlow tenants pay rent each month.", "each month", "set", "P1M"},
  });
}

// Session 37: a bare clock set off by ", at" after a weekly set is the
// set's time (XXXX-WXX-7T11:00), as after a daily set; a clock with its own
// day stays a time.
TEST(TimeMLTest, ClockAfterAWeeklySetAndACommaRecurs) {
  CheckRows({
      {"The Brenner chapel holds a service every Sunday, at 11 a.m.", "11 a.m.", "set", "XXXX-WXX-7T11:00"},
      {"The Ostia ferry sails each Friday, at 6 p.m.", "6 p.m.", "set", "XXXX-WXX-5T18:00"},
      {"The Ostia ferry sails every Friday, at 6 p.m. on Monday this week.", "6 p.m. on Monday this week", "time",
       "2022-05-02T18:00"},
  });
}

// Session 37: "on an annual basis" is a set, as "on a monthly basis" is.
TEST(TimeMLTest, OnAnAnnualBasisIsASet) {
  CheckRows({
      {"The Hallam trust reviews its grants on an annual basis.", "an annual basis", "set", "P1Y"},
      {"The Hallam trust reviews its grants on a weekly basis.", "a weekly basis", "set", "P1W"},
  });
}

// Session 37: "weeknights", "every weeknight": the nights of the working
// days (XXXX-WXX-WDTNI, as "weekday nights"); "weeknight news" is an
// adjective.
TEST(TimeMLTest, WeeknightsAreASet) {
  CheckRows({
      {"The Arlen clinic is open weeknights.", "weeknights", "set", "XXXX-WXX-WDTNI"},
      {"Volunteers staff the Arlen hotline on weeknights until late.", "weeknights", "set", "XXXX-WXX-WDTNI"},
      {"The Arlen hotline takes calls every weeknight.", "every weeknight", "set", "XXXX-WXX-WDTNI"},
      {"The weeknight bulletin from Arlen was cut.", "", "", ""},
  });
}

// Session 37: a bare plural part of day after a verb of a habit ("works
// nights", "is open evenings") and "in the mornings" recur
// (XXXX-XX-XXTNI, "in" a signal outside), as "works weekends" does; not a
// subject, a count, a noun after an adjective, nor "in the evenings after
// the flood".
TEST(TimeMLTest, PluralPartsOfDayAsAdverbsRecur) {
  CheckRows({
      {"Her brother works nights at the Delmar depot.", "nights", "set", "XXXX-XX-XXTNI"},
      {"The Lusk gallery is open evenings and weekends.", "evenings", "set", "XXXX-XX-XXTEV"},
      {"Farrow writes in the mornings, his agent said.", "the mornings", "set", "XXXX-XX-XXTMO"},
      {"Nights in Delmar are long.", "", "", ""},
      {"It's all of the other dark nights that worry the Lusk family.", "", "", ""},
      {"In the evenings after the flood, Lusk residents slept outdoors.", "", "", ""},
      {"He spent two nights in the Delmar jail.", "two nights", "duration", "P2D"},
  });
}

// Session 37: a clock with no day of its own coordinated before a set's
// clock recurs on the same days ("at 7 a.m. and 3 p.m. daily": the first
// XXXX-XX-XXT07:00), a bare hour in the set clock's half of the day.
TEST(TimeMLTest, ClockCoordinatedBeforeASetClockRecurs) {
  CheckRows({
      {"Trucks reach the Penn yard at 7 a.m. and 3 p.m. daily.", "7 a.m.", "set", "XXXX-XX-XXT07:00"},
      {"Buses leave Ferro square at 9 and 11 p.m. daily.", "9", "set", "XXXX-XX-XXT21:00"},
      {"Mass at St. Ives is said at 9 a.m. and 11 a.m. every Sunday.", "9 a.m.", "set", "XXXX-WXX-7T09:00"},
      {"The Penn crew arrived at 7 a.m. and left at 3 p.m. daily.", "7 a.m.", "time", "2022-05-04T07:00"},
  });
}

// "on alternate days", "alternate Fridays" (time32): every other one, as
// "every other day" (P2D) and "every other Friday" are; the adjective before
// a singular noun is none.
TEST(TimeMLTest, AlternateUnitsAreEveryOtherOne) {
  CheckRows({
      {"The Tarn clinic opens on alternate days.", "alternate days", "set", "P2D"},
      {"The Isle of Brenn games are held in alternate years.", "alternate years", "set", "P2Y"},
      {"The Corra ferry sails on alternate Fridays.", "alternate Fridays", "set", "XXXX-WXX-5"},
      {"Mayor Fenn proposed an alternate plan.", "", "", ""},
  });
}

}  // namespace crosscheck::timeml_testing
