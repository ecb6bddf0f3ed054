// Timeline: the dated events of a story, one item per sentence that holds a
// resolved date (a date or time expression whose TIMEX3 value starts with
// YYYY-MM-DD), sorted by date, then by story order and position.
// Pure function, deterministic: thread-safe.
#ifndef CROSSCHECK_FUSE_TIMELINE_H_
#define CROSSCHECK_FUSE_TIMELINE_H_

#include <vector>

#include "claims/analysis.h"
#include "fuse/fuse.h"

namespace crosscheck {

// Whether a time can stand on the timeline: a date or time (not a duration
// or set) whose value starts with YYYY-MM-DD. BuildTimeline reads no other.
bool OnTimeline(const TimeMention& m);

// Items refer to analyses[doc].times[time] (the sentence's first resolved
// date; after Pipeline::ReleaseOutputLayers, an index into the times it
// kept) and the sentence span of analyses[doc].seg.
std::vector<TimelineItem> BuildTimeline(const std::vector<DocAnalysis>& analyses, const std::vector<int>& story_docs);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_TIMELINE_H_
