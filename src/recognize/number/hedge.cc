#include "recognize/number/hedge.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>
#include <utility>

#include "core/data_dir.h"

namespace crosscheck {

namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      out.push_back(line.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

bool ParseNum(std::string_view s, double* v) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// "a,b" with optional "(" before and "]" or ")" after.
bool ParsePair(std::string_view s, double* a, double* b, bool* a_inc, bool* b_inc) {
  *a_inc = *b_inc = true;
  if (!s.empty() && (s.front() == '(' || s.front() == '[')) {
    *a_inc = s.front() == '[';
    s.remove_prefix(1);
  }
  if (!s.empty() && (s.back() == ')' || s.back() == ']')) {
    *b_inc = s.back() == ']';
    s.remove_suffix(1);
  }
  size_t comma = s.find(',');
  if (comma == std::string_view::npos) return false;
  return ParseNum(s.substr(0, comma), a) && ParseNum(s.substr(comma + 1), b);
}

}  // namespace

Result<HedgeTable> HedgeTable::Load(std::string_view tsv, const std::string& name) {
  HedgeTable t;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto cols = SplitTabs(line);
    auto fail = [&](const std::string& why) {
      return Error{name + ":" + std::to_string(line_no) + ": " + why};
    };
    if (cols.size() < 5) return fail("expected 5 tab-separated columns");
    Hedge h;
    h.phrase = std::string(cols[0]);
    h.words = 1;
    for (char c : h.phrase) h.words += c == ' ';
    if (cols[1] == "pre") h.where = HedgeWhere::kPre;
    else if (cols[1] == "post") h.where = HedgeWhere::kPost;
    else if (cols[1] == "vague") h.where = HedgeWhere::kVague;
    else return fail("bad 'where': " + std::string(cols[1]));
    if (h.where == HedgeWhere::kVague) {
      h.logic = HedgeLogic::kAbsolute;
      bool ai, bi;
      if (!ParsePair(cols[2], &h.abs_low, &h.abs_high, &ai, &bi)) return fail("bad vague bounds");
    } else if (cols[2] == "lt") h.logic = HedgeLogic::kLt;
    else if (cols[2] == "le") h.logic = HedgeLogic::kLe;
    else if (cols[2] == "gt") h.logic = HedgeLogic::kGt;
    else if (cols[2] == "ge") h.logic = HedgeLogic::kGe;
    else if (cols[2] == "eq") h.logic = HedgeLogic::kEq;
    else if (cols[2] == "approx") h.logic = HedgeLogic::kApprox;
    else return fail("bad logic: " + std::string(cols[2]));
    if (!ParsePair(cols[3], &h.band_a, &h.band_b, &h.band_a_inclusive, &h.band_b_inclusive))
      return fail("bad band: " + std::string(cols[3]));
    if (cols[4] == "band_low") h.cons = Hedge::Cons::kBandLow;
    else if (cols[4] == "x") h.cons = Hedge::Cons::kX;
    else if (ParseNum(cols[4], &h.cons_value)) h.cons = Hedge::Cons::kAbsolute;
    else return fail("bad conservative value: " + std::string(cols[4]));
    auto& idx = t.index_[static_cast<int>(h.where)];
    if (idx.count(h.phrase)) return fail("duplicate phrase: " + h.phrase);
    idx[h.phrase] = t.rows_.size();
    t.max_words_ = std::max(t.max_words_, h.words);
    std::string_view ph = h.phrase;
    size_t sp = h.where == HedgeWhere::kPre ? ph.rfind(' ') : ph.find(' ');
    std::string edge(h.where == HedgeWhere::kPre ? (sp == std::string_view::npos ? ph : ph.substr(sp + 1))
                                                 : ph.substr(0, sp));
    t.edge_words_[static_cast<int>(h.where)].words.push_back(std::move(edge));
    t.rows_.push_back(std::move(h));
  }
  for (EdgeSet& set : t.edge_words_) {
    std::sort(set.words.begin(), set.words.end());
    set.words.erase(std::unique(set.words.begin(), set.words.end()), set.words.end());
    set.Index();
  }
  return t;
}

