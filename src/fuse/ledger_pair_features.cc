// The pair model's features (ledger_pair_model.h, names in
// PairFeatureNames()): what two candidate figures of two reports share,
// read from their frames through the same tests the hand rules use
// (fuse/lexicon.h, fuse/ledger_places.h), plus the rules' own verdict, so the
// model learns how far to trust each rule rather than re-deriving it. Each
// feature is 0/1 or bounded in [-1, 1].
#include <algorithm>
#include <cmath>

#include "fuse/ledger_pair.h"
#include "fuse/ledger_pair_model.h"
#include "fuse/lexicon.h"

namespace crosscheck {
namespace ledger {

void PairFeatures(const Aligner& al, const StoryPlaces& places, const Lexicon& lex, const Candidate& a,
                  const Candidate& b, double* x) {
  std::fill(x, x + kPairFeatures, 0.0);
  const Claim& p = *a.claim;
  const Claim& q = *b.claim;
  int k = 0;
  x[k++] = 1;  // bias
  const std::optional<double> rules = al.Score(a, b);
  x[k++] = rules ? 1 : 0;
  x[k++] = rules ? std::clamp(*rules / 8, -1.0, 1.0) : 0;
  // State.
  const bool ps = !p.state.empty(), qs = !q.state.empty();
  const int sm = StateMatch(p, q, lex);
  x[k++] = ps && qs && sm >= 2;
  x[k++] = ps && qs && sm >= 0 && sm < 2;
  x[k++] = ps != qs;
  x[k++] = ps && qs && sm == kNoMatch;
  // What is counted.
  const bool pn = !p.counted_lemma.empty(), qn = !q.counted_lemma.empty();
  const bool same_noun = pn && qn && p.counted_lemma == q.counted_lemma;
  const int gm = GroupMatch(p, q, lex);
  x[k++] = same_noun;
  x[k++] = pn && qn && !same_noun && gm >= 1;
  x[k++] = pn && qn && !same_noun && gm == 0;
  x[k++] = pn && qn && gm == kNoMatch;
  x[k++] = pn != qn;
  x[k++] = pn && qn && !same_noun && NounsOfOneKind(p, q, lex);
  x[k++] = !p.group.empty() && !q.group.empty() && p.group != q.group;
  // Qualifiers.
  const int qm = QualifierMatch(p, q);
  x[k++] = !p.qualifiers.empty() && p.qualifiers == q.qualifiers;
  x[k++] = qm == kNoMatch;
  x[k++] = qm < 0 && qm != kNoMatch;
  // Place, by containment (a figure with none takes the story's).
  const int pm = places.Match(p, q);
  x[k++] = pm >= 2;
  x[k++] = pm == 1;
  x[k++] = pm == 0;
  x[k++] = pm == kNoMatch;
  // Time, at each date's grain.
  const bool pt = !p.time.empty(), qt = !q.time.empty();
  x[k++] = pt && qt && SameTime(p.time, q.time);
  x[k++] = pt != qt;
  x[k++] = pt && qt && TimesFarApart(p.time, q.time, 31);
  // Values.
  if (!a.values.empty() && !b.values.empty()) {
    const ValueRef& u = a.values.front();
    const ValueRef& v = b.values.front();
    const bool comparable = u.unit == v.unit;
    x[k++] = comparable && u.value == v.value;
    x[k++] = std::clamp(al.ValueEvidence(u, b.values) / 4, -1.0, 1.0);
    x[k++] = comparable ? std::min(std::log(std::max(Aligner::BandRatio(u, v), 1.0)), 3.0) / 3 : 1;
    x[k++] = std::fabs(u.value) <= 3 || std::fabs(v.value) <= 3;
    x[k++] = al.MetExactly(a, b);
  } else {
    k += 5;
  }
  x[k++] = !p.predicate.empty() && p.predicate == q.predicate;
  const int hm = HolderMatch(p, q);
  x[k++] = hm == kNoMatch ? -1 : hm > 0 ? 1 : 0;
  const int tm = TopicMatch(p, q);
  x[k++] = std::clamp(tm / 2.0, -1.0, 1.0);
  x[k++] = ContextSimilarity(p, q);
  x[k++] = p.kind != "count";
  // Conjunctions a linear model cannot form: one value told exactly beside
  // a frame field worded two ways (docs/LEDGER.md, "Session 26").
  const bool equal = x[24] > 0;
  const bool distinctive = !a.values.empty() && !b.values.empty() &&
                           Aligner::SameDistinctiveValue(a.values.front(), b.values.front());
  x[k++] = distinctive;
  x[k++] = equal && x[10] > 0;
  x[k++] = equal && x[5] > 0;
  x[k++] = equal && (x[15] > 0 || x[16] > 0);
  x[k++] = equal && x[27] > 0;
  x[k++] = a.values.empty() ? 0 : std::min(std::log10(std::fabs(a.values.front().value) + 1), 6.0) / 6;
  x[k++] = Aligner::Strong(p) && Aligner::Strong(q);
  x[k++] = !rules && x[28] > 0;
}

}  // namespace ledger
}  // namespace crosscheck
