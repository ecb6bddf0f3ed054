// Claims: a claim frame joins one figure to what it counts, the state or
// event it is about, its place, the time it holds and who states it.
// (Owned by the claims/ledger work: see docs/LEDGER.md.) Pure: thread-safe.
#ifndef CROSSCHECK_CLAIMS_CLAIM_H_
#define CROSSCHECK_CLAIMS_CLAIM_H_

#include <string>
#include <vector>

#include "core/document.h"
#include "core/json_util.h"
#include "core/span.h"
#include "recognize/entity/entity.h"
#include "recognize/number/quantity.h"
#include "recognize/quote/quote.h"
#include "recognize/time/time_expr.h"
#include "segment/segmenter.h"

namespace crosscheck {

struct Claim {
  int quantity = -1;         // index into the document's quantities
  Span clause;               // the clause (or sentence) the figure stands in
  std::string speaker;       // canonical name / group / role; "" = narration
  std::string speaker_role;
  std::string counted;       // normalised counted noun ("civilians")
  std::string state;         // "sheltering", "evacuated", "killed", … ; "" = unknown
  std::string place;         // "Azovstal", "Mariupol", … ; "" = unknown
  std::string measure;       // readable key: "civilians sheltering in Azovstal"
  std::string time;          // when the figure holds (TIMEX3 date) or ""
  std::string as_of;         // when the source stated it, or ""
  int restates = -1;         // index of an earlier claim of this document it restates
};

struct ClaimInputs {
  const Document& doc;
  const Segmentation& seg;
  const std::vector<Quantity>& quantities;
  const std::vector<TimeMention>& times;
  const std::vector<Entity>& entities;
  const std::vector<Quote>& quotes;
};

std::vector<Claim> BuildClaims(const ClaimInputs& in);

// The `claims` record of docs/OUTPUT.md for claims[i] of `doc`.
Json ClaimToJson(const Document& doc, const std::vector<Claim>& claims, size_t i);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_H_
