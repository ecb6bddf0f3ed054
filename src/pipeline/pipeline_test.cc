// Pipeline: the cross-document date hint (an undated report takes its year
// from the dated reports of its story).
#include "pipeline/pipeline.h"
#include "pipeline/test_doc.h"

#include <gtest/gtest.h>

#include "claims/claim.h"
#include "fuse/timeline.h"
#include "recognize/time/time_expr.h"

#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

namespace crosscheck {
namespace {

DocAnalysis Doc(const std::string& id, const std::string& text, const char* date) {
  return testing_support::TestDoc(id, text, date);
}

const char* kStory =
    "Civilians sheltering in the Azovstal steel works in Mariupol were evacuated as Russian forces "
    "shelled the plant. Denis Prokopenko, commander of the Azov Regiment, said fighters would hold the "
    "Azovstal plant. Mariupol mayor Vadym Boychenko said 200 civilians remained in the Azovstal tunnels. ";

TEST(PipelineTest, UndatedReportTakesItsYearFromItsStory) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.error().message;
  std::vector<DocAnalysis> docs;
  docs.push_back(Doc("a", std::string(kStory) + "The evacuation went on.", "2022-05-04"));
  docs.push_back(Doc("b",
                     std::string("A Ukrainian official said Friday that more civilians left. ") + kStory +
                         "Putin wants a triumph in time for Monday's Victory Day.",
                     nullptr));
  docs.push_back(Doc("c", "The orchestra played Mozart on Monday's Victory Day concert, critics said Friday.",
                     nullptr));
  (*p)->AnalyzeAll(&docs, 1);
  ASSERT_FALSE(docs[1].doc.date.has_value()) << "no year in its own text";
  FuseResult r = (*p)->FuseAll(&docs);
  ASSERT_TRUE(docs[1].doc.date.has_value());
  EXPECT_EQ(*docs[1].doc.date, "2022-05-06");  // Friday before Monday 9 May 2022
  EXPECT_EQ(docs[1].doc.date_origin, "inferred");
  EXPECT_EQ(docs[1].doc.date_basis, "story");
  // A report in no story with dated reports stays undated.
  EXPECT_FALSE(docs[2].doc.date.has_value());
  // Its times were resolved again against the new date.
  bool friday = false;
  for (const TimeMention& t : docs[1].times) friday = friday || t.value == "2022-05-06";
  EXPECT_TRUE(friday);
  // Re-dating reuses the grouping: copies and stories are found once, and
  // the re-dated report stays in the story its date came from.
  EXPECT_EQ(r.stats.groupings, 1);
  EXPECT_EQ(r.stats.redated, 1);
  EXPECT_EQ(r.stats.stories_redated, 1);
  bool together = false;
  for (const Story& s : r.stories)
    together = together || (std::count(s.docs.begin(), s.docs.end(), 0) && std::count(s.docs.begin(), s.docs.end(), 1));
  EXPECT_TRUE(together);
  // Redoing only the date's layers (times, claims) equals analysing the
  // re-dated report from scratch: nothing else reads the report date.
  DocAnalysis fresh = docs[1];
  (*p)->AnalyzeDocument(&fresh);
  ASSERT_EQ(fresh.times.size(), docs[1].times.size());
  for (size_t i = 0; i < fresh.times.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(TimeToJson(fresh.doc, fresh.times, i).dump(), TimeToJson(docs[1].doc, docs[1].times, i).dump());
  }
  ASSERT_EQ(fresh.claims.size(), docs[1].claims.size());
  for (size_t i = 0; i < fresh.claims.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(ClaimToJson(fresh.doc, fresh.claims, i).dump(), ClaimToJson(docs[1].doc, docs[1].claims, i).dump());
  }
  EXPECT_EQ(fresh.quantities.size(), docs[1].quantities.size());
  EXPECT_EQ(fresh.entities.size(), docs[1].entities.size());
  EXPECT_EQ(fresh.quotes.size(), docs[1].quotes.size());
}

// A report with no date in its metadata takes the day its address names
// (its URL's, else its file's path for one report per file), before any
// date its text names, and its relative times count from that day.
TEST(PipelineTest, AnUndatedReportTakesTheDayItsAddressNames) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.error().message;
  const std::string text = "On March 1, 2016, voters met. Officials said yesterday that 20 people were hurt.";
  std::vector<DocAnalysis> docs;
  docs.push_back(Doc("a", text, nullptr));
  docs[0].doc.path = "news/nyt_2016-03-15_voters.txt";
  docs[0].doc.format = "text";
  docs.push_back(Doc("b", text, nullptr));  // the URL over the path
  docs[1].doc.path = "saved/2016-03-15.html";
  docs[1].doc.format = "html";
  docs[1].doc.url = "https://news.example.com/2016/03/16/voters-met";
  docs.push_back(Doc("c", text, "2016-03-20"));  // metadata over both
  docs[2].doc.path = "news/nyt_2016-03-15_voters.txt";
  docs[2].doc.format = "text";
  docs.push_back(Doc("d", text, nullptr));  // a JSON Lines file's path is the crawl's, not the record's
  docs[3].doc.path = "crawl-2016-03-15.jsonl";
  docs[3].doc.format = "jsonl";
  docs[3].doc.line = 4;
  (*p)->AnalyzeAll(&docs, 1);
  ASSERT_TRUE(docs[0].doc.date.has_value());
  EXPECT_EQ(*docs[0].doc.date, "2016-03-15");
  EXPECT_EQ(docs[0].doc.date_origin, "inferred");
  EXPECT_EQ(docs[0].doc.date_basis, "path");
  bool yesterday = false;
  for (const TimeMention& t : docs[0].times) yesterday = yesterday || t.value == "2016-03-14";
  EXPECT_TRUE(yesterday);
  ASSERT_TRUE(docs[1].doc.date.has_value());
  EXPECT_EQ(*docs[1].doc.date, "2016-03-16");
  EXPECT_EQ(docs[1].doc.date_basis, "url");
  EXPECT_EQ(*docs[2].doc.date, "2016-03-20");
  EXPECT_EQ(docs[2].doc.date_origin, "metadata");
  // The JSON Lines record falls back on its text: the full date it opens with.
  ASSERT_TRUE(docs[3].doc.date.has_value());
  EXPECT_EQ(*docs[3].doc.date, "2016-03-01");
  EXPECT_EQ(docs[3].doc.date_basis, "text");
}

