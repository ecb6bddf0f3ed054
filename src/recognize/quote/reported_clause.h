// Internal to the quote module: the reported clause of a verb cue — what a
// speech verb reports, once FindCues (cues.cc) has found the verb and its
// speaker. Reads, right of the cue: "that", a hearer after "told", a
// ", citing Y" source (Cue::cited), an outlet or document that reported the
// words ("…, Sanders said, according to CNN": Cue::via), a hearer or topic
// ("said to Ms. Lee", "spoke of the campaign": nothing reported on the
// right unless a quote follows), a question after the person asked ("asked
// Mook if …": the clause starts at "if"/"whether"); else, left of a fronted
// or inverted cue ("…, a Ukrainian official said"), what precedes it.
//
// Pure function of a TokenView; thread-safe. Not a public API.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_REPORTED_CLAUSE_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_REPORTED_CLAUSE_H_

#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/quote/cues.h"
#include "recognize/quote/lexicon.h"
#include "recognize/quote/token_view.h"

namespace crosscheck::reported_clause {

// Sets c->cited, c->via, c->clause_b and c->clause_e of a verb cue in the
// sentence [tb, te) whose body (before its closing punctuation) ends at
// body_e. Preconditions: c->cue_b, c->cue (lowercase), c->speaker,
// c->inverted, c->borrowed, c->first and c->last are set; `kind` is the
// cue's verb class; `frame_verb` says the verb only frames a quote (then
// the clause is empty). Postcondition: clause_b <= clause_e, both within
// [tb, body_e]. Returns false when the verb takes a noun phrase object and
// reports no speech ("Clinton maintains a wide lead", "praised the editor
// at a press conference", "asked him a question"): the caller drops the cue.
bool Read(const TokenView& tv, int tb, int te, int body_e, quote_lexicon::VerbKind kind, bool frame_verb,
          const std::vector<Entity>& entities, Cue* c);

// Empties or shortens a clause read right of its cue that is only an
// adjunct: a time phrase before the words reported is cut ("reported on
// Saturday, he has …"); a short prepositional phrase with no clause word
// ("said at the outset", "responded with"), one adverb ("said twice") or
// nothing left is no clause. FindCues calls it again after cutting a clause
// where the next cue starts.
void TrimAdjuncts(const TokenView& tv, Cue* c);

}  // namespace crosscheck::reported_clause

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_REPORTED_CLAUSE_H_
