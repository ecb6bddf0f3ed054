#include "core/document.h"

#include "core/json_util.h"

#include <algorithm>
#include <cstdio>

#include <xxhash.h>

namespace crosscheck {

void OffsetMap::Append(uint32_t text_start, uint32_t source_start, uint32_t length, bool exact) {
  if (length == 0) return;
  if (!runs_.empty()) {
    Run& last = runs_.back();
    // Merge contiguous exact runs to keep the map small.
    if (exact && last.exact && last.text_start + last.length == text_start &&
        last.source_start + last.length == source_start) {
      last.length += length;
      return;
    }
  }
  runs_.push_back(Run{text_start, source_start, length, exact});
}

uint32_t OffsetMap::ToSource(uint32_t t) const {
  if (runs_.empty()) return t;
  auto it = std::upper_bound(runs_.begin(), runs_.end(), t,
                             [](uint32_t v, const Run& r) { return v < r.text_start; });
  if (it == runs_.begin()) return runs_.front().source_start;
  const Run& r = *(it - 1);
  uint32_t delta = t - r.text_start;
  if (delta >= r.length) return r.exact ? r.source_start + r.length : r.source_start + 1;
  return r.exact ? r.source_start + delta : r.source_start;
}

static std::string Hex64(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string MakeDocumentId(const std::string& path, std::optional<int64_t> line,
                           const std::string& raw) {
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  XXH3_64bits_update(st, path.data(), path.size());
  int64_t l = line.value_or(-1);
  XXH3_64bits_update(st, &l, sizeof l);
  XXH3_64bits_update(st, raw.data(), raw.size());
  uint64_t h = XXH3_64bits_digest(st);
  XXH3_freeState(st);
  return Hex64(h);
}

std::string ContentHash(const std::string& text) {
  std::string norm;
  norm.reserve(text.size());
  bool space = false;
  for (unsigned char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !norm.empty()) norm.push_back(' ');
    space = false;
    norm.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  }
  XXH128_hash_t h = XXH3_128bits(norm.data(), norm.size());
  return Hex64(h.high64) + Hex64(h.low64);
}

std::string RecordId(char prefix, const std::string& doc_id, size_t n) {
  return std::string(1, prefix) + doc_id + "." + std::to_string(n);
}

nlohmann::ordered_json DocumentMetaJson(const Document& d) {
  Json j;
  j["id"] = d.id;
  j["path"] = d.path;
  j["line"] = d.line ? Json(*d.line) : Json(nullptr);
  j["format"] = d.format;
  j["content_hash"] = d.content_hash;
  j["copy_of"] = JsonString(d.copy_of);
  j["source"] = JsonString(d.source);
  j["title"] = JsonString(d.title);
  j["url"] = JsonString(d.url);
  j["author"] = JsonString(d.author);
  j["date"] = JsonString(d.date);
  j["date_origin"] = JsonString(d.date_origin);
  j["date_basis"] = JsonString(d.date_basis);
  j["language"] = d.language;
  return j;
}

}  // namespace crosscheck
