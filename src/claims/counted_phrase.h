// What a counted noun's phrase says beyond the noun: one step of
// BuildClaims (claims/claim.h), public so the rules can be read and tested
// apart. Pure: thread-safe.
//
// Contract: CountedNounAsUnit turns a count whose counted noun is a unit of
// measure the number layer did not read as one, modifiers standing between
// ("352 net rushing yards", "21 consecutive years", "17 unanswered
// points"; dimension.h UnitOfNoun), into that quantity: unit and kind from
// the unit, no counted noun — the same measure as "352 yards rushing". A
// tally's side is left alone. ReadCoordinatedNouns writes
// claim->coordinated: the nouns of people joined to a count's own counted
// noun in its phrase ("90 faculty and administrators", "faculty members
// and priests"): the noun before "and"/"or", the noun after it (one
// modifier may stand between) and a noun of people modifying the counted
// noun; lower-case WordNet nouns of people or groups only, base forms,
// sorted, space-joined.
#ifndef CROSSCHECK_CLAIMS_COUNTED_PHRASE_H_
#define CROSSCHECK_CLAIMS_COUNTED_PHRASE_H_

#include <string_view>

#include "claims/claim.h"
#include "claims/frame.h"
#include "claims/lexicon.h"
#include "core/span.h"
#include "segment/segmenter.h"

namespace crosscheck {

// The claim's kind and counted noun read (ReadCounted).
void CountedNounAsUnit(const Quantity& q, Claim* claim);

// The figure `q` with tokens `own` in `clause`, its counted noun at
// `counted_span` (empty = borrowed or implied: nothing is read).
void ReadCoordinatedNouns(std::string_view text, const Segmentation& seg, const Lexicon& lex, const Quantity& q,
                          TokenRange own, TokenRange clause, Span counted_span, Claim* claim);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_COUNTED_PHRASE_H_
