// libFuzzer target for Segment(): any byte string (invalid UTF-8, NULs,
// huge runs of quotes or periods) must segment without crashing, within the
// text, and satisfy every invariant of segmenter.h (CheckSegmentation). The
// first input byte also picks a body_start, to exercise the header skip.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "segment/invariants.h"
#include "segment/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  crosscheck::SegmentOptions options;
  if (size > 0 && (data[0] & 1)) options.body_start = data[0] >> 1;
  crosscheck::Segmentation seg = crosscheck::Segment(text, options);
  crosscheck::Status st = crosscheck::CheckSegmentation(text, seg, options);
  if (!st.ok()) {
    std::fprintf(stderr, "invariant broken: %s\n", st.error().message.c_str());
    std::abort();
  }
  for (const crosscheck::Sentence& s : seg.sentences) {
    if (seg.SentenceAt(s.span.start) < 0) std::abort();
  }
  return 0;
}
