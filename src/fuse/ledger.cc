// Ledger alignment.
//
// Candidates: every claim of the story's documents that has a measure, is
// not a part of a composed figure and does not restate an earlier claim of
// its document. They are visited in story order (document, then position)
// and each joins the best entry of its kind (count, money, percent, age, a
// unit's dimension) it is compatible with, else opens one.
//
// Whether two candidates can be one measure, and the evidence that they
// are: fuse/ledger_pair.h.
//
// Restatements — a claim that restates an earlier one of its document, a
// copy's figure that repeats its original's, a sum in a second currency —
// are listed in the entry of the claim they repeat, not judged again.
// Voices: a copy speaks with its original's voice; a voice is (original
// document, speaker by surname), so "John Ging" and "Mr Ging" of one report
// are one voice. The entry's measure is the key of its most specific claim.
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
#include "fuse/ledger_pair.h"
#include "fuse/ledger_pair_model.h"
#include "fuse/ledger_pair_words.h"
#include "fuse/ledger_places.h"
#include "fuse/lexicon.h"
#include "recognize/entity/entity.h"

namespace crosscheck {
namespace {

using ledger::Aligner;
using ledger::Candidate;
using ledger::CountedByModelName;
using ledger::MayBeCountedByModelName;
using ledger::NamedTwoWays;
using ledger::AddValue;
using ledger::ValueRef;

constexpr size_t kMaxRepresentatives = 8;
// The pair model looks back over at most this many entries for a candidate
// the rules leave alone (the cost stays linear in a story's candidates).
constexpr int kModelLookBack = 256;
// A toll this many times another at the same time is another toll.
constexpr double kOtherToll = 20;

int Root(const std::vector<int>& copy_of, int d) {
  for (int guard = 0; guard < 64 && d >= 0 && d < static_cast<int>(copy_of.size()) && copy_of[d] >= 0; ++guard)
    d = copy_of[d];
  return d;
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
         a.unit == b.unit && a.time == b.time && a.list_rank == b.list_rank;
}

// An int per claim of the story's documents (-1 = none): 4 bytes a claim,
// where a map by (document, claim) took a tree node each.
class ClaimTable {
 public:
  ClaimTable(const std::vector<DocAnalysis>& analyses, const std::vector<int>& story_docs) : row_(analyses.size()) {
    for (int d : story_docs)
      if (d >= 0 && d < static_cast<int>(analyses.size()) && row_[d].empty())
        row_[d].assign(analyses[d].claims.size(), -1);
  }
  void Set(const ClaimRef& r, int v) {
    if (Valid(r)) row_[r.doc][r.claim] = v;
  }
  int Get(const ClaimRef& r) const { return Valid(r) ? row_[r.doc][r.claim] : -1; }

 private:
  bool Valid(const ClaimRef& r) const {
    return r.doc >= 0 && r.doc < static_cast<int>(row_.size()) && r.claim >= 0 &&
           r.claim < static_cast<int>(row_[r.doc].size());
  }
  std::vector<std::vector<int>> row_;
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
    std::vector<bool> whole(a.claims.size(), false);  // claims that have parts
    for (const Claim& c : a.claims)
      if (c.part_of >= 0 && c.part_of < static_cast<int>(whole.size())) whole[c.part_of] = true;
    for (size_t i = 0; i < a.claims.size(); ++i) {
      const Claim& c = a.claims[i];
      // A part of a composed figure is a measure of its own ("23 pirates
      // (12 Somali and 11 Yemeni)": another report's "12 Somalis"); it never
      // joins its whole or a sibling part (Candidate::family).
      if (c.measure.empty()) continue;
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
      k.speaker_key = VoiceKey(c.speaker);
      UnitDimension dim = DimensionOf(c.unit);
      k.factor = c.unit.empty() || c.kind == "age" ? 1 : dim.factor;
      if (c.part_of >= 0)
        k.family = {d, c.part_of};
      else if (whole[i])
        k.family = {d, static_cast<int>(i)};
      cands.push_back(std::move(k));
    }
  }

