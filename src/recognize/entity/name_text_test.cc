#include "recognize/entity/name_text.h"

#include <gtest/gtest.h>

#include "recognize/entity/titles.h"

namespace crosscheck {
namespace {

TEST(NameVariantKeyTest, LinksTransliterationVariants) {
  struct Row {
    const char* a;
    const char* b;
    bool same;
  };
  const Row kRows[] = {
      {"Boichenko", "Boychenko", true},
      {"Denis", "Denys", true},
      {"Zelensky", "Zelenskyy", true},
      {"Zelensky", "Zelenskiy", true},
      {"Zelenskyy", "Zelenskyi", true},
      {"Volodymyr", "Wolodymyr", true},
      {"Denis Prokopenko", "Denys Prokopenko", true},
      {"Sviatoslav Palamar", "Svyatoslav Palamar", true},
      {"Olena", "Olenna", true},
      {"Kharkiv", "Harkiv", true},
      {"José", "Jose", true},
      {"Prokopenko", "prokopenko", true},
      {"Mariupol", "Mariupol'", true},
      {"Prokopenko", "Palamar", false},
      {"Denis", "Dennis Prokopenko", false},
      {"Kyiv", "Kiev", false},  // a different spelling, not a transliteration variant
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(std::string(row.a) + " / " + row.b);
    EXPECT_EQ(NameVariantKey(row.a) == NameVariantKey(row.b), row.same)
        << NameVariantKey(row.a) << " vs " << NameVariantKey(row.b);
  }
}

TEST(NameTextTest, PossessiveSuffix) {
  struct Row {
    const char* word;
    size_t len;
  };
  const Row kRows[] = {{"Ukraine's", 2}, {"Ukraine\xE2\x80\x99s", 4}, {"troops'", 1}, {"'s", 0},
                       {"Paris", 0},     {"it's", 2},                 {"Jones'", 1},  {"s'", 0}};
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.word);
    EXPECT_EQ(PossessiveSuffixLength(row.word), row.len);
  }
}

TEST(NameTextTest, PlainSpacesInsideAName) {
  EXPECT_EQ(NameWithPlainSpaces("James\xC2\xA0" "Comey"), "James Comey");
  EXPECT_EQ(NameWithPlainSpaces("Jean-Claude \n  Juncker"), "Jean-Claude Juncker");
  EXPECT_EQ(NameWithPlainSpaces("Dr.\xE2\x80\xAFNo"), "Dr. No");
  EXPECT_EQ(NameWithPlainSpaces("Zo\xC3\xAB Kravitz"), "Zo\xC3\xAB Kravitz");  // other UTF-8 kept
  EXPECT_EQ(NameWithPlainSpaces("Kyiv"), "Kyiv");
}

TEST(NameTextTest, ShapesAndCase) {
  struct Row {
    const char* word;
    const char* shape;
  };
  const Row kRows[] = {{"Prokopenko", "Xx"}, {"U.N.", "X.X."}, {"2,000", "d,d"}, {"iPhone", "xXx"},
                       {"McCain", "XxXx"},   {"Zaporizhzhia", "Xx"}};
  std::string s;
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.word);
    WordShape(row.word, &s);
    EXPECT_EQ(s, row.shape);
  }
  EXPECT_TRUE(StartsUpper("\xC3\x89mile"));  // Émile
  EXPECT_FALSE(StartsUpper("\xC3\xA9mile"));
  EXPECT_TRUE(AllUpper("NATO"));
  EXPECT_FALSE(AllUpper("Nato"));
  LowerWord("Ukraine\xE2\x80\x99S", &s);
  EXPECT_EQ(s, "ukraine's");
}

TEST(TitlesTest, LeadingTitleRule) {
  auto demonym = [](std::string_view w) { return w == "Saudi" || w == "Russian"; };
  struct Row {
    std::vector<std::string_view> words;
    size_t strip;
  };
  const Row kRows[] = {
      {{"President", "Bush"}, 1},
      {{"Prime", "Minister", "Tony", "Blair"}, 2},
      {{"Mr.", "Blair"}, 1},
      {{"Lieutenant", "Colonel", "Denis", "Prokopenko"}, 2},
      {{"Lt", "Col", "Prokopenko"}, 2},
      {{"Secretary", "of", "State", "Condoleezza", "Rice"}, 3},
      {{"Saudi", "King", "Abdullah"}, 2},
      {{"Russian", "President", "Vladimir", "Putin"}, 2},
      {{"Secretary-General", "Kofi", "Annan"}, 1},
      // Abbreviated and plural forms of address, and the speaker of a house.
      {{"Pres.", "Bashar", "al-Assad"}, 1},
      {{"Sens.", "Marco", "Rubio"}, 1},
      {{"Speaker", "Paul", "D.", "Ryan"}, 1},
      {{"President"}, 0},            // nothing would remain
      {{"John", "Major"}, 0},        // title words after the name stay
      {{"Saudi", "Arabia"}, 0},      // a modifier needs a title after it
      {{"of", "State", "Rice"}, 0},  // "of" only after a title word
      {{"General", "electric"}, 0},  // the name must start upper-case
  };
  for (const Row& row : kRows) {
    std::string trace;
    for (auto w : row.words) trace += std::string(w) + " ";
    SCOPED_TRACE(trace);
    EXPECT_EQ(LeadingTitleLength(row.words, demonym), row.strip);
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(WordShapeHashTest, EqualsTheHashOfTheShapeString) {
  for (std::string_view w : {"Prokopenko", "U.N.", "2,000", "’s", "Ukraine’s", "Élysée", "iPhone", "", "x",
                             "AAAAAAAAAAAAAAAAAAAAAAAAA", "a-b-c-d-e-f-g-h-i-j-k-l-m", "Дніпро", "“Forget"}) {
    std::string shape;
    WordShape(w, &shape);
    EXPECT_EQ(WordShapeHash(w), HashBytes(shape)) << w;
  }
}

}  // namespace
}  // namespace crosscheck
