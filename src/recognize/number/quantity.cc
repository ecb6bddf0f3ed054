// Placeholder until the numbers work lands: finds nothing.
#include "recognize/number/quantity.h"

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

std::vector<Quantity> RecognizeQuantities(const Document&, const Segmentation&) { return {}; }

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
  Json parts = Json::array();
  for (int p : q.parts) parts.push_back(RecordId('q', doc.id, p));
  j["parts"] = parts;
  j["same_as"] = q.same_as >= 0 ? Json(RecordId('q', doc.id, q.same_as)) : Json(nullptr);
  return j;
}

}  // namespace crosscheck
