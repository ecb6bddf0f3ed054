// Document-level time recognition: ParseTimes per sentence with the
// document date as reference; the document date inferred from the text when
// metadata has none; and the JSON record of docs/OUTPUT.md.
#include "recognize/time/time_expr.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>
#include <map>

#include "recognize/time/time_parse.h"

namespace crosscheck {

const char* TimeTypeName(TimeType type) {
  switch (type) {
    case TimeType::kDate: return "date";
    case TimeType::kTime: return "time";
    case TimeType::kDuration: return "duration";
    case TimeType::kSet: return "set";
  }
  return "date";
}

namespace {

// Sentences of the document body; the whole body when the segmenter found none.
template <typename F>
void ForEachSentence(const Document& doc, const Segmentation& seg, F f) {
  if (seg.sentences.empty()) {
    uint32_t b = std::min<uint32_t>(doc.body_start, static_cast<uint32_t>(doc.text.size()));
    f(Span{b, static_cast<uint32_t>(doc.text.size())});
    return;
  }
  for (const Sentence& s : seg.sentences) f(s.span);
}

}  // namespace

namespace {

// ISO weekday named by the first word of `s` ("Monday's" counts), or 0.
int LeadingWeekday(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && ((s[n] | 0x20) >= 'a' && (s[n] | 0x20) <= 'z')) ++n;
  std::string w(s.substr(0, n));
  for (char& ch : w) ch = static_cast<char>(ch | 0x20);
  static const char* kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d)
    if (w == kDays[d]) return d + 1;
  return 0;
}

// ISO weekday of the reporting day in wire style ("a Ukrainian official
// said Friday", "said on Friday", "Friday said"): the weekday named most
// often right after or before "said"; on a tie the one named first (the
// lede gives the reporting day); 0 when none.
int ReportingWeekday(std::string_view text) {
  int count[8] = {};
  size_t first[8];
  std::fill(std::begin(first), std::end(first), std::string_view::npos);
  static const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (int d = 0; d < 7; ++d) {
    const std::string day = kDays[d];
    for (const std::string& pattern : {"said " + day, "said on " + day, day + " said"}) {
      for (size_t at = text.find(pattern); at != std::string_view::npos; at = text.find(pattern, at + 1)) {
        const size_t end = at + pattern.size();
        const bool word_end = end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
        const bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
        if (!word_end || !word_start) continue;
        ++count[d + 1];
        first[d + 1] = std::min(first[d + 1], at);
      }
    }
  }
  int best = 0;
  for (int d = 1; d <= 7; ++d)
    if (count[d] > 0 && (best == 0 || count[d] > count[best] || (count[d] == count[best] && first[d] < first[best])))
      best = d;
  return best;
}

}  // namespace

