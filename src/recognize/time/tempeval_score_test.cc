// The TempEval-3 scorer and the TimeML reader on small hand-made inputs.
#include "recognize/time/tempeval_score.h"

#include <gtest/gtest.h>

#include "recognize/time/timeml_corpus.h"

namespace crosscheck {
namespace {

TEST(TempEvalScoreTest, CountsStrictRelaxedAndAttributes) {
  struct Row {
    const char* name;
    std::vector<ScoredTimex> gold, system;
    TempEvalCounts want;
  };
  const Row kRows[] = {
      {"exact pair, same value", {{0, 6, "DATE", "1998"}}, {{0, 6, "date", "1998"}}, {1, 1, 1, 1, 1, 1}},
      {"overlap only, wrong value", {{0, 14, "TIME", "1998-02-13TMO"}}, {{0, 6, "DATE", "1998-02-13"}},
       {1, 1, 0, 1, 0, 0}},
      {"a miss and a false alarm", {{0, 4, "DATE", "1998"}}, {{10, 14, "DATE", "1999"}}, {1, 1, 0, 0, 0, 0}},
      // Two system expressions inside one gold: one pairs, one is spurious.
      {"one to one", {{0, 20, "DURATION", "P3W"}}, {{0, 5, "DURATION", "P3W"}, {8, 20, "DATE", "X"}},
       {1, 2, 0, 1, 1, 1}},
      // An exact pair is found even when another system span overlaps first.
      {"exact first", {{5, 10, "DATE", "A"}}, {{0, 7, "DATE", "B"}, {5, 10, "DATE", "A"}}, {1, 2, 1, 1, 1, 1}},
      {"nothing at all", {}, {}, {0, 0, 0, 0, 0, 0}},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    TempEvalCounts c = ScoreTimexes(row.gold, row.system);
    EXPECT_EQ(c.gold, row.want.gold);
    EXPECT_EQ(c.system, row.want.system);
    EXPECT_EQ(c.strict, row.want.strict);
    EXPECT_EQ(c.relaxed, row.want.relaxed);
    EXPECT_EQ(c.type_match, row.want.type_match);
    EXPECT_EQ(c.value_match, row.want.value_match);
  }
}

TEST(TempEvalScoreTest, AttributeF1IsAccuracyTimesRelaxedF1) {
  TempEvalCounts c;
  c.gold = 10;
  c.system = 8;
  c.relaxed = 8;
  c.strict = 6;
  c.type_match = 8;
  c.value_match = 6;
  TempEvalScores s = Scores(c);
  EXPECT_DOUBLE_EQ(s.relaxed_p, 1.0);
  EXPECT_DOUBLE_EQ(s.relaxed_r, 0.8);
  EXPECT_NEAR(s.relaxed_f1, 0.888889, 1e-6);
  EXPECT_DOUBLE_EQ(s.strict_p, 0.75);
  EXPECT_DOUBLE_EQ(s.strict_r, 0.6);
  EXPECT_DOUBLE_EQ(s.value_accuracy, 0.75);
  EXPECT_NEAR(s.value_f1, 0.75 * 0.888889, 1e-6);
  EXPECT_NEAR(s.type_f1, s.relaxed_f1, 1e-12);
}

TEST(TempEvalScoreTest, ByTypeSplitsGoldAndSystemSides) {
  std::vector<ScoredTimex> gold = {{0, 4, "DATE", "1998"}, {10, 17, "DURATION", "P3W"}};
  std::vector<ScoredTimex> system = {{0, 4, "DATE", "1998"}, {10, 17, "DATE", "1998-W05"}};
  std::vector<TempEvalPair> pairs;
  ScoreTimexes(gold, system, &pairs);
  TempEvalByType by;
  by.Add(gold, system, pairs);
  ASSERT_EQ(by.types[0], "DATE");
  ASSERT_EQ(by.types[2], "DURATION");
  EXPECT_EQ(by.gold_side[0].gold, 1);
  EXPECT_EQ(by.system[0], 2);               // both system expressions are DATE
  EXPECT_EQ(by.system_relaxed[0], 2);
  EXPECT_DOUBLE_EQ(by.Scores(0).relaxed_r, 1.0);
  EXPECT_DOUBLE_EQ(by.Scores(2).relaxed_r, 1.0);  // the DURATION is found ...
  EXPECT_DOUBLE_EQ(by.Scores(2).type_accuracy, 0.0);  // ... with the wrong type
  EXPECT_DOUBLE_EQ(by.Scores(2).relaxed_p, 0.0);      // no system DURATION
}

TEST(TimeMLReaderTest, TextSpansAndCreationTime) {
  const char* xml =
      "<TimeML><DOCID>wire1</DOCID>\n"
      "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2001-03-04\" functionInDocument=\"CREATION_TIME\">"
      "20010304</TIMEX3></DCT>\n<TEXT>\nShares <EVENT eid=\"e1\">fell</EVENT> &amp; rose "
      "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-02\" anchorTimeID=\"t0\">Friday</TIMEX3> for "
      "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3W\" mod=\"APPROX\">about three weeks</TIMEX3>.\n</TEXT>"
      "</TimeML>";
  Result<TimeMLDocument> doc = ParseTimeML(xml, "wire1.tml");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->id, "wire1");
  EXPECT_EQ(doc->dct, "2001-03-04");
  EXPECT_EQ(doc->text, "\nShares fell & rose Friday for about three weeks.\n");
  ASSERT_EQ(doc->timexes.size(), 2u);
  const Timex3& a = doc->timexes[0];
  EXPECT_EQ(doc->text.substr(a.start, a.end - a.start), "Friday");
  EXPECT_EQ(a.anchor_tid, "t0");
  const Timex3& b = doc->timexes[1];
  EXPECT_EQ(doc->text.substr(b.start, b.end - b.start), "about three weeks");
  EXPECT_EQ(b.type, "DURATION");
  EXPECT_EQ(b.mod, "APPROX");
}

TEST(TimeMLReaderTest, RejectsBrokenDocuments) {
  const char* kBad[] = {
      "<TimeML>no text</TimeML>",
      "<TEXT>open <TIMEX3 tid=\"t1\">never closed</TEXT>",
      "<TEXT>stray </TIMEX3> end</TEXT>",
      "<TEXT>unterminated <TIMEX3 tid=\"t1\"</TEXT>",
  };
  for (const char* xml : kBad) {
    SCOPED_TRACE(xml);
    Result<TimeMLDocument> doc = ParseTimeML(xml, "bad.tml");
    ASSERT_FALSE(doc.ok());
    EXPECT_NE(doc.error().message.find("bad.tml"), std::string::npos);
  }
}

TEST(TimeMLReaderTest, SplitIsByDocumentNameHash) {
  // FNV-1a 32-bit reference values.
  EXPECT_EQ(Fnv1a32(""), 0x811c9dc5u);
  EXPECT_EQ(Fnv1a32("a"), 0xe40c292cu);
  EXPECT_EQ(InMeasuringPart("a"), (0xe40c292cu % 2) == 1);
}

}  // namespace
}  // namespace crosscheck
