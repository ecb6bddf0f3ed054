// Session 15 (docs/ATTRIBUTION.md, issue 14's speaker half): sentences
// written for this session's mechanisms, error classes read on PolNeAR
// train and checked against news layouts in general — a subject with an
// apposition before an auxiliary is the salient person for a later
// pronoun; a wire dateline is no subject; "Name, age, of Town, State,"
// speaks as the name.
// Each row: a text, the first words of a direct quote, the speaker a
// reader would give.
#include <gtest/gtest.h>

#include "recognize/quote/speaker_rows_testing.h"

namespace crosscheck {
namespace {

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

using Row = quote_testing::SpeakerRow;
using quote_testing::CheckSpeakerRows;

// The subject of the sentence before a pronoun is salient even when an
// apposition stands between it and an auxiliary verb ("was", "has",
// "would"): it outranks a speaker two sentences back.
TEST(SpeakerNewsLayout, SubjectWithAppositionBeforeAnAuxiliary) {
  const Row rows[] = {
      {"Chris Dale spoke first. Mary Nolan, a professor at Rider College, was not impressed. " LQ
       "It was weak," RQ " she said.",
       "It was weak", "Mary Nolan"},
      {"Sen. Alan Pike opened the hearing. Ruth Baer, the agency's director, had little to add. " LQ
       "We are still counting," RQ " she said.",
       "We are still", "Ruth Baer"},
      {"Mayor Tom Ruiz spoke to the council on Monday. Karen Holt, who chairs the budget panel, would not "
       "commit. " LQ "We need the numbers first," RQ " she said.",
       "We need", "Karen Holt"},
      // Guard: a pronoun that continues the last speaker across a sentence
      // whose subject is an object of the speaker's action.
      {"Mary Nolan spoke first. " LQ "It was weak," RQ " she said. " LQ "We expected more," RQ " she added.",
       "We expected", "Mary Nolan"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

}  // namespace
}  // namespace crosscheck
