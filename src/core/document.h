// Document: one input report as read, with its provenance.
//
// A Document owns the bytes it was read from (`raw`, after decompression) and
// the text the extractors see (`text`). For plain-text input text == raw, so
// every span indexes the input file. For HTML, JSON Lines and WARC input the
// reader extracts text and records `source_offsets`, a map from text offsets
// back to raw offsets. Every later layer holds Spans into `text`; no stage
// edits `text` after the reader. Value type; safe to read from many threads.
#ifndef CROSSCHECK_CORE_DOCUMENT_H_
#define CROSSCHECK_CORE_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace crosscheck {

// OffsetMap maps text offsets to source (raw input) offsets. It is a sorted
// list of runs; inside an `exact` run text byte i maps to source_start + i;
// a non-exact run (an HTML entity, a JSON escape, an inserted newline) maps
// every byte to source_start. An empty map is the identity.
class OffsetMap {
 public:
  struct Run {
    uint32_t text_start = 0;
    uint32_t source_start = 0;
    uint32_t length = 0;
    bool exact = true;
  };
  // Appends a run; REQUIRES: text_start == end of the previous run.
  void Append(uint32_t text_start, uint32_t source_start, uint32_t length, bool exact);
  // Source offset of text offset `t` (identity when empty; t == text size maps
  // to the end of the last run).
  uint32_t ToSource(uint32_t t) const;
  bool identity() const { return runs_.empty(); }
  const std::vector<Run>& runs() const { return runs_; }

 private:
  std::vector<Run> runs_;
};

struct Document {
  std::string id;                   // unique per input document (see MakeDocumentId)
  std::string path;                 // input path as given; "-" for standard input
  std::optional<int64_t> line;      // JSON Lines: 1-based line of the record
  std::string format;               // "text" | "html" | "jsonl" | "warc"
  std::string content_hash;         // hex xxh3-128 of the normalised text
  std::optional<std::string> copy_of;  // id of the document this one copies
  std::optional<std::string> url, source, title, author;
  std::optional<std::string> date;         // publication date, YYYY-MM-DD
  std::optional<std::string> date_origin;  // "metadata" | "inferred"
  // For an inferred date, what it was inferred from: "text" (the report's
  // own words) or "story" (its weekday + month-day with the year of the
  // dated reports of its story); absent otherwise.
  std::optional<std::string> date_basis;
  std::string language = "un";      // ISO 639-1 ("en"), "un" when unknown
  std::string raw;                  // input bytes after decompression
  size_t raw_released = 0;          // raw.size() before ReleaseRaw (0 while raw is held)
  std::string text;                 // what the extractors read
  uint32_t body_start = 0;          // text bytes before this are a header (" date …")
  OffsetMap source_offsets;         // text -> raw; identity for plain text
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();  // unknown JSONL fields, kept

  bool english() const { return language == "en"; }
  // Size of the input bytes, whether or not `raw` is still held.
  size_t bytes() const { return raw.empty() ? raw_released : raw.size(); }
  // Frees `raw` once nothing reads it but its size (the analysis reads
  // `text`; `analyze` keeps only what fusion and the output still need).
  void ReleaseRaw() {
    if (raw.empty()) return;
    raw_released = raw.size();
    std::string().swap(raw);
  }
};

// Stable id of a document: 16 hex digits of a hash of its path, line and
// bytes, so byte-identical files at two paths get two ids.
std::string MakeDocumentId(const std::string& path, std::optional<int64_t> line,
                           const std::string& raw);

// Hash of the text with whitespace runs folded, lowercased ASCII: the
// `content_hash` that exact-copy detection keys on.
std::string ContentHash(const std::string& text);

// Id of the n-th record of a kind inside a document: prefix + doc id + "." + n
// ("q4f0c…​.3"). Every cross-reference in the JSON uses these.
std::string RecordId(char prefix, const std::string& doc_id, size_t n);

// The document's identity and metadata as JSON, in the order docs/OUTPUT.md
// lists them: id, path, line, format, content_hash, copy_of, source, title,
// url, author, date, date_origin, date_basis, language (absent strings are
// null). The
// JSON output and the store's API both start their document records with it.
nlohmann::ordered_json DocumentMetaJson(const Document& d);

}  // namespace crosscheck

#endif  // CROSSCHECK_CORE_DOCUMENT_H_
