// Document-level rules (document_rules.cc): one type per name, a
// multi-word name tagged wherever it recurs, languages and peoples. Each
// rule runs on mentions set by hand, so it is checked whatever the model
// says. Sentences written for this project.
#include "recognize/entity/entity_rules_testing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace crosscheck::entity_internal {
namespace {

// The document's words as the document rules read them: `text` split at
// single spaces (the test sentences are written pre-tokenised).
void SetDocWords(const std::string& text, Scratch* s) {
  for (size_t a = 0; a < text.size();) {
    size_t b = text.find(' ', a);
    if (b == std::string::npos) b = text.size();
    s->doc_words.push_back(std::string_view(text).substr(a, b - a));
    s->doc_spans.push_back(Span{static_cast<uint32_t>(a), static_cast<uint32_t>(b)});
    a = b + 1;
  }
}

// "[name|type] " per entity, in text order.
std::string Listed(const std::string& text, std::vector<Entity> es) {
  std::sort(es.begin(), es.end(), [](const Entity& a, const Entity& b) { return a.span < b.span; });
  std::string got;
  for (const Entity& e : es) got += "[" + std::string(e.span.Of(text)) + "|" + EntityTypeName(e.type) + "] ";
  return got;
}

// Mentions from specs "words#n" (the n-th whole-word occurrence of
// `words` in `text`) with their types.
std::vector<Entity> SpecMentions(const std::string& text,
                                 const std::vector<std::pair<const char*, EntityType>>& specs) {
  std::vector<Entity> es;
  for (const auto& [spec, type] : specs) {
    const std::string sp = spec;
    const std::string m = sp.substr(0, sp.find('#'));
    int nth = std::stoi(sp.substr(sp.find('#') + 1));
    size_t at = std::string::npos;
    for (size_t from = 0; nth > 0; --nth, from = at + 1) {
      at = text.find(m, from);
      while (at != std::string::npos && ((at > 0 && text[at - 1] != ' ') ||
                                         (at + m.size() < text.size() && text[at + m.size()] != ' ')))
        at = text.find(m, at + 1);
    }
    EXPECT_NE(at, std::string::npos) << spec;
    if (at == std::string::npos) continue;
    Entity e;
    e.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + m.size())};
    e.type = type;
    es.push_back(e);
  }
  return es;
}

