// Test support (header only, not part of cc_fuse): the hand-annotated ledger
// gold of tests/gold/ledger/gold.json (format: docs/LEDGER.md, "The ledger
// gold") and its scorer.
//
// LoadLedgerGold() reads the gold and renders each event's documents from
// ../shared/corpora (research-use texts are read in place, never copied):
//  - BASIL: text = title, a blank line, then the paragraphs separated by a
//    blank line, the sentences of a paragraph joined by one space; the date
//    and outlet come from the JSON (date_origin "metadata");
//  - ECB+: tokens joined by one space, except that no space goes before
//    , . ; : ! ? ) ] % 's n't and closing quotes, nor after ( [ $ and opening
//    quotes; "-" joins its neighbours ("30 - mile" -> "30-mile"); "." "," ":"
//    between digits join ("6 . 1" -> "6.1", "20 , 000" -> "20,000"); one
//    sentence per line; sentence 0 of *ecbplus.xml (the URL) is dropped; no
//    date.
// Each gold figure becomes a byte span of its document's text.
//
// ScoreLedger() scores ledger entries against the gold figures of one event:
// a figure belongs to the entry holding the claim of the quantity that
// overlaps its span most (listed among its claims or its restatements);
// then
//  - same-measure pairs (two figures of one group, from different documents,
//    or from one document for `within`) share an entry or not;
//  - different-measure pairs (figures of two groups) are kept apart or not;
//  - each group with figures from two documents or more: the entry holding
//    most of its figures must say `disagree` exactly when the gold does, and
//    `evolving` exactly when the gold does.
#ifndef CROSSCHECK_FUSE_LEDGER_GOLD_TESTING_H_
#define CROSSCHECK_FUSE_LEDGER_GOLD_TESTING_H_

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claims/analysis.h"
#include "core/paths.h"
#include "fuse/fuse.h"

namespace crosscheck::testing {

struct GoldFigure {
  int doc = -1;
  std::string locator;  // as written in the gold ("3.1@57", "12@345")
  std::string words;
  Span span;            // in the rendered text of `doc`
};

struct GoldGroup {
  std::string measure;
  bool disagree = false, evolving = false;
  std::vector<GoldFigure> figures;
};

struct GoldEvent {
  std::string id, corpus, split;  // split: "tune", "measure", "tune2" or "tune3" (events.py)
  std::vector<std::string> doc_names;
  std::vector<DocAnalysis> docs;  // rendered, not yet analysed
  std::vector<GoldGroup> groups;
  std::string error;              // non-empty when the event could not be rendered
};

struct LedgerScore {
  int same = 0, same_shared = 0;        // cross-document same-measure pairs
  int within = 0, within_shared = 0;    // same-document same-measure pairs
  int different = 0, different_apart = 0;
  int groups = 0, groups_right = 0;     // flag groups
  int figures = 0, figures_found = 0;   // gold figures in some ledger entry
  // Entries holding gold figures of two documents or more (what a reader
  // sees as a cross-outlet comparison), and those whose gold figures are all
  // of one measure: the precision of the joins, which the pair counts above
  // hide (most different-measure pairs are trivially apart).
  int entries_cross = 0, entries_pure = 0;
  void Add(const LedgerScore& o) {
    same += o.same, same_shared += o.same_shared, within += o.within, within_shared += o.within_shared;
    different += o.different, different_apart += o.different_apart, groups += o.groups;
    groups_right += o.groups_right, figures += o.figures, figures_found += o.figures_found;
    entries_cross += o.entries_cross, entries_pure += o.entries_pure;
  }
  static double Ratio(int n, int d) { return d == 0 ? 1.0 : static_cast<double>(n) / d; }
};

namespace ledger_gold_internal {

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string Shared() { return std::string(CROSSCHECK_SHARED_DIR); }

inline bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
inline bool EndsDigit(std::string_view s) { return !s.empty() && s.back() >= '0' && s.back() <= '9'; }
inline bool StartsDigit(std::string_view s) { return !s.empty() && s.front() >= '0' && s.front() <= '9'; }

inline std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    static const std::pair<std::string_view, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    bool done = false;
    if (s[i] == '&')
      for (const auto& [name, c] : kEntities)
        if (s.substr(i, name.size()) == name) {
          out += c;
          i += name.size() - 1;
          done = true;
          break;
        }
    if (!done) out += s[i];
  }
  return out;
}

struct EcbToken {
  int id, sentence;
  std::string word;
};

