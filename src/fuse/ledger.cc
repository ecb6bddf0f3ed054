// Ledger alignment.
//
// Candidates: every claim of the story's documents that has a measure, is
// not a part of a composed figure and does not restate an earlier claim of
// its document. They are visited in story order (document, then position)
// and each joins the best entry of its kind (count, money, percent, age, a
// unit's dimension) it is compatible with, else opens one.
//
// Compatibility is checked against an entry's representatives — the first
// kMaxRepresentatives members whose frames differ — so a claim with an
// unknown place or state cannot bridge two measures that differ, while a
// story of 100,000 reports of one measure costs one comparison per claim
// (complete linkage over representatives, not over all members). Hard
// constraints (fuse/lexicon.h, fuse/ledger_places.h): counted groups,
// states, places by containment (a figure without a place takes the
// story's), qualifiers, holders, a distance's landmark, times no more than
// max_days_apart apart. The score adds the evidence: the same counted noun,
// state, place, holder, landmark, what a sum is of (topic), the figure's
// verb, shared context words, and the values themselves (bands that overlap
// add, values far apart subtract). A count with a counted noun or a state
// joins on the constraints alone; a thin figure (a sum, a share, a measure
// or a bare count) needs kMinEvidence.
//
// Restatements — a claim that restates an earlier one of its document, a
// copy's figure that repeats its original's, a sum in a second currency —
// are listed in the entry of the claim they repeat, not judged again.
// Voices: a copy speaks with its original's voice; a voice is (original
// document, speaker by surname), so "John Ging" and "Mr Ging" of one report
// are one voice. The entry's measure is the key of its most specific claim.
//
// Bands: the hedge table's likely band; a round figure with no hedge
// carries its rounding ("$3.6 billion" ≈ [3.55, 3.65) billion, "700" ≈
// [665, 735)), at most a twentieth of its value either side; figures of a unit
// with a dimension are compared in the dimension's base unit (km and miles
// as metres).
#include "fuse/ledger.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <unordered_map>

#include "claims/dimension.h"
#include "claims/frame.h"
#include "claims/time_value.h"
#include "fuse/ledger_agreement.h"
#include "fuse/ledger_figure.h"
#include "fuse/ledger_index.h"
#include "fuse/ledger_places.h"
#include "fuse/lexicon.h"
#include "recognize/entity/entity.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxRepresentatives = 8;
constexpr double kMinEvidence = 2.0;
// Bands within this ratio of each other are near (ValueEvidence).
constexpr double kNear = 1.05;
// A toll this many times another at the same time is another toll.
constexpr double kOtherToll = 20;
// A dated figure this many days before another's report recalls an older event.
constexpr int kHistoryDays = 365;

// A value an entry holds, for the value evidence of a newcomer.
struct ValueRef {
  std::string unit;  // "" for counts and convertible units (base unit); the currency code otherwise
  double value = 0, lo = 0, hi = 0;
  bool moves = false;  // a count in a state: its value may move over time
  int first = 0, last = -1;  // days it holds (its own date, else its report's); last < first = any time
  double per_day = 0;  // how much the value can grow in a day: a duration's one day (in seconds); 0 = unbounded
  bool age = false;    // someone's age: two reports of one person's age differ by a year at most
  bool held = false;   // an age whose person is named (a holder)
};

struct Candidate {
  ClaimRef ref;
  const Claim* claim = nullptr;
  const Quantity* quantity = nullptr;
  int root = -1;   // original document of a copy chain
  int order = 0;   // story order
  std::string speaker_key;
  double factor = 1;  // to the dimension's base unit; 0 = not convertible (currencies)
  std::vector<ValueRef> values;  // its own value and those of its restatements
};

int Root(const std::vector<int>& copy_of, int d) {
  for (int guard = 0; guard < 64 && d >= 0 && d < static_cast<int>(copy_of.size()) && copy_of[d] >= 0; ++guard)
    d = copy_of[d];
  return d;
}

std::string SpeakerKey(const std::string& speaker) {
  if (speaker.empty()) return "";
  size_t sp = speaker.find_last_of(' ');
  std::string last = sp == std::string::npos ? speaker : speaker.substr(sp + 1);
  bool capital = !speaker.empty() && std::isupper(static_cast<unsigned char>(speaker[0]));
  return capital ? NameVariantKey(last) : Lowercase(speaker);
}

