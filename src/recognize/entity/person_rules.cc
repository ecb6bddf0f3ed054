// Person rules of mention_rules.h: sentence rules that find, type and
// extend person names the tagger missed, cut or mistyped. Moved out of
// sentence_rules.cc unchanged; EntityRecognizer (entity.cc) runs them in
// the order mention_rules.h gives.
//
// The contract every rule here keeps:
//  - input: one sentence's Scratch after the tagger (s->words, s->spans,
//    s->labels, s->features filled by the tagger: lower-cased words,
//    capitalised flags, the gazetteer classes that begin at each word) and
//    s->label_spans sorted by start and not overlapping;
//  - output: s->label_spans edited in place, still sorted by start and not
//    overlapping; nothing else in Scratch is written;
//  - they read only the sentence (never other sentences of the document:
//    the rules that look across a document are in document_rules.cc), the
//    gazetteer and the first-name list, and are pure functions of these;
//  - a rule never types a span `other` or a facility and never touches a
//    span it does not make a person (except TypeCitedAuthors, which
//    replaces the mentions inside a chain of cited names).
//
// RetypeFirstNamePersons: a place/organisation span after a form of
//   address, or opening on a first name or after a title, is a person.
// ExtendPersons: a person grows left over capitalised untagged words.
// AddLoneFirstNames: an untagged capitalised first name, or capitalised
//   words after a form of address, are a person.
// TypeCitedAuthors: names cited before a year in academic text are persons.
#include <algorithm>
#include <fstream>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/data_dir.h"
#include "recognize/entity/gmb.h"
#include "recognize/entity/mention_rules.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"

namespace crosscheck::entity_internal {

// The general first-name list (data/lexicon/first_names.tsv: 8,000 English
// first names from the Moby lists, built by tools/quote/build_first_names.sh),
// beside the gazetteer's names that opened person names in training: a name
// the training data never saw ("Alice McMeekin") still opens a person.
// Empty when the file is missing.
const std::unordered_set<std::string>& LexiconFirstNames() {
  static const std::unordered_set<std::string>* names = [] {
    auto* out = new std::unordered_set<std::string>;
    std::ifstream in(DataPath("data/lexicon/first_names.tsv"));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      out->insert(line.substr(0, line.find('\t')));
    }
    return out;
  }();
  return *names;
}


// True when the word before word `b` is a capitalised form of address
// ("Mr.", "Ms", "Dr.", "Drs.", "Doctor", "Prof.", "Senator"), maybe with
// its period tokenised apart ("Mr" ".").
static bool FormOfAddressBefore(const Scratch& s, uint32_t b) {
  static constexpr std::string_view kAddress[] = {
      "mr",  "mr.",  "mrs",  "mrs.",   "ms",    "ms.",       "dr",  "dr.",         "drs",          "drs.",
      "miss", "doctor", "prof", "prof.", "professor", "sen.", "senator", "rep.", "congressman", "congresswoman"};
  const auto& lv = s.features.lower_view;
  if (b > 1 && s.words[b - 1] == ".") --b;  // "Mr" "." tokenised apart
  if (b == 0 || lv[b - 1].size() > 14 || !StartsUpper(s.words[b - 1])) return false;
  const char c = lv[b - 1][0];
  if (c != 'm' && c != 'd' && c != 's' && c != 'r' && c != 'c' && c != 'p') return false;
  for (std::string_view a : kAddress)
    if (lv[b - 1] == a) return true;
  return false;
}

// A party affiliation written before a name ("Democrat Michael Dukakis",
// "Republican George H.W. Bush", "Republican Rick Lazio" typed an
// organisation) is no part of it: OntoNotes tags the party word apart
// (NORP) and the person by the name alone. A span opening on Democrat,
// Democratic, Republican, Libertarian or GOP, followed by two or more
// capitalised words none of which heads an organisation ("Republican
// National Committee" stays), is the person after it when the span was a
// person or the name opens on a given name.
bool IsPartyWord(std::string_view lower) {
  return lower == "democrat" || lower == "democratic" || lower == "republican" || lower == "libertarian" ||
         lower == "gop";
}

