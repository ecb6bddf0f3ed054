// Shares and polls (claims/claim_poll.h).
#include "claims/claim_poll.h"

#include <algorithm>

#include "claims/frame_what.h"

namespace crosscheck {

void ReadSharePredicate(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                        int counted_end, TokenRange clause, Claim* claim) {
  Claim& c = *claim;
  // A share of people is a measure together with what the people do or
  // say: the verb of its own clause, read through a verb of saying
  // ("say they would consider" -> consider).
  if (c.kind == "percent" &&
      ((!c.counted_lemma.empty() && (!c.group.empty() || lex.NounKind(c.counted_lemma) == 'p' ||
                                     lex.NounKind(c.counted_lemma) == 'g')) ||
       c.qualifiers.str().find("among-") != std::string::npos)) {
    std::string sp = SharePredicate(text, seg, lex, std::max(own.end, counted_end), clause);
    if (sp.empty()) sp = AgentPredicate(text, seg, lex, own, clause);
    if (!sp.empty()) c.predicate = sp;
  }
}

void ReadClaimPoll(std::string_view text, const Segmentation& seg, const Lexicon& lex, int sentence,
                   Span sentence_span, TokenRange own, DocumentPoll* doc_poll, Claim* claim) {
  Claim& c = *claim;
  // A poll's own figures (its sample, its margin of error) are measures
  // of their own kinds, and a share or a poll's figure belongs to the
  // poll its sentence or the two before it name: two polls' figures are
  // two measures (the ledger's poll test).
  if (sentence >= 0 && (c.kind == "count" || c.kind == "percent")) {
    std::string pk = PollFigureKind(text, seg, own, TokensIn(seg, sentence_span));
    if (!pk.empty()) {
      c.kind = pk;
      c.state.clear();
      c.state_word.clear();
      c.predicate.clear();
      c.topic.clear();
    }
    if (c.kind != "count") c.poll = FindPoll(text, seg, sentence, own);
    // A share of people (or of no noun the frame read) and a poll's own
    // figures are the report's poll's, wherever the report names it.
    const char noun_kind = lex.NounKind(c.counted_lemma);
    if (c.poll.empty() && (c.kind == "sample" || c.kind == "error margin" ||
                           (c.kind == "percent" && (c.counted_lemma.empty() || !c.group.empty() ||
                                                    noun_kind == 'p' || noun_kind == 'g'))))
    {
      if (!doc_poll->read) doc_poll->poll = FindDocumentPoll(text, seg);
      doc_poll->read = true;
      c.poll = doc_poll->poll;
    }
  }
}

}  // namespace crosscheck
