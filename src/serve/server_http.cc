// Request framing. ScanRequestHead looks for the blank line that ends the
// head, refusing as early as it can (a head past its limit is refused before
// its end arrives); it then checks the request line and each field, and
// derives the body's framing. ChunkedScanner is a small state machine over
// chunk-size lines, chunk data and its CRLF, and the trailer fields.
#include "serve/server_http.h"

#include <algorithm>
#include <cctype>

#include "core/utf8.h"

namespace crosscheck::serve {

namespace {

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

std::string_view TrimOws(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  return v;
}

bool IsTokenChar(unsigned char c) {
  if (std::isalnum(c)) return true;
  switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '.':
    case '^': case '_': case '`': case '|': case '~':
      return true;
    default:
      return false;
  }
}

bool IsToken(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (!IsTokenChar(c)) return false;
  return true;
}

HeadScan Reject(int status, std::string message) {
  HeadScan s;
  s.kind = HeadScan::Kind::kReject;
  s.status = status;
  s.message = std::move(message);
  return s;
}

// Comma-separated list members, lowercased and trimmed.
std::vector<std::string> ListMembers(std::string_view v) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= v.size()) {
    size_t c = v.find(',', pos);
    if (c == std::string_view::npos) c = v.size();
    std::string_view m = TrimOws(v.substr(pos, c - pos));
    if (!m.empty()) out.push_back(Lower(m));
    pos = c + 1;
  }
  return out;
}

size_t CountRanges(std::string_view v) {
  v = TrimOws(v);
  if (v.substr(0, 6) != "bytes=") return 0;
  return ListMembers(v.substr(6)).size();
}

}  // namespace

std::string RequestHead::Field(std::string_view name) const {
  for (const auto& [n, v] : fields)
    if (n == name) return v;
  return "";
}

HeadScan ScanRequestHead(std::string_view buf, const HttpLimits& limits) {
  size_t start = 0;
  while (start + 1 < buf.size() && buf[start] == '\r' && buf[start + 1] == '\n') {
    start += 2;
    if (start > 64) return Reject(400, "blank lines instead of a request");
  }
  // The request line first: a long target is a 414, whatever follows.
  size_t eol = buf.find("\r\n", start);
  size_t line_len = (eol == std::string_view::npos ? buf.size() : eol) - start;
  if (line_len > limits.max_target_bytes + 32)
    return Reject(414, "request line longer than " + std::to_string(limits.max_target_bytes) + " bytes");
  size_t end = buf.find("\r\n\r\n", start);
  if (end == std::string_view::npos) {
    if (buf.find("\n\n", start) != std::string_view::npos || buf.find("\n\r\n", start) != std::string_view::npos)
      return Reject(400, "request head lines must end with CRLF");
    if (buf.size() - start > limits.max_head_bytes)
      return Reject(431, "request head larger than " + std::to_string(limits.max_head_bytes) + " bytes");
    return HeadScan{};
  }
  if (end + 4 - start > limits.max_head_bytes)
    return Reject(431, "request head larger than " + std::to_string(limits.max_head_bytes) + " bytes");
  std::string_view head = buf.substr(start, end + 2 - start);  // every line with its CRLF
  HeadScan out;
  RequestHead& h = out.head;
  h.head_bytes = end + 4;
  size_t pos = 0;
  bool first = true;
  bool have_length = false, have_te = false;
  while (pos < head.size()) {
    size_t eol = head.find("\r\n", pos);
    std::string_view line = head.substr(pos, eol - pos);
    pos = eol + 2;
    if (line.find('\n') != std::string_view::npos || line.find('\r') != std::string_view::npos ||
        line.find('\0') != std::string_view::npos)
      return Reject(400, "a bare CR, LF or NUL in the request head");
    if (first) {
      first = false;
      size_t sp1 = line.find(' '), sp2 = line.rfind(' ');
      if (sp1 == std::string_view::npos || sp1 == sp2) return Reject(400, "malformed request line");
      h.method = std::string(line.substr(0, sp1));
      h.target = std::string(line.substr(sp1 + 1, sp2 - sp1 - 1));
      h.version = std::string(line.substr(sp2 + 1));
      if (!IsToken(h.method)) return Reject(400, "malformed method");
      if (h.target.empty() || h.target.find(' ') != std::string::npos) return Reject(400, "malformed request target");
      for (unsigned char c : h.target)
        if (c < 0x21 || c == 0x7F) return Reject(400, "a control byte in the request target");
      if (h.target.size() > limits.max_target_bytes)
        return Reject(414, "request target longer than " + std::to_string(limits.max_target_bytes) + " bytes");
      if (h.version != "HTTP/1.1" && h.version != "HTTP/1.0") {
        if (h.version.rfind("HTTP/", 0) == 0) return Reject(505, "only HTTP/1.0 and HTTP/1.1 are served");
        return Reject(400, "malformed request line");
      }
      h.keep_alive = h.version == "HTTP/1.1";
      continue;
    }
    if (line.empty()) break;
    if (line[0] == ' ' || line[0] == '\t') return Reject(400, "obsolete line folding in a header field");
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || !IsToken(line.substr(0, colon)))
      return Reject(400, "malformed header field");
    if (h.fields.size() >= limits.max_header_fields)
      return Reject(431, "more than " + std::to_string(limits.max_header_fields) + " header fields");
    std::string name = Lower(line.substr(0, colon));
    std::string_view value = TrimOws(line.substr(colon + 1));
    if (name == "content-length") {
      if (value.empty() || value.size() > 18 || value.find_first_not_of("0123456789") != std::string_view::npos)
        return Reject(400, "malformed Content-Length");
      uint64_t n = std::stoull(std::string(value));
      if (have_length && n != h.content_length) return Reject(400, "differing Content-Length fields");
      have_length = true;
      h.content_length = n;
    } else if (name == "transfer-encoding") {
      have_te = true;
      std::vector<std::string> codings = ListMembers(value);
      if (codings.size() != 1 || codings[0] != "chunked")
        return Reject(501, "only the \"chunked\" transfer coding is accepted");
      h.chunked = true;
    } else if (name == "connection") {
      for (const std::string& m : ListMembers(value)) {
        if (m == "close") h.keep_alive = false;
        else if (m == "keep-alive" && h.version == "HTTP/1.0") h.keep_alive = true;
      }
    } else if (name == "expect") {
      if (Lower(value) != "100-continue") return Reject(417, "only \"Expect: 100-continue\" is understood");
      h.expect_continue = true;
    }
    h.fields.emplace_back(std::move(name), std::string(value));
  }
  if (have_te && have_length) return Reject(400, "both Content-Length and Transfer-Encoding");
  if (h.chunked && h.version == "HTTP/1.0") return Reject(400, "chunked body in an HTTP/1.0 request");
  if (h.content_length > limits.max_body_bytes)
    return Reject(413, "body of " + std::to_string(h.content_length) + " bytes is larger than the limit of " +
                           std::to_string(limits.max_body_bytes) + " bytes");
  h.head_bytes = end + 4;
  out.kind = HeadScan::Kind::kComplete;
  return out;
}

