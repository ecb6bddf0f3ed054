// ledger_pair_model: fits the ledger's pair model (fuse/ledger_pair_model.h)
// on the TUNING parts of the ledger gold and measures it leave-one-part-out
// (docs/LEDGER.md, "Session 28 (ledger17)"). The measuring half is never
// analysed: its events are dropped right after the gold is read.
//
//   build/ledger_pair_model                 # LOPO table: baseline vs model, per tuning part
//   build/ledger_pair_model --write data/ledger/pair_model.tsv   # fit on every tuning part, write the table
//   build/ledger_pair_model --check data/ledger/pair_model.tsv   # exit 1 unless a rebuild gives the same table
// Options of the fit: --l2 X (1e-3), --epochs N (400), --flag-weight W (3),
// --without-rules, --refused-only; --log PART prints a held-out tuning
// part's errors, baseline then model, to stderr.
//
// Samples: every pair of ledger candidates of one kind from two reports of
// an event whose claims both hold a gold figure (the quantity overlapping
// it most); label 1 when the two figures are of one gold group. LOPO: for
// each part, the weights and thresholds are fitted on the other parts only
// (thresholds by the objective below, over a fixed grid), then the part is
// scored with them. Objective on the fitting parts: same-measure pairs
// gained minus different-measure pairs merged minus 3 per flag lost, with
// every fitting part's kept-apart share at 0.95 or more.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/paths.h"
#include "fuse/ledger.h"
#include "fuse/ledger_gold_testing.h"
#include "fuse/ledger_pair_model.h"
#include "pipeline/pipeline.h"

using namespace crosscheck;
using testing::GoldEvent;
using testing::LedgerScore;

namespace {

struct Event {
  GoldEvent gold;
  std::vector<int> all;
  std::vector<int> copy_of;
  std::vector<std::array<double, kPairFeatures>> x;
  std::vector<int> y;
};

// --without-rules: the rules' verdict (features rules_ok, rules_score) is
// left out of the fit, so the model judges the frames alone.
bool g_without_rules = false;
// --refused-only: fitted on the pairs the rules refuse only (what the
// model's joins see).
bool g_refused_only = false;

// The fit's regularisation and length (--l2, --epochs).
double g_l2 = 1e-3;
int g_epochs = 400;
// Pairs a flag lost costs in the objective (--flag-weight N).
double g_flag_weight = 3;

const char* kParts[] = {"tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7"};
constexpr int kNumParts = 7;

int PartOf(const std::string& split) {
  for (int p = 0; p < kNumParts; ++p)
    if (split == kParts[p]) return p;
  return -1;
}

// --log PART: the held-out part's errors (tuning parts only), to stderr.
std::string g_log;

LedgerScore ScorePart(std::vector<Event>& events, int part, const PairModel* model, bool log = false) {
  LedgerScore s;
  for (Event& e : events) {
    if (PartOf(e.gold.split) != part) continue;
    LedgerOptions o;
    o.pair_model = model;
    s.Add(testing::ScoreLedger(e.gold, BuildLedger(e.gold.docs, e.all, e.copy_of, o), log ? &std::cerr : nullptr));
  }
  return s;
}

double Objective(const LedgerScore& s, const LedgerScore& base) {
  const double merged = (s.different - s.different_apart) - (base.different - base.different_apart);
  return (s.same_shared - base.same_shared) - merged - g_flag_weight * (base.groups_right - s.groups_right);
}

struct Choice {
  PairModel model;
  double objective = 0;
};

// Fits weights on the parts in `fit` and picks the thresholds there.
Choice Fit(std::vector<Event>& events, const std::vector<bool>& fit, const std::vector<LedgerScore>& base) {
  std::vector<std::array<double, kPairFeatures>> x;
  std::vector<int> y;
  for (const Event& e : events) {
    int p = PartOf(e.gold.split);
    if (p < 0 || !fit[p]) continue;
    for (size_t r = 0; r < e.y.size(); ++r) {
      if (g_refused_only && e.x[r][1] > 0) continue;
      x.push_back(e.x[r]);
      if (g_without_rules) x.back()[1] = x.back()[2] = 0;
      y.push_back(e.y[r]);
    }
  }
  Choice best;
  best.model.weights = FitLogistic(x, y, g_l2, g_epochs);
  best.model.join_threshold = 2;
  best.model.veto_threshold = 0;
  best.objective = 0;  // the rules alone
  const double joins[] = {2, 0.95, 0.9, 0.8};
  const double vetoes[] = {0, 0.02};
  const double weights[] = {0, 0.5, 1, 2, 4, 1000};
  for (double cw : weights)
    for (double j : joins)
      for (double v : vetoes) {
        if (j > 1 && v == 0 && cw == 0) continue;
        PairModel m = best.model;
        m.join_threshold = j;
        m.veto_threshold = v;
        m.choose_weight = cw;
        double total = 0;
        bool floors = true;
        for (int p = 0; p < kNumParts; ++p) {
          if (!fit[p]) continue;
          LedgerScore s = ScorePart(events, p, &m);
          total += Objective(s, base[p]);
          if (LedgerScore::Ratio(s.different_apart, s.different) < 0.95) floors = false;
        }
        if (floors && total > best.objective) {
          best.objective = total;
          best.model = m;
        }
      }
  return best;
}

void Print(const char* what, const char* part, const LedgerScore& s) {
  std::printf("%-9s %-6s same %4d/%-4d = %.3f  apart %5d/%-5d = %.4f  flags %3d/%-3d = %.3f  pure %3d/%-3d\n", what,
              part, s.same_shared, s.same, LedgerScore::Ratio(s.same_shared, s.same), s.different_apart,
              s.different, LedgerScore::Ratio(s.different_apart, s.different), s.groups_right, s.groups,
              LedgerScore::Ratio(s.groups_right, s.groups), s.entries_pure, s.entries_cross);
}

}  // namespace

