// AnalysisWriter: the spool and the two layouts.
//
// The pretty layout must equal nlohmann's dump(1) of the whole object. In
// that layout a value at nesting depth k has its inner lines indented by k
// more spaces than the same value dumped alone, and dumped strings never hold
// a raw newline (they are escaped), so a record dumped alone is placed at
// depth k by inserting k spaces after every newline (Reindent). Records of a
// top-level array sit at depth 2; members of a document record at depth 3.
#include "present/json_stream.h"

#include "present/json_records.h"
#include "present/render_ahead.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <utility>

namespace crosscheck {
namespace {

std::string Reindent(std::string s, int k) {
  const std::string pad(k, ' ');
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    out.push_back(c);
    if (c == '\n') out += pad;
  }
  return out;
}

std::FILE* OpenSpool() {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/crosscheck-spool-XXXXXX";
  int fd = mkstemp(path.data());
  if (fd < 0) return nullptr;
  unlink(path.c_str());  // anonymous: gone when closed, even after a crash
  std::FILE* f = fdopen(fd, "w+b");
  if (!f) {
    close(fd);
    return nullptr;
  }
  std::setvbuf(f, nullptr, _IOFBF, 256 << 10);  // many small parts per write, not one per 4 KiB
  return f;
}

}  // namespace

Result<std::unique_ptr<AnalysisWriter>> AnalysisWriter::Create(std::ostream* out, std::string name,
                                                                OutputFormat format, const JsonOptions& options) {
  std::FILE* spool = OpenSpool();
  if (!spool) return Error{name + ": cannot create a spool file in $TMPDIR or /tmp"};
  return std::unique_ptr<AnalysisWriter>(new AnalysisWriter(out, std::move(name), format, options, spool));
}

AnalysisWriter::AnalysisWriter(std::ostream* out, std::string name, OutputFormat format, const JsonOptions& options,
                               std::FILE* spool)
    : out_(out), name_(std::move(name)), format_(format), options_(options), spool_(spool) {}

AnalysisWriter::~AnalysisWriter() { std::fclose(spool_); }

Status AnalysisWriter::Spool(const std::string& bytes, Fragment* f) {
  if (bytes.empty()) return Status::Ok();
  // The stream only ever writes, so it stays at the end: no fseek (each one
  // flushed the buffer, a write and a seek per part of every document, as
  // much time as the rest of spooling on the bench corpus). CopyFragment
  // reads with pread, which leaves the stream's position alone.
  if (std::fwrite(bytes.data(), 1, bytes.size(), spool_) != bytes.size())
    return Error{name_ + ": cannot write the spool file (disk full?)"};
  // A fragment written last grows in place: a long layer is spooled in
  // pieces that lie one after another.
  if (f->offset >= 0 && f->offset + static_cast<long long>(f->length) == spool_size_) {
    f->length += bytes.size();
  } else {
    f->offset = spool_size_;
    f->length = bytes.size();
  }
  spool_size_ += static_cast<long long>(bytes.size());
  return Status::Ok();
}

