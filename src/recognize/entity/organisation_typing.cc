// The per-sentence rules of mention_rules.h that type names already built,
// by their shape and their clause rather than their span: camel-case
// company names, the metonymy policy and its complement (a place that
// speaks is an organisation), and laws and treaties as "other". The rules
// that build and split organisation names are in organisation_rules.cc.
#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "recognize/entity/gmb.h"
#include "recognize/entity/mention_rules.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"

namespace crosscheck::entity_internal {

// A word written in camel case, a capital inside after lower-case letters
// ("ExxonMobil", "ConocoPhillips", "WikiLeaks", "NiMo"), names a company
// or an organisation far more often than a person or a place: in GMB's
// training part 53 such words are organisations, 8 works or products,
// 2 places and, besides surnames of the "El"/"Mc" kind, 1 a person. A
// one-word person or place mention so written is an organisation, and so
// is such a word the tagger left untagged, unless the gazetteer knows it.
// Left alone: a lower-case first letter ("iPhone", "eBay": products as
// often as firms), a surname prefix before the inner capital ("McCain",
// "MacArthur", "DeVito", "ElBaradei", "LaToya", "VanDyke", "FitzGerald"),
// capitals only, a word with other characters than letters.
bool IsCamelCaseName(std::string_view w) {
  if (w.size() < 4 || w[0] < 'A' || w[0] > 'Z') return false;
  // Most capitalised words have no second capital: find one cheaply first.
  size_t i = 2;
  while (i < w.size() && static_cast<unsigned char>(w[i] - 'A') >= 26) ++i;
  if (i == w.size()) return false;
  size_t inner = 0;  // the first capital after a lower-case letter
  for (size_t i = 1; i < w.size(); ++i) {
    const char c = w[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    if (!inner && c >= 'A' && c <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z') inner = i;
  }
  if (!inner) return false;
  static constexpr std::string_view kSurnamePrefixes[] = {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le",
                                                          "Van", "Von", "Fitz", "El", "Al", "Ben", "Abu"};
  const std::string_view prefix = w.substr(0, inner);
  for (std::string_view p : kSurnamePrefixes)
    if (prefix == p) return false;
  return true;
}

void TypeCamelCaseNames(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  const int org = LabelType(kBOrg);
  std::vector<LabelSpan>& v = s->label_spans;
  auto unknown = [&](size_t k) { return s->features.gaz_begin[k] == 0 && !IsKnownName(gaz, s->words[k]); };
  bool added = false;
  size_t next = 0;  // the first span not ending before word k
  const size_t old_spans = v.size();
  for (size_t k = 0; k < n; ++k) {
    if (!s->features.capitalised[k] || !IsCamelCaseName(s->words[k])) continue;
    while (next < old_spans && v[next].end <= k) ++next;
    if (next < old_spans && v[next].begin <= k) {
      LabelSpan& ls = v[next];
      if (ls.end - ls.begin == 1 && (ls.type == LabelType(kBPer) || ls.type == LabelType(kBLoc)) && unknown(k))
        ls.type = org;
      continue;
    }
    if (!unknown(k)) continue;
    v.push_back(LabelSpan{static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), org});
    added = true;
  }
  if (added) SortLabelSpansByStart(s);
}

// The metonymy policy (docs/ENTITIES.md), as the conventions table applies
// it to every corpus's gold spans: an organisation mention that is exactly
// a country, region or city of the gazetteer and no organisation of it is
// a location ("Kiev" read as the government there, "England" as a team).
void ApplyMetonymyPolicy(const Gazetteer& gaz, Scratch* s) {
  const auto& lv = s->features.lower_view;
  for (LabelSpan& ls : s->label_spans) {
    if (ls.type != LabelType(kBOrg)) continue;
    const uint8_t cls = gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, ls.end - ls.begin));
    if ((cls & (kGazCountry | kGazRegion | kGazCity)) && !(cls & kGazOrg)) ls.type = LabelType(kBLoc);
  }
}

