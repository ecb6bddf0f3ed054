// Account: a read-only, indexed view of one crosscheck account, the JSON
// object of docs/OUTPUT.md (an `analyze --json` file, or the same shape built
// from a store by store_account.h). Every exporter reads through it.
//
// Reading is defensive: the JSON is produced by other versions of crosscheck
// and grows fields, so a missing or mistyped optional field reads as absent
// (empty string, nullopt), never as an error. Only a root that is not an
// object is rejected. Records without an id, or pointing at an unknown
// document, are kept in their arrays but not indexed.
//
// Invariants: the indexes point into the JSON the Account owns; the JSON is
// never modified after construction, so the pointers stay valid for the
// Account's lifetime (moving an Account keeps them valid: the JSON lives on
// the heap). Thread safety: const methods may be called from many threads.
#ifndef CROSSCHECK_EXPORT_ACCOUNT_H_
#define CROSSCHECK_EXPORT_ACCOUNT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/json_util.h"
#include "core/status.h"

namespace crosscheck::exporting {

// Field readers that never throw: absent, null or mistyped -> empty/nullopt.
std::string Str(const Json& j, const char* key);
std::optional<std::string> OptStr(const Json& j, const char* key);
std::optional<double> Num(const Json& j, const char* key);
// A byte offset: an integer JSON number from 0 to 2^53 (an account is
// untrusted input: 1e300 or -5 is no offset, and casting it would be
// undefined behaviour); else nullopt.
std::optional<int64_t> Offset(const Json& j, const char* key);
bool Bool(const Json& j, const char* key);
// j[key] when it is an array, else a shared empty array.
const Json& Arr(const Json& j, const char* key);

class Account {
 public:
  // `origin` names the input in messages ("seeds.json", "store.db").
  static Result<Account> FromJson(Json root, std::string origin);

  const Json& root() const { return *root_; }
  const std::string& origin() const { return origin_; }
  const Json& documents() const { return Arr(*root_, "documents"); }
  const Json& stories() const { return Arr(*root_, "stories"); }

  // Records by id; nullptr when unknown.
  const Json* Document(const std::string& id) const { return Find(docs_, id); }
  const Json* Claim(const std::string& id) const { return Find(claims_, id); }
  const Json* Quantity(const std::string& id) const { return Find(quantities_, id); }

  // Per-document layers, in the order of the JSON (span order).
  const std::vector<const Json*>& Sentences(const std::string& doc) const { return Layer(sentences_, doc); }
  const std::vector<const Json*>& Entities(const std::string& doc) const { return Layer(entities_, doc); }
  const std::vector<const Json*>& Quotes(const std::string& doc) const { return Layer(quotes_, doc); }
  const std::vector<const Json*>& Claims(const std::string& doc) const { return Layer(claims_by_doc_, doc); }

  // text[start, end) of a document whose text the account holds (`--with-text`
  // output, or a store); nullopt when the text is absent or the span is out
  // of range.
  std::optional<std::string_view> Text(const std::string& doc, int64_t start, int64_t end) const;
  // The sentence holding byte `offset` of `doc`, or nullptr.
  const Json* SentenceAt(const std::string& doc, int64_t offset) const;
  // The outlet a reader knows a document by: its `source`, else the host of
  // its http(s) `url`, else its file name (with ":line" for JSON Lines;
  // the whole path when the file name is a bare number, as "api/3").
  std::string Outlet(const Json& doc) const;
  std::string Outlet(const std::string& doc_id) const;

 private:
  using Index = std::unordered_map<std::string, const Json*>;
  using Layers = std::unordered_map<std::string, std::vector<const Json*>>;
  static const Json* Find(const Index& index, const std::string& id);
  static const std::vector<const Json*>& Layer(const Layers& layers, const std::string& doc);

  std::unique_ptr<Json> root_;
  std::string origin_;
  Index docs_, claims_, quantities_;
  Layers sentences_, entities_, quotes_, claims_by_doc_;
};

// What LoadAccount accepts from a JSON account (docs/LIMITS.md, "Exporting").
// The JSON is parsed whole, so its bytes are bounded (a regular file larger
// than max_bytes is rejected from its size, unread; standard input or a pipe
// is read in chunks and rejected once past it), and its nesting is bounded
// so no recursive copy or destructor of the parsed tree can overflow the
// stack (an account written by crosscheck nests fewer than 16 levels).
struct AccountLimits {
  uint64_t max_bytes = uint64_t{1} << 30;  // 1 GiB: `export --max-input-bytes`
  int max_depth = 512;                     // as the reader's --max-depth
};

// Reads an account from a file: a SQLite store (recognised by its header;
// every story, see store_account.h; not bounded by `limits`, its size is
// the store's) or the JSON of `crosscheck analyze` ("-" reads standard
// input). Errors name the file and, for bad JSON, the byte offset; past a
// limit, the limit and its value.
Result<Account> LoadAccount(const std::string& path, const AccountLimits& limits = {});

// The host of an http(s) URL ("https://www.bbc.co.uk/news/x" -> "bbc.co.uk",
// a leading "www." dropped), or "" for anything else.
std::string UrlHost(std::string_view url);
// True for an absolute http: or https: URL (the only links an export or a
// page may make: never javascript:, data: or file:).
bool IsHttpUrl(std::string_view url);

}  // namespace crosscheck::exporting

#endif  // CROSSCHECK_EXPORT_ACCOUNT_H_
