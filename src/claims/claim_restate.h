// Restatements within one document: the last step of BuildClaims
// (claims/claim.h), public so it can be read and tested apart. Pure:
// thread-safe.
//
// Contract: LinkRestatements sets Claim::restates of each claim that says
// again what an earlier claim of the same document said, to that claim's
// index: the number layer's same_as ("140 miles (230 km)"); else the first
// earlier claim with a measure, the same value, kind, unit, counted class
// (or the same counted noun when it has no class), state, place,
// qualifiers and, when both have one, holder; else, for a definite count in
// no state ("the three victims were taken to hospital"), the earlier toll
// of its value whose counted noun it can name. A figure alone in its
// sentence ("Three hundred and fifty two!") with no measure of its own
// restates the last figure of the sentence before that has its value and
// a measure, and takes that figure's frame. A small definite count in no
// state that restates nothing (IsBackReference), whose value no earlier
// figure of the document has, loses its measure: it refers back to ones
// named before ("the two men", "the two were its followers"). Parts (part_of) and claims
// with no measure restate nothing and are restated by nothing; a claim that
// restates is never the target of a later one. Near-linear: candidates are
// found through a map keyed by value. Claims must be complete otherwise.
#ifndef CROSSCHECK_CLAIMS_CLAIM_RESTATE_H_
#define CROSSCHECK_CLAIMS_CLAIM_RESTATE_H_

#include <vector>

#include "claims/claim.h"
#include "claims/lexicon.h"
#include "recognize/number/quantity.h"
#include "segment/segmenter.h"

namespace crosscheck {

// The largest value a definite count in no state may have and still be
// read as pointing back at ones the text named one by one.
inline constexpr double kBackReferenceMax = 4;
// A bare count (no age) in no state, no hedge and no unit, of 2..kBackReferenceMax,
// opened by a definite determiner ("the", "those", "these"; not "all": "all
// three subpoenas" sums a count up).
bool IsBackReference(std::string_view text, const Segmentation& seg, const Quantity& q, const Claim& c);

// `claims` are BuildClaims' claims of `in`, claims[i].quantity == i.
void LinkRestatements(const ClaimInputs& in, const Lexicon& lex, std::vector<Claim>* claims);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_RESTATE_H_
