// Inbox: group commit, order, hand-out, acknowledgement, reopening.
#include "serve/inbox.h"

#include <filesystem>
#include <random>
#include <set>
#include <thread>

#include <gtest/gtest.h>

namespace crosscheck::serve {
namespace {

namespace fs = std::filesystem;

class InboxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("crosscheck_inbox_" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(dir_);
    path_ = (dir_ / "db.sqlite.inbox").string();
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  static QueueEntry Entry(const std::string& name, const std::string& body) {
    QueueEntry e;
    e.name = name;
    e.format = "text";
    e.body = body;
    return e;
  }
  fs::path dir_;
  std::string path_;
};

TEST_F(InboxTest, ConcurrentAddsShareCommitsAndEachGetsItsOwnId) {
  auto inbox = Inbox::Open(path_);
  ASSERT_TRUE(inbox.ok()) << inbox.error().message;
  // Each commit takes a while (as an fsync does), so adds arriving during
  // one wait and go together in the next.
  (*inbox)->SetBeforeCommitForTest([] { std::this_thread::sleep_for(std::chrono::milliseconds(20)); });
  constexpr int kThreads = 16;
  std::vector<std::string> ids(kThreads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i)
    threads.emplace_back([&, i] {
      auto id = (*inbox)->AddWithDocs(Entry("api/" + std::to_string(i), "body " + std::to_string(i)),
                                      {InboxDoc{"d" + std::to_string(i), "h" + std::to_string(i), "AP"}});
      ASSERT_TRUE(id.ok()) << id.error().message;
      ids[i] = *id;
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), size_t{kThreads});
  EXPECT_EQ((*inbox)->added(), kThreads);
  EXPECT_EQ((*inbox)->Length(), kThreads);
  EXPECT_LT((*inbox)->commits(), kThreads);  // group commit
  EXPECT_GE((*inbox)->commits(), 1);
}

TEST_F(InboxTest, HandsOutInOrderKeepsUntilAcknowledgedAndSurvivesReopening) {
  std::vector<std::string> ids;
  {
    auto inbox = Inbox::Open(path_);
    ASSERT_TRUE(inbox.ok()) << inbox.error().message;
    for (int i = 0; i < 3; ++i) {
      auto id = (*inbox)->AddWithDocs(Entry("api/" + std::to_string(i), "body " + std::to_string(i)),
                                      {InboxDoc{"d" + std::to_string(i), "h" + std::to_string(i), "AP"}});
      ASSERT_TRUE(id.ok());
      ids.push_back(*id);
    }
    auto a = (*inbox)->Take("w0", 1, 0);
    ASSERT_TRUE(a.ok());
    ASSERT_EQ(a->size(), 1u);
    EXPECT_EQ((*a)[0].id, ids[0]);
    EXPECT_EQ((*a)[0].name, "api/0");
    EXPECT_EQ((*a)[0].body, "body 0");
    EXPECT_EQ((*a)[0].deliveries, 1);
    // Another consumer gets the next one, never the one handed out.
    auto b = (*inbox)->Take("w1", 5, 0);
    ASSERT_TRUE(b.ok());
    ASSERT_EQ(b->size(), 2u);
    EXPECT_EQ((*b)[0].id, ids[1]);
    EXPECT_EQ((*b)[1].id, ids[2]);
    auto none = (*inbox)->Take("w2", 1, 0);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
    ASSERT_TRUE((*inbox)->Ack(ids[1]).ok());
    EXPECT_EQ((*inbox)->Length(), 2);
    auto done = (*inbox)->Find("d1");
    ASSERT_TRUE(done.ok());
    EXPECT_TRUE(done->known);
    EXPECT_FALSE(done->queued);
    EXPECT_EQ(done->content_hash, "h1");
    auto waiting = (*inbox)->Find("d0");
    ASSERT_TRUE(waiting.ok());
    EXPECT_TRUE(waiting->queued);
    auto unknown = (*inbox)->Find("zz");
    ASSERT_TRUE(unknown.ok());
    EXPECT_FALSE(unknown->known);
  }  // as a process that stops (or is killed) with entries handed out
  auto inbox = Inbox::Open(path_);
  ASSERT_TRUE(inbox.ok()) << inbox.error().message;
  EXPECT_EQ((*inbox)->Length(), 2);
  // Handed-out entries are free again, in order, with their delivery count.
  auto again = (*inbox)->Take("other", 5, 0);
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->size(), 2u);
  EXPECT_EQ((*again)[0].id, ids[0]);
  EXPECT_EQ((*again)[0].deliveries, 2);
  EXPECT_EQ((*again)[1].id, ids[2]);
  auto stats = (*inbox)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->length, 2);
  EXPECT_EQ(stats->pending, 2);
  EXPECT_EQ(stats->lag, 0);
  // A done entry's documents are forgotten at Open.
  auto forgotten = (*inbox)->Find("d1");
  ASSERT_TRUE(forgotten.ok());
  EXPECT_FALSE(forgotten->known);
}

TEST_F(InboxTest, TakeWaitsForAnAdd) {
  auto inbox = Inbox::Open(path_);
  ASSERT_TRUE(inbox.ok());
  std::thread adder([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ASSERT_TRUE((*inbox)->Add(Entry("late", "x")).ok());
  });
  auto got = (*inbox)->Take("w", 1, 5000);
  adder.join();
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->size(), 1u);
  EXPECT_EQ((*got)[0].name, "late");
}

}  // namespace
}  // namespace crosscheck::serve
