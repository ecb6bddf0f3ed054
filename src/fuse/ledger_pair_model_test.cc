// The ledger pair model: its table format, its fit, the committed table, and
// the ledger's hooks (samples for training; a model whose thresholds are off
// leaves the ledger as the rules make it).
#include "fuse/ledger_pair_model.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/paths.h"
#include "fuse/ledger.h"
#include "fuse/ledger_test_util.h"

namespace crosscheck {
namespace {

using testing::Fig;
using testing::MakeReport;

Fig Count(const std::string& text, double v, const std::string& counted, const std::string& lemma,
          const std::string& state) {
  Fig f;
  f.text = text;
  f.value = f.band_low = f.band_high = v;
  f.counted = counted;
  f.lemma = lemma;
  f.group = lemma == "people" ? "person" : "";
  f.state = state;
  f.place_named = false;
  return f;
}

TEST(PairModelTest, TableRoundTrips) {
  PairModel m;
  for (int i = 0; i < kPairFeatures; ++i) m.weights[i] = 0.25 * (i % 5) - 0.5;
  m.join_threshold = 0.9;
  m.veto_threshold = 0.02;
  m.choose_weight = 1;
  std::string error;
  std::optional<PairModel> back = PairModel::Parse(m.Serialize("# a test\n"), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->weights, m.weights);
  EXPECT_DOUBLE_EQ(back->join_threshold, 0.9);
  EXPECT_DOUBLE_EQ(back->veto_threshold, 0.02);
  EXPECT_DOUBLE_EQ(back->choose_weight, 1);
}

TEST(PairModelTest, TableRejectsMissingAndUnknownFeatures) {
  const struct {
    const char* name;
    std::string text;
  } kRows[] = {
      {"no weights", "join_threshold\t0.9\n"},
      {"unknown feature", PairModel().Serialize("") + "w\tno_such_feature\t1\n"},
      {"bad row", PairModel().Serialize("") + "what\n"},
      {"bad number", "join_threshold\tx\n"},
  };
  for (const auto& row : kRows) {
    SCOPED_TRACE(row.name);
    std::string error;
    EXPECT_FALSE(PairModel::Parse(row.text, &error));
    EXPECT_FALSE(error.empty());
  }
}

TEST(PairModelTest, FitSeparatesAndIsDeterministic) {
  // Feature 1 decides the label; feature 2 is noise that agrees with it half
  // the time.
  std::vector<std::array<double, kPairFeatures>> x;
  std::vector<int> y;
  for (int i = 0; i < 40; ++i) {
    std::array<double, kPairFeatures> row{};
    row[0] = 1;
    row[1] = i % 4 == 0 ? 1 : 0;
    row[2] = (i / 4) % 2;
    x.push_back(row);
    y.push_back(i % 4 == 0);
  }
  std::vector<double> w = FitLogistic(x, y);
  EXPECT_GT(w[1], 1.0);
  EXPECT_LT(std::abs(w[2]), 0.5);
  PairModel m;
  m.weights = w;
  EXPECT_GT(m.Probability(x[0].data()), 0.8);
  EXPECT_LT(m.Probability(x[1].data()), 0.2);
  EXPECT_EQ(FitLogistic(x, y), w);
  // One class only: nothing to learn.
  EXPECT_EQ(FitLogistic(x, std::vector<int>(x.size(), 1)), std::vector<double>(kPairFeatures, 0.0));
}

TEST(PairModelTest, CommittedTableParses) {
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/data/ledger/pair_model.tsv");
  ASSERT_TRUE(in) << "data/ledger/pair_model.tsv missing";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string error;
  std::optional<PairModel> m = PairModel::Parse(ss.str(), &error);
  ASSERT_TRUE(m) << error;
  // The rules' own verdict is evidence of one measure.
  EXPECT_GT(m->weights[1], 0);
}

TEST(PairModelTest, LedgerHooks) {
  std::vector<DocAnalysis> docs = {
      MakeReport("a", "Wire", "2022-05-04",
                 {Count("five people", 5, "people", "people", "killed"), Count("12 people", 12, "people", "people", "injured")}),
      MakeReport("b", "Daily", "2022-05-04", {Count("five people", 5, "people", "people", "killed")}),
  };
  std::vector<int> all = {0, 1};
  std::vector<int> copy_of = {-1, -1};
  // Samples: the pairs of two reports only (two here), features bounded.
  std::vector<PairSample> samples;
  LedgerOptions o;
  o.pair_samples = &samples;
  std::vector<LedgerEntry> rules = BuildLedger(docs, all, copy_of, o);
  ASSERT_EQ(samples.size(), 2u);
  for (const PairSample& s : samples) {
    EXPECT_NE(s.a.doc, s.b.doc);
    EXPECT_EQ(s.x[0], 1);
    for (double v : s.x) EXPECT_LE(std::abs(v), 1.0);
  }
  const bool killed_pair = samples[0].a.claim == 0 || samples[0].b.claim == 0;
  EXPECT_EQ(samples[killed_pair ? 0 : 1].x[1], 1);  // the rules pass the two tolls
  EXPECT_EQ(samples[killed_pair ? 1 : 0].x[1], 0);  // killed vs injured: refused
  // A model whose thresholds are off leaves the rules' ledger.
  PairModel off;
  for (int i = 0; i < kPairFeatures; ++i) off.weights[i] = 1;
  LedgerOptions with;
  with.pair_model = &off;
  std::vector<LedgerEntry> same = BuildLedger(docs, all, copy_of, with);
  ASSERT_EQ(same.size(), rules.size());
  auto refs = [](const LedgerEntry& e) {
    std::vector<std::pair<int, int>> out;
    for (const ClaimRef& r : e.claims) out.push_back({r.doc, r.claim});
    return out;
  };
  for (size_t i = 0; i < rules.size(); ++i) EXPECT_EQ(refs(same[i]), refs(rules[i]));
  // A model that would join anything still never joins a figure to an
  // entry holding a figure of its own report: the injured stay apart from
  // the killed of their report.
  PairModel all_in = off;
  all_in.join_threshold = 0;
  std::vector<LedgerEntry> joined = BuildLedger(docs, all, copy_of, LedgerOptions{.pair_model = &all_in});
  EXPECT_EQ(joined.size(), 2u);
}

}  // namespace
}  // namespace crosscheck
