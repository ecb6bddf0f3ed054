// Table-driven test of news-style figures (rows written for this project
// from common reporting patterns): hedges, vague magnitudes, units,
// fractions, ranges, ratios, counted nouns, and negatives that must not
// become quantities (years, times, phone numbers, references, list markers,
// ordinals, dates, identifiers). Each row checks the first quantity found.
#include <cmath>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "recognize/number/quantity.h"

namespace crosscheck {
namespace {

constexpr double kOpen = std::numeric_limits<double>::quiet_NaN();

struct Row {
  const char* text;
  const char* span;  // "" = no quantity at all
  const char* kind;
  double low, high, band_low, band_high;
  const char* unit;
  const char* counted;
};

void ExpectBound(const std::optional<double>& got, double want, const char* what) {
  if (std::isnan(want)) {
    EXPECT_FALSE(got.has_value()) << what << " should be open";
  } else {
    ASSERT_TRUE(got.has_value()) << what << " should be " << want;
    EXPECT_NEAR(*got, want, 1e-6 * std::max(1.0, std::fabs(want))) << what;
  }
}

TEST(QuantityTable, NewsFigures) {
  const Row kRows[] = {
      {R"(Some 2,000 soldiers are holed up there.)", R"(Some 2,000)", "count", 1800, 2200, 1800, 2200, "", "soldiers"},
      {R"(Officials said almost 500 civilians left.)", R"(almost 500)", "count", kOpen, 500, 450, 500, "", "civilians"},
      {R"(Up to 1,000 residents may still be inside.)", R"(Up to 1,000)", "count", kOpen, 1000, 500, 1000, "", "residents"},
      {R"(At least 500 homes were destroyed.)", R"(At least 500)", "count", 500, kOpen, 500, 750, "", "homes"},
      {R"(More than 300 people were rescued.)", R"(More than 300)", "count", 300, kOpen, 300, 450, "", "people"},
      {R"(Over 40 buses arrived on Monday.)", R"(Over 40)", "count", 40, kOpen, 40, 60, "", "buses"},
      {R"(Upwards of 70 volunteers joined.)", R"(Upwards of 70)", "count", 70, kOpen, 70, 105, "", "volunteers"},
      {R"(About 150 workers went on strike.)", R"(About 150)", "count", 135, 165, 135, 165, "", "workers"},
      {R"(Around 60 families fled the area.)", R"(Around 60)", "count", 54, 66, 54, 66, "", "families"},
      {R"(Roughly 900 students signed the letter.)", R"(Roughly 900)", "count", 810, 990, 810, 990, "", "students"},
      {R"(Approximately 30 trucks crossed the border.)", R"(Approximately 30)", "count", 27, 33, 27, 33, "", "trucks"},
      {R"(An estimated 200 children were trapped.)", R"(An estimated 200)", "count", 180, 220, 180, 220, "", "children"},
      {R"(Perhaps 50 protesters gathered outside.)", R"(Perhaps 50)", "count", 40, 60, 40, 60, "", "protesters"},
      {R"(Nearly 80 villages lost power.)", R"(Nearly 80)", "count", kOpen, 80, 72, 80, "", "villages"},
      {R"(Just under 400 patients were moved.)", R"(Just under 400)", "count", kOpen, 400, 380, 400, "", "patients"},
      {R"(As many as 1,000 troops took part.)", R"(As many as 1,000)", "count", kOpen, 1000, 700, 1000, "", "troops"},
      {R"(Fewer than 20 journalists remain.)", R"(Fewer than 20)", "count", kOpen, 20, 16, 20, "", "journalists"},
      {R"(No more than 15 guards were on duty.)", R"(No more than 15)", "count", kOpen, 15, 12, 15, "", "guards"},
      {R"(Exactly 12 miners were rescued.)", R"(Exactly 12)", "count", 12, 12, 12, 12, "", "miners"},
      {R"(Police arrested 46 people overnight.)", R"(46)", "count", 46, 46, 46, 46, "", "people"},
      {R"(The army sent 2,500 troops to the region.)", R"(2,500)", "count", 2500, 2500, 2500, 2500, "", "troops"},
      {R"(Rescuers found four million litres of water.)", R"(four million litres)", "measure", 4000000, 4000000, 4000000, 4000000, "l", ""},
      {R"(The fire destroyed a thousand hectares.)", R"(a thousand hectares)", "measure", 1000, 1000, 1000, 1000, "ha", ""},
      {R"(The count reached one hundred and twenty votes.)", R"(one hundred and twenty)", "count", 120, 120, 120, 120, "", "votes"},
      {R"(The fund holds 3.5 million dollars.)", R"(3.5 million dollars)", "money", 3500000, 3500000, 3500000, 3500000, "USD", ""},
      {R"(The bank lost $1.2bn last year.)", R"($1.2bn)", "money", 1200000000, 1200000000, 1200000000, 1200000000, "USD", ""},
      {R"(The ministry pledged £5m for repairs.)", R"(£5m)", "money", 5000000, 5000000, 5000000, 5000000, "GBP", ""},
      {R"(The deal is worth €300 million.)", R"(€300 million)", "money", 300000000, 300000000, 300000000, 300000000, "EUR", ""},
      {R"(Aid of 20 million euros was promised.)", R"(20 million euros)", "money", 20000000, 20000000, 20000000, 20000000, "EUR", ""},
      {R"(Kyiv asked for USD 500 million in loans.)", R"(USD 500 million)", "money", 500000000, 500000000, 500000000, 500000000, "USD", ""},
      {R"(Ticket prices rose to 50 pounds sterling.)", R"(50 pounds sterling)", "money", 50, 50, 50, 50, "GBP", ""},
      // Wire-service style (AP, Xinhua): "dlrs" before or after, "mln" as "bln".
      {R"(The reward is dlrs 2 million.)", R"(dlrs 2 million)", "money", 2000000, 2000000, 2000000, 2000000, "USD", ""},
      {R"(Aid reached 5 mln dlrs on Friday.)", R"(5 mln dlrs)", "money", 5000000, 5000000, 5000000, 5000000, "USD", ""},
      {R"(The damage is put at 2 billion hryvnias.)", R"(2 billion hryvnias)", "money", 2000000000, 2000000000, 2000000000, 2000000000, "UAH", ""},
      {R"(A loaf now costs 40 roubles.)", R"(40 roubles)", "money", 40, 40, 40, 40, "RUB", ""},
      {R"(The company paid 50 cents a share.)", R"(50 cents a share)", "money", 0.5, 0.5, 0.5, 0.5, "USD/share", ""},
      {R"(Hundreds of civilians fled the city.)", R"(Hundreds)", "count", 100, 999, 200, 900, "", "civilians"},
      {R"(Dozens of people were injured.)", R"(Dozens)", "count", 12, 199, 24, 96, "", "people"},
      {R"(Tens of thousands of refugees crossed.)", R"(Tens of thousands)", "count", 10000, 99999, 20000, 90000, "", "refugees"},
      {R"(A few hundred fighters remain inside.)", R"(A few hundred)", "count", 200, 999, 200, 500, "", "fighters"},
      {R"(Several thousand soldiers were deployed.)", R"(Several thousand)", "count", 2000, 9999, 3000, 9000, "", "soldiers"},
      {R"(A handful of reporters stayed.)", R"(A handful)", "count", 2, 9, 3, 6, "", "reporters"},
      {R"(Thousands of residents lost power.)", R"(Thousands)", "count", 1000, 9999, 2000, 9000, "", "residents"},
      {R"(Hundreds of thousands of people marched.)", R"(Hundreds of thousands)", "count", 100000, 999999, 200000, 900000, "", "people"},
      {R"(Millions of viewers watched the speech.)", R"(Millions)", "count", 1000000, 9999999, 2000000, 9000000, "", "viewers"},
      {R"(Several hundred prisoners were exchanged.)", R"(Several hundred)", "count", 200, 999, 300, 900, "", "prisoners"},
      {R"(A few dozen activists blocked the road.)", R"(A few dozen)", "count", 24, 99, 24, 60, "", "activists"},
      {R"(Scores of houses were damaged.)", R"(Scores)", "count", 20, 199, 40, 100, "", "houses"},
      {R"(Hundreds of them were wounded.)", R"(Hundreds)", "count", 100, 999, 200, 900, "", "them"},
      {R"(Turnout fell to 40%.)", R"(40%)", "percent", 40, 40, 40, 40, "%", ""},
      {R"(Support rose to 40 per cent.)", R"(40 per cent)", "percent", 40, 40, 40, 40, "%", ""},
      {R"(Prices climbed 12 percent in May.)", R"(12 percent)", "percent", 12, 12, 12, 12, "%", ""},
      {R"(About 60% of voters backed the plan.)", R"(About 60%)", "percent", 54, 66, 54, 66, "%", "voters"},
      {R"(A third of the population has left.)", R"(A third)", "percent", 0.333333, 0.333333, 0.333333, 0.333333, "fraction", "population"},
      {R"(Half of the staff are on leave.)", R"(Half)", "percent", 0.5, 0.5, 0.5, 0.5, "fraction", "staff"},
      {R"(Two thirds of the wells are dry.)", R"(Two thirds)", "percent", 0.666667, 0.666667, 0.666667, 0.666667, "fraction", "wells"},
      {R"(Between 44 and 50 people were killed.)", R"(Between 44 and 50)", "count", 44, 50, 44, 50, "", "people"},
      {R"(From 20 to 30 trucks waited.)", R"(From 20 to 30)", "count", 20, 30, 20, 30, "", "trucks"},
      {R"(Some 20 to 30 people were injured.)", R"(Some 20 to 30)", "count", 20, 30, 18, 33, "", "people"},
      {R"(The clashes left 25-30 soldiers dead.)", R"(25-30)", "count", 25, 30, 25, 30, "", "soldiers"},
      {R"(Officials reported 100–150 arrests.)", R"(100–150)", "count", 100, 150, 100, 150, "", "arrests"},
      {R"(The defenders were outnumbered 10 to 1.)", R"(10 to 1)", "ratio", 10, 10, 10, 10, "", ""},
      {R"(The convoy travelled 140 miles on Monday.)", R"(140 miles)", "measure", 140, 140, 140, 140, "mi", ""},
      {R"(The front line runs 1,000 km to the south.)", R"(1,000 km)", "measure", 1000, 1000, 1000, 1000, "km", ""},
      {R"(Shells landed 500 metres from the plant.)", R"(500 metres)", "measure", 500, 500, 500, 500, "m", ""},
      {R"(The plant covers 11 square kilometers.)", R"(11 square kilometers)", "measure", 11, 11, 11, 11, "km2", ""},
      {R"(The field covers 45 acres.)", R"(45 acres)", "measure", 45, 45, 45, 45, "acre", ""},
      {R"(They delivered 20 tonnes of flour.)", R"(20 tonnes)", "measure", 20, 20, 20, 20, "t", ""},
      {R"(Each crate weighs 25 kg.)", R"(25 kg)", "measure", 25, 25, 25, 25, "kg", ""},
      {R"(The tanker carried 2.4 billion gallons.)", R"(2.4 billion gallons)", "measure", 2400000000, 2400000000, 2400000000, 2400000000, "gal", ""},
      {R"(Output fell by 500,000 barrels a day.)", R"(500,000 barrels a day)", "measure", 500000, 500000, 500000, 500000, "bbl/d", ""},
      {R"(Winds reached 120 km/h overnight.)", R"(120 km/h)", "measure", 120, 120, 120, 120, "km/h", ""},
      {R"(The car was doing 90 mph.)", R"(90 mph)", "measure", 90, 90, 90, 90, "mph", ""},
      {R"(Temperatures hit 40 degrees Celsius.)", R"(40 degrees Celsius)", "measure", 40, 40, 40, 40, "C", ""},
      {R"(It was minus 5 degrees Fahrenheit at dawn.)", R"(minus 5 degrees Fahrenheit)", "measure", -5, -5, -5, -5, "F", ""},
      {R"(Crowds marched in 100 degrees of heat.)", R"(100 degrees)", "measure", 100, 100, 100, 100, "deg", ""},
      {R"(The crane had to rotate 90 degrees.)", R"(90 degrees)", "measure", 90, 90, 90, 90, "arcdeg", ""},
      {R"(The siege lasted two months.)", R"(two months)", "measure", 2, 2, 2, 2, "mo", ""},
      {R"(Talks have gone on for 10 weeks.)", R"(10 weeks)", "measure", 10, 10, 10, 10, "wk", ""},
      {R"(The strike ended after 36 hours.)", R"(36 hours)", "measure", 36, 36, 36, 36, "h", ""},
      {R"(The victim was 29 years old.)", R"(29 years old)", "measure", 29, 29, 29, 29, "yr", ""},
      {R"(The ceasefire held for three days.)", R"(three days)", "measure", 3, 3, 3, 3, "d", ""},
      {R"(The road is 3-mile long.)", R"(3-mile)", "measure", 3, 3, 3, 3, "mi", ""},
      {R"(The rescuers dug a 10-foot tunnel.)", R"(10-foot)", "measure", 10, 10, 10, 10, "ft", ""},
      {R"(The team counted 1,234,567 ballots.)", R"(1,234,567)", "count", 1234567, 1234567, 1234567, 1234567, "", "ballots"},
      {R"(The survey interviewed 4.5 thousand voters.)", R"(4.5 thousand)", "count", 4500, 4500, 4500, 4500, "", "voters"},
      {R"(The city had 1.2 million residents.)", R"(1.2 million)", "count", 1200000, 1200000, 1200000, 1200000, "", "residents"},
      {R"(The charity fed a dozen families.)", R"(a dozen)", "count", 12, 12, 12, 12, "", "families"},
      {R"(Nine sailors were rescued.)", R"(Nine)", "count", 9, 9, 9, 9, "", "sailors"},
      {R"(Twenty-six people died in the crash.)", R"(Twenty-six)", "count", 26, 26, 26, 26, "", "people"},
      {R"(Seventeen injured troops were evacuated.)", R"(Seventeen)", "count", 17, 17, 17, 17, "", "troops"},
      {R"(One soldier was killed.)", R"(One)", "count", 1, 1, 1, 1, "", "soldier"},
      {R"(Two hundred pupils attended.)", R"(Two hundred)", "count", 200, 200, 200, 200, "", "pupils"},
      {R"(Fifty-two aid workers arrived.)", R"(Fifty-two)", "count", 52, 52, 52, 52, "", "workers"},
      // A collective noun before a plural modifies it.
      {R"(Two plainclothes police officers stopped him.)", R"(Two)", "count", 2, 2, 2, 2, "", "officers"},
      {R"(Some 300 militia fighters held the bridge.)", R"(Some 300)", "count", 270, 330, 270, 330, "", "fighters"},
      {R"(Forty police arrived at dawn.)", R"(Forty)", "count", 40, 40, 40, 40, "", "police"},
      {R"(The strike hit 300 Ukrainian fighters.)", R"(300)", "count", 300, 300, 300, 300, "", "fighters"},
      {R"(About 200 injured soldiers were moved.)", R"(About 200)", "count", 180, 220, 180, 220, "", "soldiers"},
      {R"(Some 40 elderly residents stayed.)", R"(Some 40)", "count", 36, 44, 36, 44, "", "residents"},
      {R"(Some 70 foreign journalists were present.)", R"(Some 70)", "count", 63, 77, 63, 77, "", "journalists"},
      {R"(The UN evacuated 101 civilians.)", R"(101)", "count", 101, 101, 101, 101, "", "civilians"},
      {R"(A group of 25 people left first.)", R"(25)", "count", 25, 25, 25, 25, "", "people"},
      // The noun before "of" counts across a hedge too.
      {R"(The city had a prewar population of over 400,000.)", R"(over 400,000)", "count", 400000, kOpen, 400000,
       600000, "", "population"},
      {R"(500 or more people were waiting.)", R"(500 or more)", "count", 500, kOpen, 500, 750, "", "people"},
      {R"(The vote needs 60 or more senators.)", R"(60 or more)", "count", 60, kOpen, 60, 90, "", "senators"},
      {R"(The queue held 100 or so people.)", R"(100 or so)", "count", 90, 110, 90, 110, "", "people"},
      {R"(The bill passed with 70 votes.)", R"(70)", "count", 70, 70, 70, 70, "", "votes"},
      {R"(Some 30 Russian tanks were destroyed.)", R"(Some 30)", "count", 27, 33, 27, 33, "", "tanks"},
      {R"(Well over 100 villages were shelled.)", R"(Well over 100)", "count", 100, kOpen, 110, 200, "", "villages"},
      {R"(Just over 50 ambulances were sent.)", R"(Just over 50)", "count", 50, kOpen, 50, 52.5, "", "ambulances"},
      {R"(More than 1,500 children are missing.)", R"(More than 1,500)", "count", 1500, kOpen, 1500, 2250, "", "children"},
      {R"(Nearly 90% of homes lack heat.)", R"(Nearly 90%)", "percent", kOpen, 90, 81, 90, "%", "homes"},
      {R"(The price is 7.5 per cent higher.)", R"(7.5 per cent)", "percent", 7.5, 7.5, 7.5, 7.5, "%", ""},
      {R"(At least 12 journalists have been killed.)", R"(At least 12)", "count", 12, kOpen, 12, 18, "", "journalists"},
      {R"(It happened in 2022.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The meeting starts at 9:30.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(He was born in 1985.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(Call 555-123-4567 for details.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(Call +44 20 7946 0958 for details.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(He lives at No. 10 Downing Street.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(She was struck outside the store at 200 W. American Blvd. with her husband.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(Protesters gathered at 1600 Pennsylvania Avenue on Sunday.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(Police said the gunman then critically injured a third.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(He fired a .357 Magnum at the guard.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(Police found a .22-caliber rifle.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The shooting occurred in the 12200 block of 223rd Street.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(Article 5 of the treaty applies.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(She finished third in the race.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(It is the 21st attack this month.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The first convoy left at dawn.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The talks resume on May 9.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The talks resume on 9 May.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The F-16 jets arrived.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(COVID-19 rules were lifted.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The strike began at 6pm.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The vote closes at 10 a.m.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(1. Keep calm and carry on.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(2) Stay indoors.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(This is the one we wanted.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(He visited during the 1990s.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(He visited during the 1980's.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(It was the sound of the nineteen sixties.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(When arrested in his early 20's, he was a tailor.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(A woman in her 40’s was hurt.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The case is numbered #42.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(Room 101 was locked.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The second wave hit the town.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(Route 66 was closed.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(Since 2014 the region has been contested.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The 2014 agreement collapsed.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(By 2030 the plant will close.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(Version 2 was released.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(The page numbers start at page 12.)", "", "", 0, 0, 0, 0, "", ""},
      {R"(Several officials declined to comment.)", R"(Several)", "count", 2, 19, 3, 9, "", "officials"},
      {R"(A couple of soldiers stood guard.)", R"(A couple of)", "count", 2, 3, 2, 3, "", "soldiers"},
      {R"(Dozens of them were hurt.)", R"(Dozens)", "count", 12, 199, 24, 96, "", "them"},
      {R"(Tens of millions of dollars were lost.)", R"(Tens of millions of dollars)", "money", 10000000, 99999999, 20000000, 90000000, "USD", ""},
      {R"(He demanded billions of dollars for a wall.)", R"(billions of dollars)", "money", 1e9, 9999999999, 2e9, 9e9, "USD", ""},
      {R"(Billions of people watched.)", R"(Billions)", "count", 1e9, 9999999999, 2e9, 9e9, "", "people"},
      {R"(It stays unsafe for hundreds of years.)", R"(hundreds of years)", "measure", 100, 999, 200, 900, "yr", ""},
      {R"(Thousands of tonnes of grain rotted.)", R"(Thousands of tonnes)", "measure", 1000, 9999, 2000, 9000, "t", ""},
      {R"(There is a one-in-three chance we could lose.)", R"(one-in-three)", "percent", 1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3, "fraction", ""},
      {R"(He put it at a 1-in-3 chance.)", R"(1-in-3)", "percent", 1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3, "fraction", ""},
      {R"(A few thousand protesters marched.)", R"(A few thousand)", "count", 2000, 9999, 2000, 5000, "", "protesters"},
      {R"(About 20 km north of the city.)", R"(About 20 km)", "measure", 18, 22, 18, 22, "km", ""},
      {R"(Up to 30 tonnes of aid arrived.)", R"(Up to 30 tonnes)", "measure", kOpen, 30, 15, 30, "t", ""},
      {R"(More than $2 billion was pledged.)", R"(More than $2 billion)", "money", 2000000000, kOpen, 2000000000, 3000000000, "USD", ""},
      {R"(Roughly €40m was spent.)", R"(Roughly €40m)", "money", 36000000, 44000000, 36000000, 44000000, "EUR", ""},
      {R"(An estimated 1.5 million people fled.)", R"(An estimated 1.5 million)", "count", 1350000, 1650000, 1350000, 1650000, "", "people"},
      {R"(Almost two million refugees crossed.)", R"(Almost two million)", "count", kOpen, 2000000, 1800000, 2000000, "", "refugees"},
      {R"(Some 3,000 marines landed.)", R"(Some 3,000)", "count", 2700, 3300, 2700, 3300, "", "marines"},
      {R"(Officials counted 12,000 displaced people.)", R"(12,000)", "count", 12000, 12000, 12000, 12000, "", "people"},
      {R"(Some 40 per cent of the city is without water.)", R"(Some 40 per cent)", "percent", 36, 44, 36, 44, "%", "city"},
      {R"(Three quarters of the houses were hit.)", R"(Three quarters)", "percent", 0.75, 0.75, 0.75, 0.75, "fraction", "houses"},
      // A share of a whole is at most the whole; a percentage that is no share keeps its band.
      {R"(More than three-quarters of donors gave less.)", R"(More than three-quarters)", "percent", 0.75, 1, 0.75, 1, "fraction", "donors"},
      {R"(Over 90 percent of the ballots were counted.)", R"(Over 90 percent)", "percent", 90, 100, 90, 100, "%", "ballots"},
      {R"(Sales rose more than 90 percent last year.)", R"(more than 90 percent)", "percent", 90, kOpen, 90, 135, "%", ""},
      // A whole count's head after "of" is plural: the singular words before it modify it.
      {R"(He lost all but three of the presidential nomination contests.)", R"(three)", "count", 3, 3, 3, 3, "", "contests"},
      {R"(My mother, one of four, was the first to graduate.)", R"(four)", "count", 4, 4, 4, 4, "", ""},
      {R"(It was backed by two of the mayor’s aides.)", R"(two)", "count", 2, 2, 2, 2, "", "aides"},
      {R"(Two of the federal election commissioners resigned.)", R"(Two)", "count", 2, 2, 2, 2, "", "commissioners"},
      {R"(Around 5,000 people attended the rally.)", R"(Around 5,000)", "count", 4500, 5500, 4500, 5500, "", "people"},
      {R"(The budget is 1.2bn dollars.)", R"(1.2bn dollars)", "money", 1200000000, 1200000000, 1200000000, 1200000000, "USD", ""},
      {R"(The trial lasted 14 days.)", R"(14 days)", "measure", 14, 14, 14, 14, "d", ""},
  };
  int n = 0;
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.text);
    ++n;
    std::string text = row.text;
    std::vector<Quantity> qs = RecognizeQuantitiesInText(text);
    if (*row.span == 0) {
      for (const Quantity& q : qs) ADD_FAILURE() << "unexpected quantity: " << q.span.Of(text);
      continue;
    }
    ASSERT_FALSE(qs.empty());
    const Quantity& q = qs[0];
    EXPECT_EQ(q.span.Of(text), row.span);
    EXPECT_STREQ(QuantityKindName(q.kind), row.kind);
    ExpectBound(q.low, row.low, "low");
    ExpectBound(q.high, row.high, "high");
    ExpectBound(q.band_low, row.band_low, "band_low");
    ExpectBound(q.band_high, row.band_high, "band_high");
    EXPECT_EQ(q.unit, row.unit);
    EXPECT_EQ(q.counted, row.counted);
    if (!q.counted.empty()) {
      EXPECT_EQ(q.counted_span.Of(text), q.counted) << "counted span";
    }
  }
  EXPECT_GE(n, 150);
}

TEST(QuantityTable, CompositionAndRestatement) {
  std::string text = "A total of 46 people, a group of 25 and another numbering 21, were freed.";
  std::vector<Quantity> qs = RecognizeQuantitiesInText(text);
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].value, 46);
  EXPECT_EQ(qs[0].parts, (std::vector<int>{1, 2}));
  EXPECT_EQ(qs[1].counted, "group");
  std::string t2 = "The convoy drove 140 miles (230 kilometers) west.";
  qs = RecognizeQuantitiesInText(t2);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[1].same_as, 0);
  EXPECT_EQ(qs[0].unit, "mi");
  EXPECT_EQ(qs[1].unit, "km");
}

}  // namespace
}  // namespace crosscheck
