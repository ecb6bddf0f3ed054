// Claim frames on invented reports: counted noun, state, place, time,
// speaker, restatements and parts. The recognizers' layers are built by
// hand (claims/claim_testing.h) so the rules are tested alone. Structure and
// counting rules are in claim_structure_test.cc, claim_topic_test.cc,
// claim_figures_test.cc (ages, restatements, tolls, populations),
// claim_frame_test.cc and claim_counting_test.cc.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "claims/claim.h"
#include "claims/claim_state.h"
#include "claims/claim_testing.h"
#include "claims/dimension.h"
#include "claims/frame.h"
#include "core/atom.h"
#include "recognize/number/quantity.h"

namespace crosscheck {
namespace {

using namespace claim_testing;

// Atom (core/atom.h), the interned string the claim and quantity fields are
// held in: it must behave as the std::string it replaced, or the output and
// every rule comparing fields would change.
TEST(ClaimAtomTest, BehavesAsTheString) {
  Atom empty;
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty.str(), "");
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_TRUE(Atom("").empty());
  Atom a("killed"), b(std::string("kil") + "led"), c("evacuated");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.data(), b.data());  // one shared copy of the text
  EXPECT_NE(a, c);
  EXPECT_TRUE(a == "killed");
  EXPECT_TRUE("killed" == a);
  EXPECT_TRUE(a == std::string("killed"));
  EXPECT_FALSE(a == "kill");
  EXPECT_EQ(a < c, std::string("killed") < std::string("evacuated"));
  EXPECT_EQ(c < a, std::string("evacuated") < std::string("killed"));
  EXPECT_TRUE(empty < a);
  EXPECT_EQ(std::hash<Atom>()(a), std::hash<std::string>()("killed"));
  EXPECT_EQ(a + " in " + c, "killed in evacuated");
  EXPECT_EQ(std::string("x") + a, "xkilled");
  EXPECT_EQ(a.find('l'), 2u);
  EXPECT_EQ(a.substr(0, 4), "kill");
  Json j = a;
  EXPECT_EQ(j.dump(), "\"killed\"");
  Atom d = a;
  d = "wounded";
  EXPECT_EQ(a, "killed");
  EXPECT_EQ(d, "wounded");
  d.clear();
  EXPECT_TRUE(d.empty());
  std::vector<Atom> v{Atom("b"), Atom("a"), Atom("c"), Atom("a")};
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0], "a");
  EXPECT_EQ(v[2], "c");
}

