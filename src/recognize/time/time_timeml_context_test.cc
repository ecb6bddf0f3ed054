// The TimeML profile (the default), rules of context, one table per rule of
// docs/TIME.md "TimeML profile": tense and modality of the clause, narrative
// anchors ("the next day", "that Tuesday"), the grain a claim keeps, spurious
// times, span edges and the JSON a mention carries. Value rules by expression
// family: time_timeml_test.cc. Sentences are news-style and written for these
// tests (none comes from TimeBank); rows as timeml_rows_testing.h says.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/document.h"
#include "recognize/time/time_expr.h"
#include "recognize/time/time_parse.h"
#include "recognize/time/timeml_rows_testing.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

using timeml_testing::CheckRows;
using timeml_testing::Found;
using timeml_testing::Row;

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
      // ... also when clock words stand between them
      {"The debate starts at 9 p.m. on Thursday.", "9 p.m. on Thursday", "time", "2022-05-05T21:00"},
      {"Polls open at 7:30 a.m. Friday.", "7:30 a.m. Friday", "time", "2022-05-06T07:30"},
      {"The debate started at 9 p.m. on Thursday.", "9 p.m. on Thursday", "time", "2022-04-28T21:00"},
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
      {"The blast came at 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.", "time", "2022-04-29T10:35"},
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

TEST(TimeMLTest, WeekdayWithTypographicPossessive) {
  CheckRows({
      {"Trump likely won among Hispanics during Tuesday\u2019s Nevada caucus.", "Tuesday", "date", "2022-05-03"},
      {"Trump likely won among Hispanics during Tuesday's Nevada caucus.", "Tuesday", "date", "2022-05-03"},
      {"He spoke after Tuesday\u2019s vote.", "Tuesday", "date", "2022-05-03"},
      // no possessive: a title
      {"He wrote for the Sunday Times.", "", "", ""},
  });
}

// "until then", "since then", "by then": "then" is the time the text last
// named, with that time's value; with none named before it, no TIMEX3.
TEST(TimeMLTest, ThenNamesTheLastTimeNamed) {
  CheckRows({
      {"The offer expires on June 30. Until then, shareholders may tender.", "then", "date", "2022-06-30"},
      {"She left the party in 2015. Since then, she has run as an independent.", "then", "date", "2015"},
      {"The bridge is due to reopen in August; by then, tolls will rise.", "then", "date", "2022-08"},
      {"Since then, the group has grown.", "", "", ""},
      {"And then the rain stopped.", "", "", ""},
  });
}

// After a possessive pronoun a capitalised weekday qualifies the noun ("his
// Sunday Mass") and is the day, unless the noun makes a paper's name.
TEST(TimeMLTest, WeekdayAfterAPossessiveIsTheDay) {
  CheckRows({
      {"In his Sunday Sermon, the bishop urged calm.", "Sunday", "date", "2022-05-01"},
      {"The imam spoke at their Friday Prayers.", "Friday", "date", "2022-04-29"},
      {"He quoted their Sunday Times column.", "", "", ""},
      {"She wrote in the Sunday Telegraph that the plan failed.", "", "", ""},
  });
}

// A present verb of expiry or maturity schedules ahead as "opens" does ("the
// offer expires Nov. 21" is the coming Nov. 21, not last year's nearer one);
// its past form still tells of the past.
TEST(TimeMLTest, PresentVerbsOfExpiryScheduleAhead) {
  CheckRows({
      {"The tender offer expires at midnight Nov. 21.", "midnight Nov. 21", "time", "2022-11-21T24:00"},
      {"The bonds mature Nov. 1, the company said.", "Nov. 1", "date", "2022-11-01"},
      {"The assembly convenes Dec. 15 in the capital.", "Dec. 15", "date", "2022-12-15"},
      {"The tender offer expired Nov. 21.", "Nov. 21", "date", "2021-11-21"},
  });
}