// The place policy, the metonymy policy's sibling for names the tagger
// made people or "other": a one-word person or "other" mention that is a
// country or region of the gazetteer ("Illinois's Mark Kirk", "Illinois"
// opening a sentence) is that place, and so is a one-word person or
// "other" written before a comma and such a place that closes the phrase
// ("Ferguson, Missouri, has", "Raleigh, N.C.-based"). Not a given name
// ("Georgia", "Jordan"; in the second case only one that opens person
// names in the training data), a nationality word or an organisation of the
// gazetteer; not after a title or form of address ("Sen. Washington"); not
// before another capitalised word (part of a longer name); and in the
// second case not when the place is followed by a possessive ("Cruz,
// Texas's junior senator").
void ApplyPlacePolicy(const Gazetteer& gaz, Scratch* s) {
  const auto& lv = s->features.lower_view;
  const size_t n = s->words.size();
  const int per = LabelType(kBPer), oth = LabelType(kBOth), loc = LabelType(kBLoc);
  auto one = [&](size_t k) { return std::span<const std::string_view>(lv.data() + k, 1); };
  auto given = [&](size_t k) {
    return s->features.given[k] || (gaz.Find(one(k)) & kGazFirstName) ||
           LexiconFirstNames().contains(std::string(lv[k]));
  };
  auto place_at = [&](size_t b, size_t e) {
    const uint8_t cls = gaz.Find(std::span<const std::string_view>(lv.data() + b, e - b));
    return (cls & (kGazCountry | kGazRegion)) && !(cls & (kGazOrg | kGazDemonym));
  };
  auto titled = [&](size_t k) {
    return k > 0 && (TitleWordAt(*s, k - 1) || s->words[k - 1] == "Mr." || s->words[k - 1] == "Mrs." ||
                     s->words[k - 1] == "Ms." || s->words[k - 1] == "Dr.");
  };
  for (size_t i = 0; i < s->label_spans.size(); ++i) {
    LabelSpan& ls = s->label_spans[i];
    // A name of two to four words that the gazetteer knows whole as a city,
    // region or country ("El Paso", "Santa Clara") is that place, not a
    // person, unless a title stands before it.
    if (ls.type == per && ls.end - ls.begin >= 2 && ls.end - ls.begin <= 4 && !titled(ls.begin)) {
      const uint8_t cls = gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, ls.end - ls.begin));
      if ((cls & (kGazCountry | kGazRegion | kGazCity)) && !(cls & (kGazOrg | kGazDemonym))) {
        ls.type = loc;
        continue;
      }
      // A town, region or country and a capitalised plural after it is a
      // team or a body named after the place ("the Washington Redskins",
      // "Dallas Cowboys"), not a person.
      const std::string_view last = s->words[ls.end - 1];
      const uint8_t head = gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, ls.end - ls.begin - 1));
      // The plural is of a common noun ("Cowboys", "Bears"), not a surname
      // in -s ("Terry Giles", "Sandy Phillips": Terry and Sandy are towns
      // too); a given name opening it ("Austin Powers", "the Bernie Sanders
      // campaign") keeps it a person.
      std::string_view singular = lv[ls.end - 1];
      if (singular.size() > 3) singular.remove_suffix(1);
      const uint8_t sing = gaz.Find(std::span<const std::string_view>(&singular, 1));
      if ((head & (kGazCountry | kGazRegion | kGazCity)) && !given(ls.begin) &&
          last.size() > 3 && last.back() == 's' && !last.ends_with("ss") && StartsUpper(last) &&
          !(gaz.Find(one(ls.end - 1)) & kGazFirstName) && IsKindedNoun(lv[ls.end - 1]) &&
          !(sing & kGazFirstName) && !LexiconFirstNames().contains(std::string(singular)))
        ls.type = LabelType(kBOrg);
      continue;
    }
    // An acronym the gazetteer knows as no place ("an MSNBC town hall",
    // "the AAN ad") names a body, not a location.
    if (ls.type == loc && ls.end == ls.begin + 1) {
      const std::string_view w = s->words[ls.begin];
      bool acronym = w.size() >= 3 && w.size() <= 6;  // two letters: often a state or city ("LA", "NY")
      for (char c : w) acronym = acronym && c >= 'A' && c <= 'Z';
      // Not a word of a run in capitals (a dateline, "LA CROSSE, Wis.",
      // or a shouted name, "FAROOD SAYED").
      auto caps = [&](size_t k) {
        const std::string_view v = s->words[k];
        bool all = v.size() >= 2;
        for (char c : v) all = all && c >= 'A' && c <= 'Z';
        return all;
      };
      if ((ls.begin > 0 && caps(ls.begin - 1)) || (ls.end < n && caps(ls.end))) acronym = false;
      if (acronym && !(gaz.Find(one(ls.begin)) & (kGazCountry | kGazRegion | kGazCity | kGazDemonym)))
        ls.type = LabelType(kBOrg);
      continue;
    }
    if ((ls.type != per && ls.type != oth) || ls.end != ls.begin + 1) continue;
    const size_t k = ls.begin;
    if (titled(k)) continue;
    if (k + 1 < n && s->features.capitalised[k + 1]) continue;
    if (place_at(k, k + 1)) {
      if (!given(k)) ls.type = loc;
      continue;
    }
    // Town names are often rare given names of the general list
    // ("Ferguson"); here only the names that open persons in the training
    // data stop the rule.
    if (gaz.Find(one(k)) & kGazFirstName) continue;
    // "<name> , <place> ," : the place is a tagged location or a gazetteer
    // country or region, and closes the phrase.
    if (k + 2 >= n || s->words[k + 1] != ",") continue;
    size_t pe = k + 2;
    if (i + 1 < s->label_spans.size() && s->label_spans[i + 1].begin == k + 2 &&
        s->label_spans[i + 1].type == loc)
      pe = s->label_spans[i + 1].end;
    else if (place_at(k + 2, k + 3))
      pe = k + 3;
    else
      continue;
    const std::string_view after = pe < n ? s->words[pe] : std::string_view(".");
    if (after == "," || after == "." || after == ";" || after == ")" || after == ":" ||
        (after.size() > 1 && after[0] == '-' && after != "-"))
      ls.type = loc;
  }
}

