// libFuzzer target: arbitrary bytes through the warc reader must never crash,
// hang or leak, and every document it accepts must satisfy the reader's
// invariants (valid UTF-8 text, offsets inside the input).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/utf8.h"
#include "read/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace crosscheck;
  ReadOptions options;
  options.format = InputFormat::kWarc;
  options.windows1252 = size > 0 && (data[0] & 1);
  ReadBatch batch;
  ReadBuffer(std::string(reinterpret_cast<const char*>(data), size), "fuzz", options, &batch);
  for (const Document& d : batch.docs) {
    if (FirstInvalidUtf8(d.text)) std::abort();
    if (d.body_start > d.text.size()) std::abort();
    for (uint32_t t = 0; t < d.text.size(); t += 7)
      if (d.source_offsets.ToSource(t) > d.raw.size()) std::abort();
  }
  return 0;
}