namespace {
struct DefaultHolder {
  HedgeTable table;
  Status status;
};
const DefaultHolder& Holder() {
  static const DefaultHolder* const kHolder = [] {
    auto* h = new DefaultHolder;
    std::string path = DataPath("data/hedges.tsv");
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      h->status = Error{path + ": cannot read the hedge table"};
      return h;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    auto r = HedgeTable::Load(ss.str(), path);
    if (r.ok()) h->table = std::move(r.value());
    else h->status = r.error();
    return h;
  }();
  return *kHolder;
}
}  // namespace

const HedgeTable& HedgeTable::Default() { return Holder().table; }
const Status& HedgeTable::DefaultStatus() { return Holder().status; }

const Hedge* HedgeTable::Find(std::string_view phrase, HedgeWhere where) const {
  const auto& idx = index_[static_cast<int>(where)];
  auto it = idx.find(std::string(phrase));
  return it == idx.end() ? nullptr : &rows_[it->second];
}

namespace {
inline bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
}  // namespace

bool HedgeTable::EdgeWord(HedgeWhere where, std::string_view text, size_t b, size_t e) const {
  char buf[24];
  if (e <= b || e - b > sizeof buf) return false;
  for (size_t k = b; k < e; ++k) buf[k - b] = Lower(text[k]);
  return edge_words_[static_cast<int>(where)].table.Find(std::string_view(buf, e - b)) != 0;
}

const Hedge* HedgeTable::MatchBefore(std::string_view text, uint32_t pos, uint32_t* start) const {
  if (pos < 2 || text[pos - 1] != ' ') return nullptr;
  {
    size_t b = pos - 1;
    while (b > 0 && IsLetter(text[b - 1])) --b;
    if (!EdgeWord(HedgeWhere::kPre, text, b, pos - 1)) return nullptr;
  }
  // Word starts going backwards.
  uint32_t starts[8];
  int nw = 0;
  size_t i = pos;
  while (nw < max_words_ && nw < 8) {
    if (i == 0 || text[i - 1] != ' ') break;
    size_t e = i - 1;
    size_t b = e;
    while (b > 0 && IsLetter(text[b - 1])) --b;
    if (b == e) break;
    starts[nw++] = static_cast<uint32_t>(b);
    i = b;
    if (b > 0 && IsLetter(text[b - 1])) break;
  }
  std::string phrase;
  for (int w = nw; w >= 1; --w) {
    size_t b = starts[w - 1];
    phrase.clear();
    for (size_t k = b; k + 1 < pos; ++k) phrase += Lower(text[k]);
    if (const Hedge* h = Find(phrase, HedgeWhere::kPre)) {
      *start = static_cast<uint32_t>(b);
      return h;
    }
  }
  return nullptr;
}

namespace {
// Lower-cased words after `pos` (up to max), with their end offsets.
int WordsAfter(std::string_view text, size_t pos, int max, std::string* phrase, uint32_t* ends) {
  int nw = 0;
  size_t i = pos;
  phrase->clear();
  while (nw < max && i < text.size()) {
    if (nw > 0 || (i < text.size() && text[i] == ' ')) {
      if (text[i] != ' ') break;
      ++i;
    }
    size_t b = i;
    while (i < text.size() && IsLetter(text[i])) ++i;
    if (i == b) break;
    if (nw) *phrase += ' ';
    for (size_t k = b; k < i; ++k) *phrase += Lower(text[k]);
    ends[nw++] = static_cast<uint32_t>(i);
  }
  return nw;
}
}  // namespace

