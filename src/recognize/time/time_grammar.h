// Internal to the time recognizer: the grammar that finds and resolves time
// expressions over the tokens of one sentence (see time_parse.cc for the
// driver and docs/TIME.md for the rules). Not a public API.
//
// Each matcher looks at token i and, when an expression starts there, fills
// a Hit (token range, TIMEX3 type, value, interval) and returns true. The
// matchers only read the Ctx: thread-safe for distinct Ctx objects.
#ifndef CROSSCHECK_RECOGNIZE_TIME_TIME_GRAMMAR_H_
#define CROSSCHECK_RECOGNIZE_TIME_TIME_GRAMMAR_H_

#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/time/civil_date.h"
#include "recognize/time/time_expr.h"
#include "recognize/time/time_lexicon.h"
#include "recognize/time/time_parse.h"

namespace crosscheck::time_internal {

// What a hit denotes, for composition (ranges, date + time, sets).
enum class Gran : uint8_t { kNone, kDay, kWeek, kMonth, kYear, kPeriod, kTime, kPart,
                            kDuration, kSet, kRange };

// A hit's fields other than its strings: trivially copyable, so that the
// matchers' scratch hits reset cheaply (Hit::Reset).
struct HitFields {
  int begin = 0, end = 0;  // token range [begin, end)
  TimeType type = TimeType::kDate;
  Gran gran = Gran::kNone;
  std::optional<CivilDate> lo, hi;  // resolved interval (see docs/TIME.md)
  std::optional<CivilDate> day;     // Gran::kDay: the resolved day
  int month = 0, dom = 0;           // Gran::kDay without a year: month and day of month
  int hour = -1, minute = 0;        // Gran::kTime
  bool meridiem = false;            // am/pm or 24-hour clock given
  bool ampm = false;                // am/pm written ("11:30" alone has neither)
  bool has_year = false;            // the text names the year
  bool holiday = false;             // a named holiday
  int range_from = -1, range_to = -1;  // for Gran::kRange: indexes of endpoint hits
  TimeAnchor anchor = TimeAnchor::kNone;  // set by the matchers that count from the text's anchor
  int anchor_index = -1;                  // NarrativeAnchor::index used (TimeAnchor::kText)
  const char* quant = "";                 // sets (TimeML): "EVERY", "EACH"
  int freq = 0;                           // sets (TimeML): times per period ("twice a week" = 2)
  char freq_unit = 'X';                   // ... and what is counted: X times, D days ("two days a week" = 2D)
  double qty = 0;                         // Gran::kDuration: the quantity (-1 vague), and its unit
  Unit unit = Unit::kNone;
  // The narrative anchor when the hit was read (a day), for "3 days later".
  bool anchor_from_text = false;
  CivilDate anchor_start{};
  int anchor_from_index = -1;
  int serial_lo = -1, serial_hi = -1;     // first-pass hits this one covers (the driver's numbering)
  bool comparison = false;                // "a year ago", "the year-ago quarter": no new narrative anchor
};

struct Hit : HitFields {
  std::string value, mod;
  std::string clock;                // Gran::kTime / kPart: "T19:56", "TEV"
  // Back to a default hit, keeping the strings' buffers.
  void Reset() {
    static_cast<HitFields&>(*this) = HitFields();
    value.clear();
    mod.clear();
    clock.clear();
  }
};

class Ctx {
 public:
  Ctx(std::string_view text, const Scan& scan, std::optional<CivilDate> ref,
      TimeProfile profile = TimeProfile::kTimeML, NarrativeAnchor* anchor = nullptr)
      : text_(text), toks_(scan.toks), infos_(scan.infos), timeish_(scan.timeish), ref_(ref), profile_(profile), anchor_(anchor) {}

