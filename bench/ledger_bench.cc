// The ledger within one large story: N tiny reports of one event (each with
// one to three figures drawn from two dozen measures — tolls, evacuations,
// sums, shares, distances — whose values grow over 60 report days, with
// hedges, 200 speakers and 5% copies), all in one story, through
// BuildLedger (alignment + agreement). Issue 18 found 16,000 such reports
// needing 3.2 GB and 53 s and 100,000 not finishing in ten minutes
// (quadratic). Each size runs in a child process so its peak memory is its
// own (wait4 rusage); the exponent of time and of memory growth between
// sizes is printed. Results: bench/results/ledger.md.
//
//   ledger_bench [N ...]   default: 1000 10000 100000
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "fuse/ledger.h"

namespace {

using namespace crosscheck;

struct Rng {  // SplitMix64: deterministic everywhere
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

struct Template {
  const char* kind;
  const char* counted;
  const char* lemma;
  const char* group;
  const char* state;
  const char* place;
  const char* unit;
  const char* topic;
  double base;
};

const Template kTemplates[] = {
    {"count", "people", "people", "person", "killed", "", "", "", 12},
    {"count", "people", "people", "person", "injured", "", "", "", 40},
    {"count", "civilians", "civilian", "civilian", "evacuated", "", "", "", 300},
    {"count", "soldiers", "soldier", "combatant", "sheltering", "", "", "", 2000},
    {"count", "children", "child", "child", "sheltering", "", "", "", 30},
    {"count", "people", "people", "person", "missing", "", "", "", 8},
    {"count", "residents", "resident", "civilian", "displaced", "", "", "", 5000},
    {"count", "people", "people", "person", "captured", "", "", "", 3},
    {"count", "people", "people", "person", "killed", "Thessaloniki", "", "", 2},
    {"count", "houses", "house", "", "", "", "", "", 150},
    {"count", "bridges", "bridge", "", "", "", "", "", 7},
    {"count", "tents", "tent", "", "", "", "", "", 2000},
    {"money", "", "", "", "", "", "USD", "aid", 2.5e9},
    {"money", "", "", "", "", "", "USD", "damage", 5.4e7},
    {"money", "", "", "", "", "", "EUR", "reward", 35000},
    {"percent", "", "", "", "", "", "%", "turnout", 23},
    {"percent", "", "", "", "", "", "%", "damage", 60},
    {"length", "", "", "", "", "", "km", "epicentre", 75},
    {"magnitude", "", "", "", "", "", "", "quake", 6.1},
    {"age", "", "", "", "", "", "yr", "", 61},
    {"duration", "", "", "", "", "", "h", "standoff", 2},
    {"count", "aftershocks", "aftershock", "", "", "", "", "", 80},
    {"count", "officers", "officer", "combatant", "injured", "", "", "", 2},
    {"count", "votes", "vote", "", "", "", "", "", 234},
};
constexpr size_t kTemplateCount = sizeof(kTemplates) / sizeof(kTemplates[0]);

std::vector<DocAnalysis> MakeStory(size_t n, std::vector<int>* copy_of) {
  Rng rng{42};
  std::vector<DocAnalysis> docs(n);
  copy_of->assign(n, -1);
  for (size_t i = 0; i < n; ++i) {
    DocAnalysis& a = docs[i];
    a.analysed = true;
    a.doc.id = "d" + std::to_string(i);
    a.doc.path = "story/" + a.doc.id + ".txt";
    a.doc.source = "outlet" + std::to_string(rng.Below(300));
    const int day = static_cast<int>(rng.Below(60));
    char date[16];
    std::snprintf(date, sizeof date, "2024-%02d-%02d", 3 + day / 28, 1 + day % 28);
    a.doc.date = date;
    const size_t figures = 1 + rng.Below(3);
    for (size_t k = 0; k < figures; ++k) {
      const Template& t = kTemplates[rng.Below(kTemplateCount)];
      const bool cumulative = std::string(t.state) == "killed" || std::string(t.state) == "injured";
      double v = t.base * (cumulative ? 1 + day / 30.0 : 1) * (0.9 + 0.2 * rng.Unit());
      if (v > 20) v = std::round(v);
      Quantity q;
      std::string text = std::to_string(static_cast<long long>(v)) + " " + t.counted;
      q.span.start = static_cast<uint32_t>(a.doc.text.size());
      a.doc.text += text;
      q.span.end = static_cast<uint32_t>(a.doc.text.size());
      a.doc.text += " were reported. ";
      q.value = v;
      const bool hedged = rng.Below(4) == 0;
      q.hedge = hedged ? "about" : "";
      q.band_low = hedged ? v * 0.9 : v;
      q.band_high = hedged ? v * 1.1 : v;
      q.low = q.band_low;
      q.high = q.band_high;
      q.unit = t.unit;
      Claim c;
      c.quantity = static_cast<int>(a.quantities.size());
      c.clause = q.span;
      c.kind = t.kind;
      c.unit = t.unit;
      c.counted = t.counted;
      c.counted_lemma = t.lemma;
      c.group = t.group;
      c.state = t.state;
      c.place = t.place;
      c.place_named = c.place[0] != 0;
      c.place_kind = c.place_named ? "settlement" : "";
      c.topic = t.topic;
      c.as_of = date;
      c.speaker = rng.Below(3) == 0 ? "" : "Official" + std::to_string(rng.Below(200));
      c.context = {Atom(t.topic[0] ? t.topic : "report"), Atom("official")};
      c.measure = std::string(t.counted) + " " + t.state + " " + t.topic;
      a.quantities.push_back(q);
      a.claims.push_back(c);
    }
    if (i > 0 && rng.Below(20) == 0) (*copy_of)[i] = static_cast<int>(rng.Below(i));
  }
  return docs;
}

struct Run {
  double seconds = 0;
  long peak_kb = 0;
  size_t entries = 0, figures = 0;
};

// Runs one size in this process and writes the result to `fd`.
void RunOne(size_t n, int fd) {
  std::vector<int> copy_of;
  std::vector<DocAnalysis> docs = MakeStory(n, &copy_of);
  std::vector<int> story(n);
  size_t figures = 0;
  for (size_t i = 0; i < n; ++i) {
    story[i] = static_cast<int>(i);
    figures += docs[i].claims.size();
  }
  // The word and place tables load once per process, before the clock.
  (void)Lexicon::Default();
  (void)PlaceHierarchy::Default();
  timespec a, b;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
  std::vector<LedgerEntry> ledger = BuildLedger(docs, story, copy_of);
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
  Run r;
  r.seconds = (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
  r.entries = ledger.size();
  r.figures = figures;
  if (write(fd, &r, sizeof r) != static_cast<ssize_t>(sizeof r)) std::_Exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<size_t> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(static_cast<size_t>(std::atoll(argv[i])));
  if (sizes.empty()) sizes = {1000, 10000, 100000};
  std::printf("%10s %10s %8s %12s %12s %10s\n", "reports", "figures", "entries", "CPU s", "peak MB", "µs/figure");
  std::vector<Run> runs;
  for (size_t n : sizes) {
    int fds[2];
    if (pipe(fds) != 0) return 1;
    pid_t pid = fork();
    if (pid == 0) {
      close(fds[0]);
      RunOne(n, fds[1]);
      std::_Exit(0);
    }
    close(fds[1]);
    Run r;
    if (read(fds[0], &r, sizeof r) != static_cast<ssize_t>(sizeof r)) return 1;
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    r.peak_kb = usage.ru_maxrss;
    runs.push_back(r);
    std::printf("%10zu %10zu %8zu %12.3f %12.1f %10.2f\n", n, r.figures, r.entries, r.seconds, r.peak_kb / 1024.0,
                1e6 * r.seconds / r.figures);
    std::fflush(stdout);
  }
  for (size_t i = 1; i < runs.size(); ++i) {
    double k = std::log(static_cast<double>(sizes[i]) / sizes[i - 1]);
    std::printf("exponent %zu -> %zu: time %.2f, memory %.2f\n", sizes[i - 1], sizes[i],
                std::log(runs[i].seconds / runs[i - 1].seconds) / k,
                std::log(static_cast<double>(runs[i].peak_kb) / runs[i - 1].peak_kb) / k);
  }
  return 0;
}
