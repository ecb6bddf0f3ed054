// Helpers around the GMB corpus kept for the rules and the trainer: the
// corpus itself is read by ReadGmbCorpus (ner_corpus.h, gmb.cc).
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_GMB_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_GMB_H_

#include <cstddef>
#include <string_view>

#include "recognize/entity/gazetteer.h"

namespace crosscheck {

// The split of GMB sentence `index` of `count` (ner_corpus.h): the last
// tenth is measured, the tenth before it tunes.
inline bool GmbHeldOut(size_t index, size_t count) { return index * 10 >= count * 9; }
inline bool GmbTune(size_t index, size_t count) { return !GmbHeldOut(index, count) && index * 10 >= count * 8; }

// Returns true when `word` is a nationality or country word of the gazetteer.
bool IsNationalityOrCountry(const Gazetteer& gazetteer, std::string_view word);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_GMB_H_
