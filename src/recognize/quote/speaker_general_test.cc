// Session 9 (docs/ATTRIBUTION.md): sentences written for the mechanisms
// fixed on PolNeAR train and the ECB+ topics 5-20 gold — a base form between
// a name and a role noun is no cue ("White House press secretary …"), a name
// whose first word an organisation entity covers is no person ("NBC New
// York"). Each row: a text, the first words of a direct quote, and the
// speaker a reader would give.
#include <algorithm>
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

using quote_testing::EntitiesAt;
using quote_testing::SpeakerOfDirectQuote;
using quote_testing::SpeakerWithTaggedEntities;

using quote_testing::SpeakerWithNames;

// "press" (a WordNet speech verb: to urge) between a name and a role noun
// modifies the role; it made "White House" the speaker of the quote before.
TEST(SpeakerGeneral, BaseFormBeforeARoleNounIsNoCue) {
  EXPECT_EQ(SpeakerWithNames(LQ "There is nothing new in the last day," RQ
                             " White House press secretary Josh Earnest told reporters. " LQ "Now, I add this." RQ,
                             "There is nothing"),
            "Josh Earnest");
  EXPECT_EQ(SpeakerWithNames(LQ "We will not wait," RQ " Clinton press secretary Brian Fallon told reporters.",
                             "We will not"),
            "Brian Fallon");
  // Still a cue where it is a verb: a quote mark, then the subject and "press".
  EXPECT_EQ(SpeakerWithNames(LQ "Answer the question," RQ " the senators pressed him.", "Answer the"), "the senators");
}

// A phrase of time or reply between the subject and its verb is no part of
// the speaker ("Trump at the time said" gave the speaker "Trump at the time").
TEST(SpeakerGeneral, ATimePhraseBeforeTheCueIsNoPartOfTheSpeaker) {
  EXPECT_EQ(SpeakerWithNames("Donald Trump at the time said " LQ "I will look into it." RQ, "I will look",
                             {{"Donald Trump", EntityType::kPerson}}),
            "Donald Trump");
  EXPECT_EQ(SpeakerWithNames("The ministry in response said " LQ "The claims are false." RQ, "The claims"),
            SpeakerWithNames("The ministry said " LQ "The claims are false." RQ, "The claims"));
  EXPECT_NE(SpeakerWithNames("The ministry said " LQ "The claims are false." RQ, "The claims"), "");
}

// A name written with a no-break space is the same speaker as with a space
// ("James<U+00A0>Comey" on PolNeAR train news, 2016-07).
TEST(SpeakerGeneral, ANoBreakSpaceInANameIsASpace) {
  EXPECT_EQ(SpeakerWithNames("James\xC2\xA0" "Comey said " LQ "We found no intent." RQ, "We found",
                             {{"James\xC2\xA0" "Comey", EntityType::kPerson}}),
            "James Comey");
}

// A capitalised run whose first word an organisation entity covers is that
// organisation, not a person; "NBC New York" was the "last person" a later
// definite role ("The manager") fell back to.
TEST(SpeakerGeneral, NameStartingWithAnOrganisationIsNoPerson) {
  const std::string text =
      "NBC New York estimated the crowd at 70, and the Post says a crowd looted a pharmacy. The manager said, " LQ
      "They poured in here like 40 of them." RQ;
  EXPECT_EQ(SpeakerWithNames(text, "They poured",
                             {{"NBC", EntityType::kOrganization}, {"New York", EntityType::kLocation}}),
            "The manager");
  // A person the tagger typed as an organisation over the whole name stays a person.
  EXPECT_EQ(SpeakerWithNames(LQ "We won," RQ " Senate Majority Leader Mitch McConnell said.", "We won",
                             {{"Mitch McConnell", EntityType::kOrganization}}),
            "Mitch McConnell");
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// A pronoun's antecedent mentioned by its surname is the person named
// before with that surname, not the tagger's cluster name for the mention
// (here a mis-tagged later phrase, "Ford Fusion LaCalamita").
TEST(SpeakerGeneral, SurnameMentionKeepsTheNameGivenBefore) {
  const std::string text =
      "The man charged is Anthony LaCalamita III, a Troy resident. LaCalamita was asked by the judge if he "
      "understood the charges. He responded, " LQ "Yes," RQ " to every question. A shotgun was found in the Ford "
      "Fusion LaCalamita was driving.";
  Document doc;
  doc.id = "t";
  doc.text = text;
  Segmentation seg = Segment(doc.text);
  std::vector<Entity> entities;
  auto add = [&](std::string_view written, size_t from) {
    const size_t b = text.find(written, from);
    Entity en;
    en.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(b + written.size())};
    en.type = EntityType::kPerson;
    en.name = "Ford Fusion LaCalamita";  // the tagger's cluster name for every mention
    en.cluster = 0;
    entities.push_back(en);
    return b + written.size();
  };
  size_t at = add("Anthony LaCalamita III", 0);
  at = add("LaCalamita", at);
  add("Ford Fusion LaCalamita", text.find("Ford"));
  entities[0].name = "Anthony LaCalamita III";
  std::string speaker = "(none)";
  for (const Quote& q : RecognizeQuotes(doc, seg, entities))
    if (q.direct && q.span.Of(doc.text).rfind("Yes", 0) == 0) speaker = q.speaker;
  EXPECT_EQ(speaker, "Anthony LaCalamita III");
}

