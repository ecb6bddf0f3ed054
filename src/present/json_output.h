// The JSON output of `crosscheck analyze` (docs/OUTPUT.md; schema
// "crosscheck/1", a superset of the minimum contract in shared/OUTPUT.md).
//
// Deterministic: the same analyses give byte-identical output (ordered keys,
// records in document order then span order, whole numbers without a
// fraction). Pure functions; thread-safe.
#ifndef CROSSCHECK_PRESENT_JSON_OUTPUT_H_
#define CROSSCHECK_PRESENT_JSON_OUTPUT_H_

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

// The `documents` record of one document.
Json DocumentToJson(const DocAnalysis& a, const JsonOptions& options);

// Appends the per-document layers of `a` (sentences, quantities, times,
// entities, quotes, claims) to the arrays of `out`.
void AppendLayers(const DocAnalysis& a, Json* out);

// The whole output object. `errors` are the rejected inputs (listed under
// "errors" with their messages).
Json AnalysisToJson(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                    const std::vector<Error>& errors, const JsonOptions& options);

}  // namespace crosscheck

#endif  // CROSSCHECK_PRESENT_JSON_OUTPUT_H_
