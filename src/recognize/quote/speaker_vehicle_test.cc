// Session 11 (docs/ATTRIBUTION.md, issue 14's speaker half): sentences
// written for this session's mechanisms — the platform or document a
// speaker uses is the vehicle, not the speaker ("wrote in a Facebook
// post"); definite roles resolve to the holder the text named, never to a
// holder of another office ("the president" is not "Vice President Mike
// Pence"); he/she use gender the text gives (a title, an earlier he/she)
// and the subject of the previous sentence. Each row: a text, the first
// words of a direct quote, the speaker a reader would give.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "recognize/quote/lexicon.h"
#include "recognize/quote/quote.h"
#include "recognize/quote/speaker_rows_testing.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

using VehicleRow = quote_testing::SpeakerRow;
using quote_testing::CheckSpeakerRows;

// A post, statement or platform carries the words; its author speaks.
TEST(SpeakerVehicles, PostOrStatementIsNotTheSpeaker) {
  const VehicleRow rows[] = {
      {"Jeb Bush wrote in a Facebook post: " LQ "We need a leader who listens." RQ, "We need", "Jeb Bush"},
      {"Jeb Bush reacted on Monday. " LQ "We need a leader who listens," RQ " Bush wrote in a Facebook post.",
       "We need", "Jeb Bush"},
      {"In a Facebook post, Mayor Ann Fox wrote: " LQ "The roads are closed until noon." RQ, "The roads",
       "Ann Fox"},
      {LQ "The roads are closed until noon," RQ " Mayor Ann Fox said in a statement posted on Twitter.",
       "The roads", "Ann Fox"},
      {"Representative Mikie Sherrill said on Twitter: " LQ "I requested that my pay be withheld." RQ,
       "I requested", "Mikie Sherrill"},
      {LQ "Walls work," RQ " Donald Trump tweeted on Friday night.", "Walls work", "Donald Trump"},
      {LQ "We regret the error," RQ " the company said in a statement.", "We regret", "company"},
      {"Ann Coulter posted on Instagram: " LQ "He is the biggest wimp ever." RQ, "He is", "Ann Coulter"},
      // A name after "to", "on", "with" … before the colon is the platform,
      // venue or hearer; the subject speaks.
      {"Donald Trump took to Twitter: " LQ "Crooked Hillary is done!" RQ, "Crooked", "Donald Trump"},
      {"Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Donald Trump: " LQ
       "It's time to quit attacking people." RQ,
       "It's time", "Mitch McConnell"},
      // A name before the colon that is no prepositional object still speaks.
      {"The new poll does not surprise pollster Daron Shaw: " LQ "Voters are angry." RQ, "Voters", "Daron Shaw"},
      // An owner's post; a gerund after the platform or the hearer.
      {"Aides say Jeb Bush will back Cruz. From Bush's Facebook post: " LQ "We must move on." RQ, "We must",
       "Jeb Bush"},
      {"Hillary Clinton responded to the question on Facebook writing, " LQ "Yes, I will." RQ, "Yes, I will",
       "Hillary Clinton"},
      {"Hillary Clinton replied to Jose Vargas saying, " LQ "Yes, I will." RQ, "Yes, I will", "Hillary Clinton"},
      {LQ "Many people are uncertain," RQ " Peter Thiel wrote in a statement to Wired explaining his choice, " LQ
       "but most Americans are not." RQ,
       "but most", "Peter Thiel"},
      // A headline: the name before its capitalised verb.
      {"Trump Addresses Munich Attack: \xE2\x80\x98This Cannot Continue.\xE2\x80\x99", "This Cannot", "Trump"},
      {"Hillary Clinton Says: " LQ "We will win." RQ, "We will win", "Hillary Clinton"},
      // With no author the document itself stays the speaker.
      {LQ "This is unconscionable," RQ " the letter said.", "This is", "the letter"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// "the president said": the person the text named with that role, not a
// person holding another office whose title contains the word.
TEST(SpeakerVehicles, DefiniteRoleTakesTheNamedHolder) {
  const VehicleRow rows[] = {
      {"President Donald Trump met the Democrats on Wednesday. Vice President Mike Pence pressed them to "
       "compromise. " LQ "The United States needs a physical barrier," RQ " the president said.",
       "The United States", "Donald Trump"},
      {"Vice President Mike Pence pressed the Democrats. President Donald Trump spoke at the White House. " LQ
       "Walls work," RQ " the president said.",
       "Walls work", "Donald Trump"},
      {"Foreign Minister Sergei Lavrov met his counterpart in Geneva on Monday. Deputy Foreign Minister Sergei "
       "Ryabkov attended. " LQ "We are ready to talk," RQ " the minister told reporters.",
       "We are ready", "Sergei Lavrov"},
      {"Katie Waldman, a spokeswoman for the department, answered questions. " LQ "We disagree," RQ
       " the spokeswoman said.",
       "We disagree", "Katie Waldman"},
      // No holder named: the role as written.
      {"The talks resumed in Geneva. " LQ "We are ready to talk," RQ " the minister told reporters.", "We are ready",
       "the minister"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// he/she: gender from what the text says of a person (Mr./Ms., an earlier
// he/she for them), never from a title word before the name; the subject
// of the previous sentence over a speaker named earlier.
TEST(SpeakerVehicles, PronounUsesGenderAndSalience) {
  const VehicleRow rows[] = {
      // "Speaker" is a title, not a first name: "Nancy" says she.
      {LQ "The State of the Union is not planned now," RQ " Speaker Nancy Pelosi said. As he announced the deal, "
       "Mr. Trump paid tribute to the federal workers. " LQ "You are fantastic people," RQ " he said.",
       "You are fantastic", "Trump"},
      // Donald is on both name lists; "he" said Trump is a man.
      {"Chuck Schumer and Nancy Pelosi met Donald Trump, when he said he would be proud to own a shutdown. " LQ
       "They are now feeling the heat," RQ " Schumer said. Pelosi, who returns to the speakership on Thursday, "
       "intends to pass the bills. " LQ "We are asking the president to open the government," RQ
       " she told reporters.",
       "We are asking", "Nancy Pelosi"},
      // Mr. says he.
      {"Ms. Jordan Blake met Mr. Taylor Reed in Ohio. " LQ "We talked for an hour," RQ " he said.", "We talked",
       "Taylor Reed"},
      // A name inside the quote is no antecedent.
      {"Governor Ann Lee spoke on Monday. " LQ "I told Mark Smith to wait," RQ " she said.", "I told", "Ann Lee"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// The verb group between a speaker and the quote: a modal and "only"
// ("could only quip:"), and after a quote that ends its sentence, a cue
// with a manner adverb and a circumstance only ("said pleasantly into the
// phone.") still frames it.
TEST(SpeakerVehicles, ModalsAndMannerAroundTheCue) {
  const VehicleRow rows[] = {
      {"The schedule was so odd that a spokesman for Bernie Sanders could only quip: " LQ
       "I guess Christmas Eve was booked." RQ,
       "I guess", "a spokesman for Bernie Sanders"},
      {"Tom Reyes should know: " LQ "We tried that in 1998." RQ, "We tried", "Tom Reyes"},
      {"Eva Miller and Gloria Major volunteer there. " LQ "I am calling from the campaign. How are you today?" RQ
       " Miller, a retired worker, said pleasantly into the phone.",
       "I am calling", "Eva Miller"},
      {"Bill Eastland came from Texas. " LQ "We have had better conventions than this one." RQ
       " Eastland said as confetti fell.",
       "We have had", "Bill Eastland"},
      // A comma after a party tag closes no clause.
      {"Tuesday in Berea, after winning Ohio in the primary, Gov. John Kasich (R-OH), said, " LQ
       "I am getting ready." RQ,
       "I am getting", "John Kasich"},
      {LQ "I am getting ready," RQ " Gov. John Kasich (R-OH), said.", "I am getting", "John Kasich"},
      // Other brackets keep the apposition before them.
      {LQ "Look at that man," RQ " Jeff Bechdel, chairman of America Rising (a Republican PAC), said.", "Look at",
       "Jeff Bechdel"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// The tagger may take a title into a person's name ("House Speaker-to-be
// Nancy Pelosi"): the person is still an antecedent, known by the name
// after the titles, and the title says nothing of gender.
TEST(SpeakerVehicles, TitledEntityNamesStayAntecedents) {
  EXPECT_EQ(quote_lexicon::NameGender("Speaker Nancy Pelosi"), 'f');
  EXPECT_EQ(quote_lexicon::NameGender("Sen. Lisa Murkowski"), 'f');
  EXPECT_EQ(quote_lexicon::NameGender("Mr. Jordan Blake"), 'm');
  Document doc;
  doc.id = "t";
  doc.text = "House Speaker-to-be Nancy Pelosi and Chuck Schumer visited the White House. " LQ
             "They are feeling the heat," RQ " Schumer said. Pelosi, who returns to the speakership on Thursday, "
             "intends to pass the bills. " LQ "We are asking the president to open the government," RQ
             " she told reporters.";
  auto person = [&](std::string_view written, size_t from, const char* name) {
    const size_t at = doc.text.find(written, from);
    Entity en;
    en.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + written.size())};
    en.type = EntityType::kPerson;
    en.name = name;
    return en;
  };
  std::vector<Entity> entities = {person("Speaker-to-be Nancy Pelosi", 0, "Speaker-to-be Nancy Pelosi"),
                                  person("Chuck Schumer", 0, "Chuck Schumer"),
                                  person("Schumer", doc.text.find(" said"), "Chuck Schumer"),
                                  person("Pelosi", doc.text.find("Pelosi, who"), "Speaker-to-be Nancy Pelosi")};
  std::sort(entities.begin(), entities.end(),
            [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
  Segmentation seg = Segment(doc.text);
  std::string got = "(none)";
  for (const Quote& q : RecognizeQuotes(doc, seg, entities))
    if (q.direct && q.span.Of(doc.text).rfind("We are asking", 0) == 0) got = q.speaker;
  EXPECT_EQ(got, "Nancy Pelosi");
}

}  // namespace
}  // namespace crosscheck
