#include "serve/ingest.h"

#include <cctype>

#include <nlohmann/json.hpp>

#include "read/reader.h"

namespace crosscheck::serve {

std::string MediaType(const std::string& content_type) {
  std::string t = content_type.substr(0, content_type.find(';'));
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
  size_t b = t.find_first_not_of(" \t");
  t = b == std::string::npos ? "" : t.substr(b);
  for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t;
}

namespace {

bool IsJsonLines(const std::string& t) {
  return t == "application/x-ndjson" || t == "application/jsonl" || t == "application/jsonlines" ||
         t == "application/x-jsonlines" || t == "application/ndjson";
}

ParseOutcome Fail(int status, std::string message) {
  ParseOutcome o;
  o.error = BodyError{status, std::move(message)};
  return o;
}

}  // namespace

ParseOutcome ParseIngestBody(const std::string& body, const std::string& content_type,
                             const std::string& name, size_t max_documents) {
  const std::string type = MediaType(content_type);
  ReadOptions options;
  std::string bytes;
  if (type == "application/json") {
    nlohmann::json j = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return Fail(400, "the body is not valid JSON");
    if (j.is_object()) j = nlohmann::json::array({j});
    if (!j.is_array()) return Fail(400, "expected a JSON object or an array of objects");
    if (j.empty()) return Fail(400, "the array holds no document");
    if (j.size() > max_documents)
      return Fail(400, "at most " + std::to_string(max_documents) + " documents per request");
    for (size_t i = 0; i < j.size(); ++i) {
      if (!j[i].is_object())
        return Fail(400, "element " + std::to_string(i) + " is not a JSON object");
      bool has_text = j[i].contains("text") && j[i]["text"].is_string();
      bool has_html = j[i].contains("html") && j[i]["html"].is_string();
      if (!has_text && !has_html)
        return Fail(400, "element " + std::to_string(i) + " has neither \"text\" nor \"html\"");
      bytes += j[i].dump() + "\n";  // dump() escapes newlines: one object per line
    }
    options.format = InputFormat::kJsonLines;
  } else if (IsJsonLines(type)) {
    bytes = body;
    options.format = InputFormat::kJsonLines;
  } else if (type == "text/plain") {
    bytes = body;
    options.format = InputFormat::kText;
  } else if (type == "text/html") {
    bytes = body;
    options.format = InputFormat::kHtml;
  } else {
    return Fail(415, "unsupported Content-Type \"" + (type.empty() ? std::string("(none)") : type) +
                         "\"; use application/json, application/x-ndjson, text/plain or text/html");
  }
  if (body.find_first_not_of(" \t\r\n") == std::string::npos) return Fail(400, "the body is empty");
  ReadBatch batch;
  const std::string format = options.format == InputFormat::kJsonLines ? "jsonl"
                             : options.format == InputFormat::kHtml    ? "html"
                                                                       : "text";
  std::string kept = bytes;
  ReadBuffer(std::move(bytes), name, options, &batch);
  if (batch.docs.size() > max_documents)
    return Fail(400, "at most " + std::to_string(max_documents) + " documents per request");
  if (batch.docs.empty()) {
    std::string msg = "no document could be read from the body";
    for (size_t i = 0; i < batch.errors.size() && i < 3; ++i) msg += "; " + batch.errors[i].message;
    return Fail(400, msg);
  }
  ParseOutcome o;
  o.parsed.docs = std::move(batch.docs);
  o.parsed.errors = std::move(batch.errors);
  o.parsed.bytes = std::move(kept);
  o.parsed.format = format;
  return o;
}

}  // namespace crosscheck::serve
