// Sets (TimeML SET): MatchSet (declared in time_grammar.h) tries one family
// at token i of the sentence in Ctx and, on success, fills the Hit (span,
// type, value, grain, quant/freq) and returns true; false leaves no promise
// about the Hit. "every night", "nightly", "on Mondays", "twice yearly",
// "semi-annually", "every morning and evening", "twice a day, at 8 a.m.".
// Durations: time_durations.cc; clock times: time_clock.cc; parts of day: time_parts_of_day.cc.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "recognize/time/time_grammar.h"

namespace crosscheck::time_internal {

namespace {

// TimeML: whether a bare plural ("weekdays", "weekends") at token j is
// used as an adverb of a habit ("the shop opens weekdays", "she works
// weekends, too"), not as a noun with a determiner or a count ("the
// weekends", "two weekends") or before a noun ("weekend trips").
[[gnu::noinline]] bool AdverbialPlural(const Ctx& c, int j) {
  static constexpr std::string_view kBefore[] = {"the", "a", "an", "its", "their", "his", "her", "our", "your", "my",
                                                 "this", "that", "these", "those", "some", "many", "most", "several",
                                                 "few", "of", "'s", "all", "three", "two", "four", "five"};
  // A number after a capitalised name is part of the name, no count ("airs
  // on Patriot 125 weekdays", "Channel 4 weekends").
  const bool name_number = c.num(j - 1) && c.word(j - 2) && c.tok(j - 2).capital && !c.glued(j - 1);
  if ((c.num(j - 1) && !name_number) || (c.word(j - 1) && c.info(j - 1) && c.info(j - 1)->cardinal >= 0))
    return false;
  for (std::string_view w : kBefore)
    if (c.is(j - 1, w)) return false;
  if (!c.word(j + 1)) return !c.num(j + 1);
  static constexpr std::string_view kAfter[] = {"and", "or", "from", "at", "in", "on", "until", "till", "through",
                                                "between", "only", "except", "during", "when", "before", "after"};
  for (std::string_view w : kAfter)
    if (c.is(j + 1, w)) return true;
  return false;
}

// TimeML: the working days of every week: "weekdays", "on weekdays", "every
// weekday", "weekday mornings", "every weekday morning". TimeML 1.2.1 codes
// the weekend of a week (WE) and gives no code for the other five days; WD,
// the form TIMEX practice and Recognizers-Text's timex library use for
// them, is the symmetric one (XXXX-WXX-WD, a part of day after it:
// XXXX-WXX-WDTMO). "on" is a signal, outside; "every" is inside.
// Out of line: the rare path, kept from growing MatchSet (its word tests
// stay inlined).
[[gnu::noinline]] bool MatchWeekdays(const Ctx& c, int i, Hit* h) {
  int j = i;
  const bool on = c.is(j, "on");
  if (on) ++j;
  const bool every = !on && (c.is(j, "every") || c.is(j, "each"));
  if (every) ++j;
  // "weeknights", "every weeknight": the nights of the working days
  // (XXXX-WXX-WDTNI), as "weekday nights".
  const bool night = c.is(j, "weeknight") || c.is(j, "weeknights");
  if (!night && !c.is(j, "weekday") && !c.is(j, "weekdays")) return false;
  const bool plural = c.is(j, "weekdays") || c.is(j, "weeknights");
  int end = j + 1;
  PartOfDay part = night ? PartOfDay::kNight : PartOfDay::kNone;
  const WordInfo* p = c.word(j + 1) ? c.info(j + 1) : nullptr;
  if (!night && !plural && p && p->part != PartOfDay::kNone && !c.is(j + 1, "tonight") && !c.is(j + 1, "overnight") &&
      p->plural == !every) {  // "every weekday morning", "weekday mornings"
    part = p->part;
    end = j + 2;
  }
  if (every) {
    if (plural) return false;
  } else if (night && !plural) {
    return false;  // "a weeknight", "weeknight traffic"
  } else if (plural || part != PartOfDay::kNone) {
    if (!on && !AdverbialPlural(c, end - 1)) return false;
  } else {
    return false;  // "a weekday", "weekday traffic"
  }
  h->begin = on ? j : i;
  h->end = end;
  h->gran = Gran::kSet;
  h->type = TimeType::kSet;
  h->value = "XXXX-WXX-WD";
  if (part != PartOfDay::kNone) h->value += std::string("T") + PartCode(part);
  if (every) h->quant = c.is(i, "every") ? "EVERY" : "EACH";
  return true;
}

// "weekday" or "weekdays" at token k (two length tests for most tokens).
[[gnu::always_inline]] inline bool WeekdayWord(const Ctx& c, int k) {
  const std::string_view w = c.w(k);
  return (w.size() >= 7 && w.size() <= 10) && w[0] == 'w' &&
         (w.compare(0, 7, "weekday") == 0 || w.compare(0, 9, "weeknight") == 0);
}

}  // namespace

bool MatchSet(const Ctx& c, int i, Hit* h) {
  if (c.timeml() && (WeekdayWord(c, i) || WeekdayWord(c, i + 1)) && MatchWeekdays(c, i, h)) return true;
  // TimeML: "on alternate days", "in alternate years": every other one, as
  // "every other day" (P2D); "alternate Fridays" as "every other Friday"
  // (time32). Not before a noun ("alternate day fasting" is singular).
  if (c.timeml() && c.is(i, "alternate") && c.word(i + 1) && c.info(i + 1) && c.info(i + 1)->plural) {
    const WordInfo* u = c.info(i + 1);
    if (u->weekday) {
      h->value = "XXXX-WXX-" + std::to_string(u->weekday);
    } else if (u->unit == Unit::kDay || u->unit == Unit::kWeek || u->unit == Unit::kMonth || u->unit == Unit::kYear) {
      h->value = TimemlDurationValue(2, u->unit);
    } else {
      return false;
    }
    h->begin = i; h->end = i + 2; h->gran = Gran::kSet; h->type = TimeType::kSet;
    return true;
  }
  // TimeML: a bare part of day coordinated after "every/each <part>" shares
  // the quantifier ("every morning and evening": the second is
  // XXXX-XX-XXTEV, EVERY), unless a noun follows it ("every morning and
  // evening shift" is a shift). Only the four parts a day is cut into.
  if (c.timeml() && c.word(i) && (c.is(i - 1, "and") || c.is(i - 1, "or")) && c.info(i) &&
      c.info(i)->part != PartOfDay::kNone && !c.info(i)->plural && c.info(i - 2) &&
      c.info(i - 2)->part != PartOfDay::kNone && !c.info(i - 2)->plural &&
      (c.is(i - 3, "every") || c.is(i - 3, "each")) &&
      (c.is(i, "morning") || c.is(i, "afternoon") || c.is(i, "evening") || c.is(i, "night")) &&
      !(c.word(i + 1) && !c.tok(i + 1).capital && !c.info(i + 1) && !c.is(i + 1, "to") && !c.is(i + 1, "for") &&
        !c.is(i + 1, "with") && !c.is(i + 1, "until") && !c.is(i + 1, "but") && !c.is(i + 1, "except"))) {
    h->begin = i; h->end = i + 1; h->gran = Gran::kSet; h->type = TimeType::kSet;
    h->quant = c.is(i - 3, "every") ? "EVERY" : "EACH";
    h->value = std::string("XXXX-XX-XXT") + PartCode(c.info(i)->part);
    return true;
  }
  // The same for seasons: "each spring and fall" (the second XXXX-FA, EACH);
  // the season must end the phrase ("every spring and fall in price" has a
  // verb "fall").
  if (c.timeml() && c.word(i) && (c.is(i - 1, "and") || c.is(i - 1, "or")) && c.info(i) && c.info(i)->season &&
      !c.info(i)->plural && c.info(i - 2) && c.info(i - 2)->season && !c.info(i - 2)->plural && c.word(i - 2) &&
      (c.is(i - 3, "every") || c.is(i - 3, "each")) && !(c.word(i + 1) && !c.tok(i + 1).capital)) {
    static const char* kSeasonCode[] = {"", "SP", "SU", "FA", "WI"};
    h->begin = i; h->end = i + 1; h->gran = Gran::kSet; h->type = TimeType::kSet;
    h->quant = c.is(i - 3, "every") ? "EVERY" : "EACH";
    h->value = std::string("XXXX-") + kSeasonCode[c.info(i)->season];
    return true;
  }
  // TimeML: "on a Monday" in a clause not told in the past ("we read the
  // ideas on a Monday") is any Monday, a set (XXXX-WXX-1); told in the past
  // ("he was born on a Monday") a Monday with no week, a date.
  if (c.timeml() && c.is(i, "a") && c.is(i - 1, "on") && c.weekday(i + 1) && c.word(i + 1) && c.tok(i + 1).capital &&
      !c.is(i + 2, "-") && !(c.word(i + 2) && c.tok(i + 2).capital)) {
    h->begin = i; h->end = i + 2;
    h->value = "XXXX-WXX-" + std::to_string(c.weekday(i + 1));
    const bool past = c.ClauseTense(i) < 0;
    h->gran = past ? Gran::kDay : Gran::kSet;
    h->type = past ? TimeType::kDate : TimeType::kSet;
    return true;
  }
  // TimeML: "the 15th of each month", "the first of every month": that day
  // of any month, one set (XXXX-XX-15, quant as written), "the" inside as
  // in "the 15th"; not the month alone with a stray day before it.
  if (c.timeml() && c.is(i, "the")) {
    int e = i + 1;
    const int dom = c.Ordinal(i + 1, &e);
    if (dom >= 1 && dom <= 31 && e > i + 1 && c.is(e, "of") && (c.is(e + 1, "every") || c.is(e + 1, "each")) &&
        c.is(e + 2, "month")) {
      char buf[24];
      std::snprintf(buf, sizeof buf, "XXXX-XX-%02d", dom);
      h->begin = i; h->end = e + 3; h->gran = Gran::kSet; h->type = TimeType::kSet; h->value = buf;
      h->quant = c.is(e + 1, "every") ? "EVERY" : "EACH";
      return true;
    }
  }
  // TimeML: "on a daily basis", "on a weekly basis", "on an annual basis":
  // the adverb's set.
  if (c.timeml() && (c.is(i, "a") || c.is(i, "an")) && c.is(i + 2, "basis")) {
    static constexpr struct { std::string_view w; const char* v; } kBasis[] = {
        {"daily", "P1D"}, {"weekly", "P1W"}, {"monthly", "P1M"}, {"quarterly", "P3M"},
        {"yearly", "P1Y"}, {"annual", "P1Y"}, {"nightly", "XXXX-XX-XXTNI"}, {"hourly", "PT1H"}};
    for (const auto& b : kBasis)
      if (c.is(i + 1, b.w)) {
        h->begin = i; h->end = i + 3; h->gran = Gran::kSet; h->type = TimeType::kSet; h->value = b.v;
        return true;
      }
  }
  // The words as string_views: compared at every token MatchSet is tried
  // at, with no strlen.
  static const struct { std::string_view w; const char* v; bool timeml_only = false; } kAdverbs[] = {
      {"daily", "P1D"}, {"everyday", "P1D"}, {"weekly", "P1W"}, {"biweekly", "P2W"}, {"fortnightly", "P2W"},
      {"monthly", "P1M"}, {"quarterly", "P3M"}, {"annually", "P1Y"}, {"annual", "P1Y"}, {"yearly", "P1Y"},
      {"nightly", "TNI"}, {"hourly", "PT1H"},
      {"bimonthly", "P2M", true},
      // TimeML only (below): twice a year, every two years
      {"semiannually", "P6M", true}, {"biannually", "P6M", true}, {"biennially", "P2Y", true}};
  // TimeML: a prefix joined by a hyphen to the adverb is one set:
  // "semi-annually" (P6M, as "semiannually"), "bi-weekly", "bi-monthly"
  // (every two weeks, months), "twice-weekly", "thrice-yearly" (the adverb's
  // set with its frequency). Before a noun or after a determiner it is an
  // adjective ("the twice-weekly flights", "a bi-monthly bulletin"): no set.
  if (c.timeml() && c.word(i) && c.is(i + 1, "-") && c.glued(i + 1) && c.glued(i + 2) && c.word(i + 2)) {
    static constexpr struct { std::string_view pre, adv; const char* v; int freq; } kJoined[] = {
        {"semi", "annually", "P6M", 0}, {"bi", "annually", "P6M", 0}, {"bi", "weekly", "P2W", 0},
        {"bi", "monthly", "P2M", 0},    {"twice", "daily", "P1D", 2},  {"twice", "weekly", "P1W", 2},
        {"twice", "monthly", "P1M", 2}, {"twice", "yearly", "P1Y", 2}, {"twice", "annually", "P1Y", 2},
        {"thrice", "daily", "P1D", 3},  {"thrice", "weekly", "P1W", 3}, {"thrice", "monthly", "P1M", 3},
        {"thrice", "yearly", "P1Y", 3}, {"thrice", "annually", "P1Y", 3}};
    static constexpr std::string_view kBefore[] = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "'s"};
    static constexpr std::string_view kAfter[] = {"and", "or", "in", "on", "at", "for", "since", "until", "from",
                                                  "to", "with", "during", "but", "through", "now", "again"};
    for (const auto& jw : kJoined) {
      if (!c.is(i, jw.pre) || !c.is(i + 2, jw.adv)) continue;
      bool adjective = false;
      for (std::string_view d : kBefore)
        if (c.is(i - 1, d)) adjective = true;
      if (c.word(i + 3) && !c.tok(i + 3).capital) {
        bool adverb_follows = false;
        for (std::string_view a : kAfter)
          if (c.is(i + 3, a)) adverb_follows = true;
        if (!adverb_follows) adjective = true;
      }
      if (adjective) return false;
      h->begin = i; h->end = i + 3; h->gran = Gran::kSet; h->type = TimeType::kSet; h->value = jw.v;
      if (jw.freq > 0) h->freq = jw.freq;
      return true;
    }
  }
  // TimeML: "twice yearly", "thrice weekly", "three times annually": the
  // adverb's set with its frequency.
  if (c.timeml() && c.word(i) &&
      ((c.info(i) && c.info(i)->cardinal > 2) || c.is(i, "twice") || c.is(i, "once") || c.is(i, "thrice"))) {
    int k = i, times = 0;
    if (c.is(i, "twice")) { times = 2; k = i + 1; }
    else if (c.is(i, "thrice")) { times = 3; k = i + 1; }
    else if (c.is(i, "once")) { times = 1; k = i + 1; }
    else if (int e2 = i; c.word(i) && c.info(i) && c.info(i)->cardinal > 2 && (times = c.Number(i, &e2)) > 2 &&
                         c.is(e2, "times"))
      k = e2 + 1;
    else times = 0;
    if (times > 0) {
      for (const auto& a : kAdverbs)
        if (c.is(k, a.w) && !c.is(k, "annual") && !c.is(k, "everyday") &&
            !(c.word(k + 1) && !c.tok(k + 1).capital && !c.is(k + 1, "and") && !c.is(k + 1, "or") &&
              !c.is(k + 1, "in") && !c.is(k + 1, "since") && !c.is(k + 1, "for") && !c.is(k + 1, "to") &&
              !c.is(k + 1, "from") && !c.is(k + 1, "at") && !c.is(k + 1, "on") && !c.is(k + 1, "during"))) {
          h->begin = i; h->end = k + 1; h->gran = Gran::kSet; h->type = TimeType::kSet; h->value = a.v;
          // "twice nightly" is twice every night, XXXX-XX-XXTNI, as "nightly" alone.
          if (a.v[0] == 'T') h->value = std::string("XXXX-XX-XX") + a.v;
          h->freq = times;
          return true;
        }
    }
  }
  // Every adverb ends in "y" but "annual": most tokens skip the table.
  const std::string_view wi = c.w(i);
  const bool adverb_like = wi.size() >= 5 && (wi.back() == 'y' || wi.back() == 'l');
  for (const auto& a : kAdverbs)
    if (adverb_like && c.is(i, a.w) && !(c.tok(i).capital && c.word(i + 1) && c.tok(i + 1).capital) &&
        (c.timeml() || !a.timeml_only)) {
      if (c.timeml()) {
        // TimeML: the adverb ("gather daily") is a set, the adjective ("the
        // daily Granma", "its annual meeting", "quarterly dividend") is not;
        // "quarterly" is both ("paid quarterly" is a set).
        static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "their", "his", "her", "our", "your",
                                             "this", "that", "these", "those", "'s"};
        bool adjective = c.is(i, "annual") || (c.word(i - 1) && c.tok(i - 1).capital && i > 1) ||
                         (c.word(i + 1) && c.tok(i + 1).capital);
        for (std::string_view d : kDeterminers)
          if (c.is(i - 1, d)) adjective = true;
        // Before a noun ("daily flights", "daily dividends") it is an adjective
        // too; an adverb is followed by a preposition, a conjunction or the end.
        static constexpr std::string_view kAfterAdverb[] = {"in", "on", "at", "for", "to", "from", "with", "since", "and", "or",
                                             "but", "until", "during", "outside", "inside", "around", "through",
                                             "across", "as", "over", "by", "into", "near", "throughout", "after",
                                             "before", "between", "among", "while", "when", "if", "because",
                                             // "runs daily except Sunday"
                                             "except", "unless", "without",
                                             // an adverb after it: "collected weekly instead of
                                             // twice a week", "meets monthly now"
                                             "instead", "rather", "again", "now", "too", "anymore"};
        // "everyday life" is an adjective; "ideas that change everyday?" the
        // adverb written as one word.
        if (c.is(i, "everyday") && !c.punct(i + 1) && c.valid(i + 1)) adjective = true;
        if (c.word(i + 1) && !c.tok(i + 1).capital && !c.is(i, "annually")) {
          bool preposition = false;
          for (std::string_view p : kAfterAdverb)
            if (c.is(i + 1, p)) preposition = true;
          if (!preposition) adjective = true;
        }
        if (adjective) return false;
      }
      h->begin = i; h->end = i + 1; h->gran = Gran::kSet; h->type = TimeType::kSet; h->value = a.v;
      // TimeML: "nightly" is every night, XXXX-XX-XXTNI, as "every night".
      if (c.timeml() && a.v[0] == 'T') h->value = std::string("XXXX-XX-XX") + a.v;
      return true;
    }
  int j = i;
  // Repetitions with no calendar frequency: "twice", "the second time", "three times", "again".
  // TimeML marks none of them (no calendar frequency).
  if (c.timeml() && (c.is(i, "twice") || c.is(i, "thrice") || c.is(i, "once")) &&
      !((c.is(i + 1, "a") || c.is(i + 1, "per") || c.is(i + 1, "every") || c.is(i + 1, "each")) && c.info(i + 2) &&
        c.info(i + 2)->unit != Unit::kNone) &&
      !(c.is(i + 1, "every") && (c.num(i + 2) || (c.info(i + 2) && c.info(i + 2)->cardinal > 1))))  // "once every two weeks"
    return false;
  if (c.is(i, "twice") || c.is(i, "thrice")) {
    int k = i + 1;
    if ((c.is(k, "a") || c.is(k, "per") || c.is(k, "every") || c.is(k, "each")) && c.info(k + 1) && c.info(k + 1)->unit != Unit::kNone) {
    } else if (c.timeml() && c.is(k, "every")) {  // "twice every three days", below
    } else {
      h->begin = i; h->end = i + 1; h->gran = Gran::kSet; h->type = TimeType::kSet;
      h->value = "";
      return true;
    }
  }
  // TimeML: "several times a day", "a few times a month": a set of the
  // period; the count is vague, so no freq.
  if (c.timeml()) {
    const bool a_few = c.is(i, "a") && c.is(i + 1, "few");
    const int k = a_few ? i + 2 : i + 1;
    if ((a_few || c.is(i, "several") || c.is(i, "many") || c.is(i, "multiple")) &&
        c.is(k, "times") &&
        (c.is(k + 1, "a") || c.is(k + 1, "an") || c.is(k + 1, "per") || c.is(k + 1, "every") || c.is(k + 1, "each")) &&
        c.info(k + 2) && c.info(k + 2)->unit != Unit::kNone && !c.info(k + 2)->plural) {
      h->begin = i; h->end = k + 3; h->gran = Gran::kSet; h->type = TimeType::kSet;
      h->value = DurationValue(1, c.info(k + 2)->unit);
      if (c.is(k + 1, "every")) h->quant = "EVERY";
      if (c.is(k + 1, "each")) h->quant = "EACH";
      return true;
    }
  }
  {
    int k = c.is(i, "the") || c.is(i, "a") ? i + 1 : i;
    const WordInfo* f = c.info(k);
    int e = k;
    int n = c.Number(k, &e);
    bool times = (n > 2 && c.is(e, "times") && c.num(k) == false) || ((c.is(k, "multiple") || c.is(k, "several") || c.is(k, "many")) && c.is(k + 1, "times"));
    if ((f && f->ordinal > 0 && c.is(k + 1, "time")) || times) {
      h->begin = i; h->end = (times ? (c.is(e, "times") ? e + 1 : k + 2) : k + 2);
      h->gran = Gran::kSet; h->type = TimeType::kSet; h->value = "";
      if (!(c.is(h->end, "a") || c.is(h->end, "per"))) {
        if (c.timeml()) { *h = Hit(); return false; }
        return true;
      }
    }
  }
  // once / twice / N times a week
  if (c.is(j, "once") || c.is(j, "twice") || (c.Number(j, &j) > 0 && c.is(j, "times"))) {
    int k = c.is(i, "once") || c.is(i, "twice") ? i + 1 : j + 1;
    // TimeML: "once every two weeks", "twice every three days": the
    // counted period (P2W) with its frequency.
    if (c.timeml() && c.is(k, "every")) {
      int e3 = k + 1;
      const int span = c.Number(k + 1, &e3);
      const WordInfo* pu = span > 1 && e3 > k + 1 ? c.info(e3) : nullptr;
      if (pu && pu->plural && pu->unit >= Unit::kSecond && pu->unit <= Unit::kYear) {
        int times = c.is(i, "once") ? 1 : c.is(i, "twice") ? 2 : 0;
        if (!times) { int e2 = i; times = c.Number(i, &e2); }
        h->begin = i; h->end = e3 + 1; h->gran = Gran::kSet; h->type = TimeType::kSet;
        h->value = DurationValue(span, pu->unit);
        if (times > 0) h->freq = times;
        h->quant = "EVERY";
        return true;
      }
    }
    if ((c.is(k, "a") || c.is(k, "per") || c.is(k, "every") || c.is(k, "each")) && c.info(k + 1) && c.info(k + 1)->unit != Unit::kNone) {
      h->begin = i; h->end = k + 2; h->gran = Gran::kSet; h->type = TimeType::kSet;
      h->value = DurationValue(1, c.info(k + 1)->unit);
      if (c.timeml()) {  // "twice a week": P1W, freq 2X
        int times = c.is(i, "once") ? 1 : c.is(i, "twice") ? 2 : 0;
        if (!times) { int e2 = i; times = c.Number(i, &e2); }
        if (times > 0) h->freq = times;
        if (c.is(k, "every")) h->quant = "EVERY";
        if (c.is(k, "each")) h->quant = "EACH";
      }
      return true;
    }
    return false;
  }
  // TimeML: "two days a week", "three days every month", "24 hours a day":
  // the larger unit recurs, the count of the smaller is the frequency
  // (P1W freq 2D; "each"/"every" give quant) -- unless the larger unit
  // counts back or on ("two days a week earlier").
  if (c.timeml()) {
    int e2 = i;
    const int n = c.num(i) || (c.word(i) && c.info(i) && c.info(i)->cardinal > 0) ? c.Number(i, &e2) : 0;
    const WordInfo* u = n > 0 && e2 > i ? c.info(e2) : nullptr;
    const int k = e2 + 1;
    const WordInfo* p = u ? c.info(k + 1) : nullptr;
    auto calendar = [](Unit x) { return x >= Unit::kSecond && x <= Unit::kYear; };
    // "three nights a week": nights are counted as days (freq 3D).
    const Unit counted = u && u->unit == Unit::kNight ? Unit::kDay : u ? u->unit : Unit::kNone;
    if (u && p && calendar(counted) && (u->plural || n == 1) && calendar(p->unit) && !p->plural &&
        p->unit > counted && (c.is(k, "a") || c.is(k, "per") || c.is(k, "every") || c.is(k, "each")) &&
        !c.is(k + 2, "ago") && !c.is(k + 2, "earlier") && !c.is(k + 2, "later") && !c.is(k + 2, "before") &&
        !c.is(k + 2, "after") && !c.is(k + 2, "-")) {
      const std::string count = DurationValue(n, counted);  // "P2D", "PT24H"
      const size_t digits = count.find_first_of("0123456789");
      if (digits != std::string::npos && std::isupper(static_cast<unsigned char>(count.back()))) {
        h->begin = i; h->end = k + 2; h->gran = Gran::kSet; h->type = TimeType::kSet;
        h->value = DurationValue(1, p->unit);
        h->freq = std::atoi(count.c_str() + digits);
        h->freq_unit = count.back();
        if (c.is(k, "every")) h->quant = "EVERY";
        if (c.is(k, "each")) h->quant = "EACH";
        return true;
      }
    }
  }
  j = i;
  bool on = false;
  if (c.is(j, "on")) { on = true; ++j; }
  const WordInfo* pf = c.info(j);
  if (pf && pf->weekday && pf->plural && c.word(j) && !(c.tok(j).capital && c.word(j + 1) && c.tok(j + 1).capital)) {
    h->begin = c.timeml() ? j : i;  // TimeML: "on" is a signal, outside
    h->end = j + 1; h->gran = Gran::kSet; h->type = TimeType::kSet;
    h->value = "XXXX-WXX-" + std::to_string(pf->weekday);
    return true;
  }
  if (pf && pf->part != PartOfDay::kNone && pf->plural && (on || c.is(j + 1, "at"))) {
    h->begin = i; h->end = j + 1; h->gran = Gran::kSet; h->type = TimeType::kSet;
    h->value = std::string(c.timeml() ? "XXXX-XX-XXT" : "T") + PartCode(pf->part);
    return true;
  }
  // TimeML: "works nights", "open evenings and weekends": a bare plural part
  // of day used as an adverb of a habit recurs (XXXX-XX-XXTNI), as
  // "works weekends" does; "in the mornings" likewise ("in" a signal
  // outside), unless "of"/"after"/"before"/"since"/"following" names which
  // mornings.
  if (c.timeml() && !on) {
    const bool in_the = c.is(i, "the") && c.is(i - 1, "in");
    const int q = in_the ? i + 1 : i;
    const bool part_plural = c.is(q, "mornings") || c.is(q, "afternoons") || c.is(q, "evenings") || c.is(q, "nights");
    // the adverb follows a verb of a habit ("works nights", "is open
    // evenings"): not a subject ("Nights in Oslo are long") nor a noun after
    // an adjective ("the other dark nights")
    static constexpr std::string_view kHabitVerbs[] = {
        "work", "works", "worked", "working", "open", "opens", "opened", "close", "closes", "closed",
        "sleep", "sleeps", "slept", "study", "studies", "studied", "train", "trains", "trained",
        "teach", "teaches", "taught", "perform", "performs", "performed", "operate", "operates", "operated",
        "write", "writes", "wrote", "airs", "aired", "patrol", "patrols", "patrolled", "volunteer", "volunteers",
        "volunteered", "drive", "drives", "drove"};
    bool habit_verb = false;
    if (part_plural && !in_the)
      for (std::string_view v : kHabitVerbs)
        if (c.is(q - 1, v)) habit_verb = true;
    if (part_plural && (in_the || (habit_verb && AdverbialPlural(c, q)))) {
      pf = c.info(q);
      j = q;
      const int k = j + 1;
      if (in_the && (c.is(k, "of") || c.is(k, "after") || c.is(k, "before") || c.is(k, "since") ||
                     c.is(k, "following") || c.is(k, "that") || c.is(k, "when")))
        return false;
      h->begin = i; h->end = j + 1; h->gran = Gran::kSet; h->type = TimeType::kSet;
      h->value = std::string("XXXX-XX-XXT") + PartCode(pf->part);
      return true;
    }
  }
  // TimeML: "open on weekends", "at weekends": every weekend, "on" a signal outside.
  // "works weekends": a bare plural used as an adverb is every weekend too.
  if (c.timeml() && pf && pf->unit == Unit::kWeekend && pf->plural && c.word(j) &&
      (on || c.is(j - 1, "at") || AdverbialPlural(c, j))) {
    h->begin = j; h->end = j + 1; h->gran = Gran::kSet; h->type = TimeType::kSet;
    h->value = "XXXX-WXX-WE";
    return true;
  }
  if (on) return false;
  if (!c.is(j, "every") && !c.is(j, "each")) return false;
  ++j;
  bool other = false;
  if (c.is(j, "other")) { other = true; ++j; }
  // TimeML: "every single day", "each single week": the set of the unit.
  else if (c.timeml() && c.is(j, "single") && c.info(j + 1) && !c.info(j + 1)->plural &&
           (c.info(j + 1)->unit != Unit::kNone || c.weekday(j + 1) || c.info(j + 1)->part != PartOfDay::kNone))
    ++j;
  // TimeML: "every second Tuesday", "every third year": an ordinal before a
  // weekday or a singular unit counts as "every other" does (P3Y; the
  // weekday's set). "every second" alone stays a second.
  int nth = 0;
  if (c.timeml() && !other && c.word(j) && c.info(j) && c.info(j)->ordinal >= 2 && c.info(j)->ordinal <= 12 &&
      c.info(j + 1) && !c.info(j + 1)->plural &&
      (c.weekday(j + 1) || (c.info(j + 1)->unit >= Unit::kSecond && c.info(j + 1)->unit <= Unit::kYear))) {
    nth = c.info(j)->ordinal;
    other = nth == 2;
    ++j;
  }
  // TimeML: "every half hour", "every half-hour", "every quarter hour": the
  // fraction of the hour (PT30M, PT15M).
  if (c.timeml() && !other && !nth && (c.is(j, "half") || c.is(j, "quarter"))) {
    const int u = c.is(j + 1, "-") && c.glued(j + 1) ? j + 2 : j + 1;
    if (c.is(u, "hour")) {
      h->begin = i; h->end = u + 1; h->gran = Gran::kSet; h->type = TimeType::kSet;
      h->value = TimemlDurationValue(c.is(j, "half") ? 0.5 : 0.25, Unit::kHour);
      h->quant = c.is(i, "every") ? "EVERY" : "EACH";
      return true;
    }
  }
  int e = j;
  int n = c.Number(j, &e);
  if (nth) n = nth;
  else if (n > 0 && !c.is(j, "a") && !c.is(j, "an")) j = e; else n = other ? 2 : 1;
  // TimeML: "every 10 to 15 minutes", "every two or three days": the lower
  // count with mod EQUAL_OR_MORE, as "two to three weeks" is; one SET.
  bool spread = false;
  if (c.timeml() && !nth && !other && j == e && e > i + 1 &&
      (c.is(j, "to") || c.is(j, "or") || (c.is(j, "-") && c.glued(j)))) {
    int e2 = j + 1;
    const int n2 = c.Number(j + 1, &e2);
    if (n2 > n && e2 > j + 1 && c.info(e2) && c.info(e2)->unit != Unit::kNone && c.info(e2)->plural) {
      j = e2;
      spread = true;
    }
  }
  // TimeML: "every few years", "every several months": an unspecified count (PXY).
  bool vague = false;
  if (c.timeml() && !other && (c.is(j, "few") || c.is(j, "several")) && c.info(j + 1) &&
      c.info(j + 1)->unit != Unit::kNone && c.info(j + 1)->plural) {
    vague = true;
    ++j;
  }
  // TimeML: "every business day", "each trading day": a day of the set (P1D).
  if (c.timeml() && !other && !nth && n == 1 &&
      (c.is(j, "business") || c.is(j, "trading") || c.is(j, "working")) && c.is(j + 1, "day")) {
    h->begin = i; h->end = j + 2; h->gran = Gran::kSet; h->type = TimeType::kSet;
    h->value = "P1D";
    h->quant = c.is(i, "every") ? "EVERY" : "EACH";
    return true;
  }
  const WordInfo* f = c.info(j);
  if (!f) {
    Hit d;  // "each 4/15"
    if (MatchDay(c, j, &d) && d.gran == Gran::kDay) {
      h->begin = i; h->end = d.end; h->gran = Gran::kSet; h->type = TimeType::kSet;
      h->value = d.month ? "XXXX-" + std::string(d.month < 10 ? "0" : "") + std::to_string(d.month) + "-" +
                           std::string(d.dom < 10 ? "0" : "") + std::to_string(d.dom)
                         : d.value;
      return true;
    }
    return false;
  }
  // TimeML: "every Christmas": the holiday's day in any year (XXXX-12-25),
  // when the holiday has a fixed day (MatchHoliday leaves a recurring
  // holiday's year open).
  if (c.timeml() && f->holiday_start && !vague && n == 1 && !other) {
    Hit d;
    if (MatchHoliday(c, j, &d) && d.value.size() == 10 && d.value.rfind("XXXX-", 0) == 0) {
      h->begin = i; h->end = d.end; h->gran = Gran::kSet; h->type = TimeType::kSet;
      h->value = d.value;
      h->quant = c.is(i, "every") ? "EVERY" : "EACH";
      return true;
    }
  }
  h->begin = i; h->end = j + 1; h->gran = Gran::kSet; h->type = TimeType::kSet;
  if (c.timeml()) h->quant = c.is(i, "every") ? "EVERY" : "EACH";
  if (f->weekday) {
    h->value = "XXXX-WXX-" + std::to_string(f->weekday);
    // TimeML: "every Monday morning", "each Friday night": that part of
    // each such day (XXXX-WXX-1TMO), one set.
    if (c.timeml() && c.word(j + 1) && c.info(j + 1) && c.info(j + 1)->part != PartOfDay::kNone &&
        !c.info(j + 1)->plural && (c.is(j + 1, "morning") || c.is(j + 1, "afternoon") || c.is(j + 1, "evening") ||
                                   c.is(j + 1, "night"))) {
      h->value += std::string("T") + PartCode(c.info(j + 1)->part);
      h->end = j + 2;
    }
    return true;
  }
  if (f->part != PartOfDay::kNone) {  // TimeML: "every morning" = XXXX-XX-XXTMO
    h->value = std::string(c.timeml() ? "XXXX-XX-XXT" : "T") + PartCode(f->part);
    return true;
  }
  if (f->season && c.timeml() && !vague) {  // "every spring", "each summer": XXXX-SP
    static const char* kCode[] = {"", "SP", "SU", "FA", "WI"};
    h->value = std::string("XXXX-") + kCode[f->season];
    return true;
  }
  if (vague && f->unit != Unit::kNone) {
    h->value = DurationValue(-1, f->unit == Unit::kNight ? Unit::kDay : f->unit);
    return true;
  }
  // TimeML: "every July 4", "each Dec. 25": the day of the month in any
  // year (XXXX-07-04), as "every Christmas" is; not the month alone. A day
  // written with its year ("every July 4, 1990") is no recurrence.
  if (f->month && c.timeml() && !vague && n == 1 && !other && !nth &&
      (c.num(j + 1) || (c.is(j + 1, ".") && c.num(j + 2)))) {
    Hit d;
    if (MatchDay(c, j, &d) && d.gran == Gran::kDay && d.end > j + 1) {
      bool year = false;
      for (int t = j; t < d.end; ++t)
        if (c.num(t) && c.tok(t).digits >= 3) year = true;
      const int month = d.month ? d.month : d.day ? d.day->month : 0;
      const int dom = d.month ? d.dom : d.day ? d.day->day : 0;
      if (!year && month > 0 && month <= 12 && dom > 0 && dom <= 31) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", month, dom);
        h->end = d.end;
        h->value = buf;
        return true;
      }
    }
  }
  if (f->month && c.timeml()) {  // "every January"
    char buf[16];
    std::snprintf(buf, sizeof buf, "XXXX-%02d", f->month);
    h->value = buf;
    return true;
  }
  // TimeML: "every weekend" is each weekend of the calendar, XXXX-WXX-WE.
  if (c.timeml() && f->unit == Unit::kWeekend && n == 1 && !other) { h->value = "XXXX-WXX-WE"; return true; }
  if (f->unit != Unit::kNone) {
    h->value = DurationValue(n, f->unit == Unit::kNight ? Unit::kDay : f->unit);
    if (spread) h->mod = "EQUAL_OR_MORE";
    return true;
  }
  return false;
}

}  // namespace crosscheck::time_internal
