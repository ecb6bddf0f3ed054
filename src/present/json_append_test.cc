// AppendJson against nlohmann's own serializer: for each value, compact
// output equals dump() and pretty output at depth k equals dump(1) with k
// spaces after every newline; invalid UTF-8 throws as dump() does. One row
// per value a record of docs/OUTPUT.md can hold (news-style strings).
#include "present/json_stream.h"

#include "present/json_records.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace crosscheck {
namespace {

std::string Reindented(const std::string& s, unsigned k) {
  std::string out;
  for (char c : s) {
    out.push_back(c);
    if (c == '\n') out.append(k, ' ');
  }
  return out;
}

TEST(AppendJsonTest, EqualsNlohmannDump) {
  const std::vector<Json> rows = {
      Json(nullptr),
      Json(true),
      Json(false),
      Json(0),
      Json(-42),
      Json(std::numeric_limits<int64_t>::min()),
      Json(std::numeric_limits<uint64_t>::max()),
      Json(40.0),
      Json(0.1),
      Json(-1.5e-7),
      Json(1e300),
      Json(2.675),
      Json(std::nan("")),
      Json(std::numeric_limits<double>::infinity()),
      Json("Officials said 40 people were evacuated on Monday"),
      Json(""),
      Json("\"We are leaving,\" she said"),
      Json("the 9\\11 commission"),
      Json("a tab\tonly"),
      Json("a back\\slash, a tab\tand a new\nline, a bell \x07 and DEL \x7f"),
      Json("Ukraine\xE2\x80\x99s presidential office, Andriy Yermak \xE2\x80\x94 \xC3\xA9l\xC3\xA8ve"),
      Json("\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 flags, \xEF\xBF\xBD, \xF4\x8F\xBF\xBF and \xE0\xA0\x80"),
      Json::object(),
      Json::array(),
      Json{{"doc", "d1"}, {"start", 0}, {"end", 12}, {"paragraph", 3}},
      Json{{"speaker", nullptr}, {"value", 1000.0}, {"low", 450.5}, {"hedged", true}, {"context", Json::array()}},
      Json{{"claims", {1, 2, 3}}, {"members", {{{"doc", "d\xE2\x80\x99"}, {"figures", Json::array({Json::object()})}}}}},
      Json{{"k\"ey", "v"}, {"t\xC3\xA9", 1}},
      Json::array({Json::array({Json::array()}), "x", 2.5, nullptr}),
  };
  for (const Json& j : rows) {
    SCOPED_TRACE(j.dump());
    std::string compact = "prefix ";
    AppendJson(compact, j, false, 0);
    EXPECT_EQ(compact, "prefix " + j.dump());
    for (unsigned depth : {0u, 2u, 3u}) {
      std::string pretty;
      AppendJson(pretty, j, true, depth);
      EXPECT_EQ(pretty, Reindented(j.dump(1), depth)) << "depth " << depth;
    }
  }
}

TEST(AppendJsonTest, InvalidUtf8ThrowsAsDumpDoes) {
  for (const char* bad : {"cut \xE2\x80", "stray \xff byte", "overlong \xC0\xAF", "surrogate \xED\xA0\x80",
                          "past U+10FFFF \xF4\x90\x80\x80", "overlong \xE0\x9F\xBF", "lone \x80"}) {
    Json j{{"text", bad}};
    EXPECT_THROW(j.dump(), nlohmann::json::type_error);
    std::string out;
    EXPECT_THROW(AppendJson(out, j, true, 2), nlohmann::json::type_error);
    EXPECT_THROW(AppendJson(out, j, false, 0), nlohmann::json::type_error);
  }
}

// Plain reads eight bytes at a time: it must agree with the byte table for
// every byte value at every position of a word and of the tail, and for
// long keys and deep nesting (the member head's slow path).
TEST(AppendJsonTest, PlainAgreesWithTheByteTable) {
  auto by_table = [](std::string_view s) {
    for (char c : s)
      if (!json_records::kPlainByte[static_cast<unsigned char>(c)]) return false;
    return true;
  };
  for (size_t len : {1u, 7u, 8u, 9u, 15u, 16u, 17u, 24u, 31u}) {
    for (size_t at = 0; at < len; ++at) {
      for (int b = 0; b < 256; ++b) {
        std::string s(len, 'a');
        s[at] = static_cast<char>(b);
        ASSERT_EQ(json_records::Plain(s), by_table(s)) << "len " << len << " at " << at << " byte " << b;
        // Neighbours that the word tests' borrows could reach.
        if (at + 1 < len) {
          s[at + 1] = static_cast<char>(0x20);
          ASSERT_EQ(json_records::Plain(s), by_table(s)) << "len " << len << " at " << at << " byte " << b;
          s[at + 1] = static_cast<char>(0x7f);
          ASSERT_EQ(json_records::Plain(s), by_table(s)) << "len " << len << " at " << at << " byte " << b;
        }
      }
    }
  }
  EXPECT_TRUE(json_records::Plain(""));
  EXPECT_TRUE(json_records::Plain("Officials said 40 people were evacuated on Monday ~"));
  EXPECT_FALSE(json_records::Plain("Officials said 40 people were \"evacuated\" on Monday"));
}

TEST(AppendJsonTest, LongKeysAndDeepNestingEqualDump) {
  Json j = Json{{std::string(150, 'k'), 1}, {"b", "x"}};
  for (int k = 0; k < 70; ++k) j = Json{{"level", j}, {"n", k}};
  std::string compact;
  AppendJson(compact, j, false, 0);
  EXPECT_EQ(compact, j.dump());
  for (unsigned depth : {0u, 3u}) {
    std::string pretty;
    AppendJson(pretty, j, true, depth);
    EXPECT_EQ(pretty, Reindented(j.dump(1), depth));
  }
}

}  // namespace
}  // namespace crosscheck