namespace {
// Adherents of the major religions and their branches, lower case,
// singular or plural ("muslim", "muslims", "catholic", "sunni").
bool IsReligionWord(std::string_view w) {
  if (w.size() > 3 && w.back() == 's') w.remove_suffix(1);
  static constexpr std::string_view kWords[] = {
      "muslim", "christian", "jew", "jewish", "catholic", "protestant", "hindu", "sikh", "buddhist", "mormon",
      "evangelical", "methodist", "baptist", "lutheran", "presbyterian", "anglican", "episcopalian", "shiite",
      "sunni", "shia", "islamic", "islamist", "quaker", "pentecostal", "orthodox"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}
}  // namespace

void StripPartyWords(const Gazetteer& gaz, Scratch* s) {
  const auto& lv = s->features.lower_view;
  const size_t n = s->words.size();
  for (LabelSpan& ls : s->label_spans) {
    // A word for the adherents of a religion, alone ("a Muslim
    // federal judge", "Muslim advocates", "Mormons"): OntoNotes NORP,
    // GMB gpe; "the Catholic Church" (two words) is left to the other rules.
    if (ls.end - ls.begin == 1 && ls.type != LabelType(kBOth) && ls.type != kFacilityType && IsReligionWord(lv[ls.begin])) {
      ls.type = LabelType(kBOth);
      continue;
    }
    // A party word on its own ("the Republican candidate", "Democrats") is a
    // political group, "other" as nationality words are (OntoNotes NORP),
    // never a place or a person; nor an organisation when it modifies the
    // lower-case word after it ("the Republican party", "Democratic
    // lawmakers": GMB's training part leaves 81 of 94 such words untagged,
    // none typed a place or person). The party's name is written with a
    // capital ("the Republican Party", one organisation) or alone.
    const bool modifier = ls.type == LabelType(kBOrg) && ls.end < n && !s->words[ls.end].empty() &&
                          s->words[ls.end][0] >= 'a' && s->words[ls.end][0] <= 'z' && IsPartyWord(lv[ls.begin]);
    if (ls.end - ls.begin == 1 && (ls.type == LabelType(kBLoc) || ls.type == LabelType(kBPer) || modifier)) {
      std::string_view w = lv[ls.begin];
      if (w.size() > 1 && w.back() == 's') w.remove_suffix(1);
      if (IsPartyWord(w) && w != "gop") ls.type = LabelType(kBOth);
      continue;
    }
    // A plural party noun before a name ("Republicans Jolly of Indian
    // Shores and DeSantis …") describes the people listed: no part of a
    // person's name.
    if (ls.type == LabelType(kBPer) && ls.end - ls.begin >= 2 && s->features.capitalised[ls.begin + 1] &&
        (lv[ls.begin] == "republicans" || lv[ls.begin] == "democrats" || lv[ls.begin] == "libertarians")) {
      ls.begin += 1;
      continue;
    }
    if (ls.end - ls.begin < 3) continue;
    if (!IsPartyWord(lv[ls.begin])) continue;
    bool names = true;
    for (uint32_t j = ls.begin + 1; j < ls.end && names; ++j)
      names = (s->features.capitalised[j] || IsInitial(s->words[j])) && !IsOrganisationHead(lv[j]) &&
              !TitleWordAt(*s, j) && !IsCommonWord(gaz, s->words[j]);
    if (!names) continue;
    const bool given = s->features.given[ls.begin + 1] || LexiconFirstNames().contains(std::string(lv[ls.begin + 1]));
    // A party member's noun ("Democrat", "Republican", not the adjective
    // "Democratic") before exactly two name words is a description of a
    // person whatever the given name ("progressive Democrat Zephyr
    // Teachout"): an organisation's name would hold a head word.
    const bool member = ls.end - ls.begin == 3 && (lv[ls.begin] == "democrat" || lv[ls.begin] == "republican" ||
                                                   lv[ls.begin] == "libertarian");
    if (ls.type != LabelType(kBPer) && !given && !member) continue;
    ls.begin += 1;
    ls.type = LabelType(kBPer);
  }
}

namespace {
// A person noun of WordNet, or a role noun, in lower case; after a hyphen
// its last part ("co-anchor").
bool PersonNounWord(std::string_view lower) {
  if (IsPersonNoun(lower) || IsRoleNoun(lower)) return true;
  const size_t dash = lower.rfind('-');
  return dash != std::string_view::npos && dash + 1 < lower.size() &&
         (IsPersonNoun(lower.substr(dash + 1)) || IsRoleNoun(lower.substr(dash + 1)));
}

// A role written around a name makes it a person's: a person noun right
// before it ("Republican strategist Al Cardenas", "co-Anchor DeMarco
// Morgan"), or an apposition after it whose words, up to the next comma or
// full stop, hold a lower-case person noun ("Menaka Guruswamy, a barrister
// from New Delhi", "Lorella Praeli, Clinton's Latino vote director,"),
// opening on an article, a capitalised possessor or the role. Not a name
// opening on a compass point ("North Florida").
// The English kinship terms, as written in lower case (singular).
bool IsKinshipNoun(std::string_view w) {
  static constexpr std::string_view kKin[] = {
      "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "grandson", "granddaughter",
      "grandmother", "grandfather", "nephew", "niece", "cousin", "uncle", "aunt", "stepson", "stepdaughter",
      "stepfather", "stepmother", "fiance", "fiancee", "girlfriend", "boyfriend", "widow", "widower", "twin"};
  return std::find(std::begin(kKin), std::end(kKin), w) != std::end(kKin);
}

bool RoleAround(const Scratch& s, const LabelSpan& ls) {
  const auto& lv = s.features.lower_view;
  // "North Florida", "West Texas": a compass point opens a place.
  for (std::string_view w : {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"})
    if (lv[ls.begin] == w) return false;
  const size_t n = s.words.size();
  if (ls.begin > 0) {
    const std::string_view w = s.words[ls.begin - 1];
    const bool lower_start = !w.empty() && w[0] >= 'a' && w[0] <= 'z';
    const bool hyphen_role = w.find('-') != std::string_view::npos;  // "co-Anchor"
    if ((lower_start || hyphen_role) && PersonNounWord(lv[ls.begin - 1])) return true;
  }
  // An apposition opens on an article, a capitalised possessor or the
  // role itself ("in the panhandle region" is no apposition).
  const bool opens_apposition =
      ls.end + 2 < n && s.words[ls.end] == "," &&
      (lv[ls.end + 1] == "a" || lv[ls.end + 1] == "an" || lv[ls.end + 1] == "the" ||
       s.features.capitalised[ls.end + 1] || PersonNounWord(lv[ls.end + 1]));
  if (opens_apposition) {
    for (size_t k = ls.end + 1; k < n && k < ls.end + 9; ++k) {
      const std::string_view w = s.words[k];
      if (w == "," || w == "." || w == ";" || w == "who" || w == "which" || w == "and") break;
      if (!w.empty() && w[0] >= 'a' && w[0] <= 'z' && PersonNounWord(lv[k])) return true;
    }
  }
  return false;
}
}  // namespace

// Word k, a capitalised word right after a capitalised title word
// ("General Prelogar"), that no list or gazetteer claims: no common word,
// organisation head, acronym, title, place, people or organisation.
bool TitledLoneName(const Gazetteer& gaz, const Scratch& s, uint32_t k) {
  const auto& lv = s.features.lower_view;
  if (k == 0 || k >= s.words.size() || !TitleWordAt(s, k - 1) || !StartsUpper(s.words[k - 1])) return false;
  // A title that is a person's ("General", "Justice", "Dr."), not an
  // office's modifier only ("Interior" in "Interior Mall", "Foreign").
  const uint8_t c = TitleClassesAt(s, k - 1);
  if ((c & kRoleModifierClass) && !(c & kRoleNounClass) && lv[k - 1] != "justice") return false;
  // A short abbreviated title takes its stop ("Gen. Odierno"); "Gen Xers",
  // "Gen Z" name a generation.
  const std::string_view t = s.words[k - 1];
  if (t.size() <= 3 && t.back() != '.' && lv[k - 1] != "mr" && lv[k - 1] != "ms" && lv[k - 1] != "mrs" &&
      lv[k - 1] != "dr")
    return false;
  const std::string_view w = s.words[k];
  if (w.size() < 3 || !StartsUpper(w) || AllUpper(w) || !HasLetter(w) || TitleWordAt(s, k) || IsCommonWord(gaz, w) ||
      IsOrganisationHead(lv[k]))
    return false;
  return !(gaz.Find(std::span<const std::string_view>(lv.data() + k, 1)) &
           (kGazCountry | kGazRegion | kGazCity | kGazDemonym | kGazOrg));
}

// A name right after a form of address ("Mr.", "Ms.", "Senator") is a
// person. Otherwise: "Antonio Guterres" or "Deputy Commander Sviatoslav Palamar" tagged as an
// organisation or a place: two or three capitalised words, the first a
// word that opens person names in the training data
// (gazetteer/first_names.tsv) or the span right after a capitalised title
// or with a role around it (RoleAround), the whole no known place or
// organisation, are a person.
void RetypeFirstNamePersons(const Gazetteer& gaz, Scratch* s) {
  const auto& lv = s->features.lower_view;
  // A form of address names a person whatever the gazetteer says: "Mr.
  // Goss" (a town), "Ms. Freivalds", "Senator McCain" tagged as a place or
  // an organisation.
  auto address_before = [&](uint32_t b) { return FormOfAddressBefore(*s, b); };
  for (LabelSpan& ls : s->label_spans) {
    if ((ls.type == LabelType(kBOrg) || ls.type == LabelType(kBLoc) || ls.type == LabelType(kBOth)) &&
        ls.end - ls.begin <= 3 && address_before(ls.begin)) {
      bool capitalised = true;
      for (uint32_t k = ls.begin; k < ls.end; ++k) capitalised = capitalised && StartsUpper(s->words[k]);
      if (capitalised) {
        ls.type = LabelType(kBPer);
        continue;
      }
    }
    // A lone name right after a kinship noun ("his son Beau", "her
    // daughter Chelsea") is a person unless the gazetteer knows it as a
    // country, a region or an organisation.
    if ((ls.type == LabelType(kBOrg) || ls.type == LabelType(kBLoc)) && ls.end - ls.begin == 1 && ls.begin > 0 &&
        IsKinshipNoun(s->words[ls.begin - 1]) && StartsUpper(s->words[ls.begin]) && !AllUpper(s->words[ls.begin]) &&
        !(gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, 1)) & (kGazCountry | kGazRegion | kGazOrg))) {
      ls.type = LabelType(kBPer);
      continue;
    }
    // A lone name right after a capitalised title ("General Prelogar",
    // "Justice Okonedo" typed an organisation) is the titled person, when
    // it is no common word, organisation head, acronym or name the
    // gazetteer knows as a place, people or organisation ("General
    // Motors", "Justice Department", "President Putin" stay as typed when
    // known; session 30).
    if ((ls.type == LabelType(kBOrg) || ls.type == LabelType(kBLoc)) && ls.end - ls.begin == 1 &&
        TitledLoneName(gaz, *s, ls.begin)) {
      ls.type = LabelType(kBPer);
      continue;
    }
    if ((ls.type != LabelType(kBOrg) && ls.type != LabelType(kBLoc)) || ls.end - ls.begin < 2 || ls.end - ls.begin > 3)
      continue;
    std::string_view first = lv[ls.begin];
    const bool role = RoleAround(*s, ls);
    const bool titled = (ls.begin > 0 && TitleWordAt(*s, ls.begin - 1) && StartsUpper(s->words[ls.begin - 1])) ||
                        role;
    // A middle initial between two words of a name ("Ira C. Magaziner",
    // "Lolita C. Baldor") is how persons are written, whatever the given
    // name: places and organisations take no middle initial.
    const bool middle_initial = ls.end - ls.begin == 3 && IsInitial(s->words[ls.begin + 1]) &&
                                s->words[ls.begin].size() > 2 && s->words[ls.begin + 2].size() > 2 &&
                                !AllUpper(s->words[ls.begin]) && !AllUpper(s->words[ls.begin + 2]);
    if (!titled && !middle_initial && !(gaz.Find(std::span<const std::string_view>(&first, 1)) & kGazFirstName) &&
        !LexiconFirstNames().contains(std::string(first)))
      continue;
    // A surname that is also a common word ("Maurice Cheeks", "Susan
    // Rice") after a first name the tagger read as a place: the pair is a
    // person unless the word heads a place ("Victoria Falls", "Florence
    // Street", "Virginia Beach").
    auto surname_word = [&](uint32_t k) {
      static constexpr std::string_view kPlaceHeads[] = {"beach", "street", "road", "avenue", "square", "park", "station", "falls", "springs",
                            "heights", "hills", "hill", "valley", "river", "lake", "bay", "island", "islands",
                            "point", "harbor", "harbour", "port", "bridge", "county", "city", "town", "village",
                            "mountain", "mountains", "water", "waters", "court", "place", "gardens", "green",
                            "common", "airport", "center", "centre", "hall", "house", "church", "college"};
      return ls.type == LabelType(kBLoc) && ls.end - ls.begin == 2 && k == ls.end - 1 && !titled &&
             std::find(std::begin(kPlaceHeads), std::end(kPlaceHeads), lv[k]) == std::end(kPlaceHeads);
    };
    bool names = true;
    for (uint32_t k = ls.begin; k < ls.end && names; ++k)
      names = (k > ls.begin && k + 1 < ls.end && IsInitial(s->words[k])) ||  // "Lolita C. Baldor"
              (StartsUpper(s->words[k]) && !AllUpper(s->words[k]) &&
               (!IsCommonWord(gaz, s->words[k]) || surname_word(k) ||
                (role && k == ls.begin && s->features.given[k])) &&
               !TitleWordAt(*s, k) &&
               // A surname that is also a town ("Al Cardenas") is the
               // surname when a role stands around the name.
               !(k > ls.begin && !role && IsKnownName(gaz, s->words[k])));
    if (!names) continue;
    const uint8_t whole = gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, ls.end - ls.begin));
    if (whole & (kGazCountry | kGazRegion | kGazCity | kGazOrg)) continue;
    ls.type = LabelType(kBPer);
  }
}

