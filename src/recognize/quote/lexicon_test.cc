// The quote lexicon's verb classes and plural person nouns, word by word.
#include "recognize/quote/lexicon.h"

#include <gtest/gtest.h>

namespace crosscheck::quote_lexicon {
namespace {

TEST(QuoteLexicon, PluralPersonNouns) {
  struct Row {
    const char* word;
    bool plural_person;
  } kRows[] = {
      {"reporters", true},  {"supporters", true}, {"volunteers", true}, {"deputies", true},
      {"witnesses", true},  {"spokesmen", true},  {"reporter", false},  {"press", false},
      {"discuss", false},   {"rallies", false},   {"minutes", false},   {"men", false},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.word);
    EXPECT_EQ(IsPluralPersonNoun(r.word), r.plural_person);
  }
}

TEST(QuoteLexicon, ClauseVerbClasses) {
  for (const char* w : {"asked", "ask", "asks", "asking", "wondered"}) {
    SCOPED_TRACE(w);
    EXPECT_TRUE(IsAskingVerb(w));
    EXPECT_FALSE(IsSpeakingVerb(w));
  }
  for (const char* w : {"spoke", "speak", "speaks", "speaking"}) {
    SCOPED_TRACE(w);
    EXPECT_TRUE(IsSpeakingVerb(w));
    EXPECT_FALSE(IsAskingVerb(w));
  }
  EXPECT_FALSE(IsAskingVerb("said"));
  EXPECT_FALSE(IsSpeakingVerb("told"));
  // Own table: the word classes every token reads are unchanged.
  EXPECT_EQ(WordClasses("wondered"), 0u);
  EXPECT_EQ(WordClasses("speaks"), 0u);
}

// Ranks and office qualifiers (kRank) are title words that name no office
// of their own; offices are no ranks.
TEST(QuoteLexicon, RanksAreTitlesWithoutAnOffice) {
  for (std::string_view w : {"col.", "major", "mr.", "dame", "deputy", "former", "state", "press", "chief"}) {
    EXPECT_TRUE(IsRankOrModifier(w)) << w;
    EXPECT_TRUE(IsTitle(w)) << w;
  }
  for (std::string_view w : {"president", "mayor", "senator", "spokesman", "coach", "special"})
    EXPECT_FALSE(IsRankOrModifier(w)) << w;
}

// Prepositions that open an adverbial, none of them a name.
TEST(QuoteLexicon, OpeningPrepositions) {
  EXPECT_TRUE(IsOpeningPreposition("unlike"));
  EXPECT_TRUE(IsOpeningPreposition("alongside"));
  EXPECT_FALSE(IsOpeningPreposition("like"));  // a boundary word already
  EXPECT_FALSE(IsOpeningPreposition("allen"));
}

}  // namespace
}  // namespace crosscheck::quote_lexicon
