// The per-document mention rules of mention_rules.h that type names, not
// add them: one type per name per document (UnifyNameTypes), families by
// their plural surname, organisations' short forms ("the Court"), names of
// languages and peoples. The rules that add or drop mentions are in
// document_rules.cc.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "recognize/entity/gmb.h"
#include "recognize/entity/mention_rules.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"

namespace crosscheck::entity_internal {

// A family named by its surname in the plural ("both Clintons", "the
// Obamas") is persons: a one-word organisation, place or "other" mention
// that is a surname of a person of at least two words in the document
// plus "s" or "es", and that the gazetteer knows as no place or
// organisation, is a person, unless that surname is a common word. OntoNotes tags "the Clintons" PERSON.
void TypeFamilyNames(const Gazetteer& gaz, std::string_view text, std::vector<Entity>* out) {
  std::unordered_set<std::string_view> surnames;
  for (const Entity& e : *out) {
    if (e.type != EntityType::kPerson) continue;
    const std::string_view name = e.span.Of(text);
    const size_t sp = name.rfind(' ');
    if (sp == std::string_view::npos || sp + 2 >= name.size()) continue;
    surnames.insert(name.substr(sp + 1));
  }
  if (surnames.empty()) return;
  for (Entity& e : *out) {
    if (e.type == EntityType::kPerson || e.type == EntityType::kFacility) continue;
    const std::string_view w = e.span.Of(text);
    if (w.size() < 4 || w.back() != 's' || w.find(' ') != std::string_view::npos) continue;
    std::string_view stem = w.substr(0, w.size() - 1);
    if (!surnames.contains(stem) && w.ends_with("es")) stem = w.substr(0, w.size() - 2);
    // Not a common word taken for a surname ("Roman Catholic" read as a
    // person makes no family of "Catholics").
    if (surnames.contains(stem) && !IsKnownName(gaz, w) && !IsCommonWord(gaz, stem)) e.type = EntityType::kPerson;
  }
}

namespace {
// The lower-case ASCII word next to offset `from` in `text`, over spaces:
// forward the word starting after them, backward the word ending before
// them; "" when there is none or it is part of a longer word (a capital,
// digit or non-ASCII byte beside it).
std::string_view LowerWordNextTo(std::string_view text, size_t from, bool forward) {
  auto other = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
  size_t i = from, j = from;
  if (forward) {
    while (i < text.size() && text[i] == ' ') ++i;
    j = i;
    while (j < text.size() && text[j] >= 'a' && text[j] <= 'z') ++j;
    if (j < text.size() && other(static_cast<unsigned char>(text[j]))) return {};
  } else {
    while (j > 0 && text[j - 1] == ' ') --j;
    i = j;
    while (i > 0 && text[i - 1] >= 'a' && text[i - 1] <= 'z') --i;
    if (i > 0 && other(static_cast<unsigned char>(text[i - 1]))) return {};
  }
  return text.substr(i, j - i);
}
}  // namespace

// One type per name per document: the tagger types each mention from its
// own sentence, so a name written the same way may come out a person in
// one sentence and an organisation in the next. Mentions with the same
// text take the type most of them have (person, organisation or location;
// a tie goes to the first mention's type), unless the context of some of
// them shows one type and none shows another: then that type. Counting
// alone let eleven mentions the tagger guessed outvote "Forbes magazine".
// Facilities and other names keep theirs.
namespace {
// The gazetteer's classes of a name written with single spaces, looked up
// word by word, lower-cased.
uint8_t GazClassOf(const Gazetteer& gaz, std::string_view name) {
  std::vector<std::string> lower;
  for (size_t a = 0; a < name.size();) {
    size_t b = name.find(' ', a);
    if (b == std::string_view::npos) b = name.size();
    if (b > a) LowerWord(name.substr(a, b - a), &lower.emplace_back());
    a = b + 1;
  }
  std::vector<std::string_view> views(lower.begin(), lower.end());
  return gaz.Find(views);
}

// A town, region or country the gazetteer knows and no nationality word:
// "Manchester people" are people from a place, not a people.
bool IsGazetteerPlace(const Gazetteer& gaz, std::string_view m) {
  const uint8_t c = GazClassOf(gaz, m);
  return (c & (kGazCity | kGazRegion | kGazCountry)) && !(c & kGazDemonym);
}
}  // namespace

// The head of a multi-word organisation, capitalised after "the" ("the
// Supreme Court" ... "the Court", "the State Department" ... "the
// Department"): a short form of that organisation, whatever the tagger or
// the votes made it.
namespace {
void TypeOrganisationShortForms(const Gazetteer& gaz, std::string_view text, std::vector<Entity>* out) {
  std::unordered_set<std::string_view> org_heads;
  for (const Entity& e : *out) {
    if (e.type != EntityType::kOrganization) continue;
    const std::string_view m = e.span.Of(text);
    const size_t last_space = m.rfind(' ');
    if (last_space != std::string_view::npos) org_heads.insert(m.substr(last_space + 1));
  }
  if (org_heads.empty()) return;
  for (Entity& e : *out) {
    const std::string_view m = e.span.Of(text);
    if (e.type == EntityType::kOrganization || m.find(' ') != std::string_view::npos || !StartsUpper(m) ||
        AllUpper(m) || !org_heads.contains(m) || LowerWordNextTo(text, e.span.start, false) != "the")
      continue;
    // Not a country or region ("the Iraq War", "the Zimbabwe dollar"); the
    // gazetteer's many small towns are no bar ("Court", "Post", "Duma").
    const SmallLower low(m);
    std::string_view lv = low.view;
    if (gaz.Find(std::span<const std::string_view>(&lv, 1)) & (kGazCountry | kGazRegion | kGazDemonym)) continue;
    e.type = EntityType::kOrganization;
  }
}
}  // namespace

namespace {
// A place, people or town of the gazetteer is no body a person leads or
// belongs to ("the president of France", "a native of Boston").
constexpr uint8_t kNoBody = kGazCountry | kGazRegion | kGazCity | kGazDemonym;

// "the leader of the Koinonia", "members of Fatah", "the editor of the
// Bulletin": a noun for a person's place in a body, "of" and an optional
// "the" right before offset `start`. `before` is the lower-case word right
// before it (LowerWordNextTo). Not "president" ("the president of the
// Republic" names a state) nor "mayor" or "governor" (places).
bool MemberOfBefore(std::string_view text, size_t start, std::string_view before) {
  static constexpr std::string_view kMembers[] = {
      "leader",    "leaders",   "head",      "member",      "members",     "founder",     "founders",
      "chairman",  "chairwoman", "spokesman", "spokeswoman", "spokesperson", "employee",   "employees",
      "editor",    "editors",   "executive", "executives",  "director",    "directors",   "ceo"};
  auto back = [&](size_t at, std::string_view w) {  // the word before word `w` that ends at `at`
    while (at > 0 && text[at - 1] == ' ') --at;
    return at >= w.size() ? LowerWordNextTo(text, at - w.size(), false) : std::string_view();
  };
  std::string_view w = before;
  size_t at = start;
  if (w == "the") {
    const std::string_view prev = back(at, w);
    while (at > 0 && text[at - 1] == ' ') --at;
    at -= w.size();
    w = prev;
  }
  if (w != "of") return false;
  const std::string_view noun = back(at, w);
  for (std::string_view m : kMembers)
    if (noun == m) return true;
  return false;
}
}  // namespace

void UnifyNameTypes(const Gazetteer& gaz, std::string_view text, std::vector<Entity>* out) {
  struct Votes {
    int count[3] = {0, 0, 0};
    int first = -1;
    int evidence = 0;  // bits: some mention shows a person (1), an organisation (2), a place (4)
    bool written_as_place = false;  // "from Lincoln", "at Kyle", "Kyle, Texas"
  };
  // `before`: LowerWordNextTo(text, e.span.start, false), read once for
  // both tests.
  auto written_as_place = [&](const Entity& e, std::string_view before) {
    for (std::string_view p : {"in", "at", "from", "near", "into", "outside", "inside", "across", "toward",
                               "towards", "via"})
      if (before == p) return true;
    const size_t end = e.span.end;
    return end + 2 < text.size() && text[end] == ',' && text[end + 1] == ' ' && text[end + 2] >= 'A' &&
           text[end + 2] <= 'Z';
  };
  auto slot = [](EntityType t) {
    return t == EntityType::kPerson ? 0 : t == EntityType::kOrganization ? 1 : t == EntityType::kLocation ? 2 : -1;
  };
  // The type a mention's own context shows, or -1: a lower-case
  // organisation noun right after it, or a title before it.
  // What a mention's own context shows: bit 0 a person (a title or form of
  // address before it), bit 1 an organisation (a lower-case organisation
  // noun right after it), bit 2 a place ("in" or "near" right before it, no
  // possessive after: "in Forbes" cannot make "Forbes magazine" a firm).
  auto evidence = [&](const Entity& e, std::string_view before) {
    int bits = e.title.empty() ? 0 : 1;
    const bool possessive = text.compare(e.span.end, 2, "'s") == 0 || text.compare(e.span.end, 4, "\xE2\x80\x99s") == 0;
    if ((before == "in" || before == "near") && !possessive) bits |= 4;
    const std::string_view next = LowerWordNextTo(text, e.span.end, true);
    // The body itself, not a name used as a modifier ("the head of the
    // U.N. nuclear agency"): no lower-case word follows but a function
    // word or a verb in -ed.
    size_t after = e.span.end;  // "members of Sapir 's group": the owner is no body
    while (after < text.size() && text[after] == ' ') ++after;
    const bool owner = text.compare(after, 2, "'s") == 0 || text.compare(after, 4, "\xE2\x80\x99s") == 0;
    if ((next.empty() || IsStopword(next) || next.ends_with("ed")) && !owner && MemberOfBefore(text, e.span.start, before) &&
        !(GazClassOf(gaz, e.span.Of(text)) & kNoBody))
      bits |= 2;
    if (next.empty() || !IsOrganisationNoun(next)) return bits;
    // Not a country, region or nationality before the noun ("the U.S.
    // company"), nor a city after an article ("a Chicago firm"): the
    // gazetteer's towns include many a company's name ("Forbes").
    const uint8_t cls = GazClassOf(gaz, e.span.Of(text));
    if (cls & (kGazCountry | kGazRegion | kGazDemonym)) return bits;
    if ((cls & kGazCity) && (before == "a" || before == "an" || before == "the")) return bits;
    return bits | 2;
  };
  // "Kasich, who …": a relative "who" after a name the tagger left
  // "other" makes it a person, and every "other" mention of it with it (not
  // a nationality word: "Americans, who").
  {
    std::unordered_set<std::string_view> who;
    for (const Entity& e : *out) {
      if (e.type != EntityType::kOther) continue;
      const std::string_view m = e.span.Of(text);
      if (!StartsUpper(m) || AllUpper(m) || text.compare(e.span.end, 6, ", who ") != 0) continue;
      const SmallLower low(m);
      std::string_view lv = low.view;
      auto people = [&](std::string_view w) {
        return (gaz.Find(std::span<const std::string_view>(&w, 1)) & (kGazDemonym | kGazCountry | kGazRegion)) != 0;
      };
      // "Iraqis, who": a nationality in the plural too.
      if (m.find(' ') == std::string_view::npos &&
          (people(lv) || (lv.size() > 3 && lv.back() == 's' && people(lv.substr(0, lv.size() - 1)))))
        continue;
      who.insert(m);
    }
    if (!who.empty())
      for (Entity& e : *out)
        if (e.type == EntityType::kOther && who.contains(e.span.Of(text))) e.type = EntityType::kPerson;
  }
  std::unordered_map<std::string_view, Votes> votes;
  votes.reserve(out->size());
  // Each mention's entry (nodes do not move): the vote below reads it
  // without a second lookup.
  std::vector<Votes*> vote_of(out->size(), nullptr);
  bool mixed = false;
  for (size_t i = 0; i < out->size(); ++i) {
    const Entity& e = (*out)[i];
    const int k = slot(e.type);
    if (k < 0) continue;
    Votes& v = votes[e.span.Of(text)];
    vote_of[i] = &v;
    if (v.first < 0) v.first = k;
    mixed = mixed || v.first != k;
    ++v.count[k];
    const std::string_view before = LowerWordNextTo(text, e.span.start, false);
    v.evidence |= evidence(e, before);
    v.written_as_place = v.written_as_place || written_as_place(e, before);
  }
  // The first and last words of a two- or three-word person name ("Matthew
  // Boyle", "Bernie Sanders"): written alone later, they name that person,
  // even when the gazetteer has a town of that name ("Boyle", "Florence")
  // — not a country, region or nationality ("Jordan", "Georgia"), and not
  // a name some mention of which is written as a place ("in Boyle", "from
  // Lincoln", "Kyle, Texas").
  std::unordered_set<std::string_view> name_parts;
  for (const Entity& e : *out) {
    if (e.type != EntityType::kPerson) continue;
    const std::string_view m = e.span.Of(text);
    const size_t first_space = m.find(' '), last_space = m.rfind(' ');
    if (first_space == std::string_view::npos || std::count(m.begin(), m.end(), ' ') > 2) continue;
    name_parts.insert(m.substr(0, first_space));
    name_parts.insert(m.substr(last_space + 1));
  }
  bool part_vote = false;
  for (auto& [m, v] : votes) {
    if ((v.count[1] > 0 || v.count[2] > 0) && (v.evidence & 6) == 0 && !v.written_as_place &&
        name_parts.contains(m) && StartsUpper(m) && !AllUpper(m)) {
      const SmallLower low(m);
      std::string_view lv = low.view;
      if (gaz.Find(std::span<const std::string_view>(&lv, 1)) & (kGazCountry | kGazRegion | kGazDemonym)) continue;
      v.evidence |= 1;
      part_vote = true;
    }
  }
  // A name whose only evidence is an organisation's, every mention typed
  // otherwise ("the leader of the Koinonia" ... "the Koinonia was ruled").
  bool org_evidence = false;
  for (const auto& [m, v] : votes)
    org_evidence = org_evidence || (v.evidence == 2 && v.count[1] < v.count[0] + v.count[2] && StartsUpper(m));
  if (!mixed && !part_vote && !org_evidence) {
    TypeOrganisationShortForms(gaz, text, out);
    return;
  }
  static constexpr EntityType kTypes[3] = {EntityType::kPerson, EntityType::kOrganization, EntityType::kLocation};
  for (size_t i = 0; i < out->size(); ++i) {
    Entity& e = (*out)[i];
    if (slot(e.type) < 0) continue;
    const Votes& v = *vote_of[i];
    int best = v.first;
    for (int k = 0; k < 3; ++k)
      if (v.count[k] > v.count[best]) best = k;
    if (v.evidence == 1) best = 0;
    if (v.evidence == 2) best = 1;
    e.type = kTypes[best];
  }
  TypeOrganisationShortForms(gaz, text, out);
}

// Names of languages and peoples are "other" (the corpora's table: GMB's
// gpe/nat, GUM's abstract/group names; OntoNotes NORP and LANGUAGE), but
// the tagger, seeing an unknown capitalised word, calls them persons,
// organisations or places. Two signs, each general:
//  - a one-word mention that the gazetteer knows only as a nationality
//    word ("Cuban" in "the Cuban Consulate") is "other";
//  - a name written right before "language", "speakers", "speaking",
//    "dialect", "people(s)", or right after "speakers of" / "language of
//    the", names a language or a people ("the Eegimaa language", "Bayot
//    speakers"): that mention and every other mention of the same text in
//    the document are "other" (one sense per discourse).

void TypeLanguageNames(const Gazetteer& gaz, std::string_view text, std::vector<Entity>* out) {
  static constexpr std::string_view kAfter[] = {"language", "languages", "dialect", "dialects", "speakers",
                                                "speaker", "speaking", "people", "peoples", "orthography"};
  auto cue = [&](const Entity& e) {
    const std::string_view next = LowerWordNextTo(text, e.span.end, true);
    for (std::string_view a : kAfter)
      if (next == a) return true;
    // "speakers of Kujireray": the word before is "of", the one before that a cue.
    const std::string_view prev = LowerWordNextTo(text, e.span.start, false);
    if (prev != "of") return false;
    size_t at = e.span.start;
    while (at > 0 && text[at - 1] == ' ') --at;
    const std::string_view before = LowerWordNextTo(text, at - prev.size(), false);
    return before == "speakers" || before == "speaker";
  };
  // "Manchester people" are people from a place ("Atlantic languages" are
  // still languages).
  auto people_after = [&](const Entity& e) {
    const std::string_view next = LowerWordNextTo(text, e.span.end, true);
    return next == "people" || next == "peoples";
  };
  auto slot = [](EntityType t) {
    return t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kLocation;
  };
  std::unordered_set<std::string_view> languages;
  for (Entity& e : *out) {
    if (!slot(e.type) && e.type != EntityType::kOther) continue;
    const std::string_view m = e.span.Of(text);
    if (cue(e) && !(IsGazetteerPlace(gaz, m) && people_after(e))) {
      languages.insert(m);
      e.type = EntityType::kOther;
      continue;
    }
    if (!slot(e.type) || m.find(' ') != std::string_view::npos || !StartsUpper(m)) continue;
    const SmallLower low(m);
    std::string_view v = low.view;
    if (v.empty()) continue;
    const uint8_t c = gaz.Find(std::span<const std::string_view>(&v, 1));
    if (c & (kGazCountry | kGazRegion | kGazOrg)) continue;
    // A people in the plural ("Thais", "Iraqis": a nationality word and
    // "s") is "other" like the word itself, as GMB (gpe) and GUM tag it
    // (the singular may be a country's name too: "Thai"); session 32
    // (ner17).
    std::string_view singular = v.size() > 4 && v.back() == 's' ? v.substr(0, v.size() - 1) : std::string_view();
    const uint8_t cs = singular.empty() ? 0 : gaz.Find(std::span<const std::string_view>(&singular, 1));
    if (((c | cs) & kGazDemonym) && !(c & kGazCity)) e.type = EntityType::kOther;
  }
  if (languages.empty()) return;
  for (Entity& e : *out)
    if (slot(e.type) && languages.contains(e.span.Of(text))) e.type = EntityType::kOther;
}

}  // namespace crosscheck::entity_internal
