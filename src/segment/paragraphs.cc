#include "segment/paragraphs.h"

#include <cstring>

#include "segment/char_class.h"

namespace crosscheck::segment_internal {

namespace {

// Trims whitespace code points from both ends of [*b, *e).
void Trim(std::string_view text, size_t* b, size_t* e) {
  size_t len;
  while (*b < *e && IsSpaceCp(CpAt(text, *b, &len))) *b += len;
  while (*e > *b) {
    size_t k = PrevCpStart(text, *e, *b);
    if (!IsSpaceCp(CpAt(text, k, &len))) break;
    *e = k;
  }
}

// True when a line ending in `last` may be a hard-wrapped sentence.
bool EndsOpen(char32_t last) {
  switch (last) {
    case '.': case '!': case '?': case ':': case ';': case '"': case '\'': case ')': case ']':
    case 0x2019: case 0x201D: case 0x2026: case 0xBB:
      return false;
    default:
      return true;
  }
}

bool StartsContinuation(char32_t first) {
  return IsAsciiLower(first) || IsDigit(first) || first == ',' ||
         (first >= 0xDF && first <= 0xFF && first != 0xF7);
}

}  // namespace

void SplitParagraphs(std::string_view text, size_t begin, std::vector<Paragraph>* out) {
  bool open = false;
  bool prev_blank = true;
  size_t cur_b = 0, cur_e = 0;
  auto flush = [&] {
    if (open) out->push_back(Paragraph{Span{static_cast<uint32_t>(cur_b), static_cast<uint32_t>(cur_e)}});
    open = false;
  };
  size_t i = begin;
  const size_t n = text.size();
  while (i < n) {
    const void* nl = std::memchr(text.data() + i, '\n', n - i);
    size_t line_end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : n;
    size_t b = i, e = line_end;
    Trim(text, &b, &e);
    i = line_end + 1;
    if (b == e) {
      flush();
      prev_blank = true;
      continue;
    }
    if (open && !prev_blank) {
      size_t len;
      char32_t last = CpBefore(text, cur_e, cur_b);
      char32_t first = CpAt(text, b, &len);
      if (EndsOpen(last) && StartsContinuation(first)) {
        cur_e = e;  // hard-wrapped line: same paragraph
        continue;
      }
      flush();
    }
    if (!open) {
      cur_b = b;
      open = true;
    }
    cur_e = e;
    prev_blank = false;
  }
  flush();
}

}  // namespace crosscheck::segment_internal
