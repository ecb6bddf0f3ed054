// Parts of day (time_clock.cc keeps the clock times). MatchPartOfDay: "this
// evening", "tonight", "overnight", "last night", "in the morning",
// "yesterday morning", "the next morning", "one morning", "at dawn", "an
// evening Twitter message"; MatchModifiedPart (TimeML): "mid-afternoon",
// "later this afternoon", "earlier tonight". Both fill the Hit (span, type
// TIME, value, mod; for a part counted from the text, the narrative anchor)
// and return true; MatchClock tries them with the clock matchers and keeps
// the longest.
#include <string>
#include <string_view>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {

bool AttributiveDeterminer(const Ctx& c, int i) {
  return c.is(i, "a") || c.is(i, "an") || c.is(i, "the") || c.is(i, "his") || c.is(i, "her") || c.is(i, "their") ||
         c.is(i, "its") || c.is(i, "our") || c.is(i, "my") || c.is(i, "your");
}

[[gnu::noinline]] bool EventNounAt(const Ctx& c, int k) {
  static constexpr std::string_view kEvent[] = {
      "address",  "announcement", "appearance", "briefing", "call",    "ceremony", "conference", "debate",
      "email",    "event",        "flight",     "hearing",  "interview", "meeting", "message",  "post",
      "raid",     "rally",        "remarks",    "session",  "speech",  "statement", "tour",    "tweet",
      "tweets",   "visit",        "vote"};
  if (!c.word(k)) return false;
  // One capitalised name or "press" before the noun: "Twitter message",
  // "press tour". ("news" is left out: it is read as part of a name in
  // titles, "ABC News This Week", time_timeml_quotes.cc.)
  if ((c.tok(k).capital && !c.info(k)) || c.is(k, "press")) {
    if (c.word(k + 1) && (c.is(k + 1, "conference") || c.is(k + 1, "briefing") || c.is(k + 1, "tour") ||
                          c.is(k + 1, "message") || c.is(k + 1, "post") || c.is(k + 1, "statement") ||
                          c.is(k + 1, "address") || c.is(k + 1, "interview") || c.is(k + 1, "appearance")))
      return true;
    return false;
  }
  for (std::string_view w : kEvent)
    if (c.is(k, w)) return true;
  return false;
}

// "early hours", "early morning hours", "small hours", "wee hours",
// "pre-dawn hours", "predawn hours" at token k: the token after "hours";
// 0 when none.
namespace {
int EarlyHoursEnd(const Ctx& c, int k) {
  if (c.is(k, "pre") && c.is(k + 1, "-") && c.glued(k + 1) && c.is(k + 2, "dawn") && c.glued(k + 2))
    return c.is(k + 3, "hours") ? k + 4 : 0;
  if (!(c.is(k, "early") || c.is(k, "small") || c.is(k, "wee") || c.is(k, "predawn"))) return 0;
  if (c.is(k + 1, "hours")) return k + 2;
  if (c.is(k, "early") && c.is(k + 1, "morning") && c.is(k + 2, "hours")) return k + 3;
  return 0;
}
}  // namespace

