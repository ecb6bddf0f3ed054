#include "recognize/entity/ner_eval.h"

#include <algorithm>
#include <cstdio>

#include "recognize/entity/gmb.h"
#include "segment/segmenter.h"

namespace crosscheck {

void SpanCounts::Add(const std::vector<LabelSpan>& gold, const std::vector<LabelSpan>& predicted) {
  for (const LabelSpan& g : gold) {
    bool found = false;
    for (const LabelSpan& p : predicted) found = found || p == g;
    (found ? tp : fn)[g.type]++;
  }
  for (const LabelSpan& p : predicted) {
    bool found = false;
    for (const LabelSpan& g : gold) found = found || p == g;
    if (!found) fp[p.type]++;
  }
}

void SpanCounts::Add(const SpanCounts& o) {
  for (int t = 0; t < 5; ++t) {
    tp[t] += o.tp[t];
    fp[t] += o.fp[t];
    fn[t] += o.fn[t];
  }
}

static double Ratio(uint64_t a, uint64_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }
double SpanCounts::Precision(int t) const { return Ratio(tp[t], tp[t] + fp[t]); }
double SpanCounts::Recall(int t) const { return Ratio(tp[t], tp[t] + fn[t]); }
double SpanCounts::F1(int t) const {
  double p = Precision(t), r = Recall(t);
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
double SpanCounts::MicroF1() const {
  uint64_t a = 0, b = 0, c = 0;
  for (int t = 1; t <= 3; ++t) {
    a += tp[t];
    b += fp[t];
    c += fn[t];
  }
  double p = Ratio(a, a + b), r = Ratio(a, a + c);
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

std::string SpanCounts::Report() const {
  static const char* kNames[] = {"", "person", "organization", "location", "other"};
  std::string s;
  char line[200];
  for (int t = 1; t <= 4; ++t) {
    std::snprintf(line, sizeof(line), "%-13s P=%.4f R=%.4f F1=%.4f (gold %llu, predicted %llu)\n", kNames[t],
                  Precision(t), Recall(t), F1(t), static_cast<unsigned long long>(tp[t] + fn[t]),
                  static_cast<unsigned long long>(tp[t] + fp[t]));
    s += line;
  }
  std::snprintf(line, sizeof(line), "micro F1 (person+organization+location) = %.4f\n", MicroF1());
  s += line;
  return s;
}

SpanCounts EvaluateTagger(const NerModel& model, const Gazetteer& gazetteer, const NerCorpus& corpus,
                          NerSplit split) {
  SpanCounts counts;
  FeatureScratch scratch;
  std::vector<std::string_view> words;
  std::vector<uint8_t> labels;
  std::vector<LabelSpan> gold, predicted;
  auto is_mod = [&](std::string_view w) { return IsNationalityOrCountry(gazetteer, w); };
  for (const NerDocument& d : corpus.documents) {
    if (d.split != split) continue;
    for (const NerSentence& s : d.sentences) {
      words.assign(s.words.begin(), s.words.end());
      TagSentence(model, gazetteer, words, &scratch, &labels);
      LabelsToSpans(s.labels, {}, nullptr, &gold);
      LabelsToSpans(labels, words, is_mod, &predicted);
      if (s.o_may_be_other) {
        std::erase_if(predicted, [](const LabelSpan& p) { return p.type == 4; });
        std::erase_if(gold, [](const LabelSpan& p) { return p.type == 4; });
      }
      counts.Add(gold, predicted);
    }
  }
  return counts;
}

SpanCounts EvaluateRecognizer(const EntityRecognizer& recognizer, const NerCorpus& corpus, NerSplit split) {
  SpanCounts counts;
  std::vector<LabelSpan> gold, predicted, sentence_gold;
  for (const NerDocument& d : corpus.documents) {
    if (d.split != split || d.sentences.empty()) continue;
    // Spans as byte ranges: LabelSpan{start, end, type}.
    gold.clear();
    const bool score_other = !d.sentences.front().o_may_be_other;
    for (const NerSentence& s : d.sentences) {
      LabelsToSpans(s.labels, {}, nullptr, &sentence_gold);
      for (const LabelSpan& g : sentence_gold) {
        if (g.type == 4 && !score_other) continue;
        gold.push_back(LabelSpan{s.starts[g.begin],
                                 static_cast<uint32_t>(s.starts[g.end - 1] + s.words[g.end - 1].size()), g.type});
      }
    }
    Document doc;
    doc.id = d.id;
    doc.text = d.text;
    Segmentation seg = Segment(doc.text);
    predicted.clear();
    for (const Entity& recognized : recognizer.Recognize(doc, seg)) {
      // An institution phrase ("Russia's defence ministry") is scored by the
      // name inside it (Entity::name_part): the corpora tag names only.
      Entity e = recognized;
      if (!e.name_part.empty()) {
        e.span = e.name_part;
        e.type = e.name_part_type;
      }
      int type = 0;
      switch (e.type) {
        case EntityType::kPerson: type = 1; break;
        case EntityType::kOrganization: type = 2; break;
        case EntityType::kLocation:
        case EntityType::kFacility: type = 3; break;
        case EntityType::kOther: type = score_other ? 4 : 0; break;
      }
      if (type) predicted.push_back(LabelSpan{e.span.start, e.span.end, type});
    }
    // Both lists are sorted by start: match in one merge-like pass.
    std::sort(gold.begin(), gold.end(), [](const LabelSpan& a, const LabelSpan& b) { return a.begin < b.begin; });
    SpanCounts c;
    size_t j = 0;
    std::vector<uint8_t> used(predicted.size(), 0);
    for (const LabelSpan& g : gold) {
      while (j < predicted.size() && predicted[j].begin < g.begin) ++j;
      bool found = false;
      for (size_t k = j; k < predicted.size() && predicted[k].begin == g.begin; ++k)
        if (predicted[k] == g) {
          found = true;
          used[k] = 1;
        }
      (found ? c.tp : c.fn)[g.type]++;
    }
    for (size_t k = 0; k < predicted.size(); ++k)
      if (!used[k]) c.fp[predicted[k].type]++;
    counts.Add(c);
  }
  return counts;
}

}  // namespace crosscheck
