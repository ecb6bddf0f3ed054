// Records of the JSON output written member by member (json_stream.cc's
// document parts): byte for byte what AppendJson writes for SentenceToJson-
// style records, EntityToJson, QuantityToJson, QuoteToJson, TimeToJson and
// ClaimToJson
// (AnalysisWriterTest.WrittenRecordsEqualTheirJsonRecords holds them
// equal: a change to one of those records must be repeated here), and the
// small pieces the stream writer shares with them. Pure functions of their
// arguments; thread-safe.
#ifndef CROSSCHECK_PRESENT_JSON_RECORDS_H_
#define CROSSCHECK_PRESENT_JSON_RECORDS_H_

#include <array>
#include <functional>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "claims/analysis.h"
#include "core/status.h"
#include "fuse/fuse.h"
#include "present/json_output.h"

namespace crosscheck::json_records {

// Written as it is by nlohmann: printable ASCII without quote or
// backslash (every key, most values). Anything else goes to nlohmann,
// which escapes and checks UTF-8 (strict: malformed UTF-8 throws).
inline constexpr auto kPlainByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x80; ++c) t[c] = c != '"' && c != '\\';
  return t;
}();
// Eight bytes at a time (most strings are ids, names and words of plain
// ASCII): a word is plain when no byte has its high bit set, none is below
// 0x20 and none is '"' or '\\' (the classic has-zero / has-less tests,
// exact as to whether any byte matches); the tail byte by byte.
inline bool Plain(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    const uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
    const uint64_t bad = (w | ((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) |
                          ((backslash - kOnes) & ~backslash)) &
                         kHigh;
    if (bad) return false;
  }
  for (; n > 0; ++p, --n)
    if (!kPlainByte[static_cast<unsigned char>(*p)]) return false;
  return true;
}


// Appends RecordId(prefix, doc_id, n) as a JSON string.
void AppendRecordId(std::string& out, char prefix, const std::string& doc_id, size_t n);

// The record of ForEachLayerRecord's layer 0 (sentences), and
// EntityToJson / QuantityToJson / QuoteToJson / TimeToJson / ClaimToJson of
// element i, appended to
// `out` at nesting depth `depth` (pretty: dump(1) layout).
void AppendSentenceRecord(std::string& out, const Document& d, const Sentence& s, bool pretty, unsigned depth);
void AppendEntityRecord(std::string& out, const Document& d, const std::vector<Entity>& es, size_t i, bool pretty,
                        unsigned depth);
void AppendQuantityRecord(std::string& out, const Document& d, const std::vector<Quantity>& qs, size_t i,
                          bool pretty, unsigned depth);
void AppendQuoteRecord(std::string& out, const Document& d, const std::vector<Quote>& qs, size_t i, bool pretty,
                       unsigned depth);
void AppendTimeRecord(std::string& out, const Document& d, const std::vector<TimeMention>& ts, size_t i, bool pretty,
                      unsigned depth);
void AppendClaimRecord(std::string& out, const Document& d, const std::vector<Claim>& cs, size_t i, bool pretty,
                       unsigned depth);

// AppendStoryRecord (json_stream.h) written member by member.
Status AppendStory(std::string& buf, const std::vector<DocAnalysis>& analyses, const Story& s, const Json& record,
                   bool pretty, unsigned depth, const std::function<Status(std::string&)>& flush_bytes);

}  // namespace crosscheck::json_records

#endif  // CROSSCHECK_PRESENT_JSON_RECORDS_H_
