// Time expressions: every date, time, duration and set in a document,
// normalised to TIMEX3 values against the document's own date (rules and
// ambiguity policy in docs/TIME.md).
//
// RecognizeTimes runs ParseTimes (time_parse.h) over each sentence with the
// document date as reference. Pure functions of their inputs: thread-safe.
// Mentions are sorted by start; a range record ("from 8am to 6pm") comes
// before its two endpoint records, which lie inside it. Apart from those
// endpoints, mentions never overlap.
#ifndef CROSSCHECK_RECOGNIZE_TIME_TIME_EXPR_H_
#define CROSSCHECK_RECOGNIZE_TIME_TIME_EXPR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/atom.h"
#include "core/document.h"
#include "core/json_util.h"
#include "core/span.h"
#include "segment/segmenter.h"

namespace crosscheck {

enum class TimeType { kDate, kTime, kDuration, kSet };
const char* TimeTypeName(TimeType type);  // "date" | "time" | "duration" | "set"

// Which conventions the values follow (docs/TIME.md). kTimeML (TimeML 1.2.1
// TIMEX3, as TimeBank and TempEval-3 annotate news) is the default and what
// users see; kRecognizers follows Microsoft Recognizers-Text's test files
// and is used only by their conformance runner.
enum class TimeProfile : uint8_t { kTimeML, kRecognizers };

// What a relative expression was resolved against.
enum class TimeAnchor : uint8_t {
  kNone,    // an absolute value ("9 May 2022"), or nothing to resolve against
  kReport,  // the report's date ("yesterday", "two years ago", "the past 3 weeks")
  kText,    // an earlier time of the text ("the next day", "two days later")
};

struct TimeMention {
  Span span;
  TimeType type = TimeType::kDate;
  Atom value;              // most specific TIMEX3 value ("2022-05-03", "XXXX-WXX-5"); "" = none
  // TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN,
  // EQUAL_OR_LESS, EQUAL_OR_MORE, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER; "" = none
  Atom mod;
  int range_from = -1;     // for a range record: indexes of its two endpoint records
  int range_to = -1;
  int part_of = -1;        // for an endpoint record: index of its range record
  // What the expression denotes: "day", "week", "month", "year", "period"
  // (season, quarter, decade, counted span), "time", "part" (of day),
  // "duration", "set", "range".
  Atom grain;
  bool holiday = false;    // a named holiday ("Christmas", "Victory Day")
  // The resolved interval as YYYY-MM-DD, "" when unknown. For a single
  // period the end is exclusive ("May 2022" = [2022-05-01, 2022-06-01)); for
  // a range written with two days it is the two days as written. For a
  // duration the text anchors ("the past 3 weeks", "in 3 weeks", "two days
  // later") it is the stretch the duration covers once anchored, beside its
  // value (P3W); for other durations and for sets it is empty.
  Atom interval_start, interval_end;
  // The anchor of a relative expression; anchor_index is the index, in the
  // same vector, of the time it counts from (kText only, else -1): an
  // earlier time, or for "tonight" inside a quotation the speech's day named
  // after it in its sentence ("'... tonight,' she said Monday").
  TimeAnchor anchor = TimeAnchor::kNone;
  int anchor_index = -1;
  // Sets (TimeML): quant "EVERY"/"EACH" as written, freq "2X" ("twice a
  // week"); "" = none.
  Atom quant, freq;
};

struct TimeOptions {
  TimeProfile profile = TimeProfile::kTimeML;
};

// Tense-and-reference parsing of one sentence (or any short text): see
// time_parse.h for ParseTimes, the lower-level API used per sentence.

// The publication date inferred from the text when metadata gives none
// (YYYY-MM-DD), or nullopt when the evidence is weak. `year_hints` are years
// known from outside the text (the dated reports of the same story): they
// count, like the years the text names, for the weekday + month-day rule.
std::optional<std::string> InferDocumentDate(const Document& doc, const Segmentation& seg,
                                             const std::vector<int>& year_hints = {});

// Uses doc.date (may be null: relative expressions then keep relative values).
// Sentences are read in order: a narrative expression ("the next day") counts
// from the last time named before it in the document.
std::vector<TimeMention> RecognizeTimes(const Document& doc, const Segmentation& seg,
                                        const TimeOptions& options = {});

// The `times` record of docs/OUTPUT.md for times[i] of `doc`.
Json TimeToJson(const Document& doc, const std::vector<TimeMention>& times, size_t i);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_TIME_TIME_EXPR_H_
