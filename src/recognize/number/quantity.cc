// RecognizeQuantities, sentence by sentence:
//  1. numerals, ranges and measures of the sentence (the lower layers);
//  2. figures: a range, else a measure, else a bare numeral, else a vague
//     magnitude ("hundreds", "a few dozen") that has a counted noun; the news
//     filter drops what is not a count (quantity_context.h);
//  3. for each figure the longest hedge before it (and a post hedge such as
//     "or more"), turned into an interval by the hedge table; a ratio when two
//     figures are joined by "to" in falling order ("outnumbered 10 to 1");
//  4. the counted noun; 5. compositions: a figure equal to the sum of two or
//     more later figures of the same sentence gets them as parts; 6. a measure
//     in brackets right after another of the same kind restates it (same_as).
#include "recognize/number/quantity.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <cmath>

#include "recognize/number/hedge.h"
#include "recognize/number/measure.h"
#include "recognize/number/numeral.h"
#include "recognize/number/quantity_context.h"
#include "recognize/number/quantity_news.h"
#include "recognize/number/range.h"
#include "recognize/number/tally.h"
#include "recognize/number/unit_table.h"

namespace crosscheck {

const char* QuantityKindName(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::kCount: return "count";
    case QuantityKind::kMeasure: return "measure";
    case QuantityKind::kMoney: return "money";
    case QuantityKind::kPercent: return "percent";
    case QuantityKind::kRatio: return "ratio";
  }
  return "count";
}

namespace {

// A figure in years that names an age: "12-year-old", "14 years old",
// "aged 3", "ages 16" (a duration is "10-year", "for 14 years").
bool NamesAnAge(std::string_view figure) {
  std::string low(figure);
  for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return low.find("old") != std::string::npos || low.find("age") != std::string::npos;
}

// Whether the text before a figure ends "<die/dies/died/dead/dying> [up to
// three words] at ": the figure that follows is an age at death ("Felt
// died Thursday at 95", "dead at 95"). Punctuation between the word of
// dying and "at" ends the clause: no age.
bool AgeAtDeath(std::string_view before) {
  auto lower_word_back = [&](size_t& end) -> std::string {  // the word ending at `end`, moving end before it
    while (end > 0 && before[end - 1] == ' ') --end;
    size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(before[start - 1]))) --start;
    std::string w(before.substr(start, end - start));
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    end = start;
    return w;
  };
  if (before.empty() || before.back() != ' ') return false;
  size_t end = before.size();
  if (lower_word_back(end) != "at") return false;
  for (int steps = 0; steps < 4; ++steps) {
    if (end == 0 || before[end - 1] != ' ') return false;  // punctuation or the text's start
    std::string w = lower_word_back(end);
    if (w.empty()) return false;
    if (w == "died" || w == "dies" || w == "die" || w == "dead" || w == "dying") return true;
  }
  return false;
}

double Tidy(double v) {
  double r = std::round(v);
  if (std::fabs(v - r) < 1e-9 * std::max(1.0, std::fabs(v))) return r;
  double r2 = std::round(v * 1e6) / 1e6;
  return std::fabs(v - r2) < 1e-9 * std::max(1.0, std::fabs(v)) ? r2 : v;
}

void SetInterval(const Interval& iv, Quantity* q) {
  auto t = [](const std::optional<double>& v) { return v ? std::optional<double>(Tidy(*v)) : std::nullopt; };
  q->low = t(iv.low);
  q->high = t(iv.high);
  q->low_inclusive = iv.low_inclusive;
  q->high_inclusive = iv.high_inclusive;
  q->band_low = t(iv.band_low);
  q->band_high = t(iv.band_high);
  q->conservative = t(iv.conservative);
  q->exact = iv.exact;
}

struct Figure {
  uint32_t start, end;  // sentence-relative
  double value = 0, high = 0;
  bool is_range = false, vague = false;
  const Hedge* vague_hedge = nullptr;
  const Measure* measure = nullptr;
  const Numeral* numeral = nullptr;
  int change_dir = 0;            // a split "from X to Y" change: +1 up, -1 down
  const char* change_role = "";  // "from" / "to" for such a pair
  uint32_t tally_noun_start = 0, tally_noun_end = 0;  // a tally's side: its cue word
  bool tally = false;
  const char* tally_counts = "";  // "votes", "wins", "losses", "points", … or ""
  const char* tally_side = "";    // "majority" / "minority", "wins" / "losses"
};

