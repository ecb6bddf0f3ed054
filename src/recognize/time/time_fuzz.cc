// libFuzzer target for the time parser: arbitrary bytes as a sentence, with
// and without a reference date. Checks the ParseTimes contract: spans inside
// the input, sorted by start, range records pointing at their endpoints.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "recognize/time/time_parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The first byte picks the reference date (none, or one of a few days);
  // the rest is the sentence.
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  size = text.size();
  {
    std::optional<crosscheck::CivilDate> ref;
    switch (data[0] % 4) {
      case 1: ref = crosscheck::CivilDate{2022, 5, 4}; break;
      case 2: ref = crosscheck::CivilDate{2020, 2, 29}; break;
      case 3: ref = crosscheck::CivilDate{1999, 12, 31}; break;
      default: break;
    }
    std::vector<crosscheck::TimeMention> ts = crosscheck::ParseTimes(text, ref);
    uint32_t last = 0;
    for (size_t i = 0; i < ts.size(); ++i) {
      const auto& t = ts[i];
      if (t.span.end > size || t.span.start >= t.span.end || t.span.start < last) std::abort();
      last = t.span.start;
      if (t.range_from >= 0 && (t.range_from >= static_cast<int>(ts.size()) || t.range_to >= static_cast<int>(ts.size()) ||
                                ts[t.range_from].part_of != static_cast<int>(i)))
        std::abort();
    }
  }
  return 0;
}
