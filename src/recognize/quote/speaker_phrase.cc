// Reading a speaker phrase without a parser: the phrase next to a cue,
// either side, with its apposition; and person names in running text.
//
// News attribution puts the speaker right next to the cue verb, so a phrase
// is grown outwards from one head token (speaker_grow.h): leftwards from the
// word before the verb ("…, Pentagon spokesman John Kirby said") or
// rightwards from the word after an inverted verb ("…,” said Paul Lee,
// president, …"), then classified (ClassifyChunk, speaker_classify.cc). A
// head that is neither a capitalised word, a role noun, a plain noun after
// a determiner nor a pronoun means there is no speaker. Apposition pairs a
// name with its description in either order.
#include "recognize/quote/speaker_phrase.h"

#include <string_view>

#include "recognize/quote/cue_frames.h"
#include "recognize/quote/lexicon.h"
#include "recognize/quote/speaker_grow.h"
#include "recognize/quote/speaker_words.h"

namespace crosscheck {

namespace lx = quote_lexicon;
using speaker_words::IsNameToken;
using speaker_words::IsVerbish;
using speaker_words::HeadCandidate;
using speaker_words::IsAcronym;
using speaker_words::SplitPossessiveMark;
using speaker_words::IsNumberToken;
using speaker_words::IsPartyState;
using speaker_words::ExtendLeft;
using speaker_words::ExtendRight;

namespace {

// A person's age in apposition ("Harry Bond, 30,"): one to three digits.
bool IsAge(const TokenView& tv, int i) {
  const std::string_view t = tv.Text(i);
  if (t.empty() || t.size() > 3) return false;
  for (char ch : t)
    if (ch < '0' || ch > '9') return false;
  return true;
}

// "Name, [age,] of Town[, State]," ending at the comma `c`: the person
// named (e = c); kNone otherwise. "of", then only capitalised words, commas
// and abbreviation dots up to `c`.
SpeakerPhrase HometownName(const TokenView& tv, int c, int floor, const std::vector<Entity>& entities) {
  for (int o = c - 2; o - 1 > floor && c - o <= 8; --o) {
    if (tv.Is(o, "of")) {
      if (!tv.Is(o - 1, ",") || !tv.IsCap(o + 1)) break;
      int name_end = o - 1;
      if (name_end - 2 > floor && IsAge(tv, name_end - 1) && tv.Is(name_end - 2, ",")) name_end -= 2;
      SpeakerPhrase name = ParseLeftSpeaker(tv, name_end, floor, entities);
      if (name.ok() && name.kind == SpeakerKind::kPerson && name.e == name_end) {
        name.e = c;
        return name;
      }
      break;
    }
    if (!(tv.IsCap(o) || tv.Is(o, ",") || tv.Is(o, "."))) break;
  }
  return {};
}

}  // namespace

namespace {
// The head of a group before "in"/"of"/… and a place ("organizers in
// Cleveland", "Authorities in Bavaria", "Police in Lyon"): a plural common
// noun, or a noun of organisations ("police", "authorities"); a capital
// counts only where the sentence (or clause after a mark) opens.
bool GroupHead(const TokenView& tv, int i, int floor) {
  if (!tv.IsWord(i)) return false;
  const bool opening = i == floor || (i - 1 >= floor && tv.IsPunct(i - 1));
  if (tv.IsCap(i) && !opening) return false;
  const std::string_view w = tv.Lower(i);
  if (tv.Has(i, lx::kBoundary | lx::kVerbAny | lx::kPronoun | lx::kDeterminer | lx::kTime)) return false;
  // The collective bodies of the lexicon, and the institutions that
  // speak as one ("the military in Kyiv", "officials in Moscow").
  if (tv.Has(i, lx::kOrgNoun) && (lx::IsCollectiveBody(w) || w == "military" || w == "army" || w == "government" ||
                                  w == "officials"))
    return true;
  return w.size() >= 4 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
         (!tv.IsCap(i) || tv.Has(i, lx::kAnonymous | lx::kRole | lx::kOrgNoun));
}
}  // namespace

namespace {
// "protest organizers in Cleveland say", "Authorities in Bavaria, the
// German state, announced": a name at b after a preposition that follows
// a group's head noun is that noun's complement; the group speaks
// ("protest organizers in Cleveland"), not the place. The phrase ends at
// e; kNone when b is no such complement.
SpeakerPhrase GroupBeforePlace(const TokenView& tv, int b, int e, int floor) {
  if (b - 2 < floor || !(tv.Is(b - 1, "in") || tv.Is(b - 1, "of") || tv.Is(b - 1, "at") || tv.Is(b - 1, "from") ||
                         tv.Is(b - 1, "for")) ||
      !GroupHead(tv, b - 2, floor))
    return {};
  int nb = b - 2;
  // Modifiers before the noun, a name among them ("Six Gannett
  // newspapers in New Jersey").
  while (nb - 1 >= floor && b - 2 - nb < 3 && tv.IsWord(nb - 1) &&
         !tv.Has(nb - 1, lx::kBoundary | lx::kVerbAny | lx::kPronoun | lx::kInnerPrep | lx::kDeterminer | lx::kTime) &&
         !IsVerbish(tv.Lower(nb - 1)) && !(tv.IsCap(nb - 1) && (nb - 1 == floor || tv.IsPunct(nb - 2))))
    --nb;
  if (nb - 1 >= floor && tv.Has(nb - 1, lx::kDeterminer)) --nb;
  SpeakerPhrase g;
  g.kind = SpeakerKind::kGroup;
  g.b = g.name_b = nb;
  g.e = g.name_e = e;
  g.text = tv.TextOf(nb, e);
  g.head = std::string(tv.Lower(b - 2));
  g.open_head = true;
  return g;
}
}  // namespace

namespace {
// One word opening the sentence that the tagger did not take for a name
// ("Instead, the businessman …"): an adverb before an apposition, not a
// name with a role.
bool UntaggedOpeningWord(const SpeakerPhrase& p, int floor) {
  return p.ok() && p.entity < 0 && p.e - p.b == 1 && p.b == floor;
}
}  // namespace

SpeakerPhrase ParseLeftSpeaker(const TokenView& tv, int end, int floor, const std::vector<Entity>& entities) {
  SpeakerPhrase none;
  int h = end - 1;
  if (h < floor) return none;
  if (tv.Text(h) == ")") {  // "the Ministry of Defence (MoD) reads"
    int k = h - 1;
    while (k > floor && h - k < 8 && tv.Text(k) != "(") --k;
    if (k <= floor || tv.Text(k) != "(") return none;
    h = k - 1;
    end = k;
  }
  if (!tv.IsWord(h) && tv.Text(h) != ",") return none;
  if (tv.Text(h) != ",") {
    if (tv.Has(h, lx::kPronoun)) return ClassifyChunk(tv, h, h + 1, entities);
    if (!HeadCandidate(tv, h)) return none;
    int b = ExtendLeft(tv, h, floor);
    // "Trump in his announcement speech called …": a preposition and a
    // possessive pronoun after a name open an adjunct between the subject
    // and its verb; the name speaks.
    for (int k = b + 1; k + 1 <= h; ++k) {
      if (!tv.Has(k, lx::kInnerPrep) || !speaker_words::IsPossessivePronoun(tv.Lower(k + 1)) ||
          !IsNameToken(tv, k - 1) || tv.Has(k - 1, lx::kRole))
        continue;
      SpeakerPhrase name = ParseLeftSpeaker(tv, k, floor, entities);
      if (name.ok() && (name.kind == SpeakerKind::kPerson || name.kind == SpeakerKind::kOrg) && name.e == k) {
        name.e = h + 1;
        return name;
      }
      break;
    }
    SpeakerPhrase p = ClassifyChunk(tv, b, h + 1, entities);
    // "Sen. Kristen Gillibrand (D-NY), a supporter of Hillary Clinton's 2016
    // bid for the presidency told …": a description opened by a comma and
    // an article after a person's name and never closed before the cue; the
    // name speaks, the description (its prepositions and possessives
    // included) is its role.
    if (!(p.ok() && p.kind == SpeakerKind::kPerson)) {
      for (int k = b; k - 1 > floor && h - k < 16; --k) {
        if (tv.Is(k - 1, ",")) {
          if (tv.Has(k, lx::kDeterminer)) {
            SpeakerPhrase name = ParseLeftSpeaker(tv, k - 1, floor, entities);
            // (A title before the name is its role until the description.)
            // A named organisation speaks for itself, and a lone capitalised
            // word no recognizer took for a name is a sentence adverb
            // ("Regardless, the State Department said").
            // Nor is one word opening the sentence that the tagger did not
            // take for a name ("Instead, the businessman has insisted").
            const bool opening_word = UntaggedOpeningWord(name, floor);
            // (A name after a preposition is the description's: "a
            // philanthropist from Monsey".)
            const bool own_org = p.kind == SpeakerKind::kOrg && tv.IsCap(h) &&
                                 !(b - 1 > floor && tv.Has(b - 1, lx::kInnerPrep));
            if (name.ok() && name.kind == SpeakerKind::kPerson && !own_org &&
                (name.entity >= 0 || !name.surname_only) && !opening_word &&
                (name.b == floor || tv.IsPunct(name.b - 1) || tv.Has(name.b - 1, lx::kTitle))) {
              name.role = WithoutArticle(tv, k, h + 1);
              name.e = h + 1;
              return name;
            }
          }
          break;
        }
        const int w = k - 1;
        if (SplitPossessiveMark(tv, w) || IsNumberToken(tv, w)) continue;
        if (!tv.IsWord(w) || tv.IsQuoteMark(w) || tv.Has(w, lx::kVerbAny | lx::kPronoun) ||
            (tv.Has(w, lx::kBoundary) && !tv.Has(w, lx::kInnerPrep)))
          break;
      }
    }
    // "Current and former officials who spoke with The Huffington Post
    // said", "executives who have worked with Lachlan Murdoch say": a
    // phrase closing a relative clause is its object; the relative
    // pronoun's antecedent speaks (read left of "who").
    for (int k = b - 1; k > floor && b - k <= 6; --k) {
      if (!tv.IsWord(k) || tv.IsCap(k)) break;
      if (!(tv.Is(k, "who") || tv.Is(k, "that"))) continue;
      if (k == b - 1) break;  // "the people who": no verb between
      SpeakerPhrase head = ParseLeftSpeaker(tv, k, floor, entities);
      if (head.ok() && head.kind != SpeakerKind::kPronoun && head.e == k) {
        head.e = h + 1;
        return head;
      }
      break;
    }
    // "In a brief video message posted to …": a noun phrase after a
    // preposition is no subject.
    // ("even" is a focus adverb: "even a top strategist said".)
    // (A coordinator opens a clause: "But a source close to the probe
    // said".)
    if (p.open_head && b - 1 >= floor && tv.Has(b - 1, lx::kInnerPrep | lx::kBoundary) && !tv.Is(b - 1, "even") &&
        !tv.Is(b - 1, "but") && !tv.Is(b - 1, "and") && !tv.Is(b - 1, "yet"))
      return none;
    if (p.ok() && p.kind != SpeakerKind::kPronoun && p.kind != SpeakerKind::kGroup)
      if (SpeakerPhrase g = GroupBeforePlace(tv, b, h + 1, floor); g.ok()) return g;
    // "Sam Lau, the communications director for the party said": a name
    // opening the clause, a comma, and its description with no closing
    // comma; the name speaks, the description is its role.
    if (p.ok() && p.kind == SpeakerKind::kGroup && tv.Has(b, lx::kDeterminer) && b - 1 > floor &&
        tv.Is(b - 1, ",")) {
      SpeakerPhrase name = ParseLeftSpeaker(tv, b - 1, floor, entities);
      const bool opening_word = UntaggedOpeningWord(name, floor);
      if (name.ok() && name.kind == SpeakerKind::kPerson && name.role.empty() && !opening_word &&
          (name.b == floor || tv.IsPunct(name.b - 1))) {
        name.role = WithoutArticle(tv, b, h + 1);
        name.e = h + 1;
        return name;
      }
    }
    return p;
  }
  // Apposition: "NP1, NP2, said" with either NP the name.
  int c2 = h;
  // A hometown after a name (AP style), before the cue or before an aside:
  // "Harry Bond, 30, of Raleigh, N.C., said", "Ann Lee, of Dayton, who …,
  // said". The name speaks; the town and state are no speaker.
  if (SpeakerPhrase name = HometownName(tv, c2, floor, entities); name.ok()) return name;
  int c1 = -1;
  // (A description with a relative clause may run long: "Rich Heffley, a
  // top … operative who played a major role in … and is now running …,
  // said".)
  for (int k = c2 - 1; k >= floor && c2 - k < 40; --k) {
    if (tv.Text(k) == ",") { c1 = k; break; }
    if (SplitPossessiveMark(tv, k)) continue;  // "Jeff Weaver, Sanders’ campaign manager, said"
    if (tv.Text(k) == "." && k == c2 - 1 && k > floor && tv.SpanOf(k - 1).end == tv.SpanOf(k).start) continue;  // "R-Ky.,"
    if (tv.Text(k) == "." && k > floor && k + 1 < c2 && tv.SpanOf(k - 1).end == tv.SpanOf(k).start &&
        tv.SpanOf(k).end == tv.SpanOf(k + 1).start)
      continue;  // a dot inside an abbreviation: "R-S.C.,"
    if (tv.IsQuoteMark(k) || tv.Text(k) == "." ) break;
  }
  // "Rachel Berg, a philanthropist from Monsey, New York, said": a state
  // or country after a town closes no apposition; the description before
  // it, town included, belongs to the name before.
  if (c1 > floor + 2 && c2 - c1 >= 2 && c2 - c1 <= 4 && tv.IsCap(c1 - 1)) {
    bool place = true;
    for (int k = c1 + 1; k < c2 && place; ++k) place = (tv.IsWord(k) && tv.IsCap(k)) || tv.Is(k, ".");
    for (int o = c1 - 2; place && o > floor && c1 - o <= 4; --o) {
      if (tv.Is(o, "from") || tv.Is(o, "of") || tv.Is(o, "in")) {
        // The description opens at a comma and an article before the
        // preposition; the name before that comma speaks.
        for (int k = o - 1; k - 1 > floor && o - k < 12; --k) {
          if (!tv.Is(k - 1, ",")) {
            if (!tv.IsWord(k - 1) || tv.Has(k - 1, lx::kVerbAny | lx::kPronoun)) break;
            continue;
          }
          if (!tv.Has(k, lx::kDeterminer)) break;
          SpeakerPhrase name = ParseLeftSpeaker(tv, k - 1, floor, entities);
          if (name.ok() && name.kind == SpeakerKind::kPerson && (name.b == floor || tv.IsPunct(name.b - 1))) {
            name.role = WithoutArticle(tv, k, c1);
            name.e = c2;
            return name;
          }
          break;
        }
        break;
      }
      if (!tv.IsCap(o)) break;
    }
  }
  // "Six Gannett newspapers in New Jersey, including the Asbury Park Press,
  // said": the members listed in the aside are no speaker; the phrase
  // before it is (read whole: the group, not its place).
  if (c1 > floor && c2 - c1 > 2 && (tv.Is(c1 + 1, "including") || (tv.Is(c1 + 1, "such") && tv.Is(c1 + 2, "as")))) {
    SpeakerPhrase whole = ParseLeftSpeaker(tv, c1, floor, entities);
    if (whole.ok() && whole.kind != SpeakerKind::kPronoun) {
      whole.e = c2;
      return whole;
    }
  }
  // "Marco Rubio, whose hometown, Miami, is projected to …, argues": a
  // relative aside holding commas of its own; the person before its ", who"
  // or ", whose" speaks.
  for (int k = c1 - 1; c1 > floor && k > floor && c2 - k < 48; --k) {
    if (tv.IsQuoteMark(k) || tv.Is(k, ".") || tv.Is(k, ";")) break;
    if (!tv.Is(k, ",") || !(tv.Is(k + 1, "who") || tv.Is(k + 1, "whose"))) continue;
    SpeakerPhrase name = ParseLeftSpeaker(tv, k, floor, entities);
    if (name.ok() && name.kind == SpeakerKind::kPerson && name.e == k && (name.b == floor || tv.IsPunct(name.b - 1))) {
      name.e = c2;
      return name;
    }
    break;
  }
  // "John Dunn, who worked for Trump for three years, becoming president
  // …, said": a participle clause continuing a relative aside; the aside
  // opens at the earlier ", who".
  if (c1 > floor && c2 - c1 > 1 && tv.IsWord(c1 + 1) && !tv.IsCap(c1 + 1) && tv.Lower(c1 + 1).size() > 4 &&
      tv.Lower(c1 + 1).ends_with("ing")) {
    for (int k = c1 - 1; k > floor && c1 - k < 24; --k) {
      if (tv.IsQuoteMark(k) || tv.Is(k, ".")) break;
      if (!tv.Is(k, ",")) continue;
      if (tv.Is(k + 1, "who") || tv.Is(k + 1, "whose")) c1 = k;
      break;
    }
  }
  if (c1 > floor && c2 - c1 > 1 && (tv.Is(c1 + 1, "who") || tv.Is(c1 + 1, "whose"))) {
    SpeakerPhrase name = HometownName(tv, c1, floor, entities);
    if (name.ok()) {
      name.e = c2;
      return name;
    }
  }
  // "Clinton, 35, the daughter of …, said": an age between the name and
  // its description belongs to the name; the name ends before it.
  int n1 = c1;
  if (c1 - 2 > floor && IsAge(tv, c1 - 1) && tv.Is(c1 - 2, ",")) n1 = c1 - 2;
  // "A third of independents, 33%, say": a share set off by commas
  // restates the group before it, which speaks.
  const bool share = (c2 - c1 == 2 && tv.Text(c1 + 1).size() > 1 && tv.Text(c1 + 1).back() == '%') ||
                     (c2 - c1 == 3 && IsNumberToken(tv, c1 + 1) && (tv.Is(c1 + 2, "%") || tv.Is(c1 + 2, "percent")));
  if (share && c1 - 1 > floor && c1 - floor <= 8) {
    // The group opens the clause ("A third of independents"): read whole,
    // as written, when no verb or clause word is in it.
    bool phrase = true;
    for (int k = floor; k < c1 && phrase; ++k)
      phrase = tv.IsWord(k) && !tv.Has(k, lx::kVerbAny | lx::kPronoun) &&
               !(tv.Has(k, lx::kBoundary) && !tv.Has(k, lx::kInnerPrep));
    if (phrase) {
      SpeakerPhrase g;
      g.kind = SpeakerKind::kGroup;
      g.b = g.name_b = floor;
      g.name_e = c1;
      g.e = c2;
      g.text = tv.TextOf(floor, c1);
      g.head = std::string(tv.Lower(c1 - 1));
      g.open_head = true;
      return g;
    }
  }
  // "Rep. Elijah Cummings (D-Md.), chair of …, said": a short bracket (a
  // party tag, an acronym) between the name and its description belongs to
  // the name; the name ends before it.
  if (c1 - 1 > floor && tv.Is(c1 - 1, ")")) {
    int o = c1 - 2;
    while (o > floor && c1 - o < 8 && !tv.Is(o, "(")) --o;
    if (o > floor && tv.Is(o, "(")) n1 = o;
  }
  if (c1 < 0 || n1 - 1 < floor || !HeadCandidate(tv, n1 - 1)) return none;
  int b1 = ExtendLeft(tv, n1 - 1, floor);
  SpeakerPhrase p1 = ClassifyChunk(tv, b1, n1, entities);
  if (!p1.ok() || p1.kind == SpeakerKind::kPronoun) return none;
  if (n1 != c1 && p1.kind != SpeakerKind::kPerson) return none;

  if (p1.kind == SpeakerKind::kPerson && IsPartyState(tv, c1 + 1, c2)) {  // "Mitch McConnell, R-Ky., said"
    p1.b = b1;
    p1.e = c2;
    return p1;
  }

  // The middle part: a description, a name, an age or a relative clause.
  SpeakerPhrase p2;
  bool middle_phrase = false;
  if (c2 - 1 > c1 && HeadCandidate(tv, c2 - 1)) {
    int b2 = ExtendLeft(tv, c2 - 1, c1 + 1);
    middle_phrase = b2 == c1 + 1;
    if (middle_phrase) p2 = ClassifyChunk(tv, b2, c2, entities);
  }
  // "in Salem, New Hampshire, Trump went after Bush, calling": a middle
  // part opening with a name that is no phrase is a clause (a subject and
  // its verb), so the commas fence no apposition.
  if (!middle_phrase && c2 - 1 > c1 && IsNameToken(tv, c1 + 1) && !tv.Has(c1 + 1, lx::kTitle)) return none;
  // "… leading up to the convention, forcing her to fend off both, said
  // Brad Bannon": a participle clause after a phrase that does not open
  // the clause fences no apposition ("Smith, speaking on condition of
  // anonymity, said" keeps Smith, who opens it).
  if (!middle_phrase && c1 + 1 < c2 && cue_frames::IsGerund(tv.Lower(c1 + 1)) && !(b1 == floor || tv.IsPunct(b1 - 1))) return none;
  // "…, a state she hoped to carry by a large margin, the race will be
  // tight, said Dan Gerstein": a middle part that an article opens and an
  // auxiliary or a modal follows is a clause too (the cue is inverted, its
  // speaker on the right). A relative or participle aside ("…, who were
  // not surprised, …") opens with no article and stays one.
  if (!middle_phrase && c1 + 2 < c2 && tv.Has(c1 + 1, lx::kDeterminer) && !tv.Is(c1 + 1, "that"))
    for (int k = c1 + 2; k < c2; ++k) {
      if (!tv.IsWord(k) || tv.Has(k, lx::kBoundary | lx::kPronoun)) {
        if (tv.IsWord(k) && !tv.IsCap(k) && cue_frames::IsAuxiliaryOrModal(tv.Lower(k))) return none;
        break;
      }
    }
  SpeakerPhrase out;
  if (p2.ok() && p2.kind == SpeakerKind::kPerson && p1.kind != SpeakerKind::kPerson) {
    out = p2;
    out.role = WithoutArticle(tv, b1, c1);
  } else {
    // "Police in Lyon, the French city, said": the place's apposition; the
    // group before the place speaks (a person named in the middle part,
    // "two members of Congress from Florida, Ann Roe and Al Poe, said",
    // still does).
    if (p1.kind != SpeakerKind::kGroup && n1 == c1 && !(p2.ok() && p2.kind == SpeakerKind::kPerson))
      if (SpeakerPhrase g = GroupBeforePlace(tv, b1, c1, floor); g.ok()) {
        g.e = c2;
        return g;
      }
    out = p1;
    bool describes = c1 + 1 < c2 && (tv.Has(c1 + 1, lx::kDeterminer) || tv.Has(c1 + 1, lx::kRole) ||
                                     tv.IsPossessive(c1 + 1) || tv.IsCap(c1 + 1));
    if (describes && !(p2.ok() && p2.kind == SpeakerKind::kPerson)) out.role = WithoutArticle(tv, c1 + 1, c2);
  }
  // "Jane Doe, the chairwoman of X, an advocacy group, called": the
  // description is itself in apposition to a name opening the clause one
  // comma further left; the name speaks, the description is its role.
  if (out.kind == SpeakerKind::kGroup && tv.Has(b1, lx::kDeterminer) && b1 - 1 > floor && tv.Is(b1 - 1, ",")) {
    SpeakerPhrase name = ParseLeftSpeaker(tv, b1 - 1, floor, entities);
    if (name.ok() && name.kind == SpeakerKind::kPerson && name.role.empty() &&
        (name.b == floor || tv.IsPunct(name.b - 1))) {
      name.role = WithoutArticle(tv, b1, c1);
      name.e = c2;
      return name;
    }
  }
  out.b = b1;
  out.e = c2;
  return out;
}

SpeakerPhrase ParseRightSpeaker(const TokenView& tv, int begin, int ceiling, const std::vector<Entity>& entities) {
  SpeakerPhrase none;
  if (begin >= ceiling || !tv.IsWord(begin)) return none;
  if (tv.Has(begin, lx::kPronoun)) return ClassifyChunk(tv, begin, begin + 1, entities);
  int e = ExtendRight(tv, begin, ceiling);
  if (e <= begin) return none;
  SpeakerPhrase p = ClassifyChunk(tv, begin, e, entities);
  if (!p.ok() || p.kind == SpeakerKind::kPronoun) return none;
  // Apposition after a comma: ", an adviser to …" / ", president, ABC …".
  if (e + 1 < ceiling && tv.Text(e) == ",") {
    int ab = e + 1;
    std::string_view fw = tv.Lower(ab);
    if (tv.IsWord(ab) && !lx::IsPhraseBoundary(fw) && !lx::IsPronoun(fw) &&
        (lx::IsDeterminer(fw) || lx::IsRoleNoun(fw) || tv.IsCap(ab) || lx::IsTitle(fw))) {
      // One or more noun phrases separated by commas, up to the end of the
      // sentence or a relative clause; anything else is no apposition
      // ("according to X, the deal is worth …").
      int ae = ab;
      bool ok = false;
      while (ae < ceiling) {
        int np = ExtendRight(tv, ae, ceiling);
        if (np <= ae) break;
        ae = np;
        if (ae >= ceiling) { ok = true; break; }
        std::string_view w = tv.Lower(ae);
        if (w == "," && ae + 1 < ceiling && tv.IsWord(ae + 1) && !tv.Has(ae + 1, lx::kBoundary) &&
            !tv.Has(ae + 1, lx::kPronoun)) {
          // ", reached out": the apposition closed at this comma and the
          // subject's verb follows.
          // So does a past verb the phrase grammar would read as a noun
          // ("…, the activist and lawyer, endorsed Sanders’ plan").
          if (!tv.IsCap(ae + 1) && (ExtendRight(tv, ae + 1, ceiling) <= ae + 1 ||
                                    cue_frames::PastVerbShape(tv, ae + 1) || tv.Has(ae + 1, lx::kVerbAny))) {
            ok = true;
            break;
          }
          ++ae;
          continue;
        }
        ok = tv.IsPunct(ae) || w == "who" || w == "which";
        break;
      }
      if (!ok) ae = ab;
      while (ae > ab && tv.IsPunct(ae - 1)) --ae;
      SpeakerPhrase a = ClassifyChunk(tv, ab, ae, entities);
      if (a.ok() && a.kind == SpeakerKind::kPerson && p.kind != SpeakerKind::kPerson && !a.surname_only) {
        std::string role = WithoutArticle(tv, begin, e);
        p = a;
        p.role = role;
      } else if (ae > ab) {
        p.role = WithoutArticle(tv, ab, ae);  // a description beats a bare title
      }
      p.b = begin;
      p.e = ae;
    }
  }
  return p;
}

void FindPersonNames(const TokenView& tv, int b, int e, std::vector<std::pair<int, int>>* out) {
  int i = b;
  // "Choosing DeGeneres, …": an opening participle is no first name.
  while (i < e && tv.IsPunct(i)) ++i;
  if (i < e && IsVerbish(tv.Lower(i))) ++i;
  // "Unlike Mike Allen, …": an opening preposition is no given name.
  else if (i + 1 < e && tv.IsCap(i) && lx::IsOpeningPreposition(tv.Lower(i))) ++i;
  while (i < e) {
    if (!IsNameToken(tv, i) || tv.Has(i, lx::kTitle)) { ++i; continue; }
    int j = i;
    bool bad = false;
    while (j < e && IsNameToken(tv, j) && !tv.Has(j, lx::kTitle)) {
      bool poss = tv.IsPossessive(j);
      // Without "'s" the word is the token: its classes are the view's.
      std::string_view lw = poss ? tv.StripPossessive(tv.Lower(j)) : std::string_view();
      if ((poss ? lx::IsOrgOrPlaceHead(lw) || lx::IsGovernmentName(lw) : tv.Has(j, lx::kOrgPlaceHead | lx::kGovernment)) ||
          IsAcronym(tv.Text(j)))
        bad = true;
      ++j;
      if (poss) break;
    }
    // Words before an organisation word belong to it ("Betty Ford Center").
    if (j < e && tv.IsCap(j) && tv.Has(j, lx::kOrgPlaceHead)) bad = true;
    if (!bad && j - i >= 2 && j - i <= 4) out->push_back({i, j});
    i = j;
  }
}

}  // namespace crosscheck
