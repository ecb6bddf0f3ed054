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
// still find the group. (Copies by a page frame are not; see below.)
//
// A copy shares content, not boilerplate. Two signals tell them apart.
//
// Recurrence. Every document's distinct lines are counted (copies
// included) in a count-min sketch. A wire story's lines recur only in its
// copies, a stub's or a footer's in pages that otherwise differ; so when a
// document is compared with a candidate, the shingles of a line held by at
// least `common_documents` documents and by more documents than the
// candidate's copy group plus the new one are boilerplate and left out of
// both samples. A copy must then share at least `min_content_shingles`
// shingles of what remains.
//
// Position. Recurrence says nothing about the first two pages of an outlet.
// A page template sits at the edges: the two documents' identical first
// lines and identical last lines (short differing lines, such as a date,
// stepped over) are their frame (Frame()). When each document has text of
// its own inside the frame -- text the other lacks, at least
// `min_own_shingles` and `own_fraction` of it -- and the two inner texts
// are different texts (their containment, estimated from the hashes of the
// lines outside the frame, is under `inner_threshold`), they are two pages
// of one site, whatever the frame's share. A reprint differs from the
// original at its edges (headline, trimmed tail, footer) or by edits, so
// its inner text is either shared or too short to count as its own.
//
// Copies by the frame alone -- the inner texts differ but are too short to
// judge, or the new document is all frame and the candidate is not (an
// excerpt, or a page with nothing but the stub and footer) -- are copies but
// are not indexed, so a stub-only page never bridges later pages of its site
// to a group. When the new document's own text is enclosed by the frame
// (a one-line teaser between a stub and a footer), it does not join the
// group's count either, so that the frame recurs beyond the group, and is
// boilerplate, from the next such page on.
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

uint64_t SlotHash(uint32_t key) {
  uint64_t x = key * 0x9e3779b97f4a7c15ULL;
  return x ^ (x >> 29);
}

}  // namespace

NearDuplicateIndex::NearDuplicateIndex(const CopyOptions& options) : options_(options) {
  options_.frame_lines = std::clamp(options_.frame_lines, 0, 1024);
  table_.resize(1024);
  width_ = CounterColumns(options_);
  if (options_.common_documents > 0) counts_.assign(kDepth * width_, 0);
}

uint32_t NearDuplicateIndex::Count(uint32_t hash) const {
  if (counts_.empty()) return 0;
  uint32_t best = UINT32_MAX;
  uint64_t h = SlotHash(hash ^ 0x5bd1e995u);
  for (int d = 0; d < kDepth; ++d) {
    best = std::min<uint32_t>(best, counts_[d * width_ + (h & (width_ - 1))]);
    h = (h >> 20) | (h << 44);
  }
  return best;
}

void NearDuplicateIndex::CountDocument(const ShingleSketch& s) {
  if (counts_.empty()) return;
  // Each distinct line once per document.
  distinct_lines_ = s.line_hashes;
  std::sort(distinct_lines_.begin(), distinct_lines_.end());
  distinct_lines_.erase(std::unique(distinct_lines_.begin(), distinct_lines_.end()),
                        distinct_lines_.end());
  counted_ += distinct_lines_.size();
  for (uint32_t hash : distinct_lines_) {
    uint64_t h = SlotHash(hash ^ 0x5bd1e995u);
    for (int d = 0; d < kDepth; ++d) {
      uint16_t& c = counts_[d * width_ + (h & (width_ - 1))];
      if (c < UINT16_MAX) ++c;
      h = (h >> 20) | (h << 44);
    }
  }
}

