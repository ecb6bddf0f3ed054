// Name coreference within one document: groups the mentions produced by the
// tagger into entities (Entity::cluster) and gives every mention of an
// entity the same canonical Entity::name.
//
// Rules, applied in order (docs/ENTITIES.md):
//  1. gazetteer aliases: "U.N." / "UN" -> "United Nations", "U.S." ->
//     "United States" (the gazetteer's canonical form becomes the name);
//  2. persons: full names (two or more tokens) with equal NameVariantKey are
//     one person ("Denis Prokopenko" = "Denys Prokopenko"), and a two-word
//     name is the one longer name of its first and last words when the
//     text has only one ("Hillary Clinton" = "Hillary Rodham Clinton"); a one-token
//     person mention joins the nearest earlier full name whose last token has
//     its variant key ("Prokopenko"), else the first later one; a one-token
//     organisation or location mention that matches a person's surname this
//     way (and is no gazetteer place or organisation) becomes that person,
//     and so does a gazetteer town or organisation when the full name came
//     earlier and the word is not written as a place ("Chris Kyle … Kyle
//     served", not "in Kyle" or "Kyle, Texas"; countries and regions stay);
//  3. facilities: a mention whose text is the start of a facility's text
//     ("Azovstal" / "Azovstal steel works") joins it and becomes a facility;
//  4. acronyms: an all-capitals organisation mention equal to the initials of
//     an earlier organisation name ("UNHCR"-style, "ICRC") joins it;
//  5. everything else: same type and same variant key.
// The canonical name is the gazetteer's form when there is one, else the
// longest mention (most tokens, then earliest). Cluster ids are numbered by
// first mention. Pure function; thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_COREF_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_COREF_H_

#include <string_view>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/entity/gazetteer.h"

namespace crosscheck {

// REQUIRES: mentions sorted by start; each mention's span indexes `text`.
void ResolveNames(std::string_view text, const Gazetteer& gazetteer, std::vector<Entity>* mentions);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_COREF_H_
