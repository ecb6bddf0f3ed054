// Compatibility of claim frames across documents: whether two claims count
// the same kind of group, are about the same state, at compatible places and
// times. Scores say how strongly they match so the ledger can prefer the
// closest entry; -1 means "never the same measure". The word classes come
// from claims/lexicon.h (WordNet-built tables plus overrides); the rules are
// documented in docs/LEDGER.md. Pure functions: thread-safe.
#ifndef CROSSCHECK_FUSE_LEXICON_H_
#define CROSSCHECK_FUSE_LEXICON_H_

#include <optional>
#include <string_view>

#include "claims/claim.h"
#include "claims/lexicon.h"

namespace crosscheck {

constexpr int kNoMatch = -1;

// 3 same counted lemma; 2 same lexicon class; 1 classes listed compatible or
// both counted nouns missing; 0 one missing and the other counts people
// (class "person" or "civilian"); kNoMatch otherwise (civilians vs
// fighters, children vs civilians, unknown nouns that differ).
int GroupMatch(const Claim& a, const Claim& b, const Lexicon& lex);
// 2 same state class; 1 both unknown; 0 one unknown and the other
// "sheltering" (a count at a place with no verb of event states presence);
// kNoMatch otherwise.
int StateMatch(const Claim& a, const Claim& b);
// 2 same name (first word of the name, case-folded) and compatible kinds
// ("Mariupol" the town is not "the Mariupol steel mill"); 1 a name and an
// unnamed phrase of a compatible kind, or two unnamed phrases of one kind;
// 0 both places unknown; kNoMatch for two different names or kinds (the
// plant vs Mariupol) and for a known place against an unknown one (a figure
// without a place could be anywhere: it must not join, nor bridge, a
// placed measure).
int PlaceMatch(const Claim& a, const Claim& b);
// Kinds of place that may be the same place: equal, or "area" (a bare name)
// with "settlement".
bool PlaceKindsCompatible(std::string_view a, std::string_view b);

// Days since 1970-01-01 of "YYYY-MM-DD", or of the first day of "YYYY-MM";
// nullopt for anything else.
std::optional<int> DayNumber(std::string_view date);
// Two claim times denote the same time: equal, or one is the month of the
// other's day. Empty (undated) is never the same time as anything here.
bool SameTime(std::string_view a, std::string_view b);
// States whose reported counts only grow over time: death and injury tolls.
// (Evacuation and displacement figures are often per operation or per day,
// so a smaller later figure is not a contradiction.)
bool IsCumulativeState(std::string_view state);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEXICON_H_
