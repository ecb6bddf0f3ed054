#include "recognize/entity/perceptron.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <fstream>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "recognize/entity/name_text.h"

namespace crosscheck {

namespace {
constexpr char kMagic[8] = {'C', 'C', 'N', 'E', 'R', '1', 0, 0};
// A model decoded by beam search: the same, then uint32 beam width after the scale.
constexpr char kMagicBeam[8] = {'C', 'C', 'N', 'E', 'R', '2', 0, 0};
}  // namespace

uint64_t NerModel::NextGeneration() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

size_t NerModel::Probe(uint64_t key) const {
  size_t i = SlotMix(key) & mask_;
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
  return i;
}

void NerModel::Reserve(size_t n) {
  generation_ = NextGeneration();
  size_t cap = 16;
  while (cap * 5 < n * 8) cap <<= 1;  // load <= 0.625: fewer, denser cache lines
  if (cap <= slots_.size()) return;
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  for (const Slot& s : old)
    if (s.key != 0) slots_[Probe(s.key)] = s;
}

NerModel::Slot* NerModel::Insert(uint64_t key) {
  key = Fix(key);
  if (5 * (size_ + 1) > 4 * slots_.size()) Reserve(std::max<size_t>(8, slots_.size()));
  Slot& s = slots_[Probe(key)];
  if (s.key == 0) {
    s.key = key;
    ++size_;
  }
  return &s;
}

void NerModel::SetScale(float max_abs_weight) {
  generation_ = NextGeneration();
  scale_ = max_abs_weight > 0 ? 32767.0f / max_abs_weight : 1.0f; }

void NerModel::Set(uint64_t key, const float row[kNumLabels]) {
  generation_ = NextGeneration();
  Slot* s = Insert(key);
  for (int l = 0; l < kNumLabels; ++l) {
    long q = std::lround(row[l] * scale_);
    s->w[l] = static_cast<int16_t>(std::clamp(q, -32767L, 32767L));
  }
}

void NerModel::AddScores(const uint64_t* feats, size_t n, int32_t scores[kNumLabels]) const {
  if (slots_.empty()) return;
  const Slot* slots = slots_.data();
  // Two passes over blocks of features: first compute home slots and
  // prefetch them (the table is larger than the cache, so the misses then
  // overlap), then probe.
  constexpr size_t kBlock = 16;
  size_t home[kBlock];
  // The sums stay in registers across all features: labels 0-7 as two
  // vectors of four int32 (the weights sign-extended from int16), label 8
  // apart. Integer sums: the same result as adding one by one.
  static_assert(kNumLabels == 9, "two vectors of four and one");
#if defined(__SSE2__)
  __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores));
  __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores + 4));
#endif
  int32_t last = scores[8];
  for (size_t b = 0; b < n; b += kBlock) {
    const size_t m = std::min(kBlock, n - b);
    for (size_t k = 0; k < m; ++k) {
      home[k] = SlotMix(Fix(feats[b + k])) & mask_;
      __builtin_prefetch(&slots[home[k]]);
    }
    for (size_t k = 0; k < m; ++k) {
      const uint64_t key = Fix(feats[b + k]);
      for (size_t i = home[k];; i = (i + 1) & mask_) {
        const Slot& s = slots[i];
        if (s.key == key) {
#if defined(__SSE2__)
          const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.w));
          // Sign extension: each int16 into the high half, shifted down.
          lo = _mm_add_epi32(lo, _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
          hi = _mm_add_epi32(hi, _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16));
#else
          for (int l = 0; l < 8; ++l) scores[l] += s.w[l];
#endif
          last += s.w[8];
          break;
        }
        if (s.key == 0) break;
      }
    }
  }
#if defined(__SSE2__)
  _mm_storeu_si128(reinterpret_cast<__m128i*>(scores), lo);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(scores + 4), hi);
#endif
  scores[8] = last;
}

Status NerModel::Save(const std::string& path) const {
  std::vector<const Slot*> order;
  for (const Slot& s : slots_)
    if (s.key != 0) order.push_back(&s);
  std::sort(order.begin(), order.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  std::ofstream out(path, std::ios::binary);
  if (!out) return Error{path + ": cannot write model"};
  auto put32 = [&](uint32_t v) {
    unsigned char b[4] = {static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8),
                          static_cast<unsigned char>(v >> 16), static_cast<unsigned char>(v >> 24)};
    out.write(reinterpret_cast<const char*>(b), 4);
  };
  out.write(beam_ > 1 ? kMagicBeam : kMagic, 8);
  put32(kNumLabels);
  put32(static_cast<uint32_t>(order.size()));
  uint32_t scale_bits;
  std::memcpy(&scale_bits, &scale_, 4);
  put32(scale_bits);
  if (beam_ > 1) put32(static_cast<uint32_t>(beam_));
  for (const Slot* s : order) {
    put32(static_cast<uint32_t>(s->key));
    put32(static_cast<uint32_t>(s->key >> 32));
    for (int l = 0; l < kNumLabels; ++l) {
      uint16_t u = static_cast<uint16_t>(s->w[l]);
      unsigned char b[2] = {static_cast<unsigned char>(u), static_cast<unsigned char>(u >> 8)};
      out.write(reinterpret_cast<const char*>(b), 2);
    }
  }
  out.close();
  if (!out) return Error{path + ": write failed"};
  return Status::Ok();
}

Result<NerModel> NerModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot open model"};
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  auto get32 = [&](size_t off) {
    return static_cast<uint32_t>(p[off]) | static_cast<uint32_t>(p[off + 1]) << 8 |
           static_cast<uint32_t>(p[off + 2]) << 16 | static_cast<uint32_t>(p[off + 3]) << 24;
  };
  const bool beam = data.size() >= 24 && std::memcmp(data.data(), kMagicBeam, 8) == 0;
  if (data.size() < 20 || (!beam && std::memcmp(data.data(), kMagic, 8) != 0))
    return Error{path + ": not an entity model (bad magic)"};
  const size_t header = beam ? 24 : 20;
  const uint32_t width = beam ? get32(20) : 1;
  if (width < 1 || width > static_cast<uint32_t>(FeatureScratch::kMaxBeam))
    return Error{path + ": beam width " + std::to_string(width) + " unsupported"};
  if (get32(8) != kNumLabels) return Error{path + ": label count " + std::to_string(get32(8)) + " unsupported"};
  const uint32_t n = get32(12);
  const uint32_t scale_bits = get32(16);
  float scale;
  std::memcpy(&scale, &scale_bits, 4);
  const size_t rec = 8 + 2 * kNumLabels;
  if (data.size() != header + rec * static_cast<size_t>(n) || !(scale > 0))
    return Error{path + ": truncated or corrupt model (size " + std::to_string(data.size()) + ")"};
  NerModel m;
  m.Reserve(n);
  m.scale_ = scale;
  m.beam_ = static_cast<int>(width);
  for (uint32_t r = 0; r < n; ++r) {
    const size_t off = header + rec * r;
    const uint64_t key = static_cast<uint64_t>(get32(off)) | static_cast<uint64_t>(get32(off + 4)) << 32;
    Slot* s = m.Insert(key);
    for (int l = 0; l < kNumLabels; ++l)
      s->w[l] = static_cast<int16_t>(static_cast<uint16_t>(p[off + 8 + 2 * l] | p[off + 9 + 2 * l] << 8));
  }
  return m;
}

}  // namespace crosscheck
