// JSON Lines: one JSON object per line, parsed with simdjson's On-Demand API.
//
// Known fields: url, source, title, date, text, html (also "content" and
// "body" as text, "published"/"publishedAt"/"datePublished" as date, "outlet"
// as source). Unknown fields are kept in Document::extra, each parsed from
// its own raw bytes; missing known fields are null. A line that is not a
// JSON object, or has neither text nor html, is an error naming file:line;
// the other lines go on.
//
// Lines are read one at a time from the input (never the whole file), each
// at most ReadLimits::max_document_bytes: a longer line is skipped to its end
// without being kept. Before any parser sees a line, its nesting depth and
// members per object are checked against the limits (ScanJsonShape), so no
// later recursive step (copying or writing a kept field) can run deep.
//
// Offsets: Document::raw is the line; the text field's JSON escapes are
// decoded here (not by simdjson) so every text byte maps back to its byte in
// the line (a "\n" escape maps to its backslash).
#include <simdjson.h>

#include <optional>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "read/date_parse.h"
#include "read/byte_source.h"
#include "read/formats.h"

namespace crosscheck {

namespace {

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes a raw JSON string token (with its quotes) starting at `base` in
// the line; appends bytes to *out and their line offsets to *src.
bool DecodeJsonString(std::string_view tok, uint32_t base, std::string* out, std::vector<uint32_t>* src) {
  if (tok.size() < 2 || tok.front() != '"') return false;
  size_t i = 1, end = tok.size() - 1;
  while (i < end) {
    char c = tok[i];
    uint32_t at = base + static_cast<uint32_t>(i);
    if (c != '\\') {
      out->push_back(c);
      if (src) src->push_back(at);
      ++i;
      continue;
    }
    if (i + 1 >= end) return false;
    char e = tok[i + 1];
    char32_t cp = 0;
    size_t adv = 2;
    switch (e) {
      case 'n': cp = '\n'; break;
      case 't': cp = '\t'; break;
      case 'r': cp = '\r'; break;
      case 'b': cp = '\b'; break;
      case 'f': cp = '\f'; break;
      case '/': cp = '/'; break;
      case '\\': cp = '\\'; break;
      case '"': cp = '"'; break;
      case 'u': {
        if (i + 6 > end) return false;
        int v = 0;
        for (int k = 0; k < 4; ++k) {
          int h = Hex(tok[i + 2 + k]);
          if (h < 0) return false;
          v = v * 16 + h;
        }
        adv = 6;
        cp = static_cast<char32_t>(v);
        if (v >= 0xD800 && v <= 0xDBFF && i + 12 <= end && tok[i + 6] == '\\' && tok[i + 7] == 'u') {
          int lo = 0;
          bool ok = true;
          for (int k = 0; k < 4; ++k) {
            int h = Hex(tok[i + 8 + k]);
            if (h < 0) { ok = false; break; }
            lo = lo * 16 + h;
          }
          if (ok && lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((static_cast<char32_t>(v) - 0xD800) << 10) + (static_cast<char32_t>(lo) - 0xDC00);
            adv = 12;
          }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
        break;
      }
      default:
        return false;
    }
    size_t before = out->size();
    AppendUtf8(cp, out);
    if (src) for (size_t k = before; k < out->size(); ++k) src->push_back(at);
    i += adv;
  }
  return true;
}

enum class Field { kUnknown, kUrl, kSource, kTitle, kDate, kText, kHtml, kAuthor };
Field Classify(std::string_view k) {
  if (k == "url" || k == "link") return Field::kUrl;
  if (k == "source" || k == "outlet" || k == "publisher") return Field::kSource;
  if (k == "title" || k == "headline") return Field::kTitle;
  if (k == "date" || k == "published" || k == "publishedAt" || k == "datePublished" || k == "published_at") return Field::kDate;
  if (k == "text" || k == "content" || k == "body") return Field::kText;
  if (k == "html") return Field::kHtml;
  if (k == "author" || k == "byline") return Field::kAuthor;
  return Field::kUnknown;
}

// End of the JSON value starting at s[i] (a string, container or atom);
// s is known to hold valid JSON there.
size_t SkipJsonValue(std::string_view s, size_t i) {
  int depth = 0;
  bool in_string = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') {
        in_string = false;
        if (depth == 0) return i + 1;
      }
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') ++depth;
    else if (c == '}' || c == ']') {
      if (depth == 0) return i;  // end of the enclosing object
      if (--depth == 0) return i + 1;
    } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
      return i;
    }
  }
  return s.size();
}

}  // namespace

