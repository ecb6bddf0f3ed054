// The server's request handling behind the front: cpp-httplib routes over a
// Service (the API of docs/API.md and the web page), and the policies every
// request passes first.
//
// HeadPolicy / CheckHead run in the front on a request's head, before its
// body is read: writes from a foreign Origin (or with Sec-Fetch-Site:
// cross-site) are refused with 403 unless that origin is allowed; on a
// loopback bind every request must name a loopback Host (or an allowed one),
// which stops DNS rebinding; a Content-Encoding is accepted only on POST
// /api/documents. The Router then refuses paths and query values that are
// not valid UTF-8 (400), caps the work of a search, bounds a decompressed
// body by max_body, and sets the security headers (Content-Security-Policy
// and friends) on every response.
//
// Thread safety: Router::Process may run on many threads at once (the
// Service is thread-safe; the routes keep no other state).
#ifndef CROSSCHECK_SERVE_SERVER_ROUTES_H_
#define CROSSCHECK_SERVE_SERVER_ROUTES_H_

#include <httplib.h>

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/json_util.h"
#include "serve/server.h"
#include "serve/server_http.h"
#include "serve/service.h"

namespace crosscheck::serve {

struct HeadPolicy {
  bool loopback = true;  // the server listens on a loopback address
  std::string bind;      // the address it listens on
  std::vector<std::string> allow_origins, allow_hosts;
};

// The policy for a server bound to `bind`.
HeadPolicy MakeHeadPolicy(const ServeOptions& o);

// A refusal (status, message) for `head`, or nullopt to go on.
std::optional<std::pair<int, std::string>> CheckHead(const RequestHead& head, const HeadPolicy& policy);

// Header fields set on every response.
const std::vector<std::pair<std::string, std::string>>& SecurityHeaders();

// Work caps of one read request.
inline constexpr size_t kMaxQueryBytes = 1024;  // q of /api/search and /api/stories
inline constexpr int kMaxQueryTerms = 32;       // words in q
inline constexpr size_t kMaxFilterBytes = 256;  // each filter of /api/claims

struct RouteContext {
  Service* service = nullptr;
  Store* store = nullptr;  // for the export routes (export_routes.h)
  const ServeOptions* options = nullptr;
  std::string web_dir;
  std::function<Json()> server_stats;  // the front's counters, for /api/metrics
  std::atomic<int> request_counter{0};
  bool queued = false;  // POSTs go to the work queue (ServiceOptions::queue)
};

class Router : public httplib::Server {
 public:
  // Registers the routes; `ctx` must outlive the Router.
  explicit Router(RouteContext* ctx);
  // Reads one buffered request from `strm`, routes it and writes the
  // response; *closed is set when the connection must close.
  void Process(httplib::Stream& strm, bool close_after, bool* closed);
};

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_SERVER_ROUTES_H_
