// Where the parts of a figure's frame are read (claims/claim_window.h).
#include "claims/claim_window.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "claims/counted.h"
#include "claims/frame_what.h"
#include "claims/frame_words.h"

namespace crosscheck {
namespace {

// The first element of `v` (sorted by span start) starting at or after `offset`.
template <typename V>
size_t WindowFirstAt(const V& v, uint32_t offset) {
  return std::lower_bound(v.begin(), v.end(), offset, [](const auto& x, uint32_t o) { return x.span.start < o; }) -
         v.begin();
}

// A length of time written as a modifier of the noun after it ("the almost
// two-month war", "a 35-day shutdown"): its unit is joined to the number by
// a hyphen and a lower-case word follows. Returns the first token past that
// noun (and up to two more lower-case nouns of a compound: "a 10-week
// strike action"), or -1.
int AdjectivalLengthEnd(std::string_view text, const Segmentation& seg, const Span& figure, TokenRange own,
                        int clause_end) {
  std::string_view f = figure.Of(text);
  const size_t dash = f.rfind('-');
  if (dash == std::string_view::npos || dash + 1 >= f.size() ||
      !std::isalpha(static_cast<unsigned char>(f[dash + 1])))
    return -1;
  int j = own.end;
  for (int k = 0; k < 3 && j < clause_end; ++k, ++j) {
    std::string_view w = seg.tokens[j].span.Of(text);
    std::string lw = Lowercase(w);
    if (w.empty() || !std::islower(static_cast<unsigned char>(w[0])) || frame_words::IsLocativePreposition(lw) ||
        frame_words::In(lw, {"of", "and", "or", "that", "which", "who", "to", "for", "on", "with", "by", "as",
                             "has", "have", "had", "is", "was", "were", "are"}))
      break;
  }
  return j > own.end ? j : -1;
}

}  // namespace

// Only commas and coordinating or including words between two figures.
bool JoinedAfter(std::string_view text, const Segmentation& seg, int from, int to) {
  if (from >= to) return false;
  for (int t = from; t < to; ++t) {
    std::string_view w = seg.LowerOf(seg.tokens[t].span);
    if (w != "," && w != "and" && w != "or" && w != "including" && w != "plus" && w != "as" && w != "well")
      return false;
  }
  return true;
}

void ReadClaimTime(const ClaimInputs& in, const Lexicon& lex, const Quantity& q, Span window, Span sentence_span,
                   Claim* claim) {
  Claim& c = *claim;
  const std::string& text = in.doc.text;
  // When: a date in the clause; a date in the rest of the sentence dates
  // the statement ("…, an official said on Friday"); otherwise the figure
  // is undated and the statement dates from the report.
  c.as_of = in.doc.date.value_or("");
  // A range record names its endpoints by index into the document's times;
  // a subset keeps them pointing at the same records (or none), so "from
  // 2007 to 2014" is read whole (2007-01-01/2014-12-31), not as whatever
  // records the old indexes hit in the subset.
  auto subset = [&](size_t from, uint32_t end, auto keep) {
    std::vector<TimeMention> out;
    std::vector<int> at;  // document index -> subset index
    for (size_t t = from; t < in.times.size() && in.times[t].span.start < end; ++t) {
      if (!keep(in.times[t])) continue;
      at.resize(t - from + 1, -1);
      at[t - from] = static_cast<int>(out.size());
      out.push_back(in.times[t]);
    }
    auto remap = [&](int i) {
      return i >= static_cast<int>(from) && i - static_cast<int>(from) < static_cast<int>(at.size())
                 ? at[i - from]
                 : -1;
    };
    for (TimeMention& m : out) {
      m.range_from = remap(m.range_from);
      m.range_to = remap(m.range_to);
    }
    return out;
  };
  std::vector<TimeMention> in_window =
      subset(WindowFirstAt(in.times, window.start), window.end, [](const TimeMention&) { return true; });
  c.time = FindTime(lex, in_window, window, q.span, text, c.as_of);
  if (!(window == sentence_span)) {
    std::vector<TimeMention> outside =
        subset(WindowFirstAt(in.times, sentence_span.start), sentence_span.end, [&](const TimeMention& m) {
          return sentence_span.Contains(m.span) && !window.Overlaps(m.span);
        });
    std::string stated = FindTime(lex, outside, sentence_span, q.span);
    // A statement holds on one day (or a month); a stated year or span
    // dates the figure loosely and stays off as_of.
    if (stated.size() == 10 || stated.size() == 7) c.as_of = stated;
  }
}

NeighbourCut CutAtNeighbours(const ClaimInputs& in, size_t i, int part_of, Span window, TokenRange own,
                             int counted_end) {
  const std::string& text = in.doc.text;
  const Segmentation& seg = in.seg;
  const Quantity& q = in.quantities[i];
  const TokenRange clause = TokensIn(seg, window);
  NeighbourCut cut{TokenRange{own.end, clause.end}, TokenRange{clause.begin, own.begin}, false};
  TokenRange& after = cut.after;
  TokenRange& before = cut.before;
  bool& whole = cut.whole;
  for (size_t k = WindowFirstAt(in.quantities, window.start);
       k < in.quantities.size() && in.quantities[k].span.start < window.end; ++k) {
    if (k == i) continue;
    const Quantity& o = in.quantities[k];
    if (!window.Contains(o.span)) continue;
    if (std::find(q.parts.begin(), q.parts.end(), static_cast<int>(k)) != q.parts.end()) continue;
    if (std::find(o.parts.begin(), o.parts.end(), static_cast<int>(i)) != o.parts.end()) continue;
    bool sibling = part_of >= 0 && o.parts.empty() && [&] {
      const std::vector<int>& ps = in.quantities[part_of].parts;
      return std::find(ps.begin(), ps.end(), static_cast<int>(k)) != ps.end();
    }();
    if (sibling) continue;
    TokenRange r = TokensIn(seg, o.span);
    // "two of the three victims died": the later figure is the whole the
    // first is part of; the predicate after it is the part's, not the
    // whole's.
    if (r.begin >= own.end && Partitive(text, seg, own.end, r.begin)) continue;
    if (r.end <= own.begin && Partitive(text, seg, r.end, own.begin)) {
      whole = true;
      continue;
    }
    // A figure joined to this one by coordination or inclusion shares its
    // predicate ("thousands of fighters and 1,000 civilians cornered in",
    // "200 civilians, including 30 children, stranded in"): no boundary.
    if (r.begin >= own.end && JoinedAfter(text, seg, std::max(own.end, counted_end), r.begin)) continue;
    if (r.begin >= own.end) after.end = std::min(after.end, r.begin);
    if (r.end <= own.begin) before.begin = std::max(before.begin, r.end);
  }
  return cut;
}

void DurationPlaceWindows(std::string_view text, const Segmentation& seg, const Quantity& q, TokenRange own,
                          TokenRange* place_after, TokenRange* place_before) {
  const int np_end = AdjectivalLengthEnd(text, seg, q.span, own, place_after->end);
  if (np_end >= 0) {
    *place_before = TokenRange{own.begin, own.begin};
    const bool locative = np_end < place_after->end &&
                          frame_words::IsLocativePreposition(seg.LowerOf(seg.tokens[np_end].span));
    *place_after = locative ? TokenRange{np_end, place_after->end} : TokenRange{np_end, np_end};
  }
}

}  // namespace crosscheck
