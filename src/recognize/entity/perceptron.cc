#include "recognize/entity/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>

namespace crosscheck {

namespace {
constexpr char kMagic[8] = {'C', 'C', 'N', 'E', 'R', '1', 0, 0};
inline size_t Mix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return static_cast<size_t>(k);
}
}  // namespace

size_t NerModel::Slot(uint64_t key) const {
  size_t i = Mix(key) & mask_;
  while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
  return i;
}

void NerModel::Reserve(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  if (cap <= keys_.size()) return;
  std::vector<uint64_t> old_keys = std::move(keys_);
  std::vector<float> old_rows = std::move(rows_);
  keys_.assign(cap, 0);
  rows_.assign(cap * kNumLabels, 0.0f);
  mask_ = cap - 1;
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == 0) continue;
    size_t s = Slot(old_keys[i]);
    keys_[s] = old_keys[i];
    std::memcpy(&rows_[s * kNumLabels], &old_rows[i * kNumLabels], sizeof(float) * kNumLabels);
  }
}

void NerModel::Grow() { Reserve(keys_.empty() ? 8 : keys_.size()); }

void NerModel::Set(uint64_t key, const float row[kNumLabels]) {
  key = Fix(key);
  if (2 * (size_ + 1) > keys_.size()) Grow();
  size_t s = Slot(key);
  if (keys_[s] == 0) {
    keys_[s] = key;
    ++size_;
  }
  std::memcpy(&rows_[s * kNumLabels], row, sizeof(float) * kNumLabels);
}

const float* NerModel::Find(uint64_t key) const {
  if (keys_.empty()) return nullptr;
  key = Fix(key);
  size_t s = Slot(key);
  return keys_[s] == key ? &rows_[s * kNumLabels] : nullptr;
}

void NerModel::AddScores(const uint64_t* feats, size_t n, float scores[kNumLabels]) const {
  if (keys_.empty()) return;
  for (size_t k = 0; k < n; ++k) {
    uint64_t key = Fix(feats[k]);
    size_t i = Mix(key) & mask_;
    while (true) {
      uint64_t have = keys_[i];
      if (have == key) {
        const float* row = &rows_[i * kNumLabels];
        for (int l = 0; l < kNumLabels; ++l) scores[l] += row[l];
        break;
      }
      if (have == 0) break;
      i = (i + 1) & mask_;
    }
  }
}

Status NerModel::Save(const std::string& path) const {
  std::vector<size_t> order;
  float max_abs = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0) continue;
    order.push_back(i);
    for (int l = 0; l < kNumLabels; ++l) max_abs = std::max(max_abs, std::fabs(rows_[i * kNumLabels + l]));
  }
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys_[a] < keys_[b]; });
  float scale = max_abs > 0 ? 32767.0f / max_abs : 1.0f;
  std::ofstream out(path, std::ios::binary);
  if (!out) return Error{path + ": cannot write model"};
  auto put32 = [&](uint32_t v) {
    unsigned char b[4] = {static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8),
                          static_cast<unsigned char>(v >> 16), static_cast<unsigned char>(v >> 24)};
    out.write(reinterpret_cast<const char*>(b), 4);
  };
  out.write(kMagic, 8);
  put32(kNumLabels);
  put32(static_cast<uint32_t>(order.size()));
  uint32_t scale_bits;
  std::memcpy(&scale_bits, &scale, 4);
  put32(scale_bits);
  for (size_t i : order) {
    uint64_t k = keys_[i];
    put32(static_cast<uint32_t>(k));
    put32(static_cast<uint32_t>(k >> 32));
    for (int l = 0; l < kNumLabels; ++l) {
      long q = std::lround(rows_[i * kNumLabels + l] * scale);
      q = std::clamp(q, -32767L, 32767L);
      uint16_t u = static_cast<uint16_t>(static_cast<int16_t>(q));
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
  if (data.size() < 20 || std::memcmp(data.data(), kMagic, 8) != 0)
    return Error{path + ": not an entity model (bad magic)"};
  if (get32(8) != kNumLabels) return Error{path + ": label count " + std::to_string(get32(8)) + " unsupported"};
  uint32_t n = get32(12);
  uint32_t scale_bits = get32(16);
  float scale;
  std::memcpy(&scale, &scale_bits, 4);
  const size_t rec = 8 + 2 * kNumLabels;
  if (data.size() != 20 + rec * static_cast<size_t>(n) || !(scale > 0))
    return Error{path + ": truncated or corrupt model (size " + std::to_string(data.size()) + ")"};
  NerModel m;
  m.Reserve(n);
  float row[kNumLabels];
  for (uint32_t r = 0; r < n; ++r) {
    size_t off = 20 + rec * r;
    uint64_t key = static_cast<uint64_t>(get32(off)) | static_cast<uint64_t>(get32(off + 4)) << 32;
    for (int l = 0; l < kNumLabels; ++l) {
      int16_t q = static_cast<int16_t>(static_cast<uint16_t>(p[off + 8 + 2 * l] | p[off + 9 + 2 * l] << 8));
      row[l] = q / scale;
    }
    m.Set(key, row);
  }
  return m;
}

}  // namespace crosscheck
