// Story clustering: documents about the same event are grouped into one
// story, by the entities they name, their key terms and (when dated) how
// close in time they are. Works incrementally (StoryClusterer: each new
// document joins the most similar story or starts a new one, as the server
// needs) and in batch (ClusterStories: learns term weights from the whole
// collection first, then refines; deterministic).
//
// Features do not need the entity recognizer: ExtractStoryFeatures finds
// capitalised word sequences itself and adds any canonical entity names the
// caller passes. Weights are TF-IDF, with document frequencies learned as
// documents arrive; entity features weigh more than plain terms.
//
// Thread-compatible: a StoryClusterer is used by one thread at a time.
// Memory per story is bounded (centroids are pruned to their strongest
// features); candidate stories are found through an inverted index, so
// adding a document costs time in its own length, not in the story count.
#ifndef CROSSCHECK_FUSE_STORIES_H_
#define CROSSCHECK_FUSE_STORIES_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/int_float_map.h"

namespace crosscheck {

struct StoryFeatures {
  // Lower-cased entity names: capitalised word sequences of the text (and
  // each of their words, prefixed "w:"), plus the caller's canonical names.
  // One entry per occurrence (repeats count as term frequency).
  std::vector<std::string> entities;
  // Lower-cased content words (stop words dropped), cut to a 6-letter stem;
  // one entry per occurrence.
  std::vector<std::string> terms;
  std::optional<int> day;  // days since 1970-01-01 of the document's date
};

// `entity_names`: canonical names from the entity recognizer (may be empty).
// `day`: the document's date as days since the epoch, if known.
StoryFeatures ExtractStoryFeatures(std::string_view text,
                                   const std::vector<std::string>& entity_names = {},
                                   std::optional<int> day = std::nullopt);

// Days since 1970-01-01 for an ISO date "YYYY-MM-DD..." (time part ignored).
std::optional<int> DayFromIsoDate(std::string_view iso);

struct StoryOptions {
  double threshold = 0.25;      // min similarity to join a story
  // Background documents assumed in the IDF (as if each feature were absent
  // from them): in a small batch where every report names the same city, the
  // shared names still count, instead of getting an IDF near zero.
  double prior_documents = 100;
  double entity_weight = 2.0;   // weight of entity features relative to terms
  int window_days = 3;          // dated docs this close to a story lose nothing
  double decay_days = 14;       // beyond the window similarity decays as exp(-gap/decay)
  int probe_features = 24;      // strongest doc features used to find candidate stories
  int max_postings = 2000;      // a feature in more stories is too common to probe with
  int centroid_features = 400;  // a story centroid keeps at most this many features
  // Batch only (ClusterStories), for collections up to merge_max_documents:
  // a strict first pass (seed_threshold) builds tight seeds, which are then
  // merged while their group-average similarity (mean cosine between members)
  // reaches merge_threshold. Larger batches use the incremental pass.
  double seed_threshold = 0.5;
  double merge_threshold = 0.24;
  int merge_max_documents = 3000;  // the merge holds n x n doubles and floats (108 MB at 3000)
  int refine_passes = 2;           // reassignment passes after that
};

class StoryClusterer {
 public:
  explicit StoryClusterer(const StoryOptions& options = {});
  StoryClusterer(const StoryClusterer&) = delete;  // large; move it instead
  StoryClusterer& operator=(const StoryClusterer&) = delete;
  StoryClusterer(StoryClusterer&&) = default;
  StoryClusterer& operator=(StoryClusterer&&) = default;

  // Counts `features` in the document frequencies without clustering it
  // (batch use: weights learned from the whole collection first).
  void Observe(const StoryFeatures& features);
  // Adds a document; returns its story label (0, 1, 2, ... in order of
  // creation). Counts it in the document frequencies unless `observed`.
  int Add(const StoryFeatures& features, bool observed = false);

  size_t stories() const { return stories_.size(); }
  size_t documents() const { return labels_.size(); }
  const std::vector<int>& labels() const { return labels_; }

  // Batch refinement: reassigns every document added so far to its most
  // similar story centroid (documents never start new stories here), then
  // rebuilds centroids; returns how many labels changed. Keeps the stored
  // document vectors, so call it only on collections that fit in memory.
  int Refine(const std::vector<StoryFeatures>& features);
  // Batch merging: repeatedly merges the two stories with the highest
  // linkage while it reaches `threshold` (group average: mean cosine between
  // their members, or centroid cosine); returns the number of merges.
  // Quadratic in the number of stories: for batches, not the live server.
  int Merge(double threshold, bool group_average);
  // Relabels stories 0, 1, 2, ... in order of their first document.
  std::vector<int> CanonicalLabels() const;

 private:
  using SparseVector = std::vector<std::pair<int, float>>;  // sorted by feature id
  struct StoryState {
    IntFloatMap centroid;                     // sum of member unit vectors
    double norm2 = 0;                         // |centroid|^2
    std::optional<int> first_day, last_day;
    int size = 0;
  };

  SparseVector Vectorize(const StoryFeatures& f);
  double Similarity(const SparseVector& v, std::optional<int> day, const StoryState& s) const;

  void Join(int story, const SparseVector& v, std::optional<int> day);
  enum { kEntityFeature = 0, kTermFeature = 1 };
  int FeatureId(int kind, std::string_view key, bool create);
  std::vector<int> Candidates(const SparseVector& v) const;

  StoryOptions options_;
  // Feature ids per kind (entity, term), looked up by string_view without
  // building a key string.
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> vocab_[2];
  std::vector<int> df_;  // per feature id
  int docs_seen_ = 0;
  std::vector<StoryState> stories_;
  std::vector<std::vector<int>> postings_;  // feature id -> stories holding it
  std::vector<int> labels_;
};

// Batch clustering: story label per document (0, 1, 2, ... in order of each
// story's first document). Weights come from the whole collection; small
// collections get seed-and-merge (see StoryOptions), large ones the
// incremental pass; then refinement. Deterministic for a given input order.
std::vector<int> ClusterStories(const std::vector<StoryFeatures>& features,
                                const StoryOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_STORIES_H_
