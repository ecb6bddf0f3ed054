// A newcomer's walk visits each node of a compatible parent once, so its
// cost is the number of distinct keys it is tested against plus the entries
// of the leaves it reaches, not the number of entries. Leaves' id lists are
// ascending; several leaves are merged back into ascending order.
#include "fuse/ledger_index.h"

#include <algorithm>

namespace crosscheck {

EntryIndex::EntryIndex(std::vector<Level> levels) : levels_(std::move(levels)) { nodes_.emplace_back(); }

void EntryIndex::Add(const Claim& founder, int id) {
  int n = 0;
  for (const Level& level : levels_) {
    std::string k = level.key(founder);
    auto it = nodes_[n].child_of.find(k);
    int next;
    if (it == nodes_[n].child_of.end()) {
      next = static_cast<int>(nodes_.size());
      nodes_[n].child_of.emplace(std::move(k), next);
      nodes_[n].children.push_back(next);
      nodes_.emplace_back();
      nodes_[next].sample = &founder;
    } else {
      next = it->second;
    }
    n = next;
  }
  nodes_[n].ids.push_back(id);
}

void EntryIndex::Find(const Claim& c, std::vector<int>* out) const {
  out->clear();
  std::vector<int> frontier = {0}, next;
  for (const Level& level : levels_) {
    next.clear();
    const std::string key = level.key(c);
    for (int n : frontier) {
      Node& node = nodes_[n];
      const std::vector<int>& children = node.children;
      std::vector<uint8_t>* memo = nullptr;
      if (auto it = node.passed.find(key); it != node.passed.end()) {
        memo = &it->second;
      } else if (memo_bytes_ < kMemoBytes) {
        memo = &node.passed.emplace(key, std::vector<uint8_t>()).first->second;
        memo_bytes_ += key.size() + 64;
      }
      if (memo && memo->size() < children.size()) {
        memo_bytes_ += children.size() - memo->size();
        memo->resize(children.size(), 0);
      }
      for (size_t j = 0; j < children.size(); ++j) {
        const int child = children[j];
        bool pass;
        if (memo && (*memo)[j] != 0) {
          pass = (*memo)[j] == 2;
        } else {
          pass = level.compatible(c, *nodes_[child].sample);
          if (memo) (*memo)[j] = pass ? 2 : 1;
        }
        if (pass) next.push_back(child);
      }
    }
    frontier.swap(next);
    if (frontier.empty()) return;
  }
  for (int n : frontier) out->insert(out->end(), nodes_[n].ids.begin(), nodes_[n].ids.end());
  if (frontier.size() > 1) std::sort(out->begin(), out->end());
}

}  // namespace crosscheck
