// Features of the entity tagger: every token of a sentence becomes a list of
// 64-bit feature hashes (word, lower-cased word, shape, affixes, neighbours,
// gazetteer classes), plus a few "dynamic" features that depend on the tags
// already chosen for the previous two tokens. The label set is BIO over four
// types (person, organisation, location, other = nationality words).
//
// Possessives: GMB writes "Ukraine 's" as two tokens while the segmenter
// keeps "Ukraine's" as one; callers split the "'s" off into its own word
// (PossessiveSuffixLength) so both tokenisations give the same features.
//
// FeatureScratch is per-thread working memory, reused from sentence to
// sentence so that tagging allocates nothing once it has warmed up.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_FEATURES_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_FEATURES_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/entity/gazetteer.h"

namespace crosscheck {

enum NerLabel : uint8_t {
  kO = 0,
  kBPer, kIPer,
  kBOrg, kIOrg,
  kBLoc, kILoc,
  kBOth, kIOth,
};
constexpr int kNumLabels = 9;
constexpr int kNumDynamicFeatures = 4;
// The first kNumLabelFeatures dynamic features depend on p1 and p2 only.
constexpr int kNumLabelFeatures = 2;
const char* NerLabelName(int label);  // "O", "B-PER", ...
// Type index of a label: 0 = none, 1 = PER, 2 = ORG, 3 = LOC, 4 = OTH.
inline int LabelType(int label) { return (label + 1) / 2; }
inline bool IsInside(int label) { return label != kO && label % 2 == 0; }
// BIO constraint: I-X may only follow B-X or I-X.
inline bool Allowed(int prev, int label) {
  return !IsInside(label) || (prev != kO && LabelType(prev) == LabelType(label));
}

struct FeatureScratch {
  std::vector<std::string> lower;         // lower-cased copies of the words that have capitals
  std::vector<std::string_view> lower_view;  // per token: into `lower` or the word itself
  std::vector<uint8_t> capitalised;      // StartsUpper or AllUpper
  std::vector<uint8_t> has_capital;      // an ASCII capital anywhere in the word
  std::vector<uint8_t> given;            // capitalised and a given name (Gazetteer::IsGivenName; set with shape_hash)
  std::vector<uint8_t> shape_done;       // shape_hash[i] is computed
  std::vector<uint8_t> gaz_begin, gaz_inside;
  // The sentence shows it ignores case (CaselessSentence): its lower-case
  // words may be names, so their shapes and word identities are features
  // of their own and they may open names (MayBeginName).
  bool caseless = false;
  std::vector<uint8_t> match_cap;         // per token: may open a gazetteer phrase (caseless sentences)
  std::vector<uint64_t> word_hash;        // HashBytes of the lower-cased word
  std::vector<uint64_t> shape_hash;       // HashBytes of WordShape
  std::vector<uint16_t> cluster;          // WordClusters::Find of the word (set with shape_hash)
  const WordClusters* clusters = nullptr;  // the gazetteer's, set by PrepareTokens
  const Gazetteer* gazetteer = nullptr;    // set by PrepareTokens
  std::vector<uint64_t> feats;            // static features, flattened
  std::vector<uint32_t> feat_begin;       // token i owns feats[feat_begin[i], feat_begin[i+1])
  // Scores of WordFeatures per word, for the tagger (tagger.cc): a
  // direct-mapped cache keyed by WordFeatureKey, valid for the model whose
  // generation() is `cache_model`.
  struct WordScores {
    uint64_t key = 0;
    int32_t scores[kNumLabels] = {};
  };
  uint64_t cache_model = 0;
  std::vector<WordScores> word_cache;
  // Scores of the label-only dynamic features per (p2 + 1, p1 + 1), for the
  // model whose generation() is `label_model`.
  uint64_t label_model = 0;
  int32_t label_scores[(kNumLabels + 1) * (kNumLabels + 1)][kNumLabels] = {};
  // Beam decoding (tagger.cc): kMaxBeam hypotheses per token.
  static constexpr int kMaxBeam = 16;
  struct BeamHyp {
    int64_t score;
    int8_t p1, p2;   // the label of this token and of the one before
    uint16_t back;   // index of the previous token's hypothesis
  };
  std::vector<BeamHyp> beam;
  std::vector<uint8_t> beam_count;
};

// True when a sentence shows it ignores case, so that a lower-case word in
// it may be a name ("where can I get morcillas in tampa bay"): its first
// word (or the first after one leading punctuation token) starts with a
// lower-case ASCII letter and has no capital, or it writes the pronoun "i".
// Set by PrepareTokens in FeatureScratch::caseless. In such a sentence a
// lower-case word (CaselessWord) gets a shape and a word feature of its own
// (shape "x" says nothing there), its gazetteer classes are matched on the
// lower-cased key as if it were capitalised and counted by features apart
// from those of cased text, and it may open or continue a name for the
// decoder; the model learns those weights from lower-cased copies of
// training sentences (tools/ner/train_ner --lower-every).
// A caseless word is one of two letters or more, no capital, opening on a
// lower-case ASCII letter, and not a piece of a web address or query
// ("co.uk", "sourceid=chrome": after ".", "/", "=", "&", "@", "_" or
// before "=").
bool CaselessWordSlow(std::span<const std::string_view> words, size_t u);
inline bool CaselessWord(const FeatureScratch& s, std::span<const std::string_view> words, size_t u) {
  if (!s.caseless) return false;
  const std::string_view w = words[u];
  return w.size() >= 2 && w[0] >= 'a' && w[0] <= 'z' && !s.has_capital[u] && CaselessWordSlow(words, u);
}

// Fills the per-token fields of `scratch` (lower-cased words, shapes, their
// hashes, gazetteer classes) for `words`; TokenFeatures and MayBeginName
// read them. With shapes = false the shape hashes are left for
// EnsureShapes (the tagger needs them only around the tokens it scores).
void PrepareTokens(std::span<const std::string_view> words, const Gazetteer& gazetteer, FeatureScratch* scratch,
                   bool shapes = true);
// Computes the shape hashes, word clusters and given-name flags of tokens
// [begin, end) not computed yet.
void EnsureShapes(std::span<const std::string_view> words, FeatureScratch* scratch, size_t begin, size_t end);

// Writes the static features of token u to out[0, k) and returns k
// (k <= kMaxTokenFeatures). REQUIRES: PrepareTokens ran on the same `words`.
// They are the word's own features (WordFeatures: the word, lower-cased
// word, shape, affixes, length, capitals; a function of the word alone)
// followed by its context features (ContextFeatures: neighbours, gazetteer
// classes, titles before it, sentence position).
constexpr size_t kMaxTokenFeatures = 64;
size_t TokenFeatures(std::span<const std::string_view> words, const FeatureScratch& scratch, size_t u,
                     uint64_t* out);
size_t WordFeatures(std::span<const std::string_view> words, const FeatureScratch& scratch, size_t u,
                    uint64_t* out);
size_t ContextFeatures(std::span<const std::string_view> words, const FeatureScratch& scratch, size_t u,
                       uint64_t* out);
// A key that identifies a word's WordFeatures (their first element), for
// caching their scores per word.
// caseless: CaselessWord of the word (its features differ, so does the key).
uint64_t WordFeatureKey(std::string_view word);
uint64_t WordFeatureKey(std::string_view word, bool caseless);

// False when token u cannot open a name, so that after an O (or at the
// start of a sentence) it is O without consulting the model: a capitalised
// function word ("But", "In", "He"; "The" unless a capital follows), or a
// token that begins with
// an ASCII byte that is not a capital letter (a lower-case word, a digit,
// punctuation, "'s") or with typographic punctuation (U+0080..U+00BF,
// U+2000..U+203F: curly quotes, dashes, guillemets), has no capital letter
// anywhere ("al-Qaida" and "iPhone" do), and no gazetteer phrase begins or
// continues at it; in a caseless sentence a lower-case word that is no
// function word may open a name. On the GMB
// corpus 2.4% of gold names begin on such a token, mostly "southern" or
// "the" that GMB puts inside place names ("southern Afghanistan").
// Inline for the common case, a lower-case ASCII word no gazetteer phrase
// touches (the same answer as the full test: has_capital, "iPhone").
bool MayBeginNameSlow(std::span<const std::string_view> words, const FeatureScratch& scratch, size_t u);
inline bool MayBeginName(std::span<const std::string_view> words, const FeatureScratch& scratch, size_t u) {
  const std::string_view w = words[u];
  if (!w.empty() && static_cast<unsigned char>(w[0]) < 0x80 && !scratch.capitalised[u] &&
      ((scratch.gaz_begin[u] | scratch.gaz_inside[u]) & ~(kGazCommon | kGazFirstName)) == 0 &&
      !scratch.caseless)
    return scratch.has_capital[u] != 0;
  return MayBeginNameSlow(words, scratch, u);
}

// False when token u cannot continue the name the previous token is in, so
// that after a B-X or I-X it is O without consulting the model: a word
// that starts with an ASCII byte, has no capital letter, no gazetteer class,
// and is not one of the few lower-case words names contain ("of", "and",
// "bin", "de", "'s", "&"); in a caseless sentence any lower-case word may
// continue a name ("tampa bay"). On the GMB corpus 0.4% of name-internal tokens
// are such words ("group", "airport", "militants").
bool MayContinueName(std::span<const std::string_view> words, const FeatureScratch& scratch, size_t u);

// PrepareTokens, then TokenFeatures for every token into scratch->feats
// (token i owns feats[feat_begin[i], feat_begin[i+1])).
void ExtractStaticFeatures(std::span<const std::string_view> words, const Gazetteer& gazetteer,
                           FeatureScratch* scratch);

// The dynamic features of token i given the labels of tokens i-1 (p1) and
// i-2 (p2); -1 stands for "before the sentence".
void DynamicFeatures(const FeatureScratch& scratch, size_t i, int p1, int p2,
                     uint64_t out[kNumDynamicFeatures]);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_FEATURES_H_
