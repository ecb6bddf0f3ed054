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
//  - (Session 30) a month, season or holiday with no year: words of drawing
//    near ("as Election Day nears"), else the clause's tense, else a
//    preposition ("before Christmas"), else the nearest (EventDirection); a
//    weekday's event known only once past ("Thursday's win") is the last
//    one, and one drawing near ("as Saturday's vote nears") the coming one;
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

// The words after a month, season or holiday (token k, just past it) say it
// is drawing near: "as Election Day nears", "with Christmas fast
// approaching", "as November draws near", "Christmas is nine months away",
// "with November's election looming". Present forms only: "as Election
// Day neared" is told in the past and left to the clause's tense.
bool ApproachAfter(const Ctx& c, int k) {
  if (c.is(k, "'s")) {  // "November's election nears": its noun first
    ++k;
    for (int n = 0; n < 3 && c.word(k) && !c.tok(k).capital && !c.info(k) && !c.w(k).ends_with("s"); ++n) ++k;
  }
  if (c.is(k, "fast") || c.is(k, "quickly") || c.is(k, "rapidly") || c.is(k, "now") || c.is(k, "still")) ++k;
  if (c.is(k, "nears") || c.is(k, "approaches") || c.is(k, "looms") || c.is(k, "nearing") ||
      c.is(k, "approaching") || c.is(k, "looming"))
    return true;
  if ((c.is(k, "draws") || c.is(k, "drawing") || c.is(k, "gets") || c.is(k, "getting")) &&
      (c.is(k + 1, "near") || c.is(k + 1, "nearer") || c.is(k + 1, "closer")))
    return true;
  // "is (just / only) nine months away", "is around the corner"
  if (c.is(k, "is") || c.is(k, "'s") || c.is(k, "are")) ++k;
  if (c.is(k, "just") || c.is(k, "only") || c.is(k, "still") || c.is(k, "now")) ++k;
  if (c.is(k, "around") && c.is(k + 1, "the") && c.is(k + 2, "corner")) return true;
  for (int e = k; e <= k + 3 && c.valid(e); ++e)
    if (c.is(e, "away")) {
      const WordInfo* f = c.info(e - 1);
      return e > k && f && f->unit != Unit::kNone;  // "nine months away", "days away"
    }
  return false;
}

}  // namespace

bool PastEventNounAt(const Ctx& c, int k) {
  // one adjective between ("Tuesday's stunning upset")
  if (c.word(k) && !c.info(k) && c.word(k + 1) && !c.tok(k + 1).capital &&
      (c.w(k).ends_with("ing") || c.w(k).ends_with("ed")))
    ++k;
  if (!c.word(k) || c.tok(k).capital) return false;
  static constexpr std::string_view kPast[] = {
      "arrest", "arrests", "attack", "attacks", "blast", "bombing", "bombings", "collapse", "comments", "crash",
      "death", "deaths", "defeat", "earthquake", "explosion", "gaffe", "killing", "killings", "loss", "losses",
      "massacre", "outburst", "outcome", "quake", "raid", "remarks", "resignation", "result", "results", "rout",
      "selloff", "shooting", "shootings", "stabbing", "tweet", "tweets", "upset", "victory", "win", "wins"};
  for (std::string_view w : kPast)
    if (c.is(k, w)) return true;
  return false;
}

int WeekdayDirection(const Ctx& c, int i, int j) {
  const int tense = c.ClauseTense(i);
  if (!NominalWeekday(c, i, j)) return tense;
  // An event known only once it happened ("Thursday's win", "Monday
  // night's remarks"): the last one, whatever the clause ("she will build
  // on Thursday's win" in Monday's report).
  {
    const int k = c.is(j + 1, "'s") ? j + 2 : c.is(j + 2, "'s") ? j + 3 : j + 1;
    if (PastEventNounAt(c, k)) return -1;
  }
  // An event drawing near ("as Saturday's vote nears") lies ahead.
  const WordInfo* part = c.info(j + 1);
  if (tense >= 0 && ApproachAfter(c, part && part->part != PartOfDay::kNone ? j + 2 : j + 1)) return 1;
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

int EventDirection(const Ctx& c, int i, int end, bool month) {
  if (ApproachAfter(c, end)) return 1;
  const int tense = c.ClauseTense(i);
  // With no tense cue, a preposition that looks ahead or back ("before
  // Christmas", "ahead of November's vote", "since Easter"). A tense cue
  // decides against it: what a future clause puts after a day lies ahead
  // with it ("the term ends after Election Day"), what a past one puts
  // before it lies behind ("left town before Christmas"). A month's "for"
  // is mostly the period a figure is for ("sales for November"): no way.
  if (tense) return tense;
  int prep = PrepositionDirection(c, i);
  if (month && prep > 0 && c.is(c.is(i - 1, "the") ? i - 2 : i - 1, "for")) prep = 0;
  return prep;
}

}  // namespace crosscheck::time_internal
