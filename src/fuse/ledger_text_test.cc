// End to end from text: invented reports of one siege, with the number,
// time and quote layers written by hand, through BuildClaims to the ledger.
// Checks that scopes (the plant vs the town) and counted groups (civilians,
// fighters, children) stay apart and that a same-day conflict is flagged.
#include <gtest/gtest.h>

#include "claims/claim.h"
#include "fuse/ledger.h"

namespace crosscheck {
namespace {

struct Fig {
  std::string figure, counted;
  double value, band_low, band_high;
};

DocAnalysis Report(const std::string& id, const std::string& date, const std::string& text,
                   const std::vector<Fig>& figs, const std::vector<std::pair<std::string, std::string>>& quotes = {}) {
  DocAnalysis a;
  a.analysed = true;
  a.doc.id = id;
  a.doc.source = id;
  a.doc.date = date;
  a.doc.text = text;
  a.seg = Segment(text);
  size_t from = 0;
  for (const Fig& f : figs) {
    size_t at = text.find(f.figure, from);
    EXPECT_NE(at, std::string::npos) << f.figure;
    from = at + 1;
    Quantity q;
    q.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + f.figure.size())};
    q.value = f.value;
    q.low = q.band_low = f.band_low;
    q.high = q.band_high = f.band_high;
    q.conservative = f.band_low;
    q.counted = f.counted;
    size_t c = text.find(f.counted, at);
    q.counted_span = {static_cast<uint32_t>(c), static_cast<uint32_t>(c + f.counted.size())};
    a.quantities.push_back(q);
  }
  for (const auto& [clause, speaker] : quotes) {
    Quote q;
    size_t at = text.find(clause);
    EXPECT_NE(at, std::string::npos) << clause;
    q.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + clause.size())};
    q.direct = false;
    q.speaker = speaker;
    a.quotes.push_back(q);
  }
  a.claims = BuildClaims({a.doc, a.seg, a.quantities, a.times, a.entities, a.quotes});
  return a;
}

TEST(LedgerTextTest, SiegeReportsAlignByGroupPlaceAndState) {
  std::vector<DocAnalysis> docs = {
      Report("Wire", "2022-06-14",
             "About 500 civilians are sheltering in the Azot chemical plant in Sievierodonetsk, the regional "
             "governor said. Some 300 Ukrainian fighters are also holed up at the plant. Around 12,000 people "
             "remain in Sievierodonetsk.",
             {{"About 500", "civilians", 500, 450, 550},
              {"Some 300", "fighters", 300, 270, 330},
              {"Around 12,000", "people", 12000, 10800, 13200}},
             {{"About 500 civilians are sheltering in the Azot chemical plant in Sievierodonetsk", "regional governor"}}),
      Report("Daily", "2022-06-14",
             "As many as 1,200 civilians were trapped inside the Azot plant, a local official said. Roughly "
             "12,500 residents are still in Sievierodonetsk.",
             {{"As many as 1,200", "civilians", 1200, 1000, 1200}, {"Roughly 12,500", "residents", 12500, 11250, 13750}},
             {{"As many as 1,200 civilians were trapped inside the Azot plant", "a local official"}}),
      Report("Herald", "2022-06-16",
             "Some 70 children are sheltering in the Azot plant. Earlier, 30 civilians were evacuated from the plant.",
             {{"Some 70", "children", 70, 63, 77}, {"30", "civilians", 30, 30, 30}}),
  };
  std::vector<LedgerEntry> got = BuildLedger(docs, {0, 1, 2}, {-1, -1, -1});
  std::string listing;
  for (const LedgerEntry& e : got) listing += e.measure + " (" + e.agreement + "): " + e.why + "\n";
  SCOPED_TRACE(listing);

  struct Want {
    std::string measure;
    std::vector<std::string> speakers;  // of the entry's claims, in order
    std::string agreement;
  };
  const Want kWant[] = {
      {"civilians sheltering in Azot", {"regional governor", "a local official"}, "disagree"},
      {"fighters sheltering in Azot", {""}, "single"},
      {"people sheltering in Sievierodonetsk", {"", ""}, "agree"},
      {"children sheltering in Azot", {""}, "single"},
      {"civilians evacuated from Azot", {""}, "single"},
  };
  ASSERT_EQ(got.size(), std::size(kWant));
  for (size_t i = 0; i < got.size(); ++i) {
    SCOPED_TRACE(kWant[i].measure);
    EXPECT_EQ(got[i].measure, kWant[i].measure);
    EXPECT_EQ(got[i].agreement, kWant[i].agreement);
    ASSERT_EQ(got[i].claims.size(), kWant[i].speakers.size());
    for (size_t k = 0; k < got[i].claims.size(); ++k) {
      const ClaimRef& r = got[i].claims[k];
      EXPECT_EQ(docs[r.doc].claims[r.claim].speaker, kWant[i].speakers[k]);
    }
  }
  EXPECT_NE(got[0].why.find("the bands do not overlap and both hold on 2022-06-14"), std::string::npos);
  EXPECT_FALSE(got[0].consensus.has_value());
  ASSERT_TRUE(got[2].consensus.has_value());
  EXPECT_EQ(got[2].consensus->first, 11250);
  EXPECT_EQ(got[2].consensus->second, 13200);
}

