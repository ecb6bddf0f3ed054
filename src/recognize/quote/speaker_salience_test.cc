// Session 12 (docs/ATTRIBUTION.md, issue 14's speaker half): sentences
// written for this session's mechanisms, classed on PolNeAR train and the
// BASIL 2013 gold — "it" is the salient organisation or document (the
// subject of the sentence before, not a source nested in its reported
// clause); a definite organisation noun ("the group") is the organisation
// spoken of last; an opening time phrase ("Ten minutes later,") is no
// speaker; a definite role before an aside is still a role; a sentence
// that is only "X agreed." introduces the quote after it.
// Each row: a text, the first words of a direct quote, the speaker a
// reader would give.
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "recognize/quote/speaker_rows_testing.h"

namespace crosscheck {
namespace {

using Row = quote_testing::SpeakerRow;
using quote_testing::CheckSpeakerRows;

// "It" is the subject the text has been talking about, not a source cited
// inside that subject's own report.
TEST(SpeakerSalience, ItIsTheSubjectNotANestedSource) {
  const Row rows[] = {
      {"The memo, sent under the governor's name, warned that the state police advised " LQ
       "gangs were active near the port." RQ " It said " LQ "requests for patrols have gone unanswered." RQ,
       "requests for", "The memo"},
      {"The audit, released on Friday, found that the Finance Ministry had " LQ "lost track" RQ
       " of the funds. " LQ "Controls were weak at every level," RQ " it said.",
       "Controls were", "The audit"},
      // Guard: an organisation that speaks is still "it".
      {"The Finance Ministry said on Monday that prices would rise. " LQ "We expect a slowdown," RQ " it said.",
       "We expect", "Finance Ministry"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// "The group", "the organization": the organisation spoken of last.
TEST(SpeakerSalience, DefiniteOrganisationNounIsTheLastOrganisation) {
  const Row rows[] = {
      {"The National Farmers Union said the rule was unfair. Later, the group said in a statement: " LQ
       "We will fight it in court." RQ,
       "We will fight", "National Farmers Union"},
      // Guard: a kind of organisation names only one of that kind.
      {"The Sierra Club sued the agency on Monday. " LQ "This permit breaks the law," RQ " the ministry said.",
       "This permit", "ministry"},
      {"The Sierra Club sued the agency on Monday. " LQ "This permit breaks the law," RQ
       " the organization said in a statement.",
       "This permit", "Sierra Club"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// An opening time phrase written with a capitalised number is no name.
TEST(SpeakerSalience, OpeningTimePhraseIsNoSpeaker) {
  const Row rows[] = {
      {"Ten minutes later, Jane Doe, a deputy adviser, offered her first comments, saying, " LQ
       "We need to resolve this quickly." RQ,
       "We need", "Jane Doe"},
      {"Two days later, Mark Olsen, the county's lawyer, replied, " LQ "The county will appeal." RQ,
       "The county", "Mark Olsen"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// Roles resolve to the person named with that office.
TEST(SpeakerSalience, DefiniteRoleIsTheOfficeHolder) {
  const Row rows[] = {
      {"President Obama called on Wednesday for a new ban. The president, speaking at the White House, said he "
       "would use " LQ "whatever weight this office holds" RQ " to pass it.",
       "whatever weight", "Obama"},
      {"Mary Doe, the daughter of former Vice President Dick Cheney, criticized her sister. Her sister did not "
       "answer. " LQ "I think freedom means freedom for everyone," RQ " the former vice president said.",
       "I think freedom", "Dick Cheney"},
      // A title before another person's name in a speaker's role is that
      // person's ("daughter of former Vice President Dick Cheney").
      {"Mary Doe, the younger sister of Senate candidate Liz Doe and daughter of former Vice President Dick "
       "Cheney, criticized her sister in a post.\nHer opposition also puts her at odds with her father, who "
       "offered support in 2009.\n" LQ "I think that freedom means freedom for everyone," RQ
       " the former vice president said.",
       "I think that", "Dick Cheney"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A person whose first name the tagger took for a place ("Victoria",
// "Virginia") is still an antecedent for he/she; a place whose first word
// is a first name ("Virginia Beach") is not.
TEST(SpeakerSalience, FirstNameTypedAsAPlaceIsStillAPerson) {
  const std::string a =
      "The Obama administration's account drew fire. The notes depicted efforts by agency spokeswoman Victoria "
      "Hale to strip out references. According to the excerpts, she argued that lawmakers would " LQ "beat up" RQ
      " on the agency.";
  EXPECT_EQ(quote_testing::SpeakerOfDirectQuote(
                a, "beat up",
                quote_testing::EntitiesAt(a, {{"Obama", EntityType::kPerson}, {"Victoria Hale", EntityType::kLocation}})),
            "Victoria Hale");
  const std::string b =
      "Mayor Ann Fox spoke on Monday. The storm then hit Virginia Beach. " LQ "We are ready," RQ " she said.";
  EXPECT_EQ(quote_testing::SpeakerOfDirectQuote(b, "We are ready",
                                                quote_testing::EntitiesAt(b, {{"Ann Fox", EntityType::kPerson},
                                                                              {"Virginia Beach", EntityType::kLocation}})),
            "Ann Fox");
  // The name list holds "North", but a name opening on a compass point is
  // the place (the pronoun had taken "North Carolina").
  const std::string c =
      "His life in the States, vacationing on the beaches of Maryland and North Carolina with his family, was "
      "far away. " LQ "If you like comfort, you will never do this," RQ " he told me.";
  EXPECT_EQ(quote_testing::SpeakerOfDirectQuote(
                c, "If you like comfort",
                quote_testing::EntitiesAt(c, {{"Maryland", EntityType::kLocation},
                                              {"North Carolina", EntityType::kLocation}})),
            "he");
}

// A sentence that is only a person and a past verb ("X agreed.") right
// before a quote opening the next sentence introduces it.
TEST(SpeakerSalience, ReactionSentenceBeforeAQuote) {
  const Row rows[] = {
      {"The council voted on Monday. Mayor Ann Fox agreed. " LQ "The bridge must close before the winter." RQ,
       "The bridge", "Ann Fox"},
      {"Tom Reyes disagreed sharply. " LQ "That is not what the report says at all." RQ, "That is not",
       "Tom Reyes"},
      // Not a person, or more than a reaction: no speaker from it.
      {"The old bridge collapsed. " LQ "It was the most terrifying thing I have ever seen." RQ, "It was the", ""},
      {"Jane Doe arrived at noon, and the crowd cheered for an hour. " LQ
       "It was the most terrifying thing I have ever seen." RQ,
       "It was the", ""},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// Read on a PolNeAR train fortnight (2016-02-10..19); sentences written for
// this test. A place the recognizer names whole is no "he" ("South
// Carolina, he said, was …"); "it" after a document that spoke is the
// document; a sentence adverb before an organisation is no name
// ("Regardless, the State Department said"); a plural document noun heads
// its phrase ("the exit polls").
TEST(SpeakerSalience, PlacesDocumentsAndAdverbsAreReadAsTheTextWritesThem) {
  const std::string a = LQ "We are showing mercy," RQ " Dan Tripp said. South Carolina, he said, was " LQ
                        "where we have a chance." RQ;
  EXPECT_EQ(quote_testing::SpeakerOfDirectQuote(
                a, "where we have",
                quote_testing::EntitiesAt(a, {{"Dan Tripp", EntityType::kPerson},
                                              {"South Carolina", EntityType::kLocation}})),
            "Dan Tripp");
  const std::string b = "The State Department spoke first. " LQ "Friend, let me be blunt," RQ
                        " the email read. It stated that the rival was " LQ "rattled" RQ " by the surge.";
  EXPECT_EQ(quote_testing::SpeakerOfDirectQuote(
                b, "rattled", quote_testing::EntitiesAt(b, {{"State Department", EntityType::kOrganization}})),
            "the email");
  const std::string c =
      "Regardless, the State Department said it found " LQ "no evidence" RQ " that the fax was sent.";
  EXPECT_EQ(quote_testing::SpeakerOfDirectQuote(c, "no evidence"), "State Department");
  const std::string d = "According to the exit polls, 24% of voters wanted someone who would " LQ
                        "tell it like it is." RQ;
  EXPECT_EQ(quote_testing::SpeakerOfDirectQuote(d, "tell it like"), "the exit polls");
}

}  // namespace
}  // namespace crosscheck
