// Ledger alignment, one pair at a time: a candidate figure of a story, its
// values in a comparable form, and whether two candidates can be one measure
// (the hard constraints) with how much evidence says they are (the score).
// Split from ledger.cc, which visits the candidates in story order, joins
// each to the best entry it is compatible with and judges the entries.
//
// Hard constraints (fuse/lexicon.h, fuse/ledger_places.h): counted groups,
// states, places by containment (a figure without a place takes the
// story's), qualifiers, holders, a distance's landmark, times no more than
// max_days_apart apart. The score adds the evidence: the same counted noun,
// state, place, holder, landmark, what a sum is of (topic), the figure's
// verb, shared context words, and the values themselves (bands that overlap
// add, values far apart subtract). A count with a counted noun or a state
// joins on the constraints alone; a thin figure (a sum, a share, a measure
// or a bare count) needs kMinEvidence.
//
// Bands: the hedge table's likely band; a round figure with no hedge
// carries its rounding ("$3.6 billion" ≈ [3.55, 3.65) billion, "700" ≈
// [665, 735)), at most a twentieth of its value either side; figures of a unit
// with a dimension are compared in the dimension's base unit (km and miles
// as metres).
//
// Internal to the ledger (namespace ledger); not thread-safe for writing
// (LearnRates), const calls are.
#ifndef CROSSCHECK_FUSE_LEDGER_PAIR_H_
#define CROSSCHECK_FUSE_LEDGER_PAIR_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "claims/analysis.h"
#include "claims/lexicon.h"
#include "fuse/ledger.h"
#include "fuse/ledger_places.h"
#include "recognize/number/quantity.h"

namespace crosscheck {
namespace ledger {

// A value an entry holds, for the value evidence of a newcomer.
struct ValueRef {
  std::string unit;  // "" for counts and convertible units (base unit); the currency code otherwise
  double value = 0, lo = 0, hi = 0;
  bool moves = false;  // a count in a state: its value may move over time
  int first = 0, last = -1;  // days it holds (its own date, else its report's); last < first = any time
  double per_day = 0;  // how much the value can grow in a day: a duration's one day (in seconds); 0 = unbounded
  bool age = false;    // someone's age: two reports of one person's age differ by a year at most
  bool held = false;   // an age whose person is named (a holder)
  // Every field equal (NaN never is): one value twice adds nothing to the
  // evidence, which reads the best or worst over a list.
  bool operator==(const ValueRef&) const = default;
};

// Appends `v` to `values` unless an equal value is there already (checked
// over the first kDedupValues only, so the cost stays linear): evidence and
// disparity are a best or a worst over the list, so a repeat changes
// neither, and a long report restating one figure a million times holds it
// once (docs/LEDGER.md, "Cost"). `*count` counts every value offered,
// repeats included, for the rules that cap an entry's values by count.
constexpr size_t kDedupValues = 64;
void AddValue(const ValueRef& v, std::vector<ValueRef>* values, size_t* count);

struct Candidate {
  ClaimRef ref;
  const Claim* claim = nullptr;
  const Quantity* quantity = nullptr;
  int root = -1;   // original document of a copy chain
  int order = 0;   // story order
  std::string speaker_key;
  double factor = 1;  // to the dimension's base unit; 0 = not convertible (currencies)
  // Its own value (front) and those of its restatements, each distinct value
  // once (AddValue); value_count counts them all, repeats included.
  std::vector<ValueRef> values;
  size_t value_count = 0;
  // A composed figure and its parts ("23 pirates (12 Somali and 11
  // Yemeni)"): (document, claim of the whole) for the whole and for each
  // part, else (-1, -1). One entry never holds two figures of one family.
  std::pair<int, int> family{-1, -1};
};

// Counted nouns the group test may yet let through on a distinctive value
// (Aligner::Score): two nouns of people, not both of a lexicon class.
bool NamedTwoWays(const Claim& a, const Claim& b, const Lexicon& lex);

// Two counted nouns of one coarse kind (both of people or groups, both
// artifacts, animals or messages: WordNet's kinds), or one a noun of no
// kind those lists know ("crewmember", "homer"), or a noun on one side only
// that is not of a class keeping measures apart (civilians, fighters,
// children, prisoners stay apart): the nouns two counts in one named state
// that meet one value exactly may join across (Aligner::MetExactly).
bool NounsOfOneKind(const Claim& a, const Claim& b, const Lexicon& lex);

// One count named by a model's name ("seven AK-47s": a counted lemma with
// a digit, no lexicon class) and the other a count of things that name
// modifies ("seven AK-47 assault rifles": the name among its context
// words), either way round: the same things, however each names them.
bool CountedByModelName(const Claim& a, const Claim& b);
// CountedByModelName without the context words: true whenever it may be,
// from the counted nouns and lexicon classes alone (the ledger's entry index
// tests it, keyed by those fields).
bool MayBeCountedByModelName(const Claim& a, const Claim& b);

class Aligner;
// The pair model's features of two candidates of two reports
// (fuse/ledger_pair_model.h; ledger_pair_features.cc): writes kPairFeatures
// values to `x`.
void PairFeatures(const Aligner& al, const StoryPlaces& places, const Lexicon& lex, const Candidate& a,
                  const Candidate& b, double* x);

// Scores candidates of one story against each other: the story's places,
// the options' window and the lexicon, and the currency conversions its
// reports give (LearnRates).
class Aligner {
 public:
  Aligner(const std::vector<DocAnalysis>& analyses, const StoryPlaces& places, const LedgerOptions& o,
          const Lexicon& lex)
      : analyses_(analyses), places_(places), o_(o), lex_(lex) {}

