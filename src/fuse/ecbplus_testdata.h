// Test-only helper (header-only, not part of cc_fuse): loads the ECB+ corpus
// from CROSSCHECK_SHARED_DIR/corpora/ecbplus as plain texts for the copy and
// story tests. A document's text is its XML tokens joined with spaces,
// sentence by sentence (one line each); ecbplus documents carry their source
// URL as sentence 0, which is dropped. `subtopic` (topic + "ecb"/"ecbplus")
// is the gold story label: it is for scoring only, never for clustering.
#ifndef CROSSCHECK_FUSE_ECBPLUS_TESTDATA_H_
#define CROSSCHECK_FUSE_ECBPLUS_TESTDATA_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/paths.h"

namespace crosscheck::testdata {

struct EcbDoc {
  std::string name;      // e.g. "1_10ecbplus.xml"
  std::string subtopic;  // e.g. "1ecbplus"
  std::string text;
};

inline std::string EcbUnescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [name, c] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out += c;
          i += name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

inline std::string EcbText(const std::string& xml, bool drop_sentence0) {
  std::map<int, std::string> sentences;
  size_t pos = 0;
  while ((pos = xml.find("<token ", pos)) != std::string::npos) {
    const size_t gt = xml.find('>', pos);
    const size_t end = xml.find("</token>", gt);
    if (gt == std::string::npos || end == std::string::npos) break;
    const std::string attrs = xml.substr(pos, gt - pos);
    const size_t sp = attrs.find("sentence=\"");
    const int sentence = sp == std::string::npos ? 0 : std::atoi(attrs.c_str() + sp + 10);
    std::string& line = sentences[sentence];
    if (!line.empty()) line += ' ';
    line += EcbUnescape(std::string_view(xml).substr(gt + 1, end - gt - 1));
    pos = end;
  }
  std::string text;
  for (const auto& [n, line] : sentences) {
    if (drop_sentence0 && n == 0) continue;
    text += line;
    text += '\n';
  }
  return text;
}

// All documents, ordered by topic number, then file name (natural order).
inline std::vector<EcbDoc> LoadEcbPlus() {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(CROSSCHECK_SHARED_DIR) / "corpora" / "ecbplus" / "ECB+";
  std::vector<EcbDoc> docs;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return docs;
  std::vector<std::pair<int, fs::path>> topics;
  for (const auto& e : fs::directory_iterator(root)) {
    if (e.is_directory()) topics.emplace_back(std::atoi(e.path().filename().c_str()), e.path());
  }
  std::sort(topics.begin(), topics.end());
  for (const auto& [topic, dir] : topics) {
    std::vector<std::tuple<bool, int, std::string>> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      const std::string name = e.path().filename().string();
      if (name.size() < 4 || name.substr(name.size() - 4) != ".xml") continue;
      const bool plus = name.find("ecbplus") != std::string::npos;
      const size_t us = name.find('_');
      files.emplace_back(plus, std::atoi(name.c_str() + us + 1), name);
    }
    std::sort(files.begin(), files.end());
    for (const auto& [plus, number, name] : files) {
      std::ifstream in(dir / name, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      docs.push_back(EcbDoc{name, std::to_string(topic) + (plus ? "ecbplus" : "ecb"),
                            EcbText(ss.str(), plus)});
    }
  }
  return docs;
}

}  // namespace crosscheck::testdata

#endif  // CROSSCHECK_FUSE_ECBPLUS_TESTDATA_H_
