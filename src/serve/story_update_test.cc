// StoryFuser against the batch: the seed reports stored one at a time, in
// several arrival orders, with a fusion round after each, end with exactly
// the stories, ledgers and dates of Pipeline::FuseAll over them; so do two
// fusers (two processes) sharing one store, whose rounds conflict.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/resource.h>
#include <random>
#include <thread>

#include <gtest/gtest.h>

#include "core/paths.h"
#include "read/reader.h"
#include "serve/story_update.h"
#include "store/store.h"

namespace crosscheck::serve {
namespace {

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("crosscheck_fuser_" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

const Pipeline& SharedPipeline() {
  static const Pipeline* p = [] {
    auto made = Pipeline::Create();
    if (!made.ok()) {
      std::fprintf(stderr, "%s\n", made.error().message.c_str());
      std::abort();
    }
    return made.value().release();
  }();
  return *p;
}

struct Batch {
  std::vector<DocAnalysis> own;    // each report's own analysis, input order
  std::map<std::string, Json> stories;  // id -> StoryToJson
  std::map<std::string, std::optional<std::string>> dates;
  std::map<std::string, Json> records;  // id -> DocumentRecordsJson after fusion (re-dated layers)
};

const Batch& SeedBatch() {
  static const Batch* b = [] {
    auto* out = new Batch;
    ReadBatch read = ReadPaths({std::string(CROSSCHECK_SHARED_DIR) + "/seeds"});
    for (Document& d : read.docs) {
      DocAnalysis a;
      a.doc = std::move(d);
      out->own.push_back(std::move(a));
    }
    SharedPipeline().AnalyzeAll(&out->own, 2);
    std::vector<DocAnalysis> fused = out->own;
    FuseResult r = SharedPipeline().FuseAll(&fused);
    for (const Story& s : r.stories) out->stories[s.id] = StoryToJson(fused, s);
    for (const DocAnalysis& a : fused) out->dates[a.doc.id] = a.doc.date;
    for (const DocAnalysis& a : fused) out->records[a.doc.id] = DocumentRecordsJson(a);
    return out;
  }();
  return *b;
}

// The store's account in the batch's terms.
void ExpectEqualsBatch(Store* store, const Batch& batch) {
  auto counts = store->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->pending_fusion, 0);
  EXPECT_EQ(counts->stories, static_cast<int64_t>(batch.stories.size()));
  for (const auto& [id, json] : batch.stories) {
    SCOPED_TRACE(id);
    auto got = store->GetStory(id);
    ASSERT_TRUE(got.ok());
    ASSERT_TRUE(got->has_value());
    EXPECT_EQ((**got).json, json);
  }
  for (const auto& [id, date] : batch.dates) {
    auto doc = store->GetDocument(id);
    ASSERT_TRUE(doc.ok() && doc->has_value());
    EXPECT_EQ((**doc).doc.date, date) << id;
    // The layers a re-dating redoes, as the batch redid them.
    const Json& want = batch.records.at(id);
    for (const char* layer : {"times", "claims"}) EXPECT_EQ((**doc).records.value(layer, Json()), want.value(layer, Json())) << id << " " << layer;
  }
  auto check = store->IntegrityCheck();
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(*check, "ok");
}

TEST(StoryFuserTest, AnyArrivalOrderEndsWithTheBatchAccount) {
  const Batch& batch = SeedBatch();
  ASSERT_EQ(batch.own.size(), 5u);
  std::vector<size_t> identity(batch.own.size());
  for (size_t i = 0; i < identity.size(); ++i) identity[i] = i;
  std::vector<size_t> reversed(identity.rbegin(), identity.rend());
  std::vector<size_t> shuffled = identity;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
  struct Row {
    const char* name;
    std::vector<size_t> order;
  };
  const Row kRows[] = {{"input order", identity}, {"reversed", reversed}, {"shuffled", shuffled}};
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    TempDir dir;
    auto store = OpenSqliteStore(dir.File("db.sqlite"));
    ASSERT_TRUE(store.ok());
    StoryFuser fuser(store->get(), &SharedPipeline(), FuserOptions{.cache_docs = 2});  // small: re-analysis too
    for (size_t i : row.order) {
      std::vector<PutOutcome> out;
      ASSERT_TRUE((*store)->PutDocuments({PutRequest{&batch.own[i], OrderKey(1, i)}}, &out).ok());
      ASSERT_TRUE(out[0].inserted);
      auto r = fuser.RunRound();
      ASSERT_TRUE(r.ok()) << r.error().message;
      EXPECT_EQ(r->fused.size(), 1u);
    }
    ExpectEqualsBatch(store->get(), batch);
    // A round with nothing pending writes nothing.
    auto idle = fuser.RunRound();
    ASSERT_TRUE(idle.ok());
    EXPECT_TRUE(idle->fused.empty());
  }
}

// Documents that come after every fused one join the grouping kept from
// the last round (only they are grouped), and a report dated from its story
// has its times and claims redone from its own analysis; the account is the
// batch's either way. Documents stored before fused ones regroup everything.
TEST(StoryFuserTest, LaterDocumentsJoinTheKeptGroupingAndEqualTheBatch) {
  const Batch& batch = SeedBatch();
  ASSERT_EQ(batch.own.size(), 5u);
  struct Row {
    const char* name;
    std::vector<size_t> order;
    size_t cache_docs;
    bool kept;  // some round after the first grouped only its documents
  };
  const Row kRows[] = {
      {"input order, analyses cached", {0, 1, 2, 3, 4}, 4000, true},
      {"input order, analyses reloaded", {0, 1, 2, 3, 4}, 1, true},
      {"reversed", {4, 3, 2, 1, 0}, 4000, false},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    TempDir dir;
    auto store = OpenSqliteStore(dir.File("db.sqlite"));
    ASSERT_TRUE(store.ok());
    StoryFuser fuser(store->get(), &SharedPipeline(), FuserOptions{.cache_docs = row.cache_docs});
    size_t kept = 0, redone = 0, rounds = 0;
    for (size_t i : row.order) {
      std::vector<PutOutcome> out;
      ASSERT_TRUE((*store)->PutDocuments({PutRequest{&batch.own[i], OrderKey(1, i)}}, &out).ok());
      if (row.cache_docs > 1) fuser.Offer(std::make_shared<const DocAnalysis>(batch.own[i]));
      auto r = fuser.RunRound();
      ASSERT_TRUE(r.ok()) << r.error().message;
      if (rounds++ == 0 || !row.kept) EXPECT_TRUE(r->regrouped);  // nothing kept, or an earlier document
      kept += !r->regrouped;
      redone += r->redone;
    }
    EXPECT_EQ(kept > 0, row.kept);
    EXPECT_GT(redone, 0u);  // the undated seeds take the story's year
    ExpectEqualsBatch(store->get(), batch);
  }
}

// One round per batch of stored documents (the server's fusion loop under
// load), and rounds bounded by round_limit, end with the batch account too.
TEST(StoryFuserTest, BatchedRoundsEndWithTheBatchAccount) {
  const Batch& batch = SeedBatch();
  ASSERT_EQ(batch.own.size(), 5u);
  struct Row {
    const char* name;
    std::vector<std::vector<size_t>> batches;  // stored together, then one round
    int round_limit;
    std::vector<size_t> fused_per_round;
  };
  const Row kRows[] = {
      {"two batches", {{0, 1, 2}, {3, 4}}, 20000, {3, 2}},
      {"one batch, out of order", {{4, 2, 0, 3, 1}}, 20000, {5}},
      {"a batch, then singles", {{1, 3}, {0}, {4}, {2}}, 20000, {2, 1, 1, 1}},
      {"round limit", {{0, 1, 2, 3, 4}}, 2, {2, 2, 1}},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    TempDir dir;
    auto store = OpenSqliteStore(dir.File("db.sqlite"));
    ASSERT_TRUE(store.ok());
    StoryFuser fuser(store->get(), &SharedPipeline(), FuserOptions{.cache_docs = 3, .round_limit = row.round_limit});
    std::vector<size_t> fused;
    for (const std::vector<size_t>& b : row.batches) {
      for (size_t i : b) {
        std::vector<PutOutcome> out;
        ASSERT_TRUE((*store)->PutDocuments({PutRequest{&batch.own[i], OrderKey(1, i)}}, &out).ok());
        ASSERT_TRUE(out[0].inserted);
      }
      for (;;) {
        auto r = fuser.RunRound();
        ASSERT_TRUE(r.ok()) << r.error().message;
        if (r->fused.empty()) break;
        fused.push_back(r->fused.size());
      }
    }
    EXPECT_EQ(fused, row.fused_per_round);
    ExpectEqualsBatch(store->get(), batch);
  }
}

// The fusion loop's batch window: documents stored one by one within the
// window are fused by one round, no sooner than the window allows; a full
// batch (batch_docs) or Flush() starts the round at once.
TEST(FusionLoopTest, BatchWindowFusesDocumentsStoredMeanwhileInOneRound) {
  const Batch& batch = SeedBatch();
  auto ids_of = [&](std::vector<size_t> idx) {
    std::vector<std::string> ids;
    for (size_t i : idx) ids.push_back(batch.own[i].doc.id);
    return ids;
  };
  auto put = [&](Store* store, size_t i) {
    std::vector<PutOutcome> out;
    ASSERT_TRUE(store->PutDocuments({PutRequest{&batch.own[i], OrderKey(1, i)}}, &out).ok());
    ASSERT_TRUE(out[0].inserted);
  };
  {
    SCOPED_TRACE("window");
    TempDir dir;
    auto store = OpenSqliteStore(dir.File("db.sqlite"));
    ASSERT_TRUE(store.ok());
    StoryFuser fuser(store->get(), &SharedPipeline());
    FusionLoop loop(store->get(), &fuser, /*poll_ms=*/600000, /*batch_ms=*/1500);
    const auto ids = ids_of({0, 1, 2, 3, 4});
    loop.Expect(ids);
    const auto t0 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < 5; ++i) {
      put(store->get(), i);
      loop.Wake();
    }
    ASSERT_TRUE(loop.WaitFor(ids, 60000));
    EXPECT_GE(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(1500));
    FusionLoop::Stats st = loop.GetStats();
    EXPECT_EQ(st.rounds, 1);
    EXPECT_EQ(st.largest_round, 5);
    EXPECT_EQ(st.documents_fused, 5);
    ExpectEqualsBatch(store->get(), batch);
  }
  {
    SCOPED_TRACE("a full batch, then a flush, with a window of ten minutes");
    TempDir dir;
    auto store = OpenSqliteStore(dir.File("db.sqlite"));
    ASSERT_TRUE(store.ok());
    StoryFuser fuser(store->get(), &SharedPipeline());
    FusionLoop loop(store->get(), &fuser, /*poll_ms=*/600000, /*batch_ms=*/600000, /*batch_docs=*/3);
    const auto first = ids_of({0, 1, 2});
    loop.Expect(first);
    for (size_t i : {0, 1, 2}) {
      put(store->get(), i);
      loop.Wake();
    }
    ASSERT_TRUE(loop.WaitFor(first, 60000));
    const auto rest = ids_of({3, 4});
    loop.Expect(rest);
    for (size_t i : {3, 4}) {
      put(store->get(), i);
      loop.Wake();
    }
    loop.Flush();
    ASSERT_TRUE(loop.WaitFor(rest, 60000));
    FusionLoop::Stats st = loop.GetStats();
    EXPECT_EQ(st.rounds, 2);
    EXPECT_EQ(st.largest_round, 3);
    ExpectEqualsBatch(store->get(), batch);
  }
}

