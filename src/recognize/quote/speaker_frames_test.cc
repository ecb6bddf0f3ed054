// Tables of news-style sentences (written for these tests, not taken from
// any corpus) for the speaker mechanisms of docs/ATTRIBUTION.md's PolNeAR
// sessions: the frame of a quote around a verb no list knows, a cue in the
// sentence after a quote, and the others below. Each row: a text, the first
// words of a direct quote, and the speaker a reader would give ("" = none).
// Entities are not used (the text alone decides), as in quote_test.cc.
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "recognize/quote/quote.h"
#include "recognize/quote/speaker_rows_testing.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

using FrameRow = quote_testing::SpeakerRow;

#define AP "\xE2\x80\x99"

void CheckRows(const std::vector<FrameRow>& rows) { quote_testing::CheckSpeakerRows(rows); }

// A quote that stops on a comma, a question or an exclamation mark, then a
// speaker and any past verb ("fumed", "riffed", "shot back", "beamed"):
// the frame, not a verb list, says who spoke.
TEST(SpeakerFrames, QuoteFrameAroundAnUnlistedVerb) {
  CheckRows({
      {LQ "If they were serious, they would have called me," RQ " Dana Whitfield fumed on Tuesday.", "If they were",
       "Dana Whitfield"},
      {LQ "Let me help you out, the answer is no," RQ " the Republican vice-presidential nominee riffed on the reply.",
       "Let me help", "the Republican vice-presidential nominee"},
      {LQ "This is fantastic!" RQ " beamed Harold Greer, a delegate from Alabama.", "This is fantastic", "Harold Greer"},
      {LQ "An awful lot of analysts said no," RQ " remembered Ray Osborne, the firm" AP "s former spokesman.",
       "An awful lot", "Ray Osborne"},
      {LQ "He wants to be a tough guy tonight," RQ " Carl Brandt shot back. " LQ "Let me talk." RQ, "He wants to be",
       "Carl Brandt"},
      {LQ "He owes nobody anything," RQ " Tim Oakes concluded.", "He owes nobody", "Tim Oakes"},
      // A staffer in the room, a role noun: a speaker.
      {LQ "Will he be the next attorney general?" RQ " a Democratic staffer in the room wondered.", "Will he be the",
       "a Democratic staffer in the room"},
      // Not a frame: a sentence-final quote then narration with an object.
      {"The mayor opened the bridge. " LQ "We built this for the whole town, every one of us." RQ
       " Crews removed the barriers.",
       "We built this", ""},
      // An indefinite organisation after a quoted title is an apposition:
      // the banner, not the website, "says" it.
      {"One banner read " LQ "cleanstreets.org," RQ " a website linked to the campaign against the plan.",
       "cleanstreets.org", "One banner"},
  });
}

// A quote that ends its sentence, then a cue opening the next sentence that
// reports nothing of its own: the cue is the quote's.
TEST(SpeakerFrames, CueInTheSentenceAfterTheQuote) {
  CheckRows({
      {LQ "Would it be negotiable about the 11 million people?" RQ " Sean Tully pressed. " LQ "Maybe some stay?" RQ,
       "Would it be negotiable", "Sean Tully"},
      {LQ "Russia, if you are listening, find the missing emails." RQ " Trump said.", "Russia, if you", "Trump"},
      // The next sentence reports a clause of its own: not the quote's cue.
      {LQ "We will win this state and then the next one." RQ " Ana Ruiz said the polls were wrong.", "We will win",
       ""},
      // Another paragraph: the crowd booing is no attribution.
      {"Lee Quinn asked the candidate a question.\n\n" LQ "Does that not speak to your judgment in any way?" RQ
       "\n\nThe crowd booed.",
       "Does that not", "Lee Quinn"},
      // A colon layout in the next sentence belongs to the quote after it.
      {"Clinton: " LQ "Our goal is to defeat the group, not contain it." RQ " Bush: " LQ "The mission is to destroy it." RQ,
       "Our goal is", "Clinton"},
  });
}

