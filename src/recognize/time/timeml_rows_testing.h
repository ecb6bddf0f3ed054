// Shared by the TimeML profile's table tests (time_timeml_test.cc,
// time_timeml_context_test.cc): a row is a news-style sentence written for
// the test, the mention expected (its exact text), its TIMEX3 type, value and
// mod, and the report date; a row with no text expects no mention at all.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "core/document.h"
#include "recognize/time/civil_date.h"
#include "recognize/time/time_expr.h"
#include "recognize/time/time_parse.h"
#include "segment/segmenter.h"

namespace crosscheck::timeml_testing {

struct Row {
  const char* sentence;
  const char* text;   // expected mention; "" = none at all
  const char* type;   // "date" | "time" | "duration" | "set"
  const char* value;
  const char* mod = "";
  const char* ref = "2022-05-04";  // a Wednesday
};

inline std::string Found(const std::vector<TimeMention>& ts, std::string_view s) {
  std::string found;
  for (const TimeMention& t : ts)
    found += "[" + std::string(t.span.Of(s)) + " " + TimeTypeName(t.type) + " " + t.value + " " + t.mod + "]";
  return found;
}

inline void CheckRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    SCOPED_TRACE(row.sentence);
    std::optional<CivilDate> ref;
    if (*row.ref) ref = ParseIsoDate(row.ref);
    std::vector<TimeMention> ts = ParseTimes(row.sentence, ref);
    std::string_view s(row.sentence);
    if (!*row.text) {
      EXPECT_TRUE(ts.empty()) << "unexpected: " << Found(ts, s);
      continue;
    }
    const TimeMention* hit = nullptr;
    for (const TimeMention& t : ts)
      if (t.span.Of(s) == row.text) hit = &t;
    if (hit == nullptr) {
      ADD_FAILURE() << "want '" << row.text << "', found " << Found(ts, s);
      continue;
    }
    EXPECT_STREQ(TimeTypeName(hit->type), row.type);
    EXPECT_EQ(hit->value, row.value);
    EXPECT_EQ(hit->mod, row.mod);
  }
}

// The value of the n-th time written `words` in `text` (the first when
// n is 0), run as the pipeline runs (Segment + RecognizeTimes) on a
// report dated `date`; "(none)" when no such time is found.
inline std::string TimeValueIn(const char* date, const char* text, std::string_view words, int n = 0) {
  Document d;
  d.id.assign(1, 'd');  // (assigning a literal trips gcc 12's -Wrestrict false positive)
  d.date = date;
  d.text = text;
  const Segmentation seg = Segment(d.text);
  for (const TimeMention& t : RecognizeTimes(d, seg))
    if (t.span.Of(d.text) == words && n-- == 0) return std::string(t.value.str());
  return "(none)";
}

}  // namespace crosscheck::timeml_testing
