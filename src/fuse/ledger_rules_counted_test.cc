// The ledger rules of issue 11 on invented multi-report cases (table tests, one
// row per rule; helpers in fuse/ledger_rules_testing.h). What is counted:
// counted nouns by WordNet neighbourhood and qualifiers, a state left unsaid, a
// distinctive value joining people named two ways, parts of a composed figure
// (docs/LEDGER.md "Alignment").
#include <gtest/gtest.h>

#include "fuse/ledger_rules_testing.h"

namespace crosscheck::ledger_rules_testing {
namespace {

TEST(LedgerRulesTest, CountedNounsMatchByWordNetNeighbourhoodAndQualifiers) {
  auto nat = [](Fig* f) { f->qualifiers = "ukrainian"; };
  auto critical = [](Fig* f) { f->qualifiers = "critical"; };
  auto more = [](Fig* f) { f->qualifiers = "more"; };
  auto senators = [](const char* text, double v) { return F(text, v, v, v, "senators", "senator", "", ""); };
  auto state = [](Fig* f) { f->qualifiers = "level-state whig"; };
  auto federal = [](Fig* f) { f->qualifiers = "level-federal whig"; };
  auto whig = [](Fig* f) { f->qualifiers = "whig"; };
  auto house = [](Fig* f) { f->qualifiers = "body-house"; };
  auto senate = [](Fig* f) { f->qualifiers = "body-senate"; };
  const Row kRows[] = {
      {"residents and inhabitants",
       {Report("a", "2014-06-01", {F("300 residents", 300, 300, 300, "residents", "resident", "civilian", "displaced")}),
        Report("b", "2014-06-01", {F("300 inhabitants", 300, 300, 300, "inhabitants", "inhabitant", "civilian", "displaced")})},
       {{2, "agree", false}}},
      {"gunmen and attackers",
       {Report("a", "2014-06-01", {F("four gunmen", 4, 4, 4, "gunmen", "gunman", "", "killed")}),
        Report("b", "2014-06-01", {F("four attackers", 4, 4, 4, "attackers", "attacker", "", "killed")})},
       {{2, "agree", false}}},
      {"troops and soldiers (override table)",
       {Report("a", "2014-06-01", {F("2,000 troops", 2000, 2000, 2000, "troops", "troop", "combatant", "sheltering")}),
        Report("b", "2014-06-01", {F("2,000 soldiers", 2000, 2000, 2000, "soldiers", "soldier", "combatant", "sheltering")})},
       {{2, "agree", false}}},
      {"civilians and soldiers never meet",
       {Report("a", "2014-06-01", {F("200 civilians", 200, 200, 200, "civilians", "civilian", "civilian", "killed")}),
        Report("b", "2014-06-01", {F("200 soldiers", 200, 200, 200, "soldiers", "soldier", "combatant", "killed")})},
       {{1, "single", false}, {1, "single", false}}},
      {"a bare 'people' does not collect counts of things",
       {Report("a", "2014-06-01", {F("12 people", 12, 12, 12, "people", "people", "person", "")}),
        Report("b", "2014-06-01", {F("12 bridges", 12, 12, 12, "bridges", "bridge", "", "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"severity changes the measure",
       {Report("a", "2014-06-01", {People("12 people", 12, "injured")}),
        Report("b", "2014-06-01", {With(People("12 people", 12, "injured"), critical)})},
       {{1, "single", false}, {1, "single", false}}},
      {"a nationality on one side only does not",
       {Report("a", "2014-06-01", {F("500 fighters", 500, 500, 500, "fighters", "fighter", "combatant", "sheltering")}),
        Report("b", "2014-06-01",
               {With(F("500 fighters", 500, 500, 500, "fighters", "fighter", "combatant", "sheltering"), nat)})},
       {{2, "agree", false}}},
      {"nor does 'another'",
       {Report("a", "2014-06-01", {People("100,000 people", 100000, "sheltering")}),
        Report("b", "2014-06-01", {With(People("another 100,000", 100000, "sheltering"), more)})},
       {{2, "agree", false}}},
      // A level of government or a chamber names another set: "three
      // Whig state senators" and a later "two Whig U.S. senators" are no
      // update of one measure; a level on one side only does not part them.
      {"state and U.S. senators stay apart",
       {Report("a", "2014-06-01", {With(senators("three Whig state senators", 3), state)}),
        Report("b", "2014-06-03", {With(senators("two Whig U.S. senators", 2), federal)})},
       {{1, "single", false}, {1, "single", false}}},
      {"House and Senate members stay apart",
       {Report("a", "2014-06-01", {With(senators("five House members", 5), house)}),
        Report("b", "2014-06-03", {With(senators("five Senate members", 5), senate)})},
       {{1, "single", false}, {1, "single", false}}},
      {"a level on one side only does not",
       {Report("a", "2014-06-01", {With(senators("three Whig state senators", 3), state)}),
        Report("b", "2014-06-01", {With(senators("three Whig senators", 3), whig)})},
       {{2, "agree", false}}},
      // ... but with values that do not meet it names another set, not a
      // dispute: "three Whig state senators" and "the state's two Whig
      // senators" (its members in Washington).
      {"a level on one side only, values apart",
       {Report("a", "2014-06-01", {With(senators("three Whig state senators", 3), state)}),
        Report("b", "2014-06-01", {With(senators("the state's two Whig senators", 2), whig)})},
       {{1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A state one report names and another leaves unsaid is unknown, not
// another state: the same noun with the same exact value lines up; a
// different value, a vague band, another noun or two named states do not.
TEST(LedgerRulesTest, AStateLeftUnsaidIsUnknownNotAnother) {
  auto pirates = [](const char* text, double v, double lo, double hi, const char* state) {
    return F(text, v, lo, hi, "pirates", "pirate", "", state);
  };
  const Row kRows[] = {
      {"'captured 23 pirates' and 'the 23 pirates were taken aboard': one measure",
       {Report("a", "", {pirates("23 pirates", 23, 23, 23, "captured")}),
        Report("b", "", {pirates("the 23 pirates", 23, 23, 23, "")})},
       {{2, "agree", false}}},
      {"'captured 23 pirates' and '25 pirates' with no state: nothing but the noun joins them",
       {Report("a", "", {pirates("23 pirates", 23, 23, 23, "captured")}),
        Report("b", "", {pirates("25 pirates", 25, 25, 25, "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'captured dozens of pirates' and '30 pirates' with no state: a vague band is no exact meeting",
       {Report("a", "", {pirates("dozens of pirates", 24, 24, 99, "captured")}),
        Report("b", "", {pirates("30 pirates", 30, 30, 30, "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'captured three pirates' and 'three raiders' with no state, where a report gives three to its boats "
       "too: another noun keeps them apart",
       {Report("a", "", {pirates("three pirates", 3, 3, 3, "captured")}),
        Report("b", "", {F("three raiders", 3, 3, 3, "raiders", "raider", "", ""),
                         F("three boats", 3, 3, 3, "boats", "boat", "", "")})},
       {{1, "single", false}, {1, "single", false}, {1, "single", false}}},
      {"'23 pirates captured' and '23 pirates killed': two named states stay two measures",
       {Report("a", "", {pirates("23 pirates", 23, 23, 23, "captured")}),
        Report("b", "", {pirates("23 pirates", 23, 23, 23, "killed")})},
       {{1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// Two reports that give one distinctive value exactly — a plain whole
// number of 11 or more, not a multiple of ten — most likely count the same
// people, however each names them and whether or not each says their state.
TEST(LedgerRulesTest, ADistinctiveValueJoinsPeopleNamedTwoWays) {
  auto pirates = [](const char* text, double v, double lo, double hi, const char* state) {
    return F(text, v, lo, hi, "pirates", "pirate", "", state);
  };
  auto crew = [](const char* text, double v, double lo, double hi) {
    return F(text, v, lo, hi, "crew", "crew", "", "");
  };
  const Row kRows[] = {
      {"'captured 26 pirates' and '26 Somali crew on board': one measure",
       {Report("a", "", {pirates("26 pirates", 26, 26, 26, "captured")}), Report("b", "", {crew("26 crew", 26, 26, 26)})},
       {{2, "agree", false}}},
      {"'26 pirates captured' and '26 brigands captured': one measure",
       {Report("a", "", {pirates("26 pirates", 26, 26, 26, "captured")}),
        Report("b", "", {F("26 brigands", 26, 26, 26, "brigands", "brigand", "", "captured")})},
       {{2, "agree", false}}},
      {"'captured three pirates' and 'three crew': a small value meets by chance",
       {Report("a", "", {pirates("three pirates", 3, 3, 3, "captured")}), Report("b", "", {crew("three crew", 3, 3, 3)})},
       {{1, "single", false}, {1, "single", false}}},
      {"'captured 30 pirates' and '30 crew': a round value meets by chance",
       {Report("a", "", {pirates("30 pirates", 30, 30, 30, "captured")}), Report("b", "", {crew("30 crew", 30, 30, 30)})},
       {{1, "single", false}, {1, "single", false}}},
      {"'captured about 26 pirates' and '26 crew': a hedged value is no exact meeting",
       {Report("a", "", {pirates("about 26 pirates", 26, 24, 28, "captured")}),
        Report("b", "", {crew("26 crew", 26, 26, 26)})},
       {{1, "single", false}, {1, "single", false}}},
      {"'26 civilians killed' and '26 fighters killed': two classes of the lexicon stay apart",
       {Report("a", "", {F("26 civilians", 26, 26, 26, "civilians", "civilian", "civilian", "killed")}),
        Report("b", "", {F("26 fighters", 26, 26, 26, "fighters", "fighter", "combatant", "killed")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'captured 26 pirates' and '26 boats': things are not the people counted",
       {Report("a", "", {pirates("26 pirates", 26, 26, 26, "captured")}),
        Report("b", "", {F("26 boats", 26, 26, 26, "boats", "boat", "", "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'26 pirates captured' and '26 pirates killed': two named states stay two measures",
       {Report("a", "", {pirates("26 pirates", 26, 26, 26, "captured")}),
        Report("b", "", {F("26 raiders", 26, 26, 26, "raiders", "raider", "", "killed")})},
       {{1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A part of a composed figure ("23 pirates (12 Somali and 11 Yemeni)", "a
// group of 25" of "a total of 46") is a measure of its own: it lines up
// with another report's figure of that sub-group, and never with its whole
// or a sibling part, whichever of them comes first.
TEST(LedgerRulesTest, APartOfAComposedFigureIsAMeasureOfItsOwn) {
  auto part = [](Fig f, int of) {
    f.part_of = of;
    return f;
  };
  auto pirates = [](const char* text, double v, const char* qualifier) {
    Fig f = F(text, v, v, v, "pirates", "pirate", "", "captured");
    f.qualifiers = qualifier;
    return f;
  };
  const Row kRows[] = {
      {"'23 pirates (12 Somali and 11 Yemeni)' and '12 Somali pirates': the part lines up",
       {Report("a", "", {pirates("23 pirates", 23, ""), part(pirates("12 Somali", 12, "somali"), 0),
                         part(pirates("11 Yemeni", 11, "yemeni"), 0)}),
        Report("b", "", {pirates("12 Somali pirates", 12, "somali")})},
       {{1, "single", false}, {2, "agree", false}, {1, "single", false}}},
      {"'a group of 25' before 'a total of 46', and another report's '25': the whole stays apart",
       {Report("a", "", {part(People("a group of 25", 25, "evacuated"), 1), People("a total of 46", 46, "evacuated")}),
        Report("b", "", {People("25 people", 25, "evacuated")})},
       {{2, "agree", false}, {1, "single", false}}},
      {"'two women and a man' of 'three victims' killed: siblings stay apart",
       {Report("a", "", {People("three victims", 3, "killed"), part(People("two women", 2, "killed"), 0),
                         part(People("a man", 1, "killed"), 0)})},
       {{1, "single", false}, {1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A count of acts, events or spans of time in no state and of no one, or
// of someone on one side only ("four seasons", "Tony DiLeo's 19 seasons"),
// joins another only where their values meet or are near: a sports or business story tells several careers and
// records at once. Counts of things an event reached ("seven bridges",
// "eight bridges") keep their dispute.
TEST(LedgerRulesTest, CountsOfSpansAndActsJoinOnlyWhereTheirValuesMeet) {
  const std::vector<std::string> words = {"coach", "season", "spend", "team"};
  auto count = [&](const std::string& text, double v, const std::string& counted, const std::string& lemma) {
    Fig f = F(text, v, v, v, counted, lemma, "", "");
    f.context = words;
    return f;
  };
  const Row kRows[] = {
      {"four seasons and 19 seasons of two careers are two measures",
       {Report("a", "2008-12-13", {count("four seasons", 4, "seasons", "season")}),
        Report("b", "2008-12-13", {count("19 seasons", 19, "seasons", "season")})},
       {{1, "single", false}, {1, "single", false}}},
      {"three seasons told twice are one",
       {Report("a", "2008-12-13", {count("three seasons", 3, "seasons", "season")}),
        Report("b", "2008-12-13", {count("three seasons", 3, "seasons", "season")})},
       {{2, "agree", false}}},
      {"a holder on one side only is no licence: 'four seasons' and 'Tony DiLeo's 19 seasons' are two careers",
       {Report("a", "2008-12-13", {count("four seasons", 4, "seasons", "season")}),
        Report("b", "2008-12-13", {With(count("19 seasons", 19, "seasons", "season"), [](Fig* f) {
                 f->holder = "Tony DiLeo";
               })})},
       {{1, "single", false}, {1, "single", false}}},
      {"one holder's seasons told two ways by two reports are one count in dispute",
       {Report("a", "2008-12-13", {With(count("18 seasons", 18, "seasons", "season"), [](Fig* f) {
                 f->holder = "Tony DiLeo";
               })}),
        Report("b", "2008-12-13", {With(count("19 seasons", 19, "seasons", "season"), [](Fig* f) {
                 f->holder = "DiLeo";
               })})},
       {{2, "disagree", false}}},
      {"seven bridges and eight bridges are one count in dispute",
       {Report("a", "2009-01-05", {count("seven bridges", 7, "bridges", "bridge")}),
        Report("b", "2009-01-05", {count("8 bridges", 8, "bridges", "bridge")})},
       {{2, "disagree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A bare count of people (no noun but "people", or none; no state, holder,
// topic, qualifier or place) joins another figure only where the values
// meet: exactly against people named of their own, met or near against
// another bare count.
TEST(LedgerRulesTest, BareCountsOfPeopleJoinOnlyWhereTheirValuesMeet) {
  const Row kRows[] = {
      {"'30 people call' in a quote is no count of the story's '20 pledged delegates'",
       {Report("a", "2016-06-09", {F("20 pledged delegates", 20, 20, 20, "delegates", "delegate", "", "")}),
        Report("b", "2016-06-09", {F("30 people", 30, 30, 30, "people", "people", "", "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'thousands of people' in the streets is not '2,383 delegates'",
       {Report("a", "2016-06-09", {F("2,383 delegates", 2383, 2383, 2383, "delegates", "delegate", "", "")}),
        Report("b", "2016-06-09", {F("thousands of people", 3000, 2000, 9000, "people", "people", "", "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'chose four' and 'my two friends' are two unrelated bare counts",
       {Report("a", "2016-06-09", {F("four", 4, 4, 4, "", "", "", "")}),
        Report("b", "2016-06-09", {F("two", 2, 2, 2, "", "", "", "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"a bare count that meets another's value exactly still lines up",
       {Report("a", "2016-06-09", {F("412 delegates", 412, 412, 412, "delegates", "delegate", "", "")}),
        Report("b", "2016-06-09", {F("412 people", 412, 412, 412, "people", "people", "", "")})},
       {{2, "agree", false}}},
      {"a state makes it no bare count: 'five people killed' and 'six killed' dispute",
       {Report("a", "2016-06-09", {F("five people", 5, 5, 5, "people", "people", "", "killed")}),
        Report("b", "2016-06-09", {F("six", 6, 6, 6, "", "", "", "killed")})},
       {{2, "disagree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A vague toll told bare ("hundreds injured", "killing dozens": no noun,
// place or holder) joins another figure only where its band does not
// contradict the other's values at one time.
TEST(LedgerRulesTest, AVagueTollToldBareJoinsOnlyWhereItsBandFits) {
  const Row kRows[] = {
      {"'killing dozens' in a second clash is not the '12 people killed' at the Varnel depot",
       {Report("a", "2021-03-02", {People("12 people", 12, "killed")}),
        Report("b", "2021-03-02", {F("dozens", 12, 24, 96, "", "", "", "killed")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'killing dozens' is not 'seven people killed' either",
       {Report("a", "2021-03-02", {People("seven people", 7, "killed")}),
        Report("b", "2021-03-02", {F("dozens", 12, 24, 96, "", "", "", "killed")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'hundreds injured' lines up with '250 people injured'",
       {Report("a", "2021-03-02", {People("250 people", 250, "injured")}),
        Report("b", "2021-03-02", {F("hundreds", 100, 200, 900, "", "", "", "injured")})},
       {{2, "agree", false}}},
      {"'dozens killed' on the first day and '120 people killed' three days later: one toll rising",
       {Report("a", "2021-03-02", {F("dozens", 12, 24, 96, "", "", "", "killed")}),
        Report("b", "2021-03-05", {People("120 people", 120, "killed")})},
       {{2, "agree", true}}},
  };
  for (const Row& r : kRows) Check(r);
}

// Two shares of people whose verbs differ are two measures: what the people
// do or say is the measure. Shares of a thing, and verbs of being, are left
// to the score.
TEST(LedgerRulesTest, SharesOfPeopleWithOtherVerbsAreTwoMeasures) {
  auto share = [](const char* text, double v, const char* counted, const char* lemma, const char* verb) {
    Fig f = Share(text, v, "");
    f.counted = counted;
    f.lemma = lemma;
    f.predicate = verb;
    return f;
  };
  const Row kRows[] = {
      {"'4 in 10 voters want' is no turnout ('42% of voters participated')",
       {Report("a", "2016-03-16", {share("about 4 in 10 voters", 40, "voters", "voter", "want")}),
        Report("b", "2016-03-17", {share("42% of eligible voters", 42, "voters", "voter", "participate")})},
       {{1, "single", false}, {1, "single", false}}},
      {"one verb: one measure",
       {Report("a", "2016-03-16", {share("about 4 in 10 voters", 40, "voters", "voter", "want")}),
        Report("b", "2016-03-17", {share("42 percent of voters", 42, "voters", "voter", "want")})},
       {{2, "agree", false}}},
      {"a share of a thing is told with many verbs ('won' and 'got' two-thirds of the vote)",
       {Report("a", "2016-11-30", {share("two-thirds of the vote", 66.7, "vote", "vote", "win")}),
        Report("b", "2016-11-30", {share("two-thirds of the vote", 66.7, "vote", "vote", "get")})},
       {{2, "agree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// One value met exactly (Aligner::MetExactly): two reports that give one
// plain value (no hedge, no rounding band; 2 or more), which no report of
// the story gives to two measures its frames keep apart, join across a
// state one report leaves unsaid, a sub-group or a name on one side, and,
// in one named state, a noun of the same kind worded another way or a noun
// of a kind WordNet's lists do not know. A report that gives the value to
// two measures makes it ambiguous; a hedge, a value of one, no state, two
// named states, people against things, two classes of the lexicon and a
// severity still keep measures apart.
TEST(LedgerRulesTest, OneValueMetExactlyBridgesWording) {
  auto robbers = [](const char* text, double v, double lo, double hi, const char* state = "captured") {
    return F(text, v, lo, hi, "robbers", "robber", "", state);
  };
  auto men = [](const char* text, double v, const char* state = "captured") {
    return F(text, v, v, v, "men", "man", "person", state);
  };
  const Row kRows[] = {
      {"'four robbers captured' and 'four men captured': one measure",
       {Report("a", "", {robbers("four robbers", 4, 4, 4)}), Report("b", "", {men("four men", 4)})},
       {{2, "agree", false}}},
      {"'two vessels escaped' and 'two boats escaped': a noun WordNet's lists do not know says nothing against it",
       {Report("a", "", {F("two vessels", 2, 2, 2, "vessels", "vessel", "", "evacuated")}),
        Report("b", "", {F("two boats", 2, 2, 2, "boats", "boat", "", "evacuated")})},
       {{2, "agree", false}}},
      {"'three boats' and 'three of the boats': a sub-group on one side",
       {Report("a", "", {F("three boats", 3, 3, 3, "boats", "boat", "", "")}),
        Report("b", "", {With(F("three of the boats", 3, 3, 3, "boats", "boat", "", ""),
                              [](Fig* f) { f->qualifiers = "part"; })})},
       {{2, "agree", false}}},
      {"'two skiffs escaped' and 'the two boats': a state one report leaves unsaid, nouns WordNet relates",
       {Report("a", "", {F("two skiffs", 2, 2, 2, "skiffs", "skiff", "", "evacuated")}),
        Report("b", "", {F("the two boats", 2, 2, 2, "boats", "boat", "", "")})},
       {{2, "agree", false}}},
      {"'four robbers' and 'four men' where a report gives four to its cars too: ambiguous, apart",
       {Report("a", "", {robbers("four robbers", 4, 4, 4)}),
        Report("b", "", {men("four men", 4), F("four cars", 4, 4, 4, "cars", "car", "", "")})},
       {{1, "single", false}, {1, "single", false}, {1, "single", false}}},
      {"'four robbers' and 'four men' in no state: nothing says they are the ones counted",
       {Report("a", "", {robbers("four robbers", 4, 4, 4, "")}), Report("b", "", {men("four men", 4, "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'about four robbers' and 'four men': a hedge is no exact meeting",
       {Report("a", "", {robbers("about four robbers", 4, 3, 5)}), Report("b", "", {men("four men", 4)})},
       {{1, "single", false}, {1, "single", false}}},
      {"'one robber' and 'one man': a value of one meets by chance",
       {Report("a", "", {robbers("one robber", 1, 1, 1)}), Report("b", "", {men("one man", 1)})},
       {{1, "single", false}, {1, "single", false}}},
      {"'four robbers captured' and 'four men killed': two named states stay two measures",
       {Report("a", "", {robbers("four robbers", 4, 4, 4)}), Report("b", "", {men("four men", 4, "killed")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'four robbers' and 'four cars' captured: people are not things",
       {Report("a", "", {robbers("four robbers", 4, 4, 4)}),
        Report("b", "", {F("four cars", 4, 4, 4, "cars", "car", "", "captured")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'two civilians' and 'two fighters' killed: two classes of the lexicon stay apart",
       {Report("a", "", {F("two civilians", 2, 2, 2, "civilians", "civilian", "civilian", "killed")}),
        Report("b", "", {F("two fighters", 2, 2, 2, "fighters", "fighter", "combatant", "killed")})},
       {{1, "single", false}, {1, "single", false}}},
      {"'12 critically injured' and '12 injured': a severity names another measure",
       {Report("a", "", {With(People("12 people", 12, "injured"), [](Fig* f) { f->qualifiers = "critical"; })}),
        Report("b", "", {People("12 people", 12, "injured")})},
       {{1, "single", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// An entry's members share the verdict on a noun: a member that counts the
// same noun as a member that took the newcomer does not refuse it on the
// noun alone ("four men" in no state beside "four men captured" takes
// "four robbers captured", which the one-value rule joins to the latter).
TEST(LedgerRulesTest, AnEntrysMembersShareTheVerdictOnANoun) {
  auto robbers = [](const char* state) { return F("four robbers", 4, 4, 4, "robbers", "robber", "", state); };
  auto men = [](const char* state) { return F("four men", 4, 4, 4, "men", "man", "person", state); };
  const Row kRows[] = {
      {"'four robbers captured' joins 'four men captured' and 'four men' in no state",
       {Report("a", "", {men("captured")}), Report("b", "", {men("")}), Report("c", "", {robbers("captured")})},
       {{3, "agree", false}}},
      {"'four robbers' in no state: no member takes it, apart",
       {Report("a", "", {men("captured")}), Report("b", "", {men("")}), Report("c", "", {robbers("")})},
       {{2, "agree", false}, {1, "single", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// Two kinds of person WordNet relates only loosely (neighbours under one
// hypernym), both in no state, join only where their values meet or are
// near: "16 other candidates" is no count of "dozens of Democrats".
TEST(LedgerRulesTest, TwoKindsOfPeopleInNoStateJoinOnlyWhereTheirValuesMeet) {
  const Row kRows[] = {
      {"'16 candidates' and 'dozens of Democrats' are two groups",
       {Report("a", "2017-01-20", {F("dozens of Democrats", 36, 24, 96, "Democrats", "democrat", "", "")}),
        Report("b", "2017-01-20", {F("16 candidates", 16, 16, 16, "candidates", "candidate", "", "")})},
       {{1, "single", false}, {1, "single", false}}},
      {"one noun told two ways keeps its entry",
       {Report("a", "2017-01-20", {F("dozens of Democrats", 36, 24, 96, "Democrats", "democrat", "", "")}),
        Report("b", "2017-01-20", {F("about 60 Democrats", 60, 54, 66, "Democrats", "democrat", "", "")})},
       {{2, "agree", false}}},
      {"neighbours whose values meet still line up",
       {Report("a", "2017-01-20", {F("12 gunmen", 12, 12, 12, "gunmen", "gunman", "", "")}),
        Report("b", "2017-01-20", {F("12 attackers", 12, 12, 12, "attackers", "attacker", "", "")})},
       {{2, "agree", false}}},
      {"neighbours in one state keep their dispute",
       {Report("a", "2017-01-20", {F("three gunmen", 3, 3, 3, "gunmen", "gunman", "", "killed")}),
        Report("b", "2017-01-20", {F("five attackers", 5, 5, 5, "attackers", "attacker", "", "killed")})},
       {{2, "disagree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

// A figure that names no measure makes no entry when it stands alone:
// "only one" + a noun in no state (a statement that something is unique),
// and a small count of words or questions said in a quote (the speaker
// counting their own speech). The same figures joined by another report,
// or in a state, stay measures (ledger::NoMeasureAlone).
TEST(LedgerRulesTest, AFigureThatNamesNoMeasureMakesNoEntryAlone) {
  auto only = [](Fig* f) { f->hedge = "only"; };
  auto quoted = [](Fig* f) { f->speaker = "Dana Quill"; };
  const Row kRows[] = {
      {"'only one winner' alone: no entry",
       {Report("a", "2019-03-01", {With(F("only one winner", 1, 1, 1, "winner", "winner", "", ""), only)}),
        Report("b", "2019-03-01", {People("40 people", 40, "injured")})},
       {{1, "single", false}}},
      {"'only one conclusion' alone: no entry",
       {Report("a", "2019-03-01", {With(F("only one conclusion", 1, 1, 1, "conclusion", "conclusion", "", ""), only)})},
       {}},
      {"'only one person was killed' is a toll",
       {Report("a", "2019-03-01", {With(People("only one person", 1, "killed"), only)})},
       {{1, "single", false}}},
      {"'Two words sum it up' in a quote: no entry",
       {Report("a", "2019-03-01", {With(F("Two words", 2, 2, 2, "words", "word", "", ""), quoted)})},
       {}},
      {"'three questions' in a quote: no entry",
       {Report("a", "2019-03-01", {With(F("three questions", 3, 3, 3, "questions", "question", "", ""), quoted)})},
       {}},
      {"'two words' in narration stays",
       {Report("a", "2019-03-01", {F("two words", 2, 2, 2, "words", "word", "", "")})},
       {{1, "single", false}}},
      {"'4,000 messages' in a quote is a count",
       {Report("a", "2019-03-01", {With(F("4,000 messages", 4000, 4000, 4000, "messages", "message", "", ""), quoted)})},
       {{1, "single", false}}},
      {"two reports giving it: an entry",
       {Report("a", "2019-03-01", {With(F("two questions", 2, 2, 2, "questions", "question", "", ""), quoted)}),
        Report("b", "2019-03-01", {With(F("two questions", 2, 2, 2, "questions", "question", "", ""), quoted)})},
       {{2, "agree", false}}},
  };
  for (const Row& r : kRows) Check(r);
}

}  // namespace
}  // namespace crosscheck::ledger_rules_testing