// Unquoted words fronted before "X said" are reported only as a clause:
// a circumstance ("Last week,") or a one-word answer reports nothing, and
// "spoke to reporters" names the hearers, not words. A fronted clause still
// counts.
TEST(SpeakerGeneral, AFrontedCircumstanceOrAHearerIsNoQuote) {
  auto spans = [](std::string_view text) {
    Document doc;
    doc.id.assign(1, 'f');
    doc.text.assign(text.data(), text.size());
    Segmentation seg = Segment(doc.text);
    std::vector<std::string> out;
    for (const Quote& q : RecognizeQuotes(doc, seg, {})) out.emplace_back(q.span.Of(doc.text));
    return out;
  };
  EXPECT_TRUE(spans("Last week, the governor spoke.").empty());
  EXPECT_TRUE(spans("On Monday, the minister said.").empty());
  EXPECT_TRUE(spans("The governor spoke to reporters in Augusta.").empty());
  const std::vector<std::string> clause = spans("The army is retreating, the officer said.");
  ASSERT_EQ(clause.size(), 1u);
  EXPECT_EQ(clause[0], "The army is retreating");
}

// An age between a name and its description ("Clinton, 35, the daughter
// of …, said") belongs to the name (session 14): the name, not "", speaks.
TEST(SpeakerGeneral, AgeBetweenNameAndDescription) {
  EXPECT_EQ(SpeakerWithNames("Mara Quint, 35, the daughter of former Gov. Tom Quint, said on Monday, " LQ
                             "Next summer we will run again." RQ,
                             "Next summer"),
            "Mara Quint");
  EXPECT_EQ(SpeakerWithNames(LQ "We need people who bring us together," RQ
                             " Harold Bonner, 30, a teacher from Raleigh, said.",
                             "We need"),
            "Harold Bonner");
  // An age right before the cue (read before this session too).
  EXPECT_EQ(SpeakerWithNames(LQ "We need people who bring us together," RQ " Harold Bonner, 30, said.", "We need"),
            "Harold Bonner");
}

// A name right after a title inside an organisation the tagger ran over it
// ("Supreme Court Justice Ruth Bader Ginsburg" typed an organisation) is a
// person mention (session 14): her surname later speaks as that person, and
// "she" is her, not the man named in passing.
TEST(SpeakerGeneral, TitledNameInsideAnOrganisationIsAPerson) {
  const std::string text =
      "Donald Dorn called Wednesday for Supreme Court Justice Mara Bell Quint to resign. Quint said last week "
      "that she feared Dorn would win. " LQ "He has no consistency about him," RQ " she said.";
  EXPECT_EQ(SpeakerWithNames(text, "He has no",
                             {{"Donald Dorn", EntityType::kPerson},
                              {"Supreme Court Justice Mara Bell Quint", EntityType::kOrganization},
                              {"Quint", EntityType::kLocation}}),
            "Mara Bell Quint");
}

// "they" that falls back to the last person speaker does not make that
// person more recent: a later "he" is still the man the text was about
// (session 14; it gave the adviser quoted before).
TEST(SpeakerGeneral, TheyDoesNotRefreshTheLastSpeaker) {
  const std::string text =
      "In a statement, her adviser, Paul Quint, said: " LQ "We are united on this." RQ
      "\n\nOmar Bell departs for Germany today, where crowds will greet him. In a riff on his line, they will "
      "hold banners proclaiming: " LQ "Yes we can stop it!" RQ
      "\n\nConceding that a deal would come later he warned: " LQ "It is not going to happen soon." RQ;
  EXPECT_EQ(SpeakerWithNames(text, "It is not going"), "Omar Bell");
}

