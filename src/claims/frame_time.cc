// Frame cues around a figure: its time (FindTime). The nearest date or
// time expression in the figure's clause, unless it dates something else:
// an attributive year names a thing by its year, a time inside a comma
// relative clause or after an act ("for using ...") belongs to that clause.

#include "claims/frame.h"

#include "claims/frame_what.h"
#include "claims/frame_words.h"
#include "claims/time_govern.h"
#include "claims/time_value.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace crosscheck {
namespace {

using namespace frame_words;

// How many words may stand between a figure and a year that modifies its
// noun phrase ("2014 federal tax rate of 35.7 percent").
constexpr int kYearPhraseWords = 4;

// " of|for|with [adverb in -ly] <word in -ing> " inside a lower-cased gap
// padded with spaces.
bool ActBetween(const std::string& gap) {
  for (std::string_view p : {" of ", " for ", " with "}) {
    for (size_t at = gap.find(p); at != std::string::npos; at = gap.find(p, at + 1)) {
      size_t w = at + p.size();
      for (int words = 0; words < 2 && w < gap.size(); ++words) {
        size_t e = gap.find(' ', w);
        if (e == std::string::npos) break;
        std::string_view word(gap.data() + w, e - w);
        if (word.size() > 4 && word.substr(word.size() - 3) == "ing") return true;
        if (!(word.size() > 3 && word.substr(word.size() - 2) == "ly")) break;  // one adverb may stand between
        w = e + 1;
      }
    }
  }
  return false;
}

// The word after the relative pronoun at `at` of `gap` (" that killed …")
// is a simple past form: a word in -ed or an irregular past the lexicon
// knows ("struck", "was", "hit"), unless it is an auxiliary of another tense.
bool SimplePastAfter(const std::string& gap, size_t at, const Lexicon& lex) {
  size_t b = gap.find_first_not_of(' ', gap.find(' ', at + 1));
  if (b == std::string::npos) return false;
  size_t e = gap.find(' ', b);
  std::string_view w(gap.data() + b, (e == std::string::npos ? gap.size() : e) - b);
  if (In(w, {"has", "have", "had", "is", "are", "will", "would", "could", "can", "may", "might", "must", "should",
             "shall", "does", "do"}))
    return false;
  return In(w, {"was", "were"}) || (w.size() > 3 && w.substr(w.size() - 2) == "ed") || lex.IsIrregularPast(w);
}

// Every relative pronoun of `gap` (which, that, who, whose, where) is
// followed by a simple past (SimplePastAfter).
bool EveryRelativeSimplePast(const std::string& gap, const Lexicon& lex) {
  bool any = false;
  for (std::string_view r : {" which ", " that ", " who ", " whose ", " where "})
    for (size_t at = gap.find(r); at != std::string::npos; at = gap.find(r, at + 1)) {
      if (!SimplePastAfter(gap, at, lex)) return false;
      any = true;
    }
  return any;
}

// The figure stands in a relative clause opened by "who" or "which" after
// a comma earlier in its clause, with no comma between the pronoun and the
// figure: ", the Texas Republican who used $84,000".
bool InCommaRelative(std::string_view text, Span clause, Span figure) {
  if (figure.start > text.size() || clause.start >= figure.start) return false;
  std::string before = " " + Lowercase(text.substr(clause.start, figure.start - clause.start));
  size_t at = std::string::npos;
  for (std::string_view r : {" who ", " which "}) {
    size_t f = before.rfind(r);
    if (f != std::string::npos && (at == std::string::npos || f > at)) at = f;
  }
  if (at == std::string::npos || before.find(',', at) != std::string::npos) return false;
  return before.rfind(',', at) != std::string::npos;
}

// The year at `t` modifies a noun phrase: a bare four-digit year after a
// determiner or a possessive and before a word that is no function word
// ("the 2012 Republican presidential nomination", "a 2005 bid", "the
// Clintons' 2014 tax rate"). It names that phrase's thing by its year.
bool AttributiveYear(std::string_view text, Span t) {
  if (t.end > text.size() || t.end - t.start != 4) return false;
  for (uint32_t i = t.start; i < t.end; ++i)
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  // The word before position `at`, lower-cased ("" at the text's start).
  auto word_before = [&](size_t at, size_t* begin) {
    size_t e = at;
    while (e > 0 && text[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && text[b - 1] != ' ') --b;
    *begin = b;
    return Lowercase(text.substr(b, e - b));
  };
  auto opens_phrase = [](const std::string& w) {
    bool possessive = w.size() > 2 && (w.back() == '\'' || w.ends_with("'s") || w.ends_with("\u2019s") ||
                                       w.ends_with("\u2019"));
    return possessive || In(w, {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"});
  };
  size_t b = 0;
  std::string before = word_before(t.start, &b);
  // One adjective may stand between ("his failed 2005 bid").
  if (!opens_phrase(before)) {
    if (before.empty() || IsFunctionWord(before) || !std::isalpha(static_cast<unsigned char>(before[0])) ||
        !opens_phrase(word_before(b, &b)))
      return false;
  }
  size_t a = t.end;
  if (a >= text.size() || text[a] != ' ') return false;
  while (a < text.size() && text[a] == ' ') ++a;
  size_t z = a;
  while (z < text.size() && std::isalpha(static_cast<unsigned char>(text[z]))) ++z;
  if (z == a) return false;
  return !IsFunctionWord(Lowercase(text.substr(a, z - a)));
}

// Words (runs of letters or digits) in `gap`.
int WordsIn(std::string_view gap) {
  int n = 0;
  bool in = false;
  for (char ch : gap) {
    bool w = std::isalnum(static_cast<unsigned char>(ch)) != 0;
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

}  // namespace

std::string FindTime(const Lexicon& lex, const std::vector<TimeMention>& times, Span clause, Span figure,
                     std::string_view text, std::string_view until) {
  // The nearest date or time expression; a range counts whole ("from 2007 to
  // 2014"), not as its nearer endpoint.
  const TimeMention* best = nullptr;
  std::string best_value;
  uint32_t best_distance = 0;
  for (size_t i = 0; i < times.size(); ++i) {
    const TimeMention& t = times[i];
    if (!clause.Contains(t.span) || t.part_of >= 0) continue;
    std::string v;
    if (t.range_from >= 0 && t.range_to >= 0 && t.range_from < static_cast<int>(times.size()) &&
        t.range_to < static_cast<int>(times.size())) {
      auto a = TimeInterval(ClaimTimeOf(times[t.range_from])), b = TimeInterval(ClaimTimeOf(times[t.range_to]));
      if (a && b && b->second >= a->first) v = CivilFromDays(a->first) + "/" + CivilFromDays(b->second);
    }
    if (v.empty()) v = ClaimTimeOf(t);
    if (v.empty()) continue;
    // "since 2007": from that date until the report, not the year itself.
    if (!until.empty() && t.span.start <= text.size()) {
      size_t e = t.span.start;
      while (e > 0 && text[e - 1] == ' ') --e;
      size_t b = e;
      while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
      if (e - b == 5 && Lowercase(text.substr(b, 5)) == "since") {
        auto a = TimeInterval(v), r = TimeInterval(until);
        if (a && r && r->second >= a->first) v = CivilFromDays(a->first) + "/" + CivilFromDays(r->second);
      }
    }
    // A date behind a relative pronoun dates another clause ("… quakes that
    // hit the town in 2002").
    if (!text.empty()) {
      uint32_t from = std::min(t.span.end, figure.end), to = std::max(t.span.start, figure.start);
      if (from < to && to <= text.size()) {
        std::string gap = " " + Lowercase(text.substr(from, to - from)) + " ";
        size_t at = std::string::npos;
        for (std::string_view r : {" which ", " that ", " who ", " whose ", " where ", ";"})
          at = std::min(at, gap.find(r));
        // A relative clause right after the figure (and its noun) is the
        // figure's own: "around 100 who were rescued over the weekend".
        bool own_clause = t.span.start >= figure.end && at != std::string::npos &&
                          std::count(gap.begin(), gap.begin() + static_cast<long>(at), ' ') <= 2;
        // But a year or month that opens the clause a relative clause hangs
        // from dates that relative clause too when its verb is a simple past
        // ("In 2004, a quake triggered a tsunami that killed 230,000";
        // "struck in 2004, sparking a tsunami that killed 170,000"): the
        // consequence told in one breath with its cause. A perfect ("that
        // has killed") runs to the present and keeps no such date.
        // Every relative clause between them must be so: "which the House
        // endorsed last month, but which failed …, where it would need 60
        // votes" holds the figure in a clause of its own tense.
        bool inherited = at != std::string::npos && t.span.end <= figure.start && gap[at] != ';' &&
                         (v.size() == 4 || v.size() == 7) && EveryRelativeSimplePast(gap, lex);
        if (at != std::string::npos && !own_clause && !inherited) continue;
        // A date after an act the counted people did or are charged with
        // ("officers indicted for allegedly hacking emails in 2016",
        // "accused of killing two men last May") dates that act, not the
        // figure: "of", "for" or "with" and a gerund stand between.
        if (t.span.start >= figure.end && ActBetween(gap)) continue;
        // A year that modifies another noun phrase of the clause names that
        // phrase's thing ("capped three days of panel discussions …,
        // including politicians mentioned as contenders for the 2012
        // Republican presidential nomination"): it dates the figure only
        // when the figure is of that phrase, a few words off with no comma
        // between ("the Clintons' 2014 federal tax rate of 35.7 percent").
        if (AttributiveYear(text, t.span) &&
            (gap.find(',') != std::string::npos || WordsIn(gap) > kYearPhraseWords))
          continue;
        // A figure inside a relative clause set off by commas ("Farenthold,
        // the Texas Republican who used $84,000 in taxpayer funds, resigned
        // on Friday") is not dated by the matrix clause past the comma that
        // closes it.
        if (t.span.start >= figure.end && gap.find(',') != std::string::npos &&
            InCommaRelative(text, clause, figure))
          continue;
        // A date of another verb's clause: an adjunct or conjunct of its
        // own, a comma relative clause (claims/time_govern.h).
        if (!DateGovernsFigure(lex, text, clause, t.span, figure)) continue;
      }
    }
    uint32_t d = t.span.end <= figure.start ? figure.start - t.span.end
                 : t.span.start >= figure.end ? t.span.start - figure.end : 0;
    if (!best || d < best_distance) {
      best = &t;
      best_value = v;
      best_distance = d;
    }
  }
  return best_value;
}

}  // namespace crosscheck