// A range of two weekdays is one run of days: each weekday resolved alone
// can come out reversed (past "Monday" = May 2, past "Friday" = April 29),
// so a past range ends on the later day named and a future one starts on
// the first.
TEST(TimeMLTest, WeekdayRangeIsOneRunOfDays) {
  CheckRows({
      {"The plant worked from Monday to Friday, the union said.", "Monday", "date", "2022-04-25"},
      {"The plant worked from Monday to Friday, the union said.", "Friday", "date", "2022-04-29"},
      {"The exhibition will run from Monday to Friday.", "Monday", "date", "2022-05-09"},
      {"The exhibition will run from Monday to Friday.", "Friday", "date", "2022-05-13"},
      {"The talks ran from Tuesday to Thursday.", "Tuesday", "date", "2022-04-26"},
      {"The talks ran from Monday to Tuesday.", "Monday", "date", "2022-05-02"},
  });
}

// "until" looks ahead to a deadline ("postponed until Tuesday", "have until
// 9 a.m. Tuesday"), but after a past verb of lasting it tells how long
// something went on, in the past ("burned until 3 a.m. Tuesday").
TEST(TimeMLTest, UntilAfterAPastVerbOfLastingIsPast) {
  CheckRows({
      {"The blaze burned until 3 a.m. Tuesday.", "3 a.m. Tuesday", "time", "2022-05-03T03:00"},
      {"The protesters stayed until Friday.", "Friday", "date", "2022-04-29"},
      {"Fighting raged until Sunday night.", "Sunday night", "time", "2022-05-01TNI"},
      {"The vote was postponed until Tuesday.", "Tuesday", "date", "2022-05-10"},
      {"The relatives have until 9 a.m. Tuesday to decide.", "9 a.m. Tuesday", "time", "2022-05-10T09:00"},
      {"The envoy will stay until Friday.", "Friday", "date", "2022-05-06"},
  });
}

// "by" is a deadline ahead unless its clause tells of the past with a strong
// past cue and no future one; a reporting verb is the report's frame, not
// the clause's tense.
TEST(TimeMLTest, ByInAPastClauseIsPast) {
  CheckRows({
      {"By Tuesday, 12 people were dead.", "Tuesday", "date", "2022-05-03"},
      {"The toll rose to 30 by Friday.", "Friday", "date", "2022-04-29"},
      {"The bill must pass by Friday.", "Friday", "date", "2022-05-06"},
      {"Officials said the bridge will reopen by Friday.", "Friday", "date", "2022-05-06"},
      {"The company said it hopes to finish by Friday.", "Friday", "date", "2022-05-06"},
      {"The talks were expected to end by Friday.", "Friday", "date", "2022-05-06"},
  });
}

// A day something was put off to lies ahead ("adjourned to Thursday",
// "pushed back to June"), as after "until"; a present verb of scheduling
// reaches a day up to five tokens on ("leaves for China on Thursday").
TEST(TimeMLTest, PutOffToAndScheduledVerbsLookAhead) {
  CheckRows({
      {"The case has been adjourned to Thursday.", "Thursday", "date", "2022-05-05"},
      {"The vote was postponed to Monday.", "Monday", "date", "2022-05-09"},
      {"The launch was pushed back to Tuesday.", "Tuesday", "date", "2022-05-10"},
      {"The envoy leaves for China on Thursday.", "Thursday", "date", "2022-05-05"},
      {"The team returns to Paris on Monday.", "Monday", "date", "2022-05-09"},
      {"The envoy left for China on Thursday.", "Thursday", "date", "2022-04-28"},
  });
}


