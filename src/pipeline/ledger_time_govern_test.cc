// Dates that govern a figure, end to end on invented multi-outlet reports
// (claims/time_govern.h; docs/LEDGER.md, "Dates that govern a figure"):
// the real pipeline reads the dates, the frames and the ledger. A date of
// another verb's clause must not push one figure told by two outlets into
// two periods; a date that governs the figure still keeps an older event's
// figure apart. The rows fail with DateGovernsFigure switched off.
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

struct GovernPairRow {
  const char* why;
  const char* a;  // reported 2026-03-12
  const char* b;  // reported 2026-03-13
  const char* figure_a;
  const char* time_a;  // the frame's time of figure_a ("" undated)
  const char* figure_b;
  bool together;
};

void CheckGovernPair(const GovernPairRow& r) {
  SCOPED_TRACE(r.why);
  std::vector<DocAnalysis> docs;
  docs.push_back(testing_support::TestDoc("a", r.a, "2026-03-12"));
  docs.push_back(testing_support::TestDoc("b", r.b, "2026-03-13"));
  SharedTestPipeline().AnalyzeAll(&docs, 1);
  const Claim* ca = ClaimAtFigure(docs[0], r.figure_a);
  ASSERT_NE(ca, nullptr) << r.figure_a;
  EXPECT_EQ(ca->time.str(), r.time_a) << r.figure_a;
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

TEST(LedgerTimeGovernTest, OneFigureToldByTwoOutletsIsNotSplitByAnotherVerbsDate) {
  const GovernPairRow kRows[] = {
      {"a date of the main verb before the figure's adjunct clause",
       "Tolland returns to Corvin\n\nTolland joined the Marsh Falcons in June 2015, after serving six seasons as "
       "an assistant coach with the Corvin Hawks.",
       "Tolland returns to Corvin\n\nRhea Tolland returned to the Corvin Hawks in 2009 as an assistant coach and "
       "stayed for six seasons.",
       "six", "", "six", true},
      {"an until clause of its own verb",
       "Tolland returns to Corvin\n\nRhea Tolland coached the Corvin Hawks for six seasons until the Marsh "
       "Falcons hired her in 2015.",
       "Tolland returns to Corvin\n\nThe Corvin Hawks hired Rhea Tolland in 2009, and she coached them for six "
       "seasons.",
       "six", "", "six", true},
      {"a since clause's date does not make the arrests an old toll",
       "Dunmore arrests\n\nPolice have arrested 30 men since the Dunmore estate was raided in 2019, officials "
       "said.",
       "Dunmore arrests\n\nPolice have arrested 30 men in the Dunmore estate inquiry, officials said.", "30", "",
       "30", true},
      {"a date that opens the clause still dates both verbs: an older toll stays apart",
       "Dunmore arrests\n\nIn 2019, police raided the Dunmore estate and arrested 30 men, officials said.",
       "Dunmore arrests\n\nPolice have arrested 30 men in the Dunmore estate inquiry, officials said.", "30",
       "2019", "30", false},
  };
  for (const GovernPairRow& r : kRows) CheckGovernPair(r);
}

}  // namespace
}  // namespace crosscheck