// Renders ECB+ tokens; offsets[t_id] = start of that token in the text.
inline std::string RenderEcb(const std::vector<EcbToken>& toks, bool drop0, std::map<int, uint32_t>* offsets,
                             std::map<int, uint32_t>* ends) {
  std::string text;
  int sentence = -1;
  std::string prev;
  auto no_space_before = [](std::string_view w) {
    static const std::set<std::string, std::less<>> k = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't",
                                                          "''", "\xE2\x80\x9D", "\xE2\x80\x99", "'re", "'ve", "'ll",
                                                          "'d", "'m", "-"};
    return k.count(w) > 0;
  };
  auto no_space_after = [](std::string_view w) {
    static const std::set<std::string, std::less<>> k = {"(", "[", "$", "``", "\xE2\x80\x9C", "-"};
    return k.count(w) > 0;
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    const EcbToken& t = toks[i];
    if (drop0 && t.sentence == 0) continue;
    std::string w = t.word == "``" ? "\xE2\x80\x9C" : t.word == "''" ? "\xE2\x80\x9D" : t.word;
    if (t.sentence != sentence) {
      if (!text.empty()) text += '\n';
      sentence = t.sentence;
    } else {
      bool join = no_space_before(w) || no_space_after(prev);
      // "6 . 1", "20 , 000", "2 : 53": a number split by the tokeniser.
      if ((w == "." || w == "," || w == ":") && EndsDigit(prev) && i + 1 < toks.size() &&
          toks[i + 1].sentence == t.sentence && StartsDigit(toks[i + 1].word) &&
          (w != "," || (toks[i + 1].word.size() >= 3 && IsDigits(toks[i + 1].word.substr(0, 3)))))
        join = true;
      // A comma joins digits only as a thousands separator (three digits
      // follow): "( 12-4 , 31 KOs )" is a record and a count, not "4,31".
      if ((prev == "." || prev == "," || prev == ":") && StartsDigit(w) && text.size() >= 2 &&
          std::isdigit(static_cast<unsigned char>(text[text.size() - 2])) &&
          (prev != "," || (w.size() >= 3 && IsDigits(w.substr(0, 3)))))
        join = true;
      if (w == "," && !(EndsDigit(prev) && i + 1 < toks.size() && StartsDigit(toks[i + 1].word))) join = true;
      if (w == "--" || prev == "--") join = false;
      if (!join) text += ' ';
    }
    (*offsets)[t.id] = static_cast<uint32_t>(text.size());
    text += w;
    (*ends)[t.id] = static_cast<uint32_t>(text.size());
    prev = w;
  }
  text += '\n';
  return text;
}

inline DocAnalysis NewDoc(const std::string& name, std::string text) {
  DocAnalysis a;
  a.doc.id = name;
  a.doc.path = name;
  a.doc.format = "text";
  a.doc.text = std::move(text);
  a.doc.raw = a.doc.text;
  a.doc.language = "en";
  a.doc.content_hash = ContentHash(a.doc.text);
  return a;
}

}  // namespace ledger_gold_internal

