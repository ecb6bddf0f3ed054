// Story features and clustering: unit rows, then B-cubed scoring on ECB+
// sub-topics and BASIL events, tuning and measuring parts apart (floors from
// issues #6 and #11; the splits are in docs/STORIES.md).
#include "fuse/stories.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <tuple>

#include <gtest/gtest.h>

#include "fuse/basil_testdata.h"
#include "fuse/ecbplus_testdata.h"

namespace crosscheck {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(StoryFeaturesTest, FindsCapitalisedNamesAndTerms) {
  struct Row {
    const char* text;
    std::vector<std::string> entities;  // must be present
    std::vector<std::string> absent;    // must not be among entities
  };
  const Row kRows[] = {
      {"The Indian Navy on Saturday foiled a pirate attack.", {"indian navy", "w:navy"},
       {"the indian navy", "saturday"}},
      {"Lindsay Lohan, who left Betty Ford, checked into rehab.",
       {"lindsay lohan", "betty ford"}, {"lindsay lohan betty ford"}},
      {"Police in Paris said four men rammed the store.", {"paris", "w:police"}, {"police in paris"}},
      {"He said it was over.", {}, {"he", "w:he"}},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.text);
    const StoryFeatures f = ExtractStoryFeatures(row.text);
    for (const std::string& e : row.entities) EXPECT_TRUE(Has(f.entities, e)) << e;
    for (const std::string& e : row.absent) EXPECT_FALSE(Has(f.entities, e)) << e;
  }
  const StoryFeatures f =
      ExtractStoryFeatures("Evacuation of civilians: the civilians were evacuated.", {"Azovstal"}, 19000);
  EXPECT_TRUE(Has(f.terms, "evacua"));
  EXPECT_EQ(std::count(f.terms.begin(), f.terms.end(), "civili"), 2);
  EXPECT_FALSE(Has(f.terms, "the"));
  EXPECT_TRUE(Has(f.entities, "azovstal"));
  EXPECT_EQ(f.day, 19000);
}

TEST(StoryFeaturesTest, DayFromIsoDate) {
  struct Row {
    const char* iso;
    std::optional<int> day;
  };
  const Row kRows[] = {{"1970-01-01", 0},     {"2022-05-16", 19128}, {"2000-03-01T10:00Z", 11017},
                       {"1969-12-31", -1},    {"2022-13-01", std::nullopt},
                       {"16 May 2022", std::nullopt}, {"", std::nullopt}};
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.iso);
    EXPECT_EQ(DayFromIsoDate(row.iso), row.day);
  }
}

const char* kQuake1 =
    "A magnitude 7.1 earthquake struck off the coast of Sumatra on Tuesday, shaking "
    "buildings in Padang and prompting a tsunami warning, the geological agency said.";
const char* kQuake2 =
    "Residents of Padang fled to higher ground after a strong earthquake off Sumatra; "
    "the tsunami warning was lifted two hours later, the geological agency said.";
const char* kHeist =
    "Thieves rammed a car into a jewellery store near Place Vendome in Paris and escaped "
    "with watches and diamonds worth two million euros, police said.";

TEST(StoryClustererTest, JoinsTheSameEventAndSplitsOthers) {
  // Document frequencies from a small background so that weights mean something.
  std::vector<StoryFeatures> docs = {ExtractStoryFeatures(kQuake1), ExtractStoryFeatures(kQuake2),
                                     ExtractStoryFeatures(kHeist)};
  EXPECT_EQ(ClusterStories(docs), (std::vector<int>{0, 0, 1}));

  StoryClusterer incremental;
  std::vector<int> labels;
  for (const auto& d : docs) labels.push_back(incremental.Add(d));
  EXPECT_EQ(labels, (std::vector<int>{0, 0, 1}));
  EXPECT_EQ(incremental.stories(), 2u);
  EXPECT_EQ(incremental.documents(), 3u);
}

