// The per-sentence rules of mention_rules.h about names made of generic
// words (session 10): a capitalised common noun alone is no place
// ("Downtown"), an organisation named by an imperative phrase ("Fix the
// Court", "Save the Children"), a name before a lower-case organisation
// noun ("the Likud party"), and products and software ("Windows Vista",
// "Internet Explorer 9").
#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/data_dir.h"

#include "core/word_table.h"
#include "recognize/entity/gmb.h"
#include "recognize/entity/mention_rules.h"
#include "recognize/entity/word_senses.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"

namespace crosscheck::entity_internal {

// A one-word location that is a common lower-case word and no place of the
// gazetteer names no place by itself: "Downtown, there are hotels", "No
// meat on Burger", "concepts in Grammar". When the word ends organisation names
// ("Church", "Council": IsOrganisationHead) it is the institution, an
// organisation; otherwise it is no mention unless the gazetteer knows a
// town so spelt. "Court" is left as the tagger reads it: GUM tags "the
// Court" of its court transcripts as a place.
void RetypeGenericNounPlaces(const Gazetteer& gaz, Scratch* s) {
  const auto& lv = s->features.lower_view;
  const int loc = LabelType(kBLoc), org = LabelType(kBOrg);
  std::vector<LabelSpan>& v = s->label_spans;
  // ner19: an abbreviation after a place and a comma, its period next, is
  // the place's state ("Cambridge, Mass.", "Decatur, Ill."; AddStatePlaces).
  const size_t n = s->words.size();
  std::vector<uint8_t>& place_end = s->taken;  // reused scratch: 1 where a place mention ends
  place_end.assign(n + 1, 0);
  for (const LabelSpan& ls : v)
    if (ls.type == loc) place_end[ls.end] = 1;
  // So is a postal code right after a place ("San Rafael" + "Ca").
  auto state_after_place = [&](const LabelSpan& ls) {
    const std::string_view w = s->words[ls.begin];
    if (w.size() == 2 && place_end[ls.begin]) {
      const char up[2] = {static_cast<char>(w[0] & ~0x20), static_cast<char>(w[1] & ~0x20)};
      if (UsStateAbbreviation(std::string_view(up, 2)) == 1) return true;
    }
    return ls.begin >= 2 && s->words[ls.begin - 1] == "," && place_end[ls.begin - 1] && ls.end < n &&
           s->words[ls.end] == ".";
  };
  v.erase(std::remove_if(v.begin(), v.end(),
                         [&](LabelSpan& ls) {
                           if (ls.type != loc || ls.end != ls.begin + 1) return false;
                           std::string_view w = lv[ls.begin];
                           if (!StartsUpper(s->words[ls.begin]) || AllUpper(s->words[ls.begin])) return false;
                           if (state_after_place(ls)) return false;
                           const uint8_t cls = gaz.Find(std::span<const std::string_view>(&lv[ls.begin], 1));
                           if (!(cls & kGazCommon) || (cls & (kGazCountry | kGazRegion | kGazOrg | kGazDemonym)))
                             return false;
                           if (IsOrganisationHead(w)) {
                             ls.type = org;
                             return false;
                           }
                           // A town of the gazetteer spelt like a common word ("Court",
                           // "Reading") keeps what the tagger said unless it heads organisations.
                           return !(cls & kGazCity);
                         }),
          v.end());
}

namespace {

// Base forms of WordNet's verbs (data/lexicon/verbs.tsv), read once.
const std::unordered_set<std::string>& LexiconVerbs() {
  static const std::unordered_set<std::string>* verbs = [] {
    auto* out = new std::unordered_set<std::string>;
    std::ifstream in(DataPath("data/lexicon/verbs.tsv"));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const std::string form = line.substr(0, line.find('\t'));
      if (form.find(' ') == std::string::npos) out->insert(form);
    }
    return out;
  }();
  return *verbs;
}

}  // namespace

bool IsVerbIngForm(std::string_view lower) {
  if (lower.size() < 6 || !lower.ends_with("ing")) return false;
  const std::string stem(lower.substr(0, lower.size() - 3));
  const auto& verbs = LexiconVerbs();
  if (verbs.contains(stem) || verbs.contains(stem + "e")) return true;  // "entrusting", "making"
  const size_t n = stem.size();
  return n >= 3 && stem[n - 1] == stem[n - 2] && verbs.contains(stem.substr(0, n - 1));  // "running"
}