// The subject of a sentence whose verb stands right before ", “…”", when no
// cue of its own found a speaker: a pronoun too, resolved like any other.
TEST(SpeakerFrames, SubjectBeforeACommaAndAQuote) {
  CheckRows({
      {"Ben Ortiz closed the hearing. He concluded, " LQ "There is not a single case like this one." RQ,
       "There is not", "Ben Ortiz"},
      {"Glen Parr spoke for an hour. He then put on a fake accent and joked, " LQ "I am just making it easier for them." RQ,
       "I am just", "Glen Parr"},
      {"Mary Olsen finally relented, " LQ "All right, the vote can go ahead tomorrow." RQ, "All right", "Mary Olsen"},
      // A past verb with an object before the comma is narration.
      {"Mary Olsen bought a hat reading, " LQ "Make the city great again, friends." RQ, "Make the city", ""},
  });
}

// "X said in a statement." right before a quote in the same paragraph: the
// cue reports nothing of its own, so the quote is its words.
TEST(SpeakerFrames, CueThatReportsNothingBeforeTheQuote) {
  CheckRows({
      {"Sam Ortega, the communications director for the state party said in a statement. " LQ
       "There are no paper ballots to recount." RQ,
       "There are no paper", "Sam Ortega"},
      {"Rita Mole wrote on Facebook on Monday. " LQ "We will keep the library open all summer." RQ, "We will keep",
       "Rita Mole"},
      // The cue reports a clause: the quote after it is not its.
      {"Rita Mole said the library would close. " LQ "This is a sad day for the whole town." RQ, "This is a sad", ""},
      // Another paragraph: not this rule (the paragraph rule may apply).
      {"Rita Mole said in a statement.\n\nThe council met. " LQ "This is a sad day for the whole town." RQ,
       "This is a sad", ""},
  });
}

// Headlines: "Name on Topic: ‘…’" gives the quote to the name; words in
// capitals are a headline's, not cue verbs.
TEST(SpeakerFrames, HeadlineLayouts) {
  CheckRows({
      {"Gillibrand on Clinton Releasing Her Speech Transcripts: " LQ "I Think She Will." RQ "\n\nThe senator spoke.",
       "I Think She Will", "Gillibrand"},
      {"BLUE STATES OUTNUMBER RED STATES - Jane M. Porter: " LQ "Our analysis finds that 20 states lean one way." RQ,
       "Our analysis", "Jane M. Porter"},
  });
}

// Pronouns by salience: the subject of a sentence outranks a place or an
// object named before it; the last speaker outranks a person named in
// passing since; names inside a quote are no antecedents; gender decides
// between two people.
TEST(SpeakerFrames, PronounsBySalience) {
  CheckRows({
      {"Speaking at a town hall in Salem, New Hampshire, Dale Rupp went after Ken Hobbs, calling him " LQ
       "a total stiff." RQ "\n\nHe says, " LQ "You would not hire him to do anything at all." RQ,
       "You would not hire", "Dale Rupp"},
      {LQ "We will not back down on the budget," RQ " Dale Rupp said. The remark drew a reply from Ken Hobbs. " LQ
       "Not now, not ever, not on my watch," RQ " he added.",
       "Not now", "Dale Rupp"},
      // A subject named since the last speaker is the likelier antecedent.
      {LQ "We will not back down on the budget," RQ " Dale Rupp said. Ken Hobbs answered the charge an hour later. " LQ
       "Not now, not ever, not on my watch," RQ " he said.",
       "Not now", "Ken Hobbs"},
      {"Dale Rupp met the press. " LQ "My friend Ken Hobbs told me to stay in the race," RQ " he said.",
       "My friend Ken Hobbs", "Dale Rupp"},
      {"Susan Price met John Kerr on Monday. " LQ "We agreed on nothing at all today," RQ " he said.", "We agreed on",
       "John Kerr"},
  });
}