std::optional<std::string> InferDocumentDate(const Document& doc, const Segmentation& seg,
                                             const std::vector<int>& year_hints) {
  // Evidence, strongest first:
  //  1. a full date (day, month, year) in the first three sentences
  //     (datelines, "Published May 6, 2022");
  //  2. a full date named at least twice in the text (the latest such);
  //  3. a weekday named with a month-day ("Monday's Victory Day", "Friday,
  //     May 6") when exactly one of the years the text names or the caller
  //     hints (or the year after one) puts that month-day on that weekday:
  //     the week is fixed, and the report is dated to the nearest day of
  //     that week it reports from ("a Ukrainian official said Friday"),
  //     else to the named day.
  std::map<std::string, int> votes;
  std::string first_early;
  std::vector<std::pair<int, std::string>> weekday_dates;  // (weekday, "XXXX-MM-DD")
  std::vector<int> years;
  int index = 0;
  ForEachSentence(doc, seg, [&](Span s) {
    // Evidence 1 decides alone: once an early full date is found, no later
    // sentence can change the answer, so none is parsed.
    if (!first_early.empty()) return;
    std::string_view text = s.Of(doc.text);
    // The Recognizers-Text profile: its compositions ("Monday's Victory Day"
    // as one weekday-and-day) are the evidence this inference was built on.
    std::vector<TimeMention> ts = ParseTimes(text, std::nullopt, TimeOptions{.profile = TimeProfile::kRecognizers});
    for (size_t k = 0; k < ts.size(); ++k) {
      const TimeMention& t = ts[k];
      if (t.grain == "year" && t.value.size() == 4) years.push_back(std::atoi(t.value.c_str()));
      if (t.grain != "day" || t.value.size() != 10) continue;
      if (t.value[0] == 'X') {
        if (t.value.compare(0, 5, "XXXX-") != 0 || t.value[5] == 'X' || t.value[5] == 'W') continue;
        int wd = LeadingWeekday(t.span.Of(text));
        if (!wd && k > 0 && ts[k - 1].value.rfind("XXXX-WXX-", 0) == 0 && ts[k - 1].value.size() == 10 &&
            t.span.start - ts[k - 1].span.end <= 3)
          wd = ts[k - 1].value[9] - '0';
        if (wd) weekday_dates.push_back({wd, t.value});
        continue;
      }
      years.push_back(std::atoi(t.value.c_str()));
      votes[t.value] += 1;
      if (index < 3 && first_early.empty()) first_early = t.value;
    }
    ++index;
  });
  if (!first_early.empty()) return first_early;
  std::string best;
  int best_votes = 1;
  for (const auto& [date, n] : votes)
    if (n > best_votes || (n == best_votes && n > 1 && date > best)) { best = date; best_votes = n; }
  if (!best.empty()) return best;
  years.insert(years.end(), year_hints.begin(), year_hints.end());
  for (const auto& [wd, md] : weekday_dates) {
    int month = std::atoi(md.c_str() + 5), day = std::atoi(md.c_str() + 8);
    std::vector<CivilDate> fits;
    for (int y0 : years)
      for (int y : {y0, y0 + 1})
        if (IsValidDate(y, month, day) && Weekday(CivilDate{y, month, day}) == wd) {
          CivilDate d{y, month, day};
          if (std::find(fits.begin(), fits.end(), d) == fits.end()) fits.push_back(d);
        }
    if (fits.size() != 1) continue;
    // The week is fixed. When the text says which day it reports ("said
    // Friday"), the report is dated to the nearest such day; else to the
    // named day itself.
    const int reporting = ReportingWeekday(std::string_view(doc.text).substr(std::min<size_t>(doc.body_start, doc.text.size())));
    if (reporting && reporting != wd) {
      const int ahead = (reporting - wd + 7) % 7;  // 1..6 days after the named day
      const int back = 7 - ahead;                 // or this many days before it
      return FormatDate(AddDays(fits[0], ahead < back ? ahead : -back));
    }
    return FormatDate(fits[0]);
  }
  return std::nullopt;
}

namespace {

// The span's text holds the year of a "YYYY-MM-DD" value as four digits.
bool WritesYear(std::string_view text, std::string_view value) {
  const std::string_view year = value.substr(0, 4);
  for (size_t at = text.find(year); at != std::string_view::npos; at = text.find(year, at + 1)) {
    const bool before = at == 0 || !std::isdigit(static_cast<unsigned char>(text[at - 1]));
    const bool after = at + 4 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[at + 4]));
    if (before && after) return true;
  }
  return false;
}

bool DayValue(std::string_view v) { return v.size() == 10 && v[4] == '-' && v[7] == '-'; }