// Three reports of one seizure name the same seven rifles by the model
// alone ("seven AK-47s"), by the model and the noun it modifies ("seven
// AK-47 assault rifles") and with the model's number written apart ("six
// AK 47 rifles"): one entry, apart from the pirates and the other rifles.
TEST(LedgerTextTest, ACountNamedByItsModelMeetsTheNounTheModelModifies) {
  std::vector<DocAnalysis> docs = {
      Report("Wire", "2008-11-12",
             "Indian marines seized seven AK-47s, three other automatic rifles and 13 loaded magazines from the "
             "pirate boats.",
             {{"seven", "", 7, 7, 7}, {"three", "rifles", 3, 3, 3}, {"13", "magazines", 13, 13, 13}}),
      Report("Daily", "2008-11-12",
             "The commandos found seven AK-47 assault rifles and 13 magazines on board, the navy said.",
             {{"seven", "rifles", 7, 7, 7}, {"13", "magazines", 13, 13, 13}}),
      Report("Herald", "2008-11-13", "Sailors nabbed 23 pirates with seven AK 47 rifles and 13 magazines.",
             {{"23", "pirates", 23, 23, 23}, {"seven", "", 7, 7, 7}, {"13", "magazines", 13, 13, 13}}),
  };
  std::vector<LedgerEntry> got = BuildLedger(docs, {0, 1, 2}, {-1, -1, -1});
  std::string listing;
  for (const LedgerEntry& e : got) listing += e.measure + " (" + std::to_string(e.claims.size()) + ")\n";
  SCOPED_TRACE(listing);
  auto entry_of = [&](int doc, int claim) {
    for (size_t i = 0; i < got.size(); ++i)
      for (const ClaimRef& r : got[i].claims)
        if (r.doc == doc && r.claim == claim) return static_cast<int>(i);
    return -1;
  };
  ASSERT_GE(entry_of(0, 0), 0);
  EXPECT_EQ(entry_of(0, 0), entry_of(1, 0));  // AK-47s ~ AK-47 assault rifles
  EXPECT_EQ(entry_of(0, 0), entry_of(2, 1));  // ~ AK 47 rifles
  EXPECT_NE(entry_of(0, 0), entry_of(0, 1));  // not the three other rifles
  EXPECT_NE(entry_of(0, 0), entry_of(2, 0));  // nor the pirates
  EXPECT_EQ(entry_of(0, 2), entry_of(1, 1));  // the magazines meet as before
}

