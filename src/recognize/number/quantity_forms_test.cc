// Table test of the forms news writes figures in (issue 13; sentences written
// for this project): ranges with a shared scale and unit, changes and their
// direction, glued currency and unit forms, the unit database (SI prefixes,
// power, frequency, data), compound units, minor units, typography traps,
// and what is not a figure. Each row names the quantity it checks by its
// span; a row with an empty span expects no quantity at all. kOpen = open.
#include <cmath>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "recognize/number/quantity.h"
#include "recognize/number/unit_table.h"

namespace crosscheck {
namespace {

constexpr double kAny = std::numeric_limits<double>::quiet_NaN();

struct Form {
  const char* text;
  const char* span;    // the quantity checked ("" = none in the sentence)
  double low, high;    // value range (low == high for one value)
  const char* unit;
  const char* bound;   // = ~ < <= > >= range
  const char* change;  // "up.amount", "down.to", ... or ""
  const char* counted;
  const char* modifiers;
};

std::string Bound(const Quantity& q) {
  if (q.hedge == "range") return "range";
  if (q.low && q.high && *q.low == *q.high) return "=";
  if (q.low && !q.high) return q.low_inclusive ? ">=" : ">";
  if (!q.low && q.high) return q.high_inclusive ? "<=" : "<";
  return "~";
}

bool Near(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b)); }

int CheckRows(const Form* rows, size_t count);

