// Training of the entity tagger: an averaged perceptron (Collins 2002) over
// the features of features.h, decoded exactly as at run time (tagger.cc):
// by beam search with one structured update per sentence (beam > 1; the
// model records its width), or greedily left to right with the previous
// predicted labels as history and one update per wrong token (beam = 1).
//
// Deterministic: sentence order is shuffled each epoch with a fixed-seed
// Mersenne Twister and an explicit Fisher-Yates loop (std::shuffle's
// algorithm is implementation-defined), features are counted in file order,
// and the final pruning breaks ties by feature key. Not thread-safe; one
// training run per process.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_TRAINER_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "recognize/entity/gazetteer.h"
#include "recognize/entity/ner_corpus.h"
#include "recognize/entity/perceptron.h"

namespace crosscheck {

struct TrainOptions {
  int epochs = 6;
  int min_count = 2;             // features seen fewer times in training are ignored
  uint32_t seed = 20220504;      // shuffling seed
  size_t max_features = 30000;   // keep the features with the largest weights
  // 1: greedy decoding, one update per wrong token (the classic trainer).
  // More: beam search of that width as tagger.cc's TagBeam decodes, one
  // structured update per sentence (early update, Collins and Roark 2004).
  int beam = 1;
  std::function<void(const std::string&)> log;  // progress lines, optional
};

// Trains on `sentences` (a sentence listed twice counts twice per epoch).
// Where a sentence's o_may_be_other is set, predicting OTH for a gold O
// is not an error (that corpus does not annotate "other" names).
NerModel TrainNer(const std::vector<const NerSentence*>& sentences, const Gazetteer& gazetteer,
                  const TrainOptions& options);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_TRAINER_H_
