// A mention from a label span, with the title written before a person
// ("Mariupol mayor", "U.N. Secretary-General") and an appositive role after
// it (", the mayor of Mariupol,").
#include <string>

#include "recognize/entity/mention_rules.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"

namespace crosscheck::entity_internal {

namespace {

// Title/role phrase right before word `b`: a run of title words, role
// nouns, role modifiers, capitalised words and possessive "'s" that ends
// in a title word or role noun.
std::string TitleBefore(const Gazetteer& gaz, std::string_view text, const Scratch& s, size_t b) {
  if (b == 0) return "";
  size_t last = b - 1;
  const bool of_state = s.words[last] == "State" && last >= 2 && s.words[last - 1] == "of" &&
                        TitleWordAt(s, last - 2);  // "Secretary of State"
  if (!TitleWordAt(s, last) && !RoleNounAt(s, last) && !of_state) return "";
  size_t first = last;
  if (of_state) first = last - 2;
  while (first > 0) {
    std::string_view w = s.words[first - 1];
    const uint8_t label = s.labels[first - 1];
    bool ok = (TitleClassesAt(s, first - 1) & (kTitleClass | kRoleNounClass | kRoleModifierClass)) != 0 || w == "'s" || w == "\xE2\x80\x99s" ||
              (StartsUpper(w) && (IsKnownName(gaz, w) || (label != kO && LabelType(label) != LabelType(kBPer))));
    if (!ok) break;
    --first;
  }
  while (first < last && (s.words[first] == "'s" || s.words[first] == "\xE2\x80\x99s")) ++first;
  return std::string(text.substr(s.spans[first].start, s.spans[last].end - s.spans[first].start));
}

// ", the mayor of Mariupol," after the name -> "mayor of Mariupol"; also
// "Mariupol's mayor, NAME" before it.
std::string AppositiveRole(std::string_view text, const Scratch& s, size_t b, size_t e) {
  const size_t n = s.words.size();
  if (e + 1 < n && s.words[e] == ",") {
    size_t i = e + 1;
    while (i < n && (s.words[i] == "the" || s.words[i] == "a" || s.words[i] == "an")) ++i;
    size_t j = i;
    bool role = false;
    while (j < n && j < i + 10 && s.words[j] != "," && s.words[j] != "." && s.words[j] != ";" &&
           !(IsPunctWord(s.words[j]) && s.words[j] != "-")) {
      role = role || RoleNounAt(s, j);
      if (s.labels[j] == kBPer) break;
      ++j;
    }
    if (role && j > i && j < n && (s.words[j] == "," || s.words[j] == ".")) {
      return std::string(text.substr(s.spans[i].start, s.spans[j - 1].end - s.spans[i].start));
    }
  }
  if (b >= 2 && s.words[b - 1] == "," && RoleNounAt(s, b - 2)) {
    size_t last = b - 2, first = last;
    while (first > 0 && !IsStopword(s.words[first - 1]) && !IsPunctWord(s.words[first - 1]) && last - first < 6)
      --first;
    if (first > 0 && (s.words[first - 1] == "'s")) --first;
    return std::string(text.substr(s.spans[first].start, s.spans[last].end - s.spans[first].start));
  }
  return "";
}

}  // namespace

Entity MakeEntity(const Gazetteer& gaz, std::string_view text, const Scratch& s, const LabelSpan& ls) {
  Entity e;
  e.span = Span{s.spans[ls.begin].start, s.spans[ls.end - 1].end};
  switch (ls.type) {
    case 1: e.type = EntityType::kPerson; break;
    case 2: e.type = EntityType::kOrganization; break;
    case 3: e.type = EntityType::kLocation; break;
    case kFacilityType: e.type = EntityType::kFacility; break;
    default: e.type = EntityType::kOther; break;
  }
  // e.name is left empty: ResolveNames (coref.cc) names every mention of
  // the document from its cluster, after the document rules.
  for (const Scratch::NamePart& p : s.name_parts)
    if (p.phrase == ls) {
      e.name_part = Span{s.spans[p.name.begin].start, s.spans[p.name.end - 1].end};
      e.name_part_type = p.name.type == LabelType(kBLoc) ? EntityType::kLocation : EntityType::kOther;
    }
  if (e.type == EntityType::kPerson) {
    e.title = TitleBefore(gaz, text, s, ls.begin);
    e.role = AppositiveRole(text, s, ls.begin, ls.end);
  }
  return e;
}

}  // namespace crosscheck::entity_internal
