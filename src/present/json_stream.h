// AnalysisWriter: writes the JSON account of `crosscheck analyze` as it is
// produced, never holding the whole output in memory.
//
// Two formats:
//   kJson       the single object of docs/OUTPUT.md, byte-identical to
//               AnalysisToJson(...).dump(1) + "\n" (a test checks it);
//   kJsonLines  one compact record per line (docs/OUTPUT.md, "JSON Lines"):
//               a header, one line per document holding its layers, then one
//               line per story and per rejected input.
//
// Use: AddDocument(i, a) once per document, in any order (`analyze` adds
// each as its analysis ends), again for a document whose layers changed
// since (a report re-dated from its story: the later call wins, the earlier
// bytes stay unused in the spool), then Finish() once. AddDocument serialises the document's layers
// (sentences … claims, and with --with-text its text) into an anonymous
// spool file and keeps only their offsets; Finish() writes the documents'
// metadata (known only after fusion: copy_of, inferred dates), the spooled
// layers in input order, the stories and the errors. Memory is the spool
// index (a few words per document) plus a megabyte of one document's
// records at a time (a long document's layers are spooled in pieces).
//
// The records of sentences, figures, names and quotes are written member
// by member, not built as Json first (the tree cost more than the
// writing): their bytes are those of the layer's *ToJson record
// (QuantityToJson, EntityToJson, QuoteToJson), which stays the reference;
// a change to one of those records needs the same change in
// json_records.cc (AnalysisWriterTest.WrittenRecordsEqualTheirJsonRecords
// fails until then). Times and claims are written the same way, and so
// are the stories (json_records::AppendStory, against StoryToJson:
// AnalysisWriterTest.WrittenStoryEqualsStoryToJson).
//
// Not thread-safe: one thread calls it (the pipeline's output stage), except
// Render(), which only reads the writer's options. Finish may run helper
// threads of its own (its `threads`), which only read its arguments.
#ifndef CROSSCHECK_PRESENT_JSON_STREAM_H_
#define CROSSCHECK_PRESENT_JSON_STREAM_H_

#include <cstdio>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "claims/analysis.h"
#include "core/status.h"
#include "fuse/fuse.h"
#include "present/json_output.h"

namespace crosscheck {

enum class OutputFormat { kJson, kJsonLines };

// Appends `j` to `out` byte for byte as nlohmann's serializer writes it
// (ensure_ascii off, strict UTF-8): compact, or pretty with indent step 1
// starting at indentation `depth` (dump(1) with every line after the first
// indented `depth` more). Throws nlohmann's type_error on invalid UTF-8.
void AppendJson(std::string& out, const Json& j, bool pretty, unsigned depth);

// Appends `record`'s members (JSON Lines' "record") and then those of
// StoryToJson(analyses, s) to `buf` as one object, as AppendJson would at
// `depth`, written from the Story member by member (no tree; a change to
// StoryToJson needs the same change in json_records::AppendStory), with
// each ledger entry's claim ids written one by one, never held
// as a tree (a long report's story holds millions). `flush` (may be empty:
// then the record is held whole in `buf`) is handed `buf` whenever it
// passes 64 KiB within the ids, and must empty it. Pure otherwise:
// thread-safe.
using StoryFlush = std::function<Status(std::string& buf)>;
Status AppendStoryRecord(std::string& buf, const std::vector<DocAnalysis>& analyses, const Story& s,
                         const Json& record, bool pretty, unsigned depth, const StoryFlush& flush);
// The claim ids a story's record lists (its ledger's claims and restatements).
size_t StoryClaimIds(const Story& s);

class AnalysisWriter {
 public:
  // `out` is not owned and must outlive the writer; `name` names it in
  // errors. Fails only when no spool file can be made ($TMPDIR or /tmp).
  static Result<std::unique_ptr<AnalysisWriter>> Create(std::ostream* out, std::string name,
                                                        OutputFormat format, const JsonOptions& options);
  ~AnalysisWriter();
  AnalysisWriter(const AnalysisWriter&) = delete;  // owns the spool file
  AnalysisWriter& operator=(const AnalysisWriter&) = delete;

  // Spools the layers of document `index` (its position in the input).
  // The document's metadata is read at Finish, so `a.doc` must stay valid;
  // its layers may be released once this returns.
  Status AddDocument(size_t index, const DocAnalysis& a);

  // The same in two steps, so the serialising can run on the analysing
  // threads: Render() makes the bytes AddDocument would spool, held whole
  // (for documents of ordinary size; a long one goes through AddDocument,
  // which spools a megabyte at a time). Render() is const and may be
  // called from many threads at once; the bytes are the same whatever
  // thread makes them. AddRendered(index, Render(a)) spools exactly what
  // AddDocument(index, a) would.
  static constexpr int kParts = 7;  // the document's text part, then the six layers
  class Rendered {
   public:
    size_t size() const {
      size_t n = 0;
      for (const std::string& p : parts_) n += p.size();
      return n;
    }

   private:
    friend class AnalysisWriter;
    std::string parts_[kParts];
  };
  Rendered Render(const DocAnalysis& a) const;
  Status AddRendered(size_t index, const Rendered& r);

  // Writes everything. REQUIRES: AddDocument was called for every index in
  // [0, analyses.size()). `analyses` supplies the metadata and what the
  // stories refer to. `threads` > 0: the documents' metadata records and
  // the stories are rendered on that many helper threads ahead of the
  // writing (RenderAhead; the stories while the spooled layers are copied),
  // at most kAheadBytes of them held; the bytes are the same for any value.
  static constexpr size_t kAheadBytes = size_t{32} << 20;
  Status Finish(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                const std::vector<Error>& errors, int threads = 0);

 private:
  struct Fragment {
    long long offset = -1;  // into the spool; -1 = empty
    size_t length = 0;
  };
  AnalysisWriter(std::ostream* out, std::string name, OutputFormat format, const JsonOptions& options,
                 std::FILE* spool);
  void PrepareIndex(size_t index);
  Status Spool(const std::string& bytes, Fragment* f);
  Status CopyFragment(const Fragment& f);
  Status Put(const std::string& s);
  // Writes `j` as dump() (compact) or as dump(1) placed at nesting `depth`.
  Status PutJson(const Json& j, bool pretty, unsigned depth);
  // AppendStoryRecord straight to the output, the ids 64 KiB at a time.
  Status PutStory(const std::vector<DocAnalysis>& analyses, const Story& s, const Json& record, bool pretty,
                  unsigned depth);
  Status FinishJson(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                    const std::vector<Error>& errors, int threads);
  Status FinishJsonLines(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                         const std::vector<Error>& errors, int threads);

  std::ostream* out_;
  std::string name_;
  OutputFormat format_;
  JsonOptions options_;
  std::FILE* spool_;
  long long spool_size_ = 0;
  std::vector<std::vector<Fragment>> index_;  // per document: kParts fragments
  std::vector<char> added_;
  std::string copy_buf_;  // CopyFragment's buffer, made once
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PRESENT_JSON_STREAM_H_
