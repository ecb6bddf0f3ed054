// Work queue tests: slicing large inputs at record boundaries (no server),
// and the Redis Streams queue against the server $CROSSCHECK_TEST_REDIS
// names (tools/services.sh starts one). Without it the Redis tests are
// skipped with the reason, unless CROSSCHECK_REQUIRE_SERVICES=1 (tools/test.sh,
// CI), which makes them fail.
#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

#include <hiredis/hiredis.h>

#include <gtest/gtest.h>

#include "queue/producer.h"
#include "queue/queue.h"

namespace crosscheck {
namespace {

std::string Warc(const std::string& type, const std::string& uri, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nContent-Type: text/plain\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block +
         "\r\n\r\n";
}

TEST(SliceRecordsTest, CutsOnlyBetweenRecordsAndNumbersThem) {
  const size_t line = std::string("{\"text\": \"report 1 with some words\"}\n").size();
  std::string jsonl;
  for (int i = 1; i <= 10; ++i) jsonl += "{\"text\": \"report " + std::to_string(i) + " with some words\"}\n";
  std::string warc = Warc("warcinfo", "", "software: test") + Warc("resource", "https://a.org/1", "First report.") +
                     Warc("resource", "https://a.org/2", std::string(300, 'x')) +
                     Warc("resource", "https://a.org/3", "Third report.");
  struct Row {
    const char* name;
    std::string bytes, kind;
    size_t slice;
    std::vector<int64_t> first;
  };
  const Row kRows[] = {
      {"jsonl in threes", jsonl, "jsonl", 3 * line, {1, 4, 7, 10}},
      {"jsonl whole", jsonl, "jsonl", 1 << 20, {1}},
      {"jsonl line by line", jsonl, "jsonl", 1, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
      {"warc record by record", warc, "warc", 1, {1, 2, 3, 4}},
      {"warc in two", warc, "warc", 200, {1, 3, 4}},
      {"jsonl without a final newline", "{\"a\":1}\n{\"a\":2}", "jsonl", 1, {1, 2}},
      {"warc with junk after a record", Warc("resource", "u", "ok") + "garbage", "warc", 1, {1, 2}},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    std::vector<int64_t> first;
    std::vector<std::string> slices = SliceRecords(row.bytes, row.kind, row.slice, &first);
    EXPECT_EQ(first, row.first);
    std::string joined;
    for (const std::string& s : slices) {
      joined += s;
      if (row.kind == "warc" && s.compare(0, 5, "WARC/") == 0) EXPECT_EQ(s.compare(0, 5, "WARC/"), 0);
      if (row.kind == "jsonl" && &s != &slices.back()) EXPECT_EQ(s.back(), '\n');
    }
    EXPECT_EQ(joined, row.bytes);  // nothing lost, nothing repeated
  }
}

class RedisQueueTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* url = std::getenv("CROSSCHECK_TEST_REDIS");
    const char* req = std::getenv("CROSSCHECK_REQUIRE_SERVICES");
    if (!url || !*url) {
      if (req && std::string(req) == "1") FAIL() << "CROSSCHECK_TEST_REDIS is not set";
      GTEST_SKIP() << "CROSSCHECK_TEST_REDIS is not set (tools/services.sh start prints it)";
    }
    url_ = url;
    std::random_device rd;
    options_.stream = "cc-test-" + std::to_string(rd()) + std::to_string(rd());
    options_.group = "workers";
    options_.claim_idle_ms = 300;
    options_.reconnect_timeout_ms = 3000;
  }
  void TearDown() override {
    if (url_.empty()) return;
    size_t colon = url_.rfind(':');
    redisContext* c = redisConnect("127.0.0.1", std::atoi(url_.c_str() + colon + 1));
    if (c && !c->err) freeReplyObject(redisCommand(c, "DEL %s", options_.stream.c_str()));
    if (c) redisFree(c);
  }
  std::unique_ptr<WorkQueue> Open() {
    auto q = OpenRedisQueue(url_, options_);
    EXPECT_TRUE(q.ok()) << (q.ok() ? "" : q.error().message);
    return q.ok() ? std::move(q.value()) : nullptr;
  }
  std::string url_;
  RedisQueueOptions options_;
};

TEST_F(RedisQueueTest, AddsTakesAndAcknowledgesEntriesWhole) {
  auto q = Open();
  ASSERT_TRUE(q);
  const std::string binary("a\0b\xff\r\n", 6);
  auto id = q->Add(QueueEntry{"", "feed/one.jsonl", "jsonl", binary, 7, 0});
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto got = q->Take("w1", 10, 100);
  ASSERT_TRUE(got.ok()) << got.error().message;
  ASSERT_EQ(got->size(), 1u);
  const QueueEntry& e = (*got)[0];
  EXPECT_EQ(e.id, *id);
  EXPECT_EQ(e.name, "feed/one.jsonl");
  EXPECT_EQ(e.format, "jsonl");
  EXPECT_EQ(e.body, binary);
  EXPECT_EQ(e.first_record, 7);
  EXPECT_EQ(e.deliveries, 1);
  auto stats = q->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->length, 1);
  EXPECT_EQ(stats->pending, 1);
  EXPECT_EQ(stats->lag, 0);
  ASSERT_TRUE(q->Ack(e.id).ok());
  stats = q->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->length, 0);  // done work leaves the stream
  EXPECT_EQ(stats->pending, 0);
  auto none = q->Take("w1", 10, 50);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(RedisQueueTest, ADeadConsumersEntryGoesToAnotherAfterTheClaimTime) {
  auto producer = Open();
  auto dead = Open();
  auto live = Open();
  ASSERT_TRUE(producer && dead && live);
  ASSERT_TRUE(producer->Add(QueueEntry{"", "a.txt", "text", "Report A.", 0, 0}).ok());
  ASSERT_TRUE(producer->Add(QueueEntry{"", "b.txt", "text", "Report B.", 0, 0}).ok());
  auto held = dead->Take("dead", 1, 100);  // takes A and dies
  ASSERT_TRUE(held.ok());
  ASSERT_EQ(held->size(), 1u);
  EXPECT_EQ((*held)[0].name, "a.txt");
  auto b = live->Take("live", 1, 100);  // A is not idle long enough yet: B
  ASSERT_TRUE(b.ok());
  ASSERT_EQ(b->size(), 1u);
  EXPECT_EQ((*b)[0].name, "b.txt");
  ASSERT_TRUE(live->Ack((*b)[0].id).ok());
  std::this_thread::sleep_for(std::chrono::milliseconds(options_.claim_idle_ms + 100));
  auto a = live->Take("live", 1, 100);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->size(), 1u);
  EXPECT_EQ((*a)[0].name, "a.txt");
  EXPECT_EQ((*a)[0].deliveries, 2);
  ASSERT_TRUE(live->Ack((*a)[0].id).ok());
  EXPECT_EQ(live->Stats()->pending, 0);
}

