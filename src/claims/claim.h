// Claims: a claim frame joins one figure to what it counts, the state or
// event it is about, its place, the time it holds and who states it.
// (Owned by the claims/ledger work: see docs/LEDGER.md.) Pure: thread-safe.
#ifndef CROSSCHECK_CLAIMS_CLAIM_H_
#define CROSSCHECK_CLAIMS_CLAIM_H_

#include <string>
#include <vector>

#include "core/document.h"
#include "core/json_util.h"
#include "claims/lexicon.h"
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
  // Added by the claims work (docs/LEDGER.md):
  std::string counted_lemma; // base form of the counted noun ("civilian"), "" = none
  std::string group;         // lexicon class of the counted noun ("civilian", "combatant",
                             // "child", "person", …), "" = not in the lexicon
  std::string state_word;    // the cue the state came from ("hunkered down"), "" = none
  std::string place_kind;    // "facility" | "settlement" | "area" | "" (unknown)
  std::string place_text;    // the place as written ("the steel plant"), "" = none
  bool place_named = false;  // `place` is a name ("Azovstal"), not only a phrase
  int part_of = -1;          // index of the claim whose figure this one is a part of
                             // ("a group of 25" inside "a total of 46"), or -1
};

struct ClaimInputs {
  const Document& doc;
  const Segmentation& seg;
  const std::vector<Quantity>& quantities;
  const std::vector<TimeMention>& times;
  const std::vector<Entity>& entities;
  const std::vector<Quote>& quotes;
};

// One claim per quantity of the document, claims[i].quantity == i, so the
// claim and quantity lists index alike. Claims with an empty `measure` (no
// counted noun and no state, or not a count) are kept for completeness but
// the ledger ignores them. Uses Lexicon::Default().
std::vector<Claim> BuildClaims(const ClaimInputs& in);
// As above with an explicit lexicon (tests).
std::vector<Claim> BuildClaims(const ClaimInputs& in, const Lexicon& lexicon);

// The `claims` record of docs/OUTPUT.md for claims[i] of `doc`.
Json ClaimToJson(const Document& doc, const std::vector<Claim>& claims, size_t i);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_H_
