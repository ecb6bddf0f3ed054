// A quake's magnitude (claims/claim_magnitude.h).
#include "claims/claim_magnitude.h"

#include <algorithm>
#include <string>

#include "claims/claim_window.h"
#include "claims/frame_what.h"

namespace crosscheck {
namespace {

bool IsMagnitude(std::string_view text, const Segmentation& seg, TokenRange own, TokenRange clause) {
  auto low = [&](int i) { return seg.LowerOf(seg.tokens[i].span); };
  for (int i = own.begin; i < std::min(own.end + 4, clause.end); ++i) {
    std::string_view w = low(i);
    if (w.find("magnitude") != std::string::npos || w == "richter") return true;
  }
  // "a 5.6 quake": a decimal figure right before a word for an earthquake;
  // "two quakes, measuring 7.6 and 7.4": or after one, in its clause (a
  // fraction counts no quakes).
  auto quake = [](std::string_view w) {
    return w == "quake" || w == "earthquake" || w == "tremor" || w == "temblor" || w == "aftershock" ||
           w == "quakes" || w == "earthquakes" || w == "tremors" || w == "temblors" || w == "aftershocks";
  };
  // The figure's first token, when it has one (a figure may cover no whole
  // token of a malformed text).
  std::string_view fig;
  if (own.begin < own.end && own.begin < static_cast<int>(seg.tokens.size())) fig = seg.tokens[own.begin].span.Of(text);
  if (fig.find('.') != std::string_view::npos) {
    if (own.end < clause.end && quake(low(own.end))) return true;
    for (int i = own.begin - 1; i >= std::max(clause.begin, own.begin - 6); --i)
      if (quake(low(i))) return true;
  }
  for (int i = std::max(clause.begin, own.begin - 3); i < own.begin; ++i)
    if (low(i).find("magnitude") != std::string::npos) return true;
  return false;
}

}  // namespace

void MarkMagnitude(std::string_view text, const Segmentation& seg, TokenRange own, TokenRange clause, Claim* claim) {
  Claim& c = *claim;
  // A magnitude ("a 5.6 magnitude earthquake", "a magnitude of 6.1",
  // "6.1 on the Richter scale") is a measure of its own.
  if (c.kind == "count" && IsMagnitude(text, seg, own, clause)) {
    c.kind = "magnitude";
    // It is the magnitude of the quake: what the clause goes on to say
    // ("caused damage", "was measured") is not another measure.
    c.topic.clear();
    c.predicate.clear();
    c.state.clear();
    c.state_word.clear();
    c.counted.clear();
    c.counted_lemma.clear();
    c.group.clear();
  }
  // A magnitude is the quake's: what the clause goes on to say ("the 7.7
  // magnitude quake damaged 42 buildings") is not another measure.
  if (c.unit == "magnitude") {
    c.topic.clear();
    c.predicate.clear();
  }
}

void RankListedMagnitudes(const ClaimInputs& in, std::vector<Claim>* claims) {
  std::vector<Claim>& out = *claims;
  const std::string& text = in.doc.text;
  const Segmentation& seg = in.seg;
  // A list of magnitudes ("two quakes, measuring 7.6 and 7.4", "the 7.6
  // and 7.5 magnitude quakes"): each is another quake's, in the list's
  // order, so the k-th of one report's list lines up with the k-th of
  // another's, however near the values of the two quakes.
  for (size_t j = 0; j < out.size();) {
    size_t end = j + 1;
    while (end < out.size() && out[end - 1].kind == "magnitude" && out[end].kind == "magnitude" &&
           seg.SentenceAt(in.quantities[end].span.start) == seg.SentenceAt(in.quantities[end - 1].span.start) &&
           JoinedAfter(text, seg, TokensIn(seg, in.quantities[end - 1].span).end,
                       TokensIn(seg, in.quantities[end].span).begin))
      ++end;
    if (end - j >= 2)
      for (size_t k = j; k < end; ++k) out[k].list_rank = static_cast<int>(k - j + 1);
    j = end;
  }
}

}  // namespace crosscheck
