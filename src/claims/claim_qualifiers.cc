// The qualifiers of one figure (claims/claim_qualifiers.h).
#include "claims/claim_qualifiers.h"

#include <algorithm>
#include <set>
#include <vector>

#include "claims/claim_measure.h"
#include "claims/counted.h"
#include "claims/frame_what.h"

namespace crosscheck {
namespace {

// The number layer's reading of the counted phrase's modifiers, when this
// build's Quantity has one (the field is newer than this code).
template <typename Q>
std::string_view CountedModifiers(const Q& q) {
  if constexpr (requires { q.counted_modifiers; }) {
    return q.counted_modifiers;
  } else {
    return {};
  }
}

// Whether the figure is an amount of change: the number layer's "rose 5%",
// "up 3 points" (direction, change "amount"; a share, a sum or a quantity
// with a unit), or a comparative right after the figure and
// its unit ("44 percent fewer Democrats", "a figure 12 percent lower than";
// "more" only after a share: "20 more people" is an addition).
bool IsChangeAmount(std::string_view text, const Segmentation& seg, const Quantity& q, TokenRange own,
                    TokenRange clause) {
  // Not a plain count: "lost eight of its last 10 games", "gained two
  // seats" count things lost or won, and the number layer reads their verb
  // as a change.
  if (!q.direction.empty() && q.change == "amount") return q.kind != QuantityKind::kCount || !q.unit.empty();
  if (own.end >= clause.end || seg.tokens[own.end].kind != TokenKind::kWord) return false;
  const std::string_view w = seg.LowerOf(seg.tokens[own.end].span);
  if (w == "more") return q.kind == QuantityKind::kPercent;
  return w == "fewer" || w == "less" || w == "lower" || w == "higher" || w == "greater" || w == "larger" ||
         w == "smaller" || w == "bigger" || w == "cheaper" || w == "costlier";
}

// A word of the counted phrase, between the figure and its noun, that names
// a level of government or a chamber: "three state senators" (level-state),
// "two Republican U.S. senators", "federal agents" (level-federal), "county
// officials", "city workers", "five House Republicans" (body-house), "Senate
// Democrats" (body-senate). Such a word picks another set of people than its
// sibling ("state" and "U.S." senators are two bodies): the ledger keeps two
// levels apart (fuse/lexicon.h QualifierMatch). "" when none.
std::string LevelQualifier(std::string_view text, const Segmentation& seg, TokenRange own, int counted_end) {
  const int noun = counted_end - 1;
  if (noun <= own.end || noun - own.end > 6 || noun >= static_cast<int>(seg.tokens.size())) return "";
  // The words between, dots dropped ("U.S." reads "US").
  std::string between(text.substr(seg.tokens[own.end].span.start,
                                  seg.tokens[noun].span.start - seg.tokens[own.end].span.start));
  std::erase(between, '.');
  std::string out;
  for (size_t at = 0; at <= between.size();) {
    size_t sp = between.find_first_of(" \t\n", at);
    if (sp == std::string::npos) sp = between.size();
    const std::string_view w = std::string_view(between).substr(at, sp - at);
    at = sp + 1;
    std::string level;
    if (w == "US" || w == "federal" || w == "Federal") level = "level-federal";
    else if (w == "state" || w == "statewide")
      level = "level-state";
    else if (w == "county")
      level = "level-county";
    else if (w == "city" || w == "municipal")
      level = "level-city";
    else if (w == "House")
      level = "body-house";
    else if (w == "Senate")
      level = "body-senate";
    if (!level.empty() && out.find(level) == std::string::npos) out += (out.empty() ? "" : " ") + level;
  }
  return out;
}

}  // namespace

// `qualifiers` (space-separated words) without `word`.
std::string DropQualifierWord(const std::string& qualifiers, std::string_view word) {
  std::string kept;
  for (size_t at = 0; at < qualifiers.size();) {
    size_t sp = qualifiers.find(' ', at);
    if (sp == std::string::npos) sp = qualifiers.size();
    std::string_view w = std::string_view(qualifiers).substr(at, sp - at);
    if (!w.empty() && w != word) kept += (kept.empty() ? "" : " ") + std::string(w);
    at = sp + 1;
  }
  return kept;
}

// `qualifiers` with `word` added, the words in sorted order as
// FindQualifiers writes them.
std::string AddQualifierWord(const std::string& qualifiers, const std::string& word) {
  std::set<std::string> words = {word};
  for (size_t at = 0; at < qualifiers.size();) {
    size_t sp = qualifiers.find(' ', at);
    if (sp == std::string::npos) sp = qualifiers.size();
    if (sp > at) words.insert(qualifiers.substr(at, sp - at));
    at = sp + 1;
  }
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

void ReadClaimQualifiers(const QualifierSite& site, Claim* claim) {
  Claim& c = *claim;
  const ClaimInputs& in = site.in;
  const Lexicon& lex = site.lex;
  const std::string& text = in.doc.text;
  const Segmentation& seg = in.seg;
  const size_t i = site.index;
  const Quantity& q = in.quantities[i];
  const TokenRange own = site.own, clause = site.clause;
  const int counted_end = site.counted_end, sentence = site.sentence;
  const Span window = site.window, sentence_span = site.sentence_span;
  const StateCue& state = site.state;
  // What else the figure measures.
  c.qualifiers = FindQualifiers(text, seg, own, counted_end, clause, CountedModifiers(q));
  // "three state senators", "two U.S. senators": the level or chamber the
  // counted people belong to.
  if (c.kind == "count") {
    const std::string level = LevelQualifier(text, seg, own, counted_end);
    for (size_t at = 0; at < level.size();) {
      size_t sp = level.find(' ', at);
      if (sp == std::string::npos) sp = level.size();
      c.qualifiers = AddQualifierWord(c.qualifiers, level.substr(at, sp - at));
      at = sp + 1;
    }
  }
  // "1 of 13 passes": a part of the figure after it, whose noun it took.
  if (site.counted_part) c.qualifiers = AddQualifierWord(c.qualifiers, "part");
  // A figure given as a change ("rose 3 points", "up $43 million", "44
  // percent fewer", "12 percent lower than") measures the difference
  // between two levels, never the level: another measure.
  if (IsChangeAmount(text, seg, q, own, clause)) c.qualifiers = AddQualifierWord(c.qualifiers, "change");
  // A share is a part of its whole by what it is: "won two-thirds of the
  // vote" and "a two-thirds majority" are one measure, and "40 percent of
  // voters" no sub-group of another share. Only counts have parts.
  if ((c.kind == "percent" || c.kind == "ratio") && (" " + c.qualifiers + " ").find(" part ") != std::string::npos) {
    c.qualifiers = DropQualifierWord(c.qualifiers, "part");
  }
  // A share among a sub-population ("among Tea Party supporters", "of
  // the black vote") is another measure than the whole's share.
  if (c.kind == "percent" && sentence >= 0) {
    std::string among = SubPopulation(text, seg, lex, own, TokensIn(seg, sentence_span));
    if (!among.empty()) c.qualifiers = c.qualifiers.empty() ? among : c.qualifiers.str() + " " + among;
  }
  // A sub-group picked out by a state of its own verb ("capturing 23 of
  // the raiders", "two of them managed to escape", "17 of the ships are
  // still held"): the state says who is counted, so the figure is that
  // state's count, not a part of another measure. A part of a counted
  // whole ("five of the 12") and one whose state is the group's own word
  // ("three of the dead", "two of the injured") stay parts.
  if ((" " + c.qualifiers + " ").find(" part ") != std::string::npos && !c.state.empty() && !site.implied_state &&
      !state.span.empty() && own.end < static_cast<int>(seg.tokens.size()) &&
      seg.LowerOf(seg.tokens[own.end].span) == "of") {
    const int phrase_end = std::min(std::max(counted_end, own.end + 2), static_cast<int>(seg.tokens.size()));
    bool counted_whole = false;
    for (size_t k = i + 1; k < in.quantities.size() && k <= i + 2; ++k)
      counted_whole |= Partitive(text, seg, own.end, TokensIn(seg, in.quantities[k].span).begin);
    // A verb before the figure is its own when the figure is its object
    // ("capturing 23 of the raiders"), not across a comma ("More than
    // 100 people have died, eight of them Americans": the group's verb).
    bool comma_between = false;
    if (state.span.end <= q.span.start)
      for (int t = TokensIn(seg, state.span).end; t < own.begin && t < static_cast<int>(seg.tokens.size()); ++t) {
        const std::string_view w = seg.tokens[t].span.Of(text);
        comma_between |= w == "," || w == ";" || w == ":";
      }
    const bool own_verb = (state.span.end <= q.span.start && !comma_between) ||
                          (phrase_end < static_cast<int>(seg.tokens.size()) &&
                           state.span.start >= seg.tokens[phrase_end].span.start);
    if (!counted_whole && own_verb) {
      c.qualifiers = DropQualifierWord(c.qualifiers, "part");
    }
  }
  // A tally's two sides ("voted 396-9", "won, 134 to 63", "a 162-139
  // record") are two measures: the majority's votes and the minority's,
  // a record's wins and losses (the number layer's `tally_side`). Without
  // this both sides, and any other count of votes ("the 60 votes
  // needed"), read as one measure "votes" and the ledger judged 396 and 9
  // a dispute. (What a win's sides count: `ReadCounted`, claims/counted.h.)
  if (q.tally) {
    std::vector<std::string> words;
    if (!q.tally_side.empty()) {
      words.push_back(std::string(q.tally_side));
    } else {
      for (size_t k = 0; k < in.quantities.size(); ++k) {
        const Quantity& o = in.quantities[k];
        if (k == i || !o.tally || o.counted_span != q.counted_span) continue;
        words.push_back(q.span.start < o.span.start ? "majority" : "minority");
        break;
      }
    }
    if (!words.empty()) {
      for (size_t at = 0; at < c.qualifiers.size();) {
        size_t sp = c.qualifiers.find(' ', at);
        if (sp == std::string::npos) sp = c.qualifiers.size();
        if (sp > at) words.push_back(c.qualifiers.substr(at, sp - at));
        at = sp + 1;
      }
      std::sort(words.begin(), words.end());
      std::string joined;
      for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
      c.qualifiers = joined;
    }
  }
  // An apposition that breaks a count down ("the three victims, two women
  // and a man, died") counts a part of it: a smaller count set off by a
  // comma right after an earlier count's noun.
  if (c.part_of < 0 && own.begin >= 2 && seg.tokens[own.begin - 1].span.Of(text) == "," &&
      (" " + c.qualifiers + " ").find(" part ") == std::string::npos) {
    for (size_t k = i, steps = 0; k-- > 0 && ++steps <= 4;) {
      const Quantity& o = in.quantities[k];
      if (!window.Contains(o.span)) break;
      if (o.counted_span.empty() || o.value <= q.value) continue;
      if (TokensIn(seg, o.counted_span).end != own.begin - 1) continue;
      std::vector<std::string> words;
      for (size_t at = 0; at < c.qualifiers.size();) {
        size_t sp = c.qualifiers.find(' ', at);
        if (sp == std::string::npos) sp = c.qualifiers.size();
        if (sp > at) words.push_back(c.qualifiers.substr(at, sp - at));
        at = sp + 1;
      }
      words.push_back("part");
      std::sort(words.begin(), words.end());
      std::string joined;
      for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
      c.qualifiers = joined;
      break;
    }
  }
}

void ReadSlightTolls(const std::vector<int>& sentence_of, std::vector<Claim>* claims) {
  std::vector<Claim>& cs = *claims;
  for (size_t i = 0; i < cs.size(); ++i) {
    Claim& c = cs[i];
    if (c.kind != "count" || c.state != "injured" || c.qualifiers != "minor") continue;
    bool other = false;
    for (size_t k = 0; k < cs.size() && !other; ++k) {
      if (k == i || cs[k].state != "injured") continue;
      other = k < i || (k < sentence_of.size() && i < sentence_of.size() && sentence_of[k] == sentence_of[i] &&
                        sentence_of[i] >= 0);
    }
    if (other) continue;
    c.qualifiers = DropQualifierWord(c.qualifiers, "minor");
    if (!c.measure.empty()) c.measure = MeasureKey(c);
  }
}

}  // namespace crosscheck
