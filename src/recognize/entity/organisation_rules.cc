// The per-sentence rules of mention_rules.h that build and split
// organisation names: organisation heads ("Columbia University", "Sky" +
// "News"), names glued across "and", institutions ("Russia's defence
// ministry"), organisations joined by "of"/"for", and acronym definitions
// ("the Food and Drug Administration (FDA)"). Rules that only retype a
// built name are in organisation_typing.cc; the word tests and the rules
// for persons, titles, places and facilities are in sentence_rules.cc.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "recognize/entity/gmb.h"
#include "core/word_table.h"
#include "recognize/entity/mention_rules.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"

namespace crosscheck::entity_internal {

// Capitalised words that end organisation names and rarely end the name
// of a person or place: "Columbia University", "Tata Motors", "Sky News",
// "Green Party", "Acme Inc". Institution heads of AddInstitutions and
// facility heads (airport, hospital, ...) are handled there.
namespace {

constexpr std::string_view kOrgHeads[] = {
    "university", "college", "party", "church", "club", "inc", "inc.", "corp", "corp.", "corporation",
    "ltd", "ltd.", "llc", "plc", "co.", "company", "bank", "council", "committee", "association",
    "institute", "foundation", "agency", "commission", "federation", "league", "society", "motors",
    "airlines", "airways", "group", "news", "network", "books", "records", "studios", "congress",
    "academy", "movement", "alliance", "brigade", "brigades", "corps", "fund", "bureau", "organization",
    "organisation", "authority", "department", "ministry", "times", "tribunal",
    "senate", "assembly", "coalition", "caucus", "consortium", "conglomerate", "holdings", "enterprises",
    "industries", "partners", "technologies", "systems", "pharmaceuticals", "laboratories", "insurance",
    "bancorp", "trust", "broadcasting", "television", "radio", "magazine", "gazette", "journal",
    "tribune", "herald", "telegraph", "guardian", "chronicle", "courier", "institution"};

// Most capitalised words are no head: a table of (length, first letter)
// pairs rejects them; the rest are compared with the heads of their length.
struct OrgHeadTable {
  std::array<uint32_t, 16> first{};                     // by length: first letters present
  std::array<std::vector<std::string_view>, 16> words;  // by length
  OrgHeadTable() {
    for (std::string_view h : kOrgHeads) {
      first[h.size()] |= uint32_t{1} << (h[0] - 'a');
      words[h.size()].push_back(h);
    }
  }
};
const OrgHeadTable kOrgHeadTable;

}  // namespace

bool IsOrganisationHead(std::string_view lower) {
  const size_t n = lower.size();
  if (n < 2 || n >= 16 || lower[0] < 'a' || lower[0] > 'z' || !((kOrgHeadTable.first[n] >> (lower[0] - 'a')) & 1))
    return false;
  for (std::string_view h : kOrgHeadTable.words[n])
    if (h[0] == lower[0] && lower == h) return true;
  return false;
}

// Organisation heads (IsOrganisationHead), both ways:
//  - a person, place or "other" name of two or more words ending in a
//    capitalised head is an organisation ("Columbia University" read as a
//    place, "Rodale Books" as a person), unless the whole name is a place
//    of the gazetteer ("West Bank") or a two-word person's name opens on a
//    first name ("Frank Church"; "Melinda Gates Foundation" is an
//    organisation);
//  - a name followed at once by a capitalised head outside any mention
//    takes it and is an organisation ("Sky" + "News", "Tata" + "Motors"),
//    with a station number after "Radio", "Channel", "Television" ("BBC" +
//    "Radio" + "4");
//    so does a run of capitalised words outside any mention ("Spalding" +
//    "Club"), when the run does not open the sentence or has two words.
//    A nationality word before a head stays "other" ("Palestinian" +
//    "Authority", as GMB tags it); a capitalised "University", "College"
//    or "School" ends an organisation even where AddFacilities made it a
//    facility ("Columbia University").
void TypeByOrganisationHead(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  const int org = LabelType(kBOrg), per = LabelType(kBPer), loc = LabelType(kBLoc), oth = LabelType(kBOth);
  auto head_at = [&](size_t i) { return i < n && StartsUpper(s->words[i]) && IsOrganisationHead(lv[i]); };
  auto in_span = [&](size_t i) {
    for (const LabelSpan& o : s->label_spans)
      if (o.begin <= i && i < o.end) return true;
    return false;
  };
  auto place = [&](size_t b, size_t e) {
    return (gaz.Find(std::span<const std::string_view>(lv.data() + b, e - b)) &
            (kGazCountry | kGazRegion | kGazCity)) != 0;
  };
  for (LabelSpan& ls : s->label_spans) {
    // A school named as one ("Columbia University", "Harvard Business
    // School") is an organisation, not the facility AddFacilities made it.
    if (ls.type == kFacilityType && ls.end - ls.begin >= 2 && StartsUpper(s->words[ls.end - 1]) &&
        (lv[ls.end - 1] == "university" || lv[ls.end - 1] == "college" || lv[ls.end - 1] == "school")) {
      ls.type = org;
      continue;
    }
    if (ls.type != per && ls.type != loc && ls.type != oth && ls.type != org) continue;
    // A nationality word stays apart from the head after it ("Palestinian"
    // + "Authority"), the convention of the corpora's table.
    const bool nationality = ls.type == oth && ls.end - ls.begin == 1 &&
        (gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, 1)) & kGazDemonym);
    // A broadcaster's numbered station: "BBC" + "Radio" + "4", and "BBC
    // Radio" tagged whole + "4" (session 19).
    auto take_station_number = [&] {
      const std::string_view last = lv[ls.end - 1];
      if ((last == "radio" || last == "channel" || last == "television") && ls.end < n &&
          s->words[ls.end].size() <= 2 && !s->words[ls.end].empty() && s->words[ls.end][0] >= '0' &&
          s->words[ls.end][0] <= '9' && !in_span(ls.end))
        ++ls.end;
    };
    if (!nationality && head_at(ls.end) && !in_span(ls.end)) {
      ++ls.end;
      ls.type = org;
      take_station_number();
      continue;
    }
    if (ls.type == org) take_station_number();
    if (ls.type == org || ls.end - ls.begin < 2 || !head_at(ls.end - 1) || place(ls.begin, ls.end)) continue;
    // "Frank Church" is a person; "Melinda Gates Foundation", three words
    // or more before the head, is not.
    if (ls.type == per && ls.end - ls.begin == 2 &&
        (gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, 1)) & kGazFirstName))
      continue;
    ls.type = org;
  }
  // A name right before a one-word organisation the tagger found on its
  // own ("Anderson Robbins" + "Research", "Obama" + "Administration"):
  // one organisation, the name its first words. Not a nationality word
  // or a place the gazetteer knows, before, after or together
  // ("Palestinian" + "Authority", "Texas" + "Instruments" stays as the
  // tagger read it).
  {
    std::vector<LabelSpan>& v = s->label_spans;
    for (size_t k = 0; k + 1 < v.size(); ++k) {
      LabelSpan& a = v[k];
      const LabelSpan& b = v[k + 1];
      if (b.type != org || b.end - b.begin != 1 || a.end != b.begin || a.type == org || a.type == kFacilityType ||
          !StartsUpper(s->words[b.begin]) || AllUpper(s->words[b.begin]))
        continue;
      // "African" + "American", "Puerto" + "Rican": a people's name.
      constexpr uint8_t kPlaceOrPeople = kGazDemonym | kGazCountry | kGazRegion | kGazCity;
      if ((gaz.Find(std::span<const std::string_view>(lv.data() + a.begin, a.end - a.begin)) & kPlaceOrPeople) ||
          (gaz.Find(std::span<const std::string_view>(lv.data() + b.begin, 1)) & kGazDemonym) ||
          (gaz.Find(std::span<const std::string_view>(lv.data() + a.begin, b.end - a.begin)) & kPlaceOrPeople))
        continue;
      a.end = b.end;
      a.type = org;
      v.erase(v.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    }
  }
  const auto& caps = s->features.capitalised;
  for (size_t h = 1; h < n; ++h) {
    if (!caps[h] || !head_at(h) || in_span(h)) continue;
    size_t b = h;
    while (b > 0 && h - b < 4 && StartsUpper(s->words[b - 1]) && !IsStopword(s->words[b - 1]) &&
           !IsTitleWord(lv[b - 1]) && !in_span(b - 1) && HasLetter(s->words[b - 1]))
      --b;
    if (b == h || (b == 0 && h - b < 2) || place(b, h + 1)) continue;
    LabelSpan add{static_cast<uint32_t>(b), static_cast<uint32_t>(h + 1), org};
    auto at = std::lower_bound(s->label_spans.begin(), s->label_spans.end(), add,
                               [](const LabelSpan& x, const LabelSpan& y) { return x.begin < y.begin; });
    s->label_spans.insert(at, add);
  }
}