TEST(QuantityForms, NewsForms) {
  const Form kRows[] = {
      // Ranges: one figure, shared scale and unit.
      {"The house sold for $650,000 to $1.1 million.", "$650,000 to $1.1 million", 650000, 1.1e6, "USD", "range", "", "", ""},
      {"Some six to seven thousand people marched.", "Some six to seven thousand", 6000, 7000, "", "range", "", "people", ""},
      {"The plan costs $20 to $25 billion.", "$20 to $25 billion", 20e9, 25e9, "USD", "range", "", "", ""},
      {"The charger delivers 3-5W to a phone.", "3-5W", 3, 5, "W", "range", "", "", ""},
      {"They built a 6- to 12-foot fence.", "6- to 12-foot", 6, 12, "ft", "range", "", "", ""},
      {"The deal is worth €2bn-€3bn over five years.", "€2bn-€3bn", 2e9, 3e9, "EUR", "range", "", "", ""},
      {"Officials expect 10 to 15 gunmen inside.", "10 to 15", 10, 15, "", "range", "", "gunmen", ""},
      {"Estimates run from 500,000 to 1.6 million.", "from 500,000 to 1.6 million", 500000, 1.6e6, "", "range", "", "", ""},
      {"The victims were between 14 and 18 years old.", "between 14 and 18 years old", 14, 18, "yr", "range", "", "", ""},
      {"A 40-60 hour course is planned.", "40-60 hour", 40, 60, "h", "range", "", "", ""},
      {"Capacity was cut by 20 to 30 percent.", "20 to 30 percent", 20, 30, "%", "range", "down.amount", "", ""},
      {"Up to 3,00,000 - 5,00,000 migrants live there.", "3,00,000 - 5,00,000", 300000, 500000, "", "range", "", "migrants", ""},
      {"The project will cost $1bn–$1.5bn.", "$1bn–$1.5bn", 1e9, 1.5e9, "USD", "range", "", "", ""},
      // A hyphen glued after "%" or "/" is no minus sign: a range's dash,
      // half of "+/-".
      {"He has a 42%-49% approval rating.", "42%-49%", 42, 49, "%", "range", "", "", ""},
      {"The margin of error was +/-3 percentage points.", "3 percentage points", 3, 3, "pp", "=", "", "", ""},
      // An open-ended mark glued to the digits: at least the figure, with
      // the unit or counted noun after the mark; "+" before a digit is sums.
      {"Some 90-plus percent of the photos show men.", "Some 90-plus percent", 90, kAny, "%", "~", "", "photos", ""},
      {"The 20-plus people who died were miners.", "20-plus", 20, kAny, "", ">=", "", "people", ""},
      {"He served 30-plus years in the Senate.", "30-plus years", 30, kAny, "yr", ">=", "", "", ""},
      {"She ended a 20-plus-year career.", "20-plus-year", 20, kAny, "yr", ">=", "", "", ""},
      {"The 1,000+ staff walked out.", "1,000+", 1000, kAny, "", ">=", "", "staff", ""},
      {"Some 500-plus homes burned.", "Some 500-plus", 500, kAny, "", "~", "", "homes", ""},
      // Zero with a singular time unit is a compound or a name; digits glued
      // to letters open a label, also when a range follows.
      {"Microsoft patched a zero-day flaw in the browser.", "", 0, 0, "", "", "", "", ""},
      {"Firms still use Zero Hour contracts.", "", 0, 0, "", "", "", "", ""},
      {"The bulletin MS08-078 fixes it.", "", 0, 0, "", "", "", "", ""},
      {"It took zero days to fix.", "zero days", 0, 0, "d", "=", "", "", ""},
      // A slash pair over a denominator fractions are not written with, or
      // not below one, names a date or a schedule; a dialled number is a
      // phone number unless it counts something.
      {"It was the deadliest attack since 9/11.", "", 0, 0, "", "", "", "", ""},
      {"The pharmacy is open 24/7.", "", 0, 0, "", "", "", "", ""},
      {"Trump leads by modest margins. [538] Cruz trails.", "", 0, 0, "", "", "", "", ""},
      {"It has 718 members, a few of whom vote.", "a few", NAN, NAN, "", "~", "", "whom", ""},
      {"The law was repealed in May.[ 12 ]", "", 0, 0, "", "", "", "", ""},
      {"Police said [12] people were hurt.", "12", 12, 12, "", "=", "", "", ""},  // kept (its noun past "]" unread)
      {"Stir in 5/8 of the stock.", "5/8", 0.625, 0.625, "fraction", "=", "", "stock", ""},
      {"The gunman called 911 during the attack.", "", 0, 0, "", "", "", "", ""},
      {"Residents dialled 999 twice.", "", 0, 0, "", "", "", "", ""},
      {"He called 12 times that night.", "12", 12, 12, "", "=", "", "times", ""},
      // The rest of a list of ages is in years too.
      {"Her children, aged 3, 5 and 9, were safe.", "9", 9, 9, "yr", "=", "", "", ""},
      {"He leaves two sons, ages 16 and 6.", "ages 16", 16, 16, "yr", "=", "", "", ""},
      // Neighbouring alternatives are one approximate count; far apart, or
      // two years, they are not.
      {"He fired two or three times in the air.", "two or three", 2, 3, "", "range", "", "times", ""},
      {"It took 2 or 3 days to reach them.", "2 or 3 days", 2, 3, "d", "range", "", "", ""},
      {"Was the toll 5 or 50?", "5", 5, 5, "", "=", "", "", ""},
      {"It happened in 2019 or 2020 in Lyon.", "", 0, 0, "", "", "", "", ""},
      // Changes and their direction.
      {"Sales rose by 5% in May.", "5%", 5, 5, "%", "=", "up.amount", "", ""},
      {"Sales rose 5% in May.", "5%", 5, 5, "%", "=", "up.amount", "", ""},
      {"The FTSE fell 3 points on Friday.", "3 points", 3, 3, "pt", "=", "down.amount", "", ""},
      {"Support was 54 percent, up from 40 percent in July.", "40 percent", 40, 40, "%", "=", "up.from", "", ""},
      {"Support was 54 percent, up from 40 percent in July.", "54 percent", 54, 54, "%", "=", "up.to", "", ""},
      {"Support was 35 percent, down from 38 percent.", "38 percent", 38, 38, "%", "=", "down.from", "", ""},
      {"Shares rose 87.5 cents to $38.875.", "87.5 cents", 0.875, 0.875, "USD", "=", "up.amount", "", ""},
      {"Shares rose 87.5 cents to $38.875.", "$38.875", 38.875, 38.875, "USD", "=", "up.to", "", ""},
      {"Crude fell 87 cents, to $50.56 a barrel.", "$50.56 a barrel", 50.56, 50.56, "USD/bbl", "=", "down.to", "", ""},
      {"The number was increased from 850 in July.", "850", 850, 850, "", "=", "up.from", "", ""},
      {"Births dropped to about 200 a year, from nearly 2,000.", "about 200 a year", 200, 200, "/yr", "~", "down.to", "", ""},
      {"Births dropped to about 200 a year, from nearly 2,000.", "nearly 2,000", 2000, 2000, "", "<", "down.from", "", ""},
      {"The party lost nearly 60 seats.", "nearly 60", 60, 60, "", "<", "down.amount", "seats", ""},
      {"Republicans picked up 63 seats.", "63", 63, 63, "", "=", "up.amount", "seats", ""},
      {"Obama has cut $716 billion from Medicare.", "$716 billion", 716e9, 716e9, "USD", "=", "down.amount", "", ""},
      {"GDP grew 4.8% in 2010.", "4.8%", 4.8, 4.8, "%", "=", "up.amount", "", ""},
      {"Inventories fell 1.4 percent last month.", "1.4 percent", 1.4, 1.4, "%", "=", "down.amount", "", ""},
      {"The population shrank nearly 30 percent.", "nearly 30 percent", 30, 30, "%", "<", "down.amount", "", ""},
      {"Exports jumped around 40 percent.", "around 40 percent", 40, 40, "%", "~", "up.amount", "", ""},
      {"The campaign raised $5.4 million.", "$5.4 million", 5.4e6, 5.4e6, "USD", "=", "", "", ""},
      {"The stock was unchanged at $21.", "$21", 21, 21, "USD", "=", "", "", ""},
      // Glued currencies and codes.
      {"Tickets cost US$7 each.", "US$7", 7, 7, "USD", "=", "", "", ""},
      {"Canberra pledged A$2bn for roads.", "A$2bn", 2e9, 2e9, "AUD", "=", "", "", ""},
      {"The state set aside Rs 300 crore for relief.", "Rs 300 crore", 3e9, 3e9, "INR", "=", "", "", ""},
      {"AMD is paying US$334 million for SeaMicro.", "US$334 million", 334e6, 334e6, "USD", "=", "", "", ""},
      {"Liability was put at more than USD 41 million.", "more than USD 41 million", 41e6, 41e6, "USD", ">", "", "", ""},
      {"Jewels worth €103 million were stolen.", "€103 million", 103e6, 103e6, "EUR", "=", "", "", ""},
      {"They made off with 2m euros in gems.", "2m euros", 2e6, 2e6, "EUR", "=", "", "", ""},
      {"The charges came to eight million guilders.", "eight million guilders", 8e6, 8e6, "NLG", "=", "", "", ""},
      {"The fine was 5,000 Swiss francs.", "5,000 Swiss francs", 5000, 5000, "CHF", "=", "", "", ""},
      {"The loan is worth 40 billion rupees.", "40 billion rupees", 40e9, 40e9, "INR", "=", "", "", ""},
      {"Rent is now 900 Malaysian ringgits.", "900 Malaysian ringgits", 900, 900, "MYR", "=", "", "", ""},
      {"They tried to extort half a million dollars.", "half a million dollars", 5e5, 5e5, "USD", "=", "", "", ""},
      {"Rains caused half a billion dollars in damage.", "half a billion dollars", 5e8, 5e8, "USD", "=", "", "", ""},
      {"TB kills more than half a million people.", "more than half a million", 5e5, 5e5, "", ">", "", "people", ""},
      // Minor units.
      {"A stamp now costs 45 cents.", "45 cents", 0.45, 0.45, "USD", "=", "", "", ""},
      {"The shares closed at 212.4p in London.", "212.4p", 2.124, 2.124, "GBP", "=", "", "", ""},
      {"Reed paid a dividend of 4.6 pence.", "4.6 pence", 0.046, 0.046, "GBP", "=", "", "", ""},
      {"It earned 89 cents a share.", "89 cents a share", 0.89, 0.89, "USD/share", "=", "", "", ""},
      {"Petrol rose 30 cents a liter.", "30 cents a liter", 0.3, 0.3, "USD/l", "=", "up.amount", "", ""},
      // Glued units and the unit database.
      {"The heater draws 50kW at full power.", "50kW", 50, 50, "kW", "=", "", "", ""},
      {"The chip runs at 5GHz.", "5GHz", 5, 5, "GHz", "=", "", "", ""},
      {"Homes get 100Mbps broadband.", "100Mbps", 100, 100, "Mbit/s", "=", "", "", ""},
      {"The engine makes 420bhp.", "420bhp", 420, 420, "hp", "=", "", "", ""},
      {"The mine produced 3.5m tonnes of coal.", "3.5m tonnes", 3.5e6, 3.5e6, "t", "=", "", "", ""},
      {"The plant generates 1.6 megawatts.", "1.6 megawatts", 1.6, 1.6, "MW", "=", "", "", ""},
      {"Users pay for the first 100 kilowatt hours.", "100 kilowatt hours", 100, 100, "kWh", "=", "", "", ""},
      {"The train has two 25,000 horsepower engines.", "25,000 horsepower", 25000, 25000, "hp", "=", "", "", ""},
      {"The phone has 128GB of storage.", "128GB", 128, 128, "GB", "=", "", "", ""},
      {"Lead levels reached 15 ppm.", "15 ppm", 15, 15, "ppm", "=", "", "", ""},
      {"The station emits 2 gigawatts.", "2 gigawatts", 2, 2, "GW", "=", "", "", ""},
      {"The battery holds 4,000mAh.", "4,000mAh", 4000, 4000, "mAh", "=", "", "", ""},
      {"The reactor is rated at 1,000 megawatts.", "1,000 megawatts", 1000, 1000, "MW", "=", "", "", ""},
      {"The dose was 20 millisieverts.", "20 millisieverts", 20, 20, "mSv", "=", "", "", ""},
      {"The bag weighs 500 milligrams.", "500 milligrams", 500, 500, "mg", "=", "", "", ""},
      {"The pump moves 12 kilolitres.", "12 kilolitres", 12, 12, "kl", "=", "", "", ""},
      {"A 3.7GHz processor is fitted.", "3.7GHz", 3.7, 3.7, "GHz", "=", "", "", ""},
      // Compound units.
      {"Oil traded at $77 a barrel.", "$77 a barrel", 77, 77, "USD/bbl", "=", "", "", ""},
      {"Oil hit nearly $128 per barrel.", "nearly $128 per barrel", 128, 128, "USD/bbl", "<", "", "", ""},
      {"Fees total $40 million per year.", "$40 million per year", 40e6, 40e6, "USD/yr", "=", "", "", ""},
      {"OPEC will pump 500,000 barrels a day more.", "500,000 barrels a day", 500000, 500000, "bbl/d", "=", "", "", ""},
      {"The car reached 120 km/h.", "120 km/h", 120, 120, "km/h", "=", "", "", ""},
      {"Gold traded at $745.71 an ounce.", "$745.71 an ounce", 745.71, 745.71, "USD/oz", "=", "", "", ""},
      {"The economy is growing 10 percent per year.", "10 percent per year", 10, 10, "%/yr", "=", "up.amount", "", ""},
      {"Casualties averaged 26 a day.", "26 a day", 26, 26, "/d", "=", "", "", ""},
      {"It earned $1.65 a share in 1989.", "$1.65 a share", 1.65, 1.65, "USD/share", "=", "", "", ""},
      {"Child support is $25,000 a month.", "$25,000 a month", 25000, 25000, "USD/mo", "=", "", "", ""},
      {"Profit was $10 million a year ago.", "$10 million", 10e6, 10e6, "USD", "=", "", "", ""},
      {"The zone covers 12,348 sq km.", "12,348 sq km", 12348, 12348, "km2", "=", "", "", ""},
      {"They found 142 billion cubic meters of gas.", "142 billion cubic meters", 142e9, 142e9, "m3", "=", "", "", ""},
      {"He scored 25 points and 16 rebounds.", "25 points", 25, 25, "pt", "=", "", "", ""},
      {"A 6.1 magnitude earthquake hit Aceh.", "6.1 magnitude", 6.1, 6.1, "magnitude", "=", "", "", ""},
      {"An earthquake with a magnitude of 6.8 struck.", "6.8", 6.8, 6.8, "magnitude", "=", "", "", ""},
      {"Quakes measuring between 1.0 and 1.9 on the Richter scale followed.", "between 1.0 and 1.9", 1, 1.9, "magnitude", "range", "", "", ""},
      // Typography traps.
      {"The 17” MacBook is thin.", "17”", 17, 17, "in", "=", "", "", ""},
      // A quotation closed between the digits and their scale word: the scale applies, no inches.
      {"They want $3.2” billion for it, she said.", "$3.2” billion", 3.2e9, 3.2e9, "USD", "=", "", "", ""},
      {"He said “roughly 70\" million people and left.", "roughly 70\" million", 70e6, 70e6, "", "~", "", "people", ""},
      // Compound modifiers with a scale word, hyphens glued or spaced by tokenisation.
      {"The firm paid a three-million-pound fine.", "three-million-pound", 3e6, 3e6, "GBP", "=", "", "", ""},
      {"The firm paid a three - million - pound fine.", "three - million - pound", 3e6, 3e6, "GBP", "=", "", "", ""},
      {"Thieves staged a 40 - million - dollar raid.", "40 - million - dollar", 40e6, 40e6, "USD", "=", "", "", ""},
      {"Turnout fell four - five percent.", "five percent", 5, 5, "%", "=", "", "", ""},
      {"He said “the price is 17” and left.", "17", 17, 17, "", "=", "", "", ""},
      {"Nearly half a million were left homeless.", "Nearly half a million", 5e5, 5e5, "", "<", "", "", ""},
      {"Profit rose in the fourth quarter.", "", 0, 0, "", "", "", "", ""},
      {"They sold two million 500ml cans.", "two million", 2e6, 2e6, "", "=", "", "cans", ""},
      {"They sold two million 500ml cans.", "500ml", 500, 500, "ml", "=", "", "", ""},
      {"Each device held ~3mm of wire.", "~3mm", 3, 3, "mm", "~", "", "", ""},
      {"The height was 5-foot-11 at his arrest.", "5-foot-11", 5 + 11.0 / 12, 5 + 11.0 / 12, "ft", "=", "", "", ""},
      {"Hover around minus 30 degrees Celsius tonight.", "around minus 30 degrees Celsius", -30, -30, "C", "~", "", "", ""},
      {"Some 2,00,000 people were trafficked.", "Some 2,00,000", 200000, 200000, "", "~", "", "people", ""},
      // Counted noun with the modifiers that change its meaning.
      {"Twelve critically injured people were flown out.", "Twelve", 12, 12, "", "=", "", "people", "critically injured"},
      // A partitive through a possessive counts the possessed noun.
      {"The breach hit all three billion of its accounts.", "three billion", 3e9, 3e9, "", "=", "", "accounts", ""},
      {"The agency released 3,000 of Ms. Smith's emails.", "3,000", 3000, 3000, "", "=", "", "emails", ""},
      {"Police seized 40 of the Red Cross’s trucks.", "40", 40, 40, "", "=", "", "trucks", ""},
      // A mixed number, with a space or a hyphen.
      {"He served 9 months of a 2-1/2 year sentence.", "2-1/2 year", 2.5, 2.5, "yr", "=", "", "", ""},
      {"He was sentenced to 2 1/2 years.", "2 1/2 years", 2.5, 2.5, "yr", "=", "", "", ""},
      // A name ends at a lower-case word: the possessive past a verb is no
      // part of the partitive.
      {"Dozens of Tarnby Democrats boycotted Friday's vote.", "Dozens", kAny, kAny, "", "~", "", "democrats", "Tarnby"},
      {"Hundreds of fans attended Sunday’s final.", "Hundreds", kAny, kAny, "", "~", "", "fans", ""},
      {"The plan funds 2,750 more border agents.", "2,750", 2750, 2750, "", "=", "", "agents", "border"},
      {"It adds 75 new immigration judge teams.", "75", 75, 75, "", "=", "", "teams", "new immigration judge"},
      {"Three other women came forward.", "Three", 3, 3, "", "=", "", "women", "other"},
      {"At least five Iraqi policemen were killed.", "At least five", 5, 5, "", ">=", "", "policemen", "Iraqi"},
      {"Five more small quakes were reported.", "Five", 5, 5, "", "=", "", "quakes", "small"},
      {"About 100 military families gathered.", "About 100", 100, 100, "", "~", "", "families", "military"},
      {"The strike hit 2,000 civilians.", "2,000", 2000, 2000, "", "=", "", "civilians", ""},
      {"Some 300 wounded soldiers were evacuated.", "Some 300", 300, 300, "", "~", "", "soldiers", "wounded"},
      {"Police detained 46 people.", "46", 46, 46, "", "=", "", "people", ""},
      // Not figures.
      {"Host Ukraine scored a 4-0 win over Costa Rica.", "4", 4, 4, "", "=", "", "", ""},
      {"Republicans hold a 242-190 seat advantage.", "", 0, 0, "", "", "", "", ""},
      // A vote tally: a count of votes for each side, neither a range nor a ratio.
      {"The Senate voted 97-1 on the bill.", "97", 97, 97, "", "=", "", "votes", ""},
      {"Lawmakers voted 298 to 273 against it.", "273", 273, 273, "", "=", "", "votes", ""},
      {"She won by a 134-to-63 vote.", "134", 134, 134, "", "=", "", "votes", ""},
      {"The court upheld it in a 5-4 ruling after a 6-3 Senate vote.", "3", 3, 3, "", "=", "", "votes", "Senate"},
      {"The final vote was 60 to 40.", "60", 60, 60, "", "=", "", "votes", ""},
      {"The panel, by a vote of 11 to 2, backed him.", "11", 11, 11, "", "=", "", "votes", ""},
      {"The Colts won 24-17 before the vote.", "17", 17, 17, "", "=", "", "", ""},
      // A record: wins and losses, in the order written.
      {"He went 162-139 in four seasons.", "139", 139, 139, "", "=", "", "losses", ""},
      {"They have a 9-14 record.", "9", 9, 9, "", "=", "", "wins", ""},
      {"The Colts led 13 - 3 at the half.", "", 0, 0, "", "", "", "", ""},
      {"He was governor from 1996 to 2007.", "", 0, 0, "", "", "", "", ""},
      {"The crisis of 2008 - 9 hit hard.", "", 0, 0, "", "", "", "", ""},
      {"He earned it between 2011 and 2014.", "", 0, 0, "", "", "", "", ""},
      {"The rule of Stalin (1928 - 53) was brutal.", "", 0, 0, "", "", "", "", ""},
      {"Google unveiled the Pixel 8 on Tuesday.", "", 0, 0, "", "", "", "", ""},
      {"The FTSE 100 closed higher.", "", 0, 0, "", "", "", "", ""},
      {"The Heat won Game 5 at home.", "", 0, 0, "", "", "", "", ""},
      // A number written into a name: after a capitalised word and "for" or
      // "of", or a capitalised possessive, with no plural noun it counts.
      {"Workers joined the Fight for 15 campaign on Tuesday.", "", 0, 0, "", "", "", "", ""},
      {"Activists from Fight for 15 rallied.", "", 0, 0, "", "", "", "", ""},
      {"The Gang of 8 met again.", "", 0, 0, "", "", "", "", ""},
      {"The remake of Ocean's 11 earned praise.", "", 0, 0, "", "", "", "", ""},
      {"Romney won Ohio's 18 votes.", "18", 18, 18, "", "=", "", "votes", ""},
      {"Her cholesterol was 195, with an LDL of 118.", "118", 118, 118, "", "=", "", "ldl", ""},
      {"Video of Brooklyn Mother of 13 Zurana Horton emerged.", "13", 13, 13, "", "=", "", "mother", ""},
      {"They asked the Fund for 15 loans.", "15", 15, 15, "", "=", "", "loans", ""},
      {"The airline ordered the Airbus A320 again.", "", 0, 0, "", "", "", "", ""},
      {"Apple released iWork 09 today.", "", 0, 0, "", "", "", "", ""},
      {"One of the cables was cut.", "", 0, 0, "", "", "", "", ""},
      {"Streaming in 1080p video is free.", "", 0, 0, "", "", "", "", ""},
      {"He returned on June 25 after the vote.", "", 0, 0, "", "", "", "", ""},
      {"The meeting starts at 9:30 on Monday.", "", 0, 0, "", "", "", "", ""},
      {"He moved up from No. 3 to No. 2.", "", 0, 0, "", "", "", "", ""},
      {"The 5-4 decisions are a problem.", "", 0, 0, "", "", "", "", ""},
      {"It was the first time since 2002.", "", 0, 0, "", "", "", "", ""},
      {"The F-16 crashed near the base.", "", 0, 0, "", "", "", "", ""},
      // Formerly known gaps (issue 13): ranges with a unit on both bounds, glued
      // and hyphenated scales, signs, model numbers, phone numbers, periods.
      {"Inflation will be between 3% and 4% next year.", "between 3% and 4%", 3, 4, "%", "range", "", "", ""},
      {"The drive takes 15 – 20min from the centre.", "15 – 20min", 15, 20, "min", "range", "", "", ""},
      {"Her net worth is between $19 and $22 million.", "between $19 and $22 million", 19e6, 22e6, "USD", "range", "", "", ""},
      {"Between 50 and 90 percent of victims die.", "Between 50 and 90 percent", 50, 90, "%", "range", "", "victims", ""},
      {"Temperatures of 25-30C are forecast.", "25-30C", 25, 30, "C", "range", "", "", ""},
      {"Prices range from $500 to $550 online.", "from $500 to $550", 500, 550, "USD", "range", "", "", ""},
      {"About 35-40% of people farm.", "About 35-40%", 35, 40, "%", "range", "", "people", ""},
      {"The index fell from 12,410 to 11,980 points.", "12,410", 12410, 12410, "", "=", "down.from", "", ""},
      {"The index fell from 12,410 to 11,980 points.", "11,980 points", 11980, 11980, "pt", "=", "down.to", "", ""},
      {"The wage was raised from $25 to $43.", "$25", 25, 25, "USD", "=", "up.from", "", ""},
      {"The wage was raised from $25 to $43.", "$43", 43, 43, "USD", "=", "up.to", "", ""},
      {"Seats will increase from 65 to 125.", "125", 125, 125, "", "=", "up.to", "", ""},
      {"A meal costs RM12.90 in Kuala Lumpur.", "RM12.90", 12.9, 12.9, "MYR", "=", "", "", ""},
      {"The startup raised USD4m last year.", "USD4m", 4e6, 4e6, "USD", "=", "", "", ""},
      {"The club lost £3.4m last season.", "£3.4m", 3.4e6, 3.4e6, "GBP", "=", "down.amount", "", ""},
      {"The laptop will retail for RM10,099.", "RM10,099", 10099, 10099, "MYR", "=", "", "", ""},
      {"The firm was fined $2-million.", "$2-million", 2e6, 2e6, "USD", "=", "", "", ""},
      {"He wrote a million-dollar check.", "a million-dollar", 1e6, 1e6, "USD", "=", "", "", ""},
      {"Savin lost one cent a share.", "one cent a share", 0.01, 0.01, "USD/share", "=", "down.amount", "", ""},
      {"Rates were cut to 7pc this year.", "7pc", 7, 7, "%", "=", "down.to", "", ""},
      {"The file is 3MB in size.", "3MB", 3, 3, "MB", "=", "", "", ""},
      {"Police chased him at speeds up to 193km / h.", "up to 193km / h", 193, 193, "km/h", "<=", "", "", ""},
      {"Bars over 1,100 square meters need a smoking room.", "over 1,100 square meters", 1100, 1100, "m2", ">", "", "", ""},
      {"He won by 36 percentage points.", "36 percentage points", 36, 36, "pp", "=", "", "", ""},
      {"Approval slipped one percentage point.", "one percentage point", 1, 1, "pp", "=", "down.amount", "", ""},
      {"Shares fell on the news - 12% of staff left.", "12%", 12, 12, "%", "=", "", "staff", ""},
      {"It builds six \"economic cities\" in the region.", "six", 6, 6, "", "=", "", "cities", "economic"},
      {"Pew looked at nine \"nonprobability\" internet samples.", "nine", 9, 9, "", "=", "", "samples", "nonprobability internet"},
      {"Pew looked at nine \xE2\x80\x9Cnonprobability\xE2\x80\x9D" " internet samples.", "nine", 9, 9, "", "=", "", "samples", "nonprobability internet"},
      {"They held 12 \"open\" primaries and 3 caucuses.", "12", 12, 12, "", "=", "", "primaries", "open"},
      {"Carriers are rolling out 4G networks.", "", 0, 0, "", "", "", "", ""},
      {"Growth was +0.4% in May.", "+0.4%", 0.4, 0.4, "%", "=", "", "", ""},
      {"Temperatures fell to minus-10 overnight.", "minus-10", -10, -10, "", "=", "down.to", "", ""},
      {"Funds aim for sub-5% fees.", "sub-5%", 5, 5, "%", "<", "", "fees", ""},
      {"Rates are lower than 2% now.", "lower than 2%", 2, 2, "%", "<", "", "", ""},
      {"The tax is over than 10 percent.", "over than 10 percent", 10, 10, "%", ">", "", "", ""},
      {"The truce lasted barely 48 hours.", "barely 48 hours", 48, 48, "h", "<=", "", "", ""},
      {"Scarcely 30% of voters came.", "Scarcely 30%", 30, 30, "%", "<=", "", "voters", ""},
      {"Brent crude rose $1.20 to $84.50 a barrel.", "$1.20", 1.2, 1.2, "USD", "=", "up.amount", "", ""},
      {"Brent crude rose $1.20 to $84.50 a barrel.", "$84.50 a barrel", 84.5, 84.5, "USD/bbl", "=", "up.to", "", ""},
      {"The shares slipped 40p to 212p.", "40p", 0.4, 0.4, "GBP", "=", "down.amount", "", ""},
      {"Prices rose 5 to 10 percent.", "5 to 10 percent", 5, 10, "%", "range", "up.amount", "", ""},
      {"Tickets cost $20 to $25 each.", "$20 to $25", 20, 25, "USD", "range", "", "", ""},
      {"The 130-thousand troops stayed.", "130-thousand", 130000, 130000, "", "=", "", "troops", ""},
      {"Only one winner will emerge.", "Only one", 1, 1, "", "=", "", "winner", ""},
      {"The case, No. 10-277, is pending.", "", 0, 0, "", "", "", "", ""},
      {"The laptop has a GT 650M graphics card.", "", 0, 0, "", "", "", "", ""},
      {"It was the latest quarter of losses.", "", 0, 0, "", "", "", "", ""},
      {"Results came after a half-hour delay.", "", 0, 0, "", "", "", "", ""},
      {"Call 555-1234 for details.", "", 0, 0, "", "", "", "", ""},
      {"The Curve 8900 sells online.", "", 0, 0, "", "", "", "", ""},
      // A name holding a number, then a plural noun in lower case: the
      // model's number, no count; a place before a count, a hedge word and a
      // title-case headline keep the count.
      {"Microsoft told Windows 2000 users to install the patch.", "", 0, 0, "", "", "", "", ""},
      {"The airline grounded its Boeing 737 jets on Monday.", "", 0, 0, "", "", "", "", ""},
      {"The flaw affects Office 2016 customers too.", "", 0, 0, "", "", "", "", ""},
      {"Officials said in Gaza 20 people were killed.", "20", 20, 20, "", "=", "", "people", ""},
      {"Quake Kills 300 People In Iran", "300", 300, 300, "", "=", "", "people", ""},
      // More forms: ranges with units, currencies and scales, the unit
      // database's families, compound units, context rules for short symbols.
      {"Walkers covered 3km to 5km on foot.", "3km to 5km", 3, 5, "km", "range", "", "", ""},
      {"The road runs between 10 and 12 kilometres.", "between 10 and 12 kilometres", 10, 12, "km", "range", "", "", ""},
      {"About 1.5-2 million people fled.", "About 1.5-2 million", 1.5e6, 2e6, "", "range", "", "people", ""},
      {"Tuition rose 20-25 per cent.", "20-25 per cent", 20, 25, "%", "range", "up.amount", "", ""},
      {"Temperatures reach 25C to 30C at noon.", "25C to 30C", 25, 30, "C", "range", "", "", ""},
      {"Growth slowed to between 2% and 3%.", "between 2% and 3%", 2, 3, "%", "range", "down.to", "", ""},
      {"Inflation rose 0.5% to 3% in May.", "0.5%", 0.5, 0.5, "%", "=", "up.amount", "", ""},
      {"Inflation rose 0.5% to 3% in May.", "3%", 3, 3, "%", "=", "up.to", "", ""},
      {"The bank wrote off €5bn in loans.", "€5bn", 5e9, 5e9, "EUR", "=", "", "", ""},
      {"US debt passed $3tn in 1990.", "$3tn", 3e12, 3e12, "USD", "=", "", "", ""},
      {"Apple is worth $1T on paper.", "$1T", 1e12, 1e12, "USD", "=", "", "", ""},
      {"The state approved ₹500 crore for roads.", "₹500 crore", 5e9, 5e9, "INR", "=", "", "", ""},
      {"Each family got Rs 5 lakh.", "Rs 5 lakh", 5e5, 5e5, "INR", "=", "", "", ""},
      {"The tower cost HK$2.5bn.", "HK$2.5bn", 2.5e9, 2.5e9, "HKD", "=", "", "", ""},
      {"The club spent £2.5mn on wages.", "£2.5mn", 2.5e6, 2.5e6, "GBP", "=", "", "", ""},
      {"Japan set aside ¥300bn for relief.", "¥300bn", 3e11, 3e11, "JPY", "=", "", "", ""},
      {"Ottawa offered C$1.2 billion.", "C$1.2 billion", 1.2e9, 1.2e9, "CAD", "=", "", "", ""},
      {"Tickets cost S$500.", "S$500", 500, 500, "SGD", "=", "", "", ""},
      {"China lent RMB 5 billion to the port.", "RMB 5 billion", 5e9, 5e9, "CNY", "=", "", "", ""},
      {"Brazil sold R$3bn in bonds.", "R$3bn", 3e9, 3e9, "BRL", "=", "", "", ""},
      {"The ministry pledged £5m for repairs.", "£5m", 5e6, 5e6, "GBP", "=", "", "", ""},
      {"A $4 million-a-year contract was signed.", "$4 million-a-year", 4e6, 4e6, "USD/yr", "=", "", "", ""},
      {"The parcel weighed 2.5kg.", "2.5kg", 2.5, 2.5, "kg", "=", "", "", ""},
      {"Samples had 500 micrograms of lead.", "500 micrograms", 500, 500, "µg", "=", "", "", ""},
      {"The plant adds 800MW to the grid.", "800MW", 800, 800, "MW", "=", "", "", ""},
      {"Demand hit 2TWh last winter.", "2TWh", 2, 2, "TWh", "=", "", "", ""},
      {"Each home uses 3kWh a day.", "3kWh a day", 3, 3, "kWh/d", "=", "", "", ""},
      {"The band runs at 5 MHz.", "5 MHz", 5, 5, "MHz", "=", "", "", ""},
      {"Fibre offers 10Gbps links.", "10Gbps", 10, 10, "Gbit/s", "=", "", "", ""},
      {"The drive stores 2TB.", "2TB", 2, 2, "TB", "=", "", "", ""},
      {"The phone has 16gb of memory.", "16gb", 16, 16, "GB", "=", "", "", ""},
      {"Homes get 3Mb broadband.", "3Mb", 3, 3, "Mbit", "=", "", "", ""},
      {"Arsenic stood at 12 ppb.", "12 ppb", 12, 12, "ppb", "=", "", "", ""},
      {"Nitrate reached 50 mg/L in wells.", "50 mg/L", 50, 50, "mg/l", "=", "", "", ""},
      {"Prices grew 3 per cent a year.", "3 per cent a year", 3, 3, "%/yr", "=", "up.amount", "", ""},
      {"The flat covers 80 square metres.", "80 square metres", 80, 80, "m2", "=", "", "", ""},
      {"The tank holds 2,000 cubic feet of gas.", "2,000 cubic feet", 2000, 2000, "ft3", "=", "", "", ""},
      {"The plot covers 500 m^2.", "500 m^2", 500, 500, "m2", "=", "", "", ""},
      {"The reservoir holds 3 million m³.", "3 million m³", 3e6, 3e6, "m3", "=", "", "", ""},
      {"The forest lost 40 km² of cover.", "40 km²", 40, 40, "km2", "=", "down.amount", "", ""},
      {"It was 30C in the shade.", "30C", 30, 30, "C", "=", "", "", ""},
      {"The truck carried 100t of grain.", "100t", 100, 100, "t", "=", "", "", ""},
      {"Some 10K runners took part.", "Some 10K", 10000, 10000, "", "~", "", "runners", ""},
      {"The state owes 5b to creditors.", "5b", 5e9, 5e9, "", "=", "", "", ""},
      {"The storm moved at 15 knots.", "15 knots", 15, 15, "kn", "=", "", "", ""},
      {"The stock fell 2 index points.", "2 index points", 2, 2, "pt", "=", "down.amount", "", ""},
      {"The Fed cut rates by 50 basis points.", "50 basis points", 50, 50, "bp", "=", "down.amount", "", ""},
      {"She is 5ft 4in tall.", "5ft 4in", 5 + 4.0 / 12, 5 + 4.0 / 12, "ft", "=", "", "", ""},
      {"He is aged 45.", "aged 45", 45, 45, "yr", "=", "", "", ""},
      {"She died at the age of 95.", "the age of 95", 95, 95, "yr", "=", "", "", ""},
      {"She was the first person under the age of 40 to lead it.", "under the age of 40", 40, 40, "yr", "<", "", "", ""},
      {"The former aide died Thursday at 75.", "75", 75, 75, "yr", "=", "", "", ""},
      {"Watergate source dead at 95", "95", 95, 95, "yr", "=", "", "", ""},
      {"Three died, at 9 sites.", "9", 9, 9, "", "=", "", "sites", ""},
      {"The plant was shut at 95 percent capacity.", "95 percent", 95, 95, "%", "=", "", "", ""},
      {"A 29-year-old man was held.", "29-year-old", 29, 29, "yr", "=", "", "", ""},
      {"The race lasted 2h 10min in all.", "2h 10min", 2 + 10.0 / 60, 2 + 10.0 / 60, "h", "=", "", "", ""},
      {"The siege lasted two hours and 30 minutes.", "two hours and 30 minutes", 2.5, 2.5, "h", "=", "", "", ""},
      {"The talks start at 6pm today.", "", 0, 0, "", "", "", "", ""},
      {"He read page 12-15 aloud.", "", 0, 0, "", "", "", "", ""},
      {"Call +44 20 7946 0000 for help.", "", 0, 0, "", "", "", "", ""},
      {"It was a 3-2 defeat in the rain.", "2", 2, 2, "", "=", "", "", ""},  // a tally's sides
      // Changes written with other verbs and with nouns.
      {"Shares plummeted 40% on Monday.", "40%", 40, 40, "%", "=", "down.amount", "", ""},
      {"Growth slowed to 2% in the quarter.", "2%", 2, 2, "%", "=", "down.to", "", ""},
      {"The deficit widened to $5bn.", "$5bn", 5e9, 5e9, "USD", "=", "up.to", "", ""},
      {"Sales posted a 5% increase in May.", "5%", 5, 5, "%", "=", "up.amount", "", ""},
      {"The firm announced a 20 percent cut in staff.", "20 percent", 20, 20, "%", "=", "down.amount", "", ""},
      {"Exports had risen 12 percent by June.", "12 percent", 12, 12, "%", "=", "up.amount", "", ""},
      {"The yen strengthened 1.2% against the dollar.", "1.2%", 1.2, 1.2, "%", "=", "up.amount", "", ""},
      {"Revenue rallied 3.5 percent.", "3.5 percent", 3.5, 3.5, "%", "=", "up.amount", "", ""},
      {"That is an increase of 30 cents a liter.", "30 cents a liter", 0.3, 0.3, "USD/l", "=", "up.amount", "", ""},
      {"The index rose 31.36 points to close at 6,390.99.", "6,390.99", 6390.99, 6390.99, "", "=", "up.to", "", ""},
      {"Net rose to $94.2 million, or 89 cents a share.", "89 cents a share", 0.89, 0.89, "USD/share", "=", "up.to", "", ""},
      {"Seizures grew from an average of 2,763 pounds to an average of 3,690 pounds.", "3,690 pounds", 3690, 3690, "lb", "=", "up.to", "", ""},
      {"Seizures grew from an average of 2,763 pounds to an average of 3,690 pounds.", "2,763 pounds", 2763, 2763, "lb", "=", "up.from", "", ""},
      {"They have brought up 15 bills.", "15", 15, 15, "", "=", "", "bills", ""},
      {"Rescuers recovered 50 bodies.", "50", 50, 50, "", "=", "", "bodies", ""},
      {"The company reported gains of $31 million.", "$31 million", 31e6, 31e6, "USD", "=", "", "", ""},
      // What is counted past a measure or in a hyphenated noun; adjectives.
      {"The train has two 25,000 horsepower engines.", "two", 2, 2, "", "=", "", "engines", ""},
      {"The vote split the 55-member panel.", "55", 55, 55, "", "=", "", "member", ""},
      {"The firm took one-time charges.", "", 0, 0, "", "", "", "", ""},
      // Found by the fuzzer: "of" glued to the word before is not "a group
      // of 25", and a counted noun before the figure is never its points.
      {"They tallied pointsof 30 c in all.", "30", 30, 30, "", "=", "", "", ""},
  };
  EXPECT_GE(CheckRows(kRows, sizeof kRows / sizeof kRows[0]), 200);
}

