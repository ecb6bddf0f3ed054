#include "recognize/entity/gazetteer.h"

#include <fstream>
#include <string>
#include <string_view>

#include "core/data_dir.h"
#include "recognize/entity/name_text.h"

namespace crosscheck {

namespace {
constexpr size_t kMaxPhraseTokens = 6;

// Splits on spaces, dropping empty pieces.
void SplitSpaces(std::string_view s, std::vector<std::string_view>* out) {
  out->clear();
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out->push_back(s.substr(i, j - i));
    i = j;
  }
}
// Calls f on each line of an opened file, as std::getline gives them (no
// '\n'; a last line without one included), from one read of the whole
// file instead of a copy per line.
template <typename F>
void ForEachLine(std::ifstream& in, F f) {
  std::string text;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) text.append(buf, static_cast<size_t>(in.gcount()));
  std::string_view rest(text);
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    f(rest.substr(0, nl));
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
}

}  // namespace

size_t Gazetteer::Slot(uint64_t tag) const {
  const size_t mask = table_.size() - 1;
  size_t i = SlotMix(tag) & mask;
  while (table_[i] != 0 && (table_[i] & ~uint64_t{0xFF}) != tag) i = (i + 1) & mask;
  return i;
}

uint8_t Gazetteer::ClassesOf(uint64_t hash) const {
  if (table_.empty()) return 0;
  return static_cast<uint8_t>(table_[Slot(Tag(hash))] & 0xFF);
}

void Gazetteer::Insert(uint64_t hash, uint8_t classes) {
  if (4 * (count_ + 1) > 3 * table_.size()) {
    std::vector<uint64_t> old = std::move(table_);
    table_.assign(old.empty() ? 1024 : old.size() * 2, 0);
    for (uint64_t v : old)
      if (v != 0) table_[Slot(v & ~uint64_t{0xFF})] = v;
  }
  const uint64_t tag = Tag(hash);
  uint64_t& v = table_[Slot(tag)];
  if (v == 0) {
    v = tag;
    ++count_;
  }
  v |= classes;
}

uint64_t Gazetteer::PhraseSeed() { return HashBytes("gaz"); }
uint64_t Gazetteer::Extend(uint64_t phrase_hash, uint64_t word_hash) { return HashMix(phrase_hash, word_hash); }

uint64_t Gazetteer::PhraseHash(std::span<const std::string_view> lower) {
  uint64_t h = PhraseSeed();
  for (std::string_view w : lower) h = Extend(h, HashBytes(w));
  return h;
}

void Gazetteer::Add(std::string_view phrase, GazClass cls, std::string_view canonical) {
  // Loading adds ~200k phrases: the lower-cased copy and its words reuse
  // the thread's buffers.
  thread_local std::string low;
  thread_local std::vector<std::string_view> toks;
  LowerWord(phrase, &low);
  SplitSpaces(low, &toks);
  if (toks.empty() || toks.size() > kMaxPhraseTokens) return;
  // PhraseHash of each leading k words, extended a word at a time (the
  // same steps PhraseHash takes); the last is the whole phrase's.
  uint64_t h = PhraseSeed();
  for (size_t k = 1; k <= toks.size(); ++k) {
    h = Extend(h, HashBytes(toks[k - 1]));
    SetPrefix(h);
    if (cls & kGazFacility) facility_prefix_bits_[(h >> 6) % (kFacilityPrefixBits / 64)] |= uint64_t{1} << (h & 63);
  }
  Insert(h, cls);
  if (!canonical.empty() && canonical_of_.emplace(Tag(h), static_cast<int32_t>(canonicals_.size())).second)
    canonicals_.emplace_back(canonical);
  if (toks.size() > max_tokens_) max_tokens_ = toks.size();
}

