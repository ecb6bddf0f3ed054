#include "export/headline.h"

#include <gtest/gtest.h>

#include "export/export.h"
#include "export/export_test_util.h"

namespace crosscheck::exporting {
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

TEST(StoryHeadlineTest, FromAnAccountLeavesCopiesOut) {
  auto account = Account::FromJson(TestAccountJson(), "test");
  ASSERT_TRUE(account.ok());
  HeadlineFacts f = FactsFromAccount(*account, account->stories()[0]);
  for (const Name& n : f.names) EXPECT_NE(n.doc, 3) << "document dc is a copy";
  EXPECT_EQ(StoryHeadlines(*account),
            (std::vector<std::string>{"Azovstal plant, Mariupol: sheltering", "Other story"}));
}

}  // namespace
}  // namespace crosscheck::exporting