inline bool IsYear(const Numeral& n) { return n.plain_digits == 4 && n.value >= 1000 && n.value <= 2100; }

// "1928 - 53", "2008 - 9", "from 1996 to 2007", "between 2005 and 2008":
// a span of years, not a figure.
bool IsYearSpan(const Numeral& a, const Numeral& b) {
  return IsYear(a) && ((IsYear(b) && b.value > a.value) || (b.plain_digits >= 1 && b.plain_digits <= 2));
}

// "555-1234": a phone number's exchange and line, not a range (ranges in
// news join round or like-sized figures: "300-1200", "25-30").
bool IsPhonePair(std::string_view s, const Numeral& a, const Numeral& b) {
  if (a.plain_digits != 3 || b.plain_digits != 4 || b.start != a.end + 1 || s[a.end] != '-') return false;
  return std::fmod(a.value, 10) != 0 || std::fmod(b.value, 100) != 0;
}

std::string_view Trim(std::string_view g) {
  while (!g.empty() && g.front() == ' ') g.remove_prefix(1);
  while (!g.empty() && g.back() == ' ') g.remove_suffix(1);
  return g;
}

// A tally's two sides, each a count marked `tally` with what it counts and
// which side it is: a vote's and a win's larger side first ("majority",
// "minority": the number layer only reads them in falling order), a
// record's wins first and losses second, whichever is larger.
void PushTally(const TallyCue& cue, const Numeral& a, const Numeral& b, std::vector<Figure>* figs) {
  const Numeral* sides[2] = {&a, &b};
  for (int i = 0; i < 2; ++i) {
    Figure f{sides[i]->start, sides[i]->end, sides[i]->value, 0, false};
    f.numeral = sides[i];
    f.tally = true;
    f.tally_noun_start = cue.start;
    f.tally_noun_end = cue.end;
    if (cue.kind == TallyKind::kRecord) {
      f.tally_counts = i == 0 ? "wins" : "losses";
      f.tally_side = f.tally_counts;
    } else {
      // A win's unit is seldom said ("won 3-1", "won, 134 to 63"): claims
      // read it from the report (votes in a report of a vote, else a score).
      f.tally_counts = cue.kind == TallyKind::kVotes ? "votes" : "";
      f.tally_side = i == 0 ? "majority" : "minority";
    }
    figs->push_back(f);
  }
}

