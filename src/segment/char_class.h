// Code-point classes and UTF-8 stepping shared by the segmenter's passes
// (internal to src/segment). The classes are coarse on purpose: the
// segmenter only needs to tell spaces, letters, digits, punctuation and
// other symbols apart, and which letters are capitals, for English news
// text. Invalid UTF-8 bytes decode as U+FFFD (a "letter") one byte at a
// time, so every pass advances and every span stays inside the text.
// Pure inline functions; thread-safe.
#ifndef CROSSCHECK_SEGMENT_CHAR_CLASS_H_
#define CROSSCHECK_SEGMENT_CHAR_CLASS_H_

#include <cstddef>
#include <string_view>

#include "core/utf8.h"

namespace crosscheck::segment_internal {

inline bool IsSpaceCp(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0xA0 || c == 0x85 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}
inline bool IsAsciiAlpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLower(char32_t c) { return c >= 'a' && c <= 'z'; }

// Punctuation: ASCII marks that delimit text, general punctuation
// (U+2010..U+205E: dashes, curly quotes, ellipsis), guillemets, CJK marks.
inline bool IsPunctCp(char32_t c) {
  if (c < 0x80) {
    switch (c) {
      case '!': case '"': case '\'': case '(': case ')': case '*': case ',': case '-':
      case '.': case '/': case ':': case ';': case '?': case '[': case '\\': case ']':
      case '_': case '{': case '}':
        return true;
      default:
        return false;
    }
  }
  return (c >= 0x2010 && c <= 0x205E && c != 0x2028 && c != 0x2029 && c != 0x202F) || c == 0xAB ||
         c == 0xBB || c == 0xBF || c == 0xA1 || c == 0xB7 || c == 0xA7 || c == 0xB6 ||
         (c >= 0x3001 && c <= 0x303F);
}
// Symbols: the rest of ASCII punctuation ($ % # @ & + = < > ^ | ~ `),
// currency, marks such as © ° ± × ÷, arrows and technical signs, emoji.
inline bool IsSymbolCp(char32_t c) {
  if (c < 0x80) return c > ' ' && c != 0x7F && !IsAsciiAlpha(c) && !IsDigit(c) && !IsPunctCp(c);
  return (c >= 0x20A0 && c <= 0x20CF) || (c >= 0xA2 && c <= 0xA5) || c == 0xA6 || c == 0xA8 ||
         c == 0xA9 || c == 0xAC || c == 0xAE || c == 0xAF || c == 0xB0 || c == 0xB1 || c == 0xB4 ||
         c == 0xD7 || c == 0xF7 || (c >= 0x2100 && c <= 0x2BFF) || (c >= 0xE000 && c <= 0xF8FF) ||
         (c >= 0x1F000 && c <= 0x1FAFF) || c == 0xFE0F || c == 0x200D || (c >= 0x80 && c < 0xA0);
}
inline bool IsLetterCp(char32_t c) {
  if (c < 0x80) return IsAsciiAlpha(c);
  return !IsSpaceCp(c) && !IsPunctCp(c) && !IsSymbolCp(c);
}
inline bool IsWordCp(char32_t c) { return IsLetterCp(c) || IsDigit(c); }

// Capital letters: ASCII, Latin-1, Latin Extended-A (even code points),
// Greek and Cyrillic capitals.
inline bool IsUpperCp(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x100 && c < 0x138 && c % 2 == 0) ||
         (c >= 0x139 && c < 0x149 && c % 2 == 1) || (c >= 0x14A && c < 0x178 && c % 2 == 0) ||
         (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F);
}

inline bool IsApostropheCp(char32_t c) { return c == '\'' || c == 0x2019; }

// Code point at text[i] (i < text.size()).
inline char32_t CpAt(std::string_view text, size_t i, size_t* len) {
  unsigned char b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  return DecodeUtf8(text, i, len);
}

// Start of the code point that ends just before `i` (floor <= i). Walks
// back over at most three continuation bytes and accepts the lead byte only
// when it decodes to exactly that length; otherwise the previous byte stands
// alone (as DecodeUtf8 would treat it).
inline size_t PrevCpStart(std::string_view text, size_t i, size_t floor) {
  if (i <= floor) return floor;
  size_t k = i - 1;
  size_t limit = i >= floor + 4 ? i - 4 : floor;
  while (k > limit && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
  size_t len;
  DecodeUtf8(text, k, &len);
  return k + len == i ? k : i - 1;
}

// Code point before `i`, or 0 at `floor`.
inline char32_t CpBefore(std::string_view text, size_t i, size_t floor) {
  if (i <= floor) return 0;
  size_t k = PrevCpStart(text, i, floor);
  size_t len;
  return CpAt(text, k, &len);
}

}  // namespace crosscheck::segment_internal

#endif  // CROSSCHECK_SEGMENT_CHAR_CLASS_H_
