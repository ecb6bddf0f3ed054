// Nouns compared by meaning: WordNet senses and hypernyms of the nouns the
// counted-noun neighbourhoods (Lexicon::NounSimilarity, nouns.tsv) leave
// out — acts, events, states, phenomena ("investigation", "probe",
// "quake", "blaze", "siege") — read from data/lexicon/meanings.tsv (built
// by tools/lexicon/build_lexicon.py from Debian's WordNet 3.0; each noun's
// lexicographer file, first three senses and their hypernyms up to three
// levels).
//
// Two nouns are alike when they share a sense (probe ~ investigation,
// quake ~ earthquake) or a sense of one is a hypernym of a sense of the
// other at most a few levels up (inquiry > investigation, fire > blaze;
// kCountLevels, kTopicLevels). Siblings under one hypernym (siege, war: both military actions;
// arrest, death: both events far up) are not. docs/LEDGER.md, "Nouns
// compared by meaning".
//
// Loaded once, then const: thread-safe.
#ifndef CROSSCHECK_FUSE_NOUN_MEANING_H_
#define CROSSCHECK_FUSE_NOUN_MEANING_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/status.h"

namespace crosscheck {

class NounMeanings {
 public:
  // How many hypernym levels up one noun may be a kind of the other and
  // still be alike, decided on the ledger gold's tuning parts (docs/LEDGER.md,
  // "Nouns compared by meaning"). Counted nouns: none — a count of a kind
  // is another count than one of its sub-kind ("dozens of tremors", "54
  // aftershocks"; "30 home runs", "43 RBIs": one level cost two gold pairs,
  // two or three levels more). What a sum or a length is of: one level
  // ("a two-year inquiry", "the investigation"); neutral on the tuning
  // parts, whose topics rarely differ.
  static constexpr int kCountLevels = 0;
  static constexpr int kTopicLevels = 1;

  // Reads the table's rows ("noun<TAB>lexicographer file<TAB>senses<TAB>
  // id:levels ..."; '#' lines are comments). Fails naming the line on a malformed row.
  static Result<NounMeanings> Parse(std::string_view tsv, const std::string& origin);
  // meanings.tsv of Lexicon::DefaultDir(), loaded on first use; empty (no
  // two different nouns alike) when it cannot be read.
  static const NounMeanings& Default();

  // Levels between two nouns (base forms, lowercase): 0 a shared sense, k
  // a sense of one k levels above a sense of the other; -1 otherwise, or
  // when either is not in the table.
  int KindLevels(std::string_view a, std::string_view b) const;
  // Equal, or KindLevels within `levels`.
  bool Alike(std::string_view a, std::string_view b, int levels) const;
  // True when the noun is in the table.
  bool Has(std::string_view a) const;
  // WordNet's lexicographer file of the noun's first sense (kCognition,
  // kCommunication, 4 acts, 11 events, …); -1 when not in the table.
  static constexpr int kCognition = 9, kCommunication = 10;
  int Lexfile(std::string_view a) const;
  bool empty() const { return nouns_.empty(); }

 private:
  // A noun's senses and hypernyms are ranges of two pools shared by all
  // nouns (one allocation each instead of two per noun; the table has
  // ~29,000 rows and is read on the first ledger of a run).
  struct Meaning {
    uint8_t lexfile = 0;                 // of the first sense
    uint32_t own_at = 0, own_n = 0;      // own_ids_[own_at, +own_n): sorted sense ids
    uint32_t up_at = 0, up_n = 0;        // ups_[up_at, +up_n): sorted by id: hypernym, levels
  };
  // Looked up by string_view without building a key string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  const Meaning* Find(std::string_view a) const;
  std::vector<uint32_t> own_ids_;
  std::vector<std::pair<uint32_t, uint8_t>> ups_;
  std::unordered_map<std::string, Meaning, Hash, std::equal_to<>> nouns_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_NOUN_MEANING_H_
