// Alignment: gold and system lists are each sorted by start. Exact pairs are
// found first (a gold span equal to a system span), then every unpaired gold
// expression, in text order, takes the first unpaired system expression that
// overlaps it. Quadratic in the number of expressions of one text, which is
// small (tens).
#include "recognize/time/tempeval_score.h"

#include <algorithm>
#include <cctype>

namespace crosscheck {
namespace {

std::string Upper(const std::string& s) {
  std::string u = s;
  for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return u;
}

bool Overlap(const ScoredTimex& a, const ScoredTimex& b) { return a.start < b.end && b.start < a.end; }

double Ratio(int a, int b) { return b > 0 ? static_cast<double>(a) / b : 0.0; }
double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

}  // namespace

TempEvalCounts& TempEvalCounts::operator+=(const TempEvalCounts& o) {
  gold += o.gold;
  system += o.system;
  strict += o.strict;
  relaxed += o.relaxed;
  type_match += o.type_match;
  value_match += o.value_match;
  return *this;
}

TempEvalCounts ScoreTimexes(const std::vector<ScoredTimex>& gold, const std::vector<ScoredTimex>& system,
                            std::vector<TempEvalPair>* pairs) {
  TempEvalCounts c;
  c.gold = static_cast<int>(gold.size());
  c.system = static_cast<int>(system.size());
  std::vector<int> gold_to(gold.size(), -1), system_to(system.size(), -1);
  for (size_t g = 0; g < gold.size(); ++g)
    for (size_t s = 0; s < system.size(); ++s)
      if (system_to[s] < 0 && gold[g].start == system[s].start && gold[g].end == system[s].end) {
        gold_to[g] = static_cast<int>(s);
        system_to[s] = static_cast<int>(g);
        break;
      }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (gold_to[g] >= 0) continue;
    for (size_t s = 0; s < system.size(); ++s)
      if (system_to[s] < 0 && Overlap(gold[g], system[s])) {
        gold_to[g] = static_cast<int>(s);
        system_to[s] = static_cast<int>(g);
        break;
      }
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    TempEvalPair p;
    p.gold = static_cast<int>(g);
    if (gold_to[g] >= 0) {
      const ScoredTimex& s = system[gold_to[g]];
      p.system = gold_to[g];
      p.strict = s.start == gold[g].start && s.end == gold[g].end;
      ++c.relaxed;
      if (p.strict) ++c.strict;
      if (Upper(s.type) == Upper(gold[g].type)) ++c.type_match;
      if (s.value == gold[g].value) ++c.value_match;
    }
    if (pairs) pairs->push_back(p);
  }
  if (pairs)
    for (size_t s = 0; s < system.size(); ++s)
      if (system_to[s] < 0) pairs->push_back(TempEvalPair{-1, static_cast<int>(s), false});
  return c;
}

TempEvalScores Scores(const TempEvalCounts& c) {
  TempEvalScores s;
  s.strict_p = Ratio(c.strict, c.system);
  s.strict_r = Ratio(c.strict, c.gold);
  s.strict_f1 = F1(s.strict_p, s.strict_r);
  s.relaxed_p = Ratio(c.relaxed, c.system);
  s.relaxed_r = Ratio(c.relaxed, c.gold);
  s.relaxed_f1 = F1(s.relaxed_p, s.relaxed_r);
  s.type_accuracy = Ratio(c.type_match, c.relaxed);
  s.value_accuracy = Ratio(c.value_match, c.relaxed);
  s.type_f1 = s.type_accuracy * s.relaxed_f1;
  s.value_f1 = s.value_accuracy * s.relaxed_f1;
  return s;
}

void TempEvalByType::Add(const std::vector<ScoredTimex>& gold, const std::vector<ScoredTimex>& system,
                         const std::vector<TempEvalPair>& pairs) {
  auto index = [&](const std::string& type) {
    std::string t = Upper(type);
    auto it = std::find(types.begin(), types.end(), t);
    if (it != types.end()) return static_cast<size_t>(it - types.begin());
    types.push_back(t);
    gold_side.emplace_back();
    this->system.push_back(0);
    system_relaxed.push_back(0);
    system_strict.push_back(0);
    return types.size() - 1;
  };
  for (const std::string& t : {"DATE", "TIME", "DURATION", "SET"}) index(t);
  for (const ScoredTimex& g : gold) ++gold_side[index(g.type)].gold;
  for (const ScoredTimex& s : system) ++this->system[index(s.type)];
  for (const TempEvalPair& p : pairs) {
    if (p.gold < 0 || p.system < 0) continue;
    const ScoredTimex& g = gold[p.gold];
    const ScoredTimex& s = system[p.system];
    TempEvalCounts& c = gold_side[index(g.type)];
    ++c.relaxed;
    if (p.strict) ++c.strict;
    if (Upper(g.type) == Upper(s.type)) ++c.type_match;
    if (g.value == s.value) ++c.value_match;
    size_t k = index(s.type);
    ++system_relaxed[k];
    if (p.strict) ++system_strict[k];
  }
}

TempEvalScores TempEvalByType::Scores(size_t k) const {
  const TempEvalCounts& c = gold_side[k];
  TempEvalScores s;
  s.strict_p = Ratio(system_strict[k], system[k]);
  s.strict_r = Ratio(c.strict, c.gold);
  s.strict_f1 = F1(s.strict_p, s.strict_r);
  s.relaxed_p = Ratio(system_relaxed[k], system[k]);
  s.relaxed_r = Ratio(c.relaxed, c.gold);
  s.relaxed_f1 = F1(s.relaxed_p, s.relaxed_r);
  s.type_accuracy = Ratio(c.type_match, c.relaxed);
  s.value_accuracy = Ratio(c.value_match, c.relaxed);
  s.type_f1 = s.type_accuracy * s.relaxed_f1;
  s.value_f1 = s.value_accuracy * s.relaxed_f1;
  return s;
}

}  // namespace crosscheck
