// Whose figure it is: one step of BuildClaims (claims/claim.h), public so
// the rules can be read and tested apart. Pure: thread-safe.
//
// Contract: ReadClaimHolder writes claim->holder from the words at the
// figure (claims/frame_what.h FindHolder: a person or organisation in
// apposition, in parenthesis, a possessive, before "at" / "with"; a parent's
// children take no name after the figure), an age reached from the
// antecedent of "who" (and marks it `reached`, a measure of its own), the
// owner of counted things ("20,000 DNC emails"), and a margin's two sides
// (claim->rival, and the one ahead as holder). ReadSubjectHolder, run once
// the figure's kind, counted noun and state are final, gives a figure that
// still has no holder the subject of its verb ("The Nationals have bid
// $160 million") or the holder of the figure joined right before it ("an
// eight-year, $160 million offer") — never an age, a magnitude, a bare
// count, a count in a state, or a count of people, animals, things or
// messages: those are the event's participants, and their agent is named
// many ways.
#ifndef CROSSCHECK_CLAIMS_CLAIM_HOLDER_H_
#define CROSSCHECK_CLAIMS_CLAIM_HOLDER_H_

#include <vector>

#include "claims/claim.h"
#include "claims/frame.h"
#include "claims/lexicon.h"
#include "core/span.h"

namespace crosscheck {

// Figure `q` of `in` with tokens `own` in `clause`; `counted_span` its
// counted noun (empty = none or borrowed); `offspring`: "a mother of 12";
// `turned_age`: "who turns 32".
void ReadClaimHolder(const ClaimInputs& in, const Lexicon& lex, const Quantity& q, TokenRange own, TokenRange clause,
                     Span counted_span, bool offspring, bool turned_age, Claim* claim);

// `out`: the document's claims before this one; `last_subject_held`: the
// last of them has a holder it can share (not an age's), its tokens (noun
// read in) ending at `last_own_end` (-1 none). Returns whether this figure
// has a holder the next one can share.
bool ReadSubjectHolder(const ClaimInputs& in, const Lexicon& lex, TokenRange own, TokenRange clause,
                       const std::vector<Claim>& out, bool last_subject_held, int last_own_end, Claim* claim);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_HOLDER_H_
