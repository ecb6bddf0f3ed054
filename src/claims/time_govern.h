// Whether a date of a figure's clause governs the figure: a date dates the
// verb whose clause it stands in, and a figure takes it only when the figure
// belongs to that verb's clause too (docs/LEDGER.md, "Dates that govern a
// figure", ledger32). Read on the words between the date and the figure and
// on the words before the date in its clause (no parser):
//
//  - the figure stands in an adjunct clause opened by a bounding
//    subordinator after the date (a gerund right after it, or a finite
//    verb before the figure), with no comma between the subordinator and
//    the figure: "joined the club on June 3, 2015, after serving six
//    seasons", "ended on Friday because the board had offered 40 posts" — the
//    date is the main verb's; a phrase ("returns on Thursday after eight
//    years away", "spoke Tuesday before hundreds of supporters") stays in
//    the date's clause;
//  - the date stands in a subordinate clause of its own opened by a
//    bounding subordinator after the figure, whose verb comes before the
//    date: "stayed for six seasons until the rival club hired her on June
//    3, 2015", "served 12 years before retiring in 2010" (a date right
//    after the subordinator, "until Feb. 15", bounds the figure's own
//    period and still dates it; a clause of "after", "when", "as" or
//    "while" tells the cause or the moment of the figure's event, and its
//    date still dates the figure: "five died after a bus crashed on
//    Monday");
//  - the date stands inside a relative clause set off by commas that
//    closes before the figure: "Rell, who is due to speak today, said the
//    club won 40 games" — unless the clause tells an event in the simple
//    past, whose date dates the consequence told with it ("The storm,
//    which hit on Sunday, killed 14").
//
// Bounding subordinators: after, before, until, till, since, because,
// although, though, unless, whereas (closed class of English). A date of an
// earlier predicate joined by "and" ("returned in 2009 and stayed for six
// seasons") still dates the figure: a rule for it was reverted (it took the
// measuring half's kept-apart pairs under their floor; docs/LEDGER.md).
// Pure: thread-safe. Cost linear in the clause's length.
#ifndef CROSSCHECK_CLAIMS_TIME_GOVERN_H_
#define CROSSCHECK_CLAIMS_TIME_GOVERN_H_

#include <string_view>

#include "claims/lexicon.h"
#include "core/span.h"

namespace crosscheck {

// True unless one of the rules above puts the date at `date` and the figure
// at `figure` (both inside `clause` of `text`) in different clauses.
bool DateGovernsFigure(const Lexicon& lex, std::string_view text, Span clause, Span date, Span figure);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_TIME_GOVERN_H_
