// Antecedents of "it" and "they", and roles that a name modifies (session
// of 2026-12-07, read on PolNeAR train weeks; docs/ATTRIBUTION.md
// "Antecedents: documents, pairs, name modifiers"):
// - "it" after an indefinite document that opens the sentence before ("A
//   letter … reflected both concerns. “…,” it said.") is that document;
// - a single document is never "they";
// - two people the pronoun's own sentence joins by "and" are "they";
// - a role a name modifies ("the Lincoln actor") is not that name's person;
// - a coordinator after the cue ("the news they read and could not see")
//   opens no reported clause.
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
using quote_testing::SpeakerWithTaggedEntities;

TEST(SpeakerAntecedent, ItIsAnIndefiniteDocumentOpeningTheSentenceBefore) {
  const std::string text = "A letter this month to the city council from the nurses union, which urged a new vote, "
                           "reflected both concerns. " LQ "We have waited long enough," RQ " it said.";
  EXPECT_EQ(SpeakerWithNames(text, "We have waited"), "A letter");
  // Guard: a person opening the sentence before is no "it".
  const std::string person = "A nurse from the union, Dora Pell, wrote to the council. " LQ
                             "We have waited long enough," RQ " it said.";
  EXPECT_EQ(SpeakerWithNames(person, "We have waited", {{"Dora Pell", EntityType::kPerson}}), "it");
}

constexpr std::string_view kLetter =
    "A letter this month to the city council from the nurses union reflected both concerns. " LQ
    "We have waited long enough," RQ " it said.\n\n";

TEST(SpeakerAntecedent, ADefiniteDocumentKeepsItsOwnWordsOverAnIndefiniteOne) {
  const std::string text = std::string(kLetter) + "As for the mayor, the staff letter noted that surveys " LQ
                           "made it painfully clear" RQ " that morale is low.";
  EXPECT_EQ(SpeakerWithTaggedEntities(text, "made it painfully"), "the staff letter");
}

TEST(SpeakerAntecedent, ASingleDocumentIsNeverThey) {
  const std::string text = std::string(kLetter) + "As the vote neared, " LQ "we will be ready," RQ " they said.";
  EXPECT_EQ(SpeakerWithTaggedEntities(text, "we will be ready"), "they");
}

TEST(SpeakerAntecedent, TwoPeopleJoinedByAndInThePronounsSentenceAreThey) {
  const std::string text = "As Nora Quill and Ben Tarrow toured the valley, farmers stopped them, and " LQ
                           "this is new to us," RQ " they said.";
  EXPECT_EQ(SpeakerWithNames(text, "this is new",
                      {{"Nora Quill", EntityType::kPerson}, {"Ben Tarrow", EntityType::kPerson}}),
            "Nora Quill and Ben Tarrow");
  // Guard: two people not joined by "and" are not a pair.
  const std::string apart = "As Nora Quill toured the valley with Ben Tarrow, farmers stopped them, and " LQ
                            "this is new to us," RQ " they said.";
  EXPECT_NE(SpeakerWithNames(apart, "this is new",
                      {{"Nora Quill", EntityType::kPerson}, {"Ben Tarrow", EntityType::kPerson}}),
            "Nora Quill and Ben Tarrow");
}

TEST(SpeakerAntecedent, ANameModifyingARoleIsNotItsHolder) {
  const std::string text = "One ad stars an Amos Varga impersonator who promises lower fares. " LQ
                           "It is a two-horse race," RQ " the Varga actor says of the contest.";
  EXPECT_EQ(SpeakerWithNames(text, "It is a two-horse", {{"Amos Varga", EntityType::kPerson}}), "the Varga actor");
}

TEST(SpeakerAntecedent, ACoordinatorAfterTheCueOpensNoReportedClause) {
  const std::string text = "Her father worried that voters limit the news they read and could not see the point "
                           "of choosing Tarrow.";
  Document doc;
  doc.id.assign(1, 'c');
  doc.text = text;
  const Segmentation seg = Segment(doc.text);
  for (const Quote& q : RecognizeQuotes(doc, seg, {}))
    EXPECT_NE(q.span.Of(doc.text).substr(0, 7), "and cou") << q.span.Of(doc.text);
  // Guard: "said that" after the coordinated verb still reports.
  const std::string guard = "The mayor read the letter and said that the vote would be held in May.";
  doc.text = guard;
  const Segmentation seg2 = Segment(doc.text);
  bool found = false;
  for (const Quote& q : RecognizeQuotes(doc, seg2, {}))
    found = found || q.span.Of(doc.text).starts_with("the vote would be held");
  EXPECT_TRUE(found);
}

// A capitalised word run onto a facility's name ("Pellworth" before the
// facility "Loans Arena") is no person for a later "he" (coordinator,
// 2026-12-07 third session, read on PolNeAR train 2016-07-12..18).
TEST(SpeakerAntecedent, ANameRunOntoAFacilityIsNoPerson) {
  const std::string text = "A delegate said he tried to give away passes in the Pellworth Loans Arena. " LQ
                           "Not even one," RQ " he said.";
  EXPECT_EQ(SpeakerWithNames(text, "Not even one", {{"Loans Arena", EntityType::kFacility}}), "A delegate");
  // Guard: a person the tagger found whole still takes "he".
  const std::string person = "A delegate met Corwin Dalby at the arena. " LQ "Not even one," RQ " he said.";
  EXPECT_EQ(SpeakerWithNames(person, "Not even one", {{"Corwin Dalby", EntityType::kPerson}}), "Corwin Dalby");
  // Guard: a name opening on a given name stays a person when the tagger
  // typed its surname alone as an organisation.
  const std::string given = "And then there is Carla Vennet, who ran once. " LQ "I know that," RQ " she said.";
  EXPECT_EQ(SpeakerWithNames(given, "I know that", {{"Vennet", EntityType::kOrganization}}), "Carla Vennet");
}

}  // namespace
}  // namespace crosscheck
