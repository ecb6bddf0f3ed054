// One table from each training corpus's entity conventions to ours, applied
// by every corpus reader (ner_corpus.h) to training AND measuring data, so
// that a score always compares like with like. docs/ENTITIES.md prints the
// same table; conventions_test.cc checks each row.
//
// Types by corpus (their label -> ours):
//   GMB  per -> PER, org -> ORG, geo -> LOC, gpe -> OTH (nationality words),
//        art, eve, nat -> OTH (works, events, named phenomena), tim -> O
//   GUM  person -> PER, organization -> ORG, place -> LOC,
//        event, object, abstract -> OTH, people (a person mention headed by a
//        plural proper noun, "the Turks": gum.cc) -> OTH,
//        anything else (time, animal, substance, ...) -> O
//   UNER PER -> PER, ORG -> ORG, LOC -> LOC; its O may hide an OTH name
// Span edits, the same for every corpus, in this order:
//   1. a trailing possessive ("'s", "’s", "'") and a leading "the" leave the span;
//   2. metonymy: an ORG span that is exactly a country, region or city of
//      the gazetteer and no organisation of it ("UK", "U.S.", "Tehran" for
//      a government, "England" for a team) is LOC: a place name keeps its
//      type whatever role it plays ("Russia said" is a LOC that speaks);
//   3. PER spans lose leading titles (titles.h); a title-only span is O;
//   4. (GMB and GUM) a capitalised nationality word of the gazetteer
//      outside any span is OTH, as GMB's gpe is.
//
// Pure functions; thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_CONVENTIONS_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_CONVENTIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/entity/gazetteer.h"
#include "recognize/entity/ner_corpus.h"

namespace crosscheck {

// A typed token span [begin, end) as the corpus writes it ("geo", "person",
// "LOC").
struct RawSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string type;
};

// Our type (LabelType: 0 none, 1 PER, 2 ORG, 3 LOC, 4 OTH) for a corpus type.
int MapCorpusType(NerSource source, std::string_view type);

// BIO labels (NerLabel) for `words` from the corpus spans, by the table
// above. Spans must not overlap (the first of two overlapping spans wins).
std::vector<uint8_t> ApplyConventions(NerSource source, const std::vector<std::string>& words,
                                      const std::vector<RawSpan>& spans, const Gazetteer& gazetteer);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_CONVENTIONS_H_
