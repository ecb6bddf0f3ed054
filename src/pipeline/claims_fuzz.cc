// libFuzzer target: arbitrary text through the whole per-document pipeline,
// checking the claim frames (src/claims): one claim per quantity with
// claims[i].quantity == i; every clause inside the text; `restates` and
// `part_of` point to another claim of the document; every quote and
// quantity span inside the text; each claim's JSON record writes.
#include <cstdint>
#include <cstdlib>

#include "core/fuzz_support.h"
#include "claims/claim.h"
#include "pipeline/fuzz_analysis.h"

// One-time loading outside the fuzz loop (core/fuzz_support.h).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  crosscheck::FuzzWarmUp(" date 2022-05-04\nOfficials said 40 people were evacuated on Monday.");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace crosscheck;
  for (const DocAnalysis& a : FuzzAnalyses(data, size)) {
    const size_t n = a.doc.text.size();
    if (a.claims.size() != a.quantities.size()) std::abort();
    for (size_t i = 0; i < a.claims.size(); ++i) {
      const Claim& c = a.claims[i];
      if (c.quantity != static_cast<int>(i)) std::abort();
      if (c.clause.start > c.clause.end || c.clause.end > n) std::abort();
      if (c.restates >= static_cast<int>(a.claims.size()) || c.restates == static_cast<int>(i)) std::abort();
      if (c.part_of >= static_cast<int>(a.claims.size()) || c.part_of == static_cast<int>(i)) std::abort();
      (void)ClaimToJson(a.doc, a.claims, i).dump();
    }
    for (const Quantity& q : a.quantities)
      if (q.span.start >= q.span.end || q.span.end > n) std::abort();
    for (const Quote& q : a.quotes)
      if (q.span.start > q.span.end || q.span.end > n || q.speaker_span.end > n) std::abort();
  }
  return 0;
}
