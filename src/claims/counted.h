// What a figure counts: one step of BuildClaims (claims/claim.h), public so
// the rules can be read and tested apart. Pure: thread-safe.
#ifndef CROSSCHECK_CLAIMS_COUNTED_H_
#define CROSSCHECK_CLAIMS_COUNTED_H_

#include <string>
#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "claims/frame.h"
#include "claims/lexicon.h"
#include "core/span.h"
#include "segment/segmenter.h"

namespace crosscheck {

// A plain count: no unit, not money, a share or a ratio.
bool IsCountable(const Quantity& q);

// A number and a noun written as one hyphenated word before another noun
// ("a five-alarm fire", "a three-judge panel", "a seven-count indictment",
// "a five-boat attack"): the compound measures the noun it modifies — the
// fire's alarms, the panel's judges — not a count of things the story's
// verbs act on. Returns the token index of the modified noun, -1 when the
// figure is no such compound. Needs the quantity's counted span.
int CompoundModifierHead(std::string_view text, const Segmentation& seg, const Quantity& q);

struct CountedNoun {
  Span span;               // where the counted noun stands; empty when borrowed or implied
  bool offspring = false;  // "a mother of 12": the figure counts the parent's children
  bool apposed = false;    // "Lopez, 20,": a bare number set off after a person's name (an age)
  std::string apposed_name;  // that person's name when the entity layer gave none at the figure
                             // ("Mr. Hunter, 41," -> "Duncan Hunter"; "Okafor, 31," -> "Okafor")
  bool part = false;       // "1 of 13 passes": a part before its whole, counting the whole's noun
};

// Fills claim->counted, counted_lemma and group for figure i of `in`:
// the number layer's counted noun; else a lexicon noun right after the
// figure (extending *own over it); before a model's name, the noun after
// the name or else the name ("seven AK-47s"; counted_lemma "ak-47", no
// group); "a mother of 12" counts children; an age
// apposed to a person's name borrows nothing; a bare count takes the last
// noun of the modifier run after it; a part before its whole ("1 of 13
// passes", `Partitive`) the whole's noun; else (noun ellipsis) the counted noun
// of the paragraph's last earlier figure in `out` (claims 0..i-1). Reads
// claim->part_of, so set it first. `sentence` is the figure's sentence, or -1.
CountedNoun ReadCounted(const ClaimInputs& in, const Lexicon& lex, size_t i, int sentence,
                        const std::vector<Claim>& out, TokenRange* own, Claim* claim);

// Only "of", a determiner and perhaps an order word (next, last, first,
// past, previous, final, remaining) between two figures' tokens [from,
// to): a part and its whole ("two of the three victims", "Fifteen of the
// 19", "1 of 13 passes", "18 of its next 23 games", "two of every 10 adults").
bool Partitive(std::string_view text, const Segmentation& seg, int from, int to);

// A model's name after a count: "AK-47s", "F-16", "M16" (a capitalised
// word holding a digit), or "AK 47", "AK - 47" (a word of one to four
// capitals, a hyphen perhaps, and a whole number).
struct Designation {
  int end = -1;       // the token after the name; -1 = no name at `from`
  Span span;          // the name as written
  std::string name;   // "AK-47s", "AK-47" for "AK - 47"
  std::string lemma;  // lowercase, a plural "s" after the digits dropped: "ak-47"
};
Designation ReadDesignation(std::string_view text, const Segmentation& seg, int from);
// A word of one to four capitals ("AK", "F", "MH"): the head of a name
// whose number stands apart ("AK 47", "MH 17").
bool IsDesignationHead(std::string_view word);

// The comma that sets a bare number off from the name before it, as in an
// age's apposition: the token right before the figure's first token
// `figure_begin` ("Lopez, 20,"), or, across one adverb of time, the token
// before that ("Timmons, now 16,", "Reid, then 24,"). -1 when none.
int AppositionComma(std::string_view text, const Segmentation& seg, int figure_begin);

// Figure i is an age by the list it stands in, whatever its own words: one
// of as many bare numbers set off after a count of people as that count
// ("two sons, 11 and 14"). The rest of a list after "ages"/"aged" is the
// number layer's (Quantity::age).
bool IsListedAge(const ClaimInputs& in, const Lexicon& lex, size_t i);

// A bare whole number after a form of "turn" ("a boy who just turned 6",
// "she turns 40 on Friday") is an age: someone reaching it, not a count.
bool IsTurnedAge(const ClaimInputs& in, size_t i);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_COUNTED_H_