namespace {

bool OneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (w == x) return true;
  return false;
}

// A small set of lower-case words matched by the per-token hash the tagger
// computed (FeatureScratch::word_hash): a 64-bit filter on the hash's low
// bits rejects most words with one test, the rest compare hashes and then
// text. The rules below ask it for every word of a sentence.
class HashedWords {
 public:
  HashedWords(std::initializer_list<std::string_view> words) : HashedWords(std::span(words.begin(), words.size())) {}
  explicit HashedWords(std::span<const std::string_view> words) {
    size_t size = 16;
    while (size < 4 * words.size()) size *= 2;
    slots_.resize(size);
    mask_ = size - 1;
    for (std::string_view w : words) {
      const uint64_t h = HashBytes(w);
      filter_ |= uint64_t{1} << (h & 63);
      size_t k = (h >> 6) & mask_;
      while (!slots_[k].word.empty() && slots_[k].word != w) k = (k + 1) & mask_;
      slots_[k] = Slot{h, w};
    }
  }
  // One filter test, then an open-addressed probe (a quarter full): no scan
  // of the list when the filter lets a word through (the 29 organisation
  // nouns set about half its bits).
  bool Has(const Scratch& s, size_t i) const {
    const uint64_t h = s.features.word_hash[i];
    if (!((filter_ >> (h & 63)) & 1)) return false;
    for (size_t k = (h >> 6) & mask_; !slots_[k].word.empty(); k = (k + 1) & mask_)
      if (slots_[k].hash == h && slots_[k].word == s.features.lower_view[i]) return true;
    return false;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    std::string_view word;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  uint64_t filter_ = 0;
};

// A finite verb right after a subject: "said", "wants", "released", "has".
bool LooksFinite(std::string_view w) {
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
  if (OneOf(w, {"said", "says", "is", "was", "has", "had", "will", "would", "can", "could", "did", "does", "may",
                "must", "should", "wants", "are", "were", "have"}))
    return true;
  if (w.size() >= 4 && w.substr(w.size() - 2) == "ed") return true;
  return w.size() >= 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i';
}

// Replaces every label span overlapping [b, e) by one span of `type`.
void ReplaceRange(Scratch* s, uint32_t b, uint32_t e, int type) {
  std::vector<LabelSpan>& v = s->label_spans;
  v.erase(std::remove_if(v.begin(), v.end(), [&](const LabelSpan& o) { return o.begin < e && o.end > b; }), v.end());
  v.push_back(LabelSpan{b, e, type});
  SortLabelSpansByStart(s);
}


// An untagged capitalised word ending like an adjective of religion,
// politics or origin ("Islamist website", "Republican party", "Arabic
// broadcaster", "Asian airline") modifies the noun; it names nothing.
bool AdjectiveLike(std::string_view w) {
  for (std::string_view end : {"ic", "ist", "an", "ese", "ish", "ian", "ite"})
    if (w.size() > end.size() + 2 && w.substr(w.size() - end.size()) == end) return true;
  return false;
}

}  // namespace

// WordNet's nouns of persons, groups, artifacts, animals and messages
// (data/lexicon/nouns.tsv) with their kind letter, read once.
const std::unordered_map<std::string, char>& LexiconNounKinds() {
  static const std::unordered_map<std::string, char>* nouns = [] {
    auto* out = new std::unordered_map<std::string, char>;
    std::ifstream in(DataPath("data/lexicon/nouns.tsv"));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const size_t tab = line.find('\t');
      if (tab == std::string::npos || tab + 1 >= line.size()) continue;
      out->emplace(line.substr(0, tab), line[tab + 1]);
    }
    return out;
  }();
  return *nouns;
}

void LoadGenericNounLexicon() {
  LexiconVerbs();
  LexiconNounKinds();
}

bool IsKindedNoun(std::string_view lower) {
  const auto& nouns = LexiconNounKinds();
  std::string w(lower);
  if (nouns.contains(w)) return true;
  return w.size() > 3 && w.back() == 's' && nouns.contains(w.substr(0, w.size() - 1));
}

