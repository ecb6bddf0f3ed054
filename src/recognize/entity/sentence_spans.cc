// The per-sentence rules of mention_rules.h that reshape the tagger's
// spans: adjacent names merged, joiners trimmed from the edges, spans split
// at titles and repaired by their context, a town split from its region,
// list items typed by their neighbours. The word tests they share are in
// sentence_rules.cc; the rules that add names the tagger missed are in
// sentence_additions.cc.
#include <algorithm>
#include <string>

#include "core/word_table.h"
#include "recognize/entity/gmb.h"
#include "recognize/entity/mention_rules.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"
#include "recognize/entity/word_senses.h"

namespace crosscheck::entity_internal {

namespace {

// Words that join the parts of a name but never stand at its edge.
bool IsEdgeJoiner(std::string_view w) {
  return w == "of" || w == "and" || w == "&" || w == "for" || w == "the";
}

}  // namespace

// Two names with nothing between them are one name, of the first's type,
// when they are of one type ("San" + "Francisco") or when the second is a
// single word no gazetteer knows as a place, organisation or nationality
// ("John" + "McCain" tagged as an organisation, "Black" + "Sea"). The tagger decides token by token,
// so a name's last word sometimes opens a new span.
void MergeAdjacentNames(const Gazetteer& gaz, Scratch* s) {
  std::vector<LabelSpan>& v = s->label_spans;
  for (size_t k = 0; k + 1 < v.size();) {
    LabelSpan& a = v[k];
    const LabelSpan& b = v[k + 1];
    const bool touching = a.end == b.begin;
    const bool same = a.type == b.type && a.type != LabelType(kBOth);
    // "Kay" + "Mann" (a town too): after a one-word person that opens
    // person names in the training data, a capitalised word that is no
    // country or nationality is the surname, known place or not.
    std::string_view first = s->features.lower_view[a.begin];
    const bool one_word_person = a.type == LabelType(kBPer) && a.end == a.begin + 1;
    const bool first_name = one_word_person && (gaz.Find(std::span<const std::string_view>(&first, 1)) & kGazFirstName);
    // Session 35: a given name of the general list (LexiconFirstNames, the
    // Moby names; "Mark" opens no two-word name often enough in training
    // to be in the gazetteer's list) is as good before a surname that is
    // no common word ("Mark" + "Teixeira", a town too: the tagger's
    // I-PER and B-LOC were a near-tie there); not a month or weekday.
    const bool given_name = one_word_person && !first_name && b.end == b.begin + 1 &&
                            !IsCommonWord(gaz, s->words[b.begin]) && !IsCalendarWord(s->features.lower_view[b.begin]) &&
                            LexiconFirstNames().contains(std::string(first));
    // Not after a country or nationality word when a person's name starts
    // at the word ("President of Ukraine" + "Volodymyr" + person
    // "Zelensky": the country ends its own name; "UK" + "Sport" joins).
    const bool country_before = a.end == a.begin + 1 && IsNationalityOrCountry(gaz, s->words[a.begin]) &&
                                k + 2 < v.size() && v[k + 2].begin == b.end && v[k + 2].type == LabelType(kBPer);
    const bool person_tail = a.type != LabelType(kBOth) && b.end == b.begin + 1 && StartsUpper(s->words[b.begin]) &&
                             (first_name || given_name || !IsKnownName(gaz, s->words[b.begin])) &&
                             !IsNationalityOrCountry(gaz, s->words[b.begin]) && !country_before;
    // A gazetteer town, region or country split across the two ("Sri" +
    // "Lanka", "New" + "York Daily News"): one name, a location when the
    // place is the whole of it, else typed as the right part (its head).
    bool split_place = false;
    if (touching && !same && a.end - a.begin <= 2 && b.end > b.begin) {
      const auto& lv = s->features.lower_view;
      constexpr uint8_t kPlace = kGazCountry | kGazRegion | kGazCity;
      const uint8_t cls = gaz.Find(std::span<const std::string_view>(lv.data() + a.begin, b.begin + 1 - a.begin));
      split_place = (cls & kPlace) != 0 &&
                    !(gaz.Find(std::span<const std::string_view>(lv.data() + a.begin, a.end - a.begin)) & kPlace);
      if (split_place) {
        const uint8_t whole = gaz.Find(std::span<const std::string_view>(lv.data() + a.begin, b.end - a.begin));
        a.type = (whole & kPlace) && !(whole & kGazOrg) ? LabelType(kBLoc) : b.type;
      }
    }
    if (!touching || !(same || person_tail || split_place)) {
      ++k;
      continue;
    }
    a.end = b.end;
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
}

// A joiner ends or opens no name: "Housing Authority of" + "New Orleans",
// "McManus &" + "Marsden" (the tagger stopped a word late or started one
// early). Runs after MergeAdjacentNames ("Bay of" + "Bengal" is one name);
// JoinOrganisations rejoins an organisation and the name after "of".
void TrimJoiners(Scratch* s) {
  for (LabelSpan& ls : s->label_spans) {
    while (ls.end > ls.begin + 1 && IsEdgeJoiner(s->words[ls.end - 1])) --ls.end;
    while (ls.end > ls.begin + 1 && IsEdgeJoiner(s->words[ls.begin])) ++ls.begin;
  }
}

// "U.N. Secretary-General Antonio Guterres" tagged as one organisation:
// the words after an office title that are all capitalised are a person;
// the words before it keep their type; the title is left to TitleBefore.
void SplitAtTitles(const Gazetteer& gaz, Scratch* s) {
  static constexpr std::string_view kOffices[] = {"secretary-general", "president", "minister", "chancellor", "mayor",
                                   "governor", "senator", "spokesman", "spokeswoman", "ambassador", "envoy",
                                   "commander", "premier", "king", "queen", "prince", "pope", "secretary",
                                   "attorney", "judge", "prosecutor", "director", "lawyer", "coach", "spokesperson",
                                   "chairman", "chairwoman", "chair", "leader", "speaker", "whip", "nominee",
                                   "adviser", "advisor", "strategist", "editor", "anchor", "correspondent", "ceo"};
  // Swapped with s->label_spans at the end: the two buffers are reused from
  // sentence to sentence instead of one allocated per sentence.
  thread_local std::vector<LabelSpan> out;
  out.clear();
  const auto& lv = s->features.lower_view;
  for (const LabelSpan& ls : s->label_spans) {
    bool split = false;
    if (ls.type != LabelType(kBPer)) {
      // "Lieutenant Colonel Denis Prokopenko" tagged as an organisation: a
      // title run and then two or more capitalised words that are neither
      // common words nor known places is a titled person.
      const size_t t = LeadingTitleLength(std::span<const std::string_view>(s->words).subspan(ls.begin, ls.end - ls.begin));
      if (t > 0 && ls.end - (ls.begin + t) >= 2) {
        bool names = true;
        for (uint32_t j = ls.begin + static_cast<uint32_t>(t); j < ls.end && names; ++j)
          names = StartsUpper(s->words[j]) && !TitleWordAt(*s, j) && !IsCommonWord(gaz, s->words[j]) &&
                  !IsKnownName(gaz, s->words[j]);
        if (names) {
          out.push_back(LabelSpan{ls.begin + static_cast<uint32_t>(t), ls.end, LabelType(kBPer)});
          continue;
        }
      }
      // "Justice Okonedo" tagged as one organisation: a title run and one
      // name no list or gazetteer claims (session 30).
      if (t > 0 && ls.end == ls.begin + t + 1 && TitledLoneName(gaz, *s, ls.end - 1)) {
        out.push_back(LabelSpan{ls.end - 1, ls.end, LabelType(kBPer)});
        continue;
      }
      for (uint32_t k = ls.begin; k + 1 < ls.end && !split; ++k) {
        bool office = false;
        for (std::string_view o : kOffices)
          if (lv[k] == o) {
            office = true;
            break;
          }
        if (!office) continue;
        bool names = true;
        for (uint32_t j = k + 1; j < ls.end; ++j) names = names && StartsUpper(s->words[j]) && !TitleWordAt(*s, j);
        if (!names) continue;
        if (k > ls.begin) out.push_back(LabelSpan{ls.begin, k, ls.type});
        out.push_back(LabelSpan{k + 1, ls.end, LabelType(kBPer)});
        split = true;
      }
    }
    // "Secretary of State Antony Blinken" with "State Antony Blinken"
    // tagged: a title run starting just before the span reaches into it.
    for (uint32_t back = 1; back <= 3 && !split && ls.type != LabelType(kBPer) && back <= ls.begin; ++back) {
      const uint32_t j = ls.begin - back;
      if (!TitleWordAt(*s, j)) continue;
      size_t len = LeadingTitleLength(std::span<const std::string_view>(s->words).subspan(j, ls.end - j));
      if (j + len > ls.begin && j + len < ls.end) {
        out.push_back(LabelSpan{static_cast<uint32_t>(j + len), ls.end, LabelType(kBPer)});
        split = true;
      }
    }
    if (!split) out.push_back(ls);
  }
  s->label_spans.swap(out);
}

// Span repairs that read the words around a name:
//  - "U.N. Secretary-General" tagged as an organisation right before the
//    person "Antonio Guterres": trailing title words of a non-person span
//    that touches a person belong to the person's title (TitleBefore);
//  - "Trisha" (organisation) + "Thomas" (person), "Lolita" + "C. Baldor":
//    a one-word organisation or place that touches a person is its first
//    name when it is no common word, country or nationality, and no
//    gazetteer knows it or the person opens on an initial;
//  - "the missile cruiser Moskva": a name right after a vessel noun, or
//    after one and capitalised title words ("the warship Admiral Essen"),
//    is a vessel's name, `other` (OntoNotes PRODUCT), titles included;
//  - credit and contributor lines ("Trisha Thomas in Rome, Yesica Fisch in
//    Zaporizhzhia, ..."): a two- or three-word organisation or place of
//    capitalised words no gazetteer knows, followed by "in" and a place,
//    is a person when a person in the same sentence is followed by "in"
//    and a place too.
void RepairByContext(const Gazetteer& gaz, Scratch* s) {
  static constexpr std::string_view kVessels[] = {"ship", "warship", "cruiser", "frigate", "destroyer", "submarine",
                                                  "carrier", "vessel", "tanker", "flagship", "yacht", "ferry",
                                                  "freighter", "corvette", "liner", "trawler", "icebreaker"};
  std::vector<LabelSpan>& v = s->label_spans;
  const auto& lv = s->features.lower_view;
  const int per = LabelType(kBPer);
  for (size_t k = 0; k + 1 < v.size(); ++k) {
    LabelSpan& a = v[k];
    LabelSpan& b = v[k + 1];
    if (a.type == per || b.type != per || a.end != b.begin) continue;
    while (a.end > a.begin && TitleWordAt(*s, a.end - 1) && StartsUpper(s->words[a.end - 1])) --a.end;
    if (a.end == a.begin) continue;  // removed below
    if (a.end != b.begin || a.end != a.begin + 1 || a.type == LabelType(kBOth) || AllUpper(s->words[a.begin]) ||
        IsCommonWord(gaz, s->words[a.begin]) || IsNationalityOrCountry(gaz, s->words[a.begin]))
      continue;
    const bool initial = b.end > b.begin + 1 && s->words[b.begin].size() == 2 && s->words[b.begin][1] == '.';
    if (initial || !IsKnownName(gaz, s->words[a.begin])) {
      a.end = b.end;
      a.type = per;
      b.end = b.begin;  // removed below
    }
  }
  v.erase(std::remove_if(v.begin(), v.end(), [](const LabelSpan& ls) { return ls.end <= ls.begin; }), v.end());
  for (size_t k = 0; k < v.size(); ++k) {
    LabelSpan& ls = v[k];
    if (ls.begin == 0 || ls.type == LabelType(kBOth)) continue;
    // Capitalised title words between the noun and the name are the
    // vessel's name too ("the warship Admiral Essen").
    uint32_t from = ls.begin;
    const uint32_t floor = k > 0 ? v[k - 1].end : 0;
    while (from > floor + 1 && StartsUpper(s->words[from - 1]) && TitleWordAt(*s, from - 1)) --from;
    if (from == 0) continue;
    for (std::string_view x : kVessels)
      if (lv[from - 1] == x) {
        ls.begin = from;
        ls.type = LabelType(kBOth);
        break;
      }
  }
  auto in_place = [&](size_t k) {
    return k + 1 < v.size() && v[k].end + 1 == v[k + 1].begin && (lv[v[k].end] == "in" || lv[v[k].end] == "from") &&
           v[k + 1].type == LabelType(kBLoc);
  };
  bool person_in_place = false;
  for (size_t k = 0; k < v.size() && !person_in_place; ++k) person_in_place = v[k].type == per && in_place(k);
  if (!person_in_place) return;
  for (size_t k = 0; k < v.size(); ++k) {
    LabelSpan& ls = v[k];
    const uint32_t len = ls.end - ls.begin;
    if (ls.type == per || ls.type == LabelType(kBOth) || len < 2 || len > 3 || !in_place(k)) continue;
    bool names = true;
    for (uint32_t j = ls.begin; j < ls.end && names; ++j)
      names = (j > ls.begin && j + 1 < ls.end && IsInitial(s->words[j])) ||
              (StartsUpper(s->words[j]) && !AllUpper(s->words[j]) && !IsCommonWord(gaz, s->words[j]) &&
               !TitleWordAt(*s, j) && !IsKnownName(gaz, s->words[j]));
    if (names && !gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, len))) ls.type = per;
  }
}

