// Copy detection at scale: N procedurally generated news-like documents (a
// Zipf-ish pseudo-word vocabulary, 4-12 paragraphs, boilerplate lines in a
// third of them) of which 20% are planted copies of an earlier document
// (new headline, trimmed tail, typos, extra boilerplate, swapped
// paragraphs). Reports documents/s and MB/s through NearDuplicateIndex::Add,
// peak memory (getrusage maxrss), index bytes, planted-copy recall and the
// rate of false copies among non-copies. Results: bench/results/copies.md.
//
//   copies_bench [N]              end-to-end run (default N = 1000000)
//   copies_bench --gbench [...]   Google Benchmark micro-benchmarks (Sketch, Add)
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "fuse/copies.h"

namespace {

using crosscheck::NearDuplicateIndex;

struct Rng {  // SplitMix64: tiny, deterministic everywhere
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n ? Next() % n : 0; }
  double Unit() { return (Next() >> 11) * (1.0 / 9007199254740992.0); }
};

class Generator {
 public:
  explicit Generator(uint64_t seed) : rng_{seed} {
    static const char* kSyllables[] = {"ka", "lo", "mi", "ten", "dar", "os", "ve", "ru", "ni",
                                       "sha", "po", "gel", "tri", "an", "bu", "ze", "com", "ith"};
    for (int i = 0; i < 50000; ++i) {  // pseudo-words of 1-4 syllables
      std::string w;
      uint64_t x = static_cast<uint64_t>(i) * 2654435761u + 7;
      const int n = 1 + static_cast<int>(x % 4);
      for (int k = 0; k < n; ++k) w += kSyllables[(x >> (4 + 5 * k)) % 18];
      words_.push_back(w + std::to_string(i % 7));
    }
  }

  std::vector<std::string> Paragraphs() {
    std::vector<std::string> p;
    const size_t n = 4 + rng_.Below(9);
    for (size_t i = 0; i < n; ++i) {
      std::string line;
      const size_t len = 15 + rng_.Below(50);
      for (size_t k = 0; k < len; ++k) {
        // rank ~ V^u: heavy head like natural text
        const size_t rank = static_cast<size_t>(std::exp(rng_.Unit() * std::log(words_.size()))) - 1;
        if (!line.empty()) line += ' ';
        line += words_[rank % words_.size()];
      }
      p.push_back(line + ".");
    }
    if (rng_.Below(3) == 0) p.push_back(Boilerplate());
    return p;
  }

  std::vector<std::string> EditedCopy(std::vector<std::string> p) {
    p[0] = "Headline " + words_[rng_.Below(words_.size())] + " " + words_[rng_.Below(200)];
    if (p.size() > 3 && rng_.Below(2)) p.resize(p.size() - 1 - rng_.Below(p.size() / 3));
    if (p.size() > 3 && rng_.Below(2)) std::swap(p[1], p[2]);
    for (std::string& line : p) {
      if (rng_.Below(4) == 0 && line.size() > 10) line.erase(rng_.Below(line.size()), 1);
    }
    if (rng_.Below(2)) p.push_back(Boilerplate());
    return p;
  }

  static std::string Join(const std::vector<std::string>& p) {
    std::string out;
    for (const std::string& l : p) out += l + "\n";
    return out;
  }

  Rng& rng() { return rng_; }

 private:
  std::string Boilerplate() {
    static const char* kLines[] = {
        "Copyright The Wire Agency. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed.",
        "Follow us on social media for the latest updates on this story.",
        "Sign up for our daily newsletter to get the news in your inbox."};
    return kLines[rng_.Below(3)];
  }
  Rng rng_;
  std::vector<std::string> words_;
};

double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

long PeakRssKb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

int RunCorpus(size_t n) {
  Generator gen(42);
  NearDuplicateIndex index;
  // Recent originals that copies are planted from (paragraphs kept briefly).
  std::vector<std::pair<size_t, std::vector<std::string>>> recent;
  std::vector<int32_t> planted(n, -1);
  size_t bytes = 0, found = 0, copies = 0, false_copies = 0;
  double seconds = 0, cpu_seconds = 0;
  const long rss_before = PeakRssKb();
  for (size_t i = 0; i < n; ++i) {
    std::vector<std::string> p;
    if (!recent.empty() && gen.rng().Below(5) == 0) {
      const auto& [orig, paras] = recent[gen.rng().Below(recent.size())];
      planted[i] = static_cast<int32_t>(orig);
      p = gen.EditedCopy(paras);
    } else {
      p = gen.Paragraphs();
      if (recent.size() < 2000) {
        recent.emplace_back(i, p);
      } else {
        recent[gen.rng().Below(recent.size())] = {i, p};
      }
    }
    const std::string text = Generator::Join(p);
    bytes += text.size();
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = ThreadCpuSeconds();
    const int got = index.Add(text);
    cpu_seconds += ThreadCpuSeconds() - c0;
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (planted[i] >= 0) {
      ++copies;
      const int want = index.copy_of()[planted[i]] < 0 ? planted[i] : index.copy_of()[planted[i]];
      found += got == want;
    } else {
      false_copies += got >= 0;
    }
  }
  const size_t originals = n - copies;
  std::printf("documents            %zu (%zu planted copies)\n", n, copies);
  std::printf("input                %.1f MB\n", bytes / 1e6);
  // Wall time suffers when other processes share the cores; CPU time of
  // this thread is the figure that compares across runs.
  std::printf("Add() time           %.1f s wall, %.1f s CPU\n", seconds, cpu_seconds);
  std::printf("throughput (CPU)     %.0f documents/s, %.1f MB/s\n", n / cpu_seconds,
              bytes / 1e6 / cpu_seconds);
  std::printf("throughput (wall)    %.0f documents/s, %.1f MB/s\n", n / seconds,
              bytes / 1e6 / seconds);
  std::printf("index memory         %.1f MB (%.0f bytes/document)\n", index.MemoryBytes() / 1e6,
              static_cast<double>(index.MemoryBytes()) / n);
  std::printf("peak RSS             %.1f MB (%.1f MB before the run)\n", PeakRssKb() / 1024.0,
              rss_before / 1024.0);
  std::printf("planted-copy recall  %.4f (%zu/%zu)\n", static_cast<double>(found) / copies, found,
              copies);
  std::printf("false copies         %.5f (%zu/%zu non-copies)\n",
              static_cast<double>(false_copies) / originals, false_copies, originals);
  return 0;
}

void BM_Sketch(benchmark::State& state) {
  Generator gen(7);
  const std::string text = Generator::Join(gen.Paragraphs());
  for (auto _ : state) benchmark::DoNotOptimize(crosscheck::Sketch(text));
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_Sketch);

void BM_Add(benchmark::State& state) {
  Generator gen(9);
  std::vector<std::string> texts;
  for (int i = 0; i < 1000; ++i) texts.push_back(Generator::Join(gen.Paragraphs()));
  size_t bytes = 0;
  NearDuplicateIndex index;
  size_t i = 0;
  for (auto _ : state) {
    const std::string& t = texts[i++ % texts.size()];
    benchmark::DoNotOptimize(index.Add(t));
    bytes += t.size();
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Add);

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "--gbench") == 0) {
    argv[1] = argv[0];
    int gargc = argc - 1;
    benchmark::Initialize(&gargc, argv + 1);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
  }
  const size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  return RunCorpus(n);
}