// Two names glued across "and" into one mention are split:
// "Green Party and Maria Lopez", "Nissan Motor Company and France's
// Renault" (the left part ends in an organisation head), "University of
// California and Columbia University" (the left part opens on a head and
// the right one ends in one), "Bloomberg and Reuters" (both parts are
// names the gazetteer knows and the whole is not: "Trinidad and Tobago"
// stays). A possessive in the right part leaves the owner out ("France's
// Renault": "France" a place when the gazetteer knows it, "Renault" the
// name). Each part keeps the mention's type unless it ends in a head
// or opens on one before "of" (organisation), opens on a first name
// (person) or is a gazetteer name (its class).
void SplitAtAnd(const Gazetteer& gaz, Scratch* s) {
  const auto& lv = s->features.lower_view;
  const int org = LabelType(kBOrg), per = LabelType(kBPer), loc = LabelType(kBLoc);
  auto head = [&](uint32_t i) { return StartsUpper(s->words[i]) && IsOrganisationHead(lv[i]); };
  auto classes = [&](uint32_t b, uint32_t e) {
    return gaz.Find(std::span<const std::string_view>(lv.data() + b, e - b)) &
           (kGazCountry | kGazRegion | kGazCity | kGazOrg);
  };
  auto part_type = [&](uint32_t b, uint32_t e, int type) {
    if (head(e - 1) || (e - b >= 3 && head(b) && lv[b + 1] == "of")) return org;  // "University of California"
    const uint8_t c = classes(b, e);
    if (c & kGazOrg) return org;
    if (c) return loc;
    if (e - b >= 2 && (gaz.Find(std::span<const std::string_view>(lv.data() + b, 1)) & kGazFirstName)) return per;
    return type;
  };
  std::vector<LabelSpan>& v = s->label_spans;
  for (size_t i = 0; i < v.size(); ++i) {
    const LabelSpan ls = v[i];
    if (ls.type != org && ls.type != loc && ls.type != per) continue;
    for (uint32_t k = ls.begin + 1; k + 1 < ls.end; ++k) {
      if (lv[k] != "and" || !StartsUpper(s->words[k + 1])) continue;
      const bool split = head(k - 1) || (head(ls.begin) && head(ls.end - 1)) ||
                         (classes(ls.begin, k) && classes(k + 1, ls.end) && !classes(ls.begin, ls.end));
      if (!split) continue;
      // "France's Renault": the right part is the name after a possessive.
      uint32_t r = k + 1;
      for (uint32_t j = k + 1; j + 1 < ls.end; ++j)
        if (s->words[j] == "'s" || s->words[j] == "\xE2\x80\x99s") r = j + 1;
      v[i] = LabelSpan{ls.begin, k, part_type(ls.begin, k, ls.type)};
      v.insert(v.begin() + static_cast<std::ptrdiff_t>(i + 1), LabelSpan{r, ls.end, part_type(r, ls.end, ls.type)});
      if (r > k + 2 && classes(k + 1, r - 1))  // the owner, a place of the gazetteer, is a mention of its own
        v.insert(v.begin() + static_cast<std::ptrdiff_t>(i + 1), LabelSpan{k + 1, r - 1, part_type(k + 1, r - 1, loc)});
      break;
    }
  }
}