void ReadJsonLine(std::string line, int64_t line_no, uint64_t line_start, const std::string& name,
                  const ReadOptions& options, simdjson::ondemand::parser* parser, ReadSink* sink) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  bool blank = true;
  for (char c : line) if (!std::isspace(static_cast<unsigned char>(c))) { blank = false; break; }
  if (blank) return;
  std::string where = name + ":" + std::to_string(line_no);
  if (auto bad = FirstInvalidUtf8(line)) {
    sink->OnRejected(Error{where + ": invalid UTF-8 at byte offset " + std::to_string(line_start + *bad)});
    return;
  }
  const ReadLimits& lim = options.limits;
  JsonShape shape = ScanJsonShape(line, lim.max_depth, lim.max_json_members);
  if (shape.depth > lim.max_depth) {
    sink->OnRejected(Error{where + ": JSON nested deeper than the limit of " + std::to_string(lim.max_depth) +
                           " levels"});
    return;
  }
  if (shape.members > lim.max_json_members) {
    sink->OnRejected(Error{where + ": a JSON object with more than the limit of " +
                           std::to_string(lim.max_json_members) + " members"});
    return;
  }
  Document doc;
  doc.path = name;
  doc.line = line_no;
  doc.format = "jsonl";
  doc.raw = line;
  simdjson::padded_string padded(line);
  simdjson::ondemand::document jd;
  if (parser->iterate(padded).get(jd) != simdjson::SUCCESS) {
    sink->OnRejected(Error{where + ": not JSON"});
    return;
  }
  simdjson::ondemand::object obj;
  auto obj_err = jd.get_object().get(obj);
  if (obj_err != simdjson::SUCCESS) {
    // A valid JSON value of another type is "not a JSON object"; the rest is not JSON.
    bool other_value = false;
    if (obj_err == simdjson::INCORRECT_TYPE) {
      auto all = nlohmann::json::parse(line, nullptr, false);
      other_value = !all.is_discarded();
    }
    sink->OnRejected(Error{where + (other_value ? ": not a JSON object" : ": not JSON")});
    return;
  }
  std::string text, html, err;
  std::vector<uint32_t> text_src, html_src;
  bool have_text = false, have_html = false;
  std::vector<std::pair<std::string, std::string_view>> unknown;  // key, raw value bytes
  const char* base = padded.data();
  const std::string_view padded_view(padded.data(), line.size());
  for (auto field : obj) {
    std::string_view key;
    if (field.unescaped_key().get(key) != simdjson::SUCCESS) { err = "not JSON (bad key)"; break; }
    std::string k(key);
    simdjson::ondemand::value v;
    if (field.value().get(v) != simdjson::SUCCESS) { err = "not JSON (bad value for \"" + k + "\")"; break; }
    Field f = Classify(k);
    simdjson::ondemand::json_type type;
    if (v.type().get(type) != simdjson::SUCCESS) { err = "not JSON (bad value for \"" + k + "\")"; break; }
    if (f != Field::kUnknown && type == simdjson::ondemand::json_type::null) continue;
    if (f == Field::kUnknown || type != simdjson::ondemand::json_type::string) {
      if ((f == Field::kText || f == Field::kHtml)) { err = "\"" + k + "\" is not a string"; break; }
      size_t at = static_cast<size_t>(v.raw_json_token().data() - base);
      size_t end = SkipJsonValue(padded_view, at);
      unknown.emplace_back(std::move(k), padded_view.substr(at, end - at));
      continue;
    }
    {
      std::string_view tok = v.raw_json_token();
      while (!tok.empty() && tok.back() != '"') tok.remove_suffix(1);  // trailing whitespace
      uint32_t off = static_cast<uint32_t>(tok.data() - base);
      std::string s;
      std::vector<uint32_t>* src = f == Field::kText ? &text_src : f == Field::kHtml ? &html_src : nullptr;
      if (!DecodeJsonString(tok, off, &s, src)) { err = "bad string for \"" + k + "\""; break; }
      switch (f) {
        case Field::kUrl: doc.url = s; break;
        case Field::kSource: doc.source = s; break;
        case Field::kTitle: doc.title = s; break;
        case Field::kAuthor: doc.author = s; break;
        case Field::kDate:
          if (auto d = NormalizeDate(s)) { doc.date = *d; doc.date_origin = "metadata"; }
          else sink->OnWarning(Error{where + ": unknown date format \"" + Excerpt(s, 40) + "\"; date left null"});
          break;
        case Field::kText: text = std::move(s); have_text = true; break;
        case Field::kHtml: html = std::move(s); have_html = true; break;
        default: break;
      }
    }
  }
  // Unknown fields, each parsed from its own bytes (simdjson 3.0's On-Demand
  // values cannot hand back a tree); the shape check above bounds them.
  for (const auto& [k, raw] : unknown) {
    if (!err.empty()) break;
    auto value = nlohmann::ordered_json::parse(raw, nullptr, false);
    if (value.is_discarded()) { err = "not JSON"; break; }
    doc.extra[k] = std::move(value);
  }
  if (!err.empty()) {
    // simdjson reads lazily: tell a malformed line from a well-formed one
    // with a field of the wrong type.
    if (nlohmann::json::parse(line, nullptr, false).is_discarded()) err = "not JSON";
    sink->OnRejected(Error{where + ": " + err});
    return;
  }
  if (!have_text && !have_html) {
    sink->OnRejected(Error{where + ": neither \"text\" nor \"html\" field"});
    return;
  }
  if (have_text) {
    doc.text = std::move(text);
    for (size_t k = 0; k < text_src.size(); ++k) doc.source_offsets.Append(static_cast<uint32_t>(k), text_src[k], 1, true);
  } else {
    doc.format = "jsonl-html";
    Status st = ExtractHtml(html, options.limits, &doc, sink);
    if (!st.ok()) {
      sink->OnRejected(st.error().Wrap(where));
      return;
    }
    // Compose: text -> html offsets -> line offsets.
    OffsetMap composed;
    for (uint32_t k = 0; k < doc.text.size(); ++k) {
      uint32_t h = doc.source_offsets.ToSource(k);
      composed.Append(k, h < html_src.size() ? html_src[h] : static_cast<uint32_t>(line.size()), 1, true);
    }
    doc.source_offsets = std::move(composed);
  }
  if (auto bad = FirstInvalidUtf8(doc.text)) {
    sink->OnRejected(Error{where + ": invalid UTF-8 in text at byte " + std::to_string(*bad)});
    return;
  }
  bool empty = true;
  for (char c : doc.text) if (!std::isspace(static_cast<unsigned char>(c))) { empty = false; break; }
  if (empty) {
    sink->OnRejected(Error{where + ": empty text"});
    return;
  }
  FinishDocument(&doc, options);
  sink->OnDocument(std::move(doc));
}