TEST(StoryClustererTest, DatesAreWeakEvidenceNeverAVeto) {
  // The same report a year later still joins: a date gap costs at most
  // date_penalty z units. A weak match far away in time does not.
  const std::vector<StoryFeatures> docs = {ExtractStoryFeatures(kQuake1, {}, 15000),
                                           ExtractStoryFeatures(kQuake2, {}, 15001),
                                           ExtractStoryFeatures(kQuake1, {}, 15400),
                                           ExtractStoryFeatures(kHeist, {}, 15000)};
  EXPECT_EQ(ClusterStories(docs), (std::vector<int>{0, 0, 0, 1}));
  StoryClusterer c;
  c.Add(docs[0]);
  c.Add(docs[1]);
  const double z_near = c.last_decision().z;
  StoryClusterer far;
  far.Add(docs[0]);
  far.Add(ExtractStoryFeatures(kQuake2, {}, 15400));
  const double z_far = far.last_decision().z;
  EXPECT_LT(z_far, z_near);
  EXPECT_GE(z_far, z_near - StoryOptions{}.date_penalty - 1e-9);
}

TEST(StoryClustererTest, ShippedBackgroundModelLoads) {
  const std::shared_ptr<const StoryBackground> b = StoryBackground::Default();
  ASSERT_NE(b, nullptr) << StoryBackground::DefaultError();
  EXPECT_GT(b->documents(), 1000);
  EXPECT_GE(b->references().size(), 100u);
  // Function-like words are frequent in the background, names are not.
  EXPECT_GT(b->DocumentFrequency(StoryBackground::kTerm, "govern"),
            b->DocumentFrequency(StoryBackground::kEntity, "azovstal"));
  EXPECT_TRUE(StoryClusterer().has_background());
}

// The model is frozen at load: reference features as dense ids with their
// document frequencies and an inverted index; clusterers share it.
TEST(StoryClustererTest, BackgroundModelIsFrozenAndShared) {
  auto parsed = StoryBackground::Parse(
      "documents\t10\nt\tgovern\t4\ne\tparis\t2\nr\tt:govern=2\te:paris=1\nr\te:paris=3\n",
      "test.tsv");
  ASSERT_TRUE(parsed.ok());
  auto model = std::make_shared<const StoryBackground>(std::move(*parsed));
  EXPECT_EQ(model->reference_features(), 2);
  const int govern = model->ReferenceFeatureId(StoryBackground::kTerm, "govern");
  const int paris = model->ReferenceFeatureId(StoryBackground::kEntity, "paris");
  EXPECT_EQ(govern, 0);
  EXPECT_EQ(paris, 1);
  EXPECT_EQ(model->ReferenceFeatureId(StoryBackground::kTerm, "paris"), -1);
  EXPECT_EQ(model->ReferenceFeatureDf(paris), 2);
  std::vector<std::pair<int, int>> postings;
  for (const auto& p : model->ReferencePostings(paris)) postings.emplace_back(p.reference, p.count);
  EXPECT_EQ(postings, (std::vector<std::pair<int, int>>{{0, 1}, {1, 3}}));

  const long users = model.use_count();
  {
    StoryClusterer a(StoryOptions{.background = model}), b(StoryOptions{.background = model});
    EXPECT_EQ(model.use_count(), users + 2);
    EXPECT_EQ(a.Add(ExtractStoryFeatures(kQuake1)), 0);
    EXPECT_EQ(b.Add(ExtractStoryFeatures(kHeist)), 0);
  }
  EXPECT_EQ(model.use_count(), users);
  const std::shared_ptr<const StoryBackground> shipped = StoryBackground::Default();
  ASSERT_NE(shipped, nullptr);
  EXPECT_EQ(StoryBackground::Default().get(), shipped.get());  // loaded once
}

TEST(StoryClustererTest, BackgroundModelRejectsMalformedRows) {
  struct Row {
    const char* text;
    bool ok;
  };
  const Row kRows[] = {
      {"documents\t10\nt\tgovern\t4\nr\tt:govern=2\te:paris=1\n", true},
      {"t\tgovern\t4\n", false},                       // no documents row
      {"documents\t10\nt\tgovern\n", false},          // missing df
      {"documents\t10\nr\tt:govern\n", false},        // reference without count
      {"documents\t10\nx\tgovern\t1\n", false},      // unknown row kind
      {"documents\tten\n", false},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.text);
    auto b = StoryBackground::Parse(row.text, "test.tsv");
    EXPECT_EQ(b.ok(), row.ok);
    if (!b.ok()) {
      EXPECT_NE(b.error().message.find("test.tsv"), std::string::npos);
    }
  }
}

