// Claim frames on invented reports, figures of people and their tolls:
// ages read from the number layer and from appositions, a figure alone in
// its sentence restating the one before, sides of a size, vague magnitudes
// told bare with a state, a report's first count of the slightly injured,
// a place's population, states inside a "whose" clause. Split from
// claim_test.cc (frames: state, place, time, speaker, parts), which shares
// the hand-built layers of claims/claim_testing.h.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
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

// Ages told as a list after as many coordinated names go to the names in
// order; a lone first name takes the last name's surname. Before, the
// first age went to the nearest name and the others were counts (two
// brothers' ages read as 34 and 29 people "captured").
TEST(ClaimTest, AListOfAgesAfterAsManyNamesPairsThemInOrder) {
  Built b = Build("The sisters Ana and Lena Kovac, aged 19 and 15 respectively, spoke first.", "2020-03-02",
                  {{"aged 19", "", 19}, {"15", "", 15}});
  AddEntities(b, EntityType::kPerson, {"Lena Kovac"});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[0].measure, "age of Ana Kovac");
  EXPECT_EQ(b.claims[1].measure, "age of Lena Kovac");
  Built brothers = Build("The brothers, Tom and Ray Brandt, 34 and 29, were arrested on Monday.", "2020-03-02",
                         {{"34", "", 34}, {"29", "", 29}});
  AddEntities(brothers, EntityType::kPerson, {"Ray Brandt"});
  ASSERT_EQ(brothers.claims.size(), 2u);
  EXPECT_EQ(brothers.claims[0].measure, "age of Tom Brandt");
  EXPECT_EQ(brothers.claims[1].measure, "age of Ray Brandt");
  EXPECT_EQ(brothers.claims[1].state, "");
  // Guards: places are no holders, and the counts must agree.
  Built places = Build("Storms hit Leeds and York, 34 and 29 homes, on Monday.", "2020-03-02",
                       {{"34", "", 34}, {"29 homes", "homes", 29}});
  AddEntities(places, EntityType::kLocation, {"York"});
  EXPECT_NE(places.claims[0].kind, "age");
  Built three = Build("Police named Tom Brandt, 34, 29 and 12 were the others.", "2020-03-02",
                      {{"34", "", 34}, {"29", "", 29}, {"12", "", 12}});
  AddEntities(three, EntityType::kPerson, {"Tom Brandt"});
  EXPECT_NE(three.claims[1].measure, "age of Tom Brandt");
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

// "twice" and "thrice" told as occasions are counts of times, as "two
// times" is (AddOccasionCounts, claims/claim_state.h): "was elected twice"
// is two times, measured like "three times" in another report. A
// multiplier or a rate is none ("twice as many", "twice the size", "twice a
// day", "twice weekly", "twice more").
TEST(ClaimTest, TwiceToldAsOccasionsIsACountOfTimes) {
  struct Row {
    std::string text;
    double value;  // 0 = no figure may be added
  };
  const Row kRows[] = {
      {"Governor Brenholt was elected twice before he ran for president.", 2},
      {"The witness admitted lying twice in his testimony.", 2},
      {"The Varnel club reached the playoffs thrice under the coach.", 3},
      {"The Orrin plant produced twice as many cars as last year.", 0},
      {"The new Kessaby depot is twice the size of the old one.", 0},
      {"Guards checked the Tarrow cells twice a day.", 0},
      {"The Marlow council meets twice weekly.", 0},
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
    AddOccasionCounts(doc.text, seg, &qs);
    if (r.value == 0) {
      EXPECT_EQ(qs.size(), before);
      continue;
    }
    ASSERT_EQ(qs.size(), before + 1);
    std::vector<Claim> claims = BuildClaims({doc, seg, qs, {}, {}, {}});
    bool found = false;
    for (const Claim& c : claims) {
      const Quantity& q = qs[c.quantity];
      if (q.span.Of(doc.text) != "twice" && q.span.Of(doc.text) != "thrice") continue;
      found = true;
      EXPECT_EQ(q.value, r.value);
      EXPECT_EQ(c.kind, "count");
      EXPECT_EQ(c.counted_lemma, "time");
      EXPECT_EQ(c.state, "");
    }
    EXPECT_TRUE(found);
  }
}



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