// Two quakes of one story, 7.6 and 7.4 in one report, 7.6 and 7.5 in
// another: 7.5 is as near to 7.6 as to 7.4, but each report lists the
// quakes in one order, so the second meets the second. A magnitude told
// alone ("the 7.6 quake") still meets the first.
TEST(LedgerTextTest, ListedMagnitudesMeetByTheirPlaceInTheList) {
  std::vector<DocAnalysis> docs = {
      Report("Wire", "2009-01-05", "Two quakes, measuring 7.6 and 7.4, struck west of Manokwari on Sunday.",
             {{"7.6", "", 7.6, 7.55, 7.65}, {"7.4", "", 7.4, 7.35, 7.45}}),
      Report("Daily", "2009-01-05",
             "Aftershocks rattled the city that was hit by the 7.6 and 7.5 magnitude quakes early on Sunday.",
             {{"7.6", "", 7.6, 7.55, 7.65}, {"7.5", "", 7.5, 7.45, 7.55}}),
      Report("Herald", "2009-01-06", "Residents fled as the 7.6 magnitude quake struck on Sunday.",
             {{"7.6", "", 7.6, 7.55, 7.65}}),
  };
  std::vector<LedgerEntry> got = BuildLedger(docs, {0, 1, 2}, {-1, -1, -1});
  std::string listing;
  for (const LedgerEntry& e : got) listing += e.measure + " (" + std::to_string(e.claims.size()) + ")\n";
  SCOPED_TRACE(listing);
  auto entry_of = [&](int doc, int claim) {
    for (size_t i = 0; i < got.size(); ++i)
      for (const ClaimRef& r : got[i].claims)
        if (r.doc == doc && r.claim == claim) return static_cast<int>(i);
    return -1;
  };
  ASSERT_GE(entry_of(0, 1), 0);
  EXPECT_EQ(entry_of(0, 1), entry_of(1, 1));  // 7.4 ~ 7.5: the second quake
  EXPECT_EQ(entry_of(0, 0), entry_of(1, 0));  // 7.6 ~ 7.6: the first
  EXPECT_NE(entry_of(0, 0), entry_of(0, 1));
  EXPECT_EQ(entry_of(0, 0), entry_of(2, 0));  // told alone, it meets the first
}

// The hospitalised are a sub-group of the hurt, a measure of their own
// (data/lexicon/overrides.tsv): "50 people were hospitalised" never joins
// the toll of the injured, whatever the values, and the two spellings meet.
TEST(LedgerTextTest, TheHospitalisedAreAMeasureApartFromTheInjured) {
  struct Row {
    const char* name;
    std::string a, b;
    std::vector<Fig> fa, fb;
    // (doc, claim) pairs that share an entry, and pairs that do not.
    std::vector<std::pair<std::pair<int, int>, std::pair<int, int>>> same, apart;
  };
  const Row kRows[] = {
      {"a toll and the hospitalised, told by two reports",
       "The quake injured 60 people, officials said. At least 50 people were hospitalised with broken bones.",
       "About 60 people were hurt in the quake. Some 50 people were hospitalized, a health official said.",
       {{"60", "people", 60, 60, 60}, {"At least 50", "people", 50, 50, 60}},
       {{"About 60", "people", 60, 54, 66}, {"Some 50", "people", 50, 45, 55}},
       {{{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}},
       {{{0, 0}, {1, 1}}, {{0, 1}, {1, 0}}}},
      {"the hospitalised beside the injured of another report, values met",
       "Forty people were hospitalised after the blast.",
       "The blast wounded 40 people, police said.",
       {{"Forty", "people", 40, 40, 40}},
       {{"40", "people", 40, 40, 40}},
       {},
       {{{0, 0}, {1, 0}}}},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.name);
    std::vector<DocAnalysis> docs = {Report("Wire", "2024-03-04", r.a, r.fa), Report("Daily", "2024-03-04", r.b, r.fb)};
    std::vector<LedgerEntry> got = BuildLedger(docs, {0, 1}, {-1, -1});
    std::string listing;
    for (const LedgerEntry& e : got) listing += e.measure + " (" + std::to_string(e.claims.size()) + ")\n";
    SCOPED_TRACE(listing);
    auto entry_of = [&](std::pair<int, int> f) {
      for (size_t i = 0; i < got.size(); ++i)
        for (const ClaimRef& c : got[i].claims)
          if (c.doc == f.first && c.claim == f.second) return static_cast<int>(i);
      return -1;
    };
    for (const auto& [x, y] : r.same) {
      ASSERT_GE(entry_of(x), 0);
      EXPECT_EQ(entry_of(x), entry_of(y));
    }
    for (const auto& [x, y] : r.apart) {
      ASSERT_GE(entry_of(x), 0);
      ASSERT_GE(entry_of(y), 0);
      EXPECT_NE(entry_of(x), entry_of(y));
    }
  }
}