std::string RewriteHead(std::string_view raw, const RequestHead& head) {
  std::string out;
  out.reserve(head.head_bytes);
  size_t pos = 0;
  while (pos + 1 < raw.size() && raw[pos] == '\r' && raw[pos + 1] == '\n') pos += 2;
  // A JSON answer is never cut by a Range (cpp-httplib would send the part
  // with status 200); files keep a single range.
  std::string path = head.target.substr(0, head.target.find('?'));
  const bool api = path == "/api" || path.rfind("/api/", 0) == 0;
  bool first = true;
  while (pos < head.head_bytes) {
    size_t eol = raw.find("\r\n", pos);
    std::string_view line = raw.substr(pos, eol + 2 - pos);
    pos = eol + 2;
    if (!first && line.size() > 2) {
      size_t colon = line.find(':');
      std::string name = Lower(line.substr(0, colon));
      if (name == "expect") continue;
      if (name == "range" && (api || CountRanges(line.substr(colon + 1)) != 1)) continue;
    }
    first = false;
    out.append(line);
  }
  return out;
}

ChunkedScanner::State ChunkedScanner::Fail(int status, std::string message) {
  status_ = status;
  message_ = std::move(message);
  return State::kError;
}

ChunkedScanner::State ChunkedScanner::Feed(std::string_view bytes) {
  if (status_) return State::kError;
  size_t i = 0;
  while (i < bytes.size()) {
    if (phase_ == Phase::kDone) return State::kDone;
    if (phase_ == Phase::kData) {
      size_t k = static_cast<size_t>(std::min<uint64_t>(remaining_, bytes.size() - i));
      i += k;
      at_ += k;
      remaining_ -= k;
      if (remaining_ == 0) phase_ = Phase::kDataEnd;
      continue;
    }
    // Line-oriented phases: collect up to CRLF.
    char c = bytes[i++];
    ++at_;
    line_.push_back(c);
    if (phase_ == Phase::kTrailer && ++trailer_bytes_ > limits_.max_head_bytes)
      return Fail(431, "chunked trailer larger than " + std::to_string(limits_.max_head_bytes) + " bytes");
    if (line_.size() > 1024 && phase_ != Phase::kTrailer) return Fail(400, "chunk-size line too long");
    if (c != '\n') continue;
    if (line_.size() < 2 || line_[line_.size() - 2] != '\r') return Fail(400, "chunk line not ended by CRLF");
    std::string_view line(line_.data(), line_.size() - 2);
    switch (phase_) {
      case Phase::kSize: {
        std::string_view size = line.substr(0, line.find(';'));
        size = TrimOws(size);
        if (size.empty() || size.size() > 15 || size.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos)
          return Fail(400, "malformed chunk size");
        uint64_t n = std::stoull(std::string(size), nullptr, 16);
        if (data_ + n > limits_.max_body_bytes)
          return Fail(413, "chunked body larger than the limit of " + std::to_string(limits_.max_body_bytes) + " bytes");
        data_ += n;
        remaining_ = n;
        phase_ = n == 0 ? Phase::kTrailer : Phase::kData;
        break;
      }
      case Phase::kDataEnd:
        if (!line.empty()) return Fail(400, "chunk data longer than its size");
        phase_ = Phase::kSize;
        break;
      case Phase::kTrailer:
        if (line.empty()) {
          phase_ = Phase::kDone;
          end_ = at_;
          line_.clear();
          return State::kDone;
        }
        break;
      default:
        break;
    }
    line_.clear();
  }
  return phase_ == Phase::kDone ? State::kDone : State::kMore;
}

bool IsCleanText(std::string_view s) {
  return !FirstInvalidUtf8(s) && s.find('\0') == std::string_view::npos;
}

}  // namespace crosscheck::serve