  // Why the last Score() failed: debugging output, and the join step reads
  // "group" (a refusal of the counted noun alone) to let an entry's members
  // share the verdict on a noun (fuse/ledger.cc).
  mutable const char* why_not_ = "";
  std::optional<double> Fail(const char* why) const {
    why_not_ = why;
    return std::nullopt;
  }

  // Match score of two candidates, or nullopt when they cannot be one measure.
  std::optional<double> Score(const Candidate& a, const Candidate& b) const;

  // A figure's value in a comparable form: its band with its rounding, in
  // the base unit of its dimension (currencies stay apart).
  ValueRef Value(const ClaimRef& ref, const Quantity& q, const std::string& unit, double factor) const;

  // Bands that overlap add; values far apart subtract. The best over the
  // entry's values of a comparable unit (two currencies compare through the
  // story's own conversions, within a tenth); 0 when there is none.
  double ValueEvidence(const ValueRef& given, const std::vector<ValueRef>& refs) const;

  // A vague band, spanning a factor of two or more ("billions", "thousands").
  static bool Wide(const ValueRef& v);

  // How far apart two bands are: the higher band's low end over the lower
  // band's high end; 1 when they overlap. Measured from the bands' edges, so
  // a vague "thousands" (to 9,000) is 1.6 from "14,000", not 7.
  static double BandRatio(const ValueRef& a, const ValueRef& b);

  // Whether two durations at different times are further apart than the
  // time between them lets one length grow ("a two-hour briefing" on the
  // 14th, "nearly two decades" on the 16th): then they are not one length
  // moving, and their distance counts as for concurrent values.
  static bool OutgrowsElapsed(const ValueRef& a, const ValueRef& b);

  // Whether two values hold at one time (either floating, or a value that
  // cannot move).
  static bool Concurrent(const ValueRef& a, const ValueRef& b);

  // The smallest ratio between a value and the entry's comparable values
  // that hold at its time; 1 when none does. A toll 20 times another at the
  // same time ("five killed" beside "168,000 killed" in a reminder of an
  // older disaster) is another toll, whatever the frames say.
  double Disparity(const ValueRef& given, const std::vector<ValueRef>& refs) const;

  // A distinctive value: a plain whole number (no hedge, no rounding band)
  // of 11 or more that is not a multiple of ten — "26", "485", not "three"
  // or "100", which two measures of one story share by chance. Two
  // figures give one such value when both are it exactly.
  static bool SameDistinctiveValue(const ValueRef& a, const ValueRef& b);

  // Values the story gives one measure each: a plain value (no hedge, no
  // rounding band) is ambiguous when some report gives it to two figures
  // its frames keep apart (two kinds, two states that never match, nouns
  // of two kinds the counted test does not relate); a report wording one
  // measure two ways says nothing against it. Call once, after the
  // candidates' values are set.
  void LearnValues(const std::vector<Candidate>& cands);

  // Two figures that give one unambiguous plain value of 2 or more exactly
  // (LearnValues): the story's reports give that value to one measure only,
  // so a frame field each report words its own way lowers the score
  // instead of refusing the pair — a state one report leaves unsaid, a
  // sub-group or a name on one side ("three boats" / "three of the
  // boats"), and, in one named state, nouns of one kind ("four robbers
  // captured" / "four men captured"; Score, docs/LEDGER.md).
  bool MetExactly(const Candidate& a, const Candidate& b) const;

  // A count whose frame alone decides: it has both a counted noun and a state.
  static bool Strong(const Claim& c);

  // Evidence a candidate needs to join an entry.
  static double Needed(const Claim& c);

  // Conversions the story's reports give ("2 million euros ($2.6
  // million)"): from -> to -> rate, the median of the pairs seen.
  void LearnRates(const std::vector<std::pair<ClaimRef, ClaimRef>>& restated);

 private:
  std::map<std::pair<std::string, std::string>, double> rates_;
  // (unit, value) of the plain values some report gives to two measures.
  std::set<std::pair<std::string, double>> ambiguous_;
  const std::vector<DocAnalysis>& analyses_;
  const StoryPlaces& places_;
  const LedgerOptions& o_;
  const Lexicon& lex_;
};

}  // namespace ledger
}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEDGER_PAIR_H_