int CheckRows(const Form* rows, size_t count) {
  int n = 0;
  for (size_t i = 0; i < count; ++i) {
    const Form& row = rows[i];
    SCOPED_TRACE(std::string(row.text) + " | " + row.span);
    ++n;
    std::string text = row.text;
    std::vector<Quantity> qs = RecognizeQuantitiesInText(text);
    if (*row.span == 0) {
      for (const Quantity& q : qs) ADD_FAILURE() << "unexpected quantity: " << q.span.Of(text);
      continue;
    }
    const Quantity* q = nullptr;
    for (const Quantity& c : qs)
      if (c.span.Of(text) == row.span) q = &c;
    if (!q) {
      std::string got;
      for (const Quantity& c : qs) got += " [" + std::string(c.span.Of(text)) + "]";
      ADD_FAILURE() << "no quantity '" << row.span << "'; got" << got;
      continue;
    }
    std::string bound = Bound(*q);
    EXPECT_EQ(bound, row.bound);
    if (bound == "range") {
      if (!q->low || !q->high) {
        ADD_FAILURE() << "range without both bounds";
        continue;
      }
      EXPECT_TRUE(Near(*q->low, row.low)) << *q->low;
      EXPECT_TRUE(Near(*q->high, row.high)) << *q->high;
    } else if (!std::isnan(row.low)) {
      EXPECT_TRUE(Near(q->value, row.low)) << q->value;
    }
    EXPECT_EQ(q->unit, row.unit);
    EXPECT_EQ(q->direction.empty() ? "" : q->direction + "." + q->change, row.change);
    EXPECT_EQ(q->counted, row.counted);
    EXPECT_EQ(q->counted_modifiers, row.modifiers);
  }
  return n;
}

