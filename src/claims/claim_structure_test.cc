// Claim frames decided by sentence structure: each figure's own verb, kinds
// and holders, relative clauses, a sum's topic, ages and magnitudes
// (claims/claim_testing.h builds the layers by hand).
#include <gtest/gtest.h>

#include <algorithm>

#include "claims/claim.h"
#include "claims/claim_testing.h"
#include "claims/frame.h"

namespace crosscheck {
namespace {

using namespace claim_testing;


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
      // A harm as a goal or a sentence is no state; a harm verb "to death" kills.
      {"Three men were sentenced to death.", {{"Three men", "men", 3}}, {""}},
      {"Nine jurors voted for death.", {{"Nine jurors", "jurors", 9}}, {""}},
      {"Forty people were stabbed to death.", {{"Forty people", "people", 40}}, {"killed"}},
      {"Two reporters received death threats.", {{"Two reporters", "reporters", 2}}, {""}},
      // A harm one is charged with is one's act; counts of charges and of
      // occasions are in no harm state.
      {"Three men were charged with murder.", {{"Three men", "men", 3}}, {""}},
      {"He was charged with three counts of vehicular homicide.", {{"three counts", "counts", 3}}, {""}},
      {"The gunman fired five times and killed a guard.", {{"five times", "times", 5}}, {""}},
      // A coordinated clause with its own subject states that subject's state.
      {"More than 50 firefighters tackled the blaze, and residents nearby were evacuated.",
       {{"More than 50 firefighters", "firefighters", 50}}, {""}},
      // A verb whose object is a name is that name's, not the figure's.
      {"An officer killed Grigoropoulos on Saturday during a clash with around 30 youths.",
       {{"around 30 youths", "youths", 30}}, {""}},
      // A participle between a determiner and a noun that names no person
      // modifies that noun: no state of the figure.
      {"It promises to be another bruising campaign, with two congressmen likely to face off.",
       {{"two congressmen", "congressmen", 2}}, {""}},
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
  AddEntities(b, EntityType::kPerson, {"Cesar Sayoc"});
  const std::vector<Claim>& c = b.claims;
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


// The subject of the verb a figure is the object of holds it, when it is a
// person or organisation and only auxiliaries and adverbs stand between
// them: several bidders' offers, several players' statistics, several
// companies' cuts are then several measures. A verb of saying governs a
// clause, a name after a preposition is no subject, and the agent of a
// state verb does not hold the people in that state, nor the things or
// people its act reaches (the agent of an act is named many ways: "the
// Navy", "INS Sukanya"). A figure joined to the one before it shares its
// subject; one after a preposition does not.
TEST(ClaimTest, TheSubjectOfAFiguresVerbHoldsIt) {
  struct Row {
    const char* text;
    std::vector<QSpec> figures;
    EntityType type;
    const char* name;
    std::vector<std::string> holders;
  };
  const QuantityKind kMoney = QuantityKind::kMoney;
  const Row kRows[] = {
      {"The Nationals reportedly have bid $160 million for the slugger.",
       {{"$160 million", "", 160e6, kMoney, "USD"}}, EntityType::kOrganization, "Nationals", {"Nationals"}},
      {"The Angels are believed to have offered at least $160 million.",
       {{"$160 million", "", 160e6, kMoney, "USD"}}, EntityType::kOrganization, "Angels", {"Angels"}},
      {"Miller is averaging 15.5 points a game this season.",
       {{"15.5 points", "points", 15.5}}, EntityType::kPerson, "Miller", {"Miller"}},
      {"Acme Corp paid $5 million to settle the claim.",
       {{"$5 million", "", 5e6, kMoney, "USD"}}, EntityType::kOrganization, "Acme Corp", {"Acme Corp"}},
      {"The Red Sox made Teixeira an eight-year offer on Tuesday.",
       {{"eight-year", "", 8, QuantityKind::kMeasure, "yr"}}, EntityType::kOrganization, "Red Sox", {"Red Sox"}},
      {"Teixeira hit 13 homers and 43 RBIs in 54 games with the Angels.",
       {{"13 homers", "homers", 13}, {"43 RBIs", "RBIs", 43}, {"54 games", "games", 54}},
       EntityType::kPerson, "Teixeira", {"Teixeira", "Teixeira", ""}},
      {"Acme Corp said $5 million had been lost.",
       {{"$5 million", "", 5e6, kMoney, "USD"}}, EntityType::kOrganization, "Acme Corp", {""}},
      {"Workers at Acme Corp earned $5 million last year.",
       {{"$5 million", "", 5e6, kMoney, "USD"}}, EntityType::kOrganization, "Acme Corp", {""}},
      {"The Navy confiscated 14 rifles and 31 magazines.",
       {{"14 rifles", "rifles", 14}, {"31 magazines", "magazines", 31}}, EntityType::kOrganization, "Navy",
       {"", ""}},
      {"Police arrested five men on Friday.",
       {{"five men", "men", 5}}, EntityType::kOrganization, "Police", {""}},
      {"The Orioles (seven years, $150 million) also bid.",
       {{"seven years", "", 7, QuantityKind::kMeasure, "yr"}, {"$150 million", "", 150e6, kMoney, "USD"}},
       EntityType::kOrganization, "Orioles", {"Orioles", "Orioles"}},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2008-12-20", r.figures);
    AddEntities(b, r.type, {r.name});
    ASSERT_EQ(b.claims.size(), r.holders.size());
    for (size_t i = 0; i < r.holders.size(); ++i) EXPECT_EQ(b.claims[i].holder, r.holders[i]) << i;
  }
}

// The subject of a verb of having holds the count it has; a name that is
// not the subject (an object, a name before another verb) holds nothing.
TEST(ClaimTest, TheSubjectOfHavingHoldsTheCount) {
  struct Row {
    const char* text;
    const char* figure;
    const char* name;
    const char* holder;
  };
  const Row kRows[] = {
      {"SeaMicro has 80 employees.", "80 employees", "SeaMicro", "SeaMicro"},
      {"Acme Corp currently employs 1,200 people.", "1,200 people", "Acme Corp", "Acme Corp"},
      {"The union said Acme Corp cut 1,200 jobs.", "1,200 jobs", "Acme Corp", ""},
      {"Workers at Acme Corp have 30 days to leave.", "30 days", "Acme Corp", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2019-01-02", {{r.figure, "", 80}});
    AddEntities(b, EntityType::kOrganization, {r.name});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].holder, r.holder);
  }
}

// "at"/"with" a figure: the nearest name before it holds it, unless that
// name sits inside an apposition of the name that opens the clause.
TEST(ClaimTest, ANameInsideAnAppositionHoldsNothing) {
  struct Row {
    const char* text;
    const char* figure;
    std::vector<std::string> names;
    const char* holder;
  };
  const Row kRows[] = {
      {"Bettie Page, the model who inspired artist Olivia Berardinis, died in Los Angeles at the age of 85.",
       "the age of 85", {"Bettie Page", "Olivia Berardinis"}, "Bettie Page"},
      {"Mitt Romney, the rival of Mike Huckabee, leads with 21 percent.", "21 percent",
       {"Mitt Romney", "Mike Huckabee"}, "Mitt Romney"},
      // No apposition: the nearer name is the one at the figure.
      {"Mitt Romney said Mike Huckabee stood at 17 percent.", "17 percent", {"Mitt Romney", "Mike Huckabee"},
       "Mike Huckabee"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2019-01-02", {{r.figure, "", 85}});
    AddEntities(b, EntityType::kPerson, r.names);
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].holder, r.holder);
  }
}

