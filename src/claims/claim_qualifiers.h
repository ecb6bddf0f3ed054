// The qualifiers of one figure: one step of BuildClaims (claims/claim.h),
// public so the rules can be read and tested apart. Pure: thread-safe.
//
// Contract: ReadClaimQualifiers writes claim->qualifiers, the words that
// make a figure another measure than one worded alike, sorted and
// space-joined: the closed list FindQualifiers reads in the clause
// (claims/frame_what.h: severity, a sub-group, "more", a condition, a
// nationality) and the number layer's counted modifiers; `part` for a part
// told before its whole ("1 of 13 passes") and for a smaller count set off
// by a comma after a larger count's noun ("the three victims, two women
// and a man,"); `change` for an amount of change ("rose 3 points", "44
// percent fewer"); a share's sub-population ("among-…"); a tally's side
// (`majority` / `minority`, `wins` / `losses`); a count's level of
// government or chamber named between it and its noun (`level-state`,
// `level-federal`, `level-county`, `level-city`, `body-house`,
// `body-senate`: "three state senators", "two U.S. senators"). A share has no `part` (it
// is a part by what it is), and neither has a sub-group picked out by a
// state of its own verb ("capturing 23 of the raiders": that state's
// count). Reads the claim's kind, state and part_of, so set them first.
#ifndef CROSSCHECK_CLAIMS_CLAIM_QUALIFIERS_H_
#define CROSSCHECK_CLAIMS_CLAIM_QUALIFIERS_H_

#include <string>
#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "claims/frame.h"
#include "claims/lexicon.h"
#include "core/span.h"

namespace crosscheck {

// `qualifiers` (space-separated words) with `word` added, the words in
// sorted order as FindQualifiers writes them.
std::string AddQualifierWord(const std::string& qualifiers, const std::string& word);
// `qualifiers` without `word`.
std::string DropQualifierWord(const std::string& qualifiers, std::string_view word);

// Where a figure stands: what ReadClaimQualifiers reads.
struct QualifierSite {
  const ClaimInputs& in;
  const Lexicon& lex;
  size_t index = 0;            // the figure: in.quantities[index]
  TokenRange own;              // the figure's tokens (its noun read in, when after it)
  int counted_end = 0;         // the token after the counted noun (own.end when none)
  TokenRange clause;           // the figure's clause within its sentence
  Span window;                 // the same, as a span
  int sentence = -1;           // the figure's sentence, -1 = none
  Span sentence_span;          // its span
  bool counted_part = false;   // the counted noun was the whole's ("1 of 13 passes": CountedNoun::part)
  const StateCue& state;       // the state cue read for the figure (claims/claim_state.h)
  bool implied_state = false;  // the counted noun names its state ("three of the dead")
};

void ReadClaimQualifiers(const QualifierSite& site, Claim* claim);

// A report's first count of the injured told as slightly hurt ("two
// villagers slightly injured", the report's only toll of its quake) is
// the report's toll of the injured, not a sub-group of it: its `minor`
// is dropped (and its measure key rewritten) when no earlier count of the
// report, and no other count of its sentence, is in the state `injured`.
// A report that gives a toll and then its slight cases ("12 injured, eight
// of them slightly") keeps them apart. `sentence_of[i]` is claim i's
// sentence. Serious and critical counts are always parts: reports lead
// with the toll, not with its gravest cases.
void ReadSlightTolls(const std::vector<int>& sentence_of, std::vector<Claim>* claims);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_QUALIFIERS_H_
