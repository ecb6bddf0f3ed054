// Internal to src/read: one reader per input format. Each fills Documents
// (text, offset map, metadata) and reports rejected input as Errors that name
// the input and the line or byte offset. Not part of the public API.
#ifndef CROSSCHECK_READ_FORMATS_H_
#define CROSSCHECK_READ_FORMATS_H_

#include <string>
#include <string_view>

#include "core/document.h"
#include "core/status.h"
#include "read/reader.h"

namespace crosscheck {

// gzip (one or more members) to bytes; fails past `max_bytes`.
Result<std::string> Gunzip(std::string_view bytes, size_t max_bytes);

// Ensures `bytes` is UTF-8: valid input passes; invalid input is rejected
// with the offset of the first bad sequence, or transcoded from
// Windows-1252 when options.windows1252 (then *map gets text -> input runs).
Status EnsureUtf8(std::string* bytes, const ReadOptions& options, OffsetMap* map);

// Plain text: doc->raw must be set; fills text, date header, body_start.
Status ReadPlainText(Document* doc, const ReadOptions& options);

// HTML in `html` (UTF-8): fills doc->text, title/source/author/date/url
// metadata and maps text offsets to offsets in `html`. Never fails: broken
// HTML is parsed the way browsers do.
void ExtractHtml(std::string_view html, Document* doc, std::vector<Error>* warnings);

// JSON Lines file: one document per line with a JSON object.
void ReadJsonLines(const std::string& bytes, const std::string& name, const ReadOptions& options,
                   ReadBatch* batch);

// WARC file (already decompressed): one document per response/resource
// record holding HTML or text.
void ReadWarc(const std::string& bytes, const std::string& name, const ReadOptions& options,
              ReadBatch* batch);

// Sets id, content_hash and language once text is final.
void FinishDocument(Document* doc);

}  // namespace crosscheck

#endif  // CROSSCHECK_READ_FORMATS_H_
