#include "fuse/headline.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

namespace crosscheck {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The pooling key of a name: the whole name, lower-cased, without a leading
// "the"; for facilities only the first word, so "Azovstal plant",
// "Azovstal steelworks" and a claim's "Azovstal" are one place.
std::string PoolKey(const std::string& name, bool first_word_only) {
  std::string k = Lower(name);
  if (k.rfind("the ", 0) == 0) k.erase(0, 4);
  if (first_word_only) k = k.substr(0, k.find(' '));
  return k;
}

// Candidates pooled by key: which documents name them, how often, and the
// spellings seen (with counts) to show the commonest.
struct Pool {
  std::set<int> docs;        // documents naming it (any way)
  std::set<int> event_docs;  // documents with a claim placed there
  int mentions = 0;
  std::map<std::string, std::pair<std::set<int>, int>> spellings;  // entity spellings: docs, mentions
  std::string claim_spelling;                                      // used when no entity spells it
};

std::string Display(const Pool& p) {
  std::string best;
  std::tuple<size_t, int, size_t> best_key{0, 0, 0};
  for (const auto& [s, dm] : p.spellings) {
    std::tuple<size_t, int, size_t> key{dm.first.size(), dm.second, s.size()};
    if (best.empty() || key > best_key) best = s, best_key = key;
  }
  return best.empty() ? p.claim_spelling : best;
}

// The key with the highest score (ties: more mentions, then the smaller key).
template <typename Score>
const std::pair<const std::string, Pool>* Top(const std::map<std::string, Pool>& pools, Score score,
                                              double minimum, const std::set<std::string>& exclude) {
  const std::pair<const std::string, Pool>* best = nullptr;
  double best_score = 0;
  for (const auto& kv : pools) {
    if (exclude.count(kv.first)) continue;
    double s = score(kv.second);
    if (s < minimum) continue;
    if (!best || s > best_score || (s == best_score && kv.second.mentions > best->second.mentions)) {
      best = &kv;
      best_score = s;
    }
  }
  return best;
}

}  // namespace

std::string EventNoun(const std::string& state) {
  static const std::map<std::string, std::string> kNouns = {
      {"killed", "deaths"},          {"injured", "injuries"},   {"evacuated", "evacuation"},
      {"displaced", "displacement"}, {"captured", "captures"},  {"missing", "missing people"},
      {"fighting", "fighting"},      {"sheltering", "sheltering"},  {"shot", "shootings"},
  };
  auto it = kNouns.find(state);
  return it == kNouns.end() ? state : it->second;
}

std::string StoryHeadline(const HeadlineFacts& f) {
  std::set<int> all_docs;
  for (const auto& n : f.names) all_docs.insert(n.doc);
  for (const auto& e : f.events) all_docs.insert(e.doc);
  // A subject or place must be named by two documents, unless there is one.
  const double minimum = all_docs.size() >= 2 ? 2 : 1;

  std::map<std::string, Pool> facilities, actors, places;
  for (const auto& n : f.names) {
    if (n.name.empty()) continue;
    std::map<std::string, Pool>* target = n.type == "facility"                              ? &facilities
                                          : n.type == "organization" || n.type == "person" ? &actors
                                          : n.type == "location"                           ? &places
                                                                                           : nullptr;
    if (!target) continue;
    Pool& p = (*target)[PoolKey(n.name, target == &facilities)];
    p.docs.insert(n.doc);
    p.mentions += n.count;
    auto& sp = p.spellings[n.name];
    sp.first.insert(n.doc);
    sp.second += n.count;
  }
  std::map<std::string, std::pair<std::set<int>, int>> states;  // state -> docs, claims
  for (const auto& e : f.events) {
    if (!e.state.empty()) {
      auto& s = states[e.state];
      s.first.insert(e.doc);
      s.second += e.count;
    }
    if (e.place.empty()) continue;
    bool facility = e.place_kind == "facility";
    Pool& p = (facility ? facilities : places)[PoolKey(e.place, facility)];
    p.docs.insert(e.doc);
    p.event_docs.insert(e.doc);
    p.mentions += e.count;
    if (p.claim_spelling.empty()) p.claim_spelling = e.place;
  }

  // Subject: a facility outweighs an organisation or person named as often
  // (what happens at a place is what a story is about).
  std::string subject, subject_key;
  const auto* fac = Top(facilities, [](const Pool& p) { return 1.5 * p.docs.size(); }, minimum, {});
  const auto* act = Top(actors, [](const Pool& p) { return 1.0 * p.docs.size(); }, minimum, {});
  if (fac && (!act || 1.5 * fac->second.docs.size() >= act->second.docs.size())) {
    subject = Display(fac->second);
    subject_key = fac->first;
  } else if (act) {
    subject = Display(act->second);
    subject_key = act->first;
  }
  // Place: where claims happen weighs twice a mention.
  const auto* where = Top(places, [](const Pool& p) { return 2.0 * p.event_docs.size() + p.docs.size(); }, minimum,
                          {PoolKey(subject, false)});
  std::string place = where ? Display(where->second) : "";
  if (!place.empty() && Lower(subject).find(Lower(place)) != std::string::npos) place.clear();

  std::vector<std::tuple<int, int, std::string>> ranked;  // -docs, -claims, state
  for (const auto& [state, dc] : states)
    ranked.push_back({-static_cast<int>(dc.first.size()), -dc.second, state});
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> events;
  for (const auto& [neg_docs, neg_claims, state] : ranked) {
    if (events.size() == 2) break;
    // An event, like a subject or a place, must be more than a one-off:
    // what one report of several counts is not what the story is about.
    if (-neg_docs < minimum) break;
    events.push_back(EventNoun(state));
  }

  if (subject.empty() && place.empty()) return f.fallback;
  std::string h = subject.empty() ? place : place.empty() ? subject : subject + ", " + place;
  if (!events.empty()) h += ": " + events[0] + (events.size() > 1 ? " and " + events[1] : "");
  return h;
}

std::string StoryHeadline(HeadlineFacts facts, std::string fallback) {
  facts.fallback = std::move(fallback);
  return StoryHeadline(facts);
}

HeadlineFacts FactsFromAnalyses(const std::vector<DocAnalysis>& analyses, const std::vector<int>& docs,
                                const std::vector<int>& copy_of) {
  // One fact per distinct name or event of a document, with its count:
  // interned strings share their bytes, so their addresses are the keys
  // (a 100 MB single-line report holds millions of claims but a handful
  // of distinct events).
  HeadlineFacts f;
  for (int d : docs) {
    if (d < 0 || static_cast<size_t>(d) >= analyses.size()) continue;
    if (static_cast<size_t>(d) < copy_of.size() && copy_of[d] >= 0) continue;
    const DocAnalysis& a = analyses[d];
    std::map<std::pair<const char*, int>, size_t> names;
    for (const Entity& e : a.entities) {
      auto [it, fresh] = names.try_emplace({e.name.data(), static_cast<int>(e.type)}, f.names.size());
      if (fresh) f.names.push_back({e.name, EntityTypeName(e.type), d});
      else ++f.names[it->second].count;
    }
    std::map<std::tuple<const char*, const char*, const char*>, size_t> events;
    for (const Claim& c : a.claims) {
      auto [it, fresh] = events.try_emplace({c.state.data(), c.place.data(), c.place_kind.data()}, f.events.size());
      if (fresh) f.events.push_back({c.state, c.place, c.place_kind, d});
      else ++f.events[it->second].count;
    }
  }
  return f;
}

}  // namespace crosscheck
