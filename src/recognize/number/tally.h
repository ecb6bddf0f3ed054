// Tallies: two bare integers that are the two sides of one count (a vote
// "passed 234-193", a record "a 9-14 record", a win "won, 134 to 63"),
// told apart from ranges, changes ("from 12 to 10") and spans of years by
// their shape and by a cue word next to them. Internal to the number layer
// (quantity.cc); pure functions on one sentence, thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_TALLY_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_TALLY_H_

#include <cstdint>
#include <string_view>

#include "recognize/number/numeral.h"

namespace crosscheck {

// What a tally counts, from the words around it (`ReadTally`).
enum class TallyKind { kNone, kVotes, kRecord, kWin };

struct TallyCue {
  TallyKind kind = TallyKind::kNone;
  uint32_t start = 0, end = 0;  // the cue word: "vote", "record", "won", "victory"
};

// Two bare integers of sentence `s` joined by a dash or "to": the shape of
// a score, a record or a vote tally ("won 3-1", "a 9-14 record", "voted 298
// to 273"); not after "from" ("fell from 12,410 to 11,980" is a change).
// Falling order unless `rising` (a record puts wins first, whichever is
// larger).
bool IsTally(std::string_view s, const Numeral& a, const Numeral& b, bool rising = false);

// The kind of cue word `w` (any case); `after`: the word follows the second
// number, where verbs ("won", "went") are no cue.
TallyKind TallyWord(std::string_view w, bool after);

// The cue of the tally `a`-`b` in sentence `s`, or kind kNone: looked for
// right after the second number (past one capitalised name or one
// lower-case modifier) or within four words before the first; a record
// with no cue word of its own, wins above losses, after a verb of change
// and "to" ("improved to 14-2") or in a parenthesis or apposition right
// after a name ("Velko (14-2, 9 KOs)"; an apposition's name not opening
// the sentence: "However, 12-4 ..." is no record), the cue
// then being that verb or name. Offsets are into `s`.
TallyCue ReadTally(std::string_view s, const Numeral& a, const Numeral& b);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_TALLY_H_
