// Classifying a speaker phrase (ClassifyChunk, speaker_phrase.h) and the
// text helpers NameText and WithoutArticle.
//
// Classification looks at the phrase's end: a run of capitalised words
// after the last title is a person's name ("Prosecutor | Terry White",
// "ABC Entertainment Group prexy | Paul Lee"), unless the run ends in an
// organisation or place word ("Defense Ministry", "Betty Ford Center") or is
// a state or capital ("Ukraine"). Otherwise the head before the first
// preposition decides: a capitalised organisation, a role or group noun
// kept as written ("a top official with the Azov Regiment"), or any noun
// after a determiner ("the email"). The entity recognizer then may give
// the canonical name (speaker_entity.h).
#include <string>
#include <string_view>

#include "recognize/quote/lexicon.h"
#include "recognize/quote/speaker_entity.h"
#include "recognize/quote/speaker_phrase.h"
#include "recognize/quote/speaker_words.h"

namespace crosscheck {

namespace lx = quote_lexicon;
using speaker_words::EndsWith;
using speaker_words::IsNameToken;
using speaker_words::IsOpenNoun;
using speaker_words::IsPhrasePrep;
using speaker_words::IsAcronym;
using speaker_words::ApplyEntity;
using speaker_words::OrgEntityAt;
using speaker_words::PersonEntityAt;

std::string NameText(const TokenView& tv, int b, int e) {
  if (e <= b) return "";
  std::string out = tv.TextOf(b, e);
  std::string_view last = tv.Text(e - 1);
  std::string_view stripped = tv.StripPossessive(last);
  out.resize(out.size() - (last.size() - stripped.size()));
  return out;
}

std::string WithoutArticle(const TokenView& tv, int b, int e) {
  while (b < e && (tv.Is(b, "a") || tv.Is(b, "an") || tv.Is(b, "the") || tv.Is(b, "his") || tv.Is(b, "her") ||
                   tv.Is(b, "their") || tv.Is(b, "its") || tv.Is(b, "our")))
    ++b;
  while (e > b && tv.IsPunct(e - 1)) --e;
  return e > b ? tv.TextOf(b, e) : "";
}

SpeakerPhrase ClassifyChunk(const TokenView& tv, int b, int e, const std::vector<Entity>& entities) {
  SpeakerPhrase p;
  while (e > b && tv.IsPunct(e - 1)) --e;
  if (e <= b) return p;
  p.b = b;
  p.e = e;
  std::string_view first = tv.Lower(b);
  // A demonstrative alone ("That's the consensus of experts …, saying …")
  // points at a thing or a fact, never at who speaks.
  if (const std::string_view d = tv.StripPossessive(first);
      e - b == 1 && (d == "that" || d == "this" || d == "these" || d == "those"))
    return p;
  if (e - b == 1 && lx::IsPronoun(first)) {
    p.kind = SpeakerKind::kPronoun;
    p.text = tv.TextOf(b, e);
    p.head = std::string(first);
    p.name_b = b;
    p.name_e = e;
    return p;
  }
  // "Paul D. Ryan of Wisconsin", "Sen. Jane Doe of Ohio", "Jeffrey Lewis of
  // the James Martin Center": a person's full name (two or more name words,
  // no organisation word) before the first "of" is the speaker; what follows
  // says where they are from or whom they work for.
  for (int k = b + 1; k < e - 1; ++k) {
    if (!tv.Is(k, "of")) continue;
    int nb = k, n = 0;
    bool org = false;
    while (nb - 1 >= b && IsNameToken(tv, nb - 1) && !tv.Has(nb - 1, lx::kTitle)) {
      --nb;
      if (tv.IsWord(nb)) ++n;
      const bool initial = tv.Text(nb).size() <= 2;  // "D." of "Paul D. Ryan" is no acronym
      org = org || lx::IsOrgOrPlaceHead(tv.Lower(nb)) || lx::IsGovernmentName(tv.Lower(nb)) ||
            (!initial && IsAcronym(tv.Text(nb)));
    }
    // A lone surname the tagger took for a person counts as a full name
    // ("said Heiserman of the CORE Teachers").
    const bool tagged_person = n == 1 && !org && PersonEntityAt(tv, k - 1, entities);
    if ((n >= 2 || tagged_person) && !org && (nb == b || tv.Has(nb - 1, lx::kTitle) || tv.Has(nb - 1, lx::kRole))) {
      SpeakerPhrase q = ClassifyChunk(tv, b, k, entities);
      if (q.ok() && q.kind == SpeakerKind::kPerson) {
        q.e = e;
        return q;
      }
    }
    break;
  }
  // "Bush's Facebook post", "the campaign's statement": a document owned
  // by a name or a role speaks for its owner (it named the platform or
  // nothing before).
  if (IsDocumentNoun(tv.StripPossessive(tv.Lower(e - 1)))) {
    for (int k = b; k < e - 1; ++k) {
      if (!tv.IsPossessive(k)) continue;
      if (IsNameToken(tv, k) || lx::IsRoleNoun(tv.StripPossessive(tv.Lower(k)))) {
        SpeakerPhrase owner = ClassifyChunk(tv, b, k + 1, entities);
        if (owner.ok() && owner.kind != SpeakerKind::kPronoun) {
          owner.e = e;
          return owner;
        }
      }
      break;  // the first possessive decides
    }
  }
  // A name at the end: capitalised words after the last title.
  int rb = e;
  while (rb > b) {
    int i = rb - 1;
    std::string_view lw = tv.Lower(i);
    bool inner_and = (lw == "and" || lw == "&") && rb < e && i > b && IsNameToken(tv, i - 1);
    if (inner_and) { --rb; continue; }
    // "trade magazine The Hollywood Reporter": a capital The inside a name.
    bool inner_the = tv.Text(i) == "The" && i > b && !tv.IsCap(i - 1) && rb < e;
    if (inner_the) { --rb; continue; }
    if (!IsNameToken(tv, i) || tv.Has(i, lx::kTitle)) break;
    if (tv.IsPossessive(i) && i != e - 1) break;
    --rb;
  }
  if (rb < e && (tv.Is(rb, "and") || tv.Is(rb, "&"))) ++rb;
  if (rb < e) {
    bool org = false;
    int names = 0;
    for (int i = rb; i < e; ++i) {
      std::string_view lw = tv.Lower(i);
      if (lx::IsOrgOrPlaceHead(lw) || lx::IsOrgOrPlaceHead(tv.StripPossessive(lw))) org = true;
      if (tv.IsWord(i) && !(lw == "and")) ++names;
    }
    bool title_before = rb > b && (tv.Has(rb - 1, lx::kTitle) || tv.Has(rb - 1, lx::kRole));
    // "mayor of Lisbon", "a statement from the Red Cross": a complement.
    int before = rb - 1;
    if (before > b && tv.Has(before, lx::kDeterminer)) --before;
    if (before >= b && tv.Has(before, lx::kInnerPrep)) org = true;
    // "a columnist for the tech news site Pando", "the spokesman for
    // Governor Jane Doe": a lower-case role noun and its preposition
    // before the name head the phrase; the name is its complement.
    for (int k = b + 1; k < rb && !org; ++k)
      if (tv.Has(k, lx::kInnerPrep) && !tv.IsCap(k - 1) &&
          (lx::IsRoleNoun(tv.Lower(k - 1)) || lx::IsPersonNoun(tv.Lower(k - 1))))
        org = true;
    std::string_view single = tv.StripPossessive(tv.Lower(rb));
    if (!org && names == 1) {
      if (lx::IsGovernmentName(single) || IsAcronym(tv.Text(rb)) ||
          (!title_before && (EndsWith(single, "ians") || EndsWith(single, "ans") || EndsWith(single, "ese"))))
        org = true;
    }
    // A lone capitalised word joined to a lowercase one is an adjective
    // ("Democratic-leaning states", "Iowa-based"), no name. Read here, per
    // speaker phrase, not per token.
    if (names == 1 && e - rb == 1) {
      const std::string_view t = tv.Text(rb);
      for (size_t h = t.find('-'); h != std::string_view::npos; h = t.find('-', h + 1))
        if (h + 1 < t.size() && t[h + 1] >= 'a' && t[h + 1] <= 'z') return p;
    }
    // "NBC New York estimated …": a name whose first word an organisation
    // entity covers is the organisation's, not a person's (it was the "last
    // person" a later "the manager" fell back to).
    if (!org && names >= 2 && OrgEntityAt(tv, rb, e - 1, entities)) org = true;
    // "Director of Government Affairs Phil Smith", "United Auto Workers
    // Secretary-Treasurer Gary Casteel": a capitalised run that ends in a
    // known given name and a surname, after other capitalised words, is a
    // person with a title before, not an organisation's name.
    if (org && e - rb >= 3 && tv.IsWord(e - 2) && tv.IsWord(e - 1) && tv.IsCap(e - 2) && tv.IsCap(e - 1) &&
        !tv.IsPossessive(e - 2) && tv.Text(e - 2).size() > 2 &&
        (lx::NameGender(tv.TextOf(e - 2, e)) || lx::NameMajorityGender(tv.TextOf(e - 2, e))) &&
        !lx::IsOrgOrPlaceHead(tv.StripPossessive(tv.Lower(e - 1))) && !IsAcronym(tv.Text(e - 1)) &&
        [&] {  // a title or role word before the name ("Director")
          for (int k = rb; k < e - 2; ++k)
            if (tv.Has(k, lx::kTitle | lx::kRole)) return true;
          return false;
        }()) {
      rb = e - 2;
      org = false;
      names = 2;
      title_before = true;
    }
    // "one Republican", "a Democrat", "two Republicans": a party's member
    // counted by a determiner is an unnamed source, no surname. ("the
    // Republican" after "Ben Carson" stays as the text names him: the
    // PolNeAR scorer reads it as a name, see docs/ATTRIBUTION.md.)
    if (!org && names == 1 && e - rb == 1 && rb > b && tv.Has(rb - 1, lx::kDeterminer) && first != "the") {
      const std::string_view party = tv.StripPossessive(tv.Lower(rb));
      if (party == "republican" || party == "republicans" || party == "democrat" || party == "democrats") {
        p.kind = SpeakerKind::kGroup;
        p.text = tv.TextOf(b, e);
        p.head = std::string(party);
        p.name_b = b;
        p.name_e = e;
        p.definite = first == "the";
        p.indefinite = first == "a" || first == "an" || first == "another" || first == "one";
        return p;
      }
    }
    // "Officials were adamant …", "Witnesses said …": a plural role noun
    // alone, capitalised only because it opens the sentence (or a
    // headline), is a group of unnamed sources, not a surname.
    const bool plural_role = names == 1 && e - rb == 1 && rb == b && !tv.IsPossessive(rb) &&
                             tv.Has(rb, lx::kRole) && single.size() > 3 && single.back() == 's' &&
                             single[single.size() - 2] != 's';
    if (!org && !plural_role && (names >= 2 || title_before || rb == b || names == 1)) {
      p.kind = SpeakerKind::kPerson;
      p.name_b = rb;
      p.name_e = e;
      p.text = NameText(tv, rb, e);
      p.surname_only = names == 1;
      // Conjuncts of "Craig Zadan and Neil Meron".
      int cb = rb;
      for (int i = rb; i <= e; ++i) {
        if (i == e || tv.Is(i, "and") || tv.Is(i, "&")) {
          if (i > cb) p.conjuncts.push_back(NameText(tv, cb, i));
          cb = i + 1;
        }
      }
      if (p.conjuncts.size() < 2) p.conjuncts.clear();
      // "Gov. Tom Hale and Mayor Ben Ruiz": a name, "and", then titles
      // before the last name is a pair of titled people, not the last
      // one's role (the pair is no one "he"; the first was lost).
      if (p.conjuncts.empty() && rb - b >= 3) {
        int a = rb - 1;
        while (a > b && tv.IsCap(a) && tv.Has(a, lx::kTitle)) --a;
        if (a < rb - 1 && a > b && tv.Is(a, "and") && tv.IsCap(a - 1) && IsNameToken(tv, a - 1) &&
            !tv.Has(a - 1, lx::kTitle)) {
          int fb = a - 1;
          while (fb - 1 >= b && tv.IsCap(fb - 1) && IsNameToken(tv, fb - 1) && !tv.Has(fb - 1, lx::kTitle)) --fb;
          if (a - fb >= 2) {
            p.conjuncts.push_back(NameText(tv, fb, a));
            p.conjuncts.push_back(p.text);
          }
        }
      }
      if (rb > b) p.role = WithoutArticle(tv, b, rb);
      p.head = std::string(tv.Lower(e - 1));
      ApplyEntity(tv, entities, &p);
      return p;
    }
  }
  // No person name at the end: the head is the word before the first
  // preposition, or the last word.
  int head = e - 1;
  for (int i = b + 1; i < e; ++i) {
    if (IsPhrasePrep(tv, i)) { head = i - 1; break; }
  }
  // "a source close to the probe", "officials familiar with the talks",
  // "people briefed on the plan": an adjective or participle between a
  // person noun and the preposition modifies that noun, which heads.
  if (head < e - 1 && head > b && !tv.IsCap(head) && !tv.Has(head, lx::kRole | lx::kAnonymous) &&
      (tv.Has(head - 1, lx::kRole | lx::kAnonymous) || lx::IsPersonNoun(tv.Lower(head - 1))))
    --head;
  std::string_view hl = tv.Lower(head);
  std::string_view hs = tv.StripPossessive(hl);
  if (IsDocumentNoun(hs) && head + 2 < e && IsPhrasePrep(tv, head + 1)) {
    SpeakerPhrase inner = ClassifyChunk(tv, head + 2, e, entities);
    if (inner.ok() && inner.kind != SpeakerKind::kPronoun) {
      inner.b = b;
      return inner;
    }
  }
  p.head = std::string(hs);
  p.name_b = b;
  p.name_e = e;
  // "Officials in Kyiv said", "Residents of Mariupol said": a capitalised
  // role noun opening the sentence heads a group, not a name (the place
  // after it is a complement, not the speaker).
  // ("Authorities in Bavaria", "Police in Lyon": the collective nouns of
  // the organisation lexicon too, when a complement follows.)
  const bool collective = head + 1 < e && lx::IsCollectiveBody(hs);
  const bool opening_role = head == b && tv.IsCap(b) && lx::IsRoleNoun(hs) && (!lx::IsOrgNoun(hs) || collective) &&
                            !tv.Has(b, lx::kTitle) &&
                            (head + 1 < e || (hs.size() > 3 && hs.back() == 's' && hs[hs.size() - 2] != 's'));
  if (IsNameToken(tv, head) && !opening_role) {
    p.kind = SpeakerKind::kOrg;
    p.text = tv.Is(b, "the") ? tv.TextOf(b + 1, e) : tv.TextOf(b, e);
    // "trade magazine The Hollywood Reporter": the name starts at "The".
    for (int k = b + 1; k + 1 < e; ++k)
      if (tv.Text(k) == "The" && !tv.IsCap(k - 1) && tv.IsCap(k + 1)) {
        if (p.role.empty()) p.role = tv.TextOf(b, k);
        p.text = tv.TextOf(k, e);
        break;
      }
    if (e - b == 1) p.text = NameText(tv, b, e);
  } else if (lx::IsRoleNoun(hs)) {
    p.kind = lx::IsOrgNoun(hs) && !collective ? SpeakerKind::kOrg : SpeakerKind::kGroup;
    p.text = (p.kind == SpeakerKind::kOrg && tv.Is(b, "the")) ? tv.TextOf(b + 1, e) : tv.TextOf(b, e);
    p.definite = first == "the";
    p.indefinite = first == "a" || first == "an" || first == "another" || first == "one";
  } else if (tv.Has(b, lx::kDeterminer) && b < head && IsOpenNoun(tv, head)) {
    // Any noun phrase opened by a determiner: "the email", "a 2008 Clinton
    // veteran", "one user", kept as written.
    p.kind = SpeakerKind::kGroup;
    p.open_head = true;
    p.text = tv.TextOf(b, e);
    p.definite = first == "the" || first == "this" || first == "that";
    p.indefinite = first == "a" || first == "an" || first == "another" || first == "one";
  } else {
    p.kind = SpeakerKind::kNone;
    return p;
  }
  std::string_view last = tv.Text(e - 1);
  size_t cut = last.size() - tv.StripPossessive(last).size();
  if (cut > 0 && p.text.size() > cut && std::string_view(p.text).substr(p.text.size() - cut) == last.substr(last.size() - cut))
    p.text.resize(p.text.size() - cut);  // "the ministry’s count"
  ApplyEntity(tv, entities, &p);
  return p;
}

}  // namespace crosscheck