namespace {

// Writes the parts of a document's records (its text part, then one per
// layer) in order: flush(part, bytes) takes a part's bytes whenever they
// reach `chunk` (0 = never) and once at the end of each part; `bytes` may
// be moved from. Returns the first failed flush's status.
template <typename Flush>
Status RenderParts(const DocAnalysis& a, bool pretty, const JsonOptions& options, size_t chunk, Flush flush) {
  constexpr int kParts = 7;
  std::string parts[kParts];
  if (options.with_text) {
    // ",\n   "text": …" at depth 3 (pretty) or ',"text":…' (compact).
    Json text = DocumentTextMembers(a.doc);  // named: items() does not keep a temporary alive
    for (auto& [k, v] : text.items()) {
      Json key = k;
      parts[0] += pretty ? ",\n   " + key.dump() + ": " + Reindent(v.dump(1), 3) : "," + key.dump() + ":" + v.dump();
    }
  }
  if (Status st = flush(0, parts[0]); !st.ok()) return st;
  bool started[kParts] = {};
  Status flushed = Status::Ok();
  int current = 1;  // the part being written; the parts before it are flushed whole
  // Records of each layer in ForEachLayerRecord's order; `write(p)`
  // appends one record to p.
  auto record = [&](int layer, auto&& write) {
    for (; current < 1 + layer; ++current)
      if (flushed.ok()) {
        flushed = flush(current, parts[current]);
        std::string().swap(parts[current]);
      }
    std::string& p = parts[1 + layer];
    if (pretty) {
      p += started[1 + layer] ? std::string_view(",\n  ") : std::string_view("  ");
    } else {
      if (started[1 + layer]) p += ',';
    }
    write(p);
    started[1 + layer] = true;
    if (chunk && p.size() >= chunk && flushed.ok()) {
      flushed = flush(1 + layer, p);
      p.clear();
    }
  };
  const unsigned depth = pretty ? 2 : 0;
  const Document& d = a.doc;
  for (const Sentence& s : a.seg.sentences)
    record(0, [&](std::string& p) { json_records::AppendSentenceRecord(p, d, s, pretty, depth); });
  for (size_t i = 0; i < a.quantities.size(); ++i)
    record(1, [&](std::string& p) { json_records::AppendQuantityRecord(p, d, a.quantities, i, pretty, depth); });
  for (size_t i = 0; i < a.times.size(); ++i)
    record(2, [&](std::string& p) { json_records::AppendTimeRecord(p, d, a.times, i, pretty, depth); });
  for (size_t i = 0; i < a.entities.size(); ++i)
    record(3, [&](std::string& p) { json_records::AppendEntityRecord(p, d, a.entities, i, pretty, depth); });
  for (size_t i = 0; i < a.quotes.size(); ++i)
    record(4, [&](std::string& p) { json_records::AppendQuoteRecord(p, d, a.quotes, i, pretty, depth); });
  for (size_t i = 0; i < a.claims.size(); ++i)
    record(5, [&](std::string& p) { json_records::AppendClaimRecord(p, d, a.claims, i, pretty, depth); });
  if (!flushed.ok()) return flushed;
  for (int i = current; i < kParts; ++i)
    if (Status st = flush(i, parts[i]); !st.ok()) return st;
  return Status::Ok();
}

}  // namespace

Status AnalysisWriter::AddDocument(size_t index, const DocAnalysis& a) {
  PrepareIndex(index);
  // Layers come one after another; a layer's text goes to the spool every
  // kSpoolChunk bytes, so one long document's records are never held whole.
  constexpr size_t kSpoolChunk = 1 << 20;
  Status st = RenderParts(a, format_ == OutputFormat::kJson, options_, kSpoolChunk,
                          [&](int part, std::string& bytes) { return Spool(bytes, &index_[index][part]); });
  if (!st.ok()) return st;
  added_[index] = 1;
  return Status::Ok();
}

AnalysisWriter::Rendered AnalysisWriter::Render(const DocAnalysis& a) const {
  Rendered r;
  (void)RenderParts(a, format_ == OutputFormat::kJson, options_, 0, [&](int part, std::string& bytes) {
    if (r.parts_[part].empty()) r.parts_[part] = std::move(bytes);
    else r.parts_[part] += bytes;
    return Status::Ok();
  });
  return r;
}

Status AnalysisWriter::AddRendered(size_t index, const Rendered& r) {
  PrepareIndex(index);
  for (int part = 0; part < kParts; ++part)
    if (Status st = Spool(r.parts_[part], &index_[index][part]); !st.ok()) return st;
  added_[index] = 1;
  return Status::Ok();
}

void AnalysisWriter::PrepareIndex(size_t index) {
  if (index >= index_.size()) {
    index_.resize(index + 1, std::vector<Fragment>(kParts));
    added_.resize(index + 1, 0);
  }
  index_[index].assign(kParts, Fragment{});
}

Status AnalysisWriter::Put(const std::string& s) {
  out_->write(s.data(), static_cast<std::streamsize>(s.size()));
  if (!*out_) return Error{"cannot write " + name_};
  return Status::Ok();
}

