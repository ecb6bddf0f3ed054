// The per-sentence mention rules of mention_rules.h, first part: the word
// tests every sentence rule shares, then the rules that drop or trim what
// the tagger over-read (capitalised common words, sentence-opening words,
// calendar dates, codes and numerals, address pieces) and join e-mail
// display names. The rules that reshape spans are in sentence_spans.cc;
// those that add names the tagger missed (gazetteer fallbacks, caseless
// places, facilities) in sentence_additions.cc. The rules that find and
// retype persons are in person_rules.cc; those that build and split
// organisation names in organisation_rules.cc; those that look across a
// document in document_rules.cc.
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
  // Every listed word is ASCII letters, at most six: a word is packed,
  // lower-cased, into one integer (a byte that is no ASCII letter rejects
  // it, as no listed word holds one) and probed in a table of 128 integer
  // keys. This runs per word in several rules; the lower-cased copy and the
  // string table it replaces cost ~110 instructions a call.
  struct Keys {
    uint64_t slot[128] = {};
    static size_t Home(uint64_t k) { return static_cast<size_t>((k * 0x9E3779B97F4A7C15ULL) >> 57); }
  };
  static const Keys* table = [] {
    auto* t = new Keys();
    for (std::string_view x : kWords) {
      uint64_t k = 0;
      for (size_t i = 0; i < x.size(); ++i) k |= uint64_t{static_cast<unsigned char>(x[i])} << (8 * i);
      size_t h = Keys::Home(k);
      while (t->slot[h] != 0 && t->slot[h] != k) h = (h + 1) & 127;
      t->slot[h] = k;
    }
    return t;
  }();
  if (w.empty() || w.size() > 6) return false;
  uint64_t key = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned c = static_cast<unsigned char>(w[i]);
    if (c - 'A' < 26u) c += 'a' - 'A';
    else if (c - 'a' >= 26u) return false;
    key |= uint64_t{c} << (8 * i);
  }
  for (size_t h = Keys::Home(key);; h = (h + 1) & 127) {
    if (table->slot[h] == key) return true;
    if (table->slot[h] == 0) return false;
  }
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
  if (ls.end - ls.begin < 2) return false;
  // The word after the month is a number, a period or a comma (the loop
  // below asks the same): tested first, it spares most spans the months.
  if (const std::string_view w = lv[ls.begin + 1];
      w != "." && w != "," && (w.empty() || w[0] < '0' || w[0] > '9'))
    return false;
  std::string_view first = lv[ls.begin];
  if (first.size() > 3 && first.back() == '.') first.remove_suffix(1);
  bool month = false;
  for (std::string_view m : kMonths) month = month || first == m;
  if (!month) return false;
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
