// Attribution cues of one sentence: "X said", "…,” said X", "X told Y that",
// "according to X", "by X's estimate", "X said, citing Y", "he added",
// "X posted on Telegram", "was quoted as saying"; each with its speaker
// phrase and the clause it reports.
//
// Pure function of a TokenView; thread-safe. Cues come back in text order;
// their clauses do not overlap (a clause ends where the next cue begins).
// This is the cue finder; what a verb cue reports (its clause, a cited
// source, the outlet it came via) is read by reported_clause.h.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_CUES_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_CUES_H_

#include <string>
#include <string_view>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/quote/speaker_phrase.h"
#include "recognize/quote/token_view.h"

namespace crosscheck {

struct Cue {
  int sentence = -1;
  int cue_b = -1, cue_e = -1;  // tokens of the cue words ("said", "according to", "by … estimate")
  std::string cue;             // the cue as written, lowercased ("said", "according to")
  SpeakerPhrase speaker;
  SpeakerPhrase cited;         // "…, citing Y": Y; kind kNone when absent
  SpeakerPhrase via;           // "X said, according to Y": Y, who reported X's words; kNone when absent
  bool inverted = false;       // speaker after the verb ("said X", "according to X")
  bool borrowed = false;       // "…, adding …": speaker taken from the cue before
  int first = -1, last = -1;   // tokens of cue + speaker, half-open
  int clause_b = -1, clause_e = -1;  // tokens of the reported clause, half-open (may be empty)
};

// The subject at the start of sentence tokens [tb, te): skips an opening
// adverbial ("In typical fashion, she …", "Meanwhile, X …", "Speaking in
// Salem, X …") up to its comma; the phrase must be followed by a word (its
// verb). kind kNone when there is none.
SpeakerPhrase SentenceSubject(const TokenView& tv, int tb, int te, const std::vector<Entity>& entities);

// Nouns of saying that name their source after "from" or "by" and their
// content after "that" ("warnings from the administration that …"): such a
// noun is the cue word of a cue.
bool IsSayingNoun(std::string_view w);

// Cues of sentence `s`, in text order.
std::vector<Cue> FindCues(const TokenView& tv, int s, const std::vector<Entity>& entities);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_CUES_H_
