#include "core/paths.h"
#include "export/export.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "export/csv.h"
#include "export/export_test_util.h"
#include "export/ledger_rows.h"
#include "export/standard_rules.h"

namespace crosscheck::exporting {
namespace {

Account TestAccount() {
  auto a = Account::FromJson(TestAccountJson(), "test");
  EXPECT_TRUE(a.ok());
  return std::move(a.value());
}

// Rows of a CSV as maps from column name to cell.
std::vector<std::map<std::string, std::string>> Table(const std::string& csv) {
  auto parsed = ParseCsv(csv);
  EXPECT_TRUE(parsed.ok());
  std::vector<std::map<std::string, std::string>> rows;
  if (!parsed.ok() || parsed->empty()) return rows;
  for (size_t i = 1; i < parsed->size(); ++i) {
    std::map<std::string, std::string> row;
    for (size_t c = 0; c < (*parsed)[0].size() && c < (*parsed)[i].size(); ++c) row[(*parsed)[0][c]] = (*parsed)[i][c];
    rows.push_back(row);
  }
  return rows;
}

// An account is untrusted input: an offset that is no small non-negative
// integer is no offset (export_fuzz: a claim "start" of 1e300 was cast to
// int64, undefined behaviour).
TEST(OffsetTest, OnlySmallNonNegativeIntegersAreOffsets) {
  struct Row {
    const char* json;
    std::optional<int64_t> want;
  } rows[] = {
      {R"({"start": 17})", 17},
      {R"({"start": 0})", 0},
      {R"({"start": 9007199254740992})", int64_t{1} << 53},
      {R"({"start": 9007199254740993})", std::nullopt},
      {R"({"start": 18446744073709551615})", std::nullopt},
      {R"({"start": -5})", std::nullopt},
      {R"({"start": 1e300})", std::nullopt},
      {R"({"start": 17.0})", std::nullopt},
      {R"({"start": "17"})", std::nullopt},
      {R"({"end": 17})", std::nullopt},
      {R"([17])", std::nullopt},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.json);
    EXPECT_EQ(Offset(Json::parse(r.json), "start"), r.want);
  }
}

TEST(FigureEstimateTest, MapsOurReadingToLowBestHigh) {
  struct Row {
    const char* quantity;
    std::optional<double> low, best, high;
  };
  const Row kRows[] = {
      // "almost 500": conservative 450, the figure 500, band top 500.
      {R"({"value": 500, "high": 500, "band_low": 450, "band_high": 500, "conservative": 450})", 450, 500, 500},
      // "more than 1,000": the band reaches 1,500.
      {R"({"value": 1000, "low": 1000, "band_low": 1000, "band_high": 1500, "conservative": 1000})", 1000, 1000, 1500},
      // "hundreds": conservative 100, band top 900.
      {R"({"value": 100, "low": 100, "high": 999, "band_low": 200, "band_high": 900, "conservative": 100})", 100, 100, 900},
      // no band, no conservative: the logical bounds, then the figure.
      {R"({"value": 7, "low": 5, "high": null})", 5, 7, 7},
      {R"({"value": 12})", 12, 12, 12},
      {R"({})", std::nullopt, std::nullopt, std::nullopt},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.quantity);
    Estimate e = FigureEstimate(Json::parse(r.quantity));
    EXPECT_EQ(e.low, r.low);
    EXPECT_EQ(e.best, r.best);
    EXPECT_EQ(e.high, r.high);
  }
}

TEST(DateGrainTest, NamesTheGrainOfATimexValue) {
  const std::pair<const char*, const char*> kRows[] = {
      {"2022-05-04", "day"}, {"2022-05", "month"}, {"2022", "year"}, {"2022-W18", "week"},
      {"2022-05-04T10:00", "time"}, {"XXXX-WXX-5", ""}, {"", ""}, {"PRESENT_REF", ""},
  };
  for (const auto& [value, grain] : kRows) {
    SCOPED_TRACE(value);
    EXPECT_EQ(DateGrain(value), grain);
  }
}

