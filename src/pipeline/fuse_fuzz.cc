// libFuzzer target: up to four arbitrary texts (split at 0x1E) analysed and
// fused (src/fuse). Invariants: every document is in exactly one story;
// story members are valid, distinct document indexes; every ledger entry
// names claims of its story's documents, with low <= high when both are
// set; copy_of names an earlier document; fusing again gives the same JSON
// (determinism).
#include <cstdint>
#include <cstdlib>
#include <set>

#include "core/fuzz_support.h"
#include "fuse/fuse.h"
#include "pipeline/fuzz_analysis.h"

// One-time loading outside the fuzz loop (core/fuzz_support.h).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  crosscheck::FuzzWarmUp(" date 2022-05-04\nOfficials said 40 people were evacuated on Monday.\x1E"
                         " date 2022-05-04\nOfficials said 40 people were evacuated from Mariupol on Monday.");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace crosscheck;
  std::vector<DocAnalysis> docs = FuzzAnalyses(data, size);
  if (docs.empty()) return 0;
  FuseResult fused = FuzzPipeline().FuseAll(&docs);
  std::vector<int> seen(docs.size(), 0);
  std::set<std::string> claim_ids;
  std::string first;
  for (const Story& s : fused.stories) {
    std::set<int> members(s.docs.begin(), s.docs.end());
    if (members.size() != s.docs.size()) std::abort();
    for (int d : s.docs) {
      if (d < 0 || d >= static_cast<int>(docs.size())) std::abort();
      ++seen[d];
    }
    Json j = StoryToJson(docs, s);
    first += j.dump();
    for (const Json& e : j["ledger"]) {
      if (e["low"].is_number() && e["high"].is_number() && e["low"].get<double>() > e["high"].get<double>())
        std::abort();
      for (const Json& c : e["claims"]) {
        std::string id = c.get<std::string>();
        bool mine = false;
        for (int d : s.docs) mine |= id.find(docs[d].doc.id) != std::string::npos;
        if (!mine) std::abort();
      }
    }
  }
  for (int n : seen)
    if (n != 1) std::abort();
  for (size_t i = 0; i < docs.size(); ++i) {
    if (!docs[i].doc.copy_of) continue;
    bool earlier = false;
    for (size_t k = 0; k < i; ++k) earlier |= docs[k].doc.id == *docs[i].doc.copy_of;
    if (!earlier) std::abort();
  }
  FuseResult again = FuzzPipeline().FuseAll(&docs);
  std::string second;
  for (const Story& s : again.stories) second += StoryToJson(docs, s).dump();
  if (first != second) std::abort();
  return 0;
}
