// The numeral lexer. Digit numbers are the subtle part; the rules, in order:
//
//  * Separators. A run of digits may continue with "," or "." followed by a
//    digit, or with a single space / no-break space / narrow no-break space
//    followed by exactly three digits ("1 234 567"). Reading the run:
//    - both "," and "." present: the last one is the decimal mark and the
//      other groups thousands ("1,674,200.5", "1.111,11", Indian "12,34,567.89");
//    - one "," followed by three digits groups thousands ("12,567"); by one or
//      two digits it is a decimal comma ("1,3", "5,00");
//    - one "." is a decimal point; several "." group thousands only when every
//      group has three digits ("1.234.567"), otherwise the run is a list or an
//      address ("192.168.1.2") and each part is a number of its own;
//    - several "," likewise: thousands when every group has three digits (or
//      follows the Indian 2-2-3 pattern), else a list ("22,24,26,31").
//  * A sign "-" counts only where it cannot be a hyphen or a range dash: not
//    after a letter, digit or number word ("SCP-173", "1000 - 5000").
//  * Exponents "1e10", "12.32e+14", powers "1.1^23", "1.3x10^6".
//  * Slash fractions "3/4" only for short terms not chained by further
//    slashes (so "5/17/2018" and "2222/2222" stay separate numbers).
//  * Multiplier suffixes, attached or after up to two spaces: k (thousand),
//    M / MM / mil (million), b / bn / bln / G (billion), tln (trillion);
//    a lower-case "m" means million only right after a currency symbol
//    ("$5m"), otherwise it is left to the unit layer (metres). Any other
//    letters glued to digits ("180ml") mark the number `glued_end`.
#include "recognize/number/numeral_lex.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "core/utf8.h"

namespace crosscheck::number {

namespace {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }

// Byte length of a whitespace character at text[i], 0 when there is none.
size_t SpaceLen(std::string_view t, size_t i) {
  unsigned char c = static_cast<unsigned char>(t[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(t[i + 2]);
    if ((d >= 0x80 && d <= 0x8B) || d == 0xAF) return 3;  // U+2000..U+200B, U+202F
  }
  if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBB &&
      static_cast<unsigned char>(t[i + 2]) == 0xBF)
    return 3;  // BOM
  return 0;
}

// A group separator that may sit between digit groups: one space-like char.
size_t GroupSpaceLen(std::string_view t, size_t i) {
  if (t[i] == ' ') return 1;
  size_t n = SpaceLen(t, i);
  return n >= 2 ? n : 0;
}

size_t DigitsAt(std::string_view t, size_t i) {
  size_t j = i;
  while (j < t.size() && IsDigit(t[j])) ++j;
  return j - i;
}

bool CurrencyBefore(std::string_view t, size_t start) {
  // An ISO code or a letter symbol glued to the digits: "USD4m", "RM12m".
  if (start >= 2 && t[start - 1] >= 'A' && t[start - 1] <= 'Z') {
    size_t b = start;
    while (b > 0 && start - b < 3 && t[b - 1] >= 'A' && t[b - 1] <= 'Z') --b;
    if (start - b >= 2 && (b == 0 || !IsAlpha(t[b - 1]))) return true;
  }
  size_t p = start;
  while (p > 0 && t[p - 1] == ' ') --p;
  if (p == 0) return false;
  unsigned char c = static_cast<unsigned char>(t[p - 1]);
  if (c == '$') return true;
  if (p >= 2 && static_cast<unsigned char>(t[p - 2]) == 0xC2 && (c == 0xA3 || c == 0xA5)) return true;  // £ ¥
  if (p >= 3 && static_cast<unsigned char>(t[p - 3]) == 0xE2 && static_cast<unsigned char>(t[p - 2]) == 0x82)
    return true;  // U+20A0..U+20BF currency signs (€ ₹ ₽ ...)
  return false;
}

// Multiplier for suffix letters `s` (as written), 0 when none.
double SuffixMultiplier(std::string_view s, bool currency_before, bool spaced) {
  if (s == "k" || s == "K") return 1e3;
  if (s == "M" || s == "MM") return 1e6;
  if (s == "m" && currency_before && !spaced) return 1e6;
  if (s == "T" && currency_before && !spaced) return 1e12;  // "$1T"; never tesla or tonnes there
  if (s == "mil" || s == "mn" || s == "Mn" || s == "mln") return 1e6;  // "mln": wire style, as "bln"
  if (s == "b" || s == "bn" || s == "B" || s == "Bn" || s == "bln") return 1e9;
  if (s == "tn" || s == "tln") return 1e12;
  return 0;
}

double ParseDouble(const char* b, const char* e) {
  double v = 0;
  std::from_chars(b, e, v);
  return v;
}

struct Group {
  char sep;  // ',', '.', ' ' (any group space); 0 for the first
  uint32_t start, len;
};

}  // namespace

