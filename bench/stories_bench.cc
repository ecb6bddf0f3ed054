// Stories + copies at scale: N distinct, procedurally generated news-like
// documents (no exact repeats), each about one of N/4 planted events: a
// Zipf-ish pseudo-word vocabulary shared by all, plus each event's own
// capitalised names and terms, a date near the event's day. Every document
// goes through ExtractStoryFeatures, StoryClusterer::Add (with the shipped
// background model) and NearDuplicateIndex::Add, one at a time, as the
// server and Fuse() do. Reports CPU seconds, documents per CPU-second, peak
// RSS (getrusage), story count and B-cubed F1 against the planted events.
// Run each N in its own process so peak RSS is per size; the exponent fit
// over 1k, 10k and 100k is in bench/results/stories.md.
//
//   stories_bench [N]   (default 10000)
#include <sys/resource.h>
#include <time.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "fuse/copies.h"
#include "fuse/stories.h"

namespace {

struct Rng {  // SplitMix64
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n ? Next() % n : 0; }
};

std::string PseudoWord(uint64_t id, bool capital) {
  static const char* kSyl[] = {"ka", "lo", "mi", "ran", "te", "vos", "shu", "dre", "pa", "ni", "qua", "zel",
                               "bor", "ten", "ly", "gar"};
  std::string w;
  uint64_t x = id * 0x9e3779b97f4a7c15ULL + 12345;
  const int syllables = 2 + static_cast<int>(x % 3);
  for (int i = 0; i < syllables; ++i) {
    w += kSyl[(x >> (8 + 4 * i)) & 15];
  }
  w += std::to_string(id % 997);  // keeps pseudo-words distinct
  for (char& c : w) {
    if (c >= '0' && c <= '9') c = static_cast<char>('a' + (c - '0'));
  }
  if (capital) w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  const size_t n = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10000;
  const size_t events = std::max<size_t>(1, n / 4);
  const size_t vocab = 50000;
  Rng rng{42};
  // Zipf-ish background word ids: id = vocab^u (u uniform) gives ~1/x.
  auto background_word = [&]() {
    const double u = (rng.Next() >> 11) * (1.0 / 9007199254740992.0);
    return static_cast<uint64_t>(std::pow(static_cast<double>(vocab), u));
  };
  crosscheck::StoryClusterer stories;
  crosscheck::NearDuplicateIndex copies;
  std::vector<int> labels, gold;
  labels.reserve(n);
  gold.reserve(n);
  size_t bytes = 0;
  const double start = CpuSeconds();
  for (size_t d = 0; d < n; ++d) {
    const size_t e = rng.Below(events);
    const uint64_t base = 1000000 + e * 64;  // the event's own words
    std::string text;
    const int paragraphs = 4 + static_cast<int>(rng.Below(6));
    for (int p = 0; p < paragraphs; ++p) {
      const int words = 30 + static_cast<int>(rng.Below(40));
      for (int w = 0; w < words; ++w) {
        if (w) text += ' ';
        const size_t r = rng.Below(10);
        if (r == 0) {
          text += PseudoWord(base + rng.Below(12), true);  // a name of the event
        } else if (r == 1) {
          text += PseudoWord(base + 12 + rng.Below(40), false);  // an event term
        } else {
          text += PseudoWord(background_word(), false);
        }
      }
      text += ".\n";
    }
    bytes += text.size();
    const int day = 18000 + static_cast<int>(e % 3000) + static_cast<int>(rng.Below(10));
    copies.Add(text);
    labels.push_back(stories.Add(crosscheck::ExtractStoryFeatures(text, {}, day)));
    gold.push_back(static_cast<int>(e));
  }
  const double cpu = CpuSeconds() - start;
  // B-cubed against the planted events.
  std::unordered_map<int, int> label_size, gold_size;
  std::unordered_map<uint64_t, int> both;
  for (size_t i = 0; i < n; ++i) {
    ++label_size[labels[i]];
    ++gold_size[gold[i]];
    ++both[(static_cast<uint64_t>(labels[i]) << 32) | static_cast<uint32_t>(gold[i])];
  }
  double p = 0, r = 0;
  for (size_t i = 0; i < n; ++i) {
    const int b = both[(static_cast<uint64_t>(labels[i]) << 32) | static_cast<uint32_t>(gold[i])];
    p += static_cast<double>(b) / label_size[labels[i]];
    r += static_cast<double>(b) / gold_size[gold[i]];
  }
  p /= n;
  r /= n;
  size_t copies_found = 0;
  for (int c : copies.copy_of()) copies_found += c >= 0;
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf(
      "stories_bench n=%zu bytes=%.1fMB cpu=%.2fs docs_per_cpu_s=%.0f MB_per_cpu_s=%.2f peak_rss=%.0fMB "
      "stories=%zu (events %zu) bcubed P=%.3f R=%.3f F1=%.3f false_copies=%zu background=%s\n",
      n, bytes / 1e6, cpu, n / cpu, bytes / 1e6 / cpu, ru.ru_maxrss / 1024.0, stories.stories(), events, p, r,
      2 * p * r / (p + r), copies_found, stories.has_background() ? "yes" : "no");
  return 0;
}
