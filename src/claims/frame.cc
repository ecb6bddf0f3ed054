// Frame cues around a figure.
//
// State: the lexicon knows single words and two-word phrases ("holed up",
// "take shelter"), in any inflection. A figure's own tokens are searched
// first (an adjective inside the figure: "500 injured troops"), then the
// clause after the figure up to the next figure (English puts the predicate
// after its subject: "200 civilians are taking shelter"), then the clause
// before it, nearest first ("the evacuation of 46 people").
//
//
// Place finding is in frame_place.cc, time finding in frame_time.cc.

#include "claims/frame.h"

#include "claims/frame_what.h"
#include "claims/frame_words.h"
#include "claims/time_value.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace crosscheck {

using namespace frame_words;

TokenRange TokensIn(const Segmentation& seg, Span span) {
  auto first = std::lower_bound(seg.tokens.begin(), seg.tokens.end(), span.start,
                                [](const Token& t, uint32_t off) { return t.span.start < off; });
  TokenRange r;
  r.begin = static_cast<int>(first - seg.tokens.begin());
  r.end = r.begin;
  while (r.end < static_cast<int>(seg.tokens.size()) && seg.tokens[r.end].span.end <= span.end) ++r.end;
  return r;
}

bool RemainingPicksOutTheRest(std::string_view text, const Segmentation& seg, int i) {
  if (i < 0 || i + 1 >= static_cast<int>(seg.tokens.size()) || seg.LowerOf(seg.tokens[i].span) != "remaining")
    return false;
  for (int k = i + 1; k < std::min<int>(i + 6, static_cast<int>(seg.tokens.size())); ++k) {
    if (seg.tokens[k].kind != TokenKind::kWord && seg.tokens[k].kind != TokenKind::kNumber) break;
    if (In(seg.LowerOf(seg.tokens[k].span),
           {"in", "inside", "at", "under", "beneath", "within", "underground", "trapped", "behind"}))
      return false;
  }
  return true;
}

namespace {

// A restrictive relative clause right after a figure's noun phrase ("who",
// "that" or "whose" at `rel`, no comma before it) and the main verb after
// it: "three men who fled the scene were arrested" (were), "two members
// whose names remain unreleased were arrested" (were), "four robbers who
// held up a bank fled" (fled). The clause's own verb group (auxiliaries,
// then one verb: "fled", "were killed", "remain unreleased") comes first;
// the main verb is the next auxiliary or past form after a word that opens
// no phrase (no determiner, no preposition). A comma, a
// conjunction, a subordinator or another relative pronoun ends the look:
// "who fled after police shot a suspect" has no main verb found. Returns
// the main verb's token, or -1.
int MainVerbAfterRelative(std::string_view text, const Segmentation& seg, const Lexicon& lex, int rel, int end) {
  if (rel <= 0 || rel >= end || seg.tokens[rel].kind != TokenKind::kWord) return -1;
  const std::string_view r = seg.tokens[rel].span.Of(text);
  if (r != "who" && r != "that" && r != "whose") return -1;
  if (seg.tokens[rel - 1].kind != TokenKind::kWord) return -1;  // ", who …": set off, not restrictive
  auto aux = [](std::string_view w) {
    return In(w, {"is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been", "being", "can",
                  "could", "may", "might", "must", "should", "did"});
  };
  // An auxiliary, a copula or a past form: a verb a clause can turn on.
  // Gerunds and nouns of a state ("fled fighting", "escaped custody") are
  // the clause's objects.
  auto verb = [&](std::string_view w) {
    if (aux(w) || lex.IsCopula(w) || lex.IsIrregularPast(w)) return true;
    const bool ed = w.size() > 4 && w.substr(w.size() - 2) == "ed";
    return ed && lex.IsVerb(lex.VerbLemma(w));
  };
  int k = rel + 1;
  // "that" opening a clause with a subject pronoun ("told nine jurors that
  // they would …") is a complement, no relative clause of the figure.
  if (r == "that" && k < end && In(seg.LowerOf(seg.tokens[k].span), {"he", "she", "they", "we", "i", "you", "it"}))
    return -1;
  bool group = false, group_done = false;
  int group_end = -1;  // the token after the clause's verb group
  for (; k < end; ++k) {
    const Token& t = seg.tokens[k];
    if (t.kind != TokenKind::kWord) return -1;
    const std::string_view w = seg.LowerOf(t.span);
    if (In(w, {"and", "or", "but", "after", "before", "when", "while", "because", "as", "since", "until", "if",
               "although", "though", "where", "which", "who", "whom", "whose", "that", "than"}))
      return -1;
    const bool v = verb(w);
    if (!group_done) {
      if (v) {
        group = true;
        // An auxiliary or copula keeps the group open ("were killed",
        // "had been shot", "remain unreleased"); any other verb closes it.
        if (!aux(w) && !lex.IsCopula(w)) {
          group_done = true;
          group_end = k + 1;
        }
      } else if (group) {
        group_done = true;  // "remain in custody": the copula's group ends at a non-verb
        group_end = k;
      }
      continue;
    }
    if (!v) continue;
    const std::string_view prev = seg.LowerOf(seg.tokens[k - 1].span);
    if (IsDeterminer(prev) || IsFunctionWord(prev)) continue;
    // Right after the clause's verb only an auxiliary opens the main
    // clause ("who fled were arrested"); a past form there is the clause's
    // own ("who had been missing found shelter" is left alone).
    if (k == group_end && !aux(w) && !lex.IsCopula(w)) continue;
    return k;
  }
  return -1;
}

}  // namespace

