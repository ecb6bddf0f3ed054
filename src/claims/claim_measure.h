// The measure key of a claim: one step of BuildClaims (claims/claim.h),
// public so it can be read and tested apart. Pure: thread-safe.
//
// Contract: MeasureKey writes the readable key of a built frame from its
// parts and nothing else: for a count "<closed qualifiers> <counted>
// <degree> <state> in|from <place>" ("critically injured", "some of the",
// "majority"; a counted noun that names its state says it once); for an
// age "age of <holder or counted>"; for a sum, share or other measure
// "<holder> <topic or counted> <state or predicate> from <landmark>
// (<kind>)" and its place. A count with neither counted noun nor state has
// no key (""); nationality and other open qualifiers stay in the frame
// only. The ledger compares frames, not keys: the key names an entry.
#ifndef CROSSCHECK_CLAIMS_CLAIM_MEASURE_H_
#define CROSSCHECK_CLAIMS_CLAIM_MEASURE_H_

#include <string>

#include "claims/claim.h"

namespace crosscheck {

std::string MeasureKey(const Claim& claim);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_MEASURE_H_