// Parts of day: "this evening", "tonight", "overnight", "last night", "in the morning", "yesterday morning".
bool MatchPartOfDay(const Ctx& c, int i, Hit* h) {
  int j = i, delta = 0;
  bool rel = false;
  // TimeML: "one morning", "one night" (some day's part, no day to name):
  // XXXX-XX-XXTMO. Not a count ("for one night", "in one evening").
  if (c.timeml() && c.is(i, "one") && c.info(i + 1) && c.info(i + 1)->part != PartOfDay::kNone &&
      !c.info(i + 1)->plural && !c.is(i + 1, "tonight") && !c.is(i + 1, "overnight") && !c.is(i + 1, "fall") &&
      !c.is(i - 1, "for") && !c.is(i - 1, "in") && !c.is(i - 1, "within") && !c.is(i - 1, "than") &&
      !c.is(i - 1, "only") && !c.is(i - 1, "just") && !c.is(i - 1, "over") && !c.is(i + 2, "-")) {
    h->begin = i; h->end = i + 2;
    h->gran = Gran::kPart;
    h->type = TimeType::kTime;
    h->clock = std::string("T") + PartCode(c.info(i + 1)->part);
    h->value = "XXXX-XX-XX" + h->clock;
    return true;
  }
  // TimeML: "the next/following morning", "the previous/preceding night",
  // "the night before": a day on from (or back from) the day the text last
  // named, else the report date; "at dawn", "through the night": the part of
  // that day, as "in the afternoon" is.
  bool counted = false, narrative = false, attributive = false, middle = false;
  int tail = 0;  // "before" after "the night"
  if (c.timeml() && c.is(i, "the") && (c.is(i + 1, "next") || c.is(i + 1, "following") || c.is(i + 1, "previous") ||
                                       c.is(i + 1, "preceding"))) {
    delta = c.is(i + 1, "next") || c.is(i + 1, "following") ? 1 : -1;
    j = i + 2; rel = true; counted = true;
  } else if (c.timeml() && c.is(i, "the") && c.is(i + 2, "before") && (!c.valid(i + 3) || c.punct(i + 3)) &&
             c.info(i + 1) && c.info(i + 1)->part != PartOfDay::kNone) {
    delta = -1; j = i + 1; rel = true; counted = true; tail = 1;
  } else if (c.timeml() && c.is(i, "the") &&
             (c.is(i - 1, "during") || c.is(i - 1, "through") || c.is(i - 1, "throughout") || c.is(i - 1, "into")) &&
             !c.is(i + 2, "of") && EarlyHoursEnd(c, i + 1) == 0) {
    j = i + 1; rel = true; narrative = true;
  } else if (c.timeml() && (c.is(i - 1, "at") || c.is(i - 1, "before") || c.is(i - 1, "after") || c.is(i - 1, "by") ||
                            c.is(i - 1, "until") || c.is(i - 1, "till") || c.is(i - 1, "around")) &&
             (c.is(i, "dawn") || c.is(i, "daybreak") || c.is(i, "dusk") || c.is(i, "nightfall") || c.is(i, "sunrise") ||
              c.is(i, "sunset") || c.is(i, "sundown") || c.is(i, "sunup")) && !c.is(i + 1, "of")) {
    rel = true; narrative = true;
  } else if (c.timeml() && (c.is(i - 1, "by") || c.is(i - 1, "until") || c.is(i - 1, "till") || c.is(i - 1, "toward") ||
                            c.is(i - 1, "towards")) &&
             (c.is(i, "morning") || c.is(i, "afternoon") || c.is(i, "evening")) && !c.tok(i).capital &&
             !c.word(i + 1) && !c.num(i + 1)) {
    // TimeML: "By evening, police had a suspect", "talks went on until
    // morning": a bare part of day after a preposition of time is the part
    // of the day the text last named, as "at dawn" is. ("by night" is an
    // idiom, "by day and by night": not read.)
    rel = true; narrative = true;
  } else if (c.timeml() && c.is(i, "the") && c.is(i + 1, "middle") && c.is(i + 2, "of") && c.is(i + 3, "the") &&
             (c.is(i + 4, "night") || c.is(i + 4, "morning") || c.is(i + 4, "afternoon") || c.is(i + 4, "evening")) &&
             !c.is(i + 5, "of") && !c.is(i + 5, "-")) {
    // TimeML (time31): "in the middle of the night": that part of the day
    // the text last named (a night told in the past with no day named: the
    // night before the report), mod MID.
    j = i + 4; rel = true; narrative = true; middle = true;
  } else if (c.timeml() && c.is(j, "last") && c.is(j + 1, "evening")) { rel = true; delta = -1; ++j; }
  else if (c.timeml() && c.is(i, "the") && EarlyHoursEnd(c, i + 1) > 0) {
    // "the early (morning) hours (of Sunday)": the start of that day's
    // morning, composed with the day like "the morning of Jan. 5".
    // So are "the pre-dawn hours", "the predawn hours" (time31).
    const int e = EarlyHoursEnd(c, i + 1);
    h->begin = i; h->end = e; h->gran = Gran::kPart; h->type = TimeType::kTime;
    h->clock = "TMO";
    const NarrativeAnchor* a = c.anchor();
    const bool day = a && a->set && GrainOfValue(a->value) == ValueGrain::kDay && !c.is(e, "of");
    if (day) { h->value = FormatDate(a->start) + h->clock; h->anchor = TimeAnchor::kText; h->anchor_index = a->index; }
    else h->value = c.ref() ? FormatDate(*c.ref()) + h->clock : h->clock;
    h->mod = "START";
    return true;
  }
  // "in the evening of May 2": "in" is a signal; "the evening of May 2" is
  // found from "the" (below).
  else if (c.timeml() && c.is(i, "in") && c.is(i + 1, "the") && c.is(i + 3, "of") &&
           ((c.weekday(i + 4) && !c.is(i + 5, ",")) || (c.num(i + 4) && c.month(i + 5)) || (c.month(i + 4) && (c.num(i + 5) || c.is(i + 5, "."))))) {
    return false;
  }
  // TimeML: "his evening Twitter message", "an afternoon press tour": a
  // part of day naming a one-off event's time, on the day the text last
  // named (else the report's), as "a late-afternoon meeting" is.
  // (Lower case only: "The Morning Call", "the Evening Standard" are names.)
  else if (c.timeml() && !c.tok(i).capital && AttributiveDeterminer(c, i - 1) && c.info(i) &&
           c.info(i)->part != PartOfDay::kNone &&
           !c.info(i)->plural && (c.is(i, "morning") || c.is(i, "afternoon") || c.is(i, "evening") || c.is(i, "night")) &&
           EventNounAt(c, i + 1)) {
    rel = true; attributive = true;
  }
  else if (c.is(j, "this")) { rel = true; ++j; }
  else if (c.is(j, "last") || c.is(j, "yesterday")) { rel = true; delta = -1; ++j; }
  else if (c.is(j, "tomorrow")) { rel = true; delta = 1; ++j; }
  else if (c.is(j, "in") && c.is(j + 1, "the")) { j += 2; rel = true; }
  else if (c.is(j, "early") || c.is(j, "late")) {
    ++j; rel = true;
    // "an early-morning tweet", "a late-night vote": the hyphened adjective
    // is the part of day, as "an early morning raid" is.
    // Not a genre ("late-night hosts", "late-night TV"): no time of its own.
    static constexpr std::string_view kGenre[] = {"host", "hosts", "show", "shows", "tv", "television", "comedy",
                                                  "comedian", "comedians", "talk", "programming", "snack", "snacks"};
    if (c.timeml() && c.is(j, "-") && c.glued(j) && c.glued(j + 1) && c.info(j + 1) &&
        c.info(j + 1)->part != PartOfDay::kNone && !c.info(j + 1)->plural) {
      for (std::string_view g : kGenre)
        if (c.is(j + 2, g)) return false;
      ++j;
    }
    // Written apart, likewise: "the late night talk shows".
    if (c.timeml() && c.info(j) && c.info(j)->part != PartOfDay::kNone && !c.info(j)->plural)
      for (std::string_view g : kGenre)
        if (c.is(j + 1, g)) return false;
    // TimeML: "early this morning", "late last night", "early yesterday
    // afternoon": the modifier belongs to the part of that day.
    if (c.timeml() && (c.is(j, "this") || (c.is(j, "last") && c.is(j + 1, "night")) || c.is(j, "yesterday") ||
                       c.is(j, "tomorrow")) && c.info(j + 1) && c.info(j + 1)->part != PartOfDay::kNone &&
        !c.info(j + 1)->plural) {
      if (c.is(j, "last") || c.is(j, "yesterday")) delta = -1;
      else if (c.is(j, "tomorrow")) delta = 1;
      ++j;
    }
  }
  else if (c.is(j, "that") || (c.is(j, "the") && c.is(j + 1, "night") && !c.timeml())) { ++j; rel = true; }
  else if (c.timeml() && c.is(j, "the") && c.is(j + 2, "of") &&
           ((c.weekday(j + 3) && !c.is(j + 4, ",")) || (c.num(j + 3) && c.month(j + 4)) ||
            (c.month(j + 3) && (c.num(j + 4) || (c.is(j + 4, ".") && c.num(j + 5)))))) {
    ++j; rel = true;  // "the morning of Jan. 5": composed with the day (time_parse.cc)
  }
  else if ((c.weekday(i - 1) && !(c.timeml() && c.tok(i).capital && c.word(i + 1) && c.tok(i + 1).capital &&
                                   !c.info(i + 1))) ||  // not "Saturday Night Live"
           c.is(i - 1, "today") || c.is(i - 1, "yesterday") || c.is(i - 1, "tomorrow") ||
           (c.num(i - 1) && c.month(i - 2))) rel = true;
  const WordInfo* f = c.info(j);
  if (!f || f->part == PartOfDay::kNone || f->plural) return false;
  if (c.is(j, "fall")) return false;
  const bool light = c.is(j, "dawn") || c.is(j, "dusk") || c.is(j, "sunrise") || c.is(j, "sunset") ||
                     c.is(j, "daybreak") || c.is(j, "nightfall") || c.is(j, "sundown") || c.is(j, "sunup");
  // TimeML: "at dawn Sunday": the part of that day (composed in time_parse.cc).
  bool solo = c.is(j, "tonight") || c.is(j, "overnight") || (c.timeml() && light && i == j && c.weekday(j + 1));
  if (!rel && !solo) return false;
  if (c.is(i, "last") && !c.is(j, "night") && !(c.timeml() && c.is(j, "evening"))) return false;
  if (light && !rel && !solo) return false;
  if (c.is(j, "tonight") && (counted || narrative)) return false;
  // "The Tonight Show": "tonight" after an article is a name.
  if (c.is(j, "tonight") && i == j && c.is(i - 1, "the")) return false;
  h->begin = i; h->end = j + 1 + tail;
  h->gran = Gran::kPart;
  h->type = TimeType::kTime;
  h->clock = std::string("T") + PartCode(f->part);
  // TimeML: "overnight" told in the past is the night before the report
  // ("stocks fell overnight"), as "last night" is; otherwise tonight.
  if (c.timeml() && i == j && c.is(j, "overnight") && c.ClauseTense(i) <= 0) delta = -1;
  const NarrativeAnchor* a = c.anchor();
  const bool day_anchor = a && a->set && GrainOfValue(a->value) == ValueGrain::kDay;
  // "worked through the night" with no day named: told in the past, the
  // night before the report, as "overnight" is.
  if (narrative && !day_anchor && f->part == PartOfDay::kNight && c.ClauseTense(i) < 0) delta = -1;
  if (c.ref()) h->value = FormatDate(AddDays(*c.ref(), delta)) + h->clock;
  else h->value = h->clock;
  // TimeML: the part's day is a time the text names ("Tomorrow night, the
  // president speaks at 9": the clock is on that day).
  // (Not a part after its day, "Friday night": composed with the day later.)
  const bool after_day = c.weekday(i - 1) || c.is(i - 1, "today") || c.is(i - 1, "yesterday") ||
                         c.is(i - 1, "tomorrow") || c.num(i - 1) || c.month(i - 1) || c.is(i - 1, ".");
  if (c.timeml() && c.ref() && !after_day) { h->lo = AddDays(*c.ref(), delta); h->hi = AddDays(*h->lo, 1); }
  // TimeML: "that night", "in the afternoon" are on the day the text last
  // named (as a clock time with no day is).
  // So are "late afternoon", "early evening" with no day of their own.
  // So is the hyphened adjective ("a late-afternoon meeting"), and
  // "overnight" told in the past is the night before that day ("On Friday
  // the council condemned the overnight test").
  const bool bare_mod = (c.is(i, "early") || c.is(i, "late")) && (j == i + 1 || (j == i + 2 && c.is(i + 1, "-"))) &&
                        !c.is(j, "tonight") && !c.is(j, "overnight");
  const bool past_overnight = c.timeml() && i == j && delta == -1 && c.is(j, "overnight");
  if (past_overnight && day_anchor) counted = true;
  if (c.timeml() && (c.is(i, "that") || (c.is(i, "in") && c.is(i + 1, "the")) || counted || narrative || bare_mod ||
                     attributive) &&
      day_anchor) {
    h->value = FormatDate(counted ? AddDays(a->start, delta) : a->start) + h->clock;
    h->lo = counted ? AddDays(a->start, delta) : a->start;
    h->hi = AddDays(*h->lo, 1);
    h->anchor = TimeAnchor::kText;
    h->anchor_index = a->index;
  }
  // TimeML: "in" is a signal, outside the TIMEX3: "(earlier) in [the
  // evening]", as "in [the evening of May 2]".
  if (c.timeml() && c.is(i, "in") && c.is(i + 1, "the")) h->begin = i + 1;
  if (c.is(i, "early")) h->mod = "START";
  if (c.is(i, "late")) h->mod = "END";
  if (middle) {
    h->mod = "MID";
    // With no day named and no past, a habit or any night ("events will be
    // shown live in the middle of the night"): no day of its own.
    if (!day_anchor && c.ClauseTense(i) >= 0) {
      h->value = "XXXX-XX-XX" + h->clock;
      h->lo.reset();
      h->hi.reset();
    }
  }
  return true;
}

