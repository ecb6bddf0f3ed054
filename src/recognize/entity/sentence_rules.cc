// The per-sentence mention rules of mention_rules.h: the word tests, then
// the rules that edit a sentence's label spans after the tagger for
// titles, places and facilities (common words, adjacent names, joiners,
// titles, context repairs, gazetteer fallbacks, caseless places,
// facilities). The rules that find and retype persons are in
// person_rules.cc; those that build and split organisation names in
// organisation_rules.cc; those that look across a document in
// document_rules.cc.
#include <algorithm>
#include <string>

#include "core/word_table.h"
#include "recognize/entity/gmb.h"
#include "recognize/entity/mention_rules.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"
#include "recognize/entity/word_senses.h"

namespace crosscheck::entity_internal {

bool IsStopword(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "to", "for", "with", "by", "from",
      "as", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "his", "her", "its",
      "their", "our", "my", "said", "says", "after", "before", "when", "while", "if", "since", "during", "some"};
  // One hash probe instead of a scan of the list: this runs per word in
  // several rules.
  static const WordTable* table = [] {
    auto* t = new WordTable();
    for (std::string_view x : kWords) t->Add(x, 1);
    return t;
  }();
  if (w.empty() || w.size() > 6) return false;
  SmallLower low(w);
  return table->Find(low.view) != 0;
}

// Punctuation token: an ASCII non-alphanumeric first byte, or typographic
// punctuation (U+2010..U+206F: dashes, curly quotes).
bool IsPunctWord(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  return c == 0xE2 && w.size() >= 3 && static_cast<unsigned char>(w[1]) == 0x80 && w.size() == 3;
}

// Length of a "-led" / "-backed" ending after a capitalised stem
// ("U.N.-backed", "Washington-based", "Nations-assisted"), split off like a
// possessive so the stem can end a name; 0 when none.
size_t HyphenSuffixLengthSlow(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {"-led", "-backed", "-based", "-assisted", "-brokered", "-run", "-owned",
                                    "-controlled", "-held", "-occupied", "-style", "-born", "-made", "-funded",
                                    "-allied", "-linked", "-aligned", "-installed", "-appointed", "-bound"};
  // Look for the dash only among the last 11 bytes (the longest ending,
  // "-controlled"), and only past the first byte.
  const size_t n = w.size();
  if (n < 5) return 0;
  size_t dash = n - 4;
  const size_t stop = n > 12 ? n - 12 : 0;
  while (dash > stop && w[dash] != '-') --dash;
  if (w[dash] != '-' || dash == 0 || !StartsUpper(w)) return 0;
  std::string_view tail = w.substr(dash);
  for (std::string_view s : kSuffixes)
    if (tail == s) return tail.size();
  return 0;
}

bool HasLetter(std::string_view w) {
  for (unsigned char c : w)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xDF)) return true;  // Latin, Greek, Cyrillic leads
  return false;
}

// A one-word place or organisation of the gazetteer ("Mariupol", "Azov").
bool IsKnownName(const Gazetteer& gaz, std::string_view w) {
  SmallLower low(w);
  std::string_view v = low.view;
  return !v.empty() && (gaz.Find(std::span<const std::string_view>(&v, 1)) &
          (kGazCountry | kGazRegion | kGazCity | kGazOrg)) != 0;
}

bool IsCommonWord(const Gazetteer& gaz, std::string_view w) {
  SmallLower low(w);
  std::string_view v = low.view;
  return !v.empty() && (gaz.Find(std::span<const std::string_view>(&v, 1)) & kGazCommon) != 0;
}

// Rules that add mentions append them; the label layer is kept in text order.
void SortLabelSpansByStart(Scratch* s) {
  std::sort(s->label_spans.begin(), s->label_spans.end(),
            [](const LabelSpan& a, const LabelSpan& b) { return a.begin < b.begin; });
}

