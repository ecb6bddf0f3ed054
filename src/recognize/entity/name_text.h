// Small text helpers shared by the entity tagger, gazetteers and name
// coreference: ASCII lower-casing into caller buffers, word shapes, the
// possessive split, and NameVariantKey, the transliteration-insensitive key
// that links spelling variants of one name across reports.
//
// All functions are pure and thread-safe; none allocates unless it returns a
// std::string.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_NAME_TEXT_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_NAME_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace crosscheck {

// 64-bit FNV-1a, seeded; the one hash of the entity module (model keys and
// gazetteer keys depend on it, so it must never change without retraining).
inline uint64_t HashBytes(std::string_view s, uint64_t seed = 1469598103934665603ULL) {
  uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}
inline uint64_t HashMix(uint64_t a, uint64_t b) {
  uint64_t h = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  h ^= h >> 31;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 29;
  return h;
}

// Spreads a 64-bit hash over its low bits (the murmur3 finaliser's first
// half), for the home slot of an open-addressing table indexed by
// `SlotMix(key) & mask`: the gazetteer's and the perceptron's.
inline size_t SlotMix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return static_cast<size_t>(k);
}

// Lower-cases ASCII letters of `word` into `out` (replacing its contents) and
// turns the typographic apostrophe (U+2019) into "'". Other bytes are kept.
void LowerWord(std::string_view word, std::string* out);

// LowerWord into a fixed buffer, for per-token tests that must not
// allocate: `view` is the lower-cased word, or "" when the word is longer
// than kMax bytes (no lexicon entry is).
struct SmallLower {
  static constexpr size_t kMax = 48;
  explicit SmallLower(std::string_view word);
  SmallLower(const SmallLower&) = delete;  // view points into buf
  SmallLower& operator=(const SmallLower&) = delete;
  char buf[kMax];
  std::string_view view;
};

// True when the word starts with an upper-case letter (ASCII, Latin-1,
// Latin Extended-A, Greek, Cyrillic). Inline for the ASCII cases: the rules
// after the tagger ask it of most words.
bool StartsUpperNonAscii(std::string_view word);  // the first byte is >= 0x80
inline bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return StartsUpperNonAscii(word);
}
// True when the word has at least one letter and no lower-case ASCII letter.
// Inline for a word opening on a lower-case ASCII letter (most words: the
// tagger asks it of every word), which never is.
bool AllUpperSlow(std::string_view word);
inline bool AllUpper(std::string_view word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') return false;
  return AllUpperSlow(word);
}

// Collapsed word shape: upper -> X, lower -> x, digit -> d, other bytes kept
// (non-ASCII letters -> x), runs of one class collapsed ("Prokopenko" -> "Xx",
// "U.N." -> "X.X.", "2,000" -> "d,d"). Writes into `out`.
void WordShape(std::string_view word, std::string* out);

// HashBytes(shape) for the shape WordShape() would write, without a heap
// string.
uint64_t WordShapeHash(std::string_view word);

// Length in bytes of a possessive ending "'s", "’s", or a bare "'"/"’" after
// an "s" ("troops'"), or 0. The word must keep at least one letter before it.
size_t PossessiveSuffixLength(std::string_view word);

// Transliteration-insensitive key of a name, for linking spelling variants
// ("Zelensky" / "Zelenskyy" / "Zelenskiy", "Boichenko" / "Boychenko",
// "Denis" / "Denys"). Steps, in order: lower-case; fold Latin accents to
// ASCII; drop everything but letters and spaces (collapsing spaces); map
// y -> i, w -> v, j -> i at a word end, "ph" -> "f", "ck" -> "k",
// "kh" -> "h", "ou" -> "u"; then collapse every run of one repeated letter
// ("ii" -> "i", "ll" -> "l"). Deterministic; equal keys mean "probably the
// same name", not identity.
std::string NameVariantKey(std::string_view name);

// A name as written with each run of white space inside it (ASCII space,
// tab, line break, no-break space U+00A0, thin and narrow no-break spaces
// U+2009, U+202F) made one ASCII space: "James<U+00A0>Comey" and a name
// broken over two lines are the same name as "James Comey".
std::string NameWithPlainSpaces(std::string_view name);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_NAME_TEXT_H_
