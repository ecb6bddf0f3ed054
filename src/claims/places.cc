#include "claims/places.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "claims/lexicon.h"
#include "core/data_dir.h"

namespace crosscheck {
namespace {

// Key of a name as the builder writes it: lowercased (ASCII; the table's
// accented keys are folded already), whitespace runs as one space, a
// possessive and a leading article dropped.
std::string KeyOf(std::string_view name) {
  std::string k;
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !k.empty();
      continue;
    }
    if (space) k += ' ';
    space = false;
    k += c;
  }
  k = Lowercase(k);
  for (std::string_view tail : {"\xE2\x80\x99s", "'s"})
    if (k.size() > tail.size() && k.compare(k.size() - tail.size(), tail.size(), tail) == 0)
      k.resize(k.size() - tail.size());
  if (k.rfind("the ", 0) == 0) k = k.substr(4);
  return k;
}

bool IsLeaf(std::string_view p) { return !p.empty() && p.back() == '@'; }

// `outer` contains `inner`: equal, or a prefix of it at a dot.
bool PathContains(std::string_view outer, std::string_view inner) {
  if (IsLeaf(outer)) return false;
  return inner.size() > outer.size() && inner.compare(0, outer.size(), outer) == 0 && inner[outer.size()] == '.';
}

template <typename F>
void ForEachPath(std::string_view paths, F f) {
  size_t start = 0;
  while (start < paths.size()) {
    size_t sp = paths.find(' ', start);
    if (sp == std::string_view::npos) sp = paths.size();
    if (sp > start) f(paths.substr(start, sp - start));
    start = sp + 1;
  }
}

}  // namespace

Result<PlaceHierarchy> PlaceHierarchy::FromText(std::string text, const std::string& origin) {
  PlaceHierarchy h;
  h.text_ = std::move(text);
  std::string_view all(h.text_);
  size_t pos = 0;
  int line_no = 0;
  while (pos < all.size()) {
    size_t nl = all.find('\n', pos);
    std::string_view line = all.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? all.size() : nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab + 1 >= line.size())
      return Error{origin + ":" + std::to_string(line_no) + ": expected KEY<TAB>PATHS"};
    std::string_view key = line.substr(0, tab);
    if (!h.lines_.empty() && !(h.lines_.back().first < key))
      return Error{origin + ":" + std::to_string(line_no) + ": keys out of order"};
    h.lines_.emplace_back(key, line.substr(tab + 1));
  }
  return h;
}

Result<PlaceHierarchy> PlaceHierarchy::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot open"};
  std::stringstream ss;
  ss << in.rdbuf();
  return FromText(ss.str(), path);
}

const PlaceHierarchy& PlaceHierarchy::Default() {
  static const PlaceHierarchy* loaded = [] {
    Result<PlaceHierarchy> r = Load(DataPath("data/places/places.tsv"));
    return r.ok() ? new PlaceHierarchy(std::move(r).value()) : new PlaceHierarchy();
  }();
  return *loaded;
}

std::string PlaceHierarchy::Key(std::string_view name) { return KeyOf(name); }

std::string_view PlaceHierarchy::PathsOf(std::string_view name) const {
  std::string k = KeyOf(name);
  auto it = std::lower_bound(lines_.begin(), lines_.end(), std::string_view(k),
                             [](const auto& line, std::string_view key) { return line.first < key; });
  if (it == lines_.end() || it->first != k) return {};
  return it->second;
}

PlaceHierarchy::Relation PlaceHierarchy::Relate(std::string_view a, std::string_view b) const {
  std::string_view pa = PathsOf(a), pb = PathsOf(b);
  if (pa.empty() || pb.empty()) return Relation::kUnknown;
  if (KeyOf(a) == KeyOf(b)) return Relation::kSame;
  bool same = false, contains = false, inside = false, near = false;
  // Country and first-level region of a path ("US.MI" of "US.MI.125.@").
  auto region = [](std::string_view p) -> std::string_view {
    size_t dot = p.find('.');
    if (dot == std::string_view::npos) return {};
    size_t second = p.find('.', dot + 1);
    return second == std::string_view::npos ? std::string_view{} : p.substr(0, second);
  };
  ForEachPath(pa, [&](std::string_view x) {
    ForEachPath(pb, [&](std::string_view y) {
      if (x == y && !IsLeaf(x)) same = true;  // two names of one region or country
      if (PathContains(x, y)) contains = true;
      if (PathContains(y, x)) inside = true;
      if (!region(x).empty() && region(x) == region(y)) near = true;
    });
  });
  if (same) return Relation::kSame;
  if (contains) return Relation::kContains;
  if (inside) return Relation::kInside;
  if (near) return Relation::kNear;
  return Relation::kDisjoint;
}

}  // namespace crosscheck
