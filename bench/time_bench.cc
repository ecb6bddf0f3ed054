// Throughput of the time recognizer over the benchmark corpus
// (bench/make_corpus; directory from $CROSSCHECK_CORPUS, default
// build/corpus), side by side with its peer, chrono-node, in one run.
//
//   BM_SegmentAndRecognizeTimes       Segment() + RecognizeTimes(), TimeML
//                                     profile (the default; compared with
//                                     chrono.parse)
//   BM_SegmentAndRecognizeTimesRecognizers   the same, Recognizers-Text profile
//   BM_ParseTimesWholeText            ParseTimes() on each document as one string
//   BM_ChronoNodePeer                 runs `node bench/time_peer.js CORPUS`
//                                     (chrono-node's chrono.parse, one core)
//
// Every pass is timed in CPU seconds of the thread (or, for node, of its
// process), so the rates compare on a shared machine. After the benchmarks
// the binary prints "ratio" = TimeML MB per CPU-second / chrono-node's.
// Run it on one core: `taskset -c 0 build/bench/time_bench`.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "bench/corpus.h"
#include "core/document.h"
#include "core/paths.h"
#include "recognize/time/time_expr.h"
#include "recognize/time/time_parse.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

const std::vector<Document>& Corpus() { return bench::BenchCorpus("2022-05-04"); }
size_t Bytes(const std::vector<Document>& docs) { return bench::CorpusBytes(docs); }

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double g_timeml_mb_per_cpu_s = 0, g_peer_mb_per_cpu_s = 0;

void RecognizeAll(benchmark::State& state, TimeProfile profile, double* mb_per_cpu_s) {
  const auto& docs = Corpus();
  if (docs.empty()) { state.SkipWithError(("no corpus in " + bench::CorpusDir()).c_str()); return; }
  const TimeOptions options{.profile = profile};
  size_t mentions = 0;
  double cpu = 0;
  for (auto _ : state) {
    const double c0 = ThreadCpuSeconds();
    for (const Document& d : docs) {
      Segmentation seg = Segment(d.text);
      mentions += RecognizeTimes(d, seg, options).size();
    }
    cpu += ThreadCpuSeconds() - c0;
  }
  benchmark::DoNotOptimize(mentions);
  const double mb = static_cast<double>(state.iterations() * Bytes(docs)) / 1e6;
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes(docs)));
  state.counters["mentions_per_pass"] = static_cast<double>(mentions) / static_cast<double>(state.iterations());
  state.counters["mb_per_cpu_s"] = mb / cpu;
  if (mb_per_cpu_s) *mb_per_cpu_s = mb / cpu;
}

void BM_SegmentAndRecognizeTimes(benchmark::State& state) {
  RecognizeAll(state, TimeProfile::kTimeML, &g_timeml_mb_per_cpu_s);
}
BENCHMARK(BM_SegmentAndRecognizeTimes)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SegmentAndRecognizeTimesRecognizers(benchmark::State& state) {
  RecognizeAll(state, TimeProfile::kRecognizers, nullptr);
}
BENCHMARK(BM_SegmentAndRecognizeTimesRecognizers)->Unit(benchmark::kMillisecond)->Iterations(1);

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

// chrono-node on the same files, in the same run: the peer script prints one
// JSON line with its bytes and CPU seconds.
void BM_ChronoNodePeer(benchmark::State& state) {
  const std::string cmd = "node " + std::string(CROSSCHECK_SOURCE_DIR) + "/bench/time_peer.js '" +
                          bench::CorpusDir() + "' 2>&1";
  std::string line;
  for (auto _ : state) {
    line.clear();
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) { state.SkipWithError("cannot run node"); return; }
    char buf[4096];
    while (std::fgets(buf, sizeof buf, p)) line += buf;
    if (pclose(p) != 0) { state.SkipWithError(("peer failed: " + line).c_str()); return; }
  }
  auto number = [&](const char* key) {
    size_t at = line.find(std::string("\"") + key + "\":");
    return at == std::string::npos ? 0.0 : std::atof(line.c_str() + at + std::string(key).size() + 3);
  };
  g_peer_mb_per_cpu_s = number("mb_per_cpu_s");
  state.counters["mb_per_cpu_s"] = g_peer_mb_per_cpu_s;
  state.counters["results"] = number("results");
  state.counters["peer_cpu_s"] = number("cpu_seconds");
}
BENCHMARK(BM_ChronoNodePeer)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace crosscheck

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  using crosscheck::g_peer_mb_per_cpu_s;
  using crosscheck::g_timeml_mb_per_cpu_s;
  if (g_timeml_mb_per_cpu_s > 0 && g_peer_mb_per_cpu_s > 0)
    std::printf("ratio: crosscheck (TimeML) %.2f MB/CPU-s / chrono-node %.2f MB/CPU-s = %.2fx (floor 2x)\n",
                g_timeml_mb_per_cpu_s, g_peer_mb_per_cpu_s, g_timeml_mb_per_cpu_s / g_peer_mb_per_cpu_s);
  return 0;
}
