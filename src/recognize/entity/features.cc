// Feature templates of the entity tagger. Each feature is a 64-bit hash of
// (template id, value), where values are FNV-1a hashes of strings computed
// once per token (lower-cased word, shape) or per feature (raw word,
// affixes); collisions between templates are avoided by seeding with the
// template id. Strings come from the per-thread
// scratch (lower-cased word, collapsed shape), never from fresh allocations.
//
// Static templates for token i (words w, lower-cased l, shapes s):
//   bias; w; l; s; prefixes l[:1..3]; suffixes l[-1..-4]; l[i-1], l[i+1],
//   l[i-2], l[i+2]; l[i-1]+l; l+l[i+1]; s[i-1]+s; s+s[i+1]; s[i-1]+s+s[i+1];
//   sentence-initial+s; all-caps; length bucket; l[i-1]+s; s+l[i+1];
//   l[i-2]+l[i-1]; l[i+1]+l[i+2]; 3-letter suffixes of l[i-1] and l[i+1];
//   word cluster of l (fine, coarse, fine+s) and fine clusters of l[i-1],
//   l[i+1] (word_clusters.h; "no cluster" is a value); gazetteer classes that
//   begin/continue at i (only counted when the word is capitalised or inside
//   a phrase), and those of i-1 and i+1; l[i-1] when it is a title word;
//   whether w, w[i-1] and w[i+1] are capitalised given names of the general
//   first-name list (Gazetteer::IsGivenName; not learned from any corpus).
// Dynamic templates: p1; p2+p1; p1+l; p1+s.
#include "recognize/entity/features.h"

#include <array>

#include "core/word_table.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"

namespace crosscheck {

namespace {

enum Template : uint64_t {
  kBias = 1, kWord, kLower, kShape, kPrefix, kSuffix, kPrev, kNext, kPrev2, kNext2,
  kPrevCur, kCurNext, kShapePrevCur, kShapeCurNext, kShape3, kFirstShape, kAllCaps,
  kLenBucket, kGazB, kGazI, kGazPrev, kGazNext, kPrevTitle, kPrevWordShape, kShapeNextWord,
  kPrevBigram, kNextBigram, kPrevSuffix, kNextSuffix,
  kDynP1, kDynP2P1, kDynP1Word, kDynP1Shape,
  kCluster, kClusterCoarse, kClusterShape, kPrevCluster, kNextCluster,
  kGiven, kPrevGiven, kNextGiven,
};

inline uint64_t Seed(Template t) { return HashMix(0x5eedULL, t); }
inline uint64_t F(Template t, std::string_view s) { return HashBytes(s, Seed(t)); }
inline uint64_t F2(Template t, uint64_t a, uint64_t b) { return HashMix(HashMix(Seed(t), a), b); }

// Per byte: an ASCII capital, or 0xE2 (the lead byte of the typographic
// apostrophe LowerWord rewrites).
constexpr uint8_t kUpperByte = 1, kCurlyLead = 2;
constexpr auto kByteFlags = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpperByte;
  t[0xE2] = kCurlyLead;
  return t;
}();

// Mixed into the shape and word features of a lower-case word of a caseless
// sentence (CaselessWord).
constexpr uint64_t kCaselessMark = 0xca5e1e55ULL;

const std::string_view kBos = "<s>";
const std::string_view kEos = "</s>";

}  // namespace

const char* NerLabelName(int label) {
  static const char* kNames[kNumLabels] = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG",
                                           "B-LOC", "I-LOC", "B-OTH", "I-OTH"};
  return label >= 0 && label < kNumLabels ? kNames[label] : "?";
}

