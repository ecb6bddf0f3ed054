// Ingest bodies: turns the body of POST /api/documents into Documents.
//
// Accepted forms, chosen by Content-Type (parameters such as charset are
// ignored):
//   application/json           one object {url, source, title, date, text|html}
//                              or an array of such objects
//   application/x-ndjson, application/jsonl, application/jsonlines,
//   application/x-jsonlines    JSON Lines, one object per line
//   text/plain                 one plain-text report (a leading " date
//                              YYYY-MM-DD" line is read as its date)
//   text/html                  one HTML page
// Objects go through the project reader (src/read), so the fields and the
// text extraction are the same as for `crosscheck analyze`.
// Pure functions; thread-safe.
#ifndef CROSSCHECK_SERVE_INGEST_H_
#define CROSSCHECK_SERVE_INGEST_H_

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace crosscheck::serve {

struct ParsedBody {
  std::vector<Document> docs;
  std::vector<Error> errors;  // rejected records (each names its line)
  // What the reader read, and as which format ("text", "html", "jsonl"): a
  // JSON body becomes one object per line. A work queue carries these, so a
  // worker reads the same documents (same ids) as the server did.
  std::string bytes;
  std::string format;
};

// HTTP status a bad body maps to: 400 (malformed) or 415 (content type).
struct BodyError {
  int status = 400;
  std::string message;
};

// Parses `body`; a body that cannot be read as a whole (bad JSON, wrong
// content type, nothing in it) is a BodyError. `name` names the request in
// document paths and messages ("api/3").
struct ParseOutcome {
  ParsedBody parsed;
  std::optional<BodyError> error;
};
ParseOutcome ParseIngestBody(const std::string& body, const std::string& content_type,
                             const std::string& name, size_t max_documents = 10000);

// The media type of a Content-Type header, lowercased, parameters dropped.
std::string MediaType(const std::string& content_type);

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_INGEST_H_