// A batch that is all one event: the names it shares keep their weight
// (background IDF), so the reports form one story.
TEST(StoryClustererTest, ABatchOfOneEventIsOneStory) {
  const char* kReports[] = {
      "Ukrainian officials said more civilians were evacuated from the Azovstal steel plant in Mariupol.",
      "The evacuation of Azovstal continued on Saturday, the deputy prime minister Iryna Vereshchuk said.",
      "Civilians who left the Azovstal plant reached Zaporizhzhia after weeks in the bunkers of Mariupol.",
      "Russia said it would open a corridor from the Mariupol steel works for civilians.",
      "Vereshchuk said all women, children and elderly people had been evacuated from Azovstal.",
      "Fighters remain inside the Azovstal plant in Mariupol, the regiment's commander said.",
  };
  std::vector<StoryFeatures> docs;
  for (const char* r : kReports) docs.push_back(ExtractStoryFeatures(r));
  const std::vector<int> labels = ClusterStories(docs);
  EXPECT_EQ(std::set<int>(labels.begin(), labels.end()).size(), 1u);
}

TEST(StoryClustererTest, IncrementalEqualsBatchInTheSameOrder) {
  std::vector<StoryFeatures> docs;
  const char* kTexts[] = {kQuake1, kHeist, kQuake2};
  for (int round = 0; round < 20; ++round) {
    docs.push_back(ExtractStoryFeatures(kTexts[round % 3], {}, 15000 + round));
  }
  const std::vector<int> batch = ClusterStories(docs);
  StoryClusterer incremental;
  for (size_t i = 0; i < docs.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(incremental.Add(docs[i]), batch[i]);
  }
  EXPECT_EQ(incremental.labels(), batch);
}

// The counted form (each distinct entry once, with its count) holds the
// plain form's multiset in its order of first occurrences, and the
// clusterer makes every decision bit for bit as from the plain form: same
// labels, similarities, means, spreads and z.
TEST(StoryClustererTest, CountedFeaturesClusterAsThePlainForm) {
  const std::string repeated = std::string(kQuake1) + " " + kQuake1 + " " + kQuake2;
  const std::vector<std::string> texts = {kQuake1, kHeist, repeated, kQuake2, kHeist + std::string(" ") + kHeist};
  const std::vector<std::string> names = {"Padang", "Sumatra", "Padang"};
  StoryClusterer plain, counted;
  for (size_t i = 0; i < texts.size(); ++i) {
    SCOPED_TRACE(i);
    const StoryFeatures p = ExtractStoryFeatures(texts[i], names, 15000 + static_cast<int>(i));
    const StoryFeatures c = ExtractStoryFeatures(texts[i], names, 15000 + static_cast<int>(i), /*counted=*/true);
    ASSERT_EQ(c.entity_counts.size(), c.entities.size());
    ASSERT_EQ(c.term_counts.size(), c.terms.size());
    EXPECT_LE(c.terms.size(), p.terms.size());
    if (texts[i].size() > 200) EXPECT_LT(c.terms.size(), p.terms.size());  // a text repeated
    // Expanding the counts in place of first occurrence gives the plain
    // entries' multiset; the distinct entries come in first-occurrence order.
    std::vector<std::string> first_seen;
    for (const std::string& t : p.terms)
      if (std::find(first_seen.begin(), first_seen.end(), t) == first_seen.end()) first_seen.push_back(t);
    EXPECT_EQ(c.terms, first_seen);
    for (size_t k = 0; k < c.terms.size(); ++k)
      EXPECT_EQ(static_cast<std::ptrdiff_t>(c.term_counts[k]), std::count(p.terms.begin(), p.terms.end(), c.terms[k]));
    size_t entity_total = 0;
    for (uint32_t n : c.entity_counts) entity_total += n;
    EXPECT_EQ(entity_total, p.entities.size());
    EXPECT_EQ(plain.Add(p), counted.Add(c));
    EXPECT_EQ(plain.last_decision().similarity, counted.last_decision().similarity);
    EXPECT_EQ(plain.last_decision().mean, counted.last_decision().mean);
    EXPECT_EQ(plain.last_decision().sd, counted.last_decision().sd);
    EXPECT_EQ(plain.last_decision().z, counted.last_decision().z);
  }
  EXPECT_EQ(plain.labels(), counted.labels());
}