bool IsPersonNoun(std::string_view lower) {
  // Auxiliaries and verb forms WordNet also lists as nouns ("have" as in
  // "the haves and have-nots") are read as verbs in running text.
  if (OneOf(lower, {"have", "has", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might",
                    "must", "shall", "should", "is", "are", "was", "were", "be", "been", "said", "says", "say"}) ||
      lower.ends_with("ed") || lower.ends_with("ing"))
    return false;
  const auto& nouns = LexiconNounKinds();
  auto person = [&](const std::string& k) {
    auto it = nouns.find(k);
    return it != nouns.end() && it->second == 'p';
  };
  std::string w(lower);
  if (person(w)) return true;
  if (w.size() > 3 && w.ends_with("men")) return person(w.substr(0, w.size() - 3) + "man");
  if (w.size() > 3 && w.back() == 's' && person(w.substr(0, w.size() - 1))) return true;
  return w.size() > 4 && w.ends_with("es") && person(w.substr(0, w.size() - 2));
}

// An organisation named by an imperative phrase: a capitalised verb
// (WordNet's verbs, not a first name or a modal), a lower-case determiner
// and one to three capitalised words ("Fix the Court", "Save the Children",
// "Stop the War Coalition", "Rock the Vote"). Mid-sentence after a
// lower-case word or a comma; at a sentence's start only when a finite
// verb follows ("Fix the Court released ...": "Visit the Louvre early" is
// an instruction). Not in headline-case sentences, not a place of the
// gazetteer.
void AddImperativeNames(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  static const HashedWords kDeterminers = {"the", "our", "your", "a", "my", "their", "this"};
  if (n < 3) return;
  int headline = -1;  // IsHeadlineCase, asked only when a candidate appears
  for (size_t i = 0; i + 2 < n; ++i) {
    const std::string_view w = s->words[i];
    if (!s->features.capitalised[i] || !kDeterminers.Has(*s, i + 1) || !StartsUpper(w) || AllUpper(w)) continue;
    if (!s->features.capitalised[i + 2]) continue;
    if (headline < 0) headline = IsHeadlineCase(s->words) ? 1 : 0;
    if (headline) return;
    if (OneOf(lv[i], {"will", "can", "may", "must", "shall", "should", "could", "would", "do", "does", "did", "is",
                      "are", "was", "were", "has", "have", "had", "let", "see", "in", "at", "on", "for", "to"}) ||
        IsStopword(w) || IsTitleWord(w) || !LexiconVerbs().contains(std::string(lv[i])) ||
        LexiconFirstNames().contains(std::string(lv[i])) || IsKnownName(gaz, w))
      continue;
    size_t e = i + 2;
    while (e < n && e - i < 5 && StartsUpper(s->words[e]) && !IsStopword(s->words[e]) && HasLetter(s->words[e])) ++e;
    if (e == i + 2) continue;
    if (gaz.Find(std::span<const std::string_view>(lv.data() + i + 2, e - i - 2)) & (kGazCountry | kGazRegion))
      continue;
    bool ok;
    if (i == 0 || (i == 1 && IsPunctWord(s->words[0])))
      ok = e < n && LooksFinite(s->words[e]);
    else
      ok = s->words[i - 1] == "," || (!s->words[i - 1].empty() && s->words[i - 1][0] >= 'a' && s->words[i - 1][0] <= 'z');
    if (!ok) continue;
    ReplaceRange(s, static_cast<uint32_t>(i), static_cast<uint32_t>(e), LabelType(kBOrg));
    i = e - 1;
  }
}

std::span<const std::string_view> OrganisationNouns() {
  static constexpr std::string_view kNouns[] = {
      "party", "church", "company", "firm", "website", "bank", "movement", "newspaper", "airline", "charity",
      "corporation", "foundation", "broadcaster", "retailer", "carrier", "conglomerate", "startup", "insurer",
      "automaker", "carmaker", "telecom", "magazine", "agency", "network", "publisher", "tabloid", "studio",
      "channel", "outlet"};
  return kNouns;
}

