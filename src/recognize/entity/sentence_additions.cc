// The per-sentence rules of mention_rules.h that add names the tagger
// missed: gazetteer names as a fallback, places written without capitals,
// and facilities (a name or capitalised run before a facility head noun).
// The word tests they share are in sentence_rules.cc.
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

// Length in words of the longest facility head phrase at word i, or 0.
size_t FacilityHead(const Gazetteer& gaz, const Scratch& s, size_t i) {
  if (!(s.features.gaz_begin[i] & kGazFacility)) return 0;  // no facility phrase starts here
  const auto& lv = s.features.lower_view;
  for (size_t len = std::min<size_t>(4, lv.size() - i); len >= 1; --len) {
    if (gaz.Find(std::span<const std::string_view>(lv.data() + i, len)) & kGazFacility) return len;
  }
  return 0;
}

}  // namespace

// Fallbacks for names the tagger left untagged: a capitalised
// organisation or country phrase of the gazetteer ("Amnesty
// International"), and a capitalised word before a region noun ("the
// Donbas region" -> location "Donbas").
void AddGazetteerNames(const Gazetteer& gaz, Scratch* s) {
  static constexpr std::string_view kRegionHeads[] = {"region", "regions", "oblast", "province", "district", "county",
                                       "governorate", "valley", "peninsula"};
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  std::vector<uint8_t>& taken = s->taken;  // reused: this runs on every sentence
  taken.assign(n, 0);
  for (const LabelSpan& ls : s->label_spans)
    for (uint32_t k = ls.begin; k < ls.end; ++k) taken[k] = 1;
  bool added = false;
  for (size_t i = 0; i < n; ++i) {
    if (taken[i] || !StartsUpper(s->words[i])) continue;
    // Match() recorded the classes of every phrase starting here.
    const bool phrase_here = (s->features.gaz_begin[i] & (kGazOrg | kGazCountry | kGazCity)) != 0;
    for (size_t len = phrase_here ? std::min<size_t>(6, n - i) : 0; len >= 1; --len) {
      bool free = true;
      for (size_t k = i; k < i + len; ++k) free = free && !taken[k];
      if (!free || !StartsUpper(s->words[i + len - 1])) continue;
      uint8_t cls = gaz.Find(std::span<const std::string_view>(lv.data() + i, len));
      // A city of two words or more ("Las Vegas" after a capitalised "In"
      // the tagger left untagged); a one-word city is too often a common
      // word or a surname.
      int type = (cls & kGazOrg)                     ? LabelType(kBOrg)
                 : (cls & kGazCountry)               ? LabelType(kBLoc)
                 : (cls & kGazCity) && len >= 2      ? LabelType(kBLoc)
                                                     : 0;
      if (!type || (len == 1 && (cls & kGazCommon))) continue;
      s->label_spans.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), type});
      for (size_t k = i; k < i + len; ++k) taken[k] = 1;
      added = true;
      break;
    }
    if (taken[i] || i + 1 >= n) continue;
    bool region = false;
    for (std::string_view h : kRegionHeads) region = region || lv[i + 1] == h;
    if (region && !IsStopword(s->words[i]) && !IsCommonWord(gaz, s->words[i]) && i > 0) {
      s->label_spans.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), LabelType(kBLoc)});
      taken[i] = 1;
      added = true;
    }
  }
  if (added)
    SortLabelSpansByStart(s);
}

