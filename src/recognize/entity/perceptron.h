// NerModel: the weights of the averaged-perceptron entity tagger, a hash
// table from 64-bit feature hash to one row of kNumLabels weights.
//
// Weights are held as int16 with one model-wide scale (weight = q / scale),
// exactly as stored on disk; scores are summed in int32, and since the scale
// is shared, the best label is the same as with the float weights. Each slot
// (key + row) is 32 bytes, so a lookup touches one cache line.
//
// Immutable after Load() (or after the trainer's SetScale()/Set() calls);
// AddScores is then thread-safe and allocation-free. Open addressing with
// linear probing over a power-of-two table (load <= 0.625 after Load); key 0
// marks an empty slot (a feature hashing to 0 is remapped to 1).
//
// File format (little-endian): "CCNER1\0\0", uint32 label count, uint32
// feature count, float scale, then per feature: uint64 key and kNumLabels
// int16 weights, sorted by key so identical weights give identical files.
// A model trained with beam search is "CCNER2\0\0" with its uint32 beam
// width after the scale.
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
  Status Save(const std::string& path) const;

  // Reserves room for `n` features; call before Set() for speed.
  void Reserve(size_t n);
  // Sets the quantisation scale used by later Set() calls: the largest
  // absolute weight maps to 32767.
  void SetScale(float max_abs_weight);
  // Sets (replaces) the row of `key`, quantised with the current scale.
  void Set(uint64_t key, const float row[kNumLabels]);
  // scores[l] += q(f, l) for every known feature f of feats[0, n).
  void AddScores(const uint64_t* feats, size_t n, int32_t scores[kNumLabels]) const;

  // The beam width the model was trained with and must be decoded with
  // (tagger.h TagSentence): 1 (greedy) unless set; saved in the file.
  int beam() const { return beam_; }
  void set_beam(int width) { beam_ = width; }

  size_t size() const { return size_; }
  float scale() const { return scale_; }
  // Changes whenever the weights may have changed (Load, Reserve, SetScale,
  // Set) and is unique across models of the process, so callers can key
  // caches of scores by it (a model's address may be reused).
  uint64_t generation() const { return generation_; }

 private:
  struct alignas(32) Slot {
    uint64_t key = 0;
    int16_t w[kNumLabels] = {};
  };
  static_assert(sizeof(Slot) == 32, "one slot per half cache line");
  static uint64_t Fix(uint64_t key) { return key == 0 ? 1 : key; }
  size_t Probe(uint64_t key) const;
  Slot* Insert(uint64_t key);

  std::vector<Slot> slots_;
  size_t size_ = 0;
  size_t mask_ = 0;
  float scale_ = 1.0f;
  int beam_ = 1;
  uint64_t generation_ = NextGeneration();
  static uint64_t NextGeneration();
};

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_PERCEPTRON_H_
