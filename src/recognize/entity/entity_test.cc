// News-style entity cases, one row per expected mention: the sentence, the
// mention's text as written, its type, and (when not empty) its canonical
// name and title. Rows were written for this project (not taken from the
// seeds or the test corpora).
#include "recognize/entity/entity.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/mention_rules.h"
#include "segment/segmenter.h"

#include <gtest/gtest.h>

#include <memory>
#include <span>
#include <string>

namespace crosscheck {
namespace {

std::shared_ptr<const EntityRecognizer> Recognizer() {
  static std::shared_ptr<const EntityRecognizer> r = [] {
    auto loaded = EntityRecognizer::Load(EntityRecognizer::DefaultModelDir());
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().message);
    return loaded.ok() ? *loaded : nullptr;
  }();
  return r;
}

std::vector<Entity> Tag(const std::string& text, Document* doc) {
  doc->id = "t";
  doc->text = text;
  doc->raw = text;
  return Recognizer()->Recognize(*doc, Segment(doc->text));
}

std::string Dump(const Document& doc, const std::vector<Entity>& es) {
  std::string s;
  for (const Entity& e : es) {
    for (std::string_view part : {std::string_view("["), e.span.Of(doc.text), std::string_view("|"),
                                  std::string_view(EntityTypeName(e.type)), std::string_view("|"),
                                  std::string_view(e.name), std::string_view("|"), std::string_view(e.title),
                                  std::string_view("|"), std::string_view(e.role), std::string_view("] ")})
      s.append(part);
  }
  return s;
}

struct Row {
  const char* text;
  const char* mention;  // exact text of the expected mention
  EntityType type;
  const char* name = "";   // expected canonical name ("" = not checked)
  const char* title = "";  // expected title ("" = not checked)
};

using T = EntityType;
const Row kRows[] = {
    // People, with titles kept apart from names.
    {"Lieutenant Colonel Denis Prokopenko said the defenders would not surrender.", "Denis Prokopenko",
     T::kPerson, "Denis Prokopenko", "Lieutenant Colonel"},
    {"U.N. Secretary-General Antonio Guterres arrived in Kyiv on Thursday.", "Antonio Guterres", T::kPerson,
     "Antonio Guterres", "U.N. Secretary-General"},
    {"President Volodymyr Zelensky said talks with Moscow had stalled.", "Volodymyr Zelensky", T::kPerson,
     "Volodymyr Zelensky", "President"},
    {"Prime Minister Boris Johnson spoke to reporters in London.", "Boris Johnson", T::kPerson, "Boris Johnson",
     "Prime Minister"},
    {"Mariupol mayor Vadym Boychenko said about 100,000 people remained in the city.", "Vadym Boychenko",
     T::kPerson, "Vadym Boychenko", "Mariupol mayor"},
    {"Mr. Putin met the German chancellor on Friday.", "Putin", T::kPerson, "Putin", "Mr."},
    {"Russian Defence Minister Sergei Shoigu told Putin the plant was sealed off.", "Sergei Shoigu", T::kPerson,
     "Sergei Shoigu", ""},
    {"Dr. Maria Lopez, a surgeon at the hospital, treated the wounded.", "Maria Lopez", T::kPerson, "", "Dr."},
    {"German Chancellor Olaf Scholz called for a ceasefire.", "Olaf Scholz", T::kPerson, "Olaf Scholz", ""},
    {"Pope Francis appealed for humanitarian corridors.", "Francis", T::kPerson, "", "Pope"},
    {"Senator John McCain criticized the decision.", "John McCain", T::kPerson, "John McCain", "Senator"},
    {"French President Emmanuel Macron spoke by phone with Vladimir Putin.", "Emmanuel Macron", T::kPerson,
     "Emmanuel Macron", ""},
    {"French President Emmanuel Macron spoke by phone with Vladimir Putin.", "Vladimir Putin", T::kPerson,
     "Vladimir Putin", ""},
    {"Gen. Mark Milley testified before Congress on Tuesday.", "Mark Milley", T::kPerson, "Mark Milley", "Gen."},
    {"Secretary of State Antony Blinken visited Warsaw.", "Antony Blinken", T::kPerson, "Antony Blinken",
     "Secretary of State"},
    // Organisations.
    {"The Red Cross said the evacuation was delayed.", "Red Cross", T::kOrganization,
     "International Committee of the Red Cross"},
    {"The United Nations said more than 100 civilians were evacuated.", "United Nations", T::kOrganization,
     "United Nations"},
    {"The U.N. said the convoy reached Zaporizhzhia.", "U.N.", T::kOrganization, "United Nations"},
    {"Russia's defence ministry said the troops had taken the port.", "Russia's defence ministry",
     T::kOrganization},
    {"The Russian defence ministry published a video.", "Russian defence ministry", T::kOrganization},
    {"NATO leaders will meet in Brussels next month.", "NATO", T::kOrganization, "NATO"},
    {"The European Union announced new sanctions on Monday.", "European Union", T::kOrganization,
     "European Union"},
    {"Officials at the World Health Organization warned of cholera.", "World Health Organization",
     T::kOrganization, "World Health Organization"},
    {"The Kremlin denied the report.", "Kremlin", T::kOrganization, "Kremlin"},
    {"Fighters from the Azov Regiment were holed up in the tunnels.", "Azov Regiment", T::kOrganization},
    {"Amnesty International accused both sides of abuses.", "Amnesty International", T::kOrganization},
    {"The International Monetary Fund cut its growth forecast.", "International Monetary Fund",
     T::kOrganization},
    {"Reuters could not independently verify the figures.", "Reuters", T::kOrganization},
    {"The company Gazprom halted gas supplies to Poland.", "Gazprom", T::kOrganization},
    {"Doctors Without Borders said its staff had left the city.", "Doctors Without Borders", T::kOrganization},
    // Locations, with possessives.
    {"Ukraine's military said the last defenders had been ordered to stop fighting.", "Ukraine's military",
     T::kOrganization},
    {"Ukraine's parliament voted on Tuesday.", "Ukraine's parliament", T::kOrganization},
    {"Ukraine's president spoke to the nation.", "Ukraine", T::kLocation, "Ukraine"},
    {"Ukraine’s foreign minister met his Polish counterpart.", "Ukraine", T::kLocation, "Ukraine"},
    {"Thousands of people fled Mariupol after weeks of shelling.", "Mariupol", T::kLocation},
    {"The convoy left for Zaporizhzhia early on Sunday.", "Zaporizhzhia", T::kLocation},
    {"Heavy fighting was reported in the Donbas region.", "Donbas", T::kLocation},
    {"Officials in Washington said the aid would arrive soon.", "Washington", T::kLocation},
    {"Protests spread from Baghdad to Basra over the weekend.", "Basra", T::kLocation},
    {"The U.S. sent more artillery to Ukraine.", "U.S.", T::kLocation, "United States"},
    {"Refugees crossed into Poland and Moldova.", "Moldova", T::kLocation},
    {"Flooding hit northern China and parts of South Korea.", "South Korea", T::kLocation},
    {"Troops were deployed along the border with Belarus.", "Belarus", T::kLocation},
    {"The summit will be held in Geneva.", "Geneva", T::kLocation},
    // Facilities.
    {"Hundreds of civilians were sheltering in the Azovstal steel works.", "Azovstal steel works",
     T::kFacility},
    {"Shelling damaged the Zaporizhzhia nuclear power plant overnight.", "Zaporizhzhia nuclear power plant",
     T::kFacility},
    {"Flights were suspended at Boryspil Airport.", "Boryspil Airport", T::kFacility},
    {"The Mariupol Drama Theatre was hit by an airstrike.", "Mariupol Drama Theatre", T::kFacility},
    // Nationality words are "other", never locations.
    {"Ukrainian officials said they had repelled the attack.", "Ukrainian", T::kOther},
    {"Ukrainian forces said they had repelled the attack.", "Ukrainian forces", T::kOrganization},
    {"British troops arrived in Estonia.", "British", T::kOther},
    {"Russian officials declined to comment.", "Russian", T::kOther},
    // Span assembly from context (RepairByContext, TrimJoiners, JoinOrganisations).
    {"A complaint was filed against the Housing Authority of New Orleans last week.",
     "Housing Authority of New Orleans", T::kOrganization},
    {"Earlier, U.N. Secretary-General Kofi Annan appealed for help.", "U.N.", T::kOrganization},
    {"Earlier, U.N. Secretary-General Kofi Annan appealed for help.", "Kofi Annan", T::kPerson, "",
     "U.N. Secretary-General"},
    {"Officials said the warship Admiral Essen left Sevastopol on Monday.", "Admiral Essen", T::kOther},
    {"Reuters reporters Maria Tsvetkova in Moscow, Olena Harmash in Kyiv and Pavel Polityuk in Lviv contributed.",
     "Olena Harmash", T::kPerson},
};

TEST(EntityRecognizerTest, NewsCases) {
  ASSERT_NE(Recognizer(), nullptr);
  
  for (const Row& row : kRows) {
    SCOPED_TRACE(std::string(row.text) + " -> " + row.mention);
    Document doc;
    std::vector<Entity> es = Tag(row.text, &doc);
    const Entity* found = nullptr;
    for (const Entity& e : es)
      if (e.span.Of(doc.text) == row.mention) found = &e;
    if (found == nullptr) {
      ADD_FAILURE() << "mention not found: " << Dump(doc, es);
      continue;
    }
    EXPECT_EQ(EntityTypeName(found->type), std::string(EntityTypeName(row.type))) << Dump(doc, es);
    if (*row.name) {
      EXPECT_EQ(found->name, row.name) << Dump(doc, es);
    }
    if (*row.title) {
      EXPECT_EQ(found->title, row.title) << Dump(doc, es);
    }

  }
  EXPECT_GE(sizeof(kRows) / sizeof(kRows[0]), 40u);
}

TEST(EntityRecognizerTest, MentionsAreSortedAndDisjoint) {
  Document doc;
  std::vector<Entity> es =
      Tag("Mariupol mayor Vadym Boychenko said the Azovstal steel works was encircled. Boychenko added "
          "that the U.N. and the Red Cross were negotiating with Russia's defence ministry.",
          &doc);
  ASSERT_FALSE(es.empty());
  for (size_t i = 1; i < es.size(); ++i) EXPECT_LE(es[i - 1].span.end, es[i].span.start) << Dump(doc, es);
  for (const Entity& e : es) EXPECT_GE(e.cluster, 0);
}

TEST(EntityRecognizerTest, JsonRecordKeepsDocumentedKeys) {
  Document doc;
  std::vector<Entity> es = Tag("Lieutenant Colonel Denis Prokopenko spoke.", &doc);
  ASSERT_FALSE(es.empty());
  Json j = EntityToJson(doc, es, 0);
  for (const char* key : {"id", "doc", "start", "end", "text", "type", "name", "title", "role", "cluster"}) {
    SCOPED_TRACE(key);
    EXPECT_TRUE(j.contains(key));
  }
  EXPECT_EQ(j["title"], "Lieutenant Colonel");
}

TEST(EntityRecognizerTest, LoadReportsMissingFiles) {
  auto r = EntityRecognizer::Load("/nonexistent/models");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("/nonexistent/models"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(EntityRecognizerTest, HeadlineWordsNeedTheBodyOrTheGazetteer) {
  Document doc;
  std::vector<Entity> es = Tag(
      "Ukrainian Defenders Making Heroic But Hopeless Last Stand in Massive Steel Works\n\n"
      "Zelensky Vows to Save Last Defenders in Mariupol\n\n"
      "Ukrainian President Volodymyr Zelensky said the defenders would be saved. Zelensky spoke in Kyiv.",
      &doc);
  std::string all = Dump(doc, es);
  for (const char* noise : {"[Heroic|", "[Hopeless|", "[Last Stand|", "[Massive Steel Works|", "[Defenders|"})
    EXPECT_EQ(all.find(noise), std::string::npos) << noise << " in " << all;
  EXPECT_NE(all.find("[Ukrainian|other"), std::string::npos) << all;  // a nationality word: the gazetteer knows it
  EXPECT_NE(all.find("[Mariupol|location"), std::string::npos) << all;  // a city: kept
  // The mention holding "Zelensky" in the second headline is confirmed by
  // the body's "Volodymyr Zelensky".
  size_t headline_zelensky = 0;
  for (const Entity& e : es)
    if (e.span.start < 110 && e.span.Of(doc.text).find("Zelensky") != std::string_view::npos) ++headline_zelensky;
  EXPECT_EQ(headline_zelensky, 1u) << all;
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(EntityRecognizerTest, OrganisationsJoinedByOfOrForAreOne) {
  Document doc;
  std::vector<Entity> es = Tag(
      "The offensive is slow, according to an assessment from the Washington-based Institute for the Study of "
      "War, a think tank.",
      &doc);
  std::string all = Dump(doc, es);
  EXPECT_NE(all.find("[Institute for the Study of War|organization"), std::string::npos) << all;
}

}  // namespace
}  // namespace crosscheck

// Session 7's span and type rules, run on hand-set tagger output (so each
// rule is checked whatever the model says) and then through the whole
// recognizer. News-style sentences written for this project.
namespace crosscheck::entity_internal {
namespace {

const Gazetteer& Gaz() {
  static const Gazetteer g = [] {
    auto loaded = Gazetteer::Load(EntityRecognizer::DefaultModelDir() + "/gazetteer");
    EXPECT_TRUE(loaded.ok());
    return loaded.ok() ? std::move(loaded).value() : Gazetteer();
  }();
  return g;
}

constexpr int P = 1, O = 2, L = 3, X = 4, F = kFacilityType;

// One sentence of words (space-separated) with the given spans.
struct Sentence {
  std::vector<std::string> storage;
  Scratch s;
  Sentence(const std::string& text, std::vector<LabelSpan> spans) {
    size_t a = 0;
    while (a < text.size()) {
      size_t b = text.find(' ', a);
      if (b == std::string::npos) b = text.size();
      storage.push_back(text.substr(a, b - a));
      a = b + 1;
    }
    for (const std::string& w : storage) s.words.push_back(w);
    PrepareTokens(s.words, Gaz(), &s.features);
    s.label_spans = std::move(spans);
  }
  // "[text|type] ..." for the spans now held.
  std::string Dump() const {
    std::string out;
    for (const LabelSpan& ls : s.label_spans) {
      out += "[";
      for (uint32_t k = ls.begin; k < ls.end; ++k) out += (k > ls.begin ? " " : "") + storage[k];
      out += "|" + std::to_string(ls.type) + "] ";
    }
    return out;
  }
};

// Runs `rule` on mentions of the given spans and types in a case's text
// and compares the types it leaves with the case's, mention by mention.
struct MentionTypeCase {
  const char* text;
  std::vector<Span> spans;
  std::vector<EntityType> in, want;
};

template <typename Rule>
void ExpectMentionTypes(std::span<const MentionTypeCase> cases, Rule rule) {
  for (const MentionTypeCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<Entity> es;
    for (size_t i = 0; i < c.spans.size(); ++i) {
      Entity e;
      e.span = c.spans[i];
      e.type = c.in[i];
      es.push_back(e);
    }
    rule(c.text, &es);
    ASSERT_EQ(es.size(), c.want.size());
    for (size_t i = 0; i < es.size(); ++i) EXPECT_EQ(es[i].type, c.want[i]) << "mention " << i;
  }
}

// One type per name per document: the majority of a name's mentions sets
// the type of all of them (a tie keeps the first mention's); facilities and
// names written differently are left alone.
TEST(EntityRecognizerTest, ANameKeepsOneTypePerDocument) {
  constexpr EntityType Pe = EntityType::kPerson, Or = EntityType::kOrganization, Lo = EntityType::kLocation,
                       Fa = EntityType::kFacility;
  const MentionTypeCase cases[] = {
      {"Acme hired. Acme grew. Acme sold.", {{0, 4}, {12, 16}, {23, 27}}, {Or, Pe, Or}, {Or, Or, Or}},
      {"Jordan spoke. Jordan left.", {{0, 6}, {14, 20}}, {Pe, Lo}, {Pe, Pe}},
      {"Jordan spoke. Jordan left. Jordan won.", {{0, 6}, {14, 20}, {27, 33}}, {Pe, Lo, Lo}, {Lo, Lo, Lo}},
      {"Azov plant. Azov said.", {{0, 4}, {12, 16}}, {Fa, Or}, {Fa, Or}},
      {"Lee met Leeds.", {{0, 3}, {8, 13}}, {Pe, Lo}, {Pe, Lo}},
  };
  ExpectMentionTypes(cases, [](std::string_view text, std::vector<Entity>* es) { UnifyNameTypes(text, es); });
}

// Runs `rule` on each case's sentence with the given spans and compares
// the spans it leaves ("[words|type] ...") with the case's; every rule
// must also leave them sorted by start and disjoint (mention_rules.h).
struct SentenceRuleCase {
  const char* text;  // words separated by single spaces
  std::vector<LabelSpan> in;
  const char* want;
};

template <typename Rule>
void ExpectSentenceRule(std::span<const SentenceRuleCase> cases, Rule rule) {
  for (const SentenceRuleCase& c : cases) {
    SCOPED_TRACE(c.text);
    Sentence t(c.text, c.in);
    rule(&t.s);
    EXPECT_EQ(t.Dump(), c.want);
    for (size_t k = 1; k < t.s.label_spans.size(); ++k)
      EXPECT_LE(t.s.label_spans[k - 1].end, t.s.label_spans[k].begin) << "spans overlap or out of order: " << t.Dump();
  }
}

TEST(OrganisationHeadTest, ANameEndingInAnOrganisationHeadIsAnOrganisation) {
  const SentenceRuleCase cases[] = {
      // A place or person name ending in a capitalised head.
      {"She teaches at Columbia University in New York .", {{3, 5, L}, {6, 8, L}}, "[Columbia University|2] [New York|3] "},
      {"The editor of Rodale Books said sales rose .", {{3, 5, P}}, "[Rodale Books|2] "},
      // A school named as one is no facility.
      {"Students at Kharkiv University were evacuated .", {{2, 4, F}}, "[Kharkiv University|2] "},
      // The head right after a name joins it.
      {"Sky News reported the blast first .", {{0, 1, O}}, "[Sky News|2] "},
      {"She told BBC Radio 4 ’s Today programme .", {{2, 3, O}}, "[BBC Radio 4|2] "},
      {"Workers at Tata Motors went on strike .", {{2, 3, L}}, "[Tata Motors|2] "},
      // An untagged run before a head.
      {"Members of the Spalding Club met on Friday .", {}, "[Spalding Club|2] "},
      // Not: a place of the gazetteer, a person opening on a first name, a
      // nationality word, a lower-case head, a lone head at the start.
      {"Troops entered the West Bank on Monday .", {{3, 5, L}}, "[West Bank|3] "},
      {"Senator Frank Church led the inquiry .", {{1, 3, P}}, "[Frank Church|1] "},
      {"The Palestinian Authority said the talks failed .", {{1, 2, X}}, "[Palestinian|4] "},
      {"A Jakarta hospital treated the girl .", {{1, 2, L}}, "[Jakarta|3] "},
      {"University officials declined to comment .", {}, ""},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { TypeByOrganisationHead(Gaz(), s); });
}

TEST(SplitAtAndTest, TwoNamesGluedAcrossAndAreSplit) {
  const SentenceRuleCase cases[] = {
      {"Voters backed the Green Party and Maria Lopez in the run-off .", {{3, 8, O}},
       "[Green Party|2] [Maria Lopez|1] "},
      {"He visited the University of California and Columbia University in 1910 .", {{3, 9, L}},
       "[University of California|2] [Columbia University|2] "},
      {"Japan 's Nissan Motor Company and France 's Renault will talk .", {{2, 9, O}},
       "[Nissan Motor Company|2] [France|3] [Renault|2] "},
      // Kept whole: no head before "and", no two known names, a known whole.
      {"The Department of Housing and Urban Development filed the complaint .", {{1, 7, O}},
       "[Department of Housing and Urban Development|2] "},
      {"Flooding hit Trinidad and Tobago on Sunday .", {{2, 5, L}}, "[Trinidad and Tobago|3] "},
      {"Shares of Procter and Gamble rose .", {{2, 5, O}}, "[Procter and Gamble|2] "},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { SplitAtAnd(Gaz(), s); });
}

TEST(FormOfAddressTest, ANameAfterMrIsAPerson) {
  const SentenceRuleCase cases[] = {
      {"But Mr. Goss says the agency is neutral .", {{2, 3, L}}, "[Goss|1] "},
      {"The newspaper endorsed Senator McCain on Sunday .", {{4, 5, O}}, "[McCain|1] "},
      {"Ms . Freivalds is safe in her job .", {{2, 3, O}}, "[Freivalds|1] "},
      // Not after a rank or office that also opens organisation names.
      {"Workers at General Motors went on strike .", {{2, 4, O}}, "[General Motors|2] "},
      // A first name of the general list that training never saw opens a
      // person; a known place keeps its type.
      {"Police found Alice McMeekin , 58 , at home .", {{2, 4, L}}, "[Alice McMeekin|1] "},
      {"Floods hit Alice Springs on Monday .", {{2, 4, L}}, "[Alice Springs|3] "},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { RetypeFirstNamePersons(Gaz(), s); });
}

TEST(PlaceInstitutionTest, APlaceBeforeTheOrganisationItOwnsIsPartOfItsName) {
  const SentenceRuleCase cases[] = {
      {"He asked the United States Congress to act .", {{3, 5, L}, {5, 6, O}}, "[United States Congress|2] "},
      {"A U.S. State Department official spoke .", {{1, 2, L}, {2, 4, O}}, "[U.S. State Department|2] "},
      {"She wrote to the Canada Department of Health and Welfare .", {{4, 5, L}, {5, 10, O}},
       "[Canada Department of Health and Welfare|2] "},
      {"The Ohio Supreme Court ruled on Friday .", {{1, 2, L}, {2, 4, O}}, "[Ohio Supreme Court|2] "},
      // Left apart: a nationality word, a possessive between, a place that is
      // no gazetteer name, a whole that is a place, an organisation opening
      // on a nationality, an organisation with no head.
      {"The Palestinian Authority met .", {{1, 2, X}, {2, 3, O}}, "[Palestinian|4] [Authority|2] "},
      {"Russia 's Army advanced .", {{0, 1, L}, {2, 3, O}}, "[Russia|3] [Army|2] "},
      {"In Zarquon Army units moved .", {{1, 2, L}, {2, 3, O}}, "[Zarquon|3] [Army|2] "},
      {"Raids into the West Bank went on .", {{3, 4, L}, {4, 5, O}}, "[West|3] [Bank|2] "},
      {"In Kabul Afghan Army commanders spoke .", {{1, 2, L}, {2, 4, O}}, "[Kabul|3] [Afghan Army|2] "},
      {"Fans in Boston Acme Widgets cheered .", {{2, 3, L}, {3, 5, O}}, "[Boston|3] [Acme Widgets|2] "},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { JoinPlaceAndInstitution(Gaz(), s); });
}

TEST(CamelCaseNameTest, ACamelCaseWordIsAnOrganisation) {
  const SentenceRuleCase cases[] = {
      {"Shares of ConocoPhillips fell on Monday .", {}, "[ConocoPhillips|2] "},
      {"Workers at BrightWorks said they were paid late .", {{2, 3, P}}, "[BrightWorks|2] "},
      {"We bought the tickets through VisaCuba last year .", {{5, 6, L}}, "[VisaCuba|2] "},
      // Left alone: surnames with a prefix, a lower-case first letter,
      // capitals only, a longer name, another type, a plain capitalised word.
      {"Senator McCain met ElBaradei and LeBron in Vienna .", {{1, 2, P}, {3, 4, P}, {5, 6, P}, {7, 8, L}},
       "[McCain|1] [ElBaradei|1] [LeBron|1] [Vienna|3] "},
      {"She sold her iPhone on eBay .", {}, ""},
      {"The NATO summit opened .", {}, ""},
      {"He joined BrightWorks Labs in May .", {{2, 4, P}}, "[BrightWorks Labs|1] "},
      {"The SpaceShipTwo flight was delayed .", {{1, 2, X}}, "[SpaceShipTwo|4] "},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { TypeCamelCaseNames(Gaz(), s); });
}

TEST(MetonymyPolicyTest, AnOrganisationThatIsOnlyAPlaceIsALocation) {
  const SentenceRuleCase cases[] = {
      {"He served the high command at Baghdad in 1679 .", {{6, 7, O}}, "[Baghdad|3] "},
      {"England beat Wales on Saturday .", {{0, 1, O}, {2, 3, L}}, "[England|3] [Wales|3] "},
      {"Talks with South Korea resumed .", {{2, 4, O}}, "[South Korea|3] "},
      // Kept: an organisation of the gazetteer, a longer name, other types.
      {"The Kremlin denied it .", {{1, 2, O}}, "[Kremlin|2] "},
      {"Baghdad Dynamo won again .", {{0, 2, O}}, "[Baghdad Dynamo|2] "},
      {"Paris Hilton arrived .", {{0, 2, P}}, "[Paris Hilton|1] "},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { ApplyMetonymyPolicy(Gaz(), s); });
}

TEST(HyphenSuffixTest, EndingsAfterACapitalisedStemAreSplitOff) {
  struct HyphenCase {
    const char* word;
    size_t want;
  } cases[] = {{"U.N.-backed", 7}, {"Washington-based", 6}, {"Kremlin-run", 4}, {"Soviet-style", 6},
               {"US-made", 5},     {"Kenyan-born", 5},      {"Hamas-controlled", 11}, {"Iran-linked", 7},
               {"well-based", 0},  {"Kremlin-runs", 0},     {"-led", 0},   {"Anti-Kremlin", 0}, {"Moscow", 0}};
  for (const HyphenCase& c : cases) EXPECT_EQ(HyphenSuffixLength(c.word), c.want) << c.word;
}

TEST(AcronymDefinitionTest, ANameBeforeItsAcronymIsOneMention) {
  const SentenceRuleCase cases[] = {
      {"The U.S. Food And Drug Administration ( FDA ) recalled the drug .", {{1, 2, L}, {3, 4, O}, {5, 6, O}},
       "[U.S.|3] [Food And Drug Administration|2] [FDA|2] "},
      {"A complaint by the Greater New Orleans Fair Housing Action Center ( GNOFHAC ) was filed .",
       {{5, 7, L}, {7, 11, F}}, "[Greater New Orleans Fair Housing Action Center|2] [GNOFHAC|2] "},
      {"Leaders of the Sudan People 's Liberation Movement ( SPLM ) met .", {{3, 4, L}, {6, 8, O}},
       "[Sudan People 's Liberation Movement|2] [SPLM|2] "},
      {"Fighting spread in the Democratic Republic of Congo ( DRC ) .", {{4, 8, L}},
       "[Democratic Republic of Congo|3] [DRC|3] "},
      {"Exports grew under the Africa Growth and Opportunity Act ( AGOA ) .", {{4, 6, L}, {7, 9, X}},
       "[Africa Growth and Opportunity Act|4] [AGOA|4] "},
      // Initials that do not fit, or a bracket holding no acronym: unchanged.
      {"Officials at the World Bank ( IMF ) declined .", {{3, 5, O}}, "[World Bank|2] "},
      {"Officials at the World Bank ( 2019 ) declined .", {{3, 5, O}}, "[World Bank|2] "},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { AddAcronymDefinitions(Gaz(), s); });
}

// The rules inside the whole recognizer, on running text.
TEST(OrganisationHeadTest, WholeRecognizerOnNews) {
  auto rec = EntityRecognizer::Load(EntityRecognizer::DefaultModelDir());
  ASSERT_TRUE(rec.ok());
  struct Case {
    const char* text;
    const char* mention;
    EntityType type;
  } cases[] = {
      {"A professor of medicine at Georgetown University led the study.", "Georgetown University",
       EntityType::kOrganization},
      {"Japan's Nissan Motor Company and France's Renault say they will talk.", "Renault",
       EntityType::kOrganization},
      {"Japan's Nissan Motor Company and France's Renault say they will talk.", "Nissan Motor Company",
       EntityType::kOrganization},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc;
    doc.id = "t";
    doc.text = c.text;
    doc.raw = c.text;
    std::string all;
    for (const Entity& e : (*rec)->Recognize(doc, Segment(doc.text))) {
      all += "[" + std::string(e.span.Of(doc.text)) + "|" + EntityTypeName(e.type) + "] ";
      if (e.span.Of(doc.text) == c.mention) {
        EXPECT_EQ(std::string(EntityTypeName(e.type)), EntityTypeName(c.type));
      }
    }
    EXPECT_NE(all.find(std::string("[") + c.mention + "|"), std::string::npos) << all;
  }
}

}  // namespace
}  // namespace crosscheck::entity_internal

// Session 8's rules, on hand-set mentions or tagger output.
namespace crosscheck::entity_internal {
namespace {

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
  };
  ExpectMentionTypes(cases,
                     [](std::string_view text, std::vector<Entity>* es) { TypeLanguageNames(Gaz(), text, es); });
}

TEST(CaselessPlaceTest, LowerCasePlacesInCaselessSentences) {
  const SentenceRuleCase cases[] = {
      {"i am from mexico traveling to san francisco california one week", {},
       "[mexico|3] [san francisco|3] [california|3] "},
      {"pizza from chicago is the best i have had", {}, "[chicago|3] "},
      // A tagged name is left alone; common words and short words are no place.
      {"we loved Paris and the food in general was nice", {{2, 3, L}}, "[Paris|3] "},
      // A sentence that writes capitals: lower-case words stay untagged.
      {"The best pizza is from chicago .", {}, ""},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { AddCaselessPlaces(Gaz(), s); });
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
    for (size_t a = 0; a < text.size();) {
      size_t b = text.find(' ', a);
      if (b == std::string::npos) b = text.size();
      s.doc_words.push_back(std::string_view(text).substr(a, b - a));
      s.doc_spans.push_back(Span{static_cast<uint32_t>(a), static_cast<uint32_t>(b)});
      a = b + 1;
    }
    std::vector<Entity> es;
    for (const auto& [spec, type] : c.in) {
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
      ASSERT_NE(at, std::string::npos) << spec;
      Entity e;
      e.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + m.size())};
      e.type = type;
      es.push_back(e);
    }
    RepeatMultiWordNames(&s, &es);
    std::sort(es.begin(), es.end(), [](const Entity& a, const Entity& b) { return a.span < b.span; });
    std::string got;
    for (const Entity& e : es)
      got += "[" + std::string(e.span.Of(text)) + "|" + EntityTypeName(e.type) + "] ";
    EXPECT_EQ(got, c.want);
  }
}

