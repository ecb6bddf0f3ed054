// Near-duplicate index: bottom-k sketches plus an LSH-style inverted index.
//
// Each original document keeps its sketch (the k smallest shingle hashes) in
// one pool, and is indexed under its `index_hashes` smallest hashes in one
// open-addressing table of (hash, original) slots; several slots may share a
// hash (linear probing walks over all of them). A new document probes the
// table with every hash of its own sketch, counts hits per original, and
// compares the best-hit candidates' sketches with its own (minhash.h).
//
// Why indexing under the smallest hashes finds copies of different lengths:
// if B is a near copy of A of similar size, their smallest hashes coincide;
// if A is an excerpt of a longer B that came first, B's smallest hashes are
// a random sample of B, a fraction |A|/|B| of which lie in A, so one of
// `index_hashes` of them lands in A unless A is a tiny excerpt; if a longer
// B arrives after A, A's smallest hashes lie below B's sketch threshold as
// long as |B|/|A| < sketch_size, so B's probes include them.
//
// A copy is indexed too (option index_copies), filed under its original: an
// original and its copies may share little with each other's edits (one
// outlet trims, another adds a paragraph), and a later copy of a copy must
// still find the group.
//
// Boilerplate: a short page that is mostly a stub ("subscribe to read")
// and a copyright footer would "contain" every later page of that outlet.
// Every document's sketch hashes are counted (copies included: counting
// only originals let a stub page that was wrongly taken for a copy hide the
// stub from the count). A wire story's shingles recur only in its copies,
// a stub's in pages that otherwise differ; so when a document is compared
// with a candidate, a hash counted in at least `common_documents`
// documents and in more documents than the candidate's copy group plus
// the new document is boilerplate and left out of the estimate. On top, a
// copy must share at least `min_content_shingles` shingles of the rest:
// two pages that share only a stub and a footer are never copies, even
// before the stub has recurred often enough to be recognised.
//
// Scale: each hash's posting list is capped (`max_postings`: boilerplate
// shingles such as a copyright line would otherwise make every document a
// candidate of every other), and candidates compared per document are
// capped. Memory is linear in the number of indexed documents, time linear
// in the number of documents.
#include "fuse/copies.h"

#include <algorithm>
#include <cmath>

