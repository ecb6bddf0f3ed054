// Time expressions: every date, time, duration and set in a document,
// normalised to TIMEX3 values against the document's own date.
// (Owned by the time work: see docs/TIME.md.)
//
// Pure functions of their inputs: thread-safe. Mentions are sorted by start.
#ifndef CROSSCHECK_RECOGNIZE_TIME_TIME_EXPR_H_
#define CROSSCHECK_RECOGNIZE_TIME_TIME_EXPR_H_

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/json_util.h"
#include "core/span.h"
#include "segment/segmenter.h"

namespace crosscheck {

enum class TimeType { kDate, kTime, kDuration, kSet };
const char* TimeTypeName(TimeType type);  // "date" | "time" | "duration" | "set"

struct TimeMention {
  Span span;
  TimeType type = TimeType::kDate;
  std::string value;       // most specific TIMEX3 value ("2022-05-03", "XXXX-WXX-5"); "" = none
  std::string mod;         // TIMEX3 mod ("START", "MID", "END", "APPROX"), "" = none
  int range_from = -1;     // for a range record: indexes of its two endpoint records
  int range_to = -1;
};

// The publication date inferred from the text when metadata gives none
// (YYYY-MM-DD), or nullopt when the evidence is weak.
std::optional<std::string> InferDocumentDate(const Document& doc, const Segmentation& seg);

// Uses doc.date (may be null: relative expressions then keep relative values).
std::vector<TimeMention> RecognizeTimes(const Document& doc, const Segmentation& seg);

// The `times` record of docs/OUTPUT.md for times[i] of `doc`.
Json TimeToJson(const Document& doc, const std::vector<TimeMention>& times, size_t i);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_TIME_TIME_EXPR_H_
