// FuzzCachedAnalyses: FuzzAnalyses (pipeline/fuzz_analysis.h) for the
// targets that check what comes *after* the analysis (fuse_fuzz,
// json_output_fuzz, store_fuzz), with each document's analysis kept between
// inputs.
//
// Why: in those targets the per-document analysis (segmenter and every
// recognizer, under ASan and the coverage hooks) was 55-60 % of an input's
// time (bench/results/robust.md), yet libFuzzer mutates one place of an
// input at a time, several times in a row from the same corpus unit, so of
// the up to four texts (split at 0x1E) most are byte for byte ones an
// earlier input already had analysed. Fusion, the store round trip and the
// JSON output still run on every input, on the same DocAnalysis values an
// uncached analysis gives.
//
// Contract:
//  - The documents are read exactly as FuzzAnalyses reads them (same bytes,
//    paths, ids, order). A document whose read form (every Document field:
//    metadata, raw, text, body start, offsets, extra) equals one analysed
//    before gets a copy of that analysis; any other is analysed by
//    Pipeline::AnalyzeDocument, as FuzzAnalyses does (AnalyzeAll with one job
//    analyses documents one by one with it).
//  - Every kRecheckEvery-th cache hit is analysed again and must give the
//    same analysis as the kept one: the document's metadata, every
//    segmentation span and every record layer (FuzzAnalysisJson). A
//    difference aborts with a message (the analysis depends on state left
//    by earlier inputs): a check the uncached targets did not make.
//  - The kept analyses are bounded (kMaxEntries documents and kMaxTextBytes
//    of text, least recently used dropped first). They are reachable from a
//    static, so LeakSanitizer does not count them; an input that adds one
//    ends with more allocations than it began with, and libFuzzer runs it a
//    second time (then all hits) before it looks for a leak.
//  - A crash input reproduces alone: its documents are then analysed afresh,
//    which gives the same analyses (the recheck above tests exactly that).
// Not for claims_fuzz, whose checks are on the analysis itself.
#ifndef CROSSCHECK_PIPELINE_FUZZ_ANALYSIS_CACHE_H_
#define CROSSCHECK_PIPELINE_FUZZ_ANALYSIS_CACHE_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <list>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/json_util.h"
#include "pipeline/fuzz_analysis.h"

namespace crosscheck {

// Everything the analysis of `a` produced, as JSON (for the recheck).
inline Json FuzzAnalysisJson(const DocAnalysis& a) {
  const Document& d = a.doc;
  Json j;
  j["meta"] = DocumentMetaJson(d);
  j["analysed"] = a.analysed;
  auto span = [](const Span& s) { return Json::array({s.start, s.end}); };
  Json p = Json::array(), s = Json::array(), t = Json::array(), r = Json::array();
  for (const Paragraph& x : a.seg.paragraphs) p.push_back(span(x.span));
  for (const Sentence& x : a.seg.sentences)
    s.push_back(Json::array({x.span.start, x.span.end, x.paragraph, x.token_begin, x.token_end}));
  for (const Token& x : a.seg.tokens) t.push_back(Json::array({x.span.start, x.span.end, static_cast<int>(x.kind)}));
  for (const QuoteRegion& x : a.seg.quotes)
    r.push_back(Json::array({x.span.start, x.span.end, x.inner.start, x.inner.end, x.depth, x.closed, x.continues,
                             x.continuation}));
  j["paragraphs"] = std::move(p);
  j["sentences"] = std::move(s);
  j["tokens"] = std::move(t);
  j["quote_regions"] = std::move(r);
  Json q = Json::array(), tm = Json::array(), e = Json::array(), u = Json::array(), c = Json::array();
  for (size_t i = 0; i < a.quantities.size(); ++i) q.push_back(QuantityToJson(d, a.quantities, i));
  for (size_t i = 0; i < a.times.size(); ++i) tm.push_back(TimeToJson(d, a.times, i));
  for (size_t i = 0; i < a.entities.size(); ++i) e.push_back(EntityToJson(d, a.entities, i));
  for (size_t i = 0; i < a.quotes.size(); ++i) u.push_back(QuoteToJson(d, a.quotes, i));
  for (size_t i = 0; i < a.claims.size(); ++i) c.push_back(ClaimToJson(d, a.claims, i));
  j["quantities"] = std::move(q);
  j["times"] = std::move(tm);
  j["entities"] = std::move(e);
  j["quotes"] = std::move(u);
  j["claims"] = std::move(c);
  return j;
}

class FuzzAnalysisCache {
 public:
  static constexpr size_t kMaxEntries = 4096;
  static constexpr size_t kMaxTextBytes = size_t{4} << 20;
  static constexpr uint64_t kRecheckEvery = 16;

