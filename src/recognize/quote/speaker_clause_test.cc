// Clause shapes around a cue (session of 2026-12-07, third; read on the
// PolNeAR train week 2016-07-12..18; docs/ATTRIBUTION.md "Adjuncts and
// counted plurals"):
// - a preposition and a possessive pronoun after the subject's name open
//   an adjunct ("Dana Voss in her budget speech called …"): the name
//   speaks;
// - a plural counted by a number or a quantifier ("five county police
//   officers", "several reports") is a noun, not a cue verb, unless a
//   capitalised word names the number ("Article 5 states").
// Every name and sentence here is invented.
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "recognize/entity/entity.h"
#include "recognize/quote/quote.h"
#include "recognize/quote/speaker_rows_testing.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

using quote_testing::SpeakerWithNames;

TEST(SpeakerClause, AnAdjunctAfterTheSubjectsNameLeavesTheNameSpeaking) {
  const std::string text = "The turn came when Dana Voss in her budget speech called the levy " LQ
                           "a tax on hope" RQ " and promised relief.";
  EXPECT_EQ(SpeakerWithNames(text, "a tax on hope", {{"Dana Voss", EntityType::kPerson}}), "Dana Voss");
  // Guard: a role keeps its prepositional phrase ("a spokesman for his
  // campaign").
  const std::string role = "A spokesman for his campaign called the levy " LQ "a tax on hope" RQ ".";
  EXPECT_EQ(SpeakerWithNames(role, "a tax on hope"), "A spokesman for his campaign");
}

TEST(SpeakerClause, ACountedPluralIsNoCue) {
  const std::string text = "In brief remarks, Dana Voss called the crash that killed five county police officers " LQ
                           "a loss for every family" RQ ", and left.";
  EXPECT_EQ(SpeakerWithNames(text, "a loss for every family", {{"Dana Voss", EntityType::kPerson}}), "Dana Voss");
  const std::string several = "The dispute over several county reports " LQ "left out the dead" RQ
                              " grew, Dana Voss said.";
  EXPECT_EQ(SpeakerWithNames(several, "left out the dead", {{"Dana Voss", EntityType::kPerson}}), "Dana Voss");
  // Guards: a name after the count is the subject, and a year is no count.
  const std::string later = "Five years later Dana Voss says " LQ "we were right" RQ ".";
  EXPECT_EQ(SpeakerWithNames(later, "we were right", {{"Dana Voss", EntityType::kPerson}}), "Dana Voss");
  const std::string year = "In 2015 the county board notes " LQ "we were right" RQ ".";
  EXPECT_EQ(SpeakerWithNames(year, "we were right"), "the county board");
}

}  // namespace
}  // namespace crosscheck
