// OrderedGrouping: grouping documents as their analyses end, on a thread of
// its own, gives what GroupDocuments gives over the finished analyses, in
// whatever order the analyses end; and FuseAll from that grouping gives
// what FuseAll gives alone, for one job and several.
#include "pipeline/ordered_grouping.h"
#include "pipeline/pipeline.h"
#include "pipeline/test_doc.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "claims/claim.h"

namespace crosscheck {
namespace {

const char* kFlood =
    "Floodwater from the Varna river reached the centre of Lindholm on Tuesday after three days of rain. "
    "Mayor Petra Koivisto said 1,200 residents had left their homes and 40 schools were closed. "
    "The regional rescue service said it had pulled 85 people from cars and roofs. ";
const char* kStrike =
    "Dock workers at the port of Haldane walked out on Thursday over a pay offer of 3 percent. "
    "Union leader Tomas Brandt said about 2,000 members had joined the strike and ships were waiting offshore. "
    "The port authority said cargo worth 12 million dollars a day was held up. ";

// Two events, each told by several reports: dated and undated ones (the
// undated take their year from their story), an exact copy (same content
// hash), a near copy (a new headline line over the same text), a report in
// another language (not analysed) and one about neither event.
std::vector<DocAnalysis> Batch() {
  using testing_support::TestDoc;
  std::vector<DocAnalysis> docs;
  docs.push_back(TestDoc("f1", std::string(kFlood) + "Forecasters expect more rain by Friday.", "2023-10-10"));
  docs.push_back(TestDoc("s1", std::string(kStrike) + "Talks are due to resume next week.", "2023-10-12"));
  docs.push_back(TestDoc("f2",
                         std::string("Residents of Lindholm returned on Friday, Oct. 13, to count the damage. ") + kFlood +
                             "Koivisto said the clean-up would take weeks.",
                         nullptr));
  docs.push_back(TestDoc("f1copy", std::string(kFlood) + "Forecasters expect more rain by Friday.", "2023-10-10"));
  docs.back().doc.content_hash = "f1";  // byte for byte the first report
  docs.push_back(TestDoc("s2", std::string("Haldane strike enters its second day\n\n") + kStrike +
                                   "Talks are due to resume next week.",
                         nullptr));
  docs.push_back(TestDoc("fr", "Les dockers du port de Haldane sont en grève depuis jeudi.", "2023-10-12"));
  docs.back().doc.language = "fr";
  docs.push_back(TestDoc("other", "The city council approved a new library budget of 4 million dollars on Monday.",
                         "2023-10-09"));
  docs.push_back(TestDoc("s3",
                         std::string("Brandt said on Saturday, Oct. 14, that the strike would go on. ") + kStrike +
                             "Shipping lines said 14 vessels had been diverted.",
                         nullptr));
  return docs;
}

Grouping Reference(const std::vector<DocAnalysis>& docs) {
  std::vector<GroupingInput> inputs;
  for (const DocAnalysis& a : docs) inputs.push_back(MakeGroupingInput(a));
  std::vector<const GroupingInput*> ptrs;
  for (const GroupingInput& g : inputs) ptrs.push_back(&g);
  return GroupDocuments(ptrs);
}

std::string StoriesJson(const std::vector<DocAnalysis>& docs, const FuseResult& r) {
  std::string out;
  for (const Story& s : r.stories) out += StoryToJson(docs, s).dump() + "\n";
  for (const DocAnalysis& a : docs) out += a.doc.id + " " + a.doc.date.value_or("-") + " " + a.doc.date_basis.value_or("-") + "\n";
  return out;
}

TEST(OrderedGroupingTest, EqualsGroupDocumentsWhateverOrderTheAnalysesEnd) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.error().message;
  std::vector<DocAnalysis> analysed = Batch();
  (*p)->AnalyzeAll(&analysed, 1);
  const Grouping want = Reference(analysed);
  // The batch must exercise what grouping decides: copies, a story of
  // several reports, a document left out of every story.
  ASSERT_EQ(want.copy_of.at(3), 0);
  ASSERT_EQ(want.copy_of.at(4), 1) << "the near copy under a headline";
  ASSERT_GE(want.stories.size(), 2u);
  ASSERT_FALSE(analysed[5].analysed);
  for (bool threaded : {false, true})
    for (bool reverse : {false, true}) {
      SCOPED_TRACE(std::string(threaded ? "threaded" : "inline") + (reverse ? ", reverse" : ""));
      std::vector<DocAnalysis> docs = analysed;
      OrderedGrouping grouping(&docs, threaded);
      for (size_t k = 0; k < docs.size(); ++k) grouping.Ready(reverse ? docs.size() - 1 - k : k);
      const Grouping got = grouping.Finish();
      EXPECT_EQ(got.copy_of, want.copy_of);
      EXPECT_EQ(got.stories, want.stories);
      EXPECT_GE(grouping.cpu_seconds(), 0.0);
    }
}

// Story features made ahead by Prepare on the analysing threads (before or
// after the layers are released, for some documents or all of them) and
// copy sketches made on several threads give the same grouping; the work
// done off the grouping thread is counted in cpu_seconds, not in its chain.
TEST(OrderedGroupingTest, FeaturesMadeAheadAndSketchThreadsGiveTheSameGrouping) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.error().message;
  std::vector<DocAnalysis> analysed = Batch();
  (*p)->AnalyzeAll(&analysed, 1);
  const Grouping want = Reference(analysed);
  for (int sketch_threads : {1, 3})
    for (int mode : {0, 1, 2}) {  // Prepare: every document before release, every one after, the odd ones
      SCOPED_TRACE(std::to_string(sketch_threads) + " sketch threads, mode " + std::to_string(mode));
      std::vector<DocAnalysis> docs = analysed;
      OrderedGrouping grouping(&docs, /*threaded=*/true, sketch_threads);
      std::vector<std::thread> threads;
      for (size_t k = 0; k < docs.size(); ++k)
        threads.emplace_back([&, k] {
          if (mode == 0) grouping.Prepare(k);
          Pipeline::ReleaseOutputLayers(&docs[k]);
          if (mode == 1 || (mode == 2 && k % 2 == 1)) grouping.Prepare(k);
          grouping.Ready(k);
        });
      for (std::thread& t : threads) t.join();
      const Grouping got = grouping.Finish();
      EXPECT_EQ(got.copy_of, want.copy_of);
      EXPECT_EQ(got.stories, want.stories);
      EXPECT_GT(grouping.cpu_seconds(), grouping.chain_seconds()) << "features made off the grouping thread";
    }
  // Not threaded: Prepare makes nothing (Finish groups alone, in order).
  std::vector<DocAnalysis> docs = analysed;
  OrderedGrouping inline_grouping(&docs, /*threaded=*/false, 3);
  for (size_t k = 0; k < docs.size(); ++k) {
    inline_grouping.Prepare(k);
    inline_grouping.Ready(k);
  }
  const Grouping got = inline_grouping.Finish();
  EXPECT_EQ(got.stories, want.stories);
  EXPECT_DOUBLE_EQ(inline_grouping.cpu_seconds(), inline_grouping.chain_seconds());
}

