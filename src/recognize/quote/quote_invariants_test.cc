// Invariants over every ECB+ article, the JSON record, and the use of
// entities when the entity recognizer supplies them.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/paths.h"
#include "recognize/quote/ecbplus_text.h"
#include "recognize/quote/quote.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

std::vector<std::string> EcbPlusFiles() {
  std::vector<std::string> out;
  const std::filesystem::path dir = std::filesystem::path(CROSSCHECK_SHARED_DIR) / "corpora/ecbplus/ECB+";
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec))
    if (e.path().extension() == ".xml") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(QuoteInvariants, HoldOnEveryEcbPlusArticle) {
  std::vector<std::string> files = EcbPlusFiles();
  ASSERT_GE(files.size(), 900u) << "ECB+ not found under " << CROSSCHECK_SHARED_DIR;
  size_t bytes = 0, direct = 0, attributed = 0, indirect = 0;
  double seconds = 0;
  for (const std::string& f : files) {
    SCOPED_TRACE(f);
    Document doc;
    doc.id = "x";
    doc.text = ecbplus::LoadText(f);
    bytes += doc.text.size();
    auto t0 = std::chrono::steady_clock::now();
    Segmentation seg = Segment(doc.text);
    std::vector<Quote> quotes = RecognizeQuotes(doc, seg, {});
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (size_t i = 0; i < quotes.size(); ++i) {
      const Quote& q = quotes[i];
      ASSERT_LE(q.span.end, doc.text.size());
      ASSERT_LT(q.span.start, q.span.end);
      if (i > 0) {
        ASSERT_LE(quotes[i - 1].span.start, q.span.start);
      }
      if (q.direct) {
        ++direct;
        attributed += !q.speaker.empty();
        bool inside = std::any_of(seg.quotes.begin(), seg.quotes.end(),
                                  [&](const QuoteRegion& r) { return r.inner.Contains(q.span); });
        EXPECT_TRUE(inside) << q.span.Of(doc.text);
      } else {
        ++indirect;
        EXPECT_FALSE(q.speaker.empty());
        EXPECT_FALSE(q.cue.empty());
      }
    }
    std::vector<Quote> again = RecognizeQuotes(doc, seg, {});
    ASSERT_EQ(again.size(), quotes.size());
    for (size_t i = 0; i < quotes.size(); ++i) EXPECT_EQ(again[i].speaker, quotes[i].speaker);
  }
  std::cout << files.size() << " ECB+ articles, " << bytes / 1024 << " KiB: " << direct << " direct quotes ("
            << attributed << " with a speaker), " << indirect << " indirect; segment+quotes "
            << (seconds > 0 ? bytes / seconds / 1e6 : 0) << " MB/s\n";
  EXPECT_GE(attributed * 10, direct * 8) << "fewer than 80% of direct quotes attributed";
}

TEST(QuoteJson, RecordOfOutputContract) {
  Document doc;
  doc.id = "abc";
  doc.text = "\xE2\x80\x9CWe hold,\xE2\x80\x9D said Lt Col Ivan Petrenko, a battalion commander.";
  Segmentation seg = Segment(doc.text);
  std::vector<Quote> quotes = RecognizeQuotes(doc, seg, {});
  ASSERT_EQ(quotes.size(), 1u);
  Json j = QuoteToJson(doc, quotes, 0);
  EXPECT_EQ(j["id"], RecordId('u', "abc", 0));
  EXPECT_EQ(j["doc"], "abc");
  EXPECT_EQ(j["text"], "We hold,");
  EXPECT_EQ(j["direct"], true);
  EXPECT_EQ(j["speaker"], "Ivan Petrenko");
  EXPECT_EQ(j["speaker_role"], "battalion commander");
  EXPECT_TRUE(j["speaker_entity"].is_null());
  EXPECT_EQ(j["cue"], "said");
  EXPECT_TRUE(j["cited"].is_null());
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"id", "doc", "start", "end", "text", "direct", "speaker",
                                            "speaker_role", "speaker_entity", "cue", "cited"}));
}

TEST(QuoteEntities, OverlappingEntityGivesTheCanonicalName) {
  struct Row {
    const char* text;
    const char* mention;  // the entity's text in `text`
    EntityType type;
    const char* name;     // its canonical name
    const char* speaker;  // expected speaker of the first quote
  };
  const Row kRows[] = {
      {"\xE2\x80\x9CWe stay,\xE2\x80\x9D Denys Prokopenko said.", "Denys Prokopenko", EntityType::kPerson,
       "Denis Prokopenko", "Denis Prokopenko"},
      {"\xE2\x80\x9CWe stay,\xE2\x80\x9D Prokopenko said.", "Prokopenko", EntityType::kPerson, "Denis Prokopenko",
       "Denis Prokopenko"},
      {"\xE2\x80\x9C" "Calm down,\xE2\x80\x9D the UN said.", "UN", EntityType::kOrganization, "United Nations",
       "United Nations"},
      {"\xE2\x80\x9CWe stay,\xE2\x80\x9D Kyiv said.", "Kyiv", EntityType::kLocation, "Kyiv", "Kyiv"},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.text);
    Document doc;
    doc.id = "e";
    doc.text = row.text;
    Segmentation seg = Segment(doc.text);
    size_t at = doc.text.find(row.mention);
    ASSERT_NE(at, std::string::npos);
    Entity en;
    en.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + strlen(row.mention))};
    en.type = row.type;
    en.name = row.name;
    std::vector<Entity> entities = {en};
    std::vector<Quote> quotes = RecognizeQuotes(doc, seg, entities);
    ASSERT_FALSE(quotes.empty());
    EXPECT_EQ(quotes[0].speaker, row.speaker);
    EXPECT_EQ(quotes[0].speaker_entity, 0);
  }
}