// One type per name per document: the majority of a name's mentions sets
// the type of all of them (a tie keeps the first mention's) unless some
// mention's context shows the type; facilities and names written
// differently are left alone.
TEST(EntityRecognizerTest, ANameKeepsOneTypePerDocument) {
  constexpr EntityType Pe = EntityType::kPerson, Or = EntityType::kOrganization, Lo = EntityType::kLocation,
                       Fa = EntityType::kFacility, Ot = EntityType::kOther;
  const MentionTypeCase cases[] = {
      {"Acme hired. Acme grew. Acme sold.", {{0, 4}, {12, 16}, {23, 27}}, {Or, Pe, Or}, {Or, Or, Or}},
      {"Jordan spoke. Jordan left.", {{0, 6}, {14, 20}}, {Pe, Lo}, {Pe, Pe}},
      {"Jordan spoke. Jordan left. Jordan won.", {{0, 6}, {14, 20}, {27, 33}}, {Pe, Lo, Lo}, {Lo, Lo, Lo}},
      {"Azov plant. Azov said.", {{0, 4}, {12, 16}}, {Fa, Or}, {Fa, Or}},
      {"Lee met Leeds.", {{0, 3}, {8, 13}}, {Pe, Lo}, {Pe, Lo}},
      // Evidence outweighs counting: one mention before an organisation
      // noun makes every mention of the name an organisation ...
      {"Forbes magazine grew. Forbes said. Forbes left.", {{0, 6}, {22, 28}, {35, 41}}, {Or, Pe, Pe}, {Or, Or, Or}},
      // ... but not a place or nationality before the noun ("the U.S. company").
      {"U.S. company grew. U.S. won. U.S. lost.", {{0, 4}, {19, 23}, {29, 33}}, {Or, Lo, Lo}, {Lo, Lo, Lo}},
      // A word of a person's full name, written alone, names that person,
      // though the gazetteer has a town of that name; not "in Boyle", nor a
      // country ("Jordan").
      {"Matthew Boyle spoke. The profile on Boyle ran. Boyle left.", {{0, 13}, {36, 41}, {47, 52}}, {Pe, Lo, Lo},
       {Pe, Pe, Pe}},
      {"Matthew Boyle spoke. He grew up in Boyle.", {{0, 13}, {35, 40}}, {Pe, Lo}, {Pe, Lo}},
      {"Nadia Jordan spoke. Jordan closed its border.", {{0, 12}, {20, 26}}, {Pe, Lo}, {Pe, Lo}},
      // A relative "who" after a name left "other" makes it a person (not
      // a nationality word, singular or plural).
      {"The target is Kasich, who won Ohio. Kasich left.", {{14, 20}, {36, 42}}, {Ot, Ot}, {Pe, Pe}},
      {"Ethnic Albanians, who live there, voted.", {{7, 16}}, {Ot}, {Ot}},
      // The head of a multi-word organisation after "the" is that
      // organisation ("the Court"), unless it is a country or region.
      {"The Supreme Court ruled. Then the Court met.", {{4, 17}, {34, 39}}, {Or, Lo}, {Or, Or}},
      {"Bank of Iraq grew. Then the Iraq War began.", {{0, 12}, {28, 32}}, {Or, Lo}, {Or, Lo}},
      // A noun for a person's place in a body, "of" and "the" before a
      // name show an organisation (session 30); not a native of a place,
      // not a country.
      {"Ana Ruiz became head of the Quellara. The Quellara split in 1990.", {{28, 36}, {42, 50}}, {Lo, Lo},
       {Or, Or}},
      {"The members of Tervanik marched. Tervanik grew.", {{15, 23}, {33, 41}}, {Pe, Lo}, {Or, Or}},
      {"He is a native of Quellara. Quellara grew.", {{18, 26}, {28, 36}}, {Lo, Lo}, {Lo, Lo}},
      {"The leader of France spoke. France voted.", {{14, 20}, {28, 34}}, {Lo, Lo}, {Lo, Lo}},
      // A name used as a modifier is not the body ("the Quellara bureau").
      {"The head of the Quellara bureau spoke. Quellara grew.", {{16, 24}, {39, 47}}, {Lo, Lo}, {Lo, Lo}},
      {"The members of Quellara's group met. Quellara grew.", {{15, 23}, {37, 45}}, {Lo, Lo}, {Lo, Lo}},
  };
  ExpectMentionTypes(cases, [](std::string_view text, std::vector<Entity>* es) { UnifyNameTypes(Gaz(), text, es); });
}

