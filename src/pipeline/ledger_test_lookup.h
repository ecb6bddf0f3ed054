// Test support for end-to-end ledger tests: one shared Pipeline, the claim
// a figure's text starts in, and the ledger entry holding it. For tests only.
#ifndef CROSSCHECK_PIPELINE_LEDGER_TEST_LOOKUP_H_
#define CROSSCHECK_PIPELINE_LEDGER_TEST_LOOKUP_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fuse/ledger.h"
#include "pipeline/pipeline.h"

namespace crosscheck::testing_support {

// A Pipeline made once per test binary (Pipeline::Create's default models).
inline Pipeline& SharedTestPipeline() {
  static auto pipeline = Pipeline::Create();
  EXPECT_TRUE(pipeline.ok());
  return **pipeline;
}

// The claim whose quantity covers the first occurrence of `figure` in the
// document's text, or nullptr.
inline const Claim* ClaimAtFigure(const DocAnalysis& d, const std::string& figure) {
  const size_t at = d.doc.text.find(figure);
  if (at == std::string::npos) return nullptr;
  for (const Claim& c : d.claims) {
    const Span s = d.quantities[c.quantity].span;
    if (s.start <= at && at < s.end) return &c;
  }
  return nullptr;
}

// The index of the ledger entry holding (as a claim or a restatement) the
// claim of `figure` in document `d`; -1 when no entry holds it, -2 when the
// figure is no claim.
inline int LedgerEntryOfFigure(const std::vector<DocAnalysis>& docs, const std::vector<LedgerEntry>& ledger, int d,
                               const std::string& figure) {
  const Claim* c = ClaimAtFigure(docs[d], figure);
  if (!c) return -2;
  for (size_t e = 0; e < ledger.size(); ++e)
    for (const std::vector<ClaimRef>* refs : {&ledger[e].claims, &ledger[e].restatements})
      for (const ClaimRef& r : *refs)
        if (r.doc == d && &docs[d].claims[r.claim] == c) return static_cast<int>(e);
  return -1;
}

}  // namespace crosscheck::testing_support

#endif  // CROSSCHECK_PIPELINE_LEDGER_TEST_LOOKUP_H_
