// train_ner: rebuilds models/ner.model from GMB, GUM and UNER.
//
//   train_ner [--models DIR] [--epochs N] [--max-features N] [--min-count N]
//             [--corpora gmb,gum,uner] [--repeat-gum N] [--repeat-uner N]
//             [--tune [--uner-fold K] | --cross] [--clusters FILE]
//             [--lower-every N] [--seed N] [--beam N]
//
// Default (what tools/ner/train.sh runs): trains the averaged perceptron on
// the training and tuning parts of the listed corpora (ner_corpus.h gives
// the splits), writes DIR/ner.model and DIR/gazetteer/common_words.tsv, and
// prints the scores on each corpus's measuring part, for the tagger on the
// corpus's words and for the whole recognizer on its text.
//   --tune   trains on the training parts only and scores the tuning parts;
//            writes nothing (every design choice was made this way) unless
//            --write follows (then DIR/ner.model, for tools/ner/ner_errors).
//            --uner-fold K (0..3) tunes on another quarter of UNER's dev
//            file: documents K, K+4, ... (3 is the fixed tuning part; 0..3
//            together score every dev name once, four times the tuning
//            part's 223: docs/ENTITIES.md, session 19). Never the test file.
//   --cross  the cross-corpus table: for each corpus, a model trained on the
//            training and tuning parts of the OTHER corpora, scored on that
//            corpus's measuring part; writes nothing.
//   --lower-every N  also trains on a lower-cased copy of every Nth training
//            sentence (counted over the corpora in order; the copy is
//            repeated as its corpus is), so the model learns the features
//            of caseless sentences (features.h CaselessWord); 0: none.
//   --seed N   the shuffling seed (default 20220504; another seed shows how
//            much a figure moves by the sentence order alone).
//   --beam N   train for beam decoding of width N (2..16: one structured
//            update per sentence, early update; the model file records N
//            and the tagger decodes with it); default 1, greedy, as the
//            committed model (docs/ENTITIES.md, session 33).
// Deterministic: the same corpora and gazetteers give a byte-identical model
// (tools/ner/train.sh --check compares the checksums).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/entity/features.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/ner_corpus.h"
#include "recognize/entity/ner_eval.h"
#include "recognize/entity/perceptron.h"
#include "recognize/entity/trainer.h"

