// Byte sources: buffers, file descriptors, gzip inflation and a look-ahead
// window. Inflation runs one 64 KiB output chunk at a time, so a gzip bomb
// costs only what the caller keeps of it.
#include "read/byte_source.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace crosscheck {

namespace {

constexpr size_t kChunk = size_t{64} << 10;

class Fd final : public ByteSource {
 public:
  Fd(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~Fd() override {
    if (owned_) ::close(fd_);
  }
  Result<size_t> Read(char* buf, size_t n) override {
    for (;;) {
      ssize_t k = ::read(fd_, buf, n);
      if (k >= 0) {
        at_ += static_cast<uint64_t>(k);
        return static_cast<size_t>(k);
      }
      if (errno == EINTR) continue;
      return Error{"read error at byte " + std::to_string(at_) + " (" + std::strerror(errno) + ")"};
    }
  }

 private:
  int fd_;
  bool owned_;
  uint64_t at_ = 0;
};

class Gzip final : public ByteSource {
 public:
  explicit Gzip(std::unique_ptr<ByteSource> in) : in_(std::move(in)), inbuf_(kChunk, '\0') {
    // 16 + MAX_WBITS: the gzip wrapper only.
    ok_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK;
  }
  ~Gzip() override {
    if (ok_) inflateEnd(&zs_);
  }
  Result<size_t> Read(char* buf, size_t n) override {
    if (!ok_) return Error{"gzip: cannot initialise zlib"};
    if (done_ || n == 0) return size_t{0};
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = static_cast<uInt>(std::min<size_t>(n, kChunk));
    const uInt want = zs_.avail_out;
    while (zs_.avail_out == want) {
      if (zs_.avail_in == 0 && !in_eof_) {
        auto k = in_->Read(inbuf_.data(), inbuf_.size());
        if (!k.ok()) return k.error();
        if (*k == 0) {
          in_eof_ = true;
        } else {
          zs_.next_in = reinterpret_cast<Bytef*>(inbuf_.data());
          zs_.avail_in = static_cast<uInt>(*k);
          consumed_ += *k;
        }
      }
      if (zs_.avail_in == 0 && in_eof_) {
        if (!member_started_) {  // clean end after a whole member
          done_ = true;
          break;
        }
        return Error{"gzip: truncated stream at byte " + std::to_string(consumed_)};
      }
      member_started_ = true;
      int rc = inflate(&zs_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        // Concatenated members (as in .warc.gz): start the next one.
        member_started_ = false;
        if (inflateReset(&zs_) != Z_OK) return Error{"gzip: cannot reset zlib"};
        continue;
      }
      if (rc == Z_BUF_ERROR) continue;  // needs more input
      if (rc != Z_OK) {
        uint64_t at = consumed_ - zs_.avail_in;
        return Error{"gzip: corrupt data near byte " + std::to_string(at) +
                     (zs_.msg ? std::string(" (") + zs_.msg + ")" : "")};
      }
    }
    return static_cast<size_t>(want - zs_.avail_out);
  }

 private:
  std::unique_ptr<ByteSource> in_;
  std::string inbuf_;
  z_stream zs_{};
  bool ok_ = false;
  bool in_eof_ = false;
  bool done_ = false;
  bool member_started_ = false;
  uint64_t consumed_ = 0;  // compressed bytes read so far
};

}  // namespace

std::unique_ptr<ByteSource> FdSource(int fd, bool owned) { return std::make_unique<Fd>(fd, owned); }
std::unique_ptr<ByteSource> GzipSource(std::unique_ptr<ByteSource> in) {
  return std::make_unique<Gzip>(std::move(in));
}

void PeekSource::Window::Reserve(size_t n) {
  if (n <= cap) return;
  // Grown geometrically (as std::string is), left uninitialised: the bytes
  // past `size` are read into before anything reads them. (std::string's
  // resize zeroed a 64 KiB chunk per read, twice per small file: more
  // instructions than the rest of reading it.)
  const size_t grown = std::max(n, 2 * cap);
  std::unique_ptr<char[]> bigger = std::make_unique_for_overwrite<char[]>(grown);
  if (size > 0) std::memcpy(bigger.get(), data.get(), size);
  data = std::move(bigger);
  cap = grown;
}

bool PeekSource::FillTo(size_t n) {
  if (memory_) return mem_.size() - pos_ >= n;
  while (buf_.size - pos_ < n && !eof_ && !error_) {
    if (pos_ > 0 && (pos_ >= kChunk || pos_ * 2 >= buf_.size)) {  // drop consumed bytes
      std::memmove(buf_.data.get(), buf_.data.get() + pos_, buf_.size - pos_);
      buf_.size -= pos_;
      pos_ = 0;
    }
    size_t old = buf_.size;
    size_t want = std::max(kChunk, n - (buf_.size - pos_));
    buf_.Reserve(old + want);
    auto k = in_->Read(buf_.data.get() + old, want);
    if (!k.ok()) {
      error_ = k.error();
      break;
    }
    buf_.size = old + *k;
    if (*k == 0) eof_ = true;
  }
  return buf_.size - pos_ >= n;
}

std::string_view PeekSource::Peek(size_t n) {
  if (memory_) return mem_.substr(pos_);
  FillTo(n);
  return buf_.view().substr(pos_);
}

void PeekSource::Consume(size_t n) {
  if (memory_) {
    n = std::min(n, mem_.size() - pos_);
    pos_ += n;
    offset_ += n;
    return;
  }
  n = std::min(n, buf_.size - pos_);
  pos_ += n;
  offset_ += n;
  if (pos_ == buf_.size) {
    buf_.size = 0;
    pos_ = 0;
  }
}

Result<size_t> PeekSource::Read(char* buf, size_t n) {
  std::string_view w = Peek(1);
  if (w.empty() && error_) return *error_;
  size_t k = std::min(n, w.size());
  std::memcpy(buf, w.data(), k);
  Consume(k);
  return k;
}

uint64_t PeekSource::SkipLine() {
  uint64_t dropped = 0;
  for (;;) {
    std::string_view w = Peek(1);
    if (w.empty()) return dropped;
    size_t nl = w.find('\n');
    size_t k = nl == std::string_view::npos ? w.size() : nl + 1;
    Consume(k);
    dropped += k;
    if (nl != std::string_view::npos) return dropped;
  }
}

uint64_t PeekSource::Skip(uint64_t n) {
  uint64_t dropped = 0;
  while (dropped < n) {
    std::string_view w = Peek(1);
    if (w.empty()) break;
    size_t k = static_cast<size_t>(std::min<uint64_t>(w.size(), n - dropped));
    Consume(k);
    dropped += k;
  }
  return dropped;
}

Result<std::string> ReadAtMost(PeekSource* src, size_t limit, std::string_view what) {
  std::string out;
  for (;;) {
    std::string_view w = src->Peek(1);
    if (w.empty()) break;
    if (out.size() + w.size() > limit)
      return Error{std::string(what) + " is larger than the limit of " + std::to_string(limit) + " bytes"};
    out.append(w);
    src->Consume(w.size());
  }
  if (src->error()) return *src->error();
  return out;
}

}  // namespace crosscheck
