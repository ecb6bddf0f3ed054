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

// Items refer to analyses[doc].times[time] (the sentence's first resolved
// date) and the sentence span of analyses[doc].seg.
std::vector<TimelineItem> BuildTimeline(const std::vector<DocAnalysis>& analyses, const std::vector<int>& story_docs);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_TIMELINE_H_
