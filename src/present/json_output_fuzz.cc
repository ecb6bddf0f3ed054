// libFuzzer target: up to four arbitrary texts (split at 0x1E) analysed,
// fused and written as the JSON of `crosscheck analyze --with-text`.
// Invariants: the output is valid JSON (it parses back); every record's
// `doc` names a document of the output; every `start`/`end` (and
// `counted_start`/`counted_end`) lies inside that document's text with
// start <= end; writing twice gives the same bytes.
#include <cstdint>
#include <cstdlib>
#include <map>

#include "core/fuzz_support.h"
#include "pipeline/fuzz_analysis.h"
#include "present/json_output.h"

namespace {

using crosscheck::Json;

void CheckSpans(const Json& record, const std::map<std::string, size_t>& text_size) {
  if (!record.is_object() || !record.contains("doc") || !record["doc"].is_string()) return;
  auto it = text_size.find(record["doc"].get<std::string>());
  if (it == text_size.end()) std::abort();
  for (auto [s, e] : {std::pair{"start", "end"}, std::pair{"counted_start", "counted_end"}}) {
    if (!record.contains(s) || record[s].is_null()) continue;
    int64_t a = record[s].get<int64_t>(), b = record[e].get<int64_t>();
    if (a < 0 || a > b || static_cast<size_t>(b) > it->second) std::abort();
  }
}

}  // namespace

// One-time loading outside the fuzz loop (core/fuzz_support.h).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  crosscheck::FuzzWarmUp(" date 2022-05-04\nOfficials said 40 people were evacuated on Monday.\x1E"
                         "The mayor said 12 buses left Kyiv.");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace crosscheck;
  std::vector<DocAnalysis> docs = FuzzAnalyses(data, size);
  FuseResult fused = FuzzPipeline().FuseAll(&docs);
  std::vector<Error> errors{Error{"fuzz/x: a message"}};
  std::string out = AnalysisToJson(docs, fused, errors, JsonOptions{.with_text = true}).dump(1);
  if (out != AnalysisToJson(docs, fused, errors, JsonOptions{.with_text = true}).dump(1)) std::abort();
  nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
  if (j.is_discarded()) std::abort();
  std::map<std::string, size_t> text_size;
  for (const auto& d : j["documents"]) text_size[d["id"].get<std::string>()] = d["text"].get<std::string>().size();
  if (text_size.size() != docs.size()) std::abort();
  for (const char* layer : {"sentences", "quantities", "times", "entities", "quotes", "claims"})
    for (const auto& r : j[layer]) CheckSpans(r, text_size);
  for (const auto& s : j["stories"])
    for (const auto& t : s["timeline"]) CheckSpans(t, text_size);
  return 0;
}
