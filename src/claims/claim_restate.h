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
// a measure, and takes that figure's frame. Parts (part_of) and claims
// with no measure restate nothing and are restated by nothing; a claim that
// restates is never the target of a later one. Near-linear: candidates are
// found through a map keyed by value. Claims must be complete otherwise.
#ifndef CROSSCHECK_CLAIMS_CLAIM_RESTATE_H_
#define CROSSCHECK_CLAIMS_CLAIM_RESTATE_H_

#include <vector>

#include "claims/claim.h"
#include "claims/lexicon.h"

namespace crosscheck {

// `claims` are BuildClaims' claims of `in`, claims[i].quantity == i.
void LinkRestatements(const ClaimInputs& in, const Lexicon& lex, std::vector<Claim>* claims);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_RESTATE_H_
