// ner_errors: lists the whole recognizer's mistakes on one part of one
// entity corpus, for error analysis on the TUNING parts (never tune on what
// it shows for a measuring part).
//
//   ner_errors gmb|gum|uner train|tune|measure [--models DIR] [--max N]
//
// Prints, per document, each gold span the recognizer missed ("- type
// text") and each mention it made that no gold span equals ("+ type text"),
// with a few words of context.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/ner_corpus.h"
#include "recognize/entity/tagger.h"
#include "segment/segmenter.h"

int main(int argc, char** argv) {
  using namespace crosscheck;
  if (argc < 3) {
    std::fprintf(stderr, "usage: ner_errors gmb|gum|uner train|tune|measure [--models DIR] [--max N]\n");
    return 2;
  }
  std::string which = argv[1], part = argv[2];
  std::string models = EntityRecognizer::DefaultModelDir();
  size_t max_docs = 1000000;
  for (int i = 3; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--models") models = argv[i + 1];
    else if (a == "--max") max_docs = std::strtoul(argv[i + 1], nullptr, 10);
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
  static const char* kType[] = {"", "PER", "ORG", "LOC", "OTH"};
  size_t docs = 0;
  for (const NerDocument& d : corpus.value().documents) {
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
      if (!hit) std::printf("- %s %s\n", kType[g.type], context(g).c_str());
    }
    for (const LabelSpan& p : pred) {
      bool hit = false;
      for (const LabelSpan& g : gold) hit = hit || p == g;
      if (!hit) std::printf("+ %s %s\n", kType[p.type], context(p).c_str());
    }
  }
  return 0;
}
