// Restatements within one document (claims/claim_restate.h).
#include "claims/claim_restate.h"

#include <unordered_map>
#include <unordered_set>

#include "claims/claim_filters.h"
#include "claims/frame.h"
#include "claims/frame_words.h"

namespace crosscheck {
namespace {

bool SamePlace(const Claim& a, const Claim& b) { return a.place == b.place && a.place_kind == b.place_kind; }

// A sentence that is the figure alone ("Three hundred and fifty two!",
// "Twelve."): no word of the sentence lies outside the figure.
bool FigureAlone(std::string_view text, const Segmentation& seg, Span figure, int sentence) {
  if (sentence < 0) return false;
  const TokenRange all = TokensIn(seg, seg.sentences[sentence].span);
  for (int t = all.begin; t < all.end; ++t) {
    if (seg.tokens[t].kind != TokenKind::kWord && seg.tokens[t].kind != TokenKind::kNumber) continue;
    if (!figure.Contains(seg.tokens[t].span)) return false;
  }
  return true;
}

// The figure alone in its sentence restates the last figure of the
// sentence before with its value and a measure: it takes that figure's
// frame. Returns the index restated, -1 none.
int ExclaimedRestatement(const ClaimInputs& in, const std::vector<Claim>& out, size_t j) {
  const Quantity& q = in.quantities[j];
  const int s = in.seg.SentenceAt(q.span.start);
  if (s < 1 || !FigureAlone(in.doc.text, in.seg, q.span, s)) return -1;
  for (size_t i = j; i-- > 0;) {
    const int si = in.seg.SentenceAt(in.quantities[i].span.start);
    if (si < s - 1) break;
    if (si != s - 1 || in.quantities[i].value != q.value || out[i].measure.empty()) continue;
    return out[i].restates >= 0 ? out[i].restates : static_cast<int>(i);
  }
  return -1;
}

}  // namespace

bool IsBackReference(std::string_view text, const Segmentation& seg, const Quantity& q, const Claim& c) {
  // A bare count of the number layer, whatever frame read it ("all three
  // state polls" in a margin-of-error sentence), but no age.
  if (q.kind != QuantityKind::kCount || c.kind == "age" || !c.state.empty() || !q.hedge.empty() || !q.unit.empty()) return false;
  if (q.value < 2 || q.value > kBackReferenceMax || q.value != static_cast<int>(q.value)) return false;
  // "The four-time All-Star": a number glued to the next word makes a
  // compound modifier, not a noun phrase pointing back.
  if (q.span.end < text.size() && text[q.span.end] == '-') return false;
  // "the", "those", "these"; not "all": "All three subpoenas focus on the
  // bridge" sums up a count, it does not point back at named ones.
  const int first = TokensIn(seg, q.span).begin;
  return IsDefiniteFigure(text, seg, first) && seg.LowerOf(seg.tokens[first - 1].span) != "all";
}

namespace {
// The value of the other side of the tally figure `k` is one side of (the
// figure right before or after it, a tally with the same cue), or -1.
double TallyPartner(const std::vector<Quantity>& qs, size_t k) {
  if (!qs[k].tally) return -1;
  for (size_t o : {k - 1, k + 1})
    if (o < qs.size() && qs[o].tally && qs[o].counted_span.start == qs[k].counted_span.start &&
        qs[o].counted_span.end == qs[k].counted_span.end)
      return qs[o].value;
  return -1;
}
}  // namespace

void LinkRestatements(const ClaimInputs& in, const Lexicon& lex, std::vector<Claim>* claims) {
  std::vector<Claim>& out = *claims;
  const std::string& text = in.doc.text;
  const Segmentation& seg = in.seg;
  std::unordered_map<double, std::vector<size_t>> by_value;
  std::unordered_set<double> values_seen;  // earlier measured figures' values
  for (size_t j = 0; j < out.size(); ++j) {
    Claim& c = out[j];
    const Quantity& q = in.quantities[j];
    const bool value_seen = values_seen.count(q.value) > 0;
    if (!c.measure.empty()) values_seen.insert(q.value);
    if (q.same_as >= 0 && q.same_as < static_cast<int>(j)) {
      c.restates = q.same_as;
      continue;
    }
    // "KC blasted Indy with 352 net rushing yards. Three hundred and fifty
    // two!": a figure said again on its own, as an exclamation or an
    // answer, is the figure before it with that value.
    if (c.measure.empty() && c.part_of < 0) {
      const int e = ExclaimedRestatement(in, out, j);
      if (e >= 0) {
        const Claim& x = out[e];
        for (Atom Claim::*f : {&Claim::kind, &Claim::unit, &Claim::counted, &Claim::counted_lemma, &Claim::group,
                               &Claim::state, &Claim::state_word, &Claim::place, &Claim::place_kind,
                               &Claim::place_text, &Claim::qualifiers, &Claim::holder, &Claim::topic,
                               &Claim::predicate, &Claim::landmark, &Claim::measure})
          c.*f = x.*f;
        c.place_named = x.place_named;
        c.restates = e;
        continue;
      }
    }
    if (c.measure.empty() || c.part_of >= 0) continue;
    // Only claims that restate nothing are kept as candidates.
    std::vector<size_t>& earlier = by_value[q.value];
    for (size_t i : earlier) {
      const Claim& e = out[i];
      const Quantity& p = in.quantities[i];
      if (e.measure.empty() || e.part_of >= 0 || e.restates >= 0) continue;
      if (p.value != q.value || e.kind != c.kind || e.unit != c.unit || e.group != c.group || e.state != c.state ||
          !SamePlace(e, c) || e.qualifiers != c.qualifiers)
        continue;
      if (e.group.empty() && e.counted_lemma != c.counted_lemma) continue;
      // Two distances from two places ("four miles southwest of Cobb and
      // four miles west of Anderson Springs") are two measures.
      if (e.landmark != c.landmark) continue;
      if (!e.holder.empty() && !c.holder.empty() && e.holder != c.holder) continue;
      // One side of two tallies whose other sides differ ("58-3" and later
      // "36-3"): two records that share a value, not one said again.
      const double mine = TallyPartner(in.quantities, j), theirs = TallyPartner(in.quantities, i);
      if (mine >= 0 && theirs >= 0 && mine != theirs) continue;
      c.restates = static_cast<int>(i);
      break;
    }
    // A definite count in no state of its own ("the three victims were
    // taken to hospital", "all three of the people were targeted") refers
    // back: it restates the earlier toll of the document with its value
    // whose counted noun it can name (the same noun, or both people).
    if (c.restates < 0 && c.kind == "count" && c.state.empty() && IsDefiniteFigure(text, seg, TokensIn(seg, q.span).begin)) {
      auto person = [&](const Claim& x) {
        if (x.counted_lemma.empty()) return true;
        if (x.group == "person" || x.group == "civilian" || x.group == "casualty" || x.group == "wounded") return true;
        char k = lex.NounKind(x.counted_lemma);
        return x.group.empty() && (k == 'p' || k == 'g');
      };
      for (size_t i : earlier) {
        if (i == j) continue;
        const Claim& e = out[i];
        if (e.kind != "count" || e.state.empty() || e.part_of >= 0 || e.restates >= 0 || e.measure.empty()) continue;
        if (in.quantities[i].value != q.value) continue;
        if (!(e.counted_lemma == c.counted_lemma || (person(e) && person(c)))) continue;
        c.restates = static_cast<int>(i);
      }
    }
    // A small definite count in no state whose value no earlier figure of
    // the report gave ("The two men represent different visions", "the
    // Islamic State said the two were its followers", "all three state
    // polls"): it points back at ones the text named one by one, no new
    // measure to reconcile. When the report counted them before ("three
    // jurors held out … the three holdouts"), it stays what it was.
    if (c.restates < 0 && !value_seen && IsBackReference(text, seg, q, c)) {
      c.measure = Atom();
      values_seen.erase(q.value);
      continue;
    }
    if (c.restates < 0) earlier.push_back(j);
  }
}

}  // namespace crosscheck
