#include "core/utf8.h"
#include "read/date_parse.h"
#include "read/formats.h"
#include "read/language.h"

namespace crosscheck {

Status EnsureUtf8(std::string* bytes, const ReadOptions& options, OffsetMap* map) {
  auto bad = FirstInvalidUtf8(*bytes);
  if (!bad) return Status::Ok();
  if (!options.windows1252) {
    return Error{"invalid UTF-8 at byte offset " + std::to_string(*bad) +
                 " (use --encoding windows-1252 to decode it as Windows-1252)"};
  }
  *bytes = Windows1252ToUtf8(*bytes, map);
  return Status::Ok();
}

Status ReadPlainText(Document* doc, const ReadOptions& options) {
  if (doc->raw.empty()) return Error{"empty file"};
  if (LooksBinary(doc->raw)) return Error{"binary data, not text (a NUL or control bytes in the first 8 KiB)"};
  doc->format = "text";
  doc->text = doc->raw;
  Status st = EnsureUtf8(&doc->text, options, &doc->source_offsets);
  if (!st.ok()) return st;
  // A UTF-8 byte-order mark is not text.
  size_t skip = 0;
  if (doc->text.compare(0, 3, "\xEF\xBB\xBF") == 0) skip = 3;
  size_t body = skip;
  if (auto date = ParseDateHeader(std::string_view(doc->text).substr(skip), &body)) {
    doc->date = *date;
    doc->date_origin = "metadata";
    body += skip;
  }
  doc->body_start = static_cast<uint32_t>(body);
  bool blank = true;
  for (size_t i = body; i < doc->text.size() && blank; ++i)
    if (!std::isspace(static_cast<unsigned char>(doc->text[i]))) blank = false;
  if (blank) return Error{"no text (only whitespace" + std::string(doc->date ? " after the date line)" : ")")};
  return Status::Ok();
}

std::string Excerpt(std::string_view s, size_t max) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 1;
    DecodeUtf8(s, i, &len);
    bool valid = !FirstInvalidUtf8(s.substr(i, len));
    if (i + (valid ? len : 1) > max) break;
    if (valid) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      static const char* kHex = "0123456789ABCDEF";
      unsigned char c = static_cast<unsigned char>(s[i]);
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
      ++i;
    }
  }
  return out;
}

void FinishDocument(Document* doc) {
  doc->id = MakeDocumentId(doc->path, doc->line, doc->raw);
  doc->content_hash = ContentHash(doc->text.substr(doc->body_start));
  doc->language = DetectLanguage(std::string_view(doc->text).substr(doc->body_start));
}

}  // namespace crosscheck
