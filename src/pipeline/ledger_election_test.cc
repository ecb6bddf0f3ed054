// The ledger on election news, end to end: two invented reports of one
// story go through the real pipeline (number layer, claim frames, Fuse,
// BuildLedger), and the rows say which of their figures must share an
// entry and which must stay apart (docs/LEDGER.md, "Session 25").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fuse/fuse.h"
#include "fuse/ledger.h"
#include "pipeline/pipeline.h"
#include "pipeline/test_doc.h"

namespace crosscheck {
namespace {

DocAnalysis Doc(const std::string& id, const std::string& text) {
  return testing_support::TestDoc(id, text, "2016-03-16");
}

// The ledger entry holding the claim whose quantity starts at the first
// occurrence of `figure` in document `d`, or -1.
int EntryOf(const std::vector<DocAnalysis>& docs, const std::vector<LedgerEntry>& ledger, int d,
            const std::string& figure) {
  size_t at = docs[d].doc.text.find(figure);
  if (at == std::string::npos) return -2;
  for (size_t e = 0; e < ledger.size(); ++e)
    for (const std::vector<ClaimRef>* refs : {&ledger[e].claims, &ledger[e].restatements})
      for (const ClaimRef& r : *refs) {
        if (r.doc != d) continue;
        const Span s = docs[d].quantities[docs[d].claims[r.claim].quantity].span;
        if (s.start <= at && at < s.end) return static_cast<int>(e);
      }
  return -1;
}

struct Row {
  const char* why;
  const char* a;
  const char* b;
  const char* figure_a;
  const char* figure_b;
  bool together;
};

void Check(const Row& r) {
  SCOPED_TRACE(r.why);
  static auto pipeline = Pipeline::Create();
  ASSERT_TRUE(pipeline.ok());
  std::vector<DocAnalysis> docs;
  docs.push_back(Doc("a", r.a));
  docs.push_back(Doc("b", r.b));
  (*pipeline)->AnalyzeAll(&docs, 1);
  FuseResult fused = Fuse(docs);
  std::vector<LedgerEntry> ledger = BuildLedger(docs, {0, 1}, fused.copy_of);
  int ea = EntryOf(docs, ledger, 0, r.figure_a), eb = EntryOf(docs, ledger, 1, r.figure_b);
  ASSERT_NE(ea, -2) << r.figure_a;
  ASSERT_NE(eb, -2) << r.figure_b;
  if (r.together) {
    EXPECT_GE(ea, 0) << r.figure_a << " is in no entry";
    EXPECT_EQ(ea, eb) << r.figure_a << " / " << r.figure_b;
  } else {
    EXPECT_TRUE(ea < 0 || ea != eb) << r.figure_a << " / " << r.figure_b << " share entry " << ea;
  }
}

// A figure given as a change ("rose 3 points", "44 percent fewer") is the
// difference between two levels, another measure than a level.
TEST(LedgerElectionTest, ChangesAreNotLevels) {
  const Row kRows[] = {
      {"a comparative after a share",
       "Turnout was 44 percent lower than in 2008, officials said.",
       "Turnout reached 44 percent, officials said.", "44 percent", "44 percent", false},
      {"a rise in money against the sum raised",
       "Sanders raised $43 million in March, his campaign said.",
       "Sanders's fundraising rose by $43 million in March, his campaign said.", "$43 million", "$43 million",
       false},
      {"two changes told two ways are one measure",
       "Turnout in Ohio was up 3 points from 2012.",
       "Turnout in Ohio rose 3 points from 2012.", "3 points", "3 points", true},
      {"two levels stay one measure",
       "Turnout in Ohio reached 44 percent on Tuesday.",
       "Turnout in Ohio was 44 percent on Tuesday.", "44 percent", "44 percent", true},
  };
  for (const Row& r : kRows) Check(r);
}

// A candidate's share (in a poll or of the vote) is the share holding for
// that candidate; a share of voters is the share of people who say or do
// something. They are two measures whatever their values.
TEST(LedgerElectionTest, ACandidatesShareIsNoShareOfVoters) {
  const Row kRows[] = {
      {"a poll share against a share of voters",
       "Trump had 35 percent in the latest Quinnipiac poll of Florida.",
       "In Florida, 35 percent of voters said the economy was their top issue.", "35 percent", "35 percent", false},
      {"a vote share against a share of voters",
       "Clinton won 52 percent of the vote in Ohio.",
       "In Ohio, 52 percent of voters said they made up their minds weeks ago.", "52 percent", "52 percent", false},
      {"one candidate's poll share told two ways",
       "Trump had 35 percent in the latest Quinnipiac poll of Florida.",
       "The latest Quinnipiac poll of Florida gave Trump 35 percent.", "35 percent", "35 percent", true},
      {"a share of voters that names the candidate is the candidate's share",
       "Trump had 35 percent in the latest Quinnipiac poll of Florida.",
       "In the latest Quinnipiac poll of Florida, 35 percent of voters backed Trump.", "35 percent", "35 percent",
       true},
  };
  for (const Row& r : kRows) Check(r);
}

// "The two men" standing for two named people is no count of a crowd.
TEST(LedgerElectionTest, TheTwoMenAreNoCrowd) {
  const Row kRows[] = {
      {"the two candidates and a crowd",
       "Trump and Rubio spoke in Miami. The two men traded insults on stage.",
       "About 5,000 people rallied in Miami on Tuesday.", "two men", "5,000", false},
      {"a crowd told twice",
       "Trump and Rubio spoke in Miami, where 5,000 people rallied.",
       "About 5,000 people rallied in Miami on Tuesday.", "5,000", "5,000", true},
  };
  for (const Row& r : kRows) Check(r);
}

// A name that modifies one count's noun and is the other's noun names one
// group two ways: Republican senators are Republicans.
TEST(LedgerElectionTest, RepublicanSenatorsAreRepublicans) {
  const Row kRows[] = {
      {"the name modifies one noun and is the other",
       "Three Republican senators from Ohio voted against the bill on Tuesday.",
       "Three Ohio Republicans voted against the bill on Tuesday.", "Three", "Three", true},
      {"another party's people stay apart",
       "Three Republican senators from Ohio voted against the bill on Tuesday.",
       "Three Ohio Democrats voted against the bill on Tuesday.", "Three", "Three", false},
  };
  for (const Row& r : kRows) Check(r);
}

// Votes told by their side ("60 yeas", "41 nays") or as ballots are votes.
TEST(LedgerElectionTest, YeasAreVotes) {
  const Row kRows[] = {
      {"yeas and votes",
       "The bill got 58 yeas in the Senate on Thursday.",
       "The bill got 58 votes in the Senate on Thursday.", "58", "58", true},
      {"yeas and nays of one roll call are two sides",
       "The bill got 58 yeas in the Senate on Thursday.",
       "The bill drew 41 nays in the Senate on Thursday.", "58", "41", false},
  };
  for (const Row& r : kRows) Check(r);
}

// Counts whose phrases join one noun of people ("professors and
// administrators", "faculty and administrators") may count one group.
TEST(LedgerElectionTest, CoordinatedNounsNameOneGroup) {
  const Row kRows[] = {
      {"one noun joined in both phrases",
       "About 70 professors and administrators signed a letter to the senator on Monday.",
       "About 70 faculty and administrators signed a letter to the senator on Monday.", "70", "70", true},
      {"no noun shared",
       "About 70 professors and administrators signed a letter to the senator on Monday.",
       "About 70 pastors signed a letter to the senator on Monday.", "70", "70", false},
  };
  for (const Row& r : kRows) Check(r);
}

}  // namespace
}  // namespace crosscheck
