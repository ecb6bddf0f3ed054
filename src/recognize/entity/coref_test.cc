// Name coreference and role resolution over whole (invented) news stories.
#include "recognize/entity/coref.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/entity/gazetteer.h"

namespace crosscheck {
namespace {

std::shared_ptr<const EntityRecognizer> Recognizer() {
  static std::shared_ptr<const EntityRecognizer> r = [] {
    auto loaded = EntityRecognizer::Load(EntityRecognizer::DefaultModelDir());
    return loaded.ok() ? *loaded : nullptr;
  }();
  return r;
}

const Entity* Find(const Document& doc, const std::vector<Entity>& es, std::string_view text, size_t nth = 0) {
  for (const Entity& e : es)
    if (e.span.Of(doc.text) == text && nth-- == 0) return &e;
  return nullptr;
}

std::string Dump(const Document& doc, const std::vector<Entity>& es) {
  std::string s;
  for (const Entity& e : es)
    for (std::string_view part : {std::string_view("["), e.span.Of(doc.text), std::string_view("|"),
                                  std::string_view(EntityTypeName(e.type)), std::string_view("|"),
                                  std::string_view(e.name), std::string_view("] ")})
      s.append(part);
  return s;
}

TEST(CorefTest, SurnamesAndTitledMentionsJoinTheFullName) {
  ASSERT_NE(Recognizer(), nullptr);
  Document doc;
  doc.id = "d";
  doc.text =
      "Lieutenant Colonel Denis Prokopenko, the commander of the regiment, posted a video on Sunday.\n\n"
      "\"We are still here,\" Prokopenko said. Later Lt Col Prokopenko added that the wounded needed help.\n\n"
      "Mariupol mayor Vadym Boychenko said the city had no water. The mayor said buses were ready.";
  std::vector<Entity> es = Recognizer()->Recognize(doc, Segment(doc.text));
  const Entity* full = Find(doc, es, "Denis Prokopenko");
  const Entity* bare = Find(doc, es, "Prokopenko", 0);
  const Entity* titled = Find(doc, es, "Prokopenko", 1);
  ASSERT_NE(full, nullptr) << Dump(doc, es);
  ASSERT_NE(bare, nullptr) << Dump(doc, es);
  ASSERT_NE(titled, nullptr) << Dump(doc, es);
  EXPECT_EQ(bare->cluster, full->cluster) << Dump(doc, es);
  EXPECT_EQ(titled->cluster, full->cluster) << Dump(doc, es);
  EXPECT_EQ(bare->name, "Denis Prokopenko");
  EXPECT_EQ(titled->name, "Denis Prokopenko");
  EXPECT_EQ(titled->title, "Lt Col");
  EXPECT_EQ(full->role, "commander of the regiment");

  const Entity* mayor = Find(doc, es, "Vadym Boychenko");
  ASSERT_NE(mayor, nullptr) << Dump(doc, es);
  uint32_t the_mayor = static_cast<uint32_t>(doc.text.find("The mayor"));
  EXPECT_EQ(ResolveRoleMention(es, doc, "the mayor", the_mayor), mayor->cluster);
  EXPECT_EQ(ResolveRoleMention(es, doc, "the commander", the_mayor), full->cluster);
  EXPECT_EQ(ResolveRoleMention(es, doc, "the mayor", 10), -1);  // nobody before
  EXPECT_EQ(ResolveRoleMention(es, doc, "the archbishop", the_mayor), -1);
}

TEST(CorefTest, VariantsAliasesAndFacilities) {
  ASSERT_NE(Recognizer(), nullptr);
  struct Row {
    const char* text;
    const char* a;  // two mentions expected in one cluster
    const char* b;
    const char* name;
  };
  const Row kRows[] = {
      {"Denys Prokopenko spoke first. Later Denis Prokopenko spoke again.", "Denys Prokopenko",
       "Denis Prokopenko", "Denys Prokopenko"},
      {"The United Nations sent a team. The U.N. said it was ready.", "United Nations", "U.N.",
       "United Nations"},
      {"Civilians hid in the Azovstal steel works for weeks. Azovstal was shelled again on Tuesday.",
       "Azovstal steel works", "Azovstal", "Azovstal steel works"},
      {"President Volodymyr Zelensky spoke on Monday. Zelensky said the talks had failed.",
       "Volodymyr Zelensky", "Zelensky", "Volodymyr Zelensky"},
      // A surname the tagger called "other" is the person named before.
      {"Ohio Gov. John Kasich spoke in Casper. \"Our team outhustled the other campaigns,\" Kasich tweeted.",
       "John Kasich", "Kasich", "John Kasich"},
      // A short form drops the article of an Arabic surname.
      {"Rebels fought Syrian President Bashar al-Assad for years. The United States called for the overthrow "
       "of Assad.",
       "Bashar al-Assad", "Assad", "Bashar al-Assad"},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.text);
    Document doc;
    doc.id = "d";
    doc.text = row.text;
    std::vector<Entity> es = Recognizer()->Recognize(doc, Segment(doc.text));
    const Entity* a = Find(doc, es, row.a);
    const Entity* b = Find(doc, es, row.b);
    ASSERT_NE(a, nullptr) << Dump(doc, es);
    ASSERT_NE(b, nullptr) << Dump(doc, es);
    EXPECT_EQ(a->cluster, b->cluster) << Dump(doc, es);
    EXPECT_EQ(a->name, row.name) << Dump(doc, es);
    EXPECT_EQ(b->name, row.name) << Dump(doc, es);
    EXPECT_EQ(a->type, b->type) << Dump(doc, es);
  }
}

// A mention that spells a facility's leading words becomes that facility,
// whether the document names one facility or hundreds (ResolveNames looks
// the mention up among every facility's leading words; mentions built by
// hand, an empty gazetteer).
TEST(CorefTest, AMentionSpellingAFacilitysLeadingWordsIsThatFacility) {
  for (int extra : {0, 400}) {
    SCOPED_TRACE(extra);
    std::string text;
    std::vector<Entity> m;
    auto add = [&](std::string_view words, EntityType type) {
      if (!text.empty()) text += ". ";
      Entity e;
      e.span = Span{static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size() + words.size())};
      e.type = type;
      text += words;
      m.push_back(e);
    };
    for (int k = 0; k < extra; ++k) add("Plant" + std::to_string(k) + " Works", EntityType::kFacility);
    add("Azovstal steel works", EntityType::kFacility);
    add("Azovstal", EntityType::kOrganization);        // one leading word
    add("Azovstal steel", EntityType::kLocation);      // two
    add("steel works", EntityType::kOrganization);     // trailing words: no
    add("Azovstal steel works plant", EntityType::kOrganization);  // longer: no
    add("Azovsta", EntityType::kOrganization);         // part of a word: no
    ResolveNames(text, Gazetteer(), &m);
    const size_t base = static_cast<size_t>(extra);
    EXPECT_EQ(m[base + 1].type, EntityType::kFacility);
    EXPECT_EQ(m[base + 2].type, EntityType::kFacility);
    EXPECT_EQ(m[base + 3].type, EntityType::kOrganization);
    EXPECT_EQ(m[base + 4].type, EntityType::kOrganization);
    EXPECT_EQ(m[base + 5].type, EntityType::kOrganization);
    EXPECT_EQ(m[base + 1].cluster, m[base].cluster);
    EXPECT_EQ(m[base + 2].cluster, m[base].cluster);
    EXPECT_EQ(m[base + 1].name, "Azovstal steel works");
  }
}

