// CheckSegmentation: verifies the invariants documented in segmenter.h for
// one Segmentation of one text. Used by the unit and property tests, the
// fuzzer, and available to callers that want to validate a segmentation
// they deserialised. Pure function; thread-safe; O(size of the
// segmentation).
#ifndef CROSSCHECK_SEGMENT_INVARIANTS_H_
#define CROSSCHECK_SEGMENT_INVARIANTS_H_

#include <string_view>

#include "core/status.h"
#include "segment/segmenter.h"

namespace crosscheck {

// OK, or an Error naming the first broken invariant and the offending index
// and offsets.
Status CheckSegmentation(std::string_view text, const Segmentation& seg, const SegmentOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_SEGMENT_INVARIANTS_H_