// TimeML parts of day with a modifier: "mid-afternoon (yesterday)" TAF MID,
// "later this afternoon" TAF END, "earlier this morning" TMO START, "later
// tonight" TNI END.
bool MatchModifiedPart(const Ctx& c, int i, Hit* h) {
  if (!c.timeml()) return false;
  const char* mod = nullptr;
  int j = i;
  PartOfDay part = PartOfDay::kNone;
  if (c.is(i, "midmorning")) { part = PartOfDay::kMorning; mod = "MID"; j = i + 1; }
  else if (c.is(i, "midafternoon")) { part = PartOfDay::kAfternoon; mod = "MID"; j = i + 1; }
  else if (c.is(i, "mid")) {
    int k = c.is(i + 1, "-") && c.glued(i + 1) ? i + 2 : i + 1;
    const WordInfo* f = c.info(k);
    if (!f || f->plural || (f->part != PartOfDay::kMorning && f->part != PartOfDay::kAfternoon &&
                            f->part != PartOfDay::kEvening))
      return false;
    part = f->part; mod = "MID"; j = k + 1;
  } else if ((c.is(i, "later") || c.is(i, "earlier")) && (c.is(i + 1, "this") || c.is(i + 1, "that"))) {
    const WordInfo* f = c.info(i + 2);
    if (!f || f->plural || f->part == PartOfDay::kNone || c.is(i + 2, "tonight") || c.is(i + 2, "overnight")) return false;
    part = f->part; mod = c.is(i, "later") ? "END" : "START"; j = i + 3;
  } else if ((c.is(i, "later") || c.is(i, "earlier")) && c.is(i + 1, "tonight")) {
    // "later tonight", "earlier tonight": as "later this evening".
    part = PartOfDay::kNight; mod = c.is(i, "later") ? "END" : "START"; j = i + 2;
  } else {
    return false;
  }
  int delta = 0;
  if (c.is(j, "yesterday")) { delta = -1; ++j; }
  else if (c.is(j, "today")) { ++j; }
  else if (c.is(j, "tomorrow")) { delta = 1; ++j; }
  h->begin = i; h->end = j; h->gran = Gran::kPart; h->type = TimeType::kTime;
  h->clock = std::string("T") + PartCode(part);
  h->value = c.ref() ? FormatDate(AddDays(*c.ref(), delta)) + h->clock : h->clock;
  h->mod = mod;
  // "later that night", "earlier that evening": on the day the text last
  // named, as "that night" is.
  const NarrativeAnchor* a = c.anchor();
  if (c.is(i + 1, "that") && j == i + 3 && a && a->set && GrainOfValue(a->value) == ValueGrain::kDay) {
    h->value = FormatDate(a->start) + h->clock;
    h->anchor = TimeAnchor::kText;
    h->anchor_index = a->index;
  }
  return true;
}

}  // namespace crosscheck::time_internal