TEST(ClaimAtomTest, ValuesAreFreedWithTheirLastHolderAndSafeAcrossThreads) {
  std::string text;
  {
    Atom once("a value held by one atom only 12345");
    text = once.str();
  }
  // Interned again after it was freed: the same text.
  EXPECT_EQ(Atom(text).str(), text);
  // Threads make, copy and drop the same few values at once; each value
  // must read back as made (a freed or shared-wrongly value would not).
  std::vector<std::thread> threads;
  std::vector<int> bad(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([t, &bad] {
      for (int i = 0; i < 20000; ++i) {
        std::string want = "v" + std::to_string((i + t) % 37);
        Atom x(want);
        Atom y = x;
        Atom z(std::to_string(i % 3));
        if (y.str() != want || x != y || z.str() != std::to_string(i % 3)) ++bad[t];
      }
    });
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(bad[t], 0) << "thread " << t;
}

TEST(ClaimTest, StatePlaceTimeAndRestatement) {
  Built b = Build(
      "Rescue teams said about 150 villagers were trapped inside the Lysychansk refinery on Thursday. "
      "Later, 40 villagers were evacuated from the refinery. Officials said 12 people were killed there. "
      "Local media also reported that 40 villagers were evacuated from the refinery.",
      "2023-02-10",
      {{"about 150 villagers", "villagers", 150}, {"40 villagers", "villagers", 40}, {"12 people", "people", 12},
       {"40 villagers", "villagers", 40}},
      {{"on Thursday", "2023-02-09"}});
  // Only the first figure's clause is dated; the others are undated and
  // stated on the report date (as_of).
  Check(b, {{"civilian", "sheltering", "Lysychansk", "facility", "2023-02-09", "villagers sheltering in Lysychansk"},
            {"civilian", "evacuated", "Lysychansk", "facility", "", "villagers evacuated from Lysychansk", -1, -1, "",
             "2023-02-10"},
            {"person", "killed", "Lysychansk", "facility", "", "people killed in Lysychansk"},
            {"civilian", "evacuated", "Lysychansk", "facility", "", "villagers evacuated from Lysychansk", 1}});
}

// A care place is where the hurt were taken, not where the figure
// happened: the figure keeps no place of its own (the ledger gives it the
// story's), named or not; a facility still places it.
TEST(ClaimTest, CarePlacesDoNotPlaceAFigure) {
  Built b = Build(
      "Two men were injured in the shooting and underwent surgery at Royal Oak Beaumont Hospital. "
      "Five people were taken to the hospital. Three workers were trapped inside the refinery.",
      "2007-04-10",
      {{"Two men", "men", 2}, {"Five people", "people", 5}, {"Three workers", "workers", 3}}, {});
  ASSERT_EQ(b.claims.size(), 3u);
  EXPECT_EQ(b.claims[0].state, "injured");
  EXPECT_EQ(b.claims[0].place, "");
  EXPECT_EQ(b.claims[0].place_kind, "");
  EXPECT_EQ(b.claims[1].place, "");
  EXPECT_EQ(b.claims[2].place_kind, "facility");
}

TEST(ClaimTest, ImpliedStatesContainersAndIncludedGroups) {
  Built b = Build(
      "Hospitals in Kharkiv reported 14 deaths on Monday. Inside Kharkiv's Saltivka metro station, some 300 "
      "residents were sheltering, including 80 children.",
      "2023-03-07",
      {{"14 deaths", "deaths", 14}, {"some 300 residents", "residents", 300}, {"80 children", "children", 80}},
      {{"on Monday", "2023-03-06"}});
  Check(b, {{"person", "killed", "Kharkiv", "settlement", "2023-03-06", "deaths in Kharkiv"},
            {"civilian", "sheltering", "Saltivka", "facility", "", "residents sheltering in Saltivka"},
            {"child", "sheltering", "Saltivka", "facility", "", "children sheltering in Saltivka"}});
}

TEST(ClaimTest, PartsSpeakersAndFiguresWithoutMeasure) {
  Built b = Build(
      "The regional governor said that a total of 46 people, a group of 25 and another of 21, were evacuated "
      "from the port of Berdiansk. The convoy drove 140 miles to the west.",
      "",
      {{"a total of 46 people", "people", 46, QuantityKind::kCount, "", {1, 2}},
       {"a group of 25", "", 25},
       {"another of 21", "", 21},
       {"140 miles", "", 140, QuantityKind::kMeasure, "mi"}},
      {}, {{"a total of 46 people, a group of 25 and another of 21, were evacuated from the port of Berdiansk",
            "regional governor"}});
  ASSERT_EQ(b.claims.size(), 4u);
  Check(b, {{"person", "evacuated", "Berdiansk", "settlement", "", "people evacuated from Berdiansk", -1, -1, "regional governor"},
            {"", "evacuated", "Berdiansk", "settlement", "", "evacuated from Berdiansk", -1, 0, "regional governor"},
            {"", "evacuated", "Berdiansk", "settlement", "", "evacuated from Berdiansk", -1, 0, "regional governor"},
            {"", "", "", "", "", "west (length)"}});
}

TEST(ClaimTest, TheStatementDateIsAsOf) {
  Built b = Build("An official said on Friday that 70 civilians had left the plant at Avdiivka.", "2023-04-09",
                  {{"70 civilians", "civilians", 70}}, {{"on Friday", "2023-04-07"}},
                  {{"70 civilians had left the plant at Avdiivka", "An official"}});
  // "the plant at Avdiivka": the town is where the plant is, not its name.
  // The statement's date dates the statement, not the figure.
  Check(b, {{"civilian", "evacuated", "the plant", "facility", "", "civilians evacuated from the plant", -1, -1,
             "An official", "2023-04-07"}});
}

// A year that opens a clause dates a simple-past relative clause hanging
// from it (the consequence told with its cause), not a perfect one, which
// runs to the present.
TEST(ClaimTest, AYearDatesASimplePastRelativeClauseAfterIt) {
  Built b = Build(
      "In 2004, an earthquake off Aceh triggered a tsunami that killed 230,000 people. In 2014, rebels began a "
      "war that has killed 3,000 people.",
      "2013-07-02", {{"230,000 people", "people", 230000}, {"3,000 people", "people", 3000}},
      {{"2004", "2004"}, {"2014", "2014"}});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[0].time, "2004");
  EXPECT_EQ(b.claims[1].time, "");
}

