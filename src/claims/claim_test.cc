// Claim frames on invented reports: counted noun, state, place, time,
// speaker, restatements and parts. The recognizers' layers are built by
// hand (claims/claim_testing.h) so the rules are tested alone. Structure and
// counting rules are in claim_structure_test.cc, claim_topic_test.cc,
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

// Figures the number layer calls ages are ages, not counts of the noun
// before or durations; years it does not call ages are durations.
TEST(ClaimTest, TheNumberLayersAgesAreAges) {
  Built b = Build("He is survived by two sons, ages 16 and 9, after a 10-year illness.", "2005-06-25",
                  {{"two sons", "sons", 2}, {"ages 16", "", 16, QuantityKind::kMeasure, "yr", {}, false, "", true},
                   {"9", "", 9, QuantityKind::kMeasure, "yr", {}, false, "", true},
                   {"10-year", "", 10, QuantityKind::kMeasure, "yr"}});
  ASSERT_EQ(b.claims.size(), 4u);
  EXPECT_EQ(b.claims[1].kind, "age");
  EXPECT_EQ(b.claims[2].kind, "age");
  EXPECT_EQ(b.claims[3].kind, "duration");
}

// As many bare numbers set off after a count of people as that count are
// their ages; after a count of things they stay counts.
TEST(ClaimTest, NumbersAfterACountOfPeopleAreTheirAges) {
  Built b = Build("She lost two sons, 11 and 14, in the fire.", "2009-01-07",
                  {{"two sons", "sons", 2}, {"11", "", 11}, {"14", "", 14}});
  ASSERT_EQ(b.claims.size(), 3u);
  EXPECT_EQ(b.claims[0].kind, "count");
  EXPECT_EQ(b.claims[1].kind, "age");
  EXPECT_EQ(b.claims[2].kind, "age");
  Built t = Build("Police counted three buses, 12, 17 and 20 cars.", "2009-01-07",
                  {{"three buses", "buses", 3}, {"12", "", 12}, {"17", "", 17}, {"20 cars", "cars", 20}});
  ASSERT_EQ(t.claims.size(), 4u);
  EXPECT_EQ(t.claims[1].kind, "count");
}

// An age by the syntax of its apposition, where the entity layer named no
// person there: a capitalised word that is no place, month, function word
// or entity of another kind, set off from a bare number by commas with the
// clause going on after ("Okafor, 31, was traded"), and the antecedent of a
// relative "who" before an age reached ("Okafor, who turns 32"). The word
// is the holder, or the full name of the person named earlier with it.
TEST(ClaimTest, AnAgeIsReadFromItsAppositionsSyntax) {
  struct Row {
    std::string text;
    QSpec figure;
    std::vector<std::string> persons, locations;
    std::string kind, holder;
  };
  const Row kRows[] = {
      {"The club signed him on Monday. Okafor, 31, was traded to the club last season.", {"31", "", 31}, {}, {},
       "age", "Okafor"},
      {"Emeka Okafor joined on Monday. Later, Okafor, 31, was traded.", {"31", "", 31}, {"Emeka Okafor"}, {}, "age",
       "Emeka Okafor"},
      {"Brandt, 44, of Dayton, was charged on Friday.", {"44", "", 44}, {}, {}, "age", "Brandt"},
      // A surname that is also a town the place table knows, with no
      // preposition of place before it.
      {"Clinton, 67, said on Friday she would run.", {"67", "", 67}, {}, {}, "age", "Clinton"},
      {"Clinton, 67, said on Friday she would run.", {"67", "", 67}, {}, {"Clinton"}, "age", "Clinton"},
      {"Florida, 29, and Ohio voted early.", {"29", "", 29}, {}, {}, "count", ""},
      {"Okafor, who turns 32 in May, has hit well.", {"32", "", 32}, {}, {}, "age", "Okafor"},
      {"Okafor--who will turn 32 in May--could lead the side.", {"32", "", 32}, {}, {}, "age", "Okafor"},
      // Guards: a place, a location entity, a list going on with a name, a
      // number with no closing comma, a month, no name before "who".
      {"Six people were hurt in Leeds, 40, police said.", {"40", "", 40}, {}, {}, "count", ""},
      {"Rescuers reached Kavouhi, 12, and others.", {"12", "", 12}, {}, {"Kavouhi"}, "count", ""},
      {"Those charged were Brandt, 44, Cole and Diaz.", {"44", "", 44}, {}, {}, "count", ""},
      {"Brandt, 44 others were held.", {"44", "", 44}, {}, {}, "count", ""},
      {"Sales fell in May, 12, stores said.", {"12", "", 12}, {}, {}, "count", ""},
      {"He has a son who just turned 6.", {"6", "", 6}, {}, {}, "age", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2020-03-02", {r.figure});
    AddEntities(b, EntityType::kPerson, r.persons);
    if (!r.locations.empty()) AddEntities(b, EntityType::kLocation, r.locations);
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].kind, r.kind);
    EXPECT_EQ(b.claims[0].holder, r.holder);
    // An age reached is a birthday, a measure of its own.
    const bool reached = r.text.find("turn") != std::string::npos;
    if (r.kind == "age" && !r.holder.empty())
      EXPECT_EQ(b.claims[0].measure, (reached ? "age reached by " : "age of ") + r.holder);
  }
}

