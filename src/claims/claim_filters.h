// Figure filters: one step of BuildClaims (claims/claim.h), public so the
// rules can be read and tested apart. Pure: thread-safe.
//
// Contract: a filter reads a figure whose frame is built (kind, counted
// noun, group and state set) and says whether the figure, though a number
// of the text, is no measure of the story. A filtered figure keeps its
// claim (claims[i].quantity == i) but gets an empty `measure`, so the
// ledger never sees it. Filters never change a frame; they only decide
// whether it has a measure. Each looks at the figure's own tokens and a few
// tokens around it (and, for dates, the time expressions overlapping it), so
// a document costs linear time.
#ifndef CROSSCHECK_CLAIMS_CLAIM_FILTERS_H_
#define CROSSCHECK_CLAIMS_CLAIM_FILTERS_H_

#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "claims/frame.h"
#include "claims/lexicon.h"
#include "core/span.h"
#include "recognize/number/quantity.h"
#include "recognize/time/time_expr.h"
#include "segment/segmenter.h"

namespace crosscheck {

// A figure opened by a definite determiner ("the three victims", "those
// 12") or by "all" ("all three of the people"): given, not new. `first` is
// the figure's first token.
bool IsDefiniteFigure(std::string_view text, const Segmentation& seg, int first);

// Why a figure stays out of the ledger.
enum class FigureFilter {
  kNone,         // a measure of the story
  kPronounOne,   // "one" with no counted noun or no state ("not one soldier"), unless IsCountedOne
  kTimeAnchor,   // a duration that places the report in time ("two days after")
  kInsideDate,   // a bare number inside a date or clock time ("Oct. 8 to 10")
  kInsideName,   // the number of a name: after a count ("six AK - 47 rifles"), or a capitalised
                 // number word closing a name in running text ("World War Two", "Air Force One")
  kThreshold,    // a magnitude bounding a count of quakes ("54 aftershocks stronger than five")
  kSources,      // a count of the report's own sources ("three officials told")
  kRankedGroup,  // a share naming a group by rank ("the top 2 percent")
  kUncountable,  // a count the number layer gives no countable reading
  kSizeSide,     // one side of a size or a drive ("a four-by-four car", "an 8-by-12 cell")
  kAttribute,    // a number glued by a hyphen to a participle adjective ("a six-pointed star")
};

struct FilterSite {
  std::string_view text;
  const Segmentation& seg;
  const Lexicon& lex;
  const Quantity& quantity;
  const Claim& claim;                      // the frame built so far
  TokenRange own;                          // the figure's tokens (its noun read in, when after it)
  int counted_end = 0;                     // the token after the counted noun (own.end when none)
  const std::vector<TimeMention>& times;   // the document's, sorted by start
  Span sentence;                           // the figure's sentence
  const std::vector<Quantity>* quantities = nullptr;  // the document's (a list of counts), or none
};

// The first filter that holds for the figure, in the order of the enum.
FigureFilter FilterFigure(const FilterSite& site);

// Each filter on its own.
bool IsPronounOne(std::string_view figure_text, const Claim& c);
// "one" that counts after all, so kPronounOne lets it through: its
// counted noun follows it right away and names a thing ("changed only one
// word"; not after "at", "in", "on", "for": "at one point"), or another
// figure of its sentence counts that noun ("two counts of murder and one
// count of kidnapping"; people too: "two boys in 2015 and one boy in 2019"). The list
// test needs `quantities`.
bool IsCountedOne(const FilterSite& site);
bool IsTimeAnchor(const FilterSite& site);
bool IsInsideDate(const FilterSite& site);
bool IsInsideName(const FilterSite& site);
bool IsThreshold(const FilterSite& site);
bool CountsSources(const FilterSite& site);
bool IsRankedGroup(const FilterSite& site);
// A count joined by "by" or "x" (hyphens may stand between) to a number on
// either side: one side of a size or a vehicle's drive ("a large
// four-by-four car", "an 8-by-12 cell", "2 x 4 boards"), no count of the
// noun after it.
bool IsSizeSide(const FilterSite& site);
// A count glued by a hyphen, with no space, to the word it is read as
// counting, that word ending in "-ed" ("a six-pointed star", "a
// two-pronged attack", "a four-legged robot"): a participle adjective, an
// attribute of the noun after it, no count of anything.
bool IsHyphenAttribute(const FilterSite& site);
// "one" opening an adverbial of time or aside ("at one point", "at one
// time", "on one hand"), or the reciprocal "one another": no count.
bool IsIdiomOne(const FilterSite& site);
// A duration, or any measure in a unit, whose unit word is capitalised
// inside running text ("on CBS' 60 Minutes.", "a collection called 30
// Years of Rivalry", "Dirty Dancing, 98 Degrees and Justin Timberlake
// posters"): a title's or a name's number, no length of time or
// temperature. Counts, sums and shares are never read so. The figure must not open its sentence and the
// word after the unit must not be capitalised, and the sentence must hold
// two lower-case words of four letters or more (a title-case headline,
// "Held For 30 Hours In Cellar", "Deal Reopens Government for 3 Weeks",
// keeps its reading).
bool IsTitledMeasure(const FilterSite& site);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_FILTERS_H_