TEST(LedgerCsvTest, ParsesBackToTheLedgersValues) {
  Account account = TestAccount();
  const std::string csv = LedgerCsv(account);
  EXPECT_EQ(CsvProblems(csv, LedgerCsvColumns()), std::vector<std::string>{});
  auto rows = Table(csv);
  ASSERT_EQ(rows.size(), 6u);  // 3 + 1 + 2 claims in the ledger, one of them missing
  struct Want {
    const char* claim;
    std::map<std::string, std::string> cells;
  };
  const Want kWant[] = {
      {"cda.0",
       {{"story", "sda"}, {"measure", "civilians sheltering in Azovstal"}, {"outlet", "Wire, Inc."},
        {"document_title", "Plant \"holdouts\""}, {"document_url", "https://www.example.org/a?x=1"},
        {"speaker", "Vadym Boychenko"}, {"speaker_role", "mayor, Mariupol"}, {"text", "Almost 500"},
        {"hedge", "almost"}, {"low", "450"}, {"best", "500"}, {"high", "500"}, {"interval_low", ""},
        {"interval_high", "500"}, {"as_of", "2022-05-04"}, {"as_of_grain", "day"}, {"agreement", "agree"},
        {"evolving", "false"}, {"entry_low", ""}, {"entry_high", "1000"}, {"consensus_low", "450"},
        {"consensus_high", "500"}, {"entry_conservative", "450"}, {"start", "0"}, {"end", "10"}}},
      {"cdc.0", {{"outlet", "Reprint Daily"}, {"copy_of", "da"}, {"document_url", "http://reprint.example/c"}}},
      // Text that would start a formula is guarded; the outlet of a
      // document without a source is its file name and line.
      {"cdb.0", {{"text", "'=up to 1,000"}, {"outlet", "b.jsonl:7"}, {"low", "500"}, {"best", "1000"}, {"high", "1000"}}},
      {"cda.1", {{"time", "2022-05"}, {"time_grain", "month"}, {"speaker", ""}}},
      {"cdb.1", {{"evolving", "true"}, {"state", "killed"}}},
      // A claim the account lacks still has its row, with what is known.
      {"cmissing.9", {{"document", "missing"}, {"measure", "people killed in Mariupol"}, {"text", ""}, {"low", ""}}},
  };
  for (const Want& w : kWant) {
    SCOPED_TRACE(w.claim);
    auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.at("claim") == w.claim; });
    ASSERT_NE(row, rows.end());
    for (const auto& [column, value] : w.cells) EXPECT_EQ(row->at(column), value) << column;
  }
}

TEST(AcledCsvTest, OneRowPerStoryDateAndPlaceWithCasualties) {
  Account account = TestAccount();
  const std::string csv = AcledCsv(account);
  EXPECT_EQ(CsvProblems(csv, AcledColumns()), std::vector<std::string>{});
  auto rows = Table(csv);
  ASSERT_EQ(rows.size(), 1u);  // only "people killed in Mariupol" counts casualties
  const auto& r = rows[0];
  EXPECT_EQ(r.at("event_id"), "sda-001");
  EXPECT_EQ(r.at("event_date"), "2022-05-05");  // the claim's own day, not its report's
  EXPECT_EQ(r.at("time_precision"), "1");
  EXPECT_EQ(r.at("location"), "Mariupol");
  EXPECT_EQ(r.at("actor1"), "UN forces");  // the organisation in the figure's sentence
  EXPECT_EQ(r.at("fatalities_low"), "3");
  EXPECT_EQ(r.at("fatalities_best"), "3");
  EXPECT_EQ(r.at("fatalities_high"), "3");
  EXPECT_EQ(r.at("injuries_best"), "");
  EXPECT_EQ(r.at("sources"), "b.jsonl:7");
  EXPECT_NE(r.at("notes").find("people killed in Mariupol: \"3\""), std::string::npos) << r.at("notes");
}

