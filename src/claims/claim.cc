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
//
// Each idea has its own file: the windows and the time (claim_window.h),
// the counted noun (counted.h, counted_phrase.h), the state
// (claim_state.h), the qualifiers (claim_qualifiers.h), the holder
// (claim_holder.h), shares and polls (claim_poll.h), magnitudes
// (claim_magnitude.h) and ages read from appositions (claim_age.h).
#include "claims/claim.h"

#include <algorithm>

#include "claims/claim_age.h"
#include "claims/claim_filters.h"
#include "claims/claim_holder.h"
#include "claims/claim_magnitude.h"
#include "claims/claim_measure.h"
#include "claims/claim_poll.h"
#include "claims/claim_qualifiers.h"
#include "claims/claim_restate.h"
#include "claims/claim_state.h"
#include "claims/claim_window.h"
#include "claims/counted.h"
#include "claims/counted_phrase.h"
#include "claims/frame.h"
#include "claims/frame_what.h"
#include "claims/frame_words.h"

namespace crosscheck {

namespace {

// The first token of the first figure after figure i within `range` that
// is followed by "of them", "of those", "of these" or "of whom" (a part of
// what came before), or range.end.
int PartitiveAfter(const ClaimInputs& in, size_t i, TokenRange range) {
  const Segmentation& seg = in.seg;
  for (size_t k = i + 1; k < in.quantities.size(); ++k) {
    const TokenRange t = TokensIn(seg, in.quantities[k].span);
    if (t.begin >= range.end) break;
    if (t.begin < range.begin || t.end + 1 >= range.end) continue;
    if (seg.LowerOf(seg.tokens[t.end].span) == "of" &&
        frame_words::In(seg.LowerOf(seg.tokens[t.end + 1].span), {"them", "those", "these", "whom"}))
      return t.begin;
  }
  return range.end;
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
  // Entities sorted by start (the recognizer's contract); the helpers read
  // the ones near each figure.
  bool last_subject_held = false;  // the figure before has a holder it can share (not an age's)
  int last_own_end = -1;
  // The poll the report names most (FindDocumentPoll), read once.
  DocumentPoll doc_poll;
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
    ReadClaimTime(in, lex, q, window, sentence_span, &c);
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
    const bool offspring = counted.offspring;
    CountedNounAsUnit(q, &c);

    int counted_end = own.end;
    if (!counted_span.empty() && counted_span.start >= q.span.end) counted_end = TokensIn(seg, counted_span).end;
    // Windows: the clause, cut at neighbouring figures that are not parts of
    // this one (for the state) or not at all (for the place after it).
    TokenRange clause = TokensIn(seg, window);
    TokenRange place_after{own.end, clause.end}, place_before{clause.begin, own.begin};
    const NeighbourCut cut = CutAtNeighbours(in, i, c.part_of, window, own, counted_end);
    const TokenRange after = cut.after, before = cut.before;
    const bool whole = cut.whole;
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
    if (c.kind == "duration") DurationPlaceWindows(text, seg, q, own, &place_after, &place_before);
    // A later figure of the clause that takes a part of this one ("killed
    // more than 230,000 people, over 170,000 of them in Aceh") owns the
    // place phrase after it: this figure's place window ends there.
    place_after.end = std::min(place_after.end, PartitiveAfter(in, i, place_after));
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

    ReadClaimQualifiers({in, lex, i, own, counted_end, clause, window, sentence, sentence_span, counted.part, state,
                         !implied.empty()},
                        &c);
    ReadClaimHolder(in, lex, q, own, clause, counted_span, offspring, turned_age, &c);
    c.predicate = FindPredicate(text, seg, lex, own, counted_end, clause);
    ReadSharePredicate(text, seg, lex, own, counted_end, clause, &c);
    ReadClaimPoll(text, seg, lex, sentence, sentence_span, own, &doc_poll, &c);
    ReadCoordinatedNouns(text, seg, lex, q, own, clause, counted_span, &c);
    int after_figure = std::max(own.end, counted_end);
    if (c.kind == "length") c.landmark = FindLandmark(text, seg, after_figure, clause);
    if (c.kind == "length" && c.landmark.empty())
      c.landmark = ApposedLandmark(text, seg, in.entities, own, after_figure, clause);
    if (c.kind != "count" && c.kind != "age") c.topic = FindTopic(text, seg, lex, after_figure, own, clause);
    // A share of a group it names is a share of that group: an infinitive
    // after the group is the share's purpose, not what it is of ("65 percent
    // of the remaining delegates to match her lead" is of delegates).
    if (c.kind == "percent" && !c.counted.empty() && !c.topic.empty() && counted_end > own.end &&
        after_figure + 1 < clause.end && seg.LowerOf(seg.tokens[after_figure].span) == "to" &&
        seg.tokens[after_figure + 1].kind == TokenKind::kWord &&
        lex.IsVerb(lex.VerbLemma(seg.LowerOf(seg.tokens[after_figure + 1].span))))
      c.topic.clear();
    if (modified >= 0) c.topic = lex.NounLemma(seg.tokens[modified].span.Of(text));
    // A place's population ("a city of 160,000 people", "home to 167,000
    // people"): no state, no place of its own (claims/claim_state.h).
    if (IsPopulationFigure(text, seg, lex, own, c)) {
      c.state.clear();
      c.state_word.clear();
      c.predicate.clear();
      c.place.clear();
      c.place_kind.clear();
      c.place_text.clear();
      c.place_named = false;
      c.topic = "population";
      if (c.counted_lemma.empty()) {
        c.counted = "people";
        c.counted_lemma = "people";
        c.group = lex.GroupOf("people");
      }
    }
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
    MarkMagnitude(text, seg, own, clause, &c);
    ReadApposedAge(text, seg, q, own, counted, &c);
    last_subject_held = ReadSubjectHolder(in, lex, own, clause, out, last_subject_held, last_own_end, &c);
    last_own_end = std::max(own.end, counted_end);
    KeepAgeWithItsPerson(&c);
    // Figures that are no measure of the story (claims/claim_filters.h).
    const FilterSite site{text, seg, lex, q, c, own, counted_end, in.times, sentence_span, &in.quantities};
    // An age reached with no holder read ("a boy who just turned 6") names
    // no measure of the story: it would join every other holder-less age.
    if (FilterFigure(site) == FigureFilter::kNone && !(turned_age && c.holder.empty())) c.measure = MeasureKey(c);
    out.push_back(std::move(c));
  }

  RankListedMagnitudes(in, &out);
  PairCoordinatedAges(in, &out);

  // A report's first count of the injured told as slight is its toll
  // (claims/claim_qualifiers.h).
  {
    std::vector<int> sentence_of(out.size(), -1);
    for (size_t k = 0; k < out.size(); ++k)
      if (out[k].quantity >= 0 && out[k].quantity < static_cast<int>(in.quantities.size()))
        sentence_of[k] = in.seg.SentenceAt(in.quantities[out[k].quantity].span.start);
    ReadSlightTolls(sentence_of, &out);
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