// Web text often drops capitals ("i am from mexico traveling to san
// francisco"), and a lower-case word never opens a name for the tagger. In
// a sentence that shows it ignores case (its first word is lower-case, or
// it writes the pronoun "i"), a lower-case phrase the gazetteer knows as a
// country, region or city is a location, unless it is one common word or
// shorter than four letters ("bath", "mobile", "nice" are common words).
void AddCaselessPlaces(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  auto lower_ascii = [&](size_t k) {
    const std::string_view w = s->words[k];
    return !w.empty() && w[0] >= 'a' && w[0] <= 'z';
  };
  bool caseless = false;
  for (size_t k = 0; k < n && !caseless; ++k) {
    const std::string_view w = s->words[k];
    if (w == "i") caseless = true;
    else if (k == 0 || (k == 1 && IsPunctWord(s->words[0]))) caseless = lower_ascii(k);
  }
  const auto& lv = s->features.lower_view;
  // In a sentence written with capitals, only a country or region after a
  // preposition of place ("a foreigner living in malaysia", "how do I get
  // certified in delaware?"): a lower-case word there names nothing else.
  auto place_preposition = [&](size_t k) {
    if (k == 0) return false;
    for (std::string_view p : {"in", "from", "to", "near", "across", "around", "visit", "visiting"})
      if (lv[k - 1] == p) return true;
    return false;
  };
  if (!caseless) {
    bool any = false;
    for (size_t k = 1; k < n && !any; ++k) any = place_preposition(k) && lower_ascii(k);
    if (!any) return;
  }
  std::vector<uint8_t> taken(n, 0);
  for (const LabelSpan& ls : s->label_spans)
    for (uint32_t k = ls.begin; k < ls.end; ++k) taken[k] = 1;
  bool added = false;
  for (size_t i = 0; i < n; ++i) {
    if (taken[i] || !lower_ascii(i) || IsStopword(s->words[i])) continue;
    if (!caseless && !place_preposition(i)) continue;
    for (size_t len = std::min<size_t>(3, n - i); len >= 1; --len) {
      bool free = true;
      for (size_t k = i; k < i + len; ++k) free = free && !taken[k] && lower_ascii(k);
      if (!free) continue;
      const uint8_t cls = gaz.Find(std::span<const std::string_view>(lv.data() + i, len));
      if (!(cls & (kGazCountry | kGazRegion | kGazCity))) continue;
      if (!caseless && !(cls & (kGazCountry | kGazRegion))) continue;
      if (len == 1 && ((cls & kGazCommon) || s->words[i].size() < 4)) continue;
      s->label_spans.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), LabelType(kBLoc)});
      for (size_t k = i; k < i + len; ++k) taken[k] = 1;
      added = true;
      break;
    }
  }
  if (added)
    SortLabelSpansByStart(s);
}

// The abbreviations of the US states and DC written after a town: the
// postal codes (USPS; GeoNames' admin1 codes of the US) and the AP style's
// ("Fla.", "Calif."; the tokeniser may split the period off).
namespace {
const WordTable& UsStateAbbreviationTable() {
  static const WordTable* t = [] {
    auto* w = new WordTable();
    w->Add({"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"},
           1);
    w->Add({"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
            "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt",
            "Va", "Wash", "Wis", "Wyo"},
           2);
    w->Add({"N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "R.I.", "S.C.", "S.D.", "W.Va.", "D.C."}, 1);
    return w;
  }();
  return *t;
}

}  // namespace

int UsStateAbbreviation(std::string_view word) {
  return static_cast<int>(UsStateAbbreviationTable().Find(word));
}

// A US state's abbreviation after a town and a comma ("Chillicothe, OH",
// "Tampa, Fla.", "Baltimore,MD 21202") is a place, and so is the town: no
// gazetteer file holds the abbreviations, and the tagger, seeing two
// capitals after a comma, leaves both untagged (UNER's tuning folds: about
// six places). The town is a place mention already, or an untagged run of
// up to three capitalised words the gazetteer knows as a city or region
// (in capitals only in a dateline, not in a sentence all in capitals); an
// AP form without its period needs the period next ("Ill" alone is a
// word). A person or organisation before the comma ("Ruth Okafor, MD")
// leaves both alone; a one-word mention on the abbreviation becomes the
// place.
void AddStatePlaces(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  if (n < 3) return;
  const auto& lv = s->features.lower_view;
  std::vector<LabelSpan>& v = s->label_spans;
  bool added = false;
  for (size_t i = 2; i < n; ++i) {
    if (s->words[i - 1] != ",") continue;
    const int cls = UsStateAbbreviation(s->words[i]);
    if (cls == 0 || (cls == 2 && (i + 1 >= n || s->words[i + 1] != "."))) continue;
    // The mention on the abbreviation and the one ending before the comma.
    LabelSpan* state = nullptr;
    LabelSpan* town = nullptr;
    bool blocked = false;
    for (LabelSpan& ls : v) {
      if (ls.begin <= i && i < ls.end) {
        if (ls.end - ls.begin == 1) state = &ls;
        else blocked = true;
      }
      if (ls.end == i - 1) town = &ls;
      else if (ls.begin <= i - 2 && i - 2 < ls.end) blocked = true;
    }
    if (blocked) continue;
    const uint32_t town_end = static_cast<uint32_t>(i - 1);
    uint32_t town_begin = town_end;
    // A town in capitals opens a dateline ("LOUISVILLE, Ky. (AP) —"); in a
    // sentence all in capitals ("MEET IN TAMPA, OR STAY HOME") the word
    // after the abbreviation is in capitals too.
    size_t after = i + 1;
    if (after < n && s->words[after] == ".") ++after;
    const bool caps_ok = after >= n || !(AllUpper(s->words[after]) && s->words[after].size() > 1 &&
                                         HasLetter(s->words[after]));
    if (town) {
      if (town->type != LabelType(kBLoc)) continue;
    } else {
      while (town_begin > 0 && town_end - town_begin < 3 && StartsUpper(s->words[town_begin - 1]) &&
             (caps_ok || !AllUpper(s->words[town_begin - 1])) && !IsStopword(s->words[town_begin - 1]))
        --town_begin;
      // The longest run of them, ending at the comma, that is a city or region.
      while (town_begin < town_end &&
             !(gaz.Find(std::span<const std::string_view>(lv.data() + town_begin, town_end - town_begin)) &
               (kGazCity | kGazRegion)))
        ++town_begin;
      if (town_begin == town_end) continue;
      bool taken = false;
      for (const LabelSpan& ls : v) taken = taken || (ls.begin < town_end && town_begin < ls.end);
      if (taken) continue;
      v.push_back(LabelSpan{town_begin, town_end, LabelType(kBLoc)});
      added = true;
      state = nullptr;  // the push may have moved the spans; looked up again below
      for (LabelSpan& ls : v)
        if (ls.begin == i && ls.end == i + 1) state = &ls;
    }
    if (state) {
      state->type = LabelType(kBLoc);
    } else {
      v.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), LabelType(kBLoc)});
      added = true;
    }
  }
  if (added) SortLabelSpansByStart(s);
}

