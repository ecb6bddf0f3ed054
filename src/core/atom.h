// Atom: an immutable, interned, reference-counted string, 8 bytes.
//
// A claim holds about twenty short strings ("count", "killed", "person",
// "2014-05-03", the counted noun, its lemma, ...), and the same few hundred
// values recur across hundreds of thousands of claims. As std::string each
// field costs 32 bytes inline (plus a heap block past 15 characters); as an
// Atom it is one pointer to a single shared copy of the text, and "" is a
// null pointer (no lookup, no allocation). A 100 MB single-line document has
// 2.7 million claims: the claim structs alone went from ~1.9 GB to ~0.6 GB.
//
// Semantics are those of a const std::string: it converts to
// `const std::string&` and `std::string_view`, compares by content (equal
// atoms share their text, so == is a pointer comparison), hashes like the
// string, and serialises to JSON as the string. Values are interned in a
// process-wide sharded table and freed when the last atom holding them goes
// (a server that runs for months keeps only the strings of claims it still
// holds). Thread-safe: atoms may be made, copied and dropped concurrently.
#ifndef CROSSCHECK_CORE_ATOM_H_
#define CROSSCHECK_CORE_ATOM_H_

#include <atomic>
#include <compare>
#include <cstddef>
#include <functional>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/json_util.h"

namespace crosscheck {

class Atom {
 public:
  Atom() noexcept = default;
  explicit Atom(std::string_view s) : rep_(Intern(s)) {}
  explicit Atom(const std::string& s) : rep_(Intern(s)) {}
  explicit Atom(const char* s) : rep_(Intern(s)) {}
  Atom(const Atom& o) noexcept : rep_(o.rep_) {
    if (rep_) rep_->refs.fetch_add(1, std::memory_order_relaxed);
  }
  Atom(Atom&& o) noexcept : rep_(o.rep_) { o.rep_ = nullptr; }
  ~Atom() {
    if (rep_) Release(rep_);
  }
  Atom& operator=(const Atom& o) noexcept {
    Atom t(o);
    Swap(t);
    return *this;
  }
  Atom& operator=(Atom&& o) noexcept {
    Atom t(std::move(o));
    Swap(t);
    return *this;
  }
  Atom& operator=(std::string_view s) {
    Atom t(s);
    Swap(t);
    return *this;
  }
  Atom& operator=(const std::string& s) { return *this = std::string_view(s); }
  Atom& operator=(const char* s) { return *this = std::string_view(s); }

  const std::string& str() const noexcept { return rep_ ? rep_->s : Empty(); }
  operator const std::string&() const noexcept { return str(); }
  operator std::string_view() const noexcept { return str(); }

  bool empty() const noexcept { return rep_ == nullptr; }
  size_t size() const noexcept { return str().size(); }
  size_t length() const noexcept { return str().size(); }
  const char* c_str() const noexcept { return str().c_str(); }
  const char* data() const noexcept { return str().data(); }
  std::string::const_iterator begin() const noexcept { return str().begin(); }
  std::string::const_iterator end() const noexcept { return str().end(); }
  char front() const { return str().front(); }
  char back() const { return str().back(); }
  char operator[](size_t i) const { return str()[i]; }
  template <typename... A>
  size_t find(A&&... a) const {
    return str().find(std::forward<A>(a)...);
  }
  template <typename... A>
  size_t rfind(A&&... a) const {
    return str().rfind(std::forward<A>(a)...);
  }
  template <typename... A>
  std::string substr(A&&... a) const {
    return str().substr(std::forward<A>(a)...);
  }
  template <typename... A>
  int compare(A&&... a) const {
    return str().compare(std::forward<A>(a)...);
  }
  bool starts_with(std::string_view p) const noexcept { return std::string_view(str()).starts_with(p); }
  bool ends_with(std::string_view p) const noexcept { return std::string_view(str()).ends_with(p); }
  void clear() noexcept {
    Atom t;
    Swap(t);
  }
  void Swap(Atom& o) noexcept { std::swap(rep_, o.rep_); }

