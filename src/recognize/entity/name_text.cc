#include "recognize/entity/name_text.h"

#include <array>
#include <cstdint>

#include "core/utf8.h"

namespace crosscheck {

namespace {
// Writes the lower-cased word to out[0, n) and returns n <= word.size():
// ASCII capitals lowered, U+2019 (’) turned into "'".
size_t LowerInto(std::string_view word, char* out) {
  size_t n = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') {
      out[n++] = static_cast<char>(c - 'A' + 'a');
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < word.size() &&
               static_cast<unsigned char>(word[i + 1]) == 0x80 &&
               static_cast<unsigned char>(word[i + 2]) == 0x99) {
      out[n++] = '\'';
      i += 2;
    } else {
      out[n++] = c;
    }
  }
  return n;
}
}  // namespace

void LowerWord(std::string_view word, std::string* out) {
  // Written through a pointer into a pre-sized buffer: this runs for many
  // tokens, and a push_back per byte dominated its cost.
  out->resize(word.size());
  out->resize(LowerInto(word, out->data()));
}

SmallLower::SmallLower(std::string_view word) {
  if (word.size() > kMax) return;
  view = std::string_view(buf, LowerInto(word, buf));
}

bool StartsUpperNonAscii(std::string_view w) {
  size_t len = 0;
  char32_t cp = DecodeUtf8(w, 0, &len);
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp < 0x180 && cp % 2 == 0) ||
         (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

bool AllUpperSlow(std::string_view w) {
  bool letter = false;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

namespace {
// Writes the collapsed shape of `word` (at most kShapeMax bytes) to out and
// returns its length.
constexpr size_t kShapeMax = 12;
// Shape class of an ASCII byte: X, x, d, or the byte itself.
constexpr auto kAsciiShape = [] {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c)
    t[c] = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : static_cast<char>(c);
  return t;
}();
// Calls emit(k) for each byte of the collapsed shape of `word` (at most
// kShapeMax) and returns their number.
template <class Emit>
size_t EachShapeByte(std::string_view word, Emit emit) {
  size_t n = 0;
  char last = 0;
  for (size_t i = 0; i < word.size() && n < kShapeMax; ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    char k;
    if (c < 0x80) {
      k = kAsciiShape[c];
    } else {
      if ((c & 0xC0) == 0x80) continue;  // continuation byte: same class as its lead
      k = (i == 0 && StartsUpper(word)) ? 'X' : 'x';
      if (c == 0xE2) k = '\'';           // typographic punctuation (’ “ ” –)
    }
    if (k != last || !(k == 'X' || k == 'x' || k == 'd')) {
      emit(k);
      ++n;
    }
    last = k;
  }
  return n;
}
// Writes the collapsed shape of `word` to out and returns its length.
size_t ShapeInto(std::string_view word, char* out) {
  return EachShapeByte(word, [&out](char k) { *out++ = k; });
}
}  // namespace

void WordShape(std::string_view word, std::string* out) {
  char buf[kShapeMax];
  out->assign(buf, ShapeInto(word, buf));
}

uint64_t WordShapeHash(std::string_view word) {
  // HashBytes of the shape, hashed as it is produced (FNV-1a is a stream).
  uint64_t h = HashBytes({});
  EachShapeByte(word, [&h](char k) { h = (h ^ static_cast<unsigned char>(k)) * 1099511628211ULL; });
  return h;
}

size_t PossessiveSuffixLength(std::string_view w) {
  auto letters_before = [&](size_t n) {
    if (w.size() <= n) return false;
    unsigned char c = static_cast<unsigned char>(w[w.size() - n - 1]);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  };
  if (w.size() >= 3 && (w.back() == 's' || w.back() == 'S') && w[w.size() - 2] == '\'' && letters_before(2))
    return 2;
  if (w.size() >= 5 && (w.back() == 's' || w.back() == 'S') && w.substr(w.size() - 4, 3) == "\xE2\x80\x99" &&
      letters_before(4))
    return 4;
  if (w.size() >= 3 && w.back() == '\'' && (w[w.size() - 2] == 's') && letters_before(1)) return 1;
  if (w.size() >= 5 && w.substr(w.size() - 3) == "\xE2\x80\x99" && w[w.size() - 4] == 's' && letters_before(3))
    return 3;
  return 0;
}

namespace {

// ASCII base letter of a Latin-1 / Latin Extended-A code point, or 0.
char FoldLatin(char32_t cp) {
  if (cp < 0x80) return static_cast<char>(cp);
  static const char kLatin1[] =  // U+00C0 .. U+00FF
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) {
    static const char kExtA[] =  // U+0100 .. U+017F
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
        "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    return kExtA[cp - 0x100];
  }
  return 0;
}

}  // namespace

