// Throughput of the time recognizer over the benchmark corpus
// (bench/make_corpus; directory from $CROSSCHECK_CORPUS, default
// build/corpus). Reports input bytes/s; bench/time_peer.js runs chrono-node
// over the same files and bench/results/time.md logs the ratio.
//
//   BM_SegmentAndRecognizeTimes  Segment() + RecognizeTimes() per document
//                                (the whole path; compared with chrono.parse)
//   BM_ParseTimesWholeText       ParseTimes() on each document as one string
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/corpus.h"
#include "core/document.h"
#include "recognize/time/time_expr.h"
#include "recognize/time/time_parse.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

const std::vector<Document>& Corpus() { return bench::BenchCorpus("2022-05-04"); }
size_t Bytes(const std::vector<Document>& docs) { return bench::CorpusBytes(docs); }

void BM_SegmentAndRecognizeTimes(benchmark::State& state) {
  const auto& docs = Corpus();
  if (docs.empty()) { state.SkipWithError(("no corpus in " + bench::CorpusDir()).c_str()); return; }
  size_t mentions = 0;
  for (auto _ : state) {
    for (const Document& d : docs) {
      Segmentation seg = Segment(d.text);
      mentions += RecognizeTimes(d, seg).size();
    }
  }
  benchmark::DoNotOptimize(mentions);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes(docs)));
  state.counters["mentions_per_pass"] = static_cast<double>(mentions) / state.iterations();
}
BENCHMARK(BM_SegmentAndRecognizeTimes)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_ParseTimesWholeText(benchmark::State& state) {
  const auto& docs = Corpus();
  if (docs.empty()) { state.SkipWithError(("no corpus in " + bench::CorpusDir()).c_str()); return; }
  size_t mentions = 0;
  const CivilDate ref{2022, 5, 4};
  for (auto _ : state)
    for (const Document& d : docs) mentions += ParseTimes(d.text, ref).size();
  benchmark::DoNotOptimize(mentions);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes(docs)));
}
BENCHMARK(BM_ParseTimesWholeText)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace crosscheck

BENCHMARK_MAIN();