TEST(LoneFirstNameTest, AnUntaggedFirstNameIsAPerson) {
  const SentenceRuleCase cases[] = {
      {"Sophie is an excellent host .", {}, "[Sophie|1] "},
      {"Both Tina and Vicky are excellent .", {{1, 2, L}}, "[Tina|3] [Vicky|1] "},
      {"Thanks , Constance Wilde , for the help .", {}, "[Constance Wilde|1] "},
      // Not a month, a place, or a word inside a capitalised run.
      {"In April the rains came .", {}, ""},
      {"Floods hit Georgia on Monday .", {}, ""},
      {"The Mary Rose Trust said it would appeal .", {}, ""},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { AddLoneFirstNames(Gaz(), s); });
}

TEST(CitedAuthorTest, AuthorsBeforeAYearArePersons) {
  const SentenceRuleCase cases[] = {
      {"As shown by Palmeri and Gazio ( 1995 ) , the map is old .", {{3, 4, L}, {5, 6, L}},
       "[Palmeri|1] [Gazio|1] "},
      {"Evidence grows ( Jasny , Chin , Chong , & Vignieri , 2011 ) .", {{5, 6, L}, {7, 8, L}},
       "[Jasny|1] [Chin|1] [Chong|1] [Vignieri|1] "},
      {"This is common ( Berez-Kroeker et al. , 2017 ) .", {}, "[Berez-Kroeker|1] "},
      {"It runs from Polio and Gass 1997 to now .", {{3, 4, O}}, "[Polio|1] [Gass|1] "},
      // Left alone: a place, a work's title, an organisation as author, a
      // lone name right before a year.
      {"The treaty signed in Rome ( 1957 ) holds .", {{4, 5, L}}, "[Rome|3] "},
      {"Language : Its Nature , Development and Origin ( 1922 ) sold well .", {}, ""},
      {"See ( Open Science Collaboration , 2015 ) .", {{2, 5, O}}, "[Open Science Collaboration|2] "},
      {"Beijing 2008 was a success .", {{0, 1, L}}, "[Beijing|3] "},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { TypeCitedAuthors(Gaz(), s); });
}

