// The last pass over a sentence's TimeML hits, FinishTimeML
// (time_grammar.h; docs/TIME.md "TimeML rules"): it drops what is no
// TIMEX3 ("one day" as an adverb, a title), folds a clock's zone
// parenthesis into the local clock and its day, takes the words around a
// part of day into it, extends sets over the weekdays and clocks
// coordinated after them, drops fractions read as quarters, and sets the
// span of hedges after a value ("or so", "or more"). Pure: thread-safe.
#include "recognize/time/time_grammar.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <utility>

namespace crosscheck::time_internal {

namespace {

// "he could one day lead the party", "hopes to one day return": "one day"
// between a modal, "to" or a subject pronoun and a verb is an adverb of an
// indefinite future, no duration (TimeBank leaves it untagged).
bool OneDayAdverb(const Ctx& c, const Hit& h) {
  if (h.type != TimeType::kDuration || h.end != h.begin + 2 || !c.is(h.begin, "one") || !c.is(h.begin + 1, "day"))
    return false;
  static constexpr std::string_view kBefore[] = {"could", "would", "will", "might", "may", "can", "should", "must",
                                                 "to", "he", "she", "they", "we", "i", "you", "it", "who", "'ll"};
  bool before = false;
  for (std::string_view w : kBefore)
    if (c.is(h.begin - 1, w)) before = true;
  if (!before || !c.word(h.end) || c.tok(h.end).capital) return false;
  static constexpr std::string_view kNotVerb[] = {"of", "after", "before", "later", "earlier", "ago", "and", "or",
                                                  "in", "at", "to", "for", "from", "with", "on", "by", "than"};
  for (std::string_view w : kNotVerb)
    if (c.is(h.end, w)) return false;
  return true;
}

// Minutes after midnight of a clock value "T04:15" / "T19:15:00", -1 if none.
int ClockMinutes(const std::string& clock) {
  if (clock.size() < 6 || clock[0] != 'T' || clock[3] != ':') return -1;
  for (int i : {1, 2, 4, 5})
    if (!std::isdigit(static_cast<unsigned char>(clock[i]))) return -1;
  return ((clock[1] - '0') * 10 + (clock[2] - '0')) * 60 + (clock[4] - '0') * 10 + (clock[5] - '0');
}

// "at 4:15 a.m. (1915 GMT Tuesday)": the wire gives the day only with the
// universal time in the parenthesis. A local clock with no day of its own
// is on that day, moved by the zone offset the two clocks imply (offsets
// run from -12 to +14 hours: 04:15 against 19:15 is +9, so the next day,
// Wednesday). Returns the local day, or nothing when the first clock names
// a day itself or the parenthesis names none.
std::optional<CivilDate> LocalDayOfZoneClock(const Ctx& c, const Hit& local, const Hit& zone) {
  if (!zone.day) return std::nullopt;
  for (int t = local.begin; t < local.end; ++t)
    if (c.weekday(t) || c.month(t) || c.is(t, "today") || c.is(t, "tonight") || c.is(t, "yesterday") ||
        c.is(t, "tomorrow"))
      return std::nullopt;
  bool named = false;
  for (int t = zone.begin; t < zone.end; ++t)
    if (c.weekday(t) || c.month(t)) named = true;
  if (!named) return std::nullopt;
  const int a = ClockMinutes(local.clock), b = ClockMinutes(zone.clock);
  if (a < 0 || b < 0) return std::nullopt;
  int shift = 0;
  if (a - b > 14 * 60) shift = -1;
  else if (a - b < -12 * 60) shift = 1;
  return AddDays(*zone.day, shift);
}

// `h` becomes a SET of `value`, no longer a point, range or anchored time.
void MakeSet(Hit* h, std::string value) {
  h->gran = Gran::kSet;
  h->type = TimeType::kSet;
  h->value = std::move(value);
  h->mod.clear();
  h->day.reset();
  h->lo.reset();
  h->hi.reset();
  h->month = h->dom = 0;
  h->anchor = TimeAnchor::kNone;
  h->anchor_index = -1;
}

// "the most recent example", "her more recent books": "recent" graded by
// "most" or "more" ranks things by their age; it names no time (no PAST_REF).
bool GradedRecent(const Ctx& c, const Hit& h) {
  return h.end == h.begin + 1 && c.is(h.begin, "recent") && (c.is(h.begin - 1, "most") || c.is(h.begin - 1, "more"));
}

// "will spend the next day weighing the bill", "spent the last year
// rewriting the code": after a verb of spending time, "the next / past /
// last / previous / following / coming <unit>" is the stretch spent, a
// DURATION of one unit, not the day or year it names (with a count, "spent
// the past two days", it is a DURATION already). An existing hit on those
// words is replaced; else one is added.
void SpentStretches(const Ctx& c, std::vector<Hit>* hits) {
  for (int i = 0; i + 3 < c.size(); ++i) {
    if (!(c.is(i, "spend") || c.is(i, "spends") || c.is(i, "spent") || c.is(i, "spending")) || !c.is(i + 1, "the"))
      continue;
    const int j = i + 2;
    if (!(c.is(j, "next") || c.is(j, "past") || c.is(j, "last") || c.is(j, "previous") || c.is(j, "following") ||
          c.is(j, "coming")))
      continue;
    const WordInfo* u = c.word(j + 1) ? c.info(j + 1) : nullptr;
    if (u == nullptr || u->unit == Unit::kNone || u->plural || c.is(j + 2, "'s") || c.is(j + 2, "of")) continue;
    size_t at = 0;
    while (at < hits->size() && (*hits)[at].end <= i + 1) ++at;
    if (at < hits->size() && (*hits)[at].begin < j + 2) {
      // Only a hit on exactly these words (or on a part of them) is replaced.
      if ((*hits)[at].begin < i + 1 || (*hits)[at].end > j + 2) continue;
    } else {
      hits->insert(hits->begin() + static_cast<long>(at), Hit());
    }
    Hit& h = (*hits)[at];
    h.Reset();
    h.begin = i + 1;
    h.end = j + 2;
    h.type = TimeType::kDuration;
    h.gran = Gran::kDuration;
    h.qty = 1;
    h.unit = u->unit;
    h.serial_lo = h.serial_hi = -1;
    h.value = TimemlDurationValue(1, u->unit);
    // No other hit inside the stretch ("next" and "day" read apart).
    while (at + 1 < hits->size() && (*hits)[at + 1].begin < j + 2) hits->erase(hits->begin() + static_cast<long>(at + 1));
  }
}

}  // namespace

void FinishTimeML(const Ctx& c, std::vector<Hit>* hits) {
  SpentStretches(c, hits);
  for (size_t k = 0; k < hits->size(); ++k) {
    if (OneDayAdverb(c, (*hits)[k]) || InTitle(c, (*hits)[k]) || GradedRecent(c, (*hits)[k])) {
      hits->erase(hits->begin() + static_cast<long>(k--));
      continue;
    }
    // "this past week", "this past weekend": "this" is part of the name
    // (TimeML takes the determiner into the extent, as in "the past week").
    Hit& h = (*hits)[k];
    if (h.type == TimeType::kDate && c.is(h.begin, "past") && c.is(h.begin - 1, "this") &&
        (k == 0 || (*hits)[k - 1].end < h.begin))
      --h.begin;
    // "will close two hours early Friday afternoon", "arrived 20 minutes late
    // Tuesday night": "early"/"late" right after a duration says how far off
    // schedule; it belongs to the duration's phrase, not to the day after it
    // (no START/END, not in the extent).
    if (k > 0 && (c.is(h.begin, "early") || c.is(h.begin, "late")) && h.end > h.begin + 1 &&
        (*hits)[k - 1].end == h.begin && (*hits)[k - 1].type == TimeType::kDuration &&
        (h.type == TimeType::kDate || h.type == TimeType::kTime)) {
      ++h.begin;
      h.mod.clear();
    }
  }
  // A clock that is its whole sentence is a live report's time stamp ("9:34
  // p.m." on a line of its own, then the news of that minute): on the
  // report's day, not on the day the text named last ("ahead of Tuesday's
  // primary").
  if (hits->size() == 1 && c.ref()) {
    Hit& h = (*hits)[0];
    if (h.type == TimeType::kTime && h.anchor == TimeAnchor::kText && h.begin == 0 &&
        (h.end == c.size() || (h.end + 1 == c.size() && c.is(h.end, "."))) && h.clock.size() >= 6 &&
        h.clock[0] == 'T' && h.value.size() > h.clock.size() &&
        h.value.compare(h.value.size() - h.clock.size(), h.clock.size(), h.clock) == 0) {
      h.value = FormatDate(*c.ref()) + h.clock;
      h.day = *c.ref();
      h.lo = *c.ref();
      h.hi = AddDays(*c.ref(), 1);
      h.anchor = TimeAnchor::kReport;
      h.anchor_index = -1;
    }
  }
  // "10:35 a.m. (0735 GMT)": the same time in another zone is no TIMEX3 of its own.
  // The day after the parenthesis is the first clock's day too: "at 10:35
  // a.m. (0735 GMT) Friday", "4:31 a.m. local time (1231 GMT) on Monday"
  // (the day stays a TIMEX3 of its own, as TimeBank has it).
  for (size_t k = 1; k < hits->size(); ++k) {
    Hit& prev = (*hits)[k - 1];
    const Hit& h = (*hits)[k];
    if (h.type == TimeType::kTime && prev.type == TimeType::kTime && c.is(h.begin - 1, "(") &&
        prev.end == h.begin - 1 && c.is(h.end, ")")) {
      const int after = h.end + 1;
      const std::optional<CivilDate> zone_day = LocalDayOfZoneClock(c, prev, h);
      hits->erase(hits->begin() + static_cast<long>(k));
      if (zone_day) {
        prev.value = FormatDate(*zone_day) + prev.clock;
        prev.day = zone_day;
        prev.lo = zone_day;
        prev.hi = AddDays(*zone_day, 1);
        prev.anchor = TimeAnchor::kReport;
        prev.anchor_index = -1;
      } else if (k < hits->size()) {
        const Hit& d = (*hits)[k];
        const bool next = d.begin == after || (c.is(after, "on") && d.begin == after + 1);
        if (next && d.gran == Gran::kDay && d.day && !prev.clock.empty() && prev.clock[0] == 'T' &&
            prev.value.size() >= prev.clock.size() &&
            prev.value.compare(prev.value.size() - prev.clock.size(), prev.clock.size(), prev.clock) == 0) {
          prev.value = FormatDate(*d.day) + prev.clock;
          prev.day = d.day;
          prev.lo = d.lo;
          prev.hi = d.hi;
          prev.anchor = d.anchor;
          prev.anchor_index = d.anchor_index;
        }
      }
      --k;
    }
  }
  // Parts of day by their words around them (TimeML: the determiner and the
  // modifier inside, the mod kept): "late in the evening" (END), "early in
  // the morning" (START); "in the early evening" takes "the". A part with no
  // day of its own followed by "on" and a day is on that day ("in the
  // afternoon on Monday"; the day stays a TIMEX3 of its own).
  for (size_t k = 0; k < hits->size(); ++k) {
    Hit& h = (*hits)[k];
    if (h.gran != Gran::kPart || h.clock.size() != 3 || h.clock[0] != 'T') continue;
    const int floor = k == 0 ? 0 : (*hits)[k - 1].end;
    if (c.is(h.begin, "the") && c.is(h.begin - 1, "in") && h.end == h.begin + 2 && h.mod.empty() &&
        (c.is(h.begin - 2, "late") || c.is(h.begin - 2, "early")) && h.begin - 2 >= floor) {
      h.mod = c.is(h.begin - 2, "late") ? "END" : "START";
      h.begin -= 2;
    } else if ((c.is(h.begin, "early") || c.is(h.begin, "late")) && c.is(h.begin - 1, "the") &&
               h.begin - 1 >= floor) {
      --h.begin;
    }
    if (k + 1 >= hits->size()) continue;
    const Hit& d = (*hits)[k + 1];
    bool own_day = false;
    for (int t = h.begin; t < h.end; ++t)
      if (c.weekday(t) || c.month(t) || c.num(t) || c.is(t, "today") || c.is(t, "tonight") ||
          c.is(t, "yesterday") || c.is(t, "tomorrow") || c.is(t, "this") || c.is(t, "last") || c.is(t, "next"))
        own_day = true;
    if (own_day || !c.is(h.end, "on") || d.begin != h.end + 1 || d.gran != Gran::kDay || !d.day ||
        d.value.empty() || d.value.find('T') != std::string::npos)
      continue;
    h.value = d.value + h.clock;
    h.day = d.day;
    h.lo = d.lo;
    h.hi = d.hi;
    h.anchor = d.anchor;
    h.anchor_index = d.anchor_index;
  }
  // "a 3 p.m. deadline Friday", "the 10 a.m. news conference on Thursday":
  // a clock modifying a noun (after a determiner) is on the day written
  // right after that noun (one to three lower-case words, not time words).
  for (size_t k = 0; k + 1 < hits->size(); ++k) {
    Hit& h = (*hits)[k];
    const Hit& d = (*hits)[k + 1];
    if (h.gran != Gran::kTime || h.hour < 0 || h.day || h.value.size() < 16 || h.value[10] != 'T' ||
        !(c.is(h.begin - 1, "a") || c.is(h.begin - 1, "an") || c.is(h.begin - 1, "the") ||
          c.is(h.begin - 1, "its") || c.is(h.begin - 1, "his") || c.is(h.begin - 1, "her") ||
          c.is(h.begin - 1, "their")) ||
        d.gran != Gran::kDay || !d.day || d.value.empty() || d.value.find('T') != std::string::npos)
      continue;
    const int nouns_end = c.is(d.begin - 1, "on") ? d.begin - 1 : d.begin;
    const int nouns = nouns_end - h.end;
    bool noun_phrase = nouns >= 1 && nouns <= 3;
    for (int t = h.end; noun_phrase && t < nouns_end; ++t)
      if (!c.word(t) || c.tok(t).capital || c.info(t)) noun_phrase = false;
    if (!noun_phrase) continue;
    h.value = d.value + h.value.substr(10);
    h.day = d.day;
    h.lo = d.lo;
    h.hi = d.hi;
    h.anchor = d.anchor;
    h.anchor_index = d.anchor_index;
  }
  // "every morning except Sunday", "runs daily except on Fridays": a
  // weekday excepted from a set recurs too (a SET, XXXX-WXX-7), not a date.
  for (size_t k = 1; k < hits->size(); ++k) {
    const Hit& prev = (*hits)[k - 1];
    Hit& h = (*hits)[k];
    if (prev.type != TimeType::kSet || h.gran != Gran::kDay || h.end != h.begin + 1 || !c.weekday(h.begin) ||
        !c.word(h.begin))
      continue;
    const bool excepted = (h.begin == prev.end + 1 && c.is(prev.end, "except")) ||
                          (h.begin == prev.end + 2 && c.is(prev.end, "except") &&
                           (c.is(prev.end + 1, "on") || c.is(prev.end + 1, "for")));
    if (!excepted) continue;
    MakeSet(&h, "XXXX-WXX-" + std::to_string(c.weekday(h.begin)));
  }
  // "twice a day, at 8 a.m. and 8 p.m.": a bare clock set off by a comma
  // after a daily set is the set's time of day (XXXX-XX-XXT08:00), as
  // "three times a day at 8 a.m." is; the clocks coordinated after it
  // follow below.
  for (size_t k = 1; k < hits->size(); ++k) {
    const Hit& prev = (*hits)[k - 1];
    Hit& h = (*hits)[k];
    // "every Sunday, at 11 a.m.": a weekly set's clock likewise (XXXX-WXX-7T11:00).
    const bool weekly = prev.value.size() == 10 && prev.value.rfind("XXXX-WXX-", 0) == 0;
    if (prev.type != TimeType::kSet || (prev.value != "P1D" && !weekly) || h.gran != Gran::kTime || h.day ||
        h.clock.size() < 6 || h.clock[0] != 'T' || h.begin != prev.end + 2 || !c.is(prev.end, ",") ||
        !c.is(prev.end + 1, "at"))
      continue;
    MakeSet(&h, (weekly ? prev.value : std::string("XXXX-XX-XX")) + h.clock);
  }
  // "at 7 a.m. and 3 p.m. daily", "at 9 and 11 a.m. on Sundays": a clock with
  // no day of its own coordinated before a set's clock recurs on the same
  // days (XXXX-XX-XXT07:00), as a clock coordinated after it does (below).
  for (size_t k = 0; k + 1 < hits->size(); ++k) {
    Hit& h = (*hits)[k];
    const Hit& next = (*hits)[k + 1];
    const size_t t = next.value.rfind('T');
    if (h.gran != Gran::kTime || h.day || h.clock.size() < 6 || h.clock[0] != 'T' || next.type != TimeType::kSet ||
        next.value.rfind("XXXX-", 0) != 0 || t == std::string::npos || t + 1 >= next.value.size() ||
        !std::isdigit(static_cast<unsigned char>(next.value[t + 1])))
      continue;
    const bool joined = (next.begin == h.end + 1 && (c.is(h.end, "and") || c.is(h.end, "or"))) ||
                        (next.begin == h.end + 2 && c.is(h.end, ",") && (c.is(h.end + 1, "and") || c.is(h.end + 1, "or")));
    if (!joined) continue;
    std::string clock = h.clock;
    // "at 9 and 11 p.m. daily": a bare hour shares the set clock's half of the day
    if (!h.ampm && h.hour >= 1 && h.hour < 12 && next.hour >= 12 && h.hour + 12 <= next.hour) {
      clock[1] = static_cast<char>('0' + (h.hour + 12) / 10);
      clock[2] = static_cast<char>('0' + (h.hour + 12) % 10);
    }
    h.quant = next.quant;
    MakeSet(&h, next.value.substr(0, t) + clock);
  }
  // "every Monday and Thursday", "each Tuesday, Thursday and Saturday": the
  // weekdays coordinated after a weekly set are sets of their own; so is a
  // weekday with its part ("every Tuesday and Thursday afternoon": the
  // second XXXX-WXX-4TAF) and a season after a seasonal set ("every spring
  // and fall": XXXX-FA).
  for (size_t k = 1; k < hits->size(); ++k) {
    const Hit& prev = (*hits)[k - 1];
    Hit& h = (*hits)[k];
    if (prev.type != TimeType::kSet) continue;
    std::string value;
    // "daily at 6 a.m. and 6 p.m.", "every Sunday at 10 and 12": a clock
    // coordinated after a set's clock is on the same days.
    const size_t t = prev.value.rfind('T');
    if (t != std::string::npos && t + 1 < prev.value.size() && std::isdigit(static_cast<unsigned char>(prev.value[t + 1])) &&
        prev.value.rfind("XXXX-", 0) == 0 && h.gran == Gran::kTime && !h.day && h.clock.size() >= 6 &&
        h.clock[0] == 'T') {
      value = prev.value.substr(0, t) + h.clock;
    } else if (*prev.quant == '\0') {
      continue;
    } else if (prev.value.rfind("XXXX-WXX-", 0) == 0 && (prev.value.size() == 10 || prev.value.size() == 13) &&
        c.weekday(h.begin)) {
      if (h.gran == Gran::kDay && h.end == h.begin + 1) {
        value = "XXXX-WXX-" + std::to_string(c.weekday(h.begin));
      } else if (h.type == TimeType::kTime && h.end == h.begin + 2 && c.info(h.begin + 1) &&
                 c.info(h.begin + 1)->part != PartOfDay::kNone && !c.info(h.begin + 1)->plural) {
        value = "XXXX-WXX-" + std::to_string(c.weekday(h.begin)) + "T" + PartCode(c.info(h.begin + 1)->part);
      }
    } else if (prev.value.size() == 7 && prev.value.rfind("XXXX-", 0) == 0 && h.end == h.begin + 1 &&
               c.info(h.begin) && c.info(h.begin)->season && c.word(h.begin)) {
      static const char* kSeasonCode[] = {"", "SP", "SU", "FA", "WI"};
      value = std::string("XXXX-") + kSeasonCode[c.info(h.begin)->season];
    }
    if (value.empty()) continue;
    const bool joined = (h.begin == prev.end + 1 && (c.is(prev.end, "and") || c.is(prev.end, "or") || c.is(prev.end, ","))) ||
                        (h.begin == prev.end + 2 && c.is(prev.end, ",") && (c.is(prev.end + 1, "and") || c.is(prev.end + 1, "or")));
    if (!joined) continue;
    h.quant = prev.quant;
    MakeSet(&h, value);
  }
  // "between a quarter and a third", "just over a quarter, 26 percent",
  // "more than three-quarters from small donors", "three quarters of
  // voters": a fraction of a whole, no three months. A number joined to
  // "quarters" by a hyphen writes a fraction; "of" after the quarters names
  // the whole, unless that whole is a time ("three quarters of an hour").
  for (size_t k = 0; k < hits->size(); ++k) {
    const Hit& h = (*hits)[k];
    if (h.type != TimeType::kDuration || !(c.is(h.end - 1, "quarter") || c.is(h.end - 1, "quarters"))) continue;
    const int e = h.end;
    bool fraction = false;
    if (c.is(h.end - 2, "a")) {
      fraction = (c.is(e, "and") || c.is(e, "or") || c.is(e, "to")) &&
                 ((c.is(e + 1, "a") && (c.is(e + 2, "third") || c.is(e + 2, "half") || c.is(e + 2, "fifth"))) ||
                  c.is(e + 1, "half"));
      for (int q = e; !fraction && q <= e + 3; ++q) fraction = c.is(q, "percent") || c.is(q, "%");
    } else if (c.is(h.end - 1, "quarters")) {
      int w = e + 1;
      if (c.is(w, "a") || c.is(w, "an") || c.is(w, "the")) ++w;
      const bool of_time = c.is(e, "of") && c.word(w) && c.info(w) && c.info(w)->unit != Unit::kNone;
      const bool hyphen = c.is(h.end - 2, "-") && c.glued(h.end - 2) && c.glued(h.end - 1);
      fraction = !of_time && (hyphen || c.is(e, "of"));
    }
    if (fraction) hits->erase(hits->begin() + static_cast<long>(k--));
  }
  for (Hit& h : *hits) {
    // "the next year or so": APPROX, inside the span; "sometime next year".
    if (c.is(h.end, "or") && c.is(h.end + 1, "so") && h.type != TimeType::kSet) {
      h.end += 2;
      if (h.mod.empty()) h.mod = "APPROX";
    }
    // "a decade or more", "three weeks or longer", "a year or less": the
    // bound is inside, as "or so" is.
    if (h.type == TimeType::kDuration && c.is(h.end, "or") &&
        (c.is(h.end + 1, "more") || c.is(h.end + 1, "longer") || c.is(h.end + 1, "less") || c.is(h.end + 1, "fewer") ||
         c.is(h.end + 1, "shorter")) && !c.is(h.end + 2, "than")) {
      if (h.mod.empty()) h.mod = c.is(h.end + 1, "more") || c.is(h.end + 1, "longer") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
      h.end += 2;
    }
    // "a little (bit) more than a year", "little less than an hour": the
    // hedge is inside with its comparison (MORE_THAN / LESS_THAN kept).
    if (h.type == TimeType::kDuration && (c.is(h.begin, "more") || c.is(h.begin, "less")) &&
        (c.is(h.begin - 1, "little") || (c.is(h.begin - 1, "bit") && c.is(h.begin - 2, "little")))) {
      h.begin -= c.is(h.begin - 1, "bit") ? 2 : 1;
      if (c.is(h.begin - 1, "a")) --h.begin;
    }
    if (c.is(h.begin - 1, "sometime") && h.type == TimeType::kDate) --h.begin;
    // "mere hours after", "a mere two weeks": the belittling word is inside.
    if (h.type == TimeType::kDuration && c.is(h.begin - 1, "mere")) {
      --h.begin;
      if (c.is(h.begin - 1, "a")) --h.begin;
    }
    // "a three-year period": the noun the duration describes is inside.
    if (h.type == TimeType::kDuration && c.is(h.begin - 1, "a") && c.is(h.end - 2, "-") &&
        (c.is(h.end, "period") || c.is(h.end, "span") || c.is(h.end, "stretch") || c.is(h.end, "term") ||
         c.is(h.end, "interval"))) {
      --h.begin;
      ++h.end;
    }
    // Durations the text anchors: "in 3 weeks" (future), "3 weeks from now",
    // "within 18 months" (future), "3 days later" (from the text's last time).
    if (h.type == TimeType::kDuration && h.qty > 0 && !h.lo && h.qty == std::floor(h.qty) &&
        h.unit != Unit::kSecond && h.unit != Unit::kMinute && h.unit != Unit::kHour && h.unit != Unit::kNone) {
      const int n = static_cast<int>(h.qty);
      const bool ahead = (c.is(h.begin - 1, "in") || c.is(h.begin - 1, "within")) && c.Tense(h.begin) > 0;
      const bool from_now = c.is(h.end, "from") && c.is(h.end + 1, "now");
      if (c.ref() && (ahead || from_now)) {
        h.lo = *c.ref();
        h.hi = ShiftByUnit(*c.ref(), h.unit, n);
        h.anchor = TimeAnchor::kReport;
      } else if (c.is(h.end, "later") || c.is(h.end, "afterwards") || c.is(h.end, "afterward")) {
        const NarrativeAnchor* a = c.anchor();
        // The anchor was updated by this sentence's own hits in order; the
        // one before this duration is what it counts from.
        if (a && a->set && h.anchor_from_text) {
          h.lo = h.anchor_start;
          h.hi = ShiftByUnit(h.anchor_start, h.unit, n);
          h.anchor = TimeAnchor::kText;
          h.anchor_index = h.anchor_from_index;
        } else if (c.ref()) {
          h.lo = *c.ref();
          h.hi = ShiftByUnit(*c.ref(), h.unit, n);
          h.anchor = TimeAnchor::kReport;
        }
      }
    }
    if (h.type == TimeType::kDuration && h.lo && h.hi && h.anchor == TimeAnchor::kNone) h.anchor = TimeAnchor::kReport;
    // Values computed from the report date: anchored to it unless the text
    // names the year itself.
    if (h.anchor == TimeAnchor::kNone && c.ref() && !h.value.empty() && h.type != TimeType::kDuration &&
        h.type != TimeType::kSet && h.gran != Gran::kRange &&
        (std::isdigit(static_cast<unsigned char>(h.value[0])) || h.value.find("_REF") != std::string::npos)) {
      bool year_written = false;
      for (int k = h.begin; k < h.end; ++k)
        if (c.num(k) && c.tok(k).digits == 4) year_written = true;
      if (!year_written && !h.has_year) h.anchor = TimeAnchor::kReport;
    }
  }
}

}  // namespace crosscheck::time_internal
