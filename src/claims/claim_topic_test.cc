// What a figure is about, decided by structure: a sum's topic, a copula's
// subject, figures in a parenthesis after a name, a share's whole
// (claims/claim_testing.h builds the layers by hand).
#include <gtest/gtest.h>

#include <algorithm>

#include "claims/claim.h"
#include "claims/claim_testing.h"
#include "claims/frame.h"

namespace crosscheck {
namespace {

using namespace claim_testing;

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
      // A purpose clause is no topic.
      {"It spent $5 billion in order to win the state.", "$5 billion", ""},
      {"It spent $5 billion in an effort to win the state.", "$5 billion", ""},
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

// A share of a group it names is of that group: an infinitive after the
// group is the share's purpose, no topic (a sum's infinitive still names
// what the sum is for, ASumsTopicFollowsItsPurpose).
TEST(ClaimTest, AShareOfAGroupTakesNoPurposeForTopic) {
  Built a = Build("He would need to win 65 percent of the remaining delegates to match her lead.", "2016-05-05",
                  {{"65 percent", "delegates", 65, QuantityKind::kPercent, "%"}});
  ASSERT_EQ(a.claims.size(), 1u);
  EXPECT_EQ(a.claims[0].topic, "");
  EXPECT_EQ(a.claims[0].measure, "delegates (percent)");
}

// A share among a sub-population ("among Tea Party supporters", "of the
// black vote") carries it as a closed qualifier, so it is another measure
// than the whole electorate's share; "among" earlier in the sentence scopes
// the shares listed after it. A share of the whole vote, of a party's
// primary voters, or with no "among" carries none.
TEST(ClaimTest, AShareAmongASubPopulationIsItsOwnMeasure) {
  struct Row {
    const char* text;
    const char* figure;
    const char* want;  // the "among-" qualifier, "" for none
  };
  const Row kRows[] = {
      {"Trump finishes first among Tea Party supporters, followed by Romney (17 percent).", "17 percent",
       "among-tea-party-supporter"},
      {"Among women, Clinton leads with 54 percent.", "54 percent", "among-woman"},
      {"Clinton won 54 percent among women in the state.", "54 percent", "among-woman"},
      {"Obama won 95 percent of the black vote.", "95 percent", "among-black"},
      {"Bush took 40 percent of Hispanic voters.", "40 percent", "among-hispanic"},
      {"Obama won 52 percent of the vote.", "52 percent", ""},
      {"Romney leads with 21 percent of Republican primary voters surveyed.", "21 percent", ""},
      {"Romney leads the pack at 21 percent.", "21 percent", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2012-11-07", {{r.figure, "", 1, QuantityKind::kPercent, "%"}});
    ASSERT_EQ(b.claims.size(), 1u);
    const std::string q = b.claims[0].qualifiers;
    const size_t at = q.find("among-");
    EXPECT_EQ(at == std::string::npos ? "" : q.substr(at, q.find(' ', at) - at), r.want) << q;
  }
}

// A lead or a margin is the difference between two counts: a measure of its
// own ("margin"), never the count it is a difference of.
TEST(ClaimTest, ALeadOrAMarginIsItsOwnMeasure) {
  struct Row {
    const char* text;
    const char* figure;
    const char* counted;
    bool margin;
  };
  const Row kRows[] = {
      {"Trump holds a lead of nearly 400 delegates over Cruz.", "nearly 400 delegates", "delegates", true},
      {"The bill passed by 12 votes in the Senate.", "12 votes", "votes", true},
      {"Smith won by 2,000 votes on Tuesday.", "2,000 votes", "votes", true},
      {"She built a 10-point lead in the poll.", "10", "", true},
      {"His 400-delegate edge held.", "400-delegate", "", true},
      {"Trump has won 400 delegates so far.", "400 delegates", "delegates", false},
      {"The 3 officers lead the inquiry.", "3 officers", "officers", false},
      {"Troops killed 5 people ahead of the vote.", "5 people", "people", false},
      {"The Senate voted 51 to 49 on the bill.", "51", "", false},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    std::string digits;
    for (char ch : std::string(r.figure))
      if (ch >= '0' && ch <= '9') digits += ch;
    Built b = Build(r.text, "2016-04-20", {{r.figure, r.counted, std::stod(digits)}});
    ASSERT_EQ(b.claims.size(), 1u);
    const std::string q = " " + b.claims[0].qualifiers.str() + " ";
    EXPECT_EQ(q.find(" margin ") != std::string::npos, r.margin) << q;
  }
}

}  // namespace
}  // namespace crosscheck