// "Russia's defence ministry", "the Ukrainian military": a country or
// nationality word, an optional possessive, lower-case modifiers and an
// institution head noun form one organisation mention.
void AddInstitutions(Scratch* s) {
  static constexpr std::string_view kHeads[] = {"ministry", "army", "military", "navy", "government", "parliament", "police",
                                 "forces", "staff", "service", "services", "guard", "cabinet", "administration",
                                 "presidency", "embassy", "prosecutor's", "command", "authorities",
                                 // session 10: the lower-case organisation heads of elected and
                                 // judicial bodies ("Kenya's electoral commission", "Iraq's supreme court")
                                 "commission", "council", "committee", "court", "agency", "senate", "assembly"};
  static constexpr std::string_view kMods[] = {"defence", "defense", "foreign", "interior", "health", "emergencies", "emergency",
                                "finance", "economy", "justice", "armed", "general", "security", "border",
                                "state", "presidential", "national", "air", "naval", "intelligence", "military",
                                "special", "migration", "energy", "agriculture", "culture", "education"};
  // The lists as one table (a bit each): this runs for every mention and
  // token after it, and comparing against each word cost a memcmp apiece.
  enum : uint32_t { kHead = 1, kMod = 2 };
  static const WordTable* const table = [] {
    auto* t = new WordTable();
    for (std::string_view w : kHeads) t->Add(w, kHead);
    for (std::string_view w : kMods) t->Add(w, kMod);
    return t;
  }();
  auto is = [](uint32_t list, std::string_view w) { return (table->Find(w) & list) != 0; };
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  for (LabelSpan& ls : s->label_spans) {
    // "Internal Affairs Ministry" tagged as a place or nationality: a
    // capitalised name ending in an institution head is an organisation.
    if ((ls.type == LabelType(kBLoc) || ls.type == LabelType(kBOth)) && ls.end - ls.begin >= 2 &&
        StartsUpper(s->words[ls.end - 1]) && is(kHead, lv[ls.end - 1])) {
      ls.type = LabelType(kBOrg);
      continue;
    }
    if (ls.type != LabelType(kBLoc) && ls.type != LabelType(kBOth)) continue;
    size_t j = ls.end;
    if (j < n && (s->words[j] == "'s" || s->words[j] == "\xE2\x80\x99s")) {
      if (ls.type != LabelType(kBLoc)) continue;
      ++j;
    }
    const size_t mods_start = j;
    auto modifier = [&](size_t k) {
      if (is(kMod, s->words[k])) return true;
      // Session 10: an adjective of the kind that qualifies institutions
      // ("electoral", "constitutional", "regional", "statutory",
      // "legislative") or "election(s)", at most two.
      const std::string_view w = s->words[k];
      if (w.size() < 5 || w[0] < 'a' || w[0] > 'z') return false;
      for (char c : w)
        if ((c < 'a' || c > 'z') && c != '-') return false;
      if (!(w == "election" || w == "elections" || w.ends_with("al") || w.ends_with("ic") || w.ends_with("ary") ||
            w.ends_with("ive") || w.ends_with("ory")))
        return false;
      return k - mods_start < 2;
    };
    while (j < n && !is(kHead, s->words[j]) && modifier(j)) ++j;
    if (!(j < n && is(kHead, s->words[j])) && j > mods_start &&
        is(kHead, s->words[j - 1]))
      --j;  // "Ukraine's military said": the last modifier is the head
    if (j < n && is(kHead, s->words[j])) {
      // Session 10: a head before a noun for persons names those people, not
      // the institution ("Iraqi army officers", "Afghan government
      // officials", "a police spokesman": the corpora tag the nationality
      // alone); WordNet's person nouns (IsPersonNoun).
      if (j + 1 < n && IsPersonNoun(s->words[j + 1])) continue;
      bool free = true;  // the words taken must not belong to another mention
      for (const LabelSpan& o : s->label_spans)
        if (&o != &ls && o.begin < j + 1 && o.end > ls.end) free = false;
      if (!free) continue;
      ls.end = static_cast<uint32_t>(j + 1);
      ls.type = LabelType(kBOrg);
    }
  }
}

