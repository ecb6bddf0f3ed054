#include "present/json_output.h"

namespace crosscheck {

Json DocumentMetaRecord(const DocAnalysis& a) {
  const Document& d = a.doc;
  Json j = DocumentMetaJson(d);
  j["analysed"] = a.analysed;
  j["bytes"] = d.bytes();
  j["body_start"] = d.body_start;
  j["extra"] = d.extra;
  return j;
}

Json DocumentTextMembers(const Document& d) {
  Json j;
  j["text"] = d.text;
  Json runs = Json::array();
  if (d.source_offsets.identity()) {
    runs.push_back(Json::array({0, 0, d.text.size(), true}));
  } else {
    for (const OffsetMap::Run& r : d.source_offsets.runs())
      runs.push_back(Json::array({r.text_start, r.source_start, r.length, r.exact}));
  }
  j["source_offsets"] = std::move(runs);
  return j;
}

Json DocumentToJson(const DocAnalysis& a, const JsonOptions& options) {
  Json j = DocumentMetaRecord(a);
  if (options.with_text) {
    Json text = DocumentTextMembers(a.doc);  // named: items() does not keep a temporary alive
    for (auto& [k, v] : text.items()) j[k] = std::move(v);
  }
  return j;
}

// AnalysisWriter (json_stream.cc, RenderParts) writes the same records in
// the same order without this function: change both.
void ForEachLayerRecord(const DocAnalysis& a, const std::function<void(int layer, Json record)>& emit) {
  const Document& d = a.doc;
  for (const Sentence& s : a.seg.sentences)
    emit(0, Json{{"doc", d.id}, {"start", s.span.start}, {"end", s.span.end}, {"paragraph", s.paragraph}});
  for (size_t i = 0; i < a.quantities.size(); ++i) emit(1, QuantityToJson(d, a.quantities, i));
  for (size_t i = 0; i < a.times.size(); ++i) emit(2, TimeToJson(d, a.times, i));
  for (size_t i = 0; i < a.entities.size(); ++i) emit(3, EntityToJson(d, a.entities, i));
  for (size_t i = 0; i < a.quotes.size(); ++i) emit(4, QuoteToJson(d, a.quotes, i));
  for (size_t i = 0; i < a.claims.size(); ++i) emit(5, ClaimToJson(d, a.claims, i));
}

void AppendLayers(const DocAnalysis& a, Json* out) {
  ForEachLayerRecord(a, [out](int layer, Json record) { (*out)[kLayerNames[layer]].push_back(std::move(record)); });
}

Json AnalysisToJson(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                    const std::vector<Error>& errors, const JsonOptions& options) {
  Json out;
  out["schema"] = kSchema;
  out["generator"] = std::string("crosscheck ") + CROSSCHECK_VERSION;
  out["documents"] = Json::array();
  for (const char* k : kLayerNames) out[k] = Json::array();
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
