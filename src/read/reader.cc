// Input dispatch: a source of bytes -> format -> Documents.
//
// An input is never read whole before it is judged. Its first 64 KiB are
// peeked (inflated first when they start with the gzip magic), the format is
// detected from them and the name, and then:
//   text   rejected at once when the head looks binary; else read up to the
//          document limit (a regular file larger than the limit is rejected
//          from its size, unread);
//   HTML   read up to the document limit, then parsed;
//   JSONL  read line by line, WARC record by record, each line or record
//          bounded by the document limit and the whole input by the input
//          limit.
// Every message that leaves src/read is valid UTF-8 (input bytes quoted in
// it are escaped), so a JSON writer never meets a bad byte.
#include "read/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/utf8.h"
#include "read/formats.h"
#include "read/paths.h"

namespace crosscheck {

namespace {

constexpr size_t kHead = size_t{64} << 10;

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

std::string LowerAscii(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

InputFormat Detect(std::string_view bytes, const std::string& name) {
  std::string low = LowerAscii(name);
  if (EndsWith(low, ".gz")) low.resize(low.size() - 3);
  size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < bytes.size() && i < 4096 && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  std::string_view head = bytes.substr(std::min(i, bytes.size()), 512);
  if (head.substr(0, 5) == "WARC/") return InputFormat::kWarc;
  if (EndsWith(low, ".jsonl") || EndsWith(low, ".ndjson") || EndsWith(low, ".json")) return InputFormat::kJsonLines;
  if (EndsWith(low, ".html") || EndsWith(low, ".htm") || EndsWith(low, ".xhtml")) return InputFormat::kHtml;
  if (EndsWith(low, ".warc")) return InputFormat::kWarc;
  if (EndsWith(low, ".txt") || EndsWith(low, ".text")) return InputFormat::kText;
  if (!head.empty() && head[0] == '{') return InputFormat::kJsonLines;
  std::string lh = LowerAscii(head.substr(0, 256));
  if (lh.rfind("<!doctype html", 0) == 0 || lh.rfind("<html", 0) == 0 || lh.find("<body") != std::string::npos ||
      lh.find("<head") != std::string::npos)
    return InputFormat::kHtml;
  return InputFormat::kText;
}

std::string TooLarge(size_t limit) {
  return "larger than the document limit of " + std::to_string(limit) + " bytes";
}

void ReadHtml(std::string bytes, const std::string& name, const ReadOptions& options, ReadSink* sink) {
  Document doc;
  doc.path = name;
  doc.format = "html";
  doc.raw = std::move(bytes);
  std::string content = doc.raw;
  OffsetMap enc;
  Status st = EnsureUtf8(&content, options, &enc);
  if (st.ok()) st = ExtractHtml(content, options.limits, &doc, sink);
  if (!st.ok()) {
    sink->OnRejected(st.error().Wrap(name));
    return;
  }
  if (!enc.identity()) {
    OffsetMap composed;
    for (uint32_t k = 0; k < doc.text.size(); ++k) composed.Append(k, enc.ToSource(doc.source_offsets.ToSource(k)), 1, true);
    doc.source_offsets = std::move(composed);
  }
  bool empty = true;
  for (char c : doc.text) if (!std::isspace(static_cast<unsigned char>(c))) { empty = false; break; }
  if (empty) {
    sink->OnRejected(Error{name + ": no article text found in the HTML"});
    return;
  }
  FinishDocument(&doc, options);
  sink->OnDocument(std::move(doc));
}

// Makes every message valid UTF-8 on its way to the caller's sink.
class CleanSink final : public ReadSink {
 public:
  explicit CleanSink(ReadSink* out) : out_(out) {}
  void OnDocument(Document doc) override { out_->OnDocument(std::move(doc)); }
  void OnRejected(Error e) override { out_->OnRejected(Error{Clean(e.message)}); }
  void OnWarning(Error e) override { out_->OnWarning(Error{Clean(e.message)}); }

 private:
  static std::string Clean(const std::string& s) {
    return FirstInvalidUtf8(s) ? Excerpt(s, s.size()) : s;
  }
  ReadSink* out_;
};

class BatchSink final : public ReadSink {
 public:
  explicit BatchSink(ReadBatch* b) : b_(b) {}
  void OnDocument(Document doc) override { b_->docs.push_back(std::move(doc)); }
  void OnRejected(Error e) override { b_->errors.push_back(std::move(e)); }
  void OnWarning(Error e) override { b_->warnings.push_back(std::move(e)); }

 private:
  ReadBatch* b_;
};

}  // namespace

void ReadSource(std::unique_ptr<PeekSource> src, const std::string& name, std::optional<uint64_t> size,
                const ReadOptions& options, ReadSink* sink) {
  const ReadLimits& lim = options.limits;
  std::string_view head = src->Peek(2);
  bool gz = head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
            static_cast<unsigned char>(head[1]) == 0x8b;
  if (gz) src = std::make_unique<PeekSource>(GzipSource(std::move(src)));
  head = src->Peek(kHead);
  if (head.empty()) {
    sink->OnRejected(src->error() ? src->error()->Wrap(name) : Error{name + ": empty file"});
    return;
  }
  InputFormat f = options.format == InputFormat::kAuto ? Detect(head, name) : options.format;
  switch (f) {
    case InputFormat::kJsonLines:
      ReadJsonLines(src.get(), name, options, sink);
      return;
    case InputFormat::kWarc:
      ReadWarc(src.get(), name, options, sink);
      return;
    case InputFormat::kHtml:
    case InputFormat::kText:
    case InputFormat::kAuto: {
      const bool html = f == InputFormat::kHtml;
      if (!html && LooksBinary(head)) {
        sink->OnRejected(Error{name + ": binary data, not text (a NUL or control bytes in the first 8 KiB)"});
        return;
      }
      if (!gz && size && *size > lim.max_document_bytes) {
        sink->OnRejected(Error{name + ": " + std::to_string(*size) + " bytes; " + TooLarge(lim.max_document_bytes)});
        return;
      }
      auto bytes = ReadAtMost(src.get(), lim.max_document_bytes, "the document");
      if (!bytes.ok()) {
        sink->OnRejected(bytes.error().Wrap(name));
        return;
      }
      if (html) {
        ReadHtml(std::move(bytes.value()), name, options, sink);
        return;
      }
      Document doc;
      doc.path = name;
      doc.raw = std::move(bytes.value());
      Status st = ReadPlainText(&doc, options);
      if (!st.ok()) {
        sink->OnRejected(st.error().Wrap(name));
        return;
      }
      FinishDocument(&doc, options);
      sink->OnDocument(std::move(doc));
      return;
    }
  }
}

void ReadBuffer(std::string bytes, const std::string& name, const ReadOptions& options, ReadBatch* batch) {
  BatchSink out(batch);
  CleanSink sink(&out);
  ReadSource(std::make_unique<PeekSource>(std::string_view(bytes)), name, bytes.size(), options, &sink);
}

void ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options, ReadSink* out) {
  CleanSink clean(out);
  ReadSink* sink = &clean;
  auto read_file = [&](const std::string& path, const std::string& shown) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
      sink->OnRejected(Error{shown + ": cannot open for reading (" + std::strerror(errno) + ")"});
      return;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      ::close(fd);
      sink->OnRejected(Error{shown + ": not a regular file"});
      return;
    }
    ReadSource(std::make_unique<PeekSource>(FdSource(fd, /*owned=*/true)), shown, static_cast<uint64_t>(st.st_size),
               options, sink);
  };
  for (const std::string& path : paths) {
    if (path == "-") {
      ReadSource(std::make_unique<PeekSource>(FdSource(STDIN_FILENO, /*owned=*/false)), "-", std::nullopt, options,
                 sink);
      continue;
    }
    const std::string shown = EscapeFileName(path);
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      sink->OnRejected(Error{shown + (errno == ENOENT ? std::string(": no such file or directory")
                                                      : std::string(": ") + std::strerror(errno))});
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      std::vector<std::string> files = ListFolder(path, sink);
      if (files.empty()) {
        sink->OnRejected(Error{shown + ": directory holds no readable files"});
        continue;
      }
      for (const std::string& f : files) read_file(f, EscapeFileName(f));
      continue;
    }
    if (!S_ISREG(st.st_mode)) {
      sink->OnRejected(Error{shown + ": not a regular file"});
      continue;
    }
    read_file(path, shown);
  }
}

ReadBatch ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options) {
  ReadBatch batch;
  BatchSink sink(&batch);
  ReadPaths(paths, options, &sink);
  return batch;
}

}  // namespace crosscheck
