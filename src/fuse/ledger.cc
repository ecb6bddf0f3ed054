// Ledger alignment.
//
// Candidates: every claim of the story's documents that has a measure, is
// not a part of a composed figure and does not restate an earlier claim of
// its document. They are visited in story order (document, then position),
// and each joins the entry all of whose members it is compatible with
// (complete linkage, so a claim with an unknown place or state — a wildcard
// — cannot bridge two measures that differ), choosing the entry with the
// best mean match score (same counted noun > same class; same state; same
// place name > same kind of place), earliest entry on ties; a claim
// compatible with no entry opens a new one. Compatibility (fuse/lexicon.h):
// group, state and place must all match, and the two times may lie at most
// max_days_apart apart.
//
// Voices: a document that copies another (copy_of) speaks with its
// original's voice; a voice is (original document, speaker). A copy's claim
// whose figure and time repeat a claim of its original in the same entry is
// dropped. The entry's measure is the key of its most specific claim (known
// state and place, then most frequent).
#include "fuse/ledger.h"

#include <map>

#include "fuse/ledger_agreement.h"
#include "fuse/lexicon.h"

namespace crosscheck {
namespace {

struct Candidate {
  ClaimRef ref;
  const Claim* claim;
  const Quantity* quantity;
  int root;    // original document of a copy chain
  int order;   // story order
};

int Root(const std::vector<int>& copy_of, int d) {
  for (int guard = 0; guard < 64 && d >= 0 && d < static_cast<int>(copy_of.size()) && copy_of[d] >= 0; ++guard)
    d = copy_of[d];
  return d;
}

// Match score of two claims, or kNoMatch.
int Match(const Candidate& a, const Candidate& b, const LedgerOptions& o, const Lexicon& lex) {
  int g = GroupMatch(*a.claim, *b.claim, lex);
  if (g == kNoMatch) return kNoMatch;
  int s = StateMatch(*a.claim, *b.claim);
  if (s == kNoMatch) return kNoMatch;
  int p = PlaceMatch(*a.claim, *b.claim);
  if (p == kNoMatch) return kNoMatch;
  auto da = DayNumber(a.claim->time), db = DayNumber(b.claim->time);
  if (da && db && std::abs(*da - *db) > o.max_days_apart) return kNoMatch;
  return g + s + p;
}

std::string Basename(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string ReportName(const Document& d) {
  if (d.source && !d.source->empty()) return *d.source;
  if (!d.path.empty()) return Basename(d.path);
  return d.id;
}

Figure MakeFigure(const std::vector<DocAnalysis>& analyses, const Candidate& c, int voice) {
  const Quantity& q = *c.quantity;
  const Claim& cl = *c.claim;
  const DocAnalysis& a = analyses[c.ref.doc];
  Figure f;
  f.ref = c.ref;
  f.voice = voice;
  f.label = "report " + ReportName(a.doc) + " (" + (cl.speaker.empty() ? "narration" : cl.speaker) + ", " +
            (cl.time.empty() ? "undated" : cl.time) + ")";
  f.text = q.span.end <= a.doc.text.size() ? std::string(q.span.Of(a.doc.text)) : "";
  f.time = cl.time;
  f.as_of = cl.as_of;
  f.low = q.low;
  f.high = q.high;
  f.band_low = q.band_low ? *q.band_low : q.low ? *q.low : q.value;
  f.band_high = q.band_high ? *q.band_high : q.high ? *q.high : q.value;
  if (f.band_low > f.band_high) std::swap(f.band_low, f.band_high);
  // "more than 30": the band starts at the bound the figure excludes.
  f.low_open = q.low && !q.low_inclusive && f.band_low == *q.low;
  f.high_open = q.high && !q.high_inclusive && f.band_high == *q.high;
  f.conservative = q.conservative ? *q.conservative : f.band_low;
  f.order = c.order;
  return f;
}

int Specificity(const Claim& c) {
  return (c.state.empty() ? 0 : 2) + (c.place_named ? 2 : c.place.empty() ? 0 : 1) + (c.counted.empty() ? 0 : 1);
}

}  // namespace

std::vector<LedgerEntry> BuildLedger(const std::vector<DocAnalysis>& analyses, const std::vector<int>& story_docs,
                                     const std::vector<int>& copy_of) {
  return BuildLedger(analyses, story_docs, copy_of, LedgerOptions{});
}

std::vector<LedgerEntry> BuildLedger(const std::vector<DocAnalysis>& analyses, const std::vector<int>& story_docs,
                                     const std::vector<int>& copy_of, const LedgerOptions& options) {
  const Lexicon& lex = options.lexicon ? *options.lexicon : Lexicon::Default();
  std::vector<Candidate> cands;
  for (int d : story_docs) {
    if (d < 0 || d >= static_cast<int>(analyses.size())) continue;
    const DocAnalysis& a = analyses[d];
    for (size_t i = 0; i < a.claims.size(); ++i) {
      const Claim& c = a.claims[i];
      if (c.measure.empty() || c.part_of >= 0 || c.restates >= 0) continue;
      if (c.quantity < 0 || c.quantity >= static_cast<int>(a.quantities.size())) continue;
      cands.push_back({{d, static_cast<int>(i)}, &c, &a.quantities[c.quantity], Root(copy_of, d),
                       static_cast<int>(cands.size())});
    }
  }

  // Complete-linkage assignment.
  std::vector<std::vector<int>> groups;
  for (int i = 0; i < static_cast<int>(cands.size()); ++i) {
    int best = -1;
    double best_score = -1;
    for (int g = 0; g < static_cast<int>(groups.size()); ++g) {
      int total = 0;
      bool ok = true;
      for (int m : groups[g]) {
        int s = Match(cands[i], cands[m], options, lex);
        if (s == kNoMatch) {
          ok = false;
          break;
        }
        total += s;
      }
      if (!ok) continue;
      double mean = static_cast<double>(total) / groups[g].size();
      if (mean > best_score) {
        best = g;
        best_score = mean;
      }
    }
    if (best < 0) {
      groups.push_back({i});
    } else {
      groups[best].push_back(i);
    }
  }

  std::vector<LedgerEntry> out;
  for (const std::vector<int>& g : groups) {
    // Voices, and copies that only repeat their original.
    std::map<std::pair<int, std::string>, int> voice_ids;
    std::vector<Figure> figures;
    std::vector<int> kept;
    for (int m : g) {
      const Candidate& c = cands[m];
      bool repeat = false;
      if (c.root != c.ref.doc) {
        for (int k : g) {
          const Candidate& o = cands[k];
          if (o.ref.doc == c.root && o.quantity->value == c.quantity->value && o.claim->time == c.claim->time)
            repeat = true;
        }
      }
      if (repeat) continue;
      auto [it, inserted] = voice_ids.emplace(std::make_pair(c.root, c.claim->speaker),
                                              static_cast<int>(voice_ids.size()));
      figures.push_back(MakeFigure(analyses, c, it->second));
      kept.push_back(m);
    }
    LedgerEntry e;
    // Measure: the most specific claim's key; the more frequent key on ties.
    std::map<std::string, int> freq;
    for (int m : kept) ++freq[cands[m].claim->measure];
    int best = kept.front();
    for (int m : kept) {
      const Claim& c = *cands[m].claim;
      const Claim& b = *cands[best].claim;
      if (Specificity(c) > Specificity(b) || (Specificity(c) == Specificity(b) && freq[c.measure] > freq[b.measure]))
        best = m;
    }
    e.measure = cands[best].claim->measure;
    JudgeEntry(std::move(figures), cands[best].claim->state, &e);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace crosscheck
