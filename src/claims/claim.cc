// Claim frames: BuildClaims reads each figure of a document in turn and
// hands each idea to its own step:
//   kind     count, money, percent, ratio, age, or the dimension of its unit
//            (a magnitude and an age in apposition are read here);
//   counted  what it counts (claims/counted.h);
//   state    the state it is in (claims/claim_state.h), read in the clause
//            cut at the neighbouring figures that are not its parts;
//   place    DocPlaces::Find over the whole clause (places may lie past the
//            neighbouring figures: "1,000 civilians hunkered down with 2,000
//            fighters beneath the plant"; "…, including 80 children");
//   time     the nearest date or time expression in the clause, at its own
//            grain (a year stays a year); none: the figure is undated.
//            as_of is the date that dates the statement ("an official said
//            on May 4") or the report date;
//   what     qualifiers, holder, predicate, landmark, topic and context
//            words (frame_what.h); a part, a sub-group and a tally's sides
//            are marked in the qualifiers here, a magnitude's place in a
//            list of magnitudes in list_rank;
//   speaker  Attribute() of the quote layer.
// Figures that are no measure of the story keep an empty measure
// (claims/claim_filters.h); the others get their key (claims/claim_measure.h).
// Last, restatements within the document are linked
// (claims/claim_restate.h).
#include "claims/claim.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "claims/claim_filters.h"
#include "claims/claim_measure.h"
#include "claims/claim_restate.h"
#include "claims/claim_state.h"
#include "claims/counted.h"
#include "claims/dimension.h"
#include "claims/frame.h"
#include "claims/frame_what.h"
#include "claims/frame_words.h"

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
  const std::string w = Lowercase(seg.tokens[own.end].span.Of(text));
  if (w == "more") return q.kind == QuantityKind::kPercent;
  return w == "fewer" || w == "less" || w == "lower" || w == "higher" || w == "greater" || w == "larger" ||
         w == "smaller" || w == "bigger" || w == "cheaper" || w == "costlier";
}

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
    const std::string w = Lowercase(seg.tokens[t].span.Of(text));
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

