// Nouns compared by meaning (fuse/noun_meaning.h).
#include "fuse/noun_meaning.h"

#include <algorithm>
#include <fstream>
#include <span>
#include <sstream>

#include "claims/lexicon.h"

namespace crosscheck {
namespace {

int Digit36(char ch) { return ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'z' ? ch - 'a' + 10 : -1; }

constexpr size_t kBadId = std::string_view::npos;

// One base-36 id from `i` up to the next space, colon or the end: its
// value in *v and the offset after it, kBadId on another byte.
size_t ReadId(std::string_view s, size_t i, uint32_t* v) {
  for (; i < s.size() && s[i] != ' ' && s[i] != ':'; ++i) {
    const int d = Digit36(s[i]);
    if (d < 0) return kBadId;
    *v = *v * 36 + static_cast<uint32_t>(d);
  }
  return i;
}

// The ids of a field ("k62 ok2 nsk": base 36, one to six digits, between
// spaces; empty pieces skipped), read in one pass over its bytes; false on
// a malformed id.
bool ParseIds(std::string_view s, std::vector<uint32_t>* out) {
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    uint32_t v = 0;
    const size_t j = ReadId(s, i, &v);
    if (j == kBadId || j - i > 6 || (j < s.size() && s[j] != ' ')) return false;
    out->push_back(v);
    i = j;
  }
  return true;
}

// The hypernyms of a field ("c4b:3 jy5:3": an id, a colon, levels 1-9).
bool ParseUps(std::string_view s, std::vector<std::pair<uint32_t, uint8_t>>* out) {
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    uint32_t v = 0;
    const size_t j = ReadId(s, i, &v);
    if (j == kBadId || j == i || j - i > 6 || j + 1 >= s.size() || s[j] != ':' || s[j + 1] < '1' || s[j + 1] > '9' ||
        (j + 2 < s.size() && s[j + 2] != ' '))
      return false;
    out->emplace_back(v, static_cast<uint8_t>(s[j + 1] - '0'));
    i = j + 2;
  }
  return true;
}

// Calls f on each piece of `s` between `sep`s (empty pieces too, and the
// piece after the last `sep`), without collecting them; stops when f
// returns false.
template <typename F>
void ForEachField(std::string_view s, char sep, F f) {
  size_t i = 0;
  while (true) {
    size_t j = s.find(sep, i);
    if (!f(s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i))) return;
    if (j == std::string_view::npos) return;
    i = j + 1;
  }
}

}  // namespace

Result<NounMeanings> NounMeanings::Parse(std::string_view tsv, const std::string& origin) {
  NounMeanings m;
  m.nouns_.reserve(static_cast<size_t>(std::count(tsv.begin(), tsv.end(), '\n')) + 1);
  size_t line_no = 0;
  bool ok = true;
  ForEachField(tsv, '\n', [&](std::string_view line) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') return true;
    std::string_view f[4];
    size_t n = 0;
    ForEachField(line, '\t', [&](std::string_view piece) {
      if (n < 4) f[n] = piece;
      return ++n <= 4;
    });
    if (n != 4 || f[0].empty() || f[1].size() != 2 || f[1][0] < '0' || f[1][0] > '9' || f[1][1] < '0' ||
        f[1][1] > '9')
      return ok = false;
    Meaning mean;
    mean.lexfile = static_cast<uint8_t>((f[1][0] - '0') * 10 + (f[1][1] - '0'));
    mean.own_at = static_cast<uint32_t>(m.own_ids_.size());
    mean.up_at = static_cast<uint32_t>(m.ups_.size());
    if (!ParseIds(f[2], &m.own_ids_) || !ParseUps(f[3], &m.ups_)) ok = false;
    if (!ok) return false;
    mean.own_n = static_cast<uint32_t>(m.own_ids_.size()) - mean.own_at;
    mean.up_n = static_cast<uint32_t>(m.ups_.size()) - mean.up_at;
    std::sort(m.own_ids_.begin() + mean.own_at, m.own_ids_.end());
    std::sort(m.ups_.begin() + mean.up_at, m.ups_.end());
    m.nouns_.insert_or_assign(std::string(f[0]), mean);
    return true;
  });
  if (!ok) return Error{origin + ":" + std::to_string(line_no) + ": malformed meanings row"};
  return m;
}

const NounMeanings& NounMeanings::Default() {
  static const NounMeanings* loaded = [] {
    std::ifstream in(Lexicon::DefaultDir() + "/meanings.tsv", std::ios::binary);
    if (!in) return new NounMeanings;
    std::stringstream ss;
    ss << in.rdbuf();
    Result<NounMeanings> r = Parse(ss.str(), "meanings.tsv");
    return r.ok() ? new NounMeanings(std::move(r).value()) : new NounMeanings;
  }();
  return *loaded;
}

const NounMeanings::Meaning* NounMeanings::Find(std::string_view a) const {
  auto it = nouns_.find(a);
  return it == nouns_.end() ? nullptr : &it->second;
}

bool NounMeanings::Has(std::string_view a) const { return Find(a) != nullptr; }

int NounMeanings::Lexfile(std::string_view a) const {
  const Meaning* m = Find(a);
  return m ? m->lexfile : -1;
}

int NounMeanings::KindLevels(std::string_view a, std::string_view b) const {
  const Meaning* x = Find(a);
  const Meaning* y = Find(b);
  if (!x || !y) return -1;
  auto own = [this](const Meaning& m) {
    return std::span<const uint32_t>(own_ids_.data() + m.own_at, m.own_n);
  };
  auto up = [this](const Meaning& m) {
    return std::span<const std::pair<uint32_t, uint8_t>>(ups_.data() + m.up_at, m.up_n);
  };
  for (uint32_t s : own(*x)) {
    std::span<const uint32_t> other = own(*y);
    if (std::binary_search(other.begin(), other.end(), s)) return 0;
  }
  int best = -1;
  // A sense of one among the other's hypernyms.
  auto above = [&](const Meaning& kind, const Meaning& of) {
    std::span<const std::pair<uint32_t, uint8_t>> ups = up(of);
    for (uint32_t s : own(kind)) {
      auto it = std::lower_bound(ups.begin(), ups.end(), std::make_pair(s, uint8_t{0}));
      if (it != ups.end() && it->first == s && (best < 0 || it->second < best)) best = it->second;
    }
  };
  above(*x, *y);
  above(*y, *x);
  return best;
}

bool NounMeanings::Alike(std::string_view a, std::string_view b, int levels) const {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const int k = KindLevels(a, b);
  return k >= 0 && k <= levels;
}

}  // namespace crosscheck