std::string NameVariantKey(std::string_view name) {
  // The intermediate form lives in a per-thread buffer: only the result is
  // allocated (and not at all when it fits the short-string buffer).
  thread_local std::string base;
  base.clear();
  for (size_t i = 0; i < name.size();) {
    const unsigned char b = static_cast<unsigned char>(name[i]);
    size_t len = 1;
    char32_t cp = b < 0x80 ? b : DecodeUtf8(name, i, &len);
    if (len == 0) len = 1;
    i += len;
    char c = b < 0x80 ? static_cast<char>(b) : FoldLatin(cp);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') {
      base.push_back(c);
    } else if (cp == ' ' || cp == '-' || cp == '\t') {
      if (!base.empty() && base.back() != ' ') base.push_back(' ');
    }
    // apostrophes, periods and other marks are dropped
  }
  while (!base.empty() && base.back() == ' ') base.pop_back();
  std::string folded;
  folded.reserve(base.size());
  for (size_t i = 0; i < base.size(); ++i) {
    char c = base[i];
    char next = i + 1 < base.size() ? base[i + 1] : ' ';
    bool word_end = next == ' ';
    if (c == 'y') c = 'i';
    else if (c == 'w') c = 'v';
    else if (c == 'j' && word_end) c = 'i';
    else if (c == 'p' && next == 'h') { c = 'f'; ++i; }
    else if (c == 'c' && next == 'k') { c = 'k'; ++i; }
    else if (c == 'k' && next == 'h') { c = 'h'; ++i; }
    else if (c == 'o' && next == 'u') { c = 'u'; ++i; }
    if (!folded.empty() && folded.back() == c && c != ' ') continue;
    folded.push_back(c);
  }
  return folded;
}

namespace {
// The name needs no rewriting: no whitespace but single ASCII spaces between
// other bytes, and no lead byte of a non-breaking or thin space (a superset
// test: 0xC2 and 0xE2 open other characters too, which take the slow path).
// 1: a byte that sends a name to the slow path; 2: the ASCII space.
constexpr auto kSpaceByte = [] {
  std::array<uint8_t, 256> t{};
  for (unsigned char c : {'\t', '\n', '\r'}) t[c] = 1;
  t[0xC2] = t[0xE2] = 1;
  t[' '] = 2;
  return t;
}();
bool PlainSpacedAlready(std::string_view name) {
  if (name.empty()) return true;
  if (name.front() == ' ' || name.back() == ' ') return false;
  // Branch-free over the bytes: any slow byte, or two spaces in a row.
  unsigned bad = 0, prev = 0;
  for (char ch : name) {
    const unsigned k = kSpaceByte[static_cast<unsigned char>(ch)];
    bad |= (k & 1) | (k & prev);
    prev = k;
  }
  return bad == 0;
}
}  // namespace

std::string NameWithPlainSpaces(std::string_view name) {
  // Most names are already plain: one copy instead of a push_back per byte.
  if (PlainSpacedAlready(name)) return std::string(name);
  std::string out;
  out.reserve(name.size());
  bool space = false;
  for (size_t i = 0; i < name.size();) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    size_t n = 0;  // bytes of a space character at i
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') n = 1;
    else if (c == 0xC2 && i + 1 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0xA0) n = 2;
    else if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
             (static_cast<unsigned char>(name[i + 2]) == 0x89 || static_cast<unsigned char>(name[i + 2]) == 0xAF))
      n = 3;
    if (n) {
      space = true;
      i += n;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(name[i++]);
  }
  return out;
}

}  // namespace crosscheck
