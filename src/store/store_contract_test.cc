// The store contract (store.h), run against both engines: SQLite (a file in
// a temp folder) and PostgreSQL (a schema of its own in the database
// $CROSSCHECK_TEST_POSTGRES names; tools/services.sh starts one). Without
// that variable the PostgreSQL rows are skipped with the reason, unless
// CROSSCHECK_REQUIRE_SERVICES=1 (tools/test.sh, CI), which makes them fail.
#include <atomic>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "store/postgres_store.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace crosscheck {
namespace {

using testing::MakeAnalysis;
using testing::TempDir;
using testing::TestStore;

TEST(FtsQueryTest, QuotesEveryTerm) {
  struct Row {
    std::string in, joiner, out;
    bool ok;
  };
  const Row kRows[] = {
      {"Azovstal", " ", "\"Azovstal\"", true},
      {"steel plant", " ", "\"steel\" \"plant\"", true},
      {"steel plant", " OR ", "\"steel\" OR \"plant\"", true},
      {"evacu*", " ", "\"evacu\"*", true},
      {"\"steel plant\" Mariupol", " ", "\"steel plant\" \"Mariupol\"", true},
      {"a\"b", " ", "\"a\" \"b\"", true},
      {"NOT AND OR (x)", " ", "\"NOT\" \"AND\" \"OR\" \"x\"", true},
      {"Zaporizhzhia’s", " ", "\"Zaporizhzhia’s\"", true},
      {"  *** ", " ", "", false},
      {"", " ", "", false},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.in);
    auto q = FtsQuery(row.in, row.joiner);
    ASSERT_EQ(q.ok(), row.ok);
    if (row.ok) {
      EXPECT_EQ(*q, row.out);
    }
  }
}

TEST(TsQueryTest, QuotesEveryLexeme) {
  struct Row {
    std::string in, out;
    bool ok;
  };
  const Row kRows[] = {
      {"Azovstal", "'Azovstal'", true},
      {"steel plant", "'steel' & 'plant'", true},
      {"evacu*", "'evacu':*", true},
      {"\"steel plant\" Mariupol", "('steel' <-> 'plant') & 'Mariupol'", true},
      {"O'Brien", "'O' & 'Brien'", true},
      {"a&b|!c", "'a' & 'b' & 'c'", true},
      {"NOT AND OR (x)", "'NOT' & 'AND' & 'OR' & 'x'", true},
      {"  *** ", "", false},
      {"", "", false},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.in);
    auto q = TsQuery(row.in);
    ASSERT_EQ(q.ok(), row.ok);
    if (row.ok) {
      EXPECT_EQ(*q, row.out);
    }
  }
}

// True when the round committed; a store error fails the test.
bool Committed(Result<bool> r) {
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() && r.value();
}

class StoreContractTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ts_ = std::make_unique<TestStore>(GetParam());
    if (!ts_->unavailable().empty()) {
      if (testing::ServicesRequired()) FAIL() << ts_->unavailable();
      GTEST_SKIP() << ts_->unavailable();
    }
  }
  std::unique_ptr<Store> Open(std::function<Status(const std::string&)> before_commit = {}) {
    auto s = ts_->Open(std::move(before_commit));
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
    return s.ok() ? std::move(s.value()) : nullptr;
  }
  static StoryRecord Story(const std::string& id, std::vector<std::string> docs, int disagreements = 0) {
    StoryRecord s;
    s.id = id;
    s.title = "Story " + id;
    s.doc_ids = docs;
    s.disagreements = disagreements;
    s.fingerprint = "print-" + id;
    s.json = Json{{"id", id}, {"title", s.title}, {"documents", docs}, {"ledger", Json::array()}};
    return s;
  }
  std::unique_ptr<TestStore> ts_;
};