// The counted form's index grows with the vocabulary (its table starts at
// 64 slots): thousands of distinct terms and names, each seen several
// times, still come once each in first-occurrence order with their counts.
TEST(StoryFeaturesTest, CountedFormOfALargeVocabulary) {
  auto letters = [](int i) {  // 3 letters: a distinct word per i < 17,576
    return std::string{static_cast<char>('a' + i / 676), static_cast<char>('a' + i / 26 % 26), static_cast<char>('a' + i % 26)};
  };
  std::string text;
  for (int pass = 0; pass < 3; ++pass)
    for (int i = 0; i < 3000; i += 1 + pass) text += "k" + letters(i) + " Q" + letters(i) + ", ";
  const StoryFeatures p = ExtractStoryFeatures(text);
  const StoryFeatures c = ExtractStoryFeatures(text, {}, std::nullopt, /*counted=*/true);
  for (const auto& [plain, distinct, counts] :
       {std::tie(p.terms, c.terms, c.term_counts), std::tie(p.entities, c.entities, c.entity_counts)}) {
    std::vector<std::string> first_seen;
    std::map<std::string, uint32_t> count;
    for (const std::string& t : plain)
      if (count[t]++ == 0) first_seen.push_back(t);
    EXPECT_GT(first_seen.size(), 2000u);
    EXPECT_EQ(distinct, first_seen);
    ASSERT_EQ(counts.size(), distinct.size());
    for (size_t k = 0; k < distinct.size(); ++k) EXPECT_EQ(counts[k], count[distinct[k]]) << distinct[k];
  }
}

// A weighing of the references that falls due for a document with no
// candidate story is made only when a later document needs it: every
// label, and every judged document's similarity, mean, spread and z, is
// bit for bit what weighing when due gives (defer_weighing = false), in
// collections where candidates come early, late or never, under the
// shipped model and under one of the test's own.
TEST(StoryClustererTest, DeferredWeighingsChangeNoDecision) {
  const char* kTexts[] = {kQuake1, kHeist, kQuake2,
                          "Ukrainian officials said more civilians were evacuated from the Azovstal steel plant.",
                          "Police in Paris said the thieves escaped on scooters.",
                          "Officials said 40 people were evacuated on Monday.",
                          "Officials said 40 people were evacuated from Mariupol on Monday."};
  auto parsed = StoryBackground::Parse(
      "documents\t10\nt\tgovern\t4\ne\tparis\t2\nt\tsaid\t9\nr\tt:govern=2\te:paris=1\tt:said=1\n"
      "r\te:paris=3\tt:said=2\nr\tt:earthquak=1\n",
      "test.tsv");
  ASSERT_TRUE(parsed.ok());
  auto own = std::make_shared<const StoryBackground>(std::move(*parsed));
  std::mt19937 rng(18);
  for (int trial = 0; trial < 24; ++trial) {
    std::vector<StoryFeatures> docs;
    const int n = 1 + trial % 12;
    for (int i = 0; i < n; ++i) docs.push_back(ExtractStoryFeatures(kTexts[rng() % 7], {}, 15000 + rng() % 40));
    for (StoryOptions options : {StoryOptions{}, StoryOptions{.background = own}}) {
      SCOPED_TRACE(::testing::Message() << "trial " << trial << (options.background ? " own model" : ""));
      options.defer_weighing = false;
      StoryClusterer eager(options);
      options.defer_weighing = true;
      StoryClusterer deferred(options);
      int judged = 0;
      for (const StoryFeatures& d : docs) {
        EXPECT_EQ(deferred.Add(d), eager.Add(d));
        const auto& a = deferred.last_decision();
        const auto& b = eager.last_decision();
        EXPECT_EQ(a.best, b.best);
        EXPECT_EQ(a.joined, b.joined);
        EXPECT_EQ(a.similarity, b.similarity);
        EXPECT_EQ(a.z, b.z);
        if (b.best >= 0) {
          ++judged;
          EXPECT_EQ(a.mean, b.mean);
          EXPECT_EQ(a.sd, b.sd);
        } else {
          EXPECT_EQ(a.mean, 0.0);
        }
      }
      if (n >= 4) {
        EXPECT_GT(judged, 0);
      }
    }
  }
}

