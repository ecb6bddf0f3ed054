// The state of one figure (claims/claim_state.h).
#include "claims/claim_state.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <string>

#include "claims/frame_what.h"
#include "claims/frame_words.h"
#include "recognize/number/hedge.h"

namespace crosscheck {
using frame_words::In;

namespace {

// The state verb the figure is the object of: "killed 5", "kills 1,
// injures 2", "injuring dozens", "shot to death one person". Determiners
// may stand between.
StateCue ObjectState(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                     TokenRange clause) {
  for (int i = own.begin - 1, steps = 0; i >= clause.begin && steps < 4; --i, ++steps) {
    const Token& t = seg.tokens[i];
    if (t.kind != TokenKind::kWord) break;
    std::string_view w = seg.LowerOf(t.span);
    if (w == "a" || w == "an" || w == "the" || w == "some" || w == "about" || w == "nearly" || w == "death" ||
        w == "to" || w == "dead")
      continue;
    // An action wanted or about to happen is not the figure's state: "in
    // rescuing the 2,000 people", "to evacuate 46", "for killing".
    if (i > clause.begin) {
      std::string_view prev = seg.LowerOf(seg.tokens[i - 1].span);
      // But a participle's "of" reports the act: "suspected of shooting
      // three people", "accused of killing 5", "guilty of".
      bool reported = false;
      if (prev == "of" && i - 1 > clause.begin && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) {
        std::string_view head = seg.LowerOf(seg.tokens[i - 2].span);
        reported = head == "guilty" || (head.size() > 4 && head.compare(head.size() - 2, 2, "ed") == 0);
      }
      if (!reported && (prev == "to" || prev == "in" || prev == "for" || prev == "of" || prev == "by" || prev == "on" ||
          prev == "after" || prev == "before" || prev == "without" || prev == "would" || prev == "will" ||
          prev == "could" || prev == "might" || prev == "may" || prev == "can"))
        break;
    }
    if (RemainingPicksOutTheRest(text, seg, i)) break;
    // "shot to death", "shot dead": killed.
    std::string_view next = i + 1 < own.begin ? seg.LowerOf(seg.tokens[i + 1].span) : "";
    std::string cls = lex.StateOf(w);
    if (!cls.empty() && (next == "to" || next == "dead") && (cls == "shot" || cls == "injured")) cls = "killed";
    if (!cls.empty()) return {cls, std::string(t.span.Of(text)), t.span};
    if (i > clause.begin) {
      std::string two = lex.StateOf(seg.tokens[i - 1].span.Of(text), t.span.Of(text));
      if (!two.empty()) {
        Span s{seg.tokens[i - 1].span.start, t.span.end};
        return {two, std::string(s.Of(text)), s};
      }
    }
    break;
  }
  return {};
}

// A state adjective right after a noun phrase, -ly adverbs skipped: the
// predicate of a causative verb ("left 40 people dead", "left 3 critically
// injured"). Tokens [from, end).
StateCue PredicateState(std::string_view text, const Segmentation& seg, const Lexicon& lex, int from, int end) {
  for (int i = from; i < end && i < from + 3; ++i) {
    const Token& t = seg.tokens[i];
    if (t.kind != TokenKind::kWord) break;
    std::string_view w = seg.LowerOf(t.span);
    if (w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0) continue;  // "critically injured"
    std::string cls = lex.StateOf(w);
    if (!cls.empty() && cls != "evacuated") return {cls, std::string(t.span.Of(text)), t.span};
    break;
  }
  return {};
}

// Whether the state cue starting at token `cue` is said of no one: "No one
// was injured", "nobody was hurt", "none were killed", "no civilians were
// harmed". Auxiliaries and -ly adverbs may stand between the subject and
// the cue. A figure near such a cue is not in its state.
bool SaidOfNoOne(std::string_view text, const Segmentation& seg, int cue) {
  int t = cue - 1;
  for (int steps = 0; t >= 0 && steps < 4; --t, ++steps) {
    if (seg.tokens[t].kind != TokenKind::kWord) return false;
    std::string_view w = seg.LowerOf(seg.tokens[t].span);
    if (w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" || w == "has" ||
        w == "have" || w == "had" || w == "got" || w == "being" || w == "reportedly" ||
        (w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0))
      continue;
    break;
  }
  if (t < 0 || seg.tokens[t].kind != TokenKind::kWord) return false;
  std::string_view subject = seg.LowerOf(seg.tokens[t].span);
  if (subject == "nobody" || subject == "none" || subject == "noone" || subject == "no-one") return true;
  return t >= 1 && seg.LowerOf(seg.tokens[t - 1].span) == "no";
}

// The state the subject noun of a copula or of a verb of reaching a value
// names, when the figure (tokens `own`, hedges skipped) is that verb's
// complement: "fatalities were 66", "the fatality is only one person",
// "deaths stood at 44". The subject is the word right before the verb
// (an adverb may stand between); a noun that implies a state
// (Lexicon::ImpliedState: deaths, fatalities, injuries, arrests …) gives
// it. A cue with an empty cls when there is none.
StateCue SubjectNounState(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                          TokenRange clause) {
  int k = own.begin - 1;
  while (k > clause.begin && seg.tokens[k].kind == TokenKind::kWord &&
         In(seg.LowerOf(seg.tokens[k].span), {"only", "about", "some", "nearly", "almost", "around", "roughly",
                                                "least", "more", "than", "over", "just", "now", "to", "at"}))
    --k;
  if (k <= clause.begin || seg.tokens[k].kind != TokenKind::kWord) return {};
  static const char* kVerbs[] = {"is", "are", "was", "were", "stood", "stands", "stand", "reached", "reaches",
                                 "rose", "rises", "risen", "climbed", "climbs", "totalled", "totaled", "totals",
                                 "numbered", "numbers"};
  const std::string_view verb = seg.LowerOf(seg.tokens[k].span);
  if (std::find(std::begin(kVerbs), std::end(kVerbs), verb) == std::end(kVerbs)) return {};
  int h = k - 1;
  if (h > clause.begin && seg.tokens[h].kind == TokenKind::kWord) {
    const std::string_view w = seg.LowerOf(seg.tokens[h].span);
    if (w.size() > 3 && w.substr(w.size() - 2) == "ly") --h;  // "fatalities now stand", "deaths officially stood"
  }
  if (h < clause.begin || seg.tokens[h].kind != TokenKind::kWord) return {};
  const Token& head = seg.tokens[h];
  const std::string cls = lex.ImpliedState(lex.NounLemma(seg.LowerOf(head.span)));
  if (cls.empty()) return {};
  return {cls, std::string(head.span.Of(text)), head.span};
}

}  // namespace

StateCue ReadStateCue(const StateSite& site) {
  const std::string_view text = site.text;
  const Segmentation& seg = site.seg;
  const Lexicon& lex = site.lex;
  const size_t i = site.index;
  const Quantity& q = site.quantities[i];
  const TokenRange own = site.own, after = site.after, clause = site.clause;
  TokenRange before = site.before;
  const int counted_end = site.counted_end;
  const Span counted_span = site.counted_span;
  const bool whole = site.whole;
  // State: the verb the figure is the object of beats the clause search
  // ("killed 5 and wounded 12": 5 killed, 12 injured).
  StateCue state = FindState(text, seg, lex, own, {own.end, own.end}, {own.begin, own.begin}, counted_span);
  if (state.cls.empty()) state = ObjectState(text, seg, lex, own, {before.begin, own.begin});
  // The object of a causative "leave" is in the state its predicate names
  // ("the quake left 40 people dead", "left three soldiers wounded"); with
  // no such predicate ("left 5,000 residents without power") it is in no
  // state: those who evacuate are the subject of "leave", never its object.
  if (state.cls == "evacuated" && lex.VerbLemma(Lowercase(state.word)) == "leave") {
    state = PredicateState(text, seg, lex, std::max(own.end, counted_end), after.end);
    if (state.cls.empty()) before.begin = before.end;
  }
  // A figure whose noun phrase is followed by a verb of its own that names
  // no state ("250 others injured and more than 800 homes destroyed") has
  // its predicate: it borrows no state from before it.
  if (counted_end < after.end && seg.tokens[counted_end].kind == TokenKind::kWord) {
    std::string_view next = seg.LowerOf(seg.tokens[counted_end].span);
    // A past participle or past form (WordNet's verbs and their irregular
    // forms), not a noun's plural or an "-ing" preposition ("including").
    std::string lemma = lex.VerbLemma(next);
    bool ed = next.size() > 4 && next.compare(next.size() - 2, 2, "ed") == 0;
    bool irregular = lemma != next && next.back() != 's';
    if ((ed || irregular) && lex.IsVerb(lemma) && lex.StateOf(next).empty() && !IsFunctionWord(next))
      before.begin = before.end;
  }
  // A span after "for" counting no one ("stayed for seven seasons",
  // "sheltered there for three winters") says how long the verb before it
  // lasted: that verb's state is its subject's, not the figure's. Counts of
  // people, groups or animals keep it ("searched for 12 missing miners").
  {
    int k = own.begin - 1;
    while (k > clause.begin && seg.tokens[k].kind == TokenKind::kWord &&
           In(seg.LowerOf(seg.tokens[k].span), {"about", "some", "nearly", "almost", "around", "roughly", "least",
                                                  "at", "more", "than", "over", "another", "the", "a", "an"}))
      --k;
    if (k >= clause.begin && seg.LowerOf(seg.tokens[k].span) == "for" && !counted_span.empty()) {
      const std::string lemma = lex.NounLemma(Lowercase(counted_span.Of(text)));
      const char kind = lex.NounKind(lemma);
      if (kind != 'p' && kind != 'g' && kind != 'a' && lex.StateOf(counted_span.Of(text)).empty())
        before.begin = before.end;
    }
  }
  // A count in the "of" of a noun that names a harm done is in that
  // state: "the deaths of three bank workers", "the killing of 5", "the
  // arrest of five men". An evacuation or a rescue "of" a count is as
  // often wanted as done ("to allow for the evacuation of some 200
  // civilians"), and a wanted act is no state: only harms that have
  // happened, and not after a word of purpose.
  // A definite determiner may stand between "of" and the figure: "the
  // bodies of the two hikers", "the arrest of those five men".
  int of_at = own.begin - 1;
  if (of_at > clause.begin && In(seg.LowerOf(seg.tokens[of_at].span), {"the", "those", "these", "all"}))
    --of_at;
  if (state.cls.empty() && of_at >= clause.begin + 1 && seg.LowerOf(seg.tokens[of_at].span) == "of" &&
      seg.tokens[of_at - 1].kind == TokenKind::kWord) {
    const Token& head = seg.tokens[of_at - 1];
    std::string_view w = seg.LowerOf(head.span);
    std::string cls = lex.ImpliedState(lex.NounLemma(w));
    if (cls.empty() && w.size() > 4 && (w.compare(w.size() - 3, 3, "ing") == 0 || w.compare(w.size() - 4, 4, "ings") == 0))
      cls = lex.StateOf(w);  // the act: killing, shooting
    if (cls.empty() && (w == "arrest" || w == "arrests")) cls = lex.StateOf(w);
    bool purpose = false;
    for (int t = of_at - 2; t >= std::max(clause.begin, of_at - 5); --t) {
      std::string_view p = seg.LowerOf(seg.tokens[t].span);
      if (p == "for" || p == "to" || p == "allow" || p == "demand" || p == "prevent" || p == "avoid") purpose = true;
    }
    if (!purpose && (cls == "killed" || cls == "injured" || cls == "shot" || cls == "captured"))
      state = {cls, std::string(head.span.Of(text)), head.span};
  }
  // The complement of a copula or of a verb of reaching a value whose
  // subject is a noun that names a state ("fatalities were 66", "the
  // latest count of the fatality is only one person", "deaths stood at
  // 44"): the subject says what the figure counts.
  if (state.cls.empty() && q.kind == QuantityKind::kCount) state = SubjectNounState(text, seg, lex, own, clause);
  if (state.cls.empty() && !whole) state = FindState(text, seg, lex, own, after, before, counted_span);
  // Those who evacuate are the subject of "leave": a figure in a phrase
  // of the verb after it ("Rubio left the race with 163 delegates", "left
  // office with $2 million") is what the subject left with, in no state.
  if (state.cls == "evacuated" && state.span.end <= q.span.start && lex.VerbLemma(Lowercase(state.word)) == "leave" &&
      own.begin > clause.begin) {
    int b = own.begin - 1;
    while (b > clause.begin && seg.tokens[b].kind == TokenKind::kWord &&
           In(seg.LowerOf(seg.tokens[b].span), {"about", "nearly", "some", "almost", "just", "only", "over",
                                                       "than", "more", "less", "fewer", "least", "at", "roughly"}))
      --b;
    if (In(seg.LowerOf(seg.tokens[b].span), {"with", "without", "for", "after", "in", "on", "at", "by"}))
      state = {};
  }
  // A figure followed by an active state verb that has a figure of its
  // own for object is the agent, not the one in that state: "two quakes
  // killed more than 250 people", "three gunmen shot 12". Its state is
  // the object's.
  if (!state.cls.empty() && state.span.start >= q.span.end && !state.span.empty()) {
    TokenRange cue = TokensIn(seg, state.span);
    int t = cue.end;
    static const char* kLead[] = {"at", "least", "more", "than", "about", "some", "nearly", "an", "a", "the",
                                  "estimated", "over", "around", "up", "to", "almost", "as", "many"};
    for (int steps = 0; t < clause.end && steps < 4; ++t, ++steps) {
      if (seg.tokens[t].kind != TokenKind::kWord) break;
      std::string_view w = seg.LowerOf(seg.tokens[t].span);
      if (std::find(std::begin(kLead), std::end(kLead), w) == std::end(kLead)) break;
    }
    bool object = false;
    if (t < clause.end && !cue.empty()) {
      const uint32_t at = seg.tokens[t].span.start;
      for (size_t k = i + 1; k < site.quantities.size() && site.quantities[k].span.start <= at; ++k)
        if (site.quantities[k].span.start <= at && site.quantities[k].span.end > at) object = true;
    }
    // Not a passive or a reduced relative ("were killed", "killed in"):
    // nothing but the figure's own noun phrase between it and the verb.
    bool passive = false;
    for (int u = std::max(own.end, counted_end); u < cue.begin; ++u) {
      std::string_view w = seg.LowerOf(seg.tokens[u].span);
      if (w == "were" || w == "was" || w == "been" || w == "be" || w == "are" || w == "is" || w == "got") passive = true;
    }
    if (object && !passive) state = {};
  }
  // A gerund after "of", "with" or "for" past the figure names an act its
  // people are accused of, charged with or tried for ("two men accused of
  // killing Horton", "accused in killing", "three charged with shooting",
  // "on trial for tragically killing"): they did it; it is not their state.
  if (!state.cls.empty() && state.span.start >= q.span.end && !state.span.empty()) {
    TokenRange cue = TokensIn(seg, state.span);
    if (!cue.empty() && cue.begin > own.end) {
      std::string_view w = seg.LowerOf(seg.tokens[cue.begin].span);
      int p = cue.begin - 1;
      std::string_view prev = seg.LowerOf(seg.tokens[p].span);
      // An adverb may stand between ("for tragically killing").
      if (prev.size() > 4 && prev.compare(prev.size() - 2, 2, "ly") == 0 && p - 1 >= own.end)
        prev = seg.LowerOf(seg.tokens[--p].span);
      if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 &&
          (prev == "of" || prev == "with" || prev == "for" || prev == "in"))
        state = {};
    }
  }
  // "11 remained in critical condition", "30 are in stable condition":
  // people in a medical condition are the injured (the verb "remain" is
  // no shelter here).
  if (state.cls.empty() || state.cls == "sheltering") {
    const int end = std::max(own.end, counted_end);
    for (int t = end; t + 2 < std::min(end + 7, after.end); ++t) {
      std::string_view in_w = seg.LowerOf(seg.tokens[t].span);
      std::string_view cond = seg.LowerOf(seg.tokens[t + 2].span);
      if (in_w == "in" && (cond == "condition" || cond == "conditions")) {
        std::string_view adj = seg.LowerOf(seg.tokens[t + 1].span);
        if (adj == "critical" || adj == "serious" || adj == "stable" || adj == "fair" || adj == "grave" ||
            adj == "good" || adj == "poor") {
          Span sp{seg.tokens[t + 1].span.start, seg.tokens[t + 2].span.end};
          state = {"injured", std::string(sp.Of(text)), sp};
        }
        break;
      }
    }
  }
  // A state said of no one before the figure ("No one was injured, but
  // several people, including two children, were inside") is no state of
  // the figure.
  if (!state.cls.empty() && !state.span.empty() && state.span.end <= q.span.start) {
    TokenRange cue = TokensIn(seg, state.span);
    if (!cue.empty() && SaidOfNoOne(text, seg, cue.begin)) state = {};
  }
  // An event named before a bare count ("Monday's shooting follows two
  // last week", "the attack was the third in a month"): a gerund or noun
  // of the act after a possessive or a determiner is the event, and the
  // bare count after it counts such events (its noun left out), not
  // people in that state.
  if (!state.cls.empty() && !state.span.empty() && state.span.end <= q.span.start && counted_span.empty()) {
    TokenRange cue = TokensIn(seg, state.span);
    if (cue.end - cue.begin == 1 && cue.begin > clause.begin) {
      const std::string_view w = seg.LowerOf(seg.tokens[cue.begin].span);
      const std::string_view prev = seg.LowerOf(seg.tokens[cue.begin - 1].span);
      const bool act = w.size() > 4 && (w.compare(w.size() - 3, 3, "ing") == 0 || w.compare(w.size() - 4, 4, "ings") == 0);
      auto ends = [&](std::string_view suffix) {
        return prev.size() >= suffix.size() && prev.compare(prev.size() - suffix.size(), suffix.size(), suffix) == 0;
      };
      const bool named = ends("'s") || ends("\xE2\x80\x99s") || prev == "the" || prev == "a" || prev == "this" ||
                         prev == "that" || prev == "another" || prev == "last";
      // The event is the subject of a verb of its own before the figure
      // ("follows", "was"): not "the shooting of two men".
      bool subject = false;
      if (cue.end < own.begin && seg.tokens[cue.end].kind == TokenKind::kWord) {
        const std::string_view next = seg.LowerOf(seg.tokens[cue.end].span);
        subject = next != "of" && (lex.IsVerb(lex.VerbLemma(next)) || next == "is" || next == "was");
      }
      if (act && named && subject) state = {};
    }
  }
  // A noun of refuge owned by a person or a party is a faction, not a
  // shelter: "three senators, all members of the party's conservative
  // camp", "his camp said". Owned by a possessive ('s or his/her) right
  // before the noun or across up to two adjectives.
  if (state.cls == "sheltering" && !state.span.empty()) {
    TokenRange cue = TokensIn(seg, state.span);
    if (cue.end - cue.begin == 1 && lex.NounLemma(seg.LowerOf(seg.tokens[cue.begin].span)) != "shelter") {
      for (int t = cue.begin - 1; t >= clause.begin && t >= cue.begin - 3; --t) {
        if (seg.tokens[t].kind != TokenKind::kWord) break;
        const std::string_view w = seg.LowerOf(seg.tokens[t].span);
        auto ends = [&](std::string_view suffix) {
          return w.size() > suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        if (w == "his" || w == "her" || w == "'s" || w == "\xE2\x80\x99s" || ends("'s") || ends("\xE2\x80\x99s")) {
          state = {};
          break;
        }
        if (w == "the" || w == "a" || w == "an" || IsFunctionWord(w)) break;
      }
    }
  }
  return state;
}

std::string SettleState(const Lexicon& lex, const StateCue& state, bool offspring, Claim* claim) {
  Claim& c = *claim;
  std::string implied = c.counted.empty() ? "" : lex.ImpliedState(c.counted_lemma);
  if (!implied.empty()) {
    c.state = implied;
    c.state_word = c.counted;
  } else {
    c.state = state.cls;
    c.state_word = state.word;
  }
  if (offspring) {  // the verb and its date are the parent's
    c.state.clear();
    c.state_word.clear();
    c.time.clear();
  }
  // A noun of refuge read as the state ("in camps", "in tents", "took
  // shelter") says where people shelter; a count of things there ("bombs
  // fell inside the camp") is in no state.
  char kind = c.counted_lemma.empty() ? 'p' : lex.NounKind(c.counted_lemma);
  if (c.state == "sheltering" && c.group.empty() && kind != 'p' && kind != 'g' && !c.state_word.empty()) {
    std::string_view w = c.state_word;
    if (size_t sp = w.rfind(' '); sp != std::string_view::npos) w = w.substr(sp + 1);
    if (!lex.PlaceKindOf(lex.NounLemma(w)).empty()) {
      c.state.clear();
      c.state_word.clear();
    }
  }
  // Bodily states, flight and shelter are what living things are in: an
  // artifact or a message counted near "killed" ("killed one person …
  // destroyed hundreds of buildings") is not killed, nor are "the
  // remaining three boats" sheltering (WordNet's kind of the noun).
  // So are counts of charges and of occasions ("three counts of vehicular
  // homicide", "fired five times", "five times the legal limit").
  bool occasions = c.counted_lemma == "count" || c.counted_lemma == "charge" || c.counted_lemma == "time" ||
                   c.counted_lemma == "conviction" || c.counted_lemma == "indictment";
  if ((kind == 'a' || kind == 'c' || occasions) && implied.empty() &&
      (c.state == "killed" || c.state == "injured" || c.state == "shot" || c.state == "fighting" ||
       c.state == "displaced" || c.state == "sheltering")) {
    c.state.clear();
    c.state_word.clear();
  }
  // States are what counts of people and things are in; a sum or a length
  // has a verb (the predicate) instead.
  if (c.kind != "count") {
    c.state.clear();
    c.state_word.clear();
  }
  return implied;
}

namespace {
// Merges `added` (sorted by start) into `quantities`, keeping them sorted by
// start and renumbering parts, same_as and change_from.
void MergeAddedQuantities(std::vector<Quantity>&& added, std::vector<Quantity>* quantities) {
  if (added.empty()) return;
  // Merge by start, renumbering the old quantities' references.
  std::vector<Quantity>& old = *quantities;
  std::vector<int> new_index(old.size());
  std::vector<Quantity> merged;
  merged.reserve(old.size() + added.size());
  size_t a = 0;
  for (size_t o = 0; o < old.size(); ++o) {
    while (a < added.size() && added[a].span.start < old[o].span.start) merged.push_back(added[a++]);
    new_index[o] = static_cast<int>(merged.size());
    merged.push_back(std::move(old[o]));
  }
  while (a < added.size()) merged.push_back(added[a++]);
  auto remap = [&](int x) { return x >= 0 && static_cast<size_t>(x) < new_index.size() ? new_index[x] : x; };
  for (Quantity& q : merged) {
    for (int& p : q.parts) p = remap(p);
    q.same_as = remap(q.same_as);
    q.change_from = remap(q.change_from);
  }
  old.swap(merged);
}
}  // namespace

void AddStatedVagueCounts(std::string_view text, const Segmentation& seg, const Lexicon& lex,
                          std::vector<Quantity>* quantities) {
  const HedgeTable& table = HedgeTable::Default();
  const std::vector<Token>& toks = seg.tokens;
  auto word = [&](size_t i) { return seg.LowerOf(toks[i].span); };
  auto is_word = [&](size_t i) { return i < toks.size() && toks[i].kind == TokenKind::kWord; };
  std::vector<Quantity> added;
  size_t qi = 0;  // first quantity that may overlap or follow the token
  for (const Sentence& sent : seg.sentences) {
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      if (!is_word(i)) continue;
      uint32_t pos = toks[i].span.start, e = 0;
      const Hedge* h = table.MatchVagueAt(text, pos, &e);
      if (!h || h->phrase.find("illion") != std::string::npos) continue;
      while (qi < quantities->size() && (*quantities)[qi].span.end <= pos) ++qi;
      if (qi < quantities->size() && (*quantities)[qi].span.start < e) continue;  // inside a figure
      uint32_t last = i;  // the magnitude's last token
      while (last + 1 < sent.token_end && toks[last + 1].span.end <= e) ++last;
      if (toks[last].span.end != e) continue;
      // Before it: "of" or a possessive makes it no head ("in their
      // thousands"); a state verb makes it its object ("killing dozens").
      bool stated = false;
      if (i > sent.token_begin && is_word(i - 1)) {
        std::string_view p = word(i - 1);
        if (p == "of" || p == "their" || p == "its" || p == "our") continue;
        bool verb_form = p.size() > 4 && (p.ends_with("ing") || p.ends_with("ed") || lex.IsIrregularPast(p));
        stated = verb_form && !lex.StateOf(p).empty();
      }
      // After it: a state word, past at most two auxiliaries ("hundreds
      // injured", "dozens were killed", "thousands have fled"); "of" or a
      // noun would have been read by the number layer.
      if (!stated) {
        uint32_t k = last + 1;
        for (int aux = 0; aux < 2 && k < sent.token_end && is_word(k); ++aux) {
          std::string_view w = word(k);
          if (w != "were" && w != "was" && w != "are" && w != "is" && w != "have" && w != "has" && w != "had" &&
              w != "been" && w != "reportedly")
            break;
          ++k;
        }
        if (k < sent.token_end && is_word(k)) {
          std::string_view w = word(k);
          stated = w != "of" && !lex.StateOf(w).empty();
        }
      }
      if (!stated) continue;
      Quantity q;
      q.span = Span{pos, e};
      q.kind = QuantityKind::kCount;
      q.hedge = h->phrase;
      Interval iv = HedgeTable::Apply(h, 0);
      q.low = iv.low ? OptionalDouble(*iv.low) : OptionalDouble();
      q.high = iv.high ? OptionalDouble(*iv.high) : OptionalDouble();
      q.low_inclusive = iv.low_inclusive;
      q.high_inclusive = iv.high_inclusive;
      q.band_low = iv.band_low ? OptionalDouble(*iv.band_low) : OptionalDouble();
      q.band_high = iv.band_high ? OptionalDouble(*iv.band_high) : OptionalDouble();
      q.conservative = iv.conservative ? OptionalDouble(*iv.conservative) : OptionalDouble();
      q.exact = iv.exact;
      q.value = iv.conservative ? *iv.conservative : 0;
      added.push_back(q);
      i = last;
    }
  }
  MergeAddedQuantities(std::move(added), quantities);
}

