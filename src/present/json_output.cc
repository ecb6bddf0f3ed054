#include "present/json_output.h"

namespace crosscheck {

Json DocumentToJson(const DocAnalysis& a, const JsonOptions& options) {
  const Document& d = a.doc;
  Json j = DocumentMetaJson(d);
  j["analysed"] = a.analysed;
  j["bytes"] = d.raw.size();
  j["body_start"] = d.body_start;
  j["extra"] = d.extra;
  if (options.with_text) {
    j["text"] = d.text;
    Json runs = Json::array();
    if (d.source_offsets.identity()) {
      runs.push_back(Json::array({0, 0, d.text.size(), true}));
    } else {
      for (const OffsetMap::Run& r : d.source_offsets.runs())
        runs.push_back(Json::array({r.text_start, r.source_start, r.length, r.exact}));
    }
    j["source_offsets"] = runs;
  }
  return j;
}

void AppendLayers(const DocAnalysis& a, Json* out) {
  const Document& d = a.doc;
  for (size_t i = 0; i < a.seg.sentences.size(); ++i) {
    const Sentence& s = a.seg.sentences[i];
    (*out)["sentences"].push_back(Json{{"doc", d.id}, {"start", s.span.start}, {"end", s.span.end}, {"paragraph", s.paragraph}});
  }
  for (size_t i = 0; i < a.quantities.size(); ++i) (*out)["quantities"].push_back(QuantityToJson(d, a.quantities, i));
  for (size_t i = 0; i < a.times.size(); ++i) (*out)["times"].push_back(TimeToJson(d, a.times, i));
  for (size_t i = 0; i < a.entities.size(); ++i) (*out)["entities"].push_back(EntityToJson(d, a.entities, i));
  for (size_t i = 0; i < a.quotes.size(); ++i) (*out)["quotes"].push_back(QuoteToJson(d, a.quotes, i));
  for (size_t i = 0; i < a.claims.size(); ++i) (*out)["claims"].push_back(ClaimToJson(d, a.claims, i));
}

Json AnalysisToJson(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                    const std::vector<Error>& errors, const JsonOptions& options) {
  Json out;
  out["schema"] = kSchema;
  out["generator"] = std::string("crosscheck ") + CROSSCHECK_VERSION;
  out["documents"] = Json::array();
  for (const char* k : {"sentences", "quantities", "times", "entities", "quotes", "claims"}) out[k] = Json::array();
  for (const DocAnalysis& a : analyses) {
    out["documents"].push_back(DocumentToJson(a, options));
    AppendLayers(a, &out);
  }
  out["stories"] = Json::array();
  for (const Story& s : fused.stories) out["stories"].push_back(StoryToJson(analyses, s));
  Json errs = Json::array();
  for (const Error& e : errors) errs.push_back(Json{{"message", e.message}});
  out["errors"] = errs;
  return out;
}

}  // namespace crosscheck
