// SpeakerContext's memories (resolve.h): the people named so far, found by
// full name or surname (FindPerson), the speakers resolved so far
// (Remember), and what earlier sentences offer a pronoun or a bare cue: the
// topic or subject person of a sentence, the nearest person before a token.
// NoteMentions reads each sentence's names and role phrases into them.

#include "recognize/quote/resolve.h"

#include <algorithm>
#include <charconv>
#include <iterator>

#include "recognize/quote/cue_frames.h"
#include "recognize/quote/cues.h"
#include "recognize/quote/lexicon.h"
#include "recognize/quote/speaker_words.h"

namespace crosscheck {

namespace lx = quote_lexicon;


namespace {

std::string_view FirstWord(std::string_view s) { return s.substr(0, s.find(' ')); }
// The surname: the last word, a generational suffix aside ("Jesse Jackson
// Jr." is found as "Jackson").
std::string_view LastWord(std::string_view s) {
  size_t k = s.rfind(' ');
  if (k != std::string_view::npos) {
    std::string_view w = s.substr(k + 1);
    if (w == "Jr." || w == "Jr" || w == "Sr." || w == "Sr" || w == "II" || w == "III" || w == "IV") {
      s = s.substr(0, k);
      k = s.rfind(' ');
    }
  }
  return k == std::string_view::npos ? s : s.substr(k + 1);
}

// The by_first_last_ key of a name: "first|last".
std::string FirstLastKey(std::string_view name) {
  const std::string_view first = FirstWord(name), last = LastWord(name);
  std::string key;
  key.reserve(first.size() + 1 + last.size());
  key.append(first).push_back('|');
  key.append(last);
  return key;
}

// A title that only a person bears, written before a surname ("Mr.
// Trump", "Sen. Graham", "President Obama").
bool PersonalTitle(std::string_view lw) {
  return lw == "mr." || lw == "mrs." || lw == "ms." || lw == "dr." || lw == "sen." || lw == "rep." || lw == "gov." ||
         lw == "president" || lw == "senator" || lw == "governor" || lw == "speaker" || lw == "representative" ||
         lw == "mayor";
}

// An entity's name without the titles the tagger took into it ("House
// Speaker-to-be Nancy Pelosi", "Sen. Lisa Murkowski"): the person is known
// by the words after them.
std::string WithoutTitles(std::string name) {
  for (;;) {
    const size_t sp = name.find(' ');
    if (sp == std::string::npos) return name;
    std::string first = speaker_words::AsciiLower(std::string_view(name).substr(0, sp));
    if (const size_t h = first.find('-'); h != std::string::npos) first.resize(h);  // "speaker-to-be"
    if (!(lx::WordClasses(first) & lx::kTitle) && first != "house" && first != "senate") return name;
    name.erase(0, sp + 1);
  }
}

// A person entity that is a month name right before a number ("April 1
// interview"): a date the tagger took for a first name.
bool MonthBeforeNumber(const TokenView& tv, const Entity& en) {
  const uint32_t len = en.span.end - en.span.start;  // "May" .. "September"
  if (len < 3 || len > 9) return false;
  const char c = tv.text()[en.span.start];
  if (c != 'J' && c != 'F' && c != 'M' && c != 'A' && c != 'S' && c != 'O' && c != 'N' && c != 'D') return false;
  const int t = tv.TokenAtOrAfter(en.span.start);
  return t < tv.size() && tv.SpanOf(t).end == en.span.end && speaker_words::MonthBeforeNumber(tv, t);
}

// A person name from an entity worth remembering: at most four words, none
// of them a clause word, determiner or cue ("Ellen DeGeneres To Host 86th
// Oscars" is a headline, not a name).
bool PlausibleName(const std::string& name) {
  int words = 0;
  size_t w = 0;
  while (w <= name.size()) {
    size_t sp = name.find(' ', w);
    if (sp == std::string::npos) sp = name.size();
    const std::string_view raw = std::string_view(name).substr(w, sp - w);
    // A capitalised word joined to a lowercase one ("Democratic-leaning",
    // "Iowa-based", "Trump-backed") is an adjective, no name.
    for (size_t h = raw.find('-'); h != std::string_view::npos; h = raw.find('-', h + 1))
      if (h + 1 < raw.size() && raw[h + 1] >= 'a' && raw[h + 1] <= 'z') return false;
    std::string word = speaker_words::AsciiLower(raw);
    ++words;
    if (lx::WordClasses(word) & (lx::kBoundary | lx::kDeterminer | lx::kVerbAny)) return false;
    w = sp + 1;
  }
  return words <= 4;
}

}  // namespace

char SpeakerContext::KnownGender(int k) const {
  const Person& p = persons_[k];
  if (const char g = quote_lexicon::NameGender(p.name)) return g;
  if (const char g = quote_lexicon::RoleGender(p.role)) return g;
  auto it = pronoun_gender_.find(p.name);
  return it != pronoun_gender_.end() ? it->second : 0;
}

int SpeakerContext::FindPerson(const std::string& name, bool surname_only, bool add, int sentence, char gender) {
  int found = -1;
  if (surname_only) {
    auto it = by_last_.find(name);
    // A form of address ranks the namesakes: "Mr. Clinton" after "Bill
    // Clinton and Hillary Clinton" is Bill. A gender the name's first word
    // settles, a role or the text's pronouns gave rules a person out; the
    // majority gender of a first name both sexes bear only ranks ("Mr.
    // Graham" is still "Lindsey Graham" when no other Graham was named).
    auto rank = [&](int k) {
      if (!gender) return 1;
      // A bare surname noted earlier is the same placeholder as the one
      // read now: it outranks no full name ("Bill Taylor" ... "Mr. Taylor").
      const bool bare = persons_[k].name.find(' ') == std::string::npos;
      if (const char g = KnownGender(k)) return g == gender ? (bare ? 1 : 2) : -1;
      const char m = quote_lexicon::NameMajorityGender(persons_[k].name);
      return !m || m == gender ? 1 : 0;
    };
    int found_rank = -2;
    if (it != by_last_.end())
      for (int k : it->second) {
        const int r = rank(k);
        if (r < 0 || r < found_rank) continue;
        if (r > found_rank) {
          found = k;
          found_rank = r;
          continue;
        }
        // A full name beats a lone surname; then the most recent.
        bool full = persons_[k].name.find(' ') != std::string::npos;
        bool found_full = found >= 0 && persons_[found].name.find(' ') != std::string::npos;
        if (found < 0 || (full && !found_full) ||
            (full == found_full && persons_[k].sentence > persons_[found].sentence))
          found = k;
      }
  } else {
    auto it = by_name_.find(name);
    if (it != by_name_.end()) {
      found = it->second;
    } else {
      auto fl = by_first_last_.find(FirstLastKey(name));
      if (fl != by_first_last_.end()) found = fl->second;
    }
  }
  if (found < 0 && add) {
    found = static_cast<int>(persons_.size());
    persons_.push_back(Person{name, "", -1, sentence});
    by_name_.emplace(name, found);
    by_first_last_.emplace(FirstLastKey(name), found);
    by_last_[std::string(LastWord(name))].push_back(found);
  }
  if (found >= 0 && sentence > persons_[found].sentence) persons_[found].sentence = sentence;
  return found;
}

ResolvedSpeaker SpeakerContext::FromPerson(int k, int sentence) const {
  ResolvedSpeaker r;
  r.name = persons_[k].name;
  r.role = persons_[k].role;
  r.entity = persons_[k].entity;
  r.kind = SpeakerKind::kPerson;
  r.sentence = sentence;
  return r;
}

void SpeakerContext::Remember(const ResolvedSpeaker& r) {
  // name US role US head US entity,kind,indefinite,name_b,name_e: built in
  // one buffer (a chain of operator+ made a string per step).
  std::string key;
  key.reserve(r.name.size() + r.role.size() + r.head.size() + 48);
  auto number = [&key](long long v) {
    char buf[24];
    key.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  };
  key.append(r.name).push_back('\x1f');
  key.append(r.role).push_back('\x1f');
  key.append(r.head).push_back('\x1f');
  number(r.entity);
  key.push_back(',');
  number(static_cast<int>(r.kind));
  key.push_back(',');
  key.push_back(r.indefinite ? '1' : '0');
  key.push_back(',');
  number(r.name_b);
  key.push_back(',');
  number(r.name_e);
  history_.push_back(r);
  auto [at, fresh] = history_at_.try_emplace(std::move(key), std::prev(history_.end()));
  if (!fresh) {
    history_.erase(at->second);  // shadowed by the entry just added
    at->second = std::prev(history_.end());
  }
  if (r.kind == SpeakerKind::kPerson) last_person_speaker_ = r;
}

std::optional<ResolvedSpeaker> SpeakerContext::TopicBefore(int s) const {
  const TokenView& tv = tv_;
  for (int p = s - 1; p >= 0 && p >= s - 2; --p) {
    SpeakerPhrase subj = SentenceSubject(tv, tv.SentenceBegin(p), tv.SentenceEnd(p), entities_);
    if (!subj.ok()) {
      // A definite document opening the sentence ("The memo, sent …,
      // warned", "The audit found"), which the subject reader leaves to
      // its source ("a statement by X").
      const int tb = tv.SentenceBegin(p), te = tv.SentenceEnd(p);
      if (tb < te && (tv.Is(tb, "the") || tv.Is(tb, "this")))
        for (int j = tb + 1; j < te && j <= tb + 4 && tv.IsWord(j); ++j) {
          if (!IsDocumentNoun(tv.Lower(j))) continue;
          if (j + 1 < te && (tv.Is(j + 1, "by") || tv.Is(j + 1, "from") || tv.Is(j + 1, "of"))) break;
          ResolvedSpeaker r;
          r.name = tv.TextOf(tb, j + 1);
          r.kind = SpeakerKind::kGroup;
          r.head = std::string(tv.Lower(j));
          r.sentence = p;
          return r;
        }
      continue;
    }
    if (tv.InClosedQuote(subj.b)) continue;
    // An indefinite document that opens the paragraph's last sentence is
    // its topic too ("A letter from the staff union … reflected both
    // concerns. “…,” it said.").
    const bool document = IsDocumentNoun(subj.head);
    if (subj.kind == SpeakerKind::kPerson) return std::nullopt;  // a person is the topic: no "it"
    if (subj.kind != SpeakerKind::kOrg && !document) continue;
    ResolvedSpeaker r;
    r.name = subj.text;
    r.kind = subj.kind;
    r.head = subj.head;
    r.indefinite = subj.indefinite;
    r.sentence = p;
    r.entity = subj.entity;
    return r;
  }
  return std::nullopt;
}

int SpeakerContext::NearestPersonBefore(int s, int before) {
  const TokenView& tv = tv_;
  const int tb = tv.SentenceBegin(s);
  if (before <= tb) return -1;
  if (!entities_.empty()) {
    // The last person entity of the sentence ending before `before`.
    const uint32_t from = tv.SpanOf(tb).start, to = tv.SpanOf(before).start;
    auto it = std::lower_bound(entities_.begin(), entities_.end(), from,
                               [](const Entity& en, uint32_t v) { return en.span.start < v; });
    const Entity* last = nullptr;
    for (; it != entities_.end() && it->span.end <= to; ++it)
      if (it->type == EntityType::kPerson && PlausibleName(WithoutTitles(it->name)) && !MonthBeforeNumber(tv, *it) &&
          !tv.InClosedQuote(tv.TokenAtOrAfter(it->span.start)))
        last = &*it;
    if (!last) return -1;
    std::string name = WithoutTitles(last->name.empty() ? std::string(last->span.Of(tv.text())) : last->name);
    const bool single = name.find(' ') == std::string::npos;
    return FindPerson(name, single, !single, s);
  }
  std::vector<std::pair<int, int>> names;
  FindPersonNames(tv, tb, before, &names);
  for (auto n = names.rbegin(); n != names.rend(); ++n) {
    if (n->second - n->first < 2 || tv.InClosedQuote(n->first)) continue;
    if (n->first > tb && (tv.Is(n->first - 1, "in") || tv.Is(n->first - 1, "at") || tv.Is(n->first - 1, "near")))
      continue;
    // Without entities a name by its shape may be a place ("South
    // Carolina"): only a known person or one whose first name says a gender.
    const std::string name = NameText(tv, n->first, n->second);
    if (by_name_.find(name) == by_name_.end() && !lx::NameGender(name)) continue;
    return FindPerson(name, false, true, s);
  }
  return -1;
}

int SpeakerContext::PersonsNamedBefore(int s, int before) const {
  const TokenView& tv = tv_;
  const int tb = tv.SentenceBegin(s);
  if (before <= tb) return 0;
  int n = 0;
  if (!entities_.empty()) {
    const uint32_t from = tv.SpanOf(tb).start, to = tv.SpanOf(before).start;
    auto it = std::lower_bound(entities_.begin(), entities_.end(), from,
                               [](const Entity& en, uint32_t v) { return en.span.start < v; });
    for (; it != entities_.end() && it->span.end <= to; ++it)
      n += it->type == EntityType::kPerson && !tv.InClosedQuote(tv.TokenAtOrAfter(it->span.start));
    return n;
  }
  std::vector<std::pair<int, int>> names;
  FindPersonNames(tv, tb, before, &names);
  for (const auto& nm : names) n += !tv.InClosedQuote(nm.first);
  return n;
}

std::optional<ResolvedSpeaker> SpeakerContext::CoordinatedPersonsBefore(int s, int before) {
  const TokenView& tv = tv_;
  const int tb = tv.SentenceBegin(s);
  if (before <= tb || entities_.empty()) return std::nullopt;
  const uint32_t from = tv.SpanOf(tb).start, to = tv.SpanOf(before).start;
  auto it = std::lower_bound(entities_.begin(), entities_.end(), from,
                             [](const Entity& en, uint32_t v) { return en.span.start < v; });
  const Entity* prev = nullptr;
  const Entity* first = nullptr;
  const Entity* second = nullptr;
  for (; it != entities_.end() && it->span.end <= to; ++it) {
    if (it->type != EntityType::kPerson || tv.InClosedQuote(tv.TokenAtOrAfter(it->span.start))) {
      prev = nullptr;
      continue;
    }
    if (prev) {
      // Exactly "and" between the two names.
      const int a = tv.TokenAtOrAfter(prev->span.end);
      if (a + 1 < before && tv.Is(a, "and") && tv.TokenAtOrAfter(it->span.start) == a + 1) {
        first = prev;
        second = &*it;
      }
    }
    prev = &*it;
  }
  if (!first) return std::nullopt;
  auto canonical = [&](const Entity& en) {
    const std::string name(WithoutTitles(en.name));
    const bool single = name.find(' ') == std::string::npos;
    const int k = FindPerson(name, single, !single, s);
    return k >= 0 ? persons_[k].name : name;
  };
  ResolvedSpeaker r;
  r.name = canonical(*first) + " and " + canonical(*second);
  r.kind = SpeakerKind::kGroup;
  r.sentence = s;
  return r;
}

bool SpeakerContext::DefiniteRoleBefore(int s, int before) const {
  const TokenView& tv = tv_;
  const int tb = tv.SentenceBegin(s);
  for (int j = tb + 1; j < before; ++j) {
    if (!tv.IsWord(j) || tv.IsCap(j) || tv.InAnyQuote(j) || !tv.Has(j, lx::kRole | lx::kTitle) ||
        lx::IsOrgNoun(tv.Lower(j)))
      continue;
    if (j + 1 < before && tv.IsWord(j + 1) && tv.Has(j + 1, lx::kRole | lx::kTitle)) continue;  // a modifier
    for (int d = j - 1; d >= tb && d >= j - 3; --d)
      if (tv.Is(d, "the")) return true;
  }
  return false;
}

char SpeakerContext::TextGender(int k) {
  const TokenView& tv = tv_;
  int seen = 0, last_s = -1;
  for (auto it = mentions_.rbegin(); it != mentions_.rend() && seen < 3; ++it) {
    if (it->first != k || it->second == last_s) continue;
    const int s = last_s = it->second;
    ++seen;
    for (int i = tv.SentenceBegin(s); i < tv.SentenceEnd(s); ++i) {
      if (tv.InAnyQuote(i)) continue;
      const std::string_view w = tv.Lower(i);
      // An object pronoun names someone other than its clause's subject
      // ("Clinton told AIPAC, referring to the mogul but not naming him"):
      // no evidence of the subject's gender. "her" before a noun is a
      // possessive and is.
      const bool object_her = w == "her" && !(i + 1 < tv.SentenceEnd(s) && tv.IsWord(i + 1) &&
                                               !tv.Has(i + 1, lx::kDeterminer | lx::kInnerPrep | lx::kBoundary));
      if (w == "him" || object_her) continue;
      const char g = (w == "he" || w == "his" || w == "himself")                     ? 'm'
                     : (w == "she" || w == "her" || w == "hers" || w == "herself") ? 'f'
                                                                                    : 0;
      if (!g) continue;
      // k is named last before the pronoun, and is the sentence's subject
      // or the only person named before it ("Thursday at the conference,
      // Sen. Lindsey Graham called out his rival").
      // Not "the only person named" when a definite description of
      // someone else comes before ("relief for the justice, with Vermont
      // Sen. Bernie Sanders giving support for her comments": her is the
      // justice's).
      if (NearestPersonBefore(s, i) == k &&
          ((PersonsNamedBefore(s, i) == 1 && !DefiniteRoleBefore(s, i)) ||
           SubjectPersonOf(s, /*absolute_with=*/false) == k))
        return g;
      break;  // the sentence's first pronoun is someone else's
    }
  }
  return 0;
}

int SpeakerContext::SubjectPersonOf(int s, bool absolute_with) const {
  const TokenView& tv = tv_;
  if (s < 0) return -1;
  SpeakerPhrase subj = SentenceSubject(tv, tv.SentenceBegin(s), tv.SentenceEnd(s), entities_);
  if (!subj.ok()) return (absolute_with ? AbsoluteWithPersonOf(s) : -1);
  if (tv.InClosedQuote(subj.name_b)) return -1;
  // "Ted Cruz and Carly Fiorina spoke": a pair is no one salient person
  // for "he" or "she" (the first of them took every later pronoun).
  if (subj.conjuncts.size() > 1) return -1;
  std::string name = subj.text;
  // A known surname the tagger took for a place (see Resolve).
  if (subj.kind == SpeakerKind::kOrg && subj.name_e - subj.name_b == 1) {
    name = std::string(tv.StripPossessive(tv.Text(subj.name_b)));
    if (by_last_.find(name) == by_last_.end()) return (absolute_with ? AbsoluteWithPersonOf(s) : -1);
  } else if (subj.kind == SpeakerKind::kGroup && subj.definite && !subj.head.empty() &&
             !quote_lexicon::IsOrgNoun(subj.head) && subj.e - subj.b <= 4) {
    // "In a recording …, the governor identified himself": the person
    // named before with that role ("Gov. Paul LePage") is the subject.
    const int holder = RoleHolder(subj.head, speaker_words::AsciiLower(subj.text), s);
    return holder >= 0 ? holder : (absolute_with ? AbsoluteWithPersonOf(s) : -1);
  } else if (subj.kind != SpeakerKind::kPerson) {
    return subj.kind == SpeakerKind::kPronoun ? -1 : (absolute_with ? AbsoluteWithPersonOf(s) : -1);
  }
  const bool single = name.find(' ') == std::string::npos;
  int found = -1;
  if (single) {
    auto it = by_last_.find(name);
    if (it != by_last_.end()) found = it->second.back();
  } else {
    auto it = by_name_.find(name);
    if (it != by_name_.end()) found = it->second;
  }
  return found;
}

// "Wednesday brought relief for the justice, with Vermont Sen. Bernie
// Sanders giving qualified support for her comments. … he said": when the
// subject is no person (a time, a thing, an indefinite group), the person
// of an absolute "with NAME V-ing" clause is the sentence's salient person.
// "Moderator Lee Park asked Hale whether …": the person a subject asks
// (index into persons_), or -1. The subject and the asked are persons;
// adverbs may stand before the verb.
int SpeakerContext::AskedPersonOf(int s) const {
  const TokenView& tv = tv_;
  const int tb = tv.SentenceBegin(s), te = tv.SentenceEnd(s);
  const SpeakerPhrase subj = SentenceSubject(tv, tb, te, entities_);
  if (!subj.ok() || subj.kind != SpeakerKind::kPerson || tv.InClosedQuote(subj.b)) return -1;
  int v = subj.e;
  while (v < te && tv.Has(v, lx::kVerbAdverb)) ++v;
  if (v + 1 >= te || !(tv.Is(v, "asked") || tv.Is(v, "asks") || tv.Is(v, "pressed") || tv.Is(v, "questioned")))
    return -1;
  const SpeakerPhrase p = ParseRightSpeaker(tv, v + 1, te, entities_);
  if (!p.ok() || p.kind != SpeakerKind::kPerson || p.conjuncts.size() > 1) return -1;
  if (p.text.find(' ') == std::string::npos) {
    auto it = by_last_.find(p.text);
    return it != by_last_.end() ? it->second.back() : -1;
  }
  auto it = by_name_.find(p.text);
  return it != by_name_.end() ? it->second : -1;
}

int SpeakerContext::AbsoluteWithPersonOf(int s) const {
  const TokenView& tv = tv_;
  const int tb = tv.SentenceBegin(s), te = tv.SentenceEnd(s);
  for (int w = tb + 1; w + 2 < te; ++w) {
    if (!tv.Is(w, "with") || !tv.Is(w - 1, ",") || tv.InAnyQuote(w)) continue;
    const SpeakerPhrase p = ParseRightSpeaker(tv, w + 1, te, entities_);
    if (!p.ok() || p.kind != SpeakerKind::kPerson || p.conjuncts.size() > 1 || p.e >= te || p.name_e != p.e ||
        !cue_frames::IsGerund(tv.Lower(p.e)))
      continue;
    if (p.text.find(' ') == std::string::npos) {
      auto it = by_last_.find(p.text);
      return it != by_last_.end() ? it->second.back() : -1;
    }
    auto it = by_name_.find(p.text);
    return it != by_name_.end() ? it->second : -1;
  }
  return -1;
}

std::optional<ResolvedSpeaker> SpeakerContext::SubjectBefore(int s, bool org) const {
  const TokenView& tv = tv_;
  for (int p = s - 1; p >= 0 && p >= s - 3; --p) {
    const int tb = tv.SentenceBegin(p), te = tv.SentenceEnd(p);
    int k = tb;
    while (k < te && (tv.Is(k, "but") || tv.Is(k, "and") || tv.Is(k, "meanwhile") || tv.Is(k, ","))) ++k;
    if (k >= te || tv.IsQuoteMark(k)) continue;
    auto wanted = [&](const SpeakerPhrase& sp) {
      if (!sp.ok() || sp.e >= te || !tv.IsWord(sp.e)) return false;
      return org ? sp.kind == SpeakerKind::kOrg : (sp.kind == SpeakerKind::kGroup && !sp.indefinite);
    };
    SpeakerPhrase subj = ParseRightSpeaker(tv, k, te, entities_);
    if (!wanted(subj)) {
      // An opening adverbial of a few words set off by a comma ("Then
      // again, Fox executives have not …", "On Monday, officials …"): the
      // subject follows the comma.
      int c = k;
      while (c < te && c <= k + 4 && tv.IsWord(c)) ++c;
      if (c == k || c + 1 >= te || !tv.Is(c, ",")) continue;
      subj = ParseRightSpeaker(tv, c + 1, te, entities_);
      // Only a phrase that opens right after the comma and names people
      // (a role noun) or a tagged organisation: "given the highest
      // calling" is no subject.
      if (!wanted(subj) || subj.b != c + 1 || (org ? subj.entity < 0 : !lx::IsRoleNoun(subj.head))) continue;
    }
    ResolvedSpeaker r;
    r.name = subj.text;
    r.kind = subj.kind;
    r.head = subj.head;
    r.sentence = p;
    // The capitalised run of an organisation's phrase, article aside.
    if (subj.kind == SpeakerKind::kOrg && subj.name_b >= 0) {
      int b = subj.name_b;
      if (b < subj.name_e && tv.Has(b, lx::kDeterminer)) ++b;
      int e = b;
      while (e < subj.name_e && tv.IsCap(e) && tv.IsWord(e)) ++e;
      if (e > b) {
        r.name_b = b;
        r.name_e = e;
      }
    }
    r.entity = subj.entity;
    return r;
  }
  return std::nullopt;
}

namespace {
bool OpensOnCompassPoint(std::string_view lower) {
  for (std::string_view w : {"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
    if (lower == w) return true;
  return false;
}
}  // namespace

void SpeakerContext::NoteMentions(int s) {
  const TokenView& tv = tv_;
  const std::vector<Entity>& entities = entities_;
  const int tb = tv.SentenceBegin(s), te = tv.SentenceEnd(s);
  std::vector<std::pair<int, int>>& names = note_names_;  // reused: this runs on every sentence
  names.clear();
  if (!entities.empty()) {
    // Person entities of the sentence (entities are sorted by start), the
    // first one noted last: the subject is the likeliest antecedent.
    Span sent{tv.SpanOf(tb).start, tv.SpanOf(te - 1).end};
    auto it = std::lower_bound(entities.begin(), entities.end(), sent.start,
                               [](const Entity& en, uint32_t v) { return en.span.start < v; });
    std::vector<std::pair<int, std::string>> found;  // entity, its name without titles
    for (; it != entities.end() && it->span.start < sent.end; ++it) {
      if (it->type != EntityType::kPerson || !sent.Contains(it->span)) continue;
      std::string bare = WithoutTitles(it->name);
      if (PlausibleName(bare) && !MonthBeforeNumber(tv, *it) && !tv.InClosedQuote(tv.TokenAtOrAfter(it->span.start)))
        found.emplace_back(static_cast<int>(it - entities.begin()), std::move(bare));
    }
    for (auto f = found.rbegin(); f != found.rend(); ++f) {
      const Entity& en = entities[f->first];
      std::string name = en.name.empty() ? WithoutTitles(std::string(en.span.Of(tv.text()))) : std::move(f->second);
      bool single = name.find(' ') == std::string::npos;
      const char address = speaker_words::AddressGender(tv, tv.TokenAtOrAfter(en.span.start));  // "Mrs. Clinton"
      int idx = single ? FindPerson(name, true, false, s, address) : -1;  // "Volyna" = "Serhiy Volyna"
      // A lone surname in the text is the person named before with it, not
      // the tagger's cluster name, which may come from a namesake or a
      // mis-tagged phrase later on ("Anthony LaCalamita III … LaCalamita
      // was asked …" clustered with "the silver Ford Fusion LaCalamita").
      const std::string written(tv.StripPossessive(en.span.Of(tv.text())));
      if (idx < 0 && !single && written.find(' ') == std::string::npos)
        idx = FindPerson(written, true, false, s, address);
      if (idx < 0) idx = FindPerson(name, false, true, s);
      if (persons_[idx].entity < 0) persons_[idx].entity = f->first;
      last_mention_ = idx;
      last_mention_sentence_ = s;
      mentions_.push_back({idx, s});
    }
  }
  FindPersonNames(tv, tb, te, &names);
  // A name found by its shape that a place, organisation or other entity
  // covers ("United States", "New Hampshire") is no person.
  // Unless the tagger took a first name for a place ("Victoria Nuland",
  // "Virginia Foxx" typed as locations): a name of two or three words
  // whose first word the name lexicon gives one gender and whose other
  // words are no place or organisation heads ("Virginia Beach") is a
  // person all the same. Not one opening on a compass point: the name
  // list holds "North" and "West", but "North Carolina" is the place.
  if (!entities.empty()) {
    std::erase_if(names, [&](const std::pair<int, int>& n) {
      const uint32_t at = tv.SpanOf(n.first).start;
      auto it = std::upper_bound(entities.begin(), entities.end(), at,
                                 [](uint32_t v, const Entity& en) { return v < en.span.start; });
      // A place, organisation or facility that begins inside the name and
      // none before it: the shape ran a word onto the entity's name
      // ("Quicken" onto the facility "Loans Arena"). Not a name opening on
      // a given name ("Carly" before a surname the tagger typed alone).
      const uint32_t name_end = tv.SpanOf(n.second - 1).end;
      if (it != entities.end() && it->span.start < name_end &&
          (it->type == EntityType::kLocation || it->type == EntityType::kOrganization ||
           it->type == EntityType::kFacility) &&
          (it == entities.begin() || std::prev(it)->span.end <= at) && lx::NameGender(tv.Text(n.first)) == 0)
        return true;
      if (it == entities.begin()) return false;
      --it;
      if (it->type == EntityType::kPerson || it->span.end <= at) return false;
      // A name right after a title inside an organisation the tagger ran
      // over a person ("Supreme Court Justice Ruth Bader Ginsburg" typed
      // an organisation) is that person: the title names the office's
      // holder, and the name holds no organisation word (FindPersonNames).
      if (it->type == EntityType::kOrganization && n.first > tb && tv.Has(n.first - 1, lx::kTitle) &&
          tv.SpanOf(n.first - 1).start >= it->span.start)
        return false;
      if (it->type == EntityType::kLocation && n.second - n.first >= 2 && n.second - n.first <= 3 &&
          lx::NameGender(tv.Text(n.first)) != 0 && !OpensOnCompassPoint(tv.Lower(n.first))) {
        bool heads = false;
        for (int k = n.first + 1; k < n.second; ++k) heads |= lx::IsOrgOrPlaceHead(tv.StripPossessive(tv.Lower(k)));
        if (!heads) return false;
      }
      return true;
    });
  }
  // A name right after "in", "at" or "near" is a place ("Bill Clinton
  // stayed in New York", "a rally at Grand Rapids"), unless possessive ("at
  // Hillary Clinton's rally"): it took "she" when the entities were absent
  // or missed it.
  std::erase_if(names, [&](const std::pair<int, int>& n) {
    if (n.first <= tb || tv.IsPossessive(n.second - 1)) return false;
    return tv.Is(n.first - 1, "in") || tv.Is(n.first - 1, "at") || tv.Is(n.first - 1, "near");
  });
  // Single capitalised words that are the surname of a known person
  // ("Volyna shared a video") are mentions too.
  std::vector<std::pair<int, int>>& mentions = note_mentions_;
  mentions.assign(names.begin(), names.end());
  {
    size_t next = 0;
    for (int i = tb; i < te; ++i) {
      while (next < names.size() && names[next].second <= i) ++next;
      if (next < names.size() && names[next].first <= i) continue;
      if (!tv.IsCap(i)) continue;
      bool cap_before = i > tb && tv.IsCap(i - 1) && !tv.Has(i - 1, lx::kTitle);  // "Ms. DeGeneres" is a mention
      if (cap_before || (i + 1 < te && tv.IsCap(i + 1))) continue;                 // part of a longer name
      if (tv.Classes(i) & ~lx::kCapitalised) continue;                              // "The", "But", titles
      if (by_last_.find(tv.StripPossessive(tv.Text(i))) != by_last_.end()) {
        mentions.push_back({i, i + 1});
      } else if (i > tb && PersonalTitle(tv.Lower(i - 1)) && tv.IsCap(i - 1) && !speaker_words::IsAcronym(tv.Text(i)) &&
                 !lx::IsOrgOrPlaceHead(tv.StripPossessive(tv.Lower(i))) && !tv.InClosedQuote(i)) {
        // "Mr. Trump", "Sen. Graham" with no full name before: a person
        // all the same, known by the surname (the tagger may be absent).
        FindPerson(std::string(tv.StripPossessive(tv.Text(i))), false, true, s);
        mentions.push_back({i, i + 1});
      }
    }
  }
  std::sort(mentions.begin(), mentions.end());
  // The subject is the likeliest antecedent: the first name of the sentence
  // is noted last.
  std::reverse(mentions.begin(), mentions.end());
  for (auto [b, e] : mentions) {
    // "my wife Portia" inside a quote is no antecedent, nor a name inside a
    // paragraph a quote opens and leaves open for the next one to go on.
    if (tv.InAnyQuote(b)) continue;
    bool single = e - b == 1;
    int idx = FindPerson(NameText(tv, b, e), single, !single, s, single ? speaker_words::AddressGender(tv, b) : 0);
    if (idx < 0) continue;
    // A title or role right before the name becomes its role.
    int k = b;
    while (k - 1 >= tb && tv.IsWord(k - 1) &&
           (tv.Has(k - 1, lx::kTitle) || tv.Has(k - 1, lx::kRole) ||
            (tv.IsCap(k - 1) && tv.Lower(k - 1).size() > 4 &&
             tv.Lower(k - 1).substr(tv.Lower(k - 1).size() - 2) == "an")))
      --k;
    if (k < b && persons_[idx].role.empty()) persons_[idx].role = tv.TextOf(k, b);
    // "Katie Waldman, a spokeswoman for the department, …": the role of
    // an apposition after the name (for a later "the spokeswoman").
    if (persons_[idx].role.empty() && e + 2 < te && tv.Is(e, ",") && tv.Has(e + 1, lx::kDeterminer))
      for (int j = e + 2; j < te && j <= e + 6 && tv.IsWord(j); ++j)
        if (tv.Has(j, lx::kRole)) {
          persons_[idx].role = tv.TextOf(e + 2, j + 1);
          break;
        }
    last_mention_ = idx;
    last_mention_sentence_ = s;
    mentions_.push_back({idx, s});
  }
  // Indefinite person roles: "a female soldier", "another Ukrainian soldier".
  for (int i = tb; i < te; ++i) {
    std::string_view lw = tv.Lower(i);
    if (lw.empty() || lw[0] != 'a') continue;  // most words: one byte decides
    if (!(lw == "a" || lw == "an" || lw == "another")) continue;
    // "… with an executive order,” he said", "“Not a president who says …
    // ¶ “…,” she said": quoted words, closed or open, name no antecedent.
    if (tv.InAnyQuote(i)) continue;
    for (int j = i + 1; j < te && j <= i + 4; ++j) {
      if (!tv.IsWord(j)) break;
      std::string_view w = tv.Lower(j);
      // The role word must head the phrase: before a plain lowercase word
      // it is a modifier ("an executive order", "a police report").
      std::string_view next = j + 1 < te && tv.IsWord(j + 1) && !tv.IsCap(j + 1) && tv.Classes(j + 1) == 0
                                  ? tv.Lower(j + 1)
                                  : std::string_view();
      // Without parts of speech: the plain word must itself be followed by
      // a preposition or a comma, as a noun is ("an executive order by May"),
      // not by an object, as a verb is ("another soldier sent a message").
      bool noun_next = false;
      if (!next.empty() && j + 2 < te) {
        std::string_view after = tv.Lower(j + 2);
        noun_next = tv.Is(j + 2, ",") || tv.Has(j + 2, lx::kInnerPrep) || after == "by" || after == "from" ||
                    after == "for" || after == "in" || after == "on" || after == "over" || after == "about" ||
                    after == "against";
      }
      const bool modifier = noun_next && next.size() > 2 && !next.ends_with("ly") &&
                            !(next.size() > 4 && (next.ends_with("ed") || next.ends_with("ing")));
      if (tv.Has(j, lx::kRole) && !tv.Has(j, lx::kOrgNoun) && !tv.Has(j, lx::kAnonymous) && !modifier) {
        ResolvedSpeaker r;
        r.name = tv.TextOf(i, j + 1);
        r.kind = SpeakerKind::kGroup;
        r.head = std::string(w);
        r.indefinite = true;
        r.sentence = s;
        last_role_mention_ = r;
        break;
      }
      if (tv.Has(j, lx::kBoundary)) break;
    }
  }
}

}  // namespace crosscheck