void AddOccasionCounts(std::string_view text, const Segmentation& seg, std::vector<Quantity>* quantities) {
  const std::vector<Token>& toks = seg.tokens;
  auto word = [&](size_t i) { return seg.LowerOf(toks[i].span); };
  std::vector<Quantity> added;
  size_t qi = 0;
  for (const Sentence& sent : seg.sentences) {
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      if (toks[i].kind != TokenKind::kWord) continue;
      const std::string_view w = word(i);
      const double value = w == "twice" ? 2 : w == "thrice" ? 3 : 0;
      if (value == 0) continue;
      const uint32_t pos = toks[i].span.start;
      while (qi < quantities->size() && (*quantities)[qi].span.end <= pos) ++qi;
      if (qi < quantities->size() && (*quantities)[qi].span.start < toks[i].span.end) continue;  // inside a figure
      // A multiplier or a rate, no count of occasions: "twice as many",
      // "twice the size", "twice a day", "twice weekly", "twice more",
      // "twice-weekly" (one token for the number layer), "twice what".
      if (i + 1 < sent.token_end) {
        const std::string_view n = word(i + 1);
        if (toks[i + 1].kind == TokenKind::kNumber || n == "-" || n == "as" || n == "the" || n == "that" ||
            n == "this" || n == "a" || n == "an" || n == "per" || n == "its" || n == "their" || n == "his" ||
            n == "her" || n == "our" || n == "my" || n == "your" || n == "what" || n == "more" || n == "less" ||
            n == "over" || n == "daily" || n == "weekly" || n == "monthly" || n == "yearly" || n == "annually" ||
            n == "nightly" || n == "hourly" || n == "every" || n == "each" || n == "than" || n == "likely" ||
            n == "much" || n == "many" || n == "big" || n == "large" || n == "high" || n == "fast")
          continue;
      }
      if (i > sent.token_begin && word(i - 1) == "-") continue;  // "twice-" compounds written apart
      Quantity q;
      q.span = toks[i].span;
      q.kind = QuantityKind::kCount;
      q.value = value;
      q.low = OptionalDouble(value);
      q.high = OptionalDouble(value);
      q.counted = Atom("times");
      q.counted_span = toks[i].span;
      q.counted_phrase = toks[i].span;
      added.push_back(q);
    }
  }
  MergeAddedQuantities(std::move(added), quantities);
}

