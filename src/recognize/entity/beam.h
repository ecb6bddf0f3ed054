// One step of the tagger's beam search, shared by the tagger (tagger.cc,
// integer scores) and the trainer (trainer.cc, float scores) so the two
// keep the same hypotheses: the extensions of the previous token's
// hypotheses are merged by state (the two last labels, all the features
// see of the history; the better score wins, the first offered on a tie),
// then the best `width` states are kept, in the order they were first
// offered.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_BEAM_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_BEAM_H_

#include <cstdint>
#include <cstring>

#include "recognize/entity/features.h"

namespace crosscheck {

// H has `score`, `p1` (this token's label) and `p2` (the one before), p2
// in -1..kNumLabels-1.
template <typename H>
class BeamStep {
 public:
  static constexpr int kMaxCands = FeatureScratch::kMaxBeam * kNumLabels;
  BeamStep() { std::memset(slot_, -1, sizeof slot_); }

  void Offer(const H& h) {
    const int key = h.p1 * (kNumLabels + 1) + (h.p2 + 1);
    int16_t& s = slot_[key];
    if (s < 0) {
      s = static_cast<int16_t>(n_);
      keys_[n_] = static_cast<uint8_t>(key);
      cands_[n_++] = h;
    } else if (h.score > cands_[s].score) {
      cands_[s] = h;
    }
  }

  // Writes the best `width` states to out (in offer order) and returns
  // their number; resets for the next token.
  int Finish(int width, H* out) {
    int m = 0;
    if (n_ <= width) {
      for (int j = 0; j < n_; ++j) out[m++] = cands_[j];
    } else {
      // The width-th best score: a state is kept when it beats it, or ties
      // it and was offered before the other tied ones that fit.
      bool keep[kMaxCands] = {};
      for (int k = 0; k < width; ++k) {
        int best = -1;
        for (int j = 0; j < n_; ++j)
          if (!keep[j] && (best < 0 || cands_[j].score > cands_[best].score)) best = j;
        keep[best] = true;
      }
      for (int j = 0; j < n_; ++j)
        if (keep[j]) out[m++] = cands_[j];
    }
    for (int j = 0; j < n_; ++j) slot_[keys_[j]] = -1;
    n_ = 0;
    return m;
  }

 private:
  H cands_[kMaxCands];
  uint8_t keys_[kMaxCands];
  int16_t slot_[kNumLabels * (kNumLabels + 1)];
  int n_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_BEAM_H_