// A place in the matrix clause does not place a figure inside a relative
// clause further on; the antecedent's own place does.
TEST(ClaimTest, APlaceBeforeARelativeClauseIsAnotherClauses) {
  Built b = Build(
      "While they pounded away at the Avdiivka plant, the army stalled elsewhere, ten weeks into a war that has "
      "killed 3,000 people. The shelling in Kherson that killed 20 people went on.",
      "2023-02-10", {{"3,000 people", "people", 3000}, {"20 people", "people", 20}}, {});
  Check(b, {{"person", "killed", "", "", "", "people killed"},
            {"person", "killed", "Kherson", "area", "", "people killed in Kherson"}});
  // A locative relative ("in which") whose antecedent is an event noun
  // points to no place: not to a place phrase further back.
  Built e = Build("The plan drew criticism from Democrats after the shooting in which 26 people were killed.",
                  "2013-04-02", {{"26 people", "people", 26}}, {});
  Check(e, {{"person", "killed", "", "", "", "people killed"}});
  // A weekday or month in the possessive opens a time, not a place name.
  Built d = Build("Twelve people were killed and 20 were wounded in Thursday's bombing.", "2011-11-11",
                  {{"Twelve people", "people", 12}, {"20", "", 20}}, {});
  for (const Claim& c : d.claims) EXPECT_EQ(c.place, "") << c.measure;
}