// An adverb of time between the comma and the number ("Timmons, now 16,
// was armed") leaves the apposition an age, whichever way the person is
// named: by the entity layer, by a surname of a full name given before, or
// by syntax. Places, lower-case nouns and a number that is no apposition
// stay counts.
TEST(ClaimTest, AnAdverbOfTimeMayStandInAnAgesApposition) {
  struct Row {
    std::string text;
    QSpec figure;
    std::vector<std::string> persons, locations;
    std::string kind, holder;
  };
  const Row kRows[] = {
      {"Okafor, now 31, was traded to the club.", {"31", "", 31}, {}, {}, "age", "Okafor"},
      {"Emeka Okafor joined on Monday. Later, Okafor, then 29, was traded.", {"29", "", 29}, {"Emeka Okafor"}, {},
       "age", "Emeka Okafor"},
      {"Dana Whitcombe, now 16, was armed with a handgun.", {"16", "", 16}, {"Dana Whitcombe"}, {}, "age",
       "Dana Whitcombe"},
      // Guards: a place, a lower-case noun, an adverb of another kind.
      {"Rescuers reached Kavouhi, now 12, and others.", {"12", "", 12}, {}, {"Kavouhi"}, "count", ""},
      {"The totals, now 14, were revised.", {"14", "", 14}, {}, {}, "count", ""},
      {"Okafor, nearly 31, was traded to the club.", {"31", "", 31}, {}, {}, "count", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2020-03-02", {r.figure});
    AddEntities(b, EntityType::kPerson, r.persons);
    if (!r.locations.empty()) AddEntities(b, EntityType::kLocation, r.locations);
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].kind, r.kind);
    if (r.kind == "age") EXPECT_EQ(b.claims[0].measure, "age of " + r.holder);
  }
}

// A figure said again alone in a sentence of its own, as an exclamation
// ("Three hundred and fifty two!"), is the figure of the sentence before
// with that value: it restates it and takes its frame. Another value, a
// sentence between, or a figure with words of its own do not.
TEST(ClaimTest, AFigureAloneInItsSentenceRestatesTheFigureBefore) {
  {
    Built b = Build("The rebels freed 214 hostages on Friday. Two hundred and fourteen!", "2020-03-02",
                    {{"214 hostages", "hostages", 214}, {"Two hundred and fourteen", "", 214}});
    ASSERT_EQ(b.claims.size(), 2u);
    EXPECT_EQ(b.claims[1].restates, 0);
    EXPECT_EQ(b.claims[1].measure, b.claims[0].measure);
    EXPECT_EQ(b.claims[1].counted, "hostages");
  }
  {
    Built b = Build("The rebels freed 214 hostages on Friday. Two hundred!", "2020-03-02",
                    {{"214 hostages", "hostages", 214}, {"Two hundred", "", 200}});
    ASSERT_EQ(b.claims.size(), 2u);
    EXPECT_EQ(b.claims[1].restates, -1);
    EXPECT_EQ(b.claims[1].measure, "");
  }
  {
    Built b = Build("The rebels freed 214 hostages on Friday. Talks went on. Two hundred and fourteen!", "2020-03-02",
                    {{"214 hostages", "hostages", 214}, {"Two hundred and fourteen", "", 214}});
    ASSERT_EQ(b.claims.size(), 2u);
    EXPECT_EQ(b.claims[1].restates, -1);
  }
}