// Session 30: names listed after a plural organisation noun and "like",
// "such as" or "including" ("companies like Scharffen Berger, TCHO and
// smaller makers", "groups such as Hamas"), or right after a verb of
// acquiring ("Google acquired Urchin, Zipdash and Keyhole"), are
// organisations: person, place and "other" mentions among them become
// organisations and untagged capitalised runs (four words at most) are
// added as such. Not a country, region, city or nationality word of the
// gazetteer, not a person opening on a given name of the lexicon. The list
// goes on over "," "and" "or" and ends at any other word.
void TypeListedOrganisations(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  static const HashedWords kPlurals = {
      "companies", "firms", "groups", "organizations", "organisations", "brands", "retailers", "stores",
      "websites", "banks", "charities", "agencies", "parties", "newspapers", "networks", "outlets",
      "corporations", "businesses", "manufacturers", "chains", "startups", "publishers", "carriers",
      "airlines", "automakers", "insurers", "broadcasters", "conglomerates", "makers", "shops", "vendors"};
  static const HashedWords kCues = {"like", "including", "such"};
  static const HashedWords kAcquire = {"acquired", "acquire", "acquires", "acquiring"};
  const int org = LabelType(kBOrg), per = LabelType(kBPer), loc = LabelType(kBLoc), oth = LabelType(kBOth);
  bool added = false;
  for (size_t i = 1; i + 1 < n; ++i) {
    if (s->words[i].empty() || s->words[i][0] < 'a' || s->words[i][0] > 'z') continue;
    size_t j = 0;
    if (kAcquire.Has(*s, i)) {
      j = i + 1;
    } else if (kCues.Has(*s, i) && kPlurals.Has(*s, i - 1)) {
      j = i + 1;
      if (lv[i] == "such") {
        if (lv[j] != "as") continue;
        ++j;
      }
    } else {
      continue;
    }
    while (j < n) {
      LabelSpan* at = nullptr;
      for (LabelSpan& ls : s->label_spans)
        if (ls.begin == j) at = &ls;
      size_t end = j;
      if (at) {
        end = at->end;
        const uint8_t cls = gaz.Find(std::span<const std::string_view>(lv.data() + at->begin, at->end - at->begin));
        const bool known = (cls & (kGazCountry | kGazRegion | kGazCity | kGazDemonym)) != 0;
        const bool given = at->type == per && LexiconFirstNames().contains(std::string(lv[at->begin]));
        if ((at->type == per || at->type == loc || at->type == oth) && !known && !given) at->type = org;
      } else {
        while (end < n && end - j < 4 && StartsUpper(s->words[end]) && HasLetter(s->words[end]) &&
               !IsStopword(s->words[end]))
          ++end;
        if (end == j) break;
        bool free = true;
        for (const LabelSpan& ls : s->label_spans) free = free && (ls.end <= j || ls.begin >= end);
        if (!free ||
            (gaz.Find(std::span<const std::string_view>(lv.data() + j, end - j)) &
             (kGazCountry | kGazRegion | kGazCity | kGazDemonym)))
          break;
        s->label_spans.push_back(LabelSpan{static_cast<uint32_t>(j), static_cast<uint32_t>(end), org});
        added = true;
      }
      j = end;
      if (j < n && s->words[j] == ",") ++j;
      if (j < n && (lv[j] == "and" || lv[j] == "or")) {
        ++j;
      } else if (j > end) {
        // a comma goes on to the next item
      } else {
        break;
      }
    }
  }
  if (added) SortLabelSpansByStart(s);
}

// One probe of a table of the nouns (was a compare with each of the 29:
// ~250 instructions a call from UnifyNameTypes, once per mention).
bool IsOrganisationNoun(std::string_view lower) {
  static const WordTable* table = [] {
    auto* t = new WordTable();
    for (std::string_view n : OrganisationNouns()) t->Add(n, 1);
    return t;
  }();
  return table->Find(lower) != 0;
}

