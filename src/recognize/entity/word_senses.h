// Word senses from the WordNet-built lexicon (data/lexicon/nouns.tsv and
// verbs.tsv), for modules outside the entity recognizer that read the
// same words (the quote module's reported clauses). The tables are read
// once, on first use, and are immutable afterwards: thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_WORD_SENSES_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_WORD_SENSES_H_

#include <string_view>

namespace crosscheck {

// A noun WordNet files first under communication ("remarks", "criticism",
// "praise", "story"), the word or its singular in -s; lower case.
bool IsCommunicationNoun(std::string_view lower);
// A third-person singular present of a WordNet verb ("monitors", "shows",
// "works", "pushes"): the verb + "s" or "es"; lower case. Many are plural
// nouns as well ("advantages"): the caller reads the context.
bool IsVerbSForm(std::string_view lower);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_WORD_SENSES_H_