// Verbs that leave "N people in PLACE" a statement of presence.
bool IsPresenceVerb(const std::string& v) {
  static const char* kVerbs[] = {"", "be", "remain", "stay", "live", "believe", "think", "estimate", "say",
                                 "report", "are", "is", "were", "was"};
  for (const char* k : kVerbs)
    if (v == k) return true;
  return false;
}

int Specificity(const Claim& c) {
  return (c.state.empty() ? 0 : 2) + (c.place_named ? 2 : c.place.empty() ? 0 : 1) + (c.counted.empty() ? 0 : 1) +
         (c.topic.empty() ? 0 : 1) + (c.holder.empty() ? 0 : 1);
}

// Same frame, for representatives: a member whose frame equals a
// representative's adds nothing to compare against.
bool SameFrame(const Claim& a, const Claim& b) {
  return a.counted_lemma == b.counted_lemma && a.state == b.state && a.place == b.place &&
         a.qualifiers == b.qualifiers && a.holder == b.holder && a.landmark == b.landmark && a.topic == b.topic &&
         a.unit == b.unit && a.time == b.time;
}

// A counted noun of people or of a group of people (a lexicon class of
// people, else WordNet's kind of the noun).
bool PeopleNoun(const Claim& c, const Lexicon& lex) {
  if (c.group == "person" || c.group == "civilian" || c.group == "combatant" || c.group == "prisoner") return true;
  const char k = lex.NounKind(c.counted_lemma);
  return k == 'p' || k == 'g';
}

// Counted nouns the group test may yet let through on a distinctive value
// (Aligner::Score): two nouns of people, not both of a lexicon class.
bool NamedTwoWays(const Claim& a, const Claim& b, const Lexicon& lex) {
  return !a.counted_lemma.empty() && !b.counted_lemma.empty() && (a.group.empty() || b.group.empty()) &&
         PeopleNoun(a, lex) && PeopleNoun(b, lex);
}

class Aligner {
 public:
  Aligner(const std::vector<DocAnalysis>& analyses, const StoryPlaces& places, const LedgerOptions& o,
          const Lexicon& lex)
      : analyses_(analyses), places_(places), o_(o), lex_(lex) {}

  // Why the last Score() failed (debugging output only).
  mutable const char* why_not_ = "";
  std::optional<double> Fail(const char* why) const {
    why_not_ = why;
    return std::nullopt;
  }