// A town and its region or country written with no comma between them
// ("Miramar California", "san francisco california", "Nantes Brittany"):
// two places, as every corpus tags them. The tagger (or MergeAdjacentNames)
// makes one location of the run; it is split when the whole run is no
// place of the gazetteer ("Kansas City", "Papua New Guinea", "Northern
// Ireland" are) and it ends on a region or country of one or two words
// after a town or region that is no country ("Guinea Bissau" stays), none
// of them a common word. Session 32 (ner17). A US state's postal code
// counts as a region after a town ("San Rafael Ca"; ner19).
void SplitPlaceAndRegion(const Gazetteer& gaz, Scratch* s) {
  constexpr uint8_t kPlace = kGazCountry | kGazRegion | kGazCity;
  const auto& lv = s->features.lower_view;
  auto find = [&](size_t from, size_t len) { return gaz.Find(std::span<const std::string_view>(lv.data() + from, len)); };
  std::vector<LabelSpan>& v = s->label_spans;
  for (size_t k = 0; k < v.size(); ++k) {
    const LabelSpan ls = v[k];
    if (ls.type != LabelType(kBLoc) || ls.end - ls.begin < 2 || (find(ls.begin, ls.end - ls.begin) & (kPlace | kGazOrg)))
      continue;
    for (uint32_t tail = 1; tail <= 2 && ls.begin + tail < ls.end; ++tail) {
      const uint32_t cut = ls.end - tail;
      uint8_t right = find(cut, tail);
      const uint8_t left = find(ls.begin, cut - ls.begin);
      // ner19: a US state's postal code, in capitals or not ("San Rafael
      // Ca", "Miramar CA"), after a town is its state; not a function word
      // ("In", "Or", "Me").
      bool postal = false;
      if (tail == 1 && s->words[cut].size() == 2 && !IsStopword(s->words[cut]) && (left & kGazCity)) {
        const char up[2] = {static_cast<char>(s->words[cut][0] & ~0x20), static_cast<char>(s->words[cut][1] & ~0x20)};
        postal = UsStateAbbreviation(std::string_view(up, 2)) == 1;
        if (postal) right |= kGazRegion;
      }
      if (!(right & (kGazCountry | kGazRegion)) || !(left & (kGazCity | kGazRegion)) || (left & kGazCountry) ||
          ((left | right) & kGazOrg))
        continue;
      // GeoNames has regions named "Bay", "Islands", "North": a common
      // word ends or opens no such pair ("Guantanamo Bay", "Cape Verde
      // Islands", "South America").
      bool common = cut == ls.begin + 1 && (left & kGazCommon);
      for (uint32_t j = cut; j < ls.end && !postal; ++j) common = common || (find(j, 1) & kGazCommon);
      if (common) continue;
      // A first word that opens person names is a given name: "the next
      // George Washington" is one name, not the town of George and a state.
      if (cut == ls.begin + 1 && (left & kGazFirstName)) continue;
      v[k].end = cut;
      v.insert(v.begin() + static_cast<std::ptrdiff_t>(k + 1), LabelSpan{cut, ls.end, LabelType(kBLoc)});
      ++k;
      break;
    }
  }
}

