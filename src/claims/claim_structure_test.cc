// Claim frames decided by sentence structure: each figure's own verb, kinds
// and holders, relative clauses, ages and magnitudes (claims/claim_testing.h
// builds the layers by hand). Topics are in claim_topic_test.cc, times,
// places and distances in claim_frame_test.cc.
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
      // A passive state verb with a subject of its own is that subject's: a
      // figure in a phrase after it is an agent or a circumstance.
      {"Police said he was shot during a confrontation with two plainclothes officers.",
       {{"two plainclothes officers", "officers", 2}}, {""}},
      {"The mayor said Smith was killed in an ambush by 12 gunmen.", {{"12 gunmen", "gunmen", 12}}, {""}},
      {"Witnesses said he was arrested along with two other men.", {{"two other men", "men", 2}}, {"captured"}},
      {"Witnesses said he was arrested with 20 others.", {{"20 others", "", 20}}, {"captured"}},
      {"Witnesses said 20 people were arrested during the march.", {{"20 people", "people", 20}}, {"captured"}},
      // A clause of "where", and one whose subject is "others", say their
      // own subject's state.
      {"Hundreds of schoolchildren gathered at the site where the boy was shot.",
       {{"Hundreds of schoolchildren", "schoolchildren", 200}}, {""}},
      {"Hundreds of students brought candles, while others gathered at the site of the shooting.",
       {{"Hundreds of students", "students", 200}}, {""}},
      {"Dozens of protesters were injured where the march began.", {{"Dozens of protesters", "protesters", 24}},
       {"injured"}},
      // A harm as a goal or a sentence is no state; a harm verb "to death" kills.
      {"Three men were sentenced to death.", {{"Three men", "men", 3}}, {""}},
      {"Nine jurors voted for death.", {{"Nine jurors", "jurors", 9}}, {""}},
      {"Forty people were stabbed to death.", {{"Forty people", "people", 40}}, {"killed"}},
      {"Two reporters received death threats.", {{"Two reporters", "reporters", 2}}, {""}},
      // A state word that opens a WordNet noun compound modifies its head
      // ("exit polls", "flight attendants"), unless the head measures the
      // state ("the death toll").
      {"Majorities in all five states say so, according to exit polls.", {{"five states", "states", 5}}, {""}},
      {"Twelve flight attendants were on board.", {{"Twelve flight attendants", "attendants", 12}}, {""}},
      {"The death toll rose to 20 people.", {{"20 people", "people", 20}}, {"killed"}},
      // A verb's base form between a count and a noun of people modifies
      // the noun ("rescue workers", WordNet or not); participles are states.
      {"Twelve rescue workers were at the scene.", {{"Twelve rescue workers", "workers", 12}}, {""}},
      {"The city sent 40 rescue crews to the town.", {{"40 rescue crews", "crews", 40}}, {""}},
      {"Relatives of the four murder victims spoke.", {{"four murder victims", "victims", 4}}, {"killed"}},
      {"The blast left five injured men in the street.", {{"five injured men", "men", 5}}, {"injured"}},
      {"Police evacuated 300 residents from the area.", {{"300 residents", "residents", 300}}, {"evacuated"}},
      // Those who evacuate are the subject of "leave": a figure in a phrase
      // after the verb is what the subject left with.
      {"Rubio left the race with 163 delegates.", {{"163 delegates", "delegates", 163}}, {""}},
      {"The governor left office with about $2 million in the bank.", {{"about $2 million", "", 2000000}}, {""}},
      {"Some 5,000 residents left the town on Sunday.", {{"Some 5,000 residents", "residents", 5000}}, {"evacuated"}},
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
      // An apposition or a relative clause between the subject and its verb.
      {"Acme Corp, the maker of widgets, paid $5 million to settle the claim.",
       {{"$5 million", "", 5e6, kMoney, "USD"}}, EntityType::kOrganization, "Acme Corp", {"Acme Corp"}},
      {"Acme Corp, which makes widgets, paid $5 million to settle the claim.",
       {{"$5 million", "", 5e6, kMoney, "USD"}}, EntityType::kOrganization, "Acme Corp", {"Acme Corp"}},
      {"Acme Corp said $5 million had been lost.",
       {{"$5 million", "", 5e6, kMoney, "USD"}}, EntityType::kOrganization, "Acme Corp", {""}},
      {"Workers at Acme Corp earned $5 million last year.",
       {{"$5 million", "", 5e6, kMoney, "USD"}}, EntityType::kOrganization, "Acme Corp", {""}},
      {"The Navy confiscated 14 rifles and 31 magazines.",
       {{"14 rifles", "rifles", 14}, {"31 magazines", "magazines", 31}}, EntityType::kOrganization, "Navy",
       {"", ""}},
      {"Police arrested five men on Friday.",
       {{"five men", "men", 5}}, EntityType::kOrganization, "Police", {""}},
      // A possessive (a plural's bare apostrophe too) opens the noun phrase
      // the figure is in: the possessor's, whatever follows the figure.
      {"The Angels' eight-year offer was first reported Friday.",
       {{"eight-year", "", 8, QuantityKind::kMeasure, "yr"}}, EntityType::kOrganization, "Angels", {"Angels"}},
      {"Smith's 12-year-old son was hurt.",
       {{"12-year-old", "", 12, QuantityKind::kMeasure, "yr"}}, EntityType::kPerson, "Smith", {""}},
      {"Acme Corp's $5 million settlement was approved.",
       {{"$5 million", "", 5e6, kMoney, "USD"}}, EntityType::kOrganization, "Acme Corp", {"Acme Corp"}},
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
      // A clause joined by "and" opens at its subject.
      {"Ted Cruz has 370 delegates and Acme Corp has 63.", "63", "Acme Corp", "Acme Corp"},
      {"Ted Cruz has 370 delegates but Acme Corp has 63 delegates.", "63 delegates", "Acme Corp", "Acme Corp"},
      // Two names joined: the second is not the whole subject.
      {"Widgets Inc and Acme Corp have 63 stores.", "63 stores", "Acme Corp", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2019-01-02", {{r.figure, "", 80}});
    AddEntities(b, EntityType::kOrganization, {r.name});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].holder, r.holder);
  }
}