const Hedge* HedgeTable::MatchAfter(std::string_view text, uint32_t pos, uint32_t* end) const {
  if (pos >= text.size() || text[pos] != ' ') return nullptr;
  {
    size_t e = pos + 1;
    while (e < text.size() && IsLetter(text[e])) ++e;
    if (!EdgeWord(HedgeWhere::kPost, text, pos + 1, e)) return nullptr;
  }
  std::string all;
  uint32_t ends[8];
  int nw = WordsAfter(text, pos, std::min(max_words_, 8), &all, ends);
  for (int w = nw; w >= 1; --w) {
    size_t len = ends[w - 1] - pos - 1;
    std::string_view p(all.data(), std::min(all.size(), len));
    if (const Hedge* h = Find(p, HedgeWhere::kPost)) {
      *end = ends[w - 1];
      return h;
    }
  }
  return nullptr;
}

const Hedge* HedgeTable::MatchVagueAt(std::string_view text, uint32_t pos, uint32_t* end) const {
  if (pos > 0 && IsLetter(text[pos - 1])) return nullptr;
  {
    size_t e = pos;
    while (e < text.size() && IsLetter(text[e])) ++e;
    if (!EdgeWord(HedgeWhere::kVague, text, pos, e)) return nullptr;
  }
  std::string all;
  uint32_t ends[8];
  int nw = WordsAfter(text, pos, std::min(max_words_, 8), &all, ends);
  for (int w = nw; w >= 1; --w) {
    size_t len = ends[w - 1] - pos;
    std::string_view p(all.data(), std::min(all.size(), len));
    if (const Hedge* h = Find(p, HedgeWhere::kVague)) {
      *end = ends[w - 1];
      return h;
    }
  }
  return nullptr;
}

Interval HedgeTable::Apply(const Hedge* h, double x) {
  Interval iv;
  if (h == nullptr) {
    iv.low = iv.high = iv.band_low = iv.band_high = iv.conservative = x;
    return iv;
  }
  iv.exact = h->logic == HedgeLogic::kEq;
  if (h->where == HedgeWhere::kVague) {
    iv.low = h->abs_low;
    iv.high = h->abs_high;
    iv.band_low = h->band_a;
    iv.band_high = h->band_b;
    iv.band_low_inclusive = h->band_a_inclusive;
    iv.band_high_inclusive = h->band_b_inclusive;
    iv.conservative = h->cons == Hedge::Cons::kAbsolute ? h->cons_value : *iv.band_low;
    iv.exact = false;
    return iv;
  }
  iv.band_low = h->band_a * x;
  iv.band_high = h->band_b * x;
  iv.band_low_inclusive = h->band_a_inclusive;
  iv.band_high_inclusive = h->band_b_inclusive;
  // A negative figure ("about -4", "some -3.5%") turns the factors over:
  // the band still runs from low to high; the conservative value stays the
  // end the factor band_a gives (the one nearer zero).
  const double factor_low = *iv.band_low;
  if (x < 0) {
    std::swap(iv.band_low, iv.band_high);
    std::swap(iv.band_low_inclusive, iv.band_high_inclusive);
  }
  switch (h->logic) {
    case HedgeLogic::kLt: iv.high = x; iv.high_inclusive = false; break;
    case HedgeLogic::kLe: iv.high = x; break;
    case HedgeLogic::kGt: iv.low = x; iv.low_inclusive = false; break;
    case HedgeLogic::kGe: iv.low = x; break;
    case HedgeLogic::kEq: iv.low = iv.high = x; break;
    case HedgeLogic::kApprox:
    case HedgeLogic::kAbsolute:
      iv.low = iv.band_low;
      iv.high = iv.band_high;
      iv.low_inclusive = iv.band_low_inclusive;
      iv.high_inclusive = iv.band_high_inclusive;
      break;
  }
  switch (h->cons) {
    case Hedge::Cons::kBandLow: iv.conservative = factor_low; break;
    case Hedge::Cons::kX: iv.conservative = x; break;
    case Hedge::Cons::kAbsolute: iv.conservative = h->cons_value; break;
  }
  return iv;
}

}  // namespace crosscheck
