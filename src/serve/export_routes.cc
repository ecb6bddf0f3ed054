#include "serve/export_routes.h"

#include <cctype>
#include <optional>
#include <sstream>
#include <string>

#include "export/export.h"
#include "export/store_account.h"

namespace crosscheck::serve {

namespace {

void SendJsonError(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(Json{{"error", Json{{"status", status}, {"message", message}}}}.dump(), "application/json");
}

std::optional<exporting::ExportFormat> FormatParam(const httplib::Request& req) {
  return exporting::ParseExportFormat(req.has_param("format") ? req.get_param_value("format") : "csv");
}

std::optional<int> IntParam(const httplib::Request& req, const char* name, int fallback, int lo, int hi) {
  if (!req.has_param(name)) return fallback;
  const std::string v = req.get_param_value(name);
  if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  int n = std::stoi(v);
  if (n < lo || n > hi) return std::nullopt;
  return n;
}

// A file name stem from an id: letters, digits, '-' and '_' only.
std::string Stem(const std::string& id) {
  std::string s;
  for (char c : id)
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') s += c;
  return s.empty() ? "crosscheck" : s.substr(0, 80);
}

void SendExport(httplib::Response& res, const exporting::Account& account, exporting::ExportFormat f,
                const std::string& stem) {
  res.status = 200;
  res.set_header("Content-Disposition", "attachment; filename=\"" + exporting::ExportFileName(f, Stem(stem)) + "\"");
  res.set_header("Cache-Control", "no-store");
  res.set_content(exporting::Export(account, f), exporting::ExportMediaType(f));
}

constexpr const char* kFormats = "format must be csv, acled, jsonld or prov";

}  // namespace

void DropBrotli(httplib::Headers& headers) {
  auto it = headers.find("Accept-Encoding");
  if (it == headers.end() || it->second.find("br") == std::string::npos) return;
  std::string kept, token;
  std::istringstream in(it->second);
  while (std::getline(in, token, ',')) {
    size_t a = token.find_first_not_of(' ');
    if (a == std::string::npos) continue;
    token = token.substr(a);
    if (token == "br" || token.rfind("br;", 0) == 0 || token.rfind("br ", 0) == 0) continue;
    kept += (kept.empty() ? "" : ", ") + token;
  }
  it->second = kept.empty() ? "identity" : kept;
}

void RegisterExportRoutes(httplib::Server& svr, Store* store) {
  svr.Get(R"(/api/stories/([^/]+)/export)", [store](const httplib::Request& req, httplib::Response& res) {
    auto f = FormatParam(req);
    if (!f) return SendJsonError(res, 400, kFormats);
    const std::string id = req.matches[1];
    auto story = store->GetStory(id);
    if (!story.ok()) return SendJsonError(res, 500, story.error().message);
    if (!story->has_value()) return SendJsonError(res, 404, "no story " + id);
    exporting::StoreSelection sel;
    sel.story_ids = {id};
    auto account = exporting::AccountFromStore(*store, sel, "store");
    if (!account.ok()) return SendJsonError(res, 500, account.error().message);
    SendExport(res, *account, *f, id);
  });
  svr.Get("/api/export", [store](const httplib::Request& req, httplib::Response& res) {
    auto f = FormatParam(req);
    if (!f) return SendJsonError(res, 400, kFormats);
    auto limit = IntParam(req, "limit", 100, 1, 1000), offset = IntParam(req, "offset", 0, 0, 1 << 30);
    if (!limit || !offset) return SendJsonError(res, 400, "limit must be 1..1000 and offset >= 0");
    exporting::StoreSelection sel;
    sel.query = req.get_param_value("q");
    sel.limit = *limit;
    sel.offset = *offset;
    auto account = exporting::AccountFromStore(*store, sel, "store");
    if (!account.ok()) return SendJsonError(res, sel.query.empty() ? 500 : 400, account.error().message);
    SendExport(res, *account, *f, "crosscheck-stories");
  });
}

}  // namespace crosscheck::serve
