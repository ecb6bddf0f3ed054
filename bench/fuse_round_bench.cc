// Cost of the cross-document stage a store re-runs on every fusion round
// (src/serve/story_update.h): GroupDocuments (copies + story clustering)
// over the fusion inputs of a store, at 250, 500, 1000 and all documents.
//
//   build/crosscheck analyze DIR --json /dev/null --db build/scale.db
//   CROSSCHECK_SCALE_DB=build/scale.db build/bench/fuse_round_bench
//
// Items/s are documents grouped per second.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "store/store.h"

namespace crosscheck {
namespace {

const std::vector<FuseDoc>& Docs() {
  static const std::vector<FuseDoc>* docs = [] {
    const char* path = std::getenv("CROSSCHECK_SCALE_DB");
    auto store = OpenStore(path ? path : "build/scale.db");
    if (!store.ok()) {
      std::fprintf(stderr, "fuse_round_bench: %s\n", store.error().message.c_str());
      std::exit(1);
    }
    auto d = (*store)->LoadFuseDocs(false, 0);
    if (!d.ok() || d->empty()) {
      std::fprintf(stderr, "fuse_round_bench: no fused documents in the store\n");
      std::exit(1);
    }
    return new std::vector<FuseDoc>(std::move(d.value()));
  }();
  return *docs;
}

void BM_GroupDocuments(benchmark::State& state) {
  const auto& docs = Docs();
  size_t n = std::min<size_t>(docs.size(), state.range(0) ? state.range(0) : docs.size());
  std::vector<const GroupingInput*> in;
  for (size_t i = 0; i < n; ++i) in.push_back(&docs[i].input);
  for (auto _ : state) benchmark::DoNotOptimize(GroupDocuments(in));
  state.SetItemsProcessed(state.iterations() * n);
  state.counters["docs"] = n;
}
BENCHMARK(BM_GroupDocuments)->Arg(250)->Arg(500)->Arg(1000)->Arg(0)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace crosscheck

BENCHMARK_MAIN();