// A person span grows left over capitalised words the tagger left out
// ("Denys" in a sentence-initial "Denys Prokopenko") unless they are
// common words, titles or known places.
void ExtendPersons(const Gazetteer& gaz, Scratch* s) {
  for (size_t k = 0; k < s->label_spans.size(); ++k) {
    LabelSpan& ls = s->label_spans[k];
    if (ls.type != LabelType(kBPer)) continue;
    uint32_t floor = k > 0 ? s->label_spans[k - 1].end : 0;
    while (ls.begin > floor) {
      std::string_view w = s->words[ls.begin - 1];
      if (!StartsUpper(w) || AllUpper(w) || s->labels[ls.begin - 1] != kO || IsTitleWord(w) || IsRoleNoun(w) ||
          IsStopword(w) || IsCommonWord(gaz, w) || IsNationalityOrCountry(gaz, w) || IsPartyWord(s->features.lower_view[ls.begin - 1]))
        break;
      --ls.begin;
    }
  }
}

// Capitalised words the tagger left untagged right after a form of
// address ("Doctor Hank", "Drs. Ali") are a person. A capitalised first
// name the tagger left untagged ("Sophie is an excellent
// host", "Both Tina and Vicky are excellent", "Thanks, Constance") is a
// person, with the capitalised words right after it as the surname: a
// word of the general first-name list or one that opens person names in
// the training data, that is no common word, title, month or day, and no
// place, organisation or nationality of the gazetteer. A word inside a
// run of capitalised words the tagger passed over is left alone.
bool IsCalendarWord(std::string_view lower) {
  static constexpr std::string_view kCalendar[] = {"january", "february", "march", "april", "may", "june", "july",
                                                   "august", "september", "october", "november", "december",
                                                   "monday", "tuesday", "wednesday", "thursday", "friday",
                                                   "saturday", "sunday"};
  return std::find(std::begin(kCalendar), std::end(kCalendar), lower) != std::end(kCalendar);
}