void OneSentence(std::string_view text, uint32_t base, const HedgeTable& table, std::vector<Quantity>* out) {
  std::string_view s = text;
  std::vector<Numeral> nums = ParseNumerals(s);
  std::vector<Measure> ms = ParseMeasures(s, nums);
  std::vector<NumberRange> rs = ParseRanges(s, nums);
  std::vector<const Measure*> by_num(nums.size(), nullptr);
  for (const Measure& m : ms)
    if (m.numeral >= 0) by_num[m.numeral] = &m;
  std::vector<Figure> figs;
  size_t ri = 0;
  for (size_t k = 0; k < nums.size(); ++k) {
    const Numeral& n = nums[k];
    if (ri < rs.size() && rs[ri].first == static_cast<int>(k)) {
      const NumberRange& r = rs[ri++];
      const Numeral& a = nums[r.first];
      const Numeral& b = nums[r.second];
      k = r.second;
      if (IsYearSpan(a, b) || IsPhonePair(s, a, b) || number::AfterReferenceWord(s, r.start)) continue;
      // "a 9-14 record": a season's wins and losses, not a range.
      if (r.second == r.first + 1 && IsTally(s, a, b, true) && !by_num[r.first] && !by_num[r.second]) {
        if (TallyCue cue = ReadTally(s, a, b); cue.kind == TallyKind::kRecord) {
          PushTally(cue, a, b, &figs);
          continue;
        }
      }
      // "MS08-078", "CVE2008-4844": digits glued to letters open a label.
      if (a.start > 0 && std::isalpha(static_cast<unsigned char>(s[a.start - 1])) && a.start == r.start) continue;
      const Measure* ma = by_num[r.first];
      const Measure* mb = by_num[r.second] ? by_num[r.second] : ma;
      bool up = false;
      uint32_t cue = 0;
      if (r.worded && number::ChangeCueBefore(s, r.start, &up, &cue) &&
          s.substr(r.start, 4) != "betw") {
        // "raised the wage from $25 to $43": a change, two figures.
        Figure fa{ma ? ma->start : a.start, ma ? ma->end : a.end,
                  ma ? ma->value * (a.value != 0 ? r.low / a.value : 1) : r.low, 0, false};  // shared scale
        fa.measure = ma ? ma : mb;
        fa.numeral = &a;
        fa.change_dir = up ? 1 : -1;
        fa.change_role = "from";
        const Measure* own_b = by_num[r.second];  // "$43" in "from $25 to $43"; else the shared unit
        Figure fb{own_b ? own_b->start : b.start, own_b ? own_b->end : b.end, own_b ? own_b->value : r.high, 0,
                  false};
        fb.measure = mb;
        fb.numeral = &b;
        fb.change_dir = up ? 1 : -1;
        fb.change_role = "to";
        figs.push_back(fa);
        figs.push_back(fb);
        continue;
      }
      if (ma && by_num[r.second] && ma->start < a.start && by_num[r.second]->start < b.start && r.worded &&
          Trim(s.substr(ma->end, by_num[r.second]->start - ma->end)) == "to" &&
          number::AmountVerbBefore(s, ma->start, &up)) {
        // "rose $1.20 to $84.50": each bound wears its own currency prefix
        // right after a change verb, so an amount and a new level (as range.cc
        // reads "rose 0.5% to 3%"); "rose 5 to 10 percent" stays a range.
        const Measure* mbn = by_num[r.second];
        Figure fa{ma->start, ma->end, ma->value, 0, false};
        fa.measure = ma;
        fa.numeral = &a;
        fa.change_dir = up ? 1 : -1;
        fa.change_role = "amount";
        Figure fb{mbn->start, mbn->end, mbn->value, 0, false};
        fb.measure = mbn;
        fb.numeral = &b;
        fb.change_dir = up ? 1 : -1;
        fb.change_role = "to";
        figs.push_back(fa);
        figs.push_back(fb);
        continue;
      }
      Figure f{r.start, r.end, r.low, r.high, true};
      f.measure = mb;
      if (ma && ma->start < f.start) f.start = ma->start;  // "$19" in "between $19 and $22 million"
      if (by_num[r.second]) f.end = std::max(f.end, by_num[r.second]->end);
      figs.push_back(f);
      continue;
    }
    if (k + 1 < nums.size() && IsTally(s, n, nums[k + 1], true) && !by_num[k + 1] && !by_num[k] &&
        !(nums[k + 1].value == 1 && s.substr(n.end, nums[k + 1].start - n.end) != "-")) {
      // A span of years ("the 2015-16 season", "2008 - 9") is no tally.
      TallyCue cue = IsYearSpan(n, nums[k + 1]) ? TallyCue{} : ReadTally(s, n, nums[k + 1]);
      bool falling = n.value >= nums[k + 1].value;
      if (cue.kind != TallyKind::kNone && (falling || cue.kind == TallyKind::kRecord)) {
        PushTally(cue, n, nums[k + 1], &figs);
        ++k;
        continue;
      }
      if (falling) {
        ++k;  // a score with no cue: neither number is a figure
        continue;
      }
    }
    if (k > 0 && IsTally(s, nums[k - 1], n) && !by_num[k] && !by_num[k - 1] && nums[k].value != 1) continue;
    const Measure* m = by_num[k];
    if (!m && !figs.empty() && figs.back().measure && figs.back().measure->end > n.start) continue;
    if (!m && k + 1 < nums.size() && by_num[k + 1] && by_num[k + 1]->start == nums[k + 1].start &&
        by_num[k + 1]->unit.kind == MeasureKind::kPercent && !n.glued_end) {
      std::string_view gap = s.substr(n.end, nums[k + 1].start - n.end);
      if (gap == " to " || gap == "-" || gap == " and " || gap == " or ") m = by_num[k + 1];  // "40 to 34 percent"
      if (m) {
        Figure f{n.start, n.end, n.value, 0, false};
        f.measure = m;
        f.numeral = &n;
        figs.push_back(f);
        continue;
      }
    }
    if (number::IsNotACount(s, n, m != nullptr)) continue;
    // "a zero-day flaw", "zero-hour contracts", "Zero Hour": zero with a
    // singular time unit is a compound's modifier or a name; a span of no
    // time is written "zero days".
    if (m && m->unit.kind == MeasureKind::kDuration && n.value == 0 && m->unit_end > m->unit_start &&
        std::tolower(static_cast<unsigned char>(s[m->unit_end - 1])) != 's')
      continue;
    // A duration that dates an event: "two years ago", "a week earlier".
    if (m && m->unit.kind == MeasureKind::kDuration) {
      size_t p = m->end;
      while (p < s.size() && s[p] == ' ') ++p;
      if (s.substr(p, 3) == "ago" || s.substr(p, 7) == "earlier" || s.substr(p, 5) == "later") continue;
    }
    Figure f{m ? m->start : n.start, m ? m->end : n.end, m ? m->value : n.value, 0, false};
    if (f.value < 0 && f.start >= 8 && s.substr(f.start - 8, 8) == "plus or ") {
      f.value = -f.value;  // "plus or minus 3.1 percent": a margin, not a negative figure
      size_t w = s.find(' ', f.start);
      if (w != std::string_view::npos && w + 1 < f.end) f.start = static_cast<uint32_t>(w + 1);
    }
    // "+0.4%": a sign written before a measured figure belongs to it.
    if (m && f.start == n.start && f.start >= 1 && s[f.start - 1] == '+' &&
        (f.start == 1 || s[f.start - 2] == ' ' || s[f.start - 2] == '('))
      --f.start;
    f.measure = m;
    f.numeral = &n;
    figs.push_back(f);
  }
  // Vague magnitudes, at word starts not inside a figure.
  std::vector<Figure> vague;
  size_t fi = 0;
  for (uint32_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) || (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(' &&
                                                                 s[i - 1] != '"'))
      continue;
    while (fi < figs.size() && figs[fi].end <= i) ++fi;
    if (fi < figs.size() && figs[fi].start <= i) continue;
    uint32_t e = 0;
    const Hedge* h = table.MatchVagueAt(s, i, &e);
    if (!h) continue;
    if (fi < figs.size() && figs[fi].start < e) continue;
    number::Counted cn = number::FindCounted(s, i, e, false);
    if (cn.end <= cn.start || cn.start < e) continue;
    Figure f{i, e, 0, 0, false, true, h};
    vague.push_back(f);
    i = e;
  }
  if (!vague.empty()) {  // merge by start (both lists are sorted and disjoint)
    std::vector<Figure> merged;
    merged.reserve(figs.size() + vague.size());
    std::merge(figs.begin(), figs.end(), vague.begin(), vague.end(), std::back_inserter(merged),
               [](const Figure& a, const Figure& b) { return a.start < b.start; });
    figs.swap(merged);
  }
  size_t first_index = out->size();
  for (size_t k = 0; k < figs.size(); ++k) {
    Figure& f = figs[k];
    Quantity q;
    uint32_t start = f.start, end = f.end;
    q.value = Tidy(f.value);
    q.kind = QuantityKind::kCount;
    if (f.measure) {
      q.unit = std::string(f.measure->unit.code);
      const UnitInfo& ui = f.measure->unit;
      if (ui.dimension == "minor") {
        q.value = Tidy(q.value / 100);  // "45 cents" = 0.45 USD
        f.value /= 100;
        f.high /= 100;
      }
      switch (f.measure->unit.kind) {
        case MeasureKind::kCurrency: q.kind = QuantityKind::kMoney; break;
        case MeasureKind::kPercent: q.kind = QuantityKind::kPercent; break;
        default: q.kind = QuantityKind::kMeasure;
      }
    } else if (f.numeral && f.numeral->kind == NumeralKind::kFraction && f.numeral->value < 1) {
      q.kind = QuantityKind::kPercent;
      q.unit = "fraction";
    }
    if (f.vague) {
      q.hedge = f.vague_hedge->phrase;
      SetInterval(HedgeTable::Apply(f.vague_hedge, 0), &q);
      q.value = *q.conservative;
    } else if (f.is_range) {
      q.hedge = "range";
      Interval iv;
      iv.low = iv.band_low = iv.conservative = f.value;
      iv.high = iv.band_high = f.high;
      iv.exact = false;
      // "About 35-40%", "some 10 to 15": an approximating hedge widens the
      // band of both ends and belongs to the span; the bounds stay as written.
      uint32_t hs = 0;
      if (const Hedge* h = table.MatchBefore(s, start, &hs); h && h->logic == HedgeLogic::kApprox) {
        start = hs;
        iv.band_low = iv.conservative = f.value * h->band_a;
        iv.band_high = f.high * h->band_b;
      }
      SetInterval(iv, &q);
    } else {
      // Ratio: "10 to 1", "10-to-1".
      if (k + 1 < figs.size() && !f.measure && !figs[k + 1].measure && !figs[k + 1].is_range &&
          !figs[k + 1].vague && !f.tally) {  // a tally is no ratio
        std::string_view gap = s.substr(f.end, figs[k + 1].start - f.end);
        bool from = f.start >= 5 && (s.compare(f.start - 5, 5, "from ") == 0 || s.compare(f.start - 5, 5, "From ") == 0);
        if ((gap == " to " || gap == "-to-") && f.value > figs[k + 1].value && figs[k + 1].value > 0 && !from) {
          q.kind = QuantityKind::kRatio;
          q.value = Tidy(f.value / figs[k + 1].value);
          end = figs[k + 1].end;
          SetInterval(HedgeTable::Apply(nullptr, q.value), &q);
          q.span = Span{base + start, base + end};
          out->push_back(q);
          ++k;
          continue;
        }
      }
      uint32_t hs = 0;
      const Hedge* h = table.MatchBefore(s, start, &hs);
      if (!h && start > 0 && s[start - 1] == '~') {  // "~3mm"
        h = table.Find("about", HedgeWhere::kPre);
        hs = start - 1;
      } else if (!h && start >= 4 && s.compare(start - 4, 4, "sub-") == 0 &&
                 (start == 4 || s[start - 5] == ' ')) {  // "sub-5%"
        h = table.Find("under", HedgeWhere::kPre);
        hs = start - 4;
      }
      uint32_t pe = 0;
      const Hedge* post = h ? nullptr : table.MatchAfter(s, end, &pe);
      if (post && post->phrase == "plus" && f.measure) post = nullptr;
      // "90-plus percent", "500+ homes": the open-ended mark is glued to the
      // digits, inside a measure's span or right after a count's.
      if (!h && !post && f.numeral && !f.is_range) {
        const size_t plus_end = PlusSuffixEnd(s, f.numeral->end);
        if (plus_end > f.numeral->end) {
          post = table.Find("plus", HedgeWhere::kPost);
          if (!f.measure) pe = static_cast<uint32_t>(plus_end);
          else pe = end;
        }
      }
      if (h) {
        start = hs;
        q.hedge = h->phrase;
      } else if (post) {
        end = pe;
        q.hedge = post->phrase;
        h = post;
      }
      // "some 500-plus homes": a word before the figure won, but the mark
      // is still part of the figure's span, not the noun it counts.
      if (h && !f.measure && f.numeral && !f.is_range)
        end = std::max<uint32_t>(end, static_cast<uint32_t>(PlusSuffixEnd(s, f.numeral->end)));
      SetInterval(HedgeTable::Apply(h, q.value), &q);
      if (h && h->logic == HedgeLogic::kEq) q.hedge = h->phrase;
    }
    // A share of a whole is at most the whole: "more than three-quarters of
    // donors" lies in (0.75, 1], "over 90 percent of the ballots" in (90,
    // 100], however wide the hedge's likely band. A percentage that is no
    // share ("rose more than 90 percent") keeps its band.
    if (q.kind == QuantityKind::kPercent && q.band_high) {
      double whole = 0;
      if (q.unit == "fraction") whole = 1;
      else if (q.unit == "%" && end + 4 <= s.size() && s.compare(end, 4, " of ") == 0) whole = 100;
      if (whole > 0 && q.value <= whole) {
        if (*q.band_high > whole) q.band_high = whole;
        if (!q.high || *q.high > whole) q.high = whole, q.high_inclusive = true;
      }
    }
    bool singular = f.numeral && f.value == 1;
    if (f.tally) {
      q.counted = f.tally_counts;
      q.tally = true;
      q.tally_side = f.tally_side;
      q.counted_span = Span{base + f.tally_noun_start, base + f.tally_noun_end};
    } else if (q.kind == QuantityKind::kCount || q.kind == QuantityKind::kPercent) {
      // From the hedge on: "a population of over 400,000" counts the population;
      // past a measure right after a count: "two 25,000 horsepower engines".
      uint32_t after = std::max(f.end, end);
      if (q.kind == QuantityKind::kCount && k + 1 < figs.size() && figs[k + 1].measure && !figs[k + 1].is_range &&
          figs[k + 1].start == after + 1 && s[after] == ' ')
        after = figs[k + 1].end;
      const bool many = q.kind == QuantityKind::kCount && f.value >= 2 && f.value == std::floor(f.value);
      number::Counted cn = number::FindCounted(s, std::min(start, f.start), after, singular, many);
      if (cn.end > cn.start && !(q.kind == QuantityKind::kPercent && cn.start > f.end && false)) {
        std::string counted(s.substr(cn.start, cn.end - cn.start));
        for (char& ch : counted)
          if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
        q.counted = counted;
        q.counted_span = Span{base + cn.start, base + cn.end};
        // A vague magnitude of a unit ("billions of dollars", "hundreds of
        // years", "thousands of tonnes") is a measure in that unit (money
        // for a currency), its band the magnitude's, its span the whole
        // phrase; minor units and percents stay counts.
        size_t ue = 0;
        const number::UnitEntry* cu =
            f.vague ? number::MatchUnitAt(s, cn.start, number::kSuffix, &ue, number::kBuiltin) : nullptr;
        if (cu && ue == cn.end && cu->multiplier == 1 && cu->info.dimension != "minor" &&
            cu->info.kind != MeasureKind::kPercent) {
          q.kind = cu->info.kind == MeasureKind::kCurrency ? QuantityKind::kMoney : QuantityKind::kMeasure;
          q.unit = std::string(cu->info.code);
          q.counted.clear();
          q.counted_span = Span{};
          end = std::max<uint32_t>(end, static_cast<uint32_t>(cn.end));  // the figure is "billions of dollars"
        }
      }
    }
    q.span = Span{base + start, base + end};
    if (f.change_dir) {
      q.direction = f.change_dir > 0 ? "up" : "down";
      q.change = f.change_role;
    }
    number::RefineUnit(s, base, &q);
    if (q.kind == QuantityKind::kMeasure && q.unit == "yr")
      q.age = NamesAnAge(s.substr(q.span.start - base, q.span.end - q.span.start));
    number::SetCountedModifiers(s, base, &q);
    if (!out->empty() && out->size() > first_index && out->back().span.end > q.span.start) continue;
    if (q.change == "to" && out->size() > first_index && out->back().change == "from") {
      q.change_from = static_cast<int>(out->size() - 1);
    }
    out->push_back(q);
  }
  number::MarkChanges(s, base, out, first_index);
  // Ages listed after "ages"/"aged" are ages too, not counts: "two sons,
  // ages 16 and 6", "children aged 3, 5 and 9".
  for (size_t i = first_index; i + 1 < out->size(); ++i) {
    const Quantity& a = (*out)[i];
    if (a.unit != "yr" || a.span.end - a.span.start < 5) continue;
    std::string head(text.substr(a.span.start - base, 4));
    for (char& ch : head) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (head != "age " && head != "aged" && head != "ages") continue;
    uint32_t prev_end = a.span.end;
    for (size_t j = i + 1; j < out->size(); ++j) {
      Quantity& b = (*out)[j];
      if (b.kind != QuantityKind::kCount || !b.unit.empty() || !b.counted.empty() || !b.hedge.empty() ||
          b.span.start < prev_end)
        break;
      std::string_view gap = text.substr(prev_end - base, b.span.start - prev_end);
      if (gap != ", " && gap != " and " && gap != ", and " && gap != " or " && gap != ", or ") break;
      b.kind = a.kind;
      b.unit = a.unit;
      b.age = true;
      prev_end = b.span.end;
    }
  }
  // "died at 95", "dead at 95", "dies Thursday at 75": a bare whole number
  // after "at", with a word of dying a few words before it in the same
  // clause, is the age at death, not a count (of the dead or of anything).
  for (size_t i = first_index; i < out->size(); ++i) {
    Quantity& q = (*out)[i];
    if (q.kind != QuantityKind::kCount || !q.unit.empty() || !q.counted.empty() || !q.hedge.empty() || !q.exact ||
        q.value < 1 || q.value > 125 || q.value != std::floor(q.value))
      continue;
    if (AgeAtDeath(text.substr(0, q.span.start - base))) {
      q.kind = QuantityKind::kMeasure;
      q.unit = "yr";
      q.age = true;
    }
  }
  // Compositions: a count equal to the sum of 2+ consecutive later counts,
  // looked for among the next few figures only (the parts follow the total
  // closely; a bounded window keeps a sentence of any length linear).
  constexpr size_t kPartsWindow = 8;
  for (size_t i = first_index; i < out->size(); ++i) {
    Quantity& t = (*out)[i];
    if (t.kind != QuantityKind::kCount || !t.hedge.empty() || t.value < 2) {
      if (!(t.kind == QuantityKind::kCount && t.hedge == "a total of")) continue;
    }
    for (size_t j = i + 1; j < out->size() && j <= i + kPartsWindow; ++j) {
      double sum = 0;
      size_t k = j;
      for (; k < out->size() && k < j + kPartsWindow && sum < t.value; ++k) {
        const Quantity& p = (*out)[k];
        if (p.kind != QuantityKind::kCount || !p.exact) break;
        sum += p.value;
      }
      if (sum == t.value && k - j >= 2) {
        for (size_t p = j; p < k; ++p) t.parts.push_back(static_cast<int>(p));
        break;
      }
    }
  }
  // Restatements: "140 miles (230 kilometers)".
  for (size_t i = first_index + 1; i < out->size(); ++i) {
    Quantity& b = (*out)[i];
    const Quantity& a = (*out)[i - 1];
    if (a.kind != b.kind || (a.kind != QuantityKind::kMeasure && a.kind != QuantityKind::kMoney)) continue;
    if (a.unit == b.unit) continue;
    std::string_view gap = text.substr(a.span.end - base, b.span.start - a.span.end);
    if (gap == " (" || gap == "(" || gap == " [") b.same_as = static_cast<int>(i - 1);
  }
}

}  // namespace

