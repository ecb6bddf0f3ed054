// GUM (gum-other: academic, bio, court, interview, voyage) as entity
// training and measuring data.
//
// GUM marks every mention of an entity, named or not, with its type
// ("Entity=(12-person-..." opens mention 12 on a token, "12)" closes it).
// Name spans are derived by this rule (docs/ENTITIES.md):
//   1. A mention is named when its head (the one token of the mention whose
//      syntactic head lies outside it) is a proper noun (UPOS PROPN).
//   2. The name grows from the head over dependents inside the mention that
//      are proper nouns (XPOS NNP/NNPS) attached by flat, compound, amod,
//      fixed or goeswith; for non-persons also over descriptive nmods
//      ("St." in "St. Petersburg": nmod:desc), "of"-nmods
//      ("University of Oxford", "Battle of Chudnov") and "&"-conjuncts
//      ("Procter & Gamble"); never over appositions, other conjuncts ("Mario
//      J. Lucero and Isabel Ruiz" names two people), clauses or numbers.
//   3. The span is the smallest range holding those tokens; it is kept only
//      when every token inside it is one of them or a function word or mark
//      attached to one (case, det, cc, punct: "the", "of", "&", "-").
//   4. Persons: a mention whose head takes "the" ("the Tsar"), or whose
//      head is a lone word taking a plain nmod ("Emperor of the United
//      States", "Count of the Holy Roman Empire"), is an office, not a
//      name; a name of several words keeps its nmods out ("Patrick Gordon
//      of Auchleuchries"), and so does any name its subtyped nmods (a date
//      "(c. 1818 - 1880)" as nmod:unmarked, a title "Emperor" before
//      "Norton" as nmod:desc); a plural
//      proper noun ("the Turks", "Russians") names a people: OTH, not PER.
//   5. Nested mentions: a longer name wins over one it overlaps.
// The type is then mapped by conventions.h (person -> PER, place -> LOC, ...).
//
// Text: words joined by one space unless SpaceAfter=No; sentences of one
// paragraph by one space; paragraphs ("# newpar") by a blank line.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "recognize/entity/conventions.h"
#include "recognize/entity/ner_corpus.h"