// An organisation name is the whole run of capitalised words that ends in
// its head (session 21): the tagger often cuts it short, typing the words
// before the head a nationality ("Iraqi" + "Islamic" + "Party", "Brazilian"
// + "Navy"), an organisation of its own ("Free" + "Trade Association") or
// nothing ("Palestinian" + "Authority", the head itself left untagged). An
// organisation ending in a capitalised head (IsOrganisationHead, or a
// head of state bodies and forums: Navy, Office, Forum, ...) grows
// left over the "other" and organisation mentions and the untagged
// capitalised words right before it (no function word; no common or title word
// opening the sentence), to six words; an untagged head right
// after such a mention becomes an organisation first. Persons and places
// stay apart (JoinPlaceAndInstitution joins a place that owns the body).
void JoinWordsBeforeOrganisationHeads(const Gazetteer& gaz, Scratch* s) {
  std::vector<LabelSpan>& v = s->label_spans;
  const auto& lv = s->features.lower_view;
  const int org = LabelType(kBOrg), oth = LabelType(kBOth);
  const size_t n = s->words.size();
  // The organisation heads and the capitalised heads of state bodies and
  // forums ("Brazilian Navy", "British Home Office", "African Partnership
  // Forum").
  static constexpr std::string_view kMoreHeads[] = {"navy", "army", "forces", "force", "guard", "marines", "office",
                                                    "forum", "front", "union", "board", "service", "centre",
                                                    "center", "museum", "police"};
  auto head_at = [&](size_t i) {
    if (i >= n || !StartsUpper(s->words[i])) return false;
    if (IsOrganisationHead(lv[i])) return true;
    for (std::string_view h : kMoreHeads)
      if (lv[i] == h) return true;
    return false;
  };
  auto in_span = [&](size_t i) {
    for (const LabelSpan& o : v)
      if (o.begin <= i && i < o.end) return true;
    return false;
  };
  bool added = false;
  for (size_t k = 0; k < v.size(); ++k)
    if ((v[k].type == oth || v[k].type == org) && head_at(v[k].end) && !in_span(v[k].end) &&
        (k + 1 == v.size() || v[k + 1].begin > v[k].end)) {
      v.push_back(LabelSpan{v[k].end, v[k].end + 1, org});
      added = true;
    }
  if (added) SortLabelSpansByStart(s);
  for (size_t k = 0; k < v.size(); ++k) {
    if (v[k].type != org || !head_at(v[k].end - 1)) continue;
    uint32_t b = v[k].begin;
    while (b > 0 && v[k].end - b < 6) {
      if (k > 0 && v[k - 1].end == b) {
        const LabelSpan& q = v[k - 1];
        if ((q.type != oth && q.type != org) || v[k].end - q.begin > 6 || !StartsUpper(s->words[q.begin])) break;
        b = q.begin;
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(k - 1));
        --k;
        continue;
      }
      const std::string_view w = s->words[b - 1];
      if ((k > 0 && v[k - 1].end > b - 1) || !StartsUpper(w) || !HasLetter(w) || IsStopword(w) ||
          IsPunctWord(w) || (b - 1 == 0 && (IsCommonWord(gaz, w) || IsTitleWord(lv[b - 1]))))
        break;
      --b;
    }
    v[k].begin = b;
  }
}