// A verb of remaining passes on the state its complement names; alone or
// before a place it shelters. Captivity named by a noun is captured.
TEST(ClaimTest, AVerbOfRemainingTakesItsComplementsState) {
  Built b = Build("Six people remain missing. Four men stayed in custody. 200 civilians remain in the plant. "
                  "Gunmen took five people hostage.",
                  "2022-05-04",
                  {{"Six people", "people", 6}, {"Four men", "men", 4}, {"200 civilians", "civilians", 200},
                   {"five people", "people", 5}});
  ASSERT_EQ(b.claims.size(), 4u);
  EXPECT_EQ(b.claims[0].state, "missing");
  EXPECT_EQ(b.claims[1].state, "captured");
  EXPECT_EQ(b.claims[2].state, "sheltering");
  EXPECT_EQ(b.claims[3].state, "captured");
}

// A location the tagger found whole keeps its last word although the place
// table files it as a town ("Orleans", "Delhi"); a place noun after a name
// the tagger did not take in is still dropped ("the Azovstal Plant").
TEST(ClaimTest, ALocationFoundWholeKeepsItsLastWord) {
  Built b = Build("Eight people died in New Orleans. Ten were trapped in the Azovstal Plant.", "2013-07-02",
                  {{"Eight people", "people", 8}, {"Ten", "", 10}});
  AddEntities(b, EntityType::kLocation, {"New Orleans"});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[0].place, "New Orleans");
  EXPECT_EQ(b.claims[1].place, "Azovstal");
}

// An administrative division named by a common noun is its name's area
// when the name stands before it or after "of"; alone, or after a people's
// adjective, it is no place.
TEST(ClaimTest, ANamedDivisionIsItsNamesArea) {
  struct Row {
    const char* name;
    std::string text;
    std::vector<QSpec> qs;
    std::string place;
  };
  const Row kRows[] = {
      {"name then division", "The flood killed 300 people in Varkesh province.", {{"300 people", "people", 300}},
       "Varkesh"},
      {"division of name", "Some 400 people were killed in the province of Varkesh on Monday.",
       {{"400 people", "people", 400}}, "Varkesh"},
      {"inside a possessive container", "The storm killed 500 people in Tandoria's Varkesh region.",
       {{"500 people", "people", 500}}, "Varkesh"},
      {"an island after its name, a second division after 'and'",
       "The wave killed 600 people in Tesk island and Varkesh county.", {{"600 people", "people", 600}}, "Tesk"},
      {"alone: no place", "Fighting killed 60 soldiers in the region.", {{"60 soldiers", "soldiers", 60}}, ""},
      {"after a people's adjective: no place", "The raid killed 70 fighters in the Kurdish region.",
       {{"70 fighters", "fighters", 70}}, ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.name);
    Built b = Build(r.text, "2013-07-02", r.qs);
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].place, r.place);
  }
}

// A later figure that takes a part of this one ("over 700 of them in
// Varkesh") owns the place phrase after it.
TEST(ClaimTest, APartAfterAFigureOwnsThePlaceAfterIt) {
  Built b = Build("The wave killed more than 900 people, over 700 of them in Varkesh.", "2013-07-02",
                  {{"more than 900 people", "people", 900}, {"over 700", "", 700}});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[0].place, "");
  EXPECT_EQ(b.claims[1].place, "Varkesh");
  // Without a part between, the place after the figure is its own.
  Built c = Build("The wave killed more than 900 people in Varkesh.", "2013-07-02",
                  {{"more than 900 people", "people", 900}});
  ASSERT_EQ(c.claims.size(), 1u);
  EXPECT_EQ(c.claims[0].place, "Varkesh");
}

// A name the tagger types as a law, work, product or event is no place,
// whatever preposition stands before it.
TEST(ClaimTest, AnOtherNameIsNoPlace) {
  Built b = Build("There are 409 animals listed under the Endangered Species Act. The flaw hit 300 users in Windows. "
                  "Some 20 people sheltered in the Ukrainian-held city of Zaporizhzhia.",
                  "2009-04-28", {{"409 animals", "animals", 409}, {"300 users", "users", 300}, {"20 people", "people", 20}});
  AddEntities(b, EntityType::kOther, {"Endangered Species Act", "Windows", "Ukrainian"});
  ASSERT_EQ(b.claims.size(), 3u);
  EXPECT_EQ(b.claims[0].place, "");
  EXPECT_EQ(b.claims[1].place, "");
  EXPECT_EQ(b.claims[2].place, "Zaporizhzhia");
}

