// WordClusters: a table from a lower-cased word to its distributional
// cluster (a fine class 0..255 and a coarse class 0..31 grouping the fine
// ones), read from models/gazetteer/clusters.tsv, which
// tools/ner/word_clusters builds from the unlabelled text of
// ../shared/corpora (docs/ENTITIES.md). The tagger uses the classes as
// features, so that a word never seen in the labelled data still shares
// weights with the words that occur in the same contexts ("Pyongyang" with
// other capitals, "Tuesday" with days).
//
// Keyed by HashBytes of the lower-cased word (the hash the tagger already
// has per token), open addressing over 8-byte slots; built once, then
// const and thread-safe. Lookup of an unknown word returns 0.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_WORD_CLUSTERS_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_WORD_CLUSTERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace crosscheck {

class WordClusters {
 public:
  // Reads "word<TAB>fine<TAB>coarse" lines ("#" starts a comment). A missing
  // file gives an empty table (every word unknown); a malformed line is an
  // error naming the file and line.
  static Result<WordClusters> Load(const std::string& path);

  void Add(std::string_view lower_word, int fine, int coarse);
  // 0 when unknown, else 0x8000 | coarse << 8 | fine.
  uint16_t Find(uint64_t word_hash) const;
  static int Fine(uint16_t c) { return c & 0xFF; }
  static int Coarse(uint16_t c) { return (c >> 8) & 0x7F; }
  size_t size() const { return count_; }

 private:
  size_t Slot(uint64_t key) const;
  std::vector<uint64_t> table_;  // (hash & ~0xFFFF) | value; 0 = empty
  size_t count_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_WORD_CLUSTERS_H_
