// Name tests shared by the speaker memories (speaker_memory.cc) and the
// sentence reader that fills them (speaker_mentions.cc). Internal to the
// quote module; not a public API. Pure functions.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_NAMES_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_NAMES_H_

#include <string>
#include <string_view>

#include "recognize/entity/entity.h"
#include "recognize/quote/token_view.h"

namespace crosscheck::speaker_names {

// An entity's name without the titles the tagger took into it ("House
// Speaker-to-be Nancy Pelosi" → "Nancy Pelosi", "Sen. Lisa Murkowski"),
// cut at a spaced dash (BeforeSpacedDash).
std::string WithoutTitles(std::string name);

// A spaced dash ends a name: the tagger may run "Ann Tate - Hale's
// partner and co-host -" into one person "Ann Tate - Hale"; "Ann Tate".
std::string BeforeSpacedDash(std::string name);

// A person entity that is a month name right before a number ("April 1
// interview"): a date the tagger took for a first name.
bool MonthBeforeNumber(const TokenView& tv, const Entity& en);

// A person name worth remembering: at most four words, none a clause word,
// determiner or cue, none a capitalised word hyphened to a lowercase one.
bool PlausibleName(const std::string& name);

// A phrase that counts its members ("Two Americans", "several aides", "3
// officers") names many: never "it" (number agreement). Number words and
// plural quantifiers are closed classes of English.
bool NamesMany(std::string_view phrase);

}  // namespace crosscheck::speaker_names

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_NAMES_H_