// Appositions the tokenizer splits: a plural possessive's apostrophe
// ("Sanders’ campaign manager"), a party and state ("R-Ky."), an
// apposition whose closing comma comes before the verb.
TEST(SpeakerFrames, SplitAppositions) {
  CheckRows({
      {LQ "This campaign is changing politics," RQ " Jeff Weaver, Sanders" AP " campaign manager, said in a statement.",
       "This campaign", "Jeff Weaver"},
      {"\"This campaign is changing politics,\" Jeff Weaver, Sanders' campaign manager, said.", "This campaign",
       "Jeff Weaver"},
      {LQ "There has been a lot of talk this week," RQ " Senate Majority Leader Mitch McConnell, R-Ky., said.",
       "There has been", "Mitch McConnell"},
      {"Sen. Ron Johnson, R-Wis., said in an op-ed before the hearing, " LQ "The department failed them." RQ,
       "The department failed", "Ron Johnson"},
      {LQ "Perpetual motion!" RQ " Rep. Glenn Thompson, R-Pa., said of the week" AP "s parties.", "Perpetual motion",
       "Glenn Thompson"},
      {"In early October, the campaign" AP "s state director, Mike Rubin, reached out to the firm, writing: " LQ
       "We want to use this soon." RQ " Steve Adams, the firm" AP "s owner, said the campaign never called back.",
       "We want to use", "Mike Rubin"},
  });
}

// Noun phrases with a number: "a 2008 Clinton veteran", "the 46-year-old".
TEST(SpeakerFrames, NumbersInsideTheSpeakerPhrase) {
  CheckRows({
      {LQ "She did not like that at all," RQ " said a 2008 Romney veteran.", "She did not like", "a 2008 Romney veteran"},
      {LQ "We are done here for today," RQ " said the 46-year-old, who left early.", "We are done", "the 46-year-old"},
      {LQ "We are done here for today," RQ " a 2012 campaign aide said.", "We are done", "a 2012 campaign aide"},
  });
}

// The subject across what stands between it and its verb: several opening
// adverbials, a comma-fenced aside, a present-tense verb before ", “".
TEST(SpeakerFrames, SubjectAcrossAsides) {
  CheckRows({
      {"Lena Cho, who signed the gun laws as governor, interjected to say: " LQ "Both of them have been inconsistent." RQ,
       "Both of them", "Lena Cho"},
      {"Nora Sieg, herself a supporter during the primary, drew boos upon saying, " LQ "The party heard the people." RQ,
       "The party heard", "Nora Sieg"},
      {"On Thursday, after staying neutral through the primary, Ada Brill appeared on television and endorsed Tom Reyes, "
       "saying, " LQ "A fighter in the lead is exactly what we need." RQ,
       "A fighter in the lead", "Ada Brill"},
      {"Dean Prager is not convinced. Prager continues, " LQ "In fact, the argument is weak and always was." RQ,
       "In fact, the argument", "Dean Prager"},
      // A list is no aside: the object before ", saying" does not speak.
      {"Mayor Jane Doe thanked Tom Reyes, Ada Brill, and the crew, saying, " LQ "They kept the town running all week." RQ,
       "They kept the town", "Jane Doe"},
      // An apposition of two coordinated roles, or a chain of appositions,
      // between the subject and its verb: the name before them speaks.
      {"Rita Colson, the veteran consumer advocate and lawyer, endorsed the plan Saturday, saying, " LQ
       "We need to help the town first." RQ,
       "We need to help", "Rita Colson"},
      {"Marvin Pell, founder of the Civic Institute, a board member in the 1990s and longtime committeeman from Ohio, "
       "endorsed Tom Reyes last week, saying he " LQ "has shown real commitment to the town." RQ,
       "has shown real commitment", "Marvin Pell"},
      {"Rita Colson, the veteran consumer advocate and lawyer, endorsed Tom Reyes’ approach Saturday, saying, " LQ
       "We need to help the town first." RQ,
       "We need to help", "Rita Colson"},
      {"71-year-old Marvin Pell, founder of the Civic Institute, endorsed Tom Reyes last week, saying he " LQ
       "has shown real commitment to the town." RQ,
       "has shown real commitment", "Marvin Pell"},
  });
}

