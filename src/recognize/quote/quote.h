// Quotes and attribution: direct and indirect speech with its speaker, the
// speaker's role, and the cue; and, for any span of a document (a figure),
// who says it. See docs/ATTRIBUTION.md for the rules and their measured
// accuracy.
//
// RecognizeQuotes works from the text alone — capitalised names next to
// cues, possessive organisations ("Russia’s defence ministry"), groups
// ("Ukrainian officials"), roles ("a soldier"), pronouns resolved to the
// last compatible named speaker — and prefers an overlapping entity's
// canonical name when `entities` is not empty.
//
// Invariants: quotes are sorted by start (a direct quote before an indirect
// record starting at the same byte); a direct quote's span is the quoted
// text without its marks; an indirect record's span is the reported clause;
// speaker == "" only for an unattributed direct quote of five words or more.
// Pure functions: thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_H_

#include <string>
#include <vector>

#include "core/atom.h"
#include "core/document.h"
#include "core/json_util.h"
#include "core/span.h"
#include "recognize/entity/entity.h"
#include "segment/segmenter.h"

namespace crosscheck {

// The strings are atoms (interned, 8 bytes each; core/atom.h): a long
// document has a quote every few dozen bytes, and its few speakers and cues
// recur in all of them.
struct Quote {
  Span span;                 // the quoted content (direct) or reported clause (indirect)
  bool direct = true;
  Atom speaker;              // canonical name, group or role as written; "" = narration
  Atom speaker_role;         // "Azov regiment commander", "" = none
  int speaker_entity = -1;   // index into the document's entities, or -1
  Atom cue;                  // "said", "according to", … ; "" = none
  Span cue_span;
  Span speaker_span;         // where the speaker is named (or the pronoun), may be empty
  Atom cited;                // "X said, citing Y": Y as written; "" = none
  Atom via;                  // "X said, according to Y": Y as written, the outlet or
                             // document that reported X's words; "" = none
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

// Who says what stands at `span` (usually a quantity's span): the smallest
// quote or reported clause of `quotes` (from RecognizeQuotes on the same
// document) that contains it; otherwise narration with the sentence as clause.
Attribution Attribute(const Document& doc, const Segmentation& seg,
                      const std::vector<Quote>& quotes, Span span);

// The key under which the quotes of different reports belong to one speaker:
// NameVariantKey (entity/name_text.h) of the speaker as written, after a
// leading "the". Spelling variants of one name meet ("Volodymyr Zelensky" /
// "Volodymyr Zelenskyy", "Vadym Boichenko" / "Vadym Boychenko"), as do
// case variants of a group ("Experts" / "experts") and "the Kremlin" /
// "Kremlin"; a group and a person ("Ukrainian officials" / "a Ukrainian
// official") stay apart. "" for narration ("").
std::string SpeakerGroupKey(std::string_view speaker);

// The `quotes` record of docs/OUTPUT.md for quotes[i] of `doc` (plus "cited").
Json QuoteToJson(const Document& doc, const std::vector<Quote>& quotes, size_t i);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_H_