// The object of a causative "leave" is in the state its predicate names,
// or in none: those who evacuate are the subject of "leave", not its
// object. A degree adverb stands before the state it grades.
TEST(ClaimTest, ACausativeLeaveTakesItsPredicatesState) {
  struct Row {
    std::string text;
    QSpec figure;
    std::string state, measure;
  };
  const Row kRows[] = {
      {"The strike left 40 people dead.", {"40 people", "people", 40}, "killed", "people killed"},
      {"The ambush left three soldiers critically wounded.", {"three soldiers", "soldiers", 3}, "injured",
       "soldiers critically injured"},
      {"Floods have left 12 hikers missing.", {"12 hikers", "hikers", 12}, "missing", "hikers missing"},
      {"The storm left 5,000 residents without power.", {"5,000 residents", "residents", 5000}, "", "residents"},
      {"About 3,000 people left the town.", {"About 3,000 people", "people", 3000}, "evacuated",
       "people evacuated from the town"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2022-05-06", {r.figure});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].state, r.state);
    EXPECT_EQ(b.claims[0].measure, r.measure);
  }
}

// A duration that places the report in time is no measure; one that is the
// fact itself (a sentence, a shutdown's length) is.
TEST(ClaimTest, ADurationThatPlacesTheReportInTimeIsNoMeasure) {
  Built b = Build(
      "Ten weeks into the war, the army stalled. Two days after the blast, he got a 10-year sentence. "
      "The shutdown lasted 35 days. On one day, protesters were told to gather in one place.",
      "2023-02-10",
      {{"Ten weeks", "", 10, QuantityKind::kMeasure, "wk"}, {"Two days", "", 2, QuantityKind::kMeasure, "d"},
       {"10-year", "", 10, QuantityKind::kMeasure, "yr"}, {"35 days", "", 35, QuantityKind::kMeasure, "d"},
       {"one day", "", 1, QuantityKind::kMeasure, "d"}});
  ASSERT_EQ(b.claims.size(), 5u);
  const bool want[] = {false, false, true, true, false};  // "on one day" names a day
  for (size_t i = 0; i < 5; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(b.claims[i].kind, "duration");
    EXPECT_EQ(!b.claims[i].measure.empty(), want[i]) << b.claims[i].measure;
  }
  // A window counted back from the report is the period a figure holds
  // for; a window ahead may be what a plan lasts.
  Built w = Build("No gains were made in the preceding 24 hours. Talks will go on over the next three weeks.",
                  "2023-02-10",
                  {{"24 hours", "", 24, QuantityKind::kMeasure, "h"}, {"three weeks", "", 3, QuantityKind::kMeasure, "wk"}});
  ASSERT_EQ(w.claims.size(), 2u);
  EXPECT_TRUE(w.claims[0].measure.empty()) << w.claims[0].measure;
  EXPECT_FALSE(w.claims[1].measure.empty());
}


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
      // Two kinds coordinated: the sum is their whole, of neither alone.
      {"AMD will pay $334 million in cash and stock for the startup.", "$334 million", ""},
      {"The firm raised $2 billion in loans or bonds.", "$2 billion", ""},
      {"AMD is paying $281 million in cash and the rest in stock.", "$281 million", "cash"},
      // A verb's purpose names its object: the infinitive or gerund is skipped.
      {"The plan spends $4 billion to keep 15,000 police officers on the street.", "$4 billion", "police officer"},
      {"The plan includes $4 billion for hiring police officers.", "$4 billion", "police officer"},
      {"He wants $5 billion to build a wall.", "$5 billion", "wall"},
      {"They gave $15 million to charity.", "$15 million", "charity"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2019-01-02", {{r.figure, "", 5e9, QuantityKind::kMoney, "USD"}});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].topic, r.topic);
  }
}