// Weighings of the references are shared through the model
// (StoryBackground::FindWeighing): a clusterer that meets the key of a
// weighing another one made takes it. Every label, similarity, mean,
// spread and z is bit for bit what a clusterer that makes every weighing
// itself gives (share_between_clusterers = false), whatever the other clusterers of
// the model did before it: collections of the same length but other
// documents (the same documents seen and features held, other document
// frequencies: another key), the same collection again (the same keys: taken), and clusterers
// that interleave their documents.
TEST(StoryClustererTest, SharedWeighingsChangeNoDecision) {
  const char* kTexts[] = {kQuake1, kHeist, kQuake2,
                          "Ukrainian officials said more civilians were evacuated from the Azovstal steel plant.",
                          "Police in Paris said the thieves escaped on scooters.",
                          "Officials said 40 people were evacuated on Monday.",
                          "Officials said 40 people were evacuated from Mariupol on Monday.",
                          "The government of France said the earthquake damaged Paris."};
  auto parsed = StoryBackground::Parse(
      "documents\t10\nt\tgovern\t4\ne\tparis\t2\nt\tsaid\t9\nt\tofficia\t5\nr\tt:govern=2\te:paris=1\tt:said=1\n"
      "r\te:paris=3\tt:said=2\tt:officia=1\nr\tt:earthquak=1\tt:said=1\n",
      "test.tsv");
  ASSERT_TRUE(parsed.ok());
  auto own = std::make_shared<const StoryBackground>(std::move(*parsed));
  std::mt19937 rng(1818);
  int taken = 0;
  for (int trial = 0; trial < 40; ++trial) {
    // Two collections of the same length; the second is fused twice.
    std::vector<StoryFeatures> docs[2];
    const int n = 2 + trial % 9;
    // Every third trial, both collections hold the same two texts (after
    // two documents, the same features), repeated in other proportions:
    // the same documents seen and features held, other df.
    const size_t two[2] = {rng() % 8, rng() % 8};
    for (auto& c : docs)
      for (int i = 0; i < n; ++i) {
        const size_t t = trial % 3 != 2 ? rng() % 8 : i < 2 ? two[i] : two[rng() % 2];
        c.push_back(ExtractStoryFeatures(kTexts[t], {}, 15000 + rng() % 40));
      }
    for (StoryOptions options : {StoryOptions{}, StoryOptions{.background = own}}) {
      SCOPED_TRACE(::testing::Message() << "trial " << trial << (options.background ? " own model" : ""));
      options.defer_weighing = (trial % 2) == 0;
      options.share_between_clusterers = false;
      StoryClusterer alone[2] = {StoryClusterer(options), StoryClusterer(options)};
      options.share_between_clusterers = true;
      StoryClusterer shared[3] = {StoryClusterer(options), StoryClusterer(options), StoryClusterer(options)};
      const int collection[3] = {0, 1, 1};
      for (int i = 0; i < n; ++i) {
        for (int c = 0; c < 2; ++c) alone[c].Add(docs[c][i]);
        for (int s = 0; s < 3; ++s) {
          const StoryClusterer& want = alone[collection[s]];
          SCOPED_TRACE(::testing::Message() << "clusterer " << s << " document " << i);
          EXPECT_EQ(shared[s].Add(docs[collection[s]][i]), want.labels().back());
          const auto& a = shared[s].last_decision();
          const auto& b = want.last_decision();
          EXPECT_EQ(a.best, b.best);
          EXPECT_EQ(a.joined, b.joined);
          EXPECT_EQ(a.similarity, b.similarity);
          EXPECT_EQ(a.mean, b.mean);
          EXPECT_EQ(a.sd, b.sd);
          EXPECT_EQ(a.z, b.z);
          taken += s == 2 && b.best >= 0;
        }
      }
    }
  }
  EXPECT_GT(taken, 20);  // the third clusterer judged documents by weighings the second made
}