// One side of a size or a vehicle's drive ("a large four-by-four car", "an
// 8-by-12 cell") counts no cars or cells: no measure. Without it, the
// "four" of "four-by-four car" made a story's "four men" ambiguous.
TEST(ClaimTest, ASideOfASizeIsNoCount) {
  struct Row {
    std::string text;
    QSpec figure;
    bool measure;
  };
  const Row kRows[] = {
      {"The men drove a large four-by-four car into the store.", {"four", "car", 4}, false},
      {"He spent a year in an 8-by-12 cell.", {"8", "cell", 8}, false},
      {"He spent a year in an 8 by 12 cell.", {"12", "cell", 12}, false},
      // Guards: "by" after a verb, a count of its own noun.
      {"The convoy drove by four cars on the road.", {"four", "cars", 4}, true},
      {"The men drove four cars into the store.", {"four", "cars", 4}, true},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2020-03-02", {r.figure});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(!b.claims[0].measure.empty(), r.measure) << b.claims[0].measure.str();
  }
}

// A vague magnitude told bare ("hundreds injured", "killing dozens") is a
// count when its clause gives it a state by syntax (AddStatedVagueCounts,
// claims/claim_state.h); the number layer reports a vague magnitude only
// before a counted noun. Without a state, after "of" or a possessive, or in
// millions (money told without its currency), nothing is added.
TEST(ClaimTest, ABareVagueMagnitudeWithAStateIsACount) {
  struct Row {
    std::string text, figure, state;  // figure "" = no figure may be added
  };
  const Row kRows[] = {
      {"Dozens were hurt when the roof of the Varnel depot gave way.", "Dozens", "injured"},
      {"The blast at the Orrin mill killed two guards and injured hundreds on Tuesday.", "hundreds", "injured"},
      {"Troops shelled the hamlet of Kessaby, killing dozens and burning the granary.", "dozens", "killed"},
      {"Hundreds injured as a stand collapsed at the Marlow ground.", "Hundreds", "injured"},
      {"Thousands have fled the Tarrow valley since the dam broke.", "Thousands", "displaced"},
      {"Supporters came to the Varnel stadium in their thousands on Sunday.", "", ""},
      {"Dozens voted against the Orrin plan at the meeting.", "", ""},
      {"The Kessaby council spent millions repairing the bridge.", "", ""},
      {"Dozens of them were hurt when the Varnel roof gave way.", "", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Document doc;
    doc.id = "d";
    doc.text = r.text;
    doc.date = "2021-03-02";
    Segmentation seg = Segment(doc.text);
    std::vector<Quantity> qs = RecognizeQuantities(doc, seg);
    const size_t before = qs.size();
    AddStatedVagueCounts(doc.text, seg, Lexicon::Default(), &qs);
    ASSERT_TRUE(std::is_sorted(qs.begin(), qs.end(),
                               [](const Quantity& a, const Quantity& b) { return a.span.start < b.span.start; }));
    if (r.figure.empty()) {
      EXPECT_EQ(qs.size(), before);
      continue;
    }
    ASSERT_EQ(qs.size(), before + 1);
    std::vector<Claim> claims = BuildClaims({doc, seg, qs, {}, {}, {}});
    bool found = false;
    for (const Claim& c : claims) {
      const Quantity& q = qs[c.quantity];
      if (q.span.Of(doc.text) != r.figure) continue;
      found = true;
      EXPECT_EQ(q.kind, QuantityKind::kCount);
      EXPECT_FALSE(q.exact);
      EXPECT_EQ(std::string(q.counted), "");
      EXPECT_EQ(c.state, r.state);
    }
    EXPECT_TRUE(found) << r.figure;
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

using namespace claim_testing;

// A report's first count of the injured told as slight is its toll
// (ReadSlightTolls, claims/claim_qualifiers.h): "two villagers slightly
// injured", with no toll before it, is the report's toll of the injured.
// After a toll, or beside one in its sentence, it stays a part; serious
// counts always do.
TEST(ClaimTest, AReportsFirstCountOfTheSlightlyInjuredIsItsToll) {
  struct Row {
    const char* name;
    std::string text;
    std::vector<QSpec> qs;
    std::vector<std::string> qualifiers;  // per claim
  };
  const Row kRows[] = {
      {"the only count", "A quake shook the island of Varo on Sunday and two villagers were slightly injured, the governor said.",
       {{"two", "villagers", 2}}, {""}},
      {"first, an older quake's toll after it",
       "Three people were lightly injured when a quake hit Varo on Sunday. A quake there in May injured almost 50.",
       {{"Three", "people", 3}, {"almost 50", "", 50}}, {"", ""}},
      {"after a toll", "Twelve people were injured in the blast in Tarvo. Four were slightly injured, police said.",
       {{"Twelve", "people", 12}, {"Four", "", 4}}, {"", "minor"}},
      {"beside a toll in its sentence", "Twelve people were injured in Tarvo, four of them slightly.",
       {{"Twelve", "people", 12}, {"four", "", 4}}, {"", "minor part"}},
      {"serious counts stay parts", "Two villagers were seriously injured in Varo on Sunday.",
       {{"Two", "villagers", 2}}, {"serious"}},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.name);
    Built b = Build(r.text, "2024-05-12", r.qs);
    ASSERT_EQ(b.claims.size(), r.qualifiers.size());
    for (size_t k = 0; k < r.qualifiers.size(); ++k) {
      EXPECT_EQ(b.claims[k].state, "injured") << k;
      EXPECT_EQ(b.claims[k].qualifiers.str(), r.qualifiers[k]) << k;
    }
  }
}

// A place's population told in its apposition or predicate ("a city of
// 160,000 people", "home to 167,000 people") is in no state and has no
// place of its own; its topic is "population" (IsPopulationFigure,
// claims/claim_state.h). A count of refugees or fighters a place is home
// to is no population.
TEST(ClaimTest, APlacesPopulationIsNoToll) {
  struct Row {
    const char* name;
    std::string text;
    std::vector<QSpec> qs;
    std::string topic, state, counted;
  };
  const Row kRows[] = {
      {"a city of N people, collapsed",
       "Two hotels in Darvik, a city of 160,000 people, collapsed in the quake.",
       {{"160,000", "people", 160000}}, "population", "", "people"},
      {"home to N people, remained",
       "Residents in Darvik, home to 167,000 people, remained wary of aftershocks.",
       {{"167,000", "people", 167000}}, "population", "", "people"},
      {"a town of about N, bare",
       "The quake killed four people in Olven, a town of about 5,000.",
       {{"about 5,000", "", 5000}}, "population", "", "people"},
      {"home to refugees shelter there",
       "Yarda is home to 22,000 refugees, officials said.",
       {{"22,000", "refugees", 22000}}, "", "", "refugees"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.name);
    Built b = Build(r.text, "2024-05-12", r.qs);
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].topic.str(), r.topic);
    if (!r.topic.empty()) {
      EXPECT_EQ(b.claims[0].state.str(), r.state);
      EXPECT_EQ(b.claims[0].place.str(), "");
    }
    EXPECT_EQ(b.claims[0].counted.str(), r.counted);
  }
}

// A state verb of a "whose" clause is said of the noun "whose" opens, not
// of the figure the clause hangs from (FindState, claims/frame.cc): "whose
// names remain" no longer shelters the members. The main verb after the
// clause ("were arrested") is not reached yet: the figure is in no state.
TEST(ClaimTest, AStateInAWhoseClauseIsItsOwnNouns) {
  struct Row {
    const char* name;
    std::string text;
    std::vector<QSpec> qs;
    std::string state;
  };
  const Row kRows[] = {
      {"no state from the whose clause",
       "Two gang members whose names remain unreleased were arrested in Delmont on Friday.",
       {{"Two", "members", 2}}, ""},
      {"no state of the figure's own",
       "Three men whose brothers were killed in the raid spoke to reporters in Delmont.",
       {{"Three", "men", 3}}, ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.name);
    Built b = Build(r.text, "2024-05-12", r.qs);
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].state.str(), r.state);
  }
}

}  // namespace
}  // namespace crosscheck
