// The GUM name-span rule (gum.cc, rules 2 and 4): which words a place's
// name holds, which person mentions are names and which are offices. Each row is a sentence written for this test in
// GUM's CoNLL-U form (form, UPOS, XPOS, head, relation, the mention that
// opens/closes on the word), read through ReadGumCorpus from a scratch
// folder, and the labels the reader gives its words.
#include "recognize/entity/entity_rules_testing.h"
#include "recognize/entity/ner_corpus.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace crosscheck::entity_internal {
namespace {

struct GumWord {
  const char* form;
  const char* upos;
  const char* xpos;
  int head;
  const char* deprel;
  const char* entity;  // GUM's Entity= value, "" for none
};

struct GumRow {
  const char* what;
  std::vector<GumWord> words;
  const char* want;  // labels, space-separated
};

std::string GumLabels(const GumRow& row) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "crosscheck_gum_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "GUM_bio_row.conllu");
    out << "# newdoc id = GUM_bio_row\n# text = x\n";
    int id = 0;
    for (const GumWord& w : row.words) {
      out << ++id << '\t' << w.form << '\t' << w.form << '\t' << w.upos << '\t' << w.xpos << "\t_\t" << w.head
          << '\t' << w.deprel << "\t_\t" << (*w.entity ? std::string("Entity=") + w.entity : std::string("_"))
          << '\n';
    }
    out << '\n';
  }
  auto corpus = ReadGumCorpus(dir.string(), Gaz());
  std::filesystem::remove_all(dir);
  if (!corpus.ok() || corpus->documents.empty() || corpus->documents[0].sentences.empty()) return "(unread)";
  std::string got;
  for (uint8_t l : corpus->documents[0].sentences[0].labels) got += std::string(got.empty() ? "" : " ") + NerLabelName(l);
  return got;
}

TEST(GumNameSpanTest, PersonNamesAndOffices) {
  const GumRow rows[] = {
      {"a name with a date after it (nmod:unmarked) is a name",
       {{"Joshua", "PROPN", "NNP", 6, "nsubj", "(1-person-new"},
        {"Norton", "PROPN", "NNP", 1, "flat", ""},
        {"(", "PUNCT", "-LRB-", 4, "punct", ""},
        {"1818", "NUM", "CD", 1, "nmod:unmarked", ""},
        {")", "PUNCT", "-RRB-", 4, "punct", "1)"},
        {"wrote", "VERB", "VBD", 0, "root", ""}},
       "B-PER I-PER O O O O"},
      {"a title before the name (nmod:desc) is left out of it",
       {{"Emperor", "PROPN", "NNP", 2, "nmod:desc", "(1-person-new"},
        {"Norton", "PROPN", "NNP", 3, "nsubj", "1)"},
        {"spoke", "VERB", "VBD", 0, "root", ""}},
       "O B-PER O"},
      {"a full name with a place after 'of' is the name alone",
       {{"Patrick", "PROPN", "NNP", 5, "nsubj", "(1-person-new"},
        {"Gordon", "PROPN", "NNP", 1, "flat", ""},
        {"of", "ADP", "IN", 4, "case", ""},
        {"Auchleuchries", "PROPN", "NNP", 1, "nmod", "(2-place-new-1)1)"},
        {"wrote", "VERB", "VBD", 0, "root", ""}},
       "B-PER I-PER O B-LOC O"},
      {"a lone word with 'of' is an office",
       {{"Protector", "PROPN", "NNP", 4, "nsubj", "(1-person-new"},
        {"of", "ADP", "IN", 3, "case", ""},
        {"Mexico", "PROPN", "NNP", 1, "nmod", "(2-place-new-1)1)"},
        {"ruled", "VERB", "VBD", 0, "root", ""}},
       "O O B-LOC O"},
      {"a descriptive word before a place (nmod:desc) is part of its name",
       {{"at", "ADP", "IN", 3, "case", ""},
        {"St.", "PROPN", "NNP", 3, "nmod:desc", "(1-place-new"},
        {"Petersburg", "PROPN", "NNP", 0, "root", "1)"}},
       "O B-LOC I-LOC"},
      {"a head taking 'the' is an office",
       {{"the", "DET", "DT", 2, "det", "(1-person-new"},
        {"Tsar", "PROPN", "NNP", 3, "nsubj", "1)"},
        {"ruled", "VERB", "VBD", 0, "root", ""}},
       "O O O"},
  };
  for (const GumRow& row : rows) EXPECT_EQ(GumLabels(row), row.want) << row.what;
}

}  // namespace
}  // namespace crosscheck::entity_internal