  int size() const { return static_cast<int>(toks_.size()); }
  const Tok& tok(int i) const { return toks_[i]; }
  bool valid(int i) const { return i >= 0 && i < size(); }
  std::string_view w(int i) const { return valid(i) ? toks_[i].lower : std::string_view(); }
  bool is(int i, std::string_view s) const { return valid(i) && toks_[i].lower == s; }
  // The same for a literal: its length is known, no strlen.
  template <size_t N>
  bool is(int i, const char (&s)[N]) const {
    return valid(i) && toks_[i].lower.size() == N - 1 && std::memcmp(toks_[i].lower.data(), s, N - 1) == 0;
  }
  bool num(int i) const { return valid(i) && toks_[i].kind == TokKind::kNum; }
  bool word(int i) const { return valid(i) && toks_[i].kind == TokKind::kWord; }
  bool punct(int i) const { return valid(i) && toks_[i].kind == TokKind::kPunct; }
  // Token i follows token i-1 with no space between them.
  bool glued(int i) const { return valid(i) && !toks_[i].space_before; }
  const WordInfo* info(int i) const { return valid(i) ? infos_[i] : nullptr; }
  bool timeish(int i) const { return valid(i) && timeish_[i]; }  // Scan::timeish
  int month(int i) const { auto* f = info(i); return f ? f->month : 0; }
  int weekday(int i) const { auto* f = info(i); return f && !f->plural ? f->weekday : 0; }
  // Ordinal at i: "3rd" (2 tokens), "third", "twenty-first"/"twenty first";
  // sets *end. 0 when none.
  int Ordinal(int i, int* end) const;
  // Number at i: digits or number words up to 9999 ("twenty one",
  // "two thousand and eighteen", "nineteen seventy eight" when years=true).
  int Number(int i, int* end, bool years = false) const;
  // Day of month at i (1..31): "22", "22nd", "twenty-second", "the 22nd".
  int DayOfMonth(int i, int* end, bool allow_cardinal_words) const;
  // Four-digit year (1000..2999), or words; sets *end. 0 when none.
  int Year(int i, int* end) const;