TEST(LawNameTest, ANameEndingInALawHeadIsOther) {
  const SentenceRuleCase cases[] = {
      {"Congress passed the HEROES Act in 2003 .", {{0, 1, O}, {3, 5, O}}, "[Congress|2] [HEROES Act|4] "},
      {"Ratification of the Antarctic Treaty stalled .", {{3, 5, L}}, "[Antarctic Treaty|4] "},
      // Not a lone head, a lower-case head, or a facility.
      {"The Act was signed .", {{1, 2, O}}, "[Act|2] "},
      {"The Acme act drew crowds .", {{1, 2, O}}, "[Acme|2] "},
  };
  ExpectSentenceRule(cases, [](Scratch* s) { TypeLawNames(s); });
}

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
      {"The Republican party met in Ohio.", "[Ohio|location] "},
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
  };
  ExpectSentenceRule(products, [](Scratch* s) { TypeProductNames(Gaz(), s); });
  const SentenceRuleCase org_nouns[] = {
      {"He joined the Kadima party in 2005 .", {{3, 4, L}}, "[Kadima|2] "},
      {"She wrote for the Zorblatt website .", {}, "[Zorblatt|2] "},
      // Not a country or nationality, an adjective, or a person's first name.
      {"The Iraqi party boycotted the vote .", {{1, 2, X}}, "[Iraqi|4] "},
      {"It ran on an Islamist website .", {}, ""},
  };
  ExpectSentenceRule(org_nouns, [](Scratch* s) { TypeNamesBeforeOrganisationNouns(Gaz(), s); });
}

}  // namespace
}  // namespace crosscheck::entity_internal
