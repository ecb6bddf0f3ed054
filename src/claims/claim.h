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
  std::string time;          // when the figure holds, at its own grain: "2014" (a year),
                             // "2014-05" (a month), "2014-05-03" (a day), "A/B" (days A to B
                             // inclusive: a week, a range); "" = the figure carries no date
  std::string as_of;         // when the source stated it (the report date unless the text
                             // dates the statement), or ""
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
  // What the figure measures beyond counted/state/place (frame_what.h):
  std::string kind = "count";  // "count", "money", "percent", "ratio", "age", "magnitude", or a unit dimension
                             // ("length", "speed", "duration", …)
  std::string unit;          // the figure's unit ("USD", "km", "%"), "" for plain counts
  std::string qualifiers;    // words that make it another measure ("critical", "more", "part",
                             // "saudi"), sorted, space-joined; "" = none
  std::string predicate;     // base form of the figure's own verb ("kill", "demand"), "" = none
  std::string holder;        // whose figure it is ("Cesar Sayoc" in "Cesar Sayoc, 56,"), "" = none
  std::string landmark;      // a distance's reference place ("Manokwari"), "" = none
  std::string topic;         // what a sum or share is of ("federal taxes" in "$43m in federal
                             // taxes", "effective tax rate" in "a rate of 35%"), "" = none
  std::vector<std::string> context;  // content words near the figure, base forms, sorted unique
  int list_rank = 0;         // a magnitude's place in a list of magnitudes joined in its
                             // sentence ("two quakes, measuring 7.6 and 7.4": 1 and 2): the
                             // k-th quake; 0 = not in such a list
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
