// Speaker accuracy against the hand-made gold of the first 25 ECB+ ecbplus
// documents (tests/gold/ecbplus_quote_speakers.tsv). Each gold row names a
// document, the first words of a direct quote and its speaker; a row counts
// as right when RecognizeQuotes returns a direct quote whose text starts
// with those words and whose speaker equals the gold one (ASCII case
// folded). Prints every row; fails below the floor.
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "recognize/quote/ecbplus_text.h"
#include "recognize/quote/quote.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

constexpr double kFloor = 0.9;

std::string Fold(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

struct GoldRow {
  std::string doc, prefix, speaker;
};

std::vector<GoldRow> ReadGold(const std::string& path) {
  std::vector<GoldRow> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    GoldRow r;
    std::getline(ls, r.doc, '\t');
    std::getline(ls, r.prefix, '\t');
    std::getline(ls, r.speaker, '\t');
    rows.push_back(r);
  }
  return rows;
}

TEST(EcbPlusQuoteSpeakers, AccuracyAboveFloor) {
  const std::string gold_path = std::string(CROSSCHECK_SOURCE_DIR) + "/tests/gold/ecbplus_quote_speakers.tsv";
  const std::string corpus = std::string(CROSSCHECK_SHARED_DIR) + "/corpora/ecbplus/ECB+/";
  std::vector<GoldRow> gold = ReadGold(gold_path);
  ASSERT_GE(gold.size(), 20u) << "gold file missing or short: " << gold_path;
  std::map<std::string, std::pair<std::string, std::vector<Quote>>> docs;
  int right = 0;
  for (const GoldRow& row : gold) {
    SCOPED_TRACE(row.doc + " | " + row.prefix);
    auto it = docs.find(row.doc);
    if (it == docs.end()) {
      std::string text = ecbplus::LoadText(corpus + row.doc);
      ASSERT_FALSE(text.empty()) << "cannot read " << corpus + row.doc;
      Document doc;
      doc.text = text;
      Segmentation seg = Segment(doc.text);
      std::vector<Quote> quotes = RecognizeQuotes(doc, seg, {});
      it = docs.emplace(row.doc, std::make_pair(text, std::move(quotes))).first;
    }
    const std::string& text = it->second.first;
    std::string got = "(no quote found)";
    for (const Quote& q : it->second.second) {
      if (!q.direct) continue;
      if (std::string_view(text).substr(q.span.start, q.span.size()).rfind(row.prefix, 0) == 0) {
        got = q.speaker;
        break;
      }
    }
    bool ok = Fold(got) == Fold(row.speaker);
    right += ok;
    std::cout << (ok ? "  ok   " : "  MISS ") << row.doc << " | " << row.prefix << " | gold: " << row.speaker
              << " | got: " << got << "\n";
  }
  double accuracy = static_cast<double>(right) / gold.size();
  std::cout << "ECB+ quote speaker accuracy: " << right << "/" << gold.size() << " = " << accuracy << "\n";
  EXPECT_GE(accuracy, kFloor);
}

}  // namespace
}  // namespace crosscheck
