// Copy detection: which documents are exact or near copies of an earlier
// document (a wire story reprinted by several outlets, with a new headline, a
// trimmed ending, reordered paragraphs, boilerplate lines or typo fixes), so
// that the ledger can count them as one source.
//
// Two documents are copies when the estimated 5-word-shingle containment of
// the shorter in the longer, |A∩B| / min(|A|,|B|), reaches
// CopyOptions::threshold (see minhash.h for the estimate and docs/STORIES.md
// for the measured recall and precision).
//
// Invariants: copy_of[i] < i, and copy_of[i] is itself never a copy (it is
// the original its group is filed under), so copy groups are stars keyed by
// their earliest document. Deterministic for a given input order.
//
// NearDuplicateIndex is thread-compatible (one writer; no concurrent calls).
// Memory per indexed document is about 4 bytes per sketch hash (at most
// CopyOptions::sketch_size) plus ~12 bytes per index entry (index_hashes),
// plus a fixed 8 MB boilerplate counter. Time per document is linear in its length plus a
// bounded number of candidate comparisons.
#ifndef CROSSCHECK_FUSE_COPIES_H_
#define CROSSCHECK_FUSE_COPIES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuse/minhash.h"

namespace crosscheck {

struct CopyOptions {
  int shingle = 5;            // words per shingle
  double threshold = 0.5;     // min estimated containment of the shorter text
  int sketch_size = 128;      // bottom-k sketch size per original document
  int index_hashes = 24;      // smallest sketch hashes an original is indexed under
  int min_shared = 3;         // min shared sketch hashes (fewer if a text is tinier)
  int min_shingles = 4;       // shorter texts are copies only of identical texts
  int max_postings = 64;      // a hash held by more originals stops being indexed
  int max_candidates = 64;    // candidates compared per document, most hits first
  // Boilerplate filter (docs/STORIES.md): every document's sketch hashes
  // are counted (copies included) in a fixed 8 MB count-min sketch. When a
  // new document is compared with a candidate, a hash seen in at least
  // common_documents documents, and in more documents than the candidate's
  // copy group plus the new one (so it recurs beyond the texts that copy
  // each other: a stub, a footer), is left out of the estimate. 0 disables.
  int common_documents = 3;
  // A copy must share at least this many shingles of text that is not
  // boilerplate (estimated from the sketches; exact for short texts), so
  // that two pages sharing only a stub and a footer are never copies, even
  // before the boilerplate has recurred often enough to be recognised.
  int min_content_shingles = 20;
  bool index_copies = true;   // index copies too (better recall; memory per copy
                              // as for an original); false: a copy costs 4 bytes
};

class NearDuplicateIndex {
 public:
  explicit NearDuplicateIndex(const CopyOptions& options = {});
  NearDuplicateIndex(const NearDuplicateIndex&) = delete;  // large; move it instead
  NearDuplicateIndex& operator=(const NearDuplicateIndex&) = delete;
  NearDuplicateIndex(NearDuplicateIndex&&) = default;
  NearDuplicateIndex& operator=(NearDuplicateIndex&&) = default;

  // Adds the next document (its id is size() before the call) and returns
  // the id of the earlier original it copies, or -1 (then it becomes an
  // original that later documents may copy).
  int Add(std::string_view text);
  // Same, from a sketch computed elsewhere (e.g. on a worker thread) with
  // Sketch(text, {options.shingle, options.sketch_size}).
  int AddSketch(ShingleSketch sketch);

  size_t size() const { return copy_of_.size(); }
  // copy_of()[i] for every document added so far.
  const std::vector<int>& copy_of() const { return copy_of_; }
  // Approximate bytes held by the index (for benchmarks and the server).
  size_t MemoryBytes() const;

 private:
  struct Original {
    uint64_t offset = 0;   // into pool_
    uint32_t size = 0;     // sketch hashes
    uint32_t shingles = 0; // distinct shingles in the text
  };
  struct Slot {            // open-addressing table; key 0 with doc -1 is empty
    uint32_t key = 0;
    int32_t doc = -1;      // index into originals_
  };

  int Match(const ShingleSketch& s);
  uint32_t Count(uint32_t hash) const;  // count-min estimate over all documents
  void CountDocument(const ShingleSketch& s);
  void Insert(uint32_t key, int32_t original);
  void Grow();

  CopyOptions options_;
  std::vector<int> copy_of_;
  std::vector<int> original_doc_;  // original index -> document id
  std::vector<int> group_size_;    // document id -> documents filed under it (originals only)
  std::vector<Original> originals_;
  std::vector<uint32_t> pool_;
  std::vector<Slot> table_;
  size_t used_ = 0;
  std::vector<std::pair<int32_t, int>> scratch_;  // candidate, hits
  std::vector<uint16_t> counts_;  // count-min rows (kDepth x kWidth), saturating
  std::vector<uint32_t> counts_of_;  // scratch: count of each hash of the probing sketch
  uint64_t counted_ = 0;          // increments per count-min row
};

// Batch form: copy_of[i] for every text, as if each were Add()ed in order.
std::vector<int> FindCopies(const std::vector<std::string_view>& texts,
                            const CopyOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_COPIES_H_
