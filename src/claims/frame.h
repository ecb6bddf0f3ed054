// Frame cues: the state word, the place and the time around one figure in a
// clause. Helpers of BuildClaims, public so tests can pin each rule.
//
// A DocPlaces index lists every place phrase of a document (a preposition
// such as in/at/from/inside/beneath followed by a capitalised name or a
// place noun from the lexicon, or a location/facility entity there), with
// the kind each name is known by in the document ("Azovstal" is a facility
// once "Azovstal steelworks" appears). Built once per document; read-only
// afterwards. Pure functions: thread-safe.
#ifndef CROSSCHECK_CLAIMS_FRAME_H_
#define CROSSCHECK_CLAIMS_FRAME_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "claims/lexicon.h"
#include "core/document.h"
#include "core/span.h"
#include "recognize/entity/entity.h"
#include "recognize/time/time_expr.h"
#include "segment/segmenter.h"

namespace crosscheck {

// Half-open range of token indexes.
struct TokenRange {
  int begin = 0;
  int end = 0;
  bool empty() const { return end <= begin; }
};

// Tokens lying inside `span`.
TokenRange TokensIn(const Segmentation& seg, Span span);

struct StateCue {
  std::string cls;   // lexicon state class, "" = none found
  std::string word;  // the cue as written ("hunkered down")
  Span span;
};

// "remaining" at token i picks out the rest of a group ("the court's eight
// remaining members", "the remaining two delegates") and names no state:
// true unless a place follows within five words ("the remaining 200
// civilians inside the plant", "civilians remaining in the tunnels").
bool RemainingPicksOutTheRest(std::string_view text, const Segmentation& seg, int i);

// The state of a figure: a cue inside the figure's own tokens ("500 injured
// troops") first, then the nearest cue after it in `after` (the predicate
// follows its subject), then the nearest before it in `before`. Tokens in
// `skip` (the counted noun) are never cues.
StateCue FindState(std::string_view text, const Segmentation& seg, const Lexicon& lex,
                   TokenRange inside, TokenRange after, TokenRange before, Span skip);

struct PlaceCue {
  std::string name;  // "Azovstal", "" when only a kind is known ("the plant")
  std::string kind;  // "facility" | "settlement" | "area" | ""
  std::string text;  // the phrase as written, preposition excluded
  Span span;
  bool anaphor = false;  // "there": resolved against earlier sentences
  bool found() const { return !name.empty() || !kind.empty() || anaphor; }
};

class DocPlaces {
 public:
  DocPlaces(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
            const Lexicon& lex);
  // The place phrase a trigger token opens (a preposition, a verb of leaving
  // such as "left the plant", or "there"), or a cue with found() == false.
  PlaceCue ParseAt(int trigger_token, int limit_token, bool object_ok) const;
  // The place of a figure: the first place phrase after it in `after`, else
  // the nearest before it in `before`, else the place noun that opens its
  // sentence at token `subject_begin` (-1: none); names resolved (Resolve).
  PlaceCue Find(TokenRange after, TokenRange before, const StateCue& state, int subject_begin = -1) const;
  // Gives an unnamed kind ("the plant") the nearest earlier name of that
  // kind in the document (else the nearest later one), and "there" the last
  // place of an earlier sentence.
  PlaceCue Resolve(PlaceCue cue) const;
  // Matching key of a name: its first word, lowercased ("azovstal").
  static std::string NameKey(std::string_view name);

 private:
  std::string_view Tok(int i) const;
  // Token i lower-cased: the segmentation's shared view (Segmentation::lower).
  std::string_view LowTok(int i) const { return seg_.LowerToken(static_cast<size_t>(i)); }
  bool NamesAReach(int trigger) const;
  bool IsNamedDivision(int i, int limit) const;
  // The lexicon's place kind of token i, or "area" for a named division.
  std::string KindOf(int i, int limit) const;
  bool IsCapitalised(int i) const;
  bool IsNameWord(int i) const;
  // Whether the phrase after the determiner at `trigger` (ParseAt's bounds)
  // holds a capitalised word, without which ParseAt finds no name.
  bool CapitalAfterDeterminer(int trigger, int limit) const;
  std::string_view text_;
  const Segmentation& seg_;
  const std::vector<Entity>& entities_;
  const Lexicon& lex_;
  // Lowercased surnames (last words) of the persons the entity layer names
  // in full in the document: a town's name that is someone's surname here
  // ("Andrew Luck … a 7-yard pass from Luck") is no place.
  std::set<std::string, std::less<>> person_names_;
  // Per sentence, whether it is a title-case headline (every long word
  // capitalised: "Clintons Report Earnings of $139 Million in Seven
  // Years"), where a capital says nothing of a name; and the lowercased
  // words the running text (the other sentences) capitalises past their
  // first word: what a headline's capitals may name.
  std::vector<char> headline_;
  std::set<std::string, std::less<>> body_capitals_;
  bool InHeadline(int token) const;
  std::vector<PlaceCue> all_;               // every place phrase, in text order
  std::map<std::string, std::string> kind_of_name_;  // NameKey -> kind
  // Per kind, the indexes into all_ (ascending) of named places whose usual
  // kind it is: Resolve's candidates, found by binary search.
  std::map<std::string, std::vector<int>> named_of_kind_;
};

// When the figure at `figure` holds: the claim time (claims/time_value.h:
// "2014", "2014-05", "2014-05-03", "2014-05-01/2014-05-03") of the nearest
// date or time expression in `clause`, a range taken whole; else "". With
// `text`, a date behind a relative pronoun or a semicolon is skipped (it
// dates another clause: "… quakes that hit the town in 2002"). With
// `until` (the report date), a date opened by "since" holds from its start
// until then ("paid $43 million since 2007").
std::string FindTime(const Lexicon& lex, const std::vector<TimeMention>& times, Span clause, Span figure,
                     std::string_view text = {}, std::string_view until = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_FRAME_H_