namespace crosscheck {

namespace {

struct ConlluWord {
  std::string form, upos, xpos, deprel, misc;
  int head = 0;  // 1-based, 0 = root
};

struct Mention {
  uint32_t begin = 0, end = 0;  // words, half-open
  std::string type;
};

void SplitTabs(const std::string& line, std::vector<std::string>* out) {
  out->clear();
  size_t i = 0;
  while (true) {
    size_t j = line.find('\t', i);
    out->push_back(line.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos) break;
    i = j + 1;
  }
}

std::string MiscValue(const std::string& misc, std::string_view key) {
  size_t i = 0;
  while (i <= misc.size()) {
    size_t j = misc.find('|', i);
    if (j == std::string::npos) j = misc.size();
    std::string_view f(misc.data() + i, j - i);
    if (f.size() > key.size() && f.substr(0, key.size()) == key && f[key.size()] == '=')
      return std::string(f.substr(key.size() + 1));
    i = j + 1;
  }
  return "";
}

// Mentions of one sentence from the Entity= fields.
std::vector<Mention> ParseMentions(const std::vector<ConlluWord>& words) {
  struct Open {
    std::string id, type;
    uint32_t begin;
  };
  std::vector<Open> open;
  std::vector<Mention> out;
  for (uint32_t w = 0; w < words.size(); ++w) {
    const std::string e = MiscValue(words[w].misc, "Entity");
    size_t k = 0;
    while (k < e.size()) {
      if (e[k] == '(') {
        size_t j = k + 1;
        while (j < e.size() && e[j] != '(' && e[j] != ')') ++j;
        std::string body = e.substr(k + 1, j - k - 1);
        size_t d1 = body.find('-');
        size_t d2 = d1 == std::string::npos ? d1 : body.find('-', d1 + 1);
        std::string id = body.substr(0, d1);
        std::string type = d1 == std::string::npos ? "" : body.substr(d1 + 1, d2 == std::string::npos ? d2 : d2 - d1 - 1);
        if (j < e.size() && e[j] == ')') {
          out.push_back(Mention{w, w + 1, type});
          k = j + 1;
        } else {
          open.push_back(Open{id, type, w});
          k = j;
        }
      } else {
        size_t j = k;
        while (j < e.size() && e[j] != ')' && e[j] != '(') ++j;
        std::string id = e.substr(k, j - k);
        for (size_t q = open.size(); q-- > 0;)
          if (open[q].id == id) {
            out.push_back(Mention{open[q].begin, w + 1, open[q].type});
            open.erase(open.begin() + static_cast<std::ptrdiff_t>(q));
            break;
          }
        k = j < e.size() && e[j] == ')' ? j + 1 : j;
      }
    }
  }
  return out;
}

bool IsProperTag(const std::string& xpos) { return xpos == "NNP" || xpos == "NNPS"; }

std::string BaseRel(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

// The name span of mention `m` by the rule at the top, or an empty span.
std::pair<uint32_t, uint32_t> NameSpan(const std::vector<ConlluWord>& ws, const Mention& m, int type) {
  auto inside = [&](int head1) { return head1 >= static_cast<int>(m.begin) + 1 && head1 <= static_cast<int>(m.end); };
  int head = -1;
  for (uint32_t k = m.begin; k < m.end; ++k)
    if (!inside(ws[k].head)) {
      head = static_cast<int>(k);
      break;
    }
  if (head < 0 || ws[head].upos != "PROPN") return {0, 0};
  if (type == 1) {
    // "the Tsar", "the Secretary", "Emperor of the United States": a person
    // named by an office is no name (GUM marks them PROPN when capitalised).
    // A plain nmod makes an office only of a lone word: names take nmods
    // too ("Patrick Gordon of Auchleuchries", "Norton (c. 1818 - 1880)",
    // "Emperor" before "Norton" as nmod:desc), and are not grown over them.
    bool lone_head = true;
    for (uint32_t k = m.begin; k < m.end; ++k) {
      const std::string rel = BaseRel(ws[k].deprel);
      if (ws[k].head == head + 1 && (rel == "flat" || rel == "compound") && IsProperTag(ws[k].xpos)) lone_head = false;
    }
    for (uint32_t k = m.begin; k < m.end; ++k) {
      if (ws[k].head != head + 1) continue;
      const std::string rel = BaseRel(ws[k].deprel);
      if ((rel == "det" && (ws[k].form == "the" || ws[k].form == "The")) || (ws[k].deprel == "nmod" && lone_head))
        return {0, 0};
    }
  }
  std::vector<uint8_t> in(ws.size(), 0);
  in[head] = 1;
  for (bool grew = true; grew;) {
    grew = false;
    for (uint32_t k = m.begin; k < m.end; ++k) {
      const int h = ws[k].head - 1;
      if (in[k] || h < 0 || !in[h]) continue;
      const std::string rel = BaseRel(ws[k].deprel);
      bool take = false;
      if (rel == "flat" || rel == "compound" || rel == "amod" || rel == "fixed" || rel == "goeswith")
        take = IsProperTag(ws[k].xpos);
      else if (type != 1 && ws[k].deprel == "nmod:desc")  // "St." in "St. Petersburg", "Inc."
        take = IsProperTag(ws[k].xpos);
      else if (type != 1 && rel == "nmod" && IsProperTag(ws[k].xpos)) {
        for (uint32_t c = m.begin; c < m.end && !take; ++c)
          take = ws[c].head == static_cast<int>(k) + 1 && BaseRel(ws[c].deprel) == "case" && (ws[c].form == "of" || ws[c].form == "Of");
      } else if (type != 1 && rel == "conj" && IsProperTag(ws[k].xpos)) {
        for (uint32_t c = m.begin; c < m.end && !take; ++c)
          take = ws[c].head == static_cast<int>(k) + 1 && ws[c].form == "&";
      }
      if (take) in[k] = grew = 1;
    }
  }
  uint32_t b = static_cast<uint32_t>(head), e = static_cast<uint32_t>(head) + 1;
  for (uint32_t k = m.begin; k < m.end; ++k)
    if (in[k]) {
      b = std::min(b, k);
      e = std::max(e, k + 1);
    }
  for (uint32_t k = b; k < e; ++k) {
    if (in[k]) continue;
    const int h = ws[k].head - 1;
    const std::string rel = BaseRel(ws[k].deprel);
    const bool function = (rel == "case" || rel == "det" || rel == "cc" || rel == "punct") && h >= 0 && in[h];
    if (!function) return {static_cast<uint32_t>(head), static_cast<uint32_t>(head) + 1};
  }
  return {b, e};
}

NerSplit SplitOfGum(const std::string& genre, int index_in_genre) {
  if (genre == kGumMeasureGenre) return NerSplit::kMeasure;
  return index_in_genre % 5 == 4 ? NerSplit::kTune : NerSplit::kTrain;
}

}  // namespace

Result<NerCorpus> ReadGumCorpus(const std::string& dir, const Gazetteer& gazetteer) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".conllu") files.push_back(e.path().string());
  if (ec) return Error{dir + ": " + ec.message()};
  if (files.empty()) return Error{dir + ": no .conllu files"};
  std::sort(files.begin(), files.end());
  NerCorpus corpus;
  corpus.source = NerSource::kGum;
  std::map<std::string, int> genre_count;
  std::vector<std::string> cols;
  for (const std::string& path : files) {
    std::ifstream in(path);
    if (!in) return Error{path + ": cannot open"};
    NerDocument doc;
    doc.id = std::filesystem::path(path).stem().string();
    const size_t u1 = doc.id.find('_'), u2 = doc.id.find('_', u1 + 1);
    const std::string genre = u1 == std::string::npos ? "" : doc.id.substr(u1 + 1, u2 - u1 - 1);
    doc.split = SplitOfGum(genre, genre_count[genre]++);
    std::vector<ConlluWord> words;
    bool new_paragraph = true;
    std::string line;
    size_t line_no = 0;
    auto flush = [&]() {
      if (words.empty()) return;
      std::vector<RawSpan> spans;
      std::vector<Mention> mentions = ParseMentions(words);
      std::vector<std::pair<std::pair<uint32_t, uint32_t>, std::string>> names;
      for (const Mention& m : mentions) {
        const int type = MapCorpusType(NerSource::kGum, m.type);
        if (type == 0) continue;
        auto span = NameSpan(words, m, type);
        if (span.second <= span.first) continue;
        // "the Turks", "Russians": a people named in the plural is no
        // person's name; it is "other", like a nationality word.
        const bool people = type == 1 && words[span.second - 1].xpos == "NNPS";
        names.push_back({span, people ? std::string("people") : m.type});
      }
      // Longer names first; a name overlapping a kept one is dropped.
      std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) {
        return a.first.second - a.first.first > b.first.second - b.first.first;
      });
      for (const auto& [span, type] : names) {
        bool clash = false;
        for (const RawSpan& s : spans) clash = clash || (span.first < s.end && s.begin < span.second);
        if (!clash) spans.push_back(RawSpan{span.first, span.second, type});
      }
      std::sort(spans.begin(), spans.end(), [](const RawSpan& a, const RawSpan& b) { return a.begin < b.begin; });
      NerSentence s;
      for (const ConlluWord& w : words) s.words.push_back(w.form);
      s.labels = ApplyConventions(NerSource::kGum, s.words, spans, gazetteer);
      if (!doc.text.empty()) doc.text += new_paragraph ? "\n\n" : " ";
      for (size_t k = 0; k < words.size(); ++k) {
        s.starts.push_back(static_cast<uint32_t>(doc.text.size()));
        doc.text += words[k].form;
        if (k + 1 < words.size() && MiscValue(words[k].misc, "SpaceAfter") != "No") doc.text.push_back(' ');
      }
      doc.sentences.push_back(std::move(s));
      words.clear();
      new_paragraph = false;
    };
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty()) {
        flush();
        continue;
      }
      if (line[0] == '#') {
        if (line.rfind("# newpar", 0) == 0) new_paragraph = true;
        continue;
      }
      SplitTabs(line, &cols);
      if (cols.size() != 10) return Error{path + ":" + std::to_string(line_no) + ": expected 10 columns"};
      if (cols[0].find_first_of("-.") != std::string::npos) continue;  // multiword tokens, empty nodes
      ConlluWord w;
      w.form = cols[1];
      w.upos = cols[3];
      w.xpos = cols[4];
      w.head = std::atoi(cols[6].c_str());
      w.deprel = cols[7];
      w.misc = cols[9];
      words.push_back(std::move(w));
    }
    flush();
    corpus.documents.push_back(std::move(doc));
  }
  return corpus;
}

}  // namespace crosscheck