void AddFacilities(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  std::vector<LabelSpan>& spans = s->label_spans;
  // Names ending in a capitalised head noun.
  for (LabelSpan& ls : spans) {
    if (ls.type != LabelType(kBOrg) && ls.type != LabelType(kBLoc)) continue;
    if (ls.end - ls.begin < 2 || !StartsUpper(s->words[ls.end - 1])) continue;
    for (uint32_t k = ls.begin + 1; k < ls.end; ++k) {
      if (FacilityHead(gaz, *s, k) == ls.end - k) {
        ls.type = kFacilityType;
        break;
      }
    }
  }
  // A name or capitalised run followed by a head noun. Swapped with spans at
  // the end: both buffers are reused from sentence to sentence.
  thread_local std::vector<LabelSpan> result;
  result.clear();
  size_t si = 0;
  for (size_t i = 0; i < n;) {
    const LabelSpan* cur = si < spans.size() && spans[si].begin == i ? &spans[si] : nullptr;
    size_t end;
    int type;
    if (cur) {
      end = cur->end;
      type = cur->type;
    } else if (StartsUpper(s->words[i]) && !IsStopword(s->words[i]) && !TitleWordAt(*s, i) &&
               (si >= spans.size() || spans[si].begin > i)) {
      end = i + 1;
      while (end < n && StartsUpper(s->words[end]) && (si >= spans.size() || spans[si].begin > end) &&
             !FacilityHead(gaz, *s, end))
        ++end;
      type = 0;
    } else {
      ++i;
      continue;
    }
    size_t head = end < n ? FacilityHead(gaz, *s, end) : 0;
    // "our Democratic base": a party word before a lower-case head noun is
    // an adjective, not a name.
    if (head && end == i + 1 && !StartsUpper(s->words[end]) && IsPartyWord(lv[i])) head = 0;
    // "G4S works with other agencies", "Acme works closely with": a
    // lower-case head that is also a verb in -s, before a preposition
    // only a verb takes there, is the name's verb, not a facility.
    // ("Clinton's Brooklyn headquarters for a sit-down" stays a noun.)
    if (head == 1 && !StartsUpper(s->words[end]) && end + 1 < n && IsVerbSForm(lv[end]) &&
        (lv[end + 1] == "with" || lv[end + 1] == "closely" || lv[end + 1] == "together" ||
         lv[end + 1] == "alongside"))
      head = 0;
    bool person = type == LabelType(kBPer);
    if (!head && !person && end + 2 < n && (lv[end] == "and" || lv[end] == "&") && StartsUpper(s->words[end + 1])) {
      // "Azovstal Iron and Steel Works": capitalised words joined by "and"
      // up to a facility head belong to the facility's name.
      size_t j = end + 1;
      while (j < n && StartsUpper(s->words[j]) && !FacilityHead(gaz, *s, j) && j < end + 4) ++j;
      const size_t h = j < n ? FacilityHead(gaz, *s, j) : 0;
      if (h && StartsUpper(s->words[j])) {
        result.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(j + h), kFacilityType});
        while (si < spans.size() && spans[si].begin < j + h) ++si;
        i = j + h;
        continue;
      }
    }
    if (head && !person && type != kFacilityType) {
      result.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(end + head), kFacilityType});
      while (si < spans.size() && spans[si].begin < end + head) ++si;
      i = end + head;
      continue;
    }
    if (cur) {
      result.push_back(*cur);
      ++si;
    }
    i = end;
  }
  spans.swap(result);
}

}  // namespace crosscheck::entity_internal
