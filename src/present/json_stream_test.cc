// AnalysisWriter against the in-memory AnalysisToJson: the streamed JSON is
// byte-identical whatever order documents are added in; the JSON Lines
// layout holds the same records.
#include "core/paths.h"
#include "present/json_stream.h"

#include <gtest/gtest.h>

#include <limits>
#include <mutex>
#include <stdexcept>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/pipeline.h"
#include "present/render_ahead.h"
#include "read/reader.h"

namespace crosscheck {
namespace {

struct Fixture {
  std::vector<DocAnalysis> analyses;
  FuseResult fused;
  std::vector<Error> errors;
};

Fixture Analyse(const std::vector<std::string>& paths, const std::vector<std::pair<std::string, std::string>>& buffers) {
  Fixture f;
  ReadBatch batch = ReadPaths(paths);
  for (const auto& [name, bytes] : buffers) ReadBuffer(bytes, name, ReadOptions{}, &batch);
  auto pipeline = Pipeline::Create();
  EXPECT_TRUE(pipeline.ok());
  f.analyses.resize(batch.docs.size());
  for (size_t i = 0; i < batch.docs.size(); ++i) f.analyses[i].doc = std::move(batch.docs[i]);
  (*pipeline)->AnalyzeAll(&f.analyses, 1);
  f.fused = (*pipeline)->FuseAll(&f.analyses);
  f.errors = batch.errors;
  return f;
}

std::string Stream(const Fixture& f, OutputFormat format, const JsonOptions& options, bool reverse,
                   int threads = 0) {
  std::ostringstream out;
  auto w = AnalysisWriter::Create(&out, "test output", format, options);
  EXPECT_TRUE(w.ok());
  for (size_t k = 0; k < f.analyses.size(); ++k) {
    size_t i = reverse ? f.analyses.size() - 1 - k : k;
    EXPECT_TRUE((*w)->AddDocument(i, f.analyses[i]).ok());
  }
  Status st = (*w)->Finish(f.analyses, f.fused, f.errors, threads);
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message);
  return out.str();
}

const Fixture& Seeds() {
  static const Fixture* f = new Fixture(Analyse(
      {std::string(CROSSCHECK_SHARED_DIR) + "/seeds"},
      {{"page.html", "<html><head><title>T</title></head><body><p>Officials said 40 people were "
                     "evacuated on Monday.</p><p>&ldquo;We are leaving,&rdquo; she said.</p></body></html>"},
       {"broken.jsonl", "{\"text\": \"ok\"}\nnot json\n"}}));
  return *f;
}

TEST(AnalysisWriterTest, StreamedJsonEqualsTheInMemoryDump) {
  const Fixture& f = Seeds();
  ASSERT_GE(f.analyses.size(), 6u);
  ASSERT_FALSE(f.errors.empty());
  for (bool with_text : {false, true}) {
    for (bool reverse : {false, true}) {
      SCOPED_TRACE(std::string(with_text ? "with text" : "no text") + (reverse ? ", reversed" : ""));
      JsonOptions options{.with_text = with_text};
      std::string want = AnalysisToJson(f.analyses, f.fused, f.errors, options).dump(1) + "\n";
      EXPECT_EQ(Stream(f, OutputFormat::kJson, options, reverse), want);
    }
  }
}

// Sentences, figures, names and quotes are written member by member, not
// through their *ToJson record: every branch of those records (nulls,
// fractions, non-finite numbers, id lists, strings to escape, optional
// members) gives the same bytes as the record, in both layouts.
TEST(AnalysisWriterTest, WrittenRecordsEqualTheirJsonRecords) {
  Fixture f;
  DocAnalysis a;
  a.doc.id = "d\"1";  // an id to escape
  a.doc.text = "Mayor \xC3\x89lise said \"3.5 km\" or 12\tof 1e300 people, \\ quoted.";
  a.seg.sentences.push_back(Sentence{Span{0, 20}, 0, 0, 0});
  a.seg.sentences.push_back(Sentence{Span{21, 40}, 1, 0, 0});
  Quantity q1;
  q1.span = Span{19, 25};
  q1.value = 3.5;
  q1.low = -0.25;
  q1.high = std::numeric_limits<double>::infinity();
  q1.band_low = 1e300;
  q1.band_high = 9007199254740993.0;
  q1.conservative = -0.0;
  q1.exact = false;
  q1.hedge = "about";
  q1.unit = "km\"";
  q1.counted = "people";
  q1.counted_span = Span{40, 46};
  q1.parts = {1, 0};
  q1.same_as = 1;
  q1.direction = "up";
  q1.change = "from";
  q1.change_from = 0;
  q1.counted_modifiers = "\xC3\xA9lite";
  q1.tally = true;
  q1.counted_phrase = Span{30, 46};
  Quantity q2;
  q2.span = Span{30, 32};
  q2.value = std::numeric_limits<double>::quiet_NaN();
  a.quantities = {q1, q2};
  Entity e1;
  e1.span = Span{6, 12};
  e1.type = EntityType::kPerson;
  e1.name = "\xC3\x89lise";
  e1.title = "Mayor";
  e1.role = "mayor of \"X\"";
  e1.cluster = 3;
  Entity e2;
  e2.span = Span{0, 5};
  e2.type = EntityType::kOther;
  a.entities = {e1, e2};
  Quote u1;
  u1.span = Span{18, 26};
  u1.speaker = "\xC3\x89lise";
  u1.speaker_role = "mayor";
  u1.speaker_entity = 0;
  u1.cue = "said";
  u1.cited = "a\\b";
  u1.via = "Reuters";
  Quote u2;
  u2.span = Span{27, 30};
  u2.direct = false;
  a.quotes = {u1, u2};
  TimeMention t1;  // a range with its interval, anchored on the report
  t1.span = Span{0, 12};
  t1.type = TimeType::kDate;
  t1.value = "2022-05-0\"1";
  t1.mod = "APPROX";
  t1.range_from = 1;
  t1.range_to = 2;
  t1.grain = "range";
  t1.holiday = true;
  t1.interval_start = "2022-05-01";
  t1.anchor = TimeAnchor::kReport;
  t1.freq = "2X";
  TimeMention t2;  // an endpoint, anchored on an earlier time
  t2.span = Span{0, 5};
  t2.part_of = 0;
  t2.interval_end = "\xC3\xA9";
  t2.anchor = TimeAnchor::kText;
  t2.anchor_index = 0;
  t2.quant = "EVERY";
  TimeMention t3;  // nothing resolved; an anchor index out of range
  t3.span = Span{6, 12};
  t3.type = TimeType::kSet;
  t3.anchor = TimeAnchor::kText;
  t3.anchor_index = 7;
  a.times = {t1, t2, t3};
  Claim c1;
  c1.quantity = 1;
  c1.clause = Span{0, 40};
  c1.measure = "people \"evacuated\"";
  c1.counted = "people";
  c1.state = "evacuated";
  c1.place = "\xC3\x89lise";
  c1.speaker = "Mayor";
  c1.speaker_role = "mayor";
  c1.time = "2022-05";
  c1.as_of = "2022-05-03";
  c1.restates = 1;
  c1.group = "person";
  c1.state_word = "evacuated";
  c1.place_kind = "area";
  c1.part_of = 0;
  c1.qualifiers = "more";
  c1.holder = "a\\b";
  c1.topic = "taxes";
  c1.predicate = "say not";
  c1.poll = "fox \"news\"";
  c1.landmark = "Manokwari";
  c1.rival = "Sanders";
  Claim c2;  // every optional member empty, kind empty
  c2.quantity = 0;
  c2.kind = Atom();
  a.claims = {c1, c2};
  a.analysed = true;
  f.analyses.push_back(std::move(a));
  f.analyses.push_back(DocAnalysis{});  // no records at all
  f.analyses.back().doc.id = "d2";
  for (bool with_text : {false, true}) {
    JsonOptions options{.with_text = with_text};
    EXPECT_EQ(Stream(f, OutputFormat::kJson, options, false),
              AnalysisToJson(f.analyses, f.fused, f.errors, options).dump(1) + "\n");
    // JSON Lines: each layer's records compact, as dump() writes them.
    const std::string lines = Stream(f, OutputFormat::kJsonLines, options, false);
    Json all = AnalysisToJson(f.analyses, f.fused, f.errors, options);
    for (const char* layer : {"sentences", "quantities", "times", "entities", "quotes", "claims"})
      for (const Json& r : all[layer]) EXPECT_NE(lines.find(r.dump()), std::string::npos) << r.dump();
  }
}

// `analyze` renders documents on its analysis threads and spools the bytes
// one at a time: the same file as AddDocument, in both layouts, whichever
// thread rendered each document and in whatever order they were spooled.
TEST(AnalysisWriterTest, RenderedOnThreadsEqualsAddDocument) {
  const Fixture& f = Seeds();
  for (OutputFormat format : {OutputFormat::kJson, OutputFormat::kJsonLines}) {
    for (bool with_text : {false, true}) {
      SCOPED_TRACE(std::string(format == OutputFormat::kJson ? "json" : "jsonl") + (with_text ? ", text" : ""));
      JsonOptions options{.with_text = with_text};
      std::ostringstream out;
      auto w = AnalysisWriter::Create(&out, "test output", format, options);
      ASSERT_TRUE(w.ok());
      const size_t n = f.analyses.size();
      std::vector<AnalysisWriter::Rendered> rendered(n);
      {
        // Odd documents on a second thread, even ones on this one.
        std::thread t([&] {
          for (size_t i = 1; i < n; i += 2) rendered[i] = (*w)->Render(f.analyses[i]);
        });
        for (size_t i = 0; i < n; i += 2) rendered[i] = (*w)->Render(f.analyses[i]);
        t.join();
      }
      size_t bytes = 0;
      for (size_t k = 0; k < n; ++k) {
        const size_t i = n - 1 - k;  // spooled in reverse order
        bytes += rendered[i].size();
        // Every third one spooled the other way, as a long document is.
        if (i % 3 == 0) EXPECT_TRUE((*w)->AddDocument(i, f.analyses[i]).ok());
        else EXPECT_TRUE((*w)->AddRendered(i, rendered[i]).ok());
      }
      EXPECT_GT(bytes, 1000u);
      ASSERT_TRUE((*w)->Finish(f.analyses, f.fused, f.errors).ok());
      EXPECT_EQ(out.str(), Stream(f, format, options, /*reverse=*/false));
    }
  }
}

// `analyze` spools a document as its analysis ends and again when fusion
// re-dates it: the later call wins, in both layouts.
TEST(AnalysisWriterTest, ADocumentAddedAgainKeepsItsLastLayers) {
  const Fixture& f = Seeds();
  Fixture stale = f;
  // A first version of document 0 with other layers (no claims, no times).
  stale.analyses[0].claims.clear();
  stale.analyses[0].times.clear();
  ASSERT_FALSE(f.analyses[0].claims.empty() && f.analyses[0].times.empty()) << "the test needs layers to differ";
  for (OutputFormat format : {OutputFormat::kJson, OutputFormat::kJsonLines}) {
    std::ostringstream out;
    auto w = AnalysisWriter::Create(&out, "test output", format, {});
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE((*w)->AddDocument(0, stale.analyses[0]).ok());
    for (size_t i = 1; i < f.analyses.size(); ++i) ASSERT_TRUE((*w)->AddDocument(i, f.analyses[i]).ok());
    ASSERT_TRUE((*w)->AddDocument(0, f.analyses[0]).ok());
    ASSERT_TRUE((*w)->Finish(f.analyses, f.fused, f.errors).ok());
    EXPECT_EQ(out.str(), Stream(f, format, {}, false));
  }
}

TEST(AnalysisWriterTest, EmptyBatchIsTheEmptyObject) {
  Fixture empty;
  empty.errors.push_back(Error{"x.txt: empty file"});
  std::string want = AnalysisToJson(empty.analyses, empty.fused, empty.errors, {}).dump(1) + "\n";
  EXPECT_EQ(Stream(empty, OutputFormat::kJson, {}, false), want);
  empty.errors.clear();
  want = AnalysisToJson(empty.analyses, empty.fused, empty.errors, {}).dump(1) + "\n";
  EXPECT_EQ(Stream(empty, OutputFormat::kJson, {}, false), want);
}

TEST(AnalysisWriterTest, JsonLinesHoldTheSameRecords) {
  const Fixture& f = Seeds();
  JsonOptions options{.with_text = true};
  Json whole = AnalysisToJson(f.analyses, f.fused, f.errors, options);
  std::istringstream lines(Stream(f, OutputFormat::kJsonLines, options, true));
  std::string line;
  std::vector<Json> recs;
  while (std::getline(lines, line)) recs.push_back(Json::parse(line));
  ASSERT_EQ(recs.size(), 1 + f.analyses.size() + f.fused.stories.size() + f.errors.size());
  EXPECT_EQ(recs[0]["record"], "header");
  EXPECT_EQ(recs[0]["schema"], kSchema);
  for (size_t i = 0; i < f.analyses.size(); ++i) {
    const Json& r = recs[1 + i];
    SCOPED_TRACE(f.analyses[i].doc.path);
    EXPECT_EQ(r["record"], "document");
    EXPECT_EQ(r["document"], whole["documents"][i]);
    for (const char* layer : kLayerNames) {
      Json want = Json::array();
      for (const Json& x : whole[layer])
        if (x["doc"] == f.analyses[i].doc.id) want.push_back(x);
      EXPECT_EQ(r[layer], want) << layer;
    }
  }
  for (size_t s = 0; s < f.fused.stories.size(); ++s) {
    Json r = recs[1 + f.analyses.size() + s];
    EXPECT_EQ(r["record"], "story");
    r.erase("record");
    EXPECT_EQ(r, whole["stories"][s]);
  }
  EXPECT_EQ(recs.back()["record"], "error");
  EXPECT_EQ(recs.back()["message"], whole["errors"].back()["message"]);
}

// A story is written member by member with its claim ids streamed
// (PutStory), never as a tree: each JSON Lines story line is byte for byte
// the compact dump of the record StoryToJson makes (the JSON layout is
// pinned by StreamedJsonEqualsTheInMemoryDump).
TEST(AnalysisWriterTest, StreamedStoryLinesAreTheDumpOfTheirRecord) {
  const Fixture& f = Seeds();
  size_t ids = 0;
  for (const Story& s : f.fused.stories)
    for (const LedgerEntry& e : s.ledger) ids += e.claims.size() + e.restatements.size();
  ASSERT_GT(ids, 0u);
  std::istringstream lines(Stream(f, OutputFormat::kJsonLines, JsonOptions{}, false));
  std::vector<std::string> got;
  for (std::string line; std::getline(lines, line);) got.push_back(line);
  ASSERT_GE(got.size(), 1 + f.analyses.size() + f.fused.stories.size());
  for (size_t s = 0; s < f.fused.stories.size(); ++s) {
    Json rec;
    rec["record"] = "story";
    const Json story = StoryToJson(f.analyses, f.fused.stories[s]);
    for (const auto& [k, v] : story.items()) rec[k] = v;
    EXPECT_EQ(got[1 + f.analyses.size() + s], rec.dump()) << s;
  }
}

// With helper threads, Finish renders the documents' metadata and the
// stories ahead of the writing: the same bytes, in both layouts.
TEST(AnalysisWriterTest, FinishOnHelperThreadsWritesTheSameBytes) {
  const Fixture& f = Seeds();
  ASSERT_GE(f.fused.stories.size(), 2u);
  for (OutputFormat format : {OutputFormat::kJson, OutputFormat::kJsonLines})
    for (bool with_text : {false, true}) {
      const JsonOptions options{.with_text = with_text};
      const std::string want = Stream(f, format, options, false, 0);
      for (int threads : {1, 3})
        EXPECT_EQ(Stream(f, format, options, true, threads), want)
            << (format == OutputFormat::kJson ? "json" : "jsonl") << (with_text ? ", text, " : ", ") << threads;
    }
}

// RenderAhead hands items out in order whatever thread rendered them, keeps
// at most its byte bound (plus the items in flight) rendered and not taken,
// and throws an item's exception at its Take.
TEST(RenderAheadTest, InOrderBoundedAndThrowsAtTheItem) {
  for (int threads : {0, 1, 4}) {
    SCOPED_TRACE(threads);
    std::mutex mu;
    size_t rendered = 0, taken = 0, most_ahead = 0;
    constexpr size_t kItem = 100, kBound = 1000;
    RenderAhead ahead(200, threads, kBound, [&](size_t i) {
      if (i == 150) throw std::runtime_error("item 150");
      std::lock_guard<std::mutex> lock(mu);
      ++rendered;
      most_ahead = std::max(most_ahead, (rendered - taken) * kItem);
      return std::string(kItem - 1, 'a' + i % 26) + std::to_string(i % 10);
    });
    for (size_t i = 0; i < 150; ++i) {
      const std::string s = ahead.Take(i);
      ASSERT_EQ(s.size(), kItem);
      EXPECT_EQ(s.back(), '0' + static_cast<char>(i % 10));
      EXPECT_EQ(s.front(), 'a' + static_cast<char>(i % 26));
      std::lock_guard<std::mutex> lock(mu);
      ++taken;
    }
    EXPECT_THROW(ahead.Take(150), std::runtime_error);
    // Under the lock: the helpers go on rendering items 151.. (ThreadSanitizer).
    std::lock_guard<std::mutex> lock(mu);
    EXPECT_LE(most_ahead, kBound + kItem * (threads + 1));
  }
}

TEST(AnalysisWriterTest, FinishRefusesAMissingDocument) {
  const Fixture& f = Seeds();
  std::ostringstream out;
  auto w = AnalysisWriter::Create(&out, "out.json", OutputFormat::kJson, {});
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE((*w)->AddDocument(0, f.analyses[0]).ok());
  Status st = (*w)->Finish(f.analyses, f.fused, f.errors);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("out.json"), std::string::npos);
}

