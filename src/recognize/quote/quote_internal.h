// Internal to the quote module: the pieces RecognizeQuotes assembles —
// resolved cues per sentence, then direct quotes (direct_quotes.cc) and
// indirect speech (indirect_speech.cc) built from them. Not a public API.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_INTERNAL_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_INTERNAL_H_

#include <vector>

#include "recognize/quote/cues.h"
#include "recognize/quote/quote.h"
#include "recognize/quote/resolve.h"
#include "recognize/quote/token_view.h"

namespace crosscheck {

struct ResolvedCue {
  Cue cue;
  ResolvedSpeaker speaker;
  ResolvedSpeaker cited;  // kind kNone when there is no "citing Y"
};

// Cues per sentence (index = sentence).
using CueTable = std::vector<std::vector<ResolvedCue>>;

struct QuoteDraft {
  Quote quote;
  ResolvedSpeaker who;  // kind kNone when unattributed
  int sentence = -1;    // sentence the quote (or clause) starts in
  int open_tok = -1;    // direct: token of the opening mark
  int close_tok = -1;   // direct: token of the closing mark, -1 when unclosed
};

// Fills quote fields from a resolved cue.
void SetSpeaker(const TokenView& tv, const ResolvedCue& c, QuoteDraft* d);
void SetSpeaker(const ResolvedSpeaker& who, QuoteDraft* d);

std::vector<QuoteDraft> FindDirectQuotes(const TokenView& tv, const CueTable& cues);
std::vector<QuoteDraft> FindIndirectSpeech(const TokenView& tv, const CueTable& cues,
                                           const std::vector<QuoteDraft>& direct);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_QUOTE_INTERNAL_H_
