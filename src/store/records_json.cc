// JSON of one document's records, as the store keeps them and the API
// returns them. Field names follow docs/OUTPUT.md; the recognizers' own
// *ToJson functions write each record.
#include "store/store.h"

namespace crosscheck {

Json DocumentRecordsJson(const DocAnalysis& a) {
  const Document& d = a.doc;
  Json j;
  j["analysed"] = a.analysed;
  j["date_basis"] = JsonString(d.date_basis);  // no column of its own
  Json sentences = Json::array();
  for (const Sentence& s : a.seg.sentences)
    sentences.push_back(Json{{"doc", d.id}, {"start", s.span.start}, {"end", s.span.end}});
  j["sentences"] = std::move(sentences);
  Json q = Json::array(), t = Json::array(), e = Json::array(), u = Json::array(), c = Json::array();
  for (size_t i = 0; i < a.quantities.size(); ++i) q.push_back(QuantityToJson(d, a.quantities, i));
  for (size_t i = 0; i < a.times.size(); ++i) t.push_back(TimeToJson(d, a.times, i));
  for (size_t i = 0; i < a.entities.size(); ++i) e.push_back(EntityToJson(d, a.entities, i));
  for (size_t i = 0; i < a.quotes.size(); ++i) u.push_back(QuoteToJson(d, a.quotes, i));
  for (size_t i = 0; i < a.claims.size(); ++i) c.push_back(ClaimToJson(d, a.claims, i));
  j["quantities"] = std::move(q);
  j["times"] = std::move(t);
  j["entities"] = std::move(e);
  j["quotes"] = std::move(u);
  j["claims"] = std::move(c);
  return j;
}

}  // namespace crosscheck
