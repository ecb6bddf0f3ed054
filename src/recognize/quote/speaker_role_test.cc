// Session 10 (docs/ATTRIBUTION.md, issue 14's speaker half): sentences
// written for the mechanisms of this session — a role phrase stays as
// written when no name corefers (plurals, documents, generic person nouns,
// a gender-marked role the person contradicts), a dated document noun
// speaks ("a Wednesday editorial in …"), and a capitalised organisation
// subject owns a partial quote in a sentence with no cue. Each row: a text,
// the first words of a direct quote, the speaker a reader would give.
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "recognize/quote/quote.h"
#include "recognize/quote/speaker_rows_testing.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

using RoleRow = quote_testing::SpeakerRow;
using quote_testing::CheckSpeakerRows;

// "the official said" with no name that corefers: the phrase as written.
// Before, every definite role with no match took the last person spoken of.
TEST(SpeakerRoles, RoleStaysAsWrittenWhenNoNameCorefers) {
  const RoleRow rows[] = {
      // A plural is no one person.
      {"Chris Christie spoke at the rally. " LQ "Shame on you," RQ " the protesters chanted.", "Shame on you",
       "the protesters"},
      {"Mayor Ann Fox met the union. " LQ "We want a contract," RQ " the workers said.", "We want", "the workers"},
      // A document is no person.
      {"Hillary Clinton replied to the groups. " LQ "We urge you to act now," RQ " the letter said.", "We urge",
       "the letter"},
      // Generic person nouns are for people the text does not name.
      {"Bernie Sanders took questions in Manchester. One voter interrupted him. " LQ "They stole the country," RQ
       " the man shouted.",
       "They stole", "the man"},
      {"Omar Diaz was named as the suspect. A cashier nearby was shaken. " LQ "Too much hate," RQ " the woman said.",
       "Too much hate", "the woman"},
      // A gender-marked role the last person's first name contradicts.
      {"Robert Hill opened the hearing. " LQ "We will appeal," RQ " the congresswoman said.", "We will appeal",
       "the congresswoman"},
  };
  CheckSpeakerRows(rows, sizeof rows / sizeof rows[0]);
}

// The fallback to the last person spoken of still holds where the role can
// be that person and nothing contradicts it.
TEST(SpeakerRoles, RoleStillResolvesWhenItCanBeThePerson) {
  const RoleRow rows[] = {
      {"Ellen DeGeneres will host the Oscars. " LQ "I am thrilled," RQ " the comedian and talk show host said.",
       "I am thrilled", "Ellen DeGeneres"},
      {"Mary Hill opened the hearing. " LQ "We will appeal," RQ " the congresswoman said.", "We will appeal",
       "Mary Hill"},
      // Same head as a role given before: that person.
      {"The plant's commander, Denis Volk, spoke late. " LQ "We hold," RQ " the commander said.", "We hold",
       "Denis Volk"},
  };
  CheckSpeakerRows(rows, sizeof rows / sizeof rows[0]);
}

// A day or month after the opening determiner dates a document noun; the
// phrase speaks as written (it found no speaker before: the day ended it).
TEST(SpeakerRoles, DatedDocumentSpeaks) {
  const RoleRow rows[] = {
      {LQ "There are invertebrates with more spine than the senator," RQ
          " reads a Wednesday editorial in The Des Moines Register.",
       "There are", "a Wednesday editorial in The Des Moines Register"},
      {LQ "The council failed us," RQ " said a Sunday column in The Record.", "The council",
       "a Sunday column in The Record"},
  };
  CheckSpeakerRows(rows, sizeof rows / sizeof rows[0]);
}

// A partial quote in a sentence with no cue goes to its subject when that
// is a capitalised organisation (before: only a person or he/she).
TEST(SpeakerRoles, NamedOrganisationOwnsAPartialQuote) {
  const RoleRow rows[] = {
      {"The Democratic National Committee released a statement on Monday offering " LQ
       "a deep and sincere apology" RQ " to the senator.",
       "a deep and sincere", "Democratic National Committee"},
      {"The DNC called the plan " LQ "reckless and cruel" RQ " in a letter.", "reckless", "DNC"},
      // A lone place word is no organisation here; a cue later in the
      // sentence keeps the quote.
      {"Orlando was not far from the thoughts of marchers chanting " LQ "We are Orlando" RQ ".", "We are",
       "(none)"},
      {"The U.S. has provided " LQ "a range of intelligence" RQ " to Kyiv, said the official.", "a range",
       "the official"},
      // A lowercase organisation does not.
      {"The company sold its " LQ "premium" RQ " line to a rival.", "premium", "(none)"},
  };
  CheckSpeakerRows(rows, sizeof rows / sizeof rows[0]);
}

