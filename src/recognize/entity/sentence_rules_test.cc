// Sentence rules (sentence_rules.cc): endings split off a capitalised
// stem, lower-case places in caseless sentences. Sentences written for
// this project.
#include "recognize/entity/entity_rules_testing.h"

#include <gtest/gtest.h>

#include <cstddef>

namespace crosscheck::entity_internal {
namespace {

TEST(HyphenSuffixTest, EndingsAfterACapitalisedStemAreSplitOff) {
  struct HyphenCase {
    const char* word;
    size_t want;
  } cases[] = {{"U.N.-backed", 7}, {"Washington-based", 6}, {"Kremlin-run", 4}, {"Soviet-style", 6},
               {"US-made", 5},     {"Kenyan-born", 5},      {"Hamas-controlled", 11}, {"Iran-linked", 7},
               {"well-based", 0},  {"Kremlin-runs", 0},     {"-led", 0},   {"Anti-Kremlin", 0}, {"Moscow", 0}};
  for (const HyphenCase& c : cases) EXPECT_EQ(HyphenSuffixLength(c.word), c.want) << c.word;
}

TEST(CaselessPlaceTest, LowerCasePlacesInCaselessSentences) {
  const SentenceRuleCase cases[] = {
      {"i am from mexico traveling to san francisco california one week", {},
       "[mexico|3] [san francisco|3] [california|3] "},
      {"pizza from chicago is the best i have had", {}, "[chicago|3] "},
      // A tagged name is left alone; common words and short words are no place.
      {"we loved Paris and the food in general was nice", {{2, 3, L}}, "[Paris|3] "},
      // A sentence that writes capitals: lower-case words stay untagged.
      {"The best pizza is from chicago .", {}, ""},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { AddCaselessPlaces(Gaz(), s); });
}

}  // namespace
}  // namespace crosscheck::entity_internal