namespace {

// Words that join the parts of a name but never stand at its edge.
bool IsEdgeJoiner(std::string_view w) {
  return w == "of" || w == "and" || w == "&" || w == "for" || w == "the";
}

// Length in words of the longest facility head phrase at word i, or 0.
size_t FacilityHead(const Gazetteer& gaz, const Scratch& s, size_t i) {
  if (!(s.features.gaz_begin[i] & kGazFacility)) return 0;  // no facility phrase starts here
  const auto& lv = s.features.lower_view;
  for (size_t len = std::min<size_t>(4, lv.size() - i); len >= 1; --len) {
    if (gaz.Find(std::span<const std::string_view>(lv.data() + i, len)) & kGazFacility) return len;
  }
  return 0;
}

// An acronym used as a common noun: a one-word mention in capitals
// right after an indefinite article or a possessive determiner and before
// punctuation, a function word or the sentence's end ("I had a DUI but",
// "with my DUI and", "an MRI."), or an academic or professional degree
// after a name and a comma ("Harry Preuss, MD,"). Names in capitals
// after "a" modify the noun after them ("a NATO member") and are kept.
bool CommonNounAcronym(const Scratch& s, const LabelSpan& ls) {
  if (ls.end != ls.begin + 1 || ls.begin == 0) return false;
  const std::string_view w = s.words[ls.begin];
  if (w.size() < 2 || w.size() > 5 || !AllUpper(w)) return false;
  const std::string_view before = s.features.lower_view[ls.begin - 1];
  if (before == ",") {
    static constexpr std::string_view kDegrees[] = {"MD", "PhD", "DDS", "DMD", "RN", "CPA", "MBA", "DVM", "JD", "LLB"};
    for (std::string_view d : kDegrees)
      if (w == d) return ls.begin >= 2 && StartsUpper(s.words[ls.begin - 2]);
    return false;
  }
  static constexpr std::string_view kDeterminers[] = {"a", "an", "my", "your", "his", "her", "our", "their"};
  bool det = false;
  for (std::string_view d : kDeterminers) det = det || before == d;
  if (!det) return false;
  if (ls.end == s.words.size()) return true;
  const std::string_view next = s.words[ls.end];
  return IsPunctWord(next) || IsStopword(next);
}

// A day of the calendar written as a month and numbers ("Aug. 30", "June
// 30, 2016", "Dec. 4th") is a time, no name.
bool IsCalendarDate(const Scratch& s, const LabelSpan& ls) {
  static constexpr std::string_view kMonths[] = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  const auto& lv = s.features.lower_view;
  std::string_view first = lv[ls.begin];
  if (first.size() > 3 && first.back() == '.') first.remove_suffix(1);
  bool month = false;
  for (std::string_view m : kMonths) month = month || first == m;
  if (!month || ls.end - ls.begin < 2) return false;
  bool day = false;
  for (uint32_t k = ls.begin + 1; k < ls.end; ++k) {
    const std::string_view w = lv[k];
    if (w == "." || w == ",") continue;
    if (w.empty() || w[0] < '0' || w[0] > '9') return false;
    size_t d = 0;
    while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
    const std::string_view rest = w.substr(d);
    if (!(rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) return false;
    day = true;
  }
  return day;
}

}  // namespace

// Drops a one-word mention that opens a sentence and is a common
// lower-case word ("Civilians hid ...": the capital is the sentence's),
// an acronym used as a common noun ("a DUI", ", MD"), and spans without
// letters; retypes a place tagged as a person.
void DropCapitalisedCommonWords(const Gazetteer& gaz, Scratch* s) {
  std::vector<LabelSpan>& v = s->label_spans;
  // "Mariupol mayor Vadym Boychenko": a known place right before a role
  // noun is the place, even when tagged as a person or (no nationality
  // word: "German Chancellor") as "other".
  for (LabelSpan& ls : v)
    if ((ls.type == LabelType(kBPer) ||
         (ls.type == LabelType(kBOth) && !(s->features.gaz_begin[ls.begin] & kGazDemonym))) &&
        ls.end == ls.begin + 1 && ls.end < s->words.size() &&
        IsKnownName(gaz, s->words[ls.begin]) && RoleNounAt(*s, ls.end))
      ls.type = LabelType(kBLoc);
  // Quote marks and dashes at the edges of a span are not part of the name
  // ("” Last Stand" after a headline's closing quote), nor is a leading
  // "'s" ("Ukraine" + "’s Internal Affairs Ministry").
  // An ASCII hyphen, comma, colon or semicolon at an edge is no part of it
  // either ("Daniel Tarullo -" before an aside).
  auto edge = [&](std::string_view w) {
    return IsPunctWord(w) && (w.size() > 1 || w == "-" || w == "," || w == ":" || w == ";");
  };
  for (LabelSpan& ls : v) {
    while (ls.begin < ls.end && (edge(s->words[ls.begin]) ||
                                 s->words[ls.begin] == "'s" || s->words[ls.begin] == "\xE2\x80\x99s"))
      ++ls.begin;  // also a possessive ending split off the word before
    while (ls.end > ls.begin && edge(s->words[ls.end - 1])) --ls.end;
  }
  v.erase(std::remove_if(v.begin(), v.end(),
                         [&](const LabelSpan& ls) {
                           if (ls.end <= ls.begin) return true;
                           bool letters = false;  // "—" or "2022" tagged as a name
                           bool titles = true;    // "Lieutenant Colonel" tagged as a name
                           for (uint32_t k = ls.begin; k < ls.end; ++k) {
                             letters = letters || HasLetter(s->words[k]);
                             titles = titles && TitleWordAt(*s, k);
                           }
                           if (!letters || titles) return true;
                           if (CommonNounAcronym(*s, ls)) return true;
                           bool initial = ls.begin == 0 || (ls.begin == 1 && IsPunctWord(s->words[0]));
                           return initial && ls.end == ls.begin + 1 && IsCommonWord(gaz, s->words[ls.begin]) &&
                                  !IsKnownName(gaz, s->words[ls.begin]);
                         }),
          v.end());
}

// A common word or a verb's "-ing" form opening the sentence before a given
// name is the sentence's, not the person's ("Entrusting Donald Trump with
// the codes ..."): a word no gazetteer knows as a name and no first name.
// Run after the rules that build names, which may have grown the span.
void TrimSentenceOpeningWords(const Gazetteer& gaz, Scratch* s) {
  const auto& first_names = LexiconFirstNames();
  auto given = [&](std::string_view w) {
    SmallLower low(w);
    return (gaz.Find(std::span<const std::string_view>(&low.view, 1)) & kGazFirstName) ||
           first_names.count(std::string(low.view)) != 0;
  };
  // A salutation is the letter's, not the name's ("Hey Vladi,", "Vince Dear
  // All,", "Hi Tom"): it cuts the person span it is in, and a common word
  // left alone ("All") names no one. Session 32 (ner17).
  static constexpr std::string_view kSalutations[] = {"hey", "hi", "hello", "dear", "greetings", "howdy", "hiya"};
  auto salutation = [&](std::string_view w) {
    if (w.size() < 2 || w.size() > 9) return false;
    const SmallLower low(w);
    for (std::string_view x : kSalutations)
      if (low.view == x) return true;
    return false;
  };
  bool cut = false;
  for (const LabelSpan& ls : s->label_spans)
    for (uint32_t k = ls.begin; k < ls.end && !cut; ++k)
      cut = ls.type == LabelType(kBPer) && ls.end - ls.begin >= 2 && salutation(s->words[k]);
  if (cut) {
    std::vector<LabelSpan> kept;
    auto keep = [&](uint32_t b, uint32_t e) {
      if (e <= b) return;
      const std::string_view w = s->words[b];
      if (e == b + 1 && (IsStopword(w) || (IsCommonWord(gaz, w) && !IsKnownName(gaz, w) && !given(w)))) return;
      kept.push_back(LabelSpan{b, e, LabelType(kBPer)});
    };
    for (const LabelSpan& ls : s->label_spans) {
      uint32_t at = ls.end;
      if (ls.type == LabelType(kBPer) && ls.end - ls.begin >= 2)
        for (uint32_t k = ls.begin; k < ls.end && at == ls.end; ++k)
          if (salutation(s->words[k])) at = k;
      if (at == ls.end) {
        kept.push_back(ls);
        continue;
      }
      keep(ls.begin, at);
      keep(at + 1, ls.end);
    }
    s->label_spans = std::move(kept);
  }
  for (LabelSpan& ls : s->label_spans) {
    const bool initial = ls.begin == 0 || (ls.begin == 1 && IsPunctWord(s->words[0]));
    if (!initial || ls.type != LabelType(kBPer) || ls.end - ls.begin < 2) continue;
    const std::string_view w = s->words[ls.begin];
    // A verb's "-ing" form opens the sentence before any name ("Chasing
    // Trump and Cruz was Rubio"); a common word only before a given name.
    const bool ing = IsVerbIngForm(SmallLower(w).view);
    if ((IsCommonWord(gaz, w) || ing) && !IsKnownName(gaz, w) && !given(w) &&
        (given(s->words[ls.begin + 1]) || ing))
      ++ls.begin;
  }
}

void DropCalendarDates(Scratch* s) {
  std::vector<LabelSpan>& v = s->label_spans;
  v.erase(std::remove_if(v.begin(), v.end(), [&](const LabelSpan& ls) { return IsCalendarDate(*s, ls); }), v.end());
}

// Session 30: codes and numerals the tagger read as names. A one-word
// mention of three capitals written against a number is a currency or a
// unit ("40 CUC for a visa", "USD 25", "a tax of CUC 25"; "27 EU nations"
// stays: a noun follows); a one-word mention of Roman numerals ("IV",
// "XII") that no name before it takes in numbers a section ("Title IV",
// "Chapter XI").
namespace {
bool StartsWithDigit(std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }
}  // namespace

void DropCodesAndNumerals(Scratch* s) {
  std::vector<LabelSpan>& v = s->label_spans;
  const size_t n = s->words.size();
  auto drop = [&](const LabelSpan& ls) {
    // Organisations and places only: GMB's "other" for the "II" of "World
    // War II" is another convention's question.
    if (ls.end != ls.begin + 1 || (ls.type != LabelType(kBOrg) && ls.type != LabelType(kBLoc))) return false;
    const std::string_view w = s->words[ls.begin];
    bool roman = w.size() >= 2 && w.size() <= 5, caps = w.size() == 3;
    for (char c : w) {
      roman = roman && (c == 'I' || c == 'V' || c == 'X');
      caps = caps && c >= 'A' && c <= 'Z';
    }
    if (roman) {
      for (const LabelSpan& o : v)
        if (o.end == ls.begin) return false;  // "Henry" + "VIII": the name's
      return ls.begin > 0 && StartsUpper(s->words[ls.begin - 1]);
    }
    if (!caps) return false;
    const bool number_after = ls.end < n && StartsWithDigit(s->words[ls.end]);
    const bool number_before = ls.begin > 0 && StartsWithDigit(s->words[ls.begin - 1]);
    // After a number, the code ends its phrase: punctuation, a function
    // word or the end follow, no noun ("3 CNN reporters").
    const bool ends = ls.end >= n || !HasLetter(s->words[ls.end]) || IsStopword(s->words[ls.end]);
    return number_after || (number_before && ends);
  };
  v.erase(std::remove_if(v.begin(), v.end(), drop), v.end());
}

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
    const bool first_name = a.type == LabelType(kBPer) && a.end == a.begin + 1 &&
                            (gaz.Find(std::span<const std::string_view>(&first, 1)) & kGazFirstName);
    // Not after a country or nationality word when a person's name starts
    // at the word ("President of Ukraine" + "Volodymyr" + person
    // "Zelensky": the country ends its own name; "UK" + "Sport" joins).
    const bool country_before = a.end == a.begin + 1 && IsNationalityOrCountry(gaz, s->words[a.begin]) &&
                                k + 2 < v.size() && v[k + 2].begin == b.end && v[k + 2].type == LabelType(kBPer);
    const bool person_tail = a.type != LabelType(kBOth) && b.end == b.begin + 1 && StartsUpper(s->words[b.begin]) &&
                             (first_name || !IsKnownName(gaz, s->words[b.begin])) &&
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

// A town and its region or country written with no comma between them
// ("Miramar California", "san francisco california", "Nantes Brittany"):
// two places, as every corpus tags them. The tagger (or MergeAdjacentNames)
// makes one location of the run; it is split when the whole run is no
// place of the gazetteer ("Kansas City", "Papua New Guinea", "Northern
// Ireland" are) and it ends on a region or country of one or two words
// after a town or region that is no country ("Guinea Bissau" stays), none
// of them a common word. Session 32 (ner17).
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
      const uint8_t right = find(cut, tail), left = find(ls.begin, cut - ls.begin);
      if (!(right & (kGazCountry | kGazRegion)) || !(left & (kGazCity | kGazRegion)) || (left & kGazCountry) ||
          ((left | right) & kGazOrg))
        continue;
      // GeoNames has regions named "Bay", "Islands", "North": a common
      // word ends or opens no such pair ("Guantanamo Bay", "Cape Verde
      // Islands", "South America").
      bool common = cut == ls.begin + 1 && (left & kGazCommon);
      for (uint32_t j = cut; j < ls.end; ++j) common = common || (find(j, 1) & kGazCommon);
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

namespace crosscheck::entity_internal {

// An e-mail display name written surname first, in quotes before the
// address ("\"Townsend, George\" <gtownsend@...>"), is one person: the
// tagger often makes two of it. Session 32 (ner17).
void JoinDisplayNames(Scratch* s) {
  const size_t n = s->words.size();
  std::vector<LabelSpan>& v = s->label_spans;
  for (size_t k = 0; k + 1 < v.size(); ++k) {
    LabelSpan& a = v[k];
    const LabelSpan& b = v[k + 1];
    if (a.type != LabelType(kBPer) || b.type != LabelType(kBPer) || a.end != a.begin + 1 || b.begin != a.end + 1 ||
        s->words[a.end] != "," || a.begin == 0 || s->words[a.begin - 1] != "\"" || b.end + 1 >= n ||
        s->words[b.end] != "\"" || s->words[b.end + 1] != "<")
      continue;
    a.end = b.end;
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
}

// Pieces of file names, e-mail and web addresses name nothing (session 21):
// "CrudeStocks.pdf", "RobBrnglsn@aol.com",
// "www.wildlifeofpakistan.com/PakistanBirdClub/index.html" read as
// organisations (the camel-case rule, the tagger). A mention is dropped
// when the run of tokens written together around it (no space between)
// holds "@", "http", "https" or "www", or ends (before any punctuation)
// in "." and a lower-case word of two to four letters (a file extension
// or top-level domain).
// "Google-Mozilla/Firefox" and "AT&T" are no such runs.
void DropAddressPieces(Scratch* s) {
  const size_t n = s->words.size();
  if (n < 2) return;
  std::vector<LabelSpan>& v = s->label_spans;
  // Brackets and quotation marks end a run: "Ryan Reynolds"<rr...@cogeco.ca>
  // is a name before an address.
  auto bound = [](std::string_view w) {
    return w == "\"" || w == "<" || w == ">" || w == "(" || w == ")" || w == "[" || w == "]" ||
           w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D";
  };
  auto glued = [&](size_t i) {  // token i written right after token i - 1
    return s->spans[i].start == s->spans[i - 1].end && !bound(s->words[i]) && !bound(s->words[i - 1]);
  };
  v.erase(std::remove_if(v.begin(), v.end(),
                         [&](const LabelSpan& ls) {
                           const bool before = ls.begin > 0 && glued(ls.begin);
                           const bool after = ls.end < n && glued(ls.end);
                           if (!before && !after) return false;
                           size_t b = ls.begin, e = ls.end;
                           while (b > 0 && glued(b)) --b;
                           while (e < n && glued(e)) ++e;
                           for (size_t i = b; i < e; ++i) {
                             const std::string_view w = s->words[i];
                             if (w == "@" || w == "http" || w == "https" || w == "www") return true;
                           }
                           while (e > ls.end && IsPunctWord(s->words[e - 1])) --e;  // "CrudeStocks.pdf)"
                           if (e - b < 3 || s->words[e - 2] != ".") return false;
                           const std::string_view ext = s->words[e - 1];
                           if (ext.size() < 2 || ext.size() > 4) return false;
                           for (char c : ext)
                             if (c < 'a' || c > 'z') return false;
                           return true;
                         }),
          v.end());
}

}  // namespace crosscheck::entity_internal