// Acts done to one person each count the people they were done to
// (data/lexicon/overrides.tsv `implies`): "four murders" are four people
// killed, "23 arrests" 23 people arrested. A count of such acts meets the
// toll told with the verb or told bare ("killed five" ~ "five deaths": a
// noun that names its state counts people, fuse/lexicon.cc GroupMatch), and
// stays apart from another state's count.
TEST(LedgerTextTest, ActsDoneToOnePersonEachCountThePeople) {
  struct Row {
    const char* name;
    std::string a, b;
    std::vector<Fig> fa, fb;
    std::vector<std::pair<std::pair<int, int>, std::pair<int, int>>> same, apart;
  };
  const Row kRows[] = {
      {"murders and people killed",
       "Detectives in Marlow County are investigating four murders since Friday.",
       "Four people have been killed in Marlow County since Friday, the sheriff said.",
       {{"four", "murders", 4, 4, 4}},
       {{"Four", "people", 4, 4, 4}},
       {{{0, 0}, {1, 0}}},
       {}},
      {"arrests and protesters arrested",
       "Police made 23 arrests during the march through Dunmore on Saturday.",
       "Officers arrested 23 protesters during the march through Dunmore on Saturday.",
       {{"23", "arrests", 23, 23, 23}},
       {{"23", "protesters", 23, 23, 23}},
       {{{0, 0}, {1, 0}}},
       {}},
      {"a bare toll and deaths, values apart",
       "A blast at a market in Tarvo on Monday killed five, police said.",
       "Police counted six deaths after the blast at a market in Tarvo on Monday.",
       {{"five", "", 5, 5, 5}},
       {{"six", "deaths", 6, 6, 6}},
       {{{0, 0}, {1, 0}}},
       {}},
      {"a bare count arrested and arrests, values near",
       "Police arrested 46 in Dunmore on Saturday night.",
       "Officers made about 50 arrests in Dunmore on Saturday night.",
       {{"46", "", 46, 46, 46}},
       {{"about 50", "arrests", 50, 45, 55}},
       {{{0, 0}, {1, 0}}},
       {}},
      {"killings and another state's count",
       "The militia is blamed for three killings in Tarvo this week.",
       "Three villagers were wounded in Tarvo this week.",
       {{"three", "killings", 3, 3, 3}},
       {{"Three", "villagers", 3, 3, 3}},
       {},
       {{{0, 0}, {1, 0}}}},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.name);
    std::vector<DocAnalysis> docs = {Report("Wire", "2024-03-04", r.a, r.fa), Report("Daily", "2024-03-04", r.b, r.fb)};
    std::vector<LedgerEntry> got = BuildLedger(docs, {0, 1}, {-1, -1});
    std::string listing;
    for (const LedgerEntry& e : got) listing += e.measure + " (" + std::to_string(e.claims.size()) + ")\n";
    SCOPED_TRACE(listing);
    auto entry_of = [&](std::pair<int, int> f) {
      for (size_t i = 0; i < got.size(); ++i)
        for (const ClaimRef& c : got[i].claims)
          if (c.doc == f.first && c.claim == f.second) return static_cast<int>(i);
      return -1;
    };
    for (const auto& [x, y] : r.same) {
      ASSERT_GE(entry_of(x), 0);
      EXPECT_EQ(entry_of(x), entry_of(y));
    }
    for (const auto& [x, y] : r.apart) {
      ASSERT_GE(entry_of(x), 0);
      ASSERT_GE(entry_of(y), 0);
      EXPECT_NE(entry_of(x), entry_of(y));
    }
  }
}

}  // namespace
}  // namespace crosscheck
