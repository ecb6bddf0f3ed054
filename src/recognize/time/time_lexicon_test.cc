// The word table and the scanner's per-token marks. The parser skips a lead
// ("the", "a", "in") with no time word after it (Scan::timeish), so every
// word a matcher compares a token with must be known to the table: this test
// reads the matchers' sources and checks each word of their string literals.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/paths.h"
#include "recognize/time/civil_date.h"
#include "recognize/time/time_lexicon.h"

namespace crosscheck::time_internal {
namespace {

// Lower-case words of the string literals that hold only letters, spaces and
// apostrophes, outside comments.
std::set<std::string> LiteralWords(const std::string& src) {
  std::set<std::string> words;
  bool in_comment = false;
  for (size_t i = 0; i < src.size(); ++i) {
    if (in_comment) { if (src[i] == '\n') in_comment = false; continue; }
    if (src[i] == '/' && i + 1 < src.size() && src[i + 1] == '/') { in_comment = true; continue; }
    if (src[i] == '\'' && i + 2 < src.size()) {  // a char literal: '"' must not open a string
      i += src[i + 1] == '\\' ? 3 : 2;
      continue;
    }
    if (src[i] != '"') continue;
    size_t j = i + 1;
    bool plain = true;
    while (j < src.size() && src[j] != '"') {
      if (src[j] == '\\') { plain = false; ++j; }
      else if (!((src[j] >= 'a' && src[j] <= 'z') || src[j] == ' ' || src[j] == '\'')) plain = false;
      ++j;
    }
    if (plain && j > i + 1) {
      std::istringstream in(src.substr(i + 1, j - i - 1));
      for (std::string w; in >> w;)
        if (w[0] >= 'a' && w[0] <= 'z') words.insert(w);
    }
    i = j;
  }
  return words;
}

TEST(TimeLexiconTest, EveryWordTheMatchersReadIsKnown) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(CROSSCHECK_SOURCE_DIR) / "src/recognize/time";
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() != ".cc" || name.find("_test") != std::string::npos ||
        name.find("_fuzz") != std::string::npos || name.rfind("tempeval", 0) == 0 || name.rfind("timeml_corpus", 0) == 0)
      continue;
    ++files;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    for (const std::string& w : LiteralWords(ss.str())) {
      SCOPED_TRACE(name + ": \"" + w + "\"");
      EXPECT_TRUE(KnownWord(w));
    }
  }
  EXPECT_GE(files, 10);
}

TEST(TimeLexiconTest, TimeishMarksNumbersAndTimeWordsNotLeads) {
  struct Case { const char* text; const char* marks; };  // one mark per token: 1 timeish, 0 not
  const Case kCases[] = {
      {"in the past three weeks", "00111"},
      {"the foreseeable future", "011"},
      {"on 9 May", "011"},
      {"his house", "00"},
      {"a fairly lengthy period", "0001"},
      {"the rebels said of it", "00000"},  // a bare tense cue or a function word carries no time
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    Scan scan;
    ScanText(c.text, &scan);
    std::string marks;
    for (uint8_t m : scan.timeish) marks += m ? '1' : '0';
    EXPECT_EQ(marks, c.marks);
  }
}

}  // namespace
}  // namespace crosscheck::time_internal

namespace crosscheck {
namespace {

// FormatDate writes the usual years digit by digit (the hot path) and
// falls back to snprintf for the rest; both give ISO 8601 days.
TEST(CivilDateTest, FormatDateWritesIsoDays) {
  EXPECT_EQ(FormatDate(CivilDate{2022, 5, 4}), "2022-05-04");
  EXPECT_EQ(FormatDate(CivilDate{1998, 12, 31}), "1998-12-31");
  EXPECT_EQ(FormatDate(CivilDate{7, 1, 9}), "0007-01-09");
  EXPECT_EQ(FormatDate(CivilDate{9999, 10, 10}), "9999-10-10");
  EXPECT_EQ(FormatDate(CivilDate{12345, 1, 1}), "12345-01-01");
  EXPECT_EQ(FormatDate(CivilDate{-44, 3, 15}), "-044-03-15");
}

}  // namespace
}  // namespace crosscheck
