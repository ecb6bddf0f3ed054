// Ages read from appositions: one step of BuildClaims (claims/claim.h),
// public so the rules can be read and tested apart. Pure: thread-safe.
//
// Contract: ReadApposedAge makes a bare count (no counted noun) of a whole
// number 1–120 set off by a comma after a person an age: after a holder
// the frame read there, or right after a person's name (`apposed`,
// claims/counted.h CountedNoun). It is an age when the figure is in no
// state, or when the apposition is closed: by a comma ("Anthony
// LaCalamita, 38, of Troy … shooting"), or, right after the name, by the
// person's finite verb ("Lopez, 20 was found guilty") or the next apposed
// name ("Lopez, 20 and Jonathan Carrasquillo, 24"); before a preposition
// ("LaCalamita, 38 after the shooting") it stays open. An age takes no
// state, and the person the entity layer did not name there
// (CountedNoun::apposed_name) as its holder. KeepAgeWithItsPerson drops
// the place of a named person's age: the age is the person's wherever the
// sentence puts them ("Tara Reid, 33, has entered a clinic in Malibu").
#ifndef CROSSCHECK_CLAIMS_CLAIM_AGE_H_
#define CROSSCHECK_CLAIMS_CLAIM_AGE_H_

#include <string_view>

#include "claims/claim.h"
#include "claims/counted.h"
#include "claims/frame.h"
#include "segment/segmenter.h"

namespace crosscheck {

// Figure `q` with tokens `own`; its counted noun, holder and state read.
void ReadApposedAge(std::string_view text, const Segmentation& seg, const Quantity& q, TokenRange own,
                    const CountedNoun& counted, Claim* claim);

void KeepAgeWithItsPerson(Claim* claim);

// Ages told as a list after as many coordinated names: "Malia and Sasha
// Obama, aged 16 and 13 respectively", "the brothers, John and Peter
// Smith, 34 and 29,". The names are the capitalised words before the
// comma, joined by "and" or commas; a lone first name takes the last
// name's surname ("Malia" → "Malia Obama"). Only when the counts agree
// (n names, n whole numbers 1–120 joined by "and" or commas, "aged"/"ages"
// before, "respectively" allowed after): each figure becomes the age of
// the name in its place, in no state, its measure rewritten. `out` holds
// the document's claims in figure order. Work is bounded by each list.
void PairCoordinatedAges(const ClaimInputs& in, std::vector<Claim>* out);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_AGE_H_
