// Shingle sketches: the compact summary of a document's text that copy
// detection compares. A document's words (runs of ASCII letters and digits,
// or of non-ASCII bytes; ASCII lower-cased; punctuation and spacing ignored)
// form overlapping w-word shingles within each line (a shingle never spans
// a line break, so reordered paragraphs keep their shingles; a line shorter
// than w words is one shingle); each shingle is hashed to 32 bits and the
// sketch keeps the k smallest distinct hashes (a bottom-k MinHash sketch).
//
// Why bottom-k rather than k independent minima: one hash per shingle is
// cheaper, and because the sketch holds *every* shingle hash below its
// threshold, two sketches restricted to the smaller of their thresholds are
// exact samples of both shingle sets over one hash range. From them we
// estimate containment (|A∩B| / min(|A|,|B|)), which is what a trimmed or
// excerpted wire copy preserves while Jaccard similarity does not. A document
// with at most k shingles has a complete sketch (its whole shingle set).
//
// The sketch also records the text's line structure (one hash per line, and
// the line each kept shingle first occurs on), which copy detection uses to
// tell a page template (identical first and last lines) from shared content.
//
// Pure functions and value types; thread-safe.
#ifndef CROSSCHECK_FUSE_MINHASH_H_
#define CROSSCHECK_FUSE_MINHASH_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace crosscheck {

struct SketchOptions {
  int shingle = 5;        // words per shingle; shorter lines give one shingle
  int sketch_size = 128;  // k: smallest distinct hashes kept
};

struct ShingleSketch {
  std::vector<uint32_t> hashes;  // ascending, distinct, at most k
  uint32_t shingles = 0;         // distinct shingle hashes in the whole text
  // Line structure, one entry per line that holds words, in text order:
  // a hash of the line's normalised words (LineHash; equal lines, up to
  // case, punctuation and spacing, hash alike) and its shingle count.
  std::vector<uint32_t> line_hashes;
  std::vector<uint32_t> line_shingles;
  // Per entry of `hashes`: the line (index into line_hashes) where that
  // shingle first occurs.
  std::vector<uint32_t> line_of;
  // True when `hashes` holds every shingle hash of the text.
  bool complete() const { return hashes.size() == shingles; }
  // Every shingle hash <= threshold() is in `hashes`.
  uint32_t threshold() const { return complete() ? UINT32_MAX : hashes.back(); }
};

// A line's hash has its lowest bit set when the line is short: fewer than
// two shingles' worth of words (a date, a byline, "Advertisement").
inline bool IsShortLine(uint32_t line_hash) { return line_hash & 1u; }

// Normalised word hashes of `text` (see the header comment), in order.
std::vector<uint64_t> WordHashes(std::string_view text);

// Sorted, distinct 32-bit hashes of all shingles of `text`.
std::vector<uint32_t> ShingleHashes(std::string_view text, int shingle);

ShingleSketch Sketch(std::string_view text, const SketchOptions& options = {});

struct Overlap {
  int shared = 0;   // hashes in both restricted samples
  int sample = 0;   // size of the smaller restricted sample
  // shared / sample: estimated |A∩B| / min(|A|,|B|); 0 when sample == 0.
  double containment() const { return sample ? static_cast<double>(shared) / sample : 0.0; }
};

// Compares two sketches over the hash range both cover exactly (hashes up to
// the smaller threshold). Arguments are ascending hash arrays with their
// thresholds, so that stored sketches can be compared without copying.
Overlap CompareSketches(const uint32_t* a, size_t a_size, uint32_t a_threshold,
                        const uint32_t* b, size_t b_size, uint32_t b_threshold);
Overlap CompareSketches(const ShingleSketch& a, const ShingleSketch& b);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_MINHASH_H_
