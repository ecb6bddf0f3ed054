// ner_errors: lists the whole recognizer's mistakes on one part of one
// entity corpus, for error analysis on the TUNING parts (never tune on what
// it shows for a measuring part).
//
//   ner_errors gmb|gum|uner train|tune|measure [--models DIR] [--max N] [--score] [--by-source]
//              [--uner-fold K]
//
// Prints, per document, each gold span the recognizer missed ("- type
// text") and each mention it made that no gold span equals ("+ type text"),
// with a few words of context; then the part's scores (ner_eval.h). With
// --score only the scores (what a rule change is measured with on a tuning
// part, the model fixed). With --by-source also the scores per source, the
// document id up to its first '-' (UNER's answers, email, newsgroup,
// reviews, weblog; GUM's genres): where a part's figure comes from.
// --uner-fold K (0..3): UNER's tuning part is dev documents K, K+4, ...
// as in train_ner --uner-fold (score it with that fold's model).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/ner_corpus.h"
#include "recognize/entity/ner_eval.h"
#include "recognize/entity/tagger.h"
#include "segment/segmenter.h"

namespace {

// The class of an error on span `s` against the other side's spans `other`
// (0 type, 1 span, 2 span+type, 3 nothing overlapping).
int ErrorClass(const crosscheck::LabelSpan& s, const std::vector<crosscheck::LabelSpan>& other) {
  int best = 3;
  for (const crosscheck::LabelSpan& o : other) {
    if (o.begin == s.begin && o.end == s.end) return 0;
    if (o.begin < s.end && s.begin < o.end) best = std::min(best, o.type == s.type ? 1 : 2);
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace crosscheck;
  if (argc < 3) {
    std::fprintf(stderr, "usage: ner_errors gmb|gum|uner train|tune|measure [--models DIR] [--max N]\n");
    return 2;
  }
  std::string which = argv[1], part = argv[2];
  std::string models = EntityRecognizer::DefaultModelDir();
  size_t max_docs = 1000000;
  bool score_only = false, by_source = false;
  int uner_fold = 3;
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--score") score_only = true;
    else if (a == "--by-source") by_source = true;
    else if (a == "--models" && i + 1 < argc) models = argv[++i];
    else if (a == "--max" && i + 1 < argc) max_docs = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--uner-fold" && i + 1 < argc) uner_fold = std::atoi(argv[++i]) & 3;
  }
  const NerSplit split = part == "train" ? NerSplit::kTrain : part == "tune" ? NerSplit::kTune : NerSplit::kMeasure;
  auto gaz = Gazetteer::Load(models + "/gazetteer");
  auto rec = EntityRecognizer::Load(models);
  if (!gaz.ok() || !rec.ok()) {
    std::fprintf(stderr, "ner_errors: cannot load %s\n", models.c_str());
    return 1;
  }
  Result<NerCorpus> corpus = which == "gmb"   ? ReadGmbCorpus(DefaultGmbPath(), *gaz)
                             : which == "gum" ? ReadGumCorpus(DefaultGumDir(), *gaz)
                                              : ReadUnerCorpus(DefaultUnerDir(), *gaz);
  if (!corpus.ok()) {
    std::fprintf(stderr, "ner_errors: %s\n", corpus.error().message.c_str());
    return 1;
  }
  if (uner_fold != 3 && corpus.value().source == NerSource::kUner) {
    size_t dev_index = 0;  // as train_ner --uner-fold
    for (NerDocument& d : corpus.value().documents)
      if (d.split != NerSplit::kMeasure)
        d.split = dev_index++ % 4 == static_cast<size_t>(uner_fold) ? NerSplit::kTune : NerSplit::kTrain;
  }
  static const char* kType[] = {"", "PER", "ORG", "LOC", "OTH"};
  static const char* kClass[] = {"type", "span", "span+type", "missed"};
  size_t missed_by[5][4] = {}, wrong_by[5][4] = {};
  size_t docs = 0;
  for (const NerDocument& d : corpus.value().documents) {
    if (score_only) break;
    if (d.split != split || d.sentences.empty()) continue;
    if (docs++ >= max_docs) break;
    const bool other = !d.sentences.front().o_may_be_other;
    std::vector<LabelSpan> gold, spans;
    for (const NerSentence& s : d.sentences) {
      LabelsToSpans(s.labels, {}, nullptr, &spans);
      for (const LabelSpan& g : spans)
        if (g.type != 4 || other)
          gold.push_back({s.starts[g.begin], static_cast<uint32_t>(s.starts[g.end - 1] + s.words[g.end - 1].size()),
                          g.type});
    }
    Document doc;
    doc.id = d.id;
    doc.text = d.text;
    std::vector<LabelSpan> pred;
    for (const Entity& e : (*rec)->Recognize(doc, Segment(doc.text))) {
      int t = e.type == EntityType::kPerson ? 1 : e.type == EntityType::kOrganization ? 2
              : e.type == EntityType::kOther ? (other ? 4 : 0) : 3;
      if (t) pred.push_back({e.span.start, e.span.end, t});
    }
    auto context = [&](const LabelSpan& s) {
      size_t a = s.begin > 30 ? s.begin - 30 : 0, b = std::min(d.text.size(), static_cast<size_t>(s.end) + 30);
      std::string c = d.text.substr(a, s.begin - a) + "[" + d.text.substr(s.begin, s.end - s.begin) + "]" +
                      d.text.substr(s.end, b - s.end);
      for (char& ch : c)
        if (ch == '\n') ch = ' ';
      return c;
    };
    std::printf("== %s\n", d.id.c_str());
    for (const LabelSpan& g : gold) {
      bool hit = false;
      for (const LabelSpan& p : pred) hit = hit || p == g;
      if (hit) continue;
      const int c = ErrorClass(g, pred);
      ++missed_by[g.type][c];
      std::printf("- %s %s {%s}\n", kType[g.type], context(g).c_str(), kClass[c]);
    }
    for (const LabelSpan& p : pred) {
      bool hit = false;
      for (const LabelSpan& g : gold) hit = hit || p == g;
      if (hit) continue;
      const int c = ErrorClass(p, gold);
      ++wrong_by[p.type][c];
      std::printf("+ %s %s {%s}\n", kType[p.type], context(p).c_str(), kClass[c]);
    }
  }
  if (!score_only) {
    // Error classes: a gold name missed (or a mention made) because the
    // other side has the same span with another type ("type"), an
    // overlapping span of the same type ("span"), an overlapping span of
    // another type ("span+type"), or nothing overlapping ("missed" for a
    // gold name, "spurious" for a mention).
    std::printf("error classes (gold names not found | mentions not in gold):\n");
    for (int t = 1; t <= 4; ++t) {
      std::printf("%s  gold:", kType[t]);
      for (int c = 0; c < 4; ++c) std::printf(" %s %zu", kClass[c], missed_by[t][c]);
      std::printf("  | predicted:");
      for (int c = 0; c < 4; ++c) std::printf(" %s %zu", c == 3 ? "spurious" : kClass[c], wrong_by[t][c]);
      std::printf("\n");
    }
  }
  std::printf("%s", EvaluateRecognizer(**rec, corpus.value(), split).Report().c_str());
  if (by_source) {
    std::vector<std::string> sources;
    for (const NerDocument& d : corpus.value().documents) {
      const std::string source = d.id.substr(0, d.id.find_first_of("-_"));
      if (d.split == split && std::find(sources.begin(), sources.end(), source) == sources.end())
        sources.push_back(source);
    }
    std::sort(sources.begin(), sources.end());
    for (const std::string& source : sources) {
      NerCorpus sub;
      sub.source = corpus.value().source;
      for (const NerDocument& d : corpus.value().documents)
        if (d.split == split && d.id.compare(0, source.size(), source) == 0 &&
            (d.id.size() == source.size() || d.id[source.size()] == '-' || d.id[source.size()] == '_'))
          sub.documents.push_back(d);
      std::printf("source %s (%zu documents):\n%s", source.c_str(), sub.documents.size(),
                  EvaluateRecognizer(**rec, sub, split).Report().c_str());
    }
  }
  return 0;
}