  Aligner aligner(analyses, places, options, lex);
  aligner.LearnRates(restated);
  // LEDGER_DEBUG=1 prints every comparison to stderr (tuning aid).
  static const bool debug = std::getenv("LEDGER_DEBUG") != nullptr;
  {
    ClaimTable cand_of(analyses, story_docs);
    for (int i = 0; i < static_cast<int>(cands.size()); ++i) cand_of.Set(cands[i].ref, i);
    for (Candidate& c : cands) AddValue(aligner.Value(c.ref, *c.quantity, c.claim->unit, c.factor), &c.values, &c.value_count);
    // A restatement's value ("$2.6 million" after "2 million euros") is one
    // more value its first statement's entry holds.
    for (const auto& [claim, target] : restated) {
      ClaimRef t = target;
      for (int hop = 0; hop < 64; ++hop) {
        const Claim& tc = analyses[t.doc].claims[t.claim];
        if (tc.restates < 0 || tc.restates >= t.claim) break;
        t.claim = tc.restates;
      }
      const int target_cand = cand_of.Get(t);
      if (target_cand < 0) continue;
      const DocAnalysis& a = analyses[claim.doc];
      const Claim& rc = a.claims[claim.claim];
      if (rc.quantity < 0 || rc.quantity >= static_cast<int>(a.quantities.size())) continue;
      UnitDimension dim = DimensionOf(rc.unit);
      Candidate& tc = cands[target_cand];
      AddValue(aligner.Value(claim, a.quantities[rc.quantity], rc.unit, rc.unit.empty() ? 1 : dim.factor), &tc.values,
               &tc.value_count);
    }
  }
  aligner.LearnValues(cands);
  if (options.pair_samples) {
    for (size_t i = 0; i < cands.size(); ++i)
      for (size_t j = 0; j < i; ++j) {
        if (cands[i].root == cands[j].root || cands[i].claim->kind != cands[j].claim->kind) continue;
        PairSample s;
        s.a = cands[j].ref;
        s.b = cands[i].ref;
        ledger::PairFeatures(aligner, places, lex, cands[i], cands[j], s.x.data());
        options.pair_samples->push_back(s);
      }
  }
  const PairModel* model = options.pair_model;
  // The model's probability that two candidates of two reports are one measure.
  auto model_p = [&](const Candidate& x, const Candidate& y) {
    double f[kPairFeatures];
    ledger::PairFeatures(aligner, places, lex, x, y, f);
    return model->Probability(f);
  };
  if (debug) std::fprintf(stderr, "  build %zu candidates\n", cands.size());
  if (debug && std::string_view(std::getenv("LEDGER_DEBUG")) == "pairs") {
    for (const Candidate& c : cands) {
      const Claim& x = *c.claim;
      std::fprintf(stderr,
                   "  cand d%d c%d value=%g band=%g/%g kind=%s counted=%s group=%s state=%s place=%s/%s%s time=%s as_of=%s "
                   "qual=%s holder=%s topic=%s pred=%s poll=%s nkind=%c speaker=%s measure=%s\n",
                   c.ref.doc, c.ref.claim, c.quantity->value, c.values.empty() ? 0.0 : c.values.front().lo,
                   c.values.empty() ? 0.0 : c.values.front().hi, x.kind.c_str(), x.counted_lemma.c_str(),
                   x.group.c_str(), x.state.c_str(), x.place.c_str(), x.place_kind.c_str(),
                   x.place_named ? "/named" : "", x.time.c_str(), x.as_of.c_str(), x.qualifiers.c_str(),
                   x.holder.c_str(), x.topic.c_str(), x.predicate.c_str(), x.poll.c_str(),
                   lex.NounKind(x.counted_lemma) ? lex.NounKind(x.counted_lemma) : '-', x.speaker.c_str(),
                   x.measure.c_str());
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
    std::vector<std::pair<int, int>> families;  // of its members (Candidate::family)
    // Values offered to it, repeats included (AddValue): what caps `values`.
    size_t value_count = 0;
  };
  std::vector<Building> groups;
  // Entries by their founder's frame: a newcomer is scored only against the
  // entries whose founder passes Score's frame constraints (kind, state,
  // counted group of a count, place, qualifiers, holder, landmark). Each
  // test reads only its level's key fields (EntryIndex remembers its answers
  // per key) and lets through every pair Score could accept, so the entries
  // Score accepts, and their order, are those of a scan over every entry.
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
      // GroupMatch reads the state too (two kinds of people in one bodily
      // state), so it is part of the key; the context words a model's name
      // is looked up in are not, so that test is made without them.
      {[&](const Claim& c) { return c.kind == "count" ? sep({c.counted_lemma, c.group, c.state}) : std::string(); },
       [&](const Claim& a, const Claim& b) {
         return a.kind != "count" || GroupMatch(a, b, lex) != kNoMatch || NamedTwoWays(a, b, lex) ||
                MayBeCountedByModelName(a, b) || ledger::NounsOfOneKind(a, b, lex);
       }},
      // Whether a place is written "the NAME" decides whether the table's
      // towns of that name stand for it (StoryPlaces::Trusted).
      {[&](const Claim& c) {
         return sep({c.place, c.place_named ? "1" : "0", c.place_kind, c.qualifiers, c.holder, c.landmark,
                     StoryPlaces::WrittenWithThe(c) ? "1" : "0"});
       },
       [&](const Claim& a, const Claim& b) {
         // Qualifiers are left to Score: one value met exactly bridges them.
         if (places.Match(a, b) == kNoMatch || HolderMatch(a, b) == kNoMatch) return false;
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
      if (c.family.first >= 0 && std::find(groups[g].families.begin(), groups[g].families.end(), c.family) !=
                                     groups[g].families.end())
        continue;
      double total = 0, worst = 1e9;
      bool ok = true;
      // Representatives that refused the newcomer's counted noun only: the
      // entry's members share the verdict on a noun, so one that counts the
      // same noun as a representative that took the newcomer defers to it
      // ("four robbers fled" joins "four men fled" and "four men" in no
      // state, which alone would refuse robbers for men).
      std::vector<int> noun_refusals;
      std::vector<std::pair<int, double>> taken;
      for (int r : groups[g].reps) {
        std::optional<double> s = aligner.Score(c, cands[r]);
        if (!s) {
          if (debug)
            std::fprintf(stderr, "  fail d%d c%d vs d%d c%d: %s\n", c.ref.doc, c.ref.claim, cands[r].ref.doc,
                         cands[r].ref.claim, aligner.why_not_);
          if (std::string_view(aligner.why_not_) == "group") {
            noun_refusals.push_back(r);
            continue;
          }
          ok = false;
          break;
        }
        taken.emplace_back(r, *s);
        total += *s;
        worst = std::min(worst, *s);
      }
      for (size_t k = 0; ok && k < noun_refusals.size(); ++k) {
        const Claim& refuser = *cands[noun_refusals[k]].claim;
        auto twin = std::find_if(taken.begin(), taken.end(), [&](const std::pair<int, double>& t) {
          const Claim& x = *cands[t.first].claim;
          return !x.counted_lemma.empty() && x.counted_lemma == refuser.counted_lemma && x.group == refuser.group;
        });
        if (twin == taken.end()) {
          ok = false;
          break;
        }
        total += twin->second;
        worst = std::min(worst, twin->second);
      }
      if (debug) {
        const Claim& x = *c.claim;
        std::fprintf(stderr, "  try d%d c%d [%s] vs entry %d [%s]: %s %s total=%g worst=%g\n", c.ref.doc, c.ref.claim,
                     x.measure.c_str(), g, cands[groups[g].reps.front()].claim->measure.c_str(), ok ? "ok" : "HARD",
                     ok ? "" : aligner.why_not_, total, worst);
      }
      if (!ok) continue;
      // The model refuses a rule join its weakest representative of
      // another report falls under veto_threshold for.
      if (model && model->veto_threshold > 0) {
        bool refused = false;
        for (int r : groups[g].reps)
          if (cands[r].root != c.root && model_p(c, cands[r]) < model->veto_threshold) refused = true;
        if (refused) {
          if (debug) std::fprintf(stderr, "  model refuses d%d c%d vs entry %d\n", c.ref.doc, c.ref.claim, g);
          continue;
        }
      }
      double value = -1e9;
      for (const ValueRef& v : c.values) value = std::max(value, aligner.ValueEvidence(v, groups[g].values));
      // A count with both its noun and its state is one measure whatever its
      // value (a toll that rises, a figure in dispute): its value can only
      // help.
      if (Aligner::Strong(*c.claim)) {
        double disparity = 1e18;
        for (const ValueRef& v : c.values) disparity = std::min(disparity, aligner.Disparity(v, groups[g].values));
        if (disparity >= kOtherToll) {
          if (debug) std::fprintf(stderr, "  toll d%d c%d vs entry %d: another toll\n", c.ref.doc, c.ref.claim, g);
          continue;
        }
        value = std::max(value, 0.0);
      }
      double mean = total / groups[g].reps.size() + value;
      // Every representative must carry the evidence (complete linkage).
      double need = std::max(needed, Aligner::Needed(*cands[groups[g].reps.front()].claim));
      if (debug)
        std::fprintf(stderr, "  evidence d%d c%d vs entry %d: worst=%g value=%g need=%g mean=%g\n", c.ref.doc,
                     c.ref.claim, g, worst, value, need, mean);
      if (worst + value < need) continue;
      // The model's say in the choice among the entries the rules accept.
      if (model && model->choose_weight > 0) {
        double lowest = 1 - 1e-6;
        for (int r : groups[g].reps)
          if (cands[r].root != c.root) lowest = std::max(1e-6, std::min(lowest, model_p(c, cands[r])));
        mean += model->choose_weight * std::log(lowest / (1 - lowest));
      }
      // A tie goes to the entry whose founder names what it measures (a
      // topic or a counted noun) over one that names nothing ("money").
      auto named = [&](int e) {
        const Claim& f = *cands[groups[e].reps.front()].claim;
        return !f.topic.empty() || !f.counted_lemma.empty();
      };
      if (best < 0 || mean > best_score || (mean == best_score && named(g) && !named(best))) {
        best = g;
        best_score = mean;
      }
    }
    // Left alone by the rules: the entry of its kind whose every
    // representative of another report the model gives join_threshold or
    // more (complete linkage), the highest such minimum.
    if (best < 0 && model && model->join_threshold <= 1) {
      const int from = std::max(0, static_cast<int>(groups.size()) - kModelLookBack);
      double best_p = 0;
      for (int g = static_cast<int>(groups.size()) - 1; g >= from; --g) {
        const Building& b = groups[g];
        if (cands[b.reps.front()].claim->kind != c.claim->kind) continue;
        if (c.family.first >= 0 && std::find(b.families.begin(), b.families.end(), c.family) != b.families.end())
          continue;
        if (std::any_of(b.members.begin(), b.members.end(), [&](int m) { return cands[m].root == c.root; })) continue;
        double lowest = 1;
        for (int r : b.reps) lowest = std::min(lowest, model_p(c, cands[r]));
        if (lowest >= model->join_threshold && lowest > best_p) {
          best = g;
          best_p = lowest;
        }
      }
      if (debug && best >= 0) std::fprintf(stderr, "  model joins d%d c%d p=%g\n", c.ref.doc, c.ref.claim, best_p);
    }
    if (debug)
      std::fprintf(stderr, "  join d%d c%d -> entry %d%s\n", c.ref.doc, c.ref.claim,
                   best < 0 ? static_cast<int>(groups.size()) : best, best < 0 ? " (new)" : "");
    if (best < 0) {
      index.Add(*c.claim, static_cast<int>(groups.size()));
      groups.push_back({{i}, {i}, c.values, {}, c.value_count});
      if (c.family.first >= 0) groups.back().families.push_back(c.family);
      continue;
    }
    Building& b = groups[best];
    b.members.push_back(i);
    if (c.family.first >= 0) b.families.push_back(c.family);
    for (const ValueRef& v : c.values)
      if (b.value_count < 4 * kMaxRepresentatives &&
          std::none_of(b.values.begin(), b.values.end(),
                       [&](const ValueRef& o) { return o.unit == v.unit && o.value == v.value; })) {
        b.values.push_back(v);
        ++b.value_count;
      }
    if (b.reps.size() < kMaxRepresentatives &&
        std::none_of(b.reps.begin(), b.reps.end(), [&](int r) { return SameFrame(*cands[r].claim, *c.claim); }))
      b.reps.push_back(i);
  }

  // Entries in order of their first claim.
  std::sort(groups.begin(), groups.end(),
            [](const Building& x, const Building& y) { return x.members.front() < y.members.front(); });
  ClaimTable entry_of(analyses, story_docs);  // (doc, claim) -> entry
  std::vector<LedgerEntry> out;
  for (const Building& g : groups) {
    // The unit figures are judged in: the first member's (a sum in another
    // currency is listed, not judged).
    const Candidate& first = cands[g.members.front()];
    // One figure of one report that names no measure ("only one winner",
    // "Two words sum it up"; ledger::NoMeasureAlone) makes no entry.
    if (g.members.size() == 1 && ledger::NoMeasureAlone(*first.claim, *first.quantity, lex)) continue;
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
    jo.fixed = IsFixedAttribute(head.kind);
    // A length of time grows with the report date (JudgeOptions::unit_days);
    // duration factors are seconds.
    if (head.kind == "duration" && !unit.empty() && unit_factor > 0) jo.unit_days = unit_factor / 86400;
    JudgeEntry(std::move(figures), jo, &e);
    for (const ClaimRef& r : e.claims) entry_of.Set(r, static_cast<int>(out.size()));
    for (const ClaimRef& r : e.restatements) entry_of.Set(r, static_cast<int>(out.size()));
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
    const int entry = entry_of.Get(t);
    if (entry >= 0) out[entry].restatements.push_back(claim);
  }
  for (LedgerEntry& e : out)
    std::sort(e.restatements.begin(), e.restatements.end(),
              [](const ClaimRef& x, const ClaimRef& y) { return std::tie(x.doc, x.claim) < std::tie(y.doc, y.claim); });
  return out;
}

}  // namespace crosscheck
