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
      Node::Memo* memo = nullptr;
      if (auto it = node.passed.find(key); it != node.passed.end()) {
        memo = &it->second;
      } else if (memo_bytes_ < kMemoBytes) {
        memo = &node.passed.emplace(key, Node::Memo()).first->second;
        memo_bytes_ += key.size() + 64;
      }
      if (memo == nullptr) {  // past the memory bound: test every child
        for (int child : children)
          if (level.compatible(c, *nodes_[child].sample)) next.push_back(child);
        continue;
      }
      const size_t before = memo->pass.size();
      for (size_t j = memo->tested; j < children.size(); ++j)
        if (level.compatible(c, *nodes_[children[j]].sample)) memo->pass.push_back(children[j]);
      memo->tested = children.size();
      memo_bytes_ += (memo->pass.size() - before) * sizeof(int);
      next.insert(next.end(), memo->pass.begin(), memo->pass.end());
    }
    frontier.swap(next);
    if (frontier.empty()) return;
  }
  for (int n : frontier) out->insert(out->end(), nodes_[n].ids.begin(), nodes_[n].ids.end());
  if (frontier.size() > 1) std::sort(out->begin(), out->end());
}

}  // namespace crosscheck
