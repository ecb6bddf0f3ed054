// Store: where analysed documents, their records, the stories and a
// full-text index of sentences are kept between runs, behind one interface
// with two engines: SQLite (embedded; a file) and PostgreSQL (a server; many
// processes share it). Both pass the same conformance suite
// (src/store/store_contract_test.cc).
//
// What is stored per document: its metadata and text, the JSON of every
// record the per-document stages found (sentences, quantities, times,
// entities, quotes, claims: the records of docs/OUTPUT.md), a claims table for
// filtering, an entity-name table, each sentence in a full-text index, and
// its fusion input (the small summary story grouping needs: a MinHash sketch
// for copies, story features, its own date). Per story: its member documents,
// its JSON (StoryToJson: ledger and timeline) and a fingerprint of what it was
// built from.
//
// Invariants:
//  - Each document is written in one transaction with its fusion input:
//    after a crash or a failed write a document is either wholly present or
//    absent, and documents written before it are untouched.
//  - A document is keyed by (content_hash, source): putting the same text
//    from the same outlet again (under any path or id) stores nothing and
//    returns the id stored first (idempotent ingest). The same text from
//    another outlet is a copy and is stored, so fusion can count the copies
//    as one source.
//  - A put returns only after its transaction committed durably, so an
//    acknowledged document survives kill -9 (SQLite synchronous=FULL;
//    PostgreSQL synchronous_commit on).
//  - Stories are written only by CommitFuse (the fusion round of
//    src/serve/story_update.h), one transaction per round, guarded by the
//    fusion epoch; every story member is a stored document (foreign key).
//    A document stored but not yet fused is "pending"; the next round (in
//    any process, also after a restart) takes it.
//
// Interface history (others call it): schema 2 added PutDocuments (order
// keys), the fusion methods, RecordRejected/ListRejected and OpenStore(url);
// it removed ReplaceStories and SetCopyOf (stories and copy_of are derived
// state, written only by fusion rounds) and RelatedDocuments (unused).
//
// Thread safety: every method may be called from many threads at once.
// SQLite: writes are serialised on one connection, reads use a pool (WAL).
// PostgreSQL: a pool of connections; a lost connection is re-opened and the
// call retried (calls are idempotent), so a server restart costs a delay,
// not an error, up to a reconnect deadline.
#ifndef CROSSCHECK_STORE_STORE_H_
#define CROSSCHECK_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claims/analysis.h"
#include "core/json_util.h"
#include "core/status.h"
#include "fuse/fuse.h"

