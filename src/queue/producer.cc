// Producer (see producer.h).
//
// Slicing reads the file through a small buffer (zlib's inflate for gzip,
// concatenated members included) and cuts it where a record starts:
//  - JSON Lines: after a newline; records are numbered by line, as the
//    reader numbers them (so a slice's line n is the file's line first+n-1);
//  - WARC: before a "WARC/" version line reached by walking records by their
//    Content-Length, numbered as the reader numbers them. A record whose
//    header does not parse ends the walk: the rest of the file goes as one
//    last slice and the worker's reader reports the problem with its offset.
#include "queue/producer.h"

#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

namespace crosscheck {

namespace fs = std::filesystem;

namespace {

// A byte source over a file, decompressing gzip when the file starts with
// its magic.
class Source {
 public:
  static Result<std::unique_ptr<Source>> Open(const std::string& path) {
    auto s = std::unique_ptr<Source>(new Source);
    s->in_.open(path, std::ios::binary);
    if (!s->in_) return Error{path + ": cannot open for reading"};
    char magic[2] = {0, 0};
    s->in_.read(magic, 2);
    s->in_.clear();
    s->in_.seekg(0);
    s->gzip_ = static_cast<unsigned char>(magic[0]) == 0x1f && static_cast<unsigned char>(magic[1]) == 0x8b;
    if (s->gzip_ && inflateInit2(&s->z_, 16 + MAX_WBITS) != Z_OK) return Error{path + ": zlib init failed"};
    s->path_ = path;
    return s;
  }
  ~Source() {
    if (gzip_) inflateEnd(&z_);
  }
  // Appends up to about `n` bytes to `out`; returns false at the end (or an
  // error in `err`).
  bool Read(size_t n, std::string* out, std::string* err) {
    if (!gzip_) {
      std::string buf(n, '\0');
      in_.read(buf.data(), static_cast<std::streamsize>(n));
      std::streamsize got = in_.gcount();
      out->append(buf.data(), static_cast<size_t>(got));
      return got > 0;
    }
    if (done_) return false;
    std::string chunk(n, '\0');
    size_t produced = 0;
    while (produced == 0) {
      if (z_.avail_in == 0) {
        in_.read(inbuf_, sizeof inbuf_);
        z_.avail_in = static_cast<uInt>(in_.gcount());
        z_.next_in = reinterpret_cast<Bytef*>(inbuf_);
        if (z_.avail_in == 0) {
          done_ = true;
          return false;
        }
      }
      z_.next_out = reinterpret_cast<Bytef*>(chunk.data());
      z_.avail_out = static_cast<uInt>(n);
      int rc = inflate(&z_, Z_NO_FLUSH);
      produced = n - z_.avail_out;
      if (rc == Z_STREAM_END) {
        // Another gzip member may follow.
        if (inflateReset(&z_) != Z_OK) {
          *err = path_ + ": gzip: cannot continue";
          done_ = true;
        }
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        *err = path_ + ": gzip: " + (z_.msg ? z_.msg : "corrupt data");
        done_ = true;
        break;
      }
    }
    out->append(chunk.data(), produced);
    return produced > 0;
  }

 private:
  Source() { std::memset(&z_, 0, sizeof z_); }
  std::ifstream in_;
  bool gzip_ = false, done_ = false;
  z_stream z_;
  char inbuf_[1 << 16];
  std::string path_;
};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "jsonl", "warc" or "" (not sliceable) from the name and the first bytes.
std::string SliceKind(const std::string& path, const std::string& head, const std::string& format) {
  if (format == "jsonl" || format == "warc") return format;
  if (format != "auto") return "";
  std::string name = Lower(fs::path(path).filename().string());
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".gz") == 0) name.resize(name.size() - 3);
  if (head.compare(0, 5, "WARC/") == 0) return "warc";
  auto ends = [&](const char* ext) {
    size_t n = std::strlen(ext);
    return name.size() >= n && name.compare(name.size() - n, n, ext) == 0;
  };
  size_t first = head.find_first_not_of(" \t\r\n");
  if ((ends(".jsonl") || ends(".ndjson") || ends(".json")) && first != std::string::npos && head[first] == '{')
    return "jsonl";
  return "";
}

