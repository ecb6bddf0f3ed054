#include "segment/tokenizer.h"

#include <array>

#include "segment/abbreviations.h"
#include "segment/char_class.h"

namespace crosscheck::segment_internal {

namespace {

// ASCII letters and digits: the bytes the word loop can take without
// decoding.
constexpr auto kAsciiWord = [] {
  std::array<bool, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = true;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = true;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = true;
  return t;
}();

class Tokenizer {
 public:
  Tokenizer(std::string_view text, size_t end, std::vector<Token>* out) : text_(text), end_(end), out_(out) {}

  void Run(size_t i) {
    while (i < end_) {
      unsigned char b = static_cast<unsigned char>(text_[i]);
      if (b == ' ' || b == '\n') {
        ++i;
        continue;
      }
      size_t len;
      char32_t c = CpAt(text_, i, &len);
      if (IsSpaceCp(c)) {
        i += len;
      } else if (IsDigit(c)) {
        i = Number(i);
      } else if (IsLetterCp(c)) {
        i = Word(i);
      } else {
        size_t j = i + len;
        if (c == '.' || c == '-') {
          while (j < end_ && text_[j] == static_cast<char>(c)) ++j;
        }
        Emit(i, j, IsPunctCp(c) ? TokenKind::kPunct : TokenKind::kSymbol);
        i = j;
      }
    }
  }

 private:
  void Emit(size_t b, size_t e, TokenKind kind) {
    out_->push_back(Token{Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)}, kind});
  }
  char Byte(size_t i) const { return i < end_ ? text_[i] : '\0'; }
  bool AsciiDigitAt(size_t i) const { return i < end_ && IsDigit(static_cast<unsigned char>(text_[i])); }

  size_t Number(size_t i) {
    size_t b = i;
    while (i < end_) {
      char c = text_[i];
      if (IsDigit(static_cast<unsigned char>(c))) {
        ++i;
      } else if ((c == ',' || c == '.') && AsciiDigitAt(i + 1)) {
        i += 1;
      } else {
        break;
      }
    }
    // A glued suffix ("3rd", "10km", "1.2bn", "9/11" is not glued) makes a word.
    size_t j = i;
    while (j < end_) {
      size_t len;
      char32_t c = CpAt(text_, j, &len);
      if (!IsLetterCp(c) && !IsDigit(c)) break;
      j += len;
    }
    if (j > i) {
      Emit(b, j, TokenKind::kWord);
      return j;
    }
    Emit(b, i, TokenKind::kNumber);
    return i;
  }

  size_t Word(size_t i) {
    const size_t b = i;
    size_t seg_start = i;  // start of the current period-separated segment
    bool has_period = false;
    while (i < end_) {
      if (kAsciiWord[static_cast<unsigned char>(text_[i])]) {
        ++i;
        continue;
      }
      size_t len;
      char32_t c = CpAt(text_, i, &len);
      if (IsWordCp(c)) {
        i += len;
        continue;
      }
      if ((IsApostropheCp(c) || c == '-') && i + len < end_) {
        size_t l2;
        char32_t n = CpAt(text_, i + len, &l2);
        if (IsLetterCp(n) || (c == '-' && IsDigit(n))) {
          i += len;
          continue;
        }
      }
      // Acronym periods: single letters separated by periods ("U.N", "a.m").
      if (c == '.' && i - seg_start == 1 && i + 1 < end_) {
        unsigned char n = static_cast<unsigned char>(text_[i + 1]);
        size_t after = i + 2;
        bool single_after = IsAsciiAlpha(n) && (after >= end_ || text_[after] == '.' ||
                                                !IsWordCp(CpAt(text_, after, &len)));
        if (single_after) {
          has_period = true;
          i += 1;
          seg_start = i;
          continue;
        }
      }
      break;
    }
    return FinishWord(b, i, has_period);
  }

  // A final period stays on initials, acronyms and listed abbreviations
  // (not when it starts an ellipsis).
  size_t FinishWord(size_t b, size_t i, bool has_period) {
    if (Byte(i) == '.' && Byte(i + 1) != '.') {
      std::string_view word = text_.substr(b, i - b);
      size_t len;
      char32_t first = CpAt(text_, b, &len);
      bool initial = len == word.size() && IsUpperCp(first);
      if (has_period || initial || LookupAbbreviation(word) != AbbrevKind::kNone) {
        size_t e = i + 1;
        // "U.S.-led": the hyphenated word goes on.
        if (has_period && Byte(e) == '-' && e + 1 < end_ && IsLetterCp(CpAt(text_, e + 1, &len))) {
          e = ContinueHyphenated(e);
        }
        Emit(b, e, TokenKind::kWord);
        return e;
      }
    }
    Emit(b, i, TokenKind::kWord);
    return i;
  }

  // Consumes "-word" runs starting at the hyphen at `i`.
  size_t ContinueHyphenated(size_t i) {
    while (i < end_) {
      size_t len;
      char32_t c = CpAt(text_, i, &len);
      if (IsWordCp(c)) {
        i += len;
      } else if ((c == '-' || IsApostropheCp(c)) && i + len < end_) {
        size_t l2;
        if (!IsWordCp(CpAt(text_, i + len, &l2))) break;
        i += len;
      } else {
        break;
      }
    }
    return i;
  }

  std::string_view text_;
  size_t end_;
  std::vector<Token>* out_;
};

}  // namespace

void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  Tokenizer(text, end, out).Run(begin);
}

}  // namespace crosscheck::segment_internal