  // Match score of two candidates, or nullopt when they cannot be one measure.
  std::optional<double> Score(const Candidate& a, const Candidate& b) const {
    const Claim& x = *a.claim;
    const Claim& y = *b.claim;
    if (x.kind != y.kind) return Fail("kind");
    // Two different values in one report are two measures ("$43,885,310 in
    // federal taxes and $13,625,777 in state taxes"), unless the frame alone
    // says otherwise (a toll two sources of one report give differently).
    // Figures of one report at two times may be one toll moving.
    if (a.root == b.root && !(Strong(x) && Strong(y)) && !a.values.empty() && !b.values.empty()) {
      const ValueRef& va = a.values.front();
      const ValueRef& vb = b.values.front();
      const std::string& tx = x.time.empty() ? x.as_of : x.time;
      const std::string& ty = y.time.empty() ? y.as_of : y.time;
      bool same_time = tx.empty() || ty.empty() || SameTime(tx, ty);
      if (va.unit == vb.unit && same_time && std::max(va.lo, vb.lo) > std::min(va.hi, vb.hi))
        return Fail("one report, two values");
    }
    double score = 0;
    // Two reports giving one distinctive value exactly ("26", "485") most
    // likely count the same thing, however each names it.
    const bool distinctive = !a.values.empty() && !b.values.empty() &&
                             SameDistinctiveValue(a.values.front(), b.values.front());
    if (x.kind == "count") {
      int g = GroupMatch(x, y, lex_);
      // People named two ways ("26 pirates", "26 Somali crew"): with a
      // distinctive value met exactly, nouns of people that WordNet does not
      // relate are no refusal (0) — unless both carry a lexicon class
      // (civilians, fighters, children, prisoners stay apart).
      if (g == kNoMatch && distinctive && NamedTwoWays(x, y, lex_)) g = 0;
      if (g == kNoMatch) return Fail("group");
      score += g;
    } else if (!x.counted_lemma.empty() && !y.counted_lemma.empty()) {
      int g = GroupMatch(x, y, lex_);
      score += g == kNoMatch ? -1 : g;
    }
    int s = StateMatch(x, y, lex_);
    // A state one report names and another leaves unsaid ("captured 26
    // pirates", "the 26 pirates were taken aboard", "had 26 crew on board")
    // is unknown on one side, not another state: the figures may be one
    // measure when they count the same noun and their values meet exactly
    // (not within a vague band). Weak (0), and no verb check: the unsaid
    // side's own verb is as often a restatement's ("were taken aboard").
    const bool unknown_state = s == kNoMatch && x.state.empty() != y.state.empty() &&
                               ((!x.counted_lemma.empty() && x.counted_lemma == y.counted_lemma &&
                                 !a.values.empty() && ValueEvidence(a.values.front(), b.values) >= 2) ||
                                (distinctive && x.kind == "count"));
    if (unknown_state) s = 0;
    if (s == kNoMatch) return Fail("state");
    // "N people in PLACE" with no verb states presence; a figure with a verb
    // of its own ("employed tens of thousands") states something else.
    if (s == 0 && !unknown_state && (!IsPresenceVerb(x.state.empty() ? x.predicate : y.predicate))) return Fail("state");
    score += s;
    int p = places_.Match(x, y);
    if (p == kNoMatch) return Fail("place");
    score += p;
    if (TimesFarApart(x.time, y.time, o_.max_days_apart)) return Fail("time");
    // A figure of a whole year and one of another year are of two periods,
    // however close their ends ("500 million accounts in 2014", "1 billion
    // in a 2013 attack").
    if ((x.time.size() == 4 || y.time.size() == 4) && !x.time.empty() && !y.time.empty() && !SameTime(x.time, y.time))
      return Fail("time (another year)");
    // A toll dated a year or more before the other's report ("killed
    // 26,000 in 2003" beside an undated toll reported in 2012) recalls an
    // older event. An undated figure stays undated; only its report's date
    // is read here, with a year's slack for late reprints and crawl dates.
    // Only for counts of an event (a toll): a sum's or a share's date often
    // names one end of the period it covers ("since 2007").
    if (!IsStaticMeasure(x) && !IsStaticMeasure(y) &&
        ((y.time.empty() && TimesFarApart(x.time, y.as_of, kHistoryDays)) ||
         (x.time.empty() && TimesFarApart(y.time, x.as_of, kHistoryDays))))
      return Fail("time (an older event)");
    int qm = QualifierMatch(x, y);
    if (qm == kNoMatch) return Fail("qualifiers");
    score += qm;
    int h = HolderMatch(x, y);
    if (h == kNoMatch) return Fail("holder");
    score += h;
    if (!x.landmark.empty() && !y.landmark.empty()) {
      if (DocPlaces::NameKey(x.landmark) != DocPlaces::NameKey(y.landmark)) return Fail("landmark");
      score += 2;
    }
    score += TopicMatch(x, y);
    if (!x.predicate.empty() && x.predicate == y.predicate) {
      score += 1;
    } else if (x.state.empty() && y.state.empty() && !x.predicate.empty() && !y.predicate.empty() &&
               !IsPresenceVerb(x.predicate) && !IsPresenceVerb(y.predicate)) {
      score -= 1;  // "picked up six seats", "remain with 194 seats"
    }
    score += 4 * ContextSimilarity(x, y);
    return score;
  }

  // A figure's value in a comparable form: its band with its rounding, in
  // the base unit of its dimension (currencies stay apart).
  ValueRef Value(const ClaimRef& ref, const Quantity& q, const std::string& unit, double factor) const {
    const std::string& t = analyses_[ref.doc].doc.text;
    std::string_view text = q.span.end <= t.size() ? q.span.Of(t) : std::string_view();
    double f = factor > 0 ? factor : 1;
    double h = RoundingHalfWidth(q, text);
    ValueRef v;
    const Claim& c = analyses_[ref.doc].claims[ref.claim];
    auto iv = TimeInterval(c.time);
    if (!iv) iv = TimeInterval(c.as_of);
    if (iv) v.first = iv->first, v.last = iv->second;
    v.moves = !IsStaticMeasure(c);
    v.unit = factor > 0 ? std::string() : unit;  // convertible units compare in the base unit
    // A length of time grows by at most the time that passes: in seconds,
    // a day a day.
    if (factor > 0 && c.kind == "duration") v.per_day = 86400;
    v.age = c.kind == "age";
    v.held = !c.holder.empty();
    v.value = q.value * f;
    v.lo = ((q.band_low ? *q.band_low : q.value) - h) * f;
    v.hi = ((q.band_high ? *q.band_high : q.value) + h) * f;
    return v;
  }

