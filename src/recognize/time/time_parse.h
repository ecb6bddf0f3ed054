// ParseTimes: the time recognizer on a bare string with a reference date,
// the lower-level API RecognizeTimes uses per sentence (and the conformance
// tests use directly).
//
// Pure function: thread-safe, deterministic. Spans are byte offsets into
// `text`. Mentions are sorted by start, with a range record before its two
// endpoint records.
#ifndef CROSSCHECK_RECOGNIZE_TIME_TIME_PARSE_H_
#define CROSSCHECK_RECOGNIZE_TIME_TIME_PARSE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/time/civil_date.h"
#include "recognize/time/time_expr.h"

namespace crosscheck {

// The time a narrative expression counts from ("the next day", "that week",
// "two days later"): the last time named so far that resolved to a calendar
// period (a day, week, month, quarter, season, year...). Carried from
// sentence to sentence by the caller; ParseTimes updates it as it reads.
struct NarrativeAnchor {
  bool set = false;
  int index = -1;          // index of that time in the caller's vector
  std::string value;       // its TIMEX3 value ("1998-10-23", "1989-Q3")
  CivilDate start{}, end{};  // its interval, end exclusive
  // The time is a night ("tonight", "Monday night"): a clock of the small
  // hours after it is on the next day.
  bool night = false;
  // The last day the text named, while the times after it are coarser and
  // in its own sentence, for a day counted in that sentence or the next
  // ("on Tuesday ... in 2018. ... later that day" is Tuesday): day_age
  // counts the sentences read since.
  bool day_set = false;
  int day_index = -1;
  CivilDate day{};
  int day_age = 0;
};

// Every time expression of `text`. With no `reference`, relative
// expressions keep relative TIMEX3 values ("XXXX-WXX-5") or none.
std::vector<TimeMention> ParseTimes(std::string_view text, std::optional<CivilDate> reference,
                                    const TimeOptions& options = {});

// The same, reading and updating `anchor`; the indexes of the returned
// mentions are numbered from `index_base` (the caller's vector size) for
// anchor_index and NarrativeAnchor::index. Range links stay local.
std::vector<TimeMention> ParseTimes(std::string_view text, std::optional<CivilDate> reference,
                                    const TimeOptions& options, NarrativeAnchor* anchor, int index_base);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_TIME_TIME_PARSE_H_