// A document named as the object of the sentence is no speaker; whoever
// released it is. A document opening the sentence speaks for itself. A cue
// inside an opening subordinate clause does not take the main clause's
// colon layout.
TEST(SpeakerFrames, DocumentsAsObjects) {
  CheckRows({
      {"When Hal Wade died in 1998, Governor Tom Reyes released the following statement: " LQ
       "Our thoughts are with the family of Hal Wade." RQ,
       "Our thoughts are", "Tom Reyes"},
      {"The report concluded its summary on a warning. The report: " LQ "Turnout will fall in every county." RQ,
       "Turnout will fall", "report"},
      // A cue inside an opening subordinate clause, then the main clause's
      // subject, a past verb and a particle before ", “".
      {"After Jerry Brand criticized Bill Dole during a debate, Hillary Ward shot back, " LQ
       "I suppose I could have stayed home and baked." RQ,
       "I suppose I could", "Hillary Ward"},
      // A long subordinate clause, with a cue of its own, before the
      // subject of a colon layout.
      {"When the senator suggested that the province would sue the state for reneging on the deal, Rita Mole fired "
       "back: " LQ "If they sue us in a court here, they are going to lose." RQ,
       "If they sue us", "Rita Mole"},
  });
}

// A partial quote inside a clause with no cue: the clause's subject, when it
// is a person, speaks; "As X put it:" gives X.
TEST(SpeakerFrames, PartialQuotesAndAsLayouts) {
  CheckRows({
      {"In March, Ted Marlow blasted the studio for its " LQ "outrageous practices" RQ " in the contract talks.",
       "outrageous practices", "Ted Marlow"},
      {"Former spokesman Robert Gibbs derided and insulted " LQ "the professional left" RQ " in press conferences.",
       "the professional left", "Robert Gibbs"},
      {"As Jane Cornell, the No. 2 in the leadership, put it: " LQ "This person will not be confirmed this year." RQ,
       "This person will not", "Jane Cornell"},
      // he/she as the subject: resolved like any pronoun speaker.
      {"Ted Marlow spoke in Iowa. He anticipated that the hardest job would be " LQ "dealing with the mess" RQ ".",
       "dealing with the mess", "Ted Marlow"},
      // A title right after a name is no quote of that person's.
      {"Lindsay Lohan, the " LQ "Mean Girls" RQ " star, arrived.", "Mean Girls", "(none)"},
      // No person as the subject: narration keeps its scare quotes unattributed.
      {"The bill would ban so-called " LQ "assault weapons" RQ " in the state.", "assault weapons", "(none)"},
  });
}

// A pronoun's antecedent is a person, not a role word that only modifies a
// noun ("an executive order", "a police report" name no one), nor a
// capitalised adjective the tagger took for a name ("Democratic-leaning").
TEST(SpeakerFrames, PronounsSkipModifiersAndAdjectives) {
  CheckRows({
      {"Tom Reilly said he would act alone. He wants an executive order by May. " LQ "We will win," RQ " he said.",
       "We will win", "Tom Reilly"},
      {"Mayor Ann Dorsey spoke on Friday. She cited a police report from June. " LQ "It is clear," RQ " she said.",
       "It is clear", "Ann Dorsey"},
      // Nor is a role phrase inside a quote ("never a name inside the quote").
      {"Tom Reilly spoke in Ohio. " LQ "I can do it with a lawyer." RQ " He said " LQ "it is over." RQ, "it is over",
       "Tom Reilly"},
      // A role word heading its phrase still counts.
      {"Police said a soldier was hurt. " LQ "It was chaos," RQ " he said.", "It was chaos", "a soldier"},
  });
  // With a person entity over a hyphenated adjective (as the tagger may give).
  const std::string text = "Speaker Dan Hollis pointed to Democratic-leaning states. " LQ "We have work to do," RQ
                           " he said.";
  Document doc;
  doc.id = "t";
  doc.text = text;
  Segmentation seg = Segment(doc.text);
  std::vector<Entity> entities(2);
  const size_t dan = text.find("Dan Hollis"), adj = text.find("Democratic-leaning");
  entities[0].span = Span{static_cast<uint32_t>(dan), static_cast<uint32_t>(dan + 10)};
  entities[0].type = EntityType::kPerson;
  entities[0].name = "Dan Hollis";
  entities[1].span = Span{static_cast<uint32_t>(adj), static_cast<uint32_t>(adj + 18)};
  entities[1].type = EntityType::kPerson;
  entities[1].name = "Democratic-leaning";
  std::string speaker = "(none)";
  for (const Quote& q : RecognizeQuotes(doc, seg, entities))
    if (q.direct) speaker = q.speaker;
  EXPECT_EQ(speaker, "Dan Hollis");
}