namespace {

using namespace crosscheck;

struct Run {
  std::vector<bool> train_on;  // per corpus
  bool include_tune = true;    // train on the tuning parts too
};

// Lower-case words seen at least 3 times in the training sentences: the
// recognizer does not grow a name over a capitalised common word ("Later").
std::vector<std::string> CommonWords(const std::vector<const NerSentence*>& sents) {
  std::map<std::string, int> counts;
  for (const NerSentence* s : sents)
    for (const std::string& w : s->words)
      if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') counts[w]++;
  std::vector<std::string> out;
  for (const auto& [w, c] : counts)
    if (c >= 3) out.push_back(w);
  return out;
}

// Words that open person names of two or more words in the training
// sentences at least twice, more often than they open other names, and are
// no common lower-case word: "Mstyslav", "Antonio". The recognizer retypes
// "Mstyslav Chernov" tagged as an organisation (RetypeFirstNamePersons).
std::vector<std::string> FirstNames(const std::vector<const NerSentence*>& sents,
                                    const std::vector<std::string>& common) {
  std::map<std::string, std::pair<int, int>> counts;  // lower-cased -> (person, other)
  for (const NerSentence* s : sents) {
    for (size_t i = 0; i < s->labels.size(); ++i) {
      const uint8_t l = s->labels[i];
      if (l == kO || IsInside(l)) continue;
      std::string w;
      LowerWord(s->words[i], &w);
      const bool multi = i + 1 < s->labels.size() && s->labels[i + 1] == l + 1;
      if (LabelType(l) == LabelType(kBPer)) counts[w].first += multi;
      else counts[w].second++;
    }
  }
  std::vector<std::string> out;
  for (const auto& [w, c] : counts)
    if (c.first >= 2 && c.first > c.second && !std::binary_search(common.begin(), common.end(), w) && w.size() > 1)
      out.push_back(w);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string models = EntityRecognizer::DefaultModelDir();
  TrainOptions opt;
  std::string corpora_arg = "gmb,gum,uner";
  int repeat_gum = 1, repeat_uner = 1;
  bool tune = false, cross = false, write = true;
  int uner_fold = 3;
  int lower_every = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "train_ner: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--models") models = next();
    else if (a == "--epochs") opt.epochs = std::atoi(next().c_str());
    else if (a == "--max-features") opt.max_features = std::strtoul(next().c_str(), nullptr, 10);
    else if (a == "--min-count") opt.min_count = std::atoi(next().c_str());
    else if (a == "--beam") opt.beam = std::atoi(next().c_str());
    else if (a == "--seed") opt.seed = static_cast<uint32_t>(std::strtoul(next().c_str(), nullptr, 10));
    else if (a == "--corpora") corpora_arg = next();
    else if (a == "--repeat-gum") repeat_gum = std::atoi(next().c_str());
    else if (a == "--repeat-uner") repeat_uner = std::atoi(next().c_str());
    else if (a == "--tune") tune = true, write = false;
    else if (a == "--write") write = true;
    else if (a == "--cross") cross = true;
    else if (a == "--lower-every") lower_every = std::atoi(next().c_str());
    else if (a == "--uner-fold") uner_fold = std::atoi(next().c_str()) & 3;
    else {
      std::fprintf(stderr, "train_ner: unknown option %s\n", a.c_str());
      return 2;
    }
  }
  auto t0 = std::chrono::steady_clock::now();
  opt.log = [&](const std::string& line) {
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::fprintf(stderr, "[%6.1fs] %s\n", s, line.c_str());
  };
  auto gaz = Gazetteer::Load(models + "/gazetteer", /*common_words=*/false);
  if (!gaz.ok()) {
    std::fprintf(stderr, "train_ner: %s\n", gaz.error().message.c_str());
    return 1;
  }
  std::vector<NerCorpus> corpora;
  {
    Result<NerCorpus> read[] = {ReadGmbCorpus(DefaultGmbPath(), *gaz), ReadGumCorpus(DefaultGumDir(), *gaz),
                                ReadUnerCorpus(DefaultUnerDir(), *gaz)};
    for (Result<NerCorpus>& c : read) {
      if (!c.ok()) {
        std::fprintf(stderr, "train_ner: %s\n", c.error().message.c_str());
        return 1;
      }
      corpora.push_back(std::move(c).value());
    }
  }
  if (uner_fold != 3) {
    size_t dev_index = 0;  // the reader's document index in the dev file
    for (NerCorpus& c : corpora)
      if (c.source == NerSource::kUner)
        for (NerDocument& d : c.documents)
          if (d.split != NerSplit::kMeasure)
            d.split = dev_index++ % 4 == static_cast<size_t>(uner_fold) ? NerSplit::kTune : NerSplit::kTrain;
  }
  std::vector<bool> listed(corpora.size(), false);
  for (size_t k = 0; k < corpora.size(); ++k) {
    std::string name = NerSourceName(corpora[k].source);
    std::transform(name.begin(), name.end(), name.begin(), [](char c) { return static_cast<char>(std::tolower(c)); });
    listed[k] = corpora_arg.find(name) != std::string::npos;
  }

  // Trains one model as `run` says; returns it with the gazetteer it
  // should be used with (common words of its own training sentences).
  std::deque<NerSentence> lowered;  // --lower-every copies, alive while a model trains
  auto train = [&](const Run& run, bool log_counts) {
    std::vector<const NerSentence*> sents, distinct;
    lowered.clear();
    size_t counter = 0;
    for (size_t k = 0; k < corpora.size(); ++k) {
      if (!run.train_on[k]) continue;
      const int repeat = corpora[k].source == NerSource::kGum    ? repeat_gum
                         : corpora[k].source == NerSource::kUner ? repeat_uner
                                                                 : 1;
      size_t n = 0;
      for (const NerDocument& d : corpora[k].documents) {
        if (d.split == NerSplit::kMeasure || (d.split == NerSplit::kTune && !run.include_tune)) continue;
        for (const NerSentence& s : d.sentences) {
          distinct.push_back(&s);
          for (int r = 0; r < repeat; ++r) sents.push_back(&s);
          ++n;
          if (lower_every > 0 && ++counter % static_cast<size_t>(lower_every) == 0) {
            NerSentence& low = lowered.emplace_back(s);
            for (std::string& w : low.words) {
              std::string l;
              LowerWord(w, &l);
              w = std::move(l);
            }
            for (int r = 0; r < repeat; ++r) sents.push_back(&low);
          }
        }
      }
      if (log_counts) opt.log(std::string(NerSourceName(corpora[k].source)) + ": " + std::to_string(n) +
                              " training sentences (x" + std::to_string(repeat) + ")");
    }
    if (log_counts && lower_every > 0) opt.log("lower-cased copies: " + std::to_string(lowered.size()));
    std::vector<std::string> common = CommonWords(distinct);
    std::vector<std::string> first = FirstNames(distinct, common);
    NerModel model = TrainNer(sents, *gaz, opt);
    return std::make_tuple(std::move(model), std::move(common), std::move(first));
  };
  auto recognizer_for = [&](const NerModel& model, const std::vector<std::string>& common,
                            const std::vector<std::string>& first) {
    Gazetteer g = *gaz;
    for (const std::string& w : common) g.Add(w, kGazCommon);
    for (const std::string& w : first) g.Add(w, kGazFirstName);
    return EntityRecognizer::FromParts(model, std::move(g));
  };
  auto report = [&](const NerModel& model, const std::vector<std::string>& common,
                    const std::vector<std::string>& first, NerSplit split, const std::vector<bool>& which) {
    auto rec = recognizer_for(model, common, first);
    for (size_t k = 0; k < corpora.size(); ++k) {
      if (!which[k]) continue;
      const char* part = split == NerSplit::kMeasure ? "measuring" : "tuning";
      SpanCounts t = EvaluateTagger(model, *gaz, corpora[k], split);
      SpanCounts r = EvaluateRecognizer(*rec, corpora[k], split);
      std::printf("%s %s part, tagger on gold words:\n%s", NerSourceName(corpora[k].source), part, t.Report().c_str());
      std::printf("%s %s part, whole recognizer on text:\n%s\n", NerSourceName(corpora[k].source), part,
                  r.Report().c_str());
    }
    std::fflush(stdout);
  };

  if (tune) {
    Run run{listed, /*include_tune=*/false};
    auto [model, common, first] = train(run, true);
    report(model, common, first, NerSplit::kTune, std::vector<bool>(corpora.size(), true));
    if (write && !model.Save(models + "/ner.model").ok()) return 1;
    return 0;
  }
  if (cross) {
    for (size_t held = 0; held < corpora.size(); ++held) {
      Run run{std::vector<bool>(corpora.size(), true), true};
      run.train_on[held] = false;
      std::printf("=== %s not in training\n", NerSourceName(corpora[held].source));
      auto [model, common, first] = train(run, true);
      std::vector<bool> which(corpora.size(), false);
      which[held] = true;
      report(model, common, first, NerSplit::kMeasure, which);
    }
    return 0;
  }
  Run run{listed, true};
  auto [model, common, first] = train(run, true);
  {
    std::ofstream out(models + "/gazetteer/first_names.tsv");
    out << "# words opening two-word person names at least twice in the entity model's training sentences\n"
        << "# (GMB first 90%, GUM training genres, UNER dev), more often than other names; generated by tools/ner/train_ner\n";
    for (const std::string& w : first) out << w << "\n";
  }
  {
    std::ofstream out(models + "/gazetteer/common_words.tsv");
    out << "# lower-case words seen at least 3 times in the training sentences of the entity model\n"
        << "# (GMB first 90%, GUM training genres, UNER dev); generated by tools/ner/train_ner\n";
    for (const std::string& w : common) out << w << "\n";
  }
  std::string out = models + "/ner.model";
  Status st = model.Save(out);
  if (!st.ok()) {
    std::fprintf(stderr, "train_ner: %s\n", st.error().message.c_str());
    return 1;
  }
  opt.log("wrote " + out);
  auto loaded = NerModel::Load(out);
  if (!loaded.ok()) {
    std::fprintf(stderr, "train_ner: %s\n", loaded.error().message.c_str());
    return 1;
  }
  report(*loaded, common, first, NerSplit::kMeasure, std::vector<bool>(corpora.size(), true));
  return 0;
}
