#include "fuse/headline.h"

#include <gtest/gtest.h>

#include "fuse/fuse.h"

namespace crosscheck {
namespace {

using Name = HeadlineFacts::Name;
using Event = HeadlineFacts::Event;

TEST(StoryHeadlineTest, KeyEntityPlaceAndDominantEvents) {
  struct Row {
    const char* what;
    HeadlineFacts facts;
    std::string headline;
  };
  const Row kRows[] = {
      {"facility, city and two events",
       {{{"Azovstal plant", "facility", 1}, {"Azovstal steelworks", "facility", 2}, {"Mariupol", "location", 1},
         {"Mariupol", "location", 2}, {"Ukraine", "location", 1}, {"Ukraine", "location", 2}, {"Ukraine", "location", 3},
         {"Russian forces", "organization", 1}, {"Russian forces", "organization", 2}},
        {{"sheltering", "Azovstal", "facility", 1}, {"evacuated", "Mariupol", "area", 1},
         {"sheltering", "Azovstal", "facility", 2}, {"evacuated", "", "", 2}, {"sheltering", "", "", 3}},
        "first report's title"},
       "Azovstal steelworks, Mariupol: sheltering and evacuation"},
      {"no facility: the organisation most named",
       {{{"World Health Organization", "organization", 1}, {"World Health Organization", "organization", 2},
         {"Geneva", "location", 1}, {"Geneva", "location", 2}},
        {{"killed", "", "", 1}, {"killed", "", "", 2}, {"injured", "", "", 1}},
        "x"},
       "World Health Organization, Geneva: deaths"},
      {"a name in one report of two is not the subject",
       {{{"Acme Mill", "facility", 1}, {"Ohio", "location", 1}, {"Ohio", "location", 2}}, {}, "fallback"},
       "Ohio"},
      {"one report: its names suffice",
       {{{"Jane Doe", "person", 1}, {"Springfield", "location", 1}}, {{"displaced", "", "", 1}}, "fallback"},
       "Jane Doe, Springfield: displacement"},
      {"an event one report of three states is not the story's",
       {{{"Chuck Schumer", "person", 1}, {"Chuck Schumer", "person", 2}, {"Helsinki", "location", 2},
         {"Helsinki", "location", 3}},
        {{"missing", "", "", 3}},
        "fb"},
       "Chuck Schumer, Helsinki"},
      {"the shot are shootings",
       {{{"Mother Emanuel Church", "facility", 1}, {"Charleston", "location", 1}},
        {{"killed", "", "", 1}, {"shot", "", "", 1}},
        "fb"},
       "Mother Emanuel Church, Charleston: deaths and shootings"},
      {"nothing known: the fallback", {{}, {{"killed", "", "", 1}}, "the fallback title"}, "the fallback title"},
      {"place named only by claims",
       {{}, {{"evacuated", "Kharkiv", "settlement", 1}, {"evacuated", "Kharkiv", "settlement", 2}}, "fb"},
       "Kharkiv: evacuation"},
      {"the subject's own name is not its place",
       {{{"Kherson", "location", 1}, {"Kherson", "location", 2}, {"Kherson Port", "facility", 1},
         {"Kherson Port", "facility", 2}},
        {},
        "fb"},
       "Kherson Port"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.what);
    EXPECT_EQ(StoryHeadline(r.facts), r.headline);
  }
}

// Three reports; the third is a copy of the first, so it is no second voice:
// "Kherson" is named by one document only and cannot be the place.
std::vector<DocAnalysis> ThreeReports() {
  std::vector<DocAnalysis> a(3);
  const char* ids[] = {"d1", "d2", "d3"};
  for (int d = 0; d < 3; ++d) {
    a[d].doc.id = ids[d];
    a[d].doc.title = std::string("Report ") + ids[d];
    Entity plant;
    plant.type = EntityType::kFacility;
    plant.name = Atom("Azovstal plant");
    a[d].entities.push_back(plant);
    Entity where;
    where.type = EntityType::kLocation;
    where.name = Atom(d == 1 ? "Mariupol" : "Kherson");
    a[d].entities.push_back(where);
    if (d == 1) a[d].entities.push_back(where);
  }
  return a;
}

TEST(StoryHeadlineTest, FactsLeaveCopiesOut) {
  std::vector<DocAnalysis> a = ThreeReports();
  HeadlineFacts f = FactsFromAnalyses(a, {0, 1, 2}, {-1, -1, 0});
  for (const Name& n : f.names) EXPECT_NE(n.doc, 2) << "d3 is a copy of d1";
  // One fact per distinct name of a document, with its count ("Mariupol"
  // twice in d2).
  ASSERT_EQ(f.names.size(), 4u);
  EXPECT_EQ(f.names[3].name, "Mariupol");
  EXPECT_EQ(f.names[3].count, 2);
  // Without the copy, no place is named by two documents.
  EXPECT_EQ(StoryHeadline(f), "Azovstal plant");
  // Counted as a voice, the copy would make Kherson the place.
  EXPECT_EQ(StoryHeadline(FactsFromAnalyses(a, {0, 1, 2}, {-1, -1, -1})), "Azovstal plant, Kherson");
}

// Every view (JSON, HTML report, store, web page, exports) reads the story's
// title, so fusion must give the headline there, with the first document's
// title as the fallback.
TEST(StoryHeadlineTest, FusionTitlesAStoryWithItsHeadline) {
  std::vector<DocAnalysis> a = ThreeReports();
  Story s = BuildStory(a, {0, 1, 2}, {-1, -1, 0});
  EXPECT_EQ(s.title, "Azovstal plant");
  std::vector<DocAnalysis> bare(2);
  bare[0].doc.id = "e1";
  bare[1].doc.id = "e2";
  bare[1].doc.title = "A title of its own";
  EXPECT_EQ(BuildStory(bare, {0, 1}, {-1, -1}).title, "A title of its own");
}

}  // namespace
}  // namespace crosscheck
