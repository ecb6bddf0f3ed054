// Shared by the fuzz targets that need analysed documents (claims_fuzz.cc,
// fuse_fuzz.cc here; json_output_fuzz.cc, store_fuzz.cc, server_fuzz.cc):
// fuzz bytes become up to four documents (split at the byte 0x1E), each read
// as plain text the way `analyze` reads a file (Windows-1252 fallback, so
// any bytes give text; a leading " date YYYY-MM-DD" line still dates it),
// marked English so every extractor runs, then analysed by the real
// pipeline. The pipeline (and its entity model) is loaded once.
#ifndef CROSSCHECK_PIPELINE_FUZZ_ANALYSIS_H_
#define CROSSCHECK_PIPELINE_FUZZ_ANALYSIS_H_

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "read/reader.h"

namespace crosscheck {

inline const Pipeline& FuzzPipeline() {
  static const Pipeline* p = [] {
    auto r = Pipeline::Create();
    if (!r.ok()) std::abort();
    return r.value().release();
  }();
  return *p;
}

inline std::vector<DocAnalysis> FuzzAnalyses(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  ReadOptions o;
  o.windows1252 = true;
  o.format = InputFormat::kText;
  ReadBatch batch;
  for (int n = 0; n < 4 && !in.empty(); ++n) {
    size_t cut = n == 3 ? std::string_view::npos : in.find('\x1E');
    std::string_view part = in.substr(0, cut);
    in = cut == std::string_view::npos ? std::string_view() : in.substr(cut + 1);
    ReadBuffer(std::string(part), "fuzz/" + std::to_string(n), o, &batch);
  }
  std::vector<DocAnalysis> out(batch.docs.size());
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].doc = std::move(batch.docs[i]);
    out[i].doc.language = "en";
  }
  FuzzPipeline().AnalyzeAll(&out, 1);
  return out;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_FUZZ_ANALYSIS_H_
