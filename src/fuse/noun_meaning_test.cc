#include "fuse/noun_meaning.h"

#include <gtest/gtest.h>

#include "claims/claim.h"
#include "claims/lexicon.h"
#include "fuse/lexicon.h"

namespace crosscheck {
namespace {

// Nouns of news phrases (invented), compared by meaning through the
// shipped WordNet table: what must meet and what must stay apart.
TEST(NounMeaningTest, NewsNounsThatNameOneThingAreAlike) {
  const NounMeanings& m = NounMeanings::Default();
  ASSERT_FALSE(m.empty());
  struct Row {
    const char* a;
    const char* b;
  };
  const Row alike[] = {
      {"probe", "investigation"},   // "the nearly two-year probe" / "the investigation lasted two years"
      {"inquiry", "investigation"}, // a kind of inquiry, one level
      {"quake", "earthquake"},      // one sense
      {"blaze", "fire"},            // a blaze is a fire (the flame sense)
      {"fatality", "death"},        // a fatality is a death
      {"temblor", "earthquake"},
  };
  for (const Row& r : alike) {
    EXPECT_TRUE(m.Alike(r.a, r.b, NounMeanings::kTopicLevels)) << r.a << " / " << r.b;
    EXPECT_TRUE(m.Alike(r.b, r.a, NounMeanings::kTopicLevels)) << r.b << " / " << r.a;
  }
  const Row apart[] = {
      {"arrest", "death"},          // two events far up
      {"siege", "war"},             // siblings under "military action", not one the other's kind
      {"flood", "storm"},           // two phenomena
      {"investigation", "trial"},   // siblings under "inquiry"
      {"sentence", "term"},
      {"fire", "explosion"},
      {"home", "people"},           // not nouns of this table (artifact, group): never alike here
      {"casualty", "death"},        // a casualty is a person (nouns.tsv), not an event
  };
  for (const Row& r : apart) {
    EXPECT_FALSE(m.Alike(r.a, r.b, NounMeanings::kTopicLevels)) << r.a << " / " << r.b;
    EXPECT_FALSE(m.Alike(r.b, r.a, NounMeanings::kTopicLevels)) << r.b << " / " << r.a;
  }
  EXPECT_EQ(m.KindLevels("probe", "investigation"), 0);
  EXPECT_EQ(m.KindLevels("inquiry", "investigation"), 1);
}

TEST(NounMeaningTest, ParsesRowsAndRefusesMalformedOnes) {
  auto ok = NounMeanings::Parse("# comment\nalpha\t04\t1 2\t5:1 6:2\nbeta\t11\t3\t1:1\ngamma\t10\t6\t\n", "t");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->KindLevels("alpha", "beta"), 1);   // alpha's sense 1 is beta's hypernym, one level up
  EXPECT_EQ(ok->KindLevels("gamma", "alpha"), 2);  // gamma's sense 6 is two levels above alpha
  EXPECT_EQ(ok->KindLevels("beta", "gamma"), -1);
  EXPECT_TRUE(ok->Alike("gamma", "alpha", 2));
  EXPECT_FALSE(ok->Alike("gamma", "alpha", 1));
  EXPECT_EQ(ok->Lexfile("gamma"), NounMeanings::kCommunication);
  EXPECT_EQ(ok->Lexfile("delta"), -1);
  EXPECT_FALSE(NounMeanings::Parse("alpha\t04\t1\n", "t").ok());
  EXPECT_FALSE(NounMeanings::Parse("alpha\t04\t1\tx:\n", "t").ok());
  EXPECT_FALSE(NounMeanings::Parse("alpha\tx\t1\t2:1\n", "t").ok());
}

// Rows share the table's pools of sense ids: each noun keeps its own
// range through thousands of rows, a noun given twice keeps its last row,
// CRLF line ends are read, and an error names its line.
TEST(NounMeaningTest, ManyRowsKeepTheirOwnSensesAndHypernyms) {
  std::string tsv = "# invented nouns\r\n";
  for (int i = 0; i < 3000; ++i) {
    // noun i: senses 3i and 3i+1 (written out of order); hypernym: noun
    // i-1's first sense, one level up, and sense 1, three levels up.
    tsv += "zorb" + std::to_string(i) + "\t0" + std::to_string(i % 10) + "\t";
    auto id = [](int v) {
      std::string out;
      do {
        int d = v % 36;
        out.insert(out.begin(), static_cast<char>(d < 10 ? '0' + d : 'a' + d - 10));
        v /= 36;
      } while (v > 0);
      return out;
    };
    tsv += id(3 * i + 1) + " " + id(3 * i) + "\t";
    if (i > 0) tsv += id(3 * (i - 1)) + ":1 " + id(1) + ":3";
    tsv += "\r\n";
  }
  tsv += "zorb7\t04\t1\t\n";  // given again: the last row wins
  auto m = NounMeanings::Parse(tsv, "t");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->KindLevels("zorb1000", "zorb1001"), 1);   // 1000's sense is 1001's hypernym
  EXPECT_EQ(m->KindLevels("zorb2999", "zorb2998"), 1);
  EXPECT_EQ(m->KindLevels("zorb1000", "zorb1002"), -1);  // not two levels: only its neighbour's
  EXPECT_EQ(m->KindLevels("zorb0", "zorb2500"), 3);      // sense 1 of zorb0, three levels above every other
  EXPECT_EQ(m->KindLevels("zorb7", "zorb0"), 0);         // zorb7 redefined: sense 1, zorb0's own
  EXPECT_EQ(m->KindLevels("zorb7", "zorb8"), 3);
  EXPECT_EQ(m->Lexfile("zorb7"), 4);
  EXPECT_EQ(m->Lexfile("zorb2345"), 5);
  EXPECT_TRUE(m->Has("zorb2999"));
  EXPECT_FALSE(m->Has("zorb3000"));
  EXPECT_FALSE(m->Has("zorb"));
  auto bad = NounMeanings::Parse("# c\nalpha\t04\t1\t2:1\nbeta\t11\t3\t1:1\tx\n", "t");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("t:3:"), std::string::npos) << bad.error().message;
  EXPECT_FALSE(NounMeanings::Parse("alpha\t04\t1 !\t2:1\n", "t").ok());
  EXPECT_FALSE(NounMeanings::Parse("alpha\t04\t1\t2:0\n", "t").ok());
}

