// Clause shapes around a cue (session of 2026-12-07, third; read on the
// PolNeAR train week 2016-07-12..18; docs/ATTRIBUTION.md "Adjuncts and
// counted plurals"):
// - a preposition and a possessive pronoun after the subject's name open
//   an adjunct ("Dana Voss in her budget speech called …"): the name
//   speaks;
// - a plural counted by a number or a quantifier ("five county police
//   officers", "several reports") is a noun, not a cue verb, unless a
//   capitalised word names the number ("Article 5 states");
// - a person noun with an adjective or participle and its preposition
//   ("a source close to the probe", "officials familiar with the talks")
//   is the speaker, headed by the person noun, also after "But";
// - a gerund right after the comma that closes a cue ("…, the judge said,
//   calling it …") goes on with that cue's speaker;
// - a verb of saying joined by "and" or "but" to the subject's verb
//   ("challenged the claim, and said he …") shares the subject;
// - a colon closing a later clause ("…, and then Voss goes on: “…”", "…,
//   with Voss shouting: “…”") gives the quote to that clause's subject
//   (read on the PolNeAR train month 2015-11).
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
  // Guard: after the verb the phrase already stops at the adjunct ("said
  // Dana Voss in her budget speech").
  EXPECT_EQ(SpeakerWithNames(LQ "We will cut the levy," RQ " said Dana Voss in her budget speech on Monday.",
                             "We will cut", {{"Dana Voss", EntityType::kPerson}}),
            "Dana Voss");
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

TEST(SpeakerClause, APersonNounWithItsAdjectiveAndPrepositionSpeaks) {
  // Each of these gave no quote at all: the phrase's head was read as the
  // adjective ("close") or the complement ("the probe"), and after "But"
  // a phrase ending in an open noun was taken for a prepositional object.
  EXPECT_EQ(SpeakerWithNames("A source close to the probe said the plan was " LQ "dead in the water." RQ,
                             "dead in the water"),
            "A source close to the probe");
  EXPECT_EQ(SpeakerWithNames("But a source close to the probe said the plan was " LQ "dead in the water." RQ,
                             "dead in the water"),
            "a source close to the probe");
  EXPECT_EQ(SpeakerWithNames("Officials familiar with the talks said the deal was " LQ "very close." RQ,
                             "very close"),
            "Officials familiar with the talks");
  EXPECT_EQ(SpeakerWithNames("Aides involved in the plan said the deal was " LQ "very close." RQ, "very close"),
            "Aides involved in the plan");
  // Guard: a place after a preposition is still no subject.
  EXPECT_EQ(SpeakerWithNames("In a video posted to the site, the mayor said the deal was " LQ "very close." RQ,
                             "very close"),
            "the mayor");
}

TEST(SpeakerClause, AGerundAfterTheCommaClosingACueGoesOnWithItsSpeaker) {
  const std::string text = "The ruling came down to the wire, the judge said, calling it " LQ "final" RQ ".";
  EXPECT_EQ(SpeakerWithNames(text, "final"), "the judge");
  // Guard: a gerund after another comma keeps the sentence's subject.
  const std::string subject = "The judge read the ruling, calling it " LQ "final" RQ ".";
  EXPECT_EQ(SpeakerWithNames(subject, "final"), "The judge");
}

TEST(SpeakerClause, AVerbOfSayingJoinedByAndSharesTheSubject) {
  // Each gave a quote with no speaker.
  EXPECT_EQ(SpeakerWithNames("The spokeswoman challenged the claim, and said he " LQ "will serve out his term." RQ,
                             "will serve out"),
            "The spokeswoman");
  EXPECT_EQ(SpeakerWithNames("Dana Voss met the families but said the plan was " LQ "still on." RQ, "still on",
                             {{"Dana Voss", EntityType::kPerson}}),
            "Dana Voss");
  // Guard: "and spoke on condition of anonymity" reports nothing, and a
  // subject of its own before the verb speaks.
  EXPECT_EQ(SpeakerWithNames("The rain stopped and officials said the road was " LQ "clear." RQ, "clear"),
            "officials");
}

TEST(SpeakerClause, AColonClosingALaterClauseGivesTheQuoteToThatClausesSubject) {
  // Each gave the quote to the sentence's first subject.
  EXPECT_EQ(SpeakerWithNames("The hall applauds, and then Dana Voss goes on: " LQ "We will build it here." RQ,
                             "We will build", {{"Dana Voss", EntityType::kPerson}}),
            "Dana Voss");
  EXPECT_EQ(SpeakerWithNames("Fans pushed a steward aside, with Dana Voss loudly shouting: " LQ "Let them in!" RQ,
                             "Let them in", {{"Dana Voss", EntityType::kPerson}}),
            "Dana Voss");
  EXPECT_EQ(SpeakerWithNames("When the panel turned to gossip " EMDASH " as panels do " EMDASH
                             " Dana Voss called them on it: " LQ "Ask about the budget." RQ,
                             "Ask about the budget", {{"Dana Voss", EntityType::kPerson}}),
            "Dana Voss");
  // Guards: a clause with no subject of its own keeps the first one, and a
  // sentence of one clause keeps its subject.
  EXPECT_EQ(SpeakerWithNames("Dana Voss thanked the hall, and went on: " LQ "We will build it here." RQ,
                             "We will build", {{"Dana Voss", EntityType::kPerson}}),
            "Dana Voss");
  EXPECT_EQ(SpeakerWithNames("Dana Voss turned to the hall: " LQ "We will build it here." RQ, "We will build",
                             {{"Dana Voss", EntityType::kPerson}}),
            "Dana Voss");
}

}  // namespace
}  // namespace crosscheck
