// Test-only helper (header-only, not part of cc_fuse): loads the BASIL
// corpus (Fan et al., EMNLP 2019; research use, read in place from
// CROSSCHECK_SHARED_DIR/corpora/basil, never copied into the repository) as
// plain texts for the story tests. A document's text is its title on the
// first line, then one line per paragraph (sentences joined by a space);
// `day` is its publication date as days since the epoch.
//
// The split (docs/STORIES.md), fixed before any tuning: an event (a
// triplet-uuid, three outlets) is in the tuning half when the first hex digit
// of its triplet-uuid is 0-7 (53 events), else in the measuring half (47).
// `event` (the triplet-uuid) is the gold story: for scoring only.
#ifndef CROSSCHECK_FUSE_BASIL_TESTDATA_H_
#define CROSSCHECK_FUSE_BASIL_TESTDATA_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/paths.h"

namespace crosscheck::testdata {

// An article's text as the tests read it: its title on the first line, then
// one line per non-empty paragraph (sentences joined by a space), at most
// `max_paragraphs` of them when it is not negative.
inline std::string BasilArticleText(const nlohmann::json& j, int max_paragraphs = -1) {
  std::string text = j.value("title", "") + "\n";
  if (!j.contains("body-paragraphs") || !j["body-paragraphs"].is_array()) return text;
  int kept = 0;
  for (const auto& para : j["body-paragraphs"]) {
    if (kept == max_paragraphs) break;
    std::string line;
    if (para.is_array()) {
      for (const auto& s : para) {
        if (!s.is_string()) continue;
        if (!line.empty()) line += ' ';
        line += s.get<std::string>();
      }
    } else if (para.is_string()) {
      line = para.get<std::string>();
    }
    if (line.empty()) continue;
    text += line + "\n";
    ++kept;
  }
  return text;
}

struct BasilDoc {
  std::string path;    // relative to corpora/basil/articles, e.g. "2016/<uuid>_1.json"
  std::string event;   // triplet-uuid
  std::string source;  // fox | nyt | hpo
  std::string date;    // YYYY-MM-DD
  std::string text;
  bool tuning = false;  // in the tuning half (see above)
};

inline bool BasilTuningEvent(const std::string& triplet) {
  return !triplet.empty() && ((triplet[0] >= '0' && triplet[0] <= '7'));
}

// All 300 documents, ordered by path (year, then triplet, then outlet
// number); empty when the corpus is missing.
inline std::vector<BasilDoc> LoadBasil() {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(CROSSCHECK_SHARED_DIR) / "corpora" / "basil" / "articles";
  std::vector<BasilDoc> docs;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return docs;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const nlohmann::json j = nlohmann::json::parse(ss.str(), nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) continue;
    BasilDoc d;
    d.path = fs::relative(p, root).string();
    d.event = j.value("triplet-uuid", "");
    d.source = j.value("source", "");
    d.date = j.value("date", "");
    d.tuning = BasilTuningEvent(d.event);
    d.text = BasilArticleText(j);
    docs.push_back(std::move(d));
  }
  return docs;
}

// ECB+ split (docs/STORIES.md), the standard one of Cybulska & Vossen (2015):
// topics 1-35 are for tuning, topics 36-45 (20 sub-topics) for measuring.
inline bool EcbTuningTopic(int topic) { return topic <= 35; }

}  // namespace crosscheck::testdata

#endif  // CROSSCHECK_FUSE_BASIL_TESTDATA_H_
