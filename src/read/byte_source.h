// Internal to src/read: inputs read in bounded chunks. A ByteSource hands out
// an input's bytes in order (a file, standard input, or another source
// inflated from gzip; a PeekSource also reads a buffer in place), so no reader ever needs an input whole in
// memory: a text or HTML document is read up to the document limit, JSON
// Lines line by line, WARC record by record.
//
// A source is used by one thread at a time. Errors (an unreadable file, a
// corrupt or truncated gzip stream, an input past its limit) are Errors whose
// message says where (byte offsets count from the start of the source);
// callers prepend the input's name.
#ifndef CROSSCHECK_READ_BYTE_SOURCE_H_
#define CROSSCHECK_READ_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace crosscheck {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`; 0 means the end of the input.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
};

// A file descriptor (a regular file or standard input); owns and closes it
// when `owned`.
std::unique_ptr<ByteSource> FdSource(int fd, bool owned);

// gzip (one or more members, as in .warc.gz) inflated from `in`.
std::unique_ptr<ByteSource> GzipSource(std::unique_ptr<ByteSource> in);

// A source with look-ahead: Peek() fills the window to at least `n` bytes
// (fewer at the end), Consume() drops bytes from its front. The window holds
// only what was peeked and not consumed, so memory stays bounded by the
// largest Peek. offset() is the source offset of the window's first byte.
// A PeekSource is itself a ByteSource (its window first, then the rest), so
// a peeked input can be handed on, e.g. to GzipSource.
class PeekSource final : public ByteSource {
 public:
  explicit PeekSource(std::unique_ptr<ByteSource> in) : in_(std::move(in)) {}
  // Over a buffer that outlives the source: the window is a view into it,
  // nothing is copied.
  explicit PeekSource(std::string_view memory) : mem_(memory), memory_(true) {}
  Result<size_t> Read(char* buf, size_t n) override;
  // The window after trying to hold `n` bytes; shorter only at the end of
  // the input or on a read error (then error() is set).
  std::string_view Peek(size_t n);
  void Consume(size_t n);
  // Drops bytes up to and including the next "\n" (or to the end), reading
  // on as needed but keeping nothing; returns how many were dropped.
  uint64_t SkipLine();
  // Drops exactly `n` bytes (fewer at the end); returns how many.
  uint64_t Skip(uint64_t n);
  bool AtEnd() { return Peek(1).empty(); }
  uint64_t offset() const { return offset_; }
  const std::optional<Error>& error() const { return error_; }

 private:
  bool FillTo(size_t n);
  std::unique_ptr<ByteSource> in_;
  std::string_view mem_;  // memory mode: the window is mem_[pos_, end)
  bool memory_ = false;
  // The bytes read and not yet dropped: a std::string's buffer, but not
  // zeroed when it grows (FillTo reads into the new room at once).
  struct Window {
    std::unique_ptr<char[]> data;
    size_t size = 0, cap = 0;
    void Reserve(size_t n);
    std::string_view view() const { return std::string_view(data.get(), size); }
  };
  Window buf_;
  size_t pos_ = 0;        // window is buf_[pos_, size)
  uint64_t offset_ = 0;   // source offset of buf_[pos_]
  bool eof_ = false;
  std::optional<Error> error_;
};

// Reads the rest of `src` into a string; fails once it holds more than
// `limit` bytes (the message gives the limit and names `what`).
Result<std::string> ReadAtMost(PeekSource* src, size_t limit, std::string_view what);

}  // namespace crosscheck

#endif  // CROSSCHECK_READ_BYTE_SOURCE_H_