// A one-word name the tagger found no place in that is a WordNet noun of
// people or a group ("the GOP", "Democrats"), or an adjective of a people
// or faith before a noun ("a Jewish temple"), is no place; a location the
// tagger found stays one.
TEST(ClaimTest, PeoplePartiesAndTheirAdjectivesAreNoPlaces) {
  Built b = Build(
      "Four officials in the GOP disagreed. The senator has $3 million in pledges from Democrats. Two guards "
      "stood at a Jewish temple. Three protesters were arrested in Miami.",
      "2012-08-21",
      {{"Four officials", "officials", 4}, {"$3 million", "", 3000000, QuantityKind::kMoney, "USD"},
       {"Two guards", "guards", 2}, {"Three protesters", "protesters", 3}});
  AddEntities(b, EntityType::kLocation, {"Miami"});
  ASSERT_EQ(b.claims.size(), 4u);
  EXPECT_EQ(b.claims[0].place, "");
  EXPECT_EQ(b.claims[1].place, "");
  EXPECT_NE(b.claims[2].place, "Jewish");
  EXPECT_EQ(b.claims[3].place, "Miami");
}

TEST(ClaimTest, RelativesCoordinationInclusionEllipsisAndModifiers) {
  Built b = Build(
      "Rescuers reached the Pokrovsk mine on Monday. The old mine is the last refuge in the valley, beneath which "
      "an estimated 90 civilians are sheltering. Meanwhile, another 4,000 are thought to remain in Myrnohrad. "
      "Thousands of soldiers and 300 civilians were trapped inside the Vuhledar power station, including 25 "
      "children. Not one aid convoy came. Later 12 civilians fled from the Russian bombardment.",
      "2023-05-02",
      {{"an estimated 90", "civilians", 90}, {"another 4,000", "", 4000}, {"Thousands", "soldiers", 2000},
       {"300", "civilians", 300}, {"25", "children", 25}, {"one", "convoy", 1}, {"12", "civilians", 12}});
  const std::string d = "";  // no date in any clause: undated
  Check(b, {{"civilian", "sheltering", "Pokrovsk", "facility", d, "civilians sheltering in Pokrovsk"},
            {"civilian", "sheltering", "Myrnohrad", "area", d, "civilians sheltering in Myrnohrad"},
            {"combatant", "sheltering", "Vuhledar", "facility", d, "soldiers sheltering in Vuhledar"},
            {"civilian", "sheltering", "Vuhledar", "facility", d, "civilians sheltering in Vuhledar"},
            {"child", "sheltering", "Vuhledar", "facility", d, "children sheltering in Vuhledar"},
            {"", "", "", "", d, ""},
            {"civilian", "displaced", "", "", d, "civilians displaced"}});
}

TEST(ClaimTest, ANameUsedMostlyBareStaysATown) {
  // "the Kurakhove power plant" once, "Kurakhove" bare twice: a town that
  // names a plant; "the plant" is not the town.
  Built b = Build(
      "Workers left the Kurakhove power plant. Shells fell in Kurakhove again. In Kurakhove, 60 residents were "
      "trapped. Later 15 workers were evacuated from the plant.",
      "2023-06-01", {{"60 residents", "residents", 60}, {"15 workers", "workers", 15}});
  Check(b, {{"civilian", "sheltering", "Kurakhove", "area", "", "residents sheltering in Kurakhove"},
            {"", "evacuated", "the plant", "facility", "", "workers evacuated from the plant"}});
}

TEST(ClaimTest, PeopleInCampsOrTentsShelterThingsThereDoNot) {
  // Nouns of refuge are states (WordNet's camp and tent senses, like
  // "shelter"), but only for counts of people.
  Built b = Build(
      "Around 14,000 people flooded into camps on high ground. Thousands of workers have been living in tents. "
      "Three bombs fell inside the camp.",
      "2009-01-05", {{"14,000 people", "people", 14000}, {"Thousands of workers", "workers", 2000}, {"Three bombs", "bombs", 3}});
  ASSERT_EQ(b.claims.size(), 3u);
  for (int i : {0, 1}) {
    SCOPED_TRACE(b.claims[i].measure);
    EXPECT_EQ(b.claims[i].state, "sheltering");
  }
  EXPECT_EQ(b.claims[2].state, "");
}

