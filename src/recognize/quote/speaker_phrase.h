// Speaker phrases: the noun phrase next to a cue that names who speaks, read
// from the tokens alone (no parser, no NER needed), and classified as a
// person name, an organisation or government, a group or role as written,
// or a pronoun.
//
//   "the head of Ukraine’s presidential office, Andriy Yermak," -> person
//        "Andriy Yermak", role "head of Ukraine’s presidential office"
//   "Pentagon spokesman John Kirby"  -> person "John Kirby", role "Pentagon spokesman"
//   "Russia’s defence ministry"      -> organisation, as written
//   "Ukrainian officials", "a soldier", "her father" -> group/role, as written
//   "he", "they"                     -> pronoun (resolved later, see resolve.h)
//
// Pure functions of a TokenView; thread-safe. Token ranges are half-open
// [b, e) and stay inside one sentence.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_PHRASE_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_PHRASE_H_

#include <string>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/quote/token_view.h"

namespace crosscheck {

enum class SpeakerKind { kNone, kPerson, kOrg, kGroup, kPronoun };

struct SpeakerPhrase {
  SpeakerKind kind = SpeakerKind::kNone;
  int b = -1, e = -1;            // all tokens of the phrase, apposition included
  int name_b = -1, name_e = -1;  // tokens of the name or head that `text` comes from
  std::string text;              // person: the name; others: the phrase as written
  std::string role;              // description, leading article dropped; "" = none
  std::string head;              // lowercased head noun ("commander"), for coreference
  bool definite = false;         // "the commander": may corefer with a named speaker
  bool indefinite = false;       // "an Azov regiment commander": may be named later
  bool surname_only = false;     // a single-word person name ("Heller")
  bool open_head = false;        // head outside the role lexicon ("the email", "a strategist"):
                                 // kept as written unless an earlier speaker has the same head
  std::vector<std::string> conjuncts;  // "Zadan and Meron" -> {"Zadan", "Meron"}
  int entity = -1;               // index of an overlapping entity, or -1

  bool ok() const { return kind != SpeakerKind::kNone; }
};

// The speaker phrase that ends at token `end` - 1 (the word before a cue
// verb, after the caller skipped adverbs), not reaching before `floor`.
// Understands apposition ("X, an adviser to Y," / "the head of Z, X,").
SpeakerPhrase ParseLeftSpeaker(const TokenView& tv, int end, int floor,
                               const std::vector<Entity>& entities);

// The speaker phrase that starts at token `begin` (after an inverted cue
// "said", or after "according to"), not reaching `ceiling`.
SpeakerPhrase ParseRightSpeaker(const TokenView& tv, int begin, int ceiling,
                                const std::vector<Entity>& entities);

// Classifies tokens [b, e) as one phrase (no apposition).
SpeakerPhrase ClassifyChunk(const TokenView& tv, int b, int e, const std::vector<Entity>& entities);

// Words that may name a person in running text: a run of 2-4 capitalised
// tokens that is no organisation or place ("Denis Prokopenko"). Appends
// [b, e) ranges found in tokens [b, e) of one sentence.
void FindPersonNames(const TokenView& tv, int b, int e, std::vector<std::pair<int, int>>* out);

// Head nouns of documents that carry someone's words ("statement",
// "letter", "tweet"), lowercased.
bool IsDocumentNoun(std::string_view lower);

// Text of name tokens [b, e), a possessive ending on the last one dropped
// ("Vladimir Putin’s" -> "Vladimir Putin").
std::string NameText(const TokenView& tv, int b, int e);

// Text of tokens [b, e) with a leading article or possessive determiner
// ("a", "an", "the", "his", "their") dropped.
std::string WithoutArticle(const TokenView& tv, int b, int e);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_PHRASE_H_
