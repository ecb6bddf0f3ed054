// Word-level tests of the speaker-phrase reader (speaker_phrase.h): is a
// token a name word, a possible head, a plain noun, a phrase-internal
// preposition, part of a split word or possessive, a party-state tag?
// Internal to the quote module (speaker_grow.cc, speaker_classify.cc,
// speaker_entity.cc, speaker_phrase.cc); not a public API.
//
// Contract: pure functions of a TokenView and token indices; an index out
// of [0, tv.size()) is never read (callers pass valid indices; the
// predicates that look at i - 1 or i + 1 check bounds themselves).
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_WORDS_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_WORDS_H_

#include <string>
#include <string_view>

#include "recognize/quote/lexicon.h"
#include "recognize/quote/token_view.h"

namespace crosscheck::speaker_words {

// `s` with ASCII capitals lowered (other bytes as they are).
inline std::string AsciiLower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

// s ends with suf.
inline bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

// A capitalised word that can be part of a name (not "The", "But", "In"):
// no determiner, clause word, pronoun, cue verb or time word. Inline (with
// EndsWith, IsVerbish and HeadOk): they run for most tokens of every
// speaker phrase, from several files since the split.
inline bool IsNameToken(const TokenView& tv, int i) {
  namespace lx = quote_lexicon;
  if (!tv.IsCap(i)) return false;
  if (tv.Has(i, lx::kGovernment) || tv.Has(i, lx::kTitle)) return true;
  if (tv.Has(i, lx::kDeterminer) || tv.Has(i, lx::kBoundary) || tv.Has(i, lx::kPronoun)) return false;
  if (lx::VerbOf(tv.Classes(i)) != lx::VerbKind::kNone) return false;
  if (tv.Has(i, lx::kTime)) return false;
  // A negated auxiliary ("Isn't", "Won't" in a title-case headline) is a
  // verb, never part of a name.
  const std::string_view lw = tv.Lower(i);
  if (lw.size() > 3 && lw.back() == 't' &&
      (lw.ends_with("n't") || lw.ends_with("n\xE2\x80\x99t")))
    return false;
  return true;
}

// A lower-case word shaped like a participle (-ed, -ing, more than four letters).
inline bool IsVerbish(std::string_view lw) {
  return (EndsWith(lw, "ed") || EndsWith(lw, "ing")) && lw.size() > 4;
}

// A name word or a role noun of the lexicon.
inline bool HeadOk(const TokenView& tv, int i) {
  if (!tv.IsWord(i)) return false;
  return IsNameToken(tv, i) || tv.Has(i, quote_lexicon::kRole);
}

// A word that may end a speaker phrase: a name, a role noun, or a plain
// lower-case noun whose phrase has its head before a preposition ("the wife
// of one commander at the plant"); ClassifyChunk has the last word.
bool HeadCandidate(const TokenView& tv, int i);

// A lower-case word that can head a noun phrase outside the role lexicon
// ("email", "strategist", "narrator"): no function word, verb form,
// adverb in -ly, participle or number.
bool IsOpenNoun(const TokenView& tv, int i);

// A preposition inside a speaker phrase ("head of", "adviser to"); "by"
// counts after a document noun ("a statement by the governor").
bool IsPhrasePrep(const TokenView& tv, int i);

// Capitals, dots and "&" only, two characters or more ("NBC", "U.S.").
bool IsAcronym(std::string_view w);
// The sex a form of address before the name opening at token name_b says
// ("Mr." 'm'; "Mrs.", "Ms.", "Miss" 'f'), else 0.
char AddressGender(const TokenView& tv, int name_b);

// An irregular past participle ("taken", "given", "written"): after a
// name it ends the name's phrase ("a national Gallup Poll | taken …").
bool IsIrregularParticiple(std::string_view lw);

// A common irregular past-tense verb whose form is no noun or adjective
// ("met", "took", "gave"; not "cut", "set", "put", "hit"), a closed class
// of English listed by hand.
bool IsIrregularPast(std::string_view lw);

// A token of digits only (at most 12).
bool IsNumberToken(const TokenView& tv, int i);
// Token i is a month name and a number follows it ("April 1 interview",
// "June 30"): a date, no person, whatever a tagger or the name's shape says.
bool MonthBeforeNumber(const TokenView& tv, int i);

// A hyphen glued to a word (or number) on each side ("vice-presidential",
// "46-year-old" when the tokenizer splits it): part of one word.
bool GluedHyphen(const TokenView& tv, int i);

// The apostrophe of a plural or s-final possessive that the tokenizer split
// off ("Sanders’ campaign manager" = [Sanders] [’] [campaign] …): glued to
// a word in s, then a space and a word.
bool SplitPossessiveMark(const TokenView& tv, int i);

// A party and state after a legislator's name, fenced by commas: "R-Ky.",
// "D-N.Y.", "I-Vt." (tokens [b, e)).
bool IsPartyState(const TokenView& tv, int b, int e);

}  // namespace crosscheck::speaker_words

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_WORDS_H_
