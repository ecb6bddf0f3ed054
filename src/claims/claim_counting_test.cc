// What a figure counts: harm nouns, agents, conditions, bare counts, "a mother
// of 12", ages after names, acts charged (tallies, records and counts that are
// no measure are in claim_tallies_test.cc)
// (claims/claim_testing.h builds the layers by hand).
#include <gtest/gtest.h>

#include <algorithm>

#include "claims/claim.h"
#include "claims/claim_testing.h"
#include "claims/frame.h"

namespace crosscheck {
namespace {

using namespace claim_testing;

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
  // A word of a person's name is no noun, though WordNet knows it (john);
  // the run goes on past it.
  Built c = Build("Marco Rubio has 163 and John Kasich has 63. He met six Barack Obama aides.", "2016-03-16",
                  {{"163", "", 163}, {"63", "", 63}, {"six", "", 6}});
  claim_testing::AddEntities(c, EntityType::kPerson, {"Marco Rubio", "John Kasich", "Barack Obama"});
  ASSERT_EQ(c.claims.size(), 3u);
  EXPECT_EQ(c.claims[0].counted, "");
  EXPECT_EQ(c.claims[1].counted, "");
  EXPECT_EQ(c.claims[2].counted, "aides");
}

// A counted word that is a modifier (no WordNet noun of people, groups or
// things, or a capitalised party word) gives way to the noun right after it;
// a plural or a hyphen-joined noun stays.
TEST(ClaimTest, AModifierReadAsTheCountedNounGivesWayToItsNoun) {
  struct Row {
    std::string text;
    claim_testing::QSpec q;
    std::string counted;
  };
  const std::vector<Row> rows = {
      {"More than 17 percent of eligible Republican voters took part.", {"17 percent", "eligible", 17}, "voters"},
      {"About 40 percent of Democratic voters are black.", {"40 percent", "Democratic", 40}, "voters"},
      {"Some 5,000 votes cast in the county were lost.", {"5,000 votes", "votes", 5000}, "votes"},
      {"He faces a seven-count indictment.", {"seven-count", "count", 7}, "count"},
      // The head of a plural noun phrase is its last noun, past a modifier
      // WordNet also knows as a noun of people (general) or of groups.
      {"A number of Ms. Varga's likely Whig general election opponents condemned the plan.",
       {"A number of", "Varga's", 2},
       "opponents"},
      {"Five general election opponents condemned the plan.", {"Five", "general", 5}, "opponents"},
      // A noun of a group of people keeps its reading.
      {"Two staff members left.", {"Two", "staff", 2}, "staff"},
      // One thing and a verb's -s form: the verb, not a plural head.
      {"One worker faces charges.", {"One", "worker", 1}, "worker"},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2016-03-16", {r.q});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].counted, r.counted);
  }
}

// A bare count before "of", perhaps a determiner, and a figure that counts
// a noun is a part of that whole and counts its noun ("1 of 13 passes"),
// not the noun of the paragraph's figure before it; a whole with no noun
// of its own, or a fraction, lends none.
TEST(ClaimTest, APartBeforeItsWholeCountsTheWholesNoun) {
  struct Row {
    std::string text;
    std::vector<claim_testing::QSpec> qs;
    size_t figure;
    std::string counted, qualifiers;
  };
  const std::vector<Row> rows = {
      {"After a stretch in which he connected on 1 of 13 passes, he led the drive.",
       {{"1", "", 1}, {"13 passes", "passes", 13}}, 0, "passes", "part"},
      // An order word picks a run of the whole; "every" a share of each.
      {"Philadelphia won 18 of its next 23 games.", {{"18", "", 18}, {"23 games", "games", 23}}, 0, "games", "part"},
      {"Two of every 10 adults smoke.", {{"Two", "", 2}, {"10 adults", "adults", 10}}, 0, "adults", "part"},
      {"Marines seized 30 rifles. Two of the 12 hostages were freed on Monday.",
       {{"30 rifles", "rifles", 30}, {"Two", "", 2}, {"12 hostages", "hostages", 12}}, 1, "hostages", "part"},
      {"Police found 40 shell casings, and three of those 40 workers were hurt.",
       {{"40 shell casings", "casings", 40}, {"three", "", 3}, {"40 workers", "workers", 40}}, 1, "workers", "part"},
      // No noun on the whole: the paragraph's noun, as before.
      {"Rescuers freed 20 miners; 5 of the 20 were hurt.",
       {{"20 miners", "miners", 20}, {"5", "", 5}, {"20", "", 20}}, 1, "miners", "part"},
      // "of" and a noun phrase with no figure: no whole to count by.
      {"Four of the victims were children.", {{"Four", "", 4}}, 0, "", "part"},
      // The group's verb across a comma is no verb of the part's own
      // (coordinator, session 27): a sub-group still.
      {"More than 100 people have died, eight of them Americans.",
       {{"More than 100 people", "people", 100}, {"eight", "", 8}}, 1, "people", "part"},
      // A relative pronoun is no noun: its antecedent's noun is counted.
      {"The party has 718 superdelegates, a few of whom get half a vote.",
       {{"718 superdelegates", "superdelegates", 718}, {"a few", "whom", 3}}, 1, "superdelegates", "part"},
      {"Police towed 20 cars, six of which were stolen.",
       {{"20 cars", "cars", 20}, {"six", "which", 6}}, 1, "cars", "part"},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2020-03-01", r.qs);
    ASSERT_EQ(b.claims.size(), r.qs.size());
    EXPECT_EQ(b.claims[r.figure].counted, r.counted);
    EXPECT_EQ(b.claims[r.figure].qualifiers, r.qualifiers);
  }
}

// A count whose noun is a unit's name, modifiers between ("352 net rushing
// yards"), is a quantity in that unit, as "352 yards rushing" is; nouns
// that are no unit stay counted.
TEST(ClaimTest, ACountOfAUnitsNameIsAQuantityInThatUnit) {
  struct Row {
    std::string text, figure, counted;
    std::string kind, unit, counted_lemma;
  };
  const std::vector<Row> rows = {
      {"The visitors ran for 352 net rushing yards.", "352", "yards", "length", "yd", ""},
      {"The streak of 21 consecutive years in the playoffs ended.", "21", "years", "duration", "yr", ""},
      {"They scored 17 unanswered points in the fourth.", "17", "points", "points", "pt", ""},
      {"The ship carried 40 more metric tons of grain.", "40", "tons", "mass", "t", ""},
      {"Police questioned 12 local residents.", "12", "residents", "count", "", "resident"},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2012-12-23", {{r.figure, r.counted, 1}});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].kind, r.kind);
    EXPECT_EQ(b.claims[0].unit, r.unit);
    EXPECT_EQ(b.claims[0].counted_lemma, r.counted_lemma);
  }
}

// A count before a model's name counts the noun after the name, else the
// name itself ("seven AK-47s"), never a noun borrowed from an earlier
// figure; the number of a name written apart ("AK - 47") is no count.
TEST(ClaimTest, ACountBeforeAModelsNameCountsTheNameOrItsNoun) {
  Built b = Build(
      "Marines captured 23 pirates and seized seven AK-47s from their skiff. They also found six AK 47 rifles "
      "and 14 AK - 47 rifles hidden under nets.\n\nPOLICE SAY 5 KILLED IN RAID",
      "2008-11-12",
      {{"23 pirates", "pirates", 23}, {"seven", "", 7}, {"six", "", 6}, {"14", "", 14}, {"47 rifles", "rifles", 47},
       {"5", "", 5}});
  ASSERT_EQ(b.claims.size(), 6u);
  EXPECT_EQ(b.claims[1].counted, "AK-47s");
  EXPECT_EQ(b.claims[1].counted_lemma, "ak-47");  // the plural "s" is no part of the name
  EXPECT_EQ(b.claims[1].group, "");
  EXPECT_EQ(b.claims[1].measure, "ak-47s");
  EXPECT_EQ(b.claims[2].counted, "rifles");  // not the pirates of the figure before
  EXPECT_EQ(b.claims[3].counted, "rifles");
  EXPECT_EQ(b.claims[4].measure, "");  // "47" of "AK - 47": a name's number
  // Capitals that are a headline's words are no name: 5 keeps its reading.
  EXPECT_EQ(b.claims[5].state, "killed");
  EXPECT_NE(b.claims[5].measure, "");
}

// Magnitudes listed together are the quakes' in the list's order; a
// magnitude alone, or one apart from the list, has no rank.
TEST(ClaimTest, AListOfMagnitudesRanksItsQuakes) {
  Built b = Build(
      "Two quakes, measuring 7.6 and 7.4, struck west of Manokwari on Sunday. A magnitude 6.1 aftershock "
      "followed on Wednesday.",
      "2009-01-07", {{"7.6", "", 7.6}, {"7.4", "", 7.4}, {"6.1", "", 6.1}});
  ASSERT_EQ(b.claims.size(), 3u);
  EXPECT_EQ(b.claims[0].kind, "magnitude");
  EXPECT_EQ(b.claims[1].kind, "magnitude");
  EXPECT_EQ(b.claims[2].kind, "magnitude");
  EXPECT_EQ(b.claims[0].list_rank, 1);
  EXPECT_EQ(b.claims[1].list_rank, 2);
  EXPECT_EQ(b.claims[2].list_rank, 0);
}

// A bare count answering "how many <noun>" in its sentence counts that
// noun, not the last counted noun of the paragraph.
TEST(ClaimTest, ABareCountAnswersHowMany) {
  Built b = Build("Three justices had doubts. Estimates of how many women could be included run to 1.6 million.",
                  "2011-03-29", {{"Three justices", "justices", 3}, {"1.6 million", "", 1.6e6}});
  ASSERT_EQ(b.claims.size(), 2u);
  EXPECT_EQ(b.claims[1].counted, "women");
  EXPECT_EQ(b.claims[1].measure, "women");
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
      // A number a plural verb follows is that verb's subject: a count.
      {"Already, 520 delegates have said they support Ana Ruiz, 39 have said they support Tom Reed.",
       {{"520 delegates", "delegates", 520}, {"39", "", 39}}, {"Ana Ruiz", "Tom Reed"}, {"count", "count"}},
      // A surname the entity layer missed there, of a person named in full
      // earlier, set off by commas on both sides.
      {"Duncan Hunter was indicted. Mr. Hunter, 41, becomes the second.", {{"41", "", 41}}, {"Duncan Hunter"},
       {"age"}},
      {"Tom Reed spoke. Six people were hurt in Leeds, 40, police said.",
       {{"Six people", "people", 6}, {"40", "", 40}}, {"Tom Reed"}, {"count", "count"}},
      // No person before the comma: a count ("the attack killed civilians, 40
      // of them children" is not an age).
      {"Six people were wounded in Leeds, 40 were evacuated.", {{"Six people", "people", 6}, {"40", "", 40}}, {},
       {"count", "count"}},
      // An age reached: a bare number after a form of "turn" (session 27).
      {"He has eight children, including a boy who just turned 6.", {{"eight children", "children", 8}, {"6", "", 6}},
       {}, {"count", "age"}},
      {"Rivera turns 40 on Friday.", {{"40", "", 40}}, {"Rivera"}, {"age"}},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2020-03-02", r.figures);
    AddEntities(b, EntityType::kPerson, r.persons);
    ASSERT_EQ(b.claims.size(), r.kinds.size());
    for (size_t i = 0; i < r.kinds.size(); ++i) {
      SCOPED_TRACE(i);
      EXPECT_EQ(b.claims[i].kind, r.kinds[i]);
      if (r.kinds[i] == "age") {
        EXPECT_EQ(b.claims[i].counted, "");
      }
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

namespace crosscheck {
namespace {

using namespace claim_testing;

// "N of the X" names a sub-group (qualifier `part`), unless the state the
// figure's own verb gives picks the sub-group out ("capturing 23 of the
// raiders": the 23 captured are what is counted) or "all" makes it the
// whole ("all three of the people").
TEST(ClaimTest, ASubGroupPickedOutByItsOwnStateIsThatStatesCount) {
  struct Case {
    const char* text;
    std::vector<QSpec> figures;
    size_t claim;  // the figure looked at
    bool part;
    const char* state;
  };
  const Case kCases[] = {
      {"The navy came to the rescue of a ship, capturing 23 of the raiders.", {{"23", "raiders", 23}}, 0, false,
       "captured"},
      {"At least 17 of the hijacked ships are still being held captive by the pirates.",
       {{"17", "ships", 17}}, 0, false, "captured"},
      {"Five of them were critically injured.", {{"Five", "", 5}}, 0, false, "injured"},
      {"Two of the three victims died.", {{"Two", "", 2}, {"three", "victims", 3}}, 0, true, "killed"},
      {"Three of the injured were children.", {{"Three", "injured", 3}}, 0, true, ""},
      {"Fifteen of the hijackers were Saudi.", {{"Fifteen", "hijackers", 15}}, 0, true, ""},
      {"I'm not positive all three of the people were targeted.", {{"three", "people", 3}}, 0, false, ""},
  };
  for (const Case& k : kCases) {
    SCOPED_TRACE(k.text);
    Built b = Build(k.text, "2022-06-10", k.figures);
    ASSERT_GT(b.claims.size(), k.claim);
    const Claim& c = b.claims[k.claim];
    EXPECT_EQ((" " + c.qualifiers + " ").find(" part ") != std::string::npos, k.part) << c.qualifiers;
    EXPECT_EQ(c.state, k.state);
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

using namespace claim_testing;

// A parent's children are the parent's: their holder is the parent named
// before ("Ana Ruiz, a mother of 12"), never a name after the figure ("mom
// of 12 Tom Reed, 20 was found guilty": a headline run into its first line),
// while an age keeps the name after it ("the 76-year-old Ana Ruiz").
TEST(ClaimTest, AParentsChildrenTakeNoHolderAfterThem) {
  struct Row {
    std::string text;
    QSpec figure;
    std::vector<std::string> persons;
    std::string holder;
  };
  const Row kRows[] = {
      {"Gang member guilty in slay of Brooklyn mom of 12 Tom Reed, 20 was found guilty.", {"12", "", 12},
       {"Tom Reed"}, ""},
      {"Police said Ana Ruiz, a mother of 12, was shot.", {"12", "", 12}, {"Ana Ruiz"}, ""},
      {"The 76-year-old Ana Ruiz spoke.", {"76-year-old", "", 76}, {"Ana Ruiz"}, "Ana Ruiz"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2020-03-02", {r.figure});
    AddEntities(b, EntityType::kPerson, r.persons);
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].holder, r.holder);
    if (r.holder.empty()) EXPECT_EQ(b.claims[0].counted_lemma, "child");
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

using namespace claim_testing;

// "one" is a count when its noun follows it and names a thing, or when
// another figure of its sentence counts the same noun (a list of counts);
// "one" opening an adverbial, or a bare "one" before a person, stays out.
TEST(ClaimTest, OneCountsWhenItsThingFollowsOrItIsListed) {
  Built b = Build(
      "Prosecutors charged Vance Orrin with three counts of fraud and one count of perjury. The council changed "
      "only one paragraph in the Tarnby draft. Coach Bela Marsh was fired after one season in charge. The Dunmore "
      "couple adopted two boys in 2015 and one boy in 2019. At one point the crowd surged. One juror said the panel was split. "
      "One member of the board is recovering from surgery.",
      "2021-03-04",
      {{"three", "counts", 3},
       {"one", "count", 1},
       {"one", "paragraph", 1},
       {"one", "season", 1},
       {"two", "boys", 2},
       {"one", "boy", 1},
       {"one", "point", 1},
       {"One", "juror", 1},
       {"One", "member", 1}});
  ASSERT_EQ(b.claims.size(), 9u);
  EXPECT_NE(b.claims[1].measure, "");  // listed with "three counts"
  EXPECT_NE(b.claims[2].measure, "");  // a thing right after "one"
  EXPECT_NE(b.claims[3].measure, "");
  EXPECT_NE(b.claims[5].measure, "");  // a person, but listed with "two boys"
  EXPECT_EQ(b.claims[6].measure, "");  // "at one point": an adverbial
  EXPECT_EQ(b.claims[7].measure, "");  // a person introduced, no state, no list
  EXPECT_EQ(b.claims[8].measure, "");
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

using namespace claim_testing;

// A harm noun's "of" reaches a count past a definite determiner: "the
// bodies of the two hikers" were killed; a noun that names no harm ("the
// families of the three climbers") gives none.
TEST(ClaimTest, AHarmNounsOfReachesPastADeterminer) {
  Built b = Build(
      "The bodies of the two hikers were found near Carrow Ridge. Police announced the arrest of those five men. "
      "The families of the three climbers gathered at the lodge.",
      "2019-08-02",
      {{"two", "hikers", 2}, {"five", "men", 5}, {"three", "climbers", 3}});
  ASSERT_EQ(b.claims.size(), 3u);
  EXPECT_EQ(b.claims[0].state, "killed") << b.claims[0].state_word;
  EXPECT_EQ(b.claims[1].state, "captured") << b.claims[1].state_word;
  EXPECT_EQ(b.claims[2].state, "") << b.claims[2].state_word;
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

using namespace claim_testing;

// A state verb in its base form after "to" or a modal is wanted or about to
// happen: no state of the figure after it, nor one from further back. A
// perfect infinitive ("is feared to have killed") reports a harm done.
TEST(ClaimTest, AnInfinitiveStateIsWantedNotDone) {
  Built b = Build(
      "Police said Rolf Adley intended to kill two more guards. Officials in Harlow Bay plan to evacuate 500 "
      "residents. A fire in Tamsin could injure dozens of workers. The storm is feared to have killed 30 people.",
      "2020-02-11",
      {{"two", "guards", 2}, {"500", "residents", 500}, {"dozens", "workers", 36}, {"30", "people", 30}});
  ASSERT_EQ(b.claims.size(), 4u);
  EXPECT_EQ(b.claims[0].state, "") << b.claims[0].state_word;
  EXPECT_EQ(b.claims[1].state, "") << b.claims[1].state_word;
  EXPECT_EQ(b.claims[2].state, "") << b.claims[2].state_word;
  EXPECT_EQ(b.claims[3].state, "killed") << b.claims[3].state_word;
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

using namespace claim_testing;

// A bare number in apposition to the noun "age" is an age, not a count of
// the noun an earlier figure of the paragraph lent it; a number after a
// comma that follows another noun stays a count.
TEST(ClaimTest, ANumberApposedToAgeIsAnAge) {
  Built b = Build(
      "Three officials doubted Mr. Varga. His age, 71, could be a problem, they said. Two aides disagreed. "
      "The fleet, 40, sailed on Monday.",
      "2018-05-17",
      {{"Three", "officials", 3}, {"71", "", 71}, {"Two", "aides", 2}, {"40", "", 40}});
  ASSERT_EQ(b.claims.size(), 4u);
  EXPECT_EQ(b.claims[1].kind, "age");
  EXPECT_EQ(b.claims[1].counted, "");
  EXPECT_NE(b.claims[1].measure, "");
  EXPECT_EQ(b.claims[3].kind, "count");
}

// A level of government or a chamber in the counted phrase ("state", "U.S.",
// "federal", "county", "city", "House", "Senate") is a qualifier that names
// the measure: "state senators" and "U.S. senators" are two sets.
TEST(ClaimTest, ALevelOrChamberQualifiesTheCount) {
  Built b = Build(
      "Three Republican state senators opposed the bill. Two Republican U.S. senators backed it. Five House members and "
      "four Senate aides signed. Nine senators abstained.",
      "2014-06-01",
      {{"Three", "senators", 3}, {"Two", "senators", 2}, {"Five", "members", 5}, {"four", "aides", 4},
       {"Nine", "senators", 9}});
  ASSERT_EQ(b.claims.size(), 5u);
  EXPECT_EQ(b.claims[0].qualifiers, "level-state republican");
  EXPECT_EQ(b.claims[0].measure, "state senators");
  EXPECT_EQ(b.claims[1].qualifiers, "level-federal");
  EXPECT_EQ(b.claims[1].measure, "U.S. senators");
  EXPECT_EQ(b.claims[2].qualifiers, "body-house");
  EXPECT_EQ(b.claims[3].qualifiers, "body-senate");
  EXPECT_EQ(b.claims[4].qualifiers, "");
  EXPECT_EQ(b.claims[4].measure, "senators");
}

}  // namespace
}  // namespace crosscheck