void PrepareTokens(std::span<const std::string_view> words, const Gazetteer& gazetteer, FeatureScratch* s,
                   bool shapes) {
  const size_t n = words.size();
  if (s->lower.size() < n) s->lower.resize(n);
  s->lower_view.resize(n);
  s->word_hash.resize(n);
  s->shape_hash.resize(n);
  s->cluster.resize(n);
  s->clusters = &gazetteer.clusters();
  s->gazetteer = &gazetteer;
  s->shape_done.assign(n, 0);
  s->gaz_begin.assign(n, 0);
  s->gaz_inside.assign(n, 0);
  s->capitalised.resize(n);
  s->has_capital.resize(n);
  s->given.resize(n);
  bool caseless = false;
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = words[i];
    // Most words are already lower case: copy only those LowerWord changes
    // (capitals, the typographic apostrophe).
    // One pass: the flags and the hash of the word as written, which is the
    // hash of its lower-cased form when LowerWord would change nothing.
    uint8_t flags = 0;  // kByteFlags of its bytes, ORed
    uint64_t h = HashBytes({});
    for (char c : w) {
      flags |= kByteFlags[static_cast<unsigned char>(c)];
      h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;  // HashBytes' step
    }
    const bool upper = (flags & kUpperByte) != 0, curly = (flags & kCurlyLead) != 0;
    s->has_capital[i] = upper;
    s->capitalised[i] = StartsUpper(w) || (upper && AllUpper(w));  // AllUpper needs an ASCII capital
    if (upper || curly) {
      LowerWord(w, &s->lower[i]);
      s->lower_view[i] = s->lower[i];
      h = HashBytes(s->lower_view[i]);
    } else {
      s->lower_view[i] = w;
    }
    s->word_hash[i] = h;
    if (w.size() == 1) caseless |= w[0] == 'i';  // the pronoun "i"
  }
  // The first token opening on an ASCII letter, when it is the first or
  // second token, opens lower-case and has no capital.
  auto letter = [](std::string_view w) { return !w.empty() && (w[0] | 0x20) >= 'a' && (w[0] | 0x20) <= 'z'; };
  const size_t first = n > 0 && letter(words[0]) ? 0 : (n > 1 && letter(words[1]) ? 1 : n);
  if (first < n && words[first][0] >= 'a' && !s->has_capital[first]) caseless = true;
  s->caseless = caseless;
  if (shapes) EnsureShapes(words, s, 0, n);
  // A phrase other than a facility must start on a capitalised word
  // (sentence-initial "Of" and city names like "Of" or "Best" aside, this
  // removes common words); in a caseless sentence on any word.
  const uint8_t* cap = s->capitalised.data();
  if (caseless) {
    s->match_cap.assign(n, 1);
    cap = s->match_cap.data();
  }
  gazetteer.Match(s->word_hash, cap, s->gaz_begin.data(), s->gaz_inside.data());
}

void EnsureShapes(std::span<const std::string_view> words, FeatureScratch* s, size_t begin, size_t end) {
  if (!s->caseless) {
    for (size_t i = begin; i < end && i < words.size(); ++i)
      if (!s->shape_done[i]) {
        s->shape_hash[i] = WordShapeHash(words[i]);
        s->cluster[i] = s->clusters ? s->clusters->Find(s->word_hash[i]) : 0;
        s->given[i] = s->capitalised[i] && s->gazetteer->IsGivenName(s->word_hash[i]);
        s->shape_done[i] = 1;
      }
    return;
  }
  for (size_t i = begin; i < end && i < words.size(); ++i)
    if (!s->shape_done[i]) {
      const bool caseless = CaselessWord(*s, words, i);
      s->shape_hash[i] = WordShapeHash(words[i]);
      if (caseless) s->shape_hash[i] = HashMix(s->shape_hash[i], kCaselessMark);
      s->cluster[i] = s->clusters ? s->clusters->Find(s->word_hash[i]) : 0;
      s->given[i] = (s->capitalised[i] || caseless) && s->gazetteer->IsGivenName(s->word_hash[i]);
      s->shape_done[i] = 1;
    }
}

namespace {
// Function words that open sentences and headlines ("But", "In", "He")
// but never a name on their own; "the" (The Hague, The New York Times),
// "may" and "will" (Theresa May, Will Smith) are not among them.
const WordTable& FunctionWords() {
  static const WordTable* t = [] {
    auto* w = new WordTable();
    w->Add({"a", "an", "and", "but", "or", "nor", "so", "yet", "in", "on", "at", "of", "to", "for", "with",
            "by", "from", "as", "into", "onto", "upon", "about", "after", "before", "during", "since", "until",
            "while", "whilst", "when", "where", "if", "then", "than", "that", "this", "these", "those", "he", "she", "it",
            "they", "we", "you", "his", "her", "its", "their", "our", "my", "your", "him", "them", "me",
            "who", "whom", "whose", "which", "what", "there", "here", "is", "was", "were", "are", "be", "been",
            "has", "have", "had", "do", "does", "did", "would", "could", "should", "might", "must", "not", "no",
            "also", "however", "meanwhile", "although", "though", "because", "some", "many", "most", "more",
            "other", "another", "each", "every", "both", "all", "one", "two", "three", "many", "several",
            "earlier", "later", "last", "next", "now", "today", "yesterday", "tomorrow"},
           1);
    return w;
  }();
  return *t;
}
}  // namespace

