// StoryFuser against the batch: the seed reports stored one at a time, in
// several arrival orders, with a fusion round after each, end with exactly
// the stories, ledgers and dates of Pipeline::FuseAll over them; so do two
// fusers (two processes) sharing one store, whose rounds conflict.
#include <algorithm>
#include <filesystem>
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
