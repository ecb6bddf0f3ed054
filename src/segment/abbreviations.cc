// The abbreviation lexicon. Lists were compiled by hand for this project
// from general knowledge of English news style (AP/Reuters conventions for
// military and civil titles, addresses, months, corporate suffixes); they are
// data, not copied from any other segmenter. Keep each list sorted: lookups
// binary-search them after folding the word to lower case in a stack buffer.
#include "segment/abbreviations.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "core/word_table.h"

namespace crosscheck::segment_internal {

namespace {

// Titles and other words that come before a name: they never end a sentence.
constexpr std::string_view kPrefixWords[] = {
    "adm", "amb", "atty", "brig", "capt", "cdr", "cf", "cmdr", "col", "comr", "const",
    "cpl", "cpt", "dep", "det", "dist", "dr", "e.g", "fr", "ft", "gen", "gens", "gov", "govs",
    "hon", "i.e", "insp", "lieut", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs",
    "ms", "msgr", "mt", "pfc", "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt",
    "snr", "spc", "st", "ste", "supt", "viz", "vs",
};
// Abbreviations normally followed by a number.
constexpr std::string_view kBeforeNumberWords[] = {
    "apr",  "art",  "aug",  "bldg", "ca",  "ch",  "dec",  "feb",  "fig",  "jan",   "jul",
    "jun",  "mar",  "no",   "nos",  "nov", "oct",  "p",    "para",  "pp",
    "pt",   "rm",   "sec",  "sep",  "sept", "tel", "vol",  "vols",
};
// Abbreviations that may end a sentence.
constexpr std::string_view kFinalWords[] = {
    "al",  "approx", "assn", "ave", "blvd", "d.c", "dept", "e.u",   "esq", "est",   "gov't",
    "govt", "l.a",   "n.y",  "p.o", "rd",   "u.k", "u.n",  "u.s",   "u.s.a", "univ",
};
// Suffixes after a name.
constexpr std::string_view kSuffixWords[] = {"bros", "co", "corp", "inc", "jr", "llc", "ltd", "plc", "sr"};
constexpr std::string_view kClockWords[] = {"a.m", "p.m"};

// Words that open sentences; used after abbreviations that may end one.
constexpr std::string_view kStarters[] = {
    "a", "according", "after", "all", "also", "although", "among", "an", "and", "another", "are",
    "as", "at", "because", "before", "both", "but", "by", "can", "could", "despite", "did", "do",
    "does", "dr", "during", "each", "earlier", "even", "every", "few", "for", "from", "had", "has",
    "have", "he", "her", "here", "his", "how", "however", "i", "if", "in", "indeed", "instead",
    "is", "it", "its", "just", "last", "later", "let", "many", "meanwhile", "more", "most", "mr",
    "mrs", "ms", "much", "my", "neither", "nevertheless", "no", "none", "nor", "not", "now", "of",
    "officials", "on", "once", "one", "only", "or", "other", "our", "overall", "police", "several",
    "she", "should", "since", "so", "some", "still", "such", "that", "the", "their", "then",
    "there", "these", "they", "this", "those", "though", "thus", "to", "today", "two", "under",
    "unlike", "until", "was", "we", "were", "what", "when", "where", "whether", "which", "while",
    "who", "whose", "why", "with", "within", "without", "would", "yesterday", "yet", "you", "your",
};
// Words that follow a clock time inside a sentence.
constexpr std::string_view kTimeFollowers[] = {
    "apr",     "april",  "aug",      "august",   "bst",      "cdt",     "cest",   "cet",
    "cst",     "dec",    "december", "edt",      "eet",      "est",     "et",     "feb",
    "february","fri",    "friday",   "gmt",      "hkt",      "ist",     "jan",    "january",
    "jst",     "jul",    "july",     "jun",      "june",     "local",   "mar",    "march",
    "may",     "mdt",    "mon",      "monday",   "msk",      "mst",     "nov",    "november",
    "oct",     "october","pdt",      "pst",      "pt",       "sat",     "saturday","sep",
    "sept",    "september","sun",    "sunday",   "thu",      "thursday","tue",    "tuesday",
    "utc",     "wed",    "wednesday",
};

// Verbs of speech in attributions after a quotation.
constexpr std::string_view kSpeechVerbs[] = {
    "acknowledged", "added", "adds", "admitted", "announced", "argued", "asked", "asks", "chanted",
    "claimed", "concluded", "confirmed", "continued", "cried", "declared", "demanded", "exclaimed",
    "explained", "insisted", "joked", "noted", "pleaded", "posted", "questioned", "quipped",
    "recalled", "remarked", "replied", "responded", "said", "says", "screamed", "shouted", "stated",
    "tells", "thundered", "told", "tweeted", "warned", "wondered", "writes", "wrote", "yelled",
};

// Lower-cases ASCII `word` into `buf`; false when it does not fit.
bool Fold(std::string_view word, char (&buf)[24], std::string_view* out) {
  if (word.size() > sizeof(buf)) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  *out = std::string_view(buf, word.size());
  return true;
}

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::binary_search(std::begin(list), std::end(list), w);
}

static_assert(std::is_sorted(std::begin(kPrefixWords), std::end(kPrefixWords)));
static_assert(std::is_sorted(std::begin(kBeforeNumberWords), std::end(kBeforeNumberWords)));
static_assert(std::is_sorted(std::begin(kFinalWords), std::end(kFinalWords)));
static_assert(std::is_sorted(std::begin(kSuffixWords), std::end(kSuffixWords)));
static_assert(std::is_sorted(std::begin(kClockWords), std::end(kClockWords)));
static_assert(std::is_sorted(std::begin(kStarters), std::end(kStarters)));
static_assert(std::is_sorted(std::begin(kTimeFollowers), std::end(kTimeFollowers)));
static_assert(std::is_sorted(std::begin(kSpeechVerbs), std::end(kSpeechVerbs)));

AbbrevKind LookupWhole(std::string_view word);

}  // namespace