// A person named with "of" and a home state or an employer speaks, not the
// state or the employer.
TEST(SpeakerFrames, NameOfPlaceOrEmployer) {
  CheckRows({
      {LQ "We will not wait," RQ " said Sen. Maria Kovacs of Ohio.", "We will not wait", "Maria Kovacs"},
      {"Speaker Paul D. Ryan of Wisconsin said the plan was " LQ "wrong" RQ ".", "wrong", "Paul D. Ryan"},
      {"Speaker Paul Ryan of Wisconsin said the plan was " LQ "wrong" RQ ".", "wrong", "Paul Ryan"},
      {LQ "It is a bluff," RQ " said Jeffrey Lane of the Center for Arms Studies.", "It is a bluff", "Jeffrey Lane"},
      // A role of a place stays the role, an organisation stays itself.
      {LQ "The water is safe," RQ " the mayor of Lisbon said.", "The water is safe", "the mayor of Lisbon"},
      {LQ "Rates will hold," RQ " the Bank of England said.", "Rates will hold", "Bank of England"},
  });
}

// A lone surname is the person of that name given before it, even when the
// tagger put it in one cluster with a namesake named later.
TEST(SpeakerFrames, SurnameIsTheNameGivenBefore) {
  const std::string text = "Former Rep. Jesse Jackson Jr. pleaded guilty. " LQ "I did these things," RQ
                           " Jackson said. His wife, Sandra Jackson, also pleaded guilty.";
  Document doc;
  doc.id = "t";
  doc.text = text;
  Segmentation seg = Segment(doc.text);
  std::vector<Entity> entities(3);
  auto put = [&](Entity& en, std::string_view at, size_t from, std::string name) {
    const size_t b = text.find(at, from);
    en.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(b + at.size())};
    en.type = EntityType::kPerson;
    en.name = std::move(name);
  };
  put(entities[0], "Jesse Jackson Jr.", 0, "Jesse Jackson Jr.");
  put(entities[1], "Jackson", text.find("Jackson said"), "Sandra Jackson");  // a wrong cluster
  put(entities[2], "Sandra Jackson", 0, "Sandra Jackson");
  std::string speaker = "(none)";
  for (const Quote& q : RecognizeQuotes(doc, seg, entities))
    if (q.direct) speaker = q.speaker;
  EXPECT_EQ(speaker, "Jesse Jackson Jr.");
}

