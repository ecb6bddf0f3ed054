// SpeakerContext's memories (resolve.h): the people named so far, found by
// full name or surname (FindPerson), the speakers resolved so far
// (Remember), and what earlier sentences offer a pronoun or a bare cue: the
// topic or subject person of a sentence, the nearest person before a token.
// NoteMentions (speaker_mentions.cc) reads each sentence's names and role
// phrases into them.

#include "recognize/quote/resolve.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <utility>

#include "recognize/quote/cue_frames.h"
#include "recognize/quote/cues.h"
#include "recognize/quote/lexicon.h"
#include "recognize/quote/speaker_names.h"
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


}  // namespace

namespace speaker_names {

// A spaced hyphen, en dash, em dash or double hyphen opens an aside.
std::string BeforeSpacedDash(std::string name) {
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- "})
    if (const size_t d = name.find(dash); d != std::string::npos && d > 0) name.resize(d);
  return name;
}

// An entity's name without the titles the tagger took into it ("House
// Speaker-to-be Nancy Pelosi", "Sen. Lisa Murkowski"): the person is known
// by the words after them.
std::string WithoutTitles(std::string name) {
  name = BeforeSpacedDash(std::move(name));
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

bool NamesMany(std::string_view phrase) {
  const size_t sp = phrase.find(' ');
  if (sp == std::string_view::npos) return false;
  std::string first(phrase.substr(0, sp));
  for (char& c : first) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (first[0] >= '0' && first[0] <= '9') return first != "1";
  for (std::string_view w : {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                             "twelve", "dozens", "hundreds", "thousands", "millions", "several", "many", "both",
                             "few", "multiple", "numerous"})
    if (first == w) return true;
  return false;
}

}  // namespace speaker_names

using speaker_names::MonthBeforeNumber;
using speaker_names::NamesMany;
using speaker_names::PlausibleName;
using speaker_names::WithoutTitles;

char SpeakerContext::KnownGender(int k) const {
  const Person& p = persons_[k];
  if (const char g = quote_lexicon::PersonNameGender(p.name, p.role)) return g;
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
    // "Two Americans were killed": a phrase that counts its members is no
    // "it"; the sentence before may still hold the topic.
    if (NamesMany(subj.text)) continue;
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

std::optional<ResolvedSpeaker> SpeakerContext::DocumentBefore(int s, int before) const {
  const TokenView& tv = tv_;
  for (int p = s; p >= 0 && p >= s - 2; --p) {
    const int tb = tv.SentenceBegin(p);
    const int te = p == s ? std::min(before, tv.SentenceEnd(p)) : tv.SentenceEnd(p);
    for (int j = te - 1; j > tb; --j) {
      if (!tv.IsWord(j) || tv.IsCap(j) || !IsDocumentNoun(tv.Lower(j)) || tv.InAnyQuote(j)) continue;
      // "the letter writer", "a statement saying" aside: the noun heads its
      // phrase (no noun after it) and a determiner opens it within three
      // words ("a letter", "the staff association's letter" is not read).
      if (j + 1 < te && tv.IsWord(j + 1) && !tv.Has(j + 1, lx::kInnerPrep) && tv.Classes(j + 1) == 0 &&
          !tv.Lower(j + 1).ends_with("ing"))
        continue;
      for (int d = j - 1; d >= tb && d >= j - 3 && tv.IsWord(d); --d) {
        if (!tv.Has(d, lx::kDeterminer)) continue;
        ResolvedSpeaker r;
        r.name = tv.TextOf(d, j + 1);
        r.kind = SpeakerKind::kGroup;
        r.head = std::string(tv.Lower(j));
        r.indefinite = tv.Is(d, "a") || tv.Is(d, "an");
        r.sentence = p;
        return r;
      }
    }
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

}  // namespace crosscheck
