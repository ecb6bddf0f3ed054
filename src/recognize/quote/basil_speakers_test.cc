// Quote speakers on a hand gold of BASIL articles (tests/gold/
// basil_quote_speakers.tsv; docs/ATTRIBUTION.md "BASIL speaker gold"): US
// political news from three outlets that no quote rule was written or tuned
// against. The corpus is read in place from CROSSCHECK_SHARED_DIR (research
// use, never copied); the gold holds only article ids, byte offsets and
// speaker names. Entities come from the committed entity model, as in the
// pipeline. Scoring: our quote for a gold region is the direct quote
// overlapping it most; right when SameSpeaker (polnear_eval.h) says our
// speaker names the gold speaker (the referent for pronouns and
// descriptions).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "core/paths.h"
#include "fuse/basil_testdata.h"
#include "recognize/quote/polnear_eval.h"
#include "recognize/quote/quote.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

struct BasilGoldQuote {
  std::string doc;
  uint32_t start = 0, end = 0;  // byte offsets of the marks (end: past the closing mark)
  char kind = 'N';  // N named, P pronoun, R description, C continuation, O organisation/group/document, U unnamed person
  std::string speaker;
};

std::vector<BasilGoldQuote> LoadBasilGold(const std::string& path) {
  std::vector<BasilGoldQuote> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::stringstream ss(line);
    BasilGoldQuote g;
    std::string start, end, kind;
    std::getline(ss, g.doc, '\t');
    std::getline(ss, start, '\t');
    std::getline(ss, end, '\t');
    std::getline(ss, kind, '\t');
    std::getline(ss, g.speaker, '\t');
    g.start = static_cast<uint32_t>(std::stoul(start));
    g.end = static_cast<uint32_t>(std::stoul(end));
    g.kind = kind.empty() ? '?' : kind[0];
    rows.push_back(g);
  }
  return rows;
}

// Scores the gold file `name` (under tests/gold) and returns the accuracy
// (-1 when the corpus is absent); prints a line per kind, and every miss
// unless `print_misses` is false (a measuring half: its errors are not read).
double ScoreBasilSpeakerGold(const char* name, const char* label, size_t min_rows, bool print_misses = true) {
  const auto docs = testdata::LoadBasil();
  if (docs.empty()) return -1;
  auto ner = EntityRecognizer::Load(EntityRecognizer::DefaultModelDir());
  EXPECT_TRUE(ner.ok()) << ner.error().message;
  if (!ner.ok()) return 0;
  const auto gold = LoadBasilGold(std::string(CROSSCHECK_SOURCE_DIR) + "/tests/gold/" + name);
  EXPECT_GE(gold.size(), min_rows);
  if (gold.size() < min_rows) return 0;

  std::map<std::string, const testdata::BasilDoc*> by_path;
  for (const auto& d : docs) by_path[d.path.substr(0, d.path.size() - 5)] = &d;  // drop ".json"
  std::map<char, std::pair<int, int>> score;  // kind -> (right, all)
  std::map<std::string, std::vector<Quote>> quotes;
  for (const BasilGoldQuote& g : gold) {
    auto it = by_path.find(g.doc);
    EXPECT_NE(it, by_path.end()) << g.doc;
    if (it == by_path.end()) return 0;
    const std::string& text = it->second->text;
    EXPECT_LE(g.end, text.size()) << g.doc;
    if (g.end > text.size()) return 0;
    // The offsets hold quotation marks at both ends (a stale rendering of
    // the corpus would break this, not silently shift the gold).
    const bool opens = text.compare(g.start, 1, "\"") == 0 || text.compare(g.start, 3, "\u201c") == 0;
    const bool closes = text.compare(g.end - 1, 1, "\"") == 0 || text.compare(g.end - 3, 3, "\u201d") == 0;
    EXPECT_TRUE(opens && closes) << g.doc << " " << g.start;
    if (!(opens && closes)) return 0;
    if (!quotes.count(g.doc)) {
      Document doc;
      doc.id = g.doc;
      doc.text = text;
      Segmentation seg = Segment(doc.text);
      quotes[g.doc] = RecognizeQuotes(doc, seg, (*ner)->Recognize(doc, seg));
    }
    const Quote* best = nullptr;
    uint32_t best_overlap = 0;
    for (const Quote& q : quotes[g.doc]) {
      if (!q.direct) continue;
      const uint32_t b = std::max(q.span.start, g.start), e = std::min(q.span.end, g.end);
      if (e > b && e - b > best_overlap) {
        best_overlap = e - b;
        best = &q;
      }
    }
    const std::string ours = best ? best->speaker.str() : std::string();
    const bool right = SameSpeaker(ours, g.speaker);
    auto& [r, n] = score[g.kind];
    r += right;
    ++n;
    if (!right && print_misses)
      std::printf("  miss %s %u [%c]: gold '%s', ours '%s'%s\n", g.doc.c_str(), g.start, g.kind, g.speaker.c_str(),
                  ours.c_str(), best ? "" : " (quote not found)");
  }
  int right = 0, all = 0;
  for (const auto& [kind, rn] : score) {
    std::printf("%s [%c]: %d/%d\n", label, kind, rn.first, rn.second);
    right += rn.first;
    all += rn.second;
  }
  const double acc = static_cast<double>(right) / all;
  std::printf("%s: %d/%d = %.3f\n", label, right, all, acc);
  return acc;
}

