// Throughput of the numbers recognizer over the benchmark corpus
// (bench/make_corpus; directory from $CROSSCHECK_CORPUS, default
// build/corpus). Reports input bytes/s (per CPU second); bench/number_peer.js
// runs Microsoft Recognizers-Text (JavaScript) over the same files and
// bench/results/numbers.md logs the ratio.
//
//   BM_SegmentAndRecognizeQuantities  Segment() + RecognizeQuantities() per
//                                     document (the whole news path)
//   BM_ParseNumeralsWholeText         the numeral layer alone
//   BM_RecognizersViews               the seven Recognizers projections our
//                                     peer computes (number, ordinal, percent,
//                                     dimension, currency, temperature, age)
//
// After the benchmarks it prints one JSON line counting results and hedged
// figures on the first $CROSSCHECK_PEER_MB megabytes (default 2, the same
// files number_peer.js reads by default).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/corpus.h"
#include "core/document.h"
#include "recognize/number/numeral.h"
#include "recognize/number/quantity.h"
#include "recognize/number/recognizers_compat.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

const std::vector<Document>& Corpus() { return bench::BenchCorpus(); }
size_t Bytes(const std::vector<Document>& docs) { return bench::CorpusBytes(docs); }

void BM_SegmentAndRecognizeQuantities(benchmark::State& state) {
  const auto& docs = Corpus();
  if (docs.empty()) { state.SkipWithError("no corpus: run bench/make_corpus"); return; }
  size_t found = 0;
  for (auto _ : state) {
    for (const Document& d : docs) {
      Segmentation seg = Segment(d.text);
      found += RecognizeQuantities(d, seg).size();
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes(docs)));
}
BENCHMARK(BM_SegmentAndRecognizeQuantities)->Unit(benchmark::kMillisecond);

void BM_ParseNumeralsWholeText(benchmark::State& state) {
  const auto& docs = Corpus();
  if (docs.empty()) { state.SkipWithError("no corpus: run bench/make_corpus"); return; }
  size_t found = 0;
  for (auto _ : state)
    for (const Document& d : docs) found += ParseNumerals(d.text).size();
  benchmark::DoNotOptimize(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes(docs)));
}
BENCHMARK(BM_ParseNumeralsWholeText)->Unit(benchmark::kMillisecond);

const RecognizersModel kPeerModels[] = {RecognizersModel::kNumber,    RecognizersModel::kOrdinal,
                                        RecognizersModel::kPercent,   RecognizersModel::kDimension,
                                        RecognizersModel::kCurrency,  RecognizersModel::kTemperature,
                                        RecognizersModel::kAge};

void BM_RecognizersViews(benchmark::State& state) {
  const auto& docs = Corpus();
  if (docs.empty()) { state.SkipWithError("no corpus: run bench/make_corpus"); return; }
  size_t found = 0;
  for (auto _ : state)
    for (const Document& d : docs)
      for (RecognizersModel m : kPeerModels) found += RecognizersView(d.text, m).size();
  benchmark::DoNotOptimize(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes(docs)));
}
BENCHMARK(BM_RecognizersViews)->Unit(benchmark::kMillisecond);

// Counts on the peer's subset: quantities, hedged figures (a hedge, a range
// or a vague magnitude) and what the Recognizers views find.
void PrintCounts() {
  const auto& docs = Corpus();
  const char* env = std::getenv("CROSSCHECK_PEER_MB");
  double max_bytes = (env && *env ? std::atof(env) : 2.0) * 1e6;
  size_t bytes = 0, n = 0, quantities = 0, hedged = 0, views = 0, ranges = 0;
  for (const Document& d : docs) {
    if (n > 0 && bytes + d.text.size() > max_bytes) break;
    bytes += d.text.size();
    ++n;
    Segmentation seg = Segment(d.text);
    for (const Quantity& q : RecognizeQuantities(d, seg)) {
      ++quantities;
      if (!q.hedge.empty() && q.low != q.high) ++hedged;
    }
    for (RecognizersModel m : kPeerModels) views += RecognizersView(d.text, m).size();
    ranges += RecognizersView(d.text, RecognizersModel::kNumberRange).size();
  }
  std::printf("{\"ours\": \"crosscheck numbers\", \"documents\": %zu, \"bytes\": %zu, \"quantities\": %zu, "
              "\"hedged\": %zu, \"recognizers_view_results\": %zu, \"numberrange_view\": %zu}\n",
              n, bytes, quantities, hedged, views, ranges);
}

}  // namespace
}  // namespace crosscheck

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  crosscheck::PrintCounts();
  return 0;
}
