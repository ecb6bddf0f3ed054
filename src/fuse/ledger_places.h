// Places of one story, for the ledger: the story's dominant place (the
// location its reports name most) and the compatibility of two claims'
// places by containment (claims/places.h), not by name equality. A figure
// with no place of its own takes the dominant place, so "12 killed" and "12
// killed in Athens" can line up in a story about Athens, while "20,000
// marched in Thessaloniki" stays apart from it.
//
// Built once per story, then const: thread-safe. The story's places are
// indexed by their table paths, so the cost of building and of Match() grows
// with the number of places, not with its square (a long document names
// thousands).
#ifndef CROSSCHECK_FUSE_LEDGER_PLACES_H_
#define CROSSCHECK_FUSE_LEDGER_PLACES_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "claims/analysis.h"
#include "claims/places.h"

namespace crosscheck {

class StoryPlaces {
 public:
  StoryPlaces(const std::vector<DocAnalysis>& analyses, const std::vector<int>& story_docs,
              const PlaceHierarchy& hierarchy);
  // For tests: a given dominant place.
  StoryPlaces(std::string dominant, const PlaceHierarchy& hierarchy);

  // The location named by most of the story's reports ("" when none is),
  // the most specific one when a region and a city inside it tie.
  const std::string& dominant() const { return dominant_; }
  // Every place named by more than half as many reports as the dominant one,
  // without those that contain another ("Athens" and "Piraeus", not
  // "Greece"): the places a figure without a place may be about.
  const std::vector<std::string>& story_places() const { return story_places_; }

  // The place a claim is about for alignment: its own when it names a place
  // the table knows or a facility / settlement phrase, else the dominant.
  std::string Effective(const Claim& c) const;

  // 2 the same place; 1 one inside the other (a figure without a place and
  // a place inside or around one of the story's); 0 neither has a place, or
  // two towns of one region; -1 (kNoMatch) for places apart, or a facility
  // against a town.
  int Match(const Claim& a, const Claim& b) const;

  // The place is written "the NAME" (its text is "the " or "The " and then
  // the place). Match() reads a claim's place, place_named, place_kind and
  // this, nothing else of it.
  static bool WrittenWithThe(const Claim& c);

 private:
  bool Trusted(const Claim& c) const;
  bool RegionTheTableLacks(const Claim& c) const;
  // The best relation of a place to the story's places, as Match() scores
  // a placed figure against one without a place: 1 the same place or one
  // inside the other (or the same name, when the table cannot relate
  // them), 0 one first-level region, kNoMatch none.
  int StoryRelation(const std::string& place) const;
  void IndexStoryPlaces();
  const PlaceHierarchy& hierarchy_;
  std::string dominant_;
  std::vector<std::string> story_places_;
  // Of the story places the table knows: their keys, their paths, every
  // proper ancestor of a path, the first-level region of a path; and the
  // name keys of every story place. Paths, ancestors and regions are views
  // of the hierarchy's table (it outlives this), so indexing and asking
  // build no strings.
  std::unordered_set<std::string> known_keys_, name_keys_;
  std::unordered_set<std::string_view> paths_, ancestors_, regions_;
  std::unordered_set<std::string> unknown_name_keys_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEDGER_PLACES_H_