TEST(RepeatNameTest, AMultiWordNameIsTaggedWholeWhereverItRecurs) {
  constexpr EntityType Pe = EntityType::kPerson, Or = EntityType::kOrganization, Lo = EntityType::kLocation,
                       Ot = EntityType::kOther;
  struct Case {
    const char* text;                                      // words separated by single spaces
    std::vector<std::pair<const char*, EntityType>> in;    // the n-th mention of this text, in order
    const char* want;
  } cases[] = {
      // Untagged, and cut short: both become the whole name, of its type.
      {"Slice Pizza opened . We ate at Slice Pizza . All Blacks won and All Blacks fans cheered .",
       {{"Slice Pizza#2", Or}, {"All Blacks#1", Or}, {"Blacks#2", Lo}},
       "[Slice Pizza|organization] [Slice Pizza|organization] [All Blacks|organization] [All Blacks|organization] "},
      {"Kay Mann called . Kay Mann 04/26 wrote .", {{"Kay Mann#1", Pe}, {"Kay#2", Pe}, {"Mann#2", Lo}},
       "[Kay Mann|person] [Kay Mann|person] "},
      // Left alone: a mention reaching outside the name, an "other" piece,
      // a name opening on a title word, a one-word name.
      {"Acme Corp rose . New Acme Corp Ltd fell .", {{"Acme Corp#1", Or}, {"New Acme Corp Ltd#1", Or}},
       "[Acme Corp|organization] [New Acme Corp Ltd|organization] "},
      {"The HEROES Act passed . The Act and HEROES Act rules .", {{"HEROES Act#1", Or}, {"Act#3", Ot}},
       "[HEROES Act|organization] [Act|other] "},
      {"Justice Scalia wrote . Justice Scalia said .", {{"Justice Scalia#1", Or}, {"Scalia#2", Pe}},
       "[Justice Scalia|organization] [Scalia|person] "},
      {"Acme rose . Acme fell .", {{"Acme#1", Or}}, "[Acme|organization] "},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const std::string text = c.text;
    Scratch s;
    SetDocWords(text, &s);
    std::vector<Entity> es = SpecMentions(text, c.in);
    RepeatMultiWordNames(&s, &es);
    EXPECT_EQ(Listed(text, std::move(es)), c.want);
  }
}

// Short forms of a full name take its type (TypeShortForms, session 36):
// its initials, added where untagged, and the head of a capitalised
// organisation typed a place. Sentences and names are invented.
TEST(ShortFormTest, AFullNamesTypeGoesToItsShortForms) {
  constexpr EntityType Pe = EntityType::kPerson, Or = EntityType::kOrganization, Lo = EntityType::kLocation,
                       Ot = EntityType::kOther;
  struct Case {
    const char* text;                                      // words separated by single spaces
    std::vector<std::pair<const char*, EntityType>> in;    // the n-th mention of this text, in order
    const char* want;
  } cases[] = {
      // Initials: untagged, or typed otherwise, they take the full name's type.
      {"The Orvald Transit Authority raised fares . Critics said OTA ignored riders . OTA denied it .",
       {{"Orvald Transit Authority#1", Or}, {"OTA#2", Pe}},
       "[Orvald Transit Authority|organization] [OTA|organization] [OTA|organization] "},
      {"Crews reached the Velmar Orbital Platform ( V.O.P. ) today . The VOP is old .",
       {{"Velmar Orbital Platform#1", Lo}, {"V.O.P.#1", Or}},
       "[Velmar Orbital Platform|location] [V.O.P.|location] [VOP|location] "},
      {"The Tarvin Fishing Accord was signed . TFA quotas fell .", {{"Tarvin Fishing Accord#1", Ot}},
       "[Tarvin Fishing Accord|other] [TFA|other] "},
      // The head of a capitalised organisation, typed a place, is the organisation.
      {"Quillon Navigator released a patch . Navigator crashed twice .",
       {{"Quillon Navigator#1", Or}, {"Navigator#2", Lo}},
       "[Quillon Navigator|organization] [Navigator|organization] "},
      // Left alone: initials two full names of different types share, a
      // line in capitals, two capitals untagged, a person's initials, a
      // head the gazetteer knows as a place, a person typed so, and an
      // acronym the gazetteer knows.
      {"The Morva Trade Bureau and the Morva Trail Basin met . MTB agreed .",
       {{"Morva Trade Bureau#1", Or}, {"Morva Trail Basin#1", Lo}},
       "[Morva Trade Bureau|organization] [Morva Trail Basin|location] "},
      {"The Orvald Transit Authority spoke . READ THE OTA REPORT NOW .", {{"Orvald Transit Authority#1", Or}},
       "[Orvald Transit Authority|organization] "},
      {"The Kestrel Bank grew . KB rose .", {{"Kestrel Bank#1", Or}}, "[Kestrel Bank|organization] "},
      {"Dana Kowell Ruiz spoke . DKR left .", {{"Dana Kowell Ruiz#1", Pe}}, "[Dana Kowell Ruiz|person] "},
      {"Ministry Iraq wrote . Iraq replied .", {{"Ministry Iraq#1", Or}, {"Iraq#2", Lo}},
       "[Ministry Iraq|organization] [Iraq|location] "},
      {"Norvik Harlow grew . Harlow said .", {{"Norvik Harlow#1", Or}, {"Harlow#2", Pe}},
       "[Norvik Harlow|organization] [Harlow|person] "},
      {"The Ulvan Nexus met . UN staff left .", {{"Ulvan Nexus#1", Or}, {"UN#1", Lo}},
       "[Ulvan Nexus|organization] [UN|location] "},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const std::string text = c.text;
    Scratch s;
    SetDocWords(text, &s);
    std::vector<Entity> es = SpecMentions(text, c.in);
    TypeShortForms(Gaz(), text, &s, &es);
    EXPECT_EQ(Listed(text, std::move(es)), c.want);
  }
}

