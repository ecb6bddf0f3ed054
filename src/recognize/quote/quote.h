// Quotes and attribution: direct and indirect speech with its speaker, the
// speaker's role, and the cue. (Owned by the attribution work: see
// docs/ATTRIBUTION.md.) Pure function: thread-safe. Sorted by start.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_H_

#include <string>
#include <vector>

#include "core/document.h"
#include "core/json_util.h"
#include "core/span.h"
#include "recognize/entity/entity.h"
#include "segment/segmenter.h"

namespace crosscheck {

struct Quote {
  Span span;                 // the quoted content (direct) or reported clause (indirect)
  bool direct = true;
  std::string speaker;       // canonical name, group or role as written; "" = narration
  std::string speaker_role;  // "Azov regiment commander", "" = none
  int speaker_entity = -1;   // index into the document's entities, or -1
  std::string cue;           // "said", "according to", … ; "" = none
  Span cue_span;
  Span speaker_span;         // where the speaker is named (or the pronoun), may be empty
};

// Attribution of an arbitrary span (a figure): the speaker of the quote or
// attributed clause containing it.
struct Attribution {
  std::string speaker;       // "" = the outlet's own narration
  std::string speaker_role;
  int quote = -1;            // index of the quote that carries it, or -1
  Span clause;               // the clause the figure stands in
};

std::vector<Quote> RecognizeQuotes(const Document& doc, const Segmentation& seg,
                                   const std::vector<Entity>& entities);

// Who says what stands at `span` (usually a quantity's span).
Attribution Attribute(const Document& doc, const Segmentation& seg,
                      const std::vector<Quote>& quotes, Span span);

// The `quotes` record of docs/OUTPUT.md for quotes[i] of `doc`.
Json QuoteToJson(const Document& doc, const std::vector<Quote>& quotes, size_t i);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_H_
