// TimeML profile: quotations and titles (docs/TIME.md "TimeML profile").
//
// A quotation mark is a '"' token (straight or typographic double quotes),
// or a glued pair "''" or "``" (TimeBank's marks). Single quotes are not
// read as marks: they are apostrophes as often as quotes.
#include <cstdint>
#include <string_view>
#include <vector>

#include "recognize/time/civil_date.h"
#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {
namespace {

// Width of the quotation mark at token k (1 or 2 tokens), 0 when none.
inline int MarkAt(const Ctx& c, int k) {
  const std::string_view w = c.w(k);
  if (w.size() != 1) return 0;
  if (w[0] == '"') return 1;
  return (w[0] == '\'' || w[0] == '`') && c.w(k + 1) == w && c.glued(k + 1) ? 2 : 0;
}

// A mark that closes: glued to the word (or punctuation) before it.
bool Closing(const Ctx& c, int k) { return k > 0 && c.glued(k) && !c.is(k - 1, "(") && !c.is(k - 1, "-"); }

bool Small(const Ctx& c, int k) {
  static constexpr std::string_view kSmall[] = {"the", "of", "a", "an", "and", "in", "on", "at", "for", "to", "with"};
  for (std::string_view w : kSmall)
    if (c.is(k, w)) return true;
  return false;
}

// Every letter of token k is an ASCII capital ("USA", "TODAY").
bool AllCapitals(const Ctx& c, int k) {
  const Tok& t = c.tok(k);
  for (uint32_t b = t.start; b < t.end; ++b) {
    const char ch = c.text()[b];
    if (!(ch >= 'A' && ch <= 'Z') && ch != '\'') return false;
  }
  return true;
}

// Token k is in a run of all-capital words that a lower-case word comes
// before: capitals inside a sentence written in mixed case ("a reporter for
// the USA TODAY NETWORK"), not a heading that opens it ("CLINTON SPEAKS
// TONIGHT Hillary Clinton will ...").
bool CapitalsInsideProse(const Ctx& c, int k) {
  int j = k - 1;
  while (j >= 0 && c.word(j) && AllCapitals(c, j)) --j;
  while (j >= 0 && c.punct(j) && !c.is(j, ".") && !c.is(j, ":")) --j;
  return j >= 0 && c.word(j) && !c.tok(j).capital;
}

// A word written capitalised where it is a common word: not a name of a day,
// month or holiday, not the sentence's first word, and not an acronym
// ("EST") unless it is a whole time word of five or more letters written in
// capitals inside mixed-case prose ("USA TODAY").
bool CapitalisedCommonWord(const Ctx& c, int k) {
  if (!c.word(k) || !c.tok(k).capital || c.weekday(k) || c.month(k) || !c.info(k)) return false;
  const Tok& t = c.tok(k);
  if (t.end - t.start >= 2) {
    const char second = c.text()[t.start + 1];
    const bool capitals = second >= 'A' && second <= 'Z';  // "EST", "ET", "TODAY"
    if (capitals && (t.end - t.start < 5 || !AllCapitals(c, k) || !CapitalsInsideProse(c, k))) return false;
  }
  for (int j = k - 1; j >= 0; --j)
    if (!c.punct(j)) return true;
  return false;  // only punctuation before it: the sentence's first word
}

// A capitalised word with no time meaning ("CBS", "Joe", "Show").
bool NameWord(const Ctx& c, int k) {
  return c.word(k) && c.tok(k).capital && !c.info(k) && !c.weekday(k) && !c.month(k) && !c.is(k, "i");
}

}  // namespace

bool InQuotation(const Ctx& c, int i) {
  int before = 0, after = 0;
  bool closes_after = false;
  for (int k = 0; k < c.size();) {
    const int m = MarkAt(c, k);
    if (!m) { ++k; continue; }
    if (k < i) ++before;
    else if (k >= i) {
      ++after;
      if (after == 1 && Closing(c, k)) closes_after = true;
    }
    k += m;
  }
  if (before % 2 == 1) return true;
  // A quotation opened in an earlier sentence closes in this one.
  return before == 0 && after % 2 == 1 && closes_after;
}

bool HeadlineCase(const Ctx& c) {
  // Title case capitalises every word but the short function words ("to",
  // "on", "the", "of"): words of four letters or more, past the first.
  int words = 0, caps = 0;
  for (int k = 1; k < c.size(); ++k) {
    if (!c.word(k) || c.tok(k).lower.size() < 4) continue;
    ++words;
    caps += c.tok(k).capital ? 1 : 0;
  }
  return words >= 4 && caps * 5 >= words * 4;
}