namespace {
// Lower-case words and marks found inside names ("Bank of England", "Osama
// bin Laden", "Trinidad and Tobago", "Ukraine's defence ministry").
const WordTable& NameJoiners() {
  static const WordTable* t = [] {
    auto* w = new WordTable();
    w->Add({"of", "and", "'s", "for", "-", "de", ",", "bin", "\"", "'", "da", "&", "del", "/", "van", "the",
            "to", "di", "el", "es", "du", "von", "der", "den", "la", "le", "al", "y", "ibn", "dos", "das", "do",
            "on", "at", "in", "ul", "ur", "e", "st.", "bint", "abu", "ben", "ter", "zu", "af", "av", "'"},
           1);
    return w;
  }();
  return *t;
}
}  // namespace

bool MayContinueName(std::span<const std::string_view> words, const FeatureScratch& s, size_t u) {
  std::string_view w = words[u];
  if (w.empty() || (s.gaz_begin[u] | s.gaz_inside[u]) != 0 || s.has_capital[u]) return true;
  if (static_cast<unsigned char>(w[0]) >= 0x80) return true;
  return NameJoiners().Find(s.lower_view[u]) != 0 || CaselessWord(s, words, u);
}

namespace {
// A function word with a contracted auxiliary: "i've", "i'm", "we're",
// "they'd", "you'll" (straight or curly apostrophe). The possessive "'s" is
// split off before tagging, so "It's" never reaches here whole.
bool IsFunctionWordContraction(std::string_view lower) {
  // (U+2019 is "\xE2\x80\x99"; the literals are split so that no letter
  // after it is read into the hex escape.)
  static constexpr std::string_view kEndings[] = {"'ve", "'m", "'re", "'d", "'ll", "\xE2\x80\x99" "ve",
                                                  "\xE2\x80\x99" "m", "\xE2\x80\x99" "re", "\xE2\x80\x99" "d",
                                                  "\xE2\x80\x99" "ll"};
  for (std::string_view e : kEndings)
    if (lower.size() > e.size() && lower.ends_with(e)) {
      const std::string_view base = lower.substr(0, lower.size() - e.size());
      return base == "i" || FunctionWords().Find(base) != 0;
    }
  return false;
}
}  // namespace

bool MayBeginNameSlow(std::span<const std::string_view> words, const FeatureScratch& s, size_t u) {
  std::string_view w = words[u];
  if (w.empty() || ((s.gaz_begin[u] | s.gaz_inside[u]) & ~(kGazCommon | kGazFirstName)) != 0) return true;
  if (s.capitalised[u] && w.size() > 1 && !AllUpper(w)) {
    if (FunctionWords().Find(s.lower_view[u]) != 0) return false;  // "But", "In", "He" opening a sentence
    if (IsFunctionWordContraction(s.lower_view[u])) return false;   // "I've", "I'm", "We're"
    // "The" opens a name only before another capital ("The Hague").
    if (s.lower_view[u] == "the" && (u + 1 >= words.size() || !s.capitalised[u + 1])) return false;
  }
  const unsigned char c0 = static_cast<unsigned char>(w[0]);
  if (c0 == 0xE2 && w.size() >= 2 && static_cast<unsigned char>(w[1]) == 0x80) return false;  // U+2000..U+203F: dashes, curly quotes
  if (c0 == 0xC2) return false;  // U+0080..U+00BF: guillemets, no-break space, signs
  if (c0 >= 0x80) return true;   // a non-ASCII letter may be a capital
  if (s.has_capital[u]) return true;
  return CaselessWord(s, words, u) && FunctionWords().Find(s.lower_view[u]) == 0;
}

