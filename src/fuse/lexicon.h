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
// (class "person" or "civilian"), or two nouns of people of no class in one
// bodily state ("employees killed", "victims killed"); kNoMatch otherwise
// (civilians vs fighters, children vs civilians, unknown nouns that differ);
// 1 also for two nouns outside nouns.tsv of which one is a closed compound
// of the other ("earthquake" ~ "quake").
int GroupMatch(const Claim& a, const Claim& b, const Lexicon& lex);

// Whether the longer word ends with the shorter, a noun of four letters or
// more, after at least three letters of its own ("earthquake", "quake").
bool IsCompoundOf(std::string_view a, std::string_view b);
// 2 same state class; 1 both unknown; 0 one unknown and the other
// "sheltering" (a count at a place with no verb of event states presence);
// kNoMatch otherwise.
int StateMatch(const Claim& a, const Claim& b);
// As above; classes the lexicon lists as compatible match with 1.
int StateMatch(const Claim& a, const Claim& b, const Lexicon& lex);
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

// Days since 1970-01-01 of the first day of a claim time ("2022-05-03",
// "2022-05", "2022", "2022-05-01/2022-05-03"); nullopt for anything else.
std::optional<int> DayNumber(std::string_view date);
// Two claim times overlap: the same day, a day of the other's month or
// year, two spans that share a day. Empty (undated) is never the same time
// as anything here.
bool SameTime(std::string_view a, std::string_view b);
// Both dated and more than `max_days` apart (between the end of the earlier
// and the start of the later); false when either is undated.
bool TimesFarApart(std::string_view a, std::string_view b, int max_days);

// 0 when the two claims carry the same qualifiers; kNoMatch when their
// severity or sub-group qualifiers differ ("critical", "serious", "minor",
// "part"), they name two different nationalities or parties, or two levels of
// government or chambers ("level-state" / "level-federal", "body-house" /
// "body-senate": "state senators" and "U.S. senators"); -2 for each of "more",
// a nationality and a level that stands on one side only ("another 100,000"
// and "100,000"; "Ukrainian fighters" and "fighters").
int QualifierMatch(const Claim& a, const Claim& b);
// 2 the same holder (by surname, transliteration-insensitive), 0 when either
// has none, kNoMatch for two different holders.
int HolderMatch(const Claim& a, const Claim& b);
// Two names of one person or organisation: the same surname
// (transliteration-insensitive), or one the other's initials. False when
// either is empty.
bool SameName(std::string_view a, std::string_view b);
// What two sums or shares are of: 2 the same head noun ("federal taxes",
// "taxes"), 1 a shared word or two words of one stem (SameStem:
// "charitable contributions", "charity"), 0 either unknown, -1 different.
int TopicMatch(const Claim& a, const Claim& b);
// Two words of one stem: a common beginning of six letters or more that
// covers three quarters of the shorter word ("charitable", "charity").
bool SameStem(std::string_view a, std::string_view b);
// Jaccard similarity of the claims' context words (0 when either has none).
double ContextSimilarity(const Claim& a, const Claim& b);
// A measure that cannot move while a story runs: anything but a count of
// people or things in a state (a toll, evacuees, arrests) or a duration
// ("10 weeks into the war"). Static figures
// that differ on different days disagree; they never "update".
bool IsStaticMeasure(const Claim& c);
// States whose reported counts only grow over time: death and injury tolls.
// (Evacuation and displacement figures are often per operation or per day,
// so a smaller later figure is not a contradiction.)
bool IsCumulativeState(std::string_view state);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEXICON_H_
