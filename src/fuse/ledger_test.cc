// Alignment and agreement rules of the ledger on invented multi-report
// cases (docs/LEDGER.md): agreeing, disagreeing, time-evolving, different
// scopes (facility vs city), different counted groups, copies, wildcards.
#include "fuse/ledger.h"

#include <gtest/gtest.h>

#include "fuse/ledger_agreement.h"
#include "fuse/ledger_test_util.h"

namespace crosscheck {
namespace {

using testing::Fig;
using testing::MakeReport;

// A figure of `who` in `state` at `place`. Places: "Azovstal" (a named
// facility), "Mariupol" (a named town), "the plant" (an unnamed facility),
// "the city" (an unnamed settlement), "" (none).
Fig F(const std::string& text, double v, double lo, double hi, const std::string& who,
      const std::string& state, const std::string& place, const std::string& speaker = "",
      const std::string& time = "") {
  struct Who { const char* counted; const char* lemma; const char* group; };
  static const Who kWho[] = {{"civilians", "civilian", "civilian"}, {"people", "people", "person"},
                             {"fighters", "fighter", "combatant"},  {"troops", "troop", "combatant"},
                             {"children", "child", "child"},       {"kids", "kid", "child"},
                             {"residents", "resident", "civilian"}, {"tanks", "tank", ""}};
  Fig f;
  f.text = text;
  f.value = v;
  f.band_low = lo;
  f.band_high = hi;
  for (const Who& w : kWho)
    if (who == w.counted) {
      f.counted = w.counted;
      f.lemma = w.lemma;
      f.group = w.group;
    }
  f.state = state;
  f.place = place;
  f.place_named = place == "Azovstal" || place == "Mariupol" || place == "Berdiansk";
  f.place_kind = place == "Azovstal" || place == "the plant" ? "facility"
                 : place == "the city"                       ? "settlement"
                 : place.empty()                              ? ""
                                                              : "area";
  f.speaker = speaker;
  f.time = time;
  return f;
}

Fig UpTo(Fig f) {
  f.bounds_open_low = true;
  return f;
}

struct Expect {
  std::string measure;
  size_t claims;
  std::string agreement;
  bool evolving;
  std::optional<std::pair<double, double>> consensus;
  std::optional<double> conservative;
  std::string why_has;  // a substring of why
};

struct Case {
  std::string name;
  std::vector<DocAnalysis> docs;
  std::vector<Expect> expect;
  std::vector<int> copy_of = {};
};

void RunCase(const Case& c) {
  SCOPED_TRACE(c.name);
  std::vector<int> story;
  for (size_t i = 0; i < c.docs.size(); ++i) story.push_back(static_cast<int>(i));
  std::vector<int> copy_of = c.copy_of;
  if (copy_of.empty()) copy_of.assign(c.docs.size(), -1);
  std::vector<LedgerEntry> got = BuildLedger(c.docs, story, copy_of);
  std::string listing;
  for (const LedgerEntry& e : got)
    listing += e.measure + " (" + std::to_string(e.claims.size()) + ", " + e.agreement + "): " + e.why + "\n";
  SCOPED_TRACE(listing);
  ASSERT_EQ(got.size(), c.expect.size());
  for (size_t i = 0; i < got.size(); ++i) {
    const Expect& x = c.expect[i];
    const LedgerEntry& e = got[i];
    SCOPED_TRACE(x.measure);
    EXPECT_EQ(e.measure, x.measure);
    EXPECT_EQ(e.claims.size(), x.claims);
    EXPECT_EQ(e.agreement, x.agreement);
    EXPECT_EQ(e.evolving, x.evolving);
    EXPECT_EQ(e.consensus, x.consensus);
    if (x.conservative) EXPECT_EQ(e.conservative, x.conservative);
    EXPECT_NE(e.why.find(x.why_has), std::string::npos) << e.why;
  }
}

TEST(LedgerTest, AlignsAndJudgesInventedReports) {
  using P = std::pair<double, double>;
  const Case kCases[] = {
      {"three reports agree on a shelter count",
       {MakeReport("a", "Wire", "2022-05-04", {F("an estimated 200 civilians", 200, 180, 220, "civilians", "sheltering", "Azovstal")}),
        MakeReport("b", "Daily", "2022-05-04", {F("about 200 civilians", 200, 180, 220, "civilians", "sheltering", "Azovstal", "Ukraine")}),
        MakeReport("c", "Herald", "2022-05-04", {F("some 210 civilians", 210, 190, 230, "civilians", "sheltering", "Azovstal")})},
       {{"civilians sheltering in Azovstal", 3, "agree", false, P{190, 220}, 180, "3 sources agree"}}},
      {"bands that do not overlap on the same date disagree",
       {MakeReport("a", "Wire", "2022-05-06", {F("about 200 civilians", 200, 180, 220, "civilians", "sheltering", "Azovstal", "Ukraine")}),
        MakeReport("b", "Daily", "2022-05-06", {UpTo(F("up to 1,000 civilians", 1000, 500, 1000, "civilians", "sheltering", "Azovstal"))})},
       {{"civilians sheltering in Azovstal", 2, "disagree", false, std::nullopt, 180,
         "report Wire (Ukraine, 2022-05-06) says \xE2\x80\x9C" "about 200 civilians\xE2\x80\x9D [180\xE2\x80\x93" "220]; "
         "report Daily (narration, 2022-05-06) says \xE2\x80\x9Cup to 1,000 civilians\xE2\x80\x9D [500\xE2\x80\x93" "1000]: "
         "the bands do not overlap and both hold on 2022-05-06"}}},
      {"an undated figure is taken to hold at the same time",
       {MakeReport("a", "Wire", "2022-05-04", {F("an estimated 200 civilians", 200, 180, 220, "civilians", "sheltering", "the plant")}),
        MakeReport("b", "Weekly", "", {F("as many as a thousand civilians", 1000, 500, 1000, "civilians", "sheltering", "Azovstal")})},
       {{"civilians sheltering in Azovstal", 2, "disagree", false, std::nullopt, 180, "undated"}}},
      {"a rising death toll is an update, not a dispute",
       {MakeReport("a", "Wire", "2022-05-01", {F("10 people", 10, 10, 10, "people", "killed", "Berdiansk")}),
        MakeReport("b", "Daily", "2022-05-03", {F("at least 25 people", 25, 25, 30, "people", "killed", "Berdiansk")}),
        MakeReport("c", "Herald", "2022-05-05", {F("41 people", 41, 41, 41, "people", "killed", "Berdiansk", "the mayor")})},
       {{"people killed in Berdiansk", 3, "agree", true, P{41, 41}, 41, "Update, not a dispute"}}},
      {"a toll that falls between dates conflicts",
       {MakeReport("a", "Wire", "2022-05-01", {F("at least 50 people", 50, 50, 60, "people", "killed", "Berdiansk")}),
        MakeReport("b", "Daily", "2022-05-03", {F("12 people", 12, 12, 12, "people", "killed", "Berdiansk")})},
       {{"people killed in Berdiansk", 2, "disagree", false, std::nullopt, 12, "cannot fall"}}},
      {"smaller later evacuation figures are an update",
       {MakeReport("a", "Wire", "2022-04-30", {F("46 people", 46, 46, 46, "people", "evacuated", "Azovstal", "Russia")}),
        MakeReport("b", "Daily", "2022-05-01", {F("20 civilians", 20, 20, 20, "civilians", "evacuated", "Azovstal", "Azov regiment")})},
       {{"people evacuated from Azovstal", 2, "agree", true, P{20, 20}, 20, "moved between"}}},
      {"the plant and the city are different scopes",
       {MakeReport("a", "Wire", "2022-05-04", {F("an estimated 200 civilians", 200, 180, 220, "civilians", "sheltering", "Azovstal"),
                                               F("100,000 people", 100000, 90000, 110000, "people", "sheltering", "Mariupol")}),
        MakeReport("b", "Daily", "2022-05-04", {F("as many as 100,000 people", 100000, 80000, 100000, "people", "sheltering", "Mariupol"),
                                                F("some 200 civilians", 200, 180, 220, "civilians", "sheltering", "the plant")})},
       {{"civilians sheltering in Azovstal", 2, "agree", false, P{180, 220}, 180, "agree"},
        {"people sheltering in Mariupol", 2, "agree", false, P{90000, 100000}, 80000, "agree"}}},
      {"civilians, fighters and children are different groups",
       {MakeReport("a", "Wire", "2022-05-06", {F("some 200 civilians", 200, 180, 220, "civilians", "sheltering", "Azovstal"),
                                               F("30 children", 30, 30, 30, "children", "sheltering", "Azovstal"),
                                               F("2,000 fighters", 2000, 1800, 2200, "fighters", "sheltering", "Azovstal")}),
        MakeReport("b", "Daily", "2022-05-06", {F("about 2,000 troops", 2000, 1800, 2200, "troops", "sheltering", "Azovstal"),
                                                F("dozens of kids", 36, 24, 48, "kids", "sheltering", "Azovstal"),
                                                F("200 residents", 200, 200, 200, "residents", "sheltering", "Azovstal")})},
       {{"civilians sheltering in Azovstal", 2, "agree", false, P{190, 210}, 180, "agree"},
        {"children sheltering in Azovstal", 2, "agree", false, P{30, 30}, 24, "agree"},
        {"fighters sheltering in Azovstal", 2, "agree", false, P{1800, 2200}, 1800, "agree"}}},
      {"different states of one group are different measures",
       {MakeReport("a", "Wire", "2022-05-03", {F("more than 100 civilians", 100, 101, 130, "civilians", "evacuated", "Azovstal"),
                                               F("an estimated 200 civilians", 200, 180, 220, "civilians", "sheltering", "Azovstal")})},
       {{"civilians evacuated from Azovstal", 1, "single", false, P{101, 130}, 101, "Only one source"},
        {"civilians sheltering in Azovstal", 1, "single", false, P{180, 220}, 180, "Only one source"}}},
      {"a copy is one voice with its original",
       {MakeReport("a", "Wire", "2022-05-04", {F("an estimated 200 civilians", 200, 180, 220, "civilians", "sheltering", "Azovstal")}),
        MakeReport("b", "Reprint", "2022-05-04", {F("an estimated 200 civilians", 200, 180, 220, "civilians", "sheltering", "Azovstal")})},
       {{"civilians sheltering in Azovstal", 1, "single", false, P{180, 220}, 180, "Only one source"}},
       {-1, 0}},
      {"a figure without a place neither joins nor bridges placed ones",
       {MakeReport("a", "Wire", "2022-05-04", {F("200 civilians", 200, 200, 200, "civilians", "sheltering", "Azovstal"),
                                               F("5,000 civilians", 5000, 5000, 5000, "civilians", "sheltering", "Mariupol")}),
        MakeReport("b", "Daily", "2022-05-04", {F("about 200 civilians", 200, 180, 220, "civilians", "sheltering", ""),
                                                F("190 civilians", 190, 190, 190, "civilians", "sheltering", "")})},
       {{"civilians sheltering in Azovstal", 1, "single", false, P{190, 210}, 200, "Only one source"},
        {"civilians sheltering in Mariupol", 1, "single", false, P{4750, 5250}, 5000, "Only one source"},
        {"civilians sheltering", 2, "single", false, P{190, 190}, 180, "Only one source"}}},
      {"one voice revising itself is single and evolving",
       {MakeReport("a", "Wire", "2022-05-08", {F("20 civilians", 20, 20, 20, "civilians", "evacuated", "Azovstal", "Ukraine", "2022-05-07"),
                                               F("50 civilians", 50, 50, 50, "civilians", "evacuated", "Azovstal", "Ukraine", "2022-05-08")})},
       {{"civilians evacuated from Azovstal", 2, "single", true, P{50, 50}, 50, "moved between"}}},
      {"restatements, parts and unknown counted nouns",
       {MakeReport("a", "Wire", "2022-05-01", {F("a total of 46 people", 46, 46, 46, "people", "evacuated", "Azovstal", "Russia"),
                                               [] { Fig f = F("a group of 25", 25, 25, 25, "people", "evacuated", "Azovstal", "Russia"); f.part_of = 0; return f; }(),
                                               [] { Fig f = F("the 46 people", 46, 46, 46, "people", "evacuated", "Azovstal", "Russia"); f.restates = 0; return f; }(),
                                               F("12 tanks", 12, 12, 12, "tanks", "", "Azovstal")}),
        MakeReport("b", "Daily", "2022-05-01", {F("40 civilians", 40, 40, 40, "civilians", "evacuated", "Azovstal")})},
       // The part ("a group of 25") is a measure of its own, never in its
       // whole's entry.
       {{"people evacuated from Azovstal", 2, "disagree", false, std::nullopt, 40, "do not overlap"},
        {"people evacuated from Azovstal", 1, "single", false, P{25, 25}, 25, "Only one source"},
        {"tanks in Azovstal", 1, "single", false, P{12, 12}, 12, "Only one source"}}},
  };
  for (const Case& c : kCases) RunCase(c);
}

TEST(LedgerTest, ClaimsComeInAsOfOrderWithUndatedLast) {
  std::vector<DocAnalysis> docs = {
      MakeReport("a", "Weekly", "", {F("200 civilians", 200, 200, 200, "civilians", "sheltering", "Azovstal")}),
      MakeReport("b", "Daily", "2022-05-06", {F("200 civilians", 200, 200, 200, "civilians", "sheltering", "Azovstal")}),
      MakeReport("c", "Wire", "2022-05-04", {F("200 civilians", 200, 200, 200, "civilians", "sheltering", "Azovstal")})};
  std::vector<LedgerEntry> got = BuildLedger(docs, {0, 1, 2}, {-1, -1, -1});
  ASSERT_EQ(got.size(), 1u);
  ASSERT_EQ(got[0].claims.size(), 3u);
  EXPECT_EQ(got[0].claims[0].doc, 2);
  EXPECT_EQ(got[0].claims[1].doc, 1);
  EXPECT_EQ(got[0].claims[2].doc, 0);
}

TEST(LedgerTest, SpanIsOpenWhenAnyFigureIsOpen) {
  std::vector<DocAnalysis> docs = {
      MakeReport("a", "Wire", "2022-05-04", {UpTo(F("up to 1,000 civilians", 1000, 500, 1000, "civilians", "sheltering", "Azovstal"))}),
      MakeReport("b", "Daily", "2022-05-04", {F("about 800 civilians", 800, 720, 880, "civilians", "sheltering", "Azovstal")})};
  std::vector<LedgerEntry> got = BuildLedger(docs, {0, 1}, {-1, -1});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_FALSE(got[0].low.has_value());
  EXPECT_EQ(got[0].high, 1000);
  EXPECT_EQ(got[0].agreement, "agree");
}

TEST(LedgerTest, FormatBandPrintsWholeNumbersPlainly) {
  EXPECT_EQ(FormatBand(180, 220), "[180\xE2\x80\x93" "220]");
  EXPECT_EQ(FormatBand(0.5, 1.25), "[0.5\xE2\x80\x93" "1.25]");
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

Figure Band(int voice, const std::string& text, double lo, double hi, bool low_open = false) {
  Figure f;
  f.voice = voice;
  f.label = "report " + std::to_string(voice);
  f.text = text;
  f.band_low = lo;
  f.band_high = hi;
  f.low_open = low_open;
  f.low = lo;
  f.high = hi;
  f.conservative = lo;
  f.order = voice;
  return f;
}

TEST(LedgerAgreementTest, AnExcludedEndIsNoOverlap) {
  // "30 children" against "more than 30 kids": (30, 45] does not hold 30.
  LedgerEntry e;
  JudgeEntry({Band(1, "30", 30, 30), Band(2, "more than 30", 30, 45, /*low_open=*/true)}, "sheltering", &e);
  EXPECT_EQ(e.agreement, "disagree");
  EXPECT_FALSE(e.consensus.has_value());
  EXPECT_NE(e.why.find("meet only at 30, which \xE2\x80\x9Cmore than 30\xE2\x80\x9D excludes"), std::string::npos)
      << e.why;
  EXPECT_NE(e.why.find("(30\xE2\x80\x93" "45]"), std::string::npos) << e.why;

  // "at least 30" includes 30: the two agree on exactly 30.
  LedgerEntry f;
  JudgeEntry({Band(1, "30", 30, 30), Band(2, "at least 30", 30, 45)}, "sheltering", &f);
  EXPECT_EQ(f.agreement, "agree");
  ASSERT_TRUE(f.consensus.has_value());
  EXPECT_EQ(f.consensus->first, 30);
  EXPECT_EQ(f.consensus->second, 30);

  // Wider bands that share more than the excluded end still overlap.
  EXPECT_TRUE(Overlap(Band(1, "about 35", 31, 39), Band(2, "more than 30", 30, 45, true)));
  EXPECT_FALSE(Overlap(Band(1, "about 25", 20, 30), Band(2, "more than 30", 30, 45, true)));
}

// "The toll rose to 41" beside "30 killed", neither dated: the text says the
// count moved, so it is an update, not a dispute; without the cue, or for a
// fixed attribute (a length, a weight, an age), the two conflict.
TEST(LedgerAgreementTest, AFigureGivenAsARiseIsAnUpdate) {
  Figure risen = Band(2, "41", 41, 41);
  risen.risen = true;
  LedgerEntry e;
  JudgeEntry({Band(1, "30", 30, 30), risen}, "killed", &e);
  EXPECT_EQ(e.agreement, "agree");
  EXPECT_TRUE(e.evolving);
  EXPECT_NE(e.why.find("gives the figure as a rise"), std::string::npos) << e.why;

  LedgerEntry plain;
  JudgeEntry({Band(1, "30", 30, 30), Band(2, "41", 41, 41)}, "killed", &plain);
  EXPECT_EQ(plain.agreement, "disagree");
  EXPECT_FALSE(plain.evolving);

  LedgerEntry fixed;
  JudgeOptions o;
  o.static_measure = true;
  o.fixed = true;
  JudgeEntry({Band(1, "30", 30, 30), risen}, o, &fixed);
  EXPECT_EQ(fixed.agreement, "disagree");

  // A sum or a share is static but no fixed attribute: a rise the text
  // gives ("the reward rose to $50,000") is a new level.
  LedgerEntry sum;
  o.fixed = false;
  JudgeEntry({Band(1, "30", 30, 30), risen}, o, &sum);
  EXPECT_EQ(sum.agreement, "agree");
  EXPECT_TRUE(sum.evolving);

  // A lower figure given as a rise is no excuse for the higher one.
  Figure low_risen = Band(1, "30", 30, 30);
  low_risen.risen = true;
  LedgerEntry low;
  JudgeEntry({low_risen, Band(2, "41", 41, 41)}, "killed", &low);
  EXPECT_EQ(low.agreement, "disagree");
}

// "164 killed since August 8" (reported on the 17th) and "nearly 400 killed
// since June" (reported on the 20th): each span runs up to its report, so
// each toll holds on its report's day and the rise is an update. A fixed
// attribute over such spans is still judged at one time.
TEST(LedgerAgreementTest, ASpanUpToItsReportHoldsAtItsEnd) {
  Figure early = Band(1, "at least 164", 164, 164);
  early.time = "2018-08-08/2018-08-17";
  early.as_of = "2018-08-17";
  Figure late = Band(2, "nearly 400", 380, 400);
  late.time = "2018-06-01/2018-08-20";
  late.as_of = "2018-08-20";
  LedgerEntry e;
  JudgeEntry({early, late}, "killed", &e);
  EXPECT_EQ(e.agreement, "agree") << e.why;
  EXPECT_TRUE(e.evolving);

  JudgeOptions fixed;
  fixed.static_measure = true;
  LedgerEntry f;
  JudgeEntry({early, late}, fixed, &f);
  EXPECT_EQ(f.agreement, "disagree");
}

}  // namespace
}  // namespace crosscheck