size_t NearDuplicateIndex::MemoryBytes() const {
  return copy_of_.capacity() * sizeof(int) + original_doc_.capacity() * sizeof(int) +
         group_size_.capacity() * sizeof(int) +
         originals_.capacity() * sizeof(Original) + pool_.capacity() * sizeof(uint32_t) +
         line_pool_.capacity() * sizeof(uint32_t) +
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

void NearDuplicateIndex::Frame(const ShingleSketch& s, const Original& o,
                               std::vector<uint32_t>* frame) const {
  frame->clear();
  if (s.line_of.size() != s.hashes.size()) return;  // a sketch without its line structure
  const std::vector<uint32_t>& d = s.line_hashes;
  const uint32_t* c = line_pool_.data() + o.line_offset;
  const bool all = o.head + o.tail == o.lines;  // every line of the candidate is kept
  // From the top: identical lines, stepping over short lines that differ.
  size_t i = 0, j = 0, top_i = 0, top_j = 0;
  const size_t c_top = all ? o.lines : o.head;
  while (i < d.size() && j < c_top) {
    if (d[i] == c[j]) {
      frame->push_back(static_cast<uint32_t>(i));
      top_i = ++i;
      top_j = ++j;
    } else if (IsShortLine(d[i])) {
      ++i;
    } else if (IsShortLine(c[j])) {
      ++j;
    } else {
      break;
    }
  }
  // From the bottom, never back into the top run.
  size_t di = d.size(), cj = o.head + o.tail;
  const size_t c_floor = all ? top_j : o.head;
  const size_t before = frame->size();
  while (di > top_i && cj > c_floor) {
    if (d[di - 1] == c[cj - 1]) {
      frame->push_back(static_cast<uint32_t>(--di));
      --cj;
    } else if (IsShortLine(d[di - 1])) {
      --di;
    } else if (IsShortLine(c[cj - 1])) {
      --cj;
    } else {
      break;
    }
  }
  std::reverse(frame->begin() + before, frame->end());
}

NearDuplicateIndex::Verdict NearDuplicateIndex::Compare(const ShingleSketch& s, int32_t cand,
                                                        double noise) const {
  Verdict v;
  const Original& o = originals_[cand];
  const uint32_t* h = pool_.data() + o.offset;
  const bool cand_complete = o.size == o.shingles;
  const uint32_t cand_threshold = cand_complete ? UINT32_MAX : h[o.size - 1];
  const auto min_shingles = static_cast<uint32_t>(options_.min_shingles);
  if (s.shingles < min_shingles || o.shingles < min_shingles) {
    // Very short texts: only identical shingle sets count.
    const Overlap ov = CompareSketches(s.hashes.data(), s.hashes.size(), s.threshold(), h, o.size,
                                       cand_threshold);
    v.copy = s.complete() && cand_complete && s.shingles == o.shingles &&
             ov.shared == static_cast<int>(o.shingles);
    v.containment = v.copy ? 1.0 : 0.0;
    return v;
  }
  // Boilerplate: a hash that recurs beyond the candidate's copy group (plus
  // this document) leaves both samples.
  const bool filter = options_.common_documents > 0;
  const double group = filter ? group_size_[original_doc_[cand]] + 1 : 0;
  const double bar = std::max<double>(options_.common_documents, group + 1) + noise;
  Frame(s, o, &frame_);
  // One walk over both samples (hashes up to t): the whole texts (a, b,
  // shared) and the texts inside the template frame (the _mid counts;
  // the candidate's frame hashes are the probe's, its lines being equal).
  const uint32_t t = std::min(s.threshold(), cand_threshold);
  int a = 0, b = 0, shared = 0, a_mid = 0, b_mid = 0, shared_mid = 0;
  size_t i = 0, j = 0;
  for (; i < s.hashes.size() && s.hashes[i] <= t; ++i) {
    while (j < o.size && h[j] < s.hashes[i]) ++b, ++b_mid, ++j;
    const bool both = j < o.size && h[j] == s.hashes[i];
    if (both) ++j;
    if (filter && counts_of_[i] >= bar) continue;
    const bool in_frame =
        !frame_.empty() && std::binary_search(frame_.begin(), frame_.end(), s.line_of[i]);
    ++a;
    if (both) ++shared, ++b;
    if (!in_frame) {
      ++a_mid;
      if (both) ++shared_mid, ++b_mid;
    }
  }
  while (j < o.size && h[j] <= t) ++b, ++b_mid, ++j;

  const int sample = std::min(a, b);
  if (sample == 0 || shared < std::min(options_.min_shared, sample)) return v;
  // Shared shingles in the whole texts: the shared sample over the share of
  // the hash range it covers (t is a sketch's k-th smallest hash).
  const double range = t == UINT32_MAX ? 1.0 : (static_cast<double>(t) + 1) / 4294967296.0;
  const double smaller = std::min(s.shingles, o.shingles);
  if (std::min(smaller, shared / range) < options_.min_content_shingles) return v;
  v.containment = static_cast<double>(shared) / sample;
  if (v.containment < options_.threshold) return v;

  if (!frame_.empty()) {
    // Two pages of one site? Each has text of its own inside the frame
    // (text the other lacks), and the two inner texts are different texts.
    double d_total = 0, d_frame = 0;
    for (uint32_t n : s.line_shingles) d_total += n;
    for (uint32_t line : frame_) d_frame += s.line_shingles[line];
    const double d_mid = d_total - d_frame;
    const double c_mid = std::max(0.0, static_cast<double>(o.shingles) - d_frame);
    // Without a sampled hash inside the frame nothing says the inner texts
    // meet: they count as different.
    const double inner =
        a_mid > 0 && b_mid > 0 ? static_cast<double>(shared_mid) / std::min(a_mid, b_mid) : 0.0;
    const double d_own = a_mid > 0 ? d_mid * (1 - static_cast<double>(shared_mid) / a_mid) : d_mid;
    const double c_own = b_mid > 0 ? c_mid * (1 - static_cast<double>(shared_mid) / b_mid) : c_mid;
    auto own = [&](double x, double total) {
      return x >= std::max<double>(options_.min_own_shingles, options_.own_fraction * total);
    };
    const bool d_has_own = own(d_own, d_total), c_has_own = own(c_own, o.shingles);
    const bool differ = a_mid > 0 && b_mid > 0 && inner < options_.inner_threshold;
    if (differ && d_has_own && c_has_own) return v;
    // Copies by their frame. Either the inner texts differ but are too
    // short to tell a page from a copy (a one-line teaser, a new headline
    // line), or the probe is all frame while the candidate has text of its
    // own inside it (an excerpt, or a page with nothing but the stub and
    // footer). Neither is indexed: a stub-only page would otherwise be
    // contained in, and so bridge, every later page of its site. And when
    // the probe's own text is enclosed by the frame (frame lines above and
    // below it, as a teaser sits between a stub and a footer; a new
    // headline sits above the shared text), the copy does not join its
    // group's count, so that the frame, recurring, becomes boilerplate
    // from the next page on instead of chaining the site's pages.
    v.framed = differ || (d_mid < options_.min_own_shingles && c_has_own);
    // Enclosed: a line outside the frame lies between two frame lines.
    v.uncounted = differ && frame_.back() - frame_.front() + 1 > frame_.size();
  }
  v.copy = true;
  return v;
}

int NearDuplicateIndex::Match(const ShingleSketch& s, Verdict* verdict) {
  *verdict = Verdict{};
  scratch_.clear();
  // Hits per candidate, counted in place (slot_of_: candidate -> its row in
  // scratch_, reset below): the same (candidate, hits) rows a sort of every
  // hit gave, in another order, which the total order of the partial_sort
  // below makes irrelevant. The sort was a third of Match at 3,000 near
  // copies (a server's fusion round regroups every document).
  if (slot_of_.size() < originals_.size()) slot_of_.resize(originals_.size(), -1);
  const size_t mask = table_.size() - 1;
  for (uint32_t key : s.hashes) {
    size_t p = SlotHash(key) & mask;
    while (table_[p].doc >= 0) {
      if (table_[p].key == key) {
        int32_t& row = slot_of_[table_[p].doc];
        if (row < 0) {
          row = static_cast<int32_t>(scratch_.size());
          scratch_.emplace_back(table_[p].doc, 1);
        } else {
          ++scratch_[row].second;
        }
      }
      p = (p + 1) & mask;
    }
  }
  for (const auto& [cand, hits] : scratch_) slot_of_[cand] = -1;
  if (scratch_.empty()) return -1;
  const size_t keep = std::min(scratch_.size(), static_cast<size_t>(options_.max_candidates));
  std::partial_sort(scratch_.begin(), scratch_.begin() + keep, scratch_.end(),
                    [](const auto& a, const auto& b) {
                      return a.second != b.second ? a.second > b.second : a.first < b.first;
                    });

  // Counts of the lines the probing sketch's hashes come from. A count-min
  // counter also holds the counts of every line that shares it: on average
  // counted_ / width_; the bar is raised by the whole documents that this
  // mean plus four standard deviations may add (none while it is under 1).
  counts_of_.assign(s.hashes.size(), 0);
  double noise = 0;
  if (options_.common_documents > 0 && s.line_of.size() == s.hashes.size()) {
    const double mean = static_cast<double>(counted_) / width_;
    noise = std::floor(mean + 4 * std::sqrt(mean));
    line_counts_.resize(s.line_hashes.size());
    for (size_t l = 0; l < s.line_hashes.size(); ++l) line_counts_[l] = Count(s.line_hashes[l]);
    for (size_t i = 0; i < s.hashes.size(); ++i) counts_of_[i] = line_counts_[s.line_of[i]];
  }
  int best = -1;
  double best_score = 0;
  for (size_t c = 0; c < keep; ++c) {
    const int32_t cand = scratch_[c].first;
    const Verdict v = Compare(s, cand, noise);
    if (!v.copy) continue;
    // Prefer the higher containment; on a tie the earlier original.
    if (best < 0 || v.containment > best_score ||
        (v.containment == best_score && original_doc_[cand] < original_doc_[best])) {
      best = cand;
      best_score = v.containment;
      *verdict = v;
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
  // A sketch made elsewhere may lack its line structure, or carry a broken
  // one: then it is compared without lines (no frame, no line counts).
  const bool lines_ok =
      sketch.line_of.size() == sketch.hashes.size() &&
      sketch.line_shingles.size() == sketch.line_hashes.size() &&
      std::all_of(sketch.line_of.begin(), sketch.line_of.end(),
                  [&](uint32_t line) { return line < sketch.line_hashes.size(); });
  if (!lines_ok) {
    sketch.line_of.clear();
    sketch.line_hashes.clear();
    sketch.line_shingles.clear();
  }
  CountDocument(sketch);
  Verdict verdict;
  const int match = Match(sketch, &verdict);
  copy_of_.push_back(match);
  group_size_.push_back(match < 0 ? 1 : 0);
  if (match >= 0 && !verdict.uncounted) ++group_size_[match];
  if (match >= 0 && (!options_.index_copies || verdict.framed)) return match;

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
  const size_t lines = sketch.line_hashes.size();
  const size_t head = std::min(lines, static_cast<size_t>(options_.frame_lines));
  const size_t tail = std::min(lines - head, static_cast<size_t>(options_.frame_lines));
  originals_.back().line_offset = line_pool_.size();
  originals_.back().lines = static_cast<uint32_t>(lines);
  originals_.back().head = static_cast<uint16_t>(head);
  originals_.back().tail = static_cast<uint16_t>(tail);
  line_pool_.insert(line_pool_.end(), sketch.line_hashes.begin(), sketch.line_hashes.begin() + head);
  line_pool_.insert(line_pool_.end(), sketch.line_hashes.end() - tail, sketch.line_hashes.end());
  const size_t n = std::min(sketch.hashes.size(), static_cast<size_t>(options_.index_hashes));
  for (size_t i = 0; i < n; ++i) Insert(sketch.hashes[i], original);
  return match;
}

CopyOptions BatchCopyOptions(const CopyOptions& options, size_t lines) {
  // 32 columns per line keep the count-min noise under one document
  // (copies.h), with far less to allocate than the default for an
  // open-ended index.
  CopyOptions batch = options;
  const size_t most = static_cast<size_t>(std::max(options.counter_width, 1));
  batch.counter_width = static_cast<int>(std::clamp<size_t>(32 * lines, std::min<size_t>(4096, most), most));
  return batch;
}

size_t CounterColumns(const CopyOptions& options) {
  size_t width = 1024;
  while (width < static_cast<size_t>(std::min(options.counter_width, 1 << 24))) width *= 2;
  return width;
}

std::vector<int> FindCopies(const std::vector<std::string_view>& texts,
                            const CopyOptions& options) {
  size_t lines = 0;
  for (std::string_view t : texts) lines += 1 + std::count(t.begin(), t.end(), '\n');
  NearDuplicateIndex index(BatchCopyOptions(options, lines));
  for (std::string_view t : texts) index.Add(t);
  return index.copy_of();
}

}  // namespace crosscheck
