// WordTable: an immutable-after-build map from short words to a bit set of
// classes, for the closed word lists the recognizers consult per token
// (titles, speech verbs, stopwords).
//
// Open addressing with linear probing over a power-of-two array of
// (word, classes) slots, at most a quarter full, hashed with XXH3: most
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

// Inlined: a call into libxxhash per short word cost as much as the hash.
#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL
#endif
#include <xxhash.h>

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
  static uint64_t Hash(std::string_view w) { return XXH3_64bits(w.data(), w.size()); }
  size_t Probe(std::string_view w) const {
    size_t i = static_cast<size_t>(Hash(w)) & mask_;
    while (!slots_[i].word.empty() && slots_[i].word != w) i = (i + 1) & mask_;
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
