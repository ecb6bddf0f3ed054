// libFuzzer target: the store round trip. Up to four arbitrary texts (split
// at 0x1E) are analysed and stored in a SQLite store; each must come back
// from GetDocument with the same text, metadata and records JSON as written
// (DocumentRecordsJson), and putting them again must store nothing new (the
// same ids, `inserted` false). A story made from them, its title taken from
// the input bytes, must come back as written. The integrity check stays ok.
// The store lives in /dev/shm when it can (FuzzScratchDir) and is checked
// and replaced by an empty one every 500 inputs or 256 KiB of input, so a
// long run does not slow down as the store grows (10^6 runs: issue 18).
// SQLite takes each connection's page cache in one allocation up front
// (SQLITE_CONFIG_PAGECACHE, set before SQLite starts): by default it adds a
// page at a time as the store grows, so about 30 % of the inputs ended
// holding more allocations than they started with, and libFuzzer ran each
// of those a second time to look for a leak (fuzz5, bench/results/robust.md).
// The pages are the same; only where SQLite's own page memory comes from
// changes, and leak detection still runs on every input.
#include <sqlite3.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>

#include "core/fuzz_support.h"
#include "pipeline/fuzz_analysis.h"
#include "store/store.h"

namespace {

struct World {
  std::string dir;
  std::unique_ptr<crosscheck::Store> store;
  int inputs = 0;       // since the store was made
  size_t input_bytes = 0;
  World() {
    dir = crosscheck::FuzzScratchDir("store_fuzz");
    auto s = crosscheck::OpenSqliteStore(dir + "/fuzz.db");
    if (!s.ok()) std::abort();
    store = std::move(s.value());
  }
  ~World() {
    store.reset();
    std::filesystem::remove_all(dir);
  }
};

World* world = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Cache lines per connection, taken at its first page; SQLite caps it at
  // the cache size (2,000 KiB by default, about 500 pages).
  if (sqlite3_config(SQLITE_CONFIG_PAGECACHE, nullptr, 0, 1000) != SQLITE_OK) std::abort();
  crosscheck::FuzzWarmUp(" date 2022-05-04\nOfficials said 40 people were evacuated on Monday.\x1E"
                         "The mayor said 12 buses left Kyiv.");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace crosscheck;
  static bool registered = [] { return std::atexit([] { delete world; }) == 0; }();
  (void)registered;
  if (!world) world = new World();
  Store& store = *world->store;
  std::vector<DocAnalysis> docs = FuzzAnalyses(data, size);
  if (docs.empty()) return 0;
  std::vector<PutOutcome> first, second;
  if (!store.PutAnalyses(docs, &first).ok() || first.size() != docs.size()) std::abort();
  if (!store.PutAnalyses(docs, &second).ok()) std::abort();
  for (size_t i = 0; i < docs.size(); ++i) {
    if (first[i].error || second[i].error) std::abort();
    if (second[i].inserted || second[i].id != first[i].id) std::abort();
    if (!first[i].inserted) continue;  // the same text from the same source, stored by an earlier input
    auto got = store.GetDocument(first[i].id);
    if (!got.ok() || !got->has_value()) std::abort();
    const StoredDocument& s = **got;
    if (s.doc.text != docs[i].doc.text || s.doc.path != docs[i].doc.path || s.doc.date != docs[i].doc.date) std::abort();
    Json want = DocumentRecordsJson(docs[i]);
    for (const char* layer : {"sentences", "quantities", "times", "entities", "quotes", "claims"})
      if (s.records[layer].dump() != want[layer].dump()) std::abort();
  }
  StoryRecord r;
  r.id = "s" + first[0].id;
  size_t cut = std::min<size_t>(80, docs[0].doc.text.size());
  while (cut > 0 && cut < docs[0].doc.text.size() && (static_cast<unsigned char>(docs[0].doc.text[cut]) & 0xC0) == 0x80)
    --cut;  // not inside a UTF-8 sequence
  r.title = docs[0].doc.text.substr(0, cut);
  for (const PutOutcome& o : first) r.doc_ids.push_back(o.id);
  r.json = Json{{"id", r.id}, {"title", r.title}};
  // Stories are written by fusion rounds only; the documents stay pending
  // (a fused document must sit in exactly one story: IntegrityCheck).
  auto epoch = store.FuseEpoch();
  if (!epoch.ok()) std::abort();
  FuseCommit commit;
  commit.expected_epoch = *epoch;
  commit.put_stories = {r};
  auto committed = store.CommitFuse(commit);
  if (!committed.ok() || !*committed) std::abort();
  auto story = store.GetStory(r.id);
  if (!story.ok() || !story->has_value() || (*story)->title != r.title || (*story)->json.dump() != r.json.dump())
    std::abort();
  world->input_bytes += size;
  if (++world->inputs >= 500 || world->input_bytes >= (size_t{256} << 10)) {
    auto ok = store.IntegrityCheck();
    if (!ok.ok() || *ok != "ok") std::abort();
    delete world;
    world = nullptr;  // the next input starts an empty store
  }
  return 0;
}