namespace crosscheck {

// What happened to one document of a put.
struct PutOutcome {
  std::string id;              // the stored id (the earlier one when a duplicate)
  bool inserted = false;       // false: already stored, or failed
  int64_t seq = 0;             // arrival order of the stored document (0 when failed)
  std::optional<Error> error;  // set when this document was not stored
};

// Where a document sits in the order fusion follows (the batch order): a
// string that sorts as the input order. Built from two numbers the way a
// Redis stream id is ("<ms>-<seq>"), zero-padded to 20 digits each.
std::string OrderKey(uint64_t ms, uint64_t seq);
// A key from the clock for arrivals with no order of their own (the HTTP
// server): increasing within the process.
std::string ClockOrderKey();

struct PutRequest {
  const DocAnalysis* analysis = nullptr;  // the document's own analysis (no story date)
  std::string order_key;                  // "" = ClockOrderKey()
};

// A document as stored: metadata and text (raw input bytes are not kept;
// spans index `doc.text`), when it arrived, and its records as JSON.
struct StoredDocument {
  Document doc;                // raw and source_offsets empty
  int64_t seq = 0;             // arrival order, 1-based
  int64_t ingested_at_ms = 0;  // Unix time in milliseconds
  std::string order_key;       // fusion order (see OrderKey)
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
  std::string fingerprint;           // what it was built from (story_update.cc)
};

// The stamp Store::StoryStamp gives a story stored with these values.
std::string StoryStampOf(const std::string& fingerprint, int64_t updated_at_ms);

// Filters for Claims(); empty strings match anything. Dates compare as
// strings on the claim's as_of (YYYY-MM-DD).
struct ClaimFilter {
  std::string measure = "";   // substring, case-insensitive
  std::string speaker = "";   // substring, case-insensitive
  std::string source = "";    // exact outlet name
  std::string date_from = "", date_to = "";  // inclusive bounds on as_of
  std::string story = "";     // only claims from this story's documents
  int limit = 100;
  int offset = 0;
};

struct SearchHit {
  std::string doc_id;
  uint32_t start = 0, end = 0;  // the sentence's span in the document text
  std::string snippet;          // the sentence with matches in [[ ]]
  // Lower is better: SQLite's bm25(); PostgreSQL's -ts_rank_cd().
  double score = 0;
  std::optional<std::string> title, source, date;
};

struct StoreCounts {
  int64_t documents = 0, stories = 0, claims = 0, sentences = 0;
  int64_t last_seq = 0;        // highest arrival number
  int64_t last_change_ms = 0;  // time of the last write of any kind
  int64_t pending_fusion = 0;  // stored documents no fusion round has taken yet
  int64_t fuse_epoch = 0;      // fusion rounds committed
  int64_t rejected = 0;        // inputs recorded by RecordRejected
};

// An input that could not become a document (a malformed record from the
// work queue, say), kept so that nothing is dropped silently.
struct RejectedInput {
  std::string ref;     // where it came from: a stream entry id, a request
  std::string name;    // its path or name
  std::string reason;  // the reader's (or worker's) message
  int64_t at_ms = 0;   // set by the store
};

// ---- Fusion state (used by src/serve/story_update.h) ----

// One document as fusion sees it: its own grouping input (before any story
// dating) and its own date fields.
struct FuseDoc {
  std::string id;
  std::string order_key;
  GroupingInput input;
  std::optional<std::string> own_date, own_date_origin, own_date_basis;
  // A document stored before schema 2 has no fusion input yet: the fuser
  // analyses it and sends the input with its commit (FuseCommit::inputs).
  bool needs_input = false;
};

// The derived state the last committed round left.
struct FuseState {
  int64_t epoch = 0;
  std::map<std::string, std::string> story_fingerprints;  // story id -> fingerprint
  std::map<std::string, std::string> copy_of;             // document -> its original
  std::map<std::string, std::string> story_dates;         // document -> date from its story
};

// One round's writes, applied in one transaction if the epoch is still
// `expected_epoch` (then the epoch becomes expected_epoch + 1).
struct FuseCommit {
  int64_t expected_epoch = 0;
  std::vector<std::string> fused;              // pending documents this round took
  std::vector<std::pair<std::string, FuseDoc>> inputs;  // inputs of needs_input documents
  std::vector<std::string> remove_stories;
  std::vector<StoryRecord> put_stories;        // replaced whole (members, json)
  std::map<std::string, std::optional<std::string>> copy_of;  // changed copy_of
  // Documents whose stored analysis changes (dated from their story, or
  // back to their own date): date fields, records, claims and entities are
  // replaced; text and sentences stay.
  std::vector<std::shared_ptr<const DocAnalysis>> reanalysed;
};

class Store {
 public:
  virtual ~Store();

  // Stores each document in its own transaction, in order, with its fusion
  // input (MakeGroupingInput of its own analysis) marked pending. A document
  // that fails is reported in its outcome and skipped; the batch goes on.
  // `outcomes` (may be null) receives one entry per input. Returns an error
  // only when the store itself is unusable.
  virtual Status PutDocuments(const std::vector<PutRequest>& docs,
                              std::vector<PutOutcome>* outcomes) = 0;
  // PutDocuments, except that the store may commit the documents together
  // (SQLite: one transaction, a savepoint each, so one that fails is rolled
  // back alone and reported as with PutDocuments; one commit and fsync
  // instead of one per document). Nothing is committed before the whole
  // group is; a failed commit fails every document of it. For callers that
  // acknowledge the documents together anyway (the async server's inbox
  // threads). Default: PutDocuments.
  virtual Status PutDocumentsTogether(const std::vector<PutRequest>& docs, std::vector<PutOutcome>* outcomes) {
    return PutDocuments(docs, outcomes);
  }
  // PutDocuments with order keys from the clock.
  Status PutAnalyses(const std::vector<DocAnalysis>& analyses, std::vector<PutOutcome>* outcomes);

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