  std::optional<CivilDate> ref() const { return ref_; }
  // TimeML conventions (the default profile) rather than Recognizers-Text's.
  bool timeml() const { return profile_ == TimeProfile::kTimeML; }
  // The narrative anchor (time_parse.h); null when the caller keeps none.
  NarrativeAnchor* anchor() const { return anchor_; }
  // Tense cue of the clause around token i: +1 future, -1 past, 0 none
  // (see docs/TIME.md). Future() is Tense() > 0.
  int Tense(int i) const;
  int ClauseTense(int i) const;  // the TimeML profile's reading (time_resolve.cc)
  // TimeML: the year a sentence opens with as its frame ("In 1996, sales fell
  // in March" = 1996-03): that year when token i follows it, else 0.
  int FrameYear(int i) const;
  // TimeML: the year of a bare month, month-day, quarter or half at token i
  // (month = its month, a quarter's or half's middle one) counted from a
  // month, quarter or half written with its year earlier in the sentence ("arrested in March 2019
  // and charged in June" = 2019-06, "in December 2019 ... in January" =
  // 2020-01, "the third quarter of 2019 ... the fourth quarter" = 2019-Q4):
  // the occurrence nearest that month. 0 when none precedes it, or when the
  // clause at i looks ahead.
  int SentenceMonthYear(int i, int month) const;
  bool Future(int i) const { return Tense(i) > 0; }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  const std::vector<Tok>& toks_;
  const std::vector<const WordInfo*>& infos_;
  const std::vector<uint8_t>& timeish_;
  std::optional<CivilDate> ref_;
  TimeProfile profile_;
  NarrativeAnchor* anchor_;
};

// Matchers (time_dates.cc, time_periods.cc, time_months_years.cc, time_clock.cc, time_parts_of_day.cc, time_durations.cc).
bool MatchDay(const Ctx& c, int i, Hit* h);        // a calendar day
bool MatchHoliday(const Ctx& c, int i, Hit* h);
bool MatchPeriod(const Ctx& c, int i, Hit* h);     // weeks, months, years, seasons, decades, spans
// Months and years (time_months_years.cc), tried by MatchPeriod and read as
// the base of "the third week of July" and "early May". Each sets the hit's
// span from i and its value; a bare month or year word with no cue before it
// (the verb "may", a count "1500 soldiers", a name "Orion 1980") is none.
bool MatchMonth(const Ctx& c, int i, Hit* h);        // "May", "May 2022", "next June", "the month of May"
bool MatchNumericMonth(const Ctx& c, int i, Hit* h); // "2015-3", "3/2015"; "2010-11" is the year 2010
bool MatchYear(const Ctx& c, int i, Hit* h);         // "in 2016", "last year", "this decade", "fiscal 1988"
// A word of relation at i and its step: "this", "current", "the", "my",
// "that", "same" 0; "next", "coming", "upcoming", "following" +1; "last",
// "past", "previous" -1 (time_periods.cc).
bool RelativeWord(const Ctx& c, int i, int* delta);
// Calendar divisions (time_divisions.cc), also tried by MatchPeriod.
bool MatchSeason(const Ctx& c, int i, Hit* h);     // "the summer of 2018", "next spring"
bool MatchSeasonWord(const Ctx& c, int i, Hit* h); // "this season", "the first half"
bool MatchQuarter(const Ctx& c, int i, Hit* h);    // "Q3", "the third quarter of 2021", "H1 2016"
bool MatchDecade(const Ctx& c, int i, Hit* h);     // "the 1970s", "the 19th century"
// TimeML: one conjunct of ordinals coordinated before one calendar word
// ("the [second] and [third quarters]", "the [19th] and [20th centuries]",
// "the [first] and [second halves of 2021]"), a DATE of its own; tried by
// MatchTimeML after the habitual sets.
bool MatchCoordinatedOrdinals(const Ctx& c, int i, Hit* h);
// TimeML: the calendar word's token when an ordinal list of two or more
// starts at i ("19th and 20th centuries"), else 0: no bare day there.
int CoordinatedOrdinalsWord(const Ctx& c, int i);
bool MatchClock(const Ctx& c, int i, Hit* h);      // clock times and parts of day
bool MatchPartOfDay(const Ctx& c, int i, Hit* h);   // parts of day (time_parts_of_day.cc), via MatchClock
bool MatchModifiedPart(const Ctx& c, int i, Hit* h);  // TimeML "mid-afternoon", "later tonight" (same file)
bool MatchDuration(const Ctx& c, int i, Hit* h);
// TimeML: two counted durations joined by "and", the second in the next
// finer unit ("an hour and 15 minutes" PT1H15M, "two years and three
// months" P2Y3M, "a day and 12 hours" P1DT12H): one TIMEX3 into *out
// (time_durations.cc; called by the driver's composition of neighbours).
bool ComposeDurations(const Ctx& c, const Hit& a, const Hit& b, Hit* out);
bool MatchSet(const Ctx& c, int i, Hit* h);

// TimeML-only families (time_timeml.cc, time_timeml_spans.cc, time_timeml_finish.cc,
// time_timeml_financial.cc).
bool MatchTimeML(const Ctx& c, int i, Hit* h);          // references, ago, narrative, financial, below
bool MatchTimemlDuration(const Ctx& c, int i, Hit* h);  // "the past three weeks", "within 18 months"
bool MatchTimemlSet(const Ctx& c, int i, Hit* h);       // "$5 million a year", "Tuesday nights"
bool MatchFinancial(const Ctx& c, int i, Hit* h);       // "the year-ago quarter" (time_timeml_financial.cc)
// "that year", "the following month", "the same week" at i, counted from the
// text's last time fine enough (time_timeml.cc); for "the end of that year".
bool MatchNarrativePeriod(const Ctx& c, int i, Hit* h);
// "the following January", "the previous December", "that March" at i
// (TimeML): the month after, before or in the text's last time of a year or
// finer grain, else counted from the report date (time_timeml.cc).
bool MatchNarrativeMonth(const Ctx& c, int i, Hit* h);
// TimeML: token k (right after a part of day or "weekend" used as a noun's
// modifier) opens the name of a one-off event: "(his evening) Twitter
// message", "(an afternoon) press tour", "(a weekend) tweet" (at most one
// capitalised name or "press" between). Not a genre or a habit
// ("the evening news", "a morning show", "the night shift"): those nouns are
// not listed. Out of line (time_parts_of_day.cc): read only after a determiner and
// a part of day.
bool EventNounAt(const Ctx& c, int k);
// An article or possessive determiner at i ("a", "the", "his", "their" ...).
bool AttributiveDeterminer(const Ctx& c, int i);
// A modifier at i ("about", "more than", "at least"): its token count and
// TIMEX3 mod, 0 when none; whether it may modify hit h.
int ModifierAt(const Ctx& c, int i, const char** mod, bool* inside);
bool ModifierFits(const Ctx& c, const Hit& h, const char* mod);
// Last pass over a sentence's hits: anchored intervals of durations, anchors.
void FinishTimeML(const Ctx& c, std::vector<Hit>* hits);
// TimeML, quotations and titles (time_timeml_quotes.cc). Token i lies inside
// a quotation of its sentence (an odd number of double quotation marks
// before it, or none before it and a closing one after it).
bool InQuotation(const Ctx& c, int i);
// The hit is part of a show's or a paper's title, no time: a capitalised
// common time word beside a capitalised name ("CBS This Morning",
// "Publishers Weekly"), or a short quotation of capitalised words holding a
// name ("“Fox News Sunday”").
bool InTitle(const Ctx& c, const Hit& h);
// The sentence is a headline in title case: four or more words of four
// letters or more past the first, at least four in five of them
// capitalised. A capitalised name beside a time word is then no sign of a
// show's or a paper's title.
bool HeadlineCase(const Ctx& c);
// "today", "tonight", "this morning" inside a quotation are on the speech's
// day: a day the sentence names outside the quotation ("..., he said
// Tuesday"), or for "tonight" the day the text named last before the
// sentence (`before`, the narrative anchor as the sentence began), when that
// day is before the report's. Such a hit's anchor_index may point after it.
void DateQuotedDeictics(const Ctx& c, std::vector<Hit>* hits, const NarrativeAnchor& before);
// Duration value with fractions carried to the next unit ("P2Y6M", "PT1M30S").
std::string TimemlDurationValue(double quantity, Unit unit);

// Calendar granularity of a TIMEX3 value ("1998-10-23" day, "1989-Q3"
// quarter, "1998" year ...).
enum class ValueGrain : uint8_t { kNone, kDay, kWeek, kMonth, kQuarter, kHalf, kSeason, kYear };
ValueGrain GrainOfValue(std::string_view value);
int QuarterOf(const CivilDate& d);
void SetQuarter(Hit* h, int year, int quarter);
// d moved by n units (days, weeks, months, quarters, years, decades, centuries).
CivilDate ShiftByUnit(const CivilDate& d, Unit u, int n);
// The period of unit u holding d, as a hit value ("2011", "1999-W47", "198").
void SetAtUnit(Hit* h, const CivilDate& d, Unit u);
// Where a TimeML expression counts from, and whether that is a time the text
// named (index: its hit, -1 the report date; -2 and below: this sentence).
struct AnchorBase {
  CivilDate date;
  ValueGrain grain = ValueGrain::kDay;
  bool text = false;
  int index = -1;
  bool this_sentence = false;
};
// Records b on h as its anchor (the text's time or the report date).
void MarkAnchor(Hit* h, const AnchorBase& b);
// Where a narrative expression of unit u counts from: the text's anchor when
// it is fine enough for u, else the report date; false when neither is known
// (time_timeml_anchoring.cc).
bool NarrativeBase(const Ctx& c, Unit u, AnchorBase* b);
// The unit word at token i ("day", "weeks"; "year's" is split by the scanner).
Unit UnitAt(const Ctx& c, int i);

// TimeML directions (time_timeml_direction.cc). A bare weekday at token j
// (its expression begins at i): +1 the coming one, -1 the last one, 0 the
// nearest (the clause's tense; for a weekday naming an event, "Thursday's
// debate", its preposition, and a future clause reaches no event of the day
// before or the same day).
int WeekdayDirection(const Ctx& c, int i, int j);
// The noun at token k (after one "-ing"/"-ed" adjective) names an event
// known only once it happened ("win", "remarks", "shooting", "upset"): a
// day's such event is the last one.
bool PastEventNounAt(const Ctx& c, int k);
// Which way a month, season or holiday with no year points (its expression
// is tokens [i, end)): +1 ahead when the words after it say it draws near
// ("as Election Day nears", "Christmas is nine months away"); else the
// clause's tense when it has one; else a preposition that looks ahead or
// back ("before Christmas", "since Easter"); else 0 (none: the nearest
// occurrence). For a month (`month`), "for" is no direction ("sales for
// November").
int EventDirection(const Ctx& c, int i, int end, bool month = false);
// A month or season at token i names an event's time ("the November
// election", "November's vote", "the fall debates"): TimeEventNoun; it lies
// ahead unless a past verb governs it: TimeEventAhead (time_resolve.cc).
bool TimeEventNoun(const Ctx& c, int i);
bool TimeEventAhead(const Ctx& c, int i);
// The weekday nearest ref (back up to three days, else ahead).
CivilDate NearestWeekday(int weekday, CivilDate ref);
// The clause of token i opens with an imperative verb and its complement
// ("Vote on Election Day", "Get out Saturday", "Join us Friday"): a plea.
bool ImperativeClause(const Ctx& c, int i);
// The clause before token i, with no tense cue, has "you" or "we" and a
// present verb ("on election day, you just hop on a bus"): it looks ahead.
bool PresentPersonClause(const Ctx& c, int i);
// A yearless numeric date at token i names an event ("since 9/11",
// "after 7/7", "post-9/11"): its year is not the report's.
bool DateNamesEvent(const Ctx& c, int i);

// Resolution helpers (time_resolve.cc).
// Month-day with no year: past = latest on or before ref, future = earliest on or after.
std::optional<CivilDate> ResolveMonthDay(int month, int day, CivilDate ref, bool future);
// The same in news style: the tense cue decides (-1 past, +1 future), but a
// date about a year away in the cue's direction yields to one within two
// weeks the other way; with no cue (0), the nearer of the two.
std::optional<CivilDate> ResolveMonthDayNews(int month, int day, CivilDate ref, int tense);
// Year of a bare month name.
int ResolveMonthYear(int month, CivilDate ref, bool future);
// TimeML profile (news as TimeBank annotates it): the tense (-1, 0, +1)
// picks its side when that side's occurrence is within about ten months
// (300 days; 10 months for a bare month); otherwise, and with no tense, the
// occurrence nearest to the reference.
std::optional<CivilDate> ResolveMonthDayNearest(int month, int day, CivilDate ref, int tense);
int ResolveMonthYearNearest(int month, CivilDate ref, int tense);
// Bare weekday: past = most recent on or before ref, future = next on or after.
CivilDate ResolveWeekday(int weekday, CivilDate ref, bool future);
// Fills value/lo/hi/day of a day hit.
void SetDay(Hit* h, const CivilDate& d);
// Sets a month hit (value "2016-11", interval a month).
void SetMonth(Hit* h, int year, int month);
void SetYear(Hit* h, int year);
void SetWeek(Hit* h, const CivilDate& any_day_in_week, bool weekend);
// "P3D", "PT3H", "P1.5Y"; quantity < 0 means "X" (unspecified).
std::string DurationValue(double quantity, Unit unit);
// Days between two dates as "P19D".
std::string DaysValue(const CivilDate& a, const CivilDate& b);

// Ranges (time_ranges.cc).
// A clock time or a part of day.
inline bool IsClock(const Hit& h) { return h.gran == Gran::kTime || h.gran == Gran::kPart; }
// Word i joins two endpoints: "and" after "between", else to / until /
// till / through / thru / "-" / "and".
bool RangeConnector(const Ctx& c, int i, bool between);
// Two hits that can be a range's endpoints: two clocks, or two dates.
bool Rangeable(const Hit& a, const Hit& b);
// The second endpoint follows the first: "from Dec 28 to Jan 3" crosses a year.
void Align(Hit* b, const Hit& a);
// The range hit over tokens [begin, end) of endpoints a and b.
void MakeRange(const Ctx& c, int begin, int end, const Hit& a, const Hit& b, Hit* r);
// The range hit of two endpoints, both appended to `endpoints` (the range's
// range_from / range_to index them).
Hit RangeOf(const Ctx& c, int begin, int end, const Hit& first, const Hit& last, std::vector<Hit>* endpoints);
// "from 4 to 22 this month": two days of a month named after them, as a
// range at token i. Returns the end token or 0.
int DaysOfRelativeMonth(const Ctx& c, int i, Hit* r, std::vector<Hit>* endpoints);

}  // namespace crosscheck::time_internal

#endif  // CROSSCHECK_RECOGNIZE_TIME_TIME_GRAMMAR_H_
