// The entity recognizer's say on a speaker phrase: its canonical name and
// whether a capitalised run is an organisation. Internal to the quote
// module (speaker_classify.cc); not a public API.
//
// Contract: `entities` sorted by start and non-overlapping (as
// EntityRecognizer returns them); an empty vector changes nothing. Pure.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_ENTITY_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_ENTITY_H_

#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/quote/speaker_phrase.h"
#include "recognize/quote/token_view.h"

namespace crosscheck::speaker_words {

// True when an organisation entity covers the start of token i and ends
// before token `last` (an entity over the whole name is a person the tagger
// mistyped, which ApplyEntity ignores).
bool OrgEntityAt(const TokenView& tv, int i, int last, const std::vector<Entity>& entities);

// True when a person entity covers token i.
bool PersonEntityAt(const TokenView& tv, int i, const std::vector<Entity>& entities);

// Gives *p the canonical name (`text`) and index (`entity`) of the entity
// over its head word when the entity agrees with the phrase's shape: a
// person entity for a person name, an organisation or place for an
// organisation (a place for a lone word: "Kyiv said", which then becomes
// an organisation); groups, pronouns and conjunctions are left alone, and
// a name holding a cue word or a namesake's name for a lone surname is
// rejected.
void ApplyEntity(const TokenView& tv, const std::vector<Entity>& entities, SpeakerPhrase* p);

// True when a place entity covers all of tokens [b, e):
// the text may read "South Carolina" as a first name and a surname, the
// recognizer knows better (a pronoun's antecedent must agree).
bool PlaceEntityAt(const TokenView& tv, int b, int e, const std::vector<Entity>& entities);

}  // namespace crosscheck::speaker_words

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_ENTITY_H_