TEST(QuoteEntities, PronounCarriesTheEntity) {
  Document doc;
  doc.id = "e";
  doc.text = "Olena Marchuk spoke on Monday. \xE2\x80\x9CWe will stay,\xE2\x80\x9D she said.";
  Segmentation seg = Segment(doc.text);
  Entity en;
  en.span = Span{0, 13};
  en.type = EntityType::kPerson;
  en.name = "Olena Marchuk";
  std::vector<Quote> quotes = RecognizeQuotes(doc, seg, {en});
  ASSERT_FALSE(quotes.empty());
  EXPECT_EQ(quotes[0].speaker, "Olena Marchuk");
  EXPECT_EQ(quotes[0].speaker_entity, 0);
}

// What an indirect cue reports: never the hearer or topic its preposition
// names ("proclaimed to a cheering crowd", "said of the campaign"), and a
// question asked of someone starts at "if" (sentences written for this test).
TEST(QuoteIndirect, APrepositionAfterTheCueIsNoReportedClause) {
  struct Case {
    std::string text;
    std::string span;  // the indirect record's text, "" = none
  };
  const Case cases[] = {
      {"Parks are \xE2\x80\x9Cthe city\xE2\x80\x99s lungs\xE2\x80\x9D and \xE2\x80\x9Cmust stay open,\xE2\x80\x9D "
       "Dana Reyes, the former mayor, proclaimed to a cheering crowd at the rally on Tuesday.",
       "Parks are \xE2\x80\x9Cthe city\xE2\x80\x99s lungs\xE2\x80\x9D and \xE2\x80\x9Cmust stay open,\xE2\x80\x9D"},
      {"Pam Ortiz spoke of the campaign in warm terms.", ""},
      {"An eager volunteer, Pam Ortiz spoke of the campaign in warm terms.", ""},
      {"Alan Lee said of his rival: \xE2\x80\x9CHe will lose this race.\xE2\x80\x9D", ""},
      {"The minister said of the plan that it would cost too much.", "it would cost too much"},
      {"Ruth Lane, an editor at the paper, asked Mook if the administration would hold press conferences.",
       "if the administration would hold press conferences"},
      {"The mayor said the bridge would reopen if the rain stopped.", "the bridge would reopen if the rain stopped"},
      // A bare plural person noun after "to" is a hearer, like "to the
      // crowd" (lexicon IsPluralPersonNoun, WordNet person nouns).
      {"Gov. Ana Ruiz complained to volunteers at a rally in Dayton.", ""},
      {"Ruiz explained to firefighters in Dayton.", ""},
      {"Ruiz said to deputies that the road would close.", "the road would close"},
      {"Ruiz vowed to deliver the budget on time.", "to deliver the budget on time"},
      // A form of "speak" reports no clause after a preposition (its
      // hearer, venue, side or length).
      {"Sen. Ray Booth spoke with reporters after the vote on the bill.", ""},
      {"Booth spoke for nearly an hour at the convention in Denver.", ""},
      {"Booth spoke from the floor of the Senate on Monday.", ""},
      // Every verb of asking (lexicon IsAskingVerb) leaves the person asked
      // out of the question.
      {"Lane asked the mayor whether the plan would pass.", "whether the plan would pass"},
      // A circumstance of time or place after the cue reports nothing.
      {"Ruiz testified before the panel last fall.", ""},
      {"Booth spoke over boos from the audience.", ""},
      {"It was the first time the two men spoke since December.", ""},
      {"Ruiz said over the phone: \xE2\x80\x9CWe will rebuild.\xE2\x80\x9D", ""},
      {"Ruiz said before the vote that the plan would pass.", "the plan would pass"},
      // So do "through", "during", "until" and "after", and a time phrase
      // opened by "last"/"this"/"next" is read past like any other.
      {"Ruiz testified last month after the release of the report.", ""},
      {"Rain continued through the night.", ""},
      {"Ruiz spoke during the hearing.", ""},
      {"Ruiz said after the vote that the plan would pass.", "the plan would pass"},
      {"Ruiz said last week the plan would pass.", "the plan would pass"},
      // "continue" with an infinitive is an aspect, no speech.
      {"Messages continued to trickle out over the summer.", ""},
      {"Prices continue to rise in the capital.", ""},
      // A plural noun with its relative clause is no cue.
      {"Voters went to the polls in Ohio, Rust Belt states that have suffered from job losses.", ""},
      {"The governor states that the plant will close.", "the plant will close"},
      // A noun phrase object of a verb other than "say" or "add" reports no
      // speech; a clause word (subject pronoun, auxiliary, past tense,
      // gerund after a preposition) makes it a clause again.
      {"Ruiz maintains a wide lead over Booth among older voters.", ""},
      {"Booth announced his bid for the Senate, but few donors followed.", ""},
      {"Ruiz praised Deputy Editor Carl Munn at a news conference in Dayton.", ""},
      {"After the vote, Lane asked him a question.", ""},
      {"Munn tweeted out the governor\xE2\x80\x99s praise of the plan during the hearing.", ""},
      {"Ruiz maintains the plan was never funded.", "the plan was never funded"},
      {"Booth argued the deputies would lose their jobs.", "the deputies would lose their jobs"},
      {"Booth insisted he knew nothing.", "he knew nothing"},
      {"Local officials accused the army of shelling a convoy.", "the army of shelling a convoy"},
      {"Ruiz said Booth lies.", "Booth lies"},
      // A present tense after its subject makes a clause; a figure in the
      // object is a report ("reported 40 deaths" sources the figure).
      {"The paper claims the agency monitors 2,000 mosques.", "the agency monitors 2,000 mosques"},
      {"The group insists its polling shows Booth ahead in Ohio.", "its polling shows Booth ahead in Ohio"},
      {"The state reported a 2.8 percent unemployment rate in June.", "a 2.8 percent unemployment rate in June"},
      {"Ruiz maintains a variety of advantages over Booth.", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc;
    doc.id = "i";
    doc.text = c.text;
    Segmentation seg = Segment(doc.text);
    std::string got;
    for (const Quote& q : RecognizeQuotes(doc, seg, {}))
      if (!q.direct) got = std::string(q.span.Of(doc.text));
    while (!got.empty() && got.back() == '.') got.pop_back();
    EXPECT_EQ(got, c.span);
  }
}

TEST(QuoteCited, NestedAttributionKeepsBoth) {
  Document doc;
  doc.id = "c";
  doc.text = "The ministry said, citing local authorities, that 46 people were evacuated.";
  Segmentation seg = Segment(doc.text);
  std::vector<Quote> quotes = RecognizeQuotes(doc, seg, {});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_FALSE(quotes[0].direct);
  EXPECT_EQ(quotes[0].speaker, "ministry");
  EXPECT_EQ(quotes[0].cited, "local authorities");
  EXPECT_EQ(quotes[0].span.Of(doc.text), "46 people were evacuated");
}

// "X said, according to Y": the words stay X's; Y, the outlet or document
// that reported them, is recorded as `via` (session 14), also after a
// circumstance ("writes in his book, according to the Times"), and not
// from a later sentence.
TEST(QuoteVia, OutletAfterTheCueIsTheChannel) {
  struct Row {
    const char* text;
    const char* speaker;
    const char* via;
  } kRows[] = {
      {"\xE2\x80\x9CWe will stay united,\xE2\x80\x9D Mayor Ann Dorsey said, according to the Riverton Herald.",
       "Ann Dorsey", "Riverton Herald"},
      {"\xE2\x80\x9CThe vote is over,\xE2\x80\x9D Paul Mercer writes in his memoir, according to Reuters.",
       "Paul Mercer", "Reuters"},
      {"\xE2\x80\x9CThe vote is over,\xE2\x80\x9D Paul Mercer said. The story ran according to plan.", "Paul Mercer",
       ""},
      {"\xE2\x80\x9CThe vote is over,\xE2\x80\x9D Paul Mercer said.", "Paul Mercer", ""},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.text);
    Document doc;
    doc.id = "v";
    doc.text = r.text;
    Segmentation seg = Segment(doc.text);
    std::vector<Quote> quotes = RecognizeQuotes(doc, seg, {});
    size_t d = 0;
    while (d < quotes.size() && !quotes[d].direct) ++d;
    ASSERT_LT(d, quotes.size());
    EXPECT_EQ(quotes[d].speaker, r.speaker);
    EXPECT_EQ(quotes[d].via, r.via);
    Json j = QuoteToJson(doc, quotes, d);
    EXPECT_EQ(j.contains("via"), *r.via != 0);
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(QuoteEntities, EntityMustCoverTheHead) {
  Document doc;
  doc.id = "h";
  doc.text = "Russia\xE2\x80\x99s defence ministry said 46 people were evacuated.";
  Segmentation seg = Segment(doc.text);
  Entity en;
  en.span = Span{0, 6};  // "Russia"
  en.type = EntityType::kLocation;
  en.name = "Russia";
  std::vector<Quote> quotes = RecognizeQuotes(doc, seg, {en});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Russia\xE2\x80\x99s defence ministry");
  EXPECT_EQ(quotes[0].speaker_entity, -1);
}

}  // namespace
}  // namespace crosscheck
