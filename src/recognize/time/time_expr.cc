// Placeholder until the time work lands: finds nothing.
#include "recognize/time/time_expr.h"

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

std::optional<std::string> InferDocumentDate(const Document&, const Segmentation&) { return std::nullopt; }
std::vector<TimeMention> RecognizeTimes(const Document&, const Segmentation&) { return {}; }

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
  return j;
}

}  // namespace crosscheck
