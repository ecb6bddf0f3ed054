// libFuzzer target for the time parser: arbitrary bytes as a sentence, with
// and without a reference date, in both profiles. Checks the ParseTimes
// contract: spans inside the input, sorted by start, range records pointing
// at their endpoints, anchors pointing back at earlier records, and no
// digit string of five or more digits read as a date or a time.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/fuzz_support.h"
#include "recognize/time/time_parse.h"

namespace {

// A run of five or more digits inside [start, end) of text.
bool LongDigitRun(std::string_view text, uint32_t start, uint32_t end) {
  int run = 0;
  for (uint32_t i = start; i < end && i < text.size(); ++i) {
    run = (text[i] >= '0' && text[i] <= '9') ? run + 1 : 0;
    if (run >= 5) return true;
  }
  return false;
}

}  // namespace

// One-time loading outside the fuzz loop (core/fuzz_support.h).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  crosscheck::FuzzWarmUp("\x05Officials met on May 9, two days ago, and will meet again next week at 9am.");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The first byte picks the reference date (none, or one of a few days) and
  // the profile (bit 2); the rest is the sentence.
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  size = text.size();
  std::optional<crosscheck::CivilDate> ref;
  switch (data[0] % 4) {
    case 1: ref = crosscheck::CivilDate{2022, 5, 4}; break;
    case 2: ref = crosscheck::CivilDate{2020, 2, 29}; break;
    case 3: ref = crosscheck::CivilDate{1999, 12, 31}; break;
    default: break;
  }
  crosscheck::TimeOptions options;
  if (data[0] & 4) options.profile = crosscheck::TimeProfile::kRecognizers;
  crosscheck::NarrativeAnchor anchor;
  std::vector<crosscheck::TimeMention> ts = crosscheck::ParseTimes(text, ref, options, &anchor, 0);
  uint32_t last = 0;
  for (size_t i = 0; i < ts.size(); ++i) {
    const auto& t = ts[i];
    if (t.span.end > size || t.span.start >= t.span.end || t.span.start < last) std::abort();
    last = t.span.start;
    if (t.range_from >= 0 && (t.range_from >= static_cast<int>(ts.size()) || t.range_to >= static_cast<int>(ts.size()) ||
                              ts[t.range_from].part_of != static_cast<int>(i)))
      std::abort();
    if (t.anchor == crosscheck::TimeAnchor::kText && (t.anchor_index < 0 || t.anchor_index >= static_cast<int>(ts.size()) ||
                                                      t.anchor_index == static_cast<int>(i)))
      std::abort();
    if ((t.type == crosscheck::TimeType::kDate || t.type == crosscheck::TimeType::kTime) &&
        LongDigitRun(text, t.span.start, t.span.end))
      std::abort();
  }
  if (anchor.set && (anchor.index < -1 || anchor.index >= static_cast<int>(ts.size()))) std::abort();
  return 0;
}
