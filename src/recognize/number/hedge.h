// HedgeTable: the words around a figure ("almost", "up to", "at least",
// "some", "or more") and the vague magnitudes ("hundreds", "a few dozen")
// that turn a figure into an interval: logical bounds (what the words allow),
// a likely band (what the speaker means; sources are compared on it) and a
// conservative value (what a cautious analyst codes, ACLED-style).
//
// The table is data: data/hedges.tsv, documented in docs/NUMBERS.md. Build
// it with Load(), then it is immutable: safe to share across threads.
// Default() loads the repository copy once (thread-safe static).
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_HEDGE_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_HEDGE_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "core/word_table.h"

namespace crosscheck {

enum class HedgeWhere : uint8_t { kPre, kPost, kVague };
enum class HedgeLogic : uint8_t { kLt, kLe, kGt, kGe, kEq, kApprox, kAbsolute };

struct Interval {
  std::optional<double> low, high;  // logical bounds; nullopt = open
  bool low_inclusive = true, high_inclusive = true;
  std::optional<double> band_low, band_high;
  bool band_low_inclusive = true, band_high_inclusive = true;
  std::optional<double> conservative;
  bool exact = true;
};

struct Hedge {
  std::string phrase;  // lower case, single spaces
  HedgeWhere where = HedgeWhere::kPre;
  HedgeLogic logic = HedgeLogic::kApprox;
  double abs_low = 0, abs_high = 0;          // kAbsolute (vague rows)
  double band_a = 1, band_b = 1;             // factors of x, or absolute for vague rows
  bool band_a_inclusive = true, band_b_inclusive = true;
  enum class Cons : uint8_t { kBandLow, kX, kAbsolute } cons = Cons::kBandLow;
  double cons_value = 0;
  int words = 1;                             // number of words in `phrase`
};

class HedgeTable {
 public:
  // Parses the TSV text (format in data/hedges.tsv). Errors name the line.
  static Result<HedgeTable> Load(std::string_view tsv, const std::string& name = "hedges.tsv");
  // The table in data/hedges.tsv, loaded once; an empty table if the file
  // cannot be read (DefaultStatus() then says why).
  static const HedgeTable& Default();
  static const Status& DefaultStatus();

  // The entry for a lower-case phrase with single spaces, or nullptr.
  const Hedge* Find(std::string_view phrase, HedgeWhere where) const;
  // Interval for figure `x` under hedge `h` (nullptr: the exact figure).
  static Interval Apply(const Hedge* h, double x);
  // The longest `pre` hedge ending right before byte `pos` of `text` (words
  // separated by single spaces; case-insensitive); *start = its first byte.
  const Hedge* MatchBefore(std::string_view text, uint32_t pos, uint32_t* start) const;
  // The longest `post` hedge starting right after `pos` (after one space).
  const Hedge* MatchAfter(std::string_view text, uint32_t pos, uint32_t* end) const;
  // The longest vague magnitude starting at `pos`.
  const Hedge* MatchVagueAt(std::string_view text, uint32_t pos, uint32_t* end) const;
  int max_words() const { return max_words_; }
  size_t size() const { return rows_.size(); }
  const std::vector<Hedge>& rows() const { return rows_; }

 private:
  // True when text[b, e) (any case) is a word some phrase of `where` can
  // end with (pre) or start with (post, vague): a cheap filter before the
  // phrase lookups, which run at every word of every sentence.
  bool EdgeWord(HedgeWhere where, std::string_view text, size_t b, size_t e) const;

  // The edge words of one HedgeWhere (last word of pre phrases, first word
  // of the others), owned, and a WordTable over them: one hash probe per
  // word instead of a binary search over strings (EdgeWord runs at every
  // word start of every sentence). A copy re-indexes its own strings; a
  // move keeps them where they are (the vector's buffer moves).
  struct EdgeSet {
    std::vector<std::string> words;
    WordTable table;
    EdgeSet() = default;
    EdgeSet(const EdgeSet& o) : words(o.words) { Index(); }
    EdgeSet& operator=(const EdgeSet& o) {
      if (this != &o) {
        words = o.words;
        Index();
      }
      return *this;
    }
    EdgeSet(EdgeSet&&) noexcept = default;
    EdgeSet& operator=(EdgeSet&&) noexcept = default;
    void Index() {
      table = WordTable();
      for (const std::string& w : words) table.Add(w, 1);
    }
  };

  std::vector<Hedge> rows_;
  std::unordered_map<std::string, size_t> index_[3];
  EdgeSet edge_words_[3];
  int max_words_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_HEDGE_H_