void Gazetteer::AddGivenName(std::string_view lower_word) {
  if (given_names_.empty()) given_names_.assign(16384, 0);
  if (lower_word.empty() || 2 * (given_count_ + 1) > given_names_.size()) return;
  std::string low;
  LowerWord(lower_word, &low);
  const uint64_t h = HashBytes(low);
  const uint32_t tag = GivenTag(h);
  for (size_t i = h & (given_names_.size() - 1);; i = (i + 1) & (given_names_.size() - 1)) {
    if (given_names_[i] == tag) return;
    if (given_names_[i] == 0) {
      given_names_[i] = tag;
      ++given_count_;
      return;
    }
  }
}

Result<Gazetteer> Gazetteer::Load(const std::string& dir, bool common_words) {
  struct FileClass {
    const char* name;
    GazClass cls;
    bool optional = false;
  };
  static const FileClass kFiles[] = {
      {"countries.tsv", kGazCountry}, {"regions.tsv", kGazRegion},
      {"cities.tsv", kGazCity},       {"demonyms.tsv", kGazDemonym},
      {"organizations.tsv", kGazOrg}, {"facilities.tsv", kGazFacility},
      {"common_words.tsv", kGazCommon, true},
      {"first_names.tsv", kGazFirstName, true},
  };
  Gazetteer g;
  for (const FileClass& f : kFiles) {
    if ((f.cls == kGazCommon || f.cls == kGazFirstName) && !common_words) continue;
    std::string path = dir + "/" + f.name;
    std::ifstream in(path);
    if (!in && f.optional) continue;
    if (!in) return Error{path + ": cannot open gazetteer file"};
    ForEachLine(in, [&](std::string_view line) {
      if (line.empty() || line[0] == '#') return;
      if (line.back() == '\r') line.remove_suffix(1);
      size_t tab = line.find('\t');
      std::string_view phrase = line;
      std::string_view canonical;
      if (tab != std::string_view::npos) {
        phrase = line.substr(0, tab);
        canonical = line.substr(tab + 1);
      }
      g.Add(phrase, f.cls, canonical);
    });
  }
  {
    std::ifstream in(DataPath("data/lexicon/first_names.tsv"));
    ForEachLine(in, [&](std::string_view line) {
      if (line.empty() || line[0] == '#') return;
      g.AddGivenName(line.substr(0, line.find('\t')));
    });
  }
  auto clusters = WordClusters::Load(dir + "/clusters.tsv");
  if (!clusters.ok()) return clusters.error();
  g.clusters_ = std::move(clusters).value();
  return g;
}

uint8_t Gazetteer::Find(std::span<const std::string_view> lower) const {
  const uint64_t h = PhraseHash(lower);
  if (!HasPrefix(h)) return 0;
  return ClassesOf(h);
}

std::string_view Gazetteer::Canonical(std::span<const std::string_view> lower) const {
  if (canonical_of_.empty()) return {};
  auto it = canonical_of_.find(Tag(PhraseHash(lower)));
  if (it == canonical_of_.end()) return {};
  return canonicals_[it->second];
}

void Gazetteer::Match(std::span<const uint64_t> word_hashes, const uint8_t* capitalised, uint8_t* begin,
                      uint8_t* inside) const {
  const size_t n = word_hashes.size();
  const uint64_t seed = PhraseSeed();
  for (size_t i = 0; i < n; ++i) {
    const bool any = capitalised[i] != 0;
    uint64_t h = seed;
    for (size_t len = 1; len <= max_tokens_ && i + len <= n; ++len) {
      h = Extend(h, word_hashes[i + len - 1]);
      if (any ? !HasPrefix(h) : !HasFacilityPrefix(h)) break;
      const uint8_t all = ClassesOf(h);
      const uint8_t cls = any ? all : static_cast<uint8_t>(all & kGazFacility);
      if (cls == 0) continue;
      begin[i] |= cls;
      for (size_t k = i + 1; k < i + len; ++k) inside[k] |= cls;
    }
  }
}

}  // namespace crosscheck
