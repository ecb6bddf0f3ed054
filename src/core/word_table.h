// WordTable: an immutable-after-build map from short words to a bit set of
// classes, for the closed word lists the recognizers consult per token
// (titles, speech verbs, stopwords).
//
// Open addressing with linear probing over a power-of-two array of
// (word, classes) slots, at most a quarter full, hashed by Hash below: most
// words of a text are absent, and an empty slot answers that after one
// probe. std::unordered_set<std::string_view> cost twice as much per lookup
// (a stronger hash and a node per bucket) where these tables are hot.
//
// Words are stored as string_views, so they must outlive the table (string
// literals do). Add() is for building; after it, Find() is const and
// thread-safe.
#ifndef CROSSCHECK_CORE_WORD_TABLE_H_
#define CROSSCHECK_CORE_WORD_TABLE_H_

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include <cstring>

namespace crosscheck {

class WordTable {
 public:
  WordTable() : slots_(kMinSize), mask_(kMinSize - 1) {}

  // ORs `classes` into the entry of `word` (added when new).
  void Add(std::string_view word, uint32_t classes) {
    if (4 * (count_ + 1) > slots_.size()) Grow();
    Slot& s = slots_[Probe(word)];
    if (s.word.empty()) {
      s.word = word;
      ++count_;
    }
    s.classes |= classes;
  }
  void Add(std::initializer_list<std::string_view> words, uint32_t classes) {
    for (std::string_view w : words) Add(w, classes);
  }

  // Classes of `word` (exact bytes), 0 when absent or empty.
  uint32_t Find(std::string_view word) const {
    if (word.empty()) return 0;
    return slots_[Probe(word)].classes;
  }

  size_t size() const { return count_; }

 private:
  static constexpr size_t kMinSize = 64;
  struct Slot {
    std::string_view word;
    uint32_t classes = 0;
  };
  // A short-word hash: the word's first and last bytes (two overlapping
  // loads, plus 8-byte steps over the middle of long words) and its length,
  // then murmur3's finaliser so that the low bits (the slot) depend on all
  // of them. About a third of XXH3's instructions on words of news text;
  // any collision costs a probe, never a wrong answer.
  static uint64_t Hash(std::string_view w) {
    const char* p = w.data();
    const size_t n = w.size();
    uint64_t x;
    if (n >= 8) {
      uint64_t a, b;
      std::memcpy(&a, p, 8);
      std::memcpy(&b, p + n - 8, 8);
      x = a ^ (b * 0x9E3779B97F4A7C15ULL);
      for (size_t i = 8; i + 8 < n; i += 8) {
        uint64_t c;
        std::memcpy(&c, p + i, 8);
        x = (x ^ c) * 0xFF51AFD7ED558CCDULL;
      }
    } else if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      x = (static_cast<uint64_t>(b) << 32) | a;
    } else if (n > 0) {
      x = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
          static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8 |
          static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
    } else {
      x = 0;
    }
    x ^= n * 0xC2B2AE3D27D4EB4FULL;
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDULL;
    x ^= x >> 33;
    x *= 0xC4CEB9FE1A85EC53ULL;
    x ^= x >> 33;
    return x;
  }
  // a == b, inline for words up to 16 bytes (two overlapping loads from
  // each side, like Hash) instead of a call to memcmp.
  static bool Same(std::string_view a, std::string_view b) {
    const size_t n = a.size();
    if (n != b.size()) return false;
    const char* p = a.data();
    const char* q = b.data();
    if (n >= 8) {
      if (n > 16) return std::memcmp(p, q, n) == 0;
      uint64_t a0, a1, b0, b1;
      std::memcpy(&a0, p, 8);
      std::memcpy(&a1, p + n - 8, 8);
      std::memcpy(&b0, q, 8);
      std::memcpy(&b1, q + n - 8, 8);
      return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n >= 4) {
      uint32_t a0, a1, b0, b1;
      std::memcpy(&a0, p, 4);
      std::memcpy(&a1, p + n - 4, 4);
      std::memcpy(&b0, q, 4);
      std::memcpy(&b1, q + n - 4, 4);
      return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    // 0 to 3 bytes: the first, middle and last cover them all.
    return n == 0 || (p[0] == q[0] && p[n >> 1] == q[n >> 1] && p[n - 1] == q[n - 1]);
  }
  size_t Probe(std::string_view w) const {
    size_t i = static_cast<size_t>(Hash(w)) & mask_;
    while (!slots_[i].word.empty() && !Same(slots_[i].word, w)) i = (i + 1) & mask_;
    return i;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old)
      if (!s.word.empty()) slots_[Probe(s.word)] = s;
  }

  std::vector<Slot> slots_;
  size_t mask_;
  size_t count_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CORE_WORD_TABLE_H_
