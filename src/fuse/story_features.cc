// Story features from raw text: capitalised word sequences as an entity
// stand-in, stemmed content words as key terms. See stories.h.
//
// Tokens are runs of letters (ASCII letters, apostrophes and hyphens inside a
// word, and any non-ASCII byte) or of digits. A capitalised sequence is a run
// of tokens that start with an upper-case ASCII letter, are not stop words
// (so "The", "Monday" or "He" at a sentence start do not begin names), and
// are separated by spaces only: a comma or full stop ends the name. Each
// sequence contributes its full lower-cased name and each of its words
// ("w:paris"), so "Paris" and "Paris police" still share evidence. Terms are
// lower-cased words of three letters or more outside the stop list, cut to
// their first six letters: a crude stemmer that maps "evacuated" and
// "evacuation" together, cheap and language-agnostic enough for news.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include <xxhash.h>

#include "fuse/stories.h"

namespace crosscheck {
namespace {

// English function words, pronouns, reporting verbs, calendar words and
// other words too common in news to tell stories apart. Compiled for this
// project (see docs/STORIES.md).
const std::unordered_set<std::string_view>& StopWords() {
  static const auto* kWords = new std::unordered_set<std::string_view>{
      "a", "about", "above", "across", "after", "again", "against", "ago", "all", "almost",
      "along", "already", "also", "although", "always", "am", "among", "an", "and", "another",
      "any", "are", "around", "as", "at", "back", "be", "became", "because", "been", "before",
      "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
      "doing", "done", "down", "during", "each", "early", "either", "else", "even", "ever",
      "every", "few", "first", "for", "former", "from", "further", "get", "got", "had", "has",
      "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
      "however", "i", "if", "in", "including", "into", "is", "it", "its", "itself", "just",
      "last", "late", "later", "least", "less", "like", "made", "make", "many", "may", "me",
      "might", "more", "most", "much", "must", "my", "near", "nearly", "never", "new", "next",
      "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or",
      "other", "others", "our", "ours", "out", "over", "own", "per", "put", "rather", "said",
      "same", "say", "says", "see", "seen", "she", "should", "since", "so", "some", "still",
      "such", "take", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
      "there", "these", "they", "this", "those", "though", "through", "thus", "to", "today",
      "told", "too", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "well",
      "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
      "why", "will", "with", "within", "without", "would", "yesterday", "yet", "you", "your",
      "tomorrow", "tonight", "week", "weeks", "year", "years", "day", "days", "month",
      "months", "time", "times", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "hundred", "thousand", "million", "billion", "mr", "mrs", "ms", "dr",
      "according", "reported", "reports", "report", "news", "updated", "posted", "read",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "am", "pm", "est", "gmt", "bst", "utc", "ist",
      "pdt", "edt", "pst", "cet", "but", "yes", "there's", "it's", "he's", "she's", "don't",
      "i'm", "we're", "they're", "that's", "can't", "won't", "didn't", "isn't", "wasn't"};
  return *kWords;
}

bool IsLetter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

void LowerInto(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

// Cuts a lower-cased word to its first `letters` characters (UTF-8 aware).
std::string_view Stem(std::string_view word, size_t letters) {
  size_t i = 0, n = 0;
  while (i < word.size() && n < letters) {
    ++i;
    while (i < word.size() && (static_cast<unsigned char>(word[i]) & 0xC0) == 0x80) ++i;
    ++n;
  }
  return word.substr(0, i);
}

// The counted form's index of one list: each distinct entry's place in the
// list, by content. Open addressing over the list itself (a slot holds an
// entry's hash and index; keys are compared with the list's strings), so an
// entry seen before costs one hash and one compare, and a new one no node
// and no key string of its own (an unordered_map<string, index> was a
// fifth of a document's grouping features).
class DistinctIndex {
 public:
  // The index of `s` in `list`, appended when new.
  uint32_t Find(std::string_view s, std::vector<std::string>* list) {
    if (2 * (list->size() + 1) > slots_.size()) Grow();
    const uint64_t h = XXH3_64bits(s.data(), s.size());
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.index == kEmpty) {
        slot = Slot{h, static_cast<uint32_t>(list->size())};
        list->emplace_back(s);
        return slot.index;
      }
      if (slot.hash == h && (*list)[slot.index] == s) return slot.index;
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash;
    uint32_t index;
  };
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, 2 * old.size()), Slot{0, kEmpty});
    const size_t mask = slots_.size() - 1;
    for (const Slot& o : old) {
      if (o.index == kEmpty) continue;
      size_t i = o.hash & mask;
      while (slots_[i].index != kEmpty) i = (i + 1) & mask;
      slots_[i] = o;
    }
  }
  std::vector<Slot> slots_;
};

