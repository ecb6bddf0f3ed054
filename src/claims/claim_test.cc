// Claim frames on invented reports: counted noun, state, place, time,
// speaker, restatements and parts. The recognizers' layers are built by
// hand so the rules are tested alone.
#include "claims/claim.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "claims/frame.h"

namespace crosscheck {
namespace {

struct QSpec {
  std::string figure;   // substring of the text (first occurrence after `after`)
  std::string counted;  // counted noun inside the figure, "" = none
  double value;
  QuantityKind kind = QuantityKind::kCount;
  std::string unit = "";
  std::vector<int> parts = {};
};

struct TSpec {
  std::string text;
  std::string value;
  std::string grain = "";
};

struct QuoteSpec {
  std::string clause;
  std::string speaker;
};

struct Built {
  Document doc;
  Segmentation seg;
  std::vector<Quantity> quantities;
  std::vector<TimeMention> times;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Claim> claims;
};

Span Find(const std::string& text, const std::string& what, size_t from = 0) {
  size_t at = text.find(what, from);
  EXPECT_NE(at, std::string::npos) << what;
  if (at == std::string::npos) return {};
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
}

Built Build(const std::string& text, const std::string& date, const std::vector<QSpec>& qs,
            const std::vector<TSpec>& ts = {}, const std::vector<QuoteSpec>& quotes = {}) {
  Built b;
  b.doc.id = "d";
  b.doc.text = text;
  if (!date.empty()) b.doc.date = date;
  b.seg = Segment(text);
  size_t from = 0;
  for (const QSpec& s : qs) {
    Quantity q;
    q.span = Find(text, s.figure, from);
    from = q.span.start + 1;
    q.kind = s.kind;
    q.unit = s.unit;
    q.value = s.value;
    q.band_low = q.band_high = q.low = q.high = s.value;
    q.counted = s.counted;
    if (!s.counted.empty()) q.counted_span = Find(text, s.counted, q.span.start);
    q.parts = s.parts;
    b.quantities.push_back(q);
  }
  for (const TSpec& t : ts) {
    TimeMention m;
    m.span = Find(text, t.text);
    m.value = t.value;
    m.grain = t.grain;
    b.times.push_back(m);
  }
  for (const QuoteSpec& qs : quotes) {
    Quote q;
    q.span = Find(text, qs.clause);
    q.direct = false;
    q.speaker = qs.speaker;
    b.quotes.push_back(q);
  }
  b.claims = BuildClaims({b.doc, b.seg, b.quantities, b.times, b.entities, b.quotes});
  return b;
}

struct Want {
  std::string group, state, place, place_kind, time, measure;
  int restates = -1;
  int part_of = -1;
  std::string speaker = "";
  std::string as_of = "";
};

void Check(const Built& b, const std::vector<Want>& want) {
  ASSERT_EQ(b.claims.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const Claim& c = b.claims[i];
    const Want& w = want[i];
    SCOPED_TRACE("claim " + std::to_string(i) + ": " + c.measure + " [" + c.state_word + "|" + c.place_text + "]");
    EXPECT_EQ(c.quantity, static_cast<int>(i));
    EXPECT_EQ(c.group, w.group);
    EXPECT_EQ(c.state, w.state);
    EXPECT_EQ(c.place, w.place);
    EXPECT_EQ(c.place_kind, w.place_kind);
    EXPECT_EQ(c.time, w.time);
    EXPECT_EQ(c.measure, w.measure);
    EXPECT_EQ(c.restates, w.restates);
    EXPECT_EQ(c.part_of, w.part_of);
    EXPECT_EQ(c.speaker, w.speaker);
    if (!w.as_of.empty()) {
      EXPECT_EQ(c.as_of, w.as_of);
    }
  }
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
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

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

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// Each figure takes its own verb: the verb it is the object of beats a verb
// later in the clause; a verb of a wanted action ("in rescuing") is no state,
// a participle's "of" reports the act ("suspected of shooting"); the whole of
// a partitive ("two of the three victims died") leaves the verb to its part.
TEST(ClaimTest, StatesAttachToEachFiguresOwnVerb) {
  struct Row {
    std::string text;
    std::vector<QSpec> figures;
    std::vector<std::string> states;
  };
  const Row kRows[] = {
      {"The blast killed 5 and wounded 12 near the market.", {{"5", "", 5}, {"12", "", 12}}, {"killed", "injured"}},
      {"Gunman kills 1, injures 2 at accounting office.", {{"1", "", 1}, {"2", "", 2}}, {"killed", "injured"}},
      {"A man shot to death one person and injured two others.", {{"one person", "person", 1}, {"two others", "", 2}},
       {"killed", "injured"}},
      {"They called for help in rescuing the 2,000 people holding out in the plant.", {{"2,000 people", "people", 2000}},
       {"fighting"}},
      {"A man suspected of shooting three people, killing one, was arrested.",
       {{"three people", "people", 3}, {"one", "", 1}}, {"shot", "killed"}},
      {"News reported that two of the three victims died.", {{"two", "", 2}, {"three victims", "victims", 3}},
       {"killed", ""}},
      {"He was accused of killing 5 people and later arrested.", {{"5 people", "people", 5}}, {"killed"}},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2022-05-06", r.figures);
    ASSERT_EQ(b.claims.size(), r.states.size());
    for (size_t i = 0; i < r.states.size(); ++i) EXPECT_EQ(b.claims[i].state, r.states[i]) << i;
  }
}

// What a figure measures beyond its noun: kind, qualifiers, holder, topic.
TEST(ClaimTest, KindsQualifiersHoldersAndTopics) {
  Built b = Build(
      "Cesar Sayoc, 56, was charged. The couple paid $43,885,310 in federal taxes. Twelve people were critically "
      "injured, and another 20 were hurt. The quake struck 75 km west of Manokwari.",
      "2018-10-26",
      {{"56", "", 56},
       {"$43,885,310", "", 43885310, QuantityKind::kMoney, "USD"},
       {"Twelve people", "people", 12},
       {"another 20", "", 20},
       {"75 km", "", 75, QuantityKind::kMeasure, "km"}});
  Entity sayoc;
  sayoc.span = Find(b.doc.text, "Cesar Sayoc");
  sayoc.type = EntityType::kPerson;
  sayoc.name = "Cesar Sayoc";
  b.entities.push_back(sayoc);
  std::vector<Claim> c = BuildClaims({b.doc, b.seg, b.quantities, b.times, b.entities, b.quotes});
  ASSERT_EQ(c.size(), 5u);
  EXPECT_EQ(c[0].kind, "age");
  EXPECT_EQ(c[0].holder, "Cesar Sayoc");
  EXPECT_EQ(c[1].kind, "money");
  EXPECT_EQ(c[1].topic, "federal tax");
  EXPECT_EQ(c[2].qualifiers, "critical");
  EXPECT_EQ(c[2].state, "injured");
  EXPECT_EQ(c[3].qualifiers, "more");
  EXPECT_EQ(c[4].kind, "length");
  EXPECT_EQ(c[4].landmark, "Manokwari");
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// A place in the matrix clause does not place a figure inside a relative
// clause further on; the antecedent's own place does.
TEST(ClaimTest, APlaceBeforeARelativeClauseIsAnotherClauses) {
  Built b = Build(
      "While they pounded away at the Avdiivka plant, the army stalled elsewhere, ten weeks into a war that has "
      "killed 3,000 people. The shelling in Kherson that killed 20 people went on.",
      "2023-02-10", {{"3,000 people", "people", 3000}, {"20 people", "people", 20}}, {});
  Check(b, {{"person", "killed", "", "", "", "people killed"},
            {"person", "killed", "Kherson", "area", "", "people killed in Kherson"}});
}

// A duration that places the report in time is no measure; one that is the
// fact itself (a sentence, a shutdown's length) is.
TEST(ClaimTest, ADurationThatPlacesTheReportInTimeIsNoMeasure) {
  Built b = Build(
      "Ten weeks into the war, the army stalled. Two days after the blast, he got a 10-year sentence. "
      "The shutdown lasted 35 days.",
      "2023-02-10",
      {{"Ten weeks", "", 10, QuantityKind::kMeasure, "wk"}, {"Two days", "", 2, QuantityKind::kMeasure, "d"},
       {"10-year", "", 10, QuantityKind::kMeasure, "yr"}, {"35 days", "", 35, QuantityKind::kMeasure, "d"}});
  ASSERT_EQ(b.claims.size(), 4u);
  const bool want[] = {false, false, true, true};
  for (size_t i = 0; i < 4; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(b.claims[i].kind, "duration");
    EXPECT_EQ(!b.claims[i].measure.empty(), want[i]) << b.claims[i].measure;
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// What a sum is of: the phrase after its preposition, carried through a
// purpose ("funding for a wall"), never past a preposition ("a wall along
// the border").
TEST(ClaimTest, ASumsTopicFollowsItsPurpose) {
  struct Row {
    const char* text;
    const char* figure;
    const char* topic;
  };
  const Row kRows[] = {
      {"He wants $5 billion in funding for a wall.", "$5 billion", "funding wall"},
      {"He asked for $5 billion in funds for his long-promised wall.", "$5 billion", "fund long-promised wall"},
      {"Congress spent $5 billion on a wall along the southern border.", "$5 billion", "wall"},
      {"The couple paid $43 million in federal taxes for 2014.", "$43 million", "federal tax"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2019-01-02", {{r.figure, "", 5e9, QuantityKind::kMoney, "USD"}});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].topic, r.topic);
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// Frames read from the sentence's structure: an age set off by commas, a
// fraction after a word for a quake (a magnitude, not a count of quakes),
// a state that only living things are in, a noun phrase with a verb of its
// own, "since" opening a span, a definite count that refers back.
TEST(ClaimTest, StructureDecidesAgesMagnitudesStatesAndReferences) {
  struct Row {
    std::string text;
    std::vector<QSpec> figures;
    std::vector<std::string> kinds;   // per figure
    std::vector<std::string> states;  // per figure
    std::vector<int> restates;        // per figure
    std::string person = "";          // a person entity of the text
  };
  const Row kRows[] = {
      {"Police located Anthony LaCalamita, 38, of Troy after the shooting.", {{"38", "", 38}}, {"age"}, {""}, {-1},
       "Anthony LaCalamita"},
      {"Police located Anthony LaCalamita, 38 after the shooting.", {{"38", "", 38}}, {"count"}, {"shot"}, {-1},
       "Anthony LaCalamita"},
      {"Two quakes, measuring 7.6 and 7.4, struck on Sunday.",
       {{"Two quakes", "quakes", 2}, {"7.6", "", 7.6}, {"7.4", "", 7.4}},
       {"count", "magnitude", "magnitude"}, {"", "", ""}, {-1, -1, -1}},
      {"The quake killed one person and destroyed hundreds of buildings.",
       {{"one person", "person", 1}, {"hundreds of buildings", "buildings", 200}}, {"count", "count"},
       {"killed", ""}, {-1, -1}},
      {"Five people were killed, 250 others injured and more than 800 homes destroyed.",
       {{"Five people", "people", 5}, {"250 others", "", 250}, {"800 homes", "homes", 800}},
       {"count", "count", "count"}, {"killed", "injured", ""}, {-1, -1, -1}},
      {"A gunman shot three people at an office. The three victims were taken to hospital.",
       {{"three people", "people", 3}, {"three victims", "victims", 3}}, {"count", "count"}, {"shot", ""}, {-1, 0}},
      {"A gunman shot three people at an office. All three of the people were targeted.",
       {{"three people", "people", 3}, {"three of", "", 3}}, {"count", "count"}, {"shot", ""}, {-1, 0}},
      {"A gunman shot three people at an office. Three workers were at home.",
       {{"three people", "people", 3}, {"Three workers", "workers", 3}}, {"count", "count"}, {"shot", ""}, {-1, -1}},
      {"A gunman shot three people at an office. The three buildings were closed.",
       {{"three people", "people", 3}, {"three buildings", "buildings", 3}}, {"count", "count"}, {"shot", ""},
       {-1, -1}},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2007-04-10", r.figures);
    if (!r.person.empty()) {
      Entity e;
      e.span = Find(b.doc.text, r.person);
      e.type = EntityType::kPerson;
      e.name = r.person;
      b.entities.push_back(e);
      b.claims = BuildClaims({b.doc, b.seg, b.quantities, b.times, b.entities, b.quotes});
    }
    ASSERT_EQ(b.claims.size(), r.kinds.size());
    for (size_t i = 0; i < r.kinds.size(); ++i) {
      SCOPED_TRACE(i);
      EXPECT_EQ(b.claims[i].kind, r.kinds[i]);
      EXPECT_EQ(b.claims[i].state, r.states[i]);
      EXPECT_EQ(b.claims[i].restates, r.restates[i]);
    }
  }
}

// A magnitude's clause says what the quake did, not what is measured; a
// date opened by "since" holds until the report.
TEST(ClaimTest, AMagnitudeHasNoTopicAndSinceOpensASpan) {
  Built b = Build("The 7.7 magnitude quake damaged 42 buildings. They have paid $43 million in taxes since 2007.",
                  "2015-07-31",
                  {{"7.7 magnitude", "", 7.7, QuantityKind::kMeasure, "magnitude"},
                   {"$43 million", "", 43e6, QuantityKind::kMoney, "USD"}},
                  {{"2007", "2007"}});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[0].topic, "");
  EXPECT_EQ(b.claims[0].predicate, "");
  EXPECT_EQ(b.claims[1].time, "2007-01-01/2015-07-31");
  Built c = Build("They have paid $43 million in taxes in 2007.", "2015-07-31",
                  {{"$43 million", "", 43e6, QuantityKind::kMoney, "USD"}}, {{"2007", "2007"}});
  ASSERT_EQ(c.claims.size(), 1u);
  EXPECT_EQ(c.claims[0].time, "2007");
  // A fraction takes no counted noun from the figure before it.
  Built d = Build("An estimated 200 civilians fled. Another 2.5 were hurt.", "2015-07-31",
                  {{"200 civilians", "civilians", 200}, {"2.5", "", 2.5}});
  ASSERT_EQ(d.claims.size(), 2u);
  EXPECT_EQ(d.claims[1].counted, "");
  EXPECT_EQ(d.claims[1].measure, "injured");
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// A count in the "of" of a harm done is in its state, not a wanted one's; an
// apposition that breaks a count down counts a part of it.
TEST(ClaimTest, HarmNounsOfAndBreakdownAppositions) {
  Built b = Build(
      "The deaths of three bank workers shocked the city. The three victims, two women and a man, died in the "
      "fire. Police confirmed the arrest of five men. A truce was agreed to allow for the evacuation of 200 "
      "civilians stranded in the plant.",
      "2010-05-06",
      {{"three bank workers", "workers", 3},
       {"three victims", "victims", 3},
       {"two women", "women", 2},
       {"five men", "men", 5},
       {"200 civilians", "civilians", 200}});
  ASSERT_EQ(b.claims.size(), 5u);
  EXPECT_EQ(b.claims[0].state, "killed") << b.claims[0].state_word;
  EXPECT_EQ(b.claims[1].state, "killed");
  EXPECT_EQ(b.claims[1].qualifiers, "");
  EXPECT_EQ(b.claims[2].qualifiers, "part");
  EXPECT_EQ(b.claims[3].state, "captured");
  EXPECT_EQ(b.claims[4].state, "sheltering");  // an evacuation wanted, not done: stranded
}


// A count followed by an active state verb with a figure for object is the
// agent: "two quakes killed more than 250 people" counts quakes, not dead.
TEST(ClaimTest, TheAgentOfAStateVerbIsNotInItsState) {
  Built b = Build(
      "Two quakes killed more than 250 people. Three gunmen shot 12 students. Five people were killed by the "
      "blast and 20 were injured.",
      "2012-08-12",
      {{"Two quakes", "quakes", 2},
       {"more than 250 people", "people", 250},
       {"Three gunmen", "gunmen", 3},
       {"12 students", "students", 12},
       {"Five people", "people", 5},
       {"20", "", 20}});
  ASSERT_EQ(b.claims.size(), 6u);
  EXPECT_EQ(b.claims[0].state, "");
  EXPECT_EQ(b.claims[1].state, "killed");
  EXPECT_EQ(b.claims[2].state, "");
  EXPECT_EQ(b.claims[3].state, "shot");
  EXPECT_EQ(b.claims[4].state, "killed");  // passive: the one in the state
  EXPECT_EQ(b.claims[5].state, "injured");
}


// People in a medical condition are the injured, with its severity; the
// condition after a later figure is that figure's.
TEST(ClaimTest, PatientsInAConditionAreInjured) {
  Built b = Build("Of the 58 wounded, 11 remained in critical condition. Nine victims are in serious condition.",
                  "2012-07-21", {{"58 wounded", "wounded", 58}, {"11", "", 11}, {"Nine victims", "victims", 9}});
  ASSERT_EQ(b.claims.size(), 3u);
  EXPECT_EQ(b.claims[0].qualifiers, "");
  EXPECT_EQ(b.claims[1].state, "injured");
  EXPECT_EQ(b.claims[1].qualifiers, "critical part");  // a part of the 58, set off by a comma
  EXPECT_EQ(b.claims[2].state, "injured");
  EXPECT_EQ(b.claims[2].qualifiers, "serious");
}


// A bare count before a noun phrase the number layer did not read takes
// the last noun WordNet knows in it.
TEST(ClaimTest, ABareCountTakesTheNounAfterItsModifiers) {
  Built b = Build("He met the eight top Democratic and Republican congressional leaders.\n\nThen 12 approved it.",
                  "2019-01-02", {{"eight", "", 8}, {"12", "", 12}});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[0].counted, "leaders");
  EXPECT_EQ(b.claims[0].measure, "leaders");
  EXPECT_EQ(b.claims[1].counted, "");  // a verb follows: no noun
}


// A bare number inside a date is part of the date, not a count.
TEST(ClaimTest, ANumberInsideADateIsNoCount) {
  Built b = Build("The poll surveyed 1,000 voters from Oct. 8 to 10.", "2016-10-11",
                  {{"1,000 voters", "voters", 1000}, {"8 to 10", "", 10}},
                  {{"Oct. 8 to 10", "2016-10-08", "range"}});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[0].measure, "voters");
  EXPECT_EQ(b.claims[1].measure, "");
}

// "a mother of 12": the figure counts the parent's children (WordNet's
// kinds of parent and grandparent), not mothers; the clause's verb and its
// date are the parent's. Another head before "of" keeps its reading.
TEST(ClaimTest, AParentOfNCountsChildren) {
  struct Row {
    std::string text;
    QSpec figure;
    std::vector<TSpec> times;
    std::string counted_lemma, state, time;
  };
  const Row kRows[] = {
      {"A gunman shot a father of three outside the school.", {"three", "", 3}, {}, "child", "", ""},
      {"Rescuers found a mom of five trapped in the rubble.", {"five", "", 5}, {}, "child", "", ""},
      {"A grandmother of seven was killed in the blast in 2019.", {"seven", "", 7}, {{"2019", "2019", "year"}},
       "grandchild", "", ""},
      {"A father of two sons was injured in the crash.", {"two sons", "sons", 2}, {}, "son", "injured", ""},
      {"A convoy of 12 trucks was attacked near the border.", {"12 trucks", "trucks", 12}, {}, "truck", "", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2020-03-02", {r.figure}, r.times);
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].kind, "count");
    EXPECT_EQ(b.claims[0].counted_lemma, r.counted_lemma);
    EXPECT_EQ(b.claims[0].state, r.state);
    EXPECT_EQ(b.claims[0].time, r.time);
  }
}

// A bare number right after a person's name and a comma is the person's age:
// it borrows no noun from an earlier figure of the paragraph, and the
// apposition closes at the next apposed name or the person's finite verb.
TEST(ClaimTest, ABareNumberAfterAPersonsNameIsAnAge) {
  struct Row {
    std::string text;
    std::vector<QSpec> figures;
    std::vector<std::string> persons;
    std::vector<std::string> kinds;
  };
  const Row kRows[] = {
      {"Six people were wounded. Police arrested Tom Reed, 39, at his home.", {{"Six people", "people", 6}, {"39", "", 39}},
       {"Tom Reed"}, {"count", "age"}},
      {"Six people were wounded when Ana Ruiz, 23 and Tom Reed, 39, opened fire.",
       {{"Six people", "people", 6}, {"23", "", 23}, {"39", "", 39}}, {"Ana Ruiz", "Tom Reed"},
       {"count", "age", "age"}},
      {"Ana Ruiz, 23 was found guilty of killing two men.", {{"23", "", 23}, {"two men", "men", 2}}, {"Ana Ruiz"},
       {"age", "count"}},
      // No person before the comma: a count ("the attack killed civilians, 40
      // of them children" is not an age).
      {"Six people were wounded in Leeds, 40 were evacuated.", {{"Six people", "people", 6}, {"40", "", 40}}, {},
       {"count", "count"}},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2020-03-02", r.figures);
    for (const std::string& p : r.persons) {
      Entity e;
      e.span = Find(b.doc.text, p);
      e.type = EntityType::kPerson;
      e.name = p;
      b.entities.push_back(e);
    }
    std::sort(b.entities.begin(), b.entities.end(), [](const Entity& x, const Entity& y) { return x.span.start < y.span.start; });
    b.claims = BuildClaims({b.doc, b.seg, b.quantities, b.times, b.entities, b.quotes});
    ASSERT_EQ(b.claims.size(), r.kinds.size());
    for (size_t i = 0; i < r.kinds.size(); ++i) {
      SCOPED_TRACE(i);
      EXPECT_EQ(b.claims[i].kind, r.kinds[i]);
      if (r.kinds[i] == "age") EXPECT_EQ(b.claims[i].counted, "");
    }
  }
}

// A gerund after "of", "with", "for" or "in" past the figure is an act its
// people did (accused of, charged with, on trial for), not their state.
TEST(ClaimTest, AnActChargedIsNotAState) {
  struct Row {
    std::string text;
    QSpec figure;
    std::string state;
  };
  const Row kRows[] = {
      {"Two men accused of killing a guard went on trial.", {"Two men", "men", 2}, ""},
      {"Three teenagers charged with shooting a bus driver appeared in court.", {"Three teenagers", "teenagers", 3}, ""},
      {"Two gunmen went on trial for brutally murdering a priest.", {"Two gunmen", "gunmen", 2}, ""},
      {"Twelve people were injured in the shooting.", {"Twelve people", "people", 12}, "injured"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2020-03-02", {r.figure});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].state, r.state);
  }
}

}  // namespace
}  // namespace crosscheck