TEST(ClaimTest, AnOwnedCampIsAFactionNotAShelter) {
  // "X's camp" and "his camp" are a side in a dispute: its members are in
  // no state. Guard: people in a camp of refuge still shelter.
  Built b = Build(
      "The plan was opposed by three state senators, all members of the party's moderate camp. "
      "Some 2,000 villagers were living in a camp near the river.",
      "2014-02-24", {{"three state senators", "senators", 3}, {"2,000 villagers", "villagers", 2000}});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[0].state, "") << b.claims[0].state_word.str();
  EXPECT_EQ(b.claims[1].state, "sheltering");
}

TEST(ClaimTest, PeopleRemainingShelterThingsRemainingDoNot) {
  // Sheltering, like the bodily states, is what people are in: "the
  // remaining 300 residents" of a siege shelter, "the remaining four
  // boats" of a chase are in no state (WordNet's kind of the noun: an
  // artifact), so another report's "four boats were captured" can meet them.
  Built b = Build("The remaining 300 residents stayed in the city. The remaining four boats stayed in the harbour.",
                  "2009-01-05", {{"300 residents", "residents", 300}, {"four boats", "boats", 4}});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[0].state, "sheltering");
  EXPECT_EQ(b.claims[1].state, "");
}

TEST(ClaimTest, OddInputsGiveClaimsWithoutCrashing) {
  // A figure at the very start and end, a place phrase cut by the text's end,
  // "there" with nothing before it.
  Built b = Build("12 civilians were trapped there in the", "", {{"12 civilians", "civilians", 12}});
  ASSERT_EQ(b.claims.size(), 1u);
  EXPECT_EQ(b.claims[0].state, "sheltering");
  EXPECT_EQ(b.claims[0].place, "");
  EXPECT_EQ(b.claims[0].time, "");
  Document doc;
  Segmentation seg;
  std::vector<Quantity> none;
  std::vector<TimeMention> times;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  EXPECT_TRUE(BuildClaims({doc, seg, none, times, entities, quotes}).empty());
  // A figure that covers no whole token, at the text's end (claims_fuzz:
  // the magnitude test read the token past the last one).
  struct Row { const char* text; const char* figure; };
  const Row kRows[] = {{"The quake 17.6", "7.6"}, {"The quake 17.6 hit", "7.6"}, {"quakes 2.5", ".5"}};
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built o = Build(r.text, "2020-01-01", {{r.figure, "", 7.6}});
    EXPECT_EQ(o.claims.size(), 1u);
  }
}

TEST(ClaimTest, JsonCarriesTheFrame) {
  Built b = Build("About 150 villagers were trapped in the Lysychansk refinery.", "2023-02-10",
                  {{"About 150 villagers", "villagers", 150}});
  Json j = ClaimToJson(b.doc, b.claims, 0);
  EXPECT_EQ(j["measure"], "villagers sheltering in Lysychansk");
  EXPECT_EQ(j["speaker"], nullptr);
  EXPECT_EQ(j["time"], nullptr);
  EXPECT_EQ(j["as_of"], "2023-02-10");
  EXPECT_EQ(j["kind"], "count");
  EXPECT_EQ(j["restates"], nullptr);
  EXPECT_EQ(j["quantity"], RecordId('q', "d", 0));
  // The frame parts the ledger compares are in the record, so a reader can
  // see why two figures were (not) lined up.
  EXPECT_EQ(j["predicate"], "trap");
  EXPECT_EQ(j["poll"], nullptr);
  EXPECT_EQ(j["landmark"], nullptr);
}

TEST(ClaimTest, JsonCarriesThePollAndTheLandmark) {
  Built b = Build("In the Gallup poll, 41 percent of voters said they would back him. "
                  "The quake struck 40 km west of Dunmore.",
                  "2023-02-10", {{"41 percent of voters", "voters", 41, QuantityKind::kPercent, "%"},
                                {"40 km", "", 40, QuantityKind::kMeasure, "km"}});
  Json share = ClaimToJson(b.doc, b.claims, 0);
  EXPECT_EQ(share["poll"], "gallup");
  EXPECT_EQ(share["predicate"], "back");  // what the voters say, read through "said"
  Json distance = ClaimToJson(b.doc, b.claims, 1);
  EXPECT_EQ(distance["landmark"], "Dunmore");
  EXPECT_EQ(distance["poll"], nullptr);
}