TEST(CorefTest, DifferentPeopleStayApart) {
  ASSERT_NE(Recognizer(), nullptr);
  Document doc;
  doc.id = "d";
  doc.text = "Vladimir Putin met Emmanuel Macron in Moscow. Putin said Macron had proposed a summit.";
  std::vector<Entity> es = Recognizer()->Recognize(doc, Segment(doc.text));
  const Entity* putin = Find(doc, es, "Putin");
  const Entity* macron = Find(doc, es, "Macron");
  ASSERT_NE(putin, nullptr) << Dump(doc, es);
  ASSERT_NE(macron, nullptr) << Dump(doc, es);
  EXPECT_NE(putin->cluster, macron->cluster);
  EXPECT_EQ(putin->name, "Vladimir Putin");
  EXPECT_EQ(macron->name, "Emmanuel Macron");
}

// A town the gazetteer knows is the person once the text has given that
// person's full name, unless it is written as a place; a country stays a
// country (stories written for this test).
TEST(CorefTest, ASurnameThatIsAlsoATownNamesThePersonNamedBefore) {
  ASSERT_NE(Recognizer(), nullptr);
  struct Case {
    std::string text;
    std::string mention;
    EntityType type;
  };
  const Case cases[] = {
      {"The senator praised Chris Kyle at the dinner. Kyle served four tours in Iraq.", "Kyle", EntityType::kPerson},
      {"The senator praised Chris Kyle at the dinner. The crew later filmed in Kyle, Texas.", "Kyle",
       EntityType::kLocation},
      {"The senator praised Chris Kyle at the dinner. Kyle, Texas, gave him a parade.", "Kyle", EntityType::kLocation},
      {"Police named the driver as Mark Lincoln, 34. Lincoln was taken to hospital with minor injuries.", "Lincoln",
       EntityType::kPerson},
      {"Police named the driver as Mark Lincoln, 34. He had driven from Lincoln overnight.", "Lincoln",
       EntityType::kLocation},
  };
  for (const Case& c : cases) {
    Document doc;
    doc.id = "d";
    doc.text = c.text;
    std::vector<Entity> es = Recognizer()->Recognize(doc, Segment(doc.text));
    // The last mention with this text (the bare one after the full name).
    const Entity* e = nullptr;
    for (const Entity& x : es)
      if (x.span.Of(doc.text) == c.mention) e = &x;
    ASSERT_NE(e, nullptr) << c.text << "  " << Dump(doc, es);
    EXPECT_EQ(e->type, c.type) << c.text << "  " << Dump(doc, es);
  }
}


