// The WordNet-built lexicon as committed in data/lexicon: classes of counted
// nouns, states and places, morphology, overrides and load errors.
#include "claims/lexicon.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

const Lexicon& Lex() {
  const Lexicon& lex = Lexicon::Default();
  EXPECT_FALSE(lex.empty()) << Lexicon::DefaultLoadError();
  return lex;
}

TEST(LexiconTest, LoadsTheCommittedTables) {
  EXPECT_EQ(Lexicon::DefaultLoadError(), "");
  EXPECT_GT(Lex().size(), 1500u);
}

TEST(LexiconTest, ClassesCountedNouns) {
  struct Row { const char* word; const char* group; };
  const Row kRows[] = {
      {"civilians", "civilian"}, {"Civilians", "civilian"}, {"villagers", "civilian"},
      {"residents", "civilian"}, {"refugees", "civilian"},  {"kids", "child"},
      {"children", "child"},     {"youngsters", "child"},   {"babies", "child"},
      {"fighters", "combatant"}, {"troops", "combatant"},   {"soldiers", "combatant"},
      {"servicemen", "combatant"}, {"marines", "combatant"}, {"people", "person"},
      {"hostages", "prisoner"},  {"tanks", ""},             {"tons", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.word);
    EXPECT_EQ(Lex().GroupOf(r.word), r.group);
  }
}

// Simple pasts: WordNet's irregular forms and the overrides' pasts spelled
// like their base; -ing and -s forms ("was" among them: the caller's
// auxiliaries), lemmas and regular -ed forms are not the lexicon's to claim.
TEST(LexiconTest, KnowsIrregularPasts) {
  for (const char* w : {"struck", "left", "took", "were", "saw", "fled", "hit", "spread"}) {
    SCOPED_TRACE(w);
    EXPECT_TRUE(Lex().IsIrregularPast(w));
  }
  for (const char* w : {"strike", "leave", "has", "is", "was", "killed", "taking", "people", "see"}) {
    SCOPED_TRACE(w);
    EXPECT_FALSE(Lex().IsIrregularPast(w));
  }
}

// The frames after which a harm is no state, in any inflection of the verb.
TEST(LexiconTest, NoStateFramesMatchAnyInflection) {
  EXPECT_TRUE(Lex().NoStateAfter("sentenced", "to"));
  EXPECT_TRUE(Lex().NoStateAfter("sentences", "to"));
  EXPECT_TRUE(Lex().NoStateAfter("charged", "with"));
  EXPECT_TRUE(Lex().NoStateAfter("guilty", "of"));
  EXPECT_FALSE(Lex().NoStateAfter("beaten", "to"));
  EXPECT_FALSE(Lex().NoStateAfter("sentenced", "with"));
  EXPECT_TRUE(Lex().IsCopula("remained"));
  EXPECT_TRUE(Lex().IsCopula("stays"));
  EXPECT_FALSE(Lex().IsCopula("fled"));
  Lexicon lex;
  ASSERT_TRUE(lex.AddOverrides("nostate\tpledge\tto\npast\tbet\n", "test").ok());
  EXPECT_TRUE(lex.NoStateAfter("pledge", "to"));
  EXPECT_TRUE(lex.IsIrregularPast("bet"));
}

