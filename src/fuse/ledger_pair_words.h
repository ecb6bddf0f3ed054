// Ledger alignment, the word tests of one pair: what a figure's counted
// noun, verb, poll or qualifiers say about whether two figures can be one
// measure. Split from ledger_pair.cc, whose Aligner::Score reads them; the
// tests used outside the ledger's pair step (NounsOfOneKind, NamedTwoWays,
// CountedByModelName, MayBeCountedByModelName) stay declared in
// fuse/ledger_pair.h. Pure functions: thread-safe.
#ifndef CROSSCHECK_FUSE_LEDGER_PAIR_WORDS_H_
#define CROSSCHECK_FUSE_LEDGER_PAIR_WORDS_H_

#include <string>
#include <string_view>

#include "claims/claim.h"
#include "claims/lexicon.h"
#include "fuse/ledger_pair.h"

namespace crosscheck {
namespace ledger {

// Verbs that leave "N people in PLACE" a statement of presence.
bool IsPresenceVerb(const std::string& v);

// A counted noun of people or of a group of people (a lexicon class of
// people, else WordNet's kind of the noun).
bool PeopleNoun(const Claim& c, const Lexicon& lex);

// Two pollsters' names (space-joined words) that may name one poll: a word
// in common that is not one many pollsters' names hold ("Fox News" / "Fox";
// not "Fox News" / "NBC News"), or a name of such words only.
bool SharesAWord(std::string_view a, std::string_view b);

// A percent with nothing it is a share of.
bool BarePercent(const Claim& c);

// A figure whose frame names nothing it measures.
bool Thin(const Claim& c);

// A count of people told bare: no noun but "people" or "person" (or none),
// in no state, of no one, with no topic, qualifier or place of its own.
bool BarePeople(const Claim& c);

// Two qualifier lists whose closed words ("critical", "part", "majority",
// …) differ at most by "part": what else differs is a name or "more".
bool QualifiersDifferOnlyByPartOrName(const std::string& a, const std::string& b);

// A count of people whose noun a name modifies ("five Missouri Republican
// senators") and a count of that name's people ("five senior Missouri
// Republicans"): one group named two ways.
bool NameModifiesToTheOthersNoun(const Claim& modified, const Claim& other, const Lexicon& lex);

// Two counts of people whose phrases share a noun ("90 professors and
// administrators" / "90 faculty and administrators").
bool CoordinatedWithTheOther(const Claim& a, const Claim& b, const Lexicon& lex);

// CountedByModelName but the context test: `model` counted by a name with
// a digit, no lexicon class, and `other` with a counted noun.
bool ModelNamed(const Claim& model, const Claim& other);

}  // namespace ledger
}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEDGER_PAIR_WORDS_H_