StateCue FindState(std::string_view text, const Segmentation& seg, const Lexicon& lex,
                   TokenRange inside, TokenRange after, TokenRange before, Span skip) {
  // Set while the main clause after a relative clause is searched.
  bool main_clause = false;
  auto at = [&](int i, int limit) -> StateCue {
    const Token& t = seg.tokens[i];
    if (t.kind != TokenKind::kWord || skip.Overlaps(t.span)) return {};
    std::string_view w = t.span.Of(text);
    if (i + 1 < limit && seg.tokens[i + 1].kind == TokenKind::kWord) {
      std::string cls = lex.StateOf(w, seg.tokens[i + 1].span.Of(text));
      if (!cls.empty()) {
        Span s{t.span.start, seg.tokens[i + 1].span.end};
        return {cls, std::string(s.Of(text)), s};
      }
    }
    std::string cls = lex.StateOf(w);
    if (cls.empty()) return {};
    // A surname after an initial or a title ("Loretta E. Lynch", "Mr.
    // Hurt", "Dr. Gunn"): a name, no state.
    if (std::isupper(static_cast<unsigned char>(w[0])) && i >= 1) {
      // The word before, its period stripped: "E." or "E" ".", "Mr." or "Mr" ".".
      std::string_view p = seg.tokens[i - 1].span.Of(text);
      bool period = !p.empty() && p.back() == '.';
      if (p == "." && i >= 2 && seg.tokens[i - 1].span.start == seg.tokens[i - 2].span.end)
        p = seg.tokens[i - 2].span.Of(text);
      else if (period)
        p.remove_suffix(1);
      if (period && !p.empty() &&
          ((p.size() == 1 && std::isupper(static_cast<unsigned char>(p[0]))) ||
           In(Lowercase(p), {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt"})))
        return {};
    }
    // A harm that is a goal or a sentence is no state: "sentenced to
    // death", "voted for death", "called for the execution of"; but "beaten
    // to death" (a harm verb before "to") kills. A harm noun that modifies
    // another noun names that noun ("the death penalty", "death threats").
    {
      int p = i - 1;
      while (p >= 0 && seg.tokens[p].kind == TokenKind::kWord && IsDeterminer(seg.LowerOf(seg.tokens[p].span)))
        --p;
      std::string_view pw = p >= 0 ? seg.LowerOf(seg.tokens[p].span) : "";
      std::string_view verb = p > 0 ? seg.LowerOf(seg.tokens[p - 1].span) : "";
      // The frames ("sentenced to", and the harm one is charged with:
      // "charged with murder", "convicted of manslaughter") are the
      // lexicon's overrides (nostate rows).
      if (pw == "for" || (!verb.empty() && !pw.empty() && lex.NoStateAfter(verb, pw))) return {};
      if (i + 1 < limit && seg.tokens[i + 1].kind == TokenKind::kWord &&
          In(seg.LowerOf(seg.tokens[i + 1].span),
             {"penalty", "penalties", "sentence", "sentences", "row", "threat", "threats", "warrant", "warrants"}))
        return {};
      // More generally, a state word that opens a WordNet noun compound
      // modifies its head ("exit polls", "rescue workers", "flight
      // attendants"), unless the head measures the state ("the death toll
      // rose to 20", "the death rate").
      if (i + 1 < limit && seg.tokens[i + 1].kind == TokenKind::kWord) {
        std::string_view next = seg.tokens[i + 1].span.Of(text);
        const std::string head = lex.NounLemma(next);
        if (lex.IsStateCompound(w, next) &&
            !In(head, {"toll", "rate", "count", "tally", "total", "figure", "number"}))
          return {};
        // A verb's bare base form between a count (or a determiner, or
        // "of") and a plural noun of people or groups is a noun modifying
        // that noun, compound or not in WordNet: "12 rescue workers", "the
        // rescue crews", "dozens of arrest teams". Participles ("five
        // injured men", "two dead soldiers") are states and keep them, and
        // so does a harm done to the noun ("the four murder victims").
        const std::string lw = Lowercase(w), lnext = Lowercase(next);
        const char head_kind = lex.NounKind(head);
        const std::string_view prev = i > 0 ? seg.LowerOf(seg.tokens[i - 1].span) : "";
        const bool after_count = i > 0 && (seg.tokens[i - 1].kind == TokenKind::kNumber ||
                                           (i - 1 >= inside.begin && i - 1 < inside.end) ||
                                           IsDeterminer(prev) || prev == "of" ||
                                           (!prev.empty() && std::isdigit(static_cast<unsigned char>(prev[0]))));
        if (after_count && cls != "killed" && cls != "injured" && cls != "shot" && lex.IsVerb(lw) && lex.VerbLemma(lw) == lw && lw.back() != 's' &&
            std::islower(static_cast<unsigned char>(next[0])) && head != lnext && !head.empty() &&
            (head_kind == 'p' || head_kind == 'g') && lex.StateOf(next).empty())
          return {};
      }
    }
    if (RemainingPicksOutTheRest(text, seg, i)) return {};
    // A state verb of a "whose" clause is said of the noun "whose" opens,
    // not of the figure the clause hangs from: "two gang members whose
    // names remain unreleased were arrested" (names remain, the members
    // were arrested), "three men whose brothers were killed". The main
    // verb after the clause (MainVerbAfterRelative) is the figure's.
    for (int p = i - 1; !main_clause && p >= 0 && p >= i - 5; --p) {
      const std::string_view pw = seg.tokens[p].span.Of(text);
      if (pw == "," || pw == ";" || pw == ":" || seg.tokens[p].kind == TokenKind::kNumber) break;
      if (Lowercase(pw) == "whose") return {};
    }
    // "two staff members left to help start a firm": leaving to do
    // something (a purpose infinitive: "to" and a verb's base form that is
    // no noun of place, "to safety") is a departure, not an evacuation.
    if (cls == "evacuated" && lex.VerbLemma(Lowercase(w)) == "leave" && i + 2 < static_cast<int>(seg.tokens.size()) &&
        seg.LowerOf(seg.tokens[i + 1].span) == "to" && seg.tokens[i + 2].kind == TokenKind::kWord) {
      const std::string_view v = seg.LowerOf(seg.tokens[i + 2].span);
      if (lex.IsVerb(v) && lex.VerbLemma(v) == v && lex.PlaceKindOf(lex.NounLemma(v)).empty() && !IsFunctionWord(v))
        return {};
    }
    // "another bruising campaign", "a killing spree", "another “trap”
    // debate", "the evacuation plan": a state word between a determiner
    // (or "another", "any", "every", quote marks allowed between) and a
    // noun that names no person modifies that noun; it is no state of the
    // figure ("the shooting victims", "the injured men" keep it, and so
    // does a head that measures the state: "the death toll").
    {
      auto quote = [&](int k) {
        if (k < 0 || k >= static_cast<int>(seg.tokens.size()) || seg.tokens[k].kind == TokenKind::kWord) return false;
        std::string_view q = seg.tokens[k].span.Of(text);
        return q == "\"" || q == "'" || q == "\xE2\x80\x9C" || q == "\xE2\x80\x9D" || q == "\xE2\x80\x98" ||
               q == "\xE2\x80\x99";
      };
      int d = i - 1;
      while (quote(d)) --d;
      int n = i + 1;
      while (quote(n)) ++n;
      const std::string_view det = d >= 0 ? seg.LowerOf(seg.tokens[d].span) : "";
      // A participle ("bruising", "killing") or a noun form: a word in
      // quote marks, a verb's base form ("trap", "rescue") or a noun of
      // action ("evacuation"). A past participle or an adjective used as a
      // noun ("the apprehended included 12 Somalis", "the dead include")
      // names people and keeps its state.
      const std::string lw = Lowercase(w);
      const bool participle = w.size() > 4 && w.substr(w.size() - 3) == "ing";
      const bool noun_form = d != i - 1 || n != i + 1 || (lex.IsVerb(lw) && lex.VerbLemma(lw) == lw) ||
                             (lw.size() > 5 && lw.substr(lw.size() - 3) == "ion");
      if ((participle || noun_form) && d >= 0 && seg.tokens[d].kind == TokenKind::kWord &&
          (IsDeterminer(det) || In(det, {"another", "any", "every", "each"})) &&
          n < static_cast<int>(seg.tokens.size()) && seg.tokens[n].kind == TokenKind::kWord) {
        std::string_view next = seg.tokens[n].span.Of(text);
        const std::string low = Lowercase(next);
        const std::string head = lex.NounLemma(low);
        const char kind = lex.NounKind(head);
        // After a noun form the next word must be no verb of a clause ("the
        // escape triggered a lockdown": "escape" is its subject).
        const bool verb_next = !participle && ((low.size() > 4 && low.substr(low.size() - 2) == "ed") ||
                                               lex.IsIrregularPast(low) || lex.IsCopula(low));
        if (!verb_next && std::islower(static_cast<unsigned char>(next[0])) && !IsFunctionWord(low) &&
            lex.StateOf(next).empty() &&
            lex.GroupOf(next).empty() && kind != 'p' && kind != 'g' &&
            !In(head, {"toll", "rate", "count", "tally", "total", "figure", "number"}))
          return {};
      }
    }
    // A verb of remaining is a copula: a state its complement names wins
    // ("six people remain missing", "stayed in custody"); alone or before
    // a place it keeps its own ("200 civilians remain in the plant").
    if (lex.IsCopula(w)) {
      for (int j = i + 1; j < limit && j <= i + 3 && seg.tokens[j].kind == TokenKind::kWord; ++j) {
        std::string_view wj = seg.tokens[j].span.Of(text);
        std::string lj = Lowercase(wj);
        if (std::string c = lex.StateOf(wj); !c.empty()) return {c, std::string(wj), seg.tokens[j].span};
        if (!IsFunctionWord(lj) && !IsDeterminer(lj)) break;
      }
    }
    // "stabbed to death", "shot dead": the harm killed.
    if ((cls == "injured" || cls == "shot") && i + 1 < limit) {
      std::string_view n1 = seg.LowerOf(seg.tokens[i + 1].span);
      std::string_view n2 = i + 2 < limit ? seg.LowerOf(seg.tokens[i + 2].span) : "";
      if (n1 == "dead" || (n1 == "to" && n2 == "death")) cls = "killed";
    }
    return {cls, std::string(w), t.span};
  };
  for (int i = inside.begin; i < inside.end; ++i)
    if (StateCue c = at(i, inside.end); !c.cls.empty()) return c;
  // A new clause ("…, but now …", ";") ends the search on either side.
  auto clause_break = [&](int i) {
    std::string_view w = seg.tokens[i].span.Of(text);
    if (w == ";" || w == "but" || w == "although" || w == "whereas" || w == "though") return true;
    // "gathered at the site where the boy was shot": a clause of "where"
    // has a subject of its own; its verb says that subject's state.
    if (w == "where") return true;
    // ", who died in 2006": a relative clause set off after another noun
    // than the figure's says that noun's state ("whose 2,507 members had to
    // be approved by the ruler, Saparmurat Niyazov, who died in 2006": the
    // members did not die). After the figure's own noun ("40 people, who
    // were killed") it is the figure's.
    if ((w == "who" || w == "which") && i >= 2 && seg.tokens[i - 1].span.Of(text) == ",") {
      uint32_t figure_end = inside.empty() ? 0 : seg.tokens[inside.end - 1].span.end;
      if (!skip.empty()) figure_end = std::max(figure_end, skip.end);
      if (seg.tokens[i - 2].span.end > figure_end) return true;
    }
    // ", and residents nearby were evacuated": a coordinated clause with a
    // subject of its own (a determiner, a pronoun, a name or a noun of
    // people) states that subject's state, not the figure's.
    if ((w == "and" || w == "while") && i > 0 && seg.tokens[i - 1].span.Of(text) == "," &&
        i + 1 < static_cast<int>(seg.tokens.size()) && seg.tokens[i + 1].kind == TokenKind::kWord) {
      std::string_view n = seg.tokens[i + 1].span.Of(text);
      std::string ln = Lowercase(n);
      const char kind = lex.NounKind(lex.NounLemma(ln));
      return IsDeterminer(ln) || In(ln, {"he", "she", "they", "it", "we", "i", "you", "others"}) ||
             std::isupper(static_cast<unsigned char>(n[0])) || kind == 'p' || kind == 'g';
    }
    return false;
  };
  // A state verb after the figure whose subject is a singular pronoun of
  // its own ("three jurors who were determined …, no matter how many
  // people he killed") is that subject's act, not the figure's state —
  // unless the pronoun follows the figure's noun phrase right away, a
  // relative clause of the figure ("the four people he killed").
  int np_end = after.begin;  // the token after the figure's noun phrase (its counted noun read in)
  while (np_end < after.end && !skip.empty() && seg.tokens[np_end].span.start < skip.end) ++np_end;
  auto pronoun_subject = [&](int i) {
    int k = i - 1;
    while (k > after.begin && seg.tokens[k].kind == TokenKind::kWord &&
           In(seg.LowerOf(seg.tokens[k].span), {"would", "will", "had", "has", "have", "to", "could", "did",
                                                       "then", "also", "allegedly", "reportedly"}))
      --k;
    if (k <= np_end || seg.tokens[k].kind != TokenKind::kWord) return false;
    return In(seg.LowerOf(seg.tokens[k].span), {"he", "she", "i", "you"});
  };
  // A main verb beats the relative clause before it: "three men who fled
  // the scene were arrested" were arrested, "two members whose names remain
  // unreleased were arrested" too. With no state there ("40 people who were
  // killed were buried on Sunday") the relative clause of "who" or "that"
  // still says the figure's state; a "whose" clause never does (above).
  if (const int main_verb = MainVerbAfterRelative(text, seg, lex, np_end, after.end); main_verb >= 0) {
    main_clause = true;
    for (int i = main_verb; i < after.end && !clause_break(i); ++i) {
      if (i + 1 < after.end && seg.LowerOf(seg.tokens[i].span) == "how" &&
          In(seg.LowerOf(seg.tokens[i + 1].span), {"many", "much"}))
        break;
      if (StateCue c = at(i, after.end); !c.cls.empty()) {
        if (pronoun_subject(i)) continue;
        return c;
      }
    }
    main_clause = false;
  }
  for (int i = after.begin; i < after.end && !clause_break(i); ++i) {
    // "asked the three holdouts how many people Nichols would have to
    // kill": an embedded question about another count opens a clause.
    if (i + 1 < after.end && seg.LowerOf(seg.tokens[i].span) == "how" &&
        In(seg.LowerOf(seg.tokens[i + 1].span), {"many", "much"}))
      break;
    if (StateCue c = at(i, after.end); !c.cls.empty()) {
      if (pronoun_subject(i)) continue;
      return c;
    }
  }
  for (int i = before.end - 1; i >= before.begin && !clause_break(i); --i) {
    StateCue c = at(i, before.end);
    if (c.cls.empty()) continue;
    // A state verb in its base form after "to" or a modal, with the figure
    // for object (only determiners and hedges between), is wanted or about
    // to happen ("he meant to kill two more guards", "plans to
    // evacuate 500", "could injure dozens of"): no state of the figure, and
    // none from further back either. A verb with another object ("to leave
    // the facility over the next three days") is left to the rules below.
    if (i > before.begin && c.span.start == seg.tokens[i].span.start) {
      std::string_view w = seg.LowerOf(seg.tokens[i].span);
      std::string_view prev = seg.LowerOf(seg.tokens[i - 1].span);
      bool object = true;
      for (int j = i + 1; j < before.end && object; ++j)
        object = seg.tokens[j].kind == TokenKind::kWord &&
                 In(seg.LowerOf(seg.tokens[j].span),
                    {"a", "an", "the", "some", "about", "nearly", "almost", "more", "than", "at", "least", "up", "to",
                     "as", "many", "another", "all", "over", "around", "roughly", "his", "her", "their"});
      if (object && lex.VerbLemma(w) == w && In(prev, {"to", "would", "will", "could", "might", "may", "can"}))
        return {};
    }
    // A passive state verb whose subject stands before it ("he was shot",
    // "Smith was arrested") is that subject's; a figure in a prepositional
    // phrase after the verb is an agent or a circumstance, not in the state:
    // "he was shot during a confrontation with two plainclothes officers",
    // "was killed in an ambush by 12 gunmen". Fellow sufferers keep it
    // ("was arrested along with two others", "with 20 others").
    if (c.span.start == seg.tokens[i].span.start && i >= 2) {
      int a = i - 1;
      if (a > 0 && seg.LowerOf(seg.tokens[a].span).size() > 4 && seg.LowerOf(seg.tokens[a].span).substr(
                                                                      seg.LowerOf(seg.tokens[a].span).size() - 2) == "ly")
        --a;  // "was fatally shot"
      const std::string_view aux = seg.LowerOf(seg.tokens[a].span);
      const std::string_view subj = a > 0 && seg.tokens[a - 1].kind == TokenKind::kWord
                                        ? seg.tokens[a - 1].span.Of(text)
                                        : std::string_view();
      int j = i + 1;
      while (j < before.end && seg.tokens[j].span.start < c.span.end) ++j;
      const std::string_view prep = j < before.end ? seg.LowerOf(seg.tokens[j].span) : "";
      bool fellow = false;
      for (int k = inside.begin; k < std::min(inside.end + 2, after.end > 0 ? after.end : inside.end + 2) &&
                                 k < static_cast<int>(seg.tokens.size());
           ++k)
        if (In(seg.LowerOf(seg.tokens[k].span), {"other", "others", "more"})) fellow = true;
      const bool named_subject =
          !subj.empty() && (In(Lowercase(subj), {"he", "she", "i", "we", "they", "it"}) ||
                            (std::isupper(static_cast<unsigned char>(subj[0])) && a - 1 > 0 &&
                             seg.tokens[a - 2].span.Of(text) != "."));
      if (In(aux, {"was", "were", "is", "are", "been", "being", "be", "got", "gets", "get"}) && named_subject &&
          In(prep, {"during", "with", "by", "in", "at", "after", "amid", "near", "outside", "inside", "on", "from"}) &&
          !fellow)
        return {};
    }
    // A verb whose object is a name before the figure is that name's state,
    // not the figure's: "X killed Grigoropoulos on Sunday during a clash
    // with around 30 youths" (the youths are not killed).
    int j = i + 1;
    while (j < before.end && seg.tokens[j].span.start < c.span.end) ++j;
    if (j < before.end && seg.tokens[j].kind == TokenKind::kWord) {
      std::string_view o = seg.tokens[j].span.Of(text);
      if (std::isupper(static_cast<unsigned char>(o[0])) && !IsPossessive(o) && !IsCalendarWord(o) &&
          std::islower(static_cast<unsigned char>(c.word[0])))
        return {};
    }
    return c;
  }
  return {};
}

}  // namespace crosscheck
