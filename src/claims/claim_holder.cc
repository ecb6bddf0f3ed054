// Whose figure it is (claims/claim_holder.h).
#include "claims/claim_holder.h"

#include <string>

#include "claims/claim_qualifiers.h"
#include "claims/claim_window.h"
#include "claims/frame_what.h"

namespace crosscheck {

void ReadClaimHolder(const ClaimInputs& in, const Lexicon& lex, const Quantity& q, TokenRange own, TokenRange clause,
                     Span counted_span, bool offspring, bool turned_age, Claim* claim) {
  Claim& c = *claim;
  const std::string& text = in.doc.text;
  const Segmentation& seg = in.seg;
  // A parent's children ("Zurana Horton, a mother of 12") are the
  // parent's: a name after the figure ("mom of 12 Andrew Lopez, 20 was
  // found guilty", a headline run into its first line) is not their holder.
  c.holder = FindHolder(text, seg, in.entities, own, clause, /*name_after=*/!offspring);
  const bool record_side = q.tally_side == "wins" || q.tally_side == "losses";
  // A record told in a parenthesis or apposition right after a name
  // ("Velko (14-2, 9 KOs)": the number layer's cue is that name) is the
  // named one's, both its sides.
  if (c.holder.empty() && record_side && !q.counted_span.empty()) {
    for (const Entity& e : in.entities)
      if (e.span.start <= q.counted_span.start && e.span.end >= q.counted_span.end &&
          (e.type == EntityType::kPerson || e.type == EntityType::kOrganization))
        c.holder = e.name;
  }
  // An age reached in a relative clause is its antecedent's ("Okafor,
  // who turns 32 in May").
  if (turned_age && c.holder.empty()) c.holder = RelativeAntecedent(text, seg, in.entities, own);
  // An age reached is a birthday, another measure than the age a person
  // is said to be ("Okafor, who turns 32 in May" beside "Okafor, 31,").
  if (turned_age) c.qualifiers = AddQualifierWord(std::string(c.qualifiers), "reached");
  // Things counted are someone's when a name owns them ("20,000 DNC
  // emails", "emails from Clinton's private server"): two owners are two
  // sets of things, whatever the value (the ledger's holder test).
  if (c.holder.empty() && c.kind == "count" && !c.counted_lemma.empty() && c.group.empty() &&
      !counted_span.empty() && counted_span.start >= q.span.end) {
    const char kind = lex.NounKind(c.counted_lemma);
    if (kind != 'p' && kind != 'g')
      c.holder = FindOwner(text, seg, in.entities, own, TokensIn(seg, counted_span), clause);
  }
  // A margin's sides: the one it is measured against and, told with
  // "by", the one ahead ("Sanders wins by 10 points").
  if ((" " + std::string(c.qualifiers) + " ").find(" margin ") != std::string::npos) {
    c.rival = MarginRival(text, seg, in.entities, own, clause);
    if (c.holder.empty()) c.holder = MarginLeader(text, seg, in.entities, own, clause);
  }
}

bool ReadSubjectHolder(const ClaimInputs& in, const Lexicon& lex, TokenRange own, TokenRange clause,
                       const std::vector<Claim>& out, bool last_subject_held, int last_own_end, Claim* claim) {
  Claim& c = *claim;
  const std::string& text = in.doc.text;
  const Segmentation& seg = in.seg;
  // Whose figure it is when nothing at the figure names it: the subject
  // of its verb ("The Nationals have bid $160 million", "Miller is
  // averaging 15.5 points"; claims/frame_what.h). Not an age (its holder
  // is the person named at it), not a magnitude (the quake's), and not a
  // bare count, a count in a state, or a count of people, animals,
  // things or messages (WordNet's kinds in nouns.tsv): those are the
  // event's participants and objects, and its agent is named many ways
  // ("the Navy confiscated 14 rifles", "INS Sukanya seized 14 rifles";
  // "police arrested five men"). A count of what the subject achieves or
  // does ("13 homers", "two contract extensions") is the subject's. A
  // figure joined to the one before it ("an eight-year, $160 million
  // offer", "13 homers and 43 RBIs", "the Orioles (seven years, $150
  // million)") shares that figure's holder. A count that measures the noun
  // it modifies ("took the 35-word oath", "battled a five-alarm fire": its
  // topic) sizes that thing; the subject acts on it and owns no part of
  // the count, so "Quist took the 35-word oath" and "Judge Pike
  // administered the 35-word oath" tell one oath.
  //
  // A count of people or groups that its verb says the subject has, gets
  // or wins (WordNet's verbs of possession and competition: "Rivera has
  // won 120 delegates", "Ortiz will receive at least 40") is the subject's
  // all the same: the subject holds them, it does not act on them, and two
  // subjects holding a count are two measures.
  if (c.kind == "count" && !c.topic.empty()) return false;
  // A record's losses, right after its wins ("improved to 14-2"), are the
  // wins' holder's.
  if (c.holder.empty() && !out.empty() && last_own_end >= 0 && own.begin <= last_own_end + 2 &&
      (" " + std::string(c.qualifiers) + " ").find(" losses ") != std::string::npos &&
      (" " + std::string(out.back().qualifiers) + " ").find(" wins ") != std::string::npos) {
    c.holder = out.back().holder;
    return !c.holder.empty();
  }
  // Only people and groups: things taken ("the Navy confiscated 14
  // rifles") stay the event's, whose agent is named many ways.
  const char counted_kind = c.kind == "count" ? lex.NounKind(c.counted_lemma) : '\0';
  const bool held = (counted_kind == 'p' || counted_kind == 'g') && c.state.empty() && !c.predicate.empty() &&
                    lex.IsVerbOfHaving(c.predicate);
  if (c.holder.empty() && c.kind != "age" && c.kind != "magnitude" &&
      (held || !(c.kind == "count" && (c.counted.empty() || !c.state.empty() ||
                                       lex.NounKind(c.counted_lemma) != '\0')))) {
    if (!out.empty() && last_subject_held && last_own_end >= 0 &&
        JoinedAfter(text, seg, last_own_end, own.begin)) {
      c.holder = out.back().holder;
    } else {
      c.holder = FindSubjectHolder(text, seg, lex, in.entities, own, clause);
      // Held in a relative clause: "Cruz (who has 231 delegates)".
      if (c.holder.empty() && held) c.holder = RelativeAntecedent(text, seg, in.entities, own, &lex);
    }
  }
  return !c.holder.empty() && c.kind != "age";
}

}  // namespace crosscheck
