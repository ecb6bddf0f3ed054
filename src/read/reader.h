// Readers: turn inputs (files, folders, standard input, in-memory buffers) in
// the forms people have them — plain text, HTML, JSON Lines, WARC, any of
// them gzip-compressed — into Documents with their provenance.
//
// Formats are detected from content (gzip magic, WARC header, JSON object per
// line, HTML tags) and then from the file name. One bad input never stops a
// batch: each rejected input (or JSON Lines line) becomes an Error naming the
// input and the line or byte offset, and the rest goes on.
// All functions are thread-compatible and keep no global state.
#ifndef CROSSCHECK_READ_READER_H_
#define CROSSCHECK_READ_READER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace crosscheck {

enum class InputFormat { kAuto, kText, kHtml, kJsonLines, kWarc };

// Limits on what one input may cost (docs/LIMITS.md lists them with their
// flags). Past a limit the document (or JSON Lines line, or WARC record) is
// rejected with an Error naming it and the limit; the rest goes on.
struct ReadLimits {
  // One document after decompression: a text or HTML file, a JSON Lines
  // line, a WARC record's block.
  size_t max_document_bytes = size_t{256} << 20;
  // One input after decompression (a file, standard input, a request body);
  // reading stops there, keeping the documents before it.
  uint64_t max_input_bytes = uint64_t{4} << 30;
  // Element nesting of an HTML page and nesting of JSON arrays and
  // objects. (HTML tree building costs time quadratic in the depth: 512 is
  // also where browsers stop nesting.)
  int max_depth = 512;
  // Members of one JSON object (each object of a JSON Lines line, and of
  // JSON-LD in HTML).
  size_t max_json_members = 10000;
  // Header block of one WARC record.
  size_t max_warc_header_bytes = size_t{64} << 10;
};

struct ReadOptions {
  // Decode input that is not valid UTF-8 as Windows-1252 instead of
  // rejecting it.
  bool windows1252 = false;
  ReadLimits limits;
  InputFormat format = InputFormat::kAuto;
  // Leave each document's id and content_hash empty and its language
  // "un" (the hashing and language detection are most of the reading time): the
  // caller calls FinishDocument on each before anything reads them, so
  // `analyze` does it on its analysis threads. The bytes the id hashes
  // (doc.raw) are kept until then as always.
  bool identify_later = false;
};

// Sets a document's id, content_hash and language from its path, line,
// raw bytes and final text: what the readers do for every document unless
// ReadOptions::identify_later. Thread-safe (each call its own document).
void FinishDocument(Document* doc);

struct ReadBatch {
  std::vector<Document> docs;   // in input order (folders: sorted by path)
  std::vector<Error> errors;    // rejected inputs; each names its input
  std::vector<Error> warnings;  // accepted with a caveat (unknown date format, …)
};

// Receives what the readers produce, in input order, as soon as each
// document is read (so a caller may analyse and drop documents as they come).
class ReadSink {
 public:
  virtual ~ReadSink() = default;
  virtual void OnDocument(Document doc) = 0;
  virtual void OnRejected(Error error) = 0;  // an input, line, record or entry left out
  virtual void OnWarning(Error warning) = 0;
};

// Reads files and folders (recursively, sorted by path, hidden files
// skipped, symbolic links to folders followed once); "-" reads standard
// input. Entries that cannot be read (unlistable folders, broken links,
// link loops, fifos and devices) are named in OnRejected().
void ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options, ReadSink* sink);
// The same, collected in a batch.
ReadBatch ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options = {});

// Reads one in-memory input named `name` (used in messages and as
// Document::path). Appends documents and errors to `batch`.
void ReadBuffer(std::string bytes, const std::string& name, const ReadOptions& options, ReadBatch* batch);

// A file name (raw bytes from the file system) as valid UTF-8 that keeps
// every byte: a byte outside valid UTF-8 becomes "\xHH" and a backslash
// "\\"; other names come back unchanged. Document::path and messages use it.
std::string EscapeFileName(std::string_view raw);

// Nesting depth of JSON text (arrays and objects; strings are skipped), and
// the most members seen in one object. The scan stops early once either
// passes its limit. Does not validate the JSON.
struct JsonShape {
  int depth = 0;
  size_t members = 0;
};
JsonShape ScanJsonShape(std::string_view json, int max_depth, size_t max_members);

}  // namespace crosscheck

#endif  // CROSSCHECK_READ_READER_H_
