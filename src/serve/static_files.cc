#include "serve/static_files.h"

#include "core/data_dir.h"

#include <cstdlib>
#include <filesystem>

namespace crosscheck::serve {

namespace fs = std::filesystem;

std::optional<std::string> ResolveStaticPath(const std::string& web_dir,
                                             const std::string& request_path) {
  if (request_path.empty() || request_path[0] != '/') return std::nullopt;
  if (request_path.find('\0') != std::string::npos || request_path.find('\\') != std::string::npos)
    return std::nullopt;
  std::string rel = request_path.substr(1);
  if (rel.empty() || rel.back() == '/') rel += "index.html";
  // No empty, "." or ".." segments.
  size_t start = 0;
  while (start <= rel.size()) {
    size_t end = rel.find('/', start);
    if (end == std::string::npos) end = rel.size();
    std::string seg = rel.substr(start, end - start);
    if (seg.empty() || seg == "." || seg == "..") return std::nullopt;
    start = end + 1;
  }
  std::error_code ec;
  fs::path root = fs::canonical(web_dir, ec);
  if (ec) return std::nullopt;
  fs::path file = fs::canonical(root / rel, ec);  // resolves symlinks
  if (ec) return std::nullopt;
  // The resolved file must still be inside the root.
  auto r = root.begin(), f = file.begin();
  for (; r != root.end(); ++r, ++f)
    if (f == file.end() || *r != *f) return std::nullopt;
  if (!fs::is_regular_file(file, ec)) return std::nullopt;
  return file.string();
}

std::string ContentTypeFor(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".txt" || ext == ".md") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

std::string DefaultWebDir() {
  if (const char* env = std::getenv("CROSSCHECK_WEB_DIR"); env && *env) return env;
  return DataPath("web");
}

}  // namespace crosscheck::serve