TEST_P(StoreContractTest, RoundTripsADocument) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocAnalysis a = MakeAnalysis("Up to 1,000 civilians shelter in the plant. Fighting goes on.",
                               "Outlet A", "civilians sheltering", "officials");
  a.doc.url = "https://example.org/a";
  a.doc.date = "2022-05-06";
  a.doc.date_origin = "inferred";
  a.doc.date_basis = "text";
  a.doc.line = 7;
  std::vector<PutOutcome> out;
  ASSERT_TRUE(store->PutDocuments({PutRequest{&a, OrderKey(5, 1)}}, &out).ok());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].inserted);
  EXPECT_FALSE(out[0].error.has_value());
  EXPECT_EQ(out[0].id, a.doc.id);

  auto got = store->GetDocument(a.doc.id);
  ASSERT_TRUE(got.ok()) << got.error().message;
  ASSERT_TRUE(got->has_value());
  const StoredDocument& s = **got;
  EXPECT_EQ(s.doc.text, a.doc.text);
  EXPECT_EQ(s.doc.source, a.doc.source);
  EXPECT_EQ(s.doc.url, a.doc.url);
  EXPECT_EQ(s.doc.date, a.doc.date);
  EXPECT_EQ(s.doc.date_origin, a.doc.date_origin);
  EXPECT_EQ(s.doc.date_basis, a.doc.date_basis);
  EXPECT_EQ(s.doc.line, a.doc.line);
  EXPECT_EQ(s.doc.content_hash, a.doc.content_hash);
  EXPECT_EQ(s.order_key, OrderKey(5, 1));
  EXPECT_EQ(s.seq, 1);
  EXPECT_EQ(s.records["sentences"].size(), a.seg.sentences.size());
  EXPECT_EQ(s.records["claims"].size(), 1u);
  EXPECT_EQ(s.records["claims"][0]["measure"], "civilians sheltering");

  auto light = store->GetDocuments({"nope", a.doc.id}, /*with_content=*/false);
  ASSERT_TRUE(light.ok());
  ASSERT_EQ(light->size(), 1u);
  EXPECT_EQ((*light)[0].doc.id, a.doc.id);
  EXPECT_EQ((*light)[0].doc.source, a.doc.source);
  EXPECT_TRUE((*light)[0].doc.text.empty());
  auto missing = store->GetDocument("nope");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());

  // Stored with its fusion input, pending until a round takes it.
  auto pending = store->LoadFuseDocs(/*pending=*/true, 10);
  ASSERT_TRUE(pending.ok()) << pending.error().message;
  ASSERT_EQ(pending->size(), 1u);
  const FuseDoc& f = (*pending)[0];
  GroupingInput want = MakeGroupingInput(a);
  EXPECT_FALSE(f.needs_input);
  EXPECT_EQ(f.input.content_hash, want.content_hash);
  EXPECT_EQ(f.input.sketch.hashes, want.sketch.hashes);
  EXPECT_EQ(f.input.sketch.shingles, want.sketch.shingles);
  EXPECT_EQ(f.input.features.entities, want.features.entities);
  EXPECT_EQ(f.input.features.terms, want.features.terms);
  EXPECT_EQ(f.input.features.day, want.features.day);
  EXPECT_EQ(f.own_date, a.doc.date);
  EXPECT_EQ(f.own_date_basis, a.doc.date_basis);
  auto counts = store->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->pending_fusion, 1);
  EXPECT_EQ(counts->fuse_epoch, 0);
}

TEST_P(StoreContractTest, SameContentIsStoredOnceUnderAnyPath) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocAnalysis a = MakeAnalysis("The mayor said 100 people left. More may follow.", "Outlet A");
  DocAnalysis again = a;
  again.doc.path = "elsewhere/./a.txt";  // another path spelling, same text and outlet
  again.doc.id = MakeDocumentId(again.doc.path, std::nullopt, again.doc.raw);
  DocAnalysis other_outlet = MakeAnalysis(a.doc.text, "Outlet B");
  std::vector<PutOutcome> out;
  ASSERT_TRUE(store->PutAnalyses({a, again, other_outlet, a}, &out).ok());
  ASSERT_EQ(out.size(), 4u);
  EXPECT_TRUE(out[0].inserted);
  EXPECT_FALSE(out[1].inserted);
  EXPECT_EQ(out[1].id, a.doc.id);
  EXPECT_EQ(out[1].seq, 1);
  EXPECT_TRUE(out[2].inserted);
  EXPECT_EQ(out[2].seq, 2);
  EXPECT_FALSE(out[3].inserted);
  auto counts = store->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 2);
  auto found = store->FindDocument(a.doc.content_hash, "Outlet A");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->value_or(""), a.doc.id);
}

