// Growing a speaker phrase outwards from one token, before it is classified
// (speaker_classify.cc). Internal to the quote module; not a public API.
//
// Contract: a phrase may hold capitalised words, determiners, up to four
// lower-case modifiers, the role nouns of the lexicon, numbers and glued
// hyphens after a determiner, prepositions between two nouns ("head of",
// "adviser to") and "and" between two names or two roles; it stops at
// punctuation, clause words, pronouns, cue verbs and time words, and spans
// at most 16 tokens. Pure functions of a TokenView.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_GROW_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_GROW_H_

#include <string_view>

#include "recognize/quote/token_view.h"

namespace crosscheck::speaker_words {

// Grows a phrase leftwards from head h (included), never before `floor`;
// returns its first token (h when nothing joins).
int ExtendLeft(const TokenView& tv, int h, int floor);

// Grows a phrase rightwards from `begin`, never reaching `ceiling`; returns
// one past the last token that can end a phrase (a name, a role noun, or a
// plain noun after an opening determiner), `begin` when there is none.
int ExtendRight(const TokenView& tv, int begin, int ceiling);

// "his", "her", "their", "its", "our", "my", "your" (lower-cased word).
bool IsPossessivePronoun(std::string_view w);

}  // namespace crosscheck::speaker_words

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_GROW_H_
