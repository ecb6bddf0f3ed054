// Averaged perceptron training with lazy averaging: every weight keeps the
// time step of its last change and a running sum of value x duration, so an
// update touches only the weights of the features of one token (static and
// dynamic) for two labels (gold +1, predicted -1). At the end the average
// weight is sum / steps. Features are indexed densely (hash -> id) after a
// counting pass that drops those seen fewer than min_count times; the final
// model keeps the max_features features whose largest |average weight| is
// biggest.
#include "recognize/entity/trainer.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <unordered_map>
#include <unordered_set>

namespace crosscheck {

namespace {

class Trainer {
 public:
  Trainer(const Gazetteer& gaz, const TrainOptions& opt) : gaz_(gaz), opt_(opt) {}

  void Count(const std::vector<const NerSentence*>& sents, const std::vector<size_t>& order) {
    std::unordered_map<uint64_t, uint32_t> counts;
    counts.reserve(4 << 20);
    // A sentence listed several times (--repeat-gum, --repeat-uner) is
    // counted once: min_count is about evidence, not about weighting.
    std::unordered_set<const NerSentence*> seen;
    for (size_t si : order) {
      if (!seen.insert(sents[si]).second) continue;
      const NerSentence& s = *sents[si];
      Extract(s);
      for (size_t i = 0; i < s.words.size(); ++i) {
        for (uint32_t k = scratch_.feat_begin[i]; k < scratch_.feat_begin[i + 1]; ++k) counts[scratch_.feats[k]]++;
        uint64_t dyn[kNumDynamicFeatures];
        DynamicFeatures(scratch_, i, i > 0 ? s.labels[i - 1] : -1, i > 1 ? s.labels[i - 2] : -1, dyn);
        for (uint64_t d : dyn) counts[d]++;
      }
    }
    std::vector<uint64_t> kept;
    for (const auto& [key, c] : counts)
      if (c >= static_cast<uint32_t>(opt_.min_count)) kept.push_back(key);
    std::sort(kept.begin(), kept.end());
    ids_.reserve(kept.size() * 2);
    for (uint64_t k : kept) {
      ids_.emplace(k, static_cast<uint32_t>(keys_.size()));
      keys_.push_back(k);
    }
    const size_t n = keys_.size() * kNumLabels;
    w_.assign(n, 0.0f);
    total_.assign(n, 0.0);
    stamp_.assign(n, 0);
    if (opt_.log)
      opt_.log("features: " + std::to_string(counts.size()) + " distinct, " + std::to_string(keys_.size()) +
               " kept (count >= " + std::to_string(opt_.min_count) + ")");
  }

  // One epoch over `order`; returns the token error count.
  size_t Epoch(const std::vector<const NerSentence*>& sents, const std::vector<size_t>& order) {
    size_t errors = 0;
    std::vector<int64_t> feat_ids;
    for (size_t si : order) {
      const NerSentence& s = *sents[si];
      Extract(s);
      int p1 = -1, p2 = -1;
      for (size_t i = 0; i < s.words.size(); ++i) {
        feat_ids.clear();
        for (uint32_t k = scratch_.feat_begin[i]; k < scratch_.feat_begin[i + 1]; ++k) Push(scratch_.feats[k], &feat_ids);
        uint64_t dyn[kNumDynamicFeatures];
        DynamicFeatures(scratch_, i, p1, p2, dyn);
        for (uint64_t d : dyn) Push(d, &feat_ids);
        float scores[kNumLabels] = {};
        for (int64_t f : feat_ids) {
          const float* row = &w_[f * kNumLabels];
          for (int l = 0; l < kNumLabels; ++l) scores[l] += row[l];
        }
        int prev = p1 < 0 ? kO : p1;
        int best = kO;
        float best_score = -1e30f;
        for (int l = 0; l < kNumLabels; ++l) {
          if (!Allowed(prev, l)) continue;
          if (scores[l] > best_score) {
            best_score = scores[l];
            best = l;
          }
        }
        ++step_;
        int gold = s.labels[i];
        // Dynamic oracle: after a predicted history that ends the name, the
        // right action for a gold I-X is to open it again (B-X). Updating
        // towards an I-X the decoder cannot choose there only inflates the
        // I-X weights of every word, which later pushes I-X past B-X where
        // it IS allowed ("Bill Gottlieb" read as two names).
        if (IsInside(gold) && !Allowed(prev, gold)) gold = gold - 1;
        if (gold == kO && s.o_may_be_other && LabelType(best) == LabelType(kBOth)) gold = best;
        if (best != gold) {
          ++errors;
          for (int64_t f : feat_ids) {
            Update(f * kNumLabels + gold, 1.0f);
            Update(f * kNumLabels + best, -1.0f);
          }
        }
        p2 = p1;
        p1 = best;
      }
    }
    return errors;
  }