// A casualty figure with no date of its own is not dated to its report: it
// borrows the date of a dated figure of the same measure, else it stays
// undated (a year alone fills only the year column); a week gives its Monday.
TEST(AcledCsvTest, UndatedFiguresBorrowTheirMeasuresDateOrStayUndated) {
  Json j = TestAccountJson();
  auto claim = [&](const std::string& id, const std::string& measure, const std::string& place, const Json& time) {
    Json c = {{"id", id}, {"doc", "db"}, {"quantity", "qdb.1"}, {"start", 51}, {"end", 84}, {"measure", measure},
              {"state", "killed"}, {"place", place}, {"time", time}, {"as_of", "2022-05-06"}};
    j["claims"].push_back(c);
  };
  claim("cdb.7", "people killed in Mariupol", "Mariupol", nullptr);    // same measure as the dated cdb.1
  claim("cdb.8", "students killed in Newtown", "Newtown", nullptr);    // history, no date anywhere
  claim("cdb.9", "people killed in Sandy Hook", "Sandy Hook", "2012");  // a year only
  claim("cdb.10", "people killed in Kyiv", "Kyiv", "2022-W18");         // a week
  Json& ledger = j["stories"][0]["ledger"];
  ledger[2]["claims"].push_back("cdb.7");
  for (const char* id : {"cdb.8", "cdb.9", "cdb.10"})
    ledger.push_back({{"measure", id}, {"claims", {id}}, {"agreement", "single"}});
  auto account = Account::FromJson(j, "test");
  ASSERT_TRUE(account.ok());
  const std::string csv = AcledCsv(*account);
  EXPECT_EQ(CsvProblems(csv, AcledColumns()), std::vector<std::string>{});
  std::map<std::string, std::map<std::string, std::string>> by_place;
  for (const auto& r : Table(csv)) by_place[r.at("location")] = r;
  ASSERT_EQ(by_place.size(), 4u) << csv;
  EXPECT_EQ(by_place["Mariupol"]["event_date"], "2022-05-05");  // one row: cdb.7 took cdb.1's day
  EXPECT_EQ(by_place["Mariupol"]["claims"], "cdb.1 cdb.7");
  EXPECT_EQ(by_place["Mariupol"]["time_precision"], "1");
  EXPECT_EQ(by_place["Newtown"]["event_date"], "");  // never the report's 2022-05-06
  EXPECT_EQ(by_place["Newtown"]["year"], "");
  EXPECT_EQ(by_place["Newtown"]["time_precision"], "");
  EXPECT_NE(by_place["Newtown"]["notes"].find("reported 2022-05-06"), std::string::npos);
  EXPECT_EQ(by_place["Sandy Hook"]["event_date"], "");
  EXPECT_EQ(by_place["Sandy Hook"]["year"], "2012");
  EXPECT_EQ(by_place["Kyiv"]["event_date"], "2022-05-02");  // Monday of ISO week 18 of 2022
  EXPECT_EQ(by_place["Kyiv"]["time_precision"], "2");
}

TEST(JsonLdTest, ClaimsAndReviewSkeletonsFollowSchemaOrg) {
  Account account = TestAccount();
  Json doc = ClaimsJsonLd(account);
  EXPECT_EQ(JsonLdProblems(doc), std::vector<std::string>{});
  const Json& graph = doc["@graph"];
  ASSERT_EQ(graph.size(), 6u);  // three entries, each a Claim and a ClaimReview
  const Json& claim = graph[0];
  EXPECT_EQ(claim["@type"], "Claim");
  EXPECT_EQ(claim["name"], "civilians sheltering in Azovstal");
  // The text is the clause as the first source wrote it.
  EXPECT_EQ(claim["text"], "Almost 500 civilians, Mayor Vadym Boychenko said, remain in the \"Azovstal\" plant.");
  EXPECT_EQ(claim["appearance"].size(), 3u);
  EXPECT_EQ(claim["appearance"][0]["author"]["@type"], "Person");
  EXPECT_EQ(claim["appearance"][0]["isPartOf"]["url"], "https://www.example.org/a?x=1");
  EXPECT_EQ(claim["appearance"][2]["author"]["@type"], "Organization") << "the UN is tagged an organisation";
  // A javascript: URL never becomes a link or an id.
  const Json& from_b = claim["appearance"][2]["isPartOf"];
  EXPECT_FALSE(from_b.contains("url"));
  EXPECT_EQ(from_b["@id"], "urn:crosscheck:document:db");
  EXPECT_EQ(doc.dump().find("javascript:"), std::string::npos);
  // No verdict: the review's rating is empty.
  const Json& review = graph[1];
  EXPECT_EQ(review["@type"], "ClaimReview");
  EXPECT_EQ(review["itemReviewed"]["@id"], claim["@id"]);
  EXPECT_TRUE(review["reviewRating"]["ratingValue"].is_null());
  EXPECT_TRUE(review["reviewRating"]["alternateName"].is_null());
}

