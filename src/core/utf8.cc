#include "core/utf8.h"

namespace crosscheck {

namespace {
// Length of the valid sequence at s[i], or 0 when invalid.
size_t ValidSeqLen(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) return 1;
  auto cont = [&](size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return (i + 1 < n && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF && cont(2)) ? 3 : 0;
  if (c == 0xED) return (i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F && cont(2)) ? 3 : 0;
  if (c >= 0xE1 && c <= 0xEF) return (cont(1) && cont(2)) ? 3 : 0;
  if (c == 0xF0) return (i + 1 < n && p[i + 1] >= 0x90 && p[i + 1] <= 0xBF && cont(2) && cont(3)) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return (cont(1) && cont(2) && cont(3)) ? 4 : 0;
  if (c == 0xF4) return (i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x8F && cont(2) && cont(3)) ? 4 : 0;
  return 0;
}
}  // namespace

std::optional<size_t> FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // Fast path over ASCII, 8 bytes at a time.
    while (i + 8 <= s.size()) {
      uint64_t w;
      __builtin_memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= s.size()) break;
    size_t len = ValidSeqLen(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
  size_t l = ValidSeqLen(s, i);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  if (l == 0) { *len = 1; return 0xFFFD; }
  *len = l;
  switch (l) {
    case 1: return p[i];
    case 2: return ((p[i] & 0x1F) << 6) | (p[i + 1] & 0x3F);
    case 3: return ((p[i] & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    default:
      return ((p[i] & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) |
             (p[i + 3] & 0x3F);
  }
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string Windows1252ToUtf8(std::string_view in, OffsetMap* map) {
  // Code points of bytes 0x80..0x9F in Windows-1252 (0 = undefined -> U+FFFD).
  static constexpr char32_t kHigh[32] = {
      0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (size_t i = 0; i < in.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    size_t before = out.size();
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0xA0) {
      char32_t cp = kHigh[c - 0x80];
      AppendUtf8(cp ? cp : 0xFFFD, &out);
    } else {
      AppendUtf8(c, &out);
    }
    if (map) map->Append(static_cast<uint32_t>(before), static_cast<uint32_t>(i),
                         static_cast<uint32_t>(out.size() - before), out.size() - before == 1);
  }
  return out;
}

bool LooksBinary(std::string_view s) {
  size_t n = s.size() < 8192 ? s.size() : 8192;
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return n > 0 && control * 10 > n;  // more than 10% control bytes
}

}  // namespace crosscheck