// Counts of people too are their subject's when the verb is one of having
// or winning (WordNet's verbs of possession and competition, read from
// data/lexicon/verb_files.tsv): two candidates' delegates are two measures.
// A verb that acts on the people ("arrested") leaves them to the event.
TEST(ClaimTest, TheSubjectOfAVerbOfHavingHoldsCountsOfPeople) {
  struct Row {
    const char* text;
    QSpec figure;
    const char* name;
    const char* holder;
  };
  const Row kRows[] = {
      {"Rivera has won 120 delegates so far.", {"120 delegates", "delegates", 120}, "Rivera", "Rivera"},
      {"Okafor will receive at least 40 delegates in the state.", {"at least 40 delegates", "delegates", 40},
       "Okafor", "Okafor"},
      {"Okafor gained 35 supporters after the debate.", {"35 supporters", "supporters", 35}, "Okafor", "Okafor"},
      {"Analysts said Rivera (who has 231 delegates) must win half of the rest.",
       {"231 delegates", "delegates", 231}, "Rivera", "Rivera"},
      {"Rivera arrested 12 men near the border.", {"12 men", "men", 12}, "Rivera", ""},
      {"Rivera killed 12 men near the border.", {"12 men", "men", 12}, "Rivera", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2016-03-02", {r.figure});
    AddEntities(b, EntityType::kPerson, {r.name});
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

// The age of a thing given as its modifier ("the almost two-month war") is
// placed by its own noun phrase only, not by the clause around it; a length
// that is the clause's own fact keeps the clause's place.
TEST(ClaimTest, ALengthAsAModifierIsPlacedByItsOwnPhrase) {
  struct Row {
    std::string text;
    QSpec figure;
    std::string place;
  };
  const Row kRows[] = {
      {"In the almost two-month war, the army has thousands of fighters cornered in the Azovstal plant.",
       {"almost two-month", "", 2, QuantityKind::kMeasure, "mo", {}, false, "almost"}, ""},
      {"Troops pounded the Azovstal plant in the two-month war in Ukraine.",
       {"two-month", "", 2, QuantityKind::kMeasure, "mo"}, "Ukraine"},
      {"In Kherson, the siege lasted 35 days.", {"35 days", "", 35, QuantityKind::kMeasure, "d"}, "Kherson"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2022-05-04", {r.figure});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].kind, "duration");
    EXPECT_EQ(b.claims[0].place, r.place) << b.claims[0].measure;
  }
}

// An event named before a bare count, as the subject of a verb of its own
// ("Monday's shooting follows two last week"), is what the count counts:
// the count is in no state. A state verb of the figure's own, or an act
// whose "of" holds the figure, still gives it.
TEST(ClaimTest, AnEventNamedBeforeABareCountIsNoStateOfIt) {
  struct Row {
    std::string text;
    QSpec figure;
    std::string state;
  };
  const Row kRows[] = {
      {"Monday's shooting follows two last week in Atlanta.", {"two", "", 2}, ""},
      {"The bombing was the third in a month.", {"third", "", 3}, ""},
      {"The shooting killed two in Atlanta.", {"two", "", 2}, "killed"},
      {"Police reported the shooting of two in Atlanta.", {"two", "", 2}, "shot"},
      {"After the shooting, two were wounded.", {"two", "", 2}, "injured"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2007-04-10", {r.figure});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].state, r.state);
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