// A figure that completes a copula takes the copula's subject as its topic
// (the subject opened by a determiner, a name or the clause's start; a date
// after the subject's preposition skipped); a last conjunct is no subject.
TEST(ClaimTest, ACopulasSubjectIsItsFiguresTopic) {
  struct Row {
    const char* text;
    const char* figure;
    QuantityKind kind;
    const char* unit;
    const char* topic;
  };
  const Row kRows[] = {
      {"The couple's effective federal tax rate for 2014 was 35.7 percent.", "35.7 percent", QuantityKind::kPercent,
       "%", "federal tax rate"},
      {"The standard speaking fee was $225,000.", "$225,000", QuantityKind::kMoney, "USD", "standard speaking fee"},
      {"Turnout stood at 61 percent, officials said.", "61 percent", QuantityKind::kPercent, "%", "turnout"},
      // A last conjunct, a pronoun subject or a possessive pronoun's (whose
      // holder the frame cannot name) gives no topic.
      {"Mr. Bush said his average tax rate was 36 percent.", "36 percent", QuantityKind::kPercent, "%", ""},
      {"The rate for federal, state and local taxes was 45.8 percent.", "45.8 percent", QuantityKind::kPercent, "%",
       ""},
      {"What he paid was $2 million.", "$2 million", QuantityKind::kMoney, "USD", ""},
      // A topic after the figure still wins.
      {"The bill was $5 billion for the wall.", "$5 billion", QuantityKind::kMoney, "USD", "wall"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2019-01-02", {{r.figure, "", 1, r.kind, r.unit}});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].topic, r.topic);
  }
}

// A named possessor of the copula's subject holds the figure, so two
// people's rates stay two measures.
TEST(ClaimTest, ACopulaSubjectsNamedPossessorHoldsTheFigure) {
  Built b = Build("The Clintons' effective federal tax rate for 2014 was 35.7 percent.", "2015-07-31",
                  {{"35.7 percent", "", 35.7, QuantityKind::kPercent, "%"}});
  AddEntities(b, EntityType::kPerson, {"Clintons"});
  ASSERT_EQ(b.claims.size(), 1u);
  EXPECT_EQ(b.claims[0].topic, "federal tax rate");
  EXPECT_EQ(b.claims[0].holder, "Clintons");
  Built g = Build("Google's market share was 90 percent.", "2015-07-31",
                  {{"90 percent", "", 90, QuantityKind::kPercent, "%"}});
  AddEntities(g, EntityType::kOrganization, {"Google"});
  ASSERT_EQ(g.claims.size(), 1u);
  EXPECT_EQ(g.claims[0].holder, "Google");
  EXPECT_EQ(g.claims[0].topic, "market share");
  // No name, no holder.
  Built n = Build("The effective tax rate was 30 percent.", "2015-07-31",
                  {{"30 percent", "", 30, QuantityKind::kPercent, "%"}});
  ASSERT_EQ(n.claims.size(), 1u);
  EXPECT_EQ(n.claims[0].holder, "");
  EXPECT_EQ(n.claims[0].topic, "effective tax rate");
}

// Every figure of a parenthesis right after a name is the name's (a team or
// product tagged "other" too); a place before the parenthesis holds
// nothing, nor does a common noun.
TEST(ClaimTest, FiguresInAParenthesisAfterANameAreItsOwn) {
  struct Row {
    const char* text;
    const char* name;
    EntityType type;
    const char* want;
  };
  const Row kRows[] = {
      {"Other bidders are the Orioles (seven years, $150 million) and the Red Sox.", "Orioles", EntityType::kOther,
       "Orioles"},
      {"Rival offers came from Acme Corp (seven years, $150 million), people said.", "Acme Corp",
       EntityType::kOrganization, "Acme Corp"},
      {"Fighting spread to Mosul (seven years, $150 million) on Monday.", "Mosul", EntityType::kLocation, ""},
      {"Other bidders made offers (seven years, $150 million) last week.", "", EntityType::kOther, ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2008-12-23",
                    {{"seven years", "", 7, QuantityKind::kMeasure, "yr"},
                     {"$150 million", "", 1.5e8, QuantityKind::kMoney, "USD"}});
    if (*r.name) AddEntities(b, r.type, {r.name});
    ASSERT_EQ(b.claims.size(), 2u);
    EXPECT_EQ(b.claims[0].holder, r.want);
    EXPECT_EQ(b.claims[1].holder, r.want);
  }
}

// A share is a part of its whole by what it is: no sub-group qualifier; a
// count's part stays one.
TEST(ClaimTest, ASharesWholeIsNoSubGroup) {
  Built a = Build("Pelosi won two-thirds of the vote on Wednesday.", "2016-11-30",
                  {{"two-thirds", "", 2.0 / 3, QuantityKind::kPercent, "%"}});
  ASSERT_EQ(a.claims.size(), 1u);
  EXPECT_EQ((" " + a.claims[0].qualifiers + " ").find(" part "), std::string::npos) << a.claims[0].qualifiers;
  Built b = Build("About 40 percent of the voters stayed home.", "2016-11-30",
                  {{"40 percent", "", 40, QuantityKind::kPercent, "%"}});
  ASSERT_EQ(b.claims.size(), 1u);
  EXPECT_EQ((" " + b.claims[0].qualifiers + " ").find(" part "), std::string::npos) << b.claims[0].qualifiers;
  Built c = Build("Five of the jurors voted to convict.", "2016-11-30", {{"Five", "", 5}});
  ASSERT_EQ(c.claims.size(), 1u);
  EXPECT_NE((" " + c.claims[0].qualifiers + " ").find(" part "), std::string::npos) << c.claims[0].qualifiers;
}


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
      // Commas on both sides after a singular noun of a person: an age.
      {"Prosecutors said the troubled actress, 26, would be arrested.", {{"26", "", 26}}, {"age"}, {""}, {-1}},
      {"A soldier, 19, was killed near the border.", {{"19", "", 19}}, {"age"}, {""}, {-1}},
      {"The grandmother, 81, was rescued from the rubble on Friday.", {{"81", "", 81}}, {"age"}, {""}, {-1}},
      // A plural noun, or a noun that is no person, keeps its count.
      {"The firm, 12, said it would close.", {{"12", "", 12}}, {"count"}, {""}, {-1}},
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
      // A relative clause after another noun says that noun's state; after
      // the figure's own noun, the figure's.
      {"The council's 2,507 members were approved by the ruler, Saparmurat Niyazov, who died in 2006.",
       {{"2,507 members", "members", 2507}}, {"count"}, {""}, {-1}},
      {"Officials said 40 people, who were killed in the blast, were buried.",
       {{"40 people", "people", 40}}, {"count"}, {"killed"}, {-1}},
      // A state said of no one is no state of a figure near it.
      {"No one was hurt in the blaze, which started while two children were inside.",
       {{"two children", "children", 2}}, {"count"}, {""}, {-1}},
      {"Nobody was seriously injured when 40 passengers boarded the train.",
       {{"40 passengers", "passengers", 40}}, {"count"}, {""}, {-1}},
      {"No civilians were killed as 300 troops entered the town.",
       {{"300 troops", "troops", 300}}, {"count"}, {""}, {-1}},
      {"Two people were injured when 40 passengers boarded the train.",
       {{"Two people", "people", 2}, {"40 passengers", "passengers", 40}}, {"count", "count"}, {"injured", ""},
       {-1, -1}},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2007-04-10", r.figures);
    if (!r.person.empty()) AddEntities(b, EntityType::kPerson, {r.person});
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

using namespace claim_testing;

// A date after an act the counted people did or are charged with dates that
// act, not the figure; a date of the figure's own verb still dates it.
TEST(ClaimTest, ADateOfAnActChargedDoesNotDateTheFigure) {
  struct Case {
    const char* text;
    const char* figure;
    const char* time_text;
    const char* time_value;
    const char* want;
  };
  const Case kCases[] = {
      {"12 officers were indicted for allegedly hacking party emails in 2016.", "12", "2016", "2016", ""},
      {"Police arrested 3 men accused of robbing a bank last May.", "3", "last May", "2022-05", ""},
      {"Another 40 people were charged with looting shops on Monday.", "40", "on Monday", "2022-06-06", ""},
      {"12 officers were indicted in 2016.", "12", "2016", "2016", "2016"},
      {"40 people were evacuated on Monday after the shelling.", "40", "on Monday", "2022-06-06", "2022-06-06"},
      // A figure in a relative clause set off by commas is not dated by the
      // matrix clause past the comma; inside the relative clause it is.
      {"Smith, the mayor who spent $40,000 of city money on flights, resigned on Monday.", "40,000", "on Monday",
       "2022-06-06", ""},
      {"The firm, which laid off 40 workers on Monday, denied it.", "40", "on Monday", "2022-06-06", "2022-06-06"},
      {"The mayor, who resigned on Monday, spent 40 days abroad.", "40", "on Monday", "2022-06-06", "2022-06-06"},
  };
  for (const Case& k : kCases) {
    SCOPED_TRACE(k.text);
    std::string digits(k.figure);
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    Built b = Build(k.text, "2022-06-10", {{k.figure, "", std::stod(digits)}}, {{k.time_text, k.time_value}});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].time, k.want);
  }
}

