// Tests of the SQLite store against a real database file in a temp folder:
// round trips, idempotent ingest, fault injection mid-batch, search, claim
// filters, stories and concurrent access.
#include <atomic>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include "store/sqlite_store.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace crosscheck {
namespace {

using testing::MakeAnalysis;
using testing::TempDir;

std::unique_ptr<Store> OpenOrDie(const std::string& path, const SqliteStoreOptions& o = {}) {
  auto s = OpenSqliteStore(path, o);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
  return s.ok() ? std::move(s.value()) : nullptr;
}

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
    if (row.ok) EXPECT_EQ(*q, row.out);
  }
}

TEST(SqliteStoreTest, RoundTripsADocument) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("db.sqlite"));
  ASSERT_TRUE(store);
  DocAnalysis a = MakeAnalysis("Up to 1,000 civilians shelter in the plant. Fighting goes on.",
                               "Outlet A", "civilians sheltering", "officials");
  a.doc.url = "https://example.org/a";
  a.doc.date = "2022-05-06";
  a.doc.date_origin = "inferred";
  a.doc.date_basis = "story";
  std::vector<PutOutcome> out;
  ASSERT_TRUE(store->PutAnalyses({a}, &out).ok());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].inserted);
  EXPECT_FALSE(out[0].error.has_value());
  EXPECT_EQ(out[0].id, a.doc.id);

  auto got = store->GetDocument(a.doc.id);
  ASSERT_TRUE(got.ok());
  ASSERT_TRUE(got->has_value());
  const StoredDocument& s = **got;
  EXPECT_EQ(s.doc.text, a.doc.text);
  EXPECT_EQ(s.doc.source, a.doc.source);
  EXPECT_EQ(s.doc.url, a.doc.url);
  EXPECT_EQ(s.doc.date, a.doc.date);
  EXPECT_EQ(s.doc.date_origin, a.doc.date_origin);
  EXPECT_EQ(s.doc.date_basis, a.doc.date_basis);
  EXPECT_EQ(s.doc.content_hash, a.doc.content_hash);
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
  auto full = store->GetDocuments({a.doc.id}, /*with_content=*/true);
  ASSERT_TRUE(full.ok());
  ASSERT_EQ(full->size(), 1u);
  EXPECT_EQ((*full)[0].doc.text, a.doc.text);
  EXPECT_EQ((*full)[0].records["claims"].size(), 1u);

  auto missing = store->GetDocument("nope");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST(SqliteStoreTest, SameDocumentTwiceIsStoredOnce) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("db.sqlite"));
  ASSERT_TRUE(store);
  DocAnalysis a = MakeAnalysis("The mayor said 100 people left. More may follow.", "Outlet A");
  DocAnalysis again = a;
  again.doc.path = "elsewhere.txt";  // another path, same text and outlet
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

TEST(SqliteStoreTest, FailedWriteMidBatchKeepsTheOthersAndLeavesNoHalfDocument) {
  TempDir dir;
  std::string failing;
  SqliteStoreOptions options;
  options.before_commit = [&](const std::string& id) -> Status {
    if (id == failing) return Error{"injected fault"};
    return Status::Ok();
  };
  auto store = OpenOrDie(dir.File("db.sqlite"), options);
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
  auto bravo = store->Search("Bravo", 10, 0);
  ASSERT_TRUE(bravo.ok());
  EXPECT_TRUE(bravo->empty());
  auto claims = store->Claims(ClaimFilter{.measure = "m2"});
  ASSERT_TRUE(claims.ok());
  EXPECT_TRUE(claims->empty());
  auto check = store->IntegrityCheck();
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(*check, "ok");

  // The failed document goes in once the fault is gone.
  failing.clear();
  ASSERT_TRUE(store->PutAnalyses({batch[1]}, &out).ok());
  EXPECT_TRUE(out[0].inserted);
}

TEST(SqliteStoreTest, DocumentsSurviveReopening) {
  TempDir dir;
  DocAnalysis a = MakeAnalysis("Kept across restarts. Really.", "A");
  {
    auto store = OpenOrDie(dir.File("db.sqlite"));
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->PutAnalyses({a}, nullptr).ok());
  }
  auto store = OpenOrDie(dir.File("db.sqlite"));
  ASSERT_TRUE(store);
  auto got = store->GetDocument(a.doc.id);
  ASSERT_TRUE(got.ok());
  EXPECT_TRUE(got->has_value());
}

TEST(SqliteStoreTest, RejectsAFileThatIsNotAStore) {
  TempDir dir;
  std::ofstream(dir.File("junk")) << "this is not a database, just some text that is long enough";
  auto s = OpenSqliteStore(dir.File("junk"));
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("junk"), std::string::npos);
  auto missing_dir = OpenSqliteStore(dir.File("no/such/dir/db.sqlite"));
  EXPECT_FALSE(missing_dir.ok());
}

TEST(SqliteStoreTest, SearchRanksSentencesAndMarksMatches) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("db.sqlite"));
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
      {"\"plant at\"", 1, "[[plant at]]"},
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
      EXPECT_NE((*hits)[0].snippet.find(row.first_snippet_has), std::string::npos)
          << (*hits)[0].snippet;
      EXPECT_LT((*hits)[0].start, (*hits)[0].end);
    }
  }
  EXPECT_FALSE(store->Search("!!!", 10, 0).ok());
}

