// Names made of generic words (generic_noun_rules.cc): imperative titles,
// products and software, organisation nouns, places by what they are;
// on the whole recognizer and rule by rule on spans set by hand.
// Sentences written for this project.
#include "recognize/entity/entity_rules_testing.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace crosscheck::entity_internal {
namespace {

// Session 10: names made of generic words, on the whole recognizer. Each
// row: a sentence written for this test and the mentions it must yield
// (text|type, in order), or a mention it must not yield.
TEST(GenericNounNameTest, ImperativeNamesProductsAndOrganisationNouns) {
  struct Case {
    const char* text;
    const char* expected;  // Dump-like "[text|type] ..." of every mention
  };
  const Case cases[] = {
      // An imperative title names an organisation; its last word is no place.
      {"The group Fix the Court wants term limits for justices.", "[Fix the Court|organization] "},
      {"Fix the Court released a report on Monday.", "[Fix the Court|organization] "},
      {"Officials said Stop the War Coalition would march.", "[Stop the War Coalition|organization] "},
      // ... but a sentence-initial instruction is not one.
      {"Visit the Louvre early in the morning.", "[Louvre|location] "},
      // Products and software are "other", whole.
      {"The laptop runs the Windows Vista operating system.", "[Windows Vista|other] "},
      {"She opened the Internet Explorer browser and typed the address.", "[Internet Explorer|other] "},
      {"Microsoft released Internet Explorer 9 in 2011.",
       "[Microsoft|organization] [Internet Explorer 9|other] "},
      {"He upgraded the office to Windows 7 last year.", "[Windows 7|other] "},
      // A number after a part of a text, a score or a date is no version.
      {"England 2, Wales 1 was the final score.", "[England|location] [Wales|location] "},
      {"He met Kay Mann on 04/26/2001 in Houston.", "[Kay Mann|person] [Houston|location] "},
      // An organisation noun after modifiers is still the head.
      {"Kenya's electoral commission said the vote was fair.", "[Kenya's electoral commission|organization] "},
      {"Iraq's election commission delayed the count.", "[Iraq's election commission|organization] "},
      {"Britain's biggest bank cut its rates.", "[Britain|location] "},
      // A name before a lower-case organisation noun is an organisation;
      // an adjective of politics or religion is not.
      {"He is a member of the Likud party.", "[Likud|organization] "},
      {"She wrote for the Zorblatt website for years.", "[Zorblatt|organization] "},
      {"The Republican party met in Ohio.", "[Republican|other] [Ohio|location] "},
      // ner19: a party adjective the tagger typed an organisation is "other".
      {"The Democratic party met in Ohio.", "[Democratic|other] [Ohio|location] "},
      // An organisation head before "of" and a place is one organisation.
      {"The Church of England said it would apologise.", "[Church of England|organization] "},
      // A capitalised common noun alone is no place.
      {"Downtown, there are hotels and restaurants.", ""},
  };
  for (const Case& c : cases) {
    Document doc;
    doc.id = "t";
    doc.text = c.text;
    doc.raw = c.text;
    std::shared_ptr<const EntityRecognizer> r = Recognizer();
    ASSERT_NE(r, nullptr);
    std::string got;
    for (const Entity& e : r->Recognize(doc, Segment(doc.text))) {
      got += "[";
      got += std::string(e.span.Of(doc.text));
      got += "|";
      got += EntityTypeName(e.type);
      got += "] ";
    }
    EXPECT_EQ(got, c.expected) << c.text;
  }
}

// Session 10, rule by rule on spans set by hand (the tagger's errors as
// the tuning parts showed them).
TEST(GenericNounNameTest, RulesOnGivenSpans) {
  const SentenceRuleCase places[] = {
      // A name ending in a geographic head, read as an organisation.
      {"The Casamance River floods in August .", {{1, 3, O}}, "[Casamance River|3] "},
      {"Mariupol is a port on the Sea of Azov .", {{0, 1, L}, {6, 9, O}}, "[Mariupol|3] [Sea of Azov|3] "},
      // A lone geographic head cut from the nationality word or place before it.
      {"Russia annexed the Crimean Peninsula in 2014 .", {{0, 1, L}, {3, 4, X}, {4, 5, O}},
       "[Russia|3] [Crimean Peninsula|3] "},
      {"Ships sail the Arabian Sea .", {{3, 4, X}, {4, 5, P}}, "[Arabian Sea|3] "},
      {"The Crimean Sea Authority met .", {{1, 2, X}, {2, 4, O}}, "[Crimean|4] [Sea Authority|2] "},
      // A one-word name after an untagged geographic head and "of".
      {"Ships left the Sea of Azov .", {{5, 6, O}}, "[Sea of Azov|3] "},
      {"The Bay of Bengal is warm .", {{3, 4, L}}, "[Bay of Bengal|3] "},
      {"The Ministry of Defence said .", {{3, 4, O}}, "[Defence|2] "},
      // A one-word "other" that is a country, not a nationality word.
      {"England 2 , Wales 1 .", {{0, 1, L}, {3, 4, X}}, "[England|3] [Wales|3] "},
      {"The Welsh team won .", {{1, 2, X}}, "[Welsh|4] "},
      // Names after "village(s)" / "town of", and the names listed with them.
      {"It borders the villages Brin and Djibonker .", {{4, 5, P}, {6, 7, P}}, "[Brin|3] [Djibonker|3] "},
      {"He was born in the town of Esna in Egypt .", {{7, 8, P}, {9, 10, L}}, "[Esna|3] [Egypt|3] "},
      // A country of the gazetteer read as a person.
      {"Visas are free for Saint Lucia citizens .", {{4, 6, P}}, "[Saint Lucia|3] "},
      // Not: a person after another noun, a lone head.
      {"It was the idea of Abba Theodorus .", {{5, 7, P}}, "[Abba Theodorus|1] "},
      {"The River Authority met .", {{1, 3, O}}, "[River Authority|2] "},
  };
  ExpectSentenceRule(places, [](Scratch* s) { TypePlacesByGeographicNouns(Gaz(), s); });
  const SentenceRuleCase products[] = {
      {"The laptop runs Windows Vista and Internet Explorer 8 .", {{3, 4, O}, {4, 5, P}, {6, 7, L}},
       "[Windows|2] [Vista|1] [Internet Explorer 8|4] "},
      {"Open the Firefox browser first .", {{2, 3, L}}, "[Firefox|4] "},
      // Numbered parts, scores, times and dates are no versions.
      {"As Figure 2 shows , rates fell .", {}, ""},
      {"England 2 , Wales 1 .", {{0, 1, L}, {3, 4, L}}, "[England|3] [Wales|3] "},
      {"Open Daily 08 : 00 - 20 : 00 .", {}, ""},
      // A count after a name is no version ("with Rupert Murdoch 20 years ago").
      {"He founded it with Dora Velkan 20 years ago .", {{4, 6, P}}, "[Dora Velkan|1] "},
      {"Dora Velkan 49 percent , Ivo Brenn 41 percent .", {{0, 2, P}, {5, 7, P}}, "[Dora Velkan|1] [Ivo Brenn|1] "},
  };
  ExpectSentenceRule(products, [](Scratch* s) { TypeProductNames(Gaz(), s); });
  const SentenceRuleCase org_nouns[] = {
      {"He joined the Kadima party in 2005 .", {{3, 4, L}}, "[Kadima|2] "},
      // A town names the military unit after it; a country does not.
      {"An Azov regiment commander spoke .", {{1, 2, L}}, "[Azov|2] "},
      {"A Ukraine brigade held the line .", {{1, 2, L}}, "[Ukraine|3] "},
      {"She wrote for the Zorblatt website .", {}, "[Zorblatt|2] "},
      // Not a country or nationality, an adjective, or a person's first name.
      {"The Iraqi party boycotted the vote .", {{1, 2, X}}, "[Iraqi|4] "},
      {"It ran on an Islamist website .", {}, ""},
      {"In 1982 Zorblatt magazine started the list .", {}, "[Zorblatt|2] "},
      // A compound adjective before the noun names no body.
      {"The ad airs on the Spanish-language network Univision .", {{7, 8, O}}, "[Univision|2] "},
      // The noun before the name, in apposition (session 29).
      {"The liberal gossip site Zorblatt set a trap .", {{4, 5, P}}, "[Zorblatt|2] "},
      {"His steel company , Velkanpipe , exported tubes .", {{4, 5, L}}, "[Velkanpipe|2] "},
      {"The steel company Velkanpipe exported tubes .", {{3, 4, L}}, "[Velkanpipe|2] "},
      // A staff noun after a name the tagger typed a place or "other".
      {"A Zorblatt reporter asked twice .", {{1, 2, L}}, "[Zorblatt|2] "},
      {"Velkanpipe executives declined .", {{0, 1, X}}, "[Velkanpipe|2] "},
      // Not: a place of the gazetteer, a person ("Velkan spokesman").
      {"Kyiv officials and a Moscow spokesman spoke .", {{0, 1, L}, {4, 5, L}}, "[Kyiv|3] [Moscow|3] "},
      {"Velkan spokesman Ivo Brenn spoke .", {{0, 1, P}, {2, 4, P}}, "[Velkan|1] [Ivo Brenn|1] "},
      // An untagged name right after such a noun or "group".
      {"It was the militant group Zorbollah again .", {}, "[Zorbollah|2] "},
      // Not a relative clause's subject, a longer name, a party word.
      {"It is a group Zorbans have nicknamed .", {}, ""},
      {"The group Zorba Speaks met .", {}, ""},
      {"The group Republican donors met .", {}, ""},
  };
  ExpectSentenceRule(org_nouns, [](Scratch* s) { TypeNamesBeforeOrganisationNouns(Gaz(), s); });
}

// Session 30: names listed after "companies like", "groups such as",
// "firms including" or a verb of acquiring are organisations.
TEST(ListedOrganisationTest, NamesListedAfterCompaniesLikeAreOrganisations) {
  const SentenceRuleCase cases[] = {
      {"with companies like Varnel Brandt , QMXT , and smaller makers .", {{3, 5, P}},
       "[Varnel Brandt|2] [QMXT|2] "},
      {"radical groups such as Zorbollah , to derail talks .", {{4, 5, L}}, "[Zorbollah|2] "},
      {"They have acquired Quindle , Zapwise , Tessarine Labs and Pixory .", {{3, 4, L}, {5, 6, X}},
       "[Quindle|2] [Zapwise|2] [Tessarine Labs|2] [Pixory|2] "},
      // Not: places, a given name, countries after a noun that is no
      // organisation's, a list that ends.
      {"with companies like Varnel in Ohio and Texas .", {{3, 4, P}, {5, 6, L}, {7, 8, L}},
       "[Varnel|2] [Ohio|3] [Texas|3] "},
      {"firms including Mexico and Chile .", {{2, 3, L}, {4, 5, L}}, "[Mexico|3] [Chile|3] "},
      {"brands like Peter Vann sell .", {{2, 4, P}}, "[Peter Vann|1] "},
      {"countries like Moldavo and Ruritania .", {{2, 3, P}, {4, 5, L}}, "[Moldavo|1] [Ruritania|3] "},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { TypeListedOrganisations(Gaz(), s); });
}

// A one-word place that is a common word names no place by itself, but a state's abbreviation after a place
// and a comma, its period next, does ("Decatur, Ill.", "Cambridge, Mass.";
// ner19).
TEST(GenericNounPlaceTest, AStateAbbreviationAfterAPlaceIsKept) {
  const SentenceRuleCase cases[] = {
      {"DECATUR , Ill . — The senator spoke .", {{0, 1, L}, {2, 3, L}}, "[DECATUR|3] [Ill|3] "},
      {"He grew up in Cambridge , Mass . , and left .", {{4, 5, L}, {6, 7, L}}, "[Cambridge|3] [Mass|3] "},
      {"What to do in San Rafael Ca ?", {{4, 6, L}, {6, 7, L}}, "[San Rafael|3] [Ca|3] "},
      // Not without the place before it or the period after it.
      {"They said , Mass . was held .", {{3, 4, L}}, ""},
      {"He grew up in Cambridge , Mass and left .", {{4, 5, L}, {6, 7, L}}, "[Cambridge|3] "},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { RetypeGenericNounPlaces(Gaz(), s); });
}

}  // namespace
}  // namespace crosscheck::entity_internal
