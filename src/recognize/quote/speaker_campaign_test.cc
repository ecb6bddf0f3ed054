// Session 17 (docs/ATTRIBUTION.md "BASIL 2016 speaker gold", issue 14's
// speaker half): campaign and debate news layouts, error classes read on the
// tuning half of the BASIL 2016 gold (never its measuring half, never
// PolNeAR dev) and written here as invented sentences. Each rule's rows fail
// without it; guards pass with and without.
// Each row: a text, the first words of a direct quote, the speaker a reader
// would give.
#include <gtest/gtest.h>

#include "recognize/quote/speaker_rows_testing.h"

namespace crosscheck {
namespace {

using Row = quote_testing::SpeakerRow;
using quote_testing::CheckSpeakerRows;

// A time phrase does not open with the subject: "She doubled down late
// Monday, telling CNN: “…”" has "She" as its subject ("She doubled down
// late Monday," was read as an opening time phrase, like "Ten minutes
// later,", and the sentence had no subject for "telling").
TEST(SpeakerCampaign, TimePhraseAfterTheVerbIsNoOpeningAdverbial) {
  const Row rows[] = {
      {"Sen. Ann Ruiz spoke to reporters on Sunday. She doubled down late Monday, telling CNN: " LQ
       "He is a fraud." RQ,
       "He is a fraud", "Ann Ruiz"},
      {"Sen. Ann Ruiz spoke to reporters on Sunday. She hit back on Tuesday, telling reporters: " LQ
       "He is a fraud and a liar and a cheat." RQ,
       "He is a fraud", "Ann Ruiz"},
      // Guards: a time phrase that does open the sentence.
      {"Sen. Ann Ruiz spoke on Sunday. Ten minutes later, she told CNN: " LQ "He is a fraud and a liar." RQ,
       "He is a fraud", "Ann Ruiz"},
      {"Late Monday, Sen. Ann Ruiz doubled down, telling CNN: " LQ "He is a fraud and a liar." RQ, "He is a fraud",
       "Ann Ruiz"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// An interviewer's prompt, then the answer: "Governor Pence? “Solid as a
// rock.”" after "Asked about each of them, Mr. Trump played along." The
// paragraph's words before the quote are one short question with no cue:
// the quote runs on from the previous paragraph's speaker (before, short
// answers were dropped as scare quotes, longer ones had no speaker).
TEST(SpeakerCampaign, AnswerAfterAnInterviewersPrompt) {
  const char* text =
      "Asked for quick thoughts about each rival, Mr. Hale played along.\nGovernor Dunn? " LQ "Strong," RQ
      " Mr. Hale said.\nRetired Gen. Lee Park? " LQ "A patriot." RQ "\nMayor Ortiz? " LQ "Solid as a rock." RQ
      "\nAnd Mr. Bain? " LQ "Bain is Bain. He is a good guy." RQ "\n";
  const Row rows[] = {
      {text, "A patriot", "Hale"},
      {text, "Solid as a rock", "Hale"},
      {text, "Bain is Bain", "Hale"},
      // Guard: a question with its own cue answers for that cue's speaker.
      {"Mr. Hale spoke first.\nWho will pay for it? " LQ "Mexico will pay," RQ " Ann Ruiz said.\n", "Mexico will",
       "Ann Ruiz"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// "Whip" is a title before a name ("Senate Minority Whip Dick Durbin,
// D-Ill., told the outlet"): with a party tag after the name the phrase
// was no speaker, and the quote went to the previous one's.
TEST(SpeakerCampaign, WhipIsATitle) {
  const Row rows[] = {
      {LQ "We are not well served by them airing it out," RQ " Sen. Chris Morrow, D-Conn., told Politico.\n" LQ
       "She may have got out over her skis. It is very unusual," RQ
       " Senate Minority Whip Dick Brandt, D-Ill., told the outlet.\n",
       "She may have", "Dick Brandt"},
      {LQ "It is very unusual," RQ " House Majority Whip Dick Brandt, R-Ohio, said.", "It is very", "Dick Brandt"},
      // Guard: another title in the same place.
      {LQ "It is very unusual," RQ " Senate Minority Leader Dick Brandt, D-Ill., told the outlet.", "It is very",
       "Dick Brandt"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A definite role as the subject of the sentence before a pronoun ("In a
// recording …, the governor identified himself and went on to curse out
// Tran. “…,” he said") is the person named before with that title, an
// abbreviation read in full ("Gov. Paul Dorsey"): not the person named in
// passing last.
TEST(SpeakerCampaign, RoleSubjectBeforeAPronounIsItsHolder) {
  const Row rows[] = {
      {"Gov. Paul Dorsey has refused to apologize, even saying he wished he could shoot Tom Tran in a duel.\n"
       "In a recording of the message obtained by the Herald, the governor identified himself and went on to curse "
       "out Tran.\n" LQ "I want to talk to you about your comments. I want you to prove it. Thank you," RQ
       " he said in the message.\n",
       "I want to talk", "Paul Dorsey"},
      {"Rep. Tom Tran said the governor called him names.\nGov. Paul Dorsey has refused to apologize.\n"
       "In a recording of the message obtained by the Herald, the governor identified himself and went on to curse "
       "out Tran.\n" LQ "I want to talk to you about your comments. I want you to prove it. Thank you," RQ
       " he said in the message.\n",
       "I want to talk", "Paul Dorsey"},
      {"Sen. Ann Ruiz spoke first. Tom Tran answered her.\nLater the senator rose again and went on to thank Tran.\n" LQ
       "We owe him a great deal and I will say it again," RQ " she said.\n",
       "We owe him", "Ann Ruiz"},
      // Guard: a role written out ("Paul Dorsey, the governor,").
      {"Paul Dorsey, the governor, has refused to apologize. Tom Tran was there.\n" LQ
       "We are done here today and for good," RQ " the governor said.\n",
       "We are done", "Paul Dorsey"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A sentence whose subject is no person ("Wednesday brought some relief
// for the justice, …") with an absolute "with NAME V-ing" clause: NAME is
// its salient person, for a he/she in the next sentence, over an older
// speaker ("While the candidate declined to comment …, he said on ABC he
// agrees Hale is a “total opportunist”").
TEST(SpeakerCampaign, PersonOfAnAbsoluteWithClauseIsSalient) {
  const Row rows[] = {
      {LQ "It is very unusual," RQ " Sen. Dick Brandt told the outlet.\n"
       "Wednesday brought some relief for the justice, with Vermont Sen. Ray Adler giving qualified support for her "
       "comments. While the Democratic candidate declined to comment on whether her comments were appropriate, he said "
       "on ABC he agrees Hale is a " LQ "total opportunist" RQ " and said " LQ "the record is quite clear that he lies." RQ
       "\n",
       "total opportunist", "Ray Adler"},
      {LQ "It is very unusual," RQ " Sen. Dick Brandt told the outlet.\n"
       "The day ended on a calmer note, with Gov. Ray Adler urging both sides to talk.\n" LQ
       "We should all take a breath and start over," RQ " he said.\n",
       "We should all", "Ray Adler"},
      // Guard: a person subject keeps the sentence ("Brandt left, with Ray
      // Adler following him. “…,” he said": Brandt, the subject).
      {LQ "It is very unusual," RQ " Sen. Dick Brandt told the outlet.\n"
       "Brandt left the room, with Ray Adler following him.\n" LQ "We should all take a breath," RQ " he said.\n",
       "We should all", "Dick Brandt"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A plural description is no one person whose role holds its word: "the
// bill's proponents have disputed his rationale as “…”" after "Sen. John
// Carn, one of the bill's leading proponents," is the group, not Carn.
TEST(SpeakerCampaign, PluralDescriptionIsNoOnePerson) {
  const Row rows[] = {
      {"But Sen. John Carn, one of the bill's leading proponents, dismissed the concerns as " LQ "unpersuasive." RQ
       "\nThe bill will now become law.\nBut the bill's proponents have disputed Hale's rationale as " LQ
       "unconvincing and unsupportable," RQ " saying the measure is narrow.\n",
       "unconvincing", "the bill's proponents"},
      // Guard: a singular description still names the person.
      {"But Sen. John Carn, the bill's leading proponent, dismissed the concerns.\nThe bill will now become law.\n" LQ
       "It is narrow and fair to all sides," RQ " the proponent said.\n",
       "It is narrow", "John Carn"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A noun of saying with its source after "from" or "by" and its content
// after "that" ("Despite warnings from the administration that the bill was
// “badly misguided,” lawmakers …"): the source says the clause. A short
// partial quote there had no cue and was dropped.
TEST(SpeakerCampaign, SayingNounFromSourceThat) {
  const Row rows[] = {
      {"Despite last-ditch warnings from the Hale administration that the bill could hurt security and was " LQ
       "badly misguided," RQ " lawmakers passed it.",
       "badly misguided", "Hale administration"},
      {"Despite last-ditch warnings from the Hale administration that the bill could hurt security and was " LQ
       "badly misguided," RQ " lawmakers dismissed the concerns.",
       "badly misguided", "Hale administration"},
      {"The vote came after claims by Sen. Ann Ruiz that the plan was " LQ "a total fraud" RQ " and a waste.",
       "a total fraud", "Ann Ruiz"},
      // Guard: "from" naming a place, no "that" clause.
      {"Warnings from Ohio were ignored. " LQ "We told them so," RQ " Ann Ruiz said.", "We told them", "Ann Ruiz"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A question put to a person, then a quote opening the next sentence with
// a he/she cue: the person asked answers, not the asker ("Moderator Lee
// Park asked Hale whether he would accept the result. “I will look at it
// at the time. I will keep you in suspense,” he said"). The asker, a
// speaker of the sentence before through "asked", had won the tie.
TEST(SpeakerCampaign, ThePersonAskedAnswers) {
  const Row rows[] = {
      {"Moderator Lee Park asked Tom Hale whether he would accept the result. " LQ
       "I will look at it at the time. I will keep you in suspense," RQ " he said.",
       "I will look", "Tom Hale"},
      {"Ann Ruiz spoke first.\nModerator Lee Park then pressed Tom Hale on his taxes. " LQ
       "I paid what I owed. Every penny of it," RQ " he said.",
       "I paid what", "Tom Hale"},
      // Guard: the asker's gender settles it.
      {"Moderator Ann Park asked Tom Hale whether he would accept the result. " LQ
       "Will you accept it or not, sir?" RQ " she said.",
       "Will you accept", "Moderator Ann Park"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

}  // namespace
}  // namespace crosscheck