// The CLI spools each document's layers as its analysis ends and then
// drops those only the output reads (ReleaseOutputLayers). Fusion gives the
// same stories and ledgers, and a released report re-dated from its story
// gets the same times, claims and quotes as one that kept its layers.
// `analyze`'s hooks: `before` runs right before a document's analysis (the
// reading is finished there), `prepare` right after it and before
// `analysed`, each once per document, on the thread that analyses it.
TEST(PipelineTest, AnalyzeAllHooksRunAroundEachAnalysisOnce) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.error().message;
  for (int jobs : {1, 2}) {
    SCOPED_TRACE(jobs);
    std::vector<DocAnalysis> docs;
    for (const char* id : {"a", "b", "c"})
      docs.push_back(Doc(id, std::string(kStory) + "Officials said 40 people left.", "2022-05-04"));
    std::mutex mu;
    std::vector<std::string> events;
    auto log = [&](const char* what, size_t i) {
      std::lock_guard<std::mutex> lock(mu);
      events.push_back(std::string(what) + std::to_string(i) + (docs[i].seg.sentences.empty() ? "-" : "+"));
    };
    (*p)->AnalyzeAll(
        &docs, jobs, {}, [&](size_t i) { log("analysed", i); }, [&](size_t i) { log("prepare", i); },
        [&](size_t i) { log("before", i); });
    ASSERT_EQ(events.size(), 9u);
    for (size_t i = 0; i < docs.size(); ++i) {
      const std::string n = std::to_string(i);
      auto at = [&](const std::string& e) { return std::find(events.begin(), events.end(), e) - events.begin(); };
      // Not analysed before `before`, analysed at `prepare` and `analysed`.
      EXPECT_LT(at("before" + n + "-"), at("prepare" + n + "+"));
      EXPECT_LT(at("prepare" + n + "+"), at("analysed" + n + "+"));
      EXPECT_LT(at("analysed" + n + "+"), 9);
    }
  }
}

