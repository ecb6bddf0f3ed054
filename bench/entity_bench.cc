// Entity recognition throughput: tokens/s and bytes/s of
// EntityRecognizer::Recognize on news-sized documents (GMB held-out
// tenth detokenised and grouped into ~3 KB documents: ner_corpus.h), and of the bare
// tagger on pre-tokenised GMB sentences. Segmentation is done outside the
// timed loop. Run: build-*/entity_bench
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/entity/ner_corpus.h"
#include "recognize/entity/perceptron.h"
#include "recognize/entity/tagger.h"

namespace crosscheck {
namespace {

struct Corpus {
  std::shared_ptr<const EntityRecognizer> recognizer;
  Gazetteer gazetteer;
  NerModel model;
  std::vector<const NerSentence*> sentences;
  NerCorpus gmb;
  std::vector<Document> docs;
  std::vector<Segmentation> segs;
  size_t tokens = 0, bytes = 0, gmb_tokens = 0;
  bool ok = false;
};

const Corpus& Get() {
  static Corpus c = [] {
    Corpus c;
    std::string dir = EntityRecognizer::DefaultModelDir();
    auto r = EntityRecognizer::Load(dir);
    auto g = Gazetteer::Load(dir + "/gazetteer");
    auto m = NerModel::Load(dir + "/ner.model");
    if (!r.ok() || !g.ok() || !m.ok()) return c;
    c.recognizer = *r;
    c.gazetteer = std::move(g).value();
    c.model = std::move(m).value();
    auto s = ReadGmbCorpus(DefaultGmbPath(), c.gazetteer);
    if (!s.ok()) return c;
    c.gmb = std::move(s).value();
    // The measuring tenth, as ~3 KB documents of running text.
    for (const NerDocument& d : c.gmb.documents) {
      if (d.split != NerSplit::kMeasure) continue;
      for (const NerSentence& sent : d.sentences) {
        c.sentences.push_back(&sent);
        c.gmb_tokens += sent.words.size();
      }
      Document doc;
      doc.id = "b" + std::to_string(c.docs.size());
      doc.text = d.text;
      c.segs.push_back(Segment(doc.text));
      c.tokens += c.segs.back().tokens.size();
      c.bytes += doc.text.size();
      c.docs.push_back(std::move(doc));
    }
    c.ok = true;
    return c;
  }();
  return c;
}

void BM_Recognize(benchmark::State& state) {
  const Corpus& c = Get();
  if (!c.ok) {
    state.SkipWithError("model or GMB corpus missing");
    return;
  }
  size_t mentions = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < c.docs.size(); ++i) {
      std::vector<Entity> es = c.recognizer->Recognize(c.docs[i], c.segs[i]);
      mentions += es.size();
      benchmark::DoNotOptimize(es.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * c.tokens), benchmark::Counter::kIsRate);
  state.counters["docs"] = static_cast<double>(c.docs.size());
  state.counters["mentions/doc"] = static_cast<double>(mentions) / state.iterations() / c.docs.size();
}
BENCHMARK(BM_Recognize)->Unit(benchmark::kMillisecond);

void BM_TagSentences(benchmark::State& state) {
  const Corpus& c = Get();
  if (!c.ok) {
    state.SkipWithError("model or GMB corpus missing");
    return;
  }
  FeatureScratch scratch;
  std::vector<std::string_view> words;
  std::vector<uint8_t> labels;
  for (auto _ : state) {
    for (const NerSentence* s : c.sentences) {
      words.assign(s->words.begin(), s->words.end());
      TagSentence(c.model, c.gazetteer, words, &scratch, &labels);
      benchmark::DoNotOptimize(labels.data());
    }
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * c.gmb_tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagSentences)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace crosscheck

BENCHMARK_MAIN();
