#include "core/paths.h"
#include "recognize/entity/gmb.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "recognize/entity/conventions.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/ner_corpus.h"

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

}  // namespace

std::string DefaultGmbPath() { return std::string(CROSSCHECK_SHARED_DIR) + "/corpora/gmb-ner/ner_dataset.csv.gz"; }
std::string DefaultGumDir() { return std::string(CROSSCHECK_SHARED_DIR) + "/corpora/gum-other/conllu"; }
std::string DefaultUnerDir() { return std::string(CROSSCHECK_SHARED_DIR) + "/corpora/uner-en-ewt"; }

const char* NerSourceName(NerSource source) {
  switch (source) {
    case NerSource::kGmb: return "GMB";
    case NerSource::kGum: return "GUM";
    case NerSource::kUner: return "UNER";
  }
  return "?";
}

bool IsNationalityOrCountry(const Gazetteer& gazetteer, std::string_view word) {
  std::string low;
  LowerWord(word, &low);
  std::string_view v = low;
  return (gazetteer.Find(std::span<const std::string_view>(&v, 1)) & (kGazDemonym | kGazCountry)) != 0;
}

Result<NerCorpus> ReadGmbCorpus(const std::string& path, const Gazetteer& gazetteer) {
  if (path.find('\'') != std::string::npos) return Error{path + ": unsupported character in path"};
  if (FILE* probe = std::fopen(path.c_str(), "rb")) {
    std::fclose(probe);
  } else {
    return Error{path + ": cannot open GMB corpus"};
  }
  std::string cmd = "gzip -dc '" + path + "'";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  if (!pipe) return Error{path + ": cannot run gzip"};
  // Sentences first: words and the raw BIO tags.
  struct Raw {
    std::vector<std::string> words, tags;
  };
  std::vector<Raw> raw;
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
    if (!fields[0].empty() || raw.empty()) raw.emplace_back();
    raw.back().words.push_back(fields[1]);
    raw.back().tags.push_back(fields[3]);
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
  if (raw.size() < 100) return Error{path + ": too few sentences (" + std::to_string(raw.size()) + ")"};

  NerCorpus corpus;
  corpus.source = NerSource::kGmb;
  const size_t count = raw.size();
  std::vector<RawSpan> spans;
  for (size_t i = 0; i < count; ++i) {
    const NerSplit split = GmbHeldOut(i, count) ? NerSplit::kMeasure : GmbTune(i, count) ? NerSplit::kTune
                                                                                         : NerSplit::kTrain;
    if (corpus.documents.empty() || corpus.documents.back().split != split ||
        corpus.documents.back().text.size() >= 3000) {
      corpus.documents.emplace_back();
      corpus.documents.back().id = "gmb-" + std::to_string(i);
      corpus.documents.back().split = split;
    }
    NerDocument& doc = corpus.documents.back();
    Raw& r = raw[i];
    spans.clear();
    for (size_t k = 0; k < r.tags.size(); ++k) {
      const std::string& t = r.tags[k];
      if (t.size() < 3 || t[1] != '-') continue;
      if (t[0] == 'B' || spans.empty() || spans.back().end != k || spans.back().type != t.substr(2))
        spans.push_back(RawSpan{static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), t.substr(2)});
      else
        spans.back().end = static_cast<uint32_t>(k + 1);
    }
    NerSentence s;
    s.labels = ApplyConventions(NerSource::kGmb, r.words, spans, gazetteer);
    if (!doc.text.empty()) doc.text.push_back(' ');
    for (size_t k = 0; k < r.words.size(); ++k)
      s.starts.push_back(AppendDetokenised(r.words[k], k == 0, &doc.text));
    s.words = std::move(r.words);
    doc.sentences.push_back(std::move(s));
  }
  return corpus;
}

uint32_t AppendDetokenised(const std::string& w, bool sentence_start, std::string* out) {
  static constexpr std::string_view kGlueLeft[] = {".", ",", ";", ":", "?", "!", ")", "]", "%", "'s", "n't", "'",
                                                   "'re", "'ve", "'ll", "'d", "'m", "..."};
  static constexpr std::string_view kGlueRight[] = {"(", "[", "$", "#"};
  bool glue = sentence_start;
  for (std::string_view g : kGlueLeft) glue = glue || w == g;
  if (!out->empty() && !glue) {
    const char last = out->back();
    bool after_open = false;
    for (std::string_view g : kGlueRight) after_open = after_open || (g.size() == 1 && last == g[0]);
    if (!after_open && last != ' ') out->push_back(' ');
  }
  const uint32_t at = static_cast<uint32_t>(out->size());
  out->append(w);
  return at;
}

}  // namespace crosscheck