// One figure per row and the state its claim must take.
struct StateRow {
  const char* name;
  std::string text;
  std::vector<QSpec> qs;
  std::string state;
};

template <size_t N>
void ExpectStates(const StateRow (&rows)[N]) {
  for (const StateRow& r : rows) {
    SCOPED_TRACE(r.name);
    Built b = Build(r.text, "2024-05-12", r.qs);
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].state.str(), r.state);
  }
}

// A state verb of a "whose" clause is said of the noun "whose" opens, not
// of the figure the clause hangs from (FindState, claims/frame.cc): "whose
// names remain" no longer shelters the members. The main verb after the
// clause ("were arrested") is not reached yet: the figure is in no state.
TEST(ClaimTest, AStateInAWhoseClauseIsItsOwnNouns) {
  const StateRow kRows[] = {
      {"no state from the whose clause; the main verb's",
       "Two gang members whose names remain unreleased were arrested in Delmont on Friday.",
       {{"Two", "members", 2}}, "captured"},
      {"no state of the figure's own",
       "Three men whose brothers were killed in the raid spoke to reporters in Delmont.",
       {{"Three", "men", 3}}, ""},
  };
  ExpectStates(kRows);
}

// A main verb beats the restrictive relative clause between it and the
// figure: the clause's verb is said of the figure only when the main
// clause says no state.
TEST(ClaimTest, AMainVerbBeatsARelativeClause) {
  const StateRow kRows[] = {
      {"who and an object, then the main verb",
       "Three men who fled the scene were arrested in Delmont on Friday.", {{"Three", "men", 3}}, "captured"},
      {"who and a harm done to another, then the main verb",
       "Four robbers who shot a guard were arrested near Delmont on Friday.", {{"Four", "robbers", 4}},
       "captured"},
      {"that, then the main verb", "Two hikers that fled the blaze were rescued from Mount Varla on Sunday.",
       {{"Two", "hikers", 2}}, "evacuated"},
      {"no state in the main clause: the relative clause's",
       "Forty people who were killed in the blast were buried in Delmont on Sunday.", {{"Forty", "people", 40}},
       "killed"},
      {"a subordinate clause is no main clause",
       "Five men who fled after police shot a suspect spoke to reporters in Delmont.", {{"Five", "men", 5}},
       "displaced"},
      {"set off by a comma: the clause is the figure's",
       "Six villagers, who were injured in the quake, were taken to Delmont on Monday.",
       {{"Six", "villagers", 6}}, "injured"},
  };
  ExpectStates(kRows);
}

// The complement of a copula or of a verb of reaching a value takes the
// state its subject noun names ("fatalities were 66"); a subject that names
// no state gives none.
TEST(ClaimTest, ACopulasComplementTakesItsSubjectNounsState) {
  const StateRow kRows[] = {
      {"plural subject", "Officials in Delmont said fatalities were 66 by Monday.", {{"66", "", 66}}, "killed"},
      {"a count of the subject, a hedge",
       "The latest count of the fatality is only one person, Varo said.", {{"one person", "person", 1}},
       "killed"},
      {"a verb of reaching a value, an adverb", "Injuries officially stood at 48 on Tuesday.", {{"48", "", 48}},
       "injured"},
      {"a subject that names no state", "The team were 12 points ahead in Delmont.", {{"12 points", "points", 12}},
       ""},
  };
  ExpectStates(kRows);
}

// A span after "for" that counts no one says how long the verb before it
// lasted; it takes no state from that verb. Counts of people keep theirs.
TEST(ClaimTest, ASpanAfterForTakesNoStateFromTheVerbBefore) {
  const StateRow kRows[] = {
      {"a span of seasons", "Varo returned to Delmont in 1994 and stayed for seven seasons until the Pumas hired him.",
       {{"seven seasons", "seasons", 7}}, ""},
      {"a span of winters, a hedge", "The family sheltered in the barn for about three winters, neighbours said.",
       {{"three winters", "winters", 3}}, ""},
      {"people after for keep their own state", "Rescuers dug through the night in Delmont for 12 trapped miners.",
       {{"12 trapped miners", "miners", 12}}, "sheltering"},
  };
  ExpectStates(kRows);
}

}  // namespace
}  // namespace crosscheck