// The subject before a party-state apposition with dots inside ("Sen.
// Lindsey Graham, R-S.C., announced"): the dot inside "S.C." ended the
// apposition search, and "announced he" was read as an inversion whose
// pronoun took the previous speaker. Also a subject across a participle
// aside and an apposition with a trailing adverb.
TEST(SpeakerFrames, ReportedClauseSubjects) {
  CheckRows({
      {"Sen. Chuck Grassley said he would " LQ "closely review" RQ " it. Sen. Lindsey Graham, R-S.C., announced he "
       "will be introducing legislation " LQ "to deal with the issue" RQ " and said it was a " LQ
       "magnet for illegal immigration." RQ, "to deal", "Lindsey Graham"},
      {"Sen. Chuck Grassley said he would " LQ "closely review" RQ " it. Sen. Lindsey Graham, R-S.C., announced he "
       "will be introducing legislation " LQ "to deal with the issue" RQ " and said it was a " LQ
       "magnet for illegal immigration." RQ, "magnet", "Lindsey Graham"},
      {LQ "We are done," RQ " Ann Reyes said. Tom Hale said he told the board " LQ "the plan is dead." RQ,
       "the plan is dead", "Tom Hale"},
      {"But Sen. Tom Hale, noting the size of the crowd, said, " LQ "He has a list." RQ, "He has a list", "Tom Hale"},
      // A description in apposition to a name, itself followed by an
      // apposition: the name speaks.
      // A past verb and a particle before ", “": the subject continues.
      {"Boehner spoke on Tuesday. He went on, " LQ "You take 18 of them." RQ, "You take 18", "Boehner"},
      {"Jess Morales Rocketto, the chairwoman of Families Belong Together, an immigrant advocacy group, called the "
       "idea " LQ "ethnic cleansing." RQ, "ethnic cleansing", "Jess Morales Rocketto"},
      {"Ann Reyes, the director of Green Fields Trust, a local charity, said " LQ "we will sue." RQ, "we will sue",
       "Ann Reyes"},
      {"Volunteers came. " LQ "I am calling from the campaign," RQ
       " Miller, a retired worker from a nuclear plant, said pleasantly into the phone.", "I am calling", "Miller"},
  });
}

// he/she agree with a gender-marked role noun when the first name says
// nothing ("Robin" and "Casey" are given to both genders).
TEST(SpeakerFrames, GenderFromRoleNouns) {
  CheckRows({
      {LQ "We are ready," RQ " said Robin Hale, a spokeswoman for the campaign. Casey Dunn, the senator" AP
       "s husband, spoke next. " LQ "It will pass," RQ " she said.",
       "It will pass", "Robin Hale"},
      {LQ "We are ready," RQ " said Robin Hale, a spokesman for the campaign. Casey Dunn, the senator" AP
       "s wife, spoke next. " LQ "It will pass," RQ " she said.",
       "It will pass", "Casey Dunn"},
  });
}

// A capitalised word inside a name is part of the name, not a cue verb:
// "the United States" holds no "states" (it made "United" a speaker).
TEST(SpeakerFrames, AVerbInsideANameIsNoCue) {
  const std::string text = "The company says traffic is rerouted through the United States, but 65% of it is down.";
  Document doc;
  doc.id = "t";
  doc.text = text;
  Segmentation seg = Segment(doc.text);
  std::vector<Entity> entities(1);
  const size_t b = text.find("United States");
  entities[0].span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(b + 13)};
  entities[0].type = EntityType::kLocation;
  entities[0].name = "United States";
  std::vector<std::string> speakers;
  for (const Quote& q : RecognizeQuotes(doc, seg, entities)) speakers.push_back(q.speaker);
  EXPECT_EQ(speakers, std::vector<std::string>{"company"});
}

// A base form after a determiner, with at most one modifier between, is a
// noun: "A new report in The Guardian" has no cue "report" whose subject
// would be "A new".
TEST(SpeakerFrames, ABaseFormAfterADeterminerIsANoun) {
  CheckRows({
      // Up to three modifiers between, for a verb outside the closed list
      // ("file"): "the national RNC file" is the file.
      {LQ "It is valuable," RQ " said Tom Hale, who cleaned up the rolls and put them into the national GOP file: " LQ
       "Vito is great with data. He is a real talent." RQ,
       "Vito is great", "Tom Hale"},
      {"A new report in The Guardian quoted an aide: " LQ "We are watching everyone." RQ, "We are watching",
       "Guardian"},
  });
}

}  // namespace
}  // namespace crosscheck
