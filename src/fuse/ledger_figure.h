// One claim of a story as a ledger figure (fuse/ledger_agreement.h's
// Figure), in the entry's common unit. Split from ledger.cc. Pure functions:
// thread-safe.
//
// Bands: the hedge table's likely band; a round figure with no hedge carries
// its rounding ("$3.6 billion" ~ [3.55, 3.65) billion, "700" ~ [665, 735)), at
// most a twentieth of its value either side.
#ifndef CROSSCHECK_FUSE_LEDGER_FIGURE_H_
#define CROSSCHECK_FUSE_LEDGER_FIGURE_H_

#include <string_view>

#include "claims/claim.h"
#include "fuse/fuse.h"
#include "fuse/ledger_agreement.h"
#include "recognize/number/quantity.h"

namespace crosscheck {

// Half the rounding step of a round figure with no hedge ("700": 35), in its
// value's units; 0 when the figure is exact ("58", "1,024") or hedged.
double RoundingHalfWidth(const Quantity& q, std::string_view text);

// Half the rounding step of a round whole value read from its digits alone
// (100 billion: a twentieth of it; 1,000: 50; 30 or 7.5: 0), for the
// anchor of a hedge whatever the words it is written in ("a hundred
// billion"): FigureOf marks a hedge that excludes a round anchor
// (Figure::round_anchor).
double AnchorHalfWidth(double value);

// The half-width of the band a figure is judged with: RoundingHalfWidth, or
// half a unit for a claim of kind "duration" written as a whole number of
// its unit ("two-year": [1.5, 2.5) years; an age keeps its exact band). Alignment keeps RoundingHalfWidth, so
// "seven years" and "eight years" touching at 7.5 are no evidence of one
// measure.
double JudgedHalfWidth(const Quantity& q, std::string_view text, std::string_view kind);

// A physical attribute of a thing or a person — a length, a weight, an age,
// a quake's magnitude: it never moves, even where the text calls a figure a
// rise (JudgeOptions::fixed).
bool IsFixedAttribute(std::string_view kind);

// The figure at [start, end) of `text` is written as a total reached by its
// report: a perfect right before it ("the campaign has raised $45 million",
// "have now spent"), or "so far", "to date", "thus far" after it in its
// sentence ("$3 million was collected so far"). Such a total grows like a
// toll (Figure::running).
bool ReadsAsRunningTotal(std::string_view text, size_t start, size_t end);

// The key of a speaker within one report, so that one source named two ways
// is one voice: a name (its last word capitalised) by its surname,
// transliteration-insensitive ("John Ging", "Mr. Ging", "UN official John
// Ging": ging; "U.S. Geological Survey", "the US Geological Survey":
// survey); a description by its lowercased words without a leading
// determiner ("a Navy spokesman", "the Navy spokesman", "Navy spokesman":
// navy spokesman). "" (the outlet's narration) stays "".
std::string VoiceKey(std::string_view speaker);

// Claim `cl` (figure `q`) of document `a`, spoken with `voice`, its values
// multiplied by `factor` into the entry's unit; `order` is its story order.
Figure FigureOf(const DocAnalysis& a, ClaimRef ref, const Claim& cl, const Quantity& q, int voice, double factor,
                int order);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEDGER_FIGURE_H_
