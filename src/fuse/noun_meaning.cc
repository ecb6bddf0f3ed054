// Nouns compared by meaning (fuse/noun_meaning.h).
#include "fuse/noun_meaning.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "claims/lexicon.h"

namespace crosscheck {
namespace {

bool ParseId(std::string_view s, uint32_t* out) {
  if (s.empty() || s.size() > 6) return false;
  uint32_t v = 0;
  for (char ch : s) {
    int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'z' ? ch - 'a' + 10 : -1;
    if (d < 0) return false;
    v = v * 36 + static_cast<uint32_t>(d);
  }
  *out = v;
  return true;
}

std::vector<std::string_view> Fields(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (true) {
    size_t j = s.find(sep, i);
    out.push_back(s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

}  // namespace

Result<NounMeanings> NounMeanings::Parse(std::string_view tsv, const std::string& origin) {
  NounMeanings m;
  size_t line_no = 0;
  for (std::string_view line : Fields(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto bad = [&]() -> Result<NounMeanings> {
      return Error{origin + ":" + std::to_string(line_no) + ": malformed meanings row"};
    };
    std::vector<std::string_view> f = Fields(line, '\t');
    if (f.size() != 4 || f[0].empty() || f[1].size() != 2 || f[1][0] < '0' || f[1][0] > '9' || f[1][1] < '0' ||
        f[1][1] > '9')
      return bad();
    Meaning mean;
    mean.lexfile = static_cast<uint8_t>((f[1][0] - '0') * 10 + (f[1][1] - '0'));
    for (std::string_view id : Fields(f[2], ' ')) {
      if (id.empty()) continue;
      uint32_t v;
      if (!ParseId(id, &v)) return bad();
      mean.own.push_back(v);
    }
    for (std::string_view pair : Fields(f[3], ' ')) {
      if (pair.empty()) continue;
      size_t colon = pair.find(':');
      uint32_t v;
      if (colon == std::string_view::npos || !ParseId(pair.substr(0, colon), &v) || colon + 2 != pair.size() ||
          pair[colon + 1] < '1' || pair[colon + 1] > '9')
        return bad();
      mean.up.emplace_back(v, static_cast<uint8_t>(pair[colon + 1] - '0'));
    }
    std::sort(mean.own.begin(), mean.own.end());
    std::sort(mean.up.begin(), mean.up.end());
    m.nouns_[std::string(f[0])] = std::move(mean);
  }
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

bool NounMeanings::Has(std::string_view a) const { return nouns_.count(std::string(a)) > 0; }

int NounMeanings::Lexfile(std::string_view a) const {
  auto it = nouns_.find(std::string(a));
  return it == nouns_.end() ? -1 : it->second.lexfile;
}

int NounMeanings::KindLevels(std::string_view a, std::string_view b) const {
  auto x = nouns_.find(std::string(a)), y = nouns_.find(std::string(b));
  if (x == nouns_.end() || y == nouns_.end()) return -1;
  const Meaning& ma = x->second;
  const Meaning& mb = y->second;
  for (uint32_t s : ma.own)
    if (std::binary_search(mb.own.begin(), mb.own.end(), s)) return 0;
  int best = -1;
  // A sense of one among the other's hypernyms.
  auto above = [&best](const Meaning& kind, const Meaning& of) {
    for (uint32_t s : kind.own) {
      auto it = std::lower_bound(of.up.begin(), of.up.end(), std::make_pair(s, uint8_t{0}));
      if (it != of.up.end() && it->first == s && (best < 0 || it->second < best)) best = it->second;
    }
  };
  above(ma, mb);
  above(mb, ma);
  return best;
}

bool NounMeanings::Alike(std::string_view a, std::string_view b, int levels) const {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const int k = KindLevels(a, b);
  return k >= 0 && k <= levels;
}

}  // namespace crosscheck