TEST(QuantityForms, UnitDatabaseLoads) {
  // data/units/units.tsv (tools/units/build_units) adds hundreds of surfaces.
  EXPECT_GE(number::DatabaseUnitCount(), 500u);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// A vote tally gives two counts of votes marked as a tally; a score, a
// ratio and a plain count of votes do not.
TEST(QuantityForms, VoteTallies) {
  struct Row { const char* text; int tallies; int ratios; };
  const Row kRows[] = {
      {"The House voted 221 to 204 for the bill.", 2, 0},
      {"It passed on a 7-2 vote.", 2, 0},
      // A chamber's verbs of decision read a tally as votes.
      {"Kennedy was confirmed 97-0 in 1988.", 2, 0},
      {"The bill, which passed 234-193, now goes to the Senate.", 2, 0},
      {"The hearing produced a 52-48 split.", 2, 0},
      // Verbs and nouns of winning and losing: a win's two sides.
      {"The Colts defeated the Jets 31-10.", 2, 0},
      {"Spain won 3-1 in extra time.", 2, 0},
      {"The Jets beat the Bills 31-10 on Sunday.", 2, 0},
      {"But while Ms. Pelosi won, 134 to 63, Mr. Ryan gained ground.", 2, 0},
      {"In a narrow victory, 98 to 96, Ms. Sanchez took the post.", 2, 0},
      {"Host Ukraine scored a 4-0 win over Costa Rica.", 2, 0},
      {"The Sixers suffered a 102-98 loss in Boston.", 2, 0},
      {"It was a frustrating 27-24 overtime loss.", 2, 0},
      {"Mali beat Morocco, 1-0, on Sunday.", 2, 0},
      // Records: wins first, in either order.
      {"Cheeks had a 162-139 record in Portland.", 2, 0},
      {"The team has a 9-14 record this year.", 2, 0},
      {"O'Brien's record of 43-39 earned him a raise.", 2, 0},
      {"They went 50-32 and made the playoffs.", 2, 0},
      {"His college teams finished 135-156 overall.", 2, 0},
      {"He posted a 9-14 career record.", 2, 0},
      {"She compiled an 81-4 winning record.", 2, 0},
      {"He improved his record to 52-3 this year.", 2, 0},
      // A record with no word of its own: after a verb of change and "to",
      // or in a parenthesis or apposition after a name; wins above losses.
      {"Velko improved to 14-2 with the win.", 2, 0},
      {"The challenger, who was ranked first, fell to 20-5.", 2, 0},
      {"Dario Velko (14-2, 9 KOs) stopped him.", 2, 0},
      {"The champion Velko, 14-2 with 9 knockouts, stopped him.", 2, 0},
      {"In Texas, 5-10 people were hurt.", 0, 0},
      {"Prices fell to 10-15 percent.", 0, 0},
      {"Groups (5-10 people) gathered.", 0, 0},
      // Not tallies: ranges, dates, seasons, phone numbers, ratios, plain counts.
      {"Turnout favoured them 3 to 1.", 0, 1},
      {"He cast 500 votes for the motion.", 0, 0},
      {"Groups of 5-10 people gathered outside.", 0, 0},
      {"Prices rose 10-15 percent in a record year.", 0, 0},
      {"He won the 2015-16 title.", 0, 0},
      {"Call 1-800-555-1234 to win.", 0, 0},
      {"The 9-11 attacks changed the record.", 0, 0},
      {"Shares fell from 120 to 98 after the loss.", 0, 0},
      {"The United States won in 1999 - 2000 and 2008-9.", 0, 0},
      {"Rainfall of 5-10 inches set a record.", 0, 0},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.text);
    int tallies = 0, ratios = 0;
    for (const Quantity& q : RecognizeQuantitiesInText(row.text)) {
      tallies += q.tally;
      ratios += q.kind == QuantityKind::kRatio;
      if (row.tallies) EXPECT_NE(q.hedge, "range");
    }
    EXPECT_EQ(tallies, row.tallies);
    EXPECT_EQ(ratios, row.ratios);
  }
}

// An age in years is marked as one, each figure of a list of ages too; a
// duration in years is not.
TEST(QuantityForms, AgesAreMarked) {
  struct Row { const char* text; int ages; int years; };
  const Row kRows[] = {
      {"A 12-year-old boy was hurt.", 1, 1},
      {"The victims were 14 and 15 years old.", 1, 1},
      {"He leaves two sons, ages 16 and 6.", 2, 2},
      {"Her children, aged 3, 5 and 9, were safe.", 3, 3},
      {"He served a 10-year sentence.", 0, 1},
      {"The war lasted 14 years.", 0, 1},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.text);
    int ages = 0, years = 0;
    for (const Quantity& q : RecognizeQuantitiesInText(row.text)) {
      ages += q.age;
      years += q.unit == "yr";
    }
    EXPECT_EQ(ages, row.ages);
    EXPECT_EQ(years, row.years);
  }
}

}  // namespace
}  // namespace crosscheck
