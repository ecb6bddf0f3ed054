// Internal to the quote module: the pieces RecognizeQuotes assembles —
// resolved cues per sentence, then direct quotes (direct_quotes.cc) and
// indirect speech (indirect_speech.cc) built from them. Not a public API.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_INTERNAL_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

#include "recognize/quote/cues.h"
#include "recognize/quote/quote.h"
#include "recognize/quote/resolve.h"
#include "recognize/quote/token_view.h"

namespace crosscheck {

// A Cue as quote finding reads it once its speakers are resolved: every
// field but the speaker phrases' strings (their text, role and head are in
// the resolved speakers), so that a long document's cue table holds ~350
// bytes per cue, not ~630.
struct CueSite {
  struct Phrase {
    SpeakerKind kind = SpeakerKind::kNone;
    int b = -1, e = -1, name_b = -1, name_e = -1;
    int entity = -1;
    bool ok() const { return kind != SpeakerKind::kNone; }
  };
  CueSite() = default;
  explicit CueSite(Cue&& c)
      : sentence(c.sentence), cue_b(c.cue_b), cue_e(c.cue_e), cue(std::move(c.cue)), speaker(PhraseOf(c.speaker)),
        cited(PhraseOf(c.cited)), inverted(c.inverted), borrowed(c.borrowed), first(c.first), last(c.last),
        clause_b(c.clause_b), clause_e(c.clause_e) {}

  int sentence = -1;
  int cue_b = -1, cue_e = -1;
  std::string cue;
  Phrase speaker;
  Phrase cited;
  bool inverted = false;
  bool borrowed = false;
  int first = -1, last = -1;
  int clause_b = -1, clause_e = -1;

 private:
  static Phrase PhraseOf(const SpeakerPhrase& p) { return Phrase{p.kind, p.b, p.e, p.name_b, p.name_e, p.entity}; }
};

struct ResolvedCue {
  CueSite cue;
  ResolvedSpeaker speaker;
  ResolvedSpeaker cited;  // kind kNone when there is no "citing Y"
  Atom via;               // "X said, according to Y": Y as written; "" = none
};

// Cues per sentence (index = sentence): cues[s] is sentence s's cues in
// text order (a range with empty(), size(), front(), back()); iterating the
// table gives each sentence's cues in turn. Filled a sentence at a time
// (Add, then EndSentence). The cues are held in one deque, not a vector
// per sentence: no per-sentence allocation or spare capacity, and no
// reallocation as a long document's cues grow.
class CueTable {
 public:
  // One sentence's cues, a view into the table. (Not std::ranges::subrange:
  // clang 14, the sanitizer build's compiler, cannot check its concepts
  // against libstdc++ 12's deque iterators.)
  class Row {
   public:
    using Iter = std::deque<ResolvedCue>::const_iterator;
    Row(Iter b, Iter e) : b_(b), e_(e) {}
    Iter begin() const { return b_; }
    Iter end() const { return e_; }
    bool empty() const { return b_ == e_; }
    size_t size() const { return static_cast<size_t>(e_ - b_); }
    const ResolvedCue& front() const { return *b_; }
    const ResolvedCue& back() const { return *(e_ - 1); }
    const ResolvedCue& operator[](size_t i) const { return b_[static_cast<std::ptrdiff_t>(i)]; }

   private:
    Iter b_, e_;
  };

  explicit CueTable(size_t sentences) { first_.reserve(sentences + 1); first_.push_back(0); }
  void Add(ResolvedCue c) { cues_.push_back(std::move(c)); }
  void EndSentence() { first_.push_back(static_cast<uint32_t>(cues_.size())); }

  size_t size() const { return first_.size() - 1; }  // sentences ended so far
  size_t cue_count() const { return cues_.size(); }
  Row operator[](size_t s) const { return Row(cues_.begin() + first_[s], cues_.begin() + first_[s + 1]); }

  class Iterator {
   public:
    Iterator(const CueTable* t, size_t s) : t_(t), s_(s) {}
    Row operator*() const { return (*t_)[s_]; }
    Iterator& operator++() { ++s_; return *this; }
    bool operator!=(const Iterator& o) const { return s_ != o.s_; }
   private:
    const CueTable* t_;
    size_t s_;
  };
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, size()); }

 private:
  std::deque<ResolvedCue> cues_;
  std::vector<uint32_t> first_;  // sentence -> index of its first cue; one more at the end
};

struct QuoteDraft {
  Quote quote;
  ResolvedSpeaker who;  // kind kNone when unattributed
  int sentence = -1;    // sentence the quote (or clause) starts in
  int open_tok = -1;    // direct: token of the opening mark
  int close_tok = -1;   // direct: token of the closing mark, -1 when unclosed
};

// Fills quote fields from a resolved cue.
void SetSpeaker(const TokenView& tv, const ResolvedCue& c, QuoteDraft* d);
void SetSpeaker(const ResolvedSpeaker& who, QuoteDraft* d);

std::vector<QuoteDraft> FindDirectQuotes(const TokenView& tv, const CueTable& cues);
std::vector<QuoteDraft> FindIndirectSpeech(const TokenView& tv, const CueTable& cues,
                                           const std::vector<QuoteDraft>& direct);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_INTERNAL_H_
