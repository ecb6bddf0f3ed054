// IntFloatMap: a hash map from non-negative int keys to float values, for
// sparse vectors that are probed far more often than they change (story
// centroids: one probe per document feature per candidate story).
//
// Open addressing with linear probing over a power-of-two array of
// (key, value) slots, at most half full; key -1 marks an empty slot. A probe
// touches one or two cache lines, where std::unordered_map<int, float>
// follows a bucket pointer to a heap node. Iteration visits the slots in
// array order, which depends only on the sequence of insertions. Erasing
// single keys is not supported (clear() empties the map).
#ifndef CROSSCHECK_CORE_INT_FLOAT_MAP_H_
#define CROSSCHECK_CORE_INT_FLOAT_MAP_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace crosscheck {

class IntFloatMap {
 public:
  struct Slot {
    int first = -1;  // key; -1 = empty
    float second = 0;
  };

  // The value of `key`, or nullptr. REQUIRES: key >= 0.
  const float* Find(int key) const {
    if (size_ == 0) return nullptr;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].first == key) return &slots_[i].second;
      if (slots_[i].first < 0) return nullptr;
    }
  }
  // The value of `key`, inserted as 0 when absent; second is true when
  // inserted. The pointer is valid until the next insertion.
  std::pair<float*, bool> Emplace(int key) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    size_t i = Home(key);
    while (slots_[i].first >= 0 && slots_[i].first != key) i = (i + 1) & mask_;
    if (slots_[i].first == key) return {&slots_[i].second, false};
    slots_[i].first = key;
    slots_[i].second = 0;
    ++size_;
    return {&slots_[i].second, true};
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear() {
    slots_.clear();
    mask_ = 0;
    size_ = 0;
  }

  // Iteration over the occupied slots (structured bindings: [key, value]).
  class const_iterator {
   public:
    const_iterator(const Slot* p, const Slot* end) : p_(p), end_(end) { Skip(); }
    const Slot& operator*() const { return *p_; }
    const Slot* operator->() const { return p_; }
    const_iterator& operator++() {
      ++p_;
      Skip();
      return *this;
    }
    bool operator==(const const_iterator& o) const { return p_ == o.p_; }
    bool operator!=(const const_iterator& o) const { return p_ != o.p_; }

   private:
    void Skip() {
      while (p_ != end_ && p_->first < 0) ++p_;
    }
    const Slot* p_;
    const Slot* end_;
  };
  const_iterator begin() const { return {slots_.data(), slots_.data() + slots_.size()}; }
  const_iterator end() const { return {slots_.data() + slots_.size(), slots_.data() + slots_.size()}; }

 private:
  size_t Home(int key) const {
    uint64_t h = static_cast<uint64_t>(static_cast<uint32_t>(key)) * 0x9E3779B97F4A7C15ULL;
    return static_cast<size_t>(h >> 32) & mask_;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.first < 0) continue;
      size_t i = Home(s.first);
      while (slots_[i].first >= 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CORE_INT_FLOAT_MAP_H_