TEST_F(RedisQueueTest, ARestartedConsumerResumesWhatItHeld) {
  auto producer = Open();
  ASSERT_TRUE(producer);
  ASSERT_TRUE(producer->Add(QueueEntry{"", "a.txt", "text", "Report A.", 0, 0}).ok());
  ASSERT_TRUE(producer->Add(QueueEntry{"", "b.txt", "text", "Report B.", 0, 0}).ok());
  std::string held_id;
  {
    auto before = Open();
    auto held = before->Take("w7", 1, 100);
    ASSERT_TRUE(held.ok() && held->size() == 1u);
    held_id = (*held)[0].id;
  }  // the process "dies" holding a.txt
  auto after = Open();
  auto again = after->Take("w7", 1, 100);
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->size(), 1u);
  EXPECT_EQ((*again)[0].id, held_id);
  EXPECT_EQ((*again)[0].deliveries, 2);
}

TEST(RedisQueueOpenTest, RejectsBadUrlsAndUnreachableServers) {
  struct Row {
    const char* url;
  };
  const Row kRows[] = {{"http://localhost:6379"}, {"redis://localhost:port"}, {"redis://localhost:6379/x"}};
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.url);
    EXPECT_FALSE(OpenRedisQueue(row.url).ok());
  }
  RedisQueueOptions quick;
  quick.reconnect_timeout_ms = 200;
  auto q = OpenRedisQueue("redis://127.0.0.1:1", quick);  // nothing listens on port 1
  ASSERT_FALSE(q.ok());
  EXPECT_NE(q.error().message.find("redis"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