TEST_P(StoreContractTest, FailedWriteMidBatchKeepsTheOthersAndLeavesNoHalfDocument) {
  std::string failing;
  auto store = Open([&](const std::string& id) -> Status {
    if (id == failing) return Error{"injected fault"};
    return Status::Ok();
  });
  ASSERT_TRUE(store);
  std::vector<DocAnalysis> batch = {
      MakeAnalysis("First report about the siege. Alpha words.", "A", "m1"),
      MakeAnalysis("Second report about the siege. Bravo words.", "B", "m2"),
      MakeAnalysis("Third report about the siege. Charlie words.", "C", "m3"),
  };
  failing = batch[1].doc.id;
  std::vector<PutOutcome> out;
  ASSERT_TRUE(store->PutAnalyses(batch, &out).ok());
  ASSERT_EQ(out.size(), 3u);
  EXPECT_TRUE(out[0].inserted);
  EXPECT_FALSE(out[1].inserted);
  ASSERT_TRUE(out[1].error.has_value());
  EXPECT_NE(out[1].error->message.find("injected fault"), std::string::npos);
  EXPECT_TRUE(out[2].inserted);

  auto counts = store->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 2);
  EXPECT_EQ(counts->claims, 2);  // none of the failed document's rows remain
  EXPECT_EQ(counts->pending_fusion, 2);
  auto bravo = store->Search("Bravo", 10, 0);
  ASSERT_TRUE(bravo.ok());
  EXPECT_TRUE(bravo->empty());
  auto claims = store->Claims(ClaimFilter{.measure = "m2"});
  ASSERT_TRUE(claims.ok());
  EXPECT_TRUE(claims->empty());
  auto check = store->IntegrityCheck();
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(*check, "ok");

  failing.clear();  // the failed document goes in once the fault is gone
  ASSERT_TRUE(store->PutAnalyses({batch[1]}, &out).ok());
  EXPECT_TRUE(out[0].inserted);
}

TEST_P(StoreContractTest, DocumentsSurviveReopening) {
  DocAnalysis a = MakeAnalysis("Kept across restarts. Really.", "A");
  {
    auto store = Open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->PutAnalyses({a}, nullptr).ok());
  }
  auto store = Open();
  ASSERT_TRUE(store);
  auto got = store->GetDocument(a.doc.id);
  ASSERT_TRUE(got.ok());
  EXPECT_TRUE(got->has_value());
}

TEST_P(StoreContractTest, SearchFindsSentencesAndMarksMatches) {
  auto store = Open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store
                  ->PutAnalyses({MakeAnalysis("Azovstal holds. The Azovstal plant at Azovstal is vast. "
                                              "Nothing else here.", "A"),
                                 MakeAnalysis("Fighters left the steel plant. Élan café.", "B")},
                                nullptr)
                  .ok());
  struct Row {
    std::string query;
    size_t hits;
    std::string first_snippet_has;
  };
  const Row kRows[] = {
      {"azovstal", 2, "[[Azovstal]]"},
      {"steel plant", 1, "[[steel]] [[plant]]"},
      {"\"plant at\"", 1, "at"},
      {"Azov*", 2, "[[Azovstal]]"},
      {"elan cafe", 1, "[[Élan]]"},
      {"missingword", 0, ""},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.query);
    auto hits = store->Search(row.query, 10, 0);
    ASSERT_TRUE(hits.ok()) << hits.error().message;
    ASSERT_EQ(hits->size(), row.hits);
    if (row.hits) {
      EXPECT_NE((*hits)[0].snippet.find(row.first_snippet_has), std::string::npos) << (*hits)[0].snippet;
      EXPECT_LT((*hits)[0].start, (*hits)[0].end);
    }
  }
  // Best first (lower scores).
  auto ranked = store->Search("azovstal", 10, 0);
  ASSERT_TRUE(ranked.ok());
  ASSERT_EQ(ranked->size(), 2u);
  EXPECT_LE((*ranked)[0].score, (*ranked)[1].score);
  EXPECT_FALSE(store->Search("!!!", 10, 0).ok());
}