TEST(PipelineTest, ReleasedLayersFuseAndRedateAlike) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.error().message;
  auto make = [] {
    std::vector<DocAnalysis> docs;
    docs.push_back(Doc("a", std::string(kStory) + "The evacuation began on Tuesday and went on for three weeks.",
                       "2022-05-04"));
    docs.push_back(Doc("b",
                       std::string("A Ukrainian official said Friday that 40 more civilians left. ") + kStory +
                           "\"We will hold,\" Prokopenko said before Monday's Victory Day.",
                       nullptr));
    return docs;
  };
  std::vector<DocAnalysis> kept = make(), released = make();
  (*p)->AnalyzeAll(&kept, 1);
  std::vector<size_t> order;
  (*p)->AnalyzeAll(&released, 2, {}, [&](size_t i) {
    order.push_back(i);
    Pipeline::ReleaseOutputLayers(&released[i]);
  });
  std::sort(order.begin(), order.end());
  EXPECT_EQ(order, (std::vector<size_t>{0, 1}));  // each document once
  EXPECT_TRUE(released[1].seg.tokens.empty());
  EXPECT_TRUE(released[1].quotes.empty());
  ASSERT_FALSE(kept[1].quotes.empty()) << "the test needs a quote to release";
  // The dated report keeps only what fusion reads: its input bytes' count,
  // its named entities, the times a timeline can list.
  EXPECT_TRUE(released[0].doc.raw.empty());
  EXPECT_EQ(released[0].doc.bytes(), kept[0].doc.raw.size());
  EXPECT_LT(released[0].times.size(), kept[0].times.size());  // "three weeks" goes
  EXPECT_FALSE(released[0].times.empty());                     // "Tuesday" stays
  for (const TimeMention& t : released[0].times) EXPECT_TRUE(OnTimeline(t));
  for (const Entity& e : released[0].entities) EXPECT_NE(e.type, EntityType::kOther);
  FuseResult rk = (*p)->FuseAll(&kept), rr = (*p)->FuseAll(&released);
  EXPECT_EQ(rr.stats.redated, 1);
  EXPECT_EQ(StoryToJson(released, rr.stories.at(0)).dump(), StoryToJson(kept, rk.stories.at(0)).dump());
  ASSERT_EQ(released[1].claims.size(), kept[1].claims.size());
  for (size_t i = 0; i < kept[1].claims.size(); ++i)
    EXPECT_EQ(ClaimToJson(released[1].doc, released[1].claims, i).dump(), ClaimToJson(kept[1].doc, kept[1].claims, i).dump());
  ASSERT_EQ(released[1].times.size(), kept[1].times.size());
  for (size_t i = 0; i < kept[1].times.size(); ++i)
    EXPECT_EQ(TimeToJson(released[1].doc, released[1].times, i).dump(), TimeToJson(kept[1].doc, kept[1].times, i).dump());
  // Re-dated from its text, the released report has its layers back.
  EXPECT_EQ(released[1].quotes.size(), kept[1].quotes.size());
  EXPECT_EQ(released[1].seg.tokens.size(), kept[1].seg.tokens.size());
}

// GroupDocuments with features made a batch at a time (as FuseAll makes
// them) groups exactly as with every document's features held.
TEST(PipelineTest, FeaturesByBatchGroupAlike) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.error().message;
  std::vector<DocAnalysis> docs;
  docs.push_back(Doc("a", std::string(kStory) + "The evacuation went on.", "2022-05-04"));
  docs.push_back(Doc("b", "The orchestra played Mozart at the Victory Day concert, critics said.", nullptr));
  docs.push_back(Doc("c", std::string("Officials said on Thursday: ") + kStory, "2022-05-05"));
  docs.push_back(Doc("d", std::string(kStory) + "The evacuation went on.", "2022-05-04"));  // a copy of a
  docs.push_back(Doc("e", "Critics said the orchestra played Mozart well at the Victory Day concert.", nullptr));
  docs[3].doc.content_hash = "a";
  (*p)->AnalyzeAll(&docs, 1);
  std::vector<GroupingInput> full, bare;
  for (const DocAnalysis& a : docs) {
    full.push_back(MakeGroupingInput(a));
    bare.push_back(MakeGroupingInput(a, /*with_features=*/false));
    EXPECT_TRUE(bare.back().features.entities.empty() && bare.back().features.terms.empty());
  }
  std::vector<const GroupingInput*> pf, pb;
  for (size_t i = 0; i < docs.size(); ++i) {
    pf.push_back(&full[i]);
    pb.push_back(&bare[i]);
  }
  const Grouping want = GroupDocuments(pf);
  ASSERT_EQ(want.copy_of[3], 0);
  ASSERT_GE(want.stories.size(), 2u) << "the test needs two stories";
  for (size_t batch_size : {1, 2, 10}) {
    SCOPED_TRACE(batch_size);
    std::vector<StoryFeatures> held;
    std::vector<std::vector<int>> asked;
    const Grouping got = GroupDocuments(
        pb,
        [&](const std::vector<int>& batch) {
          asked.push_back(batch);
          held.clear();
          for (int i : batch) held.push_back(MakeStoryFeatures(docs[i]));
          std::vector<const StoryFeatures*> f;
          for (const StoryFeatures& x : held) f.push_back(&x);
          return f;
        },
        batch_size);
    EXPECT_EQ(got.copy_of, want.copy_of);
    EXPECT_EQ(got.stories, want.stories);
    std::vector<int> all;
    for (const auto& b : asked) {
      EXPECT_LE(b.size(), batch_size);
      all.insert(all.end(), b.begin(), b.end());
    }
    std::vector<int> originals;  // in order, once each
    for (int i = 0; i < static_cast<int>(docs.size()); ++i)
      if (want.copy_of[i] < 0) originals.push_back(i);
    EXPECT_EQ(all, originals);
  }
}

}  // namespace
}  // namespace crosscheck