// The server runs its rounds below its request threads (FusionLoop `nice`).
TEST(FusionLoopTest, NiceLowersTheLoopThreadsPriorityOnly) {
  TempDir dir;
  auto store = OpenSqliteStore(dir.File("db.sqlite"));
  ASSERT_TRUE(store.ok());
  StoryFuser fuser(store->get(), &SharedPipeline());
  auto niceness = [] {  // of each thread of this process (field 19 of /proc/self/task/TID/stat)
    std::vector<int> out;
    for (const auto& t : std::filesystem::directory_iterator("/proc/self/task")) {
      std::ifstream f(t.path() / "stat");
      std::string line;
      std::getline(f, line);
      std::istringstream rest(line.substr(line.rfind(')') + 2));
      std::string field;
      for (int i = 3; i <= 19 && rest >> field; ++i) {}
      out.push_back(std::stoi(field));
    }
    return out;
  };
  const int base = getpriority(PRIO_PROCESS, 0);
  auto count = [](const std::vector<int>& v, int x) { return std::count(v.begin(), v.end(), x); };
  const auto before = count(niceness(), base + 3);
  FusionLoop loop(store->get(), &fuser, /*poll_ms=*/600000, /*batch_ms=*/0, /*batch_docs=*/20000, /*nice=*/3);
  bool lowered = false;
  for (int i = 0; i < 200 && !lowered; ++i) {
    lowered = count(niceness(), base + 3) == before + 1;
    if (!lowered) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(lowered);
  EXPECT_EQ(getpriority(PRIO_PROCESS, 0), base);  // this thread's own niceness is untouched
}

TEST(StoryFuserTest, TwoFusersOnOneStoreConflictSafely) {
  const Batch& batch = SeedBatch();
  TempDir dir;
  auto one = OpenSqliteStore(dir.File("db.sqlite"));
  auto two = OpenSqliteStore(dir.File("db.sqlite"));
  ASSERT_TRUE(one.ok() && two.ok());
  StoryFuser a(one->get(), &SharedPipeline()), b(two->get(), &SharedPipeline());
  int conflicts = 0;
  for (size_t i = 0; i < batch.own.size(); ++i) {
    Store* via = i % 2 ? two->get() : one->get();
    ASSERT_TRUE(via->PutDocuments({PutRequest{&batch.own[i], OrderKey(1, i)}}, nullptr).ok());
    // Both run a round at once, usually from the same epoch: at most one
    // commits it, the other finds the epoch moved and reloads next time.
    Result<RoundStats> ra = Error{""}, rb = Error{""};
    std::thread ta([&] { ra = a.RunRound(); });
    std::thread tb([&] { rb = b.RunRound(); });
    ta.join();
    tb.join();
    ASSERT_TRUE(ra.ok()) << ra.error().message;
    ASSERT_TRUE(rb.ok()) << rb.error().message;
    conflicts += ra->conflict + rb->conflict;
  }
  ASSERT_TRUE(a.RunUntilIdle().ok());
  ASSERT_TRUE(b.RunUntilIdle().ok());
  ExpectEqualsBatch(one->get(), batch);
  ExpectEqualsBatch(two->get(), batch);
  std::printf("two fusers: %d conflicting rounds\n", conflicts);
}

}  // namespace
}  // namespace crosscheck::serve
