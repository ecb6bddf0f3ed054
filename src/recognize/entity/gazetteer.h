// Gazetteer: lists of known names (countries, regions, cities, nationality
// words, organisations, facility head nouns) matched against token sequences.
//
// Build, freeze, match: Load() (or Add() calls followed by nothing else)
// builds the tables; afterwards the object is const and Match()/Find() are
// thread-safe. Phrases are stored as 64-bit hashes of their lower-cased
// tokens joined by single spaces (HashBytes in name_text.h), so a match costs
// one hash-table probe per (start, length) pair and allocates nothing.
//
// Files (one phrase per line, "phrase<TAB>canonical", canonical optional,
// "#" starts a comment) live in <model_dir>/gazetteer/; docs/ENTITIES.md
// gives their provenance and licences.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_GAZETTEER_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_GAZETTEER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "recognize/entity/word_clusters.h"

namespace crosscheck {

enum GazClass : uint8_t {
  kGazCountry = 1 << 0,
  kGazRegion = 1 << 1,
  kGazCity = 1 << 2,
  kGazDemonym = 1 << 3,   // "Ukrainian", "British"
  kGazOrg = 1 << 4,       // "United Nations", "Red Cross", "Kremlin"
  kGazFacility = 1 << 5,  // facility head nouns: "airport", "steel works"
  kGazCommon = 1 << 6,    // common lower-case words ("later", "yesterday"); not a tagger feature
  kGazFirstName = 1 << 7, // words that open person names in the training data; not a tagger feature
};
constexpr int kNumGazClasses = 6;  // classes that are tagger features (the first six)

class Gazetteer {
 public:
  Gazetteer() = default;
  // Reads every known file under `dir` (countries.tsv, regions.tsv,
  // cities.tsv, demonyms.tsv, organizations.tsv, facilities.tsv); missing
  // files are an error naming the path. common_words.tsv (written by
  // train_ner from the training splits) and first_names.tsv (likewise)
  // are optional, and skipped when `common_words` is false (train_ner adds
  // its own). clusters.tsv (tools/ner/word_clusters) is optional too.
  static Result<Gazetteer> Load(const std::string& dir, bool common_words = true);

  // Adds a phrase (tokens separated by spaces, matched case-insensitively)
  // of class `cls`, with an optional canonical form ("U.N." -> "United
  // Nations").
  void Add(std::string_view phrase, GazClass cls, std::string_view canonical = {});

  // For a sentence whose lower-cased tokens hash to `word_hashes`
  // (HashBytes of each lower-cased token), ORs into begin[i] / inside[i] the
  // classes of every phrase that starts / continues at token i, where a
  // phrase may start at i only when `capitalised[i]` is true, or when it is
  // a facility phrase ("airport", "steel works"): names begin on a capital,
  // and this keeps lower-case words ("new", "split") from matching place
  // names. Most lower-case tokens then cost one probe into a small bitset.
  // REQUIRES: capitalised, begin and inside have word_hashes.size() entries.
  void Match(std::span<const uint64_t> word_hashes, const uint8_t* capitalised, uint8_t* begin,
             uint8_t* inside) const;

  // Classes of the exact phrase (lower-cased tokens), 0 when unknown.
  uint8_t Find(std::span<const std::string_view> lower) const;
  // Canonical form recorded for the phrase, or "" when none.
  std::string_view Canonical(std::span<const std::string_view> lower) const;

  size_t size() const { return count_; }

  // True when the lower-cased word whose HashBytes is `word_hash` is a
  // given name of the general first-name list (data/lexicon/first_names.tsv:
  // 8,000 English given names from the Moby lists, not from any training
  // corpus), a tagger feature (features.cc). Empty when the file is missing.
  bool IsGivenName(uint64_t word_hash) const {
    if (given_names_.empty()) return false;
    const uint32_t tag = GivenTag(word_hash);
    for (size_t i = word_hash & (given_names_.size() - 1);; i = (i + 1) & (given_names_.size() - 1)) {
      if (given_names_[i] == tag) return true;
      if (given_names_[i] == 0) return false;
    }
  }
  void AddGivenName(std::string_view lower_word);

  // Word clusters (clusters.tsv, optional: empty when the file is absent),
  // tagger features kept with the gazetteer because they load from the
  // same folder and travel with it.
  const WordClusters& clusters() const { return clusters_; }
  void set_clusters(WordClusters c) { clusters_ = std::move(c); }

 private:
  // Open addressing (linear probing, at most 3/4 full) over 8-byte slots:
  // the phrase hash with its low byte replaced by the phrase's classes
  // (0 = empty). 200k phrases fit in 2 MB, so a probe usually stays in
  // cache. Canonical forms (a few thousand) sit in a separate map.
  static uint64_t Tag(uint64_t hash) {
    hash &= ~uint64_t{0xFF};
    return hash ? hash : 0x100;
  }
  // Index of the slot holding `tag`, or of the empty slot where it would go.
  size_t Slot(uint64_t tag) const;
  // Classes of the phrase with this hash, 0 when absent.
  uint8_t ClassesOf(uint64_t hash) const;
  void Insert(uint64_t hash, uint8_t classes);
  // Hash of a phrase: its tokens' HashBytes folded with HashMix, so Match()
  // can reuse the per-token hashes the tagger computes anyway.
  static uint64_t PhraseHash(std::span<const std::string_view> lower);
  static uint64_t PhraseSeed();
  static uint64_t Extend(uint64_t phrase_hash, uint64_t word_hash);

  std::vector<uint64_t> table_;
  std::unordered_map<uint64_t, int32_t> canonical_of_;  // tag -> index into canonicals_
  size_t count_ = 0;
  // One bit per hash of every phrase prefix ("sant", "sant julia", ...):
  // Match() stops extending a phrase as soon as its prefix bit is clear,
  // so most tokens cost one probe into this small bitset.
  static constexpr size_t kPrefixBits = size_t{1} << 21;
  std::vector<uint64_t> prefix_bits_ = std::vector<uint64_t>(kPrefixBits / 64, 0);
  static size_t PrefixWord(uint64_t h) { return static_cast<size_t>(h >> 6) % (kPrefixBits / 64); }
  bool HasPrefix(uint64_t h) const { return (prefix_bits_[PrefixWord(h)] >> (h & 63)) & 1; }
  void SetPrefix(uint64_t h) { prefix_bits_[PrefixWord(h)] |= uint64_t{1} << (h & 63); }
  // The same for the prefixes of facility phrases only (a few hundred).
  static constexpr size_t kFacilityPrefixBits = size_t{1} << 14;
  std::vector<uint64_t> facility_prefix_bits_ = std::vector<uint64_t>(kFacilityPrefixBits / 64, 0);
  bool HasFacilityPrefix(uint64_t h) const {
    return (facility_prefix_bits_[(h >> 6) % (kFacilityPrefixBits / 64)] >> (h & 63)) & 1;
  }
  std::vector<std::string> canonicals_;
  size_t max_tokens_ = 0;
  // Given names as 32-bit tags of their word hashes, open addressing
  // (16,384 slots, at most half full: 64 KB).
  static uint32_t GivenTag(uint64_t h) {
    const uint32_t t = static_cast<uint32_t>(h >> 32);
    return t ? t : 1;
  }
  std::vector<uint32_t> given_names_;
  size_t given_count_ = 0;
  WordClusters clusters_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_GAZETTEER_H_
