// Internal to the numbers module: the news rules RecognizeQuantities applies
// to the quantities of one sentence after it has built them — what a figure
// is per ("$1.65 a share", "$40 million per year", "193km / h"), minor
// currency units ("45 cents" = 0.45 USD), percentage and index points,
// earthquake magnitudes, the modifiers of the counted noun, and changes
// ("rose 5%", "fell to $77", "up from 46 percent", "from 850 to 1,000").
// Pure functions over one sentence; thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_QUANTITY_NEWS_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_QUANTITY_NEWS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "recognize/number/quantity.h"

namespace crosscheck::number {

// Unit refinements of q (spans relative to `s`, which starts at byte `base`
// of the document): compound units after the figure, minor units, points,
// magnitudes. May extend q->span.end over the words it reads.
void RefineUnit(std::string_view s, uint32_t base, Quantity* q);

// The meaning-changing modifiers between the figure and its counted head
// ("12 critically injured people" -> "critically injured").
void SetCountedModifiers(std::string_view s, uint32_t base, Quantity* q);

// Directions and change roles for quantities [first, out->size()) of one
// sentence.
void MarkChanges(std::string_view s, uint32_t base, std::vector<Quantity>* out, size_t first);

// True when the word ending right before `pos` (skipping spaces and a hedge
// is the caller's job) is a change cue, with its direction in *up.
bool ChangeCueBefore(std::string_view s, uint32_t pos, bool* up, uint32_t* cue_start);

// True when the word right before `pos` is a change verb that takes the
// amount as its object ("rose", "slipped", not "raised", "up", "lower"),
// with its direction in *up: "rose $1.20 to $84.50" is an amount and a level.
bool AmountVerbBefore(std::string_view s, uint32_t pos, bool* up);

}  // namespace crosscheck::number

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_QUANTITY_NEWS_H_