int main(int argc, char** argv) {
  std::string write, check;
  for (int i = 1; i < argc; ++i)
    if (!std::strcmp(argv[i], "--write") && i + 1 < argc)
      write = argv[++i];
    else if (!std::strcmp(argv[i], "--check") && i + 1 < argc)
      write = check = argv[++i];
    else if (!std::strcmp(argv[i], "--without-rules"))
      g_without_rules = true;
    else if (!std::strcmp(argv[i], "--flag-weight") && i + 1 < argc)
      g_flag_weight = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--l2") && i + 1 < argc)
      g_l2 = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--epochs") && i + 1 < argc)
      g_epochs = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--log") && i + 1 < argc)
      g_log = argv[++i];
    else if (!std::strcmp(argv[i], "--refused-only"))
      g_refused_only = true;
  std::vector<GoldEvent> gold =
      testing::LoadLedgerGold(std::string(CROSSCHECK_SOURCE_DIR) + "/tests/gold/ledger/gold.json");
  auto pipeline = Pipeline::Create();
  if (!pipeline.ok()) {
    std::fprintf(stderr, "cannot create the pipeline\n");
    return 1;
  }
  std::vector<Event> events;
  for (GoldEvent& g : gold) {
    if (PartOf(g.split) < 0) continue;  // the measuring half: never analysed here
    if (!g.error.empty()) {
      std::fprintf(stderr, "%s: %s\n", g.id.c_str(), g.error.c_str());
      return 1;
    }
    Event e;
    e.gold = std::move(g);
    (*pipeline)->AnalyzeAll(&e.gold.docs, 1);
    e.copy_of = Fuse(e.gold.docs).copy_of;
    for (size_t d = 0; d < e.gold.docs.size(); ++d) e.all.push_back(static_cast<int>(d));
    // Gold group of each (document, claim): claims[i].quantity == i.
    std::map<std::pair<int, int>, int> group_of;
    for (size_t gi = 0; gi < e.gold.groups.size(); ++gi)
      for (const auto& f : e.gold.groups[gi].figures) {
        int q = testing::QuantityOfFigure(e.gold.docs[f.doc], f);
        if (q >= 0) group_of.emplace(std::make_pair(f.doc, q), static_cast<int>(gi));
      }
    std::vector<PairSample> samples;
    LedgerOptions o;
    o.pair_samples = &samples;
    BuildLedger(e.gold.docs, e.all, e.copy_of, o);
    for (const PairSample& s : samples) {
      auto a = group_of.find({s.a.doc, s.a.claim}), b = group_of.find({s.b.doc, s.b.claim});
      if (a == group_of.end() || b == group_of.end()) continue;
      e.x.push_back(s.x);
      e.y.push_back(a->second == b->second);
    }
    events.push_back(std::move(e));
  }
  std::vector<LedgerScore> base(kNumParts);
  for (int p = 0; p < kNumParts; ++p) base[p] = ScorePart(events, p, nullptr);
  size_t rows = 0, positives = 0;
  for (const Event& e : events) rows += e.y.size(), positives += std::count(e.y.begin(), e.y.end(), 1);
  std::printf("samples: %zu labelled cross-report pairs of one kind, %zu of one measure\n", rows, positives);

  if (!write.empty()) {
    Choice c = Fit(events, std::vector<bool>(kNumParts, true), base);
    std::string header =
        "# crosscheck ledger pair model (fuse/ledger_pair_model.h, docs/LEDGER.md \"Session 28 (ledger17)\").\n"
        "# Logistic regression over the pair features, fitted on the ledger gold's tuning parts only\n"
        "# (tests/gold/ledger/gold.json: tune, tune2 ... tune7; never the measuring half) with the texts of\n"
        "# ../shared/corpora (BASIL, ECB+). Rebuild: build/ledger_pair_model --write data/ledger/pair_model.tsv\n";
    header += "# " + std::to_string(rows) + " pairs, " + std::to_string(positives) +
              " of one measure; thresholds picked on the same parts (objective gain " +
              std::to_string(static_cast<int>(c.objective)) + ").\n";
    for (int p = 0; p < kNumParts; ++p) {
      Print("baseline", kParts[p], base[p]);
      Print("fitted", kParts[p], ScorePart(events, p, &c.model));
    }
    if (!check.empty()) {
      std::ifstream in(check);
      std::stringstream have;
      have << in.rdbuf();
      const bool same = have.str() == c.model.Serialize(header);
      std::printf("%s: %s\n", check.c_str(), same ? "the rebuilt table matches" : "DIFFERS from the rebuilt table");
      return same ? 0 : 1;
    }
    std::ofstream out(write);
    out << c.model.Serialize(header);
    std::printf("wrote %s (join %.2f, veto %.2f)\n", write.c_str(), c.model.join_threshold,
                c.model.veto_threshold);
    return out ? 0 : 1;
  }

  LedgerScore base_all, lopo_all;
  for (int p = 0; p < kNumParts; ++p) {
    std::vector<bool> fit(kNumParts, true);
    fit[p] = false;
    Choice c = Fit(events, fit, base);
    LedgerScore s = ScorePart(events, p, &c.model);
    if (g_log == kParts[p]) {
      std::cerr << "=== baseline\n";
      ScorePart(events, p, nullptr, true);
      std::cerr << "=== lopo\n";
      ScorePart(events, p, &c.model, true);
    }
    Print("baseline", kParts[p], base[p]);
    Print("lopo", kParts[p], s);
    std::printf("          (fitted on the other parts: join %.2f, veto %.2f, choose %g, objective there %+.0f)\n",
                c.model.join_threshold, c.model.veto_threshold, c.model.choose_weight, c.objective);
    // Pair level on the held-out part: the rules' pair verdict (Score
    // passes) against the model's at its fitted join threshold and at 0.5.
    {
      int tp[3] = {0, 0, 0}, fp[3] = {0, 0, 0}, pos = 0, refused_pos = 0, refused_rescued = 0, refused_neg_joined = 0;
      for (const Event& e : events) {
        if (PartOf(e.gold.split) != p) continue;
        for (size_t r = 0; r < e.y.size(); ++r) {
          const double pr = c.model.Probability(e.x[r].data());
          const bool say[3] = {e.x[r][1] > 0, pr >= 0.5, pr >= std::min(c.model.join_threshold, 1.0)};
          pos += e.y[r];
          for (int k = 0; k < 3; ++k) (e.y[r] ? tp[k] : fp[k]) += say[k];
          if (e.x[r][1] == 0) {
            refused_pos += e.y[r];
            if (say[2]) (e.y[r] ? refused_rescued : refused_neg_joined) += 1;
          }
        }
      }
      int rp[5] = {0}, rn[5] = {0}, refused_neg = 0;
      const double ts[5] = {0.5, 0.7, 0.8, 0.9, 0.95};
      for (const Event& e : events) {
        if (PartOf(e.gold.split) != p) continue;
        for (size_t r = 0; r < e.y.size(); ++r) {
          if (e.x[r][1] > 0) continue;
          refused_neg += !e.y[r];
          const double pr = c.model.Probability(e.x[r].data());
          for (int k = 0; k < 5; ++k)
            if (pr >= ts[k]) (e.y[r] ? rp[k] : rn[k]) += 1;
        }
      }
      std::printf("          refused pairs: %d others; model takes (one measure/others) at .5 %d/%d .7 %d/%d .8 %d/%d .9 %d/%d .95 %d/%d\n",
                  refused_neg, rp[0], rn[0], rp[1], rn[1], rp[2], rn[2], rp[3], rn[3], rp[4], rn[4]);
      std::printf("          pairs: %d of one measure; rules pass %d (+%d other); model>=0.5 %d (+%d); model>=join %d (+%d);"
                  " rules refuse %d of one measure, model>=join takes %d of them and %d others\n",
                  pos, tp[0], fp[0], tp[1], fp[1], tp[2], fp[2], refused_pos, refused_rescued, refused_neg_joined);
    }
    base_all.Add(base[p]);
    lopo_all.Add(s);
  }
  Print("baseline", "all", base_all);
  Print("lopo", "all", lopo_all);
  return 0;
}