// A comma before a quote after the verb of a relative clause: a later
// speech verb is the main clause's; after ", who" the antecedent speaks.
TEST(SpeakerRoles, RelativeClauseBeforeAQuote) {
  const RoleRow rows[] = {
      {"Cruz won an endorsement from Mike Lee, who declared in the spin room, " LQ "It is time to unite." RQ,
       "It is time", "Mike Lee"},
      {"Although there is no overlap, a White House official who spoke anonymously said Wednesday, " LQ
       "There are talks." RQ,
       "There are talks", "a White House official"},
      // Between the subject and its verb, right after the quote it frames.
      {LQ "We are ready to strike," RQ " a union spokesman who asked not to be named said.", "We are ready",
       "a union spokesman"},
      {LQ "It was chaos," RQ " Jane Doe who lives across the street said on Monday.", "It was chaos", "Jane Doe"},
  };
  CheckSpeakerRows(rows, sizeof rows / sizeof rows[0]);
}

// A document owned by a name or role speaks for its owner; an
// organisation noun corefers with an earlier organisation, not with a
// person's role it modifies.
TEST(SpeakerRoles, OwnedDocumentsAndOrganisationNouns) {
  const RoleRow rows[] = {
      {LQ "We reject the claims," RQ " read Mayor Jane Doe's statement.", "We reject", "Jane Doe"},
      {LQ "We reject the claims," RQ " the campaign's statement said.", "We reject", "campaign"},
      {"Donald Trump's campaign manager, Corey Lewandowski, spoke first. " LQ "We reject the claims," RQ
       " the campaign said.",
       "We reject", "campaign"},
  };
  CheckSpeakerRows(rows, sizeof rows / sizeof rows[0]);
}

// A person's possessive right before a quote and a speech noun right after
// it: the person said the words (the short ones were dropped as scare
// quotes with no speaker).
TEST(SpeakerRoles, PossessiveBeforeAQuotedComment) {
  const RoleRow rows[] = {
      {"Mitt Romney" "\xE2\x80\x99" "s " LQ "47 percent" RQ " comment was nearly as dismissive.", "47 percent",
       "Mitt Romney"},
      {"It is the pull of Barack Obama's " LQ "if you like your plan, you can keep it" RQ " promise.", "if you like",
       "Barack Obama"},
      // No speech noun after it: a title or a term, no speaker.
      {"Jane Doe's " LQ "Mean Girls" RQ " DVD sold out.", "Mean Girls", "(none)"},
  };
  CheckSpeakerRows(rows, sizeof rows / sizeof rows[0]);
}

// He/she by salience and gender: the subject of the sentence before is not
// extended over an irregular past verb to its object ("Donald Trump met
// Megyn Kelly": the subject was "Megyn Kelly"), a place after "in"/"at"
// is no person (without entities "New York" took "she"), and a pair of
// names is never "he" or "she".
TEST(SpeakerRoles, PronounsBySubjectAndGender) {
  const RoleRow rows[] = {
      {"Donald Trump met Megyn Kelly after the debate. " LQ "She was unfair to me," RQ " he said.", "She was unfair",
       "Donald Trump"},
      {"Jane Doe took questions from Bob Hill at noon. " LQ "We will not wait," RQ " she said.", "We will not",
       "Jane Doe"},
      {"Hillary Clinton met voters in Iowa. Her husband Bill Clinton stayed in New York. " LQ "We are ready," RQ
       " she said.",
       "We are ready", "Hillary Clinton"},
      {"Hillary Clinton met voters. Her husband Bill Clinton spoke at Grand Rapids. " LQ "We are ready," RQ
       " she said.",
       "We are ready", "Hillary Clinton"},
  };
  CheckSpeakerRows(rows, sizeof rows / sizeof rows[0]);
  EXPECT_NE(quote_testing::SpeakerOfDirectQuote("Ted Cruz and Carly Fiorina spoke. " LQ "I ran a company," RQ " she said.", "I ran"),
            "Ted Cruz and Carly Fiorina");
}

}  // namespace
}  // namespace crosscheck