TEST(SqliteStoreTest, FiltersClaims) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("db.sqlite"));
  ASSERT_TRUE(store);
  ASSERT_TRUE(store
                  ->PutAnalyses(
                      {MakeAnalysis("Doc one. Text.", "AP", "civilians sheltering in Azovstal",
                                    "Denis Prokopenko", "2022-05-03"),
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
      {"offset", {.limit = 10, .offset = 2}, 1},
      {"no match", {.measure = "tanks"}, 0},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    auto claims = store->Claims(row.filter);
    ASSERT_TRUE(claims.ok());
    EXPECT_EQ(claims->size(), row.count);
  }
  auto ap = store->Claims(ClaimFilter{.source = "AP"});
  ASSERT_TRUE(ap.ok());
  EXPECT_EQ((*ap)[0]["source"], "AP");
  EXPECT_EQ((*ap)[0]["as_of"], "2022-05-03");  // ordered by as_of
}

TEST(SqliteStoreTest, ReplacesAndListsStories) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("db.sqlite"));
  ASSERT_TRUE(store);
  DocAnalysis a = MakeAnalysis("Siege of the steel plant. Day one.", "A", "m", "x");
  DocAnalysis b = MakeAnalysis("Harvest festival in the village. Day one.", "B");
  ASSERT_TRUE(store->PutAnalyses({a, b}, nullptr).ok());
  auto story = [](const std::string& id, std::vector<std::string> docs, int disagreements) {
    StoryRecord s;
    s.id = id;
    s.title = "Story " + id;
    s.doc_ids = docs;
    s.disagreements = disagreements;
    s.json = Json{{"id", id}, {"title", s.title}, {"documents", docs}, {"ledger", Json::array()}};
    return s;
  };
  ASSERT_TRUE(store->ReplaceStories({}, {story("s1", {a.doc.id}, 0), story("s2", {b.doc.id}, 1)}).ok());
  auto all = store->ListStories("", 10, 0);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 2u);
  auto siege = store->ListStories("siege", 10, 0);
  ASSERT_TRUE(siege.ok());
  ASSERT_EQ(siege->size(), 1u);
  EXPECT_EQ((*siege)[0].id, "s1");
  EXPECT_EQ((*siege)[0].doc_ids, std::vector<std::string>{a.doc.id});

  // Merging both into one story removes the old ones.
  ASSERT_TRUE(store->ReplaceStories({"s1", "s2"}, {story("s1", {a.doc.id, b.doc.id}, 2)}).ok());
  auto merged = store->GetStory("s1");
  ASSERT_TRUE(merged.ok() && merged->has_value());
  EXPECT_EQ((**merged).doc_ids.size(), 2u);
  EXPECT_EQ((**merged).disagreements, 2);
  auto gone = store->GetStory("s2");
  ASSERT_TRUE(gone.ok());
  EXPECT_FALSE(gone->has_value());
  auto of = store->StoriesOfDocuments({b.doc.id});
  ASSERT_TRUE(of.ok());
  EXPECT_EQ(*of, std::vector<std::string>{"s1"});
  auto doc = store->GetDocument(b.doc.id);
  ASSERT_TRUE(doc.ok() && doc->has_value());
  EXPECT_EQ((**doc).stories, std::vector<std::string>{"s1"});
}

TEST(SqliteStoreTest, FindsRelatedDocumentsByEntityOrTerms) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("db.sqlite"));
  ASSERT_TRUE(store);
  DocAnalysis a = MakeAnalysis("Kherson ferry resumes. Boats cross daily.", "A");
  Entity e;
  e.span = Span{0, 7};
  e.type = EntityType::kLocation;
  e.name = "Kherson";
  a.entities.push_back(e);
  DocAnalysis b = MakeAnalysis("Glacier melt speeds up. Scientists worry.", "B");
  DocAnalysis c = MakeAnalysis("Another glacier report. Ice retreats.", "C");
  ASSERT_TRUE(store->PutAnalyses({a, b, c}, nullptr).ok());
  struct Row {
    const char* name;
    std::vector<std::string> names, terms;
    std::vector<std::string> want;
  };
  const Row kRows[] = {
      {"by entity", {"Kherson"}, {}, {a.doc.id}},
      {"by term", {}, {"glacier"}, {b.doc.id, c.doc.id}},
      {"both", {"Kherson"}, {"ice"}, {a.doc.id, c.doc.id}},
      {"nothing", {"Nowhere"}, {"zzz"}, {}},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    auto got = store->RelatedDocuments(row.names, row.terms, "", 10);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(*got, row.want);
  }
  auto excluded = store->RelatedDocuments({}, {"glacier"}, b.doc.id, 10);
  ASSERT_TRUE(excluded.ok());
  EXPECT_EQ(*excluded, std::vector<std::string>{c.doc.id});
}

TEST(SqliteStoreTest, ReadersRunWhileAWriterWrites) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("db.sqlite"));
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
        DocAnalysis a = MakeAnalysis("Report number " + std::to_string(i) + ". Body text.",
                                     "S" + std::to_string(i));
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
}

}  // namespace
}  // namespace crosscheck
