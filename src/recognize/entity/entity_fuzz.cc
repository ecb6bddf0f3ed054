// libFuzzer target: arbitrary bytes as a document. Recognize() must not
// crash, and its mentions must be sorted, disjoint, non-empty and inside the
// text, with a cluster each.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/fuzz_support.h"
#include "recognize/entity/entity.h"

// One-time loading outside the fuzz loop (core/fuzz_support.h).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  crosscheck::FuzzWarmUp("The mayor, Vadym Boychenko, told reporters in Kyiv on Monday.");
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
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  std::vector<Entity> es = recognizer->Recognize(doc, Segment(doc.text));
  for (size_t i = 0; i < es.size(); ++i) {
    if (es[i].span.empty() || es[i].span.end > doc.text.size() || es[i].cluster < 0) std::abort();
    if (i > 0 && es[i - 1].span.end > es[i].span.start) std::abort();
  }
  if (!es.empty()) (void)ResolveRoleMention(es, doc, "the mayor", static_cast<uint32_t>(size));
  return 0;
}
