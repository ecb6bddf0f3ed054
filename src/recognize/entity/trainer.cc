// Averaged perceptron training with lazy averaging: every weight keeps the
// time step of its last change and a running sum of value x duration, so an
// update touches only the weights of the features of one token (static and
// dynamic) for two labels (gold +1, predicted -1). At the end the average
// weight is sum / steps. Features are indexed densely (hash -> id) after a
// counting pass that drops those seen fewer than min_count times; the final
// model keeps the max_features features whose largest |average weight| is
// biggest.
#include "recognize/entity/trainer.h"

#include "recognize/entity/beam.h"

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

  // One epoch of structured training with beam search: decodes each
  // sentence as TagBeam does (tokens the decoding rules make O are not
  // scored; hypotheses with the same two last labels merged), and when the
  // gold sequence falls out of the beam, or is not the best at the end,
  // updates towards the gold prefix and away from the best prefix. The
  // gold sequence is projected onto what the decoder can output (an O
  // where a rule forces it, B-X for an I-X after O); where the corpus
  // leaves "other" names untagged, an OTH label on a gold O is gold too.
  // Returns the number of sentences with an update.
  size_t BeamEpoch(const std::vector<const NerSentence*>& sents, const std::vector<size_t>& order) {
    size_t errors = 0;
    const int width = std::min(opt_.beam, FeatureScratch::kMaxBeam);
    struct Hyp {
      float score;
      int8_t p1, p2;
      uint16_t back;
      bool gold;
    };
    std::vector<Hyp> hist;
    std::vector<uint8_t> count;
    std::vector<int64_t> ids;
    std::vector<uint32_t> id_begin;
    std::vector<float> stat;
    std::vector<uint8_t> stat_done;
    std::vector<int8_t> pred, gold;
    for (size_t si : order) {
      const NerSentence& s = *sents[si];
      Extract(s);
      const size_t n = s.words.size();
      if (n == 0) continue;
      // Static feature ids and scores per token, computed when first scored.
      ids.clear();
      id_begin.assign(n + 1, 0);
      stat.assign(n * kNumLabels, 0.0f);
      stat_done.assign(n, 0);
      std::vector<std::pair<uint32_t, uint32_t>> ranges(n, {0, 0});
      auto static_ids = [&](size_t i) {
        if (!stat_done[i]) {
          uint32_t b = static_cast<uint32_t>(ids.size());
          for (uint32_t k = scratch_.feat_begin[i]; k < scratch_.feat_begin[i + 1]; ++k) Push(scratch_.feats[k], &ids);
          ranges[i] = {b, static_cast<uint32_t>(ids.size())};
          float* row = &stat[i * kNumLabels];
          for (uint32_t k = b; k < ranges[i].second; ++k) {
            const float* w = &w_[ids[k] * kNumLabels];
            for (int l = 0; l < kNumLabels; ++l) row[l] += w[l];
          }
          stat_done[i] = 1;
        }
        return &stat[i * kNumLabels];
      };
      auto forced = [&](size_t i, int p1) {
        return (p1 < 0 || p1 == kO) ? !MayBeginName(views_, scratch_, i) : !MayContinueName(views_, scratch_, i);
      };
      auto project = [&](size_t i, int p1) {  // the gold label the decoder can reach after p1
        if (forced(i, p1)) return static_cast<int>(kO);
        int g = s.labels[i];
        if (IsInside(g) && !Allowed(p1 < 0 ? kO : p1, g)) g = g - 1;
        return g;
      };
      auto compatible = [&](size_t i, int p1, int l) {
        int g = project(i, p1);
        if (l == g) return true;
        return s.o_may_be_other && g == kO && LabelType(l) == LabelType(kBOth);
      };
      hist.resize((n + 1) * FeatureScratch::kMaxBeam);
      count.assign(n + 1, 0);
      hist[0] = Hyp{0.0f, -1, -1, 0, true};
      count[0] = 1;
      size_t stop = n;  // tokens [0, stop) take part in the update
      int pred_end = -1, gold_end = -1;  // hypothesis indices at token stop
      int gold_extra = -1;  // early update: label extending hypothesis gold_end at stop - 1
      BeamStep<Hyp> step;
      for (size_t i = 0; i < n; ++i) {
        const Hyp* prev = &hist[i * FeatureScratch::kMaxBeam];
        Hyp* next = &hist[(i + 1) * FeatureScratch::kMaxBeam];
        for (int b = 0; b < count[i]; ++b) {
          const Hyp& h = prev[b];
          const int p1 = h.p1, p2 = h.p2;
          if (forced(i, p1)) {
            step.Offer(Hyp{h.score, static_cast<int8_t>(kO), static_cast<int8_t>(p1), static_cast<uint16_t>(b), h.gold});
            continue;
          }
          const float* st = static_ids(i);
          float sc[kNumLabels];
          std::copy(st, st + kNumLabels, sc);
          uint64_t dyn[kNumDynamicFeatures];
          DynamicFeatures(scratch_, i, p1, p2, dyn);
          for (uint64_t d : dyn) {
            auto it = ids_.find(d == 0 ? 1 : d);
            if (it == ids_.end()) continue;
            const float* w = &w_[static_cast<size_t>(it->second) * kNumLabels];
            for (int l = 0; l < kNumLabels; ++l) sc[l] += w[l];
          }
          for (int l = 0; l < kNumLabels; ++l) {
            if (!Allowed(p1 < 0 ? kO : p1, l)) continue;
            step.Offer(Hyp{h.score + sc[l], static_cast<int8_t>(l), static_cast<int8_t>(p1), static_cast<uint16_t>(b),
                           h.gold && compatible(i, p1, l)});
          }
        }
        const int m = step.Finish(width, next);
        count[i + 1] = static_cast<uint8_t>(m);
        bool any_gold = false;
        for (int j = 0; j < m; ++j) any_gold = any_gold || next[j].gold;
        if (!any_gold) {
          // Early update: the best prefix against the best gold prefix
          // of the token before, extended by its gold label.
          stop = i + 1;
          pred_end = 0;
          for (int j = 1; j < m; ++j)
            if (next[j].score > next[pred_end].score) pred_end = j;
          gold_end = -1;
          for (int j = 0; j < count[i]; ++j)
            if (prev[j].gold && (gold_end < 0 || prev[j].score > prev[gold_end].score)) gold_end = j;
          gold_extra = project(i, prev[gold_end].p1);
          break;
        }
      }
      if (stop == n && gold_extra < 0) {
        const Hyp* last = &hist[n * FeatureScratch::kMaxBeam];
        pred_end = 0;
        for (int j = 1; j < count[n]; ++j)
          if (last[j].score > last[pred_end].score) pred_end = j;
        step_ += static_cast<int32_t>(n);
        if (last[pred_end].gold) continue;
        gold_end = -1;
        for (int j = 0; j < count[n]; ++j)
          if (last[j].gold && (gold_end < 0 || last[j].score > last[gold_end].score)) gold_end = j;
      } else {
        step_ += static_cast<int32_t>(stop);
      }
      ++errors;
      // The two label sequences over [0, stop).
      pred.assign(stop, kO);
      gold.assign(stop, kO);
      {
        int j = pred_end;
        for (size_t i = stop; i > 0; --i) {
          const Hyp& h = hist[i * FeatureScratch::kMaxBeam + j];
          pred[i - 1] = h.p1;
          j = h.back;
        }
        size_t top = stop;
        j = gold_end;
        if (gold_extra >= 0) {
          gold[stop - 1] = static_cast<int8_t>(gold_extra);
          top = stop - 1;
        }
        for (size_t i = top; i > 0; --i) {
          const Hyp& h = hist[i * FeatureScratch::kMaxBeam + j];
          gold[i - 1] = h.p1;
          j = h.back;
        }
      }
      for (size_t i = 0; i < stop; ++i) {
        const int gp1 = i > 0 ? gold[i - 1] : -1, gp2 = i > 1 ? gold[i - 2] : -1;
        const int pp1 = i > 0 ? pred[i - 1] : -1, pp2 = i > 1 ? pred[i - 2] : -1;
        const int gl = gold[i], pl = pred[i];
        if (gl == pl && gp1 == pp1 && gp2 == pp2) continue;
        const bool gf = forced(i, gp1), pf = forced(i, pp1);
        if (!gf || !pf) static_ids(i);
        const auto [b, e] = ranges[i];
        if (!gf && !(!pf && gl == pl))
          for (uint32_t k = b; k < e; ++k) Update(ids[k] * kNumLabels + gl, 1.0f);
        if (!pf && !(!gf && gl == pl))
          for (uint32_t k = b; k < e; ++k) Update(ids[k] * kNumLabels + pl, -1.0f);
        uint64_t dyn[kNumDynamicFeatures];
        if (!gf) {
          DynamicFeatures(scratch_, i, gp1, gp2, dyn);
          for (uint64_t d : dyn) {
            auto it = ids_.find(d == 0 ? 1 : d);
            if (it != ids_.end()) Update(static_cast<size_t>(it->second) * kNumLabels + gl, 1.0f);
          }
        }
        if (!pf) {
          DynamicFeatures(scratch_, i, pp1, pp2, dyn);
          for (uint64_t d : dyn) {
            auto it = ids_.find(d == 0 ? 1 : d);
            if (it != ids_.end()) Update(static_cast<size_t>(it->second) * kNumLabels + pl, -1.0f);
          }
        }
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
    model.set_beam(opt_.beam > 1 ? std::min(opt_.beam, FeatureScratch::kMaxBeam) : 1);
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
    if (options.beam > 1) {
      size_t errors = t.BeamEpoch(sentences, order);
      if (options.log)
        options.log("epoch " + std::to_string(e + 1) + ": " + std::to_string(errors) + " sentences updated");
      continue;
    }
    size_t errors = t.Epoch(sentences, order);
    if (options.log) options.log("epoch " + std::to_string(e + 1) + ": " + std::to_string(errors) + " token errors");
  }
  return t.Finish();
}

}  // namespace crosscheck