// Length of the WARC record starting at buf[pos] ("WARC/" line, headers,
// block, trailing line breaks up to the next record), or 0 when the buffer
// does not hold it whole yet; npos when the header does not parse.
size_t WarcRecordLength(const std::string& buf, size_t pos, bool at_end) {
  size_t header_end = buf.find("\r\n\r\n", pos);
  size_t lf_end = buf.find("\n\n", pos);
  size_t body;
  if (header_end != std::string::npos && (lf_end == std::string::npos || header_end < lf_end)) {
    body = header_end + 4;
  } else if (lf_end != std::string::npos) {
    body = lf_end + 2;
  } else {
    return at_end ? std::string::npos : 0;
  }
  // Content-Length, case-insensitively, inside the header.
  std::string header = Lower(buf.substr(pos, body - pos));
  size_t k = header.find("\ncontent-length:");
  if (k == std::string::npos) return std::string::npos;
  k += 16;
  while (k < header.size() && (header[k] == ' ' || header[k] == '\t')) ++k;
  char* end = nullptr;
  unsigned long long len = std::strtoull(header.c_str() + k, &end, 10);
  if (end == header.c_str() + k) return std::string::npos;
  if (len > buf.size() || body + len > buf.size()) return at_end ? std::string::npos : 0;
  size_t next = body + static_cast<size_t>(len);
  while (next < buf.size() && (buf[next] == '\r' || buf[next] == '\n')) ++next;
  if (next == buf.size() && !at_end) return 0;  // more line breaks may follow
  return next - pos;
}

// Cuts complete records off the front of `buf` into slices of about
// `slice_bytes`; returns the cut and advances `record` past its records.
// At the end everything left goes out.
bool TakeSlice(std::string* buf, const std::string& kind, size_t slice_bytes, bool at_end, int64_t* record,
               std::string* slice, int64_t* first) {
  size_t pos = 0;
  int64_t records = 0;
  if (kind == "jsonl") {
    while (pos < buf->size() && pos < slice_bytes) {
      size_t nl = buf->find('\n', pos);
      if (nl == std::string::npos) {
        if (!at_end) break;
        pos = buf->size();
      } else {
        pos = nl + 1;
      }
      ++records;
    }
  } else {
    // Blank lines before the first record belong to it.
    while (pos < buf->size() && ((*buf)[pos] == '\r' || (*buf)[pos] == '\n')) ++pos;
    while (pos < buf->size() && pos < slice_bytes) {
      if (buf->compare(pos, 5, "WARC/") != 0) {  // not a record: the rest goes whole
        if (!at_end) return false;
        pos = buf->size();
        ++records;
        break;
      }
      size_t len = WarcRecordLength(*buf, pos, at_end);
      if (len == 0) break;
      if (len == std::string::npos) {
        if (!at_end) return false;
        pos = buf->size();
        ++records;
        break;
      }
      pos += len;
      ++records;
    }
  }
  if (pos == 0 || (!at_end && pos < slice_bytes && pos == buf->size())) {
    if (!at_end) return false;
    if (buf->empty()) return false;
    pos = buf->size();
  }
  *first = *record + 1;
  *record += std::max<int64_t>(records, 1);
  *slice = buf->substr(0, pos);
  buf->erase(0, pos);
  return true;
}

