// Worker loop against a real Redis ($CROSSCHECK_TEST_REDIS; skipped with the
// reason when unset, failed when CROSSCHECK_REQUIRE_SERVICES=1) and a SQLite
// store: malformed entries are recorded and acknowledged without blocking
// the ones after them; an entry that keeps killing workers is set aside;
// documents get their entry's order key.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <thread>

#include <gtest/gtest.h>

#include "serve/worker.h"

namespace crosscheck::serve {
namespace {

TEST(EntryOrderKeyTest, FollowsTheStreamIdThenTheIndex) {
  struct Row {
    std::string id;
    size_t index;
    std::string key;
  };
  const Row kRows[] = {
      {"1700000000000-0", 0, OrderKey(1700000000000, 0) + "-000000"},
      {"1700000000000-12", 3, OrderKey(1700000000000, 12) + "-000003"},
      {"5-1", 999999, OrderKey(5, 1) + "-999999"},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.id);
    EXPECT_EQ(EntryOrderKey(row.id, row.index), row.key);
  }
  // Keys sort as the stream does, and documents of one entry in order.
  EXPECT_LT(EntryOrderKey("9-5", 0), EntryOrderKey("10-0", 0));
  EXPECT_LT(EntryOrderKey("10-0", 1), EntryOrderKey("10-0", 2));
  EXPECT_LT(EntryOrderKey("10-0", 9), EntryOrderKey("10-1", 0));
  // Not a stream id: a key from the clock, still well formed.
  EXPECT_EQ(EntryOrderKey("junk", 0).size(), OrderKey(0, 0).size() + 7);
}

class WorkerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* url = std::getenv("CROSSCHECK_TEST_REDIS");
    const char* req = std::getenv("CROSSCHECK_REQUIRE_SERVICES");
    if (!url || !*url) {
      if (req && std::string(req) == "1") FAIL() << "CROSSCHECK_TEST_REDIS is not set";
      GTEST_SKIP() << "CROSSCHECK_TEST_REDIS is not set (tools/services.sh start prints it)";
    }
    std::random_device rd;
    dir_ = std::filesystem::temp_directory_path() / ("crosscheck_worker_" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(dir_);
    options_.stream = "cc-worker-test-" + std::to_string(rd()) + std::to_string(rd());
    options_.claim_idle_ms = 200;
    options_.reconnect_timeout_ms = 3000;
    auto q = OpenRedisQueue(url, options_);
    ASSERT_TRUE(q.ok()) << q.error().message;
    queue_ = std::move(q.value());
    auto s = OpenSqliteStore((dir_ / "db.sqlite").string());
    ASSERT_TRUE(s.ok()) << s.error().message;
    store_ = std::move(s.value());
    static const Pipeline* pipeline = Pipeline::Create().value().release();
    pipeline_ = pipeline;
  }
  void TearDown() override {
    if (!queue_) return;
    // Drain whatever a failed test left, so the stream does not linger.
    for (int i = 0; i < 20; ++i) {
      auto left = queue_->Take("cleanup", 100, 10);
      if (!left.ok() || left->empty()) break;
      for (const QueueEntry& e : *left) (void)queue_->Ack(e.id);
    }
    store_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  int Run(int max_deliveries = 5) {
    WorkerOptions o;
    o.consumer = "worker-under-test";
    o.block_ms = 100;
    o.max_deliveries = max_deliveries;
    o.exit_when_idle = true;
    o.quiet = true;
    return RunWorker(store_.get(), queue_.get(), pipeline_, o);
  }

  std::filesystem::path dir_;
  RedisQueueOptions options_;
  std::unique_ptr<WorkQueue> queue_;
  std::unique_ptr<Store> store_;
  const Pipeline* pipeline_ = nullptr;
};

TEST_F(WorkerTest, MalformedEntriesAreRecordedAndNeverBlockTheStream) {
  struct Row {
    const char* name;
    std::string format, body;
    size_t documents;       // stored from this entry
    std::string rejection;  // part of the recorded reason ("" = none)
  };
  const std::string good = "Rescuers said 100 civilians left the Azovstal plant in Mariupol on Friday.";
  const Row kRows[] = {
      {"feed/binary.bin", "auto", std::string("\x00\x01\x02\xff\xfe binary", 13), 0, "binary"},
      {"feed/mixed.jsonl", "jsonl", "{\"text\": \"" + good + " One.\"}\n{not json\n", 1, "mixed.jsonl:2"},
      {"feed/empty.txt", "auto", "", 0, "empty"},
      {"feed/good.txt", "text", "Officials in Kherson said 20 people were hurt. " + good, 1, ""},
  };
  for (const Row& row : kRows) ASSERT_TRUE(queue_->Add(QueueEntry{"", row.name, row.format, row.body, 0, 0}).ok());
  EXPECT_EQ(Run(), 0);
  auto stats = queue_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->length, 0);  // everything acknowledged
  EXPECT_EQ(stats->pending, 0);
  auto counts = store_->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 2);
  EXPECT_EQ(counts->pending_fusion, 0);  // fused before the worker left
  auto rejected = store_->ListRejected(10, 0);
  ASSERT_TRUE(rejected.ok());
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    bool found = false;
    for (const RejectedInput& r : *rejected)
      if (r.name == row.name && r.reason.find(row.rejection) != std::string::npos) found = true;
    EXPECT_EQ(found, !row.rejection.empty());
  }
}

