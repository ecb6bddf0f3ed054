// Whether a date of a figure's clause governs the figure (claims/time_govern.h).
#include "claims/time_govern.h"

#include <algorithm>
#include <string>
#include <vector>

#include "claims/frame_words.h"

namespace crosscheck {
namespace {

using frame_words::In;
using frame_words::IsDeterminer;

// Lower-cased words of a stretch of text, with commas, semicolons and dashes
// kept as "," (a parenthetical or clause boundary) and other punctuation
// dropped.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    while (!w.empty() && (w.back() == '.' || w.back() == '"' || w.back() == '\'')) w.pop_back();
    if (!w.empty()) out.push_back(Lowercase(w));
    w.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    // U+2014, U+2013, U+2015 (em, en, horizontal bar).
    const bool dash3 = c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                       (static_cast<unsigned char>(s[i + 2]) == 0x94 || static_cast<unsigned char>(s[i + 2]) == 0x93 ||
                        static_cast<unsigned char>(s[i + 2]) == 0x95);
    const bool double_dash = c == '-' && i + 1 < s.size() && s[i + 1] == '-';
    if (c == ',' || c == ';' || dash3 || double_dash) {
      flush();
      out.push_back(",");
      if (dash3) i += 2;
      if (double_dash) ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '(' || c == ')' || c == ':') {
      flush();
      continue;
    }
    if (w.empty() && (c == '"' || c == '\'')) continue;
    w += static_cast<char>(c);
  }
  flush();
  return out;
}

bool IsBounding(std::string_view w) {
  return In(w, {"after", "before", "until", "till", "since", "because", "although", "though", "unless", "whereas"});
}

bool IsAuxiliary(std::string_view w) {
  return In(w, {"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might",
                "must", "should", "did", "does", "do"});
}

// A past form: irregular, or a regular -ed form of a WordNet verb.
bool IsPastForm(const Lexicon& lex, std::string_view w) {
  if (lex.IsIrregularPast(w)) return true;
  return w.size() > 4 && w.substr(w.size() - 2) == "ed" && lex.IsVerb(lex.VerbLemma(w));
}

bool IsIngForm(const Lexicon& lex, std::string_view w) {
  return w.size() > 5 && w.substr(w.size() - 3) == "ing" && lex.IsVerb(lex.VerbLemma(w));
}

// The figure after the date lies in an adjunct clause opened by a bounding
// subordinator, with no comma between it and the figure: a gerund right
// after it ("after serving six seasons") or a finite verb between it and
// the figure ("unless the council gave it 40"). A phrase ("after 14
// months", "before hundreds of supporters") is the date's own clause's.
bool FigureInBoundingAdjunct(const Lexicon& lex, const std::vector<std::string>& gap) {
  for (size_t k = gap.size(); k-- > 0;) {
    if (gap[k] == ",") return false;
    if (!IsBounding(gap[k])) continue;
    if (k + 1 < gap.size() && IsIngForm(lex, gap[k + 1])) return true;
    for (size_t j = k + 1; j < gap.size(); ++j)
      if (IsAuxiliary(gap[j]) || (!IsDeterminer(gap[j - 1]) && IsPastForm(lex, gap[j]))) return true;
    return false;
  }
  return false;
}

// The date after the figure lies in a clause of a bounding subordinator
// other than "after" (a cause's date dates its consequence): a finite verb
// after it, or a gerund right after it, before the date.
bool DateInBoundingClause(const Lexicon& lex, const std::vector<std::string>& gap) {
  for (size_t k = 0; k < gap.size(); ++k) {
    if (!IsBounding(gap[k]) || gap[k] == "after") continue;
    if (k + 1 < gap.size() && IsIngForm(lex, gap[k + 1])) return true;
    for (size_t j = k + 1; j < gap.size(); ++j) {
      if (gap[j] == ",") break;
      const bool finite = IsAuxiliary(gap[j]) || (!IsDeterminer(gap[j - 1]) && IsPastForm(lex, gap[j]));
      if (finite) return true;
    }
  }
  return false;
}

// The date stands in a relative clause opened after a comma ("Rell, who is
// due to speak today,") and a comma closes it before the figure. An event
// the relative clause tells in the simple past ("The storm, which hit on
// Sunday, killed 14") dates the consequence told with it, as a relative
// clause of a simple past inherits a fronted date (claims/frame_time.cc).
bool DateInClosedRelative(const Lexicon& lex, const std::vector<std::string>& before,
                          const std::vector<std::string>& gap) {
  bool opened = false;
  for (size_t k = before.size(); k-- > 0;) {
    if (before[k] == ",") break;
    if (In(before[k], {"who", "which", "whose"}) && k > 0 && before[k - 1] == ",") {
      const bool past = k + 1 < before.size() &&
                        (In(before[k + 1], {"was", "were"}) || IsPastForm(lex, before[k + 1]));
      if (past) return false;
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (const std::string& w : gap)
    if (w == ",") return true;
  return false;
}

}  // namespace

bool DateGovernsFigure(const Lexicon& lex, std::string_view text, Span clause, Span date, Span figure) {
  if (date.end > text.size() || figure.end > text.size() || clause.end > text.size()) return true;
  if (date.end <= figure.start) {
    const std::vector<std::string> gap = Words(text.substr(date.end, figure.start - date.end));
    const uint32_t from = std::min(clause.start, date.start);
    const std::vector<std::string> before = Words(text.substr(from, date.start - from));
    if (FigureInBoundingAdjunct(lex, gap)) return false;
    if (DateInClosedRelative(lex, before, gap)) return false;
    return true;
  }
  if (date.start >= figure.end) {
    const std::vector<std::string> gap = Words(text.substr(figure.end, date.start - figure.end));
    if (DateInBoundingClause(lex, gap)) return false;
  }
  return true;
}

}  // namespace crosscheck
