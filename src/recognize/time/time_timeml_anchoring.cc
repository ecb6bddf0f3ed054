// Anchoring and grain helpers of the TimeML families (time_timeml.cc,
// time_timeml_financial.cc, time_periods.cc ...): the grain of a value
// ("1998-Q3" a quarter), a date moved by a unit, the period of a unit
// holding a date, and where a narrative expression counts from (the text's
// last time when it is fine enough, else the report date).
#include <cctype>
#include <cstdint>
#include <string>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {

int QuarterOf(const CivilDate& d) { return (d.month - 1) / 3 + 1; }

void SetQuarter(Hit* h, int year, int q) {
  h->gran = Gran::kPeriod;
  h->type = TimeType::kDate;
  h->value = std::to_string(year) + "-Q" + std::to_string(q);
  h->lo = CivilDate{year, 3 * (q - 1) + 1, 1};
  h->hi = AddMonths(*h->lo, 3);
}

ValueGrain GrainOfValue(std::string_view v) {
  auto digit = [&](size_t k) { return k < v.size() && std::isdigit(static_cast<unsigned char>(v[k])); };
  if (!(digit(0) && digit(1) && digit(2) && digit(3))) return ValueGrain::kNone;
  if (v.size() == 4) return ValueGrain::kYear;
  if (v[4] != '-' || v.size() < 7) return ValueGrain::kNone;
  if (digit(5) && digit(6) && v.size() >= 10 && v[7] == '-' && digit(8)) return ValueGrain::kDay;
  if (digit(5) && digit(6) && v.size() == 7) return ValueGrain::kMonth;
  if (v[5] == 'W' && v.size() == 8 && digit(6)) return ValueGrain::kWeek;
  if (v[5] == 'Q' && digit(6)) return ValueGrain::kQuarter;
  if (v[5] == 'H' && digit(6)) return ValueGrain::kHalf;
  if (v.size() == 7 && std::isupper(static_cast<unsigned char>(v[5]))) return ValueGrain::kSeason;
  return ValueGrain::kNone;
}

CivilDate ShiftByUnit(const CivilDate& d, Unit u, int n) {
  // A count from the text ("within 499999999 centuries") is held to
  // 100,000 months either way, so that no product overflows an int.
  auto months = [&](int per) {
    const int64_t m = static_cast<int64_t>(per) * n;
    return AddMonths(d, static_cast<int>(m > 100000 ? 100000 : m < -100000 ? -100000 : m));
  };
  switch (u) {
    case Unit::kDay:
    case Unit::kNight: return AddDays(d, n);
    case Unit::kWeek: return AddDays(d, 7 * static_cast<int64_t>(n));
    case Unit::kFortnight: return AddDays(d, 14 * static_cast<int64_t>(n));
    case Unit::kMonth: return months(1);
    case Unit::kQuarter: return months(3);
    case Unit::kYear: return months(12);
    case Unit::kDecade: return months(120);
    case Unit::kCentury: return months(1200);
    default: return d;
  }
}

void SetAtUnit(Hit* h, const CivilDate& d, Unit u) {
  switch (u) {
    case Unit::kDay:
    case Unit::kNight: SetDay(h, d); return;
    case Unit::kWeek:
    case Unit::kFortnight:
    case Unit::kWeekend: SetWeek(h, d, u == Unit::kWeekend); return;
    case Unit::kMonth: SetMonth(h, d.year, d.month); return;
    case Unit::kQuarter: SetQuarter(h, d.year, QuarterOf(d)); return;
    case Unit::kYear: SetYear(h, d.year); return;
    case Unit::kDecade:
    case Unit::kCentury: {
      const int span = u == Unit::kDecade ? 10 : 100;
      const int start = d.year / span * span;
      h->gran = Gran::kPeriod;
      h->type = TimeType::kDate;
      h->value = std::to_string(start / span);
      if (h->value.size() < (u == Unit::kDecade ? 3u : 2u)) h->value.insert(0, "0");
      h->lo = CivilDate{start > 0 ? start : 1, 1, 1};
      h->hi = CivilDate{start + span, 1, 1};
      return;
    }
    default: return;
  }
}

void MarkAnchor(Hit* h, const AnchorBase& b) {
  h->anchor = b.text ? TimeAnchor::kText : TimeAnchor::kReport;
  h->anchor_index = b.text ? b.index : -1;
}

namespace {

// How fine a unit is, comparable with ValueGrain: an anchor can serve a unit
// when it is at least as fine ("the next day" needs a day).
int UnitRank(Unit u) {
  switch (u) {
    case Unit::kDay:
    case Unit::kNight: return 0;
    case Unit::kWeek:
    case Unit::kFortnight:
    case Unit::kWeekend: return 1;
    case Unit::kMonth: return 2;
    case Unit::kQuarter: return 3;
    default: return 6;
  }
}
int GrainRank(ValueGrain g) {
  switch (g) {
    case ValueGrain::kDay: return 0;
    case ValueGrain::kWeek: return 1;
    case ValueGrain::kMonth: return 2;
    case ValueGrain::kQuarter: return 3;
    case ValueGrain::kHalf: return 4;
    case ValueGrain::kSeason: return 4;
    case ValueGrain::kYear: return 5;
    case ValueGrain::kNone: break;
  }
  return 99;
}

}  // namespace

// Where a narrative expression counts from: the text's anchor when it is
// fine enough for `u`, else the report date. False when neither is known.
bool NarrativeBase(const Ctx& c, Unit u, AnchorBase* b) {
  const NarrativeAnchor* a = c.anchor();
  if (a && a->set) {
    ValueGrain g = GrainOfValue(a->value);
    // "hinted on Tuesday that he may resign before his term ends in 2018 ...
    // later that day": a day counts from the last day named, when only a
    // coarser time (a year, a season, a quarter) came after it, lately:
    // in its sentence, with up to five sentences naming no time between
    // (a quotation that runs on: a coarser time in a later sentence ends
    // the day, UpdateAnchor in time_parse.cc).
    if (u == Unit::kDay && GrainRank(g) > GrainRank(ValueGrain::kMonth) && a->day_set && a->day_age <= 5 &&
        a->day_index != -1) {
      b->date = a->day;
      b->grain = ValueGrain::kDay;
      b->text = true;
      b->index = a->day_index;
      b->this_sentence = a->day_index <= -2;
      return true;
    }
    if (g != ValueGrain::kNone && GrainRank(g) <= UnitRank(u)) {
      b->date = a->start;
      b->grain = g;
      b->text = true;
      b->index = a->index;
      b->this_sentence = a->index <= -2;
      return true;
    }
  }
  if (!c.ref()) return false;
  b->date = *c.ref();
  return true;
}


// The unit word at i ("day", "weeks", "year's" is split off by the scanner).
Unit UnitAt(const Ctx& c, int i) {
  const WordInfo* f = c.info(i);
  return f && c.word(i) ? f->unit : Unit::kNone;
}

}  // namespace crosscheck::time_internal
