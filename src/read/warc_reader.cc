// WARC (ISO 28500) records: "WARC/1.x" version line, header fields, a blank
// line, Content-Length bytes of block, then CRLF CRLF. Only response,
// resource and conversion records become documents; for response records
// the HTTP status line and headers are skipped and the body's Content-Type
// decides HTML or text. WARC-Target-URI is the url and WARC-Date the date
// (when the page itself gives none). Document::raw is the payload; its
// offset in the WARC file is kept in extra["warc_offset"].
#include <cctype>
#include <string>

#include "read/date_parse.h"
#include "read/formats.h"

namespace crosscheck {

namespace {

std::string LowerAscii(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// Parses "Name: value" lines from [pos, end of header block); returns the
// offset after the blank line, or npos.
size_t ParseHeaders(const std::string& b, size_t pos, std::vector<std::pair<std::string, std::string>>* out) {
  for (;;) {
    size_t eol = b.find('\n', pos);
    if (eol == std::string::npos) return std::string::npos;
    std::string_view line(b.data() + pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = eol + 1;
    if (line.empty()) return pos;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view v = line.substr(colon + 1);
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    out->emplace_back(LowerAscii(line.substr(0, colon)), std::string(v));
    if (out->size() > 200) return std::string::npos;
  }
}

std::string Get(const std::vector<std::pair<std::string, std::string>>& h, const char* k) {
  for (const auto& [name, value] : h)
    if (name == k) return value;
  return "";
}

}  // namespace

void ReadWarc(const std::string& b, const std::string& name, const ReadOptions& options, ReadBatch* batch) {
  size_t pos = 0;
  int record = 0;
  while (pos < b.size()) {
    // Skip blank lines between records.
    while (pos < b.size() && (b[pos] == '\r' || b[pos] == '\n')) ++pos;
    if (pos >= b.size()) break;
    size_t rec_start = pos;
    std::string where = name + ": record at byte " + std::to_string(rec_start);
    if (b.compare(pos, 5, "WARC/") != 0) {
      batch->errors.push_back(Error{where + ": expected a \"WARC/\" version line"});
      return;
    }
    ++record;
    pos = b.find('\n', pos);
    if (pos == std::string::npos) { batch->errors.push_back(Error{where + ": truncated header"}); return; }
    ++pos;
    std::vector<std::pair<std::string, std::string>> h;
    size_t body = ParseHeaders(b, pos, &h);
    if (body == std::string::npos) { batch->errors.push_back(Error{where + ": truncated header"}); return; }
    std::string len_s = Get(h, "content-length");
    char* endp = nullptr;
    unsigned long long len = std::strtoull(len_s.c_str(), &endp, 10);
    if (len_s.empty() || *endp != '\0') { batch->errors.push_back(Error{where + ": missing or bad Content-Length"}); return; }
    if (len > b.size() - body) {  // (written so a huge length cannot wrap around)
      batch->errors.push_back(Error{where + ": truncated block (Content-Length " + len_s + ", " +
                                    std::to_string(b.size() - body) + " bytes left)"});
      return;
    }
    pos = body + len;
    std::string type = LowerAscii(Get(h, "warc-type"));
    if (type != "response" && type != "resource" && type != "conversion") continue;
    size_t payload = body;
    std::string ctype = LowerAscii(Get(h, "content-type"));
    if (type == "response" && ctype.find("application/http") != std::string::npos) {
      std::vector<std::pair<std::string, std::string>> hh;
      size_t p = b.find('\n', body);
      if (p == std::string::npos || p >= pos) continue;
      size_t after = ParseHeaders(b, p + 1, &hh);
      if (after == std::string::npos || after > pos) { batch->errors.push_back(Error{where + ": bad HTTP headers"}); continue; }
      payload = after;
      ctype = LowerAscii(Get(hh, "content-type"));
      if (!Get(hh, "content-encoding").empty() && LowerAscii(Get(hh, "content-encoding")) != "identity") {
        batch->errors.push_back(Error{where + ": HTTP Content-Encoding " + Get(hh, "content-encoding") + " not supported"});
        continue;
      }
    }
    bool is_html = ctype.find("html") != std::string::npos;
    bool is_text = ctype.find("text/plain") != std::string::npos;
    if (!is_html && !is_text) continue;  // images, scripts, …: not reports
    Document doc;
    doc.path = name;
    doc.line = record;
    doc.format = "warc";
    doc.raw = b.substr(payload, pos - payload);
    doc.extra["warc_offset"] = payload;
    std::string uri = Get(h, "warc-target-uri");
    if (!uri.empty()) doc.url = uri;
    std::string content = doc.raw;
    OffsetMap enc;
    Status st = EnsureUtf8(&content, options, &enc);
    if (!st.ok()) { batch->errors.push_back(st.error().Wrap(where)); continue; }
    if (is_html) {
      ExtractHtml(content, &doc, &batch->warnings);
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
    if (empty) { batch->errors.push_back(Error{where + ": no text"}); continue; }
    FinishDocument(&doc);
    batch->docs.push_back(std::move(doc));
  }
}

}  // namespace crosscheck
