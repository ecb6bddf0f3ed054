// Session 13 (docs/ATTRIBUTION.md, issue 14's speaker half): he/she take
// the subject of their own sentence when it comes before them ("Trump has
// blasted the system, which he said is rigged"), and the subject of the
// sentence before over a person named inside its reported clause.
// Each row: a text, the first words of a direct quote, the speaker a
// reader would give.
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "recognize/quote/speaker_rows_testing.h"

namespace crosscheck {
namespace {

using SubjectRow = quote_testing::SpeakerRow;
using quote_testing::CheckSpeakerRows;

TEST(SpeakerPronounSubject, OwnSentenceSubjectBeforeThePronoun) {
  const SubjectRow rows[] = {
      {"John Kasich has argued that he can win in the fall. Donald Trump has blasted the delegate system, which he "
       "said is unfair to voters. " LQ "It is a rigged system," RQ " he said on Monday.",
       "It is a rigged", "Donald Trump"},
      {"Mary Lowe spoke first. Later, Tom Brady Hale criticised the budget, which he said " LQ
       "hurts every family" RQ ".",
       "hurts every", "Tom Brady Hale"},
      // Guard: an opening participle with no comma is no subject.
      {"Barack Obama departs for Germany today. Conceding that a trade deal would come " LQ "down the line" RQ
       " he warned: " LQ "It is not going to happen any time soon." RQ,
       "It is not going", "Barack Obama"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A pronoun inside a clause about a person named earlier in its sentence.
TEST(SpeakerPronounSubject, NearestNameInItsOwnSentence) {
  const SubjectRow rows[] = {
      {"Marco Rubio won another endorsement. The latest is Rep. Joe Wilson, the South Carolina congressman who "
       "gained national attention in 2009 when he yelled " LQ "You lie!" RQ " at the president.",
       "You lie", "Joe Wilson"},
      // Guard: a pronoun subject keeps the person spoken of before.
      {"Jane Doe toured the plant. After meeting Tom Hale, she said: " LQ "The plant will stay open." RQ,
       "The plant", "Jane Doe"},
      // Guard: after a comma the pronoun opens the main clause.
      {"Susan Sarandon spoke to MSNBC. Asked about a race in which Clinton faces Donald Trump, who has insulted "
       "women, she replied: " LQ "I do not know." RQ,
       "I do not know", "Susan Sarandon"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

TEST(SpeakerPronounSubject, SubjectOverANameInItsReportedClause) {
  const SubjectRow rows[] = {
      {"Donald Trump spoke in Ohio. Christine Todd Whitman, the former governor, told the newspaper "
       "she would rather vote for Hillary Clinton than Trump. " LQ "I am ashamed of this party," RQ " she said.",
       "I am ashamed", "Christine Todd Whitman"},
      {"Barack Obama met the prime minister on Friday. In a statement, his adviser, Jake Sullivan, said: " LQ
       "The talks went well." RQ " Obama departs for Germany today. Conceding that a deal is far off, he warned: " LQ
       "It is not going to happen soon." RQ,
       "It is not going", "Barack Obama"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

}  // namespace
}  // namespace crosscheck