// "Institute" + "for the" + "Study of War" tagged as two organisations:
// organisations joined by "of" or "for" (and an optional "the") are one
// ("Bank of England", "Committee for the Prevention of Torture"); so are an
// organisation and an "other" name after it ("Institute" + "for the" +
// "Study of War" read as a work's title).
void JoinOrganisations(Scratch* s) {
  std::vector<LabelSpan>& v = s->label_spans;
  const auto& lv = s->features.lower_view;
  const int org = LabelType(kBOrg);
  // An untagged capitalised institution head before "of"/"for" ("the")
  // and a name: "Institute" + "for the" + "Study of War".
  static constexpr std::string_view kHeads[] = {
      "institute", "university", "council", "committee", "foundation", "centre", "center", "association",
      "society", "bank", "commission", "agency", "department", "ministry", "league", "union", "federation",
      "party", "court", "academy", "college", "school", "museum", "fund", "board", "bureau", "organisation",
      "organization", "movement", "front", "alliance", "coalition", "network", "office", "corporation"};
  for (size_t k = 0; k < v.size(); ++k) {
    LabelSpan& b = v[k];
    // A place only right after "of": "the Embassy of Argentina".
    const bool place = b.type == LabelType(kBLoc) && b.begin >= 2 && lv[b.begin - 1] == "of";
    if (b.type != org && b.type != LabelType(kBOth) && !place) continue;
    uint32_t j = b.begin;
    if (j >= 1 && lv[j - 1] == "the" && !place) --j;
    if (j < 2 || (lv[j - 1] != "of" && lv[j - 1] != "for")) continue;
    const uint32_t h = j - 2;
    if (!StartsUpper(s->words[h]) || (k > 0 && v[k - 1].end > h)) continue;
    bool head = IsOrganisationHead(lv[h]);
    for (std::string_view x : kHeads) head = head || lv[h] == x;
    if (!head) continue;
    uint32_t first = h;
    while (first > 0 && StartsUpper(s->words[first - 1]) && !IsStopword(s->words[first - 1]) &&
           (k == 0 || v[k - 1].end < first))
      --first;
    b.begin = first;
    b.type = org;
  }
  auto head_at = [&](uint32_t w) {
    if (!StartsUpper(s->words[w])) return false;
    for (std::string_view x : kHeads)
      if (lv[w] == x) return true;
    return lv[w] == "authority" || lv[w] == "embassy" || lv[w] == "government" || lv[w] == "parliament" ||
           lv[w] == "army";
  };
  for (size_t k = 0; k + 1 < v.size();) {
    LabelSpan& a = v[k];
    const LabelSpan& b = v[k + 1];
    uint32_t gap = b.begin - a.end;
    // "Housing Authority" + "of" + "New Orleans", "Embassy of Argentina":
    // an organisation ending in an institution head takes the place it
    // is "of".
    const bool of_place = a.type == org && b.type == LabelType(kBLoc) && gap == 1 && lv[a.end] == "of" &&
                          head_at(a.end - 1);
    bool joiner = of_place || (a.type == org && (b.type == org || b.type == LabelType(kBOth)) && (gap == 1 || gap == 2) &&
                  a.end < lv.size() &&
                  (lv[a.end] == "of" || lv[a.end] == "for") && (gap == 1 || lv[a.end + 1] == "the"));
    if (!joiner) {
      ++k;
      continue;
    }
    a.end = b.end;
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
  // Session 19: a name of the form "<head> for the <noun>" goes on over
  // "of" and the capitalised words after it ("Institute for the Study" +
  // "of War", "Center for the Study" + "of Democracy", "Society for the
  // Protection" + "of Birds"), when they belong to no other mention or
  // to a one-word "other" one.
  const size_t n = s->words.size();
  for (size_t k = 0; k < v.size(); ++k) {
    LabelSpan& a = v[k];
    // Session 20: the tagger may stop at the head ("Institute" + "for the
    // Study of" + "War"): an organisation ending in an institution head
    // first takes "for the" and the capitalised words after it (untagged,
    // or one-word mentions other than persons: "Study" read as a place)
    // when "of" follows them.
    if (a.type == org && a.end + 3 < n && lv[a.end] == "for" && lv[a.end + 1] == "the" && head_at(a.end - 1)) {
      const uint32_t from = a.end + 2;
      uint32_t e = from;
      size_t absorbed = 0;
      while (e < n && e - from < 3 && StartsUpper(s->words[e]) && !IsStopword(s->words[e])) {
        const size_t m = k + 1 + absorbed;
        if (m < v.size() && v[m].begin <= e) {
          if (v[m].begin != e || v[m].end != e + 1 || v[m].type == LabelType(kBPer)) break;
          ++absorbed;
        }
        ++e;
      }
      if (e > from && e < n && lv[e] == "of") {
        a.end = e;
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(k + 1), v.begin() + static_cast<std::ptrdiff_t>(k + 1 + absorbed));
      }
    }
    if (a.type != org || a.end + 1 >= n || lv[a.end] != "of" || !StartsUpper(s->words[a.end - 1])) continue;
    bool has_for = false;
    for (uint32_t w = a.begin + 1; w + 1 < a.end; ++w) has_for = has_for || lv[w] == "for";
    if (!has_for) continue;
    uint32_t e = a.end + 1;
    while (e < n && e - a.end <= 3 && StartsUpper(s->words[e]) && !IsStopword(s->words[e]) && HasLetter(s->words[e]))
      ++e;
    if (e == a.end + 1) continue;
    const bool next_is_other = k + 1 < v.size() && v[k + 1].begin == a.end + 1 && v[k + 1].end == e &&
                               v[k + 1].type == LabelType(kBOth) && e - a.end == 2;
    const bool free = k + 1 >= v.size() || v[k + 1].begin >= e;
    if (!next_is_other && !free) continue;
    a.end = e;
    if (next_is_other) v.erase(v.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
}

// A country, region or city right before the organisation it owns is part
// of its name: "United States" + "Congress", "U.S." + "State Department",
// "United States" + "Department of Housing and Urban Development" (GMB,
// GUM and UNER all tag the whole; the tagger often splits it at the type
// change). A place mention the gazetteer knows as a whole, touching an
// organisation of capitalised words (or joiners) that opens or ends on a
// capitalised organisation or institution head, becomes one organisation
// with it. Not a nationality word ("Palestinian" + "Authority" stays, as
// GMB tags it), not across a possessive ("Russia's" + "Army") and not when
// the organisation opens on another place or nationality ("Kabul" +
// "Afghan Army"), and not when the whole is a place ("West" + "Bank").
void JoinPlaceAndInstitution(const Gazetteer& gaz, Scratch* s) {
  static constexpr std::string_view kInstitutionHeads[] = {"army", "navy", "embassy", "court", "parliament",
                                                           "government", "police", "forces", "treasury", "house",
                                                           "cabinet", "administration", "guard", "marines"};
  std::vector<LabelSpan>& v = s->label_spans;
  const auto& lv = s->features.lower_view;
  const int org = LabelType(kBOrg), loc = LabelType(kBLoc);
  auto head = [&](uint32_t w) {
    if (!StartsUpper(s->words[w])) return false;
    if (IsOrganisationHead(lv[w])) return true;
    for (std::string_view h : kInstitutionHeads)
      if (lv[w] == h) return true;
    return false;
  };
  for (size_t k = 0; k + 1 < v.size();) {
    LabelSpan& a = v[k];
    const LabelSpan& b = v[k + 1];
    bool join = a.type == loc && b.type == org && a.end == b.begin && (head(b.begin) || head(b.end - 1)) &&
                (gaz.Find(std::span<const std::string_view>(lv.data() + a.begin, a.end - a.begin)) &
                 (kGazCountry | kGazRegion | kGazCity)) != 0 &&
                !IsNationalityOrCountry(gaz, s->words[b.begin]) &&
                !(gaz.Find(std::span<const std::string_view>(lv.data() + a.begin, b.end - a.begin)) &
                  (kGazCountry | kGazRegion | kGazCity));  // "West" + "Bank" is a place
    for (uint32_t w = b.begin; w < b.end && join; ++w)
      join = StartsUpper(s->words[w]) || lv[w] == "of" || lv[w] == "and" || lv[w] == "&" || lv[w] == "for" ||
             lv[w] == "the";
    if (!join) {
      ++k;
      continue;
    }
    a.end = b.end;
    a.type = org;
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
}

// A name defined by its acronym in brackets: "the Food and Drug
// Administration (FDA)", "the Greater New Orleans Fair Housing Action
// Center (GNOFHAC)", "the Revolutionary Armed Forces of Colombia (FARC)".
// Walking back from the bracket, each capitalised word whose initial is the
// acronym's next letter (from the end) is taken, function words ("of",
// "and", "the", "for", also capitalised) are passed over when their initial
// does not fit; when every letter is matched, the words from the first
// match to the bracket are one mention, replacing the mentions inside that
// range, and the acronym is a mention of the same type. The type: a place
// when the gazetteer knows the long form as one, "other" when it ends in
// "Act", "Treaty", "Agreement", ... (a law: "the Africa Growth and
// Opportunity Act (AGOA)"), a person when every mention inside was a
// person, else an organisation.
void AddAcronymDefinitions(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  static constexpr std::string_view kPass[] = {"of", "and", "the", "for", "on", "in", "&",
                                               "de", "du", "des", "la", "'s", "\xE2\x80\x99s"};
  auto passable = [&](size_t k) {
    for (std::string_view p : kPass)
      if (lv[k] == p) return true;
    return false;
  };
  std::vector<LabelSpan>& v = s->label_spans;
  for (size_t i = 2; i + 2 < n; ++i) {
    const std::string_view open = s->words[i];
    if (open.size() != 1 || open[0] != '(' || s->words[i + 2] != ")") continue;
    const std::string_view a = s->words[i + 1];
    if (a.size() < 2 || a.size() > 8) continue;
    bool caps = true;
    for (char c : a) caps = caps && c >= 'A' && c <= 'Z';
    if (!caps) continue;
    ptrdiff_t j = static_cast<ptrdiff_t>(a.size()) - 1;
    size_t k = i, first = i;
    while (k > 0 && j >= 0) {
      const std::string_view w = s->words[k - 1];
      const char initial = !w.empty() && w[0] >= 'a' && w[0] <= 'z' ? static_cast<char>(w[0] - 'a' + 'A') : w[0];
      if (!w.empty() && StartsUpper(w) && initial == a[j]) {
        --j;
        first = --k;
      } else if (passable(k - 1)) {
        --k;
      } else {
        break;
      }
    }
    if (j >= 0 || i - first < 2) continue;
    // The type, and the mentions the range replaces.
    int type = LabelType(kBOrg);
    bool all_person = true, any = false;
    for (const LabelSpan& o : v)
      if (o.begin < i && o.end > first) {
        any = true;
        all_person = all_person && o.type == LabelType(kBPer);
      }
    if (any && all_person) type = LabelType(kBPer);
    static constexpr std::string_view kLaws[] = {"act", "treaty", "accord", "accords", "agreement", "convention",
                                                 "protocol", "charter", "bill"};
    for (std::string_view law : kLaws)
      if (lv[i - 1] == law) type = LabelType(kBOth);  // a law or treaty is "other" (OntoNotes LAW)
    if (gaz.Find(std::span<const std::string_view>(lv.data() + first, i - first)) &
        (kGazCountry | kGazRegion | kGazCity))
      type = LabelType(kBLoc);
    // A mention reaching outside the range (before `first`, or across the
    // bracket) is left alone: the tagger saw a longer name.
    bool clean = true;
    for (const LabelSpan& o : v)
      if ((o.begin < first && o.end > first) || (o.begin < i && o.end > i)) clean = false;
    if (!clean) continue;
    std::vector<LabelSpan> out;
    out.reserve(v.size() + 2);
    bool placed = false;
    for (const LabelSpan& o : v) {
      if (o.begin >= first && o.end <= i) continue;  // replaced
      if (o.begin == i + 1 && o.end == i + 2) continue;  // the acronym: re-added with the type
      if (!placed && o.begin >= i) {
        out.push_back(LabelSpan{static_cast<uint32_t>(first), static_cast<uint32_t>(i), type});
        out.push_back(LabelSpan{static_cast<uint32_t>(i + 1), static_cast<uint32_t>(i + 2), type});
        placed = true;
      }
      out.push_back(o);
    }
    if (!placed) {
      out.push_back(LabelSpan{static_cast<uint32_t>(first), static_cast<uint32_t>(i), type});
      out.push_back(LabelSpan{static_cast<uint32_t>(i + 1), static_cast<uint32_t>(i + 2), type});
    }
    v.swap(out);
  }
}

}  // namespace crosscheck::entity_internal

namespace crosscheck::entity_internal {

// A company's legal form written after a comma ends its name ("Google,
// Inc.", "CCNG, Inc.", "Enron Broadband Services, Inc."; GMB, UNER and
// OntoNotes tag the whole, comma and form included): the mention or the
// untagged run of capitalised words (four at most, no function word)
// right before ", <form>" becomes one organisation with it. A name read
// across the form and an "of" after it ends at the form, and the
// capitalised words after "of" are the place they are when the gazetteer
// knows them ("Google, Inc. of Mountain View"). The forms are written
// with a capital; "Co." is left out ("Smith, Co." is rare and
// "Co." also abbreviates "County").
bool IsCorporateForm(std::string_view w) {
  static constexpr std::string_view kForms[] = {"Inc.", "Inc",  "INC.", "Ltd.", "Ltd",  "LTD.", "Corp.", "Corp",
                                                "LLC",  "L.L.C.", "L.P.", "LLP", "PLC", "Plc",  "GmbH",
                                                "Pty",  "Pvt.", "S.A.", "N.V.", "B.V.", "AG"};
  if (w.size() < 2 || w.size() > 6) return false;
  // Every form opens on one of these bytes; most words after a comma do not.
  switch (w[0]) {
    case 'I': case 'L': case 'C': case 'P': case 'G': case 'S': case 'N': case 'B': case 'A':
      break;
    default:
      return false;
  }
  for (std::string_view f : kForms)
    if (f[0] == w[0] && w == f) return true;
  return false;
}

void JoinCorporateSuffixes(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  if (n < 3) return;
  const auto& lv = s->features.lower_view;
  const auto& caps = s->features.capitalised;
  const int org = LabelType(kBOrg), oth = LabelType(kBOth);
  std::vector<LabelSpan>& v = s->label_spans;
  const uint8_t* cap_flags = caps.data();  // held in a register across the scan
  for (size_t k = 2; k < n; ++k) {
    // Asked of every word: the capital flag first (every form is capitalised).
    if (!cap_flags[k]) continue;
    const std::string_view comma = s->words[k - 1];
    if (comma.size() != 1 || comma[0] != ',' || !IsCorporateForm(s->words[k])) continue;
    if (!caps[k - 2] || !HasLetter(s->words[k - 2])) continue;
    // The mention holding the word before the comma, and one holding the
    // form (the tagger read on over it).
    const LabelSpan* before = nullptr;
    const LabelSpan* after = nullptr;
    for (const LabelSpan& q : v) {
      if (q.begin <= k - 2 && k - 2 < q.end) before = &q;
      if (q.begin <= k && k < q.end) after = &q;
    }
    if (before && before->type == oth && before->end - before->begin == 1) continue;  // a nationality word
    size_t b = k - 2;
    if (before) {
      b = before->begin;
    } else {
      // An untagged run of capitalised words.
      // It stops at another mention, which it takes in when that is a
      // place or an organisation ending right there ("Zorblatt" read as
      // a place + "Mining , Ltd."), not a person ("Maria Lopez").
      auto span_at = [&](size_t i) -> const LabelSpan* {
        for (const LabelSpan& q : v)
          if (q.begin <= i && i < q.end) return &q;
        return nullptr;
      };
      while (b > 0 && k - 2 - b < 3 && caps[b - 1] && HasLetter(s->words[b - 1]) && !IsStopword(s->words[b - 1]) &&
             !IsTitleWord(lv[b - 1])) {
        if (const LabelSpan* q = span_at(b - 1)) {
          if (q->type == LabelType(kBLoc) || q->type == org) b = q->begin;
          break;
        }
        --b;
      }
      // "AG" is also an Attorney General: not after a lone common word.
      if (s->words[k] == "AG" && b == k - 2 && IsCommonWord(gaz, s->words[b])) continue;
    }
    LabelSpan rest{0, 0, 0};  // the place of a name read on over "of"
    uint32_t end = static_cast<uint32_t>(k + 1);
    if (after && after->end > k + 1) {
      if (lv[k + 1] != "of" || after->end <= k + 2) continue;  // some other reading: leave it
      const std::span<const std::string_view> tail(lv.data() + k + 2, after->end - (k + 2));
      if (gaz.Find(tail) & (kGazCountry | kGazRegion | kGazCity))
        rest = LabelSpan{static_cast<uint32_t>(k + 2), after->end, LabelType(kBLoc)};
      end = after->end;  // the spans up to here are replaced
    }
    std::vector<LabelSpan> keep;
    keep.reserve(v.size() + 2);
    for (const LabelSpan& q : v)
      if (q.end <= b || q.begin >= end) keep.push_back(q);
    keep.push_back(LabelSpan{static_cast<uint32_t>(b), static_cast<uint32_t>(k + 1), org});
    if (rest.end > 0) keep.push_back(rest);
    v.swap(keep);
    SortLabelSpansByStart(s);
  }
}

// Names joined by "&" are one organisation: "D.E. Shaw & Co.", "Ernst &
// Young", "Simon & Schuster" (the tagger reads a person and a corporate
// form, or two names). The part after "&" is one to three capitalised
// words; the part before is the mention ending right before "&", or one or
// two capitalised words.
void JoinAmpersandNames(Scratch* s) {
  const size_t n = s->words.size();
  std::vector<LabelSpan>& v = s->label_spans;
  const int org = LabelType(kBOrg);
  for (size_t k = 1; k + 1 < n; ++k) {
    if (s->words[k] != "&" || !StartsUpper(s->words[k - 1]) || !StartsUpper(s->words[k + 1])) continue;
    size_t b = k - 1, e = k + 1;
    while (b > 0 && k - b < 2 && StartsUpper(s->words[b - 1]) && !IsStopword(s->words[b - 1])) --b;
    while (e < n && e - k <= 3 && StartsUpper(s->words[e]) && !IsStopword(s->words[e])) ++e;
    // Mentions overlapping the run widen it and are replaced.
    for (const LabelSpan& q : v)
      if (q.begin < e && q.end > b) {
        b = std::min<size_t>(b, q.begin);
        e = std::max<size_t>(e, q.end);
      }
    std::erase_if(v, [&](const LabelSpan& q) { return q.begin < e && q.end > b; });
    LabelSpan add{static_cast<uint32_t>(b), static_cast<uint32_t>(e), org};
    auto at = std::lower_bound(v.begin(), v.end(), add,
                               [](const LabelSpan& x, const LabelSpan& y) { return x.begin < y.begin; });
    v.insert(at, add);
    k = e;
  }
}

// A known first name closing a mention of two or more words, right before
// a capitalised word, opens the next name: "Undersecretary for Management
// Patrick Kennedy" was "Management Patrick" + "Kennedy", "Political Affairs
// Wendy Sherman" likewise. The first name goes to the person after it; both
// words must be no common word and the second no day, month, title or party
// word. Places keep their words ("South Carolina Republicans", "Santa
// Monica").
void HandFirstNamesOn(const Gazetteer& gaz, Scratch* s) {
  const auto& lv = s->features.lower_view;
  const size_t n = s->words.size();
  std::vector<LabelSpan>& v = s->label_spans;
  const int per = LabelType(kBPer);
  for (size_t k = 0; k < v.size(); ++k) {
    LabelSpan& a = v[k];
    const uint32_t last = a.end - 1;
    if (a.end - a.begin < 2 || a.type == per || a.type == LabelType(kBLoc) || a.end >= n ||
        !StartsUpper(s->words[a.end]) || IsTitleWord(lv[a.end]) || IsPartyWord(lv[a.end]) ||
        !StartsUpper(s->words[last]) || AllUpper(s->words[last]) || !LexiconFirstNames().contains(std::string(lv[last])))
      continue;
    // Both words name someone: no common word ("Court", "Storm", "Day",
    // "Housing") and no day or month ("New York Monday").
    static constexpr std::string_view kCalendar[] = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const bool calendar = std::find(std::begin(kCalendar), std::end(kCalendar), lv[a.end]) != std::end(kCalendar);
    if (calendar || IsCommonWord(gaz, s->words[last]) || IsCommonWord(gaz, s->words[a.end])) continue;
    // The surname: the mention starting right after, or the bare word.
    if (k + 1 < v.size() && v[k + 1].begin == a.end) {
      LabelSpan& b = v[k + 1];
      if (b.type != per && b.end - b.begin > 1) continue;
      b.begin = last;
      b.type = per;
    } else {
      LabelSpan add{last, a.end + 1, per};
      v.insert(v.begin() + static_cast<std::ptrdiff_t>(k) + 1, add);
    }
    v[k].end = last;  // (v may have grown: index again)
  }
}

}  // namespace crosscheck::entity_internal
