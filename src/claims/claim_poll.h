// Shares and polls: one step of BuildClaims (claims/claim.h), public so the
// rules can be read and tested apart. Pure: thread-safe.
//
// Contract: ReadSharePredicate gives a share of people (a counted noun of
// people or a group, or a sub-population "among-…") the verb of its own
// clause as predicate, read through a verb of saying ("say they would
// consider" -> consider), else the verb its people are the agent of.
// ReadClaimPoll makes a poll's own figures (its sample, its margin of
// error: PollFigureKind) measures of their own kinds, with no state,
// predicate or topic, and gives a share or a poll's figure the poll its
// sentence or the two before it name (FindPoll); a share of people (or of
// no noun) and a poll's own figures with none named there belong to the
// poll the report names most (FindDocumentPoll, read once per document
// into `DocumentPoll`). Two polls' figures are two measures (the ledger's
// poll test).
#ifndef CROSSCHECK_CLAIMS_CLAIM_POLL_H_
#define CROSSCHECK_CLAIMS_CLAIM_POLL_H_

#include <string>
#include <string_view>

#include "claims/claim.h"
#include "claims/frame.h"
#include "claims/lexicon.h"
#include "core/span.h"
#include "segment/segmenter.h"

namespace crosscheck {

// The figure with tokens `own` (its counted noun ending at `counted_end`)
// in `clause`; its kind, counted noun and qualifiers read.
void ReadSharePredicate(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                        int counted_end, TokenRange clause, Claim* claim);

// The poll a document names most, read on first use.
struct DocumentPoll {
  std::string poll;
  bool read = false;
};

// The figure with tokens `own` in sentence `sentence` (-1 none) spanning
// `sentence_span`.
void ReadClaimPoll(std::string_view text, const Segmentation& seg, const Lexicon& lex, int sentence,
                   Span sentence_span, TokenRange own, DocumentPoll* doc_poll, Claim* claim);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_CLAIM_POLL_H_