// A place or organisation the gazetteer knows is not absorbed by a facility
// named after it ("Charleston" beside "Charleston Church", "CIA" beside "the
// CIA Annex": PolNeAR train news);
// a name no gazetteer knows still is ("Azovstal", above).
TEST(CorefTest, AKnownPlaceStaysAPlaceBesideAFacilityNamedAfterIt) {
  ASSERT_NE(Recognizer(), nullptr);
  Document doc;
  doc.id = "d";
  doc.text = "The Charleston Church shooting shocked the city. Lawmakers must close the Charleston loophole, "
             "said a survivor who lives in Charleston. Guards at the CIA Annex in Benghazi fought back. "
             "The CIA said the guards were brave.";
  std::vector<Entity> es = Recognizer()->Recognize(doc, Segment(doc.text));
  int places = 0, organisations = 0;
  for (const Entity& x : es) {
    if (x.span.Of(doc.text) == "Charleston") {
      EXPECT_EQ(x.type, EntityType::kLocation) << Dump(doc, es);
      ++places;
    }
    if (x.span.Of(doc.text) == "CIA") {
      EXPECT_EQ(x.type, EntityType::kOrganization) << Dump(doc, es);
      ++organisations;
    }
  }
  EXPECT_GE(places, 1) << Dump(doc, es);
  EXPECT_GE(organisations, 1) << Dump(doc, es);
}

// A full name with a middle name is the two-word name of its first and
// last words when the text has one such longer name; two longer names of
// one first and last word leave the short one apart.
TEST(CorefTest, AMiddleNameJoinsTheTwoWordName) {
  ASSERT_NE(Recognizer(), nullptr);
  Document doc;
  doc.id = "d";
  doc.text =
      "Senator Maria Elena Okafor spoke on Monday. Later Maria Okafor told reporters she would run.\n\n"
      "George Harold Varga and his son George Walker Varga arrived. George Varga waved.";
  std::vector<Entity> es = Recognizer()->Recognize(doc, Segment(doc.text));
  const Entity* shorter = Find(doc, es, "Maria Okafor");
  ASSERT_NE(shorter, nullptr) << Dump(doc, es);
  EXPECT_EQ(shorter->name, "Maria Elena Okafor") << Dump(doc, es);
  const Entity* ambiguous = Find(doc, es, "George Varga");
  ASSERT_NE(ambiguous, nullptr) << Dump(doc, es);
  EXPECT_EQ(ambiguous->name, "George Varga") << Dump(doc, es);
}

}  // namespace
}  // namespace crosscheck
