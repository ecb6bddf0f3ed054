// The TimeML profile (the default): rules of branch time19 (docs/TIME.md
// "Session 29"): which way a weekday, a holiday or a yearless date points
// when the clause's tense alone misleads or is silent: the nearest weekday
// with no cue, a weekday naming an event governed by its preposition,
// modals of possibility as future cues, pleas (imperatives, "you"/"we" with
// a present verb), a numeric date naming an event, and (time25) the
// clause's own verb against the clause around it.
// Sentences are news-style and written for these tests (none comes from a
// corpus); rows as timeml_rows_testing.h says.
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "core/document.h"
#include "recognize/time/time_expr.h"
#include "recognize/time/timeml_rows_testing.h"
#include "segment/segmenter.h"

namespace crosscheck::timeml_testing {
namespace {

constexpr const char* kFriday = "2022-05-06";
constexpr const char* kSunday = "2022-05-08";
constexpr const char* kMonday = "2022-05-09";

// A bare weekday with no tense cue is the nearest such day (back up to
// three days, else ahead); a past clause the last one, a future cue the
// next one.
TEST(TimeMLDirectionTest, BareWeekdayWithNoCueIsTheNearest) {
  CheckRows({
      // Wednesday 2022-05-04: Thursday is tomorrow, Monday two days back
      {"Polls in Ohio Thursday: Clinton 46, Trump 44.", "Thursday", "date", "2022-05-05"},
      {"Polls in Ohio Monday: Clinton 46, Trump 44.", "Monday", "date", "2022-05-02"},
      {"The first ballots in the county Saturday, then the count.", "Saturday", "date", "2022-05-07"},
      // the clause's tense still decides
      {"Clinton spoke in Ohio on Thursday.", "Thursday", "date", "2022-04-28"},
      {"Clinton will speak in Ohio on Monday.", "Monday", "date", "2022-05-09"},
      {"Ohio voters went to the polls Saturday.", "Saturday", "date", "2022-04-30"},
      // a past that is also the base form: past unless a modal, "to" or "do" is before it
      {"The storm hit the coast early Saturday.", "early Saturday", "date", "2022-04-30", "START"},
      {"The firm cut 300 jobs Friday.", "Friday", "date", "2022-04-29"},
      {"The storm is forecast to hit the coast Saturday.", "Saturday", "date", "2022-05-07"},
      {"The storm should hit the coast Saturday.", "Saturday", "date", "2022-05-07"},
      // an irregular participle after a noun tells of the past
      {"The poll of 900 voters, taken Thursday, has a margin of error of 3 points.", "Thursday", "date",
       "2022-04-28"},
      {"The vote will be taken Thursday.", "Thursday", "date", "2022-05-05"},
  });
}

// A weekday that names an event ("Thursday's debate", "Thursday night's
// debate", "the Thursday debate") is not governed by the clause's verb,
// which tells of something else: its preposition decides, and with none a
// past clause means the last one, any other the nearest.
TEST(TimeMLDirectionTest, WeekdayNamingAnEventFollowsItsPreposition) {
  CheckRows({
      {"Clinton will try to build on Thursday night's debate.", "Thursday night", "time", "2022-05-05TNI", "",
       kFriday},
      {"Pundits will dissect Thursday's debate for days.", "Thursday", "date", "2022-05-05", "", kFriday},
      {"Pundits will dissect the Thursday debate for days.", "Thursday", "date", "2022-05-05", "", kFriday},
      // a future clause two days or more after the last one: the coming one
      {"Two candidates will skip Thursday's debate.", "Thursday", "date", "2022-05-12", "", kSunday},
      // a preposition that looks ahead, against a past clause of the run-up
      {"Candidates crisscrossed the state ahead of Tuesday's primary.", "Tuesday", "date", "2022-05-10", "",
       kSunday},
      {"Aides spent the weekend preparing for Tuesday's vote.", "Tuesday", "date", "2022-05-10", "", kSunday},
      // one that looks back, against a future clause: the nearest
      {"After Thursday's debate, she will campaign in Ohio.", "Thursday", "date", "2022-05-12", "", kMonday},
      // one that looks back with the clause: the last one
      {"Since Tuesday's primary, the race has tightened.", "Tuesday", "date", "2022-05-03", "", kFriday},
      // a past clause with no preposition: the last one
      {"Twenty million people watched Thursday's debate.", "Thursday", "date", "2022-05-05", "", kMonday},
  });
}

// Modals of possibility look ahead as "will" does; "could not" (the
// reporter's try) is a weak past; "could have" a past.
TEST(TimeMLDirectionTest, ModalsOfPossibilityLookAhead) {
  CheckRows({
      {"Turnout could be higher on Saturday, officials said.", "Saturday", "date", "2022-05-07"},
      {"The Senate might vote on Friday, aides said.", "Friday", "date", "2022-05-06"},
      {"The court may rule on the appeal Monday, lawyers said.", "Monday", "date", "2022-05-09"},
      {"The company is set to report its earnings on Thursday, analysts said.", "Thursday", "date", "2022-05-05"},
      {"The governor plans to sign the bill on Friday, aides said.", "Friday", "date", "2022-05-06"},
      {"He hopes to tour the site on Monday, his office said.", "Monday", "date", "2022-05-09"},
      {"The mayor could not be reached for comment Friday.", "Friday", "date", "2022-04-29"},
      {"Neither the mayor nor his aides could be located Friday.", "Friday", "date", "2022-04-29"},
      {"The agency could have acted on Monday, critics said.", "Monday", "date", "2022-05-02"},
      // "May" capitalised is the month, no modal
      {"Turnout rose in May, officials said on Monday.", "Monday", "date", "2022-05-02"},
      // A modal outside a "that" clause does not reach into it: the
      // nearest Monday, not the next one.
      {"The row could deepen the fear that voters distrust the mayor's pledge Monday to cut taxes.", "Monday",
       "date", "2022-05-02"},
      {"Aides said that talks could resume Monday.", "Monday", "date", "2022-05-09"},
  });
}

// A scheduling verb's base form between a name and a name is a noun of
// office, no cue: "Fox News host Sean Hannity on Monday asked" is the
// nearest Monday; "the leaders meet Monday" still looks ahead.
TEST(TimeMLDirectionTest, AnOfficeNounBeforeANameIsNoScheduledVerb) {
  CheckRows({
      {"Fox News host Sean Hannity on Monday asked him about the plan.", "Monday", "date", "2022-05-02"},
      {"\u201cLate Show\u201d host Ana Ruiz on Monday mocked the plan.", "Monday", "date", "2022-05-02"},
      {"The leaders meet Monday in Geneva.", "Monday", "date", "2022-05-09"},
      {"Obama and Putin meet Monday in Geneva.", "Monday", "date", "2022-05-09"},
  });
}

// A plea looks ahead: an imperative clause ("Vote on Election Day", "Get
// out Saturday"), or a clause with no tense cue whose "you"/"we" has a
// present verb. A past clause keeps the last one.
TEST(TimeMLDirectionTest, PleasLookAhead) {
  constexpr const char* kFeb = "2016-02-18";
  CheckRows({
      {"Vote on Election Day!", "Election Day", "date", "2016-11-08", "", kFeb},
      {"\"Get out and vote on Election Day,\" the senator told the crowd.", "Election Day", "date", "2016-11-08",
       "", kFeb},
      {"That way, on election day, you just hop on a bus.", "election day", "date", "2016-11-08", "", kFeb},
      {"Join us Friday at the town hall, the flyer says.", "Friday", "date", "2022-05-06"},
      {"Turnout was low on Election Day.", "Election Day", "date", "2015-11-03", "", kFeb},
      {"Vote totals on Election Day were low.", "Election Day", "date", "2015-11-03", "", kFeb},
  });
}

// A yearless numeric date after "since"/"after" or "post-" names an event
// whose year the text does not give; an ordinary one resolves as "May 9".
TEST(TimeMLDirectionTest, NumericDateNamingAnEventKeepsItsYearOpen) {
  CheckRows({
      {"Airport security has changed since 9/11.", "9/11", "date", "XXXX-09-11", "", "2016-10-20"},
      {"The city rebuilt after 7/7, the mayor said.", "7/7", "date", "XXXX-07-07", "", "2016-10-20"},
      {"The filing deadline is 5/9.", "5/9", "date", "2022-05-09"},
      {"The shipment arrived 4/28, the company said.", "4/28", "date", "2022-04-28"},
      {"The country's post-9/11 wars cost trillions.", "", "", ""},
  });
}

// A month-day the text names once with its year is that day when named
// again without one; with two years named, the usual resolution stands.
TEST(TimeMLDirectionTest, MonthDayNamedWithItsYearKeepsItLater) {
  EXPECT_EQ(TimeValueIn("2016-10-20",
                       "The attacks of Sept. 11, 2001, changed air travel. Since 9/11, airports have added "
                       "checkpoints.",
                       "9/11"),
            "2001-09-11");
  EXPECT_EQ(TimeValueIn("2022-05-20", "The bridge opened on May 9, 2015. On May 9, crowds crossed it on foot.",
                       "May 9"),
            "2015-05-09");
  EXPECT_EQ(TimeValueIn("2022-05-20",
                       "Floods hit on May 9, 2015, and again on May 9, 2018. On May 9, the river rose again.",
                       "May 9"),
            "2022-05-09");
  // a holiday recurs: the year of its first celebration is not this one's
  EXPECT_EQ(TimeValueIn("2022-07-15",
                       "The holiday marks the storming of the Bastille on July 14, 1789. Crowds gathered for "
                       "Bastille Day.",
                       "Bastille Day"),
            "2022-07-14");
  // no year named: the report's nearest May 9
  EXPECT_EQ(TimeValueIn("2022-05-20", "On May 9, crowds crossed the bridge on foot.", "May 9"), "2022-05-09");
}

// Branch time20 (docs/TIME.md "Session 30"). A report of Tuesday
// 2016-03-15: this year's November, fall and Christmas lie ahead, last
// year's are nearer.
constexpr const char* kMarch = "2016-03-15";

// A month, season or holiday named as an event's time is governed by what
// the sentence says of it: words of drawing near ("as Election Day nears",
// "Christmas is nine months away") look ahead; so, with no tense cue, does
// a preposition that looks ahead ("before Christmas"), and "since" back;
// the clause's tense, when it has one, decides ("left town before
// Christmas"). A comma ends the clause of an event month when a subject
// and verb stand before it (the frame after it is another's).
TEST(TimeMLDirectionTest, MonthsSeasonsAndHolidaysNamedAsEventsAhead) {
  CheckRows({
      {"Lane leads Roe by five points ahead of November's general election, a poll released Monday showed.",
       "November", "date", "2016-11", "", kMarch},
      {"Ads flood the airwaves as Election Day nears.", "Election Day", "date", "2016-11-08", "", kMarch},
      {"As Christmas approaches, retailers hire.", "Christmas", "date", "2016-12-25", "", kMarch},
      {"With Thanksgiving approaching, airlines add flights.", "Thanksgiving", "date", "2016-11-24", "", kMarch},
      {"As November draws near, Lane's lead narrows.", "November", "date", "2016-11", "", kMarch},
      {"Christmas is nine months away.", "Christmas", "date", "2016-12-25", "", kMarch},
      // a weekday's event drawing near (Tuesday's report: Saturday was three days back)
      {"Ads flood the airwaves as Saturday's vote nears.", "Saturday", "date", "2016-03-19", "", kMarch},
      {"Shops expect record sales before Christmas.", "Christmas", "date", "2016-12-25", "", kMarch},
      // a season named as an event's time is found, and lies ahead
      {"The party is preparing for the fall debates.", "the fall", "date", "2016-FA", "", kMarch},
      {"Roe has agreed to the fall debates.", "the fall", "date", "2016-FA", "", kMarch},
      // the clause's tense decides when there is one
      {"Lawmakers left town before Christmas.", "Christmas", "date", "2015-12-25", "", kMarch},
      {"As Election Day neared, the polls tightened.", "Election Day", "date", "2015-11-03", "", kMarch},
      {"Turnout in November's election was the lowest in decades.", "November", "date", "2015-11", "", kMarch},
      {"Sales have slumped since Christmas.", "Christmas", "date", "2015-12-25", "", kMarch},
      {"Roe lost the race in the fall.", "the fall", "date", "2015-FA", "", kMarch},
      // a bare season with no cue: the nearest of that name (December: next spring)
      {"Tree planting in the spring, pruning in the fall.", "the spring", "date", "2017-SP", "", "2016-12-10"},
  });
}

// A present verb of a scheduled event with a time of its own tells of a
// plan ("the court hears arguments in October"), as "meets", "opens",
// "plays", "takes" did; the list holds forms seldom a noun before a time
// ("reports", "signs", "releases" are left out: "news reports in March").
TEST(TimeMLDirectionTest, PresentVerbsOfPlansLookAhead) {
  CheckRows({
      {"The court hears arguments in October.", "October", "date", "2016-10", "", kMarch},
      {"Mayor Lane announces her pick in October.", "October", "date", "2016-10", "", kMarch},
      {"The senator testifies in October.", "October", "date", "2016-10", "", kMarch},
      {"The team plays on Saturday.", "Saturday", "date", "2016-03-19", "", kMarch},
      {"The vote takes place in October.", "October", "date", "2016-10", "", kMarch},
      {"The museum unveils the statue on Saturday.", "Saturday", "date", "2016-03-19", "", kMarch},
      {"The band performs on Saturday.", "Saturday", "date", "2016-03-19", "", kMarch},
      {"Retail sales in October rose 3 percent.", "October", "date", "2015-10", "", kMarch},
      {"Oil prices in October hit a low.", "October", "date", "2015-10", "", kMarch},
      {"Orders rose from the low levels of the early summer.", "the early summer", "date", "2015-SU", "START",
       "2015-10-26"},
      {"Turnout could be higher on Saturday.", "Saturday", "date", "2016-03-19", "", kMarch},
  });
}

// A weekday's event that something is "for" lies ahead, but not when the
// clause tells of it in the past and the day is the report's or the one
// before ("prepared for Thursday night's debate" in Friday's report), nor
// when its noun names an event known only once it happened ("Thursday's
// win", "Thursday night's remarks"), whatever the clause.
TEST(TimeMLDirectionTest, PossessiveDayOfAPastEventIsTheLastOne) {
  CheckRows({
      {"Clinton prepared for Thursday night's debate with her aides.", "Thursday night", "time", "2022-05-05TNI",
       "", kFriday},
      {"Tickets for Thursday night's debate sold out in minutes.", "Thursday night", "time", "2022-05-05TNI", "",
       kFriday},
      {"Lane is under fire for Thursday night's remarks.", "Thursday night", "time", "2022-05-05TNI", "", kFriday},
      {"Lane will try to build on Thursday's win.", "Thursday", "date", "2022-05-05", "", kMonday},
      {"Lane will try to build on Thursday's stunning upset.", "Thursday", "date", "2022-05-05", "", kMonday},
      // ahead still: a present clause, or a past one days before the event
      {"Lane is on the stage for Thursday night's debate.", "Thursday night", "time", "2022-05-12TNI", "",
       kFriday},
      {"The governor barely qualified for Tuesday's debate.", "Tuesday", "date", "2022-05-10", "", "2022-05-07"},
  });
}

// An infinitive of intent between a past verb and the time ("agreed to
// buy the plant in February", "announced a plan to close the mill in
// January"): the time is the intended event's, which follows the past one,
// so the past says no side and the nearest occurrence stands (a report of
// October: the coming February; one of April: the last).
TEST(TimeMLDirectionTest, AnInfinitiveOfIntentAfterAPastVerbIsTheNearest) {
  CheckRows({
      {"Halvor Corp. agreed to buy the plant for $40 million in February.", "February", "date", "2016-02", "",
       "2015-10-20"},
      {"The firm announced a plan to close the mill in January.", "January", "date", "2016-01", "",
       "2015-11-02"},
      {"Lane vowed to stay in the race until the convention in July.", "July", "date", "2016-07", "",
       "2016-05-20"},
      {"Halvor Corp. agreed to buy the plant for $40 million in February.", "February", "date", "2016-02", "",
       "2016-04-20"},
      // a plain past, or "to" before a noun phrase, is still the past
      {"Halvor Corp. bought the plant for $40 million in February.", "February", "date", "2015-02", "",
       "2015-10-20"},
      {"Halvor Corp. agreed to the sale of the plant in February.", "February", "date", "2015-02", "",
       "2015-10-20"},
      // a weekday is the past event's own day; so is the time of a vote
      {"The board agreed to sell the plant on Monday.", "Monday", "date", "2022-05-02", "", kFriday},
      {"The council voted to approve the budget in February.", "February", "date", "2015-02", "", "2015-10-20"},
  });
}

// (time25) The clause's own verb governs its time: a present or scheduling
// verb in a relative clause ("a truce that begins on Friday") or in the
// complement of a verb of saying ("said the talks open in Geneva on
// Friday") is not overruled by the past of the clause around it, nor a past
// in a relative clause by a future around it; participles of scheduling
// ("slated to", "poised to") look ahead. Report of Wednesday 2022-05-04.
TEST(TimeMLDirectionTest, TheClausesOwnVerbGovernsItsTime) {
  CheckRows({
      {"The rebels agreed to a truce that begins on Friday.", "Friday", "date", "2022-05-06"},
      {"Officials will review the truce that started Friday.", "Friday", "date", "2022-04-29"},
      {"Parliament passed a law that takes effect in January.", "January", "date", "2023-01"},
      {"The ministry said in a statement that the meeting is on Friday.", "Friday", "date", "2022-05-06"},
      {"The ministry said the talks open in Geneva on Friday.", "Friday", "date", "2022-05-06"},
      {"The ministry said it is to publish its findings in the autumn.", "the autumn", "date", "2022-FA"},
      {"Police said the suspect is due in court on Friday.", "Friday", "date", "2022-05-06"},
      {"The mayor, who took office in January, said the plant reopens in March.", "March", "date", "2023-03"},
      {"The plant, slated to open in March, will employ 300.", "March", "date", "2023-03"},
      {"The firm, poised to list its shares in March, hired bankers.", "March", "date", "2023-03"},
      {"Organizers canceled a rally slated for Friday in Green Bay.", "Friday", "date", "2022-05-06"},
      // what a present "expect(s)" has as its object lies ahead with its time
      {"The company warned Monday that it expects a loss in March.", "March", "date", "2023-03"},
      {"The company expects that the loss it posted in March will narrow.", "March", "date", "2022-03"},
      // a past inside a relative clause of the subject is not the clause's
      {"The man who was arrested Sunday is due in court Friday.", "Friday", "date", "2022-05-06"},
      {"Talks that were delayed twice resume on Friday.", "Friday", "date", "2022-05-06"},
      // the past stays where the clause's own verb is past, or the weak cue
      // is a noun ("radio host") or an adjunct after a comma
      {"Parliament passed a law that took effect in January.", "January", "date", "2022-01"},
      {"Police said the suspect appeared in court on Friday.", "Friday", "date", "2022-04-29"},
      {"The senator told radio host Ken Doe on Tuesday that the post was a joke.", "Tuesday", "date",
       "2022-05-03"},
      {"The company said it is continuing to seek a buyer, under a June agreement with its lenders.", "June",
       "date", "2022-06", "", "2022-10-27"},
      {"The company, which warned of losses, reported earnings on Thursday.", "Thursday", "date", "2022-04-28"},
  });
}


// Session 38 (time28): a plan told in the past perfect ("had been scheduled
// to", "had been expected to", "had been set for") is no future cue: the
// time of a plan that has since changed is read back from the report, the
// nearest such time (a month ahead still wins over one 11 months back, as
// in any past clause). The present perfect keeps looking ahead.
TEST(TimeMLDirectionTest, PlanInThePastPerfectLooksBack) {
  CheckRows({
      {"The stadium had been scheduled to open in March.", "March", "date", "2022-03"},
      {"The stadium had been expected to open in February.", "February", "date", "2022-02"},
      {"The vote had been set for Monday.", "Monday", "date", "2022-05-02"},
      {"The stadium had been scheduled to open in June.", "June", "date", "2022-06"},
      {"The stadium has been scheduled to open in March.", "March", "date", "2023-03"},
      {"The stadium is scheduled to open in March.", "March", "date", "2023-03"},
  });
}

}  // namespace
}  // namespace crosscheck::timeml_testing
