// Tense of a time expression's clause (Ctx::Tense, Ctx::ClauseTense) and
// the year a text's frame gives (Ctx::FrameYear). The tense rule (news
// style): the nearest tense cue to the left of the expression decides
// ("said", "was", "-ed" verbs, "ago" are past; "will", "'ll", "plans",
// "next" are future); if there is none, the nearest to the right; with no
// cue at all, past, because news reports what happened. The TimeML profile
// reads the clause instead (ClauseTense). time_resolve.cc resolves dates
// with the tense found here.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {

int Ctx::Tense(int i) const {
  if (timeml()) return ClauseTense(i);
  // Stay inside the sentence: stop at . ! ? and after 40 tokens.
  auto stop = [&](int j) { return (is(j, ".") && !(num(j - 1) && num(j + 1))) || is(j, "!") || is(j, "?"); };
  for (int j = i - 1; j >= 0 && j >= i - 40 && !stop(j); --j) {
    const WordInfo* f = info(j);
    if (f && f->tense) return f->tense;
  }
  for (int j = i; j < size() && j < i + 40 && !stop(j); ++j) {
    const WordInfo* f = info(j);
    if (f && f->tense) return f->tense;
  }
  return 0;
}

// The TimeML profile's tense. As above, the nearest cue to the left, then to
// the right, but read in its clause:
//  - a verb form after a form of "be" or a determiner is a participle or a
//    noun ("is scheduled to", "would be held", "the reduced dividend", "the
//    plan"), no cue;
//  - a regular "-ed" form is a weak past cue: a modal or another strong cue
//    anywhere to its left in the clause wins ("would be paid on a still
//    unspecified date in January");
//  - "set" and "due" look forward only before "to"/"for"; "next" not before
//    "to" ("next to the embassy"); "last", "until", "till", "can" and "could"
//    are no cue ("could not be reached");
//  - a deadline ("until Tuesday", "by 9 a.m. Friday", "as soon as Monday",
//    "effective Feb. 1") looks ahead unless the clause is in the past perfect;
//  - a period after a one- or two-letter word ("U.S.", "Mr.") ends no sentence.
int Ctx::FrameYear(int i) const {
  if (!timeml() || i < 3 || !tok(0).capital) return 0;
  if (!(is(0, "in") || is(0, "during") || is(0, "by") || is(0, "through") || is(0, "throughout"))) return 0;
  int e = 1;
  if (!num(1)) return 0;
  const int y = Year(1, &e);
  if (!y || e != 2 || !is(2, ",") || i <= 2) return 0;
  return y;
}

int Ctx::SentenceMonthYear(int i, int m) const {
  if (!timeml()) return 0;
  auto stop_at_clause = [&](int t) { return is(t, ";") || is(t, "!") || is(t, "?"); };
  for (int k = i - 1; k >= 1; --k) {
    if (!num(k) || tok(k).digits != 4) continue;
    int e = k;
    const int y = Year(k, &e);
    if (!y || y < 1900 || y > 2099) continue;
    // "March 2019", "March 3, 2019", "3 March 2019", "Dec. 5, 2019"
    int j = k - 1;
    if (is(j, ",")) --j;
    if (num(j) && tok(j).digits <= 2) --j;
    if (is(j, ".") && glued(j)) --j;
    int am = month(j);
    if (!am && is(k - 1, "of") && is(k - 2, "quarter")) {  // "the third quarter of 2019": its middle month
      int q = k - 3;
      if (is(q, "-")) --q;
      const WordInfo* f = info(q);
      if (f && f->ordinal >= 1 && f->ordinal <= 4) am = 3 * f->ordinal - 1;
    }
    if (!am && is(k - 1, "of") && is(k - 2, "half")) {  // "the first half of 2019": its middle month
      const WordInfo* f = info(k - 3);
      if (f && (f->ordinal == 1 || f->ordinal == 2)) am = f->ordinal == 1 ? 3 : 9;
    }
    if (!am) continue;
    if (ClauseTense(i) > 0) return 0;
    // Not from a parenthetical set off by commas that opens with a relative
    // pronoun or a participle ("Castro, who took power in January 1959,
    // spoke in November"; "The firm, founded in March 1998, cut jobs in
    // June"): it dates its own subject, not the story.
    int close = k + 1;
    while (close < i && !is(close, ",")) ++close;
    if (close < i) {
      int open = j - 1;
      while (open >= 0 && !is(open, ",") && !stop_at_clause(open)) --open;
      if (open >= 0 && is(open, ",")) {
        const std::string_view o = w(open + 1);
        if (o == "who" || o == "which" || o == "whose" || o == "whom" || o == "born" || o.ends_with("ed"))
          return 0;
      }
    }
    // the occurrence of month m nearest (y, am); a tie goes forward
    const int base = y * 12 + (am - 1);
    int best = 0, best_d = 1 << 20;
    for (int cy = y - 1; cy <= y + 1; ++cy) {
      const int d = cy * 12 + (m - 1) - base;
      const int ad = d < 0 ? -d : d;
      if (ad < best_d || (ad == best_d && d > 0)) { best_d = ad; best = cy; }
    }
    return best;
  }
  return 0;
}