  // Bands that overlap add; values far apart subtract. The best over the
  // entry's values of a comparable unit (two currencies compare through the
  // story's own conversions, within a tenth); 0 when there is none.
  double ValueEvidence(const ValueRef& given, const std::vector<ValueRef>& refs) const {
    double best = -1e9;
    for (const ValueRef& b : refs) {
      ValueRef a = given;
      if (a.unit != b.unit) {
        auto rate = rates_.find({a.unit, b.unit});
        if (rate == rates_.end()) continue;
        a.value *= rate->second;
        a.lo *= rate->second * 0.9;
        a.hi *= rate->second * 1.1;
      }
      double e;
      const double ratio = BandRatio(a, b);
      if (a.age && b.age && !(a.held && b.held) && std::fabs(a.value - b.value) > 1) {
        // Two ages more than a year apart, one of no named person, are two
        // people's ("the 76-year-old Pelosi", "a 66-year-old aide"), however
        // near the values. Ages of one named person (holders must be equal)
        // may still dispute.
        e = -4;
      } else if (ratio == 1) {
        // A vague band ("billions": 2 to 9 billion) overlaps much; it is
        // weaker evidence than two figures that meet.
        e = Wide(a) || Wide(b) ? 1 : 2;
      } else if (ratio <= kNear) {
        // Bands a few percent apart ("5.9" and "6.1" from two agencies,
        // "7.6" and "7.7"): near, weaker evidence than a meeting.
        e = 1;
      } else if (!Concurrent(a, b) && !OutgrowsElapsed(a, b)) {
        // Values that differ at different times may be one toll moving; a
        // static measure does not move.
        e = 0;
      } else {
        // How far apart: from the edges of a vague band ("thousands" ends
        // at 9,000, so "14,000" is 1.6 from it), else between the values.
        double va = std::max(std::fabs(a.value), 1e-9), vb = std::max(std::fabs(b.value), 1e-9);
        double apart = Wide(a) || Wide(b) ? ratio : std::max(va, vb) / std::min(va, vb);
        e = apart >= 4 ? -4 : apart >= 2 ? -2 : 0;
      }
      best = std::max(best, e);
    }
    return best == -1e9 ? 0 : best;
  }

  // A vague band, spanning a factor of two or more ("billions", "thousands").
  static bool Wide(const ValueRef& v) { return v.lo > 0 && v.hi >= 2 * v.lo; }

  // How far apart two bands are: the higher band's low end over the lower
  // band's high end; 1 when they overlap. Measured from the bands' edges, so
  // a vague "thousands" (to 9,000) is 1.6 from "14,000", not 7.
  static double BandRatio(const ValueRef& a, const ValueRef& b) {
    if (std::max(a.lo, b.lo) <= std::min(a.hi, b.hi)) return 1;
    const bool a_lower = a.hi < b.lo;
    double low_top = std::fabs(a_lower ? a.hi : b.hi), high_bottom = std::fabs(a_lower ? b.lo : a.lo);
    if (low_top > high_bottom) std::swap(low_top, high_bottom);  // negative values
    return high_bottom / std::max(low_top, 1e-9);
  }

  // Whether two durations at different times are further apart than the
  // time between them lets one length grow ("a two-hour briefing" on the
  // 14th, "nearly two decades" on the 16th): then they are not one length
  // moving, and their distance counts as for concurrent values.
  static bool OutgrowsElapsed(const ValueRef& a, const ValueRef& b) {
    if (a.per_day <= 0 || b.per_day <= 0 || a.last < a.first || b.last < b.first) return false;
    const int days = std::max(a.first - b.last, b.first - a.last);
    const double gap = std::max(a.lo, b.lo) - std::min(a.hi, b.hi);
    return gap > (std::max(days, 0) + 1) * a.per_day;
  }

  // Whether two values hold at one time (either floating, or a value that
  // cannot move).
  static bool Concurrent(const ValueRef& a, const ValueRef& b) {
    return !(a.moves && b.moves) || a.last < a.first || b.last < b.first || (a.first <= b.last && b.first <= a.last);
  }

  // The smallest ratio between a value and the entry's comparable values
  // that hold at its time; 1 when none does. A toll 20 times another at the
  // same time ("five killed" beside "168,000 killed" in a reminder of an
  // older disaster) is another toll, whatever the frames say.
  double Disparity(const ValueRef& given, const std::vector<ValueRef>& refs) const {
    double least = -1;
    for (const ValueRef& b : refs) {
      if (b.unit != given.unit || !Concurrent(given, b)) continue;
      double r = BandRatio(given, b);
      least = least < 0 ? r : std::min(least, r);
    }
    return least < 0 ? 1 : least;
  }