bool InTitle(const Ctx& c, const Hit& h) {
  // Both kinds begin with a capitalised word (most hits do not: "2015",
  // "last year"), so one test keeps this off most hits.
  if (h.holiday || h.begin >= h.end || !c.word(h.begin) || !c.tok(h.begin).capital) return false;
  // A capitalised common time word beside a capitalised name: "CBS This
  // Morning", "Publishers Weekly", "The Daily Show", "MSNBC's Morning Joe".
  bool common = false;
  for (int k = h.begin; k < h.end; ++k) common = common || CapitalisedCommonWord(c, k);
  // (Not in a headline set in title case, where every word is capitalised:
  // "For Now, Trump to Keep Ban", "Governor Now Says He Is Staying".)
  if (common && !HeadlineCase(c)) {
    int prev = h.begin - 1;
    if (c.is(prev, "'s")) --prev;
    if (NameWord(c, prev) || NameWord(c, h.end)) return true;
  }
  // A short quotation of capitalised words, one of them a name: a title
  // ("“Fox News Sunday,”", "“Morning Joe”").
  int open = -1;
  for (int k = h.begin - 1; k >= 0 && k >= h.begin - 6; --k)
    if (MarkAt(c, k) || (k > 0 && MarkAt(c, k - 1) == 2)) { open = MarkAt(c, k) ? k : k - 1; break; }
  if (open < 0 || !InQuotation(c, h.begin)) return false;
  const int first = open + MarkAt(c, open);
  bool name = false;
  int words = 0, k = first;
  for (; k < c.size() && k < first + 8 && !MarkAt(c, k); ++k) {
    if (c.punct(k) || c.num(k)) continue;
    if (!c.tok(k).capital && !Small(c, k)) return false;
    ++words;
    if (k < h.begin || k >= h.end) name = name || NameWord(c, k);
  }
  return name && words <= 6 && k < c.size() && MarkAt(c, k);
}

// A verb of saying told in the past outside the sentence's quotation
// ("..., Trump said", "she told reporters"). Read only for a quoted
// "tonight" with no day named.
[[gnu::noinline]] static bool SpeechToldInThePast(const Ctx& c) {
  static constexpr std::string_view kSaid[] = {"said", "told", "declared", "added", "insisted", "suggested",
                                               "wrote", "tweeted", "asked", "shouted", "joked", "announced"};
  for (int k = 0; k < c.size(); ++k) {
    if (!c.word(k)) continue;
    bool said = false;
    for (std::string_view w : kSaid) said = said || c.is(k, w);
    if (said && !InQuotation(c, k)) return true;
  }
  return false;
}

// The quotation itself tells the evening as begun or over: a past cue
// (not a guessed "-ed" form) inside it before token i ("I didn't come here
// tonight", "we came tonight"); "we will win tonight", "tonight we vote" do
// not.
[[gnu::noinline]] static bool PastInsideTheQuotation(const Ctx& c, int i) {
  for (int k = i - 1; k >= 0 && InQuotation(c, k); --k) {
    const WordInfo* f = c.info(k);
    if ((f && f->tense < 0 && !f->guessed) || c.is(k, "didn't") || c.is(k, "wasn't") || c.is(k, "weren't")) return true;
  }
  return false;
}

void DateQuotedDeictics(const Ctx& c, std::vector<Hit>* hits, const NarrativeAnchor& before) {
  if (!c.ref()) return;
  std::string today;
  for (Hit& h : *hits) {
    const std::string_view w0 = c.w(h.begin);  // one test keeps most hits out
    if (w0.empty() || (w0[0] != 't' && w0[0] != 'l' && w0[0] != 'e')) continue;
    const bool tonight = c.is(h.begin, "tonight") ||
                         ((c.is(h.begin, "later") || c.is(h.begin, "earlier")) && c.is(h.begin + 1, "tonight"));
    const bool deictic = tonight || c.is(h.begin, "today") ||
                         (c.is(h.begin, "this") && c.info(h.begin + 1) &&
                          c.info(h.begin + 1)->part != PartOfDay::kNone && !c.info(h.begin + 1)->plural);
    if (!deictic) continue;
    if (today.empty()) today = FormatDate(*c.ref());
    if (h.value.compare(0, today.size(), today) != 0 || !InQuotation(c, h.begin)) continue;
    // The speech's day: a day the sentence names outside the quotation
    // ("..., she wrote on Sunday"), the nearest after it first; for
    // "tonight" (an evening event reported later: "'I didn't come here
    // tonight to pander,' Trump said"), else the day the text last named
    // before this sentence. Only a day before the report's.
    const Hit* day = nullptr;
    bool other_time = false;  // a time of any grain named outside the quotation
    for (const Hit& d : *hits) {
      if (&d == &h || InQuotation(c, d.begin)) continue;
      other_time = true;
      if (d.gran != Gran::kDay || !d.day) continue;
      if (!day || (day->begin < h.begin && d.begin > h.begin)) day = &d;
    }
    CivilDate when{};
    int index = -1;
    if (day) {
      when = *day->day;
      index = day->serial_lo >= 0 ? -2 - day->serial_lo : -1;
    } else if (tonight && before.set && GrainOfValue(before.value) == ValueGrain::kDay) {
      when = before.start;
      index = before.index;
    } else if (tonight && !before.set && !other_time && PastInsideTheQuotation(c, h.begin) && SpeechToldInThePast(c)) {
      // No time named before: a report that tells in the past what was
      // said "tonight" is written after that evening, the night before its
      // date ("'I didn't come here tonight to pander,' Trump said"). (A
      // text that named some other time first may be telling of that
      // time's evening, "after this week's debate, when she said '... you
      // watching tonight'": left on the report's day.)
      when = AddDays(*c.ref(), -1);
    } else {
      continue;
    }
    if (!(when < *c.ref())) continue;
    h.value = FormatDate(when) + h.value.substr(today.size());
    if (h.lo) { h.lo = when; h.hi = AddDays(when, 1); }
    h.anchor = TimeAnchor::kText;
    h.anchor_index = index;
    // The narrative goes on from the speech's day, not the report's.
    NarrativeAnchor* a = c.anchor();
    if (a && a->set && h.serial_lo >= 0 && a->index == -2 - h.serial_lo) {
      a->value = h.value;
      if (h.lo) { a->start = *h.lo; a->end = *h.hi; }
    }
  }
}

}  // namespace crosscheck::time_internal
