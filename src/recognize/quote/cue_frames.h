// Internal to the quote module: the shapes a cue scan tests around a speech
// verb — dashes and quote marks next to a phrase, the verb-like shape of an
// unknown word, an aside between a subject and its verb, a hearer after
// "told", "as X put it" — and the subject phrase of a sentence
// (SentenceSubject, declared in cues.h). FindCues (cues.cc) composes them in
// its left-to-right scan. Pure functions of a TokenView; thread-safe. Not a
// public API.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_CUE_FRAMES_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_CUE_FRAMES_H_

#include <string_view>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/quote/cues.h"
#include "recognize/quote/speaker_phrase.h"
#include "recognize/quote/token_view.h"

namespace crosscheck::cue_frames {

// A dash token: em dash, en dash, "--" or a lone hyphen.
bool IsDash(const TokenView& tv, int i);

// True when a quote mark stands right before tokens [b, e) in the same
// sentence (after at most a comma or colon: "…,” Bolton charged"; not the
// mark closing the sentence before) or right after them ("Bolton scoffed:
// “…”", "Bolton scoffed, “…”"; any sentence).
bool QuoteTouches(const TokenView& tv, int tb, int b, int e);

// A quote mark (of `marks`, sorted) within ten tokens before or two after i.
bool NearMark(const std::vector<int>& marks, int i);

// A quote mark within the eight tokens before i (a frame verb follows its
// quote's closing mark and, at most, the speaker).
bool MarkBefore(const std::vector<int>& marks, int i);

// A lowercase word in -ing of more than four letters ("saying", "adding").
bool IsGerund(std::string_view lw);

// A form of "be" or "have" (an auxiliary, never a speech verb).
bool IsBe(std::string_view lw);
// IsBe, "do", or a modal ("will", "could", "must", …).
bool IsAuxiliaryOrModal(std::string_view lw);

// An adverb in -ly between a speaker and its verb ("Trump jokingly said");
// not a noun ("the family said", "a close ally said").
bool IsLyAdverb(const TokenView& tv, int j, int tb);

// "Smith, delivering Cross’ speech, asked …", "Reid, who had …, said":
// the sentence's subject before a comma-fenced aside that opens with a
// relative pronoun or a gerund and ends at the comma `j` before the cue.
SpeakerPhrase SubjectBeforeAside(const TokenView& tv, int tb, int j, const std::vector<Entity>& entities);

// Skips hearer words after "told": "told The Post", "told a judge", "told him".
int SkipHearer(const TokenView& tv, int a, int te);

// A speech verb in [b, e) that is no cue of its own (its speaker was not
// found next to it, or it does not touch the quote): "Sanders asks at
// Western High School, “…”", "X went on to say, “…”", "put it".
// Returns its index, or -1.
int SpeechVerbIn(const TokenView& tv, int b, int e);

bool AllCaps(std::string_view w);

// Token i of the sentence [tb, te), a cue word of the lexicon, is used
// here as no report (not_a_cue.cc): a participle in a reduced relative
// before a finite verb of saying ("A statement posted on the website …
// said"), "add to" a thing ("adds to the drama"), a modal perfect ("if he
// would have told her").
bool NoReportAt(const TokenView& tv, int tb, int te, int i);

// A closing quote mark: the end of a closed quotation region.
bool IsClosingMark(const TokenView& tv, int k);

// The frame of speech around a verb no list knows ("fumed", "riffed",
// "shot back", "beamed", "concluded"): a quote that closes on a comma, a
// question or an exclamation mark, then the speaker and the verb in either
// order (“…,” Toomey fumed on Tuesday. / “…!” beamed Donald Hartley.). The
// quote's own punctuation says it stops mid-sentence, so what follows names
// who spoke. `first` is the first token of speaker-and-verb.
bool AfterSpeechQuote(const TokenView& tv, int first);

// A past-tense verb by its shape: a lowercase word in -ed, or one of the
// irregular pasts that introduce speech ("shot back", "wrote", "went on").
bool PastVerbShape(const TokenView& tv, int i);

// A present-tense verb in -s by its shape ("Prager continues, “…”"); only
// ever read right after a subject and right before ", “".
bool PresentVerbShape(const TokenView& tv, int i);

// What may follow a frame verb: the end of the sentence, a comma, a
// particle or a circumstance ("back", "on Tuesday", "with a laugh",
// "matter-of-factly"), never an object noun phrase.
bool FrameVerbEnds(const TokenView& tv, int a, int te);

// "As X put it," / "As X put it:" (also "But as X pointed out,", "…, as X
// put it,"), but not "As the crowd began to chant,": X, the phrase between
// "as" and the speech verb v; kNone otherwise.
SpeakerPhrase AsSpeaker(const TokenView& tv, int tb, int v, const std::vector<Entity>& entities);

void TrimClause(const TokenView& tv, Cue* c);

}  // namespace crosscheck::cue_frames

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_CUE_FRAMES_H_
