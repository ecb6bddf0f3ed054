// The tagger's decoding rules and its per-thread word-score cache.
#include "recognize/entity/tagger.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/entity/name_text.h"

namespace crosscheck {
namespace {

// A model whose only weight is on the word feature of `word`, for `label`.
NerModel OneWordModel(std::string_view word, int label) {
  NerModel m;
  m.SetScale(1.0f);
  float row[kNumLabels] = {};
  row[label] = 1.0f;
  m.Set(WordFeatureKey(word), row);
  return m;
}

TEST(TaggerTest, WordScoreCacheNeverOutlivesItsModel) {
  const Gazetteer gazetteer;
  const std::vector<std::string_view> words = {"Kyiv"};
  FeatureScratch shared;
  std::vector<uint8_t> labels;
  for (int round = 0; round < 3; ++round) {
    // Models built and destroyed in turn may reuse one address: the cache
    // must follow the weights, not the address.
    {
      NerModel loc = OneWordModel("Kyiv", kBLoc);
      TagSentence(loc, gazetteer, words, &shared, &labels);
      EXPECT_EQ(labels[0], kBLoc);
    }
    {
      NerModel per = OneWordModel("Kyiv", kBPer);
      TagSentence(per, gazetteer, words, &shared, &labels);
      EXPECT_EQ(labels[0], kBPer);
    }
  }
}

// Greedy decoding commits to the best label of each word in turn (its
// one-word type lookahead, below, sees only the next word); the beam keeps
// the second-best opening and finds that the third word's weights make that
// sequence the better one ("Alpha Beta" leans person, "Alpha Beta Gamma"
// is an organisation).
TEST(TaggerTest, BeamFindsTheBetterSequenceGreedyMisses) {
  const Gazetteer gazetteer;
  const std::vector<std::string_view> words = {"Alpha", "Beta", "Gamma"};
  FeatureScratch scratch;
  PrepareTokens(words, gazetteer, &scratch);
  NerModel m;
  m.SetScale(10.0f);
  float alpha[kNumLabels] = {}, after_per[kNumLabels] = {}, after_org[kNumLabels] = {}, gamma[kNumLabels] = {};
  alpha[kBPer] = 3.0f;
  alpha[kBOrg] = 2.0f;
  after_per[kIPer] = 2.0f;
  after_org[kIOrg] = 1.5f;
  gamma[kIOrg] = 10.0f;
  m.Set(WordFeatureKey("Alpha"), alpha);
  uint64_t dyn[kNumDynamicFeatures];
  DynamicFeatures(scratch, 1, kBPer, -1, dyn);
  m.Set(dyn[2], after_per);  // previous label B-PER x the word "Beta"
  DynamicFeatures(scratch, 1, kBOrg, -1, dyn);
  m.Set(dyn[2], after_org);  // previous label B-ORG x the word "Beta"
  DynamicFeatures(scratch, 2, kIOrg, kBOrg, dyn);
  m.Set(dyn[2], gamma);      // previous label I-ORG x the word "Gamma"
  std::vector<uint8_t> labels;
  TagSentence(m, gazetteer, words, &scratch, &labels, /*beam=*/1);
  EXPECT_EQ(labels, (std::vector<uint8_t>{kBPer, kIPer, kO}));
  TagSentence(m, gazetteer, words, &scratch, &labels, /*beam=*/4);
  EXPECT_EQ(labels, (std::vector<uint8_t>{kBOrg, kIOrg, kIOrg}));
}

// The greedy decoder's type lookahead: an unseen first word leans
// organisation ("Wladko", B-ORG 3 against B-PER 2), the next word is
// plainly the rest of a person's name (I-PER 9 after B-PER) and after B-ORG
// would open a person of its own (B-PER 4). Without the lookahead the
// decoder fixed the type on the first word: organisation "Wladko" +
// person "Brontek". With it each type is scored as the pair B-X + I-X where
// the name continues, and the person wins (2 + 9 against no continuation).
TEST(TaggerTest, LookaheadTypesANameByItsFirstTwoWords) {
  const Gazetteer gazetteer;
  const std::vector<std::string_view> words = {"Wladko", "Brontek"};
  FeatureScratch scratch;
  PrepareTokens(words, gazetteer, &scratch);
  NerModel m;
  m.SetScale(10.0f);
  float first[kNumLabels] = {}, second[kNumLabels] = {}, after_per[kNumLabels] = {};
  first[kBOrg] = 3.0f;
  first[kBPer] = 2.0f;
  second[kBPer] = 4.0f;
  after_per[kIPer] = 9.0f;  // with the word's own B-PER 4: I-PER 9 > B-PER 4
  m.Set(WordFeatureKey("Wladko"), first);
  m.Set(WordFeatureKey("Brontek"), second);
  uint64_t dyn[kNumDynamicFeatures];
  DynamicFeatures(scratch, 1, kBPer, -1, dyn);
  m.Set(dyn[2], after_per);  // previous label B-PER x the word "Brontek"
  std::vector<uint8_t> labels;
  TagSentence(m, gazetteer, words, &scratch, &labels, /*beam=*/1);
  EXPECT_EQ(labels, (std::vector<uint8_t>{kBPer, kIPer}));
  // A lower-case next word is no continuation to look at: the first
  // word's own best type stands.
  const std::vector<std::string_view> lower = {"Wladko", "brontek"};
  PrepareTokens(lower, gazetteer, &scratch);
  TagSentence(m, gazetteer, lower, &scratch, &labels, /*beam=*/1);
  EXPECT_EQ(labels[0], kBOrg);
}

// A model keeps the beam width it was trained with through Save and Load,
// and TagSentence decodes with it unless told otherwise; a greedy model's
// file is the format it always was.
TEST(TaggerTest, ModelFileKeepsItsBeamWidth) {
  const std::string dir = ::testing::TempDir();
  NerModel m = OneWordModel("Kyiv", kBLoc);
  ASSERT_TRUE(m.Save(dir + "/greedy.model").ok());
  m.set_beam(3);
  ASSERT_TRUE(m.Save(dir + "/beam.model").ok());
  auto greedy = NerModel::Load(dir + "/greedy.model");
  auto beam = NerModel::Load(dir + "/beam.model");
  ASSERT_TRUE(greedy.ok());
  ASSERT_TRUE(beam.ok());
  EXPECT_EQ(greedy.value().beam(), 1);
  EXPECT_EQ(beam.value().beam(), 3);
  std::ifstream in(dir + "/greedy.model", std::ios::binary);
  char magic[8] = {};
  in.read(magic, 8);
  EXPECT_EQ(std::string(magic, 6), "CCNER1");
  const Gazetteer gazetteer;
  FeatureScratch scratch;
  std::vector<uint8_t> labels;
  const std::vector<std::string_view> words = {"Kyiv"};
  TagSentence(beam.value(), gazetteer, words, &scratch, &labels);
  EXPECT_EQ(labels, (std::vector<uint8_t>{kBLoc}));
}

TEST(TaggerTest, LowerCaseWordsAreOutsideNamesWithoutTheModel) {
  const Gazetteer gazetteer;
  // Every weight says "person"; the decoding rules still keep words that
  // cannot begin or continue a name out.
  NerModel m;
  m.SetScale(1.0f);
  float row[kNumLabels] = {};
  row[kBPer] = 1.0f;
  for (std::string_view w : {"Denis", "said", "of", "the", "But", "Prokopenko"}) m.Set(WordFeatureKey(w), row);
  FeatureScratch scratch;
  std::vector<uint8_t> labels;
  const std::vector<std::string_view> words = {"But", "Denis", "said", "of", "the", "Prokopenko"};
  TagSentence(m, gazetteer, words, &scratch, &labels);
  ASSERT_EQ(labels.size(), words.size());
  EXPECT_EQ(labels[0], kO);    // capitalised function word opening the sentence
  EXPECT_EQ(labels[1], kBPer);
  EXPECT_EQ(labels[2], kO);    // "said" cannot continue a name
  EXPECT_EQ(labels[3], kO);    // "of" may continue one but the model is not asked to start one with it
  EXPECT_EQ(labels[4], kO);
  EXPECT_EQ(labels[5], kBPer);
}

// In a sentence that shows it ignores case (first word lower-case, or the
// pronoun "i"), a lower-case word may open and continue a name, with a word
// feature of its own; in a cased sentence the same word stays outside
// without the model; pieces of web addresses stay outside in both.
TEST(TaggerTest, CaselessSentencesLetLowerCaseWordsBeNames) {
  const Gazetteer gazetteer;
  NerModel m;
  m.SetScale(1.0f);
  float b[kNumLabels] = {}, in[kNumLabels] = {};
  b[kBLoc] = 1.0f;
  in[kILoc] = 1.0f;
  m.Set(WordFeatureKey("tampa", /*caseless=*/true), b);
  m.Set(WordFeatureKey("bay", /*caseless=*/true), in);
  m.Set(WordFeatureKey("uk", /*caseless=*/true), b);
  FeatureScratch scratch;
  std::vector<uint8_t> labels;
  const std::vector<std::string_view> caseless = {"where", "can", "I", "eat", "in", "tampa", "bay",
                                                  "see", "bbc", ".", "co", ".", "uk"};
  TagSentence(m, gazetteer, caseless, &scratch, &labels);
  EXPECT_TRUE(scratch.caseless);
  EXPECT_EQ(labels[5], kBLoc);
  EXPECT_EQ(labels[6], kILoc);
  EXPECT_EQ(labels[12], kO);  // after "."
  const std::vector<std::string_view> pronoun = {"Then", "i", "flew", "to", "tampa", "bay"};
  TagSentence(m, gazetteer, pronoun, &scratch, &labels);
  EXPECT_TRUE(scratch.caseless);
  EXPECT_EQ(labels[4], kBLoc);
  EXPECT_EQ(labels[5], kILoc);
  const std::vector<std::string_view> cased = {"Then", "we", "flew", "to", "tampa", "bay"};
  TagSentence(m, gazetteer, cased, &scratch, &labels);
  EXPECT_FALSE(scratch.caseless);
  EXPECT_EQ(labels[4], kO);
  EXPECT_EQ(labels[5], kO);
  // "iPhone" opens with a lower-case letter but has a capital: not caseless.
  const std::vector<std::string_view> product = {"iPhone", "sales", "rose", "in", "tampa"};
  TagSentence(m, gazetteer, product, &scratch, &labels);
  EXPECT_FALSE(scratch.caseless);
  EXPECT_EQ(labels[4], kO);
}

// The general first-name list is a tagger feature: a capitalised given name
// carries one feature of its own and gives each neighbour one, so "Lopez"
// after "Maria" differs from "Lopez" after an unknown word by exactly that.
TEST(TaggerTest, GivenNamesAreFeaturesOfTheWordAndItsNeighbours) {
  Gazetteer gazetteer;
  gazetteer.AddGivenName("Maria");
  auto features = [&](std::vector<std::string_view> words, size_t u, std::vector<uint8_t>* given) {
    FeatureScratch scratch;
    PrepareTokens(words, gazetteer, &scratch);
    *given = scratch.given;
    uint64_t out[kMaxTokenFeatures];
    return TokenFeatures(words, scratch, u, out);
  };
  std::vector<uint8_t> given;
  const size_t after_name = features({"Maria", "Lopez", "maria", "Mariupol"}, 1, &given);
  EXPECT_EQ(given, (std::vector<uint8_t>{1, 0, 0, 0}));  // lower-case "maria" is no given name here
  const size_t after_other = features({"Marta", "Lopez", "maria", "Mariupol"}, 1, &given);
  EXPECT_EQ(given, (std::vector<uint8_t>{0, 0, 0, 0}));
  EXPECT_EQ(after_name, after_other + 1);
  EXPECT_EQ(features({"Maria", "Lopez"}, 0, &given), features({"Marta", "Lopez"}, 0, &given) + 1);
  EXPECT_TRUE(gazetteer.IsGivenName(HashBytes("maria")));
  EXPECT_FALSE(gazetteer.IsGivenName(HashBytes("mariupol")));
}

}  // namespace
}  // namespace crosscheck
