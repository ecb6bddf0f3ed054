// Reading a speaker phrase without a parser.
//
// News attribution puts the speaker right next to the cue verb, so a phrase
// is grown outwards from one head token: leftwards from the word before the
// verb ("…, Pentagon spokesman John Kirby said") or rightwards from the word
// after an inverted verb ("…,” said Paul Lee, president, …"). A phrase may
// hold capitalised words, determiners, up to four lower-case modifiers, the
// role nouns of the lexicon, prepositions between two nouns ("head of",
// "adviser to", "official with") and "and" between two names or two roles.
// It stops at punctuation, clause words ("that", "because", "was") and other
// cue verbs. A head that is neither a capitalised word, a role noun nor a
// pronoun means there is no speaker.
//
// Classification then looks at the phrase's end: a run of capitalised words
// after the last title is a person's name ("Prosecutor | Terry White",
// "ABC Entertainment Group prexy | Paul Lee"), unless the run ends in an
// organisation or place word ("Defense Ministry", "Betty Ford Center") or is
// a state or capital ("Ukraine"). Otherwise the head before the first
// preposition decides: a capitalised organisation, or a role or group noun
// kept as written ("a top official with the Azov Regiment"). Apposition
// pairs a name with its description in either order.
#include "recognize/quote/speaker_phrase.h"

#include <algorithm>

#include "recognize/quote/lexicon.h"