  // A distinctive value: a plain whole number (no hedge, no rounding band)
  // of 11 or more that is not a multiple of ten — "26", "485", not "three"
  // or "100", which two measures of one story share by chance. Two
  // figures give one such value when both are it exactly.
  static bool SameDistinctiveValue(const ValueRef& a, const ValueRef& b) {
    auto plain = [](const ValueRef& v) {
      return v.unit.empty() && v.lo == v.value && v.hi == v.value && v.value >= 11 && v.value < 1e7 &&
             v.value == std::floor(v.value) && std::fmod(v.value, 10) != 0;
    };
    return plain(a) && plain(b) && a.value == b.value;
  }

  // A count whose frame alone decides: it has both a counted noun and a state.
  static bool Strong(const Claim& c) {
    return c.kind == "count" && !c.counted_lemma.empty() && !c.state.empty();
  }

  // Evidence a candidate needs to join an entry.
  static double Needed(const Claim& c) {
    if (c.kind == "count" && (!c.counted_lemma.empty() || !c.state.empty())) return 0;
    if (c.kind == "age") return kMinEvidence;
    return kMinEvidence;
  }

  // Conversions the story's reports give ("2 million euros ($2.6
  // million)"): from -> to -> rate, the median of the pairs seen.
  void LearnRates(const std::vector<std::pair<ClaimRef, ClaimRef>>& restated) {
    std::map<std::pair<std::string, std::string>, std::vector<double>> seen;
    for (const auto& [claim, target] : restated) {
      const DocAnalysis& a = analyses_[claim.doc];
      const Claim& rc = a.claims[claim.claim];
      const Claim& tc = a.claims[target.claim];
      if (rc.unit == tc.unit || !IsCurrency(rc.unit) || !IsCurrency(tc.unit)) continue;
      if (rc.quantity < 0 || tc.quantity < 0 || rc.quantity >= static_cast<int>(a.quantities.size()) ||
          tc.quantity >= static_cast<int>(a.quantities.size()))
        continue;
      double from = a.quantities[tc.quantity].value, to = a.quantities[rc.quantity].value;
      // A scale lost on one side ("$2.6" read without its "-million") is no
      // conversion.
      if (from <= 0 || to <= 0 || to / from > 1e5 || from / to > 1e5) continue;
      seen[{tc.unit, rc.unit}].push_back(to / from);
      seen[{rc.unit, tc.unit}].push_back(from / to);
    }
    for (auto& [units, r] : seen) {
      std::sort(r.begin(), r.end());
      rates_[units] = r[r.size() / 2];
    }
  }

 private:
  std::map<std::pair<std::string, std::string>, double> rates_;
  const std::vector<DocAnalysis>& analyses_;
  const StoryPlaces& places_;
  const LedgerOptions& o_;
  const Lexicon& lex_;
};

}  // namespace

std::vector<LedgerEntry> BuildLedger(const std::vector<DocAnalysis>& analyses, const std::vector<int>& story_docs,
                                     const std::vector<int>& copy_of) {
  return BuildLedger(analyses, story_docs, copy_of, LedgerOptions{});
}

