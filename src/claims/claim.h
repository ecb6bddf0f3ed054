// Claims: a claim frame joins one figure to what it counts, the state or
// event it is about, its place, the time it holds and who states it.
// (Owned by the claims/ledger work: see docs/LEDGER.md.) Pure: thread-safe.
#ifndef CROSSCHECK_CLAIMS_CLAIM_H_
#define CROSSCHECK_CLAIMS_CLAIM_H_

#include <string>
#include <vector>

#include "core/atom.h"
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

// The default kind of a claim, interned once.
inline const Atom& CountKind() {
  static const Atom count("count");
  return count;
}

struct Claim {
  int quantity = -1;         // index into the document's quantities
  Span clause;               // the clause (or sentence) the figure stands in
  Atom speaker;       // canonical name / group / role; "" = narration
  Atom speaker_role;
  Atom counted;       // normalised counted noun ("civilians")
  Atom state;         // "sheltering", "evacuated", "killed", … ; "" = unknown
  Atom place;         // "Azovstal", "Mariupol", … ; "" = unknown
  Atom measure;       // readable key: "civilians sheltering in Azovstal"
  Atom time;          // when the figure holds, at its own grain: "2014" (a year),
                             // "2014-05" (a month), "2014-05-03" (a day), "A/B" (days A to B
                             // inclusive: a week, a range); "" = the figure carries no date
  Atom as_of;         // when the source stated it (the report date unless the text
                             // dates the statement), or ""
  int restates = -1;         // index of an earlier claim of this document it restates
  // Added by the claims work (docs/LEDGER.md):
  Atom counted_lemma; // base form of the counted noun ("civilian"), "" = none
  Atom group;         // lexicon class of the counted noun ("civilian", "combatant",
                             // "child", "person", …), "" = not in the lexicon
  Atom state_word;    // the cue the state came from ("hunkered down"), "" = none
  Atom place_kind;    // "facility" | "settlement" | "area" | "" (unknown)
  Atom place_text;    // the place as written ("the steel plant"), "" = none
  bool place_named = false;  // `place` is a name ("Azovstal"), not only a phrase
  int part_of = -1;          // index of the claim whose figure this one is a part of
                             // ("a group of 25" inside "a total of 46"), or -1
  // What the figure measures beyond counted/state/place (frame_what.h):
  Atom kind = CountKind();  // "count", "money", "percent", "ratio", "age", "magnitude", or a unit dimension
                             // ("length", "speed", "duration", …)
  Atom unit;          // the figure's unit ("USD", "km", "%"), "" for plain counts
  Atom qualifiers;    // words that make it another measure ("critical", "more", "part",
                             // "saudi"), sorted, space-joined; "" = none
  Atom predicate;     // base form of the figure's own verb ("kill", "demand"), "" = none
  Atom holder;        // whose figure it is ("Cesar Sayoc" in "Cesar Sayoc, 56,"), "" = none
  Atom landmark;      // a distance's reference place ("Manokwari"), "" = none
  Atom topic;         // what a sum or share is of ("federal taxes" in "$43m in federal
                             // taxes", "effective tax rate" in "a rate of 35%"), "" = none
  Atom coordinated;   // nouns of people joined to the counted noun in its phrase, base forms,
                             // space-joined ("faculty" in "90 faculty and administrators",
                             // "administrator" in "90 professors and administrators"), "" = none
  Atom poll;          // the poll or survey a share or a poll's own figure belongs to, by its
                             // owner, lower-case ("ap-gfk", "fox news", "quinnipiac university",
                             // "exit"), "" = none named (claims/frame_what.h FindPoll)
  Atom rival;         // a margin's other side, the one it is measured against ("Sanders" in "a
                             // 16-point margin over Sanders"); "" = none (claims/frame_what.h MarginRival)
  std::vector<Atom> context;  // content words near the figure, base forms, sorted unique
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
