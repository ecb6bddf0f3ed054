// Static files of the web page: maps a request path to a file inside the web
// folder, refusing anything that would leave it (.., absolute paths, symlinks
// pointing out, NUL bytes). Pure functions; thread-safe.
#ifndef CROSSCHECK_SERVE_STATIC_FILES_H_
#define CROSSCHECK_SERVE_STATIC_FILES_H_

#include <optional>
#include <string>

namespace crosscheck::serve {

// The file under `web_dir` that `request_path` ("/", "/app.js") names, or
// nullopt when the path is unsafe or names no regular file. "/" and paths
// ending in "/" name index.html.
std::optional<std::string> ResolveStaticPath(const std::string& web_dir,
                                             const std::string& request_path);

// Content-Type by file extension ("application/octet-stream" when unknown).
std::string ContentTypeFor(const std::string& path);

// The web folder to use when none is configured: $CROSSCHECK_WEB_DIR, else
// the repository's web/ folder.
std::string DefaultWebDir();

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_STATIC_FILES_H_