// Whether the period at token j ends the clause, not an abbreviation:
// "U.S.", "p.m.", "Mr.", "Birmingham, Ala., killed", "Corp. officials"; in
// brackets ("Sen. Ted Cruz (Tex.) defeating ..."); a title before a name
// ("Sen. Ted Cruz", "Gov. Chris Christie"); a month before its day ("Jan.
// 5"). Out of line: only periods reach it, and the clause scan's stop test
// stays small enough to inline.
[[gnu::noinline]] static bool PeriodEndsClause(const Ctx& c, int j) {
  if (c.num(j - 1) && c.num(j + 1)) return false;
  if (c.word(j - 1) && c.w(j - 1).size() <= 2) return false;
  if (c.is(j + 1, ",") || (c.word(j + 1) && !c.tok(j + 1).capital)) return false;
  if (!c.valid(j + 1)) return true;
  if (c.is(j + 1, ")")) return false;
  if (c.num(j + 1)) return c.month(j - 1) == 0;
  if (!c.word(j - 1) || c.w(j - 1).size() > 4 || !c.word(j + 1)) return true;
  static constexpr std::string_view kTitles[] = {"sen", "sens", "rep", "reps", "gov", "gen", "sgt", "col",
                                                 "capt", "prof", "rev", "mrs", "maj", "adm"};
  for (std::string_view t : kTitles)
    if (c.w(j - 1) == t) return false;
  return true;
}

// Whether the month (or season) at token i is named as the time of an
// event: "the March 15 primary" is not this (a day), "the November general
// election", "November's vote", "the fall debates". Out of line: only a
// month or season before a word reaches it.
[[gnu::noinline]] bool TimeEventNoun(const Ctx& c, int i) {
  int k = c.is(i + 1, "'s") ? i + 2 : i + 1;
  if (c.is(k, "general") || c.is(k, "presidential") || c.is(k, "special") || c.is(k, "state") ||
      c.is(k, "national") || c.is(k, "party")) ++k;
  static constexpr std::string_view kEvents[] = {
      "ballot", "campaign", "caucus", "caucuses", "contest", "convention", "conventions", "debate", "debates",
      "deadline", "election", "elections", "hearing", "hearings", "inauguration", "matchup", "meeting",
      "meetings", "midterm", "midterms", "plebiscite", "poll", "polls", "primaries", "primary", "race", "races",
      "referendum", "rematch", "runoff", "showdown", "summit", "talks", "trial", "vote", "votes", "voting"};
  for (std::string_view e : kEvents)
    if (c.is(k, e)) return true;
  return false;
}

// A month or season named as the time of an event ("teeing up the November showdown",
// "ahead of the March primary", "November's election") is the coming one
// unless a past verb governs it: in its own clause back to a comma or an
// infinitive's "to" (a participle or purpose clause after the main one is
// its own), or in the rest of the sentence when nothing but a preposition
// stands before it ("At the March meeting, the board voted ..."); "after",
// "since", "following", "during" before it look back. Out of line: only a
// month before an event noun reaches it.
[[gnu::noinline]] bool TimeEventAhead(const Ctx& c, int i) {
  if (!TimeEventNoun(c, i)) return false;
  auto stop = [&c](int j) {
    return c.is(j, "!") || c.is(j, "?") || c.is(j, ";") || (c.is(j, ".") && PeriodEndsClause(c, j));
  };
  auto past = [&c](int j) {
    if (c.is(j, "had") || c.is(j, "was") || c.is(j, "were")) return true;
    const WordInfo* f = c.info(j);
    if (!f || f->tense >= 0 || c.is(j, "last")) return false;
    static constexpr std::string_view kBe[] = {"is", "are", "am", "be", "being", "'s", "'re", "been", "the", "a",
                                               "an", "has", "have", "'ve"};
    // "is expected", "the reduced": no past of its own; "has agreed to the
    // fall debates": a present perfect, no past either
    for (std::string_view b : kBe)
      if (c.is(j - 1, b)) return false;
    return true;
  };
  const int q = c.is(i - 1, "the") ? i - 1 : i;
  if (c.is(q - 1, "after") || c.is(q - 1, "since") || c.is(q - 1, "following") || c.is(q - 1, "during")) return false;
  auto opens = [&c](int j) {
    return c.is(j, ",") || (c.is(j, "to") && c.word(j + 1) && !c.is(j + 1, "the") && !c.month(j + 1));
  };
  int j = q - 1;
  for (; j >= 0 && j >= q - 12 && !stop(j) && !opens(j); --j)
    if (past(j)) return false;
  // Its own clause when a comma or an infinitive opens it, or when more
  // than a preposition stands before it ("Lane leads Roe ahead of
  // November's election, a poll released Monday showed": the frame after
  // the comma is the poll's, not the election's); else ("At the March
  // meeting, the board voted") the rest of the sentence governs it.
  const bool own_clause = (j >= 0 && opens(j)) || q - (j + 1) > 1;
  for (j = i + 1; c.valid(j) && j <= i + 20 && !stop(j) && !(own_clause && c.is(j, ",")); ++j)
    if (past(j)) return false;
  return true;
}

