// The body of the reader fuzz targets (html_fuzz.cc, jsonl_fuzz.cc,
// text_fuzz.cc, warc_fuzz.cc): arbitrary bytes read as one format must never
// crash, hang or leak, and every document accepted must satisfy the reader's
// invariants (valid UTF-8 text, body_start inside the text, every text
// offset mapping inside the input). The first byte's low bit also tries the
// windows-1252 decoding. Aborts on a broken invariant, as libFuzzer expects.
#ifndef CROSSCHECK_READ_FUZZ_READER_H_
#define CROSSCHECK_READ_FUZZ_READER_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/utf8.h"
#include "read/reader.h"

namespace crosscheck {

inline int FuzzReader(const uint8_t* data, size_t size, InputFormat format) {
  ReadOptions options;
  options.format = format;
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

}  // namespace crosscheck

#endif  // CROSSCHECK_READ_FUZZ_READER_H_
