// Entity recognition throughput: tokens/s and bytes/s of
// EntityRecognizer::Recognize on news-sized documents (GMB held-out
// sentences detokenised and grouped into ~3 KB documents), and of the bare
// tagger on pre-tokenised GMB sentences. Segmentation is done outside the
// timed loop. Run: build-*/entity_bench
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/entity/gmb.h"
#include "recognize/entity/perceptron.h"
#include "recognize/entity/tagger.h"

namespace crosscheck {
namespace {

struct Corpus {
  std::shared_ptr<const EntityRecognizer> recognizer;
  Gazetteer gazetteer;
  NerModel model;
  std::vector<GmbSentence> sentences;
  std::vector<Document> docs;
  std::vector<Segmentation> segs;
  size_t tokens = 0, bytes = 0, gmb_tokens = 0;
  bool ok = false;
};

// GMB tokens back to running text: no space before punctuation and "'s".
void AppendDetokenised(const GmbSentence& s, std::string* out) {
  for (size_t i = 0; i < s.words.size(); ++i) {
    const std::string& w = s.words[i];
    bool glue = i > 0 && (w == "." || w == "," || w == ";" || w == ":" || w == "'s" || w == "?" || w == "!" ||
                          w == ")" || w == "%" || w == "n't");
    if (i > 0 && !glue) out->push_back(' ');
    out->append(w);
  }
  out->push_back(' ');
}

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
    auto s = ReadGmb(DefaultGmbPath(), c.gazetteer);
    if (!s.ok()) return c;
    for (size_t i = 0; i < s->size(); ++i)
      if (GmbHeldOut(i, s->size())) c.sentences.push_back((*s)[i]);
    std::string text;
    for (const GmbSentence& sent : c.sentences) {
      c.gmb_tokens += sent.words.size();
      AppendDetokenised(sent, &text);
      if (text.size() >= 3000) {
        Document d;
        d.id = "b" + std::to_string(c.docs.size());
        d.text = text;
        c.segs.push_back(Segment(d.text));
        c.tokens += c.segs.back().tokens.size();
        c.bytes += d.text.size();
        c.docs.push_back(std::move(d));
        text.clear();
      }
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
    for (const GmbSentence& s : c.sentences) {
      words.assign(s.words.begin(), s.words.end());
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
