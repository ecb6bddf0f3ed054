// Throughput of the reader and the segmenter over the benchmark corpus
// (bench/make_corpus; directory from $CROSSCHECK_CORPUS, default
// build/corpus). Reports input bytes/s per CPU second of this process (the
// build machine is shared, so wall time alone says little; both are printed).
// bench/results/segment.md logs runs.
//
//   BM_Segment         Segment() over every corpus text already in memory
//   BM_SegmentPerDoc   one document per iteration (per-call overhead)
//   BM_ReadPaths       ReadPaths() on the corpus folder (files in page cache)
//   BM_ReadAndSegment  ReadPaths() then Segment() of every document
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "bench/corpus.h"
#include "read/reader.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

using bench::CorpusDir;

struct Corpus {
  std::vector<std::string_view> texts;  // into bench::BenchCorpus()
  size_t bytes = 0;
};

const Corpus& LoadCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    for (const Document& d : bench::BenchCorpus()) c->texts.push_back(d.text);
    c->bytes = bench::CorpusBytes(bench::BenchCorpus());
    return c;
  }();
  return *corpus;
}

bool NeedCorpus(benchmark::State& state, const Corpus& c) {
  if (!c.texts.empty()) return true;
  state.SkipWithError(("no .txt files in " + CorpusDir() + "; run bench/make_corpus " + CorpusDir()).c_str());
  return false;
}

void BM_Segment(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  if (!NeedCorpus(state, c)) return;
  size_t sentences = 0;
  for (auto _ : state) {
    for (std::string_view t : c.texts) {
      Segmentation seg = Segment(t);
      sentences += seg.sentences.size();
      benchmark::DoNotOptimize(seg.tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * c.texts.size()), benchmark::Counter::kIsRate);
  state.counters["sentences"] = static_cast<double>(sentences / std::max<size_t>(1, state.iterations()));
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

void BM_SegmentPerDoc(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  if (!NeedCorpus(state, c)) return;
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    std::string_view t = c.texts[i++ % c.texts.size()];
    Segmentation seg = Segment(t);
    benchmark::DoNotOptimize(seg.sentences.data());
    bytes += t.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_SegmentPerDoc)->Unit(benchmark::kMicrosecond);

void BM_ReadPaths(benchmark::State& state) {
  const Corpus& c = LoadCorpus();  // also warms the page cache
  if (!NeedCorpus(state, c)) return;
  size_t docs = 0;
  for (auto _ : state) {
    ReadBatch batch = ReadPaths({CorpusDir()});
    docs += batch.docs.size();
    benchmark::DoNotOptimize(batch.docs.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadPaths)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

void BM_ReadAndSegment(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  if (!NeedCorpus(state, c)) return;
  size_t docs = 0;
  for (auto _ : state) {
    ReadBatch batch = ReadPaths({CorpusDir()});
    for (const Document& d : batch.docs) {
      Segmentation seg = Segment(d.text, {.body_start = d.body_start});
      benchmark::DoNotOptimize(seg.tokens.data());
    }
    docs += batch.docs.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadAndSegment)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

}  // namespace
}  // namespace crosscheck

BENCHMARK_MAIN();
