// The JSON output of `crosscheck analyze` (docs/OUTPUT.md; schema
// "crosscheck/1", a superset of the minimum contract in shared/OUTPUT.md).
//
// Deterministic: the same analyses give byte-identical output (ordered keys,
// records in document order then span order, whole numbers without a
// fraction). Pure functions; thread-safe.
#ifndef CROSSCHECK_PRESENT_JSON_OUTPUT_H_
#define CROSSCHECK_PRESENT_JSON_OUTPUT_H_

#include <functional>
#include <string>
#include <vector>

#include "claims/analysis.h"
#include "core/json_util.h"
#include "core/status.h"
#include "fuse/fuse.h"

namespace crosscheck {

inline constexpr const char* kSchema = "crosscheck/1";

struct JsonOptions {
  bool with_text = false;  // add each document's text and source_offsets
};

// The per-document arrays of the output, in output order.
inline constexpr const char* kLayerNames[] = {"sentences", "quantities", "times", "entities", "quotes", "claims"};
inline constexpr int kLayerCount = 6;

// The `documents` record of one document: its metadata, then with
// options.with_text the members of DocumentTextMembers.
Json DocumentToJson(const DocAnalysis& a, const JsonOptions& options);
// The `documents` record without the text members.
Json DocumentMetaRecord(const DocAnalysis& a);
// The --with-text members of a document record: "text" and
// "source_offsets", in that order.
Json DocumentTextMembers(const Document& d);

// Calls emit(layer, record) for every record of a's layers, layer by layer
// in kLayerNames order, each layer in span order.
void ForEachLayerRecord(const DocAnalysis& a, const std::function<void(int layer, Json record)>& emit);

// Appends the per-document layers of `a` (sentences, quantities, times,
// entities, quotes, claims) to the arrays of `out`.
void AppendLayers(const DocAnalysis& a, Json* out);

// The whole output object, built in memory (tests and small outputs; the CLI
// streams the same bytes through AnalysisWriter, json_stream.h). `errors` are the rejected inputs (listed under
// "errors" with their messages).
Json AnalysisToJson(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                    const std::vector<Error>& errors, const JsonOptions& options);

}  // namespace crosscheck

#endif  // CROSSCHECK_PRESENT_JSON_OUTPUT_H_
