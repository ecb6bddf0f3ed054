// Shingle hashing and bottom-k sketches; see minhash.h for the idea.
//
// Containment from two bottom-k sketches: let t = min(threshold(A),
// threshold(B)). Every shingle of A with hash <= t is in A's sketch, and the
// same holds for B, so A_t = {a in sketch(A) : a <= t} and B_t likewise are
// the full shingle sets of A and B inside the hash range [0, t]. A uniform
// hash makes that range a random sample of the shingle universe, hence
// |A_t ∩ B_t| / min(|A_t|, |B_t|) estimates |A∩B| / min(|A|,|B|). When one
// document is much shorter than the other the smaller sample is small (about
// k * |small| / |large| hashes), and the estimate is correspondingly noisy;
// callers demand a minimum number of shared hashes.
#include "fuse/minhash.h"

#include <algorithm>
#include <string>

#include <xxhash.h>

namespace crosscheck {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Cheap 64-bit mixer (the SplitMix64 finaliser) for combining word hashes.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace

std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> out;
  out.reserve(text.size() / 6 + 1);
  char word[64];
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    while (i < n && !IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
    if (i >= n) break;
    size_t len = 0;
    uint64_t h = 0;
    size_t start = i;
    while (i < n && IsWordByte(static_cast<unsigned char>(text[i]))) {
      char c = text[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (len < sizeof(word)) word[len] = c;
      ++len;
      ++i;
    }
    if (len <= sizeof(word)) {
      h = XXH3_64bits(word, len);
    } else {
      // Rare: very long tokens (URLs without separators, base64). Lower-case
      // into a temporary string.
      std::string tmp(text.substr(start, len));
      for (char& c : tmp) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      h = XXH3_64bits(tmp.data(), tmp.size());
    }
    out.push_back(h);
  }
  return out;
}

namespace {

// The shingles of `text` in text order (duplicates kept), each with its
// line, and the per-line hashes and shingle counts.
struct Shingled {
  std::vector<uint32_t> hashes;
  std::vector<uint32_t> lines;  // parallel to hashes
  std::vector<uint32_t> line_hashes;
  std::vector<uint32_t> line_shingles;
};

void ShingleText(std::string_view text, int shingle, Shingled* out) {
  const size_t w = std::max(1, shingle);
  size_t start = 0;
  while (start < text.size()) {  // shingles never cross a line break
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    const std::vector<uint64_t> words = WordHashes(text.substr(start, nl - start));
    start = nl + 1;
    if (words.empty()) continue;
    const uint32_t line = static_cast<uint32_t>(out->line_hashes.size());
    uint64_t lh = 0x51afd7ed558ccd6dULL;
    for (uint64_t word : words) lh = Mix(lh ^ word);
    const bool is_short = words.size() < 2 * w;
    out->line_hashes.push_back((static_cast<uint32_t>(lh >> 32) & ~1u) | (is_short ? 1u : 0u));
    const size_t count = words.size() >= w ? words.size() - w + 1 : 1;
    out->line_shingles.push_back(static_cast<uint32_t>(count));
    const size_t span = std::min(w, words.size());
    for (size_t i = 0; i < count; ++i) {
      uint64_t h = 0x9e3779b97f4a7c15ULL;
      for (size_t j = 0; j < span; ++j) h = Mix(h ^ words[i + j]) + j;
      out->hashes.push_back(static_cast<uint32_t>(h >> 32));
      out->lines.push_back(line);
    }
  }
}

}  // namespace

std::vector<uint32_t> ShingleHashes(std::string_view text, int shingle) {
  Shingled sh;
  ShingleText(text, shingle, &sh);
  std::vector<uint32_t> out = std::move(sh.hashes);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

ShingleSketch Sketch(std::string_view text, const SketchOptions& options) {
  Shingled sh;
  ShingleText(text, options.shingle, &sh);
  ShingleSketch s;
  s.hashes = sh.hashes;
  std::sort(s.hashes.begin(), s.hashes.end());
  s.hashes.erase(std::unique(s.hashes.begin(), s.hashes.end()), s.hashes.end());
  s.shingles = static_cast<uint32_t>(s.hashes.size());
  const size_t k = static_cast<size_t>(std::max(1, options.sketch_size));
  if (s.hashes.size() > k) {
    s.hashes.resize(k);
    s.hashes.shrink_to_fit();
  }
  // The first line of each kept hash: walk the shingles in text order.
  constexpr uint32_t kUnset = UINT32_MAX;
  s.line_of.assign(s.hashes.size(), kUnset);
  const uint32_t top = s.hashes.empty() ? 0 : s.hashes.back();
  for (size_t i = 0; i < sh.hashes.size(); ++i) {
    if (sh.hashes[i] > top) continue;
    const auto it = std::lower_bound(s.hashes.begin(), s.hashes.end(), sh.hashes[i]);
    uint32_t& line = s.line_of[it - s.hashes.begin()];
    if (line == kUnset) line = sh.lines[i];
  }
  s.line_hashes = std::move(sh.line_hashes);
  s.line_shingles = std::move(sh.line_shingles);
  return s;
}

Overlap CompareSketches(const uint32_t* a, size_t a_size, uint32_t a_threshold,
                        const uint32_t* b, size_t b_size, uint32_t b_threshold) {
  const uint32_t t = std::min(a_threshold, b_threshold);
  const size_t na = std::upper_bound(a, a + a_size, t) - a;
  const size_t nb = std::upper_bound(b, b + b_size, t) - b;
  Overlap o;
  o.sample = static_cast<int>(std::min(na, nb));
  size_t i = 0, j = 0;
  while (i < na && j < nb) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++o.shared;
      ++i;
      ++j;
    }
  }
  return o;
}

Overlap CompareSketches(const ShingleSketch& a, const ShingleSketch& b) {
  if (a.hashes.empty() || b.hashes.empty()) return Overlap{};
  return CompareSketches(a.hashes.data(), a.hashes.size(), a.threshold(), b.hashes.data(),
                         b.hashes.size(), b.threshold());
}

}  // namespace crosscheck
