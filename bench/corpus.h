// The benchmark corpus (bench/make_corpus) as Documents, for the Google
// Benchmark binaries: every *.txt file of $CROSSCHECK_CORPUS (default
// build/corpus), sorted by name, loaded once per process.
#ifndef CROSSCHECK_BENCH_CORPUS_H_
#define CROSSCHECK_BENCH_CORPUS_H_

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"

namespace crosscheck::bench {

inline std::string CorpusDir() {
  const char* env = std::getenv("CROSSCHECK_CORPUS");
  return env && *env ? env : "build/corpus";
}

// Each document's id is its file name, its path the file's path and, when
// `date` is given, its publication date that (for the time recognizer).
inline const std::vector<Document>& BenchCorpus(const char* date = nullptr) {
  static const std::vector<Document>* docs = [date] {
    auto* v = new std::vector<Document>;
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(CorpusDir(), ec))
      if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      Document d;
      d.path = f.string();
      d.id = f.filename().string();
      d.text = ss.str();
      if (date) d.date = date;
      v->push_back(std::move(d));
    }
    return v;
  }();
  return *docs;
}

inline size_t CorpusBytes(const std::vector<Document>& docs) {
  size_t n = 0;
  for (const Document& d : docs) n += d.text.size();
  return n;
}

}  // namespace crosscheck::bench

#endif  // CROSSCHECK_BENCH_CORPUS_H_