  friend bool operator==(const Atom& a, const Atom& b) noexcept { return a.rep_ == b.rep_; }
  friend bool operator==(const Atom& a, std::string_view b) noexcept { return std::string_view(a.str()) == b; }
  friend std::strong_ordering operator<=>(const Atom& a, const Atom& b) noexcept {
    if (a.rep_ == b.rep_) return std::strong_ordering::equal;
    return std::string_view(a.str()) <=> std::string_view(b.str());
  }
  friend std::strong_ordering operator<=>(const Atom& a, std::string_view b) noexcept {
    return std::string_view(a.str()) <=> b;
  }

 private:
  struct Rep {
    std::atomic<uint32_t> refs{1};
    size_t hash = 0;
    std::string s;
  };
  static const std::string& Empty() noexcept;
  static Rep* Intern(std::string_view s);
  static void Release(Rep* r) noexcept;
  friend struct AtomTable;

  Rep* rep_ = nullptr;
};

// 64 shards, each a mutex and a set of the live values it holds. A value's
// count goes 0 -> 1 only inside Intern and 1 -> 0 only inside Release, both
// under the shard's lock, so a value is never found while it is being freed.
struct AtomTable {
  struct Key {
    size_t hash;
    std::string_view s;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(const Atom::Rep* r) const noexcept { return r->hash; }
    size_t operator()(const Key& k) const noexcept { return k.hash; }
  };
  struct Eq {
    using is_transparent = void;
    bool operator()(const Atom::Rep* a, const Atom::Rep* b) const noexcept { return a == b || a->s == b->s; }
    bool operator()(const Key& a, const Atom::Rep* b) const noexcept { return a.s == b->s; }
    bool operator()(const Atom::Rep* a, const Key& b) const noexcept { return a->s == b.s; }
  };
  struct Shard {
    std::mutex mu;
    std::unordered_set<Atom::Rep*, Hash, Eq> set;
  };
  static constexpr size_t kShards = 64;
  Shard shards[kShards];

  static AtomTable& Get() {
    static AtomTable* table = new AtomTable;  // never destroyed: atoms may outlive static destruction
    return *table;
  }
  Shard& For(size_t hash) { return shards[(hash >> 7) % kShards]; }
};

inline const std::string& Atom::Empty() noexcept {
  static const std::string* empty = new std::string;
  return *empty;
}

inline Atom::Rep* Atom::Intern(std::string_view s) {
  if (s.empty()) return nullptr;
  size_t h = std::hash<std::string_view>()(s);
  AtomTable::Shard& shard = AtomTable::Get().For(h);
  std::lock_guard<std::mutex> lock(shard.mu);
  auto it = shard.set.find(AtomTable::Key{h, s});
  if (it != shard.set.end()) {
    (*it)->refs.fetch_add(1, std::memory_order_relaxed);
    return *it;
  }
  Rep* r = new Rep;
  r->hash = h;
  r->s.assign(s.data(), s.size());
  shard.set.insert(r);
  return r;
}

inline void Atom::Release(Rep* r) noexcept {
  uint32_t n = r->refs.load(std::memory_order_relaxed);
  while (n > 1) {
    if (r->refs.compare_exchange_weak(n, n - 1, std::memory_order_release, std::memory_order_relaxed)) return;
  }
  // Possibly the last holder: decide under the lock (Intern may be taking a
  // new reference right now).
  AtomTable::Shard& shard = AtomTable::Get().For(r->hash);
  std::lock_guard<std::mutex> lock(shard.mu);
  if (r->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    shard.set.erase(r);
    delete r;
  }
}

inline std::string operator+(const Atom& a, std::string_view b) {
  std::string r(a.str());
  r += b;
  return r;
}
inline std::string operator+(std::string_view a, const Atom& b) {
  std::string r(a);
  r += b.str();
  return r;
}
inline std::string operator+(const Atom& a, const Atom& b) { return a + std::string_view(b.str()); }
inline std::string operator+(const Atom& a, char b) { return a.str() + b; }
inline std::string operator+(char a, const Atom& b) { return a + b.str(); }
inline std::ostream& operator<<(std::ostream& o, const Atom& a) { return o << a.str(); }
inline void to_json(Json& j, const Atom& a) { j = a.str(); }

}  // namespace crosscheck

template <>
struct std::hash<crosscheck::Atom> {
  size_t operator()(const crosscheck::Atom& a) const noexcept { return std::hash<std::string_view>()(a.str()); }
};

#endif  // CROSSCHECK_CORE_ATOM_H_
