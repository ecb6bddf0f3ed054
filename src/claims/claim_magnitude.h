// A quake's magnitude: one step of BuildClaims (claims/claim.h), public so
// the rules can be read and tested apart. Pure: thread-safe.
//
// Contract: MarkMagnitude makes a count a magnitude when the word
// "magnitude" or "Richter" stands at or just after the figure ("a 5.6
// magnitude earthquake", "6.1 on the Richter scale"), "magnitude" within
// three words before it ("a magnitude of 6.1"), or a fraction stands right
// before a word for a quake or within six words after one ("a 5.6 quake",
// "two quakes, measuring 7.6 and 7.4"). A magnitude is the quake's: it
// takes no topic or predicate (what the clause goes on to say, "the 7.7
// magnitude quake damaged 42 buildings", is another measure's), and a
// magnitude read as a count also no state and no counted noun.
// RankListedMagnitudes gives magnitudes listed together in one sentence
// ("measuring 7.6 and 7.4") their place in the list, list_rank 1, 2, …:
// the k-th quake of one report meets the k-th of another.
#ifndef CROSSCHECK_CLAIMS_CLAIM_MAGNITUDE_H_
#define CROSSCHECK_CLAIMS_CLAIM_MAGNITUDE_H_

#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "claims/frame.h"
#include "segment/segmenter.h"

namespace crosscheck {

// The figure with tokens `own` in `clause`; its kind, unit and the rest of
// its frame read.
void MarkMagnitude(std::string_view text, const Segmentation& seg, TokenRange own, TokenRange clause, Claim* claim);

// Over all claims of `in`, claims[i] built for in.quantities[i].
void RankListedMagnitudes(const ClaimInputs& in, std::vector<Claim>* claims);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_MAGNITUDE_H_
