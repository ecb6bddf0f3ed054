// Quantities: every figure in a document as an interval with its hedge, unit
// and what it counts (docs/NUMBERS.md). Built on the numeral, range and
// measure layers (numeral.h, range.h, measure.h) plus the news filter (years,
// times of day, phone numbers, references, list markers and ordinals are not
// quantities), the hedge table (hedge.h, data/hedges.tsv), counted nouns,
// compositions ("46 ... 25 and ... 21") and restatements ("140 miles (230
// km)"). `span` covers hedge + figure (+ unit): "an estimated 200", "almost
// 500", "$1.2bn"; the counted noun is separate (counted_span).
//
// For the ledger (docs/OUTPUT.md): a range is one quantity (hedge "range",
// low/high with the shared scale and unit: "$20 to $25 billion"); changes
// carry `direction` (up/down) and `change` (amount / from / to, with
// `change_from` linking a "to" figure to its "from" figure); `counted` is
// the head noun and `counted_modifiers` the words that change what it means
// ("critically injured" people), `counted_phrase` their span; units are codes
// of the unit database (data/units/units.tsv), rates as "USD/share", minor
// currency units converted to the major unit ("45 cents" = 0.45 USD).
//
// RecognizeQuantities is a pure function of the document and its
// segmentation: thread-safe. Returned quantities are sorted by span start and
// do not overlap; the parts of a composition are records of their own,
// referenced by index.
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_QUANTITY_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_QUANTITY_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "core/atom.h"
#include "core/optional_double.h"
#include "core/document.h"
#include "core/json_util.h"
#include "core/span.h"
#include "segment/segmenter.h"

namespace crosscheck {

enum class QuantityKind : uint8_t { kCount, kMeasure, kMoney, kPercent, kRatio };
const char* QuantityKindName(QuantityKind kind);  // "count", "measure", ...

struct Quantity {
  // Fields are ordered by size (a 100 MB single-line document holds 2.6
  // million figures at once: 232 -> 176 bytes each); optional bounds are
  // NaN-coded (core/optional_double.h).
  Span span;                           // hedge + figure (+ unit); the counted noun is not included
  double value = 0;                    // the figure as written ("almost 500" -> 500)
  OptionalDouble low, high;            // logical bounds; nullopt = open
  OptionalDouble band_low, band_high;  // likely band (hedge table)
  OptionalDouble conservative;         // what a cautious analyst codes
  Atom hedge;                   // "" when none ("almost", "up to", "estimated", …)
  Atom unit;                    // "" when none ("km", "t", "%", "USD", …)
  Atom counted;                 // head of what is counted, "" when none
  Span counted_span;                   // where `counted` stands (empty when none)
  std::vector<int> parts;              // indexes of component quantities
  int same_as = -1;                    // index of the quantity this restates, or -1
  // Change: "rose 5%" (direction up, change amount), "fell to $77" (down,
  // to), "from 850" (from). `change_from` links a "to" figure to the index
  // of its "from" figure ("from 12,410 to 11,980"), or -1.
  int change_from = -1;
  Atom direction;               // "up", "down" or "" (no change stated)
  Atom change;                  // "amount", "from", "to" or ""
  // What is counted, beyond its head: the words of the noun phrase that
  // change its meaning ("critically injured" in "12 critically injured
  // people"; "border" in "2,750 border agents"), "" when none.
  Atom counted_modifiers;
  Span counted_phrase;                 // modifiers + head (empty when no counted noun)
  // One side of a tally, never a range or a ratio of the two sides: a vote
  // ("voted 134 to 63", "a 5-4 vote": counted "votes"), a win ("won, 134 to
  // 63", "a 3-1 win": counted "", claims read what it counts from the
  // report), a record ("a 9-14 record":
  // counted "wins" and "losses"). `tally_side` says which side: "majority"
  // / "minority" for a vote's or a win's larger and smaller side, "wins" /
  // "losses" for a record's; both sides share `counted_span` (the cue word).
  Atom tally_side;
  QuantityKind kind = QuantityKind::kCount;
  bool low_inclusive = true, high_inclusive = true;
  bool exact = true;
  bool tally = false;
  // An age in years, not a duration: "a 12-year-old", "14 years old",
  // "aged 3", and each later figure of a list of ages ("ages 16 and 6").
  bool age = false;
};

std::vector<Quantity> RecognizeQuantities(const Document& doc, const Segmentation& seg);

// The same over one sentence of text (spans index `sentence`); for tests and
// benchmarks that have no Document.
std::vector<Quantity> RecognizeQuantitiesInText(std::string_view sentence);

// The `quantities` record of docs/OUTPUT.md for quantities[i] of `doc`.
Json QuantityToJson(const Document& doc, const std::vector<Quantity>& quantities, size_t i);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_QUANTITY_H_