size_t WordFeatures(std::span<const std::string_view> words, const FeatureScratch& s, size_t u, uint64_t* out) {
  const std::string_view w = words[u];
  const std::string_view l = s.lower_view[u];
  const uint64_t wh = s.word_hash[u], sh = s.shape_hash[u];
  uint64_t* f = out;
  *f++ = s.caseless ? WordFeatureKey(w, CaselessWord(s, words, u)) : F(kWord, w);  // first: WordFeatureKey
  *f++ = Seed(kBias);
  *f++ = F2(kLower, wh, 0);
  *f++ = F2(kShape, sh, 0);
  // Prefixes of 1..3 bytes: the FNV state after each byte is the hash of
  // that prefix.
  uint64_t ph = HashBytes({});
  for (size_t k = 1; k <= 3 && k <= l.size(); ++k) {
    ph = HashBytes(l.substr(k - 1, 1), ph);
    *f++ = F2(kPrefix, k, ph);
  }
  for (size_t k = 1; k <= 4 && k <= l.size(); ++k) *f++ = F2(kSuffix, k, HashBytes(l.substr(l.size() - k)));
  if (AllUpper(w)) *f++ = Seed(kAllCaps);
  if (s.given[u]) *f++ = Seed(kGiven);
  // Distributional class of the word (0x10000: no class, a rare word).
  const uint16_t c = s.cluster[u];
  if (c != 0) {
    *f++ = F2(kCluster, WordClusters::Fine(c), 0);
    *f++ = F2(kClusterCoarse, WordClusters::Coarse(c), 0);
    *f++ = F2(kClusterShape, WordClusters::Fine(c), sh);
  } else {
    *f++ = F2(kCluster, 0x10000, 0);
    *f++ = F2(kClusterShape, 0x10000, sh);
  }
  *f++ = F2(kLenBucket, l.size() < 4 ? l.size() : (l.size() < 8 ? 5 : 9), 0);
  return static_cast<size_t>(f - out);
}

bool CaselessWordSlow(std::span<const std::string_view> words, size_t u) {
  auto web = [](std::string_view t) {
    return t.size() == 1 && (t[0] == '.' || t[0] == '/' || t[0] == '=' || t[0] == '&' || t[0] == '@' || t[0] == '_');
  };
  if (u > 0 && web(words[u - 1])) return false;
  if (u + 1 < words.size() && words[u + 1] == "=") return false;
  for (char c : words[u])
    if (c == '/' || c == '=' || c == '@' || c == '.' || c == '_' || (c >= '0' && c <= '9')) return false;
  return true;
}

uint64_t WordFeatureKey(std::string_view word) { return F(kWord, word); }

uint64_t WordFeatureKey(std::string_view word, bool caseless) {
  const uint64_t k = F(kWord, word);
  return caseless ? HashMix(k, kCaselessMark) : k;
}

