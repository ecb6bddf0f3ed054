// "Who" benchmark (issue 5): tokenisation + named entities + quotes +
// attribution, the work compared with compromise and wink-nlp by
// bench/who_peer.js on the same files. Reads the first N files (sorted by
// name) of a corpus folder, runs Segment, EntityRecognizer::Recognize,
// RecognizeQuotes and one Attribute per number token on each, and prints
// MB per CPU second. Usage: who_bench DIR [MAX_MB]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/quote/lexicon.h"
#include "recognize/quote/quote.h"
#include "segment/segmenter.h"

namespace {
double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}
// The timed work, in a function of its own so that a profiler can count it
// alone: valgrind --tool=callgrind --collect-atstart=no
// --toggle-collect='*RunDocuments*' build/bench/who_bench DIR 1.0
struct Totals {
  size_t entities = 0, quotes = 0, attributed = 0;
  double stage[4] = {};
};
[[gnu::noinline]] Totals RunDocuments(const crosscheck::EntityRecognizer& ner,
                                      const std::vector<crosscheck::Document>& docs) {
  using namespace crosscheck;
  Totals tot;
  // Per-stage wall time (monotonic clock), printed after the total: it tells
  // where the CPU time goes without a profiler.
  auto now = [] { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); };
  for (const Document& d : docs) {
    double a = now();
    Segmentation seg = Segment(d.text);
    double b = now();
    std::vector<Entity> es = ner.Recognize(d, seg);
    double c = now();
    std::vector<Quote> qs = RecognizeQuotes(d, seg, es);
    double e = now();
    for (const Token& t : seg.tokens)
      if (t.kind == TokenKind::kNumber) tot.attributed += !Attribute(d, seg, qs, t.span).speaker.empty();
    double f = now();
    tot.stage[0] += b - a;
    tot.stage[1] += c - b;
    tot.stage[2] += e - c;
    tot.stage[3] += f - e;
    tot.entities += es.size();
    tot.quotes += qs.size();
  }
  return tot;
}
}  // namespace

int main(int argc, char** argv) {
  using namespace crosscheck;
  if (argc < 2) {
    std::fprintf(stderr, "usage: who_bench DIR [MAX_MB]\n");
    return 2;
  }
  double max_mb = argc > 2 ? std::atof(argv[2]) : 1e9;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(argv[1]))
    if (e.is_regular_file()) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::vector<Document> docs;
  size_t bytes = 0;
  for (const std::string& f : files) {
    if (bytes / 1e6 >= max_mb) break;
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Document d;
    d.id = std::to_string(docs.size());
    d.text = ss.str();
    bytes += d.text.size();
    docs.push_back(std::move(d));
  }
  auto ner = EntityRecognizer::Load(EntityRecognizer::DefaultModelDir());
  if (!ner.ok()) {
    std::fprintf(stderr, "%s\n", ner.error().message.c_str());
    return 1;
  }
  {
    // Warm-up outside the timing: the word tables the recognizers build on
    // first use (quote lexicon classes, first names, speech verbs) are part
    // of loading, like the model above, not of the per-document work.
    quote_lexicon::BuildTables();
    Document w;
    w.id = "warm-up";
    w.text = "\"We evacuated 40 people,\" the mayor, Vadym Boychenko, told reporters in Kyiv on Monday.";
    Segmentation seg = Segment(w.text);
    std::vector<Entity> es = (*ner)->Recognize(w, seg);
    std::vector<Quote> qs = RecognizeQuotes(w, seg, es);
    for (const Token& t : seg.tokens)
      if (t.kind == TokenKind::kNumber) (void)Attribute(w, seg, qs, t.span);
  }
  double t0 = CpuSeconds();
  const Totals tot = RunDocuments(**ner, docs);
  const size_t entities = tot.entities, quotes = tot.quotes, attributed = tot.attributed;
  const double* stage = tot.stage;
  double secs = CpuSeconds() - t0;
  std::printf("crosscheck who: %zu docs, %.2f MB, %.3f CPU s, %.2f MB/s; %zu entities, %zu quotes, %zu attributed numbers\n",
              docs.size(), bytes / 1e6, secs, bytes / 1e6 / secs, entities, quotes, attributed);
  std::printf("stages (wall s): segment %.3f, entities %.3f, quotes %.3f, attribution %.3f\n", stage[0], stage[1],
              stage[2], stage[3]);
  return 0;
}
