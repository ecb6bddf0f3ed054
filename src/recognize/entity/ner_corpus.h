// Labelled corpora for training and measuring the entity tagger, in one
// shape: documents of sentences of words with BIO labels in OUR conventions
// (conventions.h maps each corpus's own labels), plus the running text of
// each document with every word's byte offset, so that the whole
// EntityRecognizer can be scored on text as a user would give it.
//
// Three sources (docs/ENTITIES.md, "Training data and splits"):
//   GMB  ../shared/corpora/gmb-ner       (gmb.cc)  silver news, Voice of America
//   GUM  ../shared/corpora/gum-other     (gum.cc)  five non-news genres
//   UNER ../shared/corpora/uner-en-ewt   (uner.cc) web text, dev and test files
// Each document carries its split (NerSplit), fixed once and documented:
//   GMB: the last 10% of sentences are kMeasure; of the rest, sentences
//        80%..90% are kTune, the others kTrain;
//   GUM: the genre kGumMeasureGenre ("interview") is kMeasure, never
//        trained on; of the other genres every fifth document (in name
//        order, the 5th, 10th, ...) is kTune, the others kTrain;
//   UNER: the test file is kMeasure; of the dev file every fourth document
//        (4th, 8th, ...) is kTune, the others kTrain.
// A production model trains on kTrain and kTune; a tuning run trains on
// kTrain and is scored on kTune. kMeasure is only ever scored.
//
// Readers are pure functions of the files; errors name the file and line.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_NER_CORPUS_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_NER_CORPUS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"

namespace crosscheck {

class Gazetteer;

enum class NerSource : uint8_t { kGmb, kGum, kUner };
const char* NerSourceName(NerSource source);  // "GMB", "GUM", "UNER"

enum class NerSplit : uint8_t { kTrain, kTune, kMeasure };

inline constexpr const char* kGumMeasureGenre = "interview";

struct NerSentence {
  std::vector<std::string> words;
  std::vector<uint8_t> labels;   // NerLabel (features.h), after conventions.h
  std::vector<uint32_t> starts;  // byte offset of each word in NerDocument::text
  // True when the corpus does not annotate "other" names (UNER): an O label
  // may hide one, so the trainer does not penalise an OTH prediction there.
  bool o_may_be_other = false;
};

struct NerDocument {
  std::string id;
  std::string text;  // sentences as running text; paragraphs separated by a blank line
  NerSplit split = NerSplit::kTrain;
  std::vector<NerSentence> sentences;
};

struct NerCorpus {
  NerSource source = NerSource::kGmb;
  std::vector<NerDocument> documents;
};

// Default locations under CROSSCHECK_SHARED_DIR.
std::string DefaultGmbPath();   // gmb-ner/ner_dataset.csv.gz
std::string DefaultGumDir();    // gum-other/conllu
std::string DefaultUnerDir();   // uner-en-ewt

// GMB: sentences regrouped, in corpus order, into documents of about 3 KB
// (GMB marks no document boundaries; a document never straddles a split).
Result<NerCorpus> ReadGmbCorpus(const std::string& path, const Gazetteer& gazetteer);
// GUM: every *.conllu file of `dir` is one document; name spans derived
// from the typed mentions (gum.cc states the rule).
Result<NerCorpus> ReadGumCorpus(const std::string& dir, const Gazetteer& gazetteer);
// UNER EWT: en_ewt-ud-dev.iob2 (training and tuning) and
// en_ewt-ud-test.iob2 (measuring) of `dir`.
Result<NerCorpus> ReadUnerCorpus(const std::string& dir, const Gazetteer& gazetteer);

// Appends `word` to `text` the way news is written (no space before
// closing punctuation and clitics, none after opening brackets), and
// returns the byte offset where it starts. Used to rebuild GMB text.
uint32_t AppendDetokenised(const std::string& word, bool sentence_start, std::string* text);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_NER_CORPUS_H_
