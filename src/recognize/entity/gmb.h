// The GMB NER corpus (../shared/corpora/gmb-ner/ner_dataset.csv.gz) as
// training and evaluation data for the entity tagger: reading, the label
// mapping, the fixed held-out split, and entity-level scoring.
//
// Label mapping (docs/ENTITIES.md): per -> PER (leading titles stripped by
// the titles.h rule; a span that is only a title becomes O), org -> ORG,
// geo -> LOC, gpe -> OTH (nationality words, scored separately), tim, art,
// eve, nat -> O.
//
// Held-out split: the last 10% of sentences (sentence index >= 0.9 * count,
// 0-based, in file order) are never trained on; the first 90% are training.
// GMB sentences come in document order, so this holds out whole documents.
//
// Reading decompresses with the system's `gzip -dc` (the entity module does
// not link zlib). Pure functions otherwise; thread-compatible.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_GMB_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_GMB_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/tagger.h"

namespace crosscheck {

struct GmbSentence {
  std::vector<std::string> words;
  std::vector<uint8_t> labels;  // NerLabel, after the mapping above
};

// Default location of the corpus (CROSSCHECK_SHARED_DIR).
std::string DefaultGmbPath();

// Reads the corpus; `gazetteer` supplies the nationality/country words the
// title rule needs.
Result<std::vector<GmbSentence>> ReadGmb(const std::string& path, const Gazetteer& gazetteer);

// True for sentences of the held-out split.
inline bool GmbHeldOut(size_t index, size_t count) { return index * 10 >= count * 9; }

// Entity-level exact-match counts per type (index = LabelType: 1 PER, 2 ORG,
// 3 LOC, 4 OTH).
struct SpanCounts {
  std::array<uint64_t, 5> tp{}, fp{}, fn{};
  void Add(const std::vector<LabelSpan>& gold, const std::vector<LabelSpan>& predicted);
  // Micro-averaged over PER, ORG and LOC.
  double MicroF1() const;
  double Precision(int type) const;
  double Recall(int type) const;
  double F1(int type) const;
  std::string Report() const;  // one line per type, then the micro F1
};

class NerModel;
// Tags the held-out sentences (all sentences when !held_out_only) with the
// model and scores them against the gold spans.
SpanCounts EvaluateGmb(const NerModel& model, const Gazetteer& gazetteer,
                       const std::vector<GmbSentence>& sentences, bool held_out_only);

// Returns true when `word` is a nationality or country word of the gazetteer.
bool IsNationalityOrCountry(const Gazetteer& gazetteer, std::string_view word);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_GMB_H_
