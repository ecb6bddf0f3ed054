// DocAnalysis: everything the per-document stages found in one document.
// Built by the pipeline, one per input document; read-only afterwards.
#ifndef CROSSCHECK_CLAIMS_ANALYSIS_H_
#define CROSSCHECK_CLAIMS_ANALYSIS_H_

#include <vector>

#include "claims/claim.h"
#include "core/document.h"
#include "recognize/entity/entity.h"
#include "recognize/number/quantity.h"
#include "recognize/quote/quote.h"
#include "recognize/time/time_expr.h"
#include "segment/segmenter.h"

namespace crosscheck {

struct DocAnalysis {
  Document doc;
  Segmentation seg;
  std::vector<Quantity> quantities;
  std::vector<TimeMention> times;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Claim> claims;
  bool analysed = false;  // false for documents skipped (not English, copies still analysed)
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_ANALYSIS_H_
