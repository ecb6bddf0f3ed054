// The story background model: what ordinary news looks like to the story
// clusterer, learned once from a fixed corpus and shipped in
// data/story/background.tsv (built by tools/stories/build_background.sh from
// the GMB Voice of America news; provenance in docs/STORIES.md).
//
// It holds two things:
//  - document frequencies of story features (entity names and term stems, as
//    ExtractStoryFeatures writes them) over `documents()` background
//    documents, so that term weights (IDF) mean something even in a batch
//    that is all one event, where the batch's own frequencies cannot tell a
//    name from a function word;
//  - a small sample of whole background documents (their features with
//    counts): reports that are unrelated to any event a user clusters. The
//    clusterer measures how similar a new document is to each of them,
//    under the collection's current weights, to know what "similar by
//    chance" looks like for that document (docs/STORIES.md, "decision").
//
// Everything a clusterer needs of it is computed once, at load: the
// reference documents' features as dense ids with their document
// frequencies, and an inverted index (feature -> references holding it). A
// StoryClusterer shares the model (a shared_ptr to the frozen object) and
// only weighs the references under its own collection's IDF, so building a
// clusterer costs nothing in the model's size.
//
// Immutable after loading; thread-safe to share. Default() loads the shipped
// file once (thread-safe) and returns nullptr when it is missing or
// malformed, in which case clustering falls back to batch-only weights.
#ifndef CROSSCHECK_FUSE_BACKGROUND_H_
#define CROSSCHECK_FUSE_BACKGROUND_H_

#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <cstdint>

#include "core/status.h"

namespace crosscheck {

class StoryBackground {
 public:
  // Feature kinds, as in StoryFeatures: names and terms.
  enum Kind { kEntity = 0, kTerm = 1 };
  struct Feature {
    int kind = kTerm;
    std::string key;
    int count = 1;  // occurrences in the document
  };

  // Parses the format of docs/STORIES.md ("Background model"); errors name
  // the path and line.
  static Result<StoryBackground> Load(const std::string& path);
  static Result<StoryBackground> Parse(std::string_view text, const std::string& name);
  // The shipped model (DataPath("data/story/background.tsv")), loaded on
  // first use and shared by every caller; nullptr when it cannot be loaded
  // (the error is kept in DefaultError()).
  static std::shared_ptr<const StoryBackground> Default();
  static const std::string& DefaultError();

  int documents() const { return documents_; }
  // Background documents holding the feature (0 when unseen or pruned).
  int DocumentFrequency(int kind, std::string_view key) const;
  const std::vector<std::vector<Feature>>& references() const { return references_; }
  size_t features() const { return df_[0].size() + df_[1].size(); }

  // The reference documents' distinct features as dense ids 0..n-1,
  // numbered in order of first appearance (reference by reference, each in
  // file order).
  int reference_features() const { return static_cast<int>(ref_kind_.size()); }
  // The id of a feature among the references', or -1.
  int ReferenceFeatureId(int kind, std::string_view key) const;
  int ReferenceFeatureKind(int id) const { return ref_kind_[id]; }
  // DocumentFrequency() of the feature with that id.
  int ReferenceFeatureDf(int id) const { return ref_df_[id]; }
  // Per reference: its features as (id, count), by id.
  const std::vector<std::vector<std::pair<int, int>>>& reference_ids() const { return ref_ids_; }
  // Inverted index over the references: the (reference, count) entries of
  // feature `id`, references ascending. Entries are numbered 0 ..
  // reference_postings()-1 across all features (PostingSlot), so that a
  // clusterer can keep one weight per entry in a flat array.
  struct Posting {
    int reference = 0;
    int count = 0;
  };
  std::span<const Posting> ReferencePostings(int id) const {
    return {postings_.data() + posting_start_[id], postings_.data() + posting_start_[id + 1]};
  }
  size_t PostingSlot(int id) const { return posting_start_[id]; }
  size_t reference_postings() const { return postings_.size(); }
  // For reference r's k-th (id, count): its entry's slot.
  const std::vector<std::vector<uint32_t>>& reference_slots() const { return ref_slots_; }
  // For reference r's k-th (id, count): 1 + ln(count), the count's factor
  // in the entry's TF-IDF weight (StoryClusterer::WeighReferences).
  const std::vector<std::vector<double>>& reference_log_counts() const { return ref_log_counts_; }

  // Weighings of the references, shared by the clusterers of this model
  // (StoryClusterer, stories.cc). A weighing -- one weight per posting
  // slot -- is a function of its key alone (the clusterer's options that
  // enter the weights, the documents seen and the collection's document
  // frequency of each model feature it holds), so a clusterer that meets
  // a key another one weighed before takes those weights instead of
  // weighing 35,000 entries again: fuse_fuzz fuses the same documents
  // twice, and a server round clusters again the documents of the last
  // one. Exact keys, so the same bits as weighing anew. The model keeps the
  // kWeighings most recently used; thread-safe.
  struct ReferenceWeighing {
    std::vector<int64_t> key;
    size_t hash = 0;
    std::vector<float> weight;  // per posting slot (PostingSlot)
  };
  static constexpr size_t kWeighings = 32;
  // The kept weighing with this key (and hash), or nullptr.
  std::shared_ptr<const ReferenceWeighing> FindWeighing(const std::vector<int64_t>& key, size_t hash) const;
  // Storage for a new weighing: the arrays of one that was dropped while no
  // clusterer held it (so a small fusion round does not allocate and fault
  // in 140 KB of weights afresh), else new.
  std::shared_ptr<ReferenceWeighing> NewWeighing() const;
  // Keeps `w` (made by the caller from w->key) and returns the weighing
  // kept under its key: `w`, or an equal one another thread kept first.
  std::shared_ptr<const ReferenceWeighing> KeepWeighing(std::shared_ptr<ReferenceWeighing> w) const;

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  void Freeze();  // builds the reference ids and the inverted index

  int documents_ = 0;
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> df_[2];
  std::vector<std::vector<Feature>> references_;
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> ref_vocab_[2];
  std::vector<int> ref_kind_, ref_df_;
  std::vector<std::vector<std::pair<int, int>>> ref_ids_;
  std::vector<std::vector<uint32_t>> ref_slots_;
  std::vector<std::vector<double>> ref_log_counts_;
  std::vector<uint32_t> posting_start_;  // per id, plus one
  std::vector<Posting> postings_;
  // The kept weighings, least recently used first, and one dropped
  // weighing's storage. A copy of the model starts with none.
  struct Weighings {
    Weighings() { kept.reserve(kWeighings); }
    std::mutex mu;
    std::vector<std::shared_ptr<ReferenceWeighing>> kept;
    std::shared_ptr<ReferenceWeighing> spare;
  };
  struct WeighingsHolder {
    std::unique_ptr<Weighings> w = std::make_unique<Weighings>();
    WeighingsHolder() = default;
    WeighingsHolder(const WeighingsHolder&) : WeighingsHolder() {}
    WeighingsHolder& operator=(const WeighingsHolder&) { return *this; }
    WeighingsHolder(WeighingsHolder&&) = default;
    WeighingsHolder& operator=(WeighingsHolder&&) = default;
  };
  WeighingsHolder weighings_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_BACKGROUND_H_