// A verb of urging, its object and an infinitive: what is urged lies ahead
// of the urging, whatever the verb's tense ("urged Trump to cancel the Monday
// session"). Without an object ("asked to comment Monday") or an infinitive
// ("urged calm on Monday") the past stands. Report of Wednesday 2022-05-04.
TEST(TimeMLTest, UrgedToDoIsAhead) {
  CheckRows({
      {"Democrats urged Trump to cancel the Monday session.", "Monday", "date", "2022-05-09"},
      {"Leaders called on the president to scrap his meeting on Friday.", "Friday", "date", "2022-05-06"},
      {"Top Democrats on Tuesday pressed the White House to release the memo Friday.", "Friday", "date",
       "2022-05-06"},
      {"She asked the court to hold a hearing Monday.", "Monday", "date", "2022-05-09"},
      {"He urged calm on Monday.", "Monday", "date", "2022-05-02"},
      {"Officials asked to comment Monday declined.", "Monday", "date", "2022-05-02"},
  });
}

// Names and adjectives that hold time words: "then-" before a title is an
// adjective ("by then-Defense Secretary"), "The Tonight Show" and a weekday
// with a capitalised part of day before a name ("Saturday Night Live") are
// titles; "invited X to <verb>" looks ahead, as "urged X to" does.
TEST(TimeMLTest, ThenAdjectiveTitlesAndInvitedToAreRead) {
  CheckRows({
      {"On May 2 the memo was sent by then-Defense Secretary Smith.", "May 2", "date", "2022-05-02"},
      {"Until May 2 the memo was held; it was sent by then-Secretary Smith.", "May 2", "date", "2022-05-02"},
      {"He appeared on The Tonight Show Starring Jimmy Fallon.", "", "", ""},
      {"He listed Saturday Night Live as his favourite show.", "", "", ""},
      {"Fans watched Monday Night Football together.", "", "", ""},
      {"Tonight the governor speaks.", "Tonight", "time", "2022-05-04TNI"},
      {"The mayor spoke Saturday night, aides said.", "Saturday night", "time", "2022-04-30TNI"},
      {"The speaker has invited Trump to meet his team on Thursday morning.", "Thursday morning", "time",
       "2022-05-05TMO"},
      {"The speaker invited Trump to a meeting, which took place on Monday.", "Monday", "date", "2022-05-02"},
      {"Ryan has invited Trump to meet with members of the House leadership in Washington on Thursday morning.",
       "Thursday morning", "time", "2022-05-05TMO"},
  });
}


// Found on a week of PolNeAR train news (2016-07-26..28): a modal with
// "have" tells of the past and "must" looks ahead; a base form after "a" is
// a noun, no verb of scheduling; fractions written with "quarters" and a
// yearless M/D that names an event are no times.
TEST(TimeMLTest, ModalsNounsFractionsAndEventNames) {
  CheckRows({
      {"He criticized her comments to a radio host in April.", "April", "date", "2016-04", "", "2016-07-27"},
      {"She noted her comments to a black radio show host in April.", "April", "date", "2016-04", "", "2016-07-27"},
      {"Sanders said the party must support Clinton in November to defeat Trump.", "November", "date", "2016-11",
       "", "2016-07-27"},
      {"The party should have acted in August.", "August", "date", "2015-08", "", "2016-05-10"},
      {"The party should act in August.", "August", "date", "2016-08", "", "2016-05-10"},
      {"Canova raised $2.3 million, more than three-quarters from small donors.", "", "", ""},
      {"Three quarters of voters agreed.", "", "", ""},
      {"Profits fell for three quarters in a row.", "three quarters", "duration", "P9M"},
      {"The rebuilding after the 9/11 attacks was slow.", "", "", ""},
      {"Post-9/11 security rules were tightened.", "", "", ""},
      {"Rebuilding communities devastated by the 9/11 attacks.", "", "", ""},
      {"Payments are due 9/15.", "9/15", "date", "2022-09-15"},
      {"Clinton leads Trump by 2.2 percent in the average.", "", "", ""},
      {"The index rose by 1.5 points.", "", "", ""},
      {"The vote was moved by 3.4 percentage points.", "", "", ""},
  });
}

}  // namespace
}  // namespace crosscheck