TEST(ProvJsonTest, LineageFollowsProvJsonMemberNames) {
  Account account = TestAccount();
  Json doc = ProvJson(account);
  EXPECT_EQ(ProvJsonProblems(doc), std::vector<std::string>{});
  auto has = [&](const char* member, const Json& want) {
    for (const auto& [id, rec] : doc[member].items()) {
      bool all = true;
      for (const auto& [k, v] : want.items()) all = all && rec.contains(k) && rec[k] == v;
      if (all) return true;
    }
    return false;
  };
  const Json revision = {{"$", "prov:Revision"}, {"type", "prov:QUALIFIED_NAME"}};
  const Json quotation = {{"$", "prov:Quotation"}, {"type", "prov:QUALIFIED_NAME"}};
  EXPECT_TRUE(has("wasDerivedFrom", {{"prov:generatedEntity", "cc:document/dc"},
                                     {"prov:usedEntity", "cc:document/da"}, {"prov:type", revision}}))
      << "the copy is a revision of its original";
  EXPECT_TRUE(has("wasDerivedFrom", {{"prov:generatedEntity", "cc:quote/uda.0"},
                                     {"prov:usedEntity", "cc:statement/uda.0"}, {"prov:type", quotation}}));
  EXPECT_TRUE(has("wasAttributedTo", {{"prov:entity", "cc:statement/uda.0"}, {"prov:agent", "cc:speaker/vadym-boychenko"}}));
  EXPECT_TRUE(has("wasAttributedTo", {{"prov:entity", "cc:figure/qda.0"}, {"prov:agent", "cc:speaker/vadym-boychenko"}}));
  EXPECT_TRUE(has("wasDerivedFrom", {{"prov:generatedEntity", "cc:figure/qda.0"}, {"prov:usedEntity", "cc:document/da"}}));
  // Narration is attributed to the outlet.
  EXPECT_TRUE(has("wasAttributedTo", {{"prov:entity", "cc:figure/qda.1"}, {"prov:agent", "cc:outlet/wire-inc"}}));
  EXPECT_EQ(doc["agent"]["cc:speaker/vadym-boychenko"]["prov:type"]["$"], "prov:Person");
  EXPECT_EQ(doc["agent"]["cc:speaker/un"]["prov:type"]["$"], "prov:Organization");
  // An unattributed quote is not quoted from anyone.
  EXPECT_FALSE(doc["entity"].contains("cc:statement/udb.0"));
}

TEST(StandardRulesTest, CatchBrokenExports) {
  struct Row {
    const char* what;
    Json doc;
    bool prov;
  };
  Account account = TestAccount();
  Json ld = ClaimsJsonLd(account), prov = ProvJson(account);
  Json ld_bad_type = ld, ld_bad_prop = ld, ld_no_appearance = ld, ld_bad_review = ld, ld_bad_url = ld;
  ld_bad_type["@graph"][0]["@type"] = "Thing";
  ld_bad_prop["@graph"][0]["verdict"] = "false";
  ld_no_appearance["@graph"][0].erase("appearance");
  ld_bad_review["@graph"][1]["itemReviewed"]["@id"] = "urn:nowhere";
  ld_bad_url["@graph"][0]["appearance"][0]["isPartOf"]["url"] = "javascript:alert(1)";
  Json prov_member = prov, prov_undeclared = prov, prov_prefix = prov, prov_missing = prov;
  prov_member["wasRevisionOf"] = Json::object();
  prov_undeclared["wasAttributedTo"]["_:x"] = Json{{"prov:entity", "cc:nothing"}, {"prov:agent", "cc:crosscheck"}};
  prov_prefix["entity"]["ex:thing"] = Json::object();
  prov_missing["wasDerivedFrom"]["_:y"] = Json{{"prov:generatedEntity", "cc:document/da"}};
  const Row kRows[] = {
      {"unknown type", ld_bad_type, false},        {"unknown property", ld_bad_prop, false},
      {"no appearance", ld_no_appearance, false},  {"review of nothing", ld_bad_review, false},
      {"javascript url", ld_bad_url, false},       {"wasRevisionOf is not a PROV-JSON member", prov_member, true},
      {"undeclared entity", prov_undeclared, true}, {"undeclared prefix", prov_prefix, true},
      {"missing usedEntity", prov_missing, true},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.what);
    EXPECT_FALSE((r.prov ? ProvJsonProblems(r.doc) : JsonLdProblems(r.doc)).empty());
  }
  EXPECT_FALSE(CsvProblems("a,b\r\n1\r\n", {"a", "b"}).empty());
  EXPECT_FALSE(CsvProblems("a,c\r\n1,2\r\n", {"a", "b"}).empty());
}