std::vector<std::string> Files(const std::string& path, std::vector<Error>* errors) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    errors->push_back(Error{path + ": no such file or directory"});
    return files;
  }
  if (!fs::is_directory(st)) {
    if (fs::is_regular_file(st)) files.push_back(path);
    else errors->push_back(Error{path + ": not a regular file"});
    return files;
  }
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) {
    errors->push_back(Error{path + ": cannot list directory (" + ec.message() + ")"});
    return files;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      errors->push_back(Error{path + ": " + ec.message()});
      break;
    }
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) errors->push_back(Error{path + ": directory holds no readable files"});
  return files;
}

}  // namespace

std::vector<std::string> SliceRecords(const std::string& bytes, const std::string& kind, size_t slice_bytes,
                                      std::vector<int64_t>* first) {
  std::vector<std::string> out;
  std::string buf = bytes, slice;
  int64_t record = 0, f = 0;
  first->clear();
  while (TakeSlice(&buf, kind, slice_bytes, /*at_end=*/true, &record, &slice, &f)) {
    out.push_back(std::move(slice));
    first->push_back(f);
  }
  return out;
}

Status Produce(const std::vector<std::string>& paths, WorkQueue* queue, const ProduceOptions& options,
               const std::function<void(const QueueEntry&)>& on_added, ProduceStats* stats) {
  ProduceStats local;
  if (!stats) stats = &local;
  std::vector<QueueEntry> batch;
  size_t batch_bytes = 0;
  auto flush = [&]() -> Status {
    if (batch.empty()) return Status::Ok();
    auto ids = queue->AddBatch(batch);
    if (!ids.ok()) return ids.error().Wrap("queueing " + batch.front().name + " and what follows it");
    for (size_t i = 0; i < batch.size(); ++i) {
      batch[i].id = (*ids)[i];
      ++stats->entries;
      stats->bytes += batch[i].body.size();
      if (on_added) on_added(batch[i]);
    }
    batch.clear();
    batch_bytes = 0;
    return Status::Ok();
  };
  auto add = [&](QueueEntry e) -> Status {
    batch_bytes += e.body.size();
    batch.push_back(std::move(e));
    if (batch.size() >= std::max<size_t>(1, options.batch_entries) || batch_bytes >= options.batch_bytes) return flush();
    return Status::Ok();
  };
  for (const std::string& p : paths) {
    for (const std::string& file : Files(p, &stats->errors)) {
      ++stats->files;
      std::error_code ec;
      const uintmax_t size = fs::file_size(file, ec);
      if (ec) {
        stats->errors.push_back(Error{file + ": cannot read its size"});
        continue;
      }
      auto src = Source::Open(file);
      if (!src.ok()) {
        stats->errors.push_back(src.error());
        continue;
      }
      std::string head, err;
      if (size > options.split_bytes) (*src)->Read(4096, &head, &err);
      const std::string kind = size > options.split_bytes ? SliceKind(file, head, options.format) : "";
      if (kind.empty()) {  // whole, as stored (the reader decompresses)
        std::ifstream in(file, std::ios::binary);
        std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
          stats->errors.push_back(Error{file + ": read error"});
          continue;
        }
        if (Status s = add(QueueEntry{"", file, options.format, std::move(body), 0, 0}); !s.ok()) return s;
        continue;
      }
      std::string buf = std::move(head), slice;
      int64_t record = 0, first = 0;
      bool more = true;
      while (more || !buf.empty()) {
        while (more && buf.size() < 2 * options.slice_bytes) more = (*src)->Read(1 << 16, &buf, &err);
        if (!err.empty()) {
          stats->errors.push_back(Error{err});
          err.clear();
        }
        if (!TakeSlice(&buf, kind, options.slice_bytes, !more, &record, &slice, &first)) {
          if (!more) break;
          // A record larger than two slices: read until it is whole.
          more = (*src)->Read(std::max<size_t>(buf.size(), 1 << 16), &buf, &err);
          continue;
        }
        if (Status s = add(QueueEntry{"", file, kind, std::move(slice), first, 0}); !s.ok()) return s;
      }
    }
  }
  return flush();
}

}  // namespace crosscheck