TEST(AnalysisWriterTest, AFailedStreamIsAnErrorNamingTheOutput) {
  const Fixture& f = Seeds();
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  auto w = AnalysisWriter::Create(&out, "full.json", OutputFormat::kJson, {});
  ASSERT_TRUE(w.ok());
  for (size_t i = 0; i < f.analyses.size(); ++i) ASSERT_TRUE((*w)->AddDocument(i, f.analyses[i]).ok());
  Status st = (*w)->Finish(f.analyses, f.fused, f.errors);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("full.json"), std::string::npos);
}

// The story record is written from the Story, not from StoryToJson's tree:
// every member kind (strings to escape, UTF-8, numbers whole, fractional
// and not finite, a consensus pair and none, empty lists) equals the
// tree's dump in both layouts, and a story with more ids than one flush
// holds streams them in pieces whose concatenation is the same record.
TEST(AnalysisWriterTest, WrittenStoryEqualsStoryToJson) {
  std::vector<DocAnalysis> analyses(2);
  analyses[0].doc.id = "d0";
  analyses[0].doc.text = "On Monday \"40 people\" were evacuated\tthere \xE2\x80\x94 officials said.";
  analyses[1].doc.id = "d\xC3\xA9" "1";
  Story s;
  s.id = "sd0";
  s.title = "Evacuation \xE2\x80\x9cordered\xE2\x80\x9d";
  s.docs = {0, 1};
  LedgerEntry a;
  a.measure = "people evacuated";
  a.claims = {{0, 0}, {1, 3}};
  a.restatements = {{0, 2}};
  a.unit = "\"people\"";
  a.low = 40;
  a.high = 40.5;
  a.consensus = std::make_pair(40.0, 1e300);
  a.conservative = std::numeric_limits<double>::quiet_NaN();
  a.agreement = "agree";
  a.evolving = true;
  a.why = "";
  LedgerEntry b;
  b.measure = "deaths";
  for (int k = 0; k < 70000; ++k) b.claims.push_back({k % 2, k});
  s.ledger = {a, b, LedgerEntry{}};
  s.timeline = {TimelineItem{"2024-03-04", 0, Span{0, 30}, 0}, TimelineItem{"XXXX", 0, Span{31, 60}, -1}};
  const Json want = StoryToJson(analyses, s);
  for (bool pretty : {false, true}) {
    Json record;
    if (pretty) record = Json::object();
    else record["record"] = "story";
    Json whole = record;
    for (const auto& [k, v] : want.items()) whole[k] = v;
    std::string expected;
    AppendJson(expected, whole, pretty, pretty ? 2 : 0);
    std::string buf, streamed;
    size_t pieces = 0;
    ASSERT_TRUE(AppendStoryRecord(buf, analyses, s, record, pretty, pretty ? 2 : 0, [&](std::string& bytes) {
                  streamed += bytes;
                  bytes.clear();
                  ++pieces;
                  return Status::Ok();
                }).ok());
    EXPECT_GT(pieces, 1u);
    EXPECT_TRUE(streamed + buf == expected) << (pretty ? "pretty" : "compact");
    std::string held;
    ASSERT_TRUE(AppendStoryRecord(held, analyses, s, record, pretty, pretty ? 2 : 0, {}).ok());
    EXPECT_TRUE(held == expected) << (pretty ? "pretty" : "compact");
    s.ledger[1].claims.resize(3);  // the held case once more, small
    std::string small;
    ASSERT_TRUE(AppendStoryRecord(small, analyses, s, record, pretty, pretty ? 2 : 0, {}).ok());
    Json whole_small = record;
    const Json want_small = StoryToJson(analyses, s);  // named: items() keeps no temporary alive
    for (const auto& [k, v] : want_small.items()) whole_small[k] = v;
    std::string expected_small;
    AppendJson(expected_small, whole_small, pretty, pretty ? 2 : 0);
    EXPECT_EQ(small, expected_small);
    for (int k = 3; k < 70000; ++k) s.ledger[1].claims.push_back({k % 2, k});
  }
}

}  // namespace
}  // namespace crosscheck
