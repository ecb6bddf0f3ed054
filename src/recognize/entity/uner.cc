// UNER English-EWT (v1) as entity training and measuring data: the dev
// file trains (every fourth document tunes), the test file only measures.
//
// Format: "# newdoc id = ..." opens a document, "# text = ..." gives a
// sentence's text, then one word per line (index, word, IOB2 tag, ...),
// a blank line after each sentence. Words are found in the sentence text
// in order (EWT splits "don't" into "do" + "n't", both substrings), which
// gives every word's byte offset; sentences are joined by a newline.
#include <fstream>
#include <string>
#include <vector>

#include "recognize/entity/conventions.h"
#include "recognize/entity/ner_corpus.h"

namespace crosscheck {

namespace {

Status ReadFile(const std::string& path, bool measure, const Gazetteer& gaz, NerCorpus* corpus) {
  std::ifstream in(path);
  if (!in) return Error{path + ": cannot open"};
  std::string line, text;
  std::vector<std::string> words, tags;
  size_t line_no = 0;
  int doc_index = 0;
  auto flush = [&]() {
    if (words.empty()) return;
    if (corpus->documents.empty()) {  // words before any "# newdoc"
      corpus->documents.emplace_back();
      corpus->documents.back().split = measure ? NerSplit::kMeasure : NerSplit::kTrain;
    }
    NerDocument& doc = corpus->documents.back();
    std::vector<RawSpan> spans;
    for (size_t k = 0; k < tags.size(); ++k) {
      const std::string& t = tags[k];
      if (t.size() < 3 || t[1] != '-') continue;
      if (t[0] == 'B' || spans.empty() || spans.back().end != k || spans.back().type != t.substr(2))
        spans.push_back(RawSpan{static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), t.substr(2)});
      else
        spans.back().end = static_cast<uint32_t>(k + 1);
    }
    NerSentence s;
    s.o_may_be_other = true;
    s.labels = ApplyConventions(NerSource::kUner, words, spans, gaz);
    if (!doc.text.empty()) doc.text.push_back('\n');
    const size_t base = doc.text.size();
    if (text.empty()) {  // no "# text": words joined by spaces
      for (size_t k = 0; k < words.size(); ++k) text += (k ? " " : "") + words[k];
    }
    doc.text += text;
    size_t cursor = 0;
    for (const std::string& w : words) {
      while (cursor < text.size() && (text[cursor] == ' ' || text[cursor] == '\t')) ++cursor;
      size_t at = text.compare(cursor, w.size(), w) == 0 ? cursor : text.find(w, cursor);
      if (at == std::string::npos) at = cursor;  // not in the text: place it at the cursor
      s.starts.push_back(static_cast<uint32_t>(base + at));
      cursor = std::min(text.size(), at + w.size());
    }
    s.words = std::move(words);
    doc.sentences.push_back(std::move(s));
    words.clear();
    tags.clear();
    text.clear();
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# newdoc id = ", 0) == 0) {
        flush();
        NerDocument d;
        d.id = line.substr(14);
        d.split = measure ? NerSplit::kMeasure : (doc_index % 4 == 3 ? NerSplit::kTune : NerSplit::kTrain);
        ++doc_index;
        corpus->documents.push_back(std::move(d));
      } else if (line.rfind("# text = ", 0) == 0) {
        text = line.substr(9);
      }
      continue;
    }
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) return Error{path + ":" + std::to_string(line_no) + ": expected index, word, tag"};
    size_t t3 = line.find('\t', t2 + 1);
    words.push_back(line.substr(t1 + 1, t2 - t1 - 1));
    tags.push_back(line.substr(t2 + 1, t3 == std::string::npos ? t3 : t3 - t2 - 1));
  }
  flush();
  return Status{};
}

}  // namespace

Result<NerCorpus> ReadUnerCorpus(const std::string& dir, const Gazetteer& gazetteer) {
  NerCorpus corpus;
  corpus.source = NerSource::kUner;
  Status st = ReadFile(dir + "/en_ewt-ud-dev.iob2", /*measure=*/false, gazetteer, &corpus);
  if (!st.ok()) return st.error();
  st = ReadFile(dir + "/en_ewt-ud-test.iob2", /*measure=*/true, gazetteer, &corpus);
  if (!st.ok()) return st.error();
  return corpus;
}

}  // namespace crosscheck
