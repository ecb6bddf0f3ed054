// An index of the ledger's entries under construction by the frame of their
// first claim, so a newcomer is scored only against entries it could join.
//
// The index is a tree of levels; each level has a key (a function of a
// claim's frame fields) and a compatibility test between two claims that
// depends on those fields alone. An entry sits in the leaf of its founder's
// keys. Find() walks the tree testing each node once against the newcomer
// (with the node's first claim standing for every claim of its key) and
// returns the entries of the leaves it reaches, in the order they were
// added. The tests must be necessary conditions of joining: the ledger
// then scores exactly the entries it scored before, in the same order, so
// the index changes the cost, never a decision.
//
// Each node remembers, per newcomer key of its children's level, which of
// its children passed (the tests depend on the key fields alone, so a
// second newcomer with the same key gets the same answers without testing
// again, or even visiting the children that failed: in a long report most
// figures share their frame keys with earlier ones). The memory is bounded (kMemoBytes for the whole index); past it a
// newcomer is tested as before. Answers are the same with or without it.
//
// Not thread-safe (Find() fills the memory too); claims given to Add() must
// outlive the index.
#ifndef CROSSCHECK_FUSE_LEDGER_INDEX_H_
#define CROSSCHECK_FUSE_LEDGER_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "claims/claim.h"

namespace crosscheck {

class EntryIndex {
 public:
  struct Level {
    std::function<std::string(const Claim&)> key;
    // May a claim with a's fields of this level join one with b's?
    std::function<bool(const Claim& a, const Claim& b)> compatible;
  };
  explicit EntryIndex(std::vector<Level> levels);

  // Files entry `id` (ids ascending over calls) under its founder's keys.
  void Add(const Claim& founder, int id);
  // The ids whose founders pass every level's test with c, ascending.
  void Find(const Claim& c, std::vector<int>* out) const;

 private:
  static constexpr size_t kMemoBytes = size_t{32} << 20;
  struct Node {
    const Claim* sample = nullptr;
    std::unordered_map<std::string, int> child_of;
    std::vector<int> children;  // in order of creation
    std::vector<int> ids;       // leaves only
    // Per newcomer key: the children (node ids, in `children` order) that
    // passed, of the first `tested` children. A later newcomer with
    // the key reads the list and tests only children made since, so its
    // cost is the passes, not the children.
    struct Memo {
      std::vector<int> pass;
      size_t tested = 0;
    };
    std::unordered_map<std::string, Memo> passed;
  };
  std::vector<Level> levels_;
  mutable std::vector<Node> nodes_;  // nodes_[0] is the root
  mutable size_t memo_bytes_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_LEDGER_INDEX_H_