  NerModel Finish() {
    const size_t nf = keys_.size();
    std::vector<float> avg(nf * kNumLabels);
    std::vector<float> strength(nf, 0.0f);
    for (size_t i = 0; i < nf * kNumLabels; ++i) {
      double t = total_[i] + static_cast<double>(step_ - stamp_[i]) * w_[i];
      avg[i] = step_ ? static_cast<float>(t / static_cast<double>(step_)) : 0.0f;
      strength[i / kNumLabels] = std::max(strength[i / kNumLabels], std::fabs(avg[i]));
    }
    std::vector<uint32_t> order(nf);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      if (strength[a] != strength[b]) return strength[a] > strength[b];
      return keys_[a] < keys_[b];
    });
    size_t keep = std::min(nf, opt_.max_features);
    while (keep > 0 && strength[order[keep - 1]] == 0.0f) --keep;
    NerModel model;
    model.Reserve(keep);
    model.SetScale(keep ? strength[order[0]] : 0.0f);
    for (size_t r = 0; r < keep; ++r) model.Set(keys_[order[r]], &avg[order[r] * kNumLabels]);
    if (opt_.log)
      opt_.log("model: " + std::to_string(keep) + " features (weakest kept |w| = " +
               std::to_string(keep ? strength[order[keep - 1]] : 0.0f) + ")");
    return model;
  }

 private:
  void Extract(const NerSentence& s) {
    views_.assign(s.words.begin(), s.words.end());
    ExtractStaticFeatures(views_, gaz_, &scratch_);
  }
  void Push(uint64_t key, std::vector<int64_t>* out) {
    auto it = ids_.find(key == 0 ? 1 : key);
    if (it != ids_.end()) out->push_back(it->second);
  }
  void Update(size_t i, float delta) {
    total_[i] += static_cast<double>(step_ - stamp_[i]) * w_[i];
    stamp_[i] = step_;
    w_[i] += delta;
  }

  const Gazetteer& gaz_;
  const TrainOptions& opt_;
  FeatureScratch scratch_;
  std::vector<std::string_view> views_;
  std::unordered_map<uint64_t, uint32_t> ids_;
  std::vector<uint64_t> keys_;
  std::vector<float> w_;
  std::vector<double> total_;
  std::vector<int32_t> stamp_;
  int32_t step_ = 0;
};

}  // namespace

NerModel TrainNer(const std::vector<const NerSentence*>& sentences, const Gazetteer& gazetteer,
                  const TrainOptions& options) {
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), size_t{0});
  Trainer t(gazetteer, options);
  t.Count(sentences, order);
  std::mt19937 rng(options.seed);
  for (int e = 0; e < options.epochs; ++e) {
    for (size_t i = order.size(); i > 1; --i) {
      size_t j = rng() % i;
      std::swap(order[i - 1], order[j]);
    }
    size_t errors = t.Epoch(sentences, order);
    if (options.log) options.log("epoch " + std::to_string(e + 1) + ": " + std::to_string(errors) + " token errors");
  }
  return t.Finish();
}

}  // namespace crosscheck
