// Session 13 (docs/ATTRIBUTION.md, issue 14's speaker half): a definite
// description with capitalised modifiers ("the Florida senator", "the
// presumptive Republican presidential nominee", "the New York businessman")
// names the person the text has been speaking of, like "the senator" does;
// an organisation or a document so described stays as written.
// Each row: a text, the first words of a direct quote, the speaker a
// reader would give.
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "recognize/quote/speaker_rows_testing.h"

namespace crosscheck {
namespace {

using DescriptionRow = quote_testing::SpeakerRow;
using quote_testing::CheckSpeakerRows;

TEST(SpeakerDescription, CapitalisedModifiersStillDescribeThePerson) {
  const DescriptionRow rows[] = {
      {"Sen. Marco Rubio spoke in Miami on Tuesday. " LQ "We will win this state," RQ " the Florida senator said.",
       "We will win", "Marco Rubio"},
      {"Donald Trump called for new tariffs on Monday. " LQ "China is taking our jobs," RQ
       " the presumptive Republican presidential nominee told supporters.",
       "China is", "Donald Trump"},
      {"Ben Carson says he is under attack because of his rise in the polls. " LQ
       "There is no question I am getting special scrutiny," RQ " the Republican presidential candidate told CBS.",
       "There is no", "Ben Carson"},
      {"In an interview with CNN, Donald Trump questioned the senator's temperament. " LQ
       "Nobody in the Senate likes him," RQ " said the New York businessman.",
       "Nobody in", "Donald Trump"},
      {"Harry Reid blasted the plan in an interview on Friday. " LQ "It is one of the worst ideas I have seen," RQ
       " the Senate minority leader said.",
       "It is one", "Harry Reid"},
      {"Mike Pence showed the crowd a clip of the governor. " LQ "Let me help you out," RQ
       " the Republican vice-presidential nominee said.",
       "Let me help", "Mike Pence"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// Guards: an organisation or document so described is not a person; an
// unnamed person introduced before, or an ad's narrator, stays as written.
TEST(SpeakerDescription, OrganisationsAndDocumentsStayAsWritten) {
  const DescriptionRow rows[] = {
      {"Donald Trump filed his disclosure on Monday. " LQ "This income funded the campaign," RQ
       " the Trump campaign said in its release.",
       "This income", "Trump campaign"},
      {"Joe Biden spoke in Ohio on Monday. " LQ "The remark was rough around the edges," RQ
       " said the Vox Populi column.",
       "The remark", "the Vox Populi column"},
      // An unnamed person introduced with "a"/"an" is that person.
      {"Sen. Jane Moss toured the plant on Monday with an organizer of the strike. " LQ
       "We are not going back," RQ " the organizer said.",
       "We are not", "the organizer"},
      // The voice of an ad is no person the story names.
      {"The ad attacks Sen. John Hale on trade. " LQ "He voted for every deal," RQ " the narrator says.",
       "He voted", "the narrator"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// An office no one named holds is not the last person spoken of when the
// text gave that person another office: "the inspector general" after
// "F.B.I. Agent Tom Doyle" is the inspector general. A rank goes with any
// command, and a person given no office may still be the one described.
TEST(SpeakerDescription, AnotherOfficeIsSomeoneElse) {
  const DescriptionRow rows[] = {
      {"F.B.I. Agent Tom Doyle was fired on Friday. " LQ "The texts showed a biased state of mind," RQ
       " the inspector general wrote.",
       "The texts", "the inspector general"},
      {"Sen. Ann Ruiz visited the flooded town on Monday. " LQ "We will rebuild every street," RQ
       " the mayor said.",
       "We will rebuild", "the mayor"},
      {"Special Agent Lena Ortiz left the bureau in May. " LQ "The review is not over," RQ " the director said.",
       "The review", "the director"},
      // Guards: a rank commands; an office the person holds; no office given.
      {"Col. Ivan Petrov leads the unit. " LQ "We hold the line," RQ " the commander said.", "We hold",
       "Ivan Petrov"},
      {"Gov. Tom Reed spoke in Albany. " LQ "The budget is balanced," RQ " the governor said.", "The budget",
       "Tom Reed"},
      {"Bernie Sanders spoke in Iowa on Monday. " LQ "The system is rigged," RQ " the Vermont senator said.",
       "The system", "Bernie Sanders"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

}  // namespace
}  // namespace crosscheck
