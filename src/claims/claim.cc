// First cut: one claim per counted quantity, attributed through the quote
// layer; measure, state and place are filled by the ledger work.
#include "claims/claim.h"

namespace crosscheck {

std::vector<Claim> BuildClaims(const ClaimInputs& in) {
  std::vector<Claim> out;
  for (size_t i = 0; i < in.quantities.size(); ++i) {
    const Quantity& q = in.quantities[i];
    Claim c;
    c.quantity = static_cast<int>(i);
    Attribution a = Attribute(in.doc, in.seg, in.quotes, q.span);
    c.clause = a.clause;
    c.speaker = a.speaker;
    c.speaker_role = a.speaker_role;
    c.counted = q.counted;
    c.time = in.doc.date.value_or("");
    c.as_of = in.doc.date.value_or("");
    out.push_back(std::move(c));
  }
  return out;
}

Json ClaimToJson(const Document& doc, const std::vector<Claim>& cs, size_t i) {
  const Claim& c = cs[i];
  Json j;
  j["id"] = RecordId('c', doc.id, i);
  j["doc"] = doc.id;
  j["quantity"] = RecordId('q', doc.id, c.quantity);
  j["start"] = c.clause.start;
  j["end"] = c.clause.end;
  j["measure"] = JsonStringOrNull(c.measure);
  j["counted"] = JsonStringOrNull(c.counted);
  j["state"] = JsonStringOrNull(c.state);
  j["place"] = JsonStringOrNull(c.place);
  j["speaker"] = JsonStringOrNull(c.speaker);
  j["speaker_role"] = JsonStringOrNull(c.speaker_role);
  j["time"] = JsonStringOrNull(c.time);
  j["as_of"] = JsonStringOrNull(c.as_of);
  j["restates"] = c.restates >= 0 ? Json(RecordId('c', doc.id, c.restates)) : Json(nullptr);
  return j;
}

}  // namespace crosscheck