// The complement of the metonymy policy (session 21): a place speaks only
// as a metonym for the body that governs it, and the policy keeps the
// places the gazetteer knows ("Russia said", "Kyiv denied") as places. A
// name the tagger typed a location or facility that the gazetteer knows
// as no country, region, city or nationality, written as the subject of a
// speech verb ("MTV says", "Tata Motors said", "the U.S. Embassy says",
// "The Herald has reported"), is the body that speaks: an organisation.
// Not a name opening on a given name (a person the tagger mistyped is
// left to the person rules). A name typed a person that holds a word of
// letters and digits ("G4S said") speaks as a body too: no person's name
// holds one. The verb is the word after the name, after
// an optional "has"/"have"/"had" and "also".
namespace {
bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kPrepositions[] = {"in", "of", "from", "to", "at", "for", "on", "with", "by",
                                                       "near", "across", "into", "throughout", "outside", "inside",
                                                       "about", "against", "between", "among", "over", "under"};
  for (std::string_view p : kPrepositions)
    if (w == p) return true;
  return false;
}
}  // namespace

void TypeSpeakingNames(const Gazetteer& gaz, Scratch* s) {
  static constexpr std::string_view kVerbs[] = {
      "accused", "acknowledged", "added", "admitted", "announced", "announces", "argued", "argues", "claimed",
      "claims", "confirmed", "confirms", "declared", "denied", "denies", "estimated", "estimates", "explained",
      "insisted", "insists", "issued", "noted", "predicted", "predicts", "published", "reported", "reports",
      "said", "says", "stated", "told", "tells", "tweeted", "urged", "urges", "warned", "warns", "wrote", "writes"};
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  const int loc = LabelType(kBLoc), org = LabelType(kBOrg);
  auto verb = [&](size_t i) {
    if (i >= n || s->words[i].empty() || s->words[i][0] < 'a' || s->words[i][0] > 'z') return false;
    for (std::string_view v : kVerbs)
      if (lv[i] == v) return true;
    return false;
  };
  // A word that mixes letters and digits ("G4S", "3M") is part of no
  // person's name: a span the tagger typed a person that holds one and
  // speaks is the body that speaks too.
  auto mixed_word = [&](const LabelSpan& ls) {
    for (size_t k = ls.begin; k < ls.end; ++k) {
      bool digit = false, letter = false;
      for (char c : s->words[k]) {
        digit = digit || (c >= '0' && c <= '9');
        letter = letter || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      }
      if (digit && letter) return true;
    }
    return false;
  };
  const int per = LabelType(kBPer);
  for (LabelSpan& ls : s->label_spans) {
    if (ls.type != loc && ls.type != kFacilityType && !(ls.type == per && mixed_word(ls))) continue;
    size_t j = ls.end;
    if (j < n && (lv[j] == "has" || lv[j] == "have" || lv[j] == "had")) ++j;
    if (j < n && lv[j] == "also") ++j;
    if (!verb(j)) continue;
    // The subject, not a place inside it: "countries in East Asia have
    // reported", "the ambassador to Iraq said".
    size_t p = ls.begin;
    if (p > 0 && lv[p - 1] == "the") --p;
    if (p > 0 && IsPreposition(lv[p - 1])) continue;
    const uint8_t cls = gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, ls.end - ls.begin));
    if (cls & (kGazCountry | kGazRegion | kGazCity | kGazDemonym)) continue;
    if (ls.type != per) {
      if (gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, 1)) & kGazFirstName) continue;
      if (LexiconFirstNames().contains(std::string(lv[ls.begin]))) continue;
    }
    ls.type = org;
  }
  // An acronym the tagger left out that speaks ("AP reported", "the IAEA
  // says"): two to six capitals, no place of the gazetteer, is the body
  // that speaks.
  bool added = false;
  for (size_t i = 0; i + 1 < n; ++i) {
    const std::string_view w = s->words[i];
    if (w.size() < 2 || w.size() > 6 || !AllUpper(w) || !HasLetter(w)) continue;
    bool letters = true;
    for (char ch : w) letters = letters && ch >= 'A' && ch <= 'Z';
    if (!letters || IsCommonWord(gaz, lv[i])) continue;  // "TV", "OK"
    size_t j = i + 1;
    if (j < n && (lv[j] == "has" || lv[j] == "have" || lv[j] == "had")) ++j;
    if (j < n && lv[j] == "also") ++j;
    if (!verb(j)) continue;
    if (i > 0 && IsPreposition(lv[i - 1])) continue;
    bool taken = false;
    for (const LabelSpan& ls : s->label_spans) taken = taken || (ls.begin <= i && i < ls.end);
    if (taken) continue;
    if (gaz.Find(std::span<const std::string_view>(lv.data() + i, 1)) & (kGazCountry | kGazRegion | kGazCity | kGazDemonym))
      continue;
    s->label_spans.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), org});
    added = true;
  }
  if (added) SortLabelSpansByStart(s);
}

