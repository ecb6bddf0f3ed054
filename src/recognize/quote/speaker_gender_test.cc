// Session 16 (docs/ATTRIBUTION.md "Session 16 (quote13)", issue 14's
// speaker half): he/she by the majority gender of a first name that the
// Moby lists give to both genders or lack (data/lexicon/
// first_name_genders_more.tsv: "George", "Andy", "Meredith", "Kelly"),
// weaker than any other evidence (the text's own "his"/"her" after the
// person as subject wins), and a lone word ("Clinton") is read as a
// surname, never as a first name; a month before a number ("April 1") is
// no person to resolve to.
// Each row: a text, the first words of a direct quote, the speaker a
// reader would give.
#include <fstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "core/paths.h"
#include "recognize/entity/entity.h"
#include "recognize/quote/lexicon.h"
#include "segment/segmenter.h"
#include "recognize/quote/speaker_rows_testing.h"

namespace crosscheck {
namespace {

using Row = quote_testing::SpeakerRow;
using quote_testing::CheckSpeakerRows;

TEST(SpeakerGender, MajorityGenderOfAnOpenFirstName) {
  namespace lx = quote_lexicon;
  EXPECT_EQ(lx::NameMajorityGender("George Hale"), 'm');
  EXPECT_EQ(lx::NameMajorityGender("Meredith Cole"), 'f');
  EXPECT_EQ(lx::NameMajorityGender("Sen. Kelly Ayotte"), 'f');  // past a title
  EXPECT_EQ(lx::NameMajorityGender("Clinton"), 0);              // a lone word: a surname
  EXPECT_EQ(lx::NameMajorityGender("Mark Hale"), 0);            // the stronger list already says
  EXPECT_EQ(lx::NameMajorityGender("Zzyzx Hale"), 0);
}

// Every row of the table is found (the arrays are binary-searched: a
// file out of byte order would lose names silently).
TEST(SpeakerGender, EveryTableNameIsFound) {
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/data/lexicon/first_name_genders_more.tsv");
  ASSERT_TRUE(in.good());
  std::string line;
  int rows = 0, found = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    const std::string name = line.substr(0, tab);
    if (quote_lexicon::WordClasses(name) & quote_lexicon::kTitle) continue;  // "judge", "queen": titles first
    ++rows;
    found += quote_lexicon::NameMajorityGender(name + " Hale") == line[tab + 1];
  }
  EXPECT_GT(rows, 20000);
  EXPECT_EQ(found, rows);
}

// A he/she skips a person whose first name's majority gender is the other.
TEST(SpeakerGender, PronounSkipsTheOtherMajorityGender) {
  const Row rows[] = {
      {"Meredith Cole chaired the panel. George Hale said the rules were clear. " LQ
       "We never voted on it," RQ " she said.",
       "We never voted", "Meredith Cole"},
      {"Kelly Ayotte met voters in Nashua on Monday. Andy Burns, the challenger, attacked the plan. " LQ
       "That is simply false," RQ " she said.",
       "That is simply", "Kelly Ayotte"},
      {"Megyn Doyle asked Donald Reese about the fence. " LQ "We will build it," RQ " he said.", "We will build",
       "Donald Reese"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// Guards: the table is the weakest evidence.
TEST(SpeakerGender, MajorityGenderDoesNotOverruleTheLastSpeaker) {
  const Row rows[] = {
      // The text's own pronoun over the table: "his" after the subject
      // "Lindsey Park" (a first name mostly given to women).
      {"Lindsey Park called out his rival Megyn Doyle at the dinner. Park said, " LQ "We lose because we shout." RQ
       " He continued, " LQ "We have to listen." RQ,
       "We have to", "Lindsey Park"},
      // A month before a number is no person ("April 1"): "she" is the
      // woman named before it.
      {"Hillary Reese met Bernie Dunn on Monday. When Dunn attacked Reese, she cited his April 1 interview. " LQ
       "I stood up to the banks," RQ " she said.",
       "I stood up", "Hillary Reese"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}

// "His response: “…”": the possessive before a reply noun and a colon is
// the pronoun it stands for, resolved by gender and salience (the person
// asked answers, not the one who asked).
TEST(SpeakerGender, PossessiveReplyBeforeAColon) {
  const Row rows[] = {
      {"Meredith Vieira asked Tom Hale, " LQ "Have you seen the records?" RQ " His response: " LQ
       "Not yet, but I will." RQ,
       "Not yet", "Tom Hale"},
      {"Tom Hale spoke first. Ann Ruiz was asked about the strike on Monday. Her reply: " LQ "We will talk to everyone." RQ,
       "We will talk", "Ann Ruiz"},
      // Guard: a reply noun with no possessive keeps the colon rule.
      {"Ann Ruiz was asked about the strike. Tom Hale: " LQ "We will talk to everyone." RQ, "We will talk",
       "Tom Hale"},
  };
  CheckSpeakerRows(rows, std::size(rows));
}


// The majority gender of a first name ("Lindsey": mostly a woman's) holds
// for one reading only until the text's own pronouns settle it: "which he
// believes" is read before the "his" of its own sentence is noted, and
// fixing "she" then made the later "He continued" someone else (a PolNeAR
// train report, rewritten for this test; the recognizer's own entities).
TEST(SpeakerGender, MajorityGenderIsNotFixedBeforeTheTextSpeaks) {
  const std::string text =
      "Graham: Trump Destroying GOP Chance.\n\nThursday at the conference, Sen. Lindsey Graham called out his rival "
      "Donald Trump for alienating Hispanics, which he believes will make it impossible to win.\n\nGraham said, "
      "\xE2\x80\x9CHow many of you believe we lose?\xE2\x80\x9D\n\nHe continued, \xE2\x80\x9CI believe it is not about "
      "turnout.\xE2\x80\x9D\n";
  auto ner = EntityRecognizer::Load(EntityRecognizer::DefaultModelDir());
  ASSERT_TRUE(ner.ok()) << ner.error().message;
  Document doc;
  doc.id = "g";
  doc.text = text;
  const Segmentation seg = Segment(doc.text);
  const std::vector<Entity> entities = (*ner)->Recognize(doc, seg);
  EXPECT_EQ(quote_testing::SpeakerOfDirectQuote(text, "I believe it is not", entities), "Lindsey Graham");
}

}  // namespace
}  // namespace crosscheck
