// Timeline: one item per sentence with a resolved date, in date order.
#include "fuse/timeline.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

DocAnalysis Doc(const std::string& text, const std::vector<std::pair<std::string, std::string>>& times,
                TimeType type = TimeType::kDate) {
  DocAnalysis a;
  a.doc.text = text;
  a.seg = Segment(text);
  for (const auto& [what, value] : times) {
    TimeMention m;
    size_t at = text.find(what);
    EXPECT_NE(at, std::string::npos) << what;
    m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
    m.value = value;
    m.type = type;
    a.times.push_back(m);
  }
  return a;
}

TEST(TimelineTest, OneItemPerDatedSentenceInDateOrder) {
  std::vector<DocAnalysis> docs = {
      Doc("Convoys left on Monday. On Tuesday and Wednesday more buses came. No date here. Every Friday they pray.",
          {{"Monday", "2023-03-06"}, {"Tuesday", "2023-03-07"}, {"Wednesday", "2023-03-08"}, {"Every Friday", "XXXX-WXX-5"}}),
      Doc("Shelling began on March 1. In March the mayor left.", {{"March 1", "2023-03-01"}, {"March", "2023-03"}}),
  };
  std::vector<TimelineItem> got = BuildTimeline(docs, {0, 1});
  struct Want { std::string date; int doc; std::string sentence; };
  const Want kWant[] = {
      {"2023-03-01", 1, "Shelling began on March 1."},
      {"2023-03-06", 0, "Convoys left on Monday."},
      {"2023-03-07", 0, "On Tuesday and Wednesday more buses came."},
  };
  ASSERT_EQ(got.size(), std::size(kWant));
  for (size_t i = 0; i < got.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(got[i].date, kWant[i].date);
    EXPECT_EQ(got[i].doc, kWant[i].doc);
    EXPECT_EQ(got[i].span.Of(docs[got[i].doc].doc.text), kWant[i].sentence);
    EXPECT_EQ(docs[got[i].doc].times[got[i].time].value.substr(0, 10), got[i].date);
  }
}

TEST(TimelineTest, DurationsAndOtherStoriesAreLeftOut) {
  std::vector<DocAnalysis> docs = {Doc("The siege lasted 2022-03-01 long.", {{"2022-03-01", "2022-03-01"}}, TimeType::kDuration),
                                   Doc("Aid came on May 2.", {{"May 2", "2022-05-02"}})};
  EXPECT_TRUE(BuildTimeline(docs, {0}).empty());
  EXPECT_EQ(BuildTimeline(docs, {1}).size(), 1u);
  EXPECT_TRUE(BuildTimeline(docs, {}).empty());
}

}  // namespace
}  // namespace crosscheck
