// What a counted noun's phrase says beyond the noun (claims/counted_phrase.h).
#include "claims/counted_phrase.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "claims/dimension.h"
#include "claims/frame_what.h"

namespace crosscheck {
namespace {

// Nouns of people joined to the counted noun (tokens [cb, ce)) in its
// phrase: "faculty and administrators", "professors and administrators",
// "faculty members and priests" — the noun before "and"/"or", the noun
// after it (one modifier may stand between), and a noun of people
// modifying the counted noun. Lower-case WordNet nouns of people or groups
// only; base forms, space-joined.
std::string CoordinatedNouns(std::string_view text, const Segmentation& seg, const Lexicon& lex, int cb, int ce,
                             TokenRange own, TokenRange clause) {
  std::vector<std::string> out;
  auto people = [&](int t) -> std::string {
    if (t < clause.begin || t >= clause.end || seg.tokens[t].kind != TokenKind::kWord) return "";
    std::string_view w = seg.tokens[t].span.Of(text);
    if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) return "";
    const std::string lemma = lex.NounLemma(Lowercase(w));
    const char k = lex.NounKind(lemma);
    return (k == 'p' || k == 'g') && !IsFunctionWord(Lowercase(w)) ? lemma : "";
  };
  auto conj = [&](int t) {
    if (t < clause.begin || t >= clause.end) return false;
    const std::string_view w = seg.LowerOf(seg.tokens[t].span);
    return w == "and" || w == "or";
  };
  if (cb - 1 >= own.end) {
    if (std::string n = people(cb - 1); !n.empty()) out.push_back(n);                 // "faculty members"
    if (conj(cb - 1) && cb - 2 >= own.end)
      if (std::string n = people(cb - 2); !n.empty()) out.push_back(n);               // "faculty and administrators"
  }
  if (conj(ce)) {
    if (std::string n = people(ce + 1); !n.empty()) out.push_back(n);                 // "and administrators"
    else if (std::string m = people(ce + 2); !m.empty()) out.push_back(m);            // "and other priests"
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  std::string joined;
  for (const std::string& w : out) joined += (joined.empty() ? "" : " ") + w;
  return joined;
}

}  // namespace

void CountedNounAsUnit(const Quantity& q, Claim* claim) {
  Claim& c = *claim;
  // A count whose noun is a unit of measure the number layer did not read
  // as one, modifiers standing between ("352 net rushing yards", "21
  // consecutive years", "17 unanswered points"), is that quantity: the
  // same measure as "352 yards rushing".
  if (c.kind == "count" && !q.tally && !c.counted_lemma.empty()) {
    if (std::string_view sym = UnitOfNoun(c.counted_lemma); !sym.empty()) {
      c.unit = std::string(sym);
      c.kind = DimensionOf(sym).dimension;
      c.counted.clear();
      c.counted_lemma.clear();
      c.group.clear();
    }
  }
}

void ReadCoordinatedNouns(std::string_view text, const Segmentation& seg, const Lexicon& lex, const Quantity& q,
                          TokenRange own, TokenRange clause, Span counted_span, Claim* claim) {
  Claim& c = *claim;
  if (c.kind == "count" && !c.counted_lemma.empty() && !counted_span.empty() && counted_span.start >= q.span.end) {
    const TokenRange ct = TokensIn(seg, counted_span);
    std::string co = CoordinatedNouns(text, seg, lex, ct.begin, ct.end, own, clause);
    if (!co.empty()) c.coordinated = co;
  }
}

}  // namespace crosscheck
