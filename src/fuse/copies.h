// Copy detection: which documents are exact or near copies of an earlier
// document (a wire story reprinted by several outlets, with a new headline, a
// trimmed ending, reordered paragraphs, boilerplate lines or typo fixes), so
// that the ledger can count them as one source.
//
// Two documents are copies when the estimated 5-word-shingle containment of
// the shorter in the longer, |A∩B| / min(|A|,|B|), reaches
// CopyOptions::threshold (see minhash.h for the estimate and docs/STORIES.md
// for the measured recall and precision), counting content only: lines that
// recur beyond the copy group are boilerplate, and two pages that share a
// frame of identical first and last lines while their own texts inside it
// differ are pages of one site, not copies (copies.cc).
//
// Invariants: copy_of[i] < i, and copy_of[i] is itself never a copy (it is
// the original its group is filed under), so copy groups are stars keyed by
// their earliest document. Deterministic for a given input order.
//
// NearDuplicateIndex is thread-compatible (one writer; no concurrent calls).
// Memory per indexed document is about 4 bytes per sketch hash (at most
// CopyOptions::sketch_size), ~12 bytes per index entry (index_hashes) and
// 4 bytes per kept first or last line (2 * frame_lines), plus a fixed
// boilerplate counter (8 MB by default; BatchCopyOptions sizes it to a batch).
// Time per document is linear in its length plus a bounded number of
// candidate comparisons.
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
  // Boilerplate filter (docs/STORIES.md): every document's distinct lines
  // are counted (copies included) in a count-min sketch. When a new
  // document is compared with a candidate, the shingles of a line held by
  // at least common_documents documents, and by more documents than the
  // candidate's copy group plus the new one (so it recurs beyond the texts
  // that copy each other: a stub, a footer), are left out of the estimate.
  // 0 disables.
  int common_documents = 3;
  // Columns per row of the count-min line counter (4 rows of 2-byte
  // counters: 8 * counter_width bytes, rounded up to a power of two). The
  // default holds ~50,000 documents with no count-min noise (mean load under
  // 0.04); beyond, the bar rises by the whole documents the noise may add.
  // FindCopies sizes it to its batch.
  int counter_width = 1 << 20;
  // A copy must share at least this many shingles of text that is not
  // boilerplate (estimated from the sketches; exact for short texts).
  int min_content_shingles = 15;
  // Page templates (docs/STORIES.md, "boilerplate"): the lines two
  // documents share at their top and their bottom, as identical line runs
  // (lines shorter than two shingles may differ: dates, bylines), are their
  // frame. Two documents are pages of one site, not copies, when each has
  // text of its own inside the frame (text the other lacks: at least
  // min_own_shingles and own_fraction of it) and their inner texts are
  // different texts (estimated containment under inner_threshold).
  // frame_lines first and last lines of each indexed document are kept.
  int frame_lines = 8;
  int min_own_shingles = 8;
  double own_fraction = 0.15;
  double inner_threshold = 0.2;
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
  // Columns per row of the line counter: CounterColumns(options).
  size_t counter_columns() const { return width_; }

 private:
  struct Original {
    uint64_t offset = 0;     // into pool_
    uint32_t size = 0;       // sketch hashes
    uint32_t shingles = 0;   // distinct shingles in the text
    uint64_t line_offset = 0;  // into line_pool_: head first lines, then tail last lines
    uint32_t lines = 0;      // lines with words in the text
    uint16_t head = 0, tail = 0;
  };
  struct Verdict {         // a candidate's comparison with the probing sketch
    bool copy = false;
    double containment = 0;
    bool framed = false;     // a copy by the page frame (see Compare): not indexed
    bool uncounted = false;  // ... whose inner text differs: not counted in its group
  };
  struct Slot {            // open-addressing table; key 0 with doc -1 is empty
    uint32_t key = 0;
    int32_t doc = -1;      // index into originals_
  };

  int Match(const ShingleSketch& s, Verdict* verdict);  // verdict of the best match
  Verdict Compare(const ShingleSketch& s, int32_t cand, double noise) const;
  // The probe's lines that form a template frame with the candidate's
  // (sorted line indices into s.line_hashes); see CopyOptions::frame_lines.
  void Frame(const ShingleSketch& s, const Original& o, std::vector<uint32_t>* frame) const;
  uint32_t Count(uint32_t line_hash) const;  // documents holding the line (count-min)
  void CountDocument(const ShingleSketch& s);
  void Insert(uint32_t key, int32_t original);
  void Grow();

  CopyOptions options_;
  std::vector<int> copy_of_;
  std::vector<int> original_doc_;  // original index -> document id
  std::vector<int> group_size_;    // document id -> documents filed under it (originals only)
  std::vector<Original> originals_;
  std::vector<uint32_t> pool_;
  std::vector<uint32_t> line_pool_;  // stored first and last line hashes
  std::vector<Slot> table_;
  size_t used_ = 0;
  std::vector<std::pair<int32_t, int>> scratch_;  // candidate, hits
  std::vector<int32_t> slot_of_;  // scratch: candidate -> its row in scratch_, else -1
  std::vector<uint16_t> counts_;  // count-min rows (kDepth x kWidth), saturating
  std::vector<uint32_t> counts_of_;  // scratch: count of the line of each hash of the probe
  std::vector<uint32_t> line_counts_;     // scratch: count of each line of the probe
  std::vector<uint32_t> distinct_lines_;  // scratch for CountDocument
  mutable std::vector<uint32_t> frame_;  // scratch for Frame()
  uint64_t counted_ = 0;          // increments per count-min row
  size_t width_ = 0;              // count-min columns per row
};

// `options` for an index that will count `lines` lines in all (every
// document's, copies included; see CopyOptions::counter_width): a line
// counter of 32 columns per line (at least 4,096, at most
// options.counter_width), so the count-min noise stays under one document
// (mean load at most 1/32, where the open-ended default allows 0.04), with
// far less to allocate than the 8 MB default for a small batch. FindCopies
// and GroupDocuments (fuse.h) size their index so.
CopyOptions BatchCopyOptions(const CopyOptions& options, size_t lines);

// Columns per row of the line counter an index made with `options` uses
// (options.counter_width rounded up to a power of two, 1,024 to 2^24). Two
// indexes over the same documents in the same order with the same columns
// give the same verdicts (the count-min noise is the same), whatever
// counter_width each was asked for: a store that adds documents to a kept
// index can tell from this whether a batch would have sized it alike.
size_t CounterColumns(const CopyOptions& options);

// Batch form: copy_of[i] for every text, as if each were Add()ed in order.
std::vector<int> FindCopies(const std::vector<std::string_view>& texts,
                            const CopyOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_COPIES_H_
