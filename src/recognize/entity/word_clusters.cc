#include "recognize/entity/word_clusters.h"

#include <fstream>

#include "recognize/entity/name_text.h"

namespace crosscheck {

namespace {
uint64_t Key(uint64_t hash) {
  hash &= ~uint64_t{0xFFFF};
  return hash ? hash : 0x10000;
}
}  // namespace

size_t WordClusters::Slot(uint64_t key) const {
  const size_t mask = table_.size() - 1;
  size_t i = SlotMix(key) & mask;
  while (table_[i] != 0 && (table_[i] & ~uint64_t{0xFFFF}) != key) i = (i + 1) & mask;
  return i;
}

void WordClusters::Add(std::string_view lower_word, int fine, int coarse) {
  if (4 * (count_ + 1) > 3 * table_.size()) {
    std::vector<uint64_t> old = std::move(table_);
    table_.assign(old.empty() ? 1024 : old.size() * 2, 0);
    for (uint64_t v : old)
      if (v != 0) table_[Slot(v & ~uint64_t{0xFFFF})] = v;
  }
  const uint64_t key = Key(HashBytes(lower_word));
  uint64_t& v = table_[Slot(key)];
  if (v == 0) ++count_;
  v = key | 0x8000 | static_cast<uint64_t>((coarse & 0x7F) << 8) | static_cast<uint64_t>(fine & 0xFF);
}

uint16_t WordClusters::Find(uint64_t word_hash) const {
  if (table_.empty()) return 0;
  return static_cast<uint16_t>(table_[Slot(Key(word_hash))] & 0xFFFF);
}

Result<WordClusters> WordClusters::Load(const std::string& path) {
  WordClusters c;
  std::ifstream in(path);
  if (!in) return c;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const size_t t1 = line.find('\t');
    const size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) return Error{path + ":" + std::to_string(line_no) + ": expected word<TAB>fine<TAB>coarse"};
    char* end = nullptr;
    const long fine = std::strtol(line.c_str() + t1 + 1, &end, 10);
    const long coarse = std::strtol(line.c_str() + t2 + 1, &end, 10);
    if (fine < 0 || fine > 255 || coarse < 0 || coarse > 127)
      return Error{path + ":" + std::to_string(line_no) + ": cluster out of range"};
    c.Add(std::string_view(line).substr(0, t1), static_cast<int>(fine), static_cast<int>(coarse));
  }
  return c;
}

}  // namespace crosscheck
