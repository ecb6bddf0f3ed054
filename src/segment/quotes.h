// Quotation regions (internal to src/segment): the third pass of Segment(),
// run on each paragraph. See quotes.cc for the rules. Regions of one
// paragraph are appended sorted by start (a parent before the regions it
// contains), properly nested, with depth = number of enclosing regions.
// Thread-safe (pure function).
#ifndef CROSSCHECK_SEGMENT_QUOTES_H_
#define CROSSCHECK_SEGMENT_QUOTES_H_

#include <string_view>
#include <vector>

#include "segment/segmenter.h"

namespace crosscheck::segment_internal {

// Appends the quotation regions of `para` to `out`. `next_para` is the
// following paragraph (empty span when there is none): a quote still open at
// the end of `para` "continues" when `next_para` opens with a quote mark.
// `continued` says whether the previous paragraph's quote continues into
// this one (sets QuoteRegion::continuation on a region opening `para`).
void FindQuotes(std::string_view text, Span para, Span next_para, bool continued,
                std::vector<QuoteRegion>* out);

}  // namespace crosscheck::segment_internal

#endif  // CROSSCHECK_SEGMENT_QUOTES_H_
