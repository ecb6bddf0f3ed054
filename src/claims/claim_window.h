// Where the parts of a figure's frame are read: one step of BuildClaims
// (claims/claim.h), public so the rules can be read and tested apart.
// Pure: thread-safe.
//
// Contract: a figure's window is its clause (the quote layer's Attribute)
// cut to its sentence. ReadClaimTime dates the figure by the nearest date
// or time expression in the window, at its own grain (none: undated), and
// the statement (as_of) by a day or month named in the rest of the sentence
// ("…, an official said on Friday"), else the report date. CutAtNeighbours
// cuts the clause before and after the figure at the neighbouring figures
// that are not its parts (the windows its state is read in): a part and its
// whole ("two of the three victims died"), siblings of one composed figure,
// and figures joined to it by coordination or inclusion ("thousands of
// fighters and 1,000 civilians cornered in") are no boundary.
// DurationPlaceWindows narrows the place windows of a length of time
// written as a modifier ("the almost two-month war") to its own noun
// phrase. Work per figure is bounded by its sentence.
#ifndef CROSSCHECK_CLAIMS_CLAIM_WINDOW_H_
#define CROSSCHECK_CLAIMS_CLAIM_WINDOW_H_

#include <string_view>

#include "claims/claim.h"
#include "claims/frame.h"
#include "claims/lexicon.h"
#include "core/span.h"
#include "segment/segmenter.h"

namespace crosscheck {

// Only commas and coordinating or including words between two figures'
// tokens [from, to) ("and", "or", "including", "plus", "as well as").
bool JoinedAfter(std::string_view text, const Segmentation& seg, int from, int to);

// Writes claim->as_of and claim->time for figure `q` standing in `window`
// (its clause within its sentence) of the sentence `sentence_span`.
void ReadClaimTime(const ClaimInputs& in, const Lexicon& lex, const Quantity& q, Span window, Span sentence_span,
                   Claim* claim);

struct NeighbourCut {
  TokenRange after, before;  // the clause after / before the figure, cut at its neighbours
  bool whole = false;        // the figure is the whole of a partitive ("the three" in "two of the three")
};

// Figure i of `in` with tokens `own` (its noun read in, up to
// `counted_end`), part of figure `part_of` (-1 none), in `window`.
NeighbourCut CutAtNeighbours(const ClaimInputs& in, size_t i, int part_of, Span window, TokenRange own,
                             int counted_end);

// A length of time joined to its unit by a hyphen before a lower-case noun
// ("the almost two-month war", "a 35-day shutdown") is placed by its own
// noun phrase only: *place_before is emptied and *place_after starts past
// the noun (at a locative preposition there, "the two-month war in
// Ukraine"; else empty). Other figures leave both windows as they are.
void DurationPlaceWindows(std::string_view text, const Segmentation& seg, const Quantity& q, TokenRange own,
                          TokenRange* place_after, TokenRange* place_before);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_WINDOW_H_