namespace crosscheck {

namespace lx = quote_lexicon;

namespace {

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

// A capitalised word that can be part of a name (not "The", "But", "In").
bool IsNameToken(const TokenView& tv, int i) {
  if (!tv.IsCap(i)) return false;
  if (tv.Has(i, lx::kGovernment) || tv.Has(i, lx::kTitle)) return true;
  if (tv.Has(i, lx::kDeterminer) || tv.Has(i, lx::kBoundary) || tv.Has(i, lx::kPronoun)) return false;
  if (lx::VerbOf(tv.Classes(i)) != lx::VerbKind::kNone) return false;
  if (tv.Has(i, lx::kTime)) return false;
  return true;
}

bool IsVerbish(std::string_view lw) {
  return (EndsWith(lw, "ed") || EndsWith(lw, "ing")) && lw.size() > 4;
}

bool HeadOk(const TokenView& tv, int i) {
  if (!tv.IsWord(i)) return false;
  return IsNameToken(tv, i) || tv.Has(i, lx::kRole);
}

// A word that may end a speaker phrase: a name, a role noun, or a plain
// lower-case noun whose phrase has its head before a preposition ("the wife
// of one commander at the plant"); ClassifyChunk has the last word.
bool HeadCandidate(const TokenView& tv, int i) {
  if (HeadOk(tv, i)) return true;
  if (!tv.IsWord(i) || tv.IsCap(i)) return false;
  return !tv.Has(i, lx::kBoundary) && !tv.Has(i, lx::kDeterminer) && !tv.Has(i, lx::kPronoun) &&
         lx::VerbOf(tv.Classes(i)) == lx::VerbKind::kNone;
}

// A lower-case word that can head a noun phrase outside the role lexicon
// ("email", "strategist", "narrator"): no function word, verb form,
// adverb in -ly, or participle.
bool IsOpenNoun(const TokenView& tv, int i) {
  if (!tv.IsWord(i) || tv.IsCap(i)) return false;
  if (tv.Has(i, lx::kBoundary | lx::kDeterminer | lx::kPronoun | lx::kTime | lx::kVerbAdverb | lx::kInnerPrep))
    return false;
  if (lx::VerbOf(tv.Classes(i)) != lx::VerbKind::kNone) return false;
  std::string_view lw = tv.StripPossessive(tv.Lower(i));
  // A WordNet speech verb's bare form is often a noun ("the email said",
  // "the document states"); its -s form is the verb ("the senator quips").
  if (lw.size() < 2 || EndsWith(lw, "ly") || IsVerbish(lw) || (EndsWith(lw, "s") && lx::IsOpenSpeechVerb(lw)))
    return false;
  for (char c : lw)
    if (c >= '0' && c <= '9') return false;
  return true;
}

}  // namespace

// Head nouns of documents that carry someone's words: "a statement from X".
bool IsDocumentNoun(std::string_view lw) {
  return lw == "statement" || lw == "report" || lw == "assessment" || lw == "release" || lw == "post" ||
         lw == "video" || lw == "message" || lw == "letter" || lw == "tweet" || lw == "announcement" ||
         lw == "update" || lw == "briefing" || lw == "bulletin";
}

namespace {

// A preposition inside a speaker phrase; "by" counts after a document noun
// ("a statement by the governor").
bool IsPhrasePrep(const TokenView& tv, int i) {
  return tv.Has(i, lx::kInnerPrep) || (i > 0 && tv.Is(i, "by") && IsDocumentNoun(tv.Lower(i - 1)));
}

bool IsAcronym(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w)
    if (!((c >= 'A' && c <= 'Z') || c == '.' || c == '&')) return false;
  return true;
}

// A hyphen glued to a word on each side ("vice-presidential" when the
// tokenizer splits it): part of one word.
bool IsNumberToken(const TokenView& tv, int i) {
  const std::string_view w = tv.Text(i);
  if (w.empty() || w.size() > 12) return false;
  for (char c : w)
    if (!(c >= '0' && c <= '9')) return false;
  return true;
}

bool GluedHyphen(const TokenView& tv, int i) {
  return i > 0 && i + 1 < tv.size() && tv.Text(i) == "-" && (tv.IsWord(i - 1) || IsNumberToken(tv, i - 1)) &&
         tv.IsWord(i + 1) && tv.SpanOf(i - 1).end == tv.SpanOf(i).start && tv.SpanOf(i).end == tv.SpanOf(i + 1).start;
}

// The apostrophe of a plural or s-final possessive that the tokenizer split
// off ("Sanders’ campaign manager" = [Sanders] [’] [campaign] …): glued to
// a word in s, then a space and a word.
bool SplitPossessiveMark(const TokenView& tv, int i) {
  if (i <= 0 || i + 1 >= tv.size() || !tv.IsQuoteMark(i) || !tv.IsWord(i - 1) || !tv.IsWord(i + 1)) return false;
  const std::string_view m = tv.Text(i);
  if (m != "\xE2\x80\x99" && m != "'") return false;
  const std::string_view w = tv.Lower(i - 1);
  return !w.empty() && w.back() == 's' && tv.SpanOf(i - 1).end == tv.SpanOf(i).start &&
         tv.SpanOf(i).end < tv.SpanOf(i + 1).start;
}

// A party and state after a legislator's name, fenced by commas: "R-Ky.",
// "D-N.Y.", "I-Vt." (tokens [b, e)).
bool IsPartyState(const TokenView& tv, int b, int e) {
  if (e <= b || e - b > 5) return false;
  const std::string_view w = tv.Text(b);
  if (w.size() < 3 || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') || w[1] != '-' || w[2] < 'A' || w[2] > 'Z')
    return false;
  for (int k = b + 1; k < e; ++k)
    if (tv.IsWord(k) ? !tv.IsCap(k) : !(tv.Text(k) == "." || tv.Text(k) == "-")) return false;
  return true;
}

// Grows a phrase leftwards from head h (included); returns its first token.
int ExtendLeft(const TokenView& tv, int h, int floor) {
  int b = h;
  int mods = 0;
  int i = h - 1;
  while (i >= floor && h - i < 16) {
    std::string_view lw = tv.Lower(i);
    if (GluedHyphen(tv, i) && i - 1 >= floor) { b = --i; --i; continue; }  // "vice-presidential", "look-alike"
    if (SplitPossessiveMark(tv, i) && i - 1 >= floor && IsNameToken(tv, i - 1)) {  // "Sanders’ campaign manager"
      b = i - 1;
      i -= 2;
      continue;
    }
    // A number after a determiner is a modifier: "a 2008 campaign aide".
    if (IsNumberToken(tv, i) && i - 1 >= floor && tv.Has(i - 1, lx::kDeterminer)) { b = i--; continue; }
    if (!tv.IsWord(i)) break;
    if (IsNameToken(tv, i)) { b = i--; continue; }
    if (tv.Has(i, lx::kDeterminer)) {
      b = i;
      if (tv.Text(i) == "The" && i - 1 >= floor && tv.IsWord(i - 1) && !tv.IsCap(i - 1) &&
          !tv.Has(i - 1, lx::kBoundary | lx::kDeterminer | lx::kInnerPrep)) {
        --i;
        continue;
      }
      if (i - 1 >= floor && tv.Has(i - 1, lx::kDeterminer)) { --i; continue; }  // "a top official"
      if (i - 2 >= floor && tv.Has(i - 1, lx::kInnerPrep) &&
          (IsNameToken(tv, i - 2) || tv.Has(i - 2, lx::kRole))) {
        b = i - 2;
        i -= 3;
        continue;
      }
      break;
    }
    if (tv.Has(i, lx::kInnerPrep)) {
      if (i - 1 >= floor && (IsNameToken(tv, i - 1) || tv.Has(i - 1, lx::kRole))) { b = i--; continue; }
      break;
    }
    if (lw == "and" || lw == "&") {
      bool names = i - 1 >= floor && IsNameToken(tv, i - 1) && IsNameToken(tv, i + 1);
      bool roles = i - 1 >= floor && tv.Has(i - 1, lx::kRole);
      if (names || roles) { b = i--; continue; }
      break;
    }
    if (tv.Has(i, lx::kPronoun) || tv.Has(i, lx::kBoundary) || lx::VerbOf(tv.Classes(i)) != lx::VerbKind::kNone ||
        tv.Has(i, lx::kTime))
      break;
    if (IsVerbish(lw) && !(i - 1 >= floor && tv.Has(i - 1, lx::kDeterminer))) break;
    if (!tv.Has(i, lx::kRole) && ++mods > 4) break;
    b = i--;
  }
  return b;
}

// Grows a phrase rightwards from `begin`; returns one past its last token.
int ExtendRight(const TokenView& tv, int begin, int ceiling) {
  int e = begin;
  int mods = 0;
  bool last_ok = false;  // the last accepted token can end a phrase
  int last_ok_end = begin;
  for (int i = begin; i < ceiling && i - begin < 16; ++i) {
    std::string_view lw = tv.Lower(i);
    // "a 2008 Clinton veteran", "the 46-year-old": a number after the
    // opening determiner, a hyphen inside a word.
    if ((IsNumberToken(tv, i) && i == begin + 1 && tv.Has(begin, lx::kDeterminer)) || (GluedHyphen(tv, i) && i > begin)) {
      e = i + 1;
      last_ok = false;
      continue;
    }
    if (!tv.IsWord(i)) break;
    if (IsNameToken(tv, i) || tv.Has(i, lx::kRole) || tv.Has(i, lx::kTitle)) {
      e = i + 1;
      last_ok = true;
      last_ok_end = e;
      continue;
    }
    if (tv.Has(i, lx::kDeterminer) && (i == begin || tv.Has(i - 1, lx::kInnerPrep))) { e = i + 1; last_ok = false; continue; }
    if (IsPhrasePrep(tv, i) && last_ok && i + 1 < ceiling &&
        (tv.Has(i + 1, lx::kDeterminer) || IsNameToken(tv, i + 1))) {
      e = i + 1;
      last_ok = false;
      continue;
    }
    if ((lw == "and" || lw == "&") && last_ok && i + 1 < ceiling && HeadOk(tv, i + 1)) { e = i + 1; last_ok = false; continue; }
    if (tv.Has(i, lx::kPronoun) || tv.Has(i, lx::kBoundary) || lx::VerbOf(tv.Classes(i)) != lx::VerbKind::kNone ||
        tv.Has(i, lx::kTime) || tv.Has(i, lx::kVerbAdverb))
      break;
    // A participle is a modifier before a noun or name ("said retired
    // neurosurgeon Ben Carson"), else the phrase has ended.
    if (IsVerbish(lw) && !(i > begin && tv.Has(i - 1, lx::kDeterminer)) &&
        !(i + 1 < ceiling && (IsNameToken(tv, i + 1) || tv.Has(i + 1, lx::kRole) || IsOpenNoun(tv, i + 1))))
      break;
    // After a name it is the name's verb: "Mayor Jane Doe | thanked Tom Reyes".
    if (EndsWith(lw, "ed") && lw.size() > 4 && i > begin && IsNameToken(tv, i - 1) && !tv.Has(i - 1, lx::kTitle)) break;
    if (++mods > 4) break;
    e = i + 1;
    // "an assessment from X", "a statement by X": the document's source
    // follows; "a Democratic strategist", "the email": any noun after an
    // opening determiner may be the head (ClassifyChunk decides).
    // Not after a head noun: "the central bank | held rates".
    const bool after_head = i > begin && !tv.IsPossessive(i - 1) && !tv.IsCap(i - 1) &&
                            (tv.Has(i - 1, lx::kRole) || IsOpenNoun(tv, i - 1));
    last_ok = IsDocumentNoun(lw) || (tv.Has(begin, lx::kDeterminer) && !after_head && IsOpenNoun(tv, i));
    if (last_ok && !IsDocumentNoun(lw)) last_ok_end = e;
  }
  (void)e;
  return last_ok_end;
}

int OverlappingEntity(const TokenView& tv, int b, int e, const std::vector<Entity>& entities) {
  if (entities.empty() || e <= b) return -1;
  // The entity must cover the phrase's last word (its head): "Russia" in
  // "Russia’s defence ministry" names no speaker, "Prokopenko" does.
  Span s = tv.SpanOf(e - 1);
  // Entities are sorted by start and never overlap, so their ends are sorted
  // too: the candidates are those starting before s ends, walked back while
  // they still end after s starts (a scan of every entity made long
  // documents quadratic).
  auto it = std::lower_bound(entities.begin(), entities.end(), s.end,
                             [](const Entity& en, uint32_t pos) { return en.span.start < pos; });
  int best = -1;
  while (it != entities.begin()) {
    --it;
    const Entity& en = *it;
    if (en.span.end <= s.start) break;
    if (!en.span.Overlaps(s) || en.type == EntityType::kOther) continue;
    if (best < 0 || en.span.size() >= entities[best].span.size()) best = static_cast<int>(it - entities.begin());
  }
  return best;
}

// True when an organisation entity covers the start of token i and ends
// before token `last` (an entity over the whole name is a person the tagger
// mistyped, which ApplyEntity ignores).
bool OrgEntityAt(const TokenView& tv, int i, int last, const std::vector<Entity>& entities) {
  if (entities.empty()) return false;
  const uint32_t at = tv.SpanOf(i).start;
  auto it = std::upper_bound(entities.begin(), entities.end(), at,
                             [](uint32_t v, const Entity& en) { return v < en.span.start; });
  if (it == entities.begin()) return false;
  --it;
  return it->type == EntityType::kOrganization && it->span.end > at && it->span.end <= tv.SpanOf(last).start;
}

// Uses the entity's canonical name when the entity agrees with the shape of
// the phrase: a person entity for a person name (or a role phrase whose head
// it covers), an organisation or place for an organisation or a name we
// could not tell apart. The text decides the kind; a disagreeing entity is
// ignored, and a name holding a cue word ("Gerashchenko said") is no name.
void ApplyEntity(const TokenView& tv, const std::vector<Entity>& entities, SpeakerPhrase* p) {
  if (p->kind == SpeakerKind::kPronoun || p->name_b < 0 || !p->conjuncts.empty()) return;
  int k = OverlappingEntity(tv, p->name_b, p->name_e, entities);
  if (k < 0) return;
  const Entity& en = entities[k];
  bool person = en.type == EntityType::kPerson;
  if (p->kind == SpeakerKind::kGroup) return;  // "Ukrainian officials", "a soldier": as written
  // A lone capitalised word may be a place speaking for its government
  // ("Kyiv said"); an organisation tag on it is more often a surname.
  if (p->kind == SpeakerKind::kPerson && !person && !(p->surname_only && en.type == EntityType::kLocation)) return;
  if (p->kind == SpeakerKind::kOrg && person) return;
  std::string name = en.name;
  size_t w = 0;
  while (w < name.size()) {  // reject names with a cue word or a trailing title-like word
    size_t sp = name.find(' ', w);
    std::string word = name.substr(w, sp == std::string::npos ? std::string::npos : sp - w);
    for (char& c : word)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (lx::WordClasses(word) & lx::kVerbAny) return;
    if (sp == std::string::npos) break;
    w = sp + 1;
  }
  // A lone surname takes the entity's full name only when the text gave
  // that name before ("Jackson said" after "Jesse Jackson Jr." is not the
  // "Sandra Jackson" named later, whom the tagger may have clustered with
  // it): otherwise the resolver expands it from the names seen so far.
  if (p->kind == SpeakerKind::kPerson && p->surname_only && person && name.find(' ') != std::string::npos) {
    const std::string_view text = tv.text(), surname = tv.StripPossessive(tv.Text(p->name_b));
    const std::string_view given = std::string_view(name).substr(0, name.find(' '));
    const size_t here = tv.SpanOf(p->name_b).start;
    // Most often the full name was given before: nothing to check.
    const bool given_before = text.substr(0, here).find(name) != std::string_view::npos;
    for (size_t at = given_before ? here : text.find(surname); at < here; at = text.find(surname, at + 1)) {
      // The word before an earlier use of the surname: another first name?
      size_t e = at;
      while (e > 0 && text[e - 1] == ' ') --e;
      size_t b = e;
      while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
      const std::string_view before = text.substr(b, e - b);
      if (e == at || before.empty() || before[0] < 'A' || before[0] > 'Z' || before.back() == '.') continue;
      std::string lower(before);
      for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      if (lx::WordClasses(lower) & (lx::kTitle | lx::kRole | lx::kDeterminer | lx::kBoundary)) continue;
      if (before != given) return;  // "Jesse Jackson Jr. … Jackson said": not the tagger's "Sandra Jackson"
    }
  }
  p->entity = k;
  if (!name.empty()) {
    p->text = name;
    p->surname_only = name.find(' ') == std::string::npos && person;
  }
  if (!person && p->kind == SpeakerKind::kPerson) p->kind = SpeakerKind::kOrg;  // a lone word: "Kyiv said"
}

}  // namespace

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
  for (int k = b + 2; k < e - 1; ++k) {
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
    if (n >= 2 && !org && (nb == b || tv.Has(nb - 1, lx::kTitle) || tv.Has(nb - 1, lx::kRole))) {
      SpeakerPhrase q = ClassifyChunk(tv, b, k, entities);
      if (q.ok() && q.kind == SpeakerKind::kPerson) {
        q.e = e;
        return q;
      }
    }
    break;
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
    if (!org && (names >= 2 || title_before || rb == b || names == 1)) {
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
  if (IsNameToken(tv, head)) {
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
    p.kind = lx::IsOrgNoun(hs) ? SpeakerKind::kOrg : SpeakerKind::kGroup;
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
    SpeakerPhrase p = ClassifyChunk(tv, b, h + 1, entities);
    // "In a brief video message posted to …": a noun phrase after a
    // preposition is no subject.
    if (p.open_head && b - 1 >= floor && tv.Has(b - 1, lx::kInnerPrep | lx::kBoundary)) return none;
    // "Sam Lau, the communications director for the party said": a name
    // opening the clause, a comma, and its description with no closing
    // comma; the name speaks, the description is its role.
    if (p.ok() && p.kind == SpeakerKind::kGroup && tv.Has(b, lx::kDeterminer) && b - 1 > floor &&
        tv.Is(b - 1, ",")) {
      SpeakerPhrase name = ParseLeftSpeaker(tv, b - 1, floor, entities);
      if (name.ok() && name.kind == SpeakerKind::kPerson && name.role.empty() &&
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
  int c1 = -1;
  for (int k = c2 - 1; k >= floor && c2 - k < 24; --k) {
    if (tv.Text(k) == ",") { c1 = k; break; }
    if (SplitPossessiveMark(tv, k)) continue;  // "Jeff Weaver, Sanders’ campaign manager, said"
    if (tv.Text(k) == "." && k == c2 - 1 && k > floor && tv.SpanOf(k - 1).end == tv.SpanOf(k).start) continue;  // "R-Ky.,"
    if (tv.Text(k) == "." && k > floor && k + 1 < c2 && tv.SpanOf(k - 1).end == tv.SpanOf(k).start &&
        tv.SpanOf(k).end == tv.SpanOf(k + 1).start)
      continue;  // a dot inside an abbreviation: "R-S.C.,"
    if (tv.IsQuoteMark(k) || tv.Text(k) == "." ) break;
  }
  if (c1 < 0 || c1 - 1 < floor || !HeadCandidate(tv, c1 - 1)) return none;
  int b1 = ExtendLeft(tv, c1 - 1, floor);
  SpeakerPhrase p1 = ClassifyChunk(tv, b1, c1, entities);
  if (!p1.ok() || p1.kind == SpeakerKind::kPronoun) return none;
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
  SpeakerPhrase out;
  if (p2.ok() && p2.kind == SpeakerKind::kPerson && p1.kind != SpeakerKind::kPerson) {
    out = p2;
    out.role = WithoutArticle(tv, b1, c1);
  } else {
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
          if (!tv.IsCap(ae + 1) && ExtendRight(tv, ae + 1, ceiling) <= ae + 1) {
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
  while (i < e) {
    if (!IsNameToken(tv, i) || tv.Has(i, lx::kTitle)) { ++i; continue; }
    int j = i;
    bool bad = false;
    while (j < e && IsNameToken(tv, j) && !tv.Has(j, lx::kTitle)) {
      std::string_view lw = tv.StripPossessive(tv.Lower(j));
      if (lx::IsOrgOrPlaceHead(lw) || lx::IsGovernmentName(lw) || IsAcronym(tv.Text(j))) bad = true;
      bool poss = tv.IsPossessive(j);
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
