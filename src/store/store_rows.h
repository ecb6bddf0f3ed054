// What both store engines write the same way: the rows one document becomes
// (claims, entity names, sentences), the fusion input encoded for a table
// column, and small helpers. Private to src/store. Pure functions;
// thread-safe.
#ifndef CROSSCHECK_STORE_STORE_ROWS_H_
#define CROSSCHECK_STORE_STORE_ROWS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "store/store.h"

namespace crosscheck::store_rows {

struct ClaimRow {
  std::string id, measure, speaker, as_of, time, json;
};
// The claims table rows of a document, from its records JSON.
std::vector<ClaimRow> ClaimRows(const Json& records);

struct EntityRow {
  std::string name, type;
};
// Distinct (name, type) of the document's entities, sorted.
std::vector<EntityRow> EntityRows(const DocAnalysis& a);

struct SentenceRow {
  uint32_t start, end;
  std::string text;
};
std::vector<SentenceRow> SentenceRows(const DocAnalysis& a);

// The fusion input as columns: the sketch hashes as little-endian 32-bit
// words, the story features as JSON {"e": [...], "t": [...]}.
std::string EncodeSketch(const ShingleSketch& s);
bool DecodeSketch(const std::string& bytes, uint32_t shingles, ShingleSketch* out);
std::string EncodeFeatures(const StoryFeatures& f);
bool DecodeFeatures(const std::string& json, StoryFeatures* out);
// Rebuilds a FuseDoc's input from its columns; the story day comes from
// `own_date`. False when a column does not decode.
bool DecodeFuseInput(const std::string& content_hash, bool analysed, const std::string& sketch,
                     int64_t shingles, const std::string& features, FuseDoc* out);

// The document's date fields before story dating: its own.
struct OwnDate {
  std::optional<std::string> date, origin, basis;
};
OwnDate OwnDateOf(const Document& d);

// After a pending LoadFuseDocs that scanned for documents without a
// fuse_inputs row (schema 1): true when it saw every pending document (fewer
// than `limit`) and none lacked a row. Documents written since schema 2
// always have one, so the store may stop scanning for them.
bool NoLegacyInputsLeft(const std::vector<FuseDoc>& loaded, int limit);

int64_t NowMs();

// Parts of a store's integrity report.
std::string JoinProblems(const std::vector<std::string>& problems);

}  // namespace crosscheck::store_rows

#endif  // CROSSCHECK_STORE_STORE_ROWS_H_
