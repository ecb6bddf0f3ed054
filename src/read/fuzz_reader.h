// The body of the reader fuzz targets (html_fuzz.cc, jsonl_fuzz.cc,
// text_fuzz.cc, warc_fuzz.cc): arbitrary bytes read as one format must never
// crash, hang or leak, and every document accepted must satisfy the reader's
// invariants (valid UTF-8 text, path and url; body_start inside the text;
// every text offset mapping inside the input); every message must be valid
// UTF-8. The first byte's low bit also tries the windows-1252 decoding; its
// second bit uses small limits (a 4 KiB document, depth 20, 50 members), so
// inputs of the fuzzer's sizes reach the limit paths (auto_fuzz.cc takes
// these two bits from the last byte instead, as a gzip stream always starts
// with 0x1f). Aborts on a broken invariant, as libFuzzer expects.
#ifndef CROSSCHECK_READ_FUZZ_READER_H_
#define CROSSCHECK_READ_FUZZ_READER_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/utf8.h"
#include "read/reader.h"

namespace crosscheck {

inline int FuzzReader(const uint8_t* data, size_t size, InputFormat format, bool flags_from_last_byte = false) {
  ReadOptions options;
  options.format = format;
  const uint8_t flags = size == 0 ? 0 : flags_from_last_byte ? data[size - 1] : data[0];
  options.windows1252 = flags & 1;
  if (flags & 2) {
    options.limits.max_document_bytes = 4096;
    options.limits.max_depth = 20;
    options.limits.max_json_members = 50;
    options.limits.max_warc_header_bytes = 512;
  }
  ReadBatch batch;
  ReadBuffer(std::string(reinterpret_cast<const char*>(data), size), "fuzz", options, &batch);
  for (const Document& d : batch.docs) {
    if (FirstInvalidUtf8(d.text) || FirstInvalidUtf8(d.path)) std::abort();
    if (d.url && FirstInvalidUtf8(*d.url)) std::abort();
    if (d.body_start > d.text.size()) std::abort();
    if (d.raw.size() > options.limits.max_document_bytes) std::abort();
    for (uint32_t t = 0; t < d.text.size(); t += 7)
      if (d.source_offsets.ToSource(t) > d.raw.size()) std::abort();
    (void)d.extra.dump();  // throws (and so aborts) on a bad byte
  }
  for (const Error& e : batch.errors)
    if (FirstInvalidUtf8(e.message)) std::abort();
  for (const Error& e : batch.warnings)
    if (FirstInvalidUtf8(e.message)) std::abort();
  return 0;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_READ_FUZZ_READER_H_