Status AnalysisWriter::PutJson(const Json& j, bool pretty, unsigned depth) {
  nlohmann::detail::serializer<Json> s(nlohmann::detail::output_adapter<char>(*out_), ' ',
                                       nlohmann::detail::error_handler_t::strict);
  if (pretty) s.dump(j, true, /*ensure_ascii=*/false, 1, depth);
  else s.dump(j, false, /*ensure_ascii=*/false, 0);
  if (!*out_) return Error{"cannot write " + name_};
  return Status::Ok();
}

Status AnalysisWriter::PutStory(const std::vector<DocAnalysis>& analyses, const Story& s, const Json& record,
                                bool pretty, unsigned depth) {
  std::string buf;
  Status st = AppendStoryRecord(buf, analyses, s, record, pretty, depth, [&](std::string& bytes) {
    Status put = Put(bytes);
    bytes.clear();
    return put;
  });
  if (!st.ok()) return st;
  return Put(buf);
}

Status AnalysisWriter::CopyFragment(const Fragment& f) {
  if (f.offset < 0) return Status::Ok();
  if (std::fflush(spool_) != 0) return Error{name_ + ": cannot read the spool file"};
  if (copy_buf_.empty()) copy_buf_.resize(256 << 10);
  const int fd = fileno(spool_);
  long long at = f.offset;
  for (size_t left = f.length; left > 0;) {
    const ssize_t n = pread(fd, copy_buf_.data(), std::min(left, copy_buf_.size()), static_cast<off_t>(at));
    if (n <= 0) return Error{name_ + ": cannot read the spool file"};
    out_->write(copy_buf_.data(), static_cast<std::streamsize>(n));
    left -= static_cast<size_t>(n);
    at += n;
  }
  if (!*out_) return Error{"cannot write " + name_};
  return Status::Ok();
}

Status AnalysisWriter::Finish(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                              const std::vector<Error>& errors, int threads) {
  if (index_.size() < analyses.size()) {
    index_.resize(analyses.size(), std::vector<Fragment>(kParts));
    added_.resize(analyses.size(), 0);
  }
  for (size_t i = 0; i < analyses.size(); ++i)
    if (!added_[i]) return Error{name_ + ": internal error: document " + std::to_string(i) + " was never added"};
  Status st = format_ == OutputFormat::kJson ? FinishJson(analyses, fused, errors, threads)
                                             : FinishJsonLines(analyses, fused, errors, threads);
  if (!st.ok()) return st;
  out_->flush();
  if (!*out_) return Error{"cannot write " + name_};
  return Status::Ok();
}

namespace {

// A story with more claim ids than this is written at its turn, its ids
// streamed (AnalysisWriter::PutStory), not rendered ahead whole.
constexpr size_t kStoryIdsAhead = size_t{1} << 16;

// The records the output writes in order, rendered ahead on `threads`
// helpers (RenderAhead): each document's metadata record, cut open for the
// members that may follow it, and each story's record ("" for a story
// streamed at its turn).
struct Ahead {
  RenderAhead metas, stories;
  Ahead(const std::vector<DocAnalysis>& analyses, const FuseResult& fused, bool pretty, int threads)
      : metas(analyses.size(), threads, AnalysisWriter::kAheadBytes,
              [&analyses, pretty](size_t i) {
                if (!pretty) {
                  std::string meta = DocumentMetaRecord(analyses[i]).dump();
                  meta.pop_back();  // drop "}": the text members may follow
                  return meta;
                }
                std::string meta = Reindent(DocumentMetaRecord(analyses[i]).dump(1), 2);
                meta.resize(meta.size() - 4);  // drop "\n  }": the text members may follow
                return meta;
              }),
        stories(fused.stories.size(), threads, AnalysisWriter::kAheadBytes, [&analyses, &fused, pretty](size_t i) {
          const Story& s = fused.stories[i];
          std::string buf;
          if (StoryClaimIds(s) > kStoryIdsAhead) return buf;
          Json record;
          if (pretty) record = Json::object();
          else record["record"] = "story";
          (void)AppendStoryRecord(buf, analyses, s, record, pretty, pretty ? 2 : 0, {});
          return buf;
        }) {}
};

}  // namespace