std::vector<Quantity> RecognizeQuantities(const Document& doc, const Segmentation& seg) {
  std::vector<Quantity> out;
  const HedgeTable& table = HedgeTable::Default();
  for (const crosscheck::Sentence& sent : seg.sentences) {
    if (sent.span.end > doc.text.size()) continue;
    OneSentence(sent.span.Of(doc.text), sent.span.start, table, &out);
  }
  return out;
}

std::vector<Quantity> RecognizeQuantitiesInText(std::string_view text) {
  std::vector<Quantity> out;
  OneSentence(text, 0, HedgeTable::Default(), &out);
  return out;
}

// present/json_records.cc writes this record without building it
// (AppendQuantityRecord): a change here needs the same change there.
Json QuantityToJson(const Document& doc, const std::vector<Quantity>& qs, size_t i) {
  const Quantity& q = qs[i];
  Json j;
  j["id"] = RecordId('q', doc.id, i);
  j["doc"] = doc.id;
  j["start"] = q.span.start;
  j["end"] = q.span.end;
  j["text"] = std::string(q.span.Of(doc.text));
  j["kind"] = QuantityKindName(q.kind);
  j["value"] = JsonNumber(q.value);
  j["low"] = JsonNumber(q.low);
  j["high"] = JsonNumber(q.high);
  j["low_inclusive"] = q.low_inclusive;
  j["high_inclusive"] = q.high_inclusive;
  j["band_low"] = JsonNumber(q.band_low);
  j["band_high"] = JsonNumber(q.band_high);
  j["conservative"] = JsonNumber(q.conservative);
  j["exact"] = q.exact;
  j["hedge"] = JsonStringOrNull(q.hedge);
  j["unit"] = JsonStringOrNull(q.unit);
  j["counted"] = JsonStringOrNull(q.counted);
  if (q.counted_span.empty()) {
    j["counted_start"] = nullptr;
    j["counted_end"] = nullptr;
  } else {
    j["counted_start"] = q.counted_span.start;
    j["counted_end"] = q.counted_span.end;
  }
  Json parts = Json::array();
  for (int p : q.parts) parts.push_back(RecordId('q', doc.id, p));
  j["parts"] = parts;
  j["same_as"] = q.same_as >= 0 ? Json(RecordId('q', doc.id, q.same_as)) : Json(nullptr);
  j["direction"] = JsonStringOrNull(q.direction);
  j["change"] = JsonStringOrNull(q.change);
  j["change_from"] = q.change_from >= 0 ? Json(RecordId('q', doc.id, q.change_from)) : Json(nullptr);
  j["counted_modifiers"] = JsonStringOrNull(q.counted_modifiers);
  j["tally"] = q.tally;
  if (q.counted_phrase.empty()) {
    j["counted_phrase_start"] = nullptr;
    j["counted_phrase_end"] = nullptr;
  } else {
    j["counted_phrase_start"] = q.counted_phrase.start;
    j["counted_phrase_end"] = q.counted_phrase.end;
  }
  return j;
}

}  // namespace crosscheck