// Whether token j opens a clause of its own for the clause tense reading: a
// relative pronoun or complementizer ("that", "which", "who", "whom") or a
// verb of saying whose complement follows it ("said", "says", "announced",
// "reported", "added", "stated"). Not "told": its object comes first, and a
// noun there may read as a verb of scheduling ("told radio host Hugh Hewitt
// on Wednesday"). Only reached once a weak cue lies between j and the
// expression.
static bool ClauseOpener(const Ctx& c, int j) {
  if (!c.word(j)) return false;
  const std::string_view s = c.w(j);
  if (s.size() < 3 || s.size() > 9) return false;
  switch (s.front()) {
    case 'a': return s == "added" || s == "announced";
    case 'r': return s == "reported";
    case 's': return s == "said" || s == "says" || s == "stated";
    case 't': return s == "that";
    case 'w': return s == "which" || s == "who" || s == "whom";
    default: return false;
  }
}

int Ctx::ClauseTense(int i) const {
  auto stop = [&](int j) {
    if (is(j, "!") || is(j, "?") || is(j, ";")) return true;
    return is(j, ".") && PeriodEndsClause(*this, j);
  };
  // cue at j: +1 / -1, 0 none; *weak for a guessed "-ed" past.
  auto cue = [&](int j, bool* weak, bool left = false) -> int {
    *weak = false;
    // Present tense of "be" on the left schedules ("the deadline is Friday",
    // "the two sides are to meet Monday"): a weak future cue, so a past verb
    // nearer the expression or a strong cue anywhere to its left wins. On the
    // right it is mostly another clause ("in October, are worth half").
    if (left && (is(j, "is") || is(j, "are") || is(j, "am") || is(j, "'re"))) {
      *weak = true;
      return 1;
    }
    // Words only the TimeML reading takes as cues, in one sorted table (one
    // binary search per word read, so the clause scan stays as fast):
    //  +1 present verbs of intent ("the company expects to close the sale in
    //     March", "aims to finish by June"), future as "expected" and "plans"
    //     are, but only with the infinitive that looks ahead ("expects to",
    //     "expects the sale to"; not "expects that the loss it posted ...");
    //  -1 irregular past forms news reports with ("sales rose", "the ship
    //     sank") beyond the shared list ("fell", "won");
    //  -2 forms that are also the base form ("hit", "cut", "put"; not "set",
    //     read apart below), and past participles of irregular verbs ("the
    //     poll, taken Thursday through Monday"): a weak past unless "to", a
    //     modal or "do" is before them (after "be" they are no cue, below).
    struct Cue { std::string_view w; int8_t tense; };
    static constexpr Cue kCues[] = {
        {"aim", 1}, {"aims", 1}, {"arose", -1}, {"ate", -1}, {"awoke", -1}, {"beat", -2}, {"beaten", -2},
        {"begun", -2}, {"bid", -2}, {"bought", -1}, {"broke", -1}, {"broken", -2}, {"built", -1}, {"caught", -1},
        {"chose", -1}, {"chosen", -2}, {"cost", -2}, {"cut", -2}, {"dealt", -1}, {"done", -2}, {"drawn", -2},
        {"drew", -1}, {"driven", -2}, {"drove", -1}, {"eaten", -2}, {"expect", 1}, {"expects", 1}, {"fallen", -2},
        {"felt", -1}, {"flew", -1}, {"flown", -2}, {"forgave", -1}, {"forgot", -1}, {"forgotten", -2}, {"froze", -1},
        {"given", -2}, {"grew", -1}, {"grown", -2}, {"heard", -1}, {"hid", -1}, {"hidden", -2}, {"hit", -2},
        {"hoping", 1}, {"hurt", -2}, {"intend", 1}, {"kept", -1}, {"knew", -1}, {"known", -2}, {"laid", -1},
        {"led", -1}, {"likely", 1}, {"meant", -1}, {"overtaken", -2}, {"overtook", -1}, {"paid", -1}, {"put", -2},
        {"quit", -2}, {"rang", -1}, {"ridden", -2}, {"risen", -2}, {"rode", -1}, {"rose", -1}, {"sang", -1},
        {"sank", -1}, {"seek", 1}, {"seeks", 1}, {"seen", -2}, {"shaken", -2}, {"shed", -2}, {"shook", -1},
        {"shot", -1}, {"shown", -2}, {"shrank", -1}, {"shut", -2}, {"slid", -1}, {"sold", -1}, {"sought", -1},
        {"sped", -1}, {"spent", -1}, {"split", -2}, {"spoken", -2}, {"sprang", -1}, {"spread", -2}, {"stole", -1},
        {"stolen", -2}, {"stood", -1}, {"swam", -1}, {"swore", -1}, {"sworn", -2}, {"taken", -2}, {"taught", -1},
        {"thought", -1}, {"threw", -1}, {"thrown", -2}, {"tore", -1}, {"torn", -2}, {"undertaken", -2},
        {"undertook", -1}, {"upset", -2}, {"withdrawn", -2}, {"withdrew", -1}, {"woke", -1}, {"written", -2}};
    static_assert(std::is_sorted(std::begin(kCues), std::end(kCues), [](const Cue& a, const Cue& b) { return a.w < b.w; }));
    // A filter on the first and last letters keeps the search off most words.
    static const std::array<uint64_t, 11> kEnds = [] {
      std::array<uint64_t, 11> m{};
      for (const Cue& c : kCues) {
        const int k = (c.w.front() - 'a') * 26 + (c.w.back() - 'a');
        m[k / 64] |= uint64_t{1} << (k % 64);
      }
      return m;
    }();
    const std::string_view lw = word(j) ? w(j) : std::string_view();
    const bool letters = lw.size() >= 3 && lw.size() <= 9 && lw.front() >= 'a' && lw.front() <= 'z' &&
                         lw.back() >= 'a' && lw.back() <= 'z';
    if (const int k = letters ? (lw.front() - 'a') * 26 + (lw.back() - 'a') : 0;
        letters && ((kEnds[k / 64] >> (k % 64)) & 1)) {
      const Cue* c = std::lower_bound(std::begin(kCues), std::end(kCues), lw,
                                      [](const Cue& a, std::string_view b) { return a.w < b; });
      if (c != std::end(kCues) && c->w == lw) {
        if (c->tense > 0) {
          // "they were hoping to benefit from ... late Sunday": a hope told in
          // the past, the time it is about not ahead of the report.
          if (lw == "hoping" && (is(j - 1, "was") || is(j - 1, "were"))) return -1;
          for (int k = j + 1; k <= j + 4 && k < i; ++k)
            if (is(k, "to")) return 1;
          // "expects a loss in March", "analysts expect a rebound in the
          // spring": the object expected is ahead with its time, when a
          // short noun phrase leads to the expression (not "expects that
          // the loss it posted in March ...").
          if ((lw == "expect" || lw == "expects") && timeml() && i - j <= 6) {
            for (int k = j + 1; k < i; ++k)
              if (is(k, "that") || is(k, ",") || (info(k) != nullptr && info(k)->tense != 0)) return 0;
            return 1;
          }
          return 0;
        }
        static constexpr std::string_view kBe[] = {"is", "are", "am", "be", "being", "'s", "'re", "been",
                                                    "the", "a", "an"};
        for (std::string_view b : kBe)
          if (is(j - 1, b)) return 0;  // "is sold", "the bought shares": no past of its own
        if (c->tense == -2) {
          // -2: a past that is also the base form ("the storm hit early
          // Friday", "the firm cut 300 jobs Monday"): a weak past, unless an
          // infinitive's "to", a modal or "do" makes it the base form ("will
          // hit on Friday", "did not cut"). A singular subject would have
          // "hits", "cuts" in the present.
          static constexpr std::string_view kBase[] = {"to", "will", "would", "can", "could", "may", "might",
                                                       "must", "should", "shall", "'ll", "do", "does", "did",
                                                       "don't", "doesn't", "didn't", "not", "was", "were"};
          for (std::string_view b : kBase)
            if (is(j - 1, b)) return 0;
          *weak = true;
        }
        return -1;
      }
    }
    // A modal with "have" tells of the past ("should have acted in March",
    // "could have voted in April"); "must" otherwise looks ahead ("the party
    // must support her in November"). "will have" stays future.
    // Modals of possibility look ahead as "will" does ("turnout could be
    // higher on Saturday", "the vote might slip to June", "talks may resume
    // Monday"), but "could not" is a past inability as often ("could not be
    // reached Friday"), and "May" capitalised is the month.
    // Participles of scheduling look ahead before "to"/"for" as "set" and
    // "due" do ("the plant, slated to open in March", "is poised to list its
    // shares in March"); otherwise no cue.
    if (lw == "slated" || lw == "poised") return is(j + 1, "to") || is(j + 1, "for") ? 1 : 0;
    if (lw == "must" || lw == "should" || lw == "would" || lw == "could" || lw == "might" || lw == "may") {
      if (is(j + 1, "have") || is(j + 1, "'ve") || (is(j + 1, "not") && is(j + 2, "have"))) return -1;
      if (lw == "must") return 1;
      // A negative subject makes "could" the same inability ("Neither he
      // nor his aides could be located Wednesday", "no one could say").
      bool negative = is(j + 1, "not");
      for (int k = j - 1; lw == "could" && !negative && k >= 0 && k >= j - 8; --k)
        negative = is(k, "neither") || is(k, "nor") || is(k, "nobody") || is(k, "none") ||
                   (is(k, "no") && is(k + 1, "one"));
      if (lw == "might" || (lw == "could" && !negative) || (lw == "may" && !tok(j).capital && word(j + 1)))
        return 1;
      if (lw == "could") {  // "could not be reached Friday": the reporter's try, a weak past
        *weak = true;
        return -1;
      }
    }
    if (lw == "couldn't") {
      *weak = true;
      return -1;
    }
    const WordInfo* f = info(j);
    if (!f || !f->tense) return 0;
    std::string_view s = w(j);
    if (s == "last" || s == "until" || s == "till" || s == "can" || s == "could") return 0;
    if (s == "set" || s == "due") return is(j + 1, "to") || is(j + 1, "for") ? 1 : 0;
    if (s == "next" && is(j + 1, "to")) return 0;
    static constexpr std::string_view kBe[] = {"is", "are", "am", "be", "being", "'s", "'re", "still"};
    static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                                         "these", "those"};
    if (f->tense < 0)
      for (std::string_view b : kBe)
        if (is(j - 1, b)) return 0;
    // A verb that is never a noun keeps its tense after "that" or "those",
    // relative pronouns there ("threats that had prompted him to hint on
    // Tuesday"); other forms after a determiner are nouns ("the plan").
    // A regular past after "that" is a relative clause's verb too ("will
    // review the truce that started Friday"): "that" determines few "-ed"
    // words.
    const bool only_verb = s == "will" || s == "would" || s == "shall" || s == "had" || s == "was" || s == "were" ||
                           s == "did" || (timeml() && f->guessed && is(j - 1, "that"));
    if (!only_verb)
      for (std::string_view b : kDeterminers)
        if (is(j - 1, b)) return 0;
    *weak = f->guessed;
    return f->tense;
  };
  auto timeish = [&](int j) {
    if (num(j) || is(j, ".") || is(j, ":")) return true;
    static constexpr std::string_view kWords[] = {"a", "p", "m", "am", "pm", "est", "edt", "pst", "pdt", "cst", "cdt", "gmt",
                                   "utc", "local", "time", "noon", "midnight", "the", "of", "on", "at"};
    for (std::string_view k : kWords)
      if (is(j, k)) return true;
    return weekday(j) || month(j) || (info(j) && info(j)->part != PartOfDay::kNone);
  };
  int p = i - 1;
  while (p >= 0 && p >= i - 8 && timeish(p) && !stop(p)) --p;
  // The same clock in another zone, in parentheses, belongs to the run of
  // clock words ("resume at 10 a.m. (1500 GMT) on Monday").
  if (is(p, ")")) {
    int q = p - 1;
    while (q >= 0 && q >= p - 4 && timeish(q) && !stop(q)) --q;
    if (is(q, "(") && q < p - 1) {
      p = q - 1;
      while (p >= 0 && p >= q - 8 && timeish(p) && !stop(p)) --p;
    }
  }
  // "adjourned to Thursday", "postponed to May 9", "pushed back to June": a
  // date something was moved to lies ahead, as after "until".
  if (is(p, "to") && (is(p - 1, "adjourned") || is(p - 1, "postponed") || is(p - 1, "delayed") ||
                      is(p - 1, "deferred") || is(p - 1, "rescheduled") || is(p - 1, "moved") ||
                      (is(p - 1, "back") && (is(p - 2, "pushed") || is(p - 2, "put"))))) {
    for (int j = i - 1; j >= 0 && j >= i - 40 && !stop(j); --j)
      if (is(j, "had") || is(j, "hadn't")) return -1;
    return 1;
  }
  // TimeML: a day's event that something is for, or someone is invited to
  // ("qualified for Tuesday's debate", "invited her to Monday night's
  // debate"): the event lies ahead, whatever the tense of the verb. Not the
  // "for" of blame or praise ("criticized for Monday's remarks").
  if (p == i - 1 && (is(p, "for") || is(p, "to")) && weekday(i) &&
      (is(i + 1, "'s") || (info(i + 1) && info(i + 1)->part != PartOfDay::kNone && is(i + 2, "'s")))) {
    bool ahead = is(p, "for");
    static constexpr std::string_view kInvite[] = {"invite", "invites", "invited", "inviting", "invitation",
                                                   "tickets", "ticket", "welcome", "welcomed"};
    static constexpr std::string_view kBlame[] = {"blamed", "criticized", "criticised", "praised", "apologized",
                                                  "apologised", "credited", "thanked", "faulted", "condemned",
                                                  "punished", "responsible", "credit", "blame", "apology"};
    for (int j = p - 1; j >= 0 && j >= p - 6 && !stop(j); --j) {
      for (std::string_view v : kInvite)
        if (is(j, v)) ahead = true;
      for (std::string_view v : kBlame)
        if (is(j, v) && is(p, "for")) ahead = false;
    }
    for (int j = i - 1; j >= 0 && j >= i - 40 && !stop(j); --j)
      if (is(j, "had") || is(j, "hadn't")) ahead = false;
    // Not an event known only once it happened ("under fire for Thursday
    // night's remarks", "thanked voters for Tuesday's win"), nor, told in
    // the past, the day before the report or its own day: the report
    // follows up that event ("prepared for Thursday night's debate" in
    // Friday's report is yesterday's).
    const int noun = is(i + 1, "'s") ? i + 2 : i + 3;
    if (ahead && timeml() && PastEventNounAt(*this, noun)) ahead = false;
    if (ahead && timeml() && ref() && (Weekday(*ref()) - weekday(i) + 7) % 7 <= 1) {
      bool weak = false;
      for (int j = p - 1; ahead && j >= 0 && j >= i - 40 && !stop(j); --j)
        if (cue(j, &weak, true) < 0) ahead = false;
      // "Tickets for Thursday's debate sold out": the verb after it
      for (int j = i + 1; ahead && valid(j) && j <= i + 25 && !stop(j) && !is(j, ","); ++j)
        if (cue(j, &weak) < 0) ahead = false;
    }
    if (ahead) return 1;
  }
  // TimeML: a month named as the time of an event ("teeing up the November
  // showdown") looks ahead unless a past verb governs it (TimeEventAhead).
  if (month(i) && (is(i - 1, "the") || is(i + 1, "'s")) && TimeEventAhead(*this, i)) return 1;
  if (is(p, "until") || is(p, "till") || is(p, "by") || is(p, "effective") || (is(p, "as") && is(p - 1, "soon"))) {
    // A past verb of lasting just before "until" tells how long something
    // went on ("the fire burned until 3 a.m. Tuesday"): past; a deadline
    // ("postponed until Tuesday", "has until Friday") stays ahead.
    if (is(p, "until") || is(p, "till")) {
      static constexpr std::string_view kLasted[] = {"lasted", "continued", "remained", "stayed", "burned", "raged",
                                                     "worked", "waited", "lived", "served", "persisted", "lingered",
                                                     "dragged", "fought", "hid", "ran"};
      for (std::string_view v : kLasted)
        if (is(p - 1, v)) return -1;
    }
    for (int j = i - 1; j >= 0 && j >= i - 40 && !stop(j); --j)
      if (is(j, "had") || is(j, "hadn't")) return -1;
    for (int j = i; j < size() && j < i + 40 && !stop(j); ++j)
      if (is(j, "had") || is(j, "hadn't")) return -1;
    // "by" is a deadline ahead only when the clause does not tell of the
    // past: "By Tuesday, 12 people were dead", "the toll rose to 30 by
    // Friday" are past (a strong past cue, no future one, in the clause).
    if (is(p, "by")) {
      bool past = false, future = false, weak = false;
      for (int j = p - 1; j >= 0 && j >= i - 40 && !stop(j); --j) {
        if (is(j, "said") || is(j, "told")) continue;  // the report's frame, not the clause's tense
        const int t = cue(j, &weak, true);
        if (t > 0) future = true;
        else if (t < 0 && !weak) past = true;
      }
      for (int j = i; j < size() && j < i + 40 && !stop(j); ++j) {
        if (is(j, "said") || is(j, "told")) continue;
        const int t = cue(j, &weak);
        if (t > 0) future = true;
        else if (t < 0 && !weak) past = true;
      }
      if (past && !future) return -1;
    }
    return 1;
  }
  // A present verb of scheduling just before the expression ("the leaders
  // meet Monday", "the show opens in June"): a weak future cue too.
  auto scheduled = [&](int j) {
    // Sorted, for a binary search. Since time20 also verbs of a scheduled
    // event in forms seldom a noun before a time ("the court hears
    // arguments in October", "the band performs on Saturday"; not
    // "reports", "signs", "releases").
    static constexpr std::string_view kVerbs[] = {
        "adjourn", "adjourns", "airs", "announce", "announces", "appear", "appears", "arrive", "arrives", "begin",
        "begins", "celebrate", "celebrates", "close", "closes", "compete", "competes", "conclude", "concludes",
        "convene", "convenes", "debut", "debuts", "decide", "decides", "deliver", "delivers", "depart", "departs",
        "end", "ends", "expire", "expires", "face", "faces", "go", "goes", "head", "heads", "hear", "hears", "hold",
        "holds", "host", "hosts", "kick", "kicks", "lapse", "lapses", "launch", "launches", "leave", "leaves",
        "mature", "matures", "meet", "meets", "open", "opens", "perform", "performs", "play", "plays", "premiere",
        "premieres", "reopen", "reopens", "resume", "resumes", "return", "returns", "speak", "speaks", "start",
        "starts", "take", "takes", "testifies", "testify", "travel", "travels", "unveil", "unveils", "visit",
        "visits", "vote", "votes", "wrap", "wraps"};
    static_assert(std::is_sorted(std::begin(kVerbs), std::end(kVerbs)));
    if (!word(j) || tok(j).capital || !std::binary_search(std::begin(kVerbs), std::end(kVerbs), w(j))) return false;
    static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "their", "his", "her", "our", "this",
                                                        "that", "these", "those", "to", "will", "would", "could",
                                                        "can", "may", "might", "should", "must", "did", "not"};
    // A base form between a name (or a title's closing quote mark) and a
    // name is a noun of office ("Fox News host Sean Hannity on Thursday
    // asked", "\"Daily Show\" host Trevor Noah on Thursday showed"), no
    // verb scheduling the time.
    if (timeml() && w(j).back() != 's' && j >= 1 && j + 1 < i && tok(j + 1).capital && !weekday(j + 1) &&
        !month(j + 1) && (tok(j - 1).capital || is(j - 1, "\"")))
      return false;
    // A present form in "-s" after "that" is a relative clause's verb ("a
    // law that takes effect in January", "a truce that begins on Friday").
    const bool relative = timeml() && is(j - 1, "that") && w(j).back() == 's';
    for (std::string_view d : kDeterminers)
      if (is(j - 1, d) && !relative) return false;
    // A base form ending a noun phrase opened by a singular determiner is a
    // noun ("a radio host in April", "a black radio show host", "an early
    // start on Monday"): a verb there would take "-s". The phrase is a run
    // of lower-case words; another determiner opens another phrase.
    if (w(j).back() != 's')
      for (int k = j - 1; k >= 0 && k >= j - 4 && word(k) && !tok(k).capital; --k) {
        if (is(k, "a") || is(k, "an") || is(k, "each") || is(k, "every")) return false;
        if (is(k, "the") || is(k, "this") || is(k, "that") || is(k, "these") || is(k, "those")) break;
      }
    return true;
  };
  // A quotation closed before the expression is another speaker's clause:
  // its tense does not reach past the closing mark ("'... will be announced
  // next week,' he posted Sunday evening" is last Sunday). A closing mark is
  // a quote glued to the word before it and not to the word after it.
  auto closing_quote = [&](int j) {
    if (!glued(j) || glued(j + 1)) return false;
    return is(j, "\"") || (is(j, "'") && is(j - 1, "'") && glued(j - 1));  // ” or TimeBank's ''
  };
  // A verb of urging with its object and an infinitive ("urged Trump to
  // cancel the Monday session", "called on lawmakers to vote Tuesday", "has
  // invited Trump to meet on Thursday"): what is urged lies ahead of the
  // urging, whatever its tense.
  for (int j = i - 1; j >= 1 && j >= i - 14 && !stop(j); --j) {
    if (closing_quote(j)) break;
    if (!is(j, "to") || !word(j + 1) || j + 1 >= i) continue;
    // "invited Trump to a meeting": "to" before a noun phrase, no infinitive.
    if (is(j + 1, "a") || is(j + 1, "an") || is(j + 1, "the") || is(j + 1, "his") || is(j + 1, "her") ||
        is(j + 1, "their"))
      break;
    static constexpr std::string_view kUrge[] = {"urged", "urges", "urge", "urging", "pressed", "pressured",
                                                 "implored", "begged", "asked", "asks", "called", "calls",
                                                 "invited", "invites", "invite"};
    for (int k = j - 2; k >= 0 && k >= j - 6 && !stop(k); --k)
      for (std::string_view v : kUrge)
        if (is(k, v)) return 1;
    break;
  }
  // An infinitive of intent between a past verb and the expression ("agreed
  // to purchase the line in February", "announced an agreement to acquire
  // the bank in January"): the time is the intended event's, after the past
  // one, so the past tells no side: the nearest occurrence (a month or a
  // date; not a weekday, below).
  auto intent = [&](int k) {
    if (!is(k, "to") || k + 1 >= i || !word(k + 1) || tok(k + 1).capital || info(k + 1)) return false;
    if (is(k + 1, "the") || is(k + 1, "a") || is(k + 1, "an") || is(k + 1, "be")) return false;
    // Not "voted", "decided": the time is as often the vote's or the
    // decision's ("voted to approve the plan on Monday").
    static constexpr std::string_view kIntent[] = {"agreed", "agreement", "bid", "deal", "intended", "offer",
                                                   "offered", "plan", "pledged", "promised", "proposal", "vowed"};
    for (std::string_view v : kIntent)
      if (is(k - 1, v)) return true;
    return false;
  };
  bool intended = false;
  bool comma_inside = false;  // a comma between the expression and the weak cue
  bool crossed_that = false;  // the scan has left a "that" clause for the one around it
  int weak_left = 0;
  for (int j = i - 1; j >= 0 && j >= i - 40 && !stop(j); --j) {
    if (closing_quote(j)) break;
    // (not a weekday: a report's recent days are mostly the past event's own,
    // "agreed to the deal on Monday", and the nearest weekday reaches ahead)
    if (!intended && is(j, "to") && timeml() && !weekday(i) && intent(j)) intended = true;
    // A comma between a weak past verb and a strong cue further left ends
    // the clause the verb governs ("Despite promises that Mexico will pay,
    // Fox vowed in February that ..."): the verb's own past stands.
    if (weak_left != 0 && is(j, ",")) break;
    // The same for the word that opens the clause the weak cue governs: a
    // relative pronoun or complementizer ("agreed to a truce that begins on
    // Friday", "will review the truce that started Friday") or a verb of
    // saying, the report's frame ("said the talks open in Geneva on Friday",
    // "said it is to publish its findings in the autumn"): the clause's own
    // verb tells its time, not the verb of the clause around it.
    // Not when a comma stands between the weak cue and the expression: the
    // expression is then an adjunct of its own ("it is continuing to try to
    // sell itself, under a June agreement").
    if (weak_left != 0 && !comma_inside && timeml() && ClauseOpener(*this, j)) break;
    if (!weak_left && is(j, ",")) comma_inside = true;
    bool weak = false;
    // Just before the expression: within five tokens, or right before the
    // run of clock words that leads to it ("starts at 9 p.m. on Thursday").
    if (!weak_left && j >= std::min(i - 5, p) && scheduled(j)) { weak_left = 1; continue; }
    // A plan told in the past perfect ("had been scheduled to open in
    // March", "elections that had been scheduled for mid-July") tells no
    // side (Session 38): the plan was made before, its time may have passed
    // or not; the nearest occurrence, as after an infinitive of intent.
    if (timeml() && is(j - 1, "been") && (is(j - 2, "had") || is(j - 2, "hadn't")) && info(j) &&
        info(j)->tense > 0)
      return 0;
    int t = cue(j, &weak, true);
    // A modal of possibility outside a "that" clause does not reach into it
    // ("could fuel the concern that he cannot trust Priebus' assertion
    // Tuesday night that ...": the assertion's Tuesday is no future one).
    if (t > 0 && crossed_that && timeml() &&
        (is(j, "could") || is(j, "might") || is(j, "may") || is(j, "would")))
      continue;
    if (timeml() && is(j, "that") && j < i - 1) crossed_that = true;
    if (!t) continue;
    if (t < 0 && intended) return 0;
    // A strong cue right after a relative pronoun, left of a weak one, is
    // the verb of a relative clause inside the subject ("the man who was
    // arrested Sunday is due in court Friday", "talks that were delayed
    // twice resume on Friday"): the weak cue is the clause's own verb.
    if (!weak && weak_left != 0 && timeml() && (is(j - 1, "who") || is(j - 1, "that") || is(j - 1, "which")))
      return weak_left;
    if (!weak) return t;
    if (!weak_left) weak_left = t;
  }
  if (weak_left) return weak_left;
  // An imperative clause is a plea about what lies ahead ("Vote on Election
  // Day", "Get out Saturday", "'Join us Friday,' she said"): the verb of
  // saying after it is the report's frame.
  if (timeml() && ImperativeClause(*this, i)) return 1;
  for (int j = i; j < size() && j < i + 40 && !stop(j); ++j) {
    bool weak = false;
    if (int t = cue(j, &weak)) return t;
  }
  return timeml() && PresentPersonClause(*this, i) ? 1 : 0;
}

}  // namespace crosscheck::time_internal