Status AnalysisWriter::FinishJson(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                                  const std::vector<Error>& errors, int threads) {
  Ahead ahead(analyses, fused, /*pretty=*/true, threads);
  Json head;
  head["schema"] = kSchema;
  head["generator"] = std::string("crosscheck ") + CROSSCHECK_VERSION;
  std::string h = head.dump(1);
  h.resize(h.size() - 2);  // drop "\n}": members follow
  Status st = Put(h + ",\n \"documents\": [");
  for (size_t i = 0; st.ok() && i < analyses.size(); ++i) {
    st = Put((i ? ",\n  " : "\n  ") + ahead.metas.Take(i));
    if (st.ok()) st = CopyFragment(index_[i][0]);
    if (st.ok()) st = Put("\n  }");
  }
  if (st.ok()) st = Put(analyses.empty() ? "]" : "\n ]");
  for (int layer = 0; st.ok() && layer < kLayerCount; ++layer) {
    st = Put(std::string(",\n \"") + kLayerNames[layer] + "\": [");
    bool any = false;
    for (size_t i = 0; st.ok() && i < analyses.size(); ++i) {
      const Fragment& f = index_[i][1 + layer];
      if (f.offset < 0) continue;
      st = Put(any ? ",\n" : "\n");
      if (st.ok()) st = CopyFragment(f);
      any = true;
    }
    if (st.ok()) st = Put(any ? "\n ]" : "]");
  }
  if (st.ok()) st = Put(",\n \"stories\": [");
  // A story goes straight to the output: one story of a long report holds
  // hundreds of thousands of claim ids, and its text was held three times
  // (the dump, the reindented copy, the concatenation).
  for (size_t i = 0; st.ok() && i < fused.stories.size(); ++i) {
    st = Put(i ? ",\n  " : "\n  ");
    const std::string story = ahead.stories.Take(i);
    if (!st.ok()) break;
    if (StoryClaimIds(fused.stories[i]) > kStoryIdsAhead) st = PutStory(analyses, fused.stories[i], Json::object(), true, 2);
    else st = Put(story);
  }
  if (st.ok()) st = Put(fused.stories.empty() ? "]" : "\n ]");
  if (st.ok()) st = Put(",\n \"errors\": [");
  for (size_t i = 0; st.ok() && i < errors.size(); ++i)
    st = Put((i ? ",\n  " : "\n  ") + Reindent(Json{{"message", errors[i].message}}.dump(1), 2));
  if (st.ok()) st = Put(errors.empty() ? "]\n}\n" : "\n ]\n}\n");
  return st;
}

Status AnalysisWriter::FinishJsonLines(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                                       const std::vector<Error>& errors, int threads) {
  Ahead ahead(analyses, fused, /*pretty=*/false, threads);
  Json head;
  head["record"] = "header";
  head["schema"] = kSchema;
  head["generator"] = std::string("crosscheck ") + CROSSCHECK_VERSION;
  Status st = Put(head.dump() + "\n");
  for (size_t i = 0; st.ok() && i < analyses.size(); ++i) {
    st = Put("{\"record\":\"document\",\"document\":" + ahead.metas.Take(i));
    if (st.ok()) st = CopyFragment(index_[i][0]);
    if (st.ok()) st = Put("}");
    for (int layer = 0; st.ok() && layer < kLayerCount; ++layer) {
      st = Put(std::string(",\"") + kLayerNames[layer] + "\":[");
      if (st.ok()) st = CopyFragment(index_[i][1 + layer]);
      if (st.ok()) st = Put("]");
    }
    if (st.ok()) st = Put("}\n");
  }
  for (size_t i = 0; st.ok() && i < fused.stories.size(); ++i) {
    const std::string story = ahead.stories.Take(i);
    if (StoryClaimIds(fused.stories[i]) > kStoryIdsAhead) {
      Json rec;
      rec["record"] = "story";
      st = PutStory(analyses, fused.stories[i], rec, false, 0);
    } else {
      st = Put(story);
    }
    if (st.ok()) st = Put("\n");
  }
  for (size_t i = 0; st.ok() && i < errors.size(); ++i)
    st = Put(Json{{"record", "error"}, {"message", errors[i].message}}.dump() + "\n");
  return st;
}

}  // namespace crosscheck
