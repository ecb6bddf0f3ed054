// The abbreviation lexicon the tokenizer and the sentence splitter consult:
// which words written with a final period are abbreviations, and how each
// kind behaves at a possible sentence end. Also the small word lists the
// splitter uses to judge what follows an abbreviation ("The", "He" open
// sentences; "Friday", "EST" follow "p.m." inside one).
//
// Lookups are case-insensitive over ASCII and allocation-free; the tables are
// sorted constant arrays (see abbreviations.cc for the lists and why each
// word is there). Thread-safe.
#ifndef CROSSCHECK_SEGMENT_ABBREVIATIONS_H_
#define CROSSCHECK_SEGMENT_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>

namespace crosscheck::segment_internal {

enum class AbbrevKind : uint8_t {
  kNone,
  // Precedes a name and never ends a sentence: "Mr.", "Gen.", "Lt.", "St.",
  // "e.g.", "vs.". Title abbreviations only count when capitalised.
  kPrefix,
  // Precedes a number: "No. 10", "Jan. 5", "Vol. 3", "Fig. 2"; ends a
  // sentence like an ordinary word when no number follows.
  kBeforeNumber,
  // May end a sentence ("Apple Inc.", "in the U.S."): a boundary only before
  // a word that typically opens a sentence or an opening quote.
  kFinal,
  // Follows a name: "Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "Sr.": a boundary
  // before a capital or an opening quote, like an ordinary word, but the
  // period is part of the token.
  kSuffix,
  // "a.m." and "p.m.": a boundary before a capitalised word unless it is a
  // weekday, month, time zone or similar ("5 p.m. Friday", "9 a.m. EST").
  kClockTime,
};

// Kind of `word` (the letters before the final period, e.g. "Gen", "U.S",
// "e.g"). Words with inner periods that are not listed ("N.A.T.O") are kFinal;
// a single letter is not looked up here (see the splitter's initials rule).
AbbrevKind LookupAbbreviation(std::string_view word);

// True for words that typically open an English news sentence: determiners,
// pronouns, conjunctions, sentence adverbs ("The", "He", "But", "However").
// `word` is a whole token; a clitic ("It's") is ignored.
bool IsSentenceStarter(std::string_view word);

// True for words that follow "p.m."/"a.m." inside a sentence: weekdays,
// months, time zones ("Friday", "Jan", "EST", "GMT", "ET", "E.T.", "local").
bool IsTimeFollower(std::string_view word);

// True for lower-case verbs of speech that follow a quotation and its
// speaker ("said", "told", "asked", "tweeted").
bool IsSpeechVerb(std::string_view word);

}  // namespace crosscheck::segment_internal

#endif  // CROSSCHECK_SEGMENT_ABBREVIATIONS_H_
