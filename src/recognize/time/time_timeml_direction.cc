// TimeML profile: which way an expression that names no year or week points
// from the report date, where the clause's tense alone misleads (docs/TIME.md
// "Session 29"):
//  - a bare weekday with no tense cue is the nearest such day, as TimeBank
//    dates most such days against the creation time; a weekday that names an
//    event ("Thursday's debate", "Thursday night's debate", "the Thursday
//    vote") is governed by its preposition ("ahead of", "after"); a future
//    clause does not reach back past the day before ("she will build on
//    Thursday night's debate" in Friday's report is yesterday's);
//  - an imperative clause ("Vote on Election Day", "Get out on Saturday",
//    "Join us Friday") is a plea, and a clause with no tense cue whose
//    subject "you" or "we" is followed by a present verb ("that way, on
//    election day, you just hop on a bus") tells of a habit or a plan:
//    what they name lies ahead;
//  - a yearless numeric date used as the name of an event ("since 9/11",
//    "after 7/7") is not this year's day: news write this year's dates with a
//    month name, and a date said in digits alone is one the readers know.
#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {

namespace {

// The word after a weekday (and its part of day) is the possessive "'s", or
// a determiner stands before it: the weekday qualifies an event's noun.
bool NominalWeekday(const Ctx& c, int i, int j) {
  if (c.is(j + 1, "'s")) return true;
  const WordInfo* f = c.info(j + 1);
  if (f && f->part != PartOfDay::kNone && c.is(j + 2, "'s")) return true;
  // "the Thursday debate", "this Thursday's", not "the Thursday before"
  return i == j && c.is(i - 1, "the") && c.word(j + 1) && !c.tok(j + 1).capital && !c.info(j + 1);
}

// The preposition before a nominal weekday: +1 it looks ahead ("ahead of",
// "before", "until", "leading up to", "for"), -1 back ("after", "since",
// "following", "in the wake of"), 0 none.
int PrepositionDirection(const Ctx& c, int i) {
  int p = c.is(i - 1, "the") ? i - 2 : i - 1;
  if (c.is(p, "of") && c.is(p - 1, "ahead")) return 1;
  if (c.is(p, "to") && c.is(p - 1, "up") && c.is(p - 2, "leading")) return 1;
  if (c.is(p, "before") || c.is(p, "until") || c.is(p, "till") || c.is(p, "for")) return 1;
  if (c.is(p, "after") || c.is(p, "since") || c.is(p, "following")) return -1;
  if (c.is(p, "of") && c.is(p - 1, "wake")) return -1;
  return 0;
}

}  // namespace

int WeekdayDirection(const Ctx& c, int i, int j) {
  const int tense = c.ClauseTense(i);
  if (!NominalWeekday(c, i, j)) return tense;
  // An event named by its day: the preposition decides unless the clause's
  // tense says the opposite ("campaigned hard ahead of Tuesday's primary"
  // in a Wednesday report: yesterday's); then, as with no preposition, a
  // past clause is the last one and any other clause the nearest.
  if (const int prep = PrepositionDirection(c, i)) return tense == -prep ? 0 : prep;
  if (tense <= 0) return tense;
  // A future clause looks ahead ("urged Trump to cancel the Monday session",
  // "invited her to Monday night's debate"), but not at the event of the day
  // before or the same day, which the report follows up ("she will build on
  // Thursday night's debate" in Friday's report).
  const int back = c.ref() ? (Weekday(*c.ref()) - c.weekday(j) + 7) % 7 : 7;
  return back <= 1 ? -1 : 1;
}

CivilDate NearestWeekday(int weekday, CivilDate ref) {
  const int back = (Weekday(ref) - weekday + 7) % 7;
  return back <= 3 ? AddDays(ref, -back) : AddDays(ref, 7 - back);
}

bool ImperativeClause(const Ctx& c, int i) {
  int k = i - 1;
  for (; k >= 0 && k >= i - 30; --k) {
    if (c.is(k, ".") || c.is(k, "!") || c.is(k, "?") || c.is(k, ";") || c.is(k, ":")) break;
    // an opening quotation mark: glued to the word after it, not to the one before
    if (c.is(k, "\"") && c.glued(k + 1) && (k == 0 || !c.glued(k))) break;
  }
  if (k < i - 30) return false;
  const int v = k + 1;
  if (v >= i || !c.word(v)) return false;
  static constexpr std::string_view kVerbs[] = {"vote", "get", "go", "come", "join", "remember", "don't", "make",
                                                "show", "turn", "help", "stand", "bring", "tune", "sign",
                                                "register", "head", "cast", "mark", "save", "stay", "watch"};
  bool verb = false;
  for (std::string_view w : kVerbs) verb = verb || c.is(v, w);
  if (!verb) return false;
  // The verb opens the clause and goes on to its complement: a particle, a
  // preposition, an object pronoun or "to" ("Vote on", "Get out", "Join us",
  // "Remember to"); "Vote totals", "Turn-out rose" are nouns.
  static constexpr std::string_view kNext[] = {"on", "out", "up", "in", "for", "to", "us", "early", "and",
                                               "forget", "miss", "the", "your", "this", "next", "by", "at"};
  for (std::string_view w : kNext)
    if (c.is(v + 1, w)) return true;
  return false;
}

bool PresentPersonClause(const Ctx& c, int i) {
  auto stop = [&c](int k) { return c.is(k, ".") || c.is(k, "!") || c.is(k, "?") || c.is(k, ";"); };
  // "you"/"we" at k with a present verb after it
  auto present = [&c](int k) {
    if (!(c.is(k, "you") || c.is(k, "we"))) return false;
    int v = k + 1;
    while (c.is(v, "just") || c.is(v, "all") || c.is(v, "simply") || c.is(v, "then")) ++v;
    if (!c.word(v) || c.tok(v).capital) return false;
    // no tense cue of its own, not an "-ed" form, not a word the table knows
    // as something else ("you all", "we the people")
    const std::string_view w = c.w(v);
    return c.info(v) == nullptr && !(w.size() > 2 && w.substr(w.size() - 2) == "ed");
  };
  for (int k = i - 1; k >= 0 && k >= i - 12 && !stop(k); --k)
    if (present(k)) return true;
  for (int k = i + 1; c.valid(k) && k <= i + 12 && !stop(k); ++k)
    if (present(k)) return true;
  return false;
}

bool DateNamesEvent(const Ctx& c, int i) {
  if (c.is(i - 1, "since") || c.is(i - 1, "after")) return true;
  return c.is(i - 1, "-") && c.glued(i) && (c.is(i - 2, "post") || c.is(i - 2, "pre"));
}

}  // namespace crosscheck::time_internal
