// libFuzzer target for the time parser: arbitrary bytes as a sentence, with
// and without a reference date. Checks the ParseTimes contract: spans inside
// the input, sorted by start, range records pointing at their endpoints.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "recognize/time/time_parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (int pass = 0; pass < 2; ++pass) {
    std::optional<crosscheck::CivilDate> ref;
    if (pass == 1) ref = crosscheck::CivilDate{2022, 5, 4};
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