// Laws and treaties are "other" (OntoNotes LAW; the corpora's table: GMB
// art, GUM abstract), but a name ending in "Act" or "Treaty" reads like an
// organisation to the tagger ("the HEROES Act", "the Kyoto Protocol"). A
// person, organisation or place name of two words or more ending in a
// capitalised law head is "other". Since session 22 the heads include the
// names of documents business text cites ("the GISB Agreement", "the
// Turbine Contract", "the GE Guarantee": OntoNotes LAW or WORK_OF_ART,
// never an organisation; UNER leaves them untagged).
void TypeLawNames(Scratch* s) {
  static constexpr std::string_view kLaws[] = {"act",       "treaty",   "accord",    "accords",  "protocol",
                                               "amendment", "agreement", "agreements", "contract", "guarantee",
                                               "guaranty",  "memorandum"};
  constexpr size_t kFirstDocument = 6;  // kLaws[6..]: documents, not laws
  const auto& lv = s->features.lower_view;
  for (LabelSpan& ls : s->label_spans) {
    if (ls.end - ls.begin < 2 || ls.type == LabelType(kBOth) || ls.type == kFacilityType ||
        !StartsUpper(s->words[ls.end - 1]))
      continue;
    for (size_t k = 0; k < std::size(kLaws); ++k)
      if (lv[ls.end - 1] == kLaws[k]) {
        ls.type = LabelType(kBOth);
        // A company's document names the company first ("the J.M. Huber
        // Corporation Guaranty"): the name up to its organisation head is
        // the organisation.
        if (k >= kFirstDocument)
          for (size_t h = ls.end - 2; h > ls.begin; --h)
            if (StartsUpper(s->words[h]) && IsOrganisationHead(lv[h])) {
              ls.end = static_cast<uint32_t>(h + 1);
              ls.type = LabelType(kBOrg);
              break;
            }
        break;
      }
  }
}