TEST_P(StoreContractTest, FiltersClaims) {
  auto store = Open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store
                  ->PutAnalyses(
                      {MakeAnalysis("Doc one. Text.", "AP", "civilians sheltering in Azovstal", "Denis Prokopenko",
                                    "2022-05-03"),
                       MakeAnalysis("Doc two. Text.", "BBC", "civilians evacuated", "UN", "2022-05-06"),
                       MakeAnalysis("Doc three. Text.", "AP", "troops injured", "", "2022-05-08")},
                      nullptr)
                  .ok());
  struct Row {
    const char* name;
    ClaimFilter filter;
    size_t count;
  };
  const Row kRows[] = {
      {"all", {}, 3},
      {"measure substring, any case", {.measure = "CIVILIANS"}, 2},
      {"speaker", {.speaker = "prokopenko"}, 1},
      {"source exact", {.source = "AP"}, 2},
      {"from", {.date_from = "2022-05-05"}, 2},
      {"to", {.date_to = "2022-05-06"}, 2},
      {"range", {.date_from = "2022-05-04", .date_to = "2022-05-07"}, 1},
      {"limit", {.limit = 1}, 1},
      {"offset", {.offset = 2}, 1},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    auto got = store->Claims(row.filter);
    ASSERT_TRUE(got.ok()) << got.error().message;
    EXPECT_EQ(got->size(), row.count);
  }
  auto ap = store->Claims(ClaimFilter{.source = "AP"});
  ASSERT_TRUE(ap.ok());
  EXPECT_EQ((*ap)[0]["source"], "AP");
  EXPECT_EQ((*ap)[0]["as_of"], "2022-05-03");  // ordered by as_of
}

TEST_P(StoreContractTest, FusionCommitsReplaceStoriesUnderTheEpoch) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocAnalysis a = MakeAnalysis("Siege of the steel plant. Day one.", "A", "m", "x");
  DocAnalysis b = MakeAnalysis("Harvest festival in the village. Day one.", "B");
  ASSERT_TRUE(store->PutAnalyses({a, b}, nullptr).ok());

  FuseCommit first;
  first.expected_epoch = 0;
  first.fused = {a.doc.id, b.doc.id};
  first.put_stories = {Story("s1", {a.doc.id}), Story("s2", {b.doc.id}, 1)};
  first.copy_of[b.doc.id] = a.doc.id;
  auto ok = store->CommitFuse(first);
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_TRUE(*ok);
  // A second round from the same epoch writes nothing.
  FuseCommit stale = first;
  stale.put_stories = {Story("s9", {a.doc.id})};
  auto conflict = store->CommitFuse(stale);
  ASSERT_TRUE(conflict.ok());
  EXPECT_FALSE(*conflict);
  EXPECT_FALSE(store->GetStory("s9")->has_value());

  auto state = store->LoadFuseState();
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->epoch, 1);
  EXPECT_EQ(state->story_fingerprints.at("s1"), "print-s1");
  EXPECT_EQ(state->copy_of.at(b.doc.id), a.doc.id);
  auto fused = store->LoadFuseDocs(/*pending=*/false, 0);
  ASSERT_TRUE(fused.ok());
  EXPECT_EQ(fused->size(), 2u);
  auto counts = store->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->pending_fusion, 0);
  EXPECT_EQ(counts->stories, 2);

  auto all = store->ListStories("", 10, 0);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 2u);
  auto siege = store->ListStories("siege", 10, 0);
  ASSERT_TRUE(siege.ok());
  ASSERT_EQ(siege->size(), 1u);
  EXPECT_EQ((*siege)[0].id, "s1");
  EXPECT_EQ((*siege)[0].doc_ids, std::vector<std::string>{a.doc.id});

  // Merging both into one story removes the old ones.
  FuseCommit merge;
  merge.expected_epoch = 1;
  merge.remove_stories = {"s2"};
  merge.put_stories = {Story("s1", {a.doc.id, b.doc.id}, 2)};
  merge.copy_of[b.doc.id] = std::nullopt;
  ASSERT_TRUE(Committed(store->CommitFuse(merge)));
  auto merged = store->GetStory("s1");
  ASSERT_TRUE(merged.ok() && merged->has_value());
  EXPECT_EQ((**merged).doc_ids.size(), 2u);
  EXPECT_EQ((**merged).disagreements, 2);
  EXPECT_FALSE(store->GetStory("s2")->has_value());
  auto of = store->StoriesOfDocuments({b.doc.id});
  ASSERT_TRUE(of.ok());
  EXPECT_EQ(*of, std::vector<std::string>{"s1"});
  auto doc = store->GetDocument(b.doc.id);
  ASSERT_TRUE(doc.ok() && doc->has_value());
  EXPECT_EQ((**doc).stories, std::vector<std::string>{"s1"});
  EXPECT_FALSE((**doc).doc.copy_of.has_value());
  auto check = store->IntegrityCheck();
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(*check, "ok");
}

