// build_background: writes the story background model (docs/STORIES.md,
// "Background model") from the GMB corpus.
//
//   build_background GMB_CSV_GZ OUT_TSV [--doc-bytes 3000] [--references 128]
//
// GMB sentences (Voice of America news, public domain; corpus order is
// document order) are joined, in order, into background documents of about
// --doc-bytes bytes of text, the size of a short news report; features are
// those ExtractStoryFeatures gives the clusterer. The output holds the
// number of documents, every feature found in at least two of them with its
// document frequency, and --references whole documents taken at an even
// stride as the reference sample. Deterministic: the same corpus gives the
// same bytes (tools/stories/build_background.sh checks the checksum).
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "fuse/stories.h"

namespace {

// Splits one CSV row (RFC 4180 quoting) into fields.
std::vector<std::string> CsvFields(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        out.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: build_background GMB_CSV_GZ OUT_TSV [--doc-bytes N] [--references N]\n");
    return 2;
  }
  const std::string gmb = argv[1], out_path = argv[2];
  size_t doc_bytes = 3000, references = 128;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--doc-bytes") doc_bytes = std::strtoul(argv[i + 1], nullptr, 10);
    else if (flag == "--references") references = std::strtoul(argv[i + 1], nullptr, 10);
  }
  const std::string cmd = "gzip -dc '" + gmb + "'";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  if (!pipe) {
    std::fprintf(stderr, "build_background: cannot run %s\n", cmd.c_str());
    return 1;
  }
  // Sentences, each its tokens joined by spaces.
  std::vector<std::string> sentences;
  std::string line;
  bool header = true;
  char buf[1 << 16];
  std::string pending;
  auto take_row = [&](const std::string& row) {
    if (header) {
      header = false;
      return;
    }
    const std::vector<std::string> f = CsvFields(row);
    if (f.size() < 2) return;
    if (!f[0].empty() || sentences.empty()) sentences.emplace_back();
    if (!sentences.back().empty()) sentences.back() += ' ';
    sentences.back() += f[1];
  };
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, pipe.get())) > 0) {
    pending.append(buf, got);
    size_t start = 0, nl;
    while ((nl = pending.find('\n', start)) != std::string::npos) {
      std::string row = pending.substr(start, nl - start);
      if (!row.empty() && row.back() == '\r') row.pop_back();
      take_row(row);
      start = nl + 1;
    }
    pending.erase(0, start);
  }
  if (!pending.empty()) take_row(pending);
  if (sentences.size() < 1000) {
    std::fprintf(stderr, "build_background: only %zu sentences read from %s\n", sentences.size(), gmb.c_str());
    return 1;
  }
  // Background documents: consecutive sentences up to doc_bytes.
  std::vector<std::string> docs(1);
  for (const std::string& s : sentences) {
    if (docs.back().size() >= doc_bytes) docs.emplace_back();
    docs.back() += s;
    docs.back() += '\n';
  }
  std::map<std::string, int> df[2];
  std::vector<std::vector<std::pair<std::string, int>>> refs;  // "e:key" / "t:key", count
  const size_t stride = std::max<size_t>(1, docs.size() / std::max<size_t>(1, references));
  for (size_t d = 0; d < docs.size(); ++d) {
    const crosscheck::StoryFeatures f = crosscheck::ExtractStoryFeatures(docs[d]);
    std::map<std::string, int> counts;
    for (const std::string& e : f.entities) ++counts["e:" + e];
    for (const std::string& t : f.terms) ++counts["t:" + t];
    for (const auto& [key, n] : counts) ++df[key[0] == 'e' ? 0 : 1][key.substr(2)];
    if (d % stride == stride / 2 && refs.size() < references) refs.emplace_back(counts.begin(), counts.end());
  }
  FILE* out = std::fopen(out_path.c_str(), "wb");
  if (!out) {
    std::fprintf(stderr, "build_background: cannot write %s\n", out_path.c_str());
    return 1;
  }
  std::fprintf(out,
               "# crosscheck story background model (docs/STORIES.md). Built by tools/stories/build_background.sh\n"
               "# from corpora/gmb-ner/ner_dataset.csv.gz (Groningen Meaning Bank, Voice of America news,\n"
               "# texts public domain): %zu sentences in corpus order joined into documents of ~%zu bytes.\n"
               "# Rows: documents N; e|t KEY DF for features in >= 2 documents; r = one reference document.\n",
               sentences.size(), doc_bytes);
  std::fprintf(out, "documents\t%zu\n", docs.size());
  size_t kept = 0;
  for (int k = 0; k < 2; ++k) {
    for (const auto& [key, n] : df[k]) {
      if (n < 2) continue;
      std::fprintf(out, "%c\t%s\t%d\n", k == 0 ? 'e' : 't', key.c_str(), n);
      ++kept;
    }
  }
  for (const auto& r : refs) {
    std::fputc('r', out);
    for (const auto& [key, n] : r) std::fprintf(out, "\t%s=%d", key.c_str(), n);
    std::fputc('\n', out);
  }
  std::fclose(out);
  std::fprintf(stderr, "build_background: %zu sentences, %zu documents, %zu features kept, %zu references -> %s\n",
               sentences.size(), docs.size(), kept, refs.size(), out_path.c_str());
  return 0;
}
