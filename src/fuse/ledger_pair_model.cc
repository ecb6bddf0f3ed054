// The pair model's table, its probability and its fit (ledger_pair_model.h);
// the features are computed in ledger_pair_features.cc, where the aligner's
// internals are at hand.
//
// The fit: minimise the class-balanced mean log loss plus l2/2 |w|^2 (bias
// excluded) by full-batch gradient descent, step 0.5 / (1 + epoch / 100).
// Features are bounded in [-1, 1], so a fixed step converges without line
// search; the result depends only on the rows and their order.
#include "fuse/ledger_pair_model.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>

namespace crosscheck {

const std::array<std::string_view, kPairFeatures>& PairFeatureNames() {
  static const std::array<std::string_view, kPairFeatures> kNames = {
      "bias",           "rules_ok",        "rules_score",   "state_same",      "state_compatible",
      "state_one_side", "state_differ",    "noun_same",     "noun_related",    "noun_weak",
      "noun_refused",   "noun_one_side",   "noun_one_kind", "class_differ",    "qualifiers_same",
      "qualifiers_differ", "qualifiers_soft", "place_same", "place_within",    "place_loose",
      "place_apart",    "time_same",       "time_one_side", "time_far",        "value_equal",
      "value_evidence", "value_log_ratio", "value_small",   "value_met_exactly", "predicate_same",
      "holder",         "topic",           "context",       "not_a_count",     "value_distinctive",
      "equal_and_noun_refused", "equal_and_state_one_side", "equal_and_qualifiers", "equal_and_small",
      "magnitude",      "both_strong",     "refused_and_met_exactly"};
  return kNames;
}

double PairModel::Probability(const double* x) const {
  double z = 0;
  for (int i = 0; i < kPairFeatures; ++i) z += weights[i] * x[i];
  return 1 / (1 + std::exp(-z));
}

std::optional<PairModel> PairModel::Parse(std::string_view text, std::string* error) {
  PairModel m;
  std::map<std::string, int, std::less<>> index;
  for (int i = 0; i < kPairFeatures; ++i) index.emplace(std::string(PairFeatureNames()[i]), i);
  std::vector<bool> seen(kPairFeatures, false);
  std::istringstream in{std::string(text)};
  std::string line;
  int n = 0;
  auto fail = [&](const std::string& why) -> std::optional<PairModel> {
    if (error) *error = "line " + std::to_string(n) + ": " + why;
    return std::nullopt;
  };
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream row(line);
    for (std::string cell; std::getline(row, cell, '\t');) f.push_back(cell);
    char* end = nullptr;
    if (f.size() == 2 && (f[0] == "join_threshold" || f[0] == "veto_threshold" || f[0] == "choose_weight")) {
      double v = std::strtod(f[1].c_str(), &end);
      if (end == f[1].c_str()) return fail("bad number");
      if (f[0] == "choose_weight")
        m.choose_weight = v;
      else
        (f[0] == "join_threshold" ? m.join_threshold : m.veto_threshold) = v;
    } else if (f.size() == 3 && f[0] == "w") {
      auto it = index.find(f[1]);
      if (it == index.end()) return fail("unknown feature " + f[1]);
      double v = std::strtod(f[2].c_str(), &end);
      if (end == f[2].c_str()) return fail("bad number");
      m.weights[it->second] = v;
      seen[it->second] = true;
    } else {
      return fail("expected join_threshold, veto_threshold or w rows");
    }
  }
  for (int i = 0; i < kPairFeatures; ++i)
    if (!seen[i]) return fail("feature " + std::string(PairFeatureNames()[i]) + " missing");
  return m;
}

std::string PairModel::Serialize(std::string_view header) const {
  std::string out(header);
  char buf[160];
  std::snprintf(buf, sizeof buf, "join_threshold\t%.3f\nveto_threshold\t%.3f\nchoose_weight\t%g\n", join_threshold,
                veto_threshold, choose_weight);
  out += buf;
  for (int i = 0; i < kPairFeatures; ++i) {
    std::snprintf(buf, sizeof buf, "w\t%s\t%.4f\n", std::string(PairFeatureNames()[i]).c_str(), weights[i]);
    out += buf;
  }
  return out;
}

std::vector<double> FitLogistic(const std::vector<std::array<double, kPairFeatures>>& x, const std::vector<int>& y,
                                double l2, int epochs) {
  std::vector<double> w(kPairFeatures, 0.0);
  double pos = 0, neg = 0;
  for (int v : y) (v ? pos : neg) += 1;
  if (pos == 0 || neg == 0) return w;
  const double wpos = 0.5 / pos, wneg = 0.5 / neg;
  std::vector<double> grad(kPairFeatures);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::fill(grad.begin(), grad.end(), 0.0);
    for (size_t r = 0; r < x.size(); ++r) {
      double z = 0;
      for (int i = 0; i < kPairFeatures; ++i) z += w[i] * x[r][i];
      const double p = 1 / (1 + std::exp(-z));
      const double g = (p - y[r]) * (y[r] ? wpos : wneg);
      for (int i = 0; i < kPairFeatures; ++i) grad[i] += g * x[r][i];
    }
    const double step = 0.5 / (1 + epoch / 100.0);
    for (int i = 0; i < kPairFeatures; ++i) w[i] -= step * (grad[i] + (i == 0 ? 0 : l2 * w[i]));
  }
  return w;
}

}  // namespace crosscheck
