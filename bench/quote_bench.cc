// Quote and attribution throughput on the shared benchmark corpus
// (bench/make_corpus): BM_Quotes times RecognizeQuotes alone over texts
// already segmented; BM_SegmentAndQuotes times Segment() + RecognizeQuotes.
// Both report input bytes/s. Not built by CMake (the *_bench.cc files of a
// module folder are excluded); build it by hand, see bench/results/quotes.md,
// or move it to bench/ where bench/CMakeLists.txt picks it up.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "recognize/quote/ecbplus_text.h"
#include "recognize/quote/quote.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

struct Corpus {
  std::vector<Document> docs;
  std::vector<Segmentation> segs;
  size_t bytes = 0;
};

const Corpus& Load() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const char* env = std::getenv("CROSSCHECK_CORPUS");
    std::filesystem::path dir = env ? env : "build/corpus";
    std::vector<std::string> paths;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
      if (e.path().extension() == ".txt") paths.push_back(e.path().string());
    std::sort(paths.begin(), paths.end());
    for (const std::string& p : paths) {
      Document d;
      d.id = p;
      if (!ecbplus::ReadFile(p, &d.text)) continue;
      c->bytes += d.text.size();
      c->segs.push_back(Segment(d.text));
      c->docs.push_back(std::move(d));
    }
    return c;
  }();
  return *corpus;
}

void BM_Quotes(benchmark::State& state) {
  const Corpus& c = Load();
  if (c.docs.empty()) {
    state.SkipWithError("no corpus: set CROSSCHECK_CORPUS (bench/make_corpus)");
    return;
  }
  size_t quotes = 0;
  for (auto _ : state)
    for (size_t i = 0; i < c.docs.size(); ++i) quotes += RecognizeQuotes(c.docs[i], c.segs[i], {}).size();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["quotes/doc"] = static_cast<double>(quotes) / state.iterations() / c.docs.size();
}
BENCHMARK(BM_Quotes)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SegmentAndQuotes(benchmark::State& state) {
  const Corpus& c = Load();
  if (c.docs.empty()) {
    state.SkipWithError("no corpus: set CROSSCHECK_CORPUS (bench/make_corpus)");
    return;
  }
  for (auto _ : state)
    for (const Document& d : c.docs) {
      Segmentation seg = Segment(d.text);
      benchmark::DoNotOptimize(RecognizeQuotes(d, seg, {}));
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_SegmentAndQuotes)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace crosscheck

BENCHMARK_MAIN();
