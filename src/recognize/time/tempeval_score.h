// TempEval-3 scoring of time expressions (UzZaman et al., SemEval-2013 Task
// 1; the task's evaluate_entities.py), over byte spans of one text:
//
//   strict match   the system span equals the gold span;
//   relaxed match  the spans overlap. Gold and system expressions are paired
//                  one to one (TempEval-3 aligns them with its normaliser):
//                  first every exact pair, then, in text order, each gold
//                  expression with the first unpaired system one it overlaps.
//   P = matched system / all system, R = matched gold / all gold, F1 their
//   harmonic mean, for strict and relaxed matching alike.
//   attribute accuracy = relaxed pairs whose attribute (type, value) is equal
//                  / relaxed pairs;
//   attribute F1   = attribute accuracy x relaxed F1 (TempEval-3's "Attribute
//                  F1 Value/Type": a wrong value costs like a miss).
//
// Values compare as strings; types compare case-insensitively (DATE = date).
// Counts add over documents; Scores() turns them into figures.
// Value types: thread-compatible.
#ifndef CROSSCHECK_RECOGNIZE_TIME_TEMPEVAL_SCORE_H_
#define CROSSCHECK_RECOGNIZE_TIME_TEMPEVAL_SCORE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace crosscheck {

struct ScoredTimex {
  uint32_t start = 0, end = 0;  // byte span, end exclusive
  std::string type;             // DATE | TIME | DURATION | SET (any case)
  std::string value;
};

struct TempEvalCounts {
  int gold = 0, system = 0;
  int strict = 0;        // strict pairs
  int relaxed = 0;       // relaxed pairs (one to one)
  int type_match = 0;    // relaxed pairs with equal type
  int value_match = 0;   // relaxed pairs with equal value
  TempEvalCounts& operator+=(const TempEvalCounts& o);
};

struct TempEvalScores {
  double strict_p = 0, strict_r = 0, strict_f1 = 0;
  double relaxed_p = 0, relaxed_r = 0, relaxed_f1 = 0;
  double type_accuracy = 0, value_accuracy = 0;
  double type_f1 = 0, value_f1 = 0;
};

// One aligned or unaligned expression, for error listings: gold or system
// index, -1 when that side has none.
struct TempEvalPair {
  int gold = -1, system = -1;
  bool strict = false;
};

// Scores one text. `pairs`, when given, receives every gold and system
// expression once (paired or alone), in gold order then leftover system.
TempEvalCounts ScoreTimexes(const std::vector<ScoredTimex>& gold, const std::vector<ScoredTimex>& system,
                            std::vector<TempEvalPair>* pairs = nullptr);

TempEvalScores Scores(const TempEvalCounts& c);

// Per TIMEX3 type T: gold = gold expressions of type T, system = system
// expressions of type T; a relaxed pair counts for T's recall when its gold
// is T and for T's precision when its system side is T; attribute matches
// are counted on pairs whose gold is T. Keys are upper case.
struct TempEvalByType {
  std::vector<std::string> types;            // DATE, TIME, DURATION, SET (those seen)
  std::vector<TempEvalCounts> gold_side;     // gold of type T: gold, relaxed, strict, type/value matches
  std::vector<int> system, system_relaxed, system_strict;  // system of type T: count, paired, strict
  void Add(const std::vector<ScoredTimex>& gold, const std::vector<ScoredTimex>& system,
           const std::vector<TempEvalPair>& pairs);
  // Figures for type index k (precision from the system side).
  TempEvalScores Scores(size_t k) const;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_TIME_TEMPEVAL_SCORE_H_