std::vector<LedgerEntry> BuildLedger(const std::vector<DocAnalysis>& analyses, const std::vector<int>& story_docs,
                                     const std::vector<int>& copy_of, const LedgerOptions& options) {
  const Lexicon& lex = options.lexicon ? *options.lexicon : Lexicon::Default();
  const PlaceHierarchy& hierarchy = options.places ? *options.places : PlaceHierarchy::Default();
  StoryPlaces places(analyses, story_docs, hierarchy);
  std::vector<Candidate> cands;
  // Restatements within a document: (doc, claim) -> the claim it restates.
  std::vector<std::pair<ClaimRef, ClaimRef>> restated;
  for (int d : story_docs) {
    if (d < 0 || d >= static_cast<int>(analyses.size())) continue;
    const DocAnalysis& a = analyses[d];
    for (size_t i = 0; i < a.claims.size(); ++i) {
      const Claim& c = a.claims[i];
      if (c.measure.empty() || c.part_of >= 0) continue;
      if (c.quantity < 0 || c.quantity >= static_cast<int>(a.quantities.size())) continue;
      if (c.restates >= 0 && c.restates < static_cast<int>(i)) {
        restated.push_back({{d, static_cast<int>(i)}, {d, c.restates}});
        continue;
      }
      Candidate k;
      k.ref = {d, static_cast<int>(i)};
      k.claim = &c;
      k.quantity = &a.quantities[c.quantity];
      k.root = Root(copy_of, d);
      k.order = static_cast<int>(cands.size());
      k.speaker_key = SpeakerKey(c.speaker);
      UnitDimension dim = DimensionOf(c.unit);
      k.factor = c.unit.empty() || c.kind == "age" ? 1 : dim.factor;
      cands.push_back(std::move(k));
    }
  }

  Aligner aligner(analyses, places, options, lex);
  aligner.LearnRates(restated);
  // LEDGER_DEBUG=1 prints every comparison to stderr (tuning aid).
  static const bool debug = std::getenv("LEDGER_DEBUG") != nullptr;
  {
    std::map<std::pair<int, int>, int> cand_of;
    for (int i = 0; i < static_cast<int>(cands.size()); ++i) cand_of[{cands[i].ref.doc, cands[i].ref.claim}] = i;
    for (Candidate& c : cands) c.values.push_back(aligner.Value(c.ref, *c.quantity, c.claim->unit, c.factor));
    // A restatement's value ("$2.6 million" after "2 million euros") is one
    // more value its first statement's entry holds.
    for (const auto& [claim, target] : restated) {
      ClaimRef t = target;
      for (int hop = 0; hop < 64; ++hop) {
        const Claim& tc = analyses[t.doc].claims[t.claim];
        if (tc.restates < 0 || tc.restates >= t.claim) break;
        t.claim = tc.restates;
      }
      auto it = cand_of.find({t.doc, t.claim});
      if (it == cand_of.end()) continue;
      const DocAnalysis& a = analyses[claim.doc];
      const Claim& rc = a.claims[claim.claim];
      if (rc.quantity < 0 || rc.quantity >= static_cast<int>(a.quantities.size())) continue;
      UnitDimension dim = DimensionOf(rc.unit);
      cands[it->second].values.push_back(
          aligner.Value(claim, a.quantities[rc.quantity], rc.unit, rc.unit.empty() ? 1 : dim.factor));
    }
  }
  if (debug) std::fprintf(stderr, "  build %zu candidates\n", cands.size());
  if (debug && std::string_view(std::getenv("LEDGER_DEBUG")) == "pairs") {
    for (const Candidate& c : cands) {
      const Claim& x = *c.claim;
      std::fprintf(stderr,
                   "  cand d%d c%d value=%g kind=%s counted=%s group=%s state=%s place=%s/%s%s time=%s as_of=%s "
                   "qual=%s holder=%s topic=%s pred=%s speaker=%s measure=%s\n",
                   c.ref.doc, c.ref.claim, c.quantity->value, x.kind.c_str(), x.counted_lemma.c_str(),
                   x.group.c_str(), x.state.c_str(), x.place.c_str(), x.place_kind.c_str(),
                   x.place_named ? "/named" : "", x.time.c_str(), x.as_of.c_str(), x.qualifiers.c_str(),
                   x.holder.c_str(), x.topic.c_str(), x.predicate.c_str(), x.speaker.c_str(), x.measure.c_str());
    }
    for (const auto& [claim, target] : restated)
      std::fprintf(stderr, "  restated d%d c%d -> d%d c%d\n", claim.doc, claim.claim, target.doc, target.claim);
    for (size_t i = 0; i < cands.size(); ++i)
      for (size_t j = 0; j < i; ++j) {
        std::optional<double> s = aligner.Score(cands[i], cands[j]);
        double v = aligner.ValueEvidence(cands[i].values.front(), cands[j].values);
        std::fprintf(stderr, "  pair d%d c%d vs d%d c%d: %s %g value %g\n", cands[i].ref.doc, cands[i].ref.claim,
                     cands[j].ref.doc, cands[j].ref.claim, s ? "ok" : aligner.why_not_, s ? *s : 0.0, v);
      }
  }
  struct Building {
    std::vector<int> members;
    std::vector<int> reps;
    std::vector<ValueRef> values;
  };
  std::vector<Building> groups;
  // Entries by their founder's frame: a newcomer is scored only against the
  // entries whose founder passes Score's frame constraints (kind, state,
  // counted group of a count, place, qualifiers, holder, landmark). Each
  // test reads only its level's key fields, so the entries scored and their
  // order are those of a scan over every entry of the kind.
  auto sep = [](std::initializer_list<std::string_view> parts) {
    std::string k;
    for (std::string_view p : parts) k.append(p).push_back('\x1f');
    return k;
  };
  EntryIndex index({
      {[](const Claim& c) { return c.kind; }, [](const Claim& a, const Claim& b) { return a.kind == b.kind; }},
      {[](const Claim& c) { return c.state; },
       [&](const Claim& a, const Claim& b) {
         // A state on one side only may be unknown, not different (Score
         // decides with the nouns and values).
         return StateMatch(a, b, lex) != kNoMatch || a.state.empty() != b.state.empty();
       }},
      {[&](const Claim& c) { return c.kind == "count" ? sep({c.counted_lemma, c.group}) : std::string(); },
       [&](const Claim& a, const Claim& b) {
         return a.kind != "count" || GroupMatch(a, b, lex) != kNoMatch || NamedTwoWays(a, b, lex);
       }},
      {[&](const Claim& c) {
         return sep({c.place, c.place_named ? "1" : "0", c.place_kind, c.qualifiers, c.holder, c.landmark});
       },
       [&](const Claim& a, const Claim& b) {
         if (places.Match(a, b) == kNoMatch || QualifierMatch(a, b) == kNoMatch || HolderMatch(a, b) == kNoMatch)
           return false;
         return a.landmark.empty() || b.landmark.empty() ||
                DocPlaces::NameKey(a.landmark) == DocPlaces::NameKey(b.landmark);
       }},
  });
  std::vector<int> block;
  for (int i = 0; i < static_cast<int>(cands.size()); ++i) {
    const Candidate& c = cands[i];
    const double needed = Aligner::Needed(*c.claim);
    int best = -1;
    double best_score = 0;
    index.Find(*c.claim, &block);
    for (int g : block) {
      double total = 0, worst = 1e9;
      bool ok = true;
      for (int r : groups[g].reps) {
        std::optional<double> s = aligner.Score(c, cands[r]);
        if (!s) {
          if (debug)
            std::fprintf(stderr, "  fail d%d c%d vs d%d c%d: %s\n", c.ref.doc, c.ref.claim, cands[r].ref.doc,
                         cands[r].ref.claim, aligner.why_not_);
          ok = false;
          break;
        }
        total += *s;
        worst = std::min(worst, *s);
      }
      if (debug) {
        const Claim& x = *c.claim;
        std::fprintf(stderr, "  try d%d c%d [%s] vs entry %d [%s]: %s %s total=%g worst=%g\n", c.ref.doc, c.ref.claim,
                     x.measure.c_str(), g, cands[groups[g].reps.front()].claim->measure.c_str(), ok ? "ok" : "HARD",
                     ok ? "" : aligner.why_not_, total, worst);
      }
      if (!ok) continue;
      double value = -1e9;
      for (const ValueRef& v : c.values) value = std::max(value, aligner.ValueEvidence(v, groups[g].values));
      // A count with both its noun and its state is one measure whatever its
      // value (a toll that rises, a figure in dispute): its value can only
      // help.
      if (Aligner::Strong(*c.claim)) {
        double disparity = 1e18;
        for (const ValueRef& v : c.values) disparity = std::min(disparity, aligner.Disparity(v, groups[g].values));
        if (disparity >= kOtherToll) continue;
        value = std::max(value, 0.0);
      }
      double mean = total / groups[g].reps.size() + value;
      // Every representative must carry the evidence (complete linkage).
      double need = std::max(needed, Aligner::Needed(*cands[groups[g].reps.front()].claim));
      if (worst + value < need) continue;
      if (best < 0 || mean > best_score) {
        best = g;
        best_score = mean;
      }
    }
    if (best < 0) {
      index.Add(*c.claim, static_cast<int>(groups.size()));
      groups.push_back({{i}, {i}, c.values});
      continue;
    }
    Building& b = groups[best];
    b.members.push_back(i);
    for (const ValueRef& v : c.values)
      if (b.values.size() < 4 * kMaxRepresentatives &&
          std::none_of(b.values.begin(), b.values.end(),
                       [&](const ValueRef& o) { return o.unit == v.unit && o.value == v.value; }))
        b.values.push_back(v);
    if (b.reps.size() < kMaxRepresentatives &&
        std::none_of(b.reps.begin(), b.reps.end(), [&](int r) { return SameFrame(*cands[r].claim, *c.claim); }))
      b.reps.push_back(i);
  }

  // Entries in order of their first claim.
  std::sort(groups.begin(), groups.end(),
            [](const Building& x, const Building& y) { return x.members.front() < y.members.front(); });
  std::map<std::pair<int, int>, int> entry_of;  // (doc, claim) -> entry
  std::vector<LedgerEntry> out;
  for (const Building& g : groups) {
    // The unit figures are judged in: the first member's (a sum in another
    // currency is listed, not judged).
    const Candidate& first = cands[g.members.front()];
    // Convertible figures are judged in the entry's most frequent unit (the
    // earliest to reach that count on ties), so its consensus reads "126–154
    // mi", not "202,777–247,839" metres.
    std::string unit = first.claim->unit;
    double unit_factor = first.factor;
    if (first.factor > 0) {
      std::map<std::string, int> uses;
      int most = 0;
      for (int m : g.members) {
        const Candidate& c = cands[m];
        if (c.factor > 0 && ++uses[c.claim->unit] > most) {
          most = uses[c.claim->unit];
          unit = c.claim->unit;
          unit_factor = c.factor;
        }
      }
    }
    std::map<std::pair<int, std::string>, int> voice_ids;
    std::vector<Figure> figures;
    std::vector<int> judged;
    LedgerEntry e;
    e.unit = unit;
    for (int m : g.members) {
      const Candidate& c = cands[m];
      bool repeat = false;
      if (c.root != c.ref.doc) {
        for (int k : g.members) {
          const Candidate& o = cands[k];
          if (o.ref.doc == c.root && o.quantity->value == c.quantity->value && o.claim->time == c.claim->time)
            repeat = true;
        }
      }
      bool other_currency = c.factor == 0 && c.claim->unit != first.claim->unit;
      if (repeat || other_currency) {
        e.restatements.push_back(c.ref);
        continue;
      }
      auto [it, inserted] =
          voice_ids.emplace(std::make_pair(c.root, c.speaker_key), static_cast<int>(voice_ids.size()));
      figures.push_back(FigureOf(analyses[c.ref.doc], c.ref, *c.claim, *c.quantity, it->second,
                                 unit_factor > 0 ? c.factor / unit_factor : c.factor, c.order));
      judged.push_back(m);
    }
    // Measure: the most specific claim's key; the more frequent key on ties.
    std::map<std::string, int> freq;
    for (int m : judged) ++freq[cands[m].claim->measure];
    int best = judged.front();
    for (int m : judged) {
      const Claim& c = *cands[m].claim;
      const Claim& b = *cands[best].claim;
      if (Specificity(c) > Specificity(b) || (Specificity(c) == Specificity(b) && freq[c.measure] > freq[b.measure]))
        best = m;
    }
    const Claim& head = *cands[best].claim;
    e.measure = head.measure;
    JudgeOptions jo;
    // A count by severity ("11 in critical condition") falls as patients
    // recover: only the whole toll is cumulative.
    const bool severity = (" " + head.qualifiers + " ").find(" critical ") != std::string::npos ||
                          (" " + head.qualifiers + " ").find(" serious ") != std::string::npos ||
                          (" " + head.qualifiers + " ").find(" minor ") != std::string::npos;
    jo.cumulative = IsCumulativeState(head.state) && !severity;
    jo.static_measure = IsStaticMeasure(head);
    JudgeEntry(std::move(figures), jo, &e);
    for (const ClaimRef& r : e.claims) entry_of[{r.doc, r.claim}] = static_cast<int>(out.size());
    for (const ClaimRef& r : e.restatements) entry_of[{r.doc, r.claim}] = static_cast<int>(out.size());
    out.push_back(std::move(e));
  }
  // Restatements within a document join the entry of what they restate
  // (chains follow to the first statement).
  for (const auto& [claim, target] : restated) {
    ClaimRef t = target;
    for (int hop = 0; hop < 64; ++hop) {
      const Claim& c = analyses[t.doc].claims[t.claim];
      if (c.restates < 0 || c.restates >= t.claim) break;
      t.claim = c.restates;
    }
    auto it = entry_of.find({t.doc, t.claim});
    if (it != entry_of.end()) out[it->second].restatements.push_back(claim);
  }
  for (LedgerEntry& e : out)
    std::sort(e.restatements.begin(), e.restatements.end(),
              [](const ClaimRef& x, const ClaimRef& y) { return std::tie(x.doc, x.claim) < std::tie(y.doc, y.claim); });
  return out;
}

}  // namespace crosscheck
