// Placeholder until the attribution work lands: finds nothing.
#include "recognize/quote/quote.h"

namespace crosscheck {

std::vector<Quote> RecognizeQuotes(const Document&, const Segmentation&, const std::vector<Entity>&) {
  return {};
}

Attribution Attribute(const Document&, const Segmentation& seg, const std::vector<Quote>&, Span span) {
  Attribution a;
  int s = seg.SentenceAt(span.start);
  if (s >= 0) a.clause = seg.sentences[s].span;
  return a;
}

Json QuoteToJson(const Document& doc, const std::vector<Quote>& qs, size_t i) {
  const Quote& q = qs[i];
  Json j;
  j["id"] = RecordId('u', doc.id, i);
  j["doc"] = doc.id;
  j["start"] = q.span.start;
  j["end"] = q.span.end;
  j["text"] = std::string(q.span.Of(doc.text));
  j["direct"] = q.direct;
  j["speaker"] = JsonStringOrNull(q.speaker);
  j["speaker_role"] = JsonStringOrNull(q.speaker_role);
  j["speaker_entity"] = q.speaker_entity >= 0 ? Json(RecordId('e', doc.id, q.speaker_entity)) : Json(nullptr);
  j["cue"] = JsonStringOrNull(q.cue);
  return j;
}

}  // namespace crosscheck
