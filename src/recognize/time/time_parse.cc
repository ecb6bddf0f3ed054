// The driver. One sentence is scanned into tokens; at each token every
// matcher family (holidays, days, periods, clock times, sets, durations) is
// tried and the longest hit wins (ties go to the family listed first); the
// scan then jumps past the hit. A second pass composes neighbouring hits:
//   weekday + date            "Monday, May 9"          -> one day
//   day + clock/part of day   "Friday night", "May 9 at 10am" -> a time
//   set + clock               "every night at 9", "3pm every day"
//   two endpoints             "from 8am to 6pm", "between May 2 and May 5",
//                             "May 2-5", "from 4 to 22 January"
// A range yields three records: the range and its two endpoints.
#include "recognize/time/time_parse.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "recognize/time/time_grammar.h"

namespace crosscheck {
namespace time_internal {
namespace {

// A lead ("the", "a", "in") begins an expression only when a time word
// follows within a few tokens ("a fairly lengthy period"); most leads in a
// text have none, and all the matchers are spared.
constexpr int kLeadWindow = 5;

bool Startable(const Ctx& c, int i) {
  if (c.num(i)) return true;
  if (c.timeml() && c.is(i, "'") && c.num(i + 1) && c.glued(i + 1)) return true;  // "'98"
  if (!c.word(i)) return false;
  const WordInfo* f = c.info(i);
  if (f && f->lead) {
    for (int j = i + 1; j <= i + kLeadWindow && c.valid(j); ++j)
      if (c.timeish(j)) return true;
    return false;
  }
  if (f && (f->starter || f->month || f->weekday || f->cardinal >= 0 || f->ordinal || f->unit != Unit::kNone ||
            f->part != PartOfDay::kNone || f->season || f->holiday_start))
    return true;
  return false;
}

bool Best(const Ctx& c, int i, Hit* out) {
  bool any = false;
  Hit h;
  auto take = [&](bool ok) {
    if (ok && h.end > i && (!any || h.end > out->end)) { *out = std::move(h); any = true; }
    h.Reset();
  };
  if (c.timeml()) take(MatchTimeML(c, i, &h));
  take(MatchHoliday(c, i, &h));
  take(MatchDay(c, i, &h));
  take(MatchPeriod(c, i, &h));
  take(MatchClock(c, i, &h));
  take(MatchSet(c, i, &h));
  take(MatchDuration(c, i, &h));
  return any;
}

bool IsDayLike(const Hit& h) { return h.gran == Gran::kDay; }

// TimeML: a set's value with a clock in full: "every Sunday at 9"
// XXXX-WXX-7T09:00, "every day at 9", "9 a.m. daily" XXXX-XX-XXT09:00;
// "every night at 9", "nightly at 10": the clock replaces the part of day,
// read in the part's half of the day (XXXX-XX-XXT21:00).
bool SetClockValue(const Hit& a, const Hit& b, std::string* value) {
  const size_t n = a.value.size();
  if (b.hour < 0 || b.clock.size() < 6 || b.clock[0] != 'T') return false;
  std::string base;
  int hour = b.hour;
  // "every morning at 8" (XXXX-XX-XXTMO), "every Monday night at 9"
  // (XXXX-WXX-1TNI): the clock replaces the part, in the part's half of the day.
  if (n >= 13 && a.value.rfind("XXXX-", 0) == 0 && a.value[n - 3] == 'T' &&
      std::isupper(static_cast<unsigned char>(a.value[n - 1]))) {
    const std::string part = a.value.substr(n - 2);
    if (!b.ampm && hour < 12 && (part == "AF" || part == "EV" || (part == "NI" && hour >= 5))) hour += 12;
    base = a.value.substr(0, n - 3);
  } else if (a.value == "P1D") {
    base = "XXXX-XX-XX";
  } else if (a.value.rfind("XXXX", 0) == 0 && a.value.find('T') == std::string::npos) {
    base = a.value;
  }
  if (base.empty()) return false;
  char buf[8];
  std::snprintf(buf, sizeof buf, "T%02d", hour);
  *value = base + buf + b.clock.substr(3);
  return true;
}

// TimeML (TIMEX2/TIMEX3 practice, ISO 8601): "midnight" of a named day is
// that day's end, T24:00 ("the deadline at midnight Friday", "Friday at
// midnight", "midnight tonight"); otherwise the clock as read.
std::string DayClock(const Ctx& c, const Hit& k) {
  if (c.timeml() && k.gran == Gran::kTime && k.hour == 0 && k.minute == 0 && c.is(k.end - 1, "midnight"))
    return "T24:00";
  return k.clock;
}

// Composition of two adjacent hits a (first) and b; connector tokens between them in [a.end, b.begin).
bool Compose(const Ctx& c, const Hit& a, const Hit& b, Hit* out) {
  int gap_begin = a.end, gap_end = b.begin;
  auto gap_is = [&](std::initializer_list<std::string_view> ws) {
    if (gap_end - gap_begin != 1) return false;
    for (std::string_view w : ws) if (c.is(gap_begin, w)) return true;
    return false;
  };
  bool touching = gap_end == gap_begin;
  // weekday + date
  if (a.gran == Gran::kDay && b.gran == Gran::kDay && c.weekday(a.end - 1) && a.end - a.begin <= (c.timeml() ? 3 : 2) &&
      (b.month || b.has_year || c.month(b.begin) || c.month(b.begin + 1) || c.num(b.begin)) &&
      (touching || gap_is({",", "(", "-"}))) {
    *out = b;
    out->begin = a.begin;
    if (c.is(b.end, ")") && c.is(a.end, "(")) out->end = b.end + 1;
    return true;
  }
  // day + clock / part of day ("Friday night", "tomorrow at 9am", "May 9 at 10:00")
  if (IsDayLike(a) && IsClock(b) && !a.value.empty() && (touching || gap_is({"at", ",", "around", "by"}))) {
    // TimeML: "Saturday at dawn", "Monday at dusk": the light's time of
    // that day, as "dawn Saturday" is (time31).
    const bool light_at = c.timeml() && b.gran == Gran::kPart && b.end - b.begin == 1 && gap_is({"at"}) &&
                          (c.is(b.begin, "dawn") || c.is(b.begin, "dusk") || c.is(b.begin, "daybreak") ||
                           c.is(b.begin, "nightfall") || c.is(b.begin, "sunrise") || c.is(b.begin, "sunset"));
    if (b.gran == Gran::kPart && !touching && !light_at) return false;
    if (b.gran == Gran::kPart && (c.is(b.begin, "in") || c.is(b.begin, "this") || c.is(b.begin, "last"))) return false;
    *out = b;
    out->begin = a.begin;
    out->value = a.value + DayClock(c, b);
    // TimeML: "early Monday morning", "late Tuesday night": the day's
    // modifier is the time's.
    if (c.timeml() && out->mod.empty()) out->mod = a.mod;
    out->lo = a.lo; out->hi = a.hi; out->day = a.day;
    out->anchor = a.anchor; out->anchor_index = a.anchor_index;
    return true;
  }
  // "overnight Monday", "dawn Sunday", "dawn on Sunday" (TimeML): the part
  // of that day.
  if (c.timeml() && a.gran == Gran::kPart && a.end - a.begin == 1 && (touching || gap_is({"on"})) &&
      (c.is(a.begin, "overnight") || c.is(a.begin, "dawn") || c.is(a.begin, "dusk") || c.is(a.begin, "daybreak") ||
       c.is(a.begin, "nightfall") || c.is(a.begin, "sunrise") || c.is(a.begin, "sunset") ||
       c.is(a.begin, "sundown") || c.is(a.begin, "sunup")) &&
      IsDayLike(b) && !b.value.empty() && b.value.find('T') == std::string::npos && b.gran == Gran::kDay) {
    *out = a;
    out->end = b.end;
    out->value = b.value + a.clock;
    out->lo = b.lo; out->hi = b.hi; out->day = b.day;
    out->anchor = b.anchor; out->anchor_index = b.anchor_index;
    return true;
  }
  // "the early hours Sunday", "the pre-dawn hours on Monday" (TimeML,
  // time31): as "dawn Sunday", the part of that day.
  if (c.timeml() && a.gran == Gran::kPart && c.is(a.begin, "the") && c.is(a.end - 1, "hours") &&
      (touching || gap_is({"on"})) && IsDayLike(b) && !b.value.empty() &&
      b.value.find('T') == std::string::npos && b.gran == Gran::kDay) {
    *out = a;
    out->end = b.end;
    out->value = b.value + a.clock;
    out->lo = b.lo; out->hi = b.hi; out->day = b.day;
    out->anchor = b.anchor; out->anchor_index = b.anchor_index;
    return true;
  }
  // part of day + "of" + day (TimeML): "the morning of Jan. 5", "the early
  // morning of April 15, 1912" (the finish pass takes "the" in, mod START)
  const bool the_part = c.is(a.begin, "the") ||
                        ((c.is(a.begin, "early") || c.is(a.begin, "late")) && c.is(a.begin - 1, "the"));
  if (c.timeml() && a.gran == Gran::kPart && the_part && IsDayLike(b) && !b.value.empty() && gap_is({"of"}) &&
      b.value.find('T') == std::string::npos) {
    *out = a;
    out->end = b.end;
    out->value = b.value + a.clock;
    out->lo = b.lo; out->hi = b.hi; out->day = b.day;
    out->anchor = b.anchor; out->anchor_index = b.anchor_index;
    return true;
  }
  // clock + part of day of a day (TimeML): "11:30 Sunday night" (the clock
  // already composed with its day), "9:15 yesterday morning", "8 tonight":
  // one TIME on that day, the hour read in the part's half of the day.
  if (c.timeml() && a.gran == Gran::kTime && a.hour >= 0 && a.clock.size() >= 6 && b.gran == Gran::kPart &&
      touching && b.clock.size() == 3) {
    std::string date;
    if (a.day && b.end - b.begin == 1 && !c.is(b.begin, "tonight") && !c.is(b.begin, "overnight")) {
      date = FormatDate(*a.day);
    } else if (!a.day && b.value.size() > b.clock.size() && b.value.compare(b.value.size() - 3, 3, b.clock) == 0 &&
               (c.is(b.begin, "last") || c.is(b.begin, "yesterday") || c.is(b.begin, "tomorrow") ||
                c.is(b.begin, "this") || c.is(b.begin, "tonight") || c.weekday(b.begin) ||
                // "at 9 the next morning", "6 a.m. the following morning",
                // "at 11 that night": the part counted from the text's day.
                c.is(b.begin, "that") ||
                (c.is(b.begin, "the") && (c.is(b.begin + 1, "next") || c.is(b.begin + 1, "following") ||
                                          c.is(b.begin + 1, "previous") || c.is(b.begin + 1, "same"))))) {
      date = b.value.substr(0, b.value.size() - 3);
    }
    if (!date.empty()) {
      int hour = a.hour;
      const bool late = b.clock == "TAF" || b.clock == "TEV" || (b.clock == "TNI" && hour >= 5);
      if (!a.ampm && hour < 12 && late) hour += 12;
      *out = a;
      out->end = b.end;
      out->hour = hour;
      out->clock = a.clock;
      out->clock[1] = static_cast<char>('0' + hour / 10);
      out->clock[2] = static_cast<char>('0' + hour % 10);
      out->value = date + (hour == 0 ? DayClock(c, a) : out->clock);
      if (!a.day) { out->lo = b.lo; out->hi = b.hi; out->anchor = b.anchor; out->anchor_index = b.anchor_index; }
      return true;
    }
  }
  // clock + day ("10am on Monday", "9pm Friday")
  if (IsClock(a) && a.gran == Gran::kTime && IsDayLike(b) && !b.value.empty() && (touching || gap_is({"on"})) &&
      !c.weekday(b.end) ) {
    if (b.value.find('T') != std::string::npos) return false;
    *out = a;
    out->end = b.end;
    out->value = b.value + DayClock(c, a);
    out->lo = b.lo; out->hi = b.hi; out->day = b.day;
    out->anchor = b.anchor; out->anchor_index = b.anchor_index;
    return true;
  }
  // TimeML: "4:15 p.m. Thursday, Dec. 3": a clock already on a weekday
  // takes the date after a comma that falls on that weekday, as "Thursday,
  // Dec. 3" is one date (the date decides the day).
  if (c.timeml() && a.gran == Gran::kTime && a.day && c.weekday(a.end - 1) && b.gran == Gran::kDay && b.day &&
      Weekday(*b.day) == c.weekday(a.end - 1) && gap_is({","}) && b.value.find('T') == std::string::npos &&
      a.clock.size() >= 3) {
    *out = a;
    out->end = b.end;
    out->value = b.value + a.clock;
    out->lo = b.lo; out->hi = b.hi; out->day = b.day;
    out->anchor = b.anchor; out->anchor_index = b.anchor_index;
    return true;
  }
  if (ComposeDurations(c, a, b, out)) return true;  // "an hour and 15 minutes"
  // set + clock, clock + set
  if (a.gran == Gran::kSet && b.gran == Gran::kTime && (touching || gap_is({"at"}))) {
    *out = a; out->end = b.end;
    if (c.timeml() && SetClockValue(a, b, &out->value)) return true;
    out->value = (a.value.rfind("XXXX", 0) == 0 ? a.value : std::string()) + b.clock.substr(0, b.clock.size() >= 6 && b.clock.substr(3) == ":00" ? 3 : std::string::npos);
    return true;
  }
  // TimeML: set + part of day, "every day at dawn" (XXXX-XX-XXTMO), "every
  // Monday at dusk" (XXXX-WXX-1TEV): the part on each of the set's days.
  if (c.timeml() && a.gran == Gran::kSet && b.gran == Gran::kPart && gap_is({"at"}) && b.clock.size() == 3 &&
      (a.value == "P1D" || (a.value.rfind("XXXX", 0) == 0 && a.value.find('T') == std::string::npos))) {
    *out = a; out->end = b.end;
    out->value = (a.value == "P1D" ? std::string("XXXX-XX-XX") : a.value) + b.clock;
    return true;
  }
  if (a.gran == Gran::kTime && b.gran == Gran::kSet && (touching || gap_is({"on"}))) {
    *out = b; out->begin = a.begin;
    if (c.timeml() && SetClockValue(b, a, &out->value)) {
      // the clock kept, so that a bare hour before it ("2-4 p.m. on
      // weekdays") can share its half of the day (below)
      out->hour = a.hour; out->minute = a.minute; out->ampm = a.ampm; out->clock = a.clock;
      return true;
    }
    out->value = (b.value.rfind("XXXX", 0) == 0 ? b.value : std::string()) + a.clock.substr(0, a.clock.size() >= 6 && a.clock.substr(3) == ":00" ? 3 : std::string::npos);
    return true;
  }
  return false;
}

}  // namespace

// The TimeML narrative anchor follows the text: every calendar date or
// time read becomes the time later narrative expressions count from. Its
// index is provisional (-2 - serial) until ParseTimes numbers the output.
void UpdateAnchor(const Ctx& c, const Hit& h) {
  NarrativeAnchor* a = c.anchor();
  // "Monday night": the night read right after the anchor's day marks it.
  if (a && c.timeml() && a->set && h.gran == Gran::kPart && h.clock == "TNI" && a->index == -1 - h.serial_lo)
    a->night = true;
  if (!a || !c.timeml() || !h.lo || !h.hi || h.value.empty() || h.comparison) return;
  if (h.type != TimeType::kDate && h.type != TimeType::kTime) return;
  if (GrainOfValue(h.value) == ValueGrain::kNone) return;
  a->set = true;
  a->index = -2 - h.serial_lo;
  a->value = h.value;
  a->night = h.value.size() > 3 && h.value.compare(h.value.size() - 3, 3, "TNI") == 0;
  a->start = *h.lo;
  a->end = *h.hi;
  if (GrainOfValue(h.value) == ValueGrain::kDay) {
    a->day_set = true;
    a->day_index = a->index;
    a->day = *h.lo;
    a->day_age = 0;
  } else if (a->day_age > 0) {
    a->day_set = false;  // a new sentence moved to another time: the day is not the one narrated
  }
}

std::vector<Hit> RunGrammar(const Ctx& c, std::vector<Hit>* endpoints_out) {
  std::vector<Hit> hits;
  // The narrative anchor as the sentence begins (for quoted "tonight").
  const NarrativeAnchor before = c.anchor() ? *c.anchor() : NarrativeAnchor();
  auto accept = [&](Hit h) {
    h.serial_lo = h.serial_hi = static_cast<int>(hits.size());
    if (c.timeml() && h.type == TimeType::kDuration && c.anchor() && c.anchor()->set &&
        GrainOfValue(c.anchor()->value) == ValueGrain::kDay) {
      h.anchor_from_text = true;
      h.anchor_start = c.anchor()->start;
      h.anchor_from_index = c.anchor()->index;
    }
    UpdateAnchor(c, h);
    hits.push_back(h);
  };
  for (int i = 0; i < c.size();) {
    if (c.timeml()) {
      // "about two years ago", "more than four hours", "around Nov. 1"
      const char* mod = nullptr;
      bool inside = true;
      // (the word table's flag first: most tokens are no modifier, no call)
      const WordInfo* mf = c.info(i);
      int k = mf && mf->modifier ? ModifierAt(c, i, &mod, &inside) : 0;
      Hit h;
      if (k && Startable(c, i + k) && Best(c, i + k, &h) && h.begin == i + k && ModifierFits(c, h, mod)) {
        // A date counted back ("about two years ago", "almost a year
        // earlier") takes "about"/"almost" into its extent, as "roughly"
        // and "nearly" are (TimeML: the modifier is inside, its mod kept).
        if (!inside && h.type == TimeType::kDate && (c.is(i, "about") || c.is(i, "almost")) &&
            (c.is(h.end - 1, "ago") || c.is(h.end - 1, "earlier")))
          inside = true;
        if (inside) h.begin = i;
        if (h.mod.empty()) h.mod = mod;
        i = h.end;
        accept(h);
        continue;
      }
    }
    Hit h;
    if ((c.is(i, "from") || c.is(i, "between") || c.num(i)) && DaysOfRelativeMonth(c, i, &h, endpoints_out)) {
      hits.push_back(h);
      i = h.end;
      continue;
    }
    if (Startable(c, i) && Best(c, i, &h)) {
      i = h.end;
      accept(h);
    } else {
      ++i;
    }
  }
  // Composition of neighbours.
  std::vector<Hit> merged;
  for (size_t k = 0; k < hits.size(); ++k) {
    Hit cur = hits[k];
    while (k + 1 < hits.size()) {
      Hit out;
      if (!Compose(c, cur, hits[k + 1], &out)) break;
      out.serial_lo = cur.serial_lo;
      out.serial_hi = hits[k + 1].serial_hi;
      if (out.anchor == TimeAnchor::kNone) { out.anchor = cur.anchor; out.anchor_index = cur.anchor_index; }
      cur = out;
      ++k;
    }
    merged.push_back(cur);
  }
  // Ranges.
  std::vector<Hit> result;
  for (size_t k = 0; k < merged.size(); ++k) {
    const Hit& a = merged[k];
    bool from = c.is(a.begin - 1, "from") || c.is(a.begin - 1, "between");
    bool between = c.is(a.begin - 1, "between");
    // TimeML: "from 9 a.m. to 5 p.m. daily", "8 a.m.-6 p.m. weekdays": the set
    // adverb after the second clock makes both clocks sets (each its own
    // TIMEX3, XXXX-XX-XXT09:00 and XXXX-XX-XXT17:00), no dated range.
    if (c.timeml() && k + 1 < merged.size() && a.gran == Gran::kTime && a.hour >= 0 && a.clock.size() >= 6 &&
        a.clock[0] == 'T') {
      const Hit& b = merged[k + 1];
      const size_t t = b.value.find('T');
      if (b.gran == Gran::kSet && b.begin == a.end + 1 && (RangeConnector(c, a.end, between) || c.is(a.end, "-")) &&
          (from || !c.is(a.end, "and")) && b.value.rfind("XXXX", 0) == 0 && t != std::string::npos &&
          t + 1 < b.value.size() && std::isdigit(static_cast<unsigned char>(b.value[t + 1]))) {
        Hit a2 = b;
        a2.begin = a.begin; a2.end = a.end;
        a2.value = b.value.substr(0, t) + a.clock;
        a2.hour = a.hour; a2.minute = a.minute; a2.clock = a.clock;
        a2.serial_lo = a.serial_lo; a2.serial_hi = a.serial_hi;
        result.push_back(a2);
        continue;
      }
    }
    if (k + 1 < merged.size()) {
      const Hit& b = merged[k + 1];
      // ("from the 1970s and '80s": two times, no range; TimeML, time32)
      if (b.begin == a.end + 1 && RangeConnector(c, a.end, between) && Rangeable(a, b) &&
          ((c.timeml() ? between : from) || !c.is(a.end, "and"))) {
        Hit a2 = a;
        Hit b2 = b;
        Align(&b2, a);
        // TimeML: "from Monday to Friday", each weekday resolved on its own,
        // can come out reversed; the range is one week's run of days: told
        // in the past it ends on the later day named, otherwise it starts
        // on the first.
        if (c.timeml() && a.gran == Gran::kDay && b.gran == Gran::kDay && a.day && b.day && c.weekday(a.begin) &&
            c.weekday(b.begin) && !a.month && !b.month && *b.day < *a.day) {
          if (c.ClauseTense(a.begin) < 0) SetDay(&a2, AddDays(*a.day, -7));
          else SetDay(&b2, AddDays(*b.day, 7));
        }
        // TimeML: "from 7 a.m. to 8 p.m. Tuesday": a day written after the
        // second clock is the first's too, when the first names none and
        // comes earlier in the day.
        if (c.timeml() && a.gran == Gran::kTime && b.gran == Gran::kTime && !a.day && b.day &&
            a.hour * 60 + a.minute <= b.hour * 60 + b.minute && a.value.size() >= 16 && a.value[10] == 'T' &&
            b.value.size() >= 16 && b.value[10] == 'T') {
          a2.value = b.value.substr(0, 10) + a.value.substr(10);
          a2.day = b.day; a2.lo = b.lo; a2.hi = b.hi;
          a2.anchor = b.anchor; a2.anchor_index = b.anchor_index;
        }
        // TimeML: "from 10 p.m. to 2 a.m.", "between 11 p.m. and 3 a.m.": a
        // second clock earlier in the day than the first, on the same day,
        // is past midnight, on the next day ("from 10 p.m. to 2 a.m.
        // Tuesday": the day written after the second is its own, the first
        // is the evening before).
        if (c.timeml() && a.gran == Gran::kTime && b.gran == Gran::kTime && a.hour >= 0 && b.hour >= 0 &&
            b.hour * 60 + b.minute < a.hour * 60 + a.minute && a2.value.size() >= 16 && a2.value[10] == 'T' &&
            b2.value.size() >= 16 && b2.value[10] == 'T' && !(a.day && b.day) &&
            (b.day || a2.value.compare(0, 10, b2.value, 0, 10) == 0)) {
          if (b.day) {  // on the second's day, moved back below
            a2.value = b2.value.substr(0, 10) + a2.value.substr(10);
            a2.lo = b2.lo; a2.hi = b2.hi;
            a2.anchor = b2.anchor; a2.anchor_index = b2.anchor_index;
          }
          // Told in the past with neither day written and the report's day
          // read for both ("the curfew ran from 10 p.m. to 2 a.m."), the
          // night is the one before the report: the first clock moves back.
          const bool last_night = !a.day && !b.day && c.ref() && a2.value.compare(0, 10, FormatDate(*c.ref())) == 0 &&
                                  c.ClauseTense(a.begin) < 0;
          Hit& moved = b.day || last_night ? a2 : b2;
          const int by = b.day || last_night ? -1 : 1;
          if (std::optional<CivilDate> d = ParseIsoDate(std::string_view(moved.value).substr(0, 10))) {
            moved.value = FormatDate(AddDays(*d, by)) + moved.value.substr(10);
            if (moved.day) moved.day = AddDays(*moved.day, by);
            if (moved.lo) moved.lo = AddDays(*moved.lo, by);
            if (moved.hi) moved.hi = AddDays(*moved.hi, by);
          }
        }
        result.push_back(RangeOf(c, from ? a.begin - 1 : a.begin, b.end, a2, b2, endpoints_out));
        ++k;
        continue;
      }
    }
    // TimeML: "between 2 and 4 p.m.", "from 9 to 11 a.m. Monday", "2-4 p.m.":
    // a bare hour before a clock with a.m./p.m. shares its half of the day
    // (and its day); it is read in the half that keeps it before the second
    // ("from 11 to 1 p.m." starts at 11 a.m.). Before a clock of a set ("2-4
    // p.m. on weekdays") it recurs too: a set of its own, no dated range.
    if (c.timeml() && (a.gran == Gran::kTime || a.gran == Gran::kSet) && a.ampm && a.hour >= 0 && a.begin >= 2 && a.clock.size() >= 6) {
      const int n = a.begin - 2;
      int h1 = 0;
      if (c.num(n) && c.tok(n).digits <= 2) h1 = static_cast<int>(c.tok(n).num);
      else if (c.word(n) && c.info(n) && c.info(n)->cardinal > 0 && !c.is(n, "a") && !c.is(n, "an")) h1 = c.info(n)->cardinal;
      const bool between = c.is(n - 1, "between");
      const bool fr = between || c.is(n - 1, "from");
      const bool dash = c.is(a.begin - 1, "-") && c.glued(a.begin - 1) && c.glued(a.begin) && c.num(n);
      const int start = fr ? n - 1 : n;
      if (h1 >= 1 && h1 <= 12 && (fr || dash) && RangeConnector(c, a.begin - 1, between) &&
          !(c.glued(n) && n > 0 && !c.punct(n - 1)) && !c.is(n - 1, ":") &&
          (result.empty() || result.back().end <= start)) {
        int hour = h1 % 12 + (a.hour >= 12 ? 12 : 0);
        if (hour * 60 > a.hour * 60 + a.minute && hour >= 12) hour -= 12;
        const size_t t = a.value.rfind('T');
        if (hour * 60 < a.hour * 60 + a.minute && t != std::string::npos && a.value.size() >= t + 6 &&
            a.value[t + 3] == ':') {
          Hit first = a;
          first.begin = n; first.end = n + 1;
          first.hour = hour; first.minute = 0;
          char hhmm[8];
          std::snprintf(hhmm, sizeof hhmm, "%02d:00", hour);
          first.value = a.value.substr(0, t + 1) + hhmm + a.value.substr(t + 6);
          first.clock = std::string("T") + hhmm;
          first.mod.clear();
          if (a.gran == Gran::kSet) {
            first.quant = "";
            result.push_back(first);
            result.push_back(a);
            continue;
          }
          result.push_back(RangeOf(c, start, a.end, first, a, endpoints_out));
          continue;
        }
      }
    }
    // "from 4 to 22 January", "between 4-22 January": a bare number before a day-first date.
    if (a.gran == Gran::kDay && a.month && c.num(a.begin) && a.begin >= 2 && c.num(a.begin - 2) &&
        RangeConnector(c, a.begin - 1, c.is(a.begin - 3, "between")) && c.tok(a.begin - 2).digits <= 2) {
      int dom = static_cast<int>(c.tok(a.begin - 2).num);
      bool fr = c.is(a.begin - 3, "from") || c.is(a.begin - 3, "between");
      if (dom >= 1 && dom <= 31 && (result.empty() || result.back().end <= a.begin - 2 - (fr ? 1 : 0))) {
        Hit first = a;
        first.begin = a.begin - 2; first.end = a.begin - 1;
        if (a.day) {
          CivilDate d{a.day->year, a.day->month, std::min(dom, DaysInMonth(a.day->year, a.day->month))};
          SetDay(&first, d);
        } else {
          char buf[24]; std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", a.month, dom); first.value = buf;
        }
        result.push_back(RangeOf(c, fr ? a.begin - 3 : a.begin - 2, a.end, first, a, endpoints_out));
        continue;
      }
    }
    // "November 19-20", "May 2 to 5"
    if (a.gran == Gran::kDay && a.month && !c.num(a.begin) && c.num(a.end - 1) && RangeConnector(c, a.end, false) &&
        !c.is(a.end, "and") && c.num(a.end + 1) && c.tok(a.end + 1).digits <= 2 &&
        (k + 1 >= merged.size() || merged[k + 1].begin > a.end + 1) && !c.is(a.end + 2, ":") &&
        !(c.word(a.end + 2) && c.info(a.end + 2) && c.info(a.end + 2)->unit != Unit::kNone)) {
      int dom = static_cast<int>(c.tok(a.end + 1).num);
      if (dom > (a.dom ? a.dom : 0) && dom <= 31) {
        Hit second = a;
        second.begin = a.end + 1; second.end = a.end + 2;
        if (a.day) SetDay(&second, CivilDate{a.day->year, a.day->month, std::min(dom, DaysInMonth(a.day->year, a.day->month))});
        else { char buf[24]; std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", a.month, dom); second.value = buf; }
        int end = a.end + 2, e = end;
        if (c.is(end, ",")) ++e;
        int y = c.Year(e, &e);
        if (y && a.day) { end = e; }
        result.push_back(RangeOf(c, from ? a.begin - 1 : a.begin, end, a, second, endpoints_out));
        continue;
      }
    }
    // "1998-99", "2008-09", "2008-9", "2011/12": two years (TimeML); one
    // digit only for the next year.
    if (c.timeml() && a.gran == Gran::kYear && a.value.size() == 4 && (c.is(a.end, "-") || c.is(a.end, "/")) &&
        c.glued(a.end) && c.num(a.end + 1) && c.glued(a.end + 1) &&
        (c.tok(a.end + 1).digits == 2 || c.tok(a.end + 1).digits == 1) &&
        (k + 1 >= merged.size() || merged[k + 1].begin > a.end + 1) && !(c.glued(a.end + 2) && !c.punct(a.end + 2))) {
      const int y1 = std::atoi(a.value.c_str());
      const bool one = c.tok(a.end + 1).digits == 1;
      const int step = one ? 10 : 100;
      int y2 = y1 / step * step + static_cast<int>(c.tok(a.end + 1).num);
      if (y2 <= y1) y2 += step;
      if (one ? y2 == y1 + 1 : y2 - y1 <= 10) {
        Hit second;
        second.begin = a.end + 1;
        second.end = a.end + 2;
        second.has_year = true;
        SetYear(&second, y2);
        result.push_back(RangeOf(c, from ? a.begin - 1 : a.begin, a.end + 2, a, second, endpoints_out));
        continue;
      }
    }
    // "April 24 and 25": a second day of the same month (TimeML lists them apart).
    if (c.timeml() && a.gran == Gran::kDay && a.month && !c.num(a.begin) && c.num(a.end - 1) && c.is(a.end, "and") &&
        c.num(a.end + 1) && c.tok(a.end + 1).digits <= 2 && !c.glued(a.end + 1) &&
        (k + 1 >= merged.size() || merged[k + 1].begin > a.end + 1) && !c.is(a.end + 2, ":") &&
        !c.is(a.end + 2, "%") && !(c.info(a.end + 2) && c.info(a.end + 2)->unit != Unit::kNone) &&
        !(c.word(a.end + 2) && !c.tok(a.end + 2).capital && !c.is(a.end + 2, "at") && !c.is(a.end + 2, "in"))) {
      int dom = static_cast<int>(c.tok(a.end + 1).num);
      if (dom > a.dom && dom <= 31) {
        Hit second = a;
        second.begin = a.end + 1;
        second.end = a.end + 2;
        second.serial_lo = second.serial_hi = -1;
        if (a.day) SetDay(&second, CivilDate{a.day->year, a.day->month, std::min(dom, DaysInMonth(a.day->year, a.day->month))});
        else { char buf[24]; std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", a.month, dom); second.value = buf; }
        result.push_back(a);
        result.push_back(second);
        continue;
      }
    }
    result.push_back(a);
  }
  if (c.timeml()) {
    // TimeML: the clocks of a habit ("airs weekdays from 6 to 9 a.m.", "is
    // open every day from 10 a.m. to 5 p.m."): a clock range right after a
    // set, with no day of its own, is on no particular day (XXXX-XX-XXT06:00),
    // as "daily at 9 a.m." composes into the set's XXXX-XX-XXT09:00.
    for (size_t k = 1; k < result.size(); ++k) {
      Hit& r = result[k];
      const Hit& set = result[k - 1];
      if (r.gran != Gran::kRange || r.type != TimeType::kTime || set.type != TimeType::kSet || r.begin != set.end ||
          !(c.is(r.begin, "from") || c.is(r.begin, "between")))
        continue;
      Hit& a = (*endpoints_out)[static_cast<size_t>(r.range_from)];
      Hit& b = (*endpoints_out)[static_cast<size_t>(r.range_to)];
      if (a.gran != Gran::kTime || b.gran != Gran::kTime || a.clock.empty() || b.clock.empty() ||
          a.value.size() != 10 + a.clock.size() || b.value.size() != 10 + b.clock.size() || a.day || b.day)
        continue;
      const size_t comma = r.value.rfind(",P");
      const std::string dur = comma == std::string::npos ? std::string(")") : r.value.substr(comma);
      for (Hit* e : {&a, &b}) {
        e->value = "XXXX-XX-XX" + e->clock;
        e->lo.reset();
        e->hi.reset();
        e->anchor = TimeAnchor::kNone;
        e->anchor_index = -1;
      }
      r.value = "(" + a.value + "," + b.value + dur;
      r.lo.reset();
      r.hi.reset();
    }
    FinishTimeML(c, &result);
    if (!result.empty()) DateQuotedDeictics(c, &result, before);
  }
  return result;
}

const char* GrainName(Gran g) {
  switch (g) {
    case Gran::kDay: return "day";
    case Gran::kWeek: return "week";
    case Gran::kMonth: return "month";
    case Gran::kYear: return "year";
    case Gran::kPeriod: return "period";
    case Gran::kTime: return "time";
    case Gran::kPart: return "part";
    case Gran::kDuration: return "duration";
    case Gran::kSet: return "set";
    case Gran::kRange: return "range";
    case Gran::kNone: break;
  }
  return "period";
}

}  // namespace time_internal

std::vector<TimeMention> ParseTimes(std::string_view text, std::optional<CivilDate> reference,
                                    const TimeOptions& options) {
  NarrativeAnchor anchor;
  return ParseTimes(text, reference, options, &anchor, 0);
}

std::vector<TimeMention> ParseTimes(std::string_view text, std::optional<CivilDate> reference,
                                    const TimeOptions& options, NarrativeAnchor* anchor, int index_base) {
  using namespace time_internal;
  thread_local Scan scan;
  ScanText(text, &scan, options.profile == TimeProfile::kTimeML);
  Ctx c(text, scan, reference, options.profile, anchor);
  std::vector<Hit> endpoints;
  std::vector<Hit> hits = RunGrammar(c, &endpoints);
  std::vector<TimeMention> out;
  out.reserve(hits.size() + endpoints.size());
  auto convert = [&](const Hit& h) {
    TimeMention m;
    m.span.start = c.tok(h.begin).start;
    m.span.end = c.tok(h.end - 1).end;
    m.type = h.type;
    m.value = h.value;
    m.mod = h.mod;
    m.grain = GrainName(h.gran);
    m.holiday = h.holiday;
    if (h.lo) m.interval_start = FormatDate(*h.lo);
    if (h.hi) m.interval_end = FormatDate(*h.hi);
    m.anchor = h.anchor;
    m.anchor_index = h.anchor_index;
    m.quant = h.quant;
    if (h.freq > 0) m.freq = std::to_string(h.freq) + h.freq_unit;
    return m;
  };
  // serial (first-pass hit) -> output index, for anchors set in this sentence
  std::vector<int> serial_to_index;
  auto note = [&](const Hit& h, int index) {
    for (int s = h.serial_lo; s >= 0 && s <= h.serial_hi; ++s) {
      if (static_cast<int>(serial_to_index.size()) <= s) serial_to_index.resize(s + 1, -1);
      serial_to_index[s] = index;
    }
  };
  for (const Hit& h : hits) {
    if (h.gran == Gran::kRange) {
      int self = static_cast<int>(out.size());
      out.push_back(convert(h));
      out[self].range_from = self + 1;
      out[self].range_to = self + 2;
      TimeMention a = convert(endpoints[h.range_from]);
      TimeMention b = convert(endpoints[h.range_to]);
      a.part_of = self;
      b.part_of = self;
      note(endpoints[h.range_from], self + 1);
      note(endpoints[h.range_to], self + 2);
      out.push_back(a);
      out.push_back(b);
    } else {
      note(h, static_cast<int>(out.size()));
      out.push_back(convert(h));
    }
  }
  auto global = [&](int index) {  // provisional (-2 - serial) -> index_base + output index
    if (index >= -1) return index;
    int serial = -2 - index;
    if (serial >= static_cast<int>(serial_to_index.size()) || serial_to_index[serial] < 0) return -1;
    return index_base + serial_to_index[serial];
  };
  for (TimeMention& m : out) {
    if (m.anchor != TimeAnchor::kText) continue;
    m.anchor_index = global(m.anchor_index);
    if (m.anchor_index < 0) m.anchor = TimeAnchor::kReport;
  }
  if (anchor && anchor->set) anchor->index = global(anchor->index);
  if (anchor && anchor->day_set) {
    anchor->day_index = global(anchor->day_index);
    ++anchor->day_age;
  }
  return out;
}

}  // namespace crosscheck