// The model keeps weighings by their exact key, the most recently used
// kWeighings of them, and reuses the storage of a dropped one that no
// clusterer holds.
TEST(StoryBackgroundTest, KeptWeighingsAreFoundByTheirExactKey) {
  auto parsed = StoryBackground::Parse("documents\t10\nt\tsaid\t9\nr\tt:said=1\n", "test.tsv");
  ASSERT_TRUE(parsed.ok());
  const StoryBackground& model = *parsed;
  auto make = [&](int64_t n) {
    auto w = model.NewWeighing();
    w->key = {1, 2, n, 0, 1};
    w->hash = 7;  // one hash for all: the key decides
    w->weight.assign(model.reference_postings(), static_cast<float>(n));
    return w;
  };
  auto first = model.KeepWeighing(make(0));
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(model.FindWeighing({1, 2, 0, 0, 1}, 7), first);
  EXPECT_EQ(model.FindWeighing({1, 2, 0, 0, 2}, 7), nullptr);  // another df
  EXPECT_EQ(model.FindWeighing({1, 2, 0, 0}, 7), nullptr);
  EXPECT_EQ(model.FindWeighing({1, 2, 0, 0, 1}, 8), nullptr);  // another hash
  EXPECT_EQ(model.KeepWeighing(make(0)), first);  // an equal one kept first wins
  for (int64_t n = 1; n < static_cast<int64_t>(StoryBackground::kWeighings); ++n) model.KeepWeighing(make(n));
  EXPECT_EQ(model.FindWeighing({1, 2, 0, 0, 1}, 7), first);  // all kept; 0 is now the most recent
  model.KeepWeighing(make(100));                                // drops 1, the least recently used
  EXPECT_EQ(model.FindWeighing({1, 2, 1, 0, 1}, 7), nullptr);
  EXPECT_NE(model.FindWeighing({1, 2, 2, 0, 1}, 7), nullptr);
  // 2 is dropped next; no one holds it, so its arrays serve the next weighing.
  const float* storage = model.FindWeighing({1, 2, 2, 0, 1}, 7)->weight.data();
  model.FindWeighing({1, 2, 0, 0, 1}, 7);
  for (int64_t n = 3; n < static_cast<int64_t>(StoryBackground::kWeighings); ++n) model.FindWeighing({1, 2, n, 0, 1}, 7);
  model.FindWeighing({1, 2, 100, 0, 1}, 7);
  model.KeepWeighing(make(200));  // drops 2
  EXPECT_EQ(model.FindWeighing({1, 2, 2, 0, 1}, 7), nullptr);
  EXPECT_EQ(model.NewWeighing()->weight.data(), storage);
  // A held weighing is never reused: first is held here.
  for (int64_t n = 300; n < 300 + static_cast<int64_t>(StoryBackground::kWeighings); ++n) model.KeepWeighing(make(n));
  EXPECT_EQ(model.FindWeighing({1, 2, 0, 0, 1}, 7), nullptr);
  EXPECT_EQ(first->weight[0], 0.0f);
  EXPECT_NE(model.NewWeighing()->weight.data(), first->weight.data());
}

TEST(StoryClustererTest, EmptyInputsAreHarmless) {
  EXPECT_TRUE(ClusterStories({}).empty());
  EXPECT_EQ(ClusterStories({StoryFeatures{}, StoryFeatures{}}), (std::vector<int>{0, 1}));
}

// ---- ECB+ sub-topics --------------------------------------------------------

struct BCubed {
  double precision = 0, recall = 0;
  double f1() const { return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0; }
};

BCubed Score(const std::vector<int>& labels, const std::vector<std::string>& gold) {
  std::map<int, std::vector<size_t>> by_label;
  std::map<std::string, std::vector<size_t>> by_gold;
  for (size_t i = 0; i < labels.size(); ++i) {
    by_label[labels[i]].push_back(i);
    by_gold[gold[i]].push_back(i);
  }
  BCubed s;
  for (size_t i = 0; i < labels.size(); ++i) {
    const auto& c = by_label[labels[i]];
    const auto& g = by_gold[gold[i]];
    const double both = std::count_if(c.begin(), c.end(), [&](size_t j) { return gold[j] == gold[i]; });
    s.precision += both / c.size();
    s.recall += both / g.size();
  }
  s.precision /= labels.size();
  s.recall /= labels.size();
  return s;
}

class EcbStoriesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    docs_ = new std::vector<testdata::EcbDoc>(testdata::LoadEcbPlus());
    features_ = new std::vector<StoryFeatures>();
    gold_ = new std::vector<std::string>();
    for (const auto& d : *docs_) {
      features_->push_back(ExtractStoryFeatures(d.text));  // text only: no labels, no topic ids
      gold_->push_back(d.subtopic);
    }
  }
  static void TearDownTestSuite() {
    delete docs_;
    delete features_;
    delete gold_;
  }
  static std::vector<testdata::EcbDoc>* docs_;
  static std::vector<StoryFeatures>* features_;
  static std::vector<std::string>* gold_;
};
std::vector<testdata::EcbDoc>* EcbStoriesTest::docs_ = nullptr;
std::vector<StoryFeatures>* EcbStoriesTest::features_ = nullptr;
std::vector<std::string>* EcbStoriesTest::gold_ = nullptr;

// The split (docs/STORIES.md): topics 1-35 tune, 36-45 measure (the
// standard ECB+ test topics). Each part is clustered on its own, and all
// together.
TEST_F(EcbStoriesTest, SubtopicsTuningAndMeasuringParts) {
  ASSERT_GE(docs_->size(), 900u) << "ECB+ missing under CROSSCHECK_SHARED_DIR";
  for (int part = 0; part < 3; ++part) {
    std::vector<StoryFeatures> features;
    std::vector<std::string> gold;
    for (size_t i = 0; i < docs_->size(); ++i) {
      const bool tuning = testdata::EcbTuningTopic(std::atoi((*gold_)[i].c_str()));
      if ((part == 1 && !tuning) || (part == 2 && tuning)) continue;
      features.push_back((*features_)[i]);
      gold.push_back((*gold_)[i]);
    }
    const char* name = part == 0 ? "all" : part == 1 ? "tuning (topics 1-35)" : "measuring (topics 36-45)";
    SCOPED_TRACE(name);
    const std::vector<int> labels = ClusterStories(features);
    const BCubed s = Score(labels, gold);
    std::printf("ECB+ stories, %s: %zu docs, %zu stories; B-cubed P %.3f R %.3f F1 %.3f\n", name, features.size(),
                std::set<int>(labels.begin(), labels.end()).size(), s.precision, s.recall, s.f1());
    EXPECT_GE(s.f1(), 0.85);
  }
}

// Each sub-topic clustered on its own (a batch that is all one event).
TEST_F(EcbStoriesTest, EachSubtopicAloneIsMostlyOneStory) {
  ASSERT_GE(docs_->size(), 900u) << "ECB+ missing under CROSSCHECK_SHARED_DIR";
  std::map<std::string, std::vector<size_t>> by_subtopic;
  for (size_t i = 0; i < docs_->size(); ++i) by_subtopic[(*gold_)[i]].push_back(i);
  int one = 0;
  double recall = 0;
  for (const auto& [sub, members] : by_subtopic) {
    std::vector<StoryFeatures> features;
    for (size_t i : members) features.push_back((*features_)[i]);
    const std::vector<int> labels = ClusterStories(features);
    one += std::set<int>(labels.begin(), labels.end()).size() == 1;
    recall += Score(labels, std::vector<std::string>(labels.size(), sub)).recall;
  }
  recall /= by_subtopic.size();
  std::printf("ECB+ sub-topics alone: %d of %zu give one story; mean B-cubed recall %.3f\n", one,
              by_subtopic.size(), recall);
  EXPECT_GE(recall, 0.93);
  EXPECT_GE(one, static_cast<int>(0.75 * by_subtopic.size()));
}

