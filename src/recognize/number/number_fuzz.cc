// libFuzzer target for the number parser: every layer over arbitrary bytes
// (numerals with both option sets, ranges, measures with bare units, the
// Recognizers views and the news quantities), checking the invariants the
// headers promise: spans inside the input, sorted, non-overlapping.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/fuzz_support.h"
#include "recognize/number/measure.h"
#include "recognize/number/numeral.h"
#include "recognize/number/quantity.h"
#include "recognize/number/range.h"
#include "recognize/number/recognizers_compat.h"

namespace {

template <typename T>
void CheckSpans(const std::vector<T>& v, size_t size) {
  uint32_t prev_end = 0;
  for (const T& x : v) {
    if (x.start > x.end || x.end > size) std::abort();
    if (x.start < prev_end) std::abort();
    prev_end = x.end;
  }
}

}  // namespace

// One-time loading outside the fuzz loop (core/fuzz_support.h).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  crosscheck::FuzzWarmUp("Officials said 40 people, about 12 buses and 3.5 km of road, up 20% from 2021.");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace crosscheck;
  std::vector<Numeral> nums = ParseNumerals(text);
  CheckSpans(nums, size);
  NumeralOptions no;
  no.article_fractions = false;
  CheckSpans(ParseNumerals(text, no), size);
  CheckSpans(ParseRanges(text, nums), size);
  CheckSpans(ParseMeasures(text, nums), size);
  MeasureOptions mo;
  mo.bare_units = true;
  for (const Measure& m : ParseMeasures(text, nums, mo))
    if (m.start > m.end || m.end > size) std::abort();
  for (auto model : {RecognizersModel::kNumber, RecognizersModel::kOrdinal, RecognizersModel::kPercent,
                     RecognizersModel::kNumberRange, RecognizersModel::kCurrency, RecognizersModel::kDimension,
                     RecognizersModel::kTemperature, RecognizersModel::kAge})
    for (const RecognizersResult& r : RecognizersView(text, model))
      if (r.start > r.end || r.end > size) std::abort();
  std::vector<Quantity> qs = RecognizeQuantitiesInText(text);
  uint32_t prev = 0;
  for (const Quantity& q : qs) {
    if (q.span.start > q.span.end || q.span.end > size || q.span.start < prev) std::abort();
    if (q.counted_span.end > size || q.counted_phrase.end > size) std::abort();
    if (q.counted_span.start > q.counted_span.end || q.counted_phrase.start > q.counted_phrase.end) std::abort();
    for (int p : q.parts)
      if (p < 0 || static_cast<size_t>(p) >= qs.size()) std::abort();
    // Links point inside the sentence's quantities; a change has a role.
    if (q.change_from >= static_cast<int>(qs.size()) || q.same_as >= static_cast<int>(qs.size())) std::abort();
    if (q.direction.empty() != q.change.empty()) std::abort();
    prev = q.span.end;
  }
  return 0;
}
