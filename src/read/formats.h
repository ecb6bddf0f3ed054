// Internal to src/read: one reader per input format. Each fills Documents
// (text, offset map, metadata) and reports rejected input as Errors that name
// the input and the line or byte offset. Not part of the public API.
#ifndef CROSSCHECK_READ_FORMATS_H_
#define CROSSCHECK_READ_FORMATS_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/status.h"
#include "read/byte_source.h"
#include "read/reader.h"

namespace crosscheck {

// Reads one input from `src` (named `name`; `size` is its size when known
// before reading, as for a regular file): detects gzip and the format, then
// hands the bytes to the format's reader. See reader.cc.
void ReadSource(std::unique_ptr<PeekSource> src, const std::string& name, std::optional<uint64_t> size,
                const ReadOptions& options, ReadSink* sink);

// Ensures `bytes` is UTF-8: valid input passes; invalid input is rejected
// with the offset of the first bad sequence, or transcoded from
// Windows-1252 when options.windows1252 (then *map gets text -> input runs).
Status EnsureUtf8(std::string* bytes, const ReadOptions& options, OffsetMap* map);

// Plain text: doc->raw must be set; fills text, date header, body_start.
Status ReadPlainText(Document* doc, const ReadOptions& options);

// HTML in `html` (UTF-8): fills doc->text, title/source/author/date/url
// metadata and maps text offsets to offsets in `html`; warnings (an unknown
// date format) go to `sink`. Broken HTML is parsed the way browsers do; the
// one failure is a page nested deeper than limits.max_depth.
Status ExtractHtml(std::string_view html, const ReadLimits& limits, Document* doc, ReadSink* sink);

// How deep `html` nests, estimated from its tags without building the tree
// (html_depth.cc); stops counting once past `stop_above`.
int EstimateHtmlDepth(std::string_view html, int stop_above);

// JSON Lines, read line by line from `src`: one document per line with a
// JSON object.
void ReadJsonLines(PeekSource* src, const std::string& name, const ReadOptions& options, ReadSink* sink);

// WARC (already decompressed), read record by record from `src`: one
// document per response/resource record holding HTML or text.
void ReadWarc(PeekSource* src, const std::string& name, const ReadOptions& options, ReadSink* sink);

// At most `max` bytes of `s`, cut at a UTF-8 boundary, with bytes outside
// valid UTF-8 escaped (for quoting input in messages).
std::string Excerpt(std::string_view s, size_t max);

// Sets id, content_hash and language once text is final (read/reader.h);
// the second form leaves them to the caller when options.identify_later.
inline void FinishDocument(Document* doc, const ReadOptions& options) {
  if (!options.identify_later) FinishDocument(doc);
}

}  // namespace crosscheck

#endif  // CROSSCHECK_READ_FORMATS_H_
