// What a figure counts: one step of BuildClaims (claims/claim.h), public so
// the rules can be read and tested apart. Pure: thread-safe.
#ifndef CROSSCHECK_CLAIMS_COUNTED_H_
#define CROSSCHECK_CLAIMS_COUNTED_H_

#include <vector>

#include "claims/claim.h"
#include "claims/frame.h"
#include "claims/lexicon.h"
#include "core/span.h"

namespace crosscheck {

// A plain count: no unit, not money, a share or a ratio.
bool IsCountable(const Quantity& q);

struct CountedNoun {
  Span span;               // where the counted noun stands; empty when borrowed or implied
  bool offspring = false;  // "a mother of 12": the figure counts the parent's children
  bool apposed = false;    // "Lopez, 20,": a bare number set off after a person's name (an age)
};

// Fills claim->counted, counted_lemma and group for figure i of `in`:
// the number layer's counted noun; else a lexicon noun right after the
// figure (extending *own over it); "a mother of 12" counts children; an age
// apposed to a person's name borrows nothing; a bare count takes the last
// noun of the modifier run after it; else (noun ellipsis) the counted noun
// of the paragraph's last earlier figure in `out` (claims 0..i-1). Reads
// claim->part_of, so set it first. `sentence` is the figure's sentence, or -1.
CountedNoun ReadCounted(const ClaimInputs& in, const Lexicon& lex, size_t i, int sentence,
                        const std::vector<Claim>& out, TokenRange* own, Claim* claim);

// Figure i is an age by the list it stands in, whatever its own words: one
// of as many bare numbers set off after a count of people as that count
// ("two sons, 11 and 14"). The rest of a list after "ages"/"aged" is the
// number layer's (Quantity::age).
bool IsListedAge(const ClaimInputs& in, const Lexicon& lex, size_t i);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_COUNTED_H_