  std::vector<DocAnalysis> Analyses(const uint8_t* data, size_t size) {
    std::vector<DocAnalysis> out = FuzzReadDocuments(data, size);
    for (DocAnalysis& a : out) {
      std::string key = KeyOf(a.doc);
      auto it = map_.find(key);
      if (it == map_.end()) {
        FuzzPipeline().AnalyzeDocument(&a);
        Insert(std::move(key), a);
        continue;
      }
      lru_.splice(lru_.begin(), lru_, it->second.lru);  // most recently used first
      if (++hits_ % kRecheckEvery == 0) {
        FuzzPipeline().AnalyzeDocument(&a);
        if (FuzzAnalysisJson(a).dump() != FuzzAnalysisJson(it->second.analysis).dump()) {
          std::fprintf(stderr, "FuzzAnalysisCache: %s analysed again differs from its earlier analysis\n",
                       a.doc.path.c_str());
          std::abort();
        }
      } else {
        a = it->second.analysis;
      }
    }
    return out;
  }

 private:
  struct Entry {
    DocAnalysis analysis;
    std::list<std::string>::iterator lru;
  };

  // The document as read, every field: two documents with one key are
  // analysed alike (AnalyzeDocument reads nothing else).
  static std::string KeyOf(const Document& d) {
    std::string k = DocumentMetaJson(d).dump();
    k += '\0';
    k += d.extra.dump();
    k += '\0';
    k += std::to_string(d.body_start);
    for (const OffsetMap::Run& r : d.source_offsets.runs())
      k += ' ' + std::to_string(r.text_start) + ',' + std::to_string(r.source_start) + ',' +
           std::to_string(r.length) + (r.exact ? 'e' : 'i');
    k += '\0';
    k += std::to_string(d.raw.size());
    k += '\0';
    k += d.raw;
    k += '\0';
    k += d.text;
    return k;
  }

  void Insert(std::string key, const DocAnalysis& a) {
    size_t cost = a.doc.text.size() + a.doc.raw.size();
    if (cost > kMaxTextBytes) return;
    while (!lru_.empty() && (map_.size() >= kMaxEntries || bytes_ + cost > kMaxTextBytes)) {
      auto old = map_.find(lru_.back());
      bytes_ -= old->second.analysis.doc.text.size() + old->second.analysis.doc.raw.size();
      map_.erase(old);
      lru_.pop_back();
    }
    lru_.push_front(key);
    map_.emplace(std::move(key), Entry{a, lru_.begin()});
    bytes_ += cost;
  }

  std::unordered_map<std::string, Entry> map_;
  std::list<std::string> lru_;  // keys, most recently used first
  size_t bytes_ = 0;
  uint64_t hits_ = 0;
};

// FuzzAnalyses through one process-wide FuzzAnalysisCache.
inline std::vector<DocAnalysis> FuzzCachedAnalyses(const uint8_t* data, size_t size) {
  static FuzzAnalysisCache* cache = new FuzzAnalysisCache();
  return cache->Analyses(data, size);
}

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_FUZZ_ANALYSIS_CACHE_H_