// Names of events are "other" (OntoNotes EVENT; GMB eve, GUM event), but
// a name ending in "Congress" or "Games" reads like an organisation to the
// tagger. A person, organisation or place name of two words or more is
// "other" when it ends in a capitalised head that names an occasion, not
// a body ("Winter Games", "Cannes Film Festival", "Davis Cup Championships",
// "International Meeting on Linguistic Research"), or, for heads that
// also name bodies ("Congress", "Conference", "Summit", "Convention",
// "Assembly"), when its first word numbers the occasion: an ordinal, a
// year or "Annual" ("Fourth International Congress of Linguists", "2009
// Climate Conference"; "Indian National Congress" stays an organisation).
// The head is the last word before an "of"/"on" part when there is one.
// Not a name holding an organisation head before it ("Organization of the
// Islamic Conference").
void TypeEventNames(Scratch* s) {
  static constexpr std::string_view kOccasions[] = {
      "games",  "olympics",   "olympiad",  "festival",      "championship", "championships", "tournament",
      "meeting", "symposium", "expo",      "marathon",      "awards",       "workshop",      "colloquium",
      // events of history ("the Great Recession", "the Iraq War", "the
      // American Revolution", "the Srebrenica Massacre")
      "war",     "wars",      "recession", "depression",    "crisis",       "revolution",    "massacre",
      "genocide", "holocaust", "uprising"};
  static constexpr std::string_view kNumberedOccasions[] = {"congress", "conference", "summit", "convention",
                                                            "assembly", "forum",      "session"};
  static constexpr std::string_view kOrdinals[] = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "annual", "biennial", "inaugural"};
  const auto& lv = s->features.lower_view;
  auto in = [](std::string_view w, std::span<const std::string_view> list) {
    for (std::string_view x : list)
      if (w == x) return true;
    return false;
  };
  auto numbered = [&](std::string_view first, std::string_view lower) {
    if (in(lower, kOrdinals)) return true;
    // "1st", "22nd", "3rd", "4th", or a year.
    size_t d = 0;
    while (d < first.size() && first[d] >= '0' && first[d] <= '9') ++d;
    if (d == 0) return false;
    const std::string_view rest = lower.substr(d);
    return (d == 4 && rest.empty()) || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
  };
  for (LabelSpan& ls : s->label_spans) {
    if (ls.end - ls.begin < 2 || ls.type == LabelType(kBOth) || ls.type == kFacilityType) continue;
    size_t head = ls.end - 1;
    for (size_t k = ls.begin + 1; k + 1 < ls.end; ++k)
      if (lv[k] == "of" || lv[k] == "on") {
        head = k - 1;
        break;
      }
    if (head <= ls.begin || !StartsUpper(s->words[head])) continue;
    bool body = false;
    for (size_t k = ls.begin; k < head && !body; ++k) body = IsOrganisationHead(lv[k]);
    if (body) continue;
    if (in(lv[head], kOccasions) ||
        (in(lv[head], kNumberedOccasions) && numbered(s->words[ls.begin], lv[ls.begin])))
      ls.type = LabelType(kBOth);
  }
}


