// word_clusters: builds models/gazetteer/clusters.tsv, distributional word
// classes for the entity tagger (word_clusters.h), from unlabelled text in
// ../shared/corpora: the words of the GMB, GUM and UNER documents that are
// not in a measuring part (their labels are not read), and every ECB+
// article (CC BY 3.0; never trained on with labels).
//
//   word_clusters [--out FILE] [--classes 256] [--coarse 32] [--min-count 2]
//
// Method (spherical k-means over context profiles, in the spirit of
// distributional clustering; cheaper than Brown clustering): every
// lower-cased word seen at least --min-count times gets a vector of counts
// of its left and its right neighbour, over the 1,000 most frequent words
// plus, for rarer neighbours, their shape class (capitalised, lower-case,
// digits, other) and the sentence boundaries; counts are square-rooted and
// the vector scaled to unit length (Hellinger). K-means with cosine
// similarity groups them into --classes fine classes (seeds: words spread
// evenly over the frequency ranking; 15 rounds), and k-means over the fine
// centroids into --coarse coarse classes. Deterministic: fixed order, no
// randomness, one thread; the same corpora give the same file.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/ner_corpus.h"

namespace {

using namespace crosscheck;
using WordSeq = std::vector<std::string>;  // lower-cased words

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<const char*, char> kEnt[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'},
                                                         {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [e, c] : kEnt)
        if (s.substr(i, std::strlen(e)) == e) {
          out += c;
          i += std::strlen(e) - 1;
          done = true;
          break;
        }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

// ECB+ articles: one <token ... sentence="N" ...>word</token> per line.
void ReadEcb(const std::string& dir, std::vector<WordSeq>* out) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".xml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::ifstream in(f);
    std::string line, sent_id;
    WordSeq cur;
    while (std::getline(in, line)) {
      size_t t = line.find("<token ");
      if (t == std::string::npos) continue;
      size_t sp = line.find("sentence=\"", t);
      size_t gt = line.find('>', t);
      size_t end = line.find("</token>", t);
      if (sp == std::string::npos || gt == std::string::npos || end == std::string::npos || end < gt) continue;
      std::string sid = line.substr(sp + 10, line.find('"', sp + 10) - sp - 10);
      if (sid != sent_id && !cur.empty()) out->push_back(std::move(cur)), cur.clear();
      sent_id = sid;
      std::string w;
      LowerWord(Unescape(std::string_view(line).substr(gt + 1, end - gt - 1)), &w);
      if (!w.empty()) cur.push_back(w);
    }
    if (!cur.empty()) out->push_back(std::move(cur));
  }
}

