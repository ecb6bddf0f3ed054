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

#include "recognize/quote/quote.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

// Speaker of the direct quote starting with `needle`; entities are the
// (text, type) pairs given, located at their first occurrence.
std::string GeneralSpeakerOf(std::string_view text, std::string_view needle,
                             const std::vector<std::pair<std::string, EntityType>>& names = {}) {
  Document doc;
  doc.id.assign(1, 't');
  doc.text.assign(text.data(), text.size());
  Segmentation seg = Segment(doc.text);
  std::vector<Entity> entities;
  for (const auto& [written, type] : names) {
    // "context |name": the name after the bar, found where the context is.
    const size_t bar = written.find('|');
    const std::string name = bar == std::string::npos ? written : written.substr(bar + 1);
    size_t b = doc.text.find(bar == std::string::npos ? written : written.substr(0, bar) + name);
    if (b == std::string::npos) continue;
    if (bar != std::string::npos) b += bar;
    Entity en;
    en.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(b + name.size())};
    en.type = type;
    en.name = name;
    entities.push_back(en);
  }
  std::sort(entities.begin(), entities.end(),
            [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
  for (const Quote& q : RecognizeQuotes(doc, seg, entities))
    if (q.direct && q.span.Of(doc.text).rfind(needle, 0) == 0) return q.speaker;
  return "(none)";
}

// A subject separated from its verb: by an age and a hometown, each fenced
// by commas ("Ann Hill, 45, of Dayton, said"), or by a relative clause with
// no comma after a quote ("“…,” a woman who lives nearby said").
TEST(SpeakerGeneral, SubjectSeparatedFromTheVerb) {
  EXPECT_EQ(GeneralSpeakerOf("Ann Hill, 45, of Dayton, said, " LQ "Nothing changed here." RQ, "Nothing"), "Ann Hill");
  EXPECT_EQ(GeneralSpeakerOf(LQ "Nothing changed here," RQ " Ann Hill, 45, of Dayton, said.", "Nothing"), "Ann Hill");
  EXPECT_EQ(GeneralSpeakerOf("Ann Hill, 45, of Dayton, said the town " LQ "never changed." RQ, "never"), "Ann Hill");
  EXPECT_EQ(GeneralSpeakerOf(LQ "Nothing changed here," RQ " a woman who lives nearby said.", "Nothing"), "a woman");
  EXPECT_EQ(GeneralSpeakerOf(LQ "We will strike," RQ " a union spokesman who asked not to be named said.", "We will"),
            "a union spokesman");
  // Unchanged: the comma-fenced relative clause and the inversion.
  EXPECT_EQ(GeneralSpeakerOf(LQ "Nothing changed here," RQ " Ann Hill, who lives nearby, said.", "Nothing"), "Ann Hill");
  EXPECT_EQ(GeneralSpeakerOf(LQ "Nothing changed here," RQ " said Ann Hill, 45, of Dayton.", "Nothing"), "Ann Hill");
}

// A full name the tagger called an organisation stays a person when the
// tagger took its first word alone for a person elsewhere in the document
// ("Carly Fiorina" … "Touché, Carly"); "she" then finds her, not the
// person named before.
TEST(SpeakerGeneral, OrganisationTaggedNameWithAPersonFirstWord) {
  const std::string text =
      "Ted Cruz did the best on points. And oh yes, Carly Fiorina: what are her qualifications? She had a great "
      "line when she said, " LQ "Flying is an activity, not an accomplishment." RQ " Touch\xC3\xA9, Carly.";
  const std::vector<std::pair<std::string, EntityType>> tagged = {
      {"Ted Cruz", EntityType::kPerson}, {"Carly Fiorina", EntityType::kOrganization}};
  std::vector<std::pair<std::string, EntityType>> with_carly = tagged;
  with_carly.push_back({"Touch\xC3\xA9, |Carly", EntityType::kPerson});
  EXPECT_EQ(GeneralSpeakerOf(text, "Flying", with_carly), "Carly Fiorina");
  // Without the lone "Carly" the tagger's organisation stands.
  EXPECT_EQ(GeneralSpeakerOf(text, "Flying", tagged), "Ted Cruz");
}

// Pronouns take gender from the text: two sentences that name only one
// person and then use she/her (he/his) give that person the gender, and a
// pronoun of the other gender skips them (neither first name is on the
// gender list).
TEST(SpeakerGeneral, GenderFromPronounsInTheText) {
  EXPECT_EQ(GeneralSpeakerOf("Jordan Lee praised her staff on Monday. Lee later thanked her family. Chris Park "
                             "thanked his donors. Park thanked his team. " LQ "We are ready," RQ " she said.",
                             "We are"),
            "Jordan Lee");
  EXPECT_EQ(GeneralSpeakerOf("Jordan Lee praised his staff on Monday. Lee later thanked his family. Chris Park "
                             "thanked her donors. Park thanked her team. " LQ "We are ready," RQ " he said.",
                             "We are"),
            "Jordan Lee");
  // One sentence is not enough ("Trump mocked the front-runner, saying she …").
  EXPECT_EQ(GeneralSpeakerOf("Jordan Lee mocked the front-runner, saying she would fail. Chris Park spoke next. " LQ
                             "We are ready," RQ " he said.",
                             "We are"),
            "Chris Park");
}

// A lone first name is the one person named before with it ("Megyn Kelly
// … Megyn was incredulous"), as a mention and as a speaker, not a new
// person "Megyn".
TEST(SpeakerGeneral, FirstNameAloneIsThePersonNamedBefore) {
  EXPECT_EQ(GeneralSpeakerOf("Megyn Kelly interviewed Jordan Park. Park spoke at length. Megyn was incredulous. " LQ
                             "Only you would say that," RQ " she said.",
                             "Only you"),
            "Megyn Kelly");
  EXPECT_EQ(GeneralSpeakerOf("Megyn Kelly interviewed Jordan Park. Megyn said, " LQ "Only you would say that." RQ,
                             "Only you"),
            "Megyn Kelly");
}

// A definite gender-marked person noun outside the role lexicon ("the young
// widow") is a role: the person last spoken of, unless the gender differs.
TEST(SpeakerGeneral, GenderedPersonNounIsARole) {
  EXPECT_EQ(GeneralSpeakerOf("In the gallery was the deputy's wife, Chela Ortiz. Chela spoke briefly before the "
                             "ruling. " LQ "Why did you do it?" RQ " the young widow read from a letter.",
                             "Why did"),
            "Chela Ortiz");
  EXPECT_EQ(GeneralSpeakerOf("Tom Smith spoke briefly before the ruling. " LQ "Why did you do it?" RQ
                             " the young widow read from a letter.",
                             "Why did"),
            "the young widow");
}

// "he began by saying, “…”" after an opening clause with no comma ("When he
// returned he began …"): the subject right before the verb that "by"
// follows speaks.
TEST(SpeakerGeneral, ByGerundAfterAnUnfencedOpeningClause) {
  EXPECT_EQ(GeneralSpeakerOf("Judge Tom Berman took a recess. When he returned he began by saying, " LQ
                             "I do not think jail is needed." RQ,
                             "I do not"),
            "Tom Berman");
  EXPECT_EQ(GeneralSpeakerOf("When the jury returned, Judge Tom Berman began by saying, " LQ
                             "I do not think jail is needed." RQ,
                             "I do not"),
            "Tom Berman");
}

// More subjects separated from their verb: a participle aside after a party
// tag (", noting …, said"), a modal and "only" ("could only quip:"), and a
// description with a relative clause in apposition to a name ("Tom Smith,
// the pollster who founded a website tweeted").
TEST(SpeakerGeneral, SubjectAcrossAsidesAndModals) {
  EXPECT_EQ(GeneralSpeakerOf("But Sen. Tom Smith (D-Ill.), noting the size of the crowd, said, " LQ
                             "Let me tell you, it is big." RQ,
                             "Let me"),
            "Tom Smith");
  EXPECT_EQ(GeneralSpeakerOf("The scheduling was so odd that a spokesman for Ann Hill could only quip: " LQ
                             "I guess Monday was booked." RQ,
                             "I guess"),
            "a spokesman for Ann Hill");
  EXPECT_EQ(GeneralSpeakerOf(LQ "We have to win the county," RQ
                             " Tom Smith, the pollster who founded a website tweeted on Wednesday.",
                             "We have"),
            "Tom Smith");
}

// A full name opening the clause, then only comma-fenced appositions (age,
// "of" a place, a state, a relative clause, a participle) before the verb:
// the name speaks, not the town or state of the last apposition.
TEST(SpeakerGeneral, OpeningNameBeforeSeveralAppositions) {
  EXPECT_EQ(GeneralSpeakerOf("Harry Bond, 30, of Raleigh, N.C., said: " LQ "I am scared." RQ, "I am"), "Harry Bond");
  EXPECT_EQ(GeneralSpeakerOf("Harry Bond, 30, of Raleigh, N.C., who was among those polled, said: " LQ
                             "I am scared." RQ,
                             "I am"),
            "Harry Bond");
  EXPECT_EQ(GeneralSpeakerOf("John Doe, who worked for Trump for three years, becoming president of the casino, said: " LQ
                             "He never paid." RQ,
                             "He never"),
            "John Doe");
}

// "press" (a WordNet speech verb: to urge) between a name and a role noun
// modifies the role; it made "White House" the speaker of the quote before.
TEST(SpeakerGeneral, BaseFormBeforeARoleNounIsNoCue) {
  EXPECT_EQ(GeneralSpeakerOf(LQ "There is nothing new in the last day," RQ
                             " White House press secretary Josh Earnest told reporters. " LQ "Now, I add this." RQ,
                             "There is nothing"),
            "Josh Earnest");
  EXPECT_EQ(GeneralSpeakerOf(LQ "We will not wait," RQ " Clinton press secretary Brian Fallon told reporters.",
                             "We will not"),
            "Brian Fallon");
  // Still a cue where it is a verb: a quote mark, then the subject and "press".
  EXPECT_EQ(GeneralSpeakerOf(LQ "Answer the question," RQ " the senators pressed him.", "Answer the"), "the senators");
}

// A capitalised run whose first word an organisation entity covers is that
// organisation, not a person; "NBC New York" was the "last person" a later
// definite role ("The manager") fell back to.
TEST(SpeakerGeneral, NameStartingWithAnOrganisationIsNoPerson) {
  const std::string text =
      "NBC New York estimated the crowd at 70, and the Post says a crowd looted a pharmacy. The manager said, " LQ
      "They poured in here like 40 of them." RQ;
  EXPECT_EQ(GeneralSpeakerOf(text, "They poured",
                             {{"NBC", EntityType::kOrganization}, {"New York", EntityType::kLocation}}),
            "The manager");
  // A person the tagger typed as an organisation over the whole name stays a person.
  EXPECT_EQ(GeneralSpeakerOf(LQ "We won," RQ " Senate Majority Leader Mitch McConnell said.", "We won",
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

}  // namespace
}  // namespace crosscheck
