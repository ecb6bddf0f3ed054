// Clock times. Contract: MatchClock (declared in time_grammar.h) tries one
// clock or part-of-day expression at token i of the sentence in Ctx and, on
// success, fills the Hit (span, type TIME or DATE, value, grain, mod; for a
// part of day counted from the text, the narrative anchor) and returns true.
// Clock times here: "7pm", "19:30", "half past eight", "a quarter to 8 in
// the morning", "noon", zones after them; parts of day ("this evening",
// "overnight", "last night", "mid-afternoon") are in time_parts_of_day.cc.
// Durations and sets: time_durations.cc.
#include <cstdio>
#include <cstring>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {
namespace {

// am/pm after token j: returns 1 am, 2 pm, 0 none; sets *end.
int Meridiem(const Ctx& c, int j, int* end) {
  std::string_view w = c.w(j);
  if (!c.word(j)) return 0;
  if (w == "am" || w == "pm" || w == "ampm") {
    int e = j + 1;
    if (c.is(e, ".") && c.glued(e) && w != "ampm" && c.word(j) && c.valid(e + 1) && !c.tok(e + 1).capital && false) ++e;
    *end = e;
    return w == "pm" ? 2 : 1;
  }
  if (w == "a" || w == "p") {
    int k = j + 1;
    if (c.is(k, ".")) ++k;
    if (c.is(k, "m") && (k == j + 1 || c.is(k - 1, "."))) {
      int e = k + 1;
      // "a.m." keeps its last period; before a capital it may end the
      // sentence too (TimeML keeps it: "at 10:35 a.m. Friday").
      if (c.is(e, ".") && c.glued(e) && (c.timeml() || !(c.valid(e + 1) && c.tok(e + 1).capital))) ++e;
      *end = e;
      return w == "p" ? 2 : 1;
    }
    // "9p", "9a." (glued to the number only)
    if (c.glued(j) && c.num(j - 1)) {
      if (w == "a" && !c.is(j + 1, ".")) return 0;
      *end = j + 1;
      return w == "p" ? 2 : 1;
    }
  }
  return 0;
}

// "in the morning", "in the evening", "afternoon", "at night": part of day after a time.
PartOfDay TrailingPart(const Ctx& c, int j, int* end) {
  int k = j;
  if (c.is(k, "in") && c.is(k + 1, "the")) k += 2;
  else if (c.is(k, "at") && c.is(k + 1, "night")) k += 1;
  else if (c.is(k, "this")) k += 1;
  const WordInfo* f = c.info(k);
  if (!f || f->part == PartOfDay::kNone || f->plural || c.is(k, "overnight") || c.is(k, "tonight") ||
      c.is(k, "dawn") || c.is(k, "dusk"))
    return PartOfDay::kNone;
  *end = k + 1;
  return f->part;
}

int Adjust(int hour, int meridiem, PartOfDay part) {
  if (meridiem == 2 && hour < 12) return hour + 12;
  if (meridiem == 1 && hour == 12) return 0;
  if (meridiem == 0 && part != PartOfDay::kNone) {
    if ((part == PartOfDay::kAfternoon || part == PartOfDay::kEvening || part == PartOfDay::kNight) && hour < 12) {
      if (part == PartOfDay::kNight && (hour == 12 || hour < 5)) return hour == 12 ? 0 : hour;
      return hour + 12;
    }
  }
  return hour;
}

// `night_before`: the sentence named a night before the clock ("on
// Thursday night ... at 1 a.m."; NightNamedBefore).
void SetClock(const Ctx& c, Hit* h, int hour, int minute, int second, bool seconds, bool night_before = false) {
  h->gran = Gran::kTime;
  h->type = TimeType::kTime;
  h->hour = hour;
  h->minute = minute;
  char buf[32];
  if (seconds) std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
  else std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
  h->clock = buf;
  h->value = c.ref() ? FormatDate(*c.ref()) + h->clock : h->clock;
  // TimeML: a clock time with no day is on the day the text last named.
  const NarrativeAnchor* a = c.anchor();
  if (c.timeml() && a && a->set && GrainOfValue(a->value) == ValueGrain::kDay) {
    // A clock of the small hours after a night ("played on Thursday night,
    // ending shortly before 1 a.m.", "tonight ... until 2 a.m.") is on the
    // morning after it: the night runs past midnight into the next day.
    // (A bare midnight, T00:00, stays on the night's day.)
    const bool small_hours = hour < 5 && (hour > 0 || minute > 0);
    const bool night = night_before || a->night;
    h->value = FormatDate(small_hours && night ? AddDays(a->start, 1) : a->start) + h->clock;
    h->anchor = TimeAnchor::kText;
    h->anchor_index = a->index;
  }
}


// Named times of day.
bool NamedTime(const Ctx& c, int i, int* end, int* hour, bool* approx) {
  int j = i;
  bool mid = false;
  if (c.is(j, "mid") && (c.is(j + 1, "-") ? c.glued(j + 1) : true)) { mid = true; j += c.is(j + 1, "-") ? 2 : 1; }
  std::string_view w = c.w(j);
  *approx = false;
  if (mid) {
    if (w == "night") *hour = 0;
    else if (w == "morning") *hour = 10;
    else if (w == "afternoon") *hour = 14;
    else if (w == "day") *hour = 12;
    else return false;
    *end = j + 1;
    return true;
  }
  if (w == "noon" || w == "midday" || w == "lunchtime" || w == "noonish") { *hour = 12; *approx = w == "noonish"; }
  else if (w == "midnight") *hour = 0;
  else if (w == "midmorning") *hour = 10;
  else if (w == "midafternoon") *hour = 14;
  else return false;
  *end = j + 1;
  return true;
}

// "Eastern time", "Pacific Standard Time" at token k: the token after the
// zone, else `end`. Out of line: only a capitalised word after a clock.
[[gnu::noinline]] int SpelledZoneEnd(const Ctx& c, int k, int end) {
  // "Moscow time", "Baghdad time": a capitalised place and "time".
  if (c.is(k + 1, "time") && !c.tok(k + 1).capital && !c.weekday(k) && !c.month(k) && !c.info(k)) return k + 2;
  // TimeML: "New York time", "Hong Kong time": two capitalised names.
  if (c.timeml() && c.is(k + 2, "time") && !c.tok(k + 2).capital && c.word(k + 1) && c.tok(k + 1).capital &&
      !c.weekday(k) && !c.month(k) && !c.weekday(k + 1) && !c.month(k + 1) && !c.info(k + 1))
    return k + 3;
  if (!(c.is(k, "eastern") || c.is(k, "central") || c.is(k, "pacific") || c.is(k, "mountain"))) return end;
  int e = k + 1;
  if (c.is(e, "standard") || c.is(e, "daylight")) ++e;
  // TimeML (time31): the zone alone, "9 p.m. Eastern on Thursday", "noon
  // Pacific," before punctuation or "on".
  if (c.timeml() && e == k + 1 && !c.is(e, "time") && ((!c.word(e) && !c.num(e)) || c.is(e, "on"))) return k + 1;
  return c.is(e, "time") ? e + 1 : end;
}

// "last night", "yesterday afternoon", "tomorrow morning" at token k.
[[gnu::noinline]] bool BeforePartOfADay(const Ctx& c, int k) {
  if (!(c.is(k, "last") || c.is(k, "yesterday") || c.is(k, "tomorrow"))) return false;
  const WordInfo* f = c.word(k + 1) ? c.info(k + 1) : nullptr;
  if (!f || f->part == PartOfDay::kNone || f->plural || c.is(k + 1, "tonight") || c.is(k + 1, "overnight")) return false;
  return !c.is(k, "last") || c.is(k + 1, "night") || c.is(k + 1, "evening");
}

// The part of day a singular word names within the 12 tokens before token
// i, in its sentence ("Friday night, he spoke at [9:30]"); kNone when there
// is none. Out of line: only bare hours reach it.
// A night named before token i in its sentence with its day: "Thursday
// night", "last night", "that night", "the night" (not "night shift" after
// another word, nor "nights").
[[gnu::noinline]] bool NightNamedBefore(const Ctx& c, int i) {
  for (int k = i - 1; k >= 1 && k >= i - 12; --k) {
    if (c.is(k, ".") || c.is(k, ";") || c.is(k, "?") || c.is(k, "!")) break;
    const WordInfo* f = c.word(k) ? c.info(k) : nullptr;
    if (f && f->part == PartOfDay::kNight && !f->plural &&
        (c.weekday(k - 1) || c.is(k - 1, "last") || c.is(k - 1, "that") || c.is(k - 1, "the")) &&
        !(c.word(k + 1) && !c.tok(k + 1).capital && !c.info(k + 1) && !c.is(k + 1, "and")))
      return true;
  }
  return false;
}

[[gnu::noinline]] PartOfDay PartBefore(const Ctx& c, int i) {
  for (int k = i - 1; k >= 0 && k >= i - 12; --k) {
    if (c.is(k, ".") || c.is(k, ";") || c.is(k, "?") || c.is(k, "!")) break;
    const WordInfo* f = c.word(k) ? c.info(k) : nullptr;
    if (f && f->part != PartOfDay::kNone && !f->plural && !c.is(k, "overnight")) return f->part;
  }
  return PartOfDay::kNone;
}

// Core clock: numbers with separators or words; returns true and the hour/minute.
bool ClockCore(const Ctx& c, int i, Hit* h, bool after_at) {
  int j = i;
  if (c.is(j, "t") && c.num(j + 1) && c.glued(j + 1) && c.is(j + 2, ":")) ++j;
  int hour = -1, minute = 0, second = 0, end = j;
  bool seconds = false, separator = false, words = false;
  if (c.num(j)) {
    if (c.glued(j) && j > 0 && (c.num(j - 1) || c.is(j - 1, ".") || c.is(j - 1, ",") || c.is(j - 1, "$") ||
                                (c.timeml() && c.is(j - 1, ":"))))
      return false;
    const Tok& t = c.tok(j);
    if (t.digits <= 2) {
      hour = static_cast<int>(t.num);
      end = j + 1;
      if ((c.is(j + 1, ":") || c.is(j + 1, ".")) && c.glued(j + 1) && c.num(j + 2) && c.glued(j + 2) && c.tok(j + 2).digits == 2) {
        minute = static_cast<int>(c.tok(j + 2).num);
        separator = c.is(j + 1, ":");
        end = j + 3;
        if (c.is(j + 1, ".") && !(c.word(end))) return false;
        if (c.is(end, ":") && c.glued(end) && c.num(end + 1) && c.tok(end + 1).digits == 2) {
          second = static_cast<int>(c.tok(end + 1).num); seconds = true; end += 2;
        }
        if (c.is(j + 1, ".") && c.glued(end) && c.is(end, ".") && c.num(end + 1)) return false;
      } else if ((c.is(j + 1, "h") || c.is(j + 1, "H")) && c.num(j + 2) && c.tok(j + 2).digits == 2) {
        minute = static_cast<int>(c.tok(j + 2).num); end = j + 3; separator = true;
      }
    } else if (t.digits == 3 || t.digits == 4) {
      hour = static_cast<int>(t.num / 100); minute = static_cast<int>(t.num % 100); end = j + 1;
      if (t.digits == 4 && (c.is(j + 1, "gmt") || c.is(j + 1, "utc") || c.is(j + 1, "hours") || c.is(j + 1, "hrs") || c.is(j + 1, "z") ||
                            c.is(j + 1, "est") || c.is(j + 1, "edt") || c.is(j + 1, "cst") || c.is(j + 1, "cdt") ||
                            c.is(j + 1, "pst") || c.is(j + 1, "pdt")))
        separator = true;
      // TimeML: "at 0432 local time", "1730 local time Tuesday": a four-digit
      // clock with "local time" after it, as with "GMT".
      if (c.timeml() && t.digits == 4 && c.is(j + 1, "local") && c.is(j + 2, "time") && minute <= 59) separator = true;
      // Military time: "at 0600 hours", "by 2130 hrs" is a clock time (TimeML
      // TIME on the anchoring day), not a duration of 600 hours; so is any
      // four-digit "0xxx hours". Without a leading zero it needs a
      // preposition of time before it ("logged 1500 hours" stays a duration).
      if (t.digits == 4 && (c.is(j + 1, "hours") || c.is(j + 1, "hrs")) && hour <= 23 && minute <= 59 &&
          (c.tok(j).lower[0] == '0' || c.is(j - 1, "at") || c.is(j - 1, "by") || c.is(j - 1, "until") ||
           c.is(j - 1, "till") || c.is(j - 1, "before") || c.is(j - 1, "after") || c.is(j - 1, "since") ||
           c.is(j - 1, "from")))
        end = j + 2;
      // TimeML: a military range, "from 0600 to 1800 hours", "between 0800
      // and 1400 hours": "hours" written once covers both clocks. One of
      // them needs a leading zero, or "from" before the first ("between
      // 1000 and 2000 hours" of flying stays a count).
      if (c.timeml() && t.digits == 4 && hour <= 23 && minute <= 59 && end == j + 1) {
        auto military_after = [&c](int k) {  // a four-digit clock with "hours" at k
          return c.num(k) && c.tok(k).digits == 4 && c.tok(k).num % 100 <= 59 && c.tok(k).num / 100 <= 24 &&
                 (c.is(k + 1, "hours") || c.is(k + 1, "hrs"));
        };
        const bool between = c.is(j - 1, "between");
        if (military_after(j + 2) &&
            (c.tok(j).lower[0] == '0' || c.tok(j + 2).lower[0] == '0' || c.is(j - 1, "from")) &&
            (between ? c.is(j + 1, "and")
                     : c.is(j + 1, "to") || c.is(j + 1, "until") || c.is(j + 1, "till") || c.is(j + 1, "-")))
          separator = true;
        // The second clock of such a range: "to 1800 hours".
        if ((c.is(j + 1, "hours") || c.is(j + 1, "hrs")) &&
            (c.is(j - 1, "to") || c.is(j - 1, "and") || c.is(j - 1, "-")) && c.num(j - 2) &&
            c.tok(j - 2).digits == 4 &&
            (c.tok(j - 2).lower[0] == '0' || c.tok(j).lower[0] == '0' || c.is(j - 3, "from")))
          end = j + 2;
      }
    } else {
      return false;
    }
  } else {
    const WordInfo* f = c.info(j);
    if (!f || f->cardinal < 1 || f->cardinal > 23 || c.is(j, "a") || c.is(j, "an")) return false;
    hour = f->cardinal; end = j + 1; words = true;
    int e = end;
    int mm = c.Number(end, &e);
    if (mm >= 1 && mm < 60 && c.word(end) && !c.is(end, "a") && !c.is(end, "an")) { minute = mm; end = e; }
  }
  if (hour < 0 || hour > 24 || minute > 59 || second > 59) return false;
  int e = end;
  int mer = Meridiem(c, end, &e);
  if (mer && hour > 12 && hour != 0) {
    if (hour > 12 && mer) mer = 0;
  }
  bool oclock = false;
  if (!mer && (c.is(end, "o'clock") || (c.is(end, "o") && c.is(end + 1, "'") && c.is(end + 2, "clock")))) {
    oclock = true; e = c.is(end, "o'clock") ? end + 1 : end + 3;
  }
  if (mer) end = e;
  if (oclock) end = e;
  if (c.is(end, "-") && c.glued(end) && c.is(end + 1, "ish")) end += 2;
  else if (c.is(end, "ish") && c.glued(end)) end += 1;
  int pe = end;
  PartOfDay part = TrailingPart(c, end, &pe);
  bool noon_word = false;
  int ne = end, nh = 0;
  bool approx = false;
  if (!mer && NamedTime(c, end, &ne, &nh, &approx) && (hour == 12 || oclock || hour <= 12)) {
    noon_word = true;
  }
  // "one morning", "one night": a number word right before a part of day
  // is a count of them, no hour ("seven in the morning" keeps its "in").
  if (c.timeml() && words && !mer && !oclock && part != PartOfDay::kNone && pe == end + 1) return false;
  bool ok = mer || separator || oclock || part != PartOfDay::kNone || noon_word || c.is(end - 1, "ish");
  // TimeML: "just after 11 last night", "around 2 yesterday afternoon": a
  // bare hour after a time preposition, before a part of another day, is a
  // clock (composed with that part, time_parse.cc).
  if (!ok && c.timeml() && hour >= 1 && hour <= 12 && !seconds && BeforePartOfADay(c, end) &&
      (c.is(i - 1, "after") || c.is(i - 1, "before") || c.is(i - 1, "around") || c.is(i - 1, "about") ||
       c.is(i - 1, "until") || c.is(i - 1, "since") || c.is(i - 1, "by") || c.is(i - 1, "till")))
    ok = true;
  if (!ok && after_at && hour <= 12 && !seconds) {
    // "at 7", "at seven", "at eleven five": the next token must not make it a quantity.
    const WordInfo* f = c.info(end);
    bool quantity = c.is(end, "%") || c.is(end, "percent") || (f && f->unit != Unit::kNone) ||
                    (c.word(end) && !f && !c.tok(end).capital && !c.is(end, "and") && !c.is(end, "on") &&
                     !c.is(end, "tonight") && !c.is(end, "today") && !c.is(end, "local") && !c.is(end, "or") &&
                     !c.is(end, "to") && !c.is(end, "until") && !c.is(end, "till") && !c.is(end, "when"));
    if (c.is(end, ".") && c.num(end + 1) && c.glued(end + 1)) quantity = true;
    if (c.is(end, ",") && c.num(end + 1) && c.glued(end + 1)) quantity = true;
    ok = !quantity && (words || c.tok(i).digits <= 2);
    // TimeML: "at seven on Sundays", "at nine on Friday": a day after "on"
    // makes a spelled hour a clock, as the end of the sentence does (time32).
    const WordInfo* on_day = c.is(end, "on") ? c.info(end + 1) : nullptr;
    const bool day_after = c.timeml() && on_day && c.word(end + 1) && (on_day->weekday || on_day->month);
    if (words && minute == 0 && !day_after &&
        !(c.valid(end) ? (c.is(end, ".") || c.is(end, "!") || c.is(end, "?") || c.is(end, "tonight") ||
                          c.is(end, "today") || c.is(end, "tomorrow")) : true))
      ok = false;
  }
  if (!ok) return false;
  // TimeML: "First Corinthians 9:25", "John 3:16": a chapter and verse
  // after a name (a capitalised word the table does not know, not the
  // sentence's first) is no clock; "Tuesday 9:25", "EST 9:25" stay.
  if (c.timeml() && separator && !mer && !oclock && !after_at && part == PartOfDay::kNone && i == j && i >= 2 &&
      c.word(i - 1) && c.tok(i - 1).capital && !c.info(i - 1) && c.word(i - 2))
    return false;
  if (!mer && !separator && !oclock && c.num(j) && c.tok(j).digits >= 3 && part == PartOfDay::kNone) return false;
  // TimeML: "a winning time of 2:05:41", "finished in 1:02:33": a race time
  // (a length of time) is no clock time; a clock with seconds needs am/pm,
  // a zone, "at" or a numeric date ("12/05/1998 09:42:00") before it.
  const bool after_date = c.num(i - 1) && c.glued(i - 1) && (c.is(i - 2, "/") || c.is(i - 2, "-")) &&
                          c.num(i - 3) && !c.glued(i);
  if (c.timeml() && seconds && !mer && !after_at && !after_date && part == PartOfDay::kNone) {
    const WordInfo* z = c.info(end);
    const bool zone = c.is(end, "gmt") || c.is(end, "utc") || c.is(end, "local") || c.is(end, "est") ||
                      c.is(end, "edt") || c.is(end, "pst") || c.is(end, "pdt");
    if (!zone || (z && z->unit != Unit::kNone)) return false;
  }
  if (noon_word) {
    end = ne;
    if (nh == 0) hour = (hour == 12) ? 0 : hour;
    else if (hour < 12 && hour <= 6 && c.is(ne - 1, "lunchtime")) hour += 12;
  }
  if (part != PartOfDay::kNone && !noon_word) end = pe;
  hour = Adjust(hour, mer, noon_word ? PartOfDay::kNone : part);
  if (hour == 24) hour = 0;
  if (hour > 23) return false;
  // TimeML: a bare hour after a part of day its sentence names ("Friday
  // night, he spoke at 9:30", "Tonight the president speaks at 9") is in
  // that part's half of the day, as "every night at 9" is.
  if (c.timeml() && !mer && !noon_word && part == PartOfDay::kNone && hour >= 1 && hour < 12 &&
      !(c.num(i) && c.tok(i).digits == 2 && hour < 10)) {
    const PartOfDay before = PartBefore(c, i);
    if (before == PartOfDay::kAfternoon || before == PartOfDay::kEvening ||
        (before == PartOfDay::kNight && hour >= 5))
      hour += 12;
  }
  h->begin = i; h->end = end;
  h->meridiem = mer || separator;
  h->ampm = mer != 0;
  SetClock(c, h, hour, minute, second, seconds, c.timeml() && hour < 5 && NightNamedBefore(c, i));
  return true;
}

// "half past eight", "a quarter to 8", "20 min past eight", "three minutes to eight", "10 past 9".
bool PastTo(const Ctx& c, int i, Hit* h) {
  int j = i, minutes = -1;
  if (c.is(j, "a") && c.is(j + 1, "quarter")) { minutes = 15; j += 2; }
  else if (c.is(j, "quarter")) { minutes = 15; j += 1; }
  else if (c.is(j, "half")) { minutes = 30; j += 1; }
  else if (c.is(j, "three") && c.is(j + 1, "quarters")) { minutes = 45; j += 2; }
  else {
    int e = j;
    int n = c.Number(j, &e);
    if (n < 1 || n > 59 || c.is(j, "a") || c.is(j, "an")) return false;
    if (c.num(j) && c.tok(j).lower.size() > 2) return false;  // "00050 past 6" is not ten to seven
    minutes = n; j = e;
    bool unit = false;
    if (c.is(j, "min") || c.is(j, "mins") || c.is(j, "minute") || c.is(j, "minutes")) { ++j; unit = true; }
    if (!unit && !c.is(j, "past")) return false;  // "10 to 1" is a ratio
  }
  bool past = c.is(j, "past") || c.is(j, "after");
  bool to = c.is(j, "to") || c.is(j, "before");
  if (!past && !to) return false;
  Hit core;
  if (!ClockCore(c, j + 1, &core, true)) return false;
  int hour = core.hour, minute = core.minute;
  if (past) minute += minutes;
  else { minute -= minutes; if (minute < 0) { minute += 60; hour = (hour + 23) % 24; } }
  if (minute >= 60) { minute -= 60; hour = (hour + 1) % 24; }
  *h = core;
  h->begin = i;
  SetClock(c, h, hour, minute, 0, false);
  return true;
}

// "in the afternoon at 7", "afternoon 7:00", "at lunchtime 12 o'clock", "in the night five thirty".
bool PartThenClock(const Ctx& c, int i, Hit* h) {
  int j = i;
  if (c.is(j, "at") && c.is(j + 1, "lunchtime")) j += 1;
  else if (c.is(j, "in") && c.is(j + 1, "the")) j += 2;
  const WordInfo* f = c.info(j);
  bool lunch = c.is(j, "lunchtime");
  if (!lunch && (!f || f->part == PartOfDay::kNone || f->plural)) return false;
  int k = j + 1;
  bool at = false;
  if (c.is(k, "at")) { ++k; at = true; }
  Hit core;
  if (!ClockCore(c, k, &core, true)) return false;
  if (!at && !core.meridiem && c.word(k) && !c.word(k + 1) && false) return false;
  int hour = core.hour;
  if (!lunch && core.hour < 12) hour = Adjust(core.hour, 0, f->part);
  *h = core;
  h->begin = i;
  SetClock(c, h, hour, core.minute, 0, false);
  if (core.clock.size() > 6) SetClock(c, h, hour, core.minute, std::atoi(core.clock.c_str() + 7), true);
  return true;
}

bool NamedClock(const Ctx& c, int i, Hit* h) {
  int e = i, hour = 0;
  bool approx = false;
  if (!NamedTime(c, i, &e, &hour, &approx)) return false;
  if (c.timeml() && c.is(i - 1, "high")) return false;  // "high noon": an idiom
  if (c.is(i, "lunchtime") && !c.is(i - 1, "at")) {}
  h->begin = i; h->end = e;
  SetClock(c, h, hour, 0, 0, false);
  if (approx) h->mod = "APPROX";
  return true;
}

bool Clock(const Ctx& c, int i, Hit* h) {
  bool any = false;
  Hit t;
  auto take = [&](bool ok) {
    if (ok && t.end > i && (!any || t.end > h->end)) { *h = std::move(t); any = true; }
    t.Reset();
  };
  take(MatchModifiedPart(c, i, &t));
  // TimeML: "at about 7", "until approximately 4": a hedge between the time
  // preposition and a bare hour keeps it a clock, as "at around 7" is.
  // Not "by about 4 in 10 voters" (a proportion; "by" is the agent's).
  const bool hedged_at = c.timeml() && (c.is(i - 1, "about") || c.is(i - 1, "approximately")) &&
                         (c.is(i - 2, "at") || c.is(i - 2, "until")) &&
                         !((c.is(i + 1, "in") || c.is(i + 1, "of") || c.is(i + 1, "out")) &&
                           (c.num(i + 2) || c.is(i + 2, "of")));
  take(ClockCore(c, i, &t, c.is(i - 1, "at") || c.is(i - 1, "by") || c.is(i - 1, "until") || c.is(i - 1, "around") ||
                               hedged_at));
  take(PastTo(c, i, &t));
  take(MatchPartOfDay(c, i, &t));
  take(PartThenClock(c, i, &t));
  take(NamedClock(c, i, &t));
  if (!any) return false;
  // Time zone after a clock time: "local time", "GMT", "(0600 GMT)".
  if (h->gran == Gran::kTime) {
    int k = h->end;
    if (c.is(k, "local") && c.is(k + 1, "time")) h->end = k + 2;
    // TimeML: "10 p.m. local (1500 GMT)", "local" alone before punctuation.
    else if (c.timeml() && c.is(k, "local") && !c.word(k + 1) && !c.num(k + 1)) h->end = k + 1;
    else if (c.is(k, "gmt") || c.is(k, "utc") || c.is(k, "bst") || c.is(k, "cet") || c.is(k, "cest") || c.is(k, "est") ||
             c.is(k, "edt") || c.is(k, "pst") || c.is(k, "pdt") || c.is(k, "eet") || c.is(k, "eest") || c.is(k, "msk"))
      h->end = k + 1;
    else if (c.is(k, "et") && c.tok(k).capital) h->end = k + 1;
    // TimeML: "9 p.m. E.T.", "6 p.m. P.T.": a dotted zone, its last period inside.
    else if (c.timeml() && (c.is(k, "e") || c.is(k, "c") || c.is(k, "m") || c.is(k, "p")) && c.tok(k).capital &&
             c.is(k + 1, ".") && c.glued(k + 1) && c.is(k + 2, "t") && c.glued(k + 2) && c.tok(k + 2).capital)
      h->end = c.is(k + 3, ".") && c.glued(k + 3) ? k + 4 : k + 3;
    // TimeML: a zone spelled out, "8 p.m. Eastern time", "noon Pacific
    // Standard Time": inside the TIMEX3, as "EST" is.
    else if (c.timeml() && c.word(k) && c.tok(k).capital)
      h->end = SpelledZoneEnd(c, k, h->end);
  }
  return true;
}

}  // namespace

bool MatchClock(const Ctx& c, int i, Hit* h) { return Clock(c, i, h); }

}  // namespace crosscheck::time_internal
