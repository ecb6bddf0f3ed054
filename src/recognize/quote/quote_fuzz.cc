// libFuzzer target: arbitrary bytes as a document's text through
// RecognizeQuotes (with the entity model's mentions, as the pipeline runs
// it). Invariants (quote.h): quotes sorted by start; every span, cue span
// and speaker span inside the text; speaker_entity a valid mention index;
// Attribute() of any span gives a valid quote index or -1 and a clause
// inside the text; each quote's JSON record writes.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/fuzz_support.h"
#include "core/utf8.h"
#include "recognize/entity/entity.h"
#include "recognize/quote/quote.h"

// One-time loading outside the fuzz loop (core/fuzz_support.h).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  crosscheck::FuzzWarmUp("\"We evacuated 40 people,\" the mayor, Vadym Boychenko, told reporters in Kyiv.");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace crosscheck;
  static std::shared_ptr<const EntityRecognizer> recognizer = [] {
    auto r = EntityRecognizer::Load(EntityRecognizer::DefaultModelDir());
    if (!r.ok()) std::abort();
    return *r;
  }();
  Document doc;
  doc.id = "f";
  doc.language = "en";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  if (FirstInvalidUtf8(doc.text)) doc.text = Windows1252ToUtf8(doc.text, nullptr);  // readers give UTF-8
  const size_t n = doc.text.size();
  Segmentation seg = Segment(doc.text);
  std::vector<Entity> entities = recognizer->Recognize(doc, seg);
  std::vector<Quote> quotes = RecognizeQuotes(doc, seg, entities);
  for (size_t i = 0; i < quotes.size(); ++i) {
    const Quote& q = quotes[i];
    if (i > 0 && quotes[i - 1].span.start > q.span.start) std::abort();
    for (const Span& s : {q.span, q.cue_span, q.speaker_span})
      if (s.start > s.end || s.end > n) std::abort();
    if (q.speaker_entity < -1 || q.speaker_entity >= static_cast<int>(entities.size())) std::abort();
    (void)QuoteToJson(doc, quotes, i).dump();
  }
  for (uint32_t at = 0; at + 1 < n; at += 1 + static_cast<uint32_t>(n / 7)) {
    Attribution a = Attribute(doc, seg, quotes, Span{at, at + 1});
    if (a.quote < -1 || a.quote >= static_cast<int>(quotes.size())) std::abort();
    if (a.clause.start > a.clause.end || a.clause.end > n) std::abort();
  }
  return 0;
}
