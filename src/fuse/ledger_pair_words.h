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
#include "recognize/number/quantity.h"
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

// A qualifier list that names a level of government or a chamber
// ("level-state", "body-house": claims/claim_qualifiers.cc).
bool NamesALevel(const std::string& qualifiers);

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

// A figure that names no measure when it stands alone: one figure of one
// report that no other joins (BuildLedger then makes no entry of it). A
// count in no state and of no place, time, holder, topic or qualifier of
// its own that is
//  - "only one" or "just one" and a noun: a statement that something is
//    unique ("leading to only one conclusion", "a decision that produces
//    only one winner"), not how many of it there are; or
//  - a count of three or fewer of words, questions or other messages
//    (WordNet's communication nouns, by their first sense) inside a quote
//    ("Two words sum it up", "I have three questions"): the speaker
//    counting their own speech. Not cognition nouns: "the two issues were
//    separate", "he and two acquaintances" (a first sense of knowing) are
//    measures the gold holds.
bool NoMeasureAlone(const Claim& c, const Quantity& q, const Lexicon& lex);

}  // namespace ledger
}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEDGER_PAIR_WORDS_H_