// A second cue of a sentence whose pronoun names someone else ("before he
// announced") is nested in the first speaker's words: a later "he said"
// continues the sentence's speaker (session 14).
TEST(SpeakerGeneral, NestedPronounCueKeepsTheSentencesSpeaker) {
  const std::string text =
      "Senator Bernie Sanders is gaining in the polls.\n\nOmar Bell, 58, who lives outside Dayton, says he "
      "didn\xE2\x80\x99t know much about Sanders before he announced his presidential bid, but now Bell plans to "
      "caucus for him on March 1.\n\n" LQ
      "Some changes need to be made," RQ " he said.";
  // The entities a tagger gives, the later "Sanders" and "Bell" included.
  std::vector<Entity> entities = EntitiesAt(text, {{"Bernie Sanders", EntityType::kPerson},
                                                   {"Omar Bell", EntityType::kPerson},
                                                   {"Dayton", EntityType::kLocation}});
  for (std::string_view later : {"Sanders before", "Bell plans"}) {
    Entity en;
    const auto b = static_cast<uint32_t>(text.find(later));
    en.span = Span{b, b + static_cast<uint32_t>(later.find(' '))};
    en.type = EntityType::kPerson;
    en.name = std::string(later.substr(0, later.find(' ')));
    entities.push_back(en);
  }
  std::sort(entities.begin(), entities.end(), [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
  EXPECT_EQ(SpeakerOfDirectQuote(text, "Some changes", entities), "Omar Bell");
}

// Session 27: a sentence-opening role noun before a place ("Officials in
// Kyiv said") heads a group; the place entity inside it does not take the
// speaker's name over.
TEST(SpeakerGeneral, AGroupInAPlaceSpeaksNotThePlace) {
  struct Row {
    std::string_view text, needle, place, speaker;
  };
  const Row rows[] = {
      {"Officials in Kyiv said the talks had stalled.", "the talks", "Kyiv", "Officials in Kyiv"},
      {"Residents of Mariupol said the shelling went on.", "the shelling", "Mariupol", "Residents of Mariupol"},
      {"Analysts at Goldman Sachs said the market would fall.", "the market", "Goldman Sachs",
       "Analysts at Goldman Sachs"},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.text);
    Document doc;
    doc.id.assign(1, 't');
    doc.text.assign(r.text.data(), r.text.size());
    std::string speaker = "(none)";
    for (const Quote& q : RecognizeQuotes(doc, Segment(doc.text), EntitiesAt(r.text, {{r.place, EntityType::kLocation}})))
      if (!q.direct && q.span.Of(doc.text).starts_with(r.needle)) speaker = q.speaker;
    EXPECT_EQ(speaker, r.speaker);
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// A negated auxiliary is a verb: a title-case headline's "Isn't", "Won't"
// joins no name ("Democrat Isn't Challenging" had been a person a later
// "she" resolved to, PolNeAR train, 2016-08).
TEST(SpeakerGeneral, ANegatedAuxiliaryIsNoPartOfAName) {
  const std::string straight =
      "This Senator Isn't Backing Down From The Fight\n\nIn a video, she spoke. " LQ "We will win," RQ " she said.";
  EXPECT_EQ(SpeakerWithNames(straight, "We will win"), "she");
  const std::string curly = "Why This Mayor Won\xE2\x80\x99" "t Go\n\nAt the rally, " LQ "I stay," RQ " she said.";
  EXPECT_EQ(SpeakerWithNames(curly, "I stay"), "she");
  // A name in the headline is still one.
  EXPECT_EQ(SpeakerWithNames("Mary Ellen Hart Won't Leave Town\n\n" LQ "I stay," RQ " she said.", "I stay"),
            "Mary Ellen Hart");
}

// A plural role noun opening a sentence is a group, not a surname:
// "Officials were adamant …. They said …" (it had been the name
// "Officials", and a group subject was never found for "they").
TEST(SpeakerGeneral, AnOpeningPluralRoleNounIsAGroup) {
  EXPECT_EQ(SpeakerWithNames(LQ "It is over," RQ " Officials said.", "It is over"), "Officials");
  EXPECT_EQ(SpeakerWithNames("Witnesses were adamant that the car sped away. " LQ "It never stopped," RQ " they said.",
                             "It never stopped"),
            "Witnesses");
  // A capitalised surname is still a person.
  EXPECT_EQ(SpeakerWithNames("Mark Roberts spoke first. " LQ "It is over," RQ " Roberts said.", "It is over"),
            "Mark Roberts");
}

// "they" finds a group subject after a short opening phrase set off by a
// comma ("Then again, Fox executives have not pushed …").
TEST(SpeakerGeneral, TheySubjectAfterAnOpeningPhrase) {
  EXPECT_EQ(SpeakerWithNames("Then again, union leaders have not pushed the issue. " LQ "We are patient," RQ
                             " they said.",
                             "We are patient"),
            "union leaders");
  EXPECT_EQ(SpeakerWithNames("On Monday, local residents gathered outside the hall. " LQ "We are angry," RQ
                             " they said.",
                             "We are angry"),
            "local residents");
  // No subject behind the comma: the pronoun stays as written.
  EXPECT_EQ(SpeakerWithNames("At noon, nothing changed at the plant. " LQ "We are patient," RQ
                             " they said.",
                             "We are patient"),
            "they");
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// A form of address says which namesake a surname is: "Mrs. Clinton"
// after "Bill Clinton and Hillary Clinton" is not him, "Mr. Clinton" not
// her (both had been whichever was named last; PolNeAR train, NYT style).
// A first name both sexes bear does not rule a person out ("Mr. Graham"
// is "Lindsey Graham" when no other Graham was named).
TEST(SpeakerGeneral, AFormOfAddressPicksTheNamesake) {
  const std::string both = "Bill Marlow and Hillary Marlow spoke on Monday. ";
  EXPECT_EQ(SpeakerWithNames(both + LQ "We won," RQ " Mrs. Marlow said.", "We won"), "Hillary Marlow");
  EXPECT_EQ(SpeakerWithNames(both + LQ "We won," RQ " Mr. Marlow said.", "We won"), "Bill Marlow");
  const std::string reversed = "Hillary Marlow and Bill Marlow spoke on Monday. ";
  EXPECT_EQ(SpeakerWithNames(reversed + LQ "We won," RQ " Mrs. Marlow said.", "We won"), "Hillary Marlow");
  EXPECT_EQ(SpeakerWithNames(reversed + LQ "We won," RQ " Mr. Marlow said.", "We won"), "Bill Marlow");
  EXPECT_EQ(SpeakerWithNames("Senator Lindsey Carver spoke first. " LQ "It is over," RQ " Mr. Carver said.",
                             "It is over"),
            "Lindsey Carver");
}

// An apposition of coordinated roles closes at the subject's past verb,
// which the phrase grammar alone would read as one more noun phrase
// ("…, the activist and lawyer, endorsed Sanders’ approach, saying": the
// speaker had been "lawyer"; PolNeAR train, HuffPost style). The
// recognizer's own entities, as the pipeline gives them.
TEST(SpeakerGeneral, AnAppositionClosesAtThePastVerb) {
  const std::string text = "Erin Maddox, the legendary environmental activist and lawyer, endorsed Sanders" "\xE2\x80\x99"
                           " approach Saturday, saying she hadn" "\xE2\x80\x99" "t yet called for the governor" "\xE2\x80\x99"
                           "s resignation because she believed " LQ "we need to focus on helping the people of Flint." RQ "\n";
  EXPECT_EQ(SpeakerWithTaggedEntities(text, "we need to focus"), "Erin Maddox");
}

// A headline "Name: words, ‘quote’": the person named before the colon
// says it all, the quote included ("McCain Challenger Kelli Ward: Impeach AG
// Lynch, ‘Stop DC at the Bathroom Door.’" had no speaker; Breitbart style).
// A sentence with no name before its colon gives none.
TEST(SpeakerGeneral, AHeadlineNameBeforeItsColonSpeaks) {
  const std::string text = "Mayoral Challenger Dana Pruitt: Recall the Mayor, " LQ "Stop the Tax at the County Line." RQ
                           "\n\nThe vote is in May.";
  EXPECT_EQ(SpeakerWithNames(text, "Stop the Tax", {{"Dana Pruitt", EntityType::kPerson}}), "Dana Pruitt");
  const std::string plain = "The plan: cut taxes, " LQ "Stop the Tax at the County Line." RQ "\n\nThe vote is in May.";
  EXPECT_EQ(SpeakerWithNames(plain, "Stop the Tax"), "");
}

// "said Heiserman of the CORE Teachers": a lone surname the tagger took
// for a person, before "of" and an organisation, is the speaker (the
// organisation had been; PolNeAR train, Politico style). Without the tag,
// a lone capitalised word before "of" is no person of its own.
TEST(SpeakerGeneral, ATaggedSurnameBeforeOfAnOrganisationSpeaks) {
  const std::string text = "The AFT endorsement " LQ "was early enough that most people did not know him," RQ
                           " said Heiserman of the CORE Teachers.";
  EXPECT_EQ(SpeakerWithNames(text, "was early enough",
                             {{"Heiserman", EntityType::kPerson}, {"CORE Teachers", EntityType::kOrganization}}),
            "Heiserman");
}

// An object pronoun names someone other than its clause's subject: "not
// naming him" after "Quist told the group" is no evidence that Quist is a
// man, so a later "she" is still Quist (it had been the man named before;
// PolNeAR train, a candidate's speech). The recognizer's own entities, as
// the pipeline gives them.
TEST(SpeakerGeneral, AnObjectPronounSaysNothingOfTheSubjectsGender) {
  const std::string text = "Earlier, Dorn Ruckle was attacked by Dana Quist for saying that he would stay neutral.\n\n"
                           LQ "We need steady hands," RQ " Quist told the group, referring to the mogul but not naming "
                           "him.\n\n" LQ "Our security is not negotiable!" RQ " she said.\n";
  EXPECT_EQ(SpeakerWithTaggedEntities(text, "Our security"), "Dana Quist");
}

}  // namespace
}  // namespace crosscheck
