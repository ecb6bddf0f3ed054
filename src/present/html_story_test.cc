// The story section of the HTML report: "Who said what" lists one speaker
// per person across the story's reports, whatever spelling each report
// used, and keeps different speakers apart.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "pipeline/test_doc.h"
#include "present/html_report.h"

namespace crosscheck {
namespace {

size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

TEST(HtmlStoryTest, OneSpeakerPerPersonAcrossSpellings) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.error().message;
  // Two reports of one event in their own words (not copies of each other).
  std::vector<DocAnalysis> docs;
  docs.push_back(testing_support::TestDoc(
      "a",
      "Ukrainian President Volodymyr Zelensky said the defenders of the Azovstal steel works in Mariupol would "
      "not surrender. Civilians sheltering in the Azovstal tunnels were evacuated on Friday as Russian forces "
      "shelled the plant. Ukrainian officials said the evacuation of Mariupol would go on.",
      "2022-05-06"));
  docs.push_back(testing_support::TestDoc(
      "b",
      "Russian troops stormed the Azovstal plant in Mariupol on Saturday, days after a first group of civilians "
      "left its bunkers. Volodymyr Zelenskyy, Ukraine's president, said the fighters inside Azovstal were still "
      "holding out. A Ukrainian official said buses would leave Mariupol again once the shelling stopped.",
      "2022-05-07"));
  (*p)->AnalyzeAll(&docs, 1);
  FuseResult fused = (*p)->FuseAll(&docs);
  const Story* both = nullptr;
  for (const Story& s : fused.stories)
    if (s.docs.size() == 2) both = &s;
  ASSERT_NE(both, nullptr) << "the two reports tell one story";
  const std::string h = RenderStory(docs, fused, *both);
  // One entry for the president, under one spelling, the other beside it.
  EXPECT_EQ(Count(h, "<dt>Volodymyr Zelensky"), 1u) << h;
  EXPECT_NE(h.find("also written Volodymyr Zelenskyy"), std::string::npos) << h;
  // A group and one of its members are different speakers.
  EXPECT_EQ(Count(h, "<dt>Ukrainian officials"), 1u) << h;
  EXPECT_EQ(Count(h, "<dt>A Ukrainian official"), 1u) << h;
}

// The report's header counts in words: "1 story", never "1 stories".
TEST(HtmlReportTest, HeaderCountsTakeTheirNumber) {
  EXPECT_EQ(CountOf(1, "story", "stories"), "1 story");
  EXPECT_EQ(CountOf(0, "story", "stories"), "0 stories");
  EXPECT_EQ(CountOf(3, "story", "stories"), "3 stories");
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.error().message;
  std::vector<DocAnalysis> docs;
  docs.push_back(testing_support::TestDoc(
      "a", "The mayor of Eastbridge said 40 people were rescued from the flooded valley on Tuesday.", "2021-03-02"));
  (*p)->AnalyzeAll(&docs, 1);
  FuseResult fused = (*p)->FuseAll(&docs);
  ASSERT_EQ(fused.stories.size(), 1u);
  const std::string h = RenderHtmlReport(docs, fused, {});
  EXPECT_NE(h.find("1 document (1 analysed) · 1 story · "), std::string::npos) << h.substr(0, 4000);
  EXPECT_NE(h.find(" · 0 inputs rejected"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
