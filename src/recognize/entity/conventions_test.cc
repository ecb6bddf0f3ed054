// Each row of the convention table (conventions.h) on a small example.
#include "recognize/entity/conventions.h"

#include <gtest/gtest.h>

#include <sstream>

#include "recognize/entity/features.h"

namespace crosscheck {
namespace {

Gazetteer TestGazetteer() {
  Gazetteer g;
  g.Add("UK", kGazCountry);
  g.Add("Russia", kGazCountry);
  g.Add("Tehran", kGazCity);
  g.Add("Iraqi", kGazDemonym);
  g.Add("Kremlin", kGazOrg);
  return g;
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string w;
  while (ss >> w) out.push_back(w);
  return out;
}

std::string Labels(const std::vector<uint8_t>& l) {
  std::string s;
  for (uint8_t x : l) s += std::string(s.empty() ? "" : " ") + NerLabelName(x);
  return s;
}

TEST(ConventionsTest, MapsEachCorpusToOurs) {
  const Gazetteer gaz = TestGazetteer();
  struct Row {
    NerSource source;
    const char* words;
    std::vector<RawSpan> spans;
    const char* want;
  } kRows[] = {
      {NerSource::kGmb, "President Bush met Iraqi leaders", {{0, 2, "per"}, {3, 4, "gpe"}},
       "O B-PER O B-OTH O"},
      {NerSource::kGmb, "the UK said", {{1, 2, "org"}}, "O B-LOC O"},  // metonymy
      {NerSource::kGmb, "Tehran rejected it", {{0, 1, "org"}}, "B-LOC O O"},
      {NerSource::kGmb, "the Kremlin said", {{1, 2, "org"}}, "O B-ORG O"},  // an organisation of the gazetteer
      {NerSource::kGmb, "on Facebook on Monday", {{1, 2, "art"}, {3, 4, "tim"}}, "O B-OTH O O"},
      {NerSource::kGmb, "Hurricane Katrina hit", {{0, 2, "nat"}}, "B-OTH I-OTH O"},
      {NerSource::kGmb, "an Iraqi soldier", {}, "O B-OTH O"},  // nationality word GMB missed
      {NerSource::kGum, "the University of Oxford 's gate", {{0, 5, "organization"}}, "O B-ORG I-ORG I-ORG O O"},
      {NerSource::kGum, "World War II ended", {{0, 3, "event"}}, "B-OTH I-OTH I-OTH O"},
      {NerSource::kGum, "in June", {{1, 2, "time"}}, "O O"},
      {NerSource::kGum, "the Secretary spoke", {{0, 2, "person"}}, "O O O"},  // a title is no name
      {NerSource::kGum, "Russia invaded", {{0, 1, "organization"}}, "B-LOC O"},
      {NerSource::kUner, "Capt. Spastic wrote", {{0, 2, "PER"}}, "O B-PER O"},
      {NerSource::kUner, "Del Frisco 's rocks", {{0, 3, "LOC"}}, "B-LOC I-LOC O O"},
      {NerSource::kUner, "an Iraqi soldier", {}, "O O O"},  // UNER does not annotate "other"
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.words);
    EXPECT_EQ(Labels(ApplyConventions(r.source, Split(r.words), r.spans, gaz)), r.want);
  }
}

TEST(ConventionsTest, TypeColumn) {
  EXPECT_EQ(MapCorpusType(NerSource::kGmb, "geo"), 3);
  EXPECT_EQ(MapCorpusType(NerSource::kGmb, "tim"), 0);
  EXPECT_EQ(MapCorpusType(NerSource::kGum, "abstract"), 4);
  EXPECT_EQ(MapCorpusType(NerSource::kGum, "animal"), 0);
  EXPECT_EQ(MapCorpusType(NerSource::kUner, "ORG"), 2);
  EXPECT_EQ(MapCorpusType(NerSource::kUner, "MISC"), 0);
}

}  // namespace
}  // namespace crosscheck