  virtual Result<std::optional<StoryRecord>> GetStory(const std::string& id) = 0;
  // The stored version of a story: changes whenever a round rewrites it
  // (its fingerprint and write time), nullopt when there is no such story.
  // Cheap (no JSON is read): the server's page cache checks it per request.
  // The default reads the whole story.
  virtual Result<std::optional<std::string>> StoryStamp(const std::string& id);
  // Most recently updated first (then by id). A non-empty `query` keeps
  // stories with a sentence matching it (same syntax as Search).
  virtual Result<std::vector<StoryRecord>> ListStories(const std::string& query, int limit,
                                                       int offset) = 0;
  // ListStories' ids with their stamps (StoryStamp), in the same order,
  // without reading the stories' JSON. The default reads the stories.
  virtual Result<std::vector<std::pair<std::string, std::string>>> ListStoryStamps(const std::string& query,
                                                                                  int limit, int offset);
  // Ids of the stories holding any of `doc_ids`, sorted.
  virtual Result<std::vector<std::string>> StoriesOfDocuments(
      const std::vector<std::string>& doc_ids) = 0;

  // Claims (the JSON records of docs/OUTPUT.md plus "source" and "date" of
  // their document), ordered by as_of then id.
  virtual Result<std::vector<Json>> Claims(const ClaimFilter& filter) = 0;

  // Full-text search over sentences, ranked by the engine (SQLite FTS5
  // BM25; PostgreSQL ts_rank_cd). `query` is free text: its words must all
  // occur (prefix match with a trailing '*'); double quotes make a phrase.
  // Returns an error for a query with no words.
  virtual Result<std::vector<SearchHit>> Search(const std::string& query, int limit,
                                                int offset) = 0;

  virtual Result<StoreCounts> Counts() = 0;
  // "ok" when the engine's own check passes and the derived state is
  // consistent: every story member is a stored document, and every analysed
  // document a round has fused is in exactly one story. Otherwise the
  // problems found, one per line.
  virtual Result<std::string> IntegrityCheck() = 0;

  // Rejected inputs: recorded once per (ref, name, reason).
  virtual Status RecordRejected(const RejectedInput& input) = 0;
  virtual Result<std::vector<RejectedInput>> ListRejected(int limit, int offset) = 0;

  // ---- Fusion (src/serve/story_update.h is the one caller) ----
  virtual Result<int64_t> FuseEpoch() = 0;
  virtual Result<FuseState> LoadFuseState() = 0;
  // Fused documents (pending = false: every document a round has taken) or
  // pending ones (at most `limit`), sorted by order key then id.
  virtual Result<std::vector<FuseDoc>> LoadFuseDocs(bool pending, int limit) = 0;
  // Applies `commit` in one transaction when the epoch is still
  // commit.expected_epoch; returns false (and writes nothing) when another
  // round committed first.
  virtual Result<bool> CommitFuse(const FuseCommit& commit) = 0;
  // Asks to be the process that runs fusion rounds: true while this store
  // object holds the lease (PostgreSQL: a session advisory lock on a
  // connection of its own, lost with that connection; SQLite: always true).
  // Rounds are correct without it (the epoch check), the lease only keeps
  // one process doing them.
  virtual Result<bool> HoldFuseLease() = 0;
};

struct SqliteStoreOptions {
  // Test hook: called inside each document's transaction after its rows
  // were written and before commit; an error rolls that document back as if
  // the write had failed (fault injection).
  std::function<Status(const std::string& doc_id)> before_commit;
  int busy_timeout_ms = 10000;
  int read_connections = 8;  // upper bound of pooled reader connections
  int schema_version = 0;    // test hook: migrate only this far (0 = latest)
};

// Opens (creating when missing) a SQLite store at `path`: WAL journal,
// synchronous=FULL, foreign keys, FTS5 sentence index; migrates an older
// schema in place.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               const SqliteStoreOptions& options = {});

struct PostgresStoreOptions {
  int connections = 8;              // pool size
  int reconnect_timeout_ms = 60000; // how long a call waits for the server to come back
  std::function<Status(const std::string& doc_id)> before_commit;  // as in SqliteStoreOptions
};

// Connects to PostgreSQL (a libpq URL, "postgresql://user@host:port/db"),
// creating or migrating the schema.
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url,
                                                 const PostgresStoreOptions& options = {});

// "postgresql://..." or "postgres://..." opens PostgreSQL; anything else is
// a SQLite file path.
bool IsPostgresUrl(const std::string& location);
Result<std::unique_ptr<Store>> OpenStore(const std::string& location);

// The per-document records as JSON: {"analysed": ..., "date_basis": ...,
// "sentences": [...], "quantities": [...], "times": [...], "entities": [...],
// "quotes": [...], "claims": [...]} with the fields of docs/OUTPUT.md.
Json DocumentRecordsJson(const DocAnalysis& a);

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_STORE_H_