bool IsPopulationFigure(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                        const Claim& claim) {
  if (claim.kind != "count" || own.begin < 2) return false;
  // Plain counts of people only: "home to 22,000 refugees" counts the
  // refugees sheltering there, "home to tens of thousands of fighters" the
  // fighters, "home to numerous jewelry shops" shops.
  const std::string& n = claim.counted_lemma;
  if (!(n.empty() || n == "people" || n == "person" || n == "resident" || n == "inhabitant" || n == "soul"))
    return false;
  int b = own.begin;
  // Hedges the number layer left outside the figure ("a city of about").
  auto word = [&](int t) { return Lowercase(seg.tokens[t].span.Of(text)); };
  while (b >= 2 && (word(b - 1) == "about" || word(b - 1) == "some" || word(b - 1) == "over" ||
                    word(b - 1) == "nearly" || word(b - 1) == "around" || word(b - 1) == "roughly" ||
                    word(b - 1) == "almost" || word(b - 1) == "more" || word(b - 1) == "than"))
    --b;
  if (b < 2) return false;
  const std::string w1 = word(b - 1), w2 = word(b - 2);
  if (w2 == "home" && (w1 == "to" || w1 == "by" || w1 == "for")) return true;
  if (w1 != "of") return false;
  if (w2 == "population") return true;
  static const std::set<std::string> kPlaces = {"city",     "town",     "village", "island", "country", "nation",
                                                "province", "district", "region",  "state",  "capital", "county",
                                                "metropolis", "municipality", "settlement", "suburb", "hamlet"};
  std::string noun = lex.NounLemma(seg.tokens[b - 2].span.Of(text));
  if (!kPlaces.count(noun)) return false;
  // "a city of", "the town of", "an island of": a determiner or an
  // adjective opens the phrase; a capitalised name right before the noun
  // is fine too ("the Papuan city of").
  return true;
}

}  // namespace crosscheck
