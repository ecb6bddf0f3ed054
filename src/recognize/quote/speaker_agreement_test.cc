// Session of 2026-12-07 (seventh, helper quote25; docs/ATTRIBUTION.md
// "Agreement and salience, counted on a third referent sample"): a pronoun
// agrees in number and animacy with its antecedent, and names that stand
// in a modifier's or an opening phrase's place are not antecedents. The
// classes were counted on PolNeAR train's pronoun sources (a referent
// sample annotated before crosscheck ran on it; never dev) and are written
// here as invented sentences. Each rule's rows fail without it; guards pass
// with and without.
// Each row: a text, the first words of a direct quote, the speaker a reader
// would give.
#include <gtest/gtest.h>

#include "recognize/quote/speaker_rows_testing.h"

namespace crosscheck {
namespace {

using AgreementRow = quote_testing::SpeakerRow;
using quote_testing::CheckSpeakerRows;
using quote_testing::SpeakerWithNames;

// "it" agrees in number: a phrase that counts its members ("Two
// Americans were killed") is no "it", though it opens the sentence before
// (it had taken "it reads" from the email two sentences back).
TEST(SpeakerAgreement, ItNamesNoCountedPlural) {
  const std::vector<std::pair<std::string_view, EntityType>> names = {{"Tom Hale", EntityType::kPerson},
                                                                     {"Americans", EntityType::kOther}};
  EXPECT_EQ(SpeakerWithNames("The memo, released by the group, was sent by Tom Hale on Monday. Two Americans were "
                             "killed at the base.\n" LQ "I just tried you on the phone," RQ " it reads.",
                             "I just", names),
            "The memo");
  EXPECT_EQ(SpeakerWithNames("The memo, released by the group, was sent by Tom Hale on Monday. Several Americans "
                             "were hurt at the base.\n" LQ "I just tried you on the phone," RQ " it reads.",
                             "I just", names),
            "The memo");
  // Guard: an organisation named in the plural is still "it".
  EXPECT_EQ(SpeakerWithNames("Three officers were hurt on Monday. " LQ "The plant stays open," RQ
                             " the Teamsters Union said.\n" LQ "We will not back down," RQ " it added.",
                             "We will", {{"Teamsters Union", EntityType::kOrganization}}),
            "Teamsters Union");
}

// Only a document reads: "A coalition … sent a letter urging … “…,” it
// read." is the letter, named as an object, not the last organisation
// that spoke or the coalition that sent it.
TEST(SpeakerAgreement, OnlyADocumentReads) {
  const AgreementRow rows[] = {
      {"Senate leaders blocked the bill. A coalition of 40 groups, including the Ohio Nurses Association, sent a letter "
       "this week urging the council to act.\n" LQ "The delay reflects an appalling indifference," RQ " it read.",
       "The delay", "a letter"},
      {"The Ohio Nurses Association said the vote was wrong. Its members then released a statement on Friday.\n" LQ
       "We are appalled," RQ " it reads.",
       "We are appalled", "a statement"},
      // Guard: "it said" after an organisation keeps the organisation.
      {"The Ohio Nurses Association sent a letter to the council on Monday.\n" LQ "We are appalled," RQ " it said.",
       "We are appalled", "Ohio Nurses Association"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// "Gov. Tom Hale and Mayor Ben Ruiz place flowers …": a name, "and", then
// titles before the last name is a pair of titled people (the last name
// had been the subject, the first its role), and a pair is no "he".
TEST(SpeakerAgreement, ATitledPairIsNoOnePerson) {
  const AgreementRow rows[] = {
      {"Gov. Tom Hale spoke at the vigil. " LQ "We grieve with you," RQ " Hale told the families.\nAnn Cole / Wire.\n"
       "Gov. Tom Hale and Mayor Ben Ruiz place flowers at a memorial for the victims.\n" LQ "I held and hugged" RQ
       " the parents before laying flowers at the memorial, he said.",
       "I held and hugged", "Tom Hale"},
      {"Former Secretary Ann Tate and Sen. Ben Ruiz said the plan was " LQ "dead on arrival." RQ,
       "dead on arrival", "Ann Tate and Ben Ruiz"},
      // Guard: a titled person alone keeps the title as the role.
      {"Former Secretary of State Ann Tate said the plan was " LQ "dead on arrival." RQ, "dead on arrival",
       "Ann Tate"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// "Indiana Gov. Mike Pence": a name right before a capitalised title and a
// name modifies the title; the tagger may type it a person, and it took
// the next "she".
TEST(SpeakerAgreement, ANameBeforeATitleModifiesIt) {
  const std::string_view text =
      "Sen. Ann Tate praised the choice. Hale had named Ohio Gov. Tom Reyes as his partner on Saturday.\n" LQ
      "It will resonate with voters," RQ " she said.";
  EXPECT_EQ(SpeakerWithNames(text, "It will",
                             {{"Ann Tate", EntityType::kPerson},
                              {"Ohio", EntityType::kPerson},
                              {"Tom Reyes", EntityType::kPerson}}),
            "Ann Tate");
  // Guard: the titled person is still one.
  EXPECT_EQ(SpeakerWithNames("Sen. Ann Tate praised the choice. Hale had named Ohio Gov. Tom Reyes as his partner "
                             "on Saturday.\n" LQ "It will resonate with voters," RQ " he said.",
                             "It will",
                             {{"Ann Tate", EntityType::kPerson},
                              {"Ohio", EntityType::kPerson},
                              {"Tom Reyes", EntityType::kPerson}}),
            "Tom Reyes");
}

// "Dismayed by his memory of Bill Hale's years in office, he is committed
// …": an opening participle clause said of the pronoun after its comma;
// the names inside it are in passing, no antecedent for the next he/she.
TEST(SpeakerAgreement, NamesInAnOpeningParticipleClause) {
  const AgreementRow rows[] = {
      {"Across town is Tom Reyes, a 33-year-old canvasser. Dismayed by his memory of Bill Hale's years in office and "
       "inspired by the senator, he is committed to the campaign.\n" LQ "I am knocking on doors all over town," RQ
       " he said.",
       "I am knocking", "Tom Reyes"},
      {"Across town is Tom Reyes, a 33-year-old canvasser. Encouraged by Bill Hale, he's committed to the campaign.\n" LQ
       "I am knocking on doors all over town," RQ " he said.",
       "I am knocking", "Tom Reyes"},
      // Guard: a name after the comma is the subject, and a name in an
      // opening clause with no pronoun after it stays an antecedent.
      {"Across town is Tom Reyes, a canvasser. Encouraged by the crowd, Bill Hale joined him.\n" LQ
       "I am knocking on doors all over town," RQ " he said.",
       "I am knocking", "Bill Hale"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A spaced dash ends a person's name: the tagger ran "Deborah Ann Tate -
// Hale's girlfriend" into one person "Deborah Ann Tate - Hale", whose
// last word then named her (the name test read "Hale").
TEST(SpeakerAgreement, ASpacedDashEndsAName) {
  const std::string_view text =
      "In an interview, Deborah Ann Tate - Hale's girlfriend and co-host - told the paper that Hale changed after "
      "2002. Tate says he was ready to go to war.\n" LQ "People have likened us to a comedy act," RQ " she says.";
  // The tagger's cluster gives every mention the long name.
  std::vector<Entity> entities = quote_testing::EntitiesAt(
      text, {{"Deborah Ann Tate - Hale", EntityType::kPerson}, {"Tate says", EntityType::kPerson}});
  ASSERT_EQ(entities.size(), 2u);
  for (Entity& en : entities) en.name = "Deborah Ann Tate - Hale";
  entities[1].span.end = entities[1].span.start + 4;  // "Tate"
  EXPECT_EQ(quote_testing::SpeakerOfDirectQuote(text, "People have", entities), "Deborah Ann Tate");
  // Guard: a hyphened name keeps both parts.
  EXPECT_EQ(SpeakerWithNames("Ann Tate-Hale told the paper that the plan changed.\n" LQ
                             "People have likened us to a comedy act," RQ " she says.",
                             "People have", {{"Ann Tate-Hale", EntityType::kPerson}}),
            "Ann Tate-Hale");
}

}  // namespace
}  // namespace crosscheck
