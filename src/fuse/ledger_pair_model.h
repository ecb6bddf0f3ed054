// A learned pair-compatibility model for ledger alignment (session 28,
// docs/LEDGER.md "Session 28 (ledger17)"): the probability that two
// candidate figures of two reports give the same measure, from frame
// features meant to carry across corpora (state and noun agreement, WordNet
// relations, qualifiers, place containment, date grain, value relation, the
// hand rules' own verdict), by logistic regression.
//
// The model is a table of weights (data/ledger/pair_model.tsv, rebuilt by
// `build/ledger_pair_model --write data/ledger/pair_model.tsv`, which fits
// it on the tuning parts of the ledger gold only). BuildLedger uses it only
// when LedgerOptions::pair_model is set: a candidate the hard rules leave in
// an entry of its own joins the entry whose every representative the model
// gives at least `join_threshold` (complete linkage), and a rule join whose
// weakest representative scores under `veto_threshold` is refused.
//
// PairModel is immutable after Parse/Fit: const calls are thread-safe.
#ifndef CROSSCHECK_FUSE_LEDGER_PAIR_MODEL_H_
#define CROSSCHECK_FUSE_LEDGER_PAIR_MODEL_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/analysis.h"
#include "fuse/fuse.h"

namespace crosscheck {

// The features, in order; each is 0/1 or scaled into [-1, 1].
constexpr int kPairFeatures = 42;
const std::array<std::string_view, kPairFeatures>& PairFeatureNames();

struct PairModel {
  std::vector<double> weights = std::vector<double>(kPairFeatures, 0.0);
  double join_threshold = 2;  // > 1: the model joins nothing
  double veto_threshold = 0;  // 0: the model refuses nothing
  // Among the entries the rules accept, a candidate joins the one with the
  // highest mean rule score plus choose_weight times the log-odds of the
  // model's probability against the entry's weakest representative of
  // another report: 0 leaves the choice to the rules, a large weight to the
  // model.
  double choose_weight = 0;

  // P(same measure | features); `x` holds kPairFeatures values.
  double Probability(const double* x) const;

  // The table format (docs/LEDGER.md): '#' comment lines, then
  // "join_threshold\tP", "veto_threshold\tP", "choose\t0|1" and "w\tNAME\tWEIGHT" for
  // every feature name. nullopt with *error on a missing or unknown name.
  static std::optional<PairModel> Parse(std::string_view text, std::string* error);
  // `header` (comment lines, each starting "# ") then the table.
  std::string Serialize(std::string_view header) const;
};

// One cross-report candidate pair of a story, for training (LedgerOptions::
// pair_samples): the two claims and their features.
struct PairSample {
  ClaimRef a, b;
  std::array<double, kPairFeatures> x{};
};

// L2-regularised logistic regression by full-batch gradient descent with a
// fixed step schedule (deterministic): weights for rows `x` with labels `y`
// (0/1). Classes are weighted to equal total mass; the bias (feature 0) is
// not regularised.
std::vector<double> FitLogistic(const std::vector<std::array<double, kPairFeatures>>& x, const std::vector<int>& y,
                                double l2 = 1e-3, int epochs = 400);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEDGER_PAIR_MODEL_H_
