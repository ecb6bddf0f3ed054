// Routes, authentication, request policies and error bodies of `crosscheck
// serve` (see server_routes.h). Every error is JSON:
// {"error": {"status": 404, "message": "..."}}.
#include "serve/server_routes.h"

#include "serve/export_routes.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/utf8.h"
#include "read/reader.h"
#include "serve/ingest.h"
#include "serve/server_front.h"
#include "serve/static_files.h"

namespace crosscheck::serve {

namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void SendJson(httplib::Response& res, int status, const Json& j) {
  res.status = status;
  // Bytes outside UTF-8 (from an old store) are replaced rather than thrown on.
  res.set_content(j.dump(-1, ' ', false, Json::error_handler_t::replace), "application/json");
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, status, Json{{"error", Json{{"status", status}, {"message", message}}}});
}

// Whether an Accept-Encoding header takes gzip (a "gzip" coding whose q is
// not 0).
bool AcceptsGzip(const std::string& accept) {
  std::string a = Lower(accept);
  size_t at = 0;
  while (at < a.size()) {
    size_t end = a.find(',', at);
    std::string item = a.substr(at, end == std::string::npos ? std::string::npos : end - at);
    at = end == std::string::npos ? a.size() : end + 1;
    size_t semi = item.find(';');
    std::string coding = item.substr(0, semi);
    coding.erase(0, coding.find_first_not_of(" \t"));
    coding.erase(coding.find_last_not_of(" \t") + 1);
    if (coding != "gzip" && coding != "x-gzip") continue;
    if (semi == std::string::npos) return true;
    std::string q = item.substr(semi + 1);
    q.erase(std::remove(q.begin(), q.end(), ' '), q.end());
    return !(q.rfind("q=0", 0) == 0 && q.find_first_not_of("0.", 3) == std::string::npos);
  }
  return false;
}

// A kept answer (Service::Page), 200. The page is kept compressed with
// it: cpp-httplib would deflate the same bytes again for every client (most
// of a page read's CPU). Its own compression skips a Content-Type with
// parameters, so this body is sent as it is.
void SendPage(const httplib::Request& req, httplib::Response& res, const Service::Page& page) {
  res.status = 200;
  res.set_header("Vary", "Accept-Encoding");
  if (AcceptsGzip(req.get_header_value("Accept-Encoding")) && !page.Gzipped().empty()) {
    res.set_header("Content-Encoding", "gzip");
    res.set_content(page.Gzipped(), "application/json; charset=utf-8");
  } else {
    res.set_content(page.body, "application/json");
  }
}

// Answers with a kept answer: 200 with it, 500 with the error.
void ReplyPage(const httplib::Request& req, httplib::Response& res,
               const Result<std::shared_ptr<const Service::Page>>& r) {
  if (!r.ok()) return SendError(res, 500, r.error().message);
  SendPage(req, res, *r.value());
}

// An integer query parameter within [lo, hi]; `fallback` when absent.
std::optional<int> IntParam(const httplib::Request& req, const char* name, int fallback, int lo, int hi) {
  if (!req.has_param(name)) return fallback;
  const std::string v = req.get_param_value(name);
  if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  int n = std::stoi(v);
  if (n < lo || n > hi) return std::nullopt;
  return n;
}

bool Authorized(const httplib::Request& req, const std::string& token) {
  if (token.empty()) return true;
  std::string h = req.get_header_value("Authorization");
  const std::string prefix = "Bearer ";
  if (h.size() != prefix.size() + token.size() || h.compare(0, prefix.size(), prefix) != 0) return false;
  // Constant-time comparison of the token part.
  unsigned char diff = 0;
  for (size_t i = 0; i < token.size(); ++i) diff |= h[prefix.size() + i] ^ token[i];
  return diff == 0;
}

// Answers with a Result<Json>: 200 with the value, 500 with the error.
template <typename T>
void Reply(httplib::Response& res, const Result<T>& r) {
  if (!r.ok()) return SendError(res, 500, r.error().message);
  SendJson(res, 200, r.value());
}