TEST_P(StoreContractTest, AStoryMemberMustBeAStoredDocument) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocAnalysis a = MakeAnalysis("Siege of the steel plant. Day one.", "A");
  ASSERT_TRUE(store->PutAnalyses({a}, nullptr).ok());
  FuseCommit bad;
  bad.fused = {a.doc.id};
  bad.put_stories = {Story("s1", {a.doc.id, "never-stored"})};
  auto r = store->CommitFuse(bad);
  EXPECT_FALSE(r.ok());  // the foreign key refuses the whole round
  auto counts = store->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->stories, 0);
  EXPECT_EQ(counts->pending_fusion, 1);
  EXPECT_EQ(counts->fuse_epoch, 0);
}

TEST_P(StoreContractTest, IntegrityCheckNamesAFusedDocumentWithoutAStory) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocAnalysis a = MakeAnalysis("Siege of the steel plant. Day one.", "A");
  DocAnalysis b = MakeAnalysis("Harvest festival in the village. Day one.", "B");
  ASSERT_TRUE(store->PutAnalyses({a, b}, nullptr).ok());
  FuseCommit c;
  c.fused = {a.doc.id, b.doc.id};
  c.put_stories = {Story("s1", {a.doc.id})};
  ASSERT_TRUE(Committed(store->CommitFuse(c)));
  auto check = store->IntegrityCheck();
  ASSERT_TRUE(check.ok());
  EXPECT_NE(check->find(b.doc.id), std::string::npos) << *check;
}

TEST_P(StoreContractTest, ReanalysedDocumentsReplaceTheirDateAndClaims) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocAnalysis a = MakeAnalysis("Monday's parade drew 500 people. Police watched.", "A", "people at the parade", "",
                               "");
  a.doc.date.reset();
  ASSERT_TRUE(store->PutAnalyses({a}, nullptr).ok());
  auto dated = std::make_shared<DocAnalysis>(a);
  dated->doc.date = "2022-05-09";
  dated->doc.date_origin = "inferred";
  dated->doc.date_basis = "story";
  dated->claims[0].measure = "people marching";
  FuseCommit c;
  c.fused = {a.doc.id};
  c.put_stories = {Story("s1", {a.doc.id})};
  c.reanalysed = {dated};
  ASSERT_TRUE(Committed(store->CommitFuse(c)));
  auto got = store->GetDocument(a.doc.id);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((**got).doc.date, "2022-05-09");
  EXPECT_EQ((**got).doc.date_basis, "story");
  EXPECT_EQ((**got).records["claims"][0]["measure"], "people marching");
  EXPECT_EQ((**got).doc.text, a.doc.text);
  EXPECT_EQ(store->Claims(ClaimFilter{.measure = "marching"})->size(), 1u);
  EXPECT_EQ(store->Claims(ClaimFilter{.measure = "parade"})->size(), 0u);
  auto state = store->LoadFuseState();
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->story_dates.at(a.doc.id), "2022-05-09");
  // Its own date (none) stays the fusion input's.
  auto fused = store->LoadFuseDocs(false, 0);
  ASSERT_TRUE(fused.ok());
  ASSERT_EQ(fused->size(), 1u);
  EXPECT_FALSE((*fused)[0].own_date.has_value());
}

