// Titles and roles written before a person's name ("Lieutenant Colonel",
// "President", "Mr.", "U.N. Secretary-General", "Mariupol mayor").
//
// The title-stripping rule (documented in docs/ENTITIES.md) is used twice,
// identically: on the GMB training and evaluation spans, whose person spans
// include titles ("President Bush"), and at run time on tagged spans.
//
//   Strip the longest run of leading tokens that are title words (the fixed
//   list in titles.cc, compared lower-cased with one trailing period
//   removed); "of", "the" and "state" count as title words only after another
//   title word ("Secretary of State"); a first token for which
//   `is_modifier` is true (a nationality or country: "Saudi King Abdullah")
//   counts when a title word follows it. The run is stripped only when at
//   least one token remains and that token starts with an upper-case letter;
//   otherwise nothing is stripped.
//
// Pure functions over immutable tables; thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_TITLES_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_TITLES_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>

namespace crosscheck {

// True for a title word ("president", "lt", "col.", "Secretary-General").
bool IsTitleWord(std::string_view word);
// The same for a word already lower-cased (no allocation, no copy).
bool IsTitleWordLower(std::string_view lower);
// True for a role noun that may head a role phrase before or after a name
// ("mayor", "commander", "spokesman", "adviser", "minister"). Every title word
// that names an office is also a role noun.
bool IsRoleNoun(std::string_view word);
// True for a lower-case word that may modify a role noun ("deputy",
// "regiment", "defence", "city", "former").
bool IsRoleModifier(std::string_view word);

// The three tests above in one lookup, as bits: kTitleClass (IsTitleWord),
// kRoleNounClass (IsRoleNoun), kRoleModifierClass (IsRoleModifier); 0 when
// none. For callers that ask several of them of one word.
enum TitleWordClass : uint8_t { kTitleClass = 1, kRoleNounClass = 2, kRoleModifierClass = 4 };
uint8_t TitleWordClasses(std::string_view word);

// Number of leading tokens of `words` (a person span) that the rule above
// strips; 0 when none.
size_t LeadingTitleLength(std::span<const std::string_view> words,
                          const std::function<bool(std::string_view)>& is_modifier = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_TITLES_H_
