// Scoring quote speakers against PolNeAR (../shared/corpora/polnear-train-dev,
// research use: read in place, never copied). docs/ATTRIBUTION.md states the
// protocol; in short:
//  - one annotator per article (the first .ann file in name order);
//  - a gold direct quote is an attribution whose Content opens with a
//    quotation mark; our quote for it is the direct quote overlapping that
//    Content most;
//  - named sources (a capitalised word that is not a title, a determiner or
//    a sentence-initial common word) are right when our speaker names the
//    same person or body: its last name word occurs in the source up to the
//    source's first comma, and a first name, if both have one, agrees
//    ("Trump" = "Donald Trump", "Eric Trump" != "Donald Trump");
//  - pronoun sources are scored by their referent, from a hand-annotated
//    gold file (tests/gold/polnear_*_pronoun_referents.tsv), with the same
//    name test; a pronoun source with no row there (train has more than it
//    annotates) or whose referent the article never names ("-") is left
//    out of the score and of the errors, and counted in
//    `pronoun_unannotated`;
//  - definite descriptions ("the Florida senator": "the", no comma, a
//    lower-case head, a capitalised word after "the") are named sources
//    scored by their referent, from a hand-annotated gold file
//    (tests/gold/polnear_*_description_referents.tsv), with the same name
//    test; a row whose referent is "-" (the phrase names no one the article
//    names) is scored as written. The old rule (every description scored
//    as written, so "Marco Rubio" was compared with "Florida") is kept in
//    `named_right_as_written`, so both can be reported side by side;
//  - a source that names the outlet or document our quote records as
//    `via` ("“…,” Sanders said, according to CNN": PolNeAR's source is
//    CNN, ours Sanders via CNN) is right (session 14; counted apart in
//    `named_via`);
//  - other sources ("a union spokesman", "the newspaper") are reported,
//    right when one phrase contains the other, case-folded.
// A gold quote we did not find, or found without a speaker, is wrong.
// Pure function of the files; not thread-safe only in that it reads files.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_POLNEAR_EVAL_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_POLNEAR_EVAL_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "recognize/entity/entity.h"

namespace crosscheck {

struct SpeakerScore {
  int named = 0, named_right = 0;
  int named_via = 0;  // named sources right by the quote's `via` ("X said, according to CNN": CNN), not its speaker
  int named_right_as_written = 0;  // the pre-session-13 scorer: descriptions as written, no relative-clause cut
  int descriptions = 0, descriptions_right = 0;  // named sources scored by a description referent
  int pronoun = 0, pronoun_right = 0;
  // Pronoun sources with no row in the referent gold (not annotated yet) or
  // a "-" row (the referent is never named): left out of `pronoun` and of
  // the errors, counted here so the selection is visible.
  int pronoun_unannotated = 0;
  int other = 0, other_right = 0;
  int not_found = 0;                // gold quotes with no overlapping direct quote of ours
  std::vector<std::string> errors;  // "doc offset: gold 'X', ours 'Y'" (+ " [other]"), for error analysis
  double NamedAccuracy() const { return named ? static_cast<double>(named_right) / named : 0; }
  double PronounAccuracy() const { return pronoun ? static_cast<double>(pronoun_right) / pronoun : 0; }
};

// `split_dir` holds text/ and attributions/ (e.g. .../polnear-train-dev/dev);
// `referents` is the pronoun gold for that split ("" = score no pronouns);
// `descriptions` the description gold ("" = every description scored as
// written; otherwise every description source of the split must have a row:
// an Error names the first one missing); `ner` supplies entities (may be
// null: no entities).
Result<SpeakerScore> ScorePolnearSpeakers(const std::string& split_dir, const std::string& referents,
                                          const std::string& descriptions, const EntityRecognizer* ner);

// True when a PolNeAR source is a definite description by the rule above.
bool IsDefiniteDescription(std::string_view source);

// The name test above: true when `speaker` names who `gold` names. A
// relative clause ("Sen. Jim Whelan who represents Atlantic City") is cut
// from both before the test (session 13).
bool SameSpeaker(std::string_view speaker, std::string_view gold);
// The name test as it was before session 13 (no relative-clause cut), for
// the side-by-side figure.
bool SameSpeakerBeforeSession13(std::string_view speaker, std::string_view gold);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_POLNEAR_EVAL_H_
