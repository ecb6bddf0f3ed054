// A figure's time and place, and distances from a landmark: a date of
// another act or phrase does not date the figure, a place reached is not
// where it happened (claims/claim_testing.h builds the layers by hand).
#include <gtest/gtest.h>

#include <algorithm>

#include "claims/claim.h"
#include "claims/claim_testing.h"
#include "claims/frame.h"

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

// A place name with a lower-case particle inside ("Dar es Salaam", "Rio de
// Janeiro") is one name; it had ended the phrase at "es", and the figure
// took no place of its own (coordinator, session 27).
TEST(ClaimTest, ANameParticleStaysInsideAPlaceName) {
  struct Case {
    const char* text;
    QSpec figure;
    const char* place;
  };
  const Case kCases[] = {
      {"Six people were killed outside the U.S. embassy in Dar es Salaam.", {"Six people", "people", 6},
       "Dar es Salaam"},
      {"Floods killed 12 people in Rio de Janeiro on Monday.", {"12 people", "people", 12}, "Rio de Janeiro"},
      // A common noun between a modifier and a name is the name's apposition;
      // a hyphenated name ending on a capital is a name.
      {"Six people were killed in the Tanzanian capital Dodoma.", {"Six people", "people", 6}, "Dodoma"},
      {"Seven people were killed in Dar-es-Salaam.", {"Seven people", "people", 7}, "Dar-es-Salaam"},
      {"Six people were killed outside the embassy in the Tanzanian capital Dar-es-Salaam.",
       {"Six people", "people", 6}, "Dar-es-Salaam"},
  };
  for (const Case& k : kCases) {
    SCOPED_TRACE(k.text);
    Built b = Build(k.text, "1998-08-08", {k.figure});
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

// A bare name that is the surname of a person the report names in full
// is that person, not a town of the same name, even where the tagger read
// the bare word as a location (one sense per discourse); without the full
// name, or with a place noun, it stays a place.
TEST(ClaimTest, APersonsSurnameIsNoPlace) {
  struct Row {
    std::string text;
    std::vector<std::pair<std::string, EntityType>> entities;  // first occurrence of each
    std::string figure, counted, place;
  };
  const std::vector<Row> rows = {
      {"Quarterback Andrew Luck was sacked twice. The drive ended with 3 passes from Luck to Wayne.",
       {{"Andrew Luck", EntityType::kPerson}, {"Luck to", EntityType::kLocation}}, "3 passes", "passes", ""},
      {"Senator Tom Austin spoke on Monday. The bill drew 40 votes from Austin and his allies.",
       {{"Tom Austin", EntityType::kPerson}}, "40 votes", "votes", ""},
      // No person of that name: the town.
      {"The storm forced 40 families from Austin on Monday.", {{"Austin", EntityType::kLocation}}, "40 families",
       "families", "Austin"},
      // A first name is no surname; a place noun makes it a place.
      {"Austin Rivers scored. Officials said 40 families left Rivers County.",
       {{"Austin Rivers", EntityType::kPerson}}, "40 families", "families", "Rivers County"},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2012-12-23", {{r.figure, r.counted, 40}});
    for (const auto& [name, type] : r.entities) {
      Entity e;
      e.span = Find(b.doc.text, name);
      if (name == "Luck to") e.span.end = e.span.start + 4;  // the bare "Luck", tagged a location
      e.type = type;
      e.name = std::string(e.span.Of(b.doc.text));
      b.entities.push_back(e);
    }
    std::sort(b.entities.begin(), b.entities.end(),
              [](const Entity& x, const Entity& y) { return x.span.start < y.span.start; });
    b.claims = BuildClaims({b.doc, b.seg, b.quantities, b.times, b.entities, b.quotes});
    ASSERT_EQ(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].place, r.place);
  }
}

// In a title-case headline every word is capitalised: a run after a
// locative preposition names a place only from the first word the running
// text capitalises too (or the place table knows), so "in Seven Years" is
// no place and "in Southern Darvik" is Darvik (frame_place.cc, ParseAt).
TEST(ClaimTest, AHeadlinesCapitalsNameAPlaceOnlyWhereTheTextDoes) {
  struct Row {
    std::string text, figure, counted;
    QuantityKind kind;
    std::string unit, place;
  };
  const std::vector<Row> rows = {
      {"Brenholt Family Reports Earnings of $40 Million in Seven Years\n\nThe family released its tax returns on "
       "Friday.",
       "$40 Million", "", QuantityKind::kMoney, "USD", ""},
      {"Quake Injures 40 People in Southern Darvik\n\nThe quake struck Darvik on Sunday, officials said.",
       "40 People", "People", QuantityKind::kCount, "", "Darvik"},
      {"Blast Kills 40 People in Darvik\n\nThe blast hit Darvik on Sunday, police said.", "40 People", "People",
       QuantityKind::kCount, "", "Darvik"},
      // Running text keeps its capitals: an unknown name is a place there.
      {"The storm forced 40 families from Seven Oaks on Monday, officials said.", "40 families",
       "families", QuantityKind::kCount, "", "Seven Oaks"},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.text);
    Built b = Build(r.text, "2015-07-31", {{r.figure, r.counted, 40, r.kind, r.unit}});
    ASSERT_GE(b.claims.size(), 1u);
    EXPECT_EQ(b.claims[0].place, r.place);
  }
}

}  // namespace
}  // namespace crosscheck