// A run of capitalised words before a lower-case "program", "programme",
// "initiative" or "scheme" names that programme, one "other" name, when the
// mentions the tagger made split it or leave words of it out ("the Central
// American Minors program": "Central" place, "American" other, "Minors"
// organisation). A run that is one mention already keeps its type ("the
// U.S. program", "the Medicare program"); an opening "The"/"A" stays out.
void JoinProgramNames(Scratch* s) {
  const auto& lv = s->features.lower_view;
  const size_t n = s->words.size();
  for (size_t k = 2; k < n; ++k) {
    if (!(lv[k] == "program" || lv[k] == "programme" || lv[k] == "initiative" || lv[k] == "scheme") ||
        StartsUpper(s->words[k]) || !StartsUpper(s->words[k - 1]))
      continue;
    size_t b = k - 1;
    while (b > 0 && StartsUpper(s->words[b - 1]) && !IsPunctWord(s->words[b - 1])) --b;
    if (lv[b] == "the" || lv[b] == "a" || lv[b] == "an") ++b;
    if (k - b < 2) continue;
    std::vector<LabelSpan>& v = s->label_spans;
    size_t inside = 0;
    bool crosses = false, whole = false;
    for (const LabelSpan& ls : v) {
      if (ls.end <= b || ls.begin >= k) continue;
      if (ls.begin < b || ls.end > k) crosses = true;
      if (ls.begin == b && ls.end == k) whole = true;
      ++inside;
    }
    if (crosses || whole || inside == 0) continue;
    v.erase(std::remove_if(v.begin(), v.end(), [&](const LabelSpan& ls) { return ls.begin >= b && ls.end <= k; }),
            v.end());
    v.push_back(LabelSpan{static_cast<uint32_t>(b), static_cast<uint32_t>(k), LabelType(kBOth)});
    SortLabelSpansByStart(s);
  }
}


// A capital "The" inside a sentence written in sentence case ("told The
// Hill", "the conservative site The Gateway Pundit") makes the words after
// it one proper name with its article: a publication, a band, a body.
// Such a name the tagger typed a place that the gazetteer knows as no
// country, region or city ("The Hague", "The Bronx" stay places) is an
// organisation. Sentence case is read from the word before "The": a
// lower-case word (a title-case headline capitalises every word).
void TypeCapitalTheNames(const Gazetteer& gaz, Scratch* s) {
  const auto& lv = s->features.lower_view;
  for (LabelSpan& ls : s->label_spans) {
    if (ls.type != LabelType(kBLoc) || ls.begin < 2) continue;
    if (s->words[ls.begin - 1] != "The") continue;
    const std::string_view before = s->words[ls.begin - 2];
    if (before.empty() || before[0] < 'a' || before[0] > 'z') continue;
    constexpr uint8_t kPlace = kGazCountry | kGazRegion | kGazCity;
    if ((gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, ls.end - ls.begin)) & kPlace) ||
        (gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin - 1, ls.end - ls.begin + 1)) & kPlace))
      continue;
    ls.type = LabelType(kBOrg);
  }
}

}  // namespace crosscheck::entity_internal