void AddLoneFirstNames(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  const auto& caps = s->features.capitalised;
  // The spans are sorted by start: `next` is the first span not yet passed.
  const std::vector<LabelSpan>& spans = s->label_spans;
  const size_t old_spans = spans.size();
  size_t next = 0;
  auto taken = [&](size_t k) {
    while (next < old_spans && spans[next].end <= k) ++next;
    return next < old_spans && spans[next].begin <= k;
  };
  auto plain = [&](size_t k, size_t min_size = 3) {  // the cheap tests that read only the word
    const std::string_view w = s->words[k];
    return caps[k] && w.size() >= min_size && StartsUpper(w) && !AllUpper(w) && !taken(k);
  };
  auto no_function_word = [&](size_t k) { return !IsStopword(s->words[k]) && !TitleWordAt(*s, k); };
  auto unknown = [&](size_t k) {  // the gazetteer's
    const std::string_view w = s->words[k];
    return !IsCommonWord(gaz, w) && !IsKnownName(gaz, w) && !IsNationalityOrCountry(gaz, w);
  };
  std::string key;
  bool added = false;
  for (size_t i = 0; i < n; ++i) {
    if (!plain(i, 2)) continue;
    // After a form of address any capitalised words are the name ("Doctor
    // Hank", "Drs. Ali", "Mr. Brown"), whatever else they may be.
    if (i > 0 && FormOfAddressBefore(*s, static_cast<uint32_t>(i)) && no_function_word(i)) {
      size_t end = i + 1;
      while (end < n && end < i + 3 && plain(end, 2) && no_function_word(end)) ++end;
      s->label_spans.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(end), LabelType(kBPer)});
      added = true;
      i = end - 1;
      continue;
    }
    if (s->words[i].size() < 3) continue;
    const bool sentence_start = i == 0 || (i == 1 && IsPunctWord(s->words[0]));
    if (!sentence_start && caps[i - 1] && !IsPunctWord(s->words[i - 1])) continue;  // inside a capitalised run
    // The tagger's gazetteer match recorded the one-word classes (common
    // word, first name of the training data) of every capitalised word.
    const uint8_t here = s->features.gaz_begin[i];
    if (here & kGazCommon) continue;
    const std::string_view first = lv[i];
    if (!(here & kGazFirstName)) {
      key.assign(first);
      if (!LexiconFirstNames().contains(key)) continue;
    }
    if (IsCalendarWord(first) || !no_function_word(i) || !unknown(i)) continue;
    size_t end = i + 1;
    while (end < n && end < i + 3 && plain(end) && no_function_word(end) && unknown(end)) ++end;
    if (end < n && caps[end] && !IsPunctWord(s->words[end]) && !taken(end)) continue;  // a longer run: not ours
    s->label_spans.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(end), LabelType(kBPer)});
    added = true;
    i = end - 1;
  }
  if (added)
    SortLabelSpansByStart(s);
}

