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
// Immutable after loading; thread-safe to share. Default() loads the shipped
// file once (thread-safe) and returns nullptr when it is missing or
// malformed, in which case clustering falls back to batch-only weights.
#ifndef CROSSCHECK_FUSE_BACKGROUND_H_
#define CROSSCHECK_FUSE_BACKGROUND_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

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
  // first use; nullptr when it cannot be loaded (the error is kept in
  // DefaultError()).
  static const StoryBackground* Default();
  static const std::string& DefaultError();

  int documents() const { return documents_; }
  // Background documents holding the feature (0 when unseen or pruned).
  int DocumentFrequency(int kind, std::string_view key) const;
  const std::vector<std::vector<Feature>>& references() const { return references_; }
  size_t features() const { return df_[0].size() + df_[1].size(); }

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  int documents_ = 0;
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> df_[2];
  std::vector<std::vector<Feature>> references_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_BACKGROUND_H_
