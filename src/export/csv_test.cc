#include "export/csv.h"

#include <gtest/gtest.h>

namespace crosscheck::exporting {
namespace {

TEST(CsvTest, QuotesOnlyWhatRfc4180Requires) {
  struct Row {
    std::string in, out;
  };
  const Row kRows[] = {
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\rhere", "\"cr\rhere\""},
      {"Zaporizhzhia — “quoted”", "Zaporizhzhia — “quoted”"},  // UTF-8 needs no quotes
      {" padded ", " padded "},                                // spaces are data
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.in);
    EXPECT_EQ(CsvField(r.in), r.out);
  }
}

TEST(CsvTest, RecordsEndInCrlf) { EXPECT_EQ(CsvLine({"a", "b,c", ""}), "a,\"b,c\",\r\n"); }

TEST(CsvTest, GuardsFormulasInTextCells) {
  struct Row {
    std::string in, out;
  };
  const Row kRows[] = {
      {"=SUM(A1)", "'=SUM(A1)"}, {"+1", "'+1"}, {"-2", "'-2"}, {"@cmd", "'@cmd"},
      {"\tx", "'\tx"},           {"a=b", "a=b"}, {"", ""},      {"almost 500", "almost 500"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.in);
    EXPECT_EQ(TextCell(r.in), r.out);
  }
}

TEST(CsvTest, NumbersPrintLikeTheLedger) {
  struct Row {
    std::optional<double> in;
    std::string out;
  };
  const Row kRows[] = {
      {180, "180"}, {4.5, "4.5"}, {-3, "-3"}, {0.1, "0.1"}, {1e20, "1e+20"}, {std::nullopt, ""}, {2.25, "2.25"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.out);
    EXPECT_EQ(NumberCell(r.in), r.out);
  }
}

TEST(CsvTest, ParsesBackWhatItWrites) {
  const std::vector<CsvRecord> records = {
      {"story", "text", "low"},
      {"s1", "almost \"500\", said", "450"},
      {"s2", "line\r\nbreak", ""},
      {"", "", ""},
      {"ü", "“curly”", "1e+20"},
  };
  std::string csv;
  for (const CsvRecord& r : records) csv += CsvLine(r);
  auto parsed = ParseCsv(csv);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(*parsed, records);
}

TEST(CsvTest, ParserRejectsMalformedCsv) {
  struct Row {
    std::string csv, error;
  };
  const Row kRows[] = {
      {"a,b\r\nc\"d,e\r\n", "line 2: a quote inside an unquoted field"},
      {"a,\"b\"x\r\n", "line 1: text after a closing quote"},
      {"a\r\n\"never closed\r\n", "line 2: quoted field never closed"},
  };
  for (const Row& r : kRows) {
    SCOPED_TRACE(r.csv);
    auto parsed = ParseCsv(r.csv);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().message, r.error);
  }
}

TEST(CsvTest, ParserTakesLfAndAMissingFinalLineEnd) {
  auto parsed = ParseCsv("a,b\nc,d");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(*parsed, (std::vector<CsvRecord>{{"a", "b"}, {"c", "d"}}));
}

}  // namespace
}  // namespace crosscheck::exporting