TEST_P(StoreContractTest, RecordsRejectedInputsOnce) {
  auto store = Open();
  ASSERT_TRUE(store);
  RejectedInput r{"1700000000000-0", "feed/bad.jsonl", "line 3: not JSON"};
  ASSERT_TRUE(store->RecordRejected(r).ok());
  ASSERT_TRUE(store->RecordRejected(r).ok());  // a second delivery of the same entry
  ASSERT_TRUE(store->RecordRejected(RejectedInput{"1700000000000-1", "x", "empty file"}).ok());
  auto list = store->ListRejected(10, 0);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[1].reason, "line 3: not JSON");
  EXPECT_GT((*list)[1].at_ms, 0);
  EXPECT_EQ(store->Counts()->rejected, 2);
}

// Counts() reads counts the store keeps on every write (SQLite schema 4,
// PostgreSQL schema 3) instead of counting rows; IntegrityCheck compares
// them with the rows. Every kind of write moves them: puts (a duplicate
// and a failed one do not), fusion commits (stories replaced and merged,
// documents marked fused, inputs written again), re-analysis (claims
// replaced), rejected inputs.
TEST_P(StoreContractTest, KeptCountsFollowEveryWrite) {
  bool fail = false;
  auto store = Open([&](const std::string&) { return fail ? Status(Error{"injected"}) : Status::Ok(); });
  ASSERT_TRUE(store);
  auto ok = [&](const char* when) {
    auto check = store->IntegrityCheck();
    ASSERT_TRUE(check.ok()) << when << ": " << check.error().message;
    EXPECT_EQ(*check, "ok") << when;
  };
  ok("empty");
  DocAnalysis a = MakeAnalysis("Siege of the steel plant. 300 civilians remain. Day one.", "A", "civilians", "x");
  DocAnalysis b = MakeAnalysis("Harvest festival in the village. Day one.", "B");
  DocAnalysis c = MakeAnalysis("A third report. Nothing more.", "C");
  ASSERT_TRUE(store->PutAnalyses({a, b, a}, nullptr).ok());  // the second `a` is a duplicate
  fail = true;
  ASSERT_TRUE(store->PutAnalyses({c}, nullptr).ok());  // rolled back
  fail = false;
  ok("after puts");
  auto n = store->Counts();
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->documents, 2);
  EXPECT_EQ(n->pending_fusion, 2);
  EXPECT_GT(n->sentences, 0);
  EXPECT_GT(n->claims, 0);

  FuseCommit first;
  first.fused = {a.doc.id, b.doc.id};
  first.put_stories = {Story("s1", {a.doc.id}), Story("s2", {b.doc.id})};
  ASSERT_TRUE(Committed(store->CommitFuse(first)));
  ok("after a fusion commit");
  EXPECT_EQ(store->Counts()->stories, 2);
  EXPECT_EQ(store->Counts()->pending_fusion, 0);

  // Merged, `a` re-analysed (its claims replaced), `b`'s input written again.
  auto again = store->LoadFuseDocs(false, 0);
  ASSERT_TRUE(again.ok());
  auto dated = std::make_shared<DocAnalysis>(a);
  dated->doc.date = "2022-05-09";
  dated->doc.date_origin = "inferred";
  FuseCommit merge;
  merge.expected_epoch = 1;
  merge.remove_stories = {"s2"};
  merge.put_stories = {Story("s1", {a.doc.id, b.doc.id})};
  merge.reanalysed = {dated};
  for (const FuseDoc& f : *again)
    if (f.id == b.doc.id) merge.inputs.emplace_back(f.id, f);
  ASSERT_TRUE(Committed(store->CommitFuse(merge)));
  ok("after a merge");
  EXPECT_EQ(store->Counts()->stories, 1);
  EXPECT_EQ(store->Counts()->pending_fusion, 1);  // `b`'s new input waits for the next round
  FuseCommit take;
  take.expected_epoch = 2;
  take.fused = {b.doc.id};
  ASSERT_TRUE(Committed(store->CommitFuse(take)));
  EXPECT_EQ(store->Counts()->pending_fusion, 0);

  ASSERT_TRUE(store->PutAnalyses({c}, nullptr).ok());
  ASSERT_TRUE(store->RecordRejected(RejectedInput{"1-0", "x", "empty file"}).ok());
  ASSERT_TRUE(store->RecordRejected(RejectedInput{"1-0", "x", "empty file"}).ok());
  ok("at the end");
  n = store->Counts();
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->documents, 3);
  EXPECT_EQ(n->pending_fusion, 1);
  EXPECT_EQ(n->rejected, 1);
  EXPECT_EQ(n->claims, static_cast<int64_t>(store->Claims(ClaimFilter{})->size()));
}