Claim Counted(const char* lemma) {
  Claim c;
  c.kind = "count";
  c.counted_lemma = Atom(lemma);
  return c;
}

// Counts of events worded two ways line up; a count of a kind and one of
// its sub-kind, or of two siblings, stay two counts.
TEST(NounMeaningTest, GroupMatchComparesEventNounsByMeaning) {
  const Lexicon& lex = Lexicon::Default();
  EXPECT_EQ(GroupMatch(Counted("probe"), Counted("investigation"), lex), 2);  // "two probes" / "two investigations"
  EXPECT_EQ(GroupMatch(Counted("temblor"), Counted("earthquake"), lex), 2);
  EXPECT_EQ(GroupMatch(Counted("tremor"), Counted("aftershock"), lex), kNoMatch);  // "dozens of tremors" / "54 aftershocks"
  EXPECT_EQ(GroupMatch(Counted("inquiry"), Counted("investigation"), lex), kNoMatch);
  EXPECT_EQ(GroupMatch(Counted("arrest"), Counted("death"), lex), kNoMatch);
  EXPECT_EQ(GroupMatch(Counted("siege"), Counted("war"), lex), kNoMatch);
}

Claim Topic(const char* topic) {
  Claim c;
  c.kind = "duration";
  c.topic = Atom(topic);
  return c;
}

// What a sum or a length is of: the head nouns compared by meaning.
TEST(NounMeaningTest, TopicsOfOneMeaningMatch) {
  EXPECT_EQ(TopicMatch(Topic("investigation"), Topic("probe")), 1);  // "a 22-month investigation" / "the two-year probe"
  EXPECT_EQ(TopicMatch(Topic("federal probe"), Topic("investigation")), 1);
  EXPECT_EQ(TopicMatch(Topic("siege"), Topic("war")), -1);
  EXPECT_EQ(TopicMatch(Topic("suspension"), Topic("investigation")), -1);
}

}  // namespace
}  // namespace crosscheck