size_t ContextFeatures(std::span<const std::string_view> words, const FeatureScratch& sc, size_t u, uint64_t* out) {
  const FeatureScratch* s = &sc;
  const size_t n = words.size();
  auto lower_at = [&](ptrdiff_t j) -> std::string_view {
    if (j < 0) return kBos;
    if (j >= static_cast<ptrdiff_t>(n)) return kEos;
    return s->lower_view[j];
  };
  auto shape_hash_at = [&](ptrdiff_t j) -> uint64_t {
    if (j < 0) return 1;
    if (j >= static_cast<ptrdiff_t>(n)) return 2;
    return s->shape_hash[j];
  };
  auto word_hash_at = [&](ptrdiff_t j) -> uint64_t {
    if (j < 0) return 3;
    if (j >= static_cast<ptrdiff_t>(n)) return 4;
    return s->word_hash[j];
  };
  const ptrdiff_t i = static_cast<ptrdiff_t>(u);
  const uint64_t wh = s->word_hash[u], sh = s->shape_hash[u];
  uint64_t* f = out;
  *f++ = F2(kPrev, word_hash_at(i - 1), 0);
  *f++ = F2(kNext, word_hash_at(i + 1), 0);
  *f++ = F2(kPrev2, word_hash_at(i - 2), 0);
  *f++ = F2(kNext2, word_hash_at(i + 2), 0);
  *f++ = F2(kPrevCur, word_hash_at(i - 1), wh);
  *f++ = F2(kCurNext, wh, word_hash_at(i + 1));
  *f++ = F2(kShapePrevCur, shape_hash_at(i - 1), sh);
  *f++ = F2(kShapeCurNext, sh, shape_hash_at(i + 1));
  *f++ = F2(kShape3, HashMix(shape_hash_at(i - 1), sh), shape_hash_at(i + 1));
  *f++ = F2(kFirstShape, u == 0, sh);
  auto cluster_at = [&](ptrdiff_t j) -> uint64_t {
    if (j < 0) return 0x20000;
    if (j >= static_cast<ptrdiff_t>(n)) return 0x30000;
    const uint16_t c = s->cluster[j];
    return c ? WordClusters::Fine(c) : 0x10000;
  };
  *f++ = F2(kPrevCluster, cluster_at(i - 1), 0);
  *f++ = F2(kNextCluster, cluster_at(i + 1), 0);
  const uint8_t gb = s->gaz_begin[u], gi = s->gaz_inside[u];
  const uint8_t gp = u > 0 ? (s->gaz_begin[u - 1] | s->gaz_inside[u - 1]) : 0;
  const uint8_t gn = u + 1 < n ? s->gaz_begin[u + 1] : 0;
  if (gb | gi | gp | gn) {
    // Matches on the case-folded key of a caseless sentence are features of
    // their own (class + 16): they are weaker evidence than a capitalised
    // phrase.
    const int cf = s->caseless ? 16 : 0;
    // Only the classes some of the four hold, in ascending order as before.
    const unsigned any = (gb | gi | gp | gn) & ((1u << kNumGazClasses) - 1);
    for (unsigned m = any; m != 0; m &= m - 1) {
      const int c = __builtin_ctz(m);
      const uint8_t bit = static_cast<uint8_t>(1u << c);
      if (gb & bit) *f++ = F2(kGazB, c + cf, 0);
      if (gi & bit) *f++ = F2(kGazI, c + cf, 0);
      if (gp & bit) *f++ = F2(kGazPrev, c + cf, 0);
      if (gn & bit) *f++ = F2(kGazNext, c + cf, 0);
    }
  }
  if (u > 0 && IsTitleWordLower(s->lower_view[u - 1])) *f++ = Seed(kPrevTitle);
  if (u > 0 && s->given[u - 1]) *f++ = Seed(kPrevGiven);
  if (u + 1 < n && s->given[u + 1]) *f++ = Seed(kNextGiven);
  *f++ = F2(kPrevWordShape, word_hash_at(i - 1), sh);
  *f++ = F2(kShapeNextWord, sh, word_hash_at(i + 1));
  *f++ = F2(kPrevBigram, word_hash_at(i - 2), word_hash_at(i - 1));
  *f++ = F2(kNextBigram, word_hash_at(i + 1), word_hash_at(i + 2));
  std::string_view pl = lower_at(i - 1), nl = lower_at(i + 1);
  *f++ = F(kPrevSuffix, pl.substr(pl.size() > 3 ? pl.size() - 3 : 0));
  *f++ = F(kNextSuffix, nl.substr(nl.size() > 3 ? nl.size() - 3 : 0));
  return static_cast<size_t>(f - out);
}


size_t TokenFeatures(std::span<const std::string_view> words, const FeatureScratch& s, size_t u, uint64_t* out) {
  const size_t k = WordFeatures(words, s, u, out);
  return k + ContextFeatures(words, s, u, out + k);
}

void ExtractStaticFeatures(std::span<const std::string_view> words, const Gazetteer& gazetteer,
                           FeatureScratch* s) {
  PrepareTokens(words, gazetteer, s);
  const size_t n = words.size();
  s->feats.clear();
  s->feat_begin.resize(n + 1);
  for (size_t u = 0; u < n; ++u) {
    const size_t at = s->feats.size();
    s->feat_begin[u] = static_cast<uint32_t>(at);
    s->feats.resize(at + kMaxTokenFeatures);
    s->feats.resize(at + TokenFeatures(words, *s, u, s->feats.data() + at));
  }
  s->feat_begin[n] = static_cast<uint32_t>(s->feats.size());
}

void DynamicFeatures(const FeatureScratch& s, size_t i, int p1, int p2, uint64_t out[kNumDynamicFeatures]) {
  out[0] = F2(kDynP1, static_cast<uint64_t>(p1 + 1), 0);
  out[1] = F2(kDynP2P1, static_cast<uint64_t>(p2 + 1), static_cast<uint64_t>(p1 + 1));
  out[2] = F2(kDynP1Word, static_cast<uint64_t>(p1 + 1), s.word_hash[i]);
  out[3] = F2(kDynP1Shape, static_cast<uint64_t>(p1 + 1), s.shape_hash[i]);
}

}  // namespace crosscheck

