// Internal to the numbers module: the context rules RecognizeQuantities
// applies around a figure — the news filter (years, times of day, phone
// numbers, "No. 10", list markers, identifiers, dates) and the counted noun
// ("2,000 Ukrainian fighters" -> fighters, "hundreds of them" -> them,
// "a group of 25" -> group). Pure functions over one sentence; thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_QUANTITY_CONTEXT_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_QUANTITY_CONTEXT_H_

#include <cstdint>
#include <string_view>

#include "recognize/number/numeral.h"

namespace crosscheck::number {

// True when the numeral is not a count or amount in news text: a year ("in
// 2022"), a time of day ("9:30", "9am"), a phone-like string, a reference
// ("No. 10", "#3", "Article 5"), a list marker ("1." opening a sentence), a
// date's day ("May 9"), an identifier ("F-16", "COVID-19") or glued letters.
bool IsNotACount(std::string_view s, const Numeral& n, bool has_unit);

// A reference word right before `start` ("No. 10", "Article 5", "Room
// 101", "page 12"): what follows is a label, also as a range ("No. 10-277").
bool AfterReferenceWord(std::string_view s, uint32_t start);

// "sub-" hyphenated right before `start` ("sub-5%"): a bound, not an
// identifier like "F-16".
bool HedgePrefixBefore(std::string_view s, uint32_t start);

struct Counted {
  uint32_t start = 0, end = 0;  // the head noun, bytes into the sentence; empty when none
  uint32_t phrase_end = 0;      // end of the noun phrase after the figure (0 when the noun precedes)
};

// The head noun counted by a figure ending at `end` (after its unit, if
// any) or, failing that, the noun before it ("a group of 25"); `start` is
// the figure's start. `singular_ok` allows a singular head ("one soldier");
// after "of" it flips ("one of the fighters", "a third of the population").
// `many` marks a whole count of two or more: after "of" its head stays
// plural, and the singular words before it are modifiers ("three of the
// presidential nomination contests" counts contests).
Counted FindCounted(std::string_view s, uint32_t start, uint32_t end, bool singular_ok, bool many = false);

}  // namespace crosscheck::number

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_QUANTITY_CONTEXT_H_