// Only commas and coordinating or including words between two figures.
bool JoinedAfter(std::string_view text, const Segmentation& seg, int from, int to) {
  if (from >= to) return false;
  for (int t = from; t < to; ++t) {
    std::string w = Lowercase(seg.tokens[t].span.Of(text));
    if (w != "," && w != "and" && w != "or" && w != "including" && w != "plus" && w != "as" && w != "well")
      return false;
  }
  return true;
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

bool IsMagnitude(std::string_view text, const Segmentation& seg, TokenRange own, TokenRange clause) {
  auto low = [&](int i) { return Lowercase(seg.tokens[i].span.Of(text)); };
  for (int i = own.begin; i < std::min(own.end + 4, clause.end); ++i) {
    std::string w = low(i);
    if (w.find("magnitude") != std::string::npos || w == "richter") return true;
  }
  // "a 5.6 quake": a decimal figure right before a word for an earthquake;
  // "two quakes, measuring 7.6 and 7.4": or after one, in its clause (a
  // fraction counts no quakes).
  auto quake = [](const std::string& w) {
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

std::vector<Claim> BuildClaims(const ClaimInputs& in) { return BuildClaims(in, Lexicon::Default()); }

std::vector<Claim> BuildClaims(const ClaimInputs& in, const Lexicon& lex) {
  const std::string& text = in.doc.text;
  const Segmentation& seg = in.seg;
  DocPlaces places(text, seg, in.entities, lex);
  std::vector<Claim> out;
  out.reserve(in.quantities.size());
  // Work per figure stays bounded by its sentence (quantities and times are
  // sorted by start), so a pathological document with a million figures
  // costs linear time, not quadratic.
  std::vector<int> part_of(in.quantities.size(), -1);
  for (size_t k = 0; k < in.quantities.size(); ++k)
    for (int p : in.quantities[k].parts)
      if (p >= 0 && p < static_cast<int>(part_of.size())) part_of[p] = static_cast<int>(k);
  auto first_at = [](const auto& v, uint32_t offset) {
    return std::lower_bound(v.begin(), v.end(), offset, [](const auto& x, uint32_t o) { return x.span.start < o; }) -
           v.begin();
  };
  // Entities sorted by start (the recognizer's contract); the helpers read
  // the ones near each figure.
  bool last_subject_held = false;  // the figure before has a holder it can share (not an age's)
  int last_own_end = -1;
  // The poll the report names most (FindDocumentPoll), read once.
  std::string doc_poll;
  bool doc_poll_read = false;
  for (size_t i = 0; i < in.quantities.size(); ++i) {
    const Quantity& q = in.quantities[i];
    Claim c;
    c.quantity = static_cast<int>(i);
    Attribution a = Attribute(in.doc, seg, in.quotes, q.span);
    c.clause = a.clause;
    if (c.clause.empty()) {
      int s = seg.SentenceAt(q.span.start);
      if (s >= 0) c.clause = seg.sentences[s].span;
    }
    c.speaker = a.speaker;
    c.speaker_role = a.speaker_role;
    // The figure's own window is its clause within its sentence (a direct
    // quote may run over several sentences).
    int sentence = seg.SentenceAt(q.span.start);
    Span sentence_span = sentence >= 0 ? seg.sentences[sentence].span : c.clause;
    Span window{std::max(c.clause.start, sentence_span.start), std::min(c.clause.end, sentence_span.end)};
    if (window.empty()) window = sentence_span;
    // When: a date in the clause; a date in the rest of the sentence dates
    // the statement ("…, an official said on Friday"); otherwise the figure
    // is undated and the statement dates from the report.
    c.as_of = in.doc.date.value_or("");
    std::vector<TimeMention> in_window;
    for (size_t t = first_at(in.times, window.start); t < in.times.size() && in.times[t].span.start < window.end; ++t)
      in_window.push_back(in.times[t]);
    c.time = FindTime(lex, in_window, window, q.span, text, c.as_of);
    if (!(window == sentence_span)) {
      std::vector<TimeMention> outside;
      for (size_t t = first_at(in.times, sentence_span.start);
           t < in.times.size() && in.times[t].span.start < sentence_span.end; ++t)
        if (sentence_span.Contains(in.times[t].span) && !window.Overlaps(in.times[t].span)) outside.push_back(in.times[t]);
      std::string stated = FindTime(lex, outside, sentence_span, q.span);
      // A statement holds on one day (or a month); a stated year or span
      // dates the figure loosely and stays off as_of.
      if (stated.size() == 10 || stated.size() == 7) c.as_of = stated;
    }
    c.part_of = part_of[i];
    c.kind = FigureKind(q);
    c.unit = q.unit;
    const bool turned_age = IsTurnedAge(in, i);
    if (IsListedAge(in, lex, i) || turned_age) c.kind = "age";

    TokenRange own = TokensIn(seg, q.span);
    const CountedNoun counted = ReadCounted(in, lex, i, sentence, out, &own, &c);
    // Someone's age reached counts nothing: no noun from a figure before it.
    if (turned_age) {
      c.counted.clear();
      c.counted_lemma.clear();
      c.group.clear();
    }
    const Span counted_span = counted.span;
    const bool offspring = counted.offspring, apposed = counted.apposed;
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

    int counted_end = own.end;
    if (!counted_span.empty() && counted_span.start >= q.span.end) counted_end = TokensIn(seg, counted_span).end;
    // Windows: the clause, cut at neighbouring figures that are not parts of
    // this one (for the state) or not at all (for the place after it).
    TokenRange clause = TokensIn(seg, window);
    TokenRange after{own.end, clause.end}, before{clause.begin, own.begin};
    TokenRange place_after = after, place_before = before;
    bool whole = false;  // the whole of a partitive ("the three" in "two of the three")
    for (size_t k = first_at(in.quantities, window.start);
         k < in.quantities.size() && in.quantities[k].span.start < window.end; ++k) {
      if (k == i) continue;
      const Quantity& o = in.quantities[k];
      if (!window.Contains(o.span)) continue;
      if (std::find(q.parts.begin(), q.parts.end(), static_cast<int>(k)) != q.parts.end()) continue;
      if (std::find(o.parts.begin(), o.parts.end(), static_cast<int>(i)) != o.parts.end()) continue;
      bool sibling = c.part_of >= 0 && o.parts.empty() && [&] {
        const std::vector<int>& ps = in.quantities[c.part_of].parts;
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
    // State: the verb the figure is the object of beats the clause search
    // ("killed 5 and wounded 12": 5 killed, 12 injured); then the claim's
    // own state from it (claims/claim_state.h).
    const StateCue state = ReadStateCue(
        {text, seg, lex, in.quantities, i, own, counted_end, counted_span, clause, after, before, whole});
    const std::string implied = SettleState(lex, state, offspring, &c);
    // A number-noun compound before a noun ("firefighters battled a
    // five-alarm fire", "a three-judge panel ruled") measures that noun:
    // the clause's verb acts on the fire or the panel, not on the alarms
    // or the judges, so the count takes no state from it; what it measures
    // is its topic (below).
    const int modified = c.kind == "count" ? CompoundModifierHead(text, seg, q) : -1;
    if (modified >= 0) {
      c.state.clear();
      c.state_word.clear();
    }
    // The age of a thing given as its modifier ("in the almost two-month
    // war, Putin's military has fighters cornered in the Azovstal Iron and
    // Steel Works") is placed by its own noun phrase only ("the two-month
    // war in Ukraine"), not by the clause around it; with none, it takes
    // the story's place like any figure with no place of its own.
    if (c.kind == "duration") {
      const int np_end = AdjectivalLengthEnd(text, seg, q.span, own, place_after.end);
      if (np_end >= 0) {
        place_before = TokenRange{own.begin, own.begin};
        const bool locative = np_end < place_after.end &&
                              frame_words::IsLocativePreposition(Lowercase(seg.tokens[np_end].span.Of(text)));
        place_after = locative ? TokenRange{np_end, place_after.end} : TokenRange{np_end, np_end};
      }
    }
    PlaceCue place = places.Find(place_after, place_before, state,
                                 sentence >= 0 ? static_cast<int>(seg.sentences[sentence].token_begin) : -1);
    // A care place (a hospital, a clinic: tools/lexicon/anchors.tsv) is
    // where the hurt were taken, not where the figure happened ("two men
    // underwent surgery at Royal Oak Beaumont Hospital"): the figure keeps
    // the story's place, so it lines up with "two men injured" in Troy.
    if (place.kind == "care") place = PlaceCue{};
    c.place = place.name;
    c.place_kind = place.kind;
    c.place_text = place.text;
    c.place_named = !place.name.empty();
    if (c.place.empty() && !place.text.empty()) c.place = place.text;  // "the plant", unresolved

    // What else the figure measures.
    c.qualifiers = FindQualifiers(text, seg, own, counted_end, clause, CountedModifiers(q));
    // "1 of 13 passes": a part of the figure after it, whose noun it took.
    if (counted.part) c.qualifiers = AddQualifierWord(c.qualifiers, "part");
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
    if ((" " + c.qualifiers + " ").find(" part ") != std::string::npos && !c.state.empty() && implied.empty() &&
        !state.span.empty() && own.end < static_cast<int>(seg.tokens.size()) &&
        Lowercase(seg.tokens[own.end].span.Of(text)) == "of") {
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
    // A parent's children ("Zurana Horton, a mother of 12") are the
    // parent's: a name after the figure ("mom of 12 Andrew Lopez, 20 was
    // found guilty", a headline run into its first line) is not their holder.
    c.holder = FindHolder(text, seg, in.entities, own, clause, /*name_after=*/!offspring);
    // An age reached in a relative clause is its antecedent's ("Okafor,
    // who turns 32 in May").
    if (turned_age && c.holder.empty()) c.holder = RelativeAntecedent(text, seg, in.entities, own);
    // An age reached is a birthday, another measure than the age a person
    // is said to be ("Okafor, who turns 32 in May" beside "Okafor, 31,").
    if (turned_age) c.qualifiers = AddQualifierWord(std::string(c.qualifiers), "reached");
    // Things counted are someone's when a name owns them ("20,000 DNC
    // emails", "emails from Clinton's private server"): two owners are two
    // sets of things, whatever the value (the ledger's holder test).
    if (c.holder.empty() && c.kind == "count" && !c.counted_lemma.empty() && c.group.empty() &&
        !counted_span.empty() && counted_span.start >= q.span.end) {
      const char kind = lex.NounKind(c.counted_lemma);
      if (kind != 'p' && kind != 'g')
        c.holder = FindOwner(text, seg, in.entities, own, TokensIn(seg, counted_span), clause);
    }
    // A margin's sides: the one it is measured against and, told with
    // "by", the one ahead ("Sanders wins by 10 points").
    if ((" " + std::string(c.qualifiers) + " ").find(" margin ") != std::string::npos) {
      c.rival = MarginRival(text, seg, in.entities, own, clause);
      if (c.holder.empty()) c.holder = MarginLeader(text, seg, in.entities, own, clause);
    }
    c.predicate = FindPredicate(text, seg, lex, own, counted_end, clause);
    // A share of people is a measure together with what the people do or
    // say: the verb of its own clause, read through a verb of saying
    // ("say they would consider" -> consider).
    if (c.kind == "percent" &&
        ((!c.counted_lemma.empty() && (!c.group.empty() || lex.NounKind(c.counted_lemma) == 'p' ||
                                       lex.NounKind(c.counted_lemma) == 'g')) ||
         c.qualifiers.str().find("among-") != std::string::npos)) {
      std::string sp = SharePredicate(text, seg, lex, std::max(own.end, counted_end), clause);
      if (sp.empty()) sp = AgentPredicate(text, seg, lex, own, clause);
      if (!sp.empty()) c.predicate = sp;
    }
    // A poll's own figures (its sample, its margin of error) are measures
    // of their own kinds, and a share or a poll's figure belongs to the
    // poll its sentence or the two before it name: two polls' figures are
    // two measures (the ledger's poll test).
    if (sentence >= 0 && (c.kind == "count" || c.kind == "percent")) {
      std::string pk = PollFigureKind(text, seg, own, TokensIn(seg, sentence_span));
      if (!pk.empty()) {
        c.kind = pk;
        c.state.clear();
        c.state_word.clear();
        c.predicate.clear();
        c.topic.clear();
      }
      if (c.kind != "count") c.poll = FindPoll(text, seg, sentence, own);
      // A share of people (or of no noun the frame read) and a poll's own
      // figures are the report's poll's, wherever the report names it.
      const char noun_kind = lex.NounKind(c.counted_lemma);
      if (c.poll.empty() && (c.kind == "sample" || c.kind == "error margin" ||
                             (c.kind == "percent" && (c.counted_lemma.empty() || !c.group.empty() ||
                                                      noun_kind == 'p' || noun_kind == 'g'))))
      {
        if (!doc_poll_read) doc_poll = FindDocumentPoll(text, seg);
        doc_poll_read = true;
        c.poll = doc_poll;
      }
    }
    if (c.kind == "count" && !c.counted_lemma.empty() && !counted_span.empty() && counted_span.start >= q.span.end) {
      const TokenRange ct = TokensIn(seg, counted_span);
      std::string co = CoordinatedNouns(text, seg, lex, ct.begin, ct.end, own, clause);
      if (!co.empty()) c.coordinated = co;
    }
    int after_figure = std::max(own.end, counted_end);
    if (c.kind == "length") c.landmark = FindLandmark(text, seg, after_figure, clause);
    if (c.kind == "length" && c.landmark.empty())
      c.landmark = ApposedLandmark(text, seg, in.entities, own, after_figure, clause);
    if (c.kind != "count" && c.kind != "age") c.topic = FindTopic(text, seg, lex, after_figure, own, clause);
    if (modified >= 0) c.topic = lex.NounLemma(seg.tokens[modified].span.Of(text));
    if (c.topic.empty() && (c.kind == "money" || c.kind == "percent")) {
      std::string possessor;
      c.topic = CopulaSubject(text, seg, lex, own, clause, in.entities, &possessor);
      if (c.holder.empty() && !c.topic.empty()) c.holder = possessor;
    }
    {
      std::vector<std::string> words = ContextWords(text, seg, lex, own, clause);
      c.context.reserve(words.size());
      for (const std::string& w : words) c.context.emplace_back(w);
    }
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
    // A bare count in apposition to a person is an age ("Cesar Sayoc, 56,").
    // Set off by commas on both sides ("Anthony LaCalamita, 38, of Troy") it
    // is an age even when a state verb follows in the clause: the
    // apposition closes before the predicate. Right after a person's name
    // (`apposed`) the apposition also closes at the finite verb of the
    // person's clause ("Lopez, 20 was found guilty") or at the next apposed
    // name ("Lopez, 20 and Carrasquillo, 24"); before a preposition ("…, 38
    // after the shooting") it stays open.
    if (c.kind == "count" && c.counted.empty() && (!c.holder.empty() || apposed) && q.value >= 1 &&
        q.value <= 120 && q.value == static_cast<int>(q.value) && own.begin > 0 &&
        seg.tokens[own.begin - 1].span.Of(text) == ",") {
      const int n_tok = static_cast<int>(seg.tokens.size());
      std::string next = own.end < n_tok ? Lowercase(seg.tokens[own.end].span.Of(text)) : "";
      bool closed = next == ",";
      if (apposed && (next == "was" || next == "is" || next == "were" || next == "are" || next == "has" ||
                      next == "had"))
        closed = true;
      if (apposed && (next == "and" || next == "or") && own.end + 1 < n_tok &&
          std::isupper(static_cast<unsigned char>(seg.tokens[own.end + 1].span.Of(text)[0])))
        closed = true;
      if (c.state.empty() || closed) {
        c.kind = "age";
        c.state.clear();
        c.state_word.clear();
        // The person the entity layer did not name there (counted.h).
        if (c.holder.empty()) c.holder = counted.apposed_name;
      }
    }
    // Whose figure it is when nothing at the figure names it: the subject
    // of its verb ("The Nationals have bid $160 million", "Miller is
    // averaging 15.5 points"; claims/frame_what.h). Not an age (its holder
    // is the person named at it), not a magnitude (the quake's), and not a
    // bare count, a count in a state, or a count of people, animals,
    // things or messages (WordNet's kinds in nouns.tsv): those are the
    // event's participants and objects, and its agent is named many ways
    // ("the Navy confiscated 14 rifles", "INS Sukanya seized 14 rifles";
    // "police arrested five men"). A count of what the subject achieves or
    // does ("13 homers", "two contract extensions") is the subject's. A
    // figure joined to the one before it ("an eight-year, $160 million
    // offer", "13 homers and 43 RBIs", "the Orioles (seven years, $150
    // million)") shares that figure's holder.
    bool subject_held = false;
    if (c.holder.empty() && c.kind != "age" && c.kind != "magnitude" &&
        !(c.kind == "count" && (c.counted.empty() || !c.state.empty() ||
                                lex.NounKind(c.counted_lemma) != '\0'))) {
      if (!out.empty() && last_subject_held && last_own_end >= 0 &&
          JoinedAfter(text, seg, last_own_end, own.begin)) {
        c.holder = out.back().holder;
      } else {
        c.holder = FindSubjectHolder(text, seg, lex, in.entities, own, clause);
      }
    }
    subject_held = !c.holder.empty() && c.kind != "age";
    last_subject_held = subject_held;
    last_own_end = std::max(own.end, counted_end);
    // A named person's age is the person's wherever the sentence puts them
    // ("Tara Reid, 33, has entered a clinic in Malibu"): a place would split
    // it from the same age told without one.
    if (c.kind == "age" && !c.holder.empty()) {
      c.place.clear();
      c.place_kind.clear();
      c.place_text.clear();
      c.place_named = false;
    }
    // Figures that are no measure of the story (claims/claim_filters.h).
    const FilterSite site{text, seg, lex, q, c, own, counted_end, in.times, sentence_span};
    // An age reached with no holder read ("a boy who just turned 6") names
    // no measure of the story: it would join every other holder-less age.
    if (FilterFigure(site) == FigureFilter::kNone && !(turned_age && c.holder.empty())) c.measure = MeasureKey(c);
    out.push_back(std::move(c));
  }

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

  // Restatements within the document (claims/claim_restate.h).
  LinkRestatements(in, lex, &out);
  return out;
}

Json ClaimToJson(const Document& doc, const std::vector<Claim>& cs, size_t i) {
  const Claim& c = cs[i];
  Json j;
  j["id"] = RecordId('c', doc.id, i);
  j["doc"] = doc.id;
  j["quantity"] = RecordId('q', doc.id, c.quantity);
  j["start"] = c.clause.start;
  j["end"] = c.clause.end;
  j["measure"] = JsonStringOrNull(c.measure);
  j["counted"] = JsonStringOrNull(c.counted);
  j["state"] = JsonStringOrNull(c.state);
  j["place"] = JsonStringOrNull(c.place);
  j["speaker"] = JsonStringOrNull(c.speaker);
  j["speaker_role"] = JsonStringOrNull(c.speaker_role);
  j["time"] = JsonStringOrNull(c.time);
  j["as_of"] = JsonStringOrNull(c.as_of);
  j["restates"] = c.restates >= 0 ? Json(RecordId('c', doc.id, c.restates)) : Json(nullptr);
  j["group"] = JsonStringOrNull(c.group);
  j["state_word"] = JsonStringOrNull(c.state_word);
  j["place_kind"] = JsonStringOrNull(c.place_kind);
  j["part_of"] = c.part_of >= 0 ? Json(RecordId('c', doc.id, c.part_of)) : Json(nullptr);
  j["kind"] = c.kind;
  j["qualifiers"] = JsonStringOrNull(c.qualifiers);
  j["holder"] = JsonStringOrNull(c.holder);
  j["topic"] = JsonStringOrNull(c.topic);
  j["predicate"] = JsonStringOrNull(c.predicate);
  j["poll"] = JsonStringOrNull(c.poll);
  j["landmark"] = JsonStringOrNull(c.landmark);
  j["rival"] = JsonStringOrNull(c.rival);
  return j;
}

}  // namespace crosscheck