TEST(BasilQuoteSpeakers, AboveFloor) {
  const double acc = ScoreBasilSpeakerGold("basil_quote_speakers.tsv", "BASIL speaker gold", 80);
  if (acc < 0) GTEST_SKIP() << "BASIL corpus not found under " << CROSSCHECK_SHARED_DIR;
  // Regression floor at the level reached (docs/ATTRIBUTION.md): 61/82 =
  // 0.744 before any change made for it, 77/82 = 0.939 after (its errors
  // were read, so it is no longer unseen text).
  EXPECT_GE(acc, 0.93);
}

// The BASIL 2019 gold (session 11; docs/ATTRIBUTION.md "BASIL 2019 speaker
// gold"): annotated before crosscheck ran on it; its first score is the
// fresh estimate recorded there.
TEST(BasilQuoteSpeakers, Fresh2019AboveFloor) {
  const double acc = ScoreBasilSpeakerGold("basil2019_quote_speakers.tsv", "BASIL 2019 speaker gold", 100);
  if (acc < 0) GTEST_SKIP() << "BASIL corpus not found under " << CROSSCHECK_SHARED_DIR;
  // Fresh estimate 98/110 = 0.891 (session 11, before any change made for
  // it); the floor sits a little below.
  EXPECT_GE(acc, 0.87);
}

// The BASIL 2013 gold (session 12; docs/ATTRIBUTION.md "BASIL 2013 speaker
// gold"): annotated and committed before crosscheck ran on it; its first
// score is the fresh estimate recorded there.
TEST(BasilQuoteSpeakers, Fresh2013AboveFloor) {
  const double acc = ScoreBasilSpeakerGold("basil2013_quote_speakers.tsv", "BASIL 2013 speaker gold", 90);
  if (acc < 0) GTEST_SKIP() << "BASIL corpus not found under " << CROSSCHECK_SHARED_DIR;
  // Fresh estimate 74/97 = 0.763 (session 12, before any change made for
  // it); the floor sits a little below.
  EXPECT_GE(acc, 0.74);
}

// The BASIL 2011 gold (session 16; docs/ATTRIBUTION.md "Session 16"):
// annotated and committed before crosscheck ran on it, split by event into
// a tuning half (its misses printed) and a measuring half (scored once at
// the session's end, its misses never printed).
TEST(BasilQuoteSpeakers, Fresh2011TuningAboveFloor) {
  const double acc = ScoreBasilSpeakerGold("basil2011_tuning_quote_speakers.tsv", "BASIL 2011 tuning half", 35);
  if (acc < 0) GTEST_SKIP() << "BASIL corpus not found under " << CROSSCHECK_SHARED_DIR;
  // Fresh estimate 34/37 = 0.919 on main's engine; 36/37 after session 16
  // tuned on it.
  EXPECT_GE(acc, 0.97);
}

TEST(BasilQuoteSpeakers, Fresh2011MeasuringAboveFloor) {
  const double acc = ScoreBasilSpeakerGold("basil2011_measuring_quote_speakers.tsv", "BASIL 2011 measuring half", 40,
                                           /*print_misses=*/false);
  if (acc < 0) GTEST_SKIP() << "BASIL corpus not found under " << CROSSCHECK_SHARED_DIR;
  // 38/41 = 0.927 on main's engine and at session 16's end.
  EXPECT_GE(acc, 0.92);
}

// The BASIL 2016 gold (session 17; docs/ATTRIBUTION.md "BASIL 2016 speaker
// gold"): the six 2016 events from July on (the months around PolNeAR dev's),
// annotated and committed before crosscheck ran on them, split by event into
// a tuning half (its misses printed) and a measuring half (scored fresh and
// once at the session's end, its misses never printed).
TEST(BasilQuoteSpeakers, Fresh2016TuningAboveFloor) {
  const double acc = ScoreBasilSpeakerGold("basil2016_tuning_quote_speakers.tsv", "BASIL 2016 tuning half", 110);
  if (acc < 0) GTEST_SKIP() << "BASIL corpus not found under " << CROSSCHECK_SHARED_DIR;
  // Fresh estimate 97/113 = 0.858 on main's engine (7ef444a); 108/113 =
  // 0.956 after session 17 tuned on it.
  EXPECT_GE(acc, 0.95);
}

TEST(BasilQuoteSpeakers, Fresh2016MeasuringAboveFloor) {
  const double acc = ScoreBasilSpeakerGold("basil2016_measuring_quote_speakers.tsv", "BASIL 2016 measuring half", 105,
                                           /*print_misses=*/false);
  if (acc < 0) GTEST_SKIP() << "BASIL corpus not found under " << CROSSCHECK_SHARED_DIR;
  // 96/107 = 0.897 on main's engine and at session 17's end (unchanged).
  EXPECT_GE(acc, 0.89);
}

}  // namespace
}  // namespace crosscheck