// A year that modifies another noun phrase of the clause ("the 2012
// nomination", "a 2005 bid") names that phrase's thing, not the figure's
// time; a year of the figure's own phrase, a few words off with no comma
// between, and a year that modifies nothing still date it.
TEST(ClaimTest, AYearThatNamesAnotherPhraseDoesNotDateTheFigure) {
  struct Case {
    const char* text;
    const char* figure;
    double value;
    const char* year;
    const char* want;
  };
  const Case kCases[] = {
      {"The speech capped three days of panel discussions, including politicians mentioned as contenders for the "
       "2012 Republican presidential nomination.",
       "three", 3, "2012", ""},
      {"Weiner raised $3 million from 400 donors after his failed 2005 bid for mayor.", "3 million", 3e6, "2005", ""},
      {"Police detained 12 marchers, many of them veterans of the 2011 Occupy movement.", "12", 12, "2011", ""},
      {"The Clintons' 2014 federal tax rate of 35.7 percent was below their 2013 rate.", "35.7", 35.7, "2014", "2014"},
      {"The state spent $3 billion in the 2014 fiscal year.", "3 billion", 3e9, "2014", "2014"},
      {"Turnout fell to 40 percent in 2012, officials said.", "40", 40, "2012", "2012"},
  };
  for (const Case& k : kCases) {
    SCOPED_TRACE(k.text);
    Built b = Build(k.text, "2022-06-10", {{k.figure, "", k.value}}, {{k.year, k.year}});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].time, k.want);
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