bool HasWord(const std::string& q) {
  for (unsigned char c : q)
    if (std::isalnum(c) || c >= 0x80) return true;
  return false;
}

int CountTerms(const std::string& q) {
  int n = 0;
  bool in = false;
  for (unsigned char c : q) {
    bool w = std::isalnum(c) || c >= 0x80;
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

// A refusal for a search query past the work caps.
std::optional<std::string> QueryTooBig(const std::string& q) {
  if (q.size() > kMaxQueryBytes) return "the query is longer than " + std::to_string(kMaxQueryBytes) + " bytes";
  if (CountTerms(q) > kMaxQueryTerms) return "the query has more than " + std::to_string(kMaxQueryTerms) + " words";
  return std::nullopt;
}

bool IsLoopbackName(const std::string& host) {
  return host == "localhost" || host == "127.0.0.1" || host == "[::1]" || host == "::1" ||
         (host.size() > 4 && host.compare(0, 4, "127.") == 0 && host.find_first_not_of("0123456789.") == std::string::npos);
}

// "name" of "name:port" (IPv6 literals keep their brackets).
std::string HostName(const std::string& host) {
  if (!host.empty() && host[0] == '[') return Lower(host.substr(0, host.find(']') + 1));
  return Lower(host.substr(0, host.find(':')));
}

bool IsWrite(const std::string& method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

}  // namespace

HeadPolicy MakeHeadPolicy(const ServeOptions& o) {
  HeadPolicy p;
  p.bind = Lower(o.bind);
  p.loopback = IsLoopbackName(p.bind);
  for (const std::string& a : o.allow_origins) p.allow_origins.push_back(Lower(a));
  for (const std::string& h : o.allow_hosts) p.allow_hosts.push_back(HostName(h));
  return p;
}

std::optional<std::pair<int, std::string>> CheckHead(const RequestHead& head, const HeadPolicy& policy) {
  const bool write = IsWrite(head.method);
  const std::string host = head.Field("host"), name = HostName(host);
  auto allowed_host = [&] {
    if (std::find(policy.allow_hosts.begin(), policy.allow_hosts.end(), name) != policy.allow_hosts.end()) return true;
    if (policy.loopback) return IsLoopbackName(name) || name == policy.bind;
    // A non-loopback bind: any Host, unless a list was configured.
    return policy.allow_hosts.empty() || name == policy.bind;
  };
  if ((write || policy.loopback) && !host.empty() && !allowed_host())
    return std::make_pair(403, "Host \"" + host.substr(0, 100) + "\" is not a name of this server (see --allow-host)");
  if (write) {
    std::string origin = Lower(head.Field("origin"));
    bool listed = std::find(policy.allow_origins.begin(), policy.allow_origins.end(), origin) != policy.allow_origins.end();
    if (!origin.empty() && !listed) {
      // Same origin: "http://" + the Host the request was sent to.
      if (origin != "http://" + Lower(host) && origin != "https://" + Lower(host))
        return std::make_pair(403, "writes from origin \"" + origin.substr(0, 100) +
                                       "\" are refused (see --allow-origin)");
    }
    if (!listed && Lower(head.Field("sec-fetch-site")) == "cross-site")
      return std::make_pair(403, "cross-site writes are refused (see --allow-origin)");
  }
  std::string enc = Lower(head.Field("content-encoding"));
  if (!enc.empty() && enc != "identity") {
    std::string path = head.target.substr(0, head.target.find('?'));
    if (head.method != "POST" || path != "/api/documents")
      return std::make_pair(415, "Content-Encoding is accepted only on POST /api/documents");
    if (enc != "gzip" && enc != "x-gzip" && enc != "deflate" && enc != "br")
      return std::make_pair(415, "Content-Encoding must be gzip, deflate or br");
  }
  return std::nullopt;
}

const std::vector<std::pair<std::string, std::string>>& SecurityHeaders() {
  // The web page loads only its own files and talks only to this server; no
  // inline script runs, so a stored javascript: link cannot either. Style
  // attributes set by the page's script are allowed (style-src-attr) until
  // the page sets none; <style> elements are not.
  static const std::vector<std::pair<std::string, std::string>> kHeaders = {
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
  };
  return kHeaders;
}

void Router::Process(httplib::Stream& strm, bool close_after, bool* closed) {
  bool c = false;
  try {
    process_request(strm, close_after, c, nullptr);
  } catch (...) {
    c = true;  // httplib catches handler exceptions; anything else ends the connection
  }
  *closed = c;
}

Router::Router(RouteContext* ctx) {
  httplib::Server& svr = *this;
  Service& service = *ctx->service;
  const ServeOptions& o = *ctx->options;
  httplib::Headers defaults;
  for (const auto& [k, v] : SecurityHeaders()) defaults.emplace(k, v);
  svr.set_default_headers(defaults);
  svr.set_payload_max_length(o.max_body);
  svr.set_keep_alive_timeout(o.idle_timeout_s);  // advertised in Keep-Alive; the front enforces both
  svr.set_keep_alive_max_count(kMaxRequestsPerConnection);

  svr.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!IsCleanText(req.path)) {
      SendError(res, 400, "the URL path is not valid UTF-8 (or holds a NUL byte)");
      return httplib::Server::HandlerResponse::Handled;
    }
    for (const auto& [k, v] : req.params) {
      if (!IsCleanText(k) || !IsCleanText(v)) {
        SendError(res, 400, "a query parameter is not valid UTF-8 (or holds a NUL byte)");
        return httplib::Server::HandlerResponse::Handled;
      }
    }
    // cpp-httplib compresses with brotli at quality 11 when a client accepts
    // it: ~160 ms of CPU for a 140 KB story page, gzip ~3 ms for a page a
    // third larger. Browsers accept both; drop "br" so they get gzip.
    DropBrotli(const_cast<httplib::Request&>(req).headers);  // the server's own request object
    return httplib::Server::HandlerResponse::Unhandled;
  });
  if (ctx->store) RegisterExportRoutes(svr, ctx->store);  // before the catch-all for /api

  svr.Get("/api/health", [&](const httplib::Request& req, httplib::Response& res) {
    Reply(res, service.HealthJson(req.get_param_value("integrity") == "1"));
  });
  svr.Get("/api/metrics", [ctx, &service](const httplib::Request&, httplib::Response& res) {
    auto r = service.MetricsJson();
    if (!r.ok()) return SendError(res, 500, r.error().message);
    Json j = std::move(r.value());
    if (ctx->server_stats) j["server"] = ctx->server_stats();
    SendJson(res, 200, j);
  });

  // Documents: the body is read here, through cpp-httplib's decoder, so a
  // Content-Encoding is bounded by max_body after decompression too.
  svr.Post("/api/documents", [ctx, &service, &o](const httplib::Request& req, httplib::Response& res,
                                                  const httplib::ContentReader& reader) {
    if (!Authorized(req, o.token)) {
      res.set_header("WWW-Authenticate", "Bearer");
      return SendError(res, 401, "this server needs \"Authorization: Bearer <token>\" for writes");
    }
    std::string body;
    bool too_big = false;
    bool read_ok = reader([&](const char* data, size_t n) {
      if (body.size() + n > o.max_body) {
        too_big = true;
        return false;
      }
      body.append(data, n);
      return true;
    });
    if (too_big)
      return SendError(res, 413, "the request body is larger than the limit of " + std::to_string(o.max_body) +
                                     " bytes (after decompression)");
    if (!read_ok) return SendError(res, 400, "the request body could not be read (bad framing or compressed data)");
    const std::string type = MediaType(req.get_header_value("Content-Type"));
    if (type == "application/json") {
      ReadLimits lim;
      JsonShape shape = ScanJsonShape(body, lim.max_depth, lim.max_json_members);
      if (shape.depth > lim.max_depth)
        return SendError(res, 400, "the JSON body is nested deeper than " + std::to_string(lim.max_depth) + " levels");
      if (shape.members > lim.max_json_members)
        return SendError(res, 400, "a JSON object of the body has more than " + std::to_string(lim.max_json_members) +
                                       " members");
    }
    int n = ++ctx->request_counter;
    // ?name= names the input (a file name): it becomes the documents' path
    // (their id and, lacking an outlet, their label), as with analyze.
    const std::string name = req.has_param("name") ? req.get_param_value("name") : "api/" + std::to_string(n);
    if (name.empty() || name.size() > 1024 || FirstInvalidUtf8(name))
      return SendError(res, 400, "name: 1 to 1024 bytes of UTF-8");
    auto parsed = ParseIngestBody(body, req.get_header_value("Content-Type"), name);
    if (parsed.error) return SendError(res, parsed.error->status, parsed.error->message);
    // With a work queue the body goes to the workers (202); else it is
    // analysed here. A write that failed is a 503 (send it again), never a 200.
    std::vector<IngestItem> items = ctx->queued ? service.Enqueue(parsed.parsed, name)
                                                : service.Ingest(std::move(parsed.parsed.docs));
    IngestReply reply = MakeIngestReply(items, parsed.parsed.errors);
    SendJson(res, reply.status, reply.body);
  });
  auto not_allowed = [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Allow", "GET, POST");
    SendError(res, 405, "method not allowed");
  };
  svr.Put("/api/documents", not_allowed);
  svr.Delete("/api/documents", not_allowed);

  svr.Get("/api/documents", [&](const httplib::Request& req, httplib::Response& res) {
    auto limit = IntParam(req, "limit", 50, 1, 1000), offset = IntParam(req, "offset", 0, 0, 1 << 30);
    if (!limit || !offset) return SendError(res, 400, "limit must be 1..1000 and offset >= 0");
    Reply(res, service.DocumentsJson(*limit, *offset));
  });
  svr.Get(R"(/api/documents/([^/]+))", [&](const httplib::Request& req, httplib::Response& res) {
    auto r = service.DocumentJson(req.matches[1]);
    if (!r.ok()) return SendError(res, 500, r.error().message);
    if (!r->has_value()) return SendError(res, 404, "no document " + std::string(req.matches[1]));
    SendJson(res, 200, **r);
  });
  svr.Get("/api/stories", [&](const httplib::Request& req, httplib::Response& res) {
    auto limit = IntParam(req, "limit", 50, 1, 1000), offset = IntParam(req, "offset", 0, 0, 1 << 30);
    if (!limit || !offset) return SendError(res, 400, "limit must be 1..1000 and offset >= 0");
    std::string q = req.get_param_value("q");
    if (!q.empty() && !HasWord(q)) return SendError(res, 400, "the query has no words");
    if (auto why = QueryTooBig(q)) return SendError(res, 400, *why);
    ReplyPage(req, res, service.StoriesPage(q, *limit, *offset));
  });
  svr.Get(R"(/api/documents/([^/]+)/status)", [&](const httplib::Request& req, httplib::Response& res) {
    auto r = service.DocumentStatusJson(req.matches[1]);
    if (!r.ok()) return SendError(res, 500, r.error().message);
    if (!r->has_value()) return SendError(res, 404, "no document " + std::string(req.matches[1]));
    SendJson(res, 200, **r);
  });
  // A story's members and timeline sentences, a page at a time (the story
  // answer holds the first page of each).
  svr.Get(R"(/api/stories/([^/]+)/(documents|timeline))", [&](const httplib::Request& req, httplib::Response& res) {
    auto limit = IntParam(req, "limit", req.matches[2] == "timeline" ? 200 : 20, 1, 500),
         offset = IntParam(req, "offset", 0, 0, 1 << 30);
    if (!limit || !offset) return SendError(res, 400, "limit must be 1..500 and offset >= 0");
    auto r = service.StoryListPage(req.matches[1], req.matches[2], *limit, *offset);
    if (!r.ok()) return SendError(res, 500, r.error().message);
    if (!r->has_value()) return SendError(res, 404, "no story " + std::string(req.matches[1]));
    res.status = 200;
    res.set_content(std::move(**r), "application/json");
  });
  svr.Get(R"(/api/stories/([^/]+))", [&](const httplib::Request& req, httplib::Response& res) {
    if (req.has_param("whole")) {
      // The whole answer, O(story): every member and timeline entry.
      if (req.get_param_value("whole") != "1") return SendError(res, 400, "whole takes 1");
      auto w = service.StoryJson(req.matches[1]);
      if (!w.ok()) return SendError(res, 500, w.error().message);
      if (!w->has_value()) return SendError(res, 404, "no story " + std::string(req.matches[1]));
      return SendJson(res, 200, **w);
    }
    auto r = service.StoryPage(req.matches[1]);
    if (!r.ok()) return SendError(res, 500, r.error().message);
    if (!r->has_value()) return SendError(res, 404, "no story " + std::string(req.matches[1]));
    SendPage(req, res, ***r);
  });
  svr.Get("/api/claims", [&](const httplib::Request& req, httplib::Response& res) {
    auto limit = IntParam(req, "limit", 100, 1, 1000), offset = IntParam(req, "offset", 0, 0, 1 << 30);
    if (!limit || !offset) return SendError(res, 400, "limit must be 1..1000 and offset >= 0");
    ClaimFilter f;
    f.measure = req.get_param_value("measure");
    f.speaker = req.get_param_value("speaker");
    f.source = req.get_param_value("source");
    f.date_from = req.get_param_value("from");
    f.date_to = req.get_param_value("to");
    f.story = req.get_param_value("story");
    for (const std::string* s : {&f.measure, &f.speaker, &f.source, &f.date_from, &f.date_to, &f.story})
      if (s->size() > kMaxFilterBytes)
        return SendError(res, 400, "a filter is longer than " + std::to_string(kMaxFilterBytes) + " bytes");
    f.limit = *limit;
    f.offset = *offset;
    ReplyPage(req, res, service.ClaimsPage(f));
  });
  svr.Get("/api/search", [&](const httplib::Request& req, httplib::Response& res) {
    auto limit = IntParam(req, "limit", 20, 1, 200), offset = IntParam(req, "offset", 0, 0, 1 << 20);
    if (!limit || !offset) return SendError(res, 400, "limit must be 1..200 and offset >= 0");
    std::string q = req.get_param_value("q");
    if (!HasWord(q)) return SendError(res, 400, "give a query with at least one word: ?q=...");
    if (auto why = QueryTooBig(q)) return SendError(res, 400, *why);
    ReplyPage(req, res, service.SearchPage(q, *limit, *offset));
  });
  svr.Get(R"(/api(/.*)?)", [](const httplib::Request& req, httplib::Response& res) {
    SendError(res, 404, "no API route " + req.path);
  });

  svr.Get(R"(/.*)", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto file = ResolveStaticPath(ctx->web_dir, req.path);
    if (!file) return SendError(res, 404, "not found: " + req.path);
    std::error_code ec;
    if (std::filesystem::file_size(*file, ec) > (size_t{16} << 20) || ec)
      return SendError(res, 404, "not found: " + req.path);
    std::ifstream in(*file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    res.set_header("Cache-Control", "no-cache");
    res.set_content(ss.str(), ContentTypeFor(*file).c_str());
  });

  svr.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;  // a handler already wrote a JSON error
    std::string msg = res.status == 413   ? "the request body is larger than the limit"
                      : res.status == 404 ? "not found"
                      : res.status == 400 ? "bad request"
                      : res.status == 405 ? "method not allowed"
                      : res.status == 416 ? "range not satisfiable"
                                          : "error " + std::to_string(res.status);
    SendError(res, res.status, msg);
  });
  svr.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string msg = "internal error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      msg += std::string(": ") + e.what();
    } catch (...) {
    }
    SendError(res, 500, msg);
  });
  const bool quiet = o.quiet;
  svr.set_logger([&service, quiet](const httplib::Request& req, const httplib::Response& res) {
    service.CountRequest(res.status);
    if (!quiet) {
      std::string path = IsCleanText(req.path) ? req.path : "(bad bytes)";
      std::fprintf(stderr, "%s %s %d\n", req.method.c_str(), path.c_str(), res.status);
    }
  });
}

}  // namespace crosscheck::serve