// A name right before a lower-case organisation noun names that
// organisation: "the Likud party", "the Hillsong church", "the Flipkart
// website", "a Zorblatt company spokesman". The name (a place, person or
// "other" mention, or an untagged capitalised word not opening the
// sentence) becomes an organisation, the noun staying outside it as the
// corpora tag it; not a country, region, city or nationality word of the
// gazetteer ("the Iraqi army", "the Texas company") nor a party adjective
// ("the Republican party"), not a person opening
// on a first name ("the Clinton campaign" has no such noun anyway).
void TypeNamesBeforeOrganisationNouns(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  static const HashedWords kOrgNouns(OrganisationNouns());
  // Military units are often named after a town ("the Azov regiment"):
  // before these nouns a city of the gazetteer is the unit's name too.
  static const HashedWords kUnitNouns = {"regiment", "battalion", "brigade"};
  static const HashedWords kStaffNouns = {"reporter",    "reporters",    "executive",  "executives", "correspondent",
                                          "correspondents", "editor",    "editors",    "columnist",  "columnists",
                                          "staffer",     "staffers",     "employee",   "employees",  "journalist",
                                          "journalists", "spokesman",    "spokeswoman", "spokesperson"};
  auto lower_at = [&](size_t i) {
    return i < n && !s->words[i].empty() && s->words[i][0] >= 'a' && s->words[i][0] <= 'z';
  };
  auto org_noun = [&](size_t i) { return lower_at(i) && kOrgNouns.Has(*s, i); };
  const int org = LabelType(kBOrg), per = LabelType(kBPer), loc = LabelType(kBLoc), oth = LabelType(kBOth);
  bool unit = false;
  auto known = [&](uint32_t b, uint32_t e) {
    return (gaz.Find(std::span<const std::string_view>(lv.data() + b, e - b)) &
            (kGazCountry | kGazRegion | kGazDemonym | (unit ? 0 : kGazCity))) != 0;
  };
  bool added = false;
  for (size_t i = 1; i < n; ++i) {
    if (!s->features.capitalised[i - 1]) continue;
    unit = lower_at(i) && kUnitNouns.Has(*s, i);
    LabelSpan* at = nullptr;
    if (!unit && !org_noun(i)) {
      // A staff noun ("a Breitbart reporter", "Interpipe executives")
      // names the employer: a name the tagger typed a place or "other"
      // that the gazetteer knows as no place or nationality ("Kyiv
      // officials" stays). A person's name before it is the person's
      // ("Clinton spokesman"): left alone.
      if (!lower_at(i) || !kStaffNouns.Has(*s, i)) continue;
      for (LabelSpan& ls : s->label_spans)
        if (ls.end == i) at = &ls;
      if (at && (at->type == loc || at->type == oth) && !known(at->begin, at->end) &&
          !(gaz.Find(std::span<const std::string_view>(lv.data() + at->begin, at->end - at->begin)) & kGazCity))
        at->type = org;
      continue;
    }
    for (LabelSpan& ls : s->label_spans)
      if (ls.end == i) at = &ls;
    if (at) {
      if (at->type != per && at->type != loc && at->type != oth) continue;
      if (known(at->begin, at->end)) continue;
      // A party adjective ("the Republican party", made "other" by
      // StripPartyWords) modifies the noun, as the untagged one below.
      if (at->end - at->begin == 1 && IsPartyWord(lv[at->begin])) continue;
      if (at->type == per && LexiconFirstNames().contains(std::string(lv[at->begin]))) continue;
      at->type = org;
      continue;
    }
    const size_t w = i - 1;
    bool inside = false;
    for (const LabelSpan& ls : s->label_spans) inside = inside || (ls.begin <= w && w < ls.end);
    if (inside || w == 0 || !StartsUpper(s->words[w]) || IsStopword(s->words[w]) || TitleWordAt(*s, w) ||
        IsCommonWord(gaz, s->words[w]) || !HasLetter(s->words[w]) || known(w, w + 1) || AdjectiveLike(lv[w]))
      continue;
    // A compound adjective ending in a lower-case part ("the
    // Spanish-language network", "a Saudi-owned channel") names no body.
    if (const size_t hy = s->words[w].rfind('-');
        hy != std::string_view::npos && hy + 1 < s->words[w].size() && s->words[w][hy + 1] >= 'a' &&
        s->words[w][hy + 1] <= 'z')
      continue;
    s->label_spans.push_back(LabelSpan{static_cast<uint32_t>(w), static_cast<uint32_t>(w + 1), org});
    added = true;
  }
  // The noun before the name, in apposition: "the liberal gossip site
  // Gawker", "the steel company Interpipe", "the newspaper Haaretz". Same
  // exceptions as above.
  unit = false;
  for (LabelSpan& ls : s->label_spans) {
    if (ls.begin == 0 || (ls.type != per && ls.type != loc && ls.type != oth)) continue;
    size_t i = ls.begin - 1;
    // Set off by commas or a dash: "Mr. Pinchuk's company, Interpipe, …";
    // not a person there, who is more often the body's speaker ("a
    // spokesman for the new party, Lai Mohammed, said").
    if (s->words[i] == "," && i > 0) {
      if (ls.type == per) continue;
      const std::string_view after = ls.end < n ? s->words[ls.end] : std::string_view(".");
      if (after != "," && after != "." && after != "-" && after != "\xE2\x80\x94" && after != "\xE2\x80\x93") continue;
      --i;
    }
    if (!org_noun(i) && !(lower_at(i) && lv[i] == "site")) continue;
    if (known(ls.begin, ls.end)) continue;
    if (ls.type == per && LexiconFirstNames().contains(std::string(lv[ls.begin]))) continue;
    ls.type = org;
  }
  // A name the tagger left out right after such a noun, or after "group"
  // ("the militant Lebanese Shiite group Hezbollah", "the rights group
  // Zorblatt"): up to three capitalised words, no common word, title or
  // place of the gazetteer among them, become the organisation.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!(org_noun(i) || (lower_at(i) && lv[i] == "group"))) continue;
    size_t e = i + 1;
    while (e < n && e - i <= 3 && StartsUpper(s->words[e]) && HasLetter(s->words[e]) && !IsStopword(s->words[e]) &&
           !IsTitleWord(s->words[e]) && !IsCommonWord(gaz, s->words[e]) && !IsCalendarWord(lv[e]))
      ++e;
    if (e == i + 1 || known(static_cast<uint32_t>(i + 1), static_cast<uint32_t>(e))) continue;
    // Not the subject of a relative clause ("a group Gazans have
    // nicknamed") nor a name running on past a connector ("Medecins du
    // Monde").
    if (e < n && (StartsUpper(s->words[e]) ||
                  OneOf(lv[e], {"have", "has", "had", "is", "are", "was", "were", "will", "would", "call", "calls",
                                "called", "du", "de", "des", "la", "of", "for", "and", "&"})))
      continue;
    if (e == i + 2 && IsPartyWord(lv[i + 1])) continue;  // "the group Republican donors …"
    bool taken = false;
    for (const LabelSpan& ls : s->label_spans) taken = taken || (ls.begin < e && i + 1 < ls.end);
    if (taken) continue;
    if (LexiconFirstNames().contains(std::string(lv[i + 1]))) continue;  // "the group Jane Doe founded"
    s->label_spans.push_back(LabelSpan{static_cast<uint32_t>(i + 1), static_cast<uint32_t>(e), org});
    added = true;
  }
  if (added) SortLabelSpansByStart(s);
}

