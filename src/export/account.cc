#include "export/account.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "export/store_account.h"
#include "read/reader.h"

namespace crosscheck::exporting {

std::string Str(const Json& j, const char* key) {
  if (!j.is_object()) return {};
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<std::string> OptStr(const Json& j, const char* key) {
  if (!j.is_object()) return std::nullopt;
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::optional<double> Num(const Json& j, const char* key) {
  if (!j.is_object()) return std::nullopt;
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

std::optional<int64_t> Offset(const Json& j, const char* key) {
  if (!j.is_object()) return std::nullopt;
  auto it = j.find(key);
  if (it == j.end()) return std::nullopt;
  if (it->is_number_unsigned()) {
    const uint64_t v = it->get<uint64_t>();
    return v <= (uint64_t{1} << 53) ? std::optional<int64_t>(static_cast<int64_t>(v)) : std::nullopt;
  }
  if (it->is_number_integer()) {
    const int64_t v = it->get<int64_t>();
    return v >= 0 && v <= (int64_t{1} << 53) ? std::optional<int64_t>(v) : std::nullopt;
  }
  return std::nullopt;
}

bool Bool(const Json& j, const char* key) {
  if (!j.is_object()) return false;
  auto it = j.find(key);
  return it != j.end() && it->is_boolean() && it->get<bool>();
}

const Json& Arr(const Json& j, const char* key) {
  static const Json kEmpty = Json::array();
  if (!j.is_object()) return kEmpty;
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : kEmpty;
}

Result<Account> Account::FromJson(Json root, std::string origin) {
  if (!root.is_object()) return Error{origin + ": not a crosscheck account (the top level is not a JSON object)"};
  Account a;
  a.root_ = std::make_unique<Json>(std::move(root));
  a.origin_ = std::move(origin);
  const Json& r = *a.root_;
  auto index = [](const Json& arr, Index* out) {
    for (const Json& x : arr) {
      std::string id = Str(x, "id");
      if (!id.empty()) out->emplace(id, &x);
    }
  };
  index(Arr(r, "documents"), &a.docs_);
  index(Arr(r, "claims"), &a.claims_);
  index(Arr(r, "quantities"), &a.quantities_);
  auto layer = [](const Json& arr, Layers* out) {
    for (const Json& x : arr) {
      std::string doc = Str(x, "doc");
      if (!doc.empty()) (*out)[doc].push_back(&x);
    }
  };
  layer(Arr(r, "sentences"), &a.sentences_);
  layer(Arr(r, "entities"), &a.entities_);
  layer(Arr(r, "quotes"), &a.quotes_);
  layer(Arr(r, "claims"), &a.claims_by_doc_);
  return a;
}

const Json* Account::Find(const Index& index, const std::string& id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : it->second;
}

const std::vector<const Json*>& Account::Layer(const Layers& layers, const std::string& doc) {
  static const std::vector<const Json*> kNone;
  auto it = layers.find(doc);
  return it == layers.end() ? kNone : it->second;
}

std::optional<std::string_view> Account::Text(const std::string& doc, int64_t start, int64_t end) const {
  const Json* d = Document(doc);
  if (!d) return std::nullopt;
  auto it = d->find("text");
  if (it == d->end() || !it->is_string()) return std::nullopt;
  const std::string& text = it->get_ref<const std::string&>();
  if (start < 0 || end < start || static_cast<size_t>(end) > text.size()) return std::nullopt;
  return std::string_view(text).substr(start, end - start);
}

const Json* Account::SentenceAt(const std::string& doc, int64_t offset) const {
  for (const Json* s : Sentences(doc)) {
    auto a = Num(*s, "start"), b = Num(*s, "end");
    if (a && b && *a <= offset && offset < *b) return s;
  }
  return nullptr;
}

std::string UrlHost(std::string_view url) {
  if (!IsHttpUrl(url)) return {};
  url.remove_prefix(url.find("//") + 2);
  size_t end = url.find_first_of("/?#");
  std::string host(url.substr(0, end));
  if (size_t at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
  if (size_t colon = host.rfind(':'); colon != std::string::npos && host.find(']') == std::string::npos)
    host.erase(colon);
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

bool IsHttpUrl(std::string_view url) {
  auto starts = [&](std::string_view p) {
    if (url.size() <= p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != p[i]) return false;
    return true;
  };
  if (!starts("http://") && !starts("https://")) return false;
  // No control characters or spaces anywhere (they would end an attribute
  // or a CSV cell's meaning), and a non-empty host.
  for (unsigned char c : url)
    if (c <= 0x20 || c == 0x7f) return false;
  size_t host = url.find("//") + 2;
  return host < url.size() && url[host] != '/';
}

std::string Account::Outlet(const Json& doc) const {
  std::string s = Str(doc, "source");
  if (!s.empty()) return s;
  std::string host = UrlHost(Str(doc, "url"));
  if (!host.empty()) return host;
  std::string p = Str(doc, "path");
  // The file name, unless it is a bare number that names nothing ("api/3",
  // a document posted to the server): then the whole path.
  if (size_t slash = p.find_last_of('/'); slash != std::string::npos &&
                                          p.find_first_not_of("0123456789", slash + 1) != std::string::npos)
    p.erase(0, slash + 1);
  if (auto line = Num(doc, "line")) p += ":" + std::to_string(static_cast<long long>(*line));
  return p.empty() ? Str(doc, "id") : p;
}

std::string Account::Outlet(const std::string& doc_id) const {
  const Json* d = Document(doc_id);
  return d ? Outlet(*d) : doc_id;
}

namespace {

// Reads `in` to its end in 64 KiB chunks into *data, keeping nothing past
// `max_bytes`.
enum class ReadEnd { kDone, kTooLarge, kFailed };
ReadEnd ReadBounded(std::istream& in, uint64_t max_bytes, std::string* data) {
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    const auto n = static_cast<uint64_t>(in.gcount());
    if (data->size() + n > max_bytes) return ReadEnd::kTooLarge;
    data->append(buf, static_cast<size_t>(n));
  }
  return in.bad() ? ReadEnd::kFailed : ReadEnd::kDone;
}

std::string TooLarge(const std::string& path, uint64_t max_bytes) {
  return path + ": larger than the account limit of " + std::to_string(max_bytes) +
         " bytes (--max-input-bytes)";
}

}  // namespace

Result<Account> LoadAccount(const std::string& path, const AccountLimits& limits) {
  std::string data;
  std::istream* in = &std::cin;
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return Error{path + ": cannot open"};
    char magic[16] = {};
    file.read(magic, sizeof magic);
    if (file.gcount() == 16 && std::string_view(magic, 16) == std::string_view("SQLite format 3\0", 16)) {
      file.close();
      return AccountFromStoreFile(path, StoreSelection{});
    }
    // A regular file is judged by its size before a byte more is read.
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) > limits.max_bytes)
      return Error{TooLarge(path, limits.max_bytes)};
    // Kept rather than sought back to, so a pipe or fifo reads as a file.
    data.assign(magic, static_cast<size_t>(file.gcount()));
    file.clear();
    in = &file;
  }
  switch (ReadBounded(*in, limits.max_bytes, &data)) {
    case ReadEnd::kDone: break;
    case ReadEnd::kTooLarge: return Error{TooLarge(path, limits.max_bytes)};
    case ReadEnd::kFailed: return Error{path + ": cannot read"};
  }
  // Depth before parsing: the parser itself is iterative, but copying or
  // freeing the tree recurses once per level.
  if (ScanJsonShape(data, limits.max_depth, SIZE_MAX).depth > limits.max_depth)
    return Error{path + ": nested deeper than " + std::to_string(limits.max_depth) + " levels"};
  Json root;
  try {
    root = Json::parse(data);
  } catch (const Json::parse_error& e) {
    return Error{path + ": byte " + std::to_string(e.byte) + ": not valid JSON (" + e.what() + ")"};
  }
  return Account::FromJson(std::move(root), path);
}

}  // namespace crosscheck::exporting
