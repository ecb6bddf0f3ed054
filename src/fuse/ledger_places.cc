// The dominant place: every location and facility entity of the story's
// documents votes once per document for its canonical name. The names with
// more than half the top vote are the candidates; among them one that lies
// inside another candidate wins (Athens over Greece), then the most votes,
// then the name.
//
// Containment is found through the table's paths ("GR.ESYE31.99.@": country,
// regions, '@' for a town): a place lies inside another only if a path of the
// other is an ancestor of one of its own (a prefix ending at a dot), so each
// candidate is related only to the candidates found under its paths'
// ancestors or descendants, never to every other candidate.
#include "fuse/ledger_places.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "claims/frame.h"
#include "fuse/lexicon.h"

namespace crosscheck {
namespace {

bool IsLeaf(std::string_view p) { return !p.empty() && p.back() == '@'; }

// The paths of a PathsOf() answer (space-separated).
std::vector<std::string_view> SplitPaths(std::string_view paths) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < paths.size()) {
    size_t sp = paths.find(' ', start);
    if (sp == std::string_view::npos) sp = paths.size();
    if (sp > start) out.push_back(paths.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

// Proper ancestors of a path that can contain it (prefixes ending before a
// dot, not leaves): "GR", "GR.ESYE31" of "GR.ESYE31.99".
template <typename F>
void ForEachAncestor(std::string_view p, F f) {
  for (size_t i = 0; i < p.size(); ++i)
    if (p[i] == '.' && i > 0 && !IsLeaf(p.substr(0, i))) f(p.substr(0, i));
}

// Country and first-level region ("US.MI" of "US.MI.125.@"), or "".
std::string_view Region(std::string_view p) {
  size_t dot = p.find('.');
  if (dot == std::string_view::npos) return {};
  size_t second = p.find('.', dot + 1);
  return second == std::string_view::npos ? std::string_view{} : p.substr(0, second);
}

}  // namespace

StoryPlaces::StoryPlaces(std::string dominant, const PlaceHierarchy& hierarchy)
    : hierarchy_(hierarchy), dominant_(std::move(dominant)) {
  if (!dominant_.empty()) story_places_.push_back(dominant_);
  IndexStoryPlaces();
}

StoryPlaces::StoryPlaces(const std::vector<DocAnalysis>& analyses, const std::vector<int>& story_docs,
                         const PlaceHierarchy& hierarchy)
    : hierarchy_(hierarchy) {
  std::map<std::string, int> votes;
  for (int d : story_docs) {
    if (d < 0 || d >= static_cast<int>(analyses.size())) continue;
    std::set<std::string> seen;
    for (const Entity& e : analyses[d].entities)
      if ((e.type == EntityType::kLocation || e.type == EntityType::kFacility) && !e.name.empty())
        seen.insert(e.name);
    for (const std::string& n : seen) ++votes[n];
  }
  int top = 0;
  for (const auto& [name, n] : votes) top = std::max(top, n);
  std::vector<std::string> candidates;
  for (const auto& [name, n] : votes)
    if (top > 0 && 2 * n > top) candidates.push_back(name);
  // Candidates by each of their paths, and by each ancestor of a path.
  const int n = static_cast<int>(candidates.size());
  std::vector<std::vector<std::string_view>> paths(n);
  std::unordered_map<std::string_view, std::vector<int>> with_path, below;
  for (int i = 0; i < n; ++i) {
    paths[i] = SplitPaths(hierarchy_.PathsOf(candidates[i]));
    for (std::string_view p : paths[i]) {
      with_path[p].push_back(i);
      ForEachAncestor(p, [&](std::string_view a) { below[a].push_back(i); });
    }
  }
  // Whether a candidate stands in relation `r` to another: only candidates
  // with a path on one of its paths' ancestor chain (r = kInside) or below
  // one of its paths (kContains) can.
  auto related = [&](int i, PlaceHierarchy::Relation r) {
    std::vector<int> others;
    for (std::string_view p : paths[i]) {
      if (r == PlaceHierarchy::Relation::kInside) {
        ForEachAncestor(p, [&](std::string_view a) {
          if (auto it = with_path.find(a); it != with_path.end()) others.insert(others.end(), it->second.begin(), it->second.end());
        });
      } else if (auto it = below.find(p); it != below.end()) {
        others.insert(others.end(), it->second.begin(), it->second.end());
      }
    }
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    for (int o : others)
      if (o != i && candidates[o] != candidates[i] && hierarchy_.Relate(candidates[i], candidates[o]) == r) return true;
    return false;
  };
  std::vector<bool> inner(n);
  for (int i = 0; i < n; ++i) inner[i] = related(i, PlaceHierarchy::Relation::kInside);
  int best = -1;
  for (int i = 0; i < n; ++i) {
    if (best < 0) {
      best = i;
      continue;
    }
    if (std::make_tuple(inner[i], votes[candidates[i]]) > std::make_tuple(inner[best], votes[candidates[best]]))
      best = i;
  }
  if (best >= 0) dominant_ = candidates[best];
  for (int i = 0; i < n; ++i)
    if (!related(i, PlaceHierarchy::Relation::kContains)) story_places_.push_back(candidates[i]);
  IndexStoryPlaces();
}

void StoryPlaces::IndexStoryPlaces() {
  for (const std::string& sp : story_places_) {
    name_keys_.insert(DocPlaces::NameKey(sp));
    std::string_view all = hierarchy_.PathsOf(sp);
    if (all.empty()) {
      unknown_name_keys_.insert(DocPlaces::NameKey(sp));
      continue;
    }
    known_keys_.insert(PlaceHierarchy::Key(sp));
    for (std::string_view p : SplitPaths(all)) {
      paths_.emplace(p);
      ForEachAncestor(p, [&](std::string_view a) { ancestors_.emplace(a); });
      if (std::string_view r = Region(p); !r.empty()) regions_.emplace(r);
    }
  }
}

// PlaceHierarchy::Relate against every story place, maximised, without the
// loop: kSame (one key, or one path that is not a town's), kContains (a path
// is an ancestor of one of theirs), kInside (one of theirs is an ancestor of
// a path) score 1; kNear (one first-level region) 0; kUnknown (either not in
// the table) 1 when the names agree.
int StoryPlaces::StoryRelation(const std::string& place) const {
  std::string_view all = hierarchy_.PathsOf(place);
  if (all.empty()) return name_keys_.count(DocPlaces::NameKey(place)) ? 1 : kNoMatch;
  if (unknown_name_keys_.count(DocPlaces::NameKey(place))) return 1;
  if (known_keys_.empty()) return kNoMatch;
  if (known_keys_.count(PlaceHierarchy::Key(place))) return 1;
  std::vector<std::string_view> paths = SplitPaths(all);
  bool near = false;
  for (std::string_view p : paths) {
    if ((!IsLeaf(p) && paths_.count(p)) || (!IsLeaf(p) && ancestors_.count(p))) return 1;
    bool inside = false;
    ForEachAncestor(p, [&](std::string_view a) { inside = inside || paths_.count(a); });
    if (inside) return 1;
    if (std::string_view r = Region(p); !r.empty() && regions_.count(r)) near = true;
  }
  return near ? 0 : kNoMatch;
}

// A place of the claim's own that can decide: a name the table knows, or a
// named facility or settlement ("Azovstal steel works"). Unnamed phrases
// ("the plant", "camps") and capitalised runs the table does not know (a
// headline's "Office Shooting") leave the figure to the story's place.
bool StoryPlaces::Trusted(const Claim& c) const {
  if (c.place.empty() || !c.place_named) return false;
  if (c.place_kind == "facility" || c.place_kind == "settlement") return true;
  return hierarchy_.Knows(c.place) && !RegionTheTableLacks(c);
}

// A name written with "the" ("in the North Bay", "across the Gulf Coast")
// that the table knows only as towns (North Bay, Ontario) names a region
// the table lacks: towns take no article. It is then a place the table
// does not know, left to the story's place like any other.
bool StoryPlaces::WrittenWithThe(const Claim& c) {
  const std::string& t = c.place_text;
  return t.size() >= 4 + c.place.size() && (t.compare(0, 4, "the ") == 0 || t.compare(0, 4, "The ") == 0) &&
         t.compare(4, c.place.size(), c.place) == 0;
}

bool StoryPlaces::RegionTheTableLacks(const Claim& c) const {
  if (!WrittenWithThe(c)) return false;
  std::vector<std::string_view> paths = SplitPaths(hierarchy_.PathsOf(c.place));
  return !paths.empty() && std::all_of(paths.begin(), paths.end(), IsLeaf);
}

std::string StoryPlaces::Effective(const Claim& c) const { return Trusted(c) ? c.place : dominant_; }

int StoryPlaces::Match(const Claim& a, const Claim& b) const {
  const bool ta = Trusted(a), tb = Trusted(b);
  if (ta && tb) {
    // Two places of the claims' own: the table first, then names and kinds.
    PlaceHierarchy::Relation r = hierarchy_.Relate(a.place, b.place);
    if (r == PlaceHierarchy::Relation::kSame) return 2;
    if (r == PlaceHierarchy::Relation::kContains || r == PlaceHierarchy::Relation::kInside) return 1;
    if (r == PlaceHierarchy::Relation::kNear) return 0;
    if (r == PlaceHierarchy::Relation::kDisjoint) return kNoMatch;
    int m = PlaceMatch(a, b);
    // Two towns or villages, one or both unknown to the table, that the
    // names cannot relate: each may lie in the story's area, as a figure
    // with no place does. Facilities stay measures of their own.
    if (m == kNoMatch && a.place_kind != "facility" && b.place_kind != "facility" &&
        (!hierarchy_.Knows(a.place) || !hierarchy_.Knows(b.place)))
      return 0;
    return m;
  }
  if (!ta && !tb) return 0;
  // One place against a figure without one: the figure takes the story's
  // place.
  const Claim& placed = ta ? a : b;
  const Claim& other = ta ? b : a;
  // An unnamed phrase of a compatible kind ("the plant" against
  // "Azovstal"): the document resolved it when it could.
  if (!other.place.empty() && !other.place_kind.empty()) {
    int m = PlaceMatch(a, b);
    if (m != kNoMatch) return m;
  }
  int best = StoryRelation(placed.place);
  // A village or town the table does not know may lie in the story's area;
  // a facility of its own is a measure of its own ("civilians in Azovstal").
  if (best == kNoMatch && placed.place_kind != "facility" && !hierarchy_.Knows(placed.place)) best = 0;
  return best;
}

}  // namespace crosscheck