std::string_view LowerWord(std::string_view w, char* buf) {
  if (w.size() > 15) return {};
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::string_view(buf, w.size());
}

namespace {

// Lexes a digit number whose first digit (or leading '.') is at `i`.
// Returns the end offset and fills `tok` (start, value, kind, flags).
size_t LexNumber(std::string_view t, size_t i, LexToken* tok) {
  const size_t n = t.size();
  tok->type = TokType::kNumber;
  size_t j = i;
  char buf[64];
  size_t blen = 0;
  auto put = [&](char c) { if (blen < sizeof(buf)) buf[blen++] = c; };
  bool decimal = false;
  if (t[j] == '.') {  // ".08"
    put('0');
    put('.');
    ++j;
    while (j < n && IsDigit(t[j])) put(t[j++]);
    decimal = true;
  } else if (i >= 2 && (t[i - 1] == '.' || t[i - 1] == ',') && IsDigit(t[i - 2])) {
    // Inside a list or address split at its separators ("192.168.1.2").
    size_t d = DigitsAt(t, j);
    for (size_t k = 0; k < d; ++k) put(t[j + k]);
    j += d;
  } else {
    Group groups[32];
    int ng = 0;
    groups[ng++] = Group{0, static_cast<uint32_t>(j), static_cast<uint32_t>(DigitsAt(t, j))};
    j += groups[0].len;
    while (j < n && ng < 32) {
      char c = t[j];
      if ((c == ',' || c == '.') && j + 1 < n && IsDigit(t[j + 1])) {
        uint32_t len = static_cast<uint32_t>(DigitsAt(t, j + 1));
        groups[ng++] = Group{c, static_cast<uint32_t>(j + 1), len};
        j += 1 + len;
        continue;
      }
      size_t sl = GroupSpaceLen(t, j);
      if (sl && groups[0].len <= 3 && j + sl + 3 <= n && DigitsAt(t, j + sl) == 3 &&
          (j + sl + 3 == n || (!IsAlnum(t[j + sl + 3]) && t[j + sl + 3] != '/'))) {
        bool all_space = true;
        for (int g = 1; g < ng; ++g) all_space &= groups[g].sep == ' ' && groups[g].len == 3;
        if (all_space) {
          groups[ng++] = Group{' ', static_cast<uint32_t>(j + sl), 3};
          j += sl + 3;
          continue;
        }
      }
      break;
    }
    // Decide what the separators mean. `keep` = number of groups to keep.
    int keep = ng;
    int dec = -1;  // index of the group after the decimal mark
    int commas = 0, dots = 0, spaces = 0;
    for (int g = 1; g < ng; ++g) {
      commas += groups[g].sep == ',';
      dots += groups[g].sep == '.';
      spaces += groups[g].sep == ' ';
    }
    auto thousands_ok = [&](int from, int to) {  // groups [from, to) are thousands groups
      if (to - from == 0) return true;
      bool all3 = groups[0].len <= 3;
      for (int g = from; g < to; ++g) all3 &= groups[g].len == 3;
      if (all3) return true;
      // Indian: first 1-2 digits, middle groups of 2, last of 3.
      if (groups[0].len > 2 || groups[to - 1].len != 3) return false;
      for (int g = from; g < to - 1; ++g)
        if (groups[g].len != 2) return false;
      return true;
    };
    if (ng > 1) {
      if (spaces > 0) {
        // Space groups, optionally ending with a decimal part.
        int last_space = 0;
        for (int g = 1; g < ng; ++g)
          if (groups[g].sep == ' ') last_space = g;
        keep = last_space + 1;
        if (keep < ng && groups[keep].sep != ' ' && (keep + 1 == ng)) {
          dec = keep;
          keep = ng;
        }
      } else if (commas && dots) {
        char dec_sep = groups[ng - 1].sep;
        char th_sep = dec_sep == '.' ? ',' : '.';
        bool ok = true;
        for (int g = 1; g < ng - 1; ++g) ok &= groups[g].sep == th_sep;
        if (ok && thousands_ok(1, ng - 1)) {
          dec = ng - 1;
        } else {
          keep = 1;
        }
      } else {
        int count = commas + dots;
        char sep = commas ? ',' : '.';
        if (count == 1) {
          if (!(sep == ',' && groups[1].len == 3)) dec = 1;  // else: thousands
        } else if (!thousands_ok(1, ng)) {
          keep = 1;
        }
      }
    }
    for (int g = 0; g < keep; ++g) {
      if (g == dec) {
        put('.');
        decimal = true;
      }
      for (uint32_t k = 0; k < groups[g].len; ++k) put(t[groups[g].start + k]);
    }
    j = groups[keep - 1].start + groups[keep - 1].len;
    tok->grouped = keep > 1 && !(keep == 2 && dec == 1);
    if (keep == 1) tok->plain_digits = groups[0].len;
  }
  double value = ParseDouble(buf, buf + blen);
  tok->kind = decimal ? NumeralKind::kDecimal : NumeralKind::kInteger;

  // Exponent, power, slash fraction.
  if (j + 1 < n && (t[j] == 'e' || t[j] == 'E')) {
    size_t k = j + 1;
    bool neg = false;
    if (t[k] == '+' || t[k] == '-') neg = t[k++] == '-';
    size_t d = k < n ? DigitsAt(t, k) : 0;
    if (d > 0 && d <= 3 && (k + d == n || !IsAlpha(t[k + d]))) {
      double e = ParseDouble(t.data() + k, t.data() + k + d);
      value *= std::pow(10.0, neg ? -e : e);
      tok->kind = NumeralKind::kPower;
      tok->plain_digits = 0;
      j = k + d;
    }
  } else if (j + 1 < n && (t[j] == '^' || ((t[j] == 'x' || t[j] == 'X') && t.substr(j + 1, 3) == "10^"))) {
    bool times_ten = t[j] != '^';
    size_t k = j + (times_ten ? 4 : 1);
    int minus = 0;
    while (k < n && (t[k] == '+' || t[k] == '-')) minus += t[k++] == '-';
    size_t d = k < n ? DigitsAt(t, k) : 0;
    if (d > 0 && d <= 4) {
      double e = ParseDouble(t.data() + k, t.data() + k + d);
      if (minus % 2) e = -e;
      value = times_ten ? value * std::pow(10.0, e) : std::pow(value, e);
      tok->kind = NumeralKind::kPower;
      tok->plain_digits = 0;
      j = k + d;
    }
  } else if (j + 1 < n && t[j] == '/' && IsDigit(t[j + 1]) && tok->plain_digits > 0 && tok->plain_digits <= 3 &&
             !(i > 0 && t[i - 1] == '/')) {
    size_t d = DigitsAt(t, j + 1);
    size_t after = j + 1 + d;
    bool chained = after < n && (t[after] == '/' || IsAlnum(t[after]) ||
                                 (t[after] == '.' && after + 1 < n && IsDigit(t[after + 1])));
    double den = ParseDouble(t.data() + j + 1, t.data() + after);
    if (d <= 3 && !chained && den != 0) {
      value /= den;
      tok->kind = NumeralKind::kFraction;
      tok->slash_fraction = true;
      tok->plain_digits = 0;
      j = after;
    }
  }

  // Ordinal suffix ("21st"), multiplier suffix or glued letters.
  if (j < n && IsAlpha(t[j])) {
    size_t k = j;
    while (k < n && IsAlpha(t[k])) ++k;
    if (k - j == 2 && tok->kind == NumeralKind::kInteger && !tok->grouped && (k == n || !IsDigit(t[k]))) {
      char a = static_cast<char>(t[j] | 0x20), b = static_cast<char>(t[j + 1] | 0x20);
      if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) {
        tok->kind = NumeralKind::kOrdinal;
        tok->value = value;
        tok->plain_digits = 0;
        tok->end = static_cast<uint32_t>(k);
        return k;
      }
    }
    double m = (k < n && IsDigit(t[k])) ? 0 : SuffixMultiplier(t.substr(j, k - j), CurrencyBefore(t, i), false);
    if (m == 0 && k - j == 1 && t[j] == 'm' && k + 1 < n && t[k] == ' ' && IsAlpha(t[k + 1])) {
      // "3.5m tonnes", "2m Windows users": million before a plural noun;
      // "fell 600m while climbing", "the 100m sprint": metres.
      size_t w = k + 1;
      while (w < n && IsAlpha(t[w])) ++w;
      std::string_view nx = t.substr(k + 1, w - k - 1);
      bool plural = nx.size() >= 4 && nx.back() == 's' && nx[nx.size() - 2] != 's' && nx != "miles" &&
                    nx != "metres" && nx != "meters" && nx != "this" && nx != "was" && nx != "has";
      if (plural || nx == "people" || nx == "tonnes" || nx == "tons") m = 1e6;
    }
    if (m > 0) {
      value *= m;
      tok->multiplier = true;
      tok->plain_digits = 0;
      j = k;
    } else {
      while (k < n && IsAlnum(t[k])) ++k;
      tok->glued_end = static_cast<uint32_t>(k);
    }
  } else if (j < n && (t[j] == ' ') && tok->kind != NumeralKind::kFraction) {
    size_t k = j;
    while (k < n && k - j < 2 && t[k] == ' ') ++k;
    size_t w = k;
    while (w < n && IsAlpha(t[w])) ++w;
    if (w > k && (w == n || !IsAlnum(t[w]))) {
      std::string_view s = t.substr(k, w - k);
      if (s != "m" && s != "b" && s != "B") {
        double m = SuffixMultiplier(s, false, true);
        if (m > 0) {
          value *= m;
          tok->multiplier = true;
          tok->plain_digits = 0;
          j = w;
        }
      }
    }
  }
  tok->value = value;
  tok->end = static_cast<uint32_t>(j);
  return j;
}

