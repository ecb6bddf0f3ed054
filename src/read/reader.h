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

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace crosscheck {

enum class InputFormat { kAuto, kText, kHtml, kJsonLines, kWarc };

struct ReadOptions {
  // Decode input that is not valid UTF-8 as Windows-1252 instead of
  // rejecting it.
  bool windows1252 = false;
  // Inputs larger than this (after decompression) are rejected.
  size_t max_bytes = size_t{1} << 30;
  InputFormat format = InputFormat::kAuto;
};

struct ReadBatch {
  std::vector<Document> docs;   // in input order (folders: sorted by path)
  std::vector<Error> errors;    // rejected inputs; each names its input
  std::vector<Error> warnings;  // accepted with a caveat (unknown date format, …)
};

// Reads files and folders (recursively, sorted by path, hidden files
// skipped); "-" reads standard input.
ReadBatch ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options = {});

// Reads one in-memory input named `name` (used in messages and as
// Document::path). Appends documents and errors to `batch`.
void ReadBuffer(std::string bytes, const std::string& name, const ReadOptions& options, ReadBatch* batch);

}  // namespace crosscheck

#endif  // CROSSCHECK_READ_READER_H_