TEST_F(WorkerTest, AnEntryThatKeepsKillingWorkersIsSetAside) {
  ASSERT_TRUE(queue_->Add(QueueEntry{"", "feed/poison.txt", "text", "Twelve people left the city.", 0, 0}).ok());
  auto dead = OpenRedisQueue(std::getenv("CROSSCHECK_TEST_REDIS"), options_);
  ASSERT_TRUE(dead.ok());
  auto held = (*dead)->Take("crashed-worker", 1, 100);  // delivery 1: that worker died
  ASSERT_TRUE(held.ok() && held->size() == 1u);
  std::this_thread::sleep_for(std::chrono::milliseconds(options_.claim_idle_ms + 100));
  EXPECT_EQ(Run(/*max_deliveries=*/1), 0);  // delivery 2 > 1: set aside
  EXPECT_EQ(store_->Counts()->documents, 0);
  auto rejected = store_->ListRejected(10, 0);
  ASSERT_TRUE(rejected.ok());
  ASSERT_EQ(rejected->size(), 1u);
  EXPECT_EQ((*rejected)[0].name, "feed/poison.txt");
  EXPECT_EQ((*rejected)[0].ref, (*held)[0].id);
  EXPECT_NE((*rejected)[0].reason.find("handed out 2 times"), std::string::npos) << (*rejected)[0].reason;
  EXPECT_EQ(queue_->Stats()->length, 0);
}

TEST_F(WorkerTest, DocumentsTakeTheirEntrysOrderAndASliceItsLineNumbers) {
  auto id = queue_->Add(QueueEntry{"", "feed/big.jsonl", "jsonl",
                                   "{\"text\": \"Report forty one about the port of Odesa.\"}\n"
                                   "{\"text\": \"Report forty two about the port of Odesa.\"}\n",
                                   41, 0});
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(Run(), 0);
  auto docs = store_->ListDocuments(10, 0);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 2u);
  std::map<int64_t, StoredDocument> by_line;
  for (const StoredDocument& d : *docs) by_line[d.doc.line.value_or(0)] = d;
  ASSERT_TRUE(by_line.count(41) && by_line.count(42));
  EXPECT_EQ(by_line[41].order_key, EntryOrderKey(*id, 0));
  EXPECT_EQ(by_line[42].order_key, EntryOrderKey(*id, 1));
  // The id a whole-file read gives the 42nd line.
  EXPECT_EQ(by_line[42].doc.id, MakeDocumentId("feed/big.jsonl", 42, "{\"text\": \"Report forty two about the port of Odesa.\"}"));
}

}  // namespace
}  // namespace crosscheck::serve
