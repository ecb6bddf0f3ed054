// The state of one figure: one step of BuildClaims (claims/claim.h), public
// so the rules can be read and tested apart. Pure: thread-safe.
//
// Contract: ReadStateCue finds the state word a figure's clause gives it,
// by syntax first: a cue inside the figure's own tokens ("500 injured
// troops"); the verb it is the object of ("killed 5 and wounded 12": 5
// killed, 12 injured); the predicate of a causative "leave" ("left 40 people
// dead"); a noun of harm whose "of" it fills ("the deaths of three bank
// workers"); then the nearest cue in its clause (FindState over `after`,
// then `before`). It drops a cue the figure is the agent of ("two quakes
// killed 250 people"), an act its people are accused of ("accused of
// killing"), and reads a medical condition ("11 remain in critical
// condition") as injured. SettleState then writes the claim's state from
// the cue: a counted noun that names its state ("deaths") wins; a parent's
// children ("a mother of 12") and figures that are no count take no state;
// things, charges and occasions are never in a bodily state, flight or
// shelter. Work per figure is bounded by its clause.
#ifndef CROSSCHECK_CLAIMS_CLAIM_STATE_H_
#define CROSSCHECK_CLAIMS_CLAIM_STATE_H_

#include <string>
#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "claims/frame.h"
#include "claims/lexicon.h"
#include "core/span.h"
#include "recognize/number/quantity.h"
#include "segment/segmenter.h"

namespace crosscheck {

// Where a figure stands: what ReadStateCue reads.
struct StateSite {
  std::string_view text;
  const Segmentation& seg;
  const Lexicon& lex;
  const std::vector<Quantity>& quantities;  // the document's, sorted by start
  size_t index = 0;                         // the figure: quantities[index]
  TokenRange own;                           // the figure's tokens (its noun read in, when after it)
  int counted_end = 0;                      // the token after the counted noun (own.end when none)
  Span counted_span;                        // the counted noun, never a cue; empty = none
  TokenRange clause;                        // the figure's clause within its sentence
  TokenRange after, before;                 // the clause after / before the figure, cut at
                                            // neighbouring figures that are not its parts
  bool whole = false;                       // the whole of a partitive ("the three" in "two of
                                            // the three"): the clause's cues are the part's
};

// The state cue of the figure, or a cue with an empty cls.
StateCue ReadStateCue(const StateSite& site);

// Writes claim->state and state_word from `cue` and the claim's counted
// noun (counted, counted_lemma, group and kind must be set); with
// `offspring` ("a mother of 12") also clears claim->time. Returns the state
// the counted noun itself names ("deaths": "killed"), "" for none.
std::string SettleState(const Lexicon& lex, const StateCue& cue, bool offspring, Claim* claim);

// A count of people that is a place's population, told in the place's
// apposition or predicate: "Manokwari, a city of 160,000 people", "a town
// of about 5,000", "home to 167,000 people", "a population of 2 million".
// The words right before the figure (`own`, hedges in it) are "of" after
// a noun of a settled place (city, town, village, island, country,
// province, district …, a closed list) or after "population",
// or "home" and "to" / "by" / "for". Such a figure is in no state (the
// clause's verb is the place's or its people's: "a city of 160,000 people,
// collapsed"), has the topic "population" and no place of its own (the
// place it measures is the phrase it stands in): it meets other reports'
// populations and never a toll of the story. Plain counts of people only
// (a bare count, people, residents, inhabitants, souls): "home to 22,000
// refugees" counts refugees sheltering there. A bare one counts people.
bool IsPopulationFigure(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                        const Claim& claim);

// A vague magnitude told bare — no counted noun after it — whose state its
// clause gives by syntax: the subject of a state word ("Hundreds injured",
// "dozens were killed", "thousands fled") or the object of a state verb
// ("killing dozens", "injured hundreds"). The number layer reports a vague
// magnitude only before a counted noun (docs/NUMBERS.md), since alone
// "thousands" is often no count ("in their thousands"); the state is what
// makes it one, and the state lexicon lives here. Adds each as a count
// (value, band and hedge of the vague row) to `quantities`, keeping them
// sorted by start and renumbering parts, same_as and change_from. Millions
// and larger are left out (money told without its currency: "spent
// millions"). Run between RecognizeQuantities and BuildClaims.
void AddStatedVagueCounts(std::string_view text, const Segmentation& seg, const Lexicon& lex,
                          std::vector<Quantity>* quantities);

// "twice" and "thrice" told as counts of occasions ("was elected twice",
// "admitted lying twice", "reached the playoffs twice"): a count of 2 or 3
// times, as "two times" would be (the number layer reads only numerals and
// number words). A multiplier or a rate is none: "twice as many", "twice the
// size", "twice a day", "twice weekly", "twice more". Merged into
// `quantities` as AddStatedVagueCounts does; run between
// RecognizeQuantities and BuildClaims.
void AddOccasionCounts(std::string_view text, const Segmentation& seg, std::vector<Quantity>* quantities);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_STATE_H_
