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

// A wire dateline opens the first sentence ("WASHINGTON —", "CHICAGO,
// March 3 (AP) —"): the subject is after its dash.
TEST(SpeakerNewsLayout, DatelineIsNoSubject) {
  const Row rows[] = {
      {"CHICAGO, March 3 (AP) \xE2\x80\x94 The mayor's spokeswoman defended the plan on Monday, saying: " LQ
       "We have to win this." RQ,
       "We have to", "The mayor's spokeswoman"},
      {"WASHINGTON \xE2\x80\x94 Senate leaders reached a deal on Tuesday, saying, " LQ "The vote is Friday." RQ,
       "The vote", "Senate leaders"},
      {"NEW YORK (Reuters) - The company's chief executive praised the staff, adding: " LQ "It was a great year." RQ,
       "It was a great", "The company's chief executive"},
      // Guard: a name in capitals that is the subject, with no dash after it.
      {"NASA officials praised the crew, saying: " LQ "They did everything right." RQ, "They did", "NASA officials"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// AP style names a voter with an age and a hometown: "Name, 44, of Town,
// State," — the name speaks, before the cue, before a relative aside and
// after an inverted cue.
TEST(SpeakerNewsLayout, HometownAfterANameIsNoSpeaker) {
  const Row rows[] = {
      {"\"Both of them worry me,\" Tom Reed, 44, of Boise, Idaho, who was among those surveyed, said in an "
       "interview.",
       "Both of them", "Tom Reed"},
      {"\"Both of them worry me,\" Tom Reed, 44, of Boise, Idaho, said in an interview.", "Both of them",
       "Tom Reed"},
      {"\"Both of them worry me,\" said Tom Reed, 44, of Boise, Idaho.", "Both of them", "Tom Reed"},
      {LQ "We will be back next year," RQ " Ann Lee, of Dayton, said.", "We will be back", "Ann Lee"},
      // Guard: an organisation "of" a place is a whole name.
      {LQ "Rates will hold," RQ " the Federal Reserve Bank of Boston said.", "Rates will", "Federal Reserve Bank of Boston"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A "he" or "she" that resolved to a person whose first name says nothing
// ("Chris", "Terry") tells that person's gender: a later pronoun of the
// other gender skips them for the person named since.
TEST(SpeakerNewsLayout, PronounResolvedBeforeTellsTheGender) {
  const Row rows[] = {
      {"Chris Dale spoke for an hour. " LQ "We will win," RQ " he said. The speech did not move Brigid Nolan. " LQ
       "He is wrong," RQ " she said.",
       "He is wrong", "Brigid Nolan"},
      {"Chris Dale spoke for an hour. " LQ "We will win," RQ " he said. The speech did not move Terry Nolan. " LQ
       "He is wrong," RQ " she said.",
       "He is wrong", "Terry Nolan"},
      {"Terry Nolan spoke for an hour. " LQ "We will win," RQ " she said. The speech did not move Chris Dale. " LQ
       "She is wrong," RQ " he said.",
       "She is wrong", "Chris Dale"},
      // Guard: the same gender keeps the last speaker.
      {"Chris Dale spoke for an hour. " LQ "We will win," RQ " he said. The speech did not move Terry Nolan. " LQ
       "And we will," RQ " he said.",
       "And we will", "Chris Dale"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A comma-fenced participle aside after the speaker may hold a quoted
// name or title ("wearing “Ted Cruz” pins"); the subject after the quote
// it frames speaks, and the quoted title is nobody's speech.
TEST(SpeakerNewsLayout, QuotedTitleInsideTheSpeakersAside) {
  const Row rows[] = {
      {LQ "We have had better conventions," RQ " Texas delegate Bill Eastland, wearing a cowboy hat and " LQ
       "Ted Cruz" RQ " pins, said as confetti fell.",
       "We have had", "Bill Eastland"},
      {LQ "We have had better conventions," RQ " Texas delegate Bill Eastland, wearing a cowboy hat and " LQ
       "Ted Cruz" RQ " pins, said as confetti fell.",
       "Ted Cruz", "(none)"},
      {LQ "It was a long night," RQ " Ann Ruiz, holding a copy of " LQ "The Daily Star" RQ " under her arm, said.",
       "It was a long", "Ann Ruiz"},
      // Guard: with no quote before it the subject opens the sentence.
      {"Ann Ruiz, holding a sign, said: " LQ "We will be back." RQ, "We will", "Ann Ruiz"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// "X issued a statement, “…”": a document the subject put out, a comma and
// its words; an opening "Right after …," / "Shortly before …," is no
// subject.
TEST(SpeakerNewsLayout, DocumentThenCommaThenQuote) {
  const Row rows[] = {
      {"Right after the attack, Gov. Ann Ruiz issued a statement, " LQ "Last night, our city was attacked." RQ,
       "Last night", "Ann Ruiz"},
      {"The Finance Ministry released a statement, " LQ "Prices will rise in the spring." RQ, "Prices will",
       "Finance Ministry"},
      {"Shortly before the vote, Sen. Tom Baer posted a video, " LQ "I will not support this bill." RQ,
       "I will not", "Tom Baer"},
      {"Immediately after the ruling, the union released a statement, " LQ "Workers have been heard today." RQ,
       "Workers have", "union"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// An opening sentence adverb ("Likewise,"), a preposition outside the
// lexicon ("Alongside …,", "Following …,") and a focus adverb ("even") are
// no part of the subject.
TEST(SpeakerNewsLayout, OpeningAdverbsAreNoSubject) {
  const Row rows[] = {
      {"Likewise, a paper from the Brookings Institution had this to say about the plan: " LQ
       "Families at the top would gain the most." RQ,
       "Families at", "a paper from the Brookings Institution"},
      {"Alongside the calls for action, even a top GOP strategist said the mayor must choose, saying, " LQ
       "She will have to come out on this." RQ,
       "She will have", "a top GOP strategist"},
      {"Following the vote, Sen. Tom Baer released a statement: " LQ "This bill is a disgrace." RQ, "This bill",
       "Tom Baer"},
      // Guard: a name ending in -ly opens its own sentence.
      {"Kelly, a spokeswoman for the group, said: " LQ "We will appeal." RQ, "We will", "Kelly"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A participle clause continuing a relative aside ("who worked …, becoming
// …,") belongs to the aside: the name before ", who" speaks.
TEST(SpeakerNewsLayout, ParticipleContinuingARelativeAside) {
  const Row rows[] = {
      {LQ "He was never there," RQ " John Dunn, who worked for the company for three years, becoming president "
       "of a casino in Reno, said in an interview.",
       "He was never", "John Dunn"},
      {LQ "He was never there," RQ " John Dunn, who worked for Trump for three years, said in an interview.",
       "He was never", "John Dunn"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A relative clause with no commas between the subject and its verb may
// hold a web address or an abbreviation with dots.
TEST(SpeakerNewsLayout, RelativeClauseWithADottedWord) {
  const Row rows[] = {
      {LQ "Clinton needs a plan for the west," RQ " Pat Lowry, the polling analyst who founded pollcheck.com "
       "tweeted on Wednesday.",
       "Clinton needs", "Pat Lowry"},
      {LQ "We came for the jobs," RQ " a nurse who moved to the U.S. in 1990 said.", "We came", "a nurse"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A round-up's outlet tag in brackets after a quote ("“…” [NYT.]") names
// the outlet, when nothing else in the text gives the quote a speaker.
TEST(SpeakerNewsLayout, BracketedOutletAfterAQuote) {
  const Row rows[] = {
      {"CHINA SLOWS DOWN " LQ "The slowdown is spreading to every continent." RQ " [WaPo.]\n\nSTORM HITS COAST " LQ
       "The storm made landfall near Galveston on Sunday night." RQ " [Reuters]",
       "The slowdown", "WaPo"},
      {"CHINA SLOWS DOWN " LQ "The slowdown is spreading to every continent." RQ " [WaPo.]\n\nSTORM HITS COAST " LQ
       "The storm made landfall near Galveston on Sunday night." RQ " [Reuters]",
       "The storm made", "Reuters"},
      // A cue of the text wins: the quoted words are the speaker's.
      {"SANDERS SURGES As the race tightens, Bernie Sanders said his rival is in " LQ
       "serious trouble with voters." RQ " [NYT.]",
       "serious trouble", "Bernie Sanders"},
      {"Jane Doe and Tom Lee: " LQ "The polls have moved toward the governor this week." RQ " [HuffPost.]",
       "The polls", "Jane Doe and Tom Lee"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A newsletter headline in capitals before a colon is no speaker; a name
// in Title Case before a colon still is.
TEST(SpeakerNewsLayout, HeadlineInCapitalsIsNoSpeaker) {
  const Row rows[] = {
      {"THE TIDE TURNS: " LQ "Voters in the suburbs are moving away from the party." RQ, "Voters in", ""},
      {"SENATE TURNS ON LEADER: " LQ "He has lost the room, and he knows it." RQ, "He has lost", ""},
      {"Kasich: " LQ "We Are Going to Win Ohio" RQ, "We Are Going", "Kasich"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A he/she subject of the sentence before continues the person named as
// the subject before it, over a person of unknown gender named in passing
// and an older speaker.
TEST(SpeakerNewsLayout, PronounSubjectContinuesThePerson) {
  const Row rows[] = {
      {LQ "We are ready," RQ " said Coach Andy Reid. Mary Lutz met the players after the game. She later sat "
       "with Ali in the stands. " LQ "They played hard," RQ " she said.",
       "They played", "Mary Lutz"},
      {LQ "We are ready," RQ " said Coach Andy Reid. Mary Lutz met the players after the game. She later sat "
       "with Tom Ali in the stands. " LQ "They played hard," RQ " she said.",
       "They played", "Mary Lutz"},
      // Guard: a pronoun of the other gender does not continue her.
      {LQ "We are ready," RQ " said Coach Andy Reid. Mary Lutz met the players after the game. He later sat "
       "with her in the stands. " LQ "They played hard," RQ " he said.",
       "They played", "Andy Reid"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// A past verb right after a lowercase role noun ends the phrase: "The
// Vermont senator | emailed supporters".
TEST(SpeakerNewsLayout, PastVerbAfterARoleNounEndsThePhrase) {
  const Row rows[] = {
      {"The Vermont senator emailed supporters on Wednesday, saying: " LQ "We are not done yet." RQ, "We are not",
       "The Vermont senator"},
      {"A union spokeswoman wrote members on Friday, saying: " LQ "The strike goes on." RQ, "The strike",
       "A union spokeswoman"},
      // Guard: a participle before a name is a modifier.
      {LQ "We are not done," RQ " said retired neurosurgeon Ben Carson.", "We are not", "Ben Carson"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// The title of a document the subject put out ("released a memo titled
// “…”") is the subject's words; a document that is itself the subject
// keeps them.
TEST(SpeakerNewsLayout, TitleOfADocumentTheSubjectReleased) {
  const Row rows[] = {
      {"On Monday night, campaign manager Tom Baer released a memo titled " LQ "The Facts on the Race." RQ,
       "The Facts", "Tom Baer"},
      {"The ministry issued a report titled " LQ "A Plan for the Coast." RQ, "A Plan", "ministry"},
      {"A memo titled " LQ "The Facts on the Race" RQ " circulated on Monday.", "The Facts", "A memo"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

}  // namespace
}  // namespace crosscheck