struct Token {
  std::string_view text;
  bool spaced_only = true;  // only spaces/tabs between the previous token and this one
};

// Calls emit(token) for each token in order. Streamed, not collected: a
// long document's tokens (24 bytes each, ~4 per 20 bytes of text) were a
// vector as large as the features themselves, at the run's memory peak.
template <typename Emit>
void ForEachToken(std::string_view text, Emit&& emit) {
  size_t i = 0;
  bool clean_gap = true;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsLetter(c)) {
      size_t j = i + 1;
      while (j < text.size()) {
        const unsigned char d = static_cast<unsigned char>(text[j]);
        if (IsLetter(d)) {
          ++j;
        } else if ((d == '\'' || d == '-') && j + 1 < text.size() &&
                   IsLetter(static_cast<unsigned char>(text[j + 1]))) {
          j += 2;
        } else {
          break;
        }
      }
      emit(Token{text.substr(i, j - i), clean_gap});
      clean_gap = true;
      i = j;
    } else if (IsDigit(c)) {
      size_t j = i + 1;
      while (j < text.size() && IsDigit(static_cast<unsigned char>(text[j]))) ++j;
      emit(Token{text.substr(i, j - i), clean_gap});
      clean_gap = true;
      i = j;
    } else {
      if (c != ' ' && c != '\t') clean_gap = false;
      ++i;
    }
  }
}

bool Capitalised(std::string_view word) {
  return word.size() >= 2 && word[0] >= 'A' && word[0] <= 'Z';
}

}  // namespace

StoryFeatures ExtractStoryFeatures(std::string_view text,
                                   const std::vector<std::string>& entity_names,
                                   std::optional<int> day, bool counted) {
  StoryFeatures f;
  f.day = day;
  const auto& stop = StopWords();
  // The counted form: each distinct entry once, at its first occurrence.
  DistinctIndex entity_at, term_at;
  auto add = [counted](std::string_view s, std::vector<std::string>* list, std::vector<uint32_t>* counts,
                       DistinctIndex* at) {
    if (!counted) {
      list->emplace_back(s);
      return;
    }
    const uint32_t k = at->Find(s, list);
    if (k == counts->size()) counts->push_back(1);
    else ++(*counts)[k];
  };
  auto add_entity = [&](std::string_view s) { add(s, &f.entities, &f.entity_counts, &entity_at); };
  // The word lower-cased, the name being built and "w:" + word: buffers
  // reused from token to token.
  std::string lower, name, word_key = "w:";
  auto flush = [&]() {
    if (!name.empty()) add_entity(name);
    name.clear();
  };
  ForEachToken(text, [&](const Token& t) {
    if (IsDigit(static_cast<unsigned char>(t.text[0]))) {
      flush();
      return;
    }
    LowerInto(t.text, &lower);
    const bool is_stop = stop.count(lower) > 0;
    if (Capitalised(t.text) && !is_stop) {
      if (!t.spaced_only) flush();
      if (!name.empty()) name += ' ';
      name += lower;
      word_key.resize(2);
      word_key += lower;
      add_entity(word_key);
    } else {
      flush();
    }
    if (!is_stop && lower.size() >= 3) add(Stem(lower, 6), &f.terms, &f.term_counts, &term_at);
  });
  flush();
  for (const std::string& n : entity_names) {
    if (!n.empty()) add_entity(Lower(n));
  }
  return f;
}

std::optional<int> DayFromIsoDate(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (size_t i = starts[k]; i < starts[k] + lens[k]; ++i) {
      if (!IsDigit(static_cast<unsigned char>(iso[i]))) return std::nullopt;
      v[k] = v[k] * 10 + (iso[i] - '0');
    }
  }
  int y = v[0];
  const int m = v[1], d = v[2];
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  // Days from civil date (proleptic Gregorian), after H. Hinnant's derivation.
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace crosscheck
