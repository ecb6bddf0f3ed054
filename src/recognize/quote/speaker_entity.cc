// The entity recognizer's say on a speaker phrase (contract in speaker_entity.h).
#include "recognize/quote/speaker_entity.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "recognize/quote/lexicon.h"
#include "recognize/quote/speaker_names.h"
#include "recognize/quote/speaker_words.h"

namespace crosscheck::speaker_words {

namespace lx = quote_lexicon;

namespace {

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

}  // namespace

bool PersonEntityAt(const TokenView& tv, int i, const std::vector<Entity>& entities) {
  const int k = OverlappingEntity(tv, i, i + 1, entities);
  return k >= 0 && entities[k].type == EntityType::kPerson;
}

bool OrgEntityAt(const TokenView& tv, int i, int last, const std::vector<Entity>& entities) {
  if (entities.empty()) return false;
  const uint32_t at = tv.SpanOf(i).start;
  auto it = std::upper_bound(entities.begin(), entities.end(), at,
                             [](uint32_t v, const Entity& en) { return v < en.span.start; });
  if (it == entities.begin()) return false;
  --it;
  return it->type == EntityType::kOrganization && it->span.end > at && it->span.end <= tv.SpanOf(last).start;
}

bool PlaceEntityAt(const TokenView& tv, int b, int e, const std::vector<Entity>& entities) {
  const int k = OverlappingEntity(tv, b, e, entities);
  if (k < 0 || e <= b) return false;
  const Entity& en = entities[k];
  // The whole name, not its head alone. (Organisations are not trusted
  // here: the recognizer types "The Wisconsin Republican" one.)
  return en.type == EntityType::kLocation && en.span.start <= tv.SpanOf(b).start &&
         en.span.end >= tv.SpanOf(e - 1).end;
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
  std::string name = person ? speaker_names::BeforeSpacedDash(en.name) : en.name;
  size_t w = 0;
  while (w < name.size()) {  // reject names with a cue word or a trailing title-like word
    size_t sp = name.find(' ', w);
    std::string word = name.substr(w, sp == std::string::npos ? std::string::npos : sp - w);
    for (char& c : word)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (lx::WordClasses(word) & lx::kVerbAny) return;
    // A lowercase function word inside the tagger's name that the phrase
    // does not read ("Bikers for Trump", "Veterans for Clinton" clustered
    // with a later "Trump"): the cluster took a group's name, and "he"
    // went to it. The phrase's own words decide.
    // (An organisation's name holds them: "Ministry of Defence".)
    if (person && w > 0 && sp != std::string::npos && name[w] >= 'a' && name[w] <= 'z' &&
        (lx::WordClasses(word) & (lx::kBoundary | lx::kInnerPrep | lx::kDeterminer)) &&
        (" " + p->text + " ").find(" " + word + " ") == std::string::npos)
      return;
    if (sp == std::string::npos) break;
    w = sp + 1;
  }
  // A lone surname takes the entity's full name only when the text gave
  // that name before ("Jackson said" after "Jesse Jackson Jr." is not the
  // "Sandra Jackson" named later, whom the tagger may have clustered with
  // it): otherwise the resolver expands it from the names seen so far.
  // "Mr. Clinton" is not the "Hillary Clinton" the tagger clustered it
  // with: a form of address that contradicts the full name's given name
  // leaves the surname to the resolver.
  if (p->kind == SpeakerKind::kPerson && p->surname_only && person && name.find(' ') != std::string::npos &&
      p->name_b > 0) {
    const char address = AddressGender(tv, p->name_b);
    char given = lx::NameGender(name);
    if (!given) given = lx::NameMajorityGender(name);  // "Hillary" is mostly a woman's
    if (address && given && address != given) return;
  }
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
  // A full name the phrase itself reads inside a longer tagged span ("Gary
  // Casteel" of the tagger's "Secretary-Treasurer Gary Casteel") is the
  // name: the span ran over a title.
  if (person && p->kind == SpeakerKind::kPerson && !p->surname_only && p->text.size() < name.size() &&
      std::string_view(name).ends_with(" " + p->text))
    name = p->text;
  p->entity = k;
  if (!name.empty()) {
    p->text = name;
    p->surname_only = name.find(' ') == std::string::npos && person;
  }
  if (!person && p->kind == SpeakerKind::kPerson) p->kind = SpeakerKind::kOrg;  // a lone word: "Kyiv said"
}

}  // namespace crosscheck::speaker_words