TEST(ClaimTest, AWeekendHoldsForItsDays) {
  // The time recognizer resolves "over the weekend" to a week value with an
  // interval; the claim holds over the weekend's days.
  const std::string text = "Around 100 civilians were rescued over the weekend.";
  Built b = Build(text, "2022-05-06", {{"Around 100 civilians", "civilians", 100}});
  ASSERT_EQ(b.claims.size(), 1u);
  EXPECT_EQ(b.claims[0].time, "");  // no time mention given: undated
  EXPECT_EQ(b.claims[0].as_of, "2022-05-06");
  TimeMention weekend;
  weekend.span = Span{static_cast<uint32_t>(text.find("the weekend")),
                      static_cast<uint32_t>(text.find("the weekend") + 11)};
  weekend.value = "2022-W17-WE";
  weekend.interval_start = "2022-04-30";
  weekend.interval_end = "2022-05-02";
  weekend.grain = "week";
  b.times.push_back(weekend);
  std::vector<Claim> claims = BuildClaims({b.doc, b.seg, b.quantities, b.times, b.entities, b.quotes});
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].time, "2022-04-30/2022-05-01");
  EXPECT_EQ(claims[0].as_of, "2022-05-06");
}

// A range's endpoints are indexes into the document's times: read in a
// window that starts after other times, "from 2007 to 2014" still holds
// from the first day of 2007 to the last of 2014 (it had read the range's
// own end, 2014-01-01, or another record's day).
TEST(ClaimTest, ARangeAfterOtherTimesHoldsFromItsFirstToItsLastYear) {
  const std::string text = "The camp opened in 2005. It took in 3,000 refugees from 2007 to 2014.";
  Built b = Build(text, "2015-07-31", {{"3,000 refugees", "refugees", 3000}});
  auto at = [&](const std::string& words, std::string value, std::string grain) {
    TimeMention m;
    m.span = Span{static_cast<uint32_t>(text.find(words)), static_cast<uint32_t>(text.find(words) + words.size())};
    m.value = std::move(value);
    m.grain = std::move(grain);
    return m;
  };
  b.times.push_back(at("2005", "2005", "year"));
  TimeMention range = at("from 2007 to 2014", "(2007-01-01,2014-01-01)", "range");
  range.interval_start = "2007-01-01";
  range.interval_end = "2014-01-01";
  range.range_from = 2;
  range.range_to = 3;
  b.times.push_back(range);
  TimeMention from = at("2007", "2007", "year"), to = at("2014", "2014", "year");
  from.part_of = to.part_of = 1;
  b.times.push_back(from);
  b.times.push_back(to);
  std::vector<Claim> claims = BuildClaims({b.doc, b.seg, b.quantities, b.times, b.entities, b.quotes});
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].time, "2007-01-01/2014-12-31");
}

// A rate the unit table does not know is named as a rate in words.
TEST(DimensionTest, AnUnknownRateReadsAsARate) {
  EXPECT_EQ(DimensionOf("d/wk").dimension, "days per week");
  EXPECT_EQ(DimensionOf("h/person").dimension, "hours per person");
  EXPECT_EQ(DimensionOf("km").dimension, "length");
  EXPECT_EQ(DimensionOf("widgets").dimension, "widgets");
}

// A bare degree is a temperature of no known scale (the number layer writes
// "arcdeg" when the sentence speaks of angles): "100 degrees" of heat is
// never an angle, and never compared with a Celsius figure.
TEST(DimensionTest, ABareDegreeIsATemperatureAndAnArcDegreeAnAngle) {
  EXPECT_EQ(DimensionOf("deg").dimension, "temperature");
  EXPECT_NE(DimensionOf("deg").dimension, DimensionOf("C").dimension);
  EXPECT_EQ(DimensionOf("arcdeg").dimension, "angle");
  EXPECT_EQ(DimensionOf("rad").dimension, "angle");
}

// Points and basis points are named in words ("28 points" in a poll lead).
TEST(DimensionTest, PointsAreNamedInWords) {
  EXPECT_EQ(DimensionOf("pt").dimension, "points");
  EXPECT_EQ(DimensionOf("bp").dimension, "basis points");
}

}  // namespace
}  // namespace crosscheck