int ShapeClass(std::string_view raw_lower_unknown) {
  const unsigned char c = raw_lower_unknown.empty() ? 0 : raw_lower_unknown[0];
  if (c >= '0' && c <= '9') return 1;
  if ((c >= 'a' && c <= 'z') || c >= 0x80) return 2;
  return 3;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_path = EntityRecognizer::DefaultModelDir() + "/gazetteer/clusters.tsv";
  int classes = 256, coarse_classes = 32, min_count = 2;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (i + 1 >= argc) {
      std::fprintf(stderr, "word_clusters: %s needs a value\n", a.c_str());
      return 2;
    }
    if (a == "--out") out_path = argv[++i];
    else if (a == "--classes") classes = std::atoi(argv[++i]);
    else if (a == "--coarse") coarse_classes = std::atoi(argv[++i]);
    else if (a == "--min-count") min_count = std::atoi(argv[++i]);
    else {
      std::fprintf(stderr, "word_clusters: unknown option %s\n", a.c_str());
      return 2;
    }
  }
  if (classes < 2 || classes > 256 || coarse_classes < 1 || coarse_classes > 127) {
    std::fprintf(stderr, "word_clusters: --classes must be 2..256, --coarse 1..127\n");
    return 2;
  }
  // Reading the labelled corpora needs a gazetteer (their conventions map
  // nationality words); the labels themselves are not used here.
  Gazetteer gaz;
  std::vector<WordSeq> sents;
  {
    Result<NerCorpus> read[] = {ReadGmbCorpus(DefaultGmbPath(), gaz), ReadGumCorpus(DefaultGumDir(), gaz),
                                ReadUnerCorpus(DefaultUnerDir(), gaz)};
    for (Result<NerCorpus>& c : read) {
      if (!c.ok()) {
        std::fprintf(stderr, "word_clusters: %s\n", c.error().message.c_str());
        return 1;
      }
      for (const NerDocument& d : c->documents) {
        if (d.split == NerSplit::kMeasure) continue;
        for (const NerSentence& s : d.sentences) {
          WordSeq l(s.words.size());
          for (size_t i = 0; i < s.words.size(); ++i) LowerWord(s.words[i], &l[i]);
          sents.push_back(std::move(l));
        }
      }
    }
  }
  const std::string shared = std::filesystem::path(DefaultGumDir()).parent_path().parent_path().string();
  ReadEcb(shared + "/ecbplus/ECB+", &sents);
  // Vocabulary by frequency (ties by word), context words = the top 1,000.
  std::unordered_map<std::string, int> count;
  size_t tokens = 0;
  for (const WordSeq& s : sents)
    for (const std::string& w : s) ++count[w], ++tokens;
  std::vector<std::pair<std::string, int>> vocab(count.begin(), count.end());
  std::sort(vocab.begin(), vocab.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  while (!vocab.empty() && vocab.back().second < min_count) vocab.pop_back();
  const int kContext = 1000;
  std::unordered_map<std::string, int> index;
  for (size_t i = 0; i < vocab.size(); ++i) index.emplace(vocab[i].first, static_cast<int>(i));
  // Context ids: 0..kContext-1 frequent words, kContext+0..3 shape classes
  // of rarer words, kContext+4 sentence boundary; right contexts offset by
  // kSide.
  const int kSide = kContext + 5;
  const size_t V = vocab.size();
  std::vector<std::map<int, float>> ctx(V);
  auto context_id = [&](const WordSeq& s, ptrdiff_t j) {
    if (j < 0 || j >= static_cast<ptrdiff_t>(s.size())) return kContext + 4;
    auto it = index.find(s[j]);
    if (it != index.end() && it->second < kContext) return it->second;
    return kContext + ShapeClass(s[j]);
  };
  for (const WordSeq& s : sents)
    for (size_t i = 0; i < s.size(); ++i) {
      auto it = index.find(s[i]);
      if (it == index.end()) continue;
      ctx[it->second][context_id(s, static_cast<ptrdiff_t>(i) - 1)] += 1;
      ctx[it->second][kSide + context_id(s, static_cast<ptrdiff_t>(i) + 1)] += 1;
    }
  struct Sparse {
    std::vector<int> idx;
    std::vector<float> val;
  };
  std::vector<Sparse> vec(V);
  for (size_t v = 0; v < V; ++v) {
    double norm = 0;
    for (const auto& [k, c] : ctx[v]) norm += c;  // sum of sqrt(c)^2
    for (const auto& [k, c] : ctx[v]) {
      vec[v].idx.push_back(k);
      vec[v].val.push_back(static_cast<float>(std::sqrt(c / norm)));
    }
  }
  ctx.clear();
  const int D = 2 * kSide;
  std::fprintf(stderr, "word_clusters: %zu sentences, %zu tokens, %zu words (count >= %d)\n", sents.size(), tokens,
               V, min_count);
  // Spherical k-means; returns the assignment of each item.
  auto kmeans = [&](size_t n, int k, auto dot_all, auto add_to, int rounds, std::vector<float>* cent_out) {
    std::vector<float> cent(static_cast<size_t>(k) * D, 0.0f);
    std::vector<int> assign(n, -1);
    for (int c = 0; c < k; ++c) add_to(static_cast<size_t>(c) * n / k, &cent[static_cast<size_t>(c) * D]);
    std::vector<float> sims(k);
    for (int r = 0; r < rounds; ++r) {
      size_t moved = 0;
      for (size_t v = 0; v < n; ++v) {
        dot_all(v, cent, &sims);
        const int best = static_cast<int>(std::max_element(sims.begin(), sims.end()) - sims.begin());
        moved += best != assign[v];
        assign[v] = best;
      }
      std::fill(cent.begin(), cent.end(), 0.0f);
      std::vector<int> size(k, 0);
      for (size_t v = 0; v < n; ++v) add_to(v, &cent[static_cast<size_t>(assign[v]) * D]), size[assign[v]]++;
      for (int c = 0; c < k; ++c) {
        float* p = &cent[static_cast<size_t>(c) * D];
        if (size[c] == 0) {  // an empty class takes a seed again
          add_to(static_cast<size_t>(c) * n / k, p);
          continue;
        }
        double norm = 0;
        for (int d = 0; d < D; ++d) norm += static_cast<double>(p[d]) * p[d];
        const float inv = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
        for (int d = 0; d < D; ++d) p[d] *= inv;
      }
      std::fprintf(stderr, "word_clusters: k=%d round %d: %zu moved\n", k, r + 1, moved);
      if (moved == 0) break;
    }
    if (cent_out) *cent_out = std::move(cent);
    return assign;
  };
  std::vector<float> fine_cent;
  std::vector<int> fine = kmeans(
      V, classes,
      [&](size_t v, const std::vector<float>& cent, std::vector<float>* sims) {
        for (int c = 0; c < classes; ++c) {
          const float* p = &cent[static_cast<size_t>(c) * D];
          float s = 0;
          for (size_t j = 0; j < vec[v].idx.size(); ++j) s += p[vec[v].idx[j]] * vec[v].val[j];
          (*sims)[c] = s;
        }
      },
      [&](size_t v, float* p) {
        for (size_t j = 0; j < vec[v].idx.size(); ++j) p[vec[v].idx[j]] += vec[v].val[j];
      },
      15, &fine_cent);
  std::vector<int> coarse = kmeans(
      static_cast<size_t>(classes), coarse_classes,
      [&](size_t v, const std::vector<float>& cent, std::vector<float>* sims) {
        const float* q = &fine_cent[v * D];
        for (int c = 0; c < coarse_classes; ++c) {
          const float* p = &cent[static_cast<size_t>(c) * D];
          float s = 0;
          for (int d = 0; d < D; ++d) s += p[d] * q[d];
          (*sims)[c] = s;
        }
      },
      [&](size_t v, float* p) {
        const float* q = &fine_cent[v * D];
        for (int d = 0; d < D; ++d) p[d] += q[d];
      },
      30, nullptr);
  std::vector<size_t> order(V);
  for (size_t v = 0; v < V; ++v) order[v] = v;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return vocab[a].first < vocab[b].first; });
  std::ofstream out(out_path);
  if (!out) {
    std::fprintf(stderr, "word_clusters: %s: cannot write\n", out_path.c_str());
    return 1;
  }
  out << "# word<TAB>fine class<TAB>coarse class: distributional classes of lower-cased words, built by\n"
      << "# tools/ner/word_clusters from unlabelled text (GMB, GUM, UNER outside their measuring parts; ECB+)\n";
  for (size_t v : order) {
    const std::string& w = vocab[v].first;
    if (w.find('\t') != std::string::npos || w.find('\n') != std::string::npos) continue;
    out << w << '\t' << fine[v] << '\t' << coarse[fine[v]] << '\n';
  }
  std::fprintf(stderr, "word_clusters: wrote %s\n", out_path.c_str());
  return 0;
}
