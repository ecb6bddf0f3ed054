// Scoring the entity tagger and the whole recognizer against the labelled
// corpora of ner_corpus.h: entity-level exact match, per type, micro F1
// over person, organisation and location.
//
// Two levels:
//  - EvaluateTagger: the perceptron alone on the corpus's own words
//    (what training optimises);
//  - EvaluateRecognizer: EntityRecognizer::Recognize on each document's
//    running text, as a user would run it (our tokeniser, every rule after
//    the tagger, one sense per discourse); a mention counts when its byte
//    span and type equal a gold span's. Facilities count as locations;
//    "other" is scored separately and not at all on corpora that do not
//    annotate it (UNER). An institution phrase with a name part
//    (Entity::name_part: "Russia's defence ministry") counts as that name
//    ("Russia", location), since session 31.
// Pure functions; thread-compatible.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_NER_EVAL_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_NER_EVAL_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/ner_corpus.h"
#include "recognize/entity/perceptron.h"
#include "recognize/entity/tagger.h"

namespace crosscheck {

// Entity-level exact-match counts per type (index = LabelType: 1 PER,
// 2 ORG, 3 LOC, 4 OTH).
struct SpanCounts {
  std::array<uint64_t, 5> tp{}, fp{}, fn{};
  void Add(const std::vector<LabelSpan>& gold, const std::vector<LabelSpan>& predicted);
  void Add(const SpanCounts& other);
  // Micro-averaged over PER, ORG and LOC.
  double MicroF1() const;
  double Precision(int type) const;
  double Recall(int type) const;
  double F1(int type) const;
  std::string Report() const;  // one line per type, then the micro F1
};

// Documents of `corpus` whose split is `split`.
SpanCounts EvaluateTagger(const NerModel& model, const Gazetteer& gazetteer, const NerCorpus& corpus,
                          NerSplit split);
SpanCounts EvaluateRecognizer(const EntityRecognizer& recognizer, const NerCorpus& corpus, NerSplit split);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_NER_EVAL_H_
