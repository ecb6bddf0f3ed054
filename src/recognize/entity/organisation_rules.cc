// The per-sentence rules of mention_rules.h that build and split
// organisation names: organisation heads ("Columbia University", "Sky" +
// "News"), names glued across "and", institutions ("Russia's defence
// ministry") and acronym definitions ("the Food and Drug Administration
// (FDA)"). Rules that join pieces into one name are in
// organisation_joins.cc, rules that only retype a built name in
// organisation_typing.cc; the word tests and the rules for persons, titles,
// places and facilities are in sentence_rules.cc.
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
      const LabelSpan name = ls;
      ls.end = static_cast<uint32_t>(j + 1);
      ls.type = LabelType(kBOrg);
      s->name_parts.push_back({ls, name});
    }
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