using namespace claim_testing;

// A place after "felt" or "as far (away) as" names how far a quake or a
// blast reached, not where it happened; a place of the event itself still
// places the figure, and "heard in" stays a place.
TEST(ClaimTest, APlaceReachedIsNotWhereItHappened) {
  struct Case {
    const char* text;
    QSpec figure;
    const char* place;
  };
  const Case kCases[] = {
      {"The 6.4 magnitude quake was felt in Darwin, officials said.",
       {"6.4 magnitude", "", 6.4, QuantityKind::kMeasure, "magnitude"}, ""},
      {"A 5.8 magnitude tremor, felt strongly in Perth, rattled windows.",
       {"5.8 magnitude", "", 5.8, QuantityKind::kMeasure, "magnitude"}, ""},
      {"The blast injured 30 people and was heard as far away as Larnaca.",
       {"30 people", "people", 30}, ""},
      {"Residents said 12 people were hurt; the shaking could be felt across Java.",
       {"12 people", "people", 12}, ""},
      {"The 6.4 magnitude quake struck in Sulawesi and was felt in Darwin.",
       {"6.4 magnitude", "", 6.4, QuantityKind::kMeasure, "magnitude"}, "Sulawesi"},
      {"Explosions were heard in Kharkiv, where 14 people were injured.", {"14 people", "people", 14}, "Kharkiv"},
  };
  for (const Case& k : kCases) {
    SCOPED_TRACE(k.text);
    Built b = Build(k.text, "2022-06-10", {k.figure});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].place, k.place);
  }
}