TEST_P(StoreContractTest, ReadersRunWhileWritersWrite) {
  auto store = Open();
  ASSERT_TRUE(store);
  constexpr int kDocs = 60;
  std::atomic<bool> done{false};
  std::atomic<int> read_errors{0}, reads{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      int64_t last = 0;
      while (!done) {
        auto c = store->Counts();
        if (!c.ok() || c->documents < last) ++read_errors;
        if (c.ok()) last = c->documents;
        if (!store->Search("report", 5, 0).ok()) ++read_errors;
        ++reads;
      }
    });
  }
  std::vector<std::thread> writers;
  std::atomic<int> inserted{0};
  for (int t = 0; t < 2; ++t) {
    writers.emplace_back([&, t] {
      for (int i = t; i < kDocs; i += 2) {
        std::vector<PutOutcome> out;
        DocAnalysis a = MakeAnalysis("Report number " + std::to_string(i) + ". Body text.", "S" + std::to_string(i));
        if (store->PutAnalyses({a}, &out).ok() && out[0].inserted) ++inserted;
      }
    });
  }
  for (auto& w : writers) w.join();
  done = true;
  for (auto& r : readers) r.join();
  EXPECT_EQ(inserted, kDocs);
  EXPECT_EQ(read_errors, 0);
  EXPECT_GT(reads, 0);
  auto c = store->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->documents, kDocs);
  EXPECT_EQ(c->last_seq, kDocs);
  auto check = store->IntegrityCheck();  // the kept counts, written by both writers
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(*check, "ok");
}

TEST_P(StoreContractTest, TwoHandlesStoreTheSameContentOnce) {
  // Two processes' worth of handles racing on the same documents.
  auto one = Open();
  auto two = Open();
  ASSERT_TRUE(one && two);
  std::vector<DocAnalysis> docs;
  for (int i = 0; i < 20; ++i) docs.push_back(MakeAnalysis("Shared report " + std::to_string(i) + ". Text.", "S"));
  std::atomic<int> inserted{0}, failed{0};
  auto put = [&](Store* s) {
    for (const DocAnalysis& d : docs) {
      std::vector<PutOutcome> out;
      if (!s->PutAnalyses({d}, &out).ok() || out[0].error) ++failed;
      else if (out[0].inserted) ++inserted;
    }
  };
  std::thread a(put, one.get()), b(put, two.get());
  a.join();
  b.join();
  EXPECT_EQ(failed, 0);
  EXPECT_EQ(inserted, 20);
  EXPECT_EQ(one->Counts()->documents, 20);
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreContractTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace crosscheck
