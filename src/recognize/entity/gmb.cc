#include "recognize/entity/gmb.h"

#include <cstdio>
#include <memory>

#include "recognize/entity/name_text.h"
#include "recognize/entity/perceptron.h"

namespace crosscheck {

namespace {

// Splits one CSV record (RFC 4180 quoting) into fields.
void SplitCsv(const std::string& line, std::vector<std::string>* fields) {
  fields->clear();
  std::string cur;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        cur.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cur.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields->push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  fields->push_back(cur);
}

int MapTag(const std::string& tag) {
  if (tag.size() < 3 || tag[1] != '-') return kO;
  bool begin = tag[0] == 'B';
  std::string t = tag.substr(2);
  int base;
  if (t == "per") base = kBPer;
  else if (t == "org") base = kBOrg;
  else if (t == "geo") base = kBLoc;
  else if (t == "gpe") base = kBOth;
  else return kO;
  return begin ? base : base + 1;
}

// Rewrites person spans without their titles (the span after the title
// starts with B-PER; a title-only span becomes O).
void StripTitles(GmbSentence* s, const Gazetteer& gazetteer) {
  std::vector<std::string_view> words(s->words.begin(), s->words.end());
  std::vector<LabelSpan> spans;
  auto is_mod = [&](std::string_view w) { return IsNationalityOrCountry(gazetteer, w); };
  std::vector<LabelSpan> all;
  LabelsToSpans(s->labels, {}, nullptr, &all);
  LabelsToSpans(s->labels, words, is_mod, &spans);
  for (const LabelSpan& a : all) {
    if (a.type != LabelType(kBPer)) continue;
    for (uint32_t k = a.begin; k < a.end; ++k) s->labels[k] = kO;
  }
  for (const LabelSpan& p : spans) {
    if (p.type != LabelType(kBPer)) continue;
    s->labels[p.begin] = kBPer;
    for (uint32_t k = p.begin + 1; k < p.end; ++k) s->labels[k] = kIPer;
  }
}

}  // namespace

std::string DefaultGmbPath() { return std::string(CROSSCHECK_SHARED_DIR) + "/corpora/gmb-ner/ner_dataset.csv.gz"; }

bool IsNationalityOrCountry(const Gazetteer& gazetteer, std::string_view word) {
  std::string low;
  LowerWord(word, &low);
  std::string_view v = low;
  return (gazetteer.Find(std::span<const std::string_view>(&v, 1)) & (kGazDemonym | kGazCountry)) != 0;
}

Result<std::vector<GmbSentence>> ReadGmb(const std::string& path, const Gazetteer& gazetteer) {
  if (path.find('\'') != std::string::npos) return Error{path + ": unsupported character in path"};
  if (FILE* probe = std::fopen(path.c_str(), "rb")) {
    std::fclose(probe);
  } else {
    return Error{path + ": cannot open GMB corpus"};
  }
  std::string cmd = "gzip -dc '" + path + "'";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  if (!pipe) return Error{path + ": cannot run gzip"};
  std::vector<GmbSentence> out;
  std::string line;
  std::vector<std::string> fields;
  char buf[1 << 16];
  std::string pending;
  bool header = true;
  size_t line_no = 0;
  auto handle = [&](const std::string& l) -> bool {
    ++line_no;
    if (header) {
      header = false;
      return true;
    }
    if (l.empty()) return true;
    SplitCsv(l, &fields);
    if (fields.size() != 4) return false;
    if (!fields[0].empty() || out.empty()) out.emplace_back();
    out.back().words.push_back(fields[1]);
    out.back().labels.push_back(static_cast<uint8_t>(MapTag(fields[3])));
    return true;
  };
  size_t got;
  while ((got = std::fread(buf, 1, sizeof(buf), pipe.get())) > 0) {
    pending.append(buf, got);
    size_t start = 0, nl;
    while ((nl = pending.find('\n', start)) != std::string::npos) {
      line.assign(pending, start, nl - start);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!handle(line)) return Error{path + ":" + std::to_string(line_no) + ": expected 4 CSV fields"};
      start = nl + 1;
    }
    pending.erase(0, start);
  }
  if (!pending.empty() && !handle(pending)) return Error{path + ": bad last line"};
  if (out.size() < 100) return Error{path + ": too few sentences (" + std::to_string(out.size()) + ")"};
  for (GmbSentence& s : out) StripTitles(&s, gazetteer);
  return out;
}

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
  static const char* kNames[] = {"", "person", "organization", "location(geo)", "other(gpe)"};
  std::string s;
  char line[200];
  for (int t = 1; t <= 4; ++t) {
    std::snprintf(line, sizeof(line), "%-14s P=%.4f R=%.4f F1=%.4f (gold %llu, predicted %llu)\n", kNames[t],
                  Precision(t), Recall(t), F1(t), static_cast<unsigned long long>(tp[t] + fn[t]),
                  static_cast<unsigned long long>(tp[t] + fp[t]));
    s += line;
  }
  std::snprintf(line, sizeof(line), "micro F1 (person+organization+location) = %.4f\n", MicroF1());
  s += line;
  return s;
}

SpanCounts EvaluateGmb(const NerModel& model, const Gazetteer& gazetteer,
                       const std::vector<GmbSentence>& sentences, bool held_out_only) {
  SpanCounts counts;
  FeatureScratch scratch;
  std::vector<std::string_view> words;
  std::vector<uint8_t> labels;
  std::vector<LabelSpan> gold, predicted;
  auto is_mod = [&](std::string_view w) { return IsNationalityOrCountry(gazetteer, w); };
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (held_out_only && !GmbHeldOut(i, sentences.size())) continue;
    const GmbSentence& s = sentences[i];
    words.assign(s.words.begin(), s.words.end());
    TagSentence(model, gazetteer, words, &scratch, &labels);
    LabelsToSpans(s.labels, {}, nullptr, &gold);
    LabelsToSpans(labels, words, is_mod, &predicted);
    counts.Add(gold, predicted);
  }
  return counts;
}

}  // namespace crosscheck