namespace crosscheck {
namespace {

constexpr int kDepth = 4;
constexpr size_t kWidth = size_t{1} << 20;

uint64_t SlotHash(uint32_t key) {
  uint64_t x = key * 0x9e3779b97f4a7c15ULL;
  return x ^ (x >> 29);
}

}  // namespace

NearDuplicateIndex::NearDuplicateIndex(const CopyOptions& options) : options_(options) {
  table_.resize(1024);
  if (options_.common_documents > 0) counts_.assign(kDepth * kWidth, 0);
}

uint32_t NearDuplicateIndex::Count(uint32_t hash) const {
  if (counts_.empty()) return 0;
  uint32_t best = UINT32_MAX;
  uint64_t h = SlotHash(hash ^ 0x5bd1e995u);
  for (int d = 0; d < kDepth; ++d) {
    best = std::min<uint32_t>(best, counts_[d * kWidth + (h & (kWidth - 1))]);
    h = (h >> 20) | (h << 44);
  }
  return best;
}

void NearDuplicateIndex::CountDocument(const ShingleSketch& s) {
  if (counts_.empty()) return;
  counted_ += s.hashes.size();
  for (uint32_t hash : s.hashes) {
    uint64_t h = SlotHash(hash ^ 0x5bd1e995u);
    for (int d = 0; d < kDepth; ++d) {
      uint16_t& c = counts_[d * kWidth + (h & (kWidth - 1))];
      if (c < UINT16_MAX) ++c;
      h = (h >> 20) | (h << 44);
    }
  }
}

size_t NearDuplicateIndex::MemoryBytes() const {
  return copy_of_.capacity() * sizeof(int) + original_doc_.capacity() * sizeof(int) +
         group_size_.capacity() * sizeof(int) +
         originals_.capacity() * sizeof(Original) + pool_.capacity() * sizeof(uint32_t) +
         table_.capacity() * sizeof(Slot) + counts_.capacity() * sizeof(uint16_t);
}

void NearDuplicateIndex::Grow() {
  std::vector<Slot> old;
  old.swap(table_);
  table_.assign(old.size() * 2, Slot{});
  const size_t mask = table_.size() - 1;
  for (const Slot& s : old) {
    if (s.doc < 0) continue;
    size_t p = SlotHash(s.key) & mask;
    while (table_[p].doc >= 0) p = (p + 1) & mask;
    table_[p] = s;
  }
}

void NearDuplicateIndex::Insert(uint32_t key, int32_t original) {
  if ((used_ + 1) * 10 > table_.size() * 7) Grow();
  const size_t mask = table_.size() - 1;
  size_t p = SlotHash(key) & mask;
  int same = 0;
  while (table_[p].doc >= 0) {
    if (table_[p].key == key && ++same >= options_.max_postings) return;
    p = (p + 1) & mask;
  }
  table_[p] = Slot{key, original};
  ++used_;
}

int NearDuplicateIndex::Match(const ShingleSketch& s) {
  scratch_.clear();
  const size_t mask = table_.size() - 1;
  for (uint32_t key : s.hashes) {
    size_t p = SlotHash(key) & mask;
    while (table_[p].doc >= 0) {
      if (table_[p].key == key) scratch_.emplace_back(table_[p].doc, 1);
      p = (p + 1) & mask;
    }
  }
  if (scratch_.empty()) return -1;
  std::sort(scratch_.begin(), scratch_.end());
  size_t w = 0;
  for (size_t r = 0; r < scratch_.size(); ++r) {
    if (w > 0 && scratch_[w - 1].first == scratch_[r].first) {
      ++scratch_[w - 1].second;
    } else {
      scratch_[w++] = scratch_[r];
    }
  }
  scratch_.resize(w);
  const size_t keep = std::min(scratch_.size(), static_cast<size_t>(options_.max_candidates));
  std::partial_sort(scratch_.begin(), scratch_.begin() + keep, scratch_.end(),
                    [](const auto& a, const auto& b) {
                      return a.second != b.second ? a.second > b.second : a.first < b.first;
                    });

  const bool tiny = s.shingles < static_cast<uint32_t>(options_.min_shingles);
  // Counts of the probing sketch's hashes. A count-min counter also holds
  // the counts of every hash that shares it: on average counted_ / kWidth;
  // the bar is raised by that mean and four standard deviations.
  counts_of_.assign(s.hashes.size(), 0);
  double noise = 0;
  if (options_.common_documents > 0) {
    const double mean = static_cast<double>(counted_) / kWidth;
    noise = mean + 4 * std::sqrt(mean);
    for (size_t i = 0; i < s.hashes.size(); ++i) counts_of_[i] = Count(s.hashes[i]);
  }
  int best = -1;
  double best_score = 0;
  for (size_t c = 0; c < keep; ++c) {
    const int32_t cand = scratch_[c].first;
    const Original& o = originals_[cand];
    const uint32_t* h = pool_.data() + o.offset;
    const bool cand_complete = o.size == o.shingles;
    const uint32_t cand_threshold = cand_complete ? UINT32_MAX : h[o.size - 1];
    Overlap ov =
        CompareSketches(s.hashes.data(), s.hashes.size(), s.threshold(), h, o.size, cand_threshold);
    if (!tiny && options_.common_documents > 0) {
      // Drop boilerplate from the estimate: a hash that recurs beyond the
      // candidate's copy group (plus this document) leaves both samples.
      const double group = group_size_[original_doc_[cand]] + 1;
      const double bar = std::max<double>(options_.common_documents, group + 1) + noise;
      const uint32_t t = std::min(s.threshold(), cand_threshold);
      int a_sample = 0, b_sample = 0, shared = 0;
      size_t i = 0, j = 0;
      while (i < s.hashes.size() && s.hashes[i] <= t) {
        while (j < o.size && h[j] < s.hashes[i]) ++b_sample, ++j;
        const bool both = j < o.size && h[j] == s.hashes[i];
        if (counts_of_[i] < bar) {
          ++a_sample;
          if (both) ++shared, ++b_sample;
        }
        if (both) ++j;
        ++i;
      }
      while (j < o.size && h[j] <= t) ++b_sample, ++j;
      ov.shared = shared;
      ov.sample = std::min(a_sample, b_sample);
    }
    if (tiny || o.shingles < static_cast<uint32_t>(options_.min_shingles)) {
      // Very short texts: only identical shingle sets count.
      if (!(s.complete() && cand_complete && s.shingles == o.shingles &&
            ov.shared == static_cast<int>(o.shingles))) {
        continue;
      }
    } else if (ov.sample == 0 || ov.shared < std::min(options_.min_shared, ov.sample)) {
      continue;
    } else {
      // Shared content in shingles: the shared sample scaled by the share
      // of the smaller text the sample covers (1 for complete sketches).
      const double smaller = std::min(s.shingles, o.shingles);
      const double sampled = std::min(s.hashes.size(), static_cast<size_t>(o.size));
      const double content = ov.shared * std::max(1.0, smaller / std::max(1.0, sampled));
      if (content < options_.min_content_shingles) continue;
    }
    const double score = ov.containment();
    if (score < options_.threshold) continue;
    // Prefer the higher containment; on a tie the earlier original.
    if (best < 0 || score > best_score ||
        (score == best_score && original_doc_[cand] < original_doc_[best])) {
      best = cand;
      best_score = score;
    }
  }
  return best < 0 ? -1 : original_doc_[best];
}

int NearDuplicateIndex::Add(std::string_view text) {
  return AddSketch(Sketch(text, SketchOptions{.shingle = options_.shingle,
                                              .sketch_size = options_.sketch_size}));
}

int NearDuplicateIndex::AddSketch(ShingleSketch sketch) {
  const int id = static_cast<int>(copy_of_.size());
  if (sketch.hashes.empty()) {  // no words: never a copy, nothing to index
    copy_of_.push_back(-1);
    group_size_.push_back(1);
    return -1;
  }
  CountDocument(sketch);
  const int match = Match(sketch);
  copy_of_.push_back(match);
  group_size_.push_back(match < 0 ? 1 : 0);
  if (match >= 0) ++group_size_[match];
  if (match >= 0 && !options_.index_copies) return match;

  // A copy, when indexed, stands for its original: later documents that
  // resemble it are filed under the same original.
  const int32_t original = static_cast<int32_t>(originals_.size());
  Original o;
  o.offset = pool_.size();
  o.size = static_cast<uint32_t>(sketch.hashes.size());
  o.shingles = sketch.shingles;
  originals_.push_back(o);
  original_doc_.push_back(match >= 0 ? match : id);
  pool_.insert(pool_.end(), sketch.hashes.begin(), sketch.hashes.end());
  const size_t n = std::min(sketch.hashes.size(), static_cast<size_t>(options_.index_hashes));
  for (size_t i = 0; i < n; ++i) Insert(sketch.hashes[i], original);
  return match;
}

std::vector<int> FindCopies(const std::vector<std::string_view>& texts,
                            const CopyOptions& options) {
  NearDuplicateIndex index(options);
  for (std::string_view t : texts) index.Add(t);
  return index.copy_of();
}

}  // namespace crosscheck