double VulgarFraction(std::string_view t, size_t i, size_t* len) {
  unsigned char a = static_cast<unsigned char>(t[i]);
  if (a == 0xC2 && i + 1 < t.size()) {
    unsigned char b = static_cast<unsigned char>(t[i + 1]);
    *len = 2;
    if (b == 0xBC) return 0.25;
    if (b == 0xBD) return 0.5;
    if (b == 0xBE) return 0.75;
  }
  if (a == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x85) {
    unsigned char c = static_cast<unsigned char>(t[i + 2]);
    static const double kVals[] = {1.0 / 7, 1.0 / 9, 0.1, 1.0 / 3, 2.0 / 3, 0.2, 0.4, 0.6, 0.8,
                                   1.0 / 6, 5.0 / 6, 0.125, 0.375, 0.625, 0.875};
    *len = 3;
    if (c >= 0x90 && c <= 0x9E) return kVals[c - 0x90];
  }
  *len = 0;
  return 0;
}

bool IsNumberish(const LexToken& tok) {
  if (tok.type == TokType::kNumber) return true;
  if (tok.type != TokType::kWord) return false;
  WordKind k = tok.word.kind;
  return IsCardinalKind(k) || IsOrdinalKind(k);
}

}  // namespace

std::vector<LexToken> Lex(std::string_view t) {
  std::vector<LexToken> out;
  out.reserve(t.size() / 5 + 4);
  const size_t n = t.size();
  size_t i = 0;
  bool space = false;
  bool at_word_start = true;  // previous char was whitespace or start
  char lower[16];
  while (i < n) {
    size_t sl = SpaceLen(t, i);
    if (sl) {
      i += sl;
      space = true;
      at_word_start = true;
      continue;
    }
    char c = t[i];
    // URLs and e-mail addresses: skip the whole non-space run.
    if (at_word_start && (c == 'h' || c == 'w' || c == 'H' || c == 'W') &&
        (t.substr(i, 7) == "http://" || t.substr(i, 8) == "https://" || t.substr(i, 4) == "www.")) {
      while (i < n && !SpaceLen(t, i)) ++i;
      continue;
    }
    at_word_start = false;
    LexToken tok;
    tok.start = static_cast<uint32_t>(i);
    tok.space_before = space;
    space = false;
    if (IsAlpha(c)) {
      size_t j = i;
      while (j < n && IsAlpha(t[j])) ++j;
      if (j < n && t[j] == '@') {  // e-mail
        while (i < n && !SpaceLen(t, i)) ++i;
        continue;
      }
      tok.type = TokType::kWord;
      tok.end = static_cast<uint32_t>(j);
      std::string_view lw = LowerWord(t.substr(i, j - i), lower);
      if (!lw.empty()) tok.word = LookupNumberWord(lw);
      out.push_back(tok);
      i = j;
      continue;
    }
    bool leading_dot = c == '.' && i + 1 < n && IsDigit(t[i + 1]) && (i == 0 || !IsAlnum(t[i - 1]));
    if (IsDigit(c) || leading_dot) {
      size_t j = LexNumber(t, i, &tok);
      out.push_back(tok);
      i = j;
      continue;
    }
    // Sign: '-' or U+2212 before a digit (optionally after up to two spaces).
    bool minus_sign = c == '-';
    size_t mlen = 1;
    if (static_cast<unsigned char>(c) == 0xE2 && t.substr(i, 3) == "\xE2\x88\x92") {
      minus_sign = true;
      mlen = 3;
    }
    if (minus_sign) {
      size_t k = i + mlen;  // a minus sign is glued to its digits: " - 12%" is a dash
      bool before_ok = i == 0 || !IsAlnum(t[i - 1]);
      if (before_ok && !out.empty() && IsNumberish(out.back()) && tok.space_before) before_ok = false;
      if (before_ok && !out.empty() && out.back().end == i && out.back().type != TokType::kPunct) before_ok = false;
      // Glued after "%" or "/", a hyphen is a range's dash or half of "+/-":
      // "a 42%-49% rating", "a margin of +/-3 points" (no negative figure).
      if (before_ok && i > 0 && (t[i - 1] == '%' || t[i - 1] == '/')) before_ok = false;
      if (before_ok && k < n && IsDigit(t[k])) {
        size_t j = LexNumber(t, k, &tok);
        tok.start = static_cast<uint32_t>(i);
        tok.value = -tok.value;
        tok.is_signed = true;
        tok.plain_digits = 0;
        out.push_back(tok);
        i = j;
        continue;
      }
    }
    size_t vlen;
    double vf = VulgarFraction(t, i, &vlen);
    if (vlen) {
      tok.type = TokType::kNumber;
      tok.kind = NumeralKind::kFraction;
      tok.value = vf;
      tok.end = static_cast<uint32_t>(i + vlen);
      out.push_back(tok);
      i += vlen;
      continue;
    }
    size_t cl = 1;
    char32_t cp = static_cast<unsigned char>(c) < 0x80 ? static_cast<char32_t>(c) : DecodeUtf8(t, i, &cl);
    tok.type = TokType::kPunct;
    tok.punct = cp;
    tok.end = static_cast<uint32_t>(i + cl);
    out.push_back(tok);
    i += cl;
  }
  return out;
}

}  // namespace crosscheck::number
