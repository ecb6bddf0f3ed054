// Quote speakers on PolNeAR dev (measured once per change; tuning was done
// on train only): named-source accuracy and pronoun sources scored by their
// hand-annotated referent (polnear_eval.h gives the protocol). Reads the
// corpus from CROSSCHECK_SHARED_DIR; the committed entity model supplies
// entities, as in the pipeline.
#include <gtest/gtest.h>

#include <cstdio>

#include "core/paths.h"
#include "recognize/quote/polnear_eval.h"

namespace crosscheck {
namespace {

TEST(SpeakerNameTest, SameSpeaker) {
  struct Row {
    const char* ours;
    const char* gold;
    bool same;
  } kRows[] = {
      {"Donald Trump", "Trump", true},
      {"Donald Trump", "Eric Trump", false},
      {"Barack Obama", "Mr. Obama", true},
      {"Peter Wherry", "the Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist Church", true},
      {"Dan Golvach", "Cruz constituent Dan Golvach", true},
      {"Ted Cruz", "Cruz constituent Dan Golvach", false},
      {"Michael Flynn", "Flynn, a top Trump surrogate,", true},
      {"Donald Trump", "Flynn, a top Trump surrogate,", false},
      {"Small groups of protesters", "Small groups of protesters", true},
      {"", "Trump", false},
      {"Washington Post", "The Washington Post", true},
      {"Trump", "Donald Trump", true},
      // Middle initials and generational suffixes say nothing (BASIL gold).
      {"Jesse L. Jackson", "Jesse Jackson", true},
      {"Jesse Jackson Jr.", "Jesse Jackson", true},
      {"Sandra Jackson", "Jesse Jackson Jr.", false},
      {"Paul D. Ryan", "Speaker Paul Ryan", true},
      // "of" after a full name says where the person is from.
      {"Sherrod Brown", "Sen. Sherrod Brown of Ohio", true},
      {"Ohio", "Sen. Sherrod Brown of Ohio", false},
      {"Tom Carper of Delaware", "Sen. Tom Carper", true},
      {"Bank of America", "Bank of America", true},
      // A description, then the name in apposition; a no-break space.
      {"Jake Sullivan", "her senior policy adviser, Jake Sullivan,", true},
      {"Hillary Clinton", "her senior policy adviser, Jake Sullivan,", false},
      {"Mitch McConnell", "Mitch McConnell, R-Ky.,", true},
      {"Donald Trump", "Trump\xC2\xA0", true},
      // "Another" opens a description, not a name (session 9).
      {"Another witness", "witness", true},
      {"Another source", "Another source familiar with Cruz's thinking", true},
      // A relative clause is cut from the source (session 13).
      {"Jim Whelan", "Sen. Jim Whelan who represents Atlantic City", true},
      {"Atlantic City", "Sen. Jim Whelan who represents Atlantic City", false},
      {"a Trump supporter", "a Trump supporter who runs the Twitter account @WomenForTrump", true},
      {"a longtime GOP data expert", "a longtime GOP data expert who has worked for one of Trump's rivals", true},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(std::string(r.ours) + " / " + r.gold);
    EXPECT_EQ(SameSpeaker(r.ours, r.gold), r.same);
  }
}

// Which sources the scorer reads as definite descriptions (scored by their
// referent gold, session 13).
TEST(SpeakerNameTest, DefiniteDescription) {
  struct Row {
    const char* source;
    bool description;
  } kRows[] = {
      {"the Florida senator", true},
      {"The Senate minority leader", true},
      {"the presumptive Republican presidential nominee", true},
      {"the Trump campaign", true},  // gold row "-": scored as written
      {"the senator", false},        // no capitalised word: an "other" source
      {"Marco Rubio", false},
      {"a Clinton campaign spokesman", false},  // indefinite: an unnamed person
      {"the Rev. Peter Wherry", false},         // ends in a name
      {"the head of Ukraine's presidential office, Andriy Yermak", false},
      {"The Washington Post", false},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.source);
    EXPECT_EQ(IsDefiniteDescription(r.source), r.description);
  }
}

TEST(PolnearQualityTest, DevSpeakersAboveFloor) {
  auto ner = EntityRecognizer::Load(EntityRecognizer::DefaultModelDir());
  ASSERT_TRUE(ner.ok()) << ner.error().message;
  const std::string dir = std::string(CROSSCHECK_SHARED_DIR) + "/corpora/polnear-train-dev/dev";
  auto s = ScorePolnearSpeakers(dir, std::string(CROSSCHECK_SOURCE_DIR) + "/tests/gold/polnear_dev_pronoun_referents.tsv",
                                std::string(CROSSCHECK_SOURCE_DIR) + "/tests/gold/polnear_dev_description_referents.tsv",
                                ner->get());
  ASSERT_TRUE(s.ok()) << s.error().message;
  std::printf("PolNeAR dev direct quotes: named sources %d/%d = %.3f (scorer before session 13: %d/%d = %.3f; "
              "descriptions by referent %d/%d; right by the outlet a quote came via %d); pronoun sources by referent %d/%d = %.3f "
              "(%d without a referent row, not scored); other sources %d/%d; gold quotes not found %d\n",
              s->named_right, s->named, s->NamedAccuracy(), s->named_right_as_written, s->named,
              s->named ? double(s->named_right_as_written) / s->named : 0.0, s->descriptions_right, s->descriptions,
              s->named_via, s->pronoun_right, s->pronoun, s->PronounAccuracy(), s->pronoun_unannotated, s->other_right, s->other, s->not_found);
  EXPECT_GE(s->named, 200);
  EXPECT_GE(s->pronoun, 100);
  // At the level reached (0.842 and 0.792 measured once, session 8; 0.850
  // and 0.783 measured once at the end of session 11, one pronoun fewer;
  // 0.850 and 0.792 at the end of session 13, descriptions scored by their
  // referent), NOT the 0.92 and 0.85, which are not met on dev
  // (docs/ATTRIBUTION.md): regression guards.
  EXPECT_GE(s->NamedAccuracy(), 0.84);
  EXPECT_GE(s->PronounAccuracy(), 0.79);
}

// Tuning aid, not run by CI: the train split's scores and every error
// (`--gtest_also_run_disabled_tests --gtest_filter='*TrainTuning*'`).
// Tuning reads only this split; dev is measured by the test above.
TEST(PolnearQualityTest, DISABLED_TrainTuning) {
  auto ner = EntityRecognizer::Load(EntityRecognizer::DefaultModelDir());
  ASSERT_TRUE(ner.ok()) << ner.error().message;
  const std::string dir = std::string(CROSSCHECK_SHARED_DIR) + "/corpora/polnear-train-dev/train";
  auto s = ScorePolnearSpeakers(dir, std::string(CROSSCHECK_SOURCE_DIR) + "/tests/gold/polnear_train_pronoun_referents.tsv",
                                std::string(CROSSCHECK_SOURCE_DIR) + "/tests/gold/polnear_train_description_referents.tsv",
                                ner->get());
  ASSERT_TRUE(s.ok()) << s.error().message;
  for (const auto& e : s->errors) std::printf("%s\n", e.c_str());
  std::printf("PolNeAR train direct quotes: named sources %d/%d = %.3f (scorer before session 13: %d/%d = %.3f; "
              "descriptions by referent %d/%d; right by the outlet a quote came via %d); pronoun sources by referent %d/%d = %.3f "
              "(%d without a referent row, not scored); other sources %d/%d; gold quotes not found %d\n",
              s->named_right, s->named, s->NamedAccuracy(), s->named_right_as_written, s->named,
              s->named ? double(s->named_right_as_written) / s->named : 0.0, s->descriptions_right, s->descriptions,
              s->named_via, s->pronoun_right, s->pronoun, s->PronounAccuracy(), s->pronoun_unannotated, s->other_right, s->other, s->not_found);
}

}  // namespace
}  // namespace crosscheck
