// Document-level time recognition: ParseTimes per sentence with the
// document date as reference; the document date inferred from the text when
// metadata has none; and the JSON record of docs/OUTPUT.md.
#include "recognize/time/time_expr.h"

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

std::optional<std::string> InferDocumentDate(const Document& doc, const Segmentation& seg) {
  // Evidence: full dates (day, month and year) in the text. The latest one
  // that is named at least once in the first sentences, or named twice, wins;
  // a single full date anywhere is accepted only in the first three sentences
  // (datelines, "Published May 6, 2022").
  std::map<std::string, int> votes;
  std::string first_early;
  int index = 0;
  ForEachSentence(doc, seg, [&](Span s) {
    std::vector<TimeMention> ts = ParseTimes(s.Of(doc.text), std::nullopt);
    for (const TimeMention& t : ts) {
      if (t.grain != "day" || t.value.size() != 10 || t.value[0] == 'X') continue;
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
  return std::nullopt;
}

std::vector<TimeMention> RecognizeTimes(const Document& doc, const Segmentation& seg) {
  std::optional<CivilDate> ref;
  if (doc.date) ref = ParseIsoDate(*doc.date);
  std::vector<TimeMention> out;
  ForEachSentence(doc, seg, [&](Span s) {
    std::vector<TimeMention> ts = ParseTimes(s.Of(doc.text), ref);
    const int base = static_cast<int>(out.size());
    for (TimeMention& t : ts) {
      t.span.start += s.start;
      t.span.end += s.start;
      if (t.range_from >= 0) t.range_from += base;
      if (t.range_to >= 0) t.range_to += base;
      if (t.part_of >= 0) t.part_of += base;
      out.push_back(std::move(t));
    }
  });
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
  return j;
}

}  // namespace crosscheck