// An item of a list between two names of one type is a name of that type
// ("Ryan Hinze, Sheetal Patel, Johnathan Anderson"; "Chad, Burkina Faso
// and Mali"): the tagger knows the neighbours' words better than an
// unseen name's. The item is one to three capitalised words between
// commas (or a comma and "and"/"or"), untagged, none a function word, a
// title, a month or weekday, and a lone word no common word. Persons,
// organisations, places. Session 32 (ner17).
void TypeListItems(const Gazetteer& gaz, Scratch* s) {
  std::vector<LabelSpan>& v = s->label_spans;
  if (v.size() < 2) return;
  const auto& lv = s->features.lower_view;
  bool added = false;
  const size_t count = v.size();
  for (size_t k = 0; k + 1 < count; ++k) {
    const LabelSpan a = v[k], b = v[k + 1];
    if (a.type != b.type || a.type < LabelType(kBPer) || a.type > LabelType(kBLoc)) continue;
    // a "," R ("," | "and" | "or" | "," "and") b
    uint32_t i = a.end;
    if (i >= b.begin || s->words[i] != ",") continue;
    const uint32_t from = i + 1;
    uint32_t to = from;
    while (to < b.begin && to - from < 4 && StartsUpper(s->words[to])) ++to;
    if (to == from || to - from > 3) continue;
    uint32_t j = to;
    if (j < b.begin && s->words[j] == ",") ++j;
    if (j < b.begin && (lv[j] == "and" || lv[j] == "or")) ++j;
    if (j != b.begin || j == to) continue;
    bool ok = true;
    for (uint32_t w = from; w < to && ok; ++w)
      ok = !IsStopword(s->words[w]) && !TitleWordAt(*s, w) && !IsCalendarWord(lv[w]) && HasLetter(s->words[w]);
    if (ok && to == from + 1) ok = !IsCommonWord(gaz, s->words[from]);
    if (!ok) continue;
    v.push_back(LabelSpan{from, to, a.type});
    added = true;
  }
  if (added) SortLabelSpansByStart(s);
}

}  // namespace crosscheck::entity_internal
