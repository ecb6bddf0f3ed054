#include <zlib.h>

#include "read/formats.h"

namespace crosscheck {

Result<std::string> Gunzip(std::string_view in, size_t max_bytes) {
  std::string out;
  z_stream zs{};
  // 16 + MAX_WBITS: gzip wrapper only.
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return Error{"gzip: cannot initialise zlib"};
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[1 << 16];
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    int rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&zs);
      return Error{"gzip: decompressed size exceeds the limit of " + std::to_string(max_bytes) + " bytes"};
    }
    if (rc == Z_STREAM_END) {
      // Concatenated members (as in .warc.gz): start the next one.
      if (zs.avail_in == 0) break;
      size_t consumed = in.size() - zs.avail_in;
      if (inflateReset(&zs) != Z_OK) break;
      (void)consumed;
      continue;
    }
    if (rc != Z_OK) {
      size_t at = in.size() - zs.avail_in;
      inflateEnd(&zs);
      if (rc == Z_BUF_ERROR && zs.avail_in == 0)
        return Error{"gzip: truncated stream at byte " + std::to_string(at)};
      return Error{"gzip: corrupt data near byte " + std::to_string(at) + (zs.msg ? std::string(" (") + zs.msg + ")" : "")};
    }
  }
  inflateEnd(&zs);
  return out;
}

}  // namespace crosscheck