// Loads the gold and renders its documents; events whose corpus files are
// missing carry an error.
inline std::vector<GoldEvent> LoadLedgerGold(const std::string& gold_path) {
  using namespace ledger_gold_internal;
  std::vector<GoldEvent> out;
  nlohmann::json gold = nlohmann::json::parse(ReadAll(gold_path), nullptr, false);
  if (gold.is_discarded()) return out;
  for (const auto& ev : gold["events"]) {
    GoldEvent e;
    e.id = ev["id"];
    e.corpus = ev["corpus"];
    e.split = ev["split"];
    // locator -> span start, per document
    std::vector<std::map<std::string, uint32_t>> starts;
    std::vector<std::map<int, uint32_t>> tok_start, tok_end;
    for (const auto& name : ev["docs"]) {
      e.doc_names.push_back(name);
      starts.emplace_back();
      tok_start.emplace_back();
      tok_end.emplace_back();
      if (e.corpus == "basil") {
        nlohmann::json j = nlohmann::json::parse(ReadAll(Shared() + "/corpora/basil/" + name.get<std::string>()),
                                                 nullptr, false);
        if (j.is_discarded()) {
          e.error = "cannot read " + name.get<std::string>();
          break;
        }
        std::string text = j["title"].get<std::string>();
        starts.back()["t"] = 0;
        int p = 0;
        for (const auto& para : j["body-paragraphs"]) {
          text += "\n\n";
          int s = 0;
          for (const auto& sent : para) {
            if (s > 0) text += ' ';
            starts.back()[std::to_string(p) + "." + std::to_string(s)] = static_cast<uint32_t>(text.size());
            text += sent.get<std::string>();
            ++s;
          }
          ++p;
        }
        text += '\n';
        DocAnalysis a = NewDoc(name, std::move(text));
        a.doc.title = j["title"].get<std::string>();
        a.doc.source = j["source"].get<std::string>();
        a.doc.date = j["date"].get<std::string>();
        a.doc.date_origin = "metadata";
        e.docs.push_back(std::move(a));
      } else {
        std::string xml = ReadAll(Shared() + "/corpora/ecbplus/ECB+/" + name.get<std::string>());
        if (xml.empty()) {
          e.error = "cannot read " + name.get<std::string>();
          break;
        }
        std::vector<EcbToken> toks;
        static const std::regex kToken("<token t_id=\"(\\d+)\" sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
        for (auto it = std::sregex_iterator(xml.begin(), xml.end(), kToken); it != std::sregex_iterator(); ++it)
          toks.push_back({std::stoi((*it)[1]), std::stoi((*it)[2]), Unescape((*it)[3].str())});
        bool plus = name.get<std::string>().find("ecbplus") != std::string::npos;
        std::string text = RenderEcb(toks, plus, &tok_start.back(), &tok_end.back());
        e.docs.push_back(NewDoc(name, std::move(text)));
      }
    }
    if (e.error.empty()) {
      for (const auto& g : ev["groups"]) {
        GoldGroup gg;
        gg.measure = g["measure"];
        gg.disagree = g["disagree"];
        gg.evolving = g["evolving"];
        for (const auto& f : g["figures"]) {
          GoldFigure gf;
          gf.doc = f[0];
          gf.locator = f[1];
          gf.words = f[2];
          size_t at = gf.locator.find('@');
          std::string loc = gf.locator.substr(0, at);
          int off = std::stoi(gf.locator.substr(at + 1));
          if (e.corpus == "basil") {
            uint32_t start = starts[gf.doc].at(loc) + off;
            gf.span = {start, start + static_cast<uint32_t>(gf.words.size())};
          } else {
            int n = 0;
            for (size_t k = 0; k < gf.words.size(); ++k)
              if (gf.words[k] == ' ') ++n;
            auto last = tok_end[gf.doc].find(off);
            for (int k = 0; k < n && last != tok_end[gf.doc].end(); ++k) ++last;
            gf.span = {tok_start[gf.doc].at(off), last == tok_end[gf.doc].end() ? 0u : last->second};
          }
          gg.figures.push_back(gf);
        }
        e.groups.push_back(std::move(gg));
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

// The quantity of its document a gold figure is read as (the one that
// overlaps it most), or -1.
inline int QuantityOfFigure(const DocAnalysis& a, const GoldFigure& f) {
  int best = -1;
  uint32_t best_overlap = 0;
  for (size_t q = 0; q < a.quantities.size(); ++q) {
    Span s = a.quantities[q].span;
    uint32_t lo = std::max(s.start, f.span.start), hi = std::min(s.end, f.span.end);
    if (hi > lo && hi - lo > best_overlap) {
      best = static_cast<int>(q);
      best_overlap = hi - lo;
    }
  }
  return best;
}

// The entry (index into `ledger`) a gold figure lands in, or -1.
inline int EntryOfFigure(const std::vector<DocAnalysis>& docs, const std::vector<LedgerEntry>& ledger,
                         const GoldFigure& f) {
  const int best = QuantityOfFigure(docs[f.doc], f);
  if (best < 0) return -1;
  // claims[i].quantity == i; restatements are listed in their entry.
  for (size_t e = 0; e < ledger.size(); ++e) {
    for (const ClaimRef& r : ledger[e].claims)
      if (r.doc == f.doc && r.claim == best) return static_cast<int>(e);
    for (const ClaimRef& r : ledger[e].restatements)
      if (r.doc == f.doc && r.claim == best) return static_cast<int>(e);
  }
  return -1;
}

// Scores `ledger` (built over all of the event's documents, in order)
// against the event's groups. `log` (may be null) gets one line per error.
inline LedgerScore ScoreLedger(const GoldEvent& e, const std::vector<LedgerEntry>& ledger, std::ostream* log) {
  LedgerScore s;
  struct Fig {
    int group;
    const GoldFigure* f;
    int entry;
  };
  std::vector<Fig> figs;
  for (size_t g = 0; g < e.groups.size(); ++g)
    for (const GoldFigure& f : e.groups[g].figures) {
      figs.push_back({static_cast<int>(g), &f, EntryOfFigure(e.docs, ledger, f)});
      ++s.figures;
      if (figs.back().entry >= 0) ++s.figures_found;
    }
  auto name = [&](const Fig& x) {
    return "d" + std::to_string(x.f->doc) + " " + x.f->locator + " \"" + x.f->words + "\" (entry " +
           std::to_string(x.entry) + ", c" + std::to_string(QuantityOfFigure(e.docs[x.f->doc], *x.f)) + ")";
  };
  if (log && std::getenv("LEDGER_GOLD_FRAMES")) {
    for (const Fig& x : figs) {
      const DocAnalysis& a = e.docs[x.f->doc];
      *log << e.id << " FRAME [" << e.groups[x.group].measure << "] " << name(x);
      if (std::string_view(std::getenv("LEDGER_GOLD_FRAMES")) == "text") {
        // The figure in its surroundings, on one line (local debugging only).
        size_t from = x.f->span.start > 120 ? x.f->span.start - 120 : 0;
        std::string around = a.doc.text.substr(from, std::min<size_t>(a.doc.text.size(), x.f->span.end + 80) - from);
        for (char& ch : around)
          if (ch == '\n') ch = ' ';
        *log << " {" << around << "}";
      }
      for (size_t q = 0; q < a.quantities.size(); ++q) {
        const Quantity& qq = a.quantities[q];
        if (qq.span.end <= x.f->span.start || qq.span.start >= x.f->span.end) continue;
        const Claim& c = a.claims[q];
        *log << " | q" << q << " '" << qq.span.Of(a.doc.text) << "' " << QuantityKindName(qq.kind) << " unit="
             << qq.unit << " counted=" << qq.counted << " measure=" << c.measure << " state=" << c.state
             << " place=" << c.place << " time=" << c.time << " as_of=" << c.as_of << " speaker=" << c.speaker
             << " restates=" << c.restates << " part_of=" << c.part_of;
      }
      *log << "\n";
    }
  }
  for (size_t i = 0; i < figs.size(); ++i)
    for (size_t j = i + 1; j < figs.size(); ++j) {
      const Fig& a = figs[i];
      const Fig& b = figs[j];
      bool shared = a.entry >= 0 && a.entry == b.entry;
      if (a.group == b.group) {
        bool cross = a.f->doc != b.f->doc;
        (cross ? s.same : s.within) += 1;
        (cross ? s.same_shared : s.within_shared) += shared;
        if (!shared && log)
          *log << e.id << " SPLIT [" << e.groups[a.group].measure << "] " << name(a) << " | " << name(b) << "\n";
      } else {
        ++s.different;
        s.different_apart += !shared;
        if (shared && log)
          *log << e.id << " MERGED " << name(a) << " [" << e.groups[a.group].measure << "] | " << name(b) << " ["
               << e.groups[b.group].measure << "]\n";
      }
    }
  std::map<int, std::pair<std::set<int>, std::set<int>>> held;  // entry -> (documents, groups)
  for (const Fig& x : figs)
    if (x.entry >= 0) held[x.entry].first.insert(x.f->doc), held[x.entry].second.insert(x.group);
  for (const auto& [en, dg] : held) {
    if (dg.first.size() < 2) continue;
    ++s.entries_cross;
    s.entries_pure += dg.second.size() == 1;
    if (dg.second.size() > 1 && log) {
      *log << e.id << " IMPURE entry " << en << " [" << ledger[en].measure << "] holds";
      for (int g : dg.second) *log << " [" << e.groups[g].measure << "]";
      *log << "\n";
    }
  }
  for (size_t g = 0; g < e.groups.size(); ++g) {
    const GoldGroup& gr = e.groups[g];
    std::set<int> docs;
    for (const GoldFigure& f : gr.figures) docs.insert(f.doc);
    if (docs.size() < 2) continue;
    ++s.groups;
    std::map<int, int> votes;
    for (const Fig& x : figs)
      if (x.group == static_cast<int>(g) && x.entry >= 0) ++votes[x.entry];
    int entry = -1, most = 0;
    for (const auto& [en, n] : votes)
      if (n > most) entry = en, most = n;
    bool right = entry >= 0 && (ledger[entry].agreement == "disagree") == gr.disagree &&
                 ledger[entry].evolving == gr.evolving;
    s.groups_right += right;
    if (!right && log)
      *log << e.id << " FLAG [" << gr.measure << "] gold disagree=" << gr.disagree << " evolving=" << gr.evolving
           << "; entry " << entry
           << (entry >= 0 ? " says " + ledger[entry].agreement + (ledger[entry].evolving ? " evolving" : "") +
                                ": " + ledger[entry].why
                          : std::string(" (none)"))
           << "\n";
  }
  return s;
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_FUSE_LEDGER_GOLD_TESTING_H_