// Products and software are "other" (OntoNotes PRODUCT; GMB art): a run
// of capitalised words right before a version number ("Windows 7",
// "Internet Explorer 9", "iPhone 5": one or two digits, or digits with a
// point), with the number, or right before "browser", "operating system",
// "software" ("the Internet Explorer browser", "the Windows Vista
// operating system"). The run replaces the mentions it overlaps (the
// tagger reads "Windows" + "Vista" as an organisation and a place). Not a
// place or organisation of the gazetteer, not a name ending in an
// organisation head ("BBC Radio 4").
void TypeProductNames(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  auto version = [&](size_t i) {
    std::string_view w = s->words[i];
    if (w.empty() || w.size() > 4 || w[0] < '0' || w[0] > '9') return false;
    bool point = false;
    for (char c : w) {
      if (c == '.') point = true;
      else if (c < '0' || c > '9') return false;
    }
    if (!point && w.size() > 2) return false;
    // not a score, a list, a time or a date: "England 2, Wales 1", "Daily
    // 08:00", "Kay Mann 04/26/2001"
    if (i + 1 >= n) return true;
    const std::string_view next = s->words[i + 1];
    // nor a count after a name: "founded it with Rupert Murdoch 20 years
    // ago", "Apple 5 percent higher"
    if (OneOf(lv[i + 1], {"years", "year", "months", "weeks", "days", "hours", "minutes", "percent", "million",
                          "billion", "thousand", "times", "points", "people"}))
      return false;
    return next != "-" && next != "," && next != "–" && next != ":" && next != "/" &&
           !(next.size() > 0 && (next[0] == ':' || next[0] == '/'));
  };
  static const HashedWords kCues = {"browser", "software", "operating"};
  for (size_t c = 1; c < n; ++c) {
    if (!s->features.capitalised[c - 1] && !s->features.has_capital[c - 1]) continue;
    size_t cue_end = 0;
    bool with_cue = false;
    if (version(c)) {
      cue_end = c + 1;
      with_cue = true;
    } else if (kCues.Has(*s, c) && (lv[c] != "operating" || (c + 1 < n && lv[c + 1] == "system"))) {
      cue_end = c;
    } else {
      continue;
    }
    size_t b = c;
    while (b > 0 && c - b < 4 && (StartsUpper(s->words[b - 1]) || IsCamelCaseName(s->words[b - 1]) ||
                                  (s->words[b - 1].size() > 1 && s->words[b - 1][0] >= 'a' &&
                                   s->words[b - 1][0] <= 'z' && s->features.capitalised[b - 1])) &&
           !IsStopword(s->words[b - 1]) && !TitleWordAt(*s, b - 1) && HasLetter(s->words[b - 1]))
      --b;
    if (b == c || (b == 0 && c - b == 1 && !with_cue)) continue;
    if (gaz.Find(std::span<const std::string_view>(lv.data() + b, c - b)) &
        (kGazCountry | kGazRegion | kGazCity | kGazOrg))
      continue;
    // Numbered parts of a text or a place, and amounts: "Figure 2", "Extract
    // 3", "Title IV", "Calle 62", "USD 25", "BBC Radio 4".
    if (IsOrganisationHead(lv[c - 1]) || AllUpper(s->words[c - 1]) ||
        OneOf(lv[c - 1], {"figure", "figures", "table", "extract", "extracts", "example", "chapter", "section",
                          "appendix", "page", "line", "item", "step", "phase", "level", "room", "gate", "terminal",
                          "route", "highway", "road", "street", "calle", "avenue", "ave", "platform", "stage",
                          "day", "week", "year", "season", "episode", "part", "volume", "article", "title",
                          "flight", "channel", "radio", "grade", "class", "group", "round", "game", "match",
                          "number", "no", "no.", "tier", "category", "zone", "district", "block", "lot", "unit"}))
      continue;
    ReplaceRange(s, static_cast<uint32_t>(b), static_cast<uint32_t>(cue_end), LabelType(kBOth));
    c = cue_end;
  }
}

}  // namespace crosscheck::entity_internal