void ReadJsonLines(PeekSource* src, const std::string& name, const ReadOptions& options, ReadSink* sink) {
  simdjson::ondemand::parser parser;
  const size_t limit = options.limits.max_document_bytes;
  int64_t line_no = 0;
  while (!src->AtEnd()) {
    if (src->offset() > options.limits.max_input_bytes) {
      sink->OnRejected(Error{name + ": larger than the input limit of " +
                             std::to_string(options.limits.max_input_bytes) +
                             " bytes; lines from " + std::to_string(line_no + 1) + " on were not read"});
      return;
    }
    ++line_no;
    const uint64_t start = src->offset();
    // Look for the end of the line in a growing window, never past the limit.
    size_t look = std::min<size_t>(size_t{64} << 10, limit + 1), scanned = 0;
    std::optional<std::string> line;
    for (;;) {
      std::string_view w = src->Peek(look);
      size_t nl = w.find('\n', scanned);
      if (nl != std::string_view::npos && nl <= limit) {
        line.emplace(w.substr(0, nl));
        src->Consume(nl + 1);
        break;
      }
      if (w.size() > limit) break;  // too long
      if (w.size() < look) {        // the last line, without a newline
        line.emplace(w);
        src->Consume(w.size());
        break;
      }
      scanned = w.size();
      look = std::min(look * 2, limit + 1);
    }
    if (!line) {
      src->SkipLine();
      sink->OnRejected(Error{name + ":" + std::to_string(line_no) + ": line longer than the document limit of " +
                             std::to_string(limit) + " bytes"});
      continue;
    }
    ReadJsonLine(std::move(*line), line_no, start, name, options, &parser, sink);
  }
  if (src->error()) sink->OnRejected(src->error()->Wrap(name));
}

}  // namespace crosscheck