// Authors cited in academic text are persons, though a bare surname
// reads like a place or a company to the tagger: "Santos (1989)",
// "Palmeri and Gazio (1995)", "(Jasny, Chin, Chong, & Vignieri, 2011)",
// "(Berez-Kroeker et al., 2017)", "Polio and Gass 1997". A year (1500 to
// 2099, maybe with a letter: "2014a") closes a chain of capitalised names
// joined by ",", "&" or "and", written right before "(" YEAR, or before
// ", YEAR" inside an open bracket, or before "et al.", or (two names or
// more) right before the year. Each name of the chain is a person; the
// mentions inside the chain are replaced. Left alone: a chain touching a
// mention that reaches outside it or an organisation of two words or more
// in it ("Open Science Collaboration, 2015"), a chain made only of common
// words (a work's title: "Its Nature, Development and Origin (1922)"), a
// name in capitals or that the gazetteer knows as a country,
// region or organisation ("UNESCO (2003)"), and a lone name the gazetteer
// knows as a place ("Rome (1957)").
void TypeCitedAuthors(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  auto year = [&](size_t k) {
    const std::string_view w = s->words[k];
    if (w.size() < 4 || w.size() > 5 || (w[0] != '1' && w[0] != '2')) return false;
    for (size_t j = 0; j < 4; ++j)
      if (w[j] < '0' || w[j] > '9') return false;
    if (w.size() == 5 && (w[4] < 'a' || w[4] > 'c')) return false;
    const int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    return y >= 1500 && y <= 2099;
  };
  auto name_word = [&](size_t k) {
    const std::string_view w = s->words[k];
    if (!StartsUpper(w) || AllUpper(w) || IsStopword(w) || IsTitleWord(w) || IsPunctWord(w)) return false;
    std::string_view v = lv[k];
    return !(gaz.Find(std::span<const std::string_view>(&v, 1)) & (kGazCountry | kGazRegion | kGazOrg));
  };
  // Most sentences hold no year: look for a word of four or five bytes
  // opening on 1 or 2 before anything else.
  bool any_year = false;
  for (size_t y = 2; y < n && !any_year; ++y) {
    const std::string_view w = s->words[y];
    any_year = w.size() - 4 <= 1 && (w[0] == '1' || w[0] == '2');
  }
  if (!any_year) return;
  bool changed = false;
  int open = 0;  // brackets open before the word
  for (size_t y = 0; y < n; ++y) {
    const std::string_view w = s->words[y];
    if (w.size() == 1) {
      if (w[0] == '(') ++open;
      else if (w[0] == ')' && open > 0) --open;
      continue;
    }
    if (y < 2 || w.size() < 4 || w.size() > 5 || !year(y)) continue;
    size_t e = y;  // the chain ends before word e
    bool strong = false;
    if (s->words[y - 1] == "(") {
      e = y - 1;
      strong = true;
    } else if (s->words[y - 1] == "," && open > 0) {
      e = y - 1;
      strong = true;
    }
    if (e >= 2 && (lv[e - 1] == "al." || lv[e - 1] == "al") && lv[e - 2] == "et") {
      e -= 2;
      strong = true;
    } else if (e >= 3 && lv[e - 1] == "." && lv[e - 2] == "al" && lv[e - 3] == "et") {
      e -= 3;
      strong = true;
    }
    if (e >= 1 && (s->words[e - 1] == "'s" || s->words[e - 1] == "\xE2\x80\x99s")) --e;  // "Sapir 's (1971)"
    std::vector<std::pair<uint32_t, uint32_t>> names;  // [begin, end), last first
    while (e > 0 && names.size() < 8) {
      size_t b = e;
      while (b > 0 && e - b < 3 && name_word(b - 1)) --b;
      if (b == e) break;
      names.emplace_back(static_cast<uint32_t>(b), static_cast<uint32_t>(e));
      size_t j = b;  // past ",", "&", "and", ", &"
      while (j >= 1 && b - j < 2 && (s->words[j - 1] == "," || s->words[j - 1] == "&" || lv[j - 1] == "and")) --j;
      if (j == b || j < 1) break;
      e = j;
    }
    if (names.empty()) continue;
    if (names.size() == 1) {
      if (!strong) continue;
      const auto [b, e1] = names[0];
      if (gaz.Find(std::span<const std::string_view>(lv.data() + b, e1 - b)) & (kGazCity | kGazRegion | kGazCountry))
        continue;  // "Rome (1957)", "New York (1910)"
    }
    const uint32_t lo = names.back().first, hi = names.front().second;
    // A work's title ("Language: Its Nature, Development and Origin
    // (1922)") is made of common words; a chain of authors holds at least
    // one surname that is none ("Polio and Gass 1997").
    bool clean = false;
    for (const auto& [b, e1] : names)
      for (uint32_t k = b; k < e1 && !clean; ++k) clean = !IsCommonWord(gaz, s->words[k]);
    for (const LabelSpan& ls : s->label_spans) {
      if (ls.begin < hi && ls.end > lo && (ls.begin < lo || ls.end > hi)) clean = false;
      // An organisation as author: "(Open Science Collaboration, 2015)".
      if (ls.type == LabelType(kBOrg) && ls.end - ls.begin >= 2 && ls.begin >= lo && ls.end <= hi) {
        bool and_inside = false;
        for (uint32_t k = ls.begin; k < ls.end; ++k) and_inside = and_inside || lv[k] == "&" || lv[k] == "and";
        if (!and_inside) clean = false;
      }
    }
    if (!clean) continue;
    std::vector<LabelSpan>& v = s->label_spans;
    v.erase(std::remove_if(v.begin(), v.end(), [&](const LabelSpan& ls) { return ls.begin >= lo && ls.end <= hi; }),
            v.end());
    for (const auto& [b, e1] : names) v.push_back(LabelSpan{b, e1, LabelType(kBPer)});
    changed = true;
  }
  if (changed)
    SortLabelSpansByStart(s);
}

}  // namespace crosscheck::entity_internal