namespace crosscheck::entity_internal {

// A one-word person that is a country of the gazetteer, right before a
// possessive and a lower-case word, is the country: "Kenya's electoral
// commission" (Kenya, Chad, Jordan are also given names). Runs before
// AddInstitutions so the institution can take its owner.
void RetypeCountryPossessives(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  const auto& lv = s->features.lower_view;
  for (LabelSpan& ls : s->label_spans) {
    if (ls.type != LabelType(kBPer) || ls.end != ls.begin + 1 || ls.end + 1 >= n) continue;
    if (s->words[ls.end] != "'s" && s->words[ls.end] != "\xE2\x80\x99s") continue;
    const std::string_view next = s->words[ls.end + 1];
    if (next.empty() || next[0] < 'a' || next[0] > 'z') continue;
    if (gaz.Find(std::span<const std::string_view>(&lv[ls.begin], 1)) & kGazCountry) ls.type = LabelType(kBLoc);
  }
}

}  // namespace crosscheck::entity_internal

namespace crosscheck::entity_internal {

// Places named by what they are: a name ending in a capitalised
// geographic head ("Casamance River", "Lake Chad" opens on one: not
// taken) read as an organisation or person is a location; a name right
// after "village(s)", "town(s)", "island of", "village of", "town of",
// "monastery of", "region of" (and the names joined to it by "and" or ",")
// is a location ("the villages Brin and Djibonker", "the village of
// Afiniam"); a person or organisation of two words or more that is a
// country or region of the gazetteer is that place ("Saint Lucia" read as
// a person).
void TypePlacesByGeographicNouns(const Gazetteer& gaz, Scratch* s) {
  const auto& lv = s->features.lower_view;
  const int loc = LabelType(kBLoc), org = LabelType(kBOrg), per = LabelType(kBPer);
  std::vector<LabelSpan>& v = s->label_spans;
  auto geographic = [&](size_t w) {
    return StartsUpper(s->words[w]) &&
           OneOf(lv[w], {"river", "lake", "mountain", "mountains", "island", "islands", "bay", "peninsula",
                         "sea", "ocean", "valley", "desert", "gulf", "strait", "canyon", "creek", "hills",
                         "coast", "delta", "plateau", "archipelago"});
  };
  for (size_t k = 0; k < v.size(); ++k) {
    LabelSpan& ls = v[k];
    // A one-word "other" name the gazetteer knows as a country or region
    // and not as a nationality word, before a score, is the place (a team
    // named by its country: "England 2, Wales 1"). Not in general: GMB's
    // silver labels tag many countries gpe, which the conventions table
    // makes "other", and retyping every one cost its tuning part 0.003.
    if (ls.type == LabelType(kBOth) && ls.end - ls.begin == 1 && StartsUpper(s->words[ls.begin]) &&
        ls.end < s->words.size() && !s->words[ls.end].empty() &&
        std::all_of(s->words[ls.end].begin(), s->words[ls.end].end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const uint8_t cls = gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, 1));
      if ((cls & (kGazCountry | kGazRegion)) && !(cls & kGazDemonym)) ls.type = loc;
      continue;
    }
    // A one-word name after an untagged geographic head and "of" is the
    // place they name together ("Sea" + "of" + "Azov" read as an
    // organisation; session 20).
    if ((ls.type == org || ls.type == per || ls.type == loc) && ls.end - ls.begin == 1 && ls.begin >= 2 &&
        lv[ls.begin - 1] == "of" && geographic(ls.begin - 2) && (k == 0 || v[k - 1].end <= ls.begin - 2)) {
      ls.begin -= 2;
      ls.type = loc;
      continue;
    }
    if (ls.type != org && ls.type != per) continue;
    // A lone geographic head right after a nationality word or place the
    // tagger cut it from: "Crimean" + "Peninsula", "Arabian" + "Sea" are
    // one place (session 20: a retrained model split seed 004's "Crimean
    // Peninsula").
    if (ls.end - ls.begin == 1 && k > 0 && v[k - 1].end == ls.begin && geographic(ls.begin) &&
        (v[k - 1].type == LabelType(kBOth) || v[k - 1].type == loc) && v[k - 1].end - v[k - 1].begin <= 2) {
      v[k - 1].end = ls.end;
      v[k - 1].type = loc;
      v.erase(v.begin() + static_cast<ptrdiff_t>(k));
      --k;
      continue;
    }
    if (ls.end - ls.begin >= 2) {
      // "Casamance River", or "Sea of Azov", "Gulf of Mexico".
      if (geographic(ls.end - 1) || (ls.end - ls.begin >= 3 && lv[ls.begin + 1] == "of" && geographic(ls.begin))) {
        ls.type = loc;
        continue;
      }
      if (gaz.Find(std::span<const std::string_view>(lv.data() + ls.begin, ls.end - ls.begin)) &
          (kGazCountry | kGazRegion)) {
        ls.type = loc;
        continue;
      }
    }
    // The noun before the name (past "of").
    size_t b = ls.begin;
    if (b >= 2 && lv[b - 1] == "of") {
      if (!OneOf(lv[b - 2], {"village", "town", "island", "monastery", "region", "province", "district"})) continue;
    } else if (!(b >= 1 && OneOf(lv[b - 1], {"village", "villages", "town", "towns"}))) {
      continue;
    }
    ls.type = loc;
    // "the villages Brin and Djibonker": the names listed with it.
    for (size_t m = k + 1; m < v.size(); ++m) {
      const uint32_t gap_b = v[m - 1].end;
      if (v[m].begin != gap_b + 1 || (lv[gap_b] != "and" && lv[gap_b] != ",")) break;
      if (v[m].type == org || v[m].type == per) v[m].type = loc;
    }
  }
}

}  // namespace crosscheck::entity_internal

namespace crosscheck {

bool IsCommunicationNoun(std::string_view lower) {
  const auto& nouns = entity_internal::LexiconNounKinds();
  auto communication = [&](std::string_view w) {
    auto it = nouns.find(std::string(w));
    return it != nouns.end() && it->second == 'c';
  };
  return communication(lower) || (lower.size() > 3 && lower.back() == 's' && communication(lower.substr(0, lower.size() - 1)));
}

bool IsVerbSForm(std::string_view lower) {
  if (lower.size() < 4 || lower.back() != 's' || lower.ends_with("ss") || lower.ends_with("us")) return false;
  const auto& verbs = entity_internal::LexiconVerbs();
  if (verbs.contains(std::string(lower.substr(0, lower.size() - 1)))) return true;  // "shows"
  return lower.ends_with("es") && verbs.contains(std::string(lower.substr(0, lower.size() - 2)));  // "pushes"
}

}  // namespace crosscheck
