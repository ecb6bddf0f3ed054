// The dominant place: every location and facility entity of the story's
// documents votes once per document for its canonical name. The names with
// more than half the top vote are the candidates; among them one that lies
// inside another candidate wins (Athens over Greece), then the most votes,
// then the name.
#include "fuse/ledger_places.h"

#include <algorithm>
#include <map>
#include <set>

#include "claims/frame.h"
#include "fuse/lexicon.h"

namespace crosscheck {

StoryPlaces::StoryPlaces(std::string dominant, const PlaceHierarchy& hierarchy)
    : hierarchy_(hierarchy), dominant_(std::move(dominant)) {
  if (!dominant_.empty()) story_places_.push_back(dominant_);
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
  const std::string* best = nullptr;
  auto inner = [&](const std::string& c) {
    for (const std::string& o : candidates)
      if (o != c && hierarchy_.Relate(c, o) == PlaceHierarchy::Relation::kInside) return true;
    return false;
  };
  for (const std::string& c : candidates) {
    if (!best) {
      best = &c;
      continue;
    }
    auto key = [&](const std::string& x) { return std::make_tuple(inner(x), votes[x]); };
    if (key(c) > key(*best)) best = &c;
  }
  if (best) dominant_ = *best;
  for (const std::string& c : candidates) {
    bool outer = false;
    for (const std::string& o : candidates)
      if (o != c && hierarchy_.Relate(c, o) == PlaceHierarchy::Relation::kContains) outer = true;
    if (!outer) story_places_.push_back(c);
  }
}

// A place of the claim's own that can decide: a name the table knows, or a
// named facility or settlement ("Azovstal steel works"). Unnamed phrases
// ("the plant", "camps") and capitalised runs the table does not know (a
// headline's "Office Shooting") leave the figure to the story's place.
bool StoryPlaces::Trusted(const Claim& c) const {
  if (c.place.empty() || !c.place_named) return false;
  if (c.place_kind == "facility" || c.place_kind == "settlement") return true;
  return hierarchy_.Knows(c.place);
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
  int best = kNoMatch;
  for (const std::string& sp : story_places_) {
    PlaceHierarchy::Relation r = hierarchy_.Relate(placed.place, sp);
    if (r == PlaceHierarchy::Relation::kSame || r == PlaceHierarchy::Relation::kContains ||
        r == PlaceHierarchy::Relation::kInside)
      best = std::max(best, 1);
    else if (r == PlaceHierarchy::Relation::kNear)
      best = std::max(best, 0);
    else if (r == PlaceHierarchy::Relation::kUnknown && DocPlaces::NameKey(placed.place) == DocPlaces::NameKey(sp))
      best = std::max(best, 1);
  }
  // A village or town the table does not know may lie in the story's area;
  // a facility of its own is a measure of its own ("civilians in Azovstal").
  if (best == kNoMatch && placed.place_kind != "facility" && !hierarchy_.Knows(placed.place)) best = 0;
  return best;
}

}  // namespace crosscheck
