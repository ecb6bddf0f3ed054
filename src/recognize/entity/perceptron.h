// NerModel: the weights of the averaged-perceptron entity tagger, a hash
// table from 64-bit feature hash to one row of kNumLabels float weights.
//
// Immutable after Load() (or after the trainer's Set() calls); AddScores is
// then thread-safe and allocation-free. Open addressing with linear probing
// over a power-of-two table kept at most half full; key 0 marks an empty
// slot (a feature hashing to 0 is remapped to 1, here and in the trainer).
//
// File format (little-endian): "CCNER1\0\0", uint32 label count, uint32
// feature count, float scale, then per feature: uint64 key and kNumLabels
// int16 weights (weight = int16 / scale), sorted by key so that the file is
// byte-identical for identical weights.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_PERCEPTRON_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_PERCEPTRON_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "recognize/entity/features.h"

namespace crosscheck {

class NerModel {
 public:
  NerModel() = default;
  static Result<NerModel> Load(const std::string& path);
  // Writes the model, quantised to int16 (see the file format above).
  Status Save(const std::string& path) const;

  // Reserves room for `n` features; call before Set() for speed.
  void Reserve(size_t n);
  // Sets (replaces) the row of `key`.
  void Set(uint64_t key, const float row[kNumLabels]);
  // scores[l] += weight(f, l) for every known feature f of feats[0, n).
  void AddScores(const uint64_t* feats, size_t n, float scores[kNumLabels]) const;
  const float* Find(uint64_t key) const;

  size_t size() const { return size_; }

 private:
  static uint64_t Fix(uint64_t key) { return key == 0 ? 1 : key; }
  size_t Slot(uint64_t key) const;
  void Grow();

  std::vector<uint64_t> keys_;
  std::vector<float> rows_;
  size_t size_ = 0;
  size_t mask_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_PERCEPTRON_H_
