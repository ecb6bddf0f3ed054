// Quality floor for the sentence splitter, scored against ECB+ gold
// sentences (see ecbplus_gold_testing.h for the detokenisation and which
// boundaries are scored). Nothing in the splitter was tuned on single
// documents of this corpus; its rules are general news-style rules.
//
// Scoring: a predicted boundary is the end of a predicted sentence other
// than the last. TP = predicted boundaries at scored gold boundaries; FP =
// predicted boundaries at no gold boundary (those at excluded gold
// boundaries count neither way); FN = scored gold boundaries not predicted.
#include <cstdio>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "segment/ecbplus_gold_testing.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

struct Counts {
  long tp = 0, fp = 0, fn = 0, excluded = 0, docs = 0;
  double P() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double R() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
  double F1() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0.0; }
  void Add(const Counts& o) {
    tp += o.tp; fp += o.fp; fn += o.fn; excluded += o.excluded; docs += o.docs;
  }
};

std::string Context(const std::string& text, uint32_t at) {
  uint32_t b = at > 50 ? at - 50 : 0;
  std::string s = text.substr(b, at - b) + " || " + text.substr(at, 50);
  for (char& c : s) if (c == '\n') c = ' ';
  return s;
}

TEST(SentenceQualityTest, EcbPlusBoundaryF1AboveFloor) {
  std::vector<testing::GoldDoc> docs = testing::LoadEcbPlusGold();
  ASSERT_GT(docs.size(), 900u) << "ECB+ not found under " << testing::EcbPlusRoot();
  Counts total;
  std::map<std::string, Counts> by_topic;
  std::vector<std::pair<std::string, Counts>> by_file;
  std::vector<std::string> errors;
  for (const testing::GoldDoc& doc : docs) {
    Segmentation seg = Segment(doc.text);
    std::set<uint32_t> predicted;
    for (size_t i = 0; i + 1 < seg.sentences.size(); ++i) predicted.insert(seg.sentences[i].span.end);
    std::set<uint32_t> scored(doc.scored.begin(), doc.scored.end());
    std::set<uint32_t> excluded(doc.excluded.begin(), doc.excluded.end());
    Counts c;
    c.docs = 1;
    c.excluded = static_cast<long>(excluded.size());
    for (uint32_t p : predicted) {
      if (scored.count(p)) {
        ++c.tp;
      } else if (!excluded.count(p)) {
        ++c.fp;
        errors.push_back("FP " + doc.name + ": " + Context(doc.text, p));
      }
    }
    for (uint32_t g : scored) {
      if (!predicted.count(g)) {
        ++c.fn;
        errors.push_back("FN " + doc.name + ": " + Context(doc.text, g));
      }
    }
    by_topic[doc.name.substr(0, doc.name.find('/'))].Add(c);
    by_file.emplace_back(doc.name, c);
    total.Add(c);
  }
  std::printf("per file: name tp/fp/fn/excluded\n");
  for (size_t i = 0; i < by_file.size(); ++i) {
    const Counts& c = by_file[i].second;
    std::printf("%-22s %3ld/%ld/%ld/%ld%s", by_file[i].first.c_str(), c.tp, c.fp, c.fn, c.excluded,
                i % 4 == 3 || i + 1 == by_file.size() ? "\n" : "  ");
  }
  std::printf("%-6s %5s %6s %5s %5s %6s %7s %7s %7s\n", "topic", "docs", "tp", "fp", "fn", "excl", "P", "R", "F1");
  for (const auto& [topic, c] : by_topic) {
    std::printf("%-6s %5ld %6ld %5ld %5ld %6ld %7.4f %7.4f %7.4f\n", topic.c_str(), c.docs, c.tp, c.fp, c.fn,
                c.excluded, c.P(), c.R(), c.F1());
  }
  std::printf("%-6s %5ld %6ld %5ld %5ld %6ld %7.4f %7.4f %7.4f\n", "ALL", total.docs, total.tp, total.fp, total.fn,
              total.excluded, total.P(), total.R(), total.F1());
  std::printf("excluded gold boundaries (sentence not ending in . ! ?): %ld\n", total.excluded);
  const size_t kShow = std::getenv("SEGMENT_SHOW_ALL_ERRORS") ? errors.size() : 30;
  for (size_t i = 0; i < errors.size() && i < kShow; ++i) std::printf("  %s\n", errors[i].c_str());
  EXPECT_GE(total.F1(), 0.97) << "P=" << total.P() << " R=" << total.R();
}

}  // namespace
}  // namespace crosscheck