// As `analyze` runs it: Ready from the analysing threads as each analysis
// ends (layers released), then FuseAll from the grouping; the stories,
// ledgers and story dates equal those of FuseAll alone.
TEST(OrderedGroupingTest, FuseFromItEqualsFuseAllForAnyJobs) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.error().message;
  std::vector<DocAnalysis> ref = Batch();
  (*p)->AnalyzeAll(&ref, 1);
  const FuseResult want = (*p)->FuseAll(&ref, 1);
  ASSERT_GT(want.stats.redated, 0) << "the batch needs a report dated from its story";
  const std::string want_json = StoriesJson(ref, want);
  for (int jobs : {1, 2, 3}) {
    SCOPED_TRACE(jobs);
    std::vector<DocAnalysis> docs = Batch();
    OrderedGrouping grouping(&docs, jobs > 1, jobs);
    (*p)->AnalyzeAll(
        &docs, jobs, {},
        [&](size_t i) {
          Pipeline::ReleaseOutputLayers(&docs[i]);
          grouping.Ready(i);
        },
        [&](size_t i) { grouping.Prepare(i); });
    const FuseResult got = (*p)->FuseAll(&docs, jobs, grouping.Finish());
    EXPECT_EQ(got.copy_of, want.copy_of);
    EXPECT_EQ(got.stats.groupings, 1);
    EXPECT_EQ(got.stats.redated, want.stats.redated);
    EXPECT_EQ(got.stats.stories_redated, want.stats.stories_redated);
    EXPECT_EQ(StoriesJson(docs, got), want_json);
    for (size_t i = 0; i < docs.size(); ++i) {
      ASSERT_EQ(docs[i].claims.size(), ref[i].claims.size()) << docs[i].doc.id;
      for (size_t c = 0; c < ref[i].claims.size(); ++c)
        EXPECT_EQ(ClaimToJson(docs[i].doc, docs[i].claims, c).dump(), ClaimToJson(ref[i].doc, ref[i].claims, c).dump());
    }
  }
}

// A run that stops early (an output failed) drops its grouping unfinished:
// the thread waiting for the next analysis must end, not hang.
TEST(OrderedGroupingTest, AnUnfinishedGroupingEndsWithItsOwner) {
  std::vector<DocAnalysis> docs = Batch();
  {
    OrderedGrouping grouping(&docs, /*threaded=*/true);
    grouping.Ready(0);
    grouping.Ready(2);  // 1 never comes
  }
  SUCCEED();
}

}  // namespace
}  // namespace crosscheck