// A named person's age is the person's, not the place's the sentence names
// ("… has entered a clinic in Malibu"): with a place it would split from
// the same age told elsewhere without one. An age with no holder keeps the
// sentence's place (it may tell two unnamed people apart).
TEST(ClaimTest, ANamedPersonsAgeHasNoPlace) {
  Built b = Build("Tara Reid, 33, has entered a treatment center in Malibu.", "2008-12-01", {{"33", "", 33}});
  AddEntities(b, EntityType::kPerson, {"Tara Reid"});
  ASSERT_EQ(b.claims.size(), 1u);
  EXPECT_EQ(b.claims[0].kind, "age");
  EXPECT_EQ(b.claims[0].holder, "Tara Reid");
  EXPECT_EQ(b.claims[0].place, "");
  Built c = Build("A soldier, 19, was killed in Kherson.", "2022-06-10", {{"19", "", 19}});
  ASSERT_EQ(c.claims.size(), 1u);
  EXPECT_EQ(c.claims[0].kind, "age");
  EXPECT_EQ(c.claims[0].place, "Kherson");
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

using namespace claim_testing;

// A distance restates an equal distance of its report only from the same
// place; from another place it is another measure.
TEST(ClaimTest, ADistanceFromAnotherPlaceRestatesNothing) {
  Built b = Build(
      "The quake was centred four miles southwest of Cobb and four miles west of Middletown. It struck four "
      "miles southwest of Cobb, the survey said.",
      "2013-03-14",
      {{"four miles", "", 4, QuantityKind::kMeasure, "mi"},
       {"four miles", "", 4, QuantityKind::kMeasure, "mi"},
       {"four miles", "", 4, QuantityKind::kMeasure, "mi"}});
  ASSERT_EQ(b.claims.size(), 3u);
  EXPECT_EQ(b.claims[0].landmark, "Cobb");
  EXPECT_EQ(b.claims[1].landmark, "Middletown");
  EXPECT_EQ(b.claims[1].restates, -1);
  EXPECT_EQ(b.claims[2].restates, 0);
  // A length from a landmark is named a distance.
  EXPECT_EQ(b.claims[0].measure, "distance from Cobb");
  EXPECT_EQ(b.claims[1].measure, "distance from Middletown");
}

// A distance set off after a place and followed by a direction measures the
// way to that place; the place is its landmark, not a place it happened in.
TEST(ClaimTest, ADistanceSetOffAfterAPlaceHasThePlaceAsLandmark) {
  struct Row {
    std::string text, place, figure, unit, landmark;
  };
  const std::vector<Row> rows = {
      {"Families reached the city of Zaporizhzhia, about 140 miles (230 kilometers) to the northwest.",
       "Zaporizhzhia", "about 140 miles", "mi", "Zaporizhzhia"},
      {"Shelling hit Kramatorsk, 20 km away, overnight.", "Kramatorsk", "20 km", "km", "Kramatorsk"},
      {"The convoy left for Dnipro, some 60 kilometers north-east.", "Dnipro", "60 kilometers", "km", "Dnipro"},
      // no direction: a length of something, no distance
      {"Crews cleared the road in Kherson, about 12 miles of it.", "Kherson", "about 12 miles", "mi", ""},
      // no comma: the figure is not set off after the place
      {"The river in Kherson runs 12 miles to the south.", "Kherson", "12 miles", "mi", ""},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2022-05-06", {{r.figure, "", 1, QuantityKind::kMeasure, r.unit}});
    AddEntities(b, EntityType::kLocation, {r.place});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].landmark, r.landmark);
    if (!r.landmark.empty()) {
      EXPECT_EQ(b.claims[0].measure, "distance from " + r.landmark);
    }
  }
  // The conversion in parentheses takes the same landmark, so it stays a
  // restatement of the figure it converts.
  Built b = Build("Families reached the city of Zaporizhzhia, about 140 miles (230 kilometers) to the northwest.",
                  "2022-05-06",
                  {{"about 140 miles", "", 140, QuantityKind::kMeasure, "mi"},
                   {"230 kilometers", "", 230, QuantityKind::kMeasure, "km"}});
  AddEntities(b, EntityType::kLocation, {"Zaporizhzhia"});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[1].landmark, "Zaporizhzhia");
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

using namespace claim_testing;

// A fraction right before a determiner ("one quarter the power", "half
// the size") is a multiplier of what follows, no count of a noun: it
// borrows no counted noun from the figure before it either.
TEST(ClaimTest, AFractionBeforeADeterminerCountsNoNoun) {
  Built b = Build("The plant employs 300 workers. The new reactor runs at one quarter the power of the old one.",
                  "2014-03-01",
                  {{"300 workers", "workers", 300},
                   {"one quarter", "", 0.25, QuantityKind::kPercent, "fraction"}});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[1].counted, "");
  EXPECT_EQ(b.claims[1].counted_lemma, "");
  EXPECT_EQ(b.claims[1].measure.find("worker"), std::string::npos) << b.claims[1].measure;
}

}  // namespace
}  // namespace crosscheck
