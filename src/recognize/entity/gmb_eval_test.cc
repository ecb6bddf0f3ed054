// Quality floors of the entity recognizer on the measuring parts of its
// three corpora (ner_corpus.h: GMB's last tenth, the GUM genre held out of
// training, the UNER test file), scored on running text with the whole
// recognizer (ner_eval.h) after the convention table of conventions.h.
// Loads the committed model. Prints the per-type table of docs/ENTITIES.md.
#include <gtest/gtest.h>

#include <cstdio>

#include "recognize/entity/entity.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/gmb.h"
#include "recognize/entity/ner_corpus.h"
#include "recognize/entity/ner_eval.h"
#include "recognize/entity/perceptron.h"

namespace crosscheck {
namespace {

struct Loaded {
  std::shared_ptr<const EntityRecognizer> recognizer;
  Gazetteer gazetteer;
  NerModel model;
};

const Loaded& Get() {
  static const Loaded* l = [] {
    auto* x = new Loaded;
    const std::string dir = EntityRecognizer::DefaultModelDir();
    auto r = EntityRecognizer::Load(dir);
    auto g = Gazetteer::Load(dir + "/gazetteer");
    auto m = NerModel::Load(dir + "/ner.model");
    if (r.ok() && g.ok() && m.ok()) {
      x->recognizer = *r;
      x->gazetteer = std::move(g).value();
      x->model = std::move(m).value();
    }
    return x;
  }();
  return *l;
}

void Check(const Result<NerCorpus>& corpus, double floor, size_t min_gold_per_type) {
  const Loaded& l = Get();
  ASSERT_TRUE(l.recognizer) << "model did not load";
  ASSERT_TRUE(corpus.ok()) << corpus.error().message;
  SpanCounts tagger = EvaluateTagger(l.model, l.gazetteer, corpus.value(), NerSplit::kMeasure);
  SpanCounts whole = EvaluateRecognizer(*l.recognizer, corpus.value(), NerSplit::kMeasure);
  const char* name = NerSourceName(corpus.value().source);
  std::printf("%s measuring part, tagger on the corpus's words:\n%s", name, tagger.Report().c_str());
  std::printf("%s measuring part, whole recognizer on running text:\n%s", name, whole.Report().c_str());
  for (int t = 1; t <= 3; ++t) EXPECT_GE(whole.tp[t] + whole.fn[t], min_gold_per_type) << "type " << t;
  EXPECT_GE(whole.MicroF1(), floor) << name;
}

// Floors: GMB at the 0.80. GUM and UNER just under the level
// reached (0.6247 and 0.6214 measured in session 8), NOT the 0.80
// and 0.82, which this model does not reach (docs/ENTITIES.md): they guard
// against regressions. GUM 0.62 -> 0.61 in session 11: its gold changed
// (the name-span rule in gum.cc stopped dropping persons with a date or
// a title nmod: 183 -> 191 gold persons on the interview genre) and the
// retrained model measured 0.6196 on it (0.6201 on the old gold before).
// GUM 0.61 -> 0.64 in session 19: the model with given-name features
// measured 0.6517 there (UNER 0.6240, GMB 0.8027).
// GUM 0.64 -> 0.65, UNER 0.615 -> 0.625 in session 20: the model with
// caseless-sentence features measured GUM 0.6612, UNER 0.6341, GMB 0.8045.
// UNER 0.625 -> 0.64 in session 21 (organisation rules: UNER 0.6505,
// GUM 0.6654, GMB 0.8029).
TEST(GmbEvalTest, HeldOutTenthAboveFloor) {
  Check(ReadGmbCorpus(DefaultGmbPath(), Get().gazetteer), 0.80, 1000);
}

TEST(EntityQualityTest, GumHeldOutGenreAboveFloor) {
  Check(ReadGumCorpus(DefaultGumDir(), Get().gazetteer), 0.65, 40);
}

TEST(EntityQualityTest, UnerTestAboveFloor) {
  Check(ReadUnerCorpus(DefaultUnerDir(), Get().gazetteer), 0.64, 250);
}

}  // namespace
}  // namespace crosscheck