// A long document (more names and mentions than the rule scans one by
// one) gets the same answers from its indexed lookups: every recurrence
// made whole, a cut-short piece replaced, a mention reaching outside left
// alone, and a name found twice kept once.
TEST(RepeatNameTest, ALongDocumentsNamesRecurWholeAsInAShortOne) {
  constexpr int kNames = 80;  // past the rule's 32 names and 64 mentions
  std::string text;
  std::vector<std::pair<size_t, size_t>> firsts, seconds;
  for (int i = 0; i < kNames; ++i) {
    const std::string name = "Firm" + std::to_string(i) + " Group" + std::to_string(i);
    firsts.emplace_back(text.size(), name.size());
    text += name + " opened . ";
  }
  for (int i = 0; i < kNames; ++i) {
    const std::string name = "Firm" + std::to_string(i) + " Group" + std::to_string(i);
    text += "We saw ";
    seconds.emplace_back(text.size(), name.size());
    text += name + (i == 1 ? " Ltd" : "") + " . ";
  }
  Scratch s;
  SetDocWords(text, &s);
  auto mention = [](size_t at, size_t n, EntityType t) {
    Entity e;
    e.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + n)};
    e.type = t;
    return e;
  };
  std::vector<Entity> es;
  for (auto [at, n] : firsts) es.push_back(mention(at, n, EntityType::kOrganization));
  es.push_back(mention(firsts[3].first, firsts[3].second, EntityType::kOrganization));  // found twice
  // Second mentions: 0 cut short (its first word alone, as a place); 1
  // reaching outside the name ("Firm1 Group1 Ltd"); the others untagged.
  es.push_back(mention(seconds[0].first, 5, EntityType::kLocation));
  es.push_back(mention(seconds[1].first, seconds[1].second + 4, EntityType::kOrganization));
  RepeatMultiWordNames(&s, &es);
  std::string want;
  for (int i = 0; i < kNames; ++i) {
    const std::string name = "Firm" + std::to_string(i) + " Group" + std::to_string(i);
    want += "[" + name + "|organization] ";
    if (i == 3) want += "[" + name + "|organization] ";
  }
  for (int i = 0; i < kNames; ++i) {
    const std::string name = "Firm" + std::to_string(i) + " Group" + std::to_string(i);
    want += "[" + name + (i == 1 ? " Ltd" : "") + "|organization] ";
  }
  EXPECT_EQ(Listed(text, std::move(es)), want);
}

