// HTTP/1.1 request framing for the server's front (server_front.h): where a
// request's head ends, how long its body is, and whether it may be read at
// all. The front buffers a whole request with these before any worker
// thread sees it, so a slow or hostile client costs a buffer, never a
// thread; cpp-httplib then parses the buffered request as usual.
//
// Strict on purpose (RFC 9112 allows it): lines end with CRLF; no obsolete
// line folding; Content-Length and Transfer-Encoding together, differing
// Content-Lengths, or a transfer coding other than "chunked" are refused,
// so the front and cpp-httplib can never disagree about where a request
// ends (request smuggling). Pure functions and value types; thread-safe.
#ifndef CROSSCHECK_SERVE_SERVER_HTTP_H_
#define CROSSCHECK_SERVE_SERVER_HTTP_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck::serve {

struct HttpLimits {
  size_t max_head_bytes = size_t{16} << 10;  // request line + header fields
  size_t max_header_fields = 100;
  size_t max_target_bytes = 8000;            // the request target (path and query)
  size_t max_body_bytes = size_t{16} << 20;  // a body as sent (and, decompressed, by the handler)
};

struct RequestHead {
  std::string method, target, version;
  std::vector<std::pair<std::string, std::string>> fields;  // names lowercased, in order
  size_t head_bytes = 0;        // request line + fields + the blank line
  uint64_t content_length = 0;  // body bytes when not chunked
  bool chunked = false;
  bool keep_alive = true;       // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with keep-alive
  bool expect_continue = false;
  // The first value of `name` (lowercase), or "".
  std::string Field(std::string_view name) const;
};

struct HeadScan {
  enum class Kind { kIncomplete, kComplete, kReject };
  Kind kind = Kind::kIncomplete;
  RequestHead head;       // kComplete
  int status = 0;         // kReject: 400, 413, 414, 417, 431, 501, 505
  std::string message;    // kReject
};

// Scans the start of `buf` (what a connection sent since its last request
// ended; blank lines before a request line are skipped and counted in
// head_bytes).
HeadScan ScanRequestHead(std::string_view buf, const HttpLimits& limits);

// The head again, without the fields the front has dealt with itself:
// "Expect" (the front answers 100-continue), and "Range" on an /api/ path
// or when it asks for more than one range (the response is then the whole
// resource, which RFC 9110 allows). REQUIRES: `head` came from ScanRequestHead over `raw`.
std::string RewriteHead(std::string_view raw, const RequestHead& head);

// Incremental scan of a chunked body: Feed() the bytes after the head, in
// pieces as they arrive; it finds where the body (with its trailer fields)
// ends and refuses bodies whose data exceeds the limit.
class ChunkedScanner {
 public:
  enum class State { kMore, kDone, kError };
  explicit ChunkedScanner(const HttpLimits& limits) : limits_(limits) {}
  // Scans `bytes`, which continue the body where the last call stopped;
  // returns the state. On kDone, end() is the body's length on the wire
  // from its first byte.
  State Feed(std::string_view bytes);
  uint64_t end() const { return end_; }
  uint64_t data_bytes() const { return data_; }
  int status() const { return status_; }  // kError: 400 or 413
  const std::string& message() const { return message_; }

 private:
  State Fail(int status, std::string message);
  enum class Phase { kSize, kData, kDataEnd, kTrailer, kDone };
  HttpLimits limits_;
  Phase phase_ = Phase::kSize;
  std::string line_;       // the line being read (size or trailer)
  uint64_t remaining_ = 0; // data bytes left in this chunk
  uint64_t data_ = 0, at_ = 0, end_ = 0, trailer_bytes_ = 0;
  int status_ = 0;
  std::string message_;
};

// True when `s` is valid UTF-8 without NUL bytes (for a decoded path or
// query value: anything else is a 400, never a 500 further on).
bool IsCleanText(std::string_view s);

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_SERVER_HTTP_H_