TEST(ExportTest, SameAccountSameBytes) {
  for (ExportFormat f : {ExportFormat::kCsv, ExportFormat::kAcled, ExportFormat::kJsonLd, ExportFormat::kProv}) {
    SCOPED_TRACE(ExportFormatName(f));
    EXPECT_EQ(Export(TestAccount(), f), Export(TestAccount(), f));
    EXPECT_EQ(ParseExportFormat(ExportFormatName(f)), f);
  }
}

TEST(ExportTest, MalformedAccountsExportWithoutFailing) {
  // Other versions of crosscheck write other fields; wrong types and
  // dangling ids must read as absent.
  const char* kPatches[] = {
      R"([{"op": "replace", "path": "/stories", "value": {"not": "an array"}}])",
      R"([{"op": "replace", "path": "/claims/0/as_of", "value": 20220504}])",
      R"([{"op": "replace", "path": "/quantities/0/value", "value": "500"}])",
      R"([{"op": "replace", "path": "/stories/0/ledger/0/claims", "value": [1, null, "c?", "cda.0"]}])",
      R"([{"op": "replace", "path": "/stories/0/ledger/0/consensus", "value": [1]}])",
      R"([{"op": "replace", "path": "/documents/0/text", "value": null}])",
      R"([{"op": "replace", "path": "/claims/0/start", "value": 99999}])",
      R"([{"op": "remove", "path": "/documents"}])",
      R"([{"op": "replace", "path": "/entities", "value": [null, 3, {"doc": 5}]}])",
  };
  for (const char* patch : kPatches) {
    SCOPED_TRACE(patch);
    auto account = Account::FromJson(TestAccountJson().patch(Json::parse(patch)), "patched");
    ASSERT_TRUE(account.ok());
    EXPECT_TRUE(CsvProblems(LedgerCsv(*account), LedgerCsvColumns()).empty());
    EXPECT_TRUE(CsvProblems(AcledCsv(*account), AcledColumns()).empty());
    EXPECT_TRUE(JsonLdProblems(ClaimsJsonLd(*account)).empty());
    EXPECT_TRUE(ProvJsonProblems(ProvJson(*account)).empty());
  }
  EXPECT_FALSE(Account::FromJson(Json::array(), "array").ok());
}

TEST(ExportTest, SeedsGoldenAccountConforms) {
  // The checked-in JSON of the seed reports (tests/golden/seeds.json).
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/tests/golden/seeds.json");
  ASSERT_TRUE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  auto account = Account::FromJson(Json::parse(ss.str()), "seeds.json");
  ASSERT_TRUE(account.ok());
  EXPECT_EQ(CsvProblems(LedgerCsv(*account), LedgerCsvColumns()), std::vector<std::string>{});
  EXPECT_EQ(CsvProblems(AcledCsv(*account), AcledColumns()), std::vector<std::string>{});
  EXPECT_EQ(JsonLdProblems(ClaimsJsonLd(*account)), std::vector<std::string>{});
  EXPECT_EQ(ProvJsonProblems(ProvJson(*account)), std::vector<std::string>{});
  // Every figure of the ledger is a row whose low <= best <= high.
  auto rows = Table(LedgerCsv(*account));
  size_t claims = 0;
  for (const Json& s : account->stories())
    for (const Json& e : Arr(s, "ledger")) claims += Arr(e, "claims").size();
  EXPECT_EQ(rows.size(), claims);
  for (const auto& r : rows) {
    SCOPED_TRACE(r.at("claim"));
    if (r.at("low").empty() || r.at("best").empty() || r.at("high").empty()) continue;
    EXPECT_LE(std::stod(r.at("low")), std::stod(r.at("best")));
    EXPECT_LE(std::stod(r.at("best")), std::stod(r.at("high")));
  }
}

}  // namespace
}  // namespace crosscheck::exporting

