// Hearers, absolute clauses and titled names (session of 2026-12-07, read
// on PolNeAR train weeks 2016-06-10..17 and 2016-08-22..28;
// docs/ATTRIBUTION.md "Hearers, absolute clauses, titled names"):
// - "…, with Senator X telling reporters she …": X speaks, not the
//   sentence's subject;
// - a time phrase after the hearer ("told Reuters earlier this week.") is
//   not what was said: the clause before the comma is;
// - the clause's subject pronoun ends the hearer ("told nurses in Denver
//   she will …");
// - a show named in quotes after "told" is the hearer, not a quote;
// - "Director of Government Affairs Phil Smith": a capitalised run ending
//   in a given name and a surname is a titled person.
// Every name and sentence here is invented.
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "recognize/entity/entity.h"
#include "recognize/quote/quote.h"
#include "recognize/quote/speaker_rows_testing.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

using quote_testing::EntitiesAt;

struct Found {
  std::string text;
  std::string speaker;
};

// Every quote of `text` (direct and reported), given the entities named.
std::vector<Found> QuotesOf(std::string_view text,
                            const std::vector<std::pair<std::string_view, EntityType>>& names = {}) {
  Document doc;
  doc.id.assign(1, 'h');
  doc.text.assign(text.data(), text.size());
  const Segmentation seg = Segment(doc.text);
  std::vector<Found> out;
  for (const Quote& q : RecognizeQuotes(doc, seg, EntitiesAt(text, names)))
    out.push_back({std::string(q.span.Of(doc.text)), std::string(q.speaker)});
  return out;
}

TEST(SpeakerHearer, APersonAfterWithSpeaksAnAbsoluteClause) {
  const auto qs = QuotesOf("The flood sparked a fresh debate over spending, with Republican Senator Ann Kell "
                           "telling reporters on Thursday she viewed the governor as responsible.",
                           {{"Ann Kell", EntityType::kPerson}});
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Ann Kell");
  // Guard: a document after "with" is the subject's vehicle.
  const auto doc = QuotesOf("The ministry answered on Friday with a statement saying the road was safe.");
  ASSERT_EQ(doc.size(), 1u);
  EXPECT_NE(doc[0].speaker, "a statement");
}

TEST(SpeakerHearer, ATimePhraseAfterTheHearerIsNotWhatWasSaid) {
  const auto qs = QuotesOf("The union will likely sit out the election, union spokesman Tom Pell told Reuters "
                           "earlier this week.",
                           {{"Tom Pell", EntityType::kPerson}, {"Reuters", EntityType::kOrganization}});
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "The union will likely sit out the election");
  EXPECT_EQ(qs[0].speaker, "Tom Pell");
}

TEST(SpeakerHearer, TheClausesSubjectPronounEndsTheHearer) {
  for (std::string_view text : {"Governor Ana Ruiz told a nurses gathering in Denver she will protect the clinics.",
                                "Governor Ana Ruiz told nurses in Denver she will protect the clinics.",
                                "Governor Ana Ruiz told nurses she will protect the clinics."}) {
    SCOPED_TRACE(text);
    const auto qs = QuotesOf(text, {{"Ana Ruiz", EntityType::kPerson}});
    ASSERT_EQ(qs.size(), 1u);
    EXPECT_EQ(qs[0].text, "she will protect the clinics");
  }
}

TEST(SpeakerHearer, AShowNamedInQuotesAfterToldIsNoQuote) {
  const auto qs = QuotesOf(LQ "We have to add patrols," RQ " the mayor told " LQ "Morning Desk" RQ
                           " after he was asked about the fire.");
  for (const Found& q : qs) EXPECT_NE(q.text, "Morning Desk");
}

TEST(SpeakerHearer, ACapitalisedRunEndingInAGivenNameIsATitledPerson) {
  const std::string text = "The union will sit out the election, Miners Union Director of Government Affairs "
                           "Phil Smith told reporters on Monday.";
  const auto qs = QuotesOf(text, {{"Miners Union Director of Government Affairs Phil Smith",
                                   EntityType::kOrganization}});
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Phil Smith");
  // A tagged person span that runs over a hyphenated title keeps the name.
  const std::string casteel = LQ "We had a big issue with the plan," RQ
                              " said United Auto Workers Secretary-Treasurer Gary Casteel.";
  const auto cq = QuotesOf(casteel, {{"United Auto Workers", EntityType::kOrganization},
                                     {"Secretary-Treasurer Gary Casteel", EntityType::kPerson}});
  ASSERT_EQ(cq.size(), 1u);
  EXPECT_EQ(cq[0].speaker, "Gary Casteel");
  // Guards: an organisation's name ending in a place word stays whole; so
  // does one whose last words could be a name, with no title before them.
  const auto trust = QuotesOf("Ann Reyes, the director of Green Fields Trust, said the park would close.",
                              {{"Ann Reyes", EntityType::kPerson}, {"Green Fields Trust", EntityType::kOrganization}});
  ASSERT_EQ(trust.size(), 1u);
  EXPECT_EQ(trust[0].speaker, "Ann Reyes");
  const auto org = QuotesOf("The plant will close, the Board of Trade of Greater Portland said on Monday.",
                            {{"Board of Trade of Greater Portland", EntityType::kOrganization}});
  ASSERT_EQ(org.size(), 1u);
  EXPECT_EQ(org[0].speaker, "Board of Trade of Greater Portland");
}

}  // namespace
}  // namespace crosscheck
