// Input dispatch: paths -> bytes -> format -> Documents.
#include "read/reader.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

#include "read/formats.h"

namespace crosscheck {

namespace fs = std::filesystem;

namespace {

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

std::string LowerAscii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

InputFormat Detect(std::string_view bytes, const std::string& name) {
  std::string low = LowerAscii(name);
  if (EndsWith(low, ".gz")) low.resize(low.size() - 3);
  size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < bytes.size() && i < 4096 && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  std::string_view head = bytes.substr(i, 512);
  if (head.substr(0, 5) == "WARC/") return InputFormat::kWarc;
  if (EndsWith(low, ".jsonl") || EndsWith(low, ".ndjson") || EndsWith(low, ".json")) return InputFormat::kJsonLines;
  if (EndsWith(low, ".html") || EndsWith(low, ".htm") || EndsWith(low, ".xhtml")) return InputFormat::kHtml;
  if (EndsWith(low, ".warc")) return InputFormat::kWarc;
  if (EndsWith(low, ".txt") || EndsWith(low, ".text")) return InputFormat::kText;
  if (!head.empty() && head[0] == '{') return InputFormat::kJsonLines;
  std::string lh = LowerAscii(std::string(head.substr(0, 256)));
  if (lh.rfind("<!doctype html", 0) == 0 || lh.rfind("<html", 0) == 0 || lh.find("<body") != std::string::npos ||
      lh.find("<head") != std::string::npos)
    return InputFormat::kHtml;
  return InputFormat::kText;
}

void ReadOne(std::string bytes, const std::string& name, const ReadOptions& options, ReadBatch* batch) {
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f && static_cast<unsigned char>(bytes[1]) == 0x8b) {
    auto plain = Gunzip(bytes, options.max_bytes);
    if (!plain.ok()) { batch->errors.push_back(plain.error().Wrap(name)); return; }
    bytes = std::move(plain.value());
  }
  if (bytes.size() > options.max_bytes) {
    batch->errors.push_back(Error{name + ": " + std::to_string(bytes.size()) + " bytes exceeds the limit of " +
                                  std::to_string(options.max_bytes)});
    return;
  }
  if (bytes.empty()) { batch->errors.push_back(Error{name + ": empty file"}); return; }
  InputFormat f = options.format == InputFormat::kAuto ? Detect(bytes, name) : options.format;
  switch (f) {
    case InputFormat::kJsonLines:
      ReadJsonLines(bytes, name, options, batch);
      return;
    case InputFormat::kWarc:
      ReadWarc(bytes, name, options, batch);
      return;
    case InputFormat::kHtml: {
      Document doc;
      doc.path = name;
      doc.format = "html";
      doc.raw = std::move(bytes);
      std::string content = doc.raw;
      OffsetMap enc;
      Status st = EnsureUtf8(&content, options, &enc);
      if (!st.ok()) { batch->errors.push_back(st.error().Wrap(name)); return; }
      ExtractHtml(content, &doc, &batch->warnings);
      if (!enc.identity()) {
        OffsetMap composed;
        for (uint32_t k = 0; k < doc.text.size(); ++k) composed.Append(k, enc.ToSource(doc.source_offsets.ToSource(k)), 1, true);
        doc.source_offsets = std::move(composed);
      }
      bool empty = true;
      for (char c : doc.text) if (!std::isspace(static_cast<unsigned char>(c))) { empty = false; break; }
      if (empty) { batch->errors.push_back(Error{name + ": no article text found in the HTML"}); return; }
      FinishDocument(&doc);
      batch->docs.push_back(std::move(doc));
      return;
    }
    case InputFormat::kText:
    case InputFormat::kAuto: {
      Document doc;
      doc.path = name;
      doc.raw = std::move(bytes);
      Status st = ReadPlainText(&doc, options);
      if (!st.ok()) { batch->errors.push_back(st.error().Wrap(name)); return; }
      FinishDocument(&doc);
      batch->docs.push_back(std::move(doc));
      return;
    }
  }
}

Result<std::string> Slurp(const fs::path& p, size_t max_bytes) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Error{"cannot open for reading"};
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Error{"cannot read"};
  // gzip input may expand; the decompressed limit is checked later.
  if (static_cast<size_t>(size) > max_bytes) return Error{std::to_string(size) + " bytes exceeds the limit of " + std::to_string(max_bytes)};
  in.seekg(0);
  std::string s(static_cast<size_t>(size), '\0');
  if (size > 0 && !in.read(s.data(), size)) return Error{"read error"};
  return s;
}

}  // namespace

void ReadBuffer(std::string bytes, const std::string& name, const ReadOptions& options, ReadBatch* batch) {
  ReadOne(std::move(bytes), name, options, batch);
}

ReadBatch ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options) {
  ReadBatch batch;
  for (const std::string& path : paths) {
    if (path == "-") {
      std::string s((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      ReadOne(std::move(s), "-", options, &batch);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) { batch.errors.push_back(Error{path + ": no such file or directory"}); continue; }
    if (fs::is_directory(st)) {
      std::vector<std::string> files;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) { batch.errors.push_back(Error{path + ": cannot list directory (" + ec.message() + ")"}); continue; }
      for (; it != end; it.increment(ec)) {
        if (ec) { batch.errors.push_back(Error{path + ": " + ec.message()}); break; }
        std::string fname = it->path().filename().string();
        if (!fname.empty() && fname[0] == '.') {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec)) files.push_back(it->path().string());
      }
      std::sort(files.begin(), files.end());
      if (files.empty()) { batch.errors.push_back(Error{path + ": directory holds no readable files"}); continue; }
      for (const std::string& f : files) {
        auto bytes = Slurp(f, options.max_bytes);
        if (!bytes.ok()) { batch.errors.push_back(bytes.error().Wrap(f)); continue; }
        ReadOne(std::move(bytes.value()), f, options, &batch);
      }
      continue;
    }
    if (!fs::is_regular_file(st)) { batch.errors.push_back(Error{path + ": not a regular file"}); continue; }
    auto bytes = Slurp(path, options.max_bytes);
    if (!bytes.ok()) { batch.errors.push_back(bytes.error().Wrap(path)); continue; }
    ReadOne(std::move(bytes.value()), path, options, &batch);
  }
  return batch;
}

}  // namespace crosscheck