AbbrevKind LookupAbbreviation(std::string_view word) {
  AbbrevKind kind = LookupWhole(word);
  if (kind != AbbrevKind::kNone) return kind;
  // "then-No.", "ex-Gen.": the part after the last hyphen decides.
  size_t dash = word.rfind('-');
  if (dash == std::string_view::npos || dash + 1 >= word.size()) return AbbrevKind::kNone;
  return LookupWhole(word.substr(dash + 1));
}

namespace {

// The lists above as one table from the folded word to the lists holding it
// (one hash probe per word instead of a binary search of each list).
enum ListBit : uint32_t { kInClock = 1, kInPrefix = 2, kInLatin = 4, kInBeforeNumber = 8, kInSuffix = 16, kInFinal = 32 };
const WordTable& Lists() {
  static const WordTable* t = [] {
    auto* w = new WordTable();
    for (std::string_view x : kClockWords) w->Add(x, kInClock);
    for (std::string_view x : kPrefixWords) w->Add(x, kInPrefix);
    w->Add({"e.g", "i.e", "vs", "cf", "viz"}, kInLatin);
    for (std::string_view x : kBeforeNumberWords) w->Add(x, kInBeforeNumber);
    for (std::string_view x : kSuffixWords) w->Add(x, kInSuffix);
    for (std::string_view x : kFinalWords) w->Add(x, kInFinal);
    return w;
  }();
  return *t;
}

AbbrevKind LookupWhole(std::string_view word) {
  char buf[24];
  std::string_view w;
  if (word.empty() || !Fold(word, buf, &w)) return AbbrevKind::kNone;
  bool capitalised = word[0] >= 'A' && word[0] <= 'Z';
  const uint32_t in = Lists().Find(w);
  if (in & kInClock) return AbbrevKind::kClockTime;
  // Titles and months are written with a capital; "no." and "pp." are not.
  if (capitalised && (in & kInPrefix)) return AbbrevKind::kPrefix;
  if (in & kInLatin) return AbbrevKind::kPrefix;
  if (in & kInBeforeNumber) return AbbrevKind::kBeforeNumber;
  if (in & kInSuffix) return AbbrevKind::kSuffix;
  if (in & kInFinal) return AbbrevKind::kFinal;
  if (w.find('.') != std::string_view::npos) return AbbrevKind::kFinal;
  return AbbrevKind::kNone;
}

}  // namespace

bool IsSentenceStarter(std::string_view word) {
  size_t cut = 0;
  while (cut < word.size() && word[cut] != '\'' && static_cast<unsigned char>(word[cut]) < 0x80) ++cut;
  char buf[24];
  std::string_view w;
  static const WordTable* starters = [] {
    auto* t = new WordTable();
    for (std::string_view x : kStarters) t->Add(x, 1);
    return t;
  }();
  return Fold(word.substr(0, cut), buf, &w) && starters->Find(w) != 0;
}

bool IsTimeFollower(std::string_view word) {
  // Dots are dropped, so "Nov." is "nov" and a dotted zone "E.T." or
  // "E.S.T." is "et" or "est".
  char buf[24];
  size_t n = 0;
  for (char c : word) {
    if (c == '.') continue;
    if (n == sizeof(buf)) return false;
    buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return In(kTimeFollowers, std::string_view(buf, n));
}

}  // namespace crosscheck::segment_internal

namespace crosscheck::segment_internal {

bool IsSpeechVerb(std::string_view word) {
  return std::binary_search(std::begin(kSpeechVerbs), std::end(kSpeechVerbs), word);
}

}  // namespace crosscheck::segment_internal
