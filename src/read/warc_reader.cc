// WARC (ISO 28500) records: "WARC/1.x" version line, header fields, a blank
// line, Content-Length bytes of block, then CRLF CRLF. Only response,
// resource and conversion records become documents; for response records
// the HTTP status line and headers are skipped and the body's Content-Type
// decides HTML or text. WARC-Target-URI is the url and WARC-Date the date
// (when the page itself gives none). Document::raw is the payload; its
// offset in the WARC file is kept in extra["warc_offset"].
//
// Records are read one at a time from the input, each block at most
// ReadLimits::max_document_bytes (a larger one is skipped and named). A
// record whose Content-Length does not end at a record boundary (the block
// is not followed by blank lines and then "WARC/" or the end of the input)
// is rejected, and reading resynchronises: it looks for the next line that
// starts with "WARC/" after the bad record's header, so one wrong length
// costs one record, not the rest of the file.
#include <cctype>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "read/date_parse.h"
#include "read/formats.h"

namespace crosscheck {

namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;

std::string LowerAscii(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// Offset just after the blank line that ends the header block starting at
// `from` in `w`, or npos when the window holds no blank line yet.
size_t HeaderEnd(std::string_view w, size_t from) {
  size_t pos = from;
  for (;;) {
    size_t eol = w.find('\n', pos);
    if (eol == std::string_view::npos) return std::string_view::npos;
    size_t len = eol - pos;
    if (len == 0 || (len == 1 && w[pos] == '\r')) return eol + 1;
    pos = eol + 1;
  }
}

// "Name: value" lines of [pos, end) (the block must end with its blank
// line). Returns false past 200 fields.
bool ParseHeaders(std::string_view b, Headers* out) {
  size_t pos = 0;
  while (pos < b.size()) {
    size_t eol = b.find('\n', pos);
    if (eol == std::string_view::npos) eol = b.size();
    std::string_view line = b.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = eol + 1;
    if (line.empty()) break;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view v = line.substr(colon + 1);
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    out->emplace_back(LowerAscii(line.substr(0, colon)), std::string(v));
    if (out->size() > 200) return false;
  }
  return true;
}

std::string Get(const Headers& h, const char* k) {
  for (const auto& [name, value] : h)
    if (name == k) return value;
  return "";
}

// A URI as valid UTF-8 with the same meaning: bytes outside valid UTF-8 and
// ASCII controls and spaces are percent-encoded.
std::string CleanUri(std::string_view s) {
  std::string out;
  size_t i = 0;
  static const char* kHex = "0123456789ABCDEF";
  while (i < s.size()) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool ok = c > 0x20 && c != 0x7F;
    if (c >= 0x80) {
      DecodeUtf8(s, i, &len);
      ok = !FirstInvalidUtf8(s.substr(i, len));
    }
    if (ok) {
      out.append(s.substr(i, len));
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
      len = 1;
    }
    i += len;
  }
  return out;
}

// Drops input up to the next line that starts with "WARC/" (kept), holding
// at most one chunk at a time.
void SkipToNextRecord(PeekSource* src) {
  constexpr size_t kLook = size_t{64} << 10;
  for (;;) {
    std::string_view w = src->Peek(kLook);
    size_t at = w.find("\nWARC/");
    if (at != std::string_view::npos) {
      src->Consume(at + 1);
      return;
    }
    if (w.size() < kLook) {  // the end of the input
      src->Consume(w.size());
      return;
    }
    src->Consume(w.size() - 5);  // keep a possible "\nWARC" split across chunks
  }
}

void SkipBlankLines(PeekSource* src) {
  for (;;) {
    std::string_view w = src->Peek(1);
    size_t k = 0;
    while (k < w.size() && (w[k] == '\r' || w[k] == '\n')) ++k;
    if (k == 0) return;
    src->Consume(k);
  }
}

// One record's block (headers parsed) to a document, when it is a report.
void ReadBlock(std::string_view block, uint64_t block_offset, const Headers& h, const std::string& where,
               const std::string& name, int record, const ReadOptions& options, ReadSink* sink) {
  std::string type = LowerAscii(Get(h, "warc-type"));
  if (type != "response" && type != "resource" && type != "conversion") return;
  size_t payload = 0;
  std::string ctype = LowerAscii(Get(h, "content-type"));
  if (type == "response" && ctype.find("application/http") != std::string::npos) {
    size_t p = block.find('\n');
    if (p == std::string_view::npos) return;
    size_t after = HeaderEnd(block, p + 1);
    Headers hh;
    if (after == std::string_view::npos || !ParseHeaders(block.substr(p + 1, after - p - 1), &hh)) {
      sink->OnRejected(Error{where + ": bad HTTP headers"});
      return;
    }
    payload = after;
    ctype = LowerAscii(Get(hh, "content-type"));
    std::string enc = LowerAscii(Get(hh, "content-encoding"));
    if (!enc.empty() && enc != "identity") {
      sink->OnRejected(Error{where + ": HTTP Content-Encoding " + CleanUri(enc.substr(0, 40)) + " not supported"});
      return;
    }
  }
  bool is_html = ctype.find("html") != std::string::npos;
  bool is_text = ctype.find("text/plain") != std::string::npos;
  if (!is_html && !is_text) return;  // images, scripts, …: not reports
  Document doc;
  doc.path = name;
  doc.line = record;
  doc.format = "warc";
  doc.raw = std::string(block.substr(payload));
  doc.extra["warc_offset"] = block_offset + payload;
  std::string uri = Get(h, "warc-target-uri");
  if (!uri.empty()) doc.url = CleanUri(uri);
  std::string content = doc.raw;
  OffsetMap enc;
  Status st = EnsureUtf8(&content, options, &enc);
  if (!st.ok()) {
    sink->OnRejected(st.error().Wrap(where));
    return;
  }
  if (is_html) {
    st = ExtractHtml(content, options.limits, &doc, sink);
    if (!st.ok()) {
      sink->OnRejected(st.error().Wrap(where));
      return;
    }
    if (!enc.identity()) {
      OffsetMap composed;
      for (uint32_t k = 0; k < doc.text.size(); ++k) composed.Append(k, enc.ToSource(doc.source_offsets.ToSource(k)), 1, true);
      doc.source_offsets = std::move(composed);
    }
  } else {
    doc.text = content;
    doc.source_offsets = enc;
  }
  if (!doc.date) {
    if (auto d = NormalizeDate(Get(h, "warc-date"))) { doc.date = *d; doc.date_origin = "metadata"; }
  }
  bool empty = true;
  for (char c : doc.text) if (!std::isspace(static_cast<unsigned char>(c))) { empty = false; break; }
  if (empty) {
    sink->OnRejected(Error{where + ": no text"});
    return;
  }
  FinishDocument(&doc, options);
  sink->OnDocument(std::move(doc));
}

}  // namespace