namespace crosscheck::exporting {
namespace {

TEST(AccountTest, OutletNamesWhereAReportCameFrom) {
  const std::pair<const char*, const char*> kRows[] = {
      {R"({"source": "AP", "url": "https://apnews.com/x"})", "AP"},
      {R"({"url": "https://www.bbc.co.uk/news/1"})", "bbc.co.uk"},
      {R"({"url": "HTTPS://User@Example.ORG:8080/a"})", "example.org"},
      {R"j({"url": "javascript:alert(1)", "path": "in/b.txt"})j", "b.txt"},
      {R"({"path": "api/3"})", "api/3"},
      {R"({"path": "feeds/x.jsonl", "line": 4})", "x.jsonl:4"},
      {R"({"id": "abc"})", "abc"},
  };
  auto account = Account::FromJson(Json::object(), "empty");
  ASSERT_TRUE(account.ok());
  for (const auto& [doc, outlet] : kRows) {
    SCOPED_TRACE(doc);
    EXPECT_EQ(account->Outlet(Json::parse(doc)), outlet);
  }
}

TEST(AccountTest, OnlyHttpUrlsAreLinks) {
  const std::pair<const char*, bool> kRows[] = {
      {"https://example.org/a", true}, {"http://x.y", true},          {"HTTP://X.Y/", true},
      {"javascript:alert(1)", false},  {"data:text/html,x", false},   {"https://", false},
      {"https:///path", false},        {"https://a b.org", false},    {"//example.org", false},
      {"file:///etc/passwd", false},   {" https://x.org", false},     {"https://x.org/\n", false},
  };
  for (const auto& [url, ok] : kRows) {
    SCOPED_TRACE(url);
    EXPECT_EQ(IsHttpUrl(url), ok);
  }
}

TEST(AccountTest, LoadAccountBoundsSizeAndDepth) {
  const std::string deep = std::string(600, '[') + std::string(600, ']');
  struct Row {
    const char* what;
    std::string json;
    uint64_t max_bytes;
    const char* error;  // a part of the message, or nullptr when it loads
  };
  const Row kRows[] = {
      {"small", R"({"documents":[],"stories":[]})", 1 << 20, nullptr},
      {"exactly the limit", R"({"stories":[]})", 14, nullptr},
      {"one byte over", R"({"stories":[] })", 14, "larger than the account limit of 14 bytes"},
      {"over one read chunk", "{\"x\":\"" + std::string(70000, 'a') + "\"}", 65536,
       "larger than the account limit of 65536 bytes"},
      {"nested 600 deep", R"({"stories":[{"x":)" + deep + "}]}", 1 << 20, "nested deeper than 512 levels"},
      {"brackets inside a string are not nesting", "{\"x\":\"" + std::string(600, '[') + "\"}", 1 << 20, nullptr},
      {"bad JSON", R"({"stories":)", 1 << 20, "not valid JSON"},
  };
  const std::string path = ::testing::TempDir() + "/load_account_test.json";
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.what);
    {
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      out << row.json;
    }
    AccountLimits limits;
    limits.max_bytes = row.max_bytes;
    auto account = LoadAccount(path, limits);
    if (!row.error) {
      EXPECT_TRUE(account.ok()) << account.error().message;
      continue;
    }
    ASSERT_FALSE(account.ok());
    EXPECT_NE(account.error().message.find(path + ": "), std::string::npos) << account.error().message;
    EXPECT_NE(account.error().message.find(row.error), std::string::npos) << account.error().message;
  }
  std::remove(path.c_str());
  auto missing = LoadAccount(path);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("cannot open"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck::exporting