TEST(LanguageNameTest, LanguagesAndNationalityWordsAreOther) {
  constexpr EntityType Pe = EntityType::kPerson, Or = EntityType::kOrganization, Lo = EntityType::kLocation,
                       Ot = EntityType::kOther;
  const MentionTypeCase cases[] = {
      // A name before "language" is a language, and so is every other
      // mention of it in the document; places and organisations stay.
      {"Eegimaa is spoken in Essil. The Eegimaa language has few speakers. Acme studies Eegimaa.",
       {{0, 7}, {21, 26}, {32, 39}, {67, 71}, {80, 87}}, {Or, Lo, Or, Or, Pe}, {Ot, Lo, Ot, Or, Ot}},
      {"Bayot speakers live there. The speakers of Kujireray moved.", {{0, 5}, {43, 52}}, {Lo, Pe}, {Ot, Ot}},
      // A nationality word alone is other; a country, or a nationality word
      // inside a longer name, is not.
      {"The Cuban Consulate in Cuba issues Cuban Airways tickets.", {{4, 9}, {23, 27}, {35, 48}},
       {Lo, Lo, Or}, {Ot, Lo, Or}},
      // Not a cue: a capitalised word after the name, or a longer word.
      {"Acme Languages opened. Acme languished.", {{0, 14}, {23, 27}}, {Or, Or}, {Or, Or}},
      // Session 32 (ner17): a people in the plural is other too ("Thais",
      // the singular also a country's name in the gazetteer), not a
      // country or a word that is no nationality plus "s".
      {"Most Thais and Iraqis stayed; Philippines and Bellows did not.", {{5, 10}, {15, 21}, {30, 41}, {46, 53}},
       {Lo, Pe, Lo, Pe}, {Ot, Ot, Lo, Pe}},
  };
  ExpectMentionTypes(cases,
                     [](std::string_view text, std::vector<Entity>* es) { TypeLanguageNames(Gaz(), text, es); });
}

// One sense per discourse: a multi-word person's surname makes every other
// capitalised use of it a person, and a two- or three-word organisation
// or place ending in it a relative.
TEST(DiscourseMentionTest, APersonsSurnameNamesTheFamily) {
  constexpr EntityType Pe = EntityType::kPerson, Or = EntityType::kOrganization, Lo = EntityType::kLocation;
  struct Case {
    const char* text;  // words separated by single spaces
    std::vector<std::pair<Span, EntityType>> in;
    const char* want;
  } cases[] = {
      {"Kateryna Prokopenko spoke to her husband , Denys Prokopenko .", {{{0, 19}, Pe}, {{43, 59}, Or}},
       "[Kateryna Prokopenko|person] [Denys Prokopenko|person] "},
      {"Kateryna Prokopenko said Prokopenko would stay .", {{{0, 19}, Pe}},
       "[Kateryna Prokopenko|person] [Prokopenko|person] "},
      // Left alone: a name opening on a known place, a one-word place,
      // a name not ending in the surname.
      {"Jack Washington visited Washington and the Washington Post .",
       {{{0, 15}, Pe}, {{24, 34}, Lo}, {{43, 58}, Or}},
       "[Jack Washington|person] [Washington|location] [Washington Post|organization] "},
      {"Ali Lankan met Sri Lankan officials .", {{{0, 10}, Pe}, {{15, 25}, Or}},
       "[Ali Lankan|person] [Sri Lankan|organization] "},
      {"Ann Ford met Kyiv Ford and Ford Motors .", {{{0, 8}, Pe}, {{13, 22}, Or}, {{27, 38}, Or}},
       "[Ann Ford|person] [Kyiv Ford|organization] [Ford Motors|organization] "},
      // Session 30: an organisation's acronym is one wherever it recurs;
      // not a capitalised word of the same letters, not a two-letter one.
      {"The Gorlan Housing Office ( GHOF ) sued . GHOF lost . Ghof won .", {{{4, 25}, Or}, {{28, 32}, Or}},
       "[Gorlan Housing Office|organization] [GHOF|organization] [GHOF|organization] "},
      {"The ZT team met . ZT lost .", {{{4, 6}, Or}}, "[ZT|organization] "},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const std::string text = c.text;
    Scratch s;
    SetDocWords(text, &s);
    std::vector<Entity> es;
    for (const auto& [span, type] : c.in) {
      Entity e;
      e.span = span;
      e.type = type;
      es.push_back(e);
    }
    AddDiscourseMentions(Gaz(), &s, &es);
    EXPECT_EQ(Listed(text, std::move(es)), c.want);
  }
}

}  // namespace
}  // namespace crosscheck::entity_internal