// TimeML: a month-day the text names once with its year ("Sept. 11, 2001",
// "on May 9, 2015") is that day when the text names it again without one
// ("since 9/11", "on May 9"): the same day, not the report's year's. A
// month-day named with two different years is left as resolved.
void CarryNamedYears(std::string_view text, std::vector<TimeMention>* ts) {
  struct Named { std::string year; int index; };  // year "" when two years are named
  std::map<std::string, Named> years;              // by "MM-DD"
  for (size_t i = 0; i < ts->size(); ++i) {
    const TimeMention& t = (*ts)[i];
    const std::string_view v = t.value.str();
    if (!DayValue(v) || v[0] == 'X' || !WritesYear(t.span.Of(text), v)) continue;
    auto [it, fresh] = years.emplace(std::string(v.substr(5)), Named{std::string(v.substr(0, 4)), static_cast<int>(i)});
    if (!fresh && it->second.year != v.substr(0, 4)) it->second.year.clear();
  }
  if (years.empty()) return;
  for (TimeMention& t : *ts) {
    const std::string_view v = t.value.str();
    // a holiday recurs: "Bastille Day" is this year's, whatever July 14 of 1789 the text names
    // a set recurs ("every July 4" stays XXXX-07-04 after "July 4, 1990")
    if (!DayValue(v) || t.holiday || t.type == TimeType::kSet || WritesYear(t.span.Of(text), v)) continue;
    auto it = years.find(std::string(v.substr(5)));
    if (it == years.end() || it->second.year.empty() || it->second.year == v.substr(0, 4)) continue;
    const std::string day = it->second.year + std::string(v.substr(4));
    const std::optional<CivilDate> d = ParseIsoDate(day);
    if (!d) continue;
    t.value = day;
    t.interval_start = day;
    t.interval_end = FormatDate(AddDays(*d, 1));
    t.anchor = TimeAnchor::kText;
    t.anchor_index = it->second.index;
  }
}

}  // namespace

std::vector<TimeMention> RecognizeTimes(const Document& doc, const Segmentation& seg, const TimeOptions& options) {
  std::optional<CivilDate> ref;
  if (doc.date) ref = ParseIsoDate(*doc.date);
  std::vector<TimeMention> out;
  NarrativeAnchor anchor;
  ForEachSentence(doc, seg, [&](Span s) {
    const int base = static_cast<int>(out.size());
    std::vector<TimeMention> ts = ParseTimes(s.Of(doc.text), ref, options, &anchor, base);
    for (TimeMention& t : ts) {
      t.span.start += s.start;
      t.span.end += s.start;
      if (t.range_from >= 0) t.range_from += base;
      if (t.range_to >= 0) t.range_to += base;
      if (t.part_of >= 0) t.part_of += base;
      out.push_back(std::move(t));
    }
  });
  if (options.profile == TimeProfile::kTimeML) CarryNamedYears(doc.text, &out);
  return out;
}

Json TimeToJson(const Document& doc, const std::vector<TimeMention>& ts, size_t i) {
  const TimeMention& t = ts[i];
  Json j;
  j["id"] = RecordId('t', doc.id, i);
  j["doc"] = doc.id;
  j["start"] = t.span.start;
  j["end"] = t.span.end;
  j["text"] = std::string(t.span.Of(doc.text));
  j["type"] = TimeTypeName(t.type);
  j["value"] = JsonStringOrNull(t.value);
  j["mod"] = JsonStringOrNull(t.mod);
  if (t.range_from >= 0 && t.range_to >= 0) {
    j["range"] = Json{{"from", RecordId('t', doc.id, t.range_from)}, {"to", RecordId('t', doc.id, t.range_to)}};
  } else {
    j["range"] = nullptr;
  }
  j["grain"] = JsonStringOrNull(t.grain);
  j["holiday"] = t.holiday;
  if (!t.interval_start.empty() || !t.interval_end.empty())
    j["interval"] = Json{{"start", JsonStringOrNull(t.interval_start)}, {"end", JsonStringOrNull(t.interval_end)}};
  else
    j["interval"] = nullptr;
  j["part_of"] = t.part_of >= 0 ? Json(RecordId('t', doc.id, t.part_of)) : Json(nullptr);
  if (t.anchor == TimeAnchor::kText && t.anchor_index >= 0 && static_cast<size_t>(t.anchor_index) < ts.size())
    j["anchor"] = RecordId('t', doc.id, static_cast<size_t>(t.anchor_index));
  else if (t.anchor != TimeAnchor::kNone)
    j["anchor"] = "report";
  else
    j["anchor"] = nullptr;
  j["freq"] = JsonStringOrNull(t.freq);
  j["quant"] = JsonStringOrNull(t.quant);
  return j;
}

}  // namespace crosscheck
