// Frames read wrongly on real news, end to end (docs/LEDGER.md, "Session
// 27"): invented sentences go through the real pipeline (number layer,
// entities, claim frames, Fuse, BuildLedger) and the rows say what a
// figure's frame holds, or which figures of two reports share an entry.
// Each rule's rows fail with the rule switched off.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fuse/fuse.h"
#include "fuse/ledger.h"
#include "pipeline/ledger_test_lookup.h"
#include "pipeline/pipeline.h"
#include "pipeline/test_doc.h"

namespace crosscheck {
namespace {

using testing_support::ClaimAtFigure;
using testing_support::LedgerEntryOfFigure;
using testing_support::SharedTestPipeline;

struct ReadingFrameRow {
  const char* why;
  const char* text;
  const char* figure;
  const char* state;    // the state the figure must have ("" none, nullptr: not checked)
  const char* counted;  // its counted noun
  const char* topic;    // what it measures ("" none)
};

void CheckReadingFrame(const ReadingFrameRow& r) {
  SCOPED_TRACE(r.why);
  std::vector<DocAnalysis> docs;
  docs.push_back(testing_support::TestDoc("a", r.text, "2016-07-22"));
  SharedTestPipeline().AnalyzeAll(&docs, 1);
  const Claim* c = ClaimAtFigure(docs[0], r.figure);
  ASSERT_NE(c, nullptr) << r.figure;
  if (r.state) EXPECT_EQ(c->state.str(), r.state) << r.figure;
  EXPECT_EQ(c->counted.str(), r.counted) << r.figure;
  EXPECT_EQ(c->topic.str(), r.topic) << r.figure;
}

// A state word between a determiner and a noun that names no person
// modifies that noun: "cited another “trap” debate" does not put the
// candidates in a shelter.
TEST(LedgerReadingTest, AStateWordModifyingANounIsNoState) {
  const ReadingFrameRow kRows[] = {
      {"a quoted state noun after another",
       "Two Republican candidates cited another \xE2\x80\x9Ctrap\xE2\x80\x9D debate on Tuesday.",
       "Two Republican candidates", "", "candidates", ""},
      {"a state noun after a determiner",
       "Three senators criticised the evacuation plan on Monday.", "Three senators", "", "senators", ""},
      {"a head that measures the state keeps it", "Officials said the death toll rose to 20 people.",
       "20 people", "killed", "people", ""},
      {"the death penalty is a sentence, not a harm (overrides.tsv)",
       "The three who voted against the death penalty would not comment.", "three", "", "", ""},
      {"a verb with a pronoun subject of its own",
       "Nichols was saved by three jurors who were determined that he spend his life in prison, no matter how "
       "many people he killed.",
       "three jurors", "", "jurors", ""},
      {"an embedded question about another count",
       "Prosecutors asked the three holdouts how many people Nichols would have to kill.", "three holdouts", "",
       "holdouts", ""},
      {"the figure's own relative clause keeps its verb", "Police named the four people he killed on Monday.",
       "four people", "killed", "people", ""},
      {"before a noun of people it is a state", "The shooting left the 12 wounded soldiers in hospital.",
       "12 wounded soldiers", "injured", "soldiers", ""},
      // "remaining" before a count or a noun picks out the rest of a group;
      // with a place after it, people stay there (coordinator, session 27).
      {"the rest of a group", "The court's eight remaining members were evenly divided.", "eight", "", "members",
       ""},
      {"the rest of a group, before the count", "The remaining two delegates pledged to support Cruz.", "two", "",
       "delegates", ""},
      {"leaving to do something is no evacuation", "In 2010, two staff members left to help start a rival firm.",
       "two staff members", "", "staff", ""},
      {"leaving to a place is", "On Friday, 200 civilians left to safety.", "200 civilians", "evacuated", "civilians",
       ""},
      {"the rest of a group in a place shelters", "The remaining 200 civilians inside the plant waited for buses.",
       "200 civilians", "sheltering", "civilians", ""},
  };
  for (const ReadingFrameRow& r : kRows) CheckReadingFrame(r);
}

// A number and a noun written as one hyphenated word before another noun
// measure that noun: the clause's verb acts on the fire or the panel, not
// on the alarms or the judges.
TEST(LedgerReadingTest, ANumberNounCompoundMeasuresTheNounItModifies) {
  const ReadingFrameRow kRows[] = {
      {"a five-alarm fire is battled, its alarms are not",
       "Firefighters battled a five-alarm fire in Brooklyn on Monday.", "five-alarm", "", "alarm", "fire"},
      {"a three-judge panel", "Prosecutors appealed to a three-judge panel on Friday.", "three-judge", "",
       "judge", "panel"},
      {"a count written apart keeps its verb", "Firefighters rescued five residents in Brooklyn on Monday.",
       "five residents", "evacuated", "residents", ""},
  };
  for (const ReadingFrameRow& r : kRows) CheckReadingFrame(r);
}

// A bare count whose noun is elided takes it from its own sentence: the
// rest of a partition ("the remaining three boats", "but three boats")
// or a partitive after "more" ("two more of the explosive devices").
TEST(LedgerReadingTest, AnElidedNounComesFromItsSentence) {
  const ReadingFrameRow kRows[] = {
      {"the remaining part names the noun",
       "Pirates fled\n\nWhile two of them managed to escape, the warship intercepted the remaining three boats.",
       "two", nullptr, "boats", ""},
      {"the other part names the noun",
       "Pirates fled\n\nTwo managed to slip away, but the other three boats were intercepted.", "Two", nullptr,
       "boats", ""},
      {"a part set against it by but",
       "Pirates fled\n\nAfter a brief skirmish, two of them fled the area but three boats were captured.", "two",
       nullptr, "boats", ""},
      {"more of the devices",
       "Bombs found\n\nAgents said on Friday that they had found two more of the explosive devices.", "two",
       nullptr, "devices", ""},
      {"no contrast, no noun",
       "Pirates fled\n\nTwo were arrested on Monday and the navy seized three boats on Tuesday.", "Two", nullptr,
       "", ""},
  };
  for (const ReadingFrameRow& r : kRows) CheckReadingFrame(r);
}

struct ReadingPairRow {
  const char* why;
  const char* a;
  const char* b;
  const char* figure_a;
  const char* figure_b;
  bool together;
};

void CheckReadingPair(const ReadingPairRow& r) {
  SCOPED_TRACE(r.why);
  std::vector<DocAnalysis> docs;
  docs.push_back(testing_support::TestDoc("a", r.a, "2016-07-22"));
  docs.push_back(testing_support::TestDoc("b", r.b, "2016-07-22"));
  SharedTestPipeline().AnalyzeAll(&docs, 1);
  FuseResult fused = Fuse(docs);
  std::vector<LedgerEntry> ledger = BuildLedger(docs, {0, 1}, fused.copy_of);
  const int ea = LedgerEntryOfFigure(docs, ledger, 0, r.figure_a);
  const int eb = LedgerEntryOfFigure(docs, ledger, 1, r.figure_b);
  ASSERT_NE(ea, -2) << r.figure_a;
  ASSERT_NE(eb, -2) << r.figure_b;
  if (r.together) {
    EXPECT_GE(ea, 0) << r.figure_a << " is in no entry";
    EXPECT_EQ(ea, eb) << r.figure_a << " / " << r.figure_b;
  } else {
    EXPECT_TRUE(ea < 0 || ea != eb) << r.figure_a << " / " << r.figure_b << " share entry " << ea;
  }
}

// Things counted are their owner's: a party committee's hacked emails and
// a politician's private-server emails are two sets, whatever the values.
TEST(LedgerReadingTest, ThingsOfTwoOwnersAreTwoMeasures) {
  const ReadingPairRow kRows[] = {
      {"two owners after the noun",
       "Hacked emails roil the convention\n\nWikiLeaks published nearly 20,000 emails from the Democratic "
       "National Committee on Friday, party officials said.",
       "Emails dog Clinton at the convention\n\nThe FBI reviewed about 30,000 emails from Hillary Clinton's "
       "private server, officials said on Friday.",
       "nearly 20,000", "about 30,000", false},
      {"two owners before the noun",
       "Leaks roil the convention\n\nWikiLeaks published 19,252 Democratic National Committee emails on "
       "Friday.",
       "Leaks roil the convention\n\nInvestigators read 30,490 Hillary Clinton emails on Friday.", "19,252",
       "30,490", false},
      {"one owner named by its initials",
       "Hacked emails roil the convention\n\nWikiLeaks published nearly 20,000 emails from the Democratic "
       "National Committee on Friday, party officials said.",
       "Hacked emails roil the convention\n\nWikiLeaks published about 20,000 emails from the DNC on Friday, "
       "party officials said.",
       "nearly 20,000", "about 20,000", true},
  };
  for (const ReadingPairRow& r : kRows) CheckReadingPair(r);
}

// A count that measures the noun it modifies ("the 35-word oath") sizes
// that thing: the subject who acts on it holds none of it, so two reports
// naming two actors tell one oath, its length in dispute; a count that
// sizes nothing keeps its subject's holder, and two things sized are two
// measures.
TEST(LedgerReadingTest, ACountSizingTheNounItModifiesHasNoSubjectHolder) {
  const ReadingPairRow kRows[] = {
      {"two actors on one oath",
       "Quist sworn in\n\nGovernor Ada Quist took the 35-word oath in Tarnby on Friday.",
       "Quist sworn in\n\nJudge Rolan Pike administered the 38-word oath to Governor Ada Quist in Tarnby on "
       "Friday.",
       "35", "38", true},
      {"a count of no thing it sizes keeps its subject's holder",
       "Season ends\n\nCarlos Okafor hit 13 homers this season, the club said.",
       "Season ends\n\nLuis Diaz hit 13 homers this season, the club said.", "13", "13", false},
      {"two things sized, two measures",
       "Quist sworn in\n\nGovernor Ada Quist took the 35-word oath in Tarnby on Friday.",
       "Quist sworn in\n\nGovernor Ada Quist signed a 38-page order in Tarnby on Friday.", "35", "38", false},
  };
  for (const ReadingPairRow& r : kRows) CheckReadingPair(r);
}

// Rounds fired or that hit someone, worded two ways: "shot seven times"
// and "seven bullets", "fired 11 shots" and "11 bullets", "30 rounds"
// fired and "30 shots". A "round" with no verb of firing, and bullets
// against times of another verb, stay apart.
TEST(LedgerReadingTest, RoundsFiredAreOneCountWhateverTheirNoun) {
  const ReadingPairRow kRows[] = {
      {"times shot, bullets that hit",
       "Teen killed by deputies\n\nAn autopsy showed that Dario Venn had been shot seven times, the family said.",
       "Teen killed by deputies\n\nAn autopsy showed that seven bullets hit Dario Venn, the family said.", "seven",
       "seven", true},
      {"shots fired, bullets fired",
       "Teen killed by deputies\n\nThe two deputies fired 11 shots at the car on Friday, officials said.",
       "Teen killed by deputies\n\nThe two deputies fired 11 bullets at the car on Friday, officials said.", "11",
       "11", true},
      {"rounds fired, shots",
       "Standoff in Kelby\n\nOfficers fired 30 rounds at the house on Friday, the sheriff said.",
       "Standoff in Kelby\n\nOfficers fired 30 shots at the house on Friday, the sheriff said.", "30", "30", true},
      {"rounds of talks are no rounds fired",
       "Talks in Kelby\n\nThe two sides held 3 rounds of talks on Friday, the mayor said.",
       "Talks in Kelby\n\nThe two sides fired 3 shots on Friday, the mayor said.", "3", "3", false},
  };
  for (const ReadingPairRow& r : kRows) CheckReadingPair(r);
}

// Votes and the people who cast them, one value met exactly, are one
// count: "a 41-to-17 vote" and "the 17 councillors who voted against".
TEST(LedgerReadingTest, VotesAndTheirVotersAreOneCount) {
  const ReadingPairRow kRows[] = {
      {"a tally's side and its voters",
       "Tarnby council vote\n\nThe Tarnby council passed the budget by a 41-to-17 vote on Friday, the clerk said.",
       "Tarnby council vote\n\nThe 17 councillors who voted against the budget on Friday walked out, the clerk "
       "said.",
       "17", "17", true},
      {"votes and voters",
       "Tarnby council vote\n\nThe budget got 23 votes in the Tarnby council on Friday, the clerk said.",
       "Tarnby council vote\n\nThe 23 councillors who voted for the budget on Friday cheered, the clerk said.", "23",
       "23", true},
      {"people who did not vote",
       "Tarnby council vote\n\nThe Tarnby council passed the budget by a 41-to-17 vote on Friday, the clerk said.",
       "Tarnby council vote\n\nThe 17 councillors who walked out on Friday were fined, the clerk said.", "17", "17",
       false},
  };
  for (const ReadingPairRow& r : kRows) CheckReadingPair(r);
}

// A share of a group is a measure only with what the group does or says,
// the group itself and the poll it comes from (docs/LEDGER.md, "Session 28
// (ledger18)"): two polls' figures, two answers, two sub-groups or two
// groups are two measures; one poll told by two outlets is one.
TEST(LedgerReadingTest, PollSharesAreMeasuresOfTheirPollQuestionAndGroup) {
  const ReadingPairRow kRows[] = {
      {"two polls, one question",
       "Clinton leads\n\nA Quinnipiac University poll released Tuesday found that 48 percent of registered "
       "voters say they would vote for Clinton.",
       "Clinton leads\n\nA Monmouth University poll released Tuesday found that 46 percent of registered voters "
       "say they would vote for Clinton.",
       "48 percent", "46 percent", false},
      {"one poll told by two outlets",
       "Clinton leads\n\nA Quinnipiac University poll released Tuesday found that 48 percent of registered "
       "voters say they would vote for Clinton.",
       "Clinton leads\n\nAccording to the Quinnipiac poll, 48 percent of registered voters say they would vote "
       "for Clinton.",
       "48 percent", "48 percent", true},
      {"what the people say is read through the verb of saying",
       "Poll finds doubts\n\nThe Gallup survey found that 52 percent of registered voters say they would "
       "consider voting for Sanders.",
       "Poll finds doubts\n\nThe Gallup survey found that 55 percent of registered voters say they trust "
       "Clinton.",
       "52 percent", "55 percent", false},
      {"yes and no are two answers",
       "Poll finds doubts\n\nAsked whether Clinton is honest, 55 percent of all voters in the Gallup survey say "
       "she is not.",
       "Poll finds doubts\n\nAsked whether Clinton is honest, 55 percent of all voters in the Gallup survey said "
       "yes.",
       "55 percent", "55 percent", false},
      {"independents are a sub-group of voters",
       "Poll finds doubts\n\nIn the Gallup survey, 64 percent of independent voters say they distrust Clinton.",
       "Poll finds doubts\n\nIn the Gallup survey, 55 percent of voters say they distrust Clinton.", "64 percent",
       "55 percent", false},
      {"a share of precincts is no share of Democrats",
       "Sanders leads\n\nWith roughly three-quarters of precincts tallied, Sanders led in Nevada.",
       "Sanders leads\n\nAsked whether Sanders can win in November, 75 percent of Democrats in Nevada said yes.",
       "roughly three-quarters", "75 percent", false},
      {"two polls' samples",
       "Sanders gains\n\nThe AP-GfK Poll of 1,033 adults was conducted online Feb. 11-15.",
       "Sanders gains\n\nThe Fox News poll was conducted by telephone among 1,031 randomly-selected registered "
       "adult voters.",
       "1,033",
       "1,031", false},
  };
  for (const ReadingPairRow& r : kRows) CheckReadingPair(r);
}

struct PollFrameRow {
  const char* why;
  const char* text;
  const char* figure;
  const char* kind;
  const char* predicate;  // nullptr: not checked
  const char* poll;
};

// A margin is between two sides: the one ahead (a holder; told with "by",
// the name before the verb) and the one it is measured against (`rival`,
// after "over", "against", "ahead of"). A poll's margin over a candidate
// is no margin by which that candidate wins; margins over two rivals are
// two measures; one margin told by two outlets stays one.
TEST(LedgerReadingTest, AMarginIsBetweenItsTwoSides) {
  const ReadingPairRow kRows[] = {
      {"a margin over a candidate is no win of that candidate",
       "Clinton gains\n\nIn the Gallup survey, Hillary Clinton has a 16-point margin over Bernie Sanders among "
       "Democrats.",
       "Clinton gains\n\nIf Bernie Sanders wins by 16 points in Nevada on Saturday, the race is open.",
       "16-point", "16 points", false},
      {"two rivals",
       "Trump widens lead\n\nDonald Trump holds a 16-point lead over Ted Cruz in the state.",
       "Trump widens lead\n\nDonald Trump holds a 16-point lead over Marco Rubio in the state.", "16-point",
       "16-point", false},
      {"one margin told by two outlets",
       "Trump widens lead\n\nDonald Trump holds a 16-point lead over Ted Cruz in the state.",
       "Trump widens lead\n\nIn the state, Donald Trump now has a 16-point lead over Ted Cruz.", "16-point",
       "16-point", true},
  };
  for (const ReadingPairRow& r : kRows) CheckReadingPair(r);
}

TEST(LedgerReadingTest, APollsFiguresCarryTheirPollAndKind) {
  const PollFrameRow kRows[] = {
      {"a poll's sample", "The AP-GfK Poll of 1,033 adults was conducted online Feb. 11-15.", "1,033", "sample",
       "", "ap gfk"},
      {"a sample among registered voters",
       "The Fox News poll was conducted by telephone among 1,031 randomly-selected registered voters.", "1,031",
       "sample", "", "fox news"},
      {"a margin of error",
       "The Fox News poll has a margin of sampling error of plus or minus three percentage points.", "three",
       "error margin", "", "fox news"},
      {"a margin written +/- far from its noun",
       "The margin of error for all three Acme Research polls was +/-3 percentage points.",
       "3 percentage points", "error margin", "", "acme research"},
      {"a count of polls beside a margin",
       "The margin of error for all three Acme Research polls was +/-3 percentage points.", "three", "count", "",
       ""},
      {"a share named by the report's poll elsewhere",
       "A Fox News poll shows Sanders ahead.\n\nA day earlier a CNN/ORC poll showed a tie.\n\nStill, 55 percent "
       "of all voters say she does not.\n\nThe Fox News poll was conducted by telephone.",
       "55 percent", "percent", "say not", "fox news"},
      {"would be scared", "In the Suffolk University survey, 38% of likely voters would be scared by Trump.", "38%",
       "percent", "scare", "suffolk university"},
      {"viewed by", "Clinton is viewed positively by about 4 in 10 registered voters in the Gallup survey.",
       "about 4 in 10", "percent", "view", "gallup"},
      {"a headline's description is no owner", "New GOP Presidential Primary Poll Shows Trump Ahead With 35 Percent",
       "35 Percent", "percent", nullptr, ""},
  };
  for (const PollFrameRow& r : kRows) {
    SCOPED_TRACE(r.why);
    std::vector<DocAnalysis> docs;
    docs.push_back(testing_support::TestDoc("a", r.text, "2016-02-18"));
    SharedTestPipeline().AnalyzeAll(&docs, 1);
    const Claim* c = ClaimAtFigure(docs[0], r.figure);
    ASSERT_NE(c, nullptr) << r.figure;
    EXPECT_EQ(c->kind.str(), r.kind) << r.figure;
    if (r.predicate) EXPECT_EQ(c->predicate.str(), r.predicate) << r.figure;
    EXPECT_EQ(c->poll.str(), r.poll) << r.figure;
  }
}

}  // namespace
}  // namespace crosscheck