TEST(LexiconTest, ClassesStatesInAnyInflection) {
  struct Row { const char* word; const char* next; const char* state; };
  const Row kRows[] = {
      {"trapped", "", "sheltering"},   {"stranded", "", "sheltering"}, {"sheltering", "", "sheltering"},
      {"holed", "up", "sheltering"},   {"hunkered", "down", "sheltering"}, {"taking", "shelter", "sheltering"},
      {"evacuated", "", "evacuated"},  {"rescued", "", "evacuated"},   {"evacuation", "", "evacuated"},
      {"leave", "", "evacuated"},      {"killed", "", "killed"},       {"died", "", "killed"},
      {"death", "", "killed"},         {"wounded", "", "injured"},     {"injured", "", "injured"},
      {"fled", "", "displaced"},       {"displaced", "", "displaced"}, {"fighting", "", "fighting"},
      {"holding", "out", "fighting"},  {"captured", "", "captured"},   {"missing", "", "missing"},
      {"going", "", ""},               {"said", "", ""},               {"steel", "", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(std::string(r.word) + " " + r.next);
    std::string got = *r.next ? Lex().StateOf(r.word, r.next) : Lex().StateOf(r.word);
    EXPECT_EQ(got, r.state);
  }
}

TEST(LexiconTest, ClassesPlaces) {
  struct Row { const char* word; const char* kind; };
  const Row kRows[] = {
      {"plant", "facility"},   {"steelworks", "facility"}, {"works", "facility"},  {"factory", "facility"},
      {"bunkers", "facility"}, {"tunnels", "facility"},    {"hospital", "care"}, {"mine", "facility"},
      {"city", "settlement"},  {"town", "settlement"},     {"villages", "settlement"}, {"port", "settlement"},
      {"infirmary", "care"},   {"clinics", "care"},        {"sanatorium", "care"},
      {"civilians", ""},       {"areas", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.word);
    EXPECT_EQ(Lex().PlaceKindOf(r.word), r.kind);
  }
}

TEST(LexiconTest, FoldsNounsToTheirBase) {
  struct Row { const char* word; const char* lemma; };
  const Row kRows[] = {
      {"children", "child"}, {"kids", "kid"},     {"cities", "city"},   {"boxes", "box"},
      {"horses", "horse"},   {"churches", "church"},    {"women", "woman"},   {"servicemen", "serviceman"},
      {"people", "people"},  {"works", "works"},  {"glass", "glass"},   {"Mariupol's", "mariupol"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.word);
    EXPECT_EQ(Lex().NounLemma(r.word), r.lemma);
  }
}

TEST(LexiconTest, FoldsVerbsToWordNetLemmas) {
  struct Row { const char* word; const char* lemma; };
  const Row kRows[] = {
      {"outnumbered", "outnumber"}, {"hoped", "hope"},     {"stopped", "stop"},    {"fled", "flee"},
      {"demands", "demand"},        {"carried", "carry"},  {"paid", "pay"},        {"employed", "employ"},
      {"cornered", "corner"},       {"needs", "need"},     {"staging", "stage"},   {"killed", "kill"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.word);
    EXPECT_EQ(Lex().VerbLemma(r.word), r.lemma);
  }
}

TEST(LexiconTest, CompatibleGroupsComeFromTheOverrides) {
  EXPECT_TRUE(Lex().GroupsCompatible("civilian", "civilian"));
  EXPECT_TRUE(Lex().GroupsCompatible("person", "civilian"));
  EXPECT_TRUE(Lex().GroupsCompatible("civilian", "person"));
  EXPECT_FALSE(Lex().GroupsCompatible("civilian", "combatant"));
  EXPECT_FALSE(Lex().GroupsCompatible("person", "combatant"));
  EXPECT_FALSE(Lex().GroupsCompatible("child", "civilian"));
  EXPECT_EQ(Lex().ImpliedState("deaths"), "killed");
  EXPECT_EQ(Lex().ImpliedState("refugees"), "displaced");
  EXPECT_EQ(Lex().ImpliedState("civilians"), "");
}

TEST(LexiconTest, OverridesAddRemoveAndFailOnBadRows) {
  Lexicon lex;
  ASSERT_TRUE(lex.AddOverrides("# comment\nstate\tpinned down\tsheltering\ngroup\tmedics\tcivilian\n", "t").ok());
  EXPECT_EQ(lex.StateOf("pinned", "down"), "sheltering");
  EXPECT_EQ(lex.GroupOf("medics"), "civilian");
  ASSERT_TRUE(lex.AddOverrides("group\tmedics\t-\n", "t").ok());
  EXPECT_EQ(lex.GroupOf("medics"), "");
  Status bad = lex.AddOverrides("state\tonly-two-fields\n", "extra.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("extra.tsv:1"), std::string::npos) << bad.error().message;
}

// Rows of different widths one after another: each row is read with its
// own fields only (the fields are reused from row to row), long values and
// short ones alike.
TEST(LexiconTest, OverrideRowsOfEveryWidthReadTheirOwnFields) {
  Lexicon lex;
  ASSERT_TRUE(lex.AddOverrides("compatible\tgroup\tquorblers of the northern marsh\tcivilian\n"
                               "group\tzentics\tcivilian\n"
                               "state\tfrobnicated\tsheltering\n"
                               "group\tvelmarian lighthouse keepers of the far coast\tcivilian\n"
                               "group\tq\tcombatant\n",
                               "t")
                  .ok());
  EXPECT_TRUE(lex.GroupsCompatible("quorblers of the northern marsh", "civilian"));
  EXPECT_EQ(lex.GroupOf("zentics"), "civilian");
  EXPECT_EQ(lex.StateOf("frobnicated"), "sheltering");
  EXPECT_EQ(lex.GroupOf("velmarian lighthouse keepers of the far coast"), "civilian");
  EXPECT_EQ(lex.GroupOf("q"), "combatant");
  // A three-field row after a four-field one is still three fields: a
  // fourth left over would make it malformed.
  Status bad = lex.AddOverrides("compatible\tgroup\ta\tb\nstate\tonly-two-fields\n", "x.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("x.tsv:2"), std::string::npos) << bad.error().message;
}

// StateOf's per-thread memo answers for one lexicon content: a lexicon
// whose overrides add a state (a new content) is asked afresh.
TEST(LexiconTest, StateMemoFollowsTheLexiconContent) {
  Lexicon lex;
  EXPECT_EQ(lex.StateOf("zorbled"), "");
  EXPECT_EQ(lex.StateOf("pinned", "down"), "");
  ASSERT_TRUE(lex.AddOverrides("state\tzorbled\tsheltering\nstate\tpinned down\tsheltering\n", "t").ok());
  EXPECT_EQ(lex.StateOf("zorbled"), "sheltering");
  EXPECT_EQ(lex.StateOf("pinned", "down"), "sheltering");
  EXPECT_EQ(lex.StateOf("pinne", "ddown"), "");
  EXPECT_EQ(lex.StateOf("pinned", "down"), "sheltering");
  Lexicon other;
  EXPECT_EQ(other.StateOf("zorbled"), "");
}

// Two-word states are looked up only when the second word ends some
// state key (the index of key tails): it follows added and removed rows,
// inflected first words ("Pinning down") and keys of three words.
TEST(LexiconTest, TwoWordStatesFollowTheirIndex) {
  Lexicon lex;
  ASSERT_TRUE(lex.AddOverrides("state\tpin down\tsheltering\nstate\thunker down low\tsheltering\n", "t").ok());
  EXPECT_EQ(lex.StateOf("Pinning", "DOWN"), "sheltering");
  EXPECT_EQ(lex.StateOf("hunkered", "down low"), "sheltering");
  EXPECT_EQ(lex.StateOf("hunker down", "low"), "sheltering");
  EXPECT_EQ(lex.StateOf("pinned", "up"), "");
  ASSERT_TRUE(lex.AddOverrides("state\tpin down\t-\n", "t").ok());
  EXPECT_EQ(lex.StateOf("pinning", "down"), "");
  Lexicon copy = lex;
  ASSERT_TRUE(copy.AddOverrides("state\tpin up\tsheltering\n", "t").ok());
  EXPECT_EQ(copy.StateOf("pinned", "up"), "sheltering");
  EXPECT_EQ(lex.StateOf("pinned", "up"), "");
}

// PlaceKindOf and VerbLemma remember answers per thread, for one content.
TEST(LexiconTest, PlaceAndVerbMemosFollowTheLexiconContent) {
  Lexicon lex;
  EXPECT_EQ(lex.PlaceKindOf("zorbworks"), "");
  EXPECT_EQ(lex.VerbLemma("zorbled"), "zorble");
  ASSERT_TRUE(lex.AddOverrides("place\tzorbworks\tfacility\n", "t").ok());
  EXPECT_EQ(lex.PlaceKindOf("zorbworks"), "facility");
  EXPECT_EQ(lex.PlaceKindOf("Zorbworks"), "facility");
  EXPECT_EQ(lex.VerbLemma("zorbled"), "zorble");
  Lexicon other;
  EXPECT_EQ(other.PlaceKindOf("zorbworks"), "");
}

TEST(LexiconTest, LoadNamesTheMissingFile) {
  Result<Lexicon> r = Lexicon::Load("/nonexistent/lexicon");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("/nonexistent/lexicon/groups.tsv"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