TEST_F(EcbStoriesTest, IncrementalClusteringInShuffledOrder) {
  ASSERT_GE(docs_->size(), 900u) << "ECB+ missing under CROSSCHECK_SHARED_DIR";
  // The server's case: documents arrive one by one in no particular order.
  // Three fixed shuffles.
  double worst = 1;
  for (uint32_t seed : {1u, 2u, 3u}) {
    std::vector<size_t> order(docs_->size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937 rng(seed);
    for (size_t i = order.size() - 1; i > 0; --i) std::swap(order[i], order[rng() % (i + 1)]);
    StoryClusterer clusterer;
    std::vector<int> labels;
    std::vector<std::string> gold;
    for (size_t i : order) {
      labels.push_back(clusterer.Add((*features_)[i]));
      gold.push_back((*gold_)[i]);
    }
    const BCubed s = Score(labels, gold);
    std::printf("ECB+ incremental (shuffle %u): %zu stories, B-cubed P %.3f R %.3f F1 %.3f\n", seed,
                clusterer.stories(), s.precision, s.recall, s.f1());
    worst = std::min(worst, s.f1());
  }
  EXPECT_GE(worst, 0.82);
}

// ---- BASIL: 100 events x 3 outlets -------------------------------------------

class BasilStoriesQualityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { docs_ = new std::vector<testdata::BasilDoc>(testdata::LoadBasil()); }
  static void TearDownTestSuite() { delete docs_; }
  static StoryFeatures Features(const testdata::BasilDoc& d) {
    return ExtractStoryFeatures(d.text, {}, DayFromIsoDate(d.date));  // text and date only
  }
  static std::vector<testdata::BasilDoc>* docs_;
};
std::vector<testdata::BasilDoc>* BasilStoriesQualityTest::docs_ = nullptr;

// 300 reports -> 100 events, and each half of the split on its own.
TEST_F(BasilStoriesQualityTest, ReportsClusterIntoTheirEvents) {
  ASSERT_EQ(docs_->size(), 300u) << "BASIL missing under CROSSCHECK_SHARED_DIR";
  for (int part = 0; part < 3; ++part) {
    std::vector<StoryFeatures> features;
    std::vector<std::string> gold;
    for (const auto& d : *docs_) {
      if ((part == 1 && !d.tuning) || (part == 2 && d.tuning)) continue;
      features.push_back(Features(d));
      gold.push_back(d.event);
    }
    const char* name = part == 0 ? "all 300" : part == 1 ? "tuning half" : "measuring half";
    SCOPED_TRACE(name);
    const std::vector<int> labels = ClusterStories(features);
    const BCubed s = Score(labels, gold);
    std::printf("BASIL stories, %s: %zu reports, %zu stories; B-cubed P %.3f R %.3f F1 %.3f\n", name,
                features.size(), std::set<int>(labels.begin(), labels.end()).size(), s.precision, s.recall,
                s.f1());
    EXPECT_GE(s.f1(), 0.90);
  }
}

TEST_F(BasilStoriesQualityTest, EachEventAloneIsOneStory) {
  ASSERT_EQ(docs_->size(), 300u) << "BASIL missing under CROSSCHECK_SHARED_DIR";
  std::map<std::string, std::vector<StoryFeatures>> by_event;
  for (const auto& d : *docs_) by_event[d.event].push_back(Features(d));
  int one = 0;
  for (const auto& [event, features] : by_event) {
    const std::vector<int> labels = ClusterStories(features);
    one += std::set<int>(labels.begin(), labels.end()).size() == 1;
  }
  std::printf("BASIL events alone: %d of %zu give one story\n", one, by_event.size());
  EXPECT_GE(one, 95);
}

// The server adds documents one at a time; a batch of the same documents in
// the same order must give the same stories.
TEST_F(BasilStoriesQualityTest, IncrementalEqualsBatch) {
  ASSERT_EQ(docs_->size(), 300u) << "BASIL missing under CROSSCHECK_SHARED_DIR";
  std::vector<StoryFeatures> features;
  for (const auto& d : *docs_) features.push_back(Features(d));
  const std::vector<int> batch = ClusterStories(features);
  StoryClusterer incremental;
  std::vector<int> labels;
  for (const StoryFeatures& f : features) labels.push_back(incremental.Add(f));
  EXPECT_EQ(labels, batch);
}

}  // namespace
}  // namespace crosscheck