void ReadWarc(PeekSource* src, const std::string& name, const ReadOptions& options, ReadSink* sink) {
  const ReadLimits& lim = options.limits;
  int record = 0;
  for (;;) {
    SkipBlankLines(src);
    if (src->AtEnd()) break;
    const uint64_t rec_start = src->offset();
    if (rec_start > lim.max_input_bytes) {
      sink->OnRejected(Error{name + ": larger than the input limit of " + std::to_string(lim.max_input_bytes) +
                             " bytes; records from byte " + std::to_string(rec_start) + " on were not read"});
      return;
    }
    const std::string where = name + ": record at byte " + std::to_string(rec_start);
    if (src->Peek(5).substr(0, 5) != "WARC/") {
      sink->OnRejected(Error{where + ": expected a \"WARC/\" version line; skipped to the next record"});
      SkipToNextRecord(src);
      continue;
    }
    ++record;
    // The header block, in a window that grows up to the header limit.
    size_t look = 4096, hend = std::string_view::npos;
    std::string_view w;
    for (;;) {
      w = src->Peek(look);
      hend = HeaderEnd(w, 0);
      if (hend != std::string_view::npos || w.size() < look || look > lim.max_warc_header_bytes) break;
      look *= 2;
    }
    if (hend == std::string_view::npos || hend > lim.max_warc_header_bytes) {
      bool at_end = w.size() < look;
      sink->OnRejected(Error{where + (at_end ? ": truncated header"
                                             : ": header longer than the limit of " +
                                                   std::to_string(lim.max_warc_header_bytes) + " bytes")});
      src->Consume(5);
      SkipToNextRecord(src);
      continue;
    }
    Headers h;
    size_t first_eol = w.find('\n');
    bool fields_ok = ParseHeaders(w.substr(first_eol + 1, hend - first_eol - 1), &h);
    std::string len_s = Get(h, "content-length");
    char* endp = nullptr;
    unsigned long long len = std::strtoull(len_s.c_str(), &endp, 10);
    if (!fields_ok || len_s.empty() || *endp != '\0' || !std::isdigit(static_cast<unsigned char>(len_s[0]))) {
      sink->OnRejected(Error{where + (fields_ok ? ": missing or bad Content-Length" : ": more than 200 header fields") +
                             "; skipped to the next record"});
      src->Consume(hend);
      SkipToNextRecord(src);
      continue;
    }
    if (len > lim.max_document_bytes) {
      sink->OnRejected(Error{where + ": block of " + len_s + " bytes is larger than the document limit of " +
                             std::to_string(lim.max_document_bytes) + " bytes; skipped"});
      src->Consume(hend);
      src->Skip(len);
      continue;
    }
    // The block and what follows it: blank lines, then "WARC/" or the end.
    const size_t block_end = hend + static_cast<size_t>(len);
    w = src->Peek(block_end + 21);
    bool boundary = false;
    if (w.size() >= block_end && w.substr(block_end, 4) == "\r\n\r\n") {
      boundary = true;  // the standard ending; whatever follows is the next record's business
    } else if (w.size() >= block_end) {
      size_t k = block_end;
      while (k < w.size() && k < block_end + 16 && (w[k] == '\r' || w[k] == '\n')) ++k;
      boundary = k == w.size() || w.substr(k, 5) == "WARC/";
    }
    if (!boundary) {
      std::string left = std::to_string(w.size() - hend);
      sink->OnRejected(Error{where + (w.size() < block_end
                                          ? ": truncated block (Content-Length " + len_s + ", " + left + " bytes left)"
                                          : ": Content-Length " + len_s + " does not end at a record boundary") +
                             "; skipped to the next record"});
      src->Consume(hend);
      SkipToNextRecord(src);
      continue;
    }
    ReadBlock(w.substr(hend, static_cast<size_t>(len)), rec_start + hend, h, where, name, record, options, sink);
    src->Consume(block_end);
  }
  if (src->error()) sink->OnRejected(src->error()->Wrap(name));
}

}  // namespace crosscheck
