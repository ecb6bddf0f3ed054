// Store: where analysed documents, their records, the stories and a
// full-text index of sentences are kept between runs, behind an interface so
// another engine (PostgreSQL) can pass the same conformance tests.
//
// What is stored per document: its metadata and text, the JSON of every
// record the per-document stages found (sentences, quantities, times,
// entities, quotes, claims: the records of docs/OUTPUT.md), a claims table for
// filtering, an entity-name table for finding related documents, and each
// sentence in a full-text index. Per story: its member documents and its
// JSON (StoryToJson: ledger and timeline).
//
// Invariants:
//  - Each document is written in one transaction: after a crash or a failed
//    write a document is either wholly present or absent, and documents
//    written before it are untouched.
//  - A document is keyed by (content_hash, source): putting the same text
//    from the same outlet again stores nothing and returns the id stored
//    first (idempotent ingest). The same text from another outlet is a copy
//    and is stored, so fusion can count the copies as one source.
//  - A put returns only after its transaction committed durably
//    (synchronous=FULL), so an acknowledged document survives kill -9.
//
// Thread safety: every method may be called from many threads at once. Writes
// are serialised on one connection; reads use a pool of connections and run
// concurrently with writes (SQLite WAL mode).
#ifndef CROSSCHECK_STORE_STORE_H_
#define CROSSCHECK_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claims/analysis.h"
#include "core/json_util.h"
#include "core/status.h"

namespace crosscheck {

// What happened to one document of a PutAnalyses batch.
struct PutOutcome {
  std::string id;              // the stored id (the earlier one when a duplicate)
  bool inserted = false;       // false: already stored, or failed
  int64_t seq = 0;             // arrival order of the stored document (0 when failed)
  std::optional<Error> error;  // set when this document was not stored
};

// A document as stored: metadata and text (raw input bytes are not kept;
// spans index `doc.text`), when it arrived, and its records as JSON.
struct StoredDocument {
  Document doc;                // raw and source_offsets empty
  int64_t seq = 0;             // arrival order, 1-based
  int64_t ingested_at_ms = 0;  // Unix time in milliseconds
  Json records;                // {"sentences": [...], "quantities": [...], ...}
  std::vector<std::string> stories;  // ids of the stories holding it
};

struct StoryRecord {
  std::string id;
  std::string title;
  std::vector<std::string> doc_ids;  // member documents, copies included
  Json json;                         // StoryToJson(...)
  int64_t updated_at_ms = 0;         // set by the store on write
  int disagreements = 0;             // ledger entries with agreement "disagree"
};

// Filters for Claims(); empty strings match anything. Dates compare as
// strings on the claim's as_of (YYYY-MM-DD).
struct ClaimFilter {
  std::string measure;   // substring, case-insensitive
  std::string speaker;   // substring, case-insensitive
  std::string source;    // exact outlet name
  std::string date_from, date_to;  // inclusive bounds on as_of
  std::string story;     // only claims from this story's documents
  int limit = 100;
  int offset = 0;
};

struct SearchHit {
  std::string doc_id;
  uint32_t start = 0, end = 0;  // the sentence's span in the document text
  std::string snippet;          // the sentence with matches in [ ]
  double score = 0;             // BM25, lower is better (SQLite convention)
  std::optional<std::string> title, source, date;
};

struct StoreCounts {
  int64_t documents = 0, stories = 0, claims = 0, sentences = 0;
  int64_t last_seq = 0;  // grows by one per stored document
  int64_t last_change_ms = 0;  // time of the last write of any kind
};

class Store {
 public:
  virtual ~Store();

  // Stores each analysed document in its own transaction, in order. A
  // document that fails is reported in its outcome and skipped; the batch
  // goes on. `outcomes` (may be null) receives one entry per input. Returns
  // an error only when the store itself is unusable.
  virtual Status PutAnalyses(const std::vector<DocAnalysis>& analyses,
                             std::vector<PutOutcome>* outcomes) = 0;

  // Id of the stored document with this content and outlet ("" = none).
  virtual Result<std::optional<std::string>> FindDocument(const std::string& content_hash,
                                                         const std::string& source) = 0;
  virtual Result<std::optional<StoredDocument>> GetDocument(const std::string& id) = 0;
  // The stored documents among `ids`, in the order given (missing ones are
  // skipped). Without `with_content`, `doc.text` and `records` stay empty
  // (cheap: metadata only).
  virtual Result<std::vector<StoredDocument>> GetDocuments(const std::vector<std::string>& ids,
                                                           bool with_content) = 0;
  // Documents in arrival order, newest first.
  virtual Result<std::vector<StoredDocument>> ListDocuments(int limit, int offset) = 0;
  virtual Status SetCopyOf(const std::string& id, const std::optional<std::string>& copy_of) = 0;

  // Stories: replaces `remove` (ids; missing ones ignored) by `add`, in one
  // transaction.
  virtual Status ReplaceStories(const std::vector<std::string>& remove,
                                const std::vector<StoryRecord>& add) = 0;
  virtual Result<std::optional<StoryRecord>> GetStory(const std::string& id) = 0;
  // Most recently updated first. A non-empty `query` keeps stories with a
  // sentence matching it (same syntax as Search).
  virtual Result<std::vector<StoryRecord>> ListStories(const std::string& query, int limit,
                                                       int offset) = 0;
  // Ids of the stories holding any of `doc_ids`.
  virtual Result<std::vector<std::string>> StoriesOfDocuments(
      const std::vector<std::string>& doc_ids) = 0;

  // Documents (ids, oldest first, at most `limit`) that share a named entity
  // with `names`, or whose sentences match any of `terms`; excluding
  // `exclude_id`. (A lookup for related documents; the server assigns
  // stories with the fusion module's clusterer instead.)
  virtual Result<std::vector<std::string>> RelatedDocuments(const std::vector<std::string>& names,
                                                            const std::vector<std::string>& terms,
                                                            const std::string& exclude_id,
                                                            int limit) = 0;

  // Claims (the JSON records of docs/OUTPUT.md plus "source" and "date" of
  // their document), ordered by as_of then id.
  virtual Result<std::vector<Json>> Claims(const ClaimFilter& filter) = 0;

  // Full-text search over sentences, BM25-ranked. `query` is free text: its
  // words must all occur (prefix match with a trailing '*'); quotes make a
  // phrase. Returns an error for a query with no words.
  virtual Result<std::vector<SearchHit>> Search(const std::string& query, int limit,
                                                int offset) = 0;

  virtual Result<StoreCounts> Counts() = 0;
  // PRAGMA integrity_check (or the engine's equivalent); "ok" when sound.
  virtual Result<std::string> IntegrityCheck() = 0;
};

struct SqliteStoreOptions {
  // Test hook: called inside each document's transaction after its rows
  // were written and before commit; an error rolls that document back as if
  // the write had failed (fault injection).
  std::function<Status(const std::string& doc_id)> before_commit;
  int busy_timeout_ms = 10000;
  int read_connections = 8;  // upper bound of pooled reader connections
};

// Opens (creating when missing) a SQLite store at `path`: WAL journal,
// synchronous=FULL, foreign keys, FTS5 sentence index.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               const SqliteStoreOptions& options = {});

// The per-document records as JSON: {"document": {...}, "sentences": [...],
// "quantities": [...], "times": [...], "entities": [...], "quotes": [...],
// "claims": [...]} with the fields of docs/OUTPUT.md.
Json DocumentRecordsJson(const DocAnalysis& a);

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_STORE_H_
