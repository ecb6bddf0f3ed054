// Internal to the quote module: the cues FindCues (cues.cc) adds after its
// verb scan, those with no speech verb of their own (a colon or a comma
// before a quote, naming verbs, partial quotes, "X's “…” comment",
// signatures, bracketed outlet tags, reaction sentences). Appends to
// `cues` in text order of each pass; FindCues then ends every clause
// where the next cue begins.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_CUE_LAYOUTS_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_CUE_LAYOUTS_H_

#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/quote/cues.h"
#include "recognize/quote/token_view.h"

namespace crosscheck {

// Sentence s spans tokens [tb, te); body_e is te less trailing punctuation
// that is no quote mark; marks are the quote marks in and around it.
void AddLayoutCues(const TokenView& tv, int s, int tb, int te, int body_e, const std::vector<int>& marks,
                   const std::vector<Entity>& entities, std::vector<Cue>* cues);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_CUE_LAYOUTS_H_
