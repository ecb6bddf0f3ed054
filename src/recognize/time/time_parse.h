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
#include <string_view>
#include <vector>

#include "recognize/time/civil_date.h"
#include "recognize/time/time_expr.h"

namespace crosscheck {

// Every time expression of `text`. With no `reference`, relative
// expressions keep relative TIMEX3 values ("XXXX-WXX-5") or none.
std::vector<TimeMention> ParseTimes(std::string_view text, std::optional<CivilDate> reference);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_TIME_TIME_PARSE_H_
