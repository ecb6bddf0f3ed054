// HTTP layer of `crosscheck serve`: routes, authentication, limits, error
// bodies, static files and shutdown. The work itself is in Service.
//
// Every error is JSON: {"error": {"status": 404, "message": "..."}}.
// Shutdown: SIGTERM/SIGINT set a flag; a watcher thread sees it and calls
// Server::stop(), which closes the listening socket; httplib then finishes
// the requests in flight and listen_after_bind() returns.
#include "serve/server.h"

#include <httplib.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include "core/utf8.h"
#include "pipeline/pipeline.h"
#include "queue/queue.h"
#include "serve/ingest.h"
#include "serve/service.h"
#include "serve/static_files.h"
#include "store/store.h"

namespace crosscheck {

namespace {

std::atomic<bool> g_stop{false};

extern "C" void OnStopSignal(int) { g_stop = true; }

void SendJson(httplib::Response& res, int status, const Json& j) {
  res.status = status;
  res.set_content(j.dump(), "application/json");
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, status, Json{{"error", Json{{"status", status}, {"message", message}}}});
}

// An integer query parameter within [lo, hi]; `fallback` when absent.
std::optional<int> IntParam(const httplib::Request& req, const char* name, int fallback, int lo,
                            int hi) {
  if (!req.has_param(name)) return fallback;
  const std::string v = req.get_param_value(name);
  if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  int n = std::stoi(v);
  if (n < lo || n > hi) return std::nullopt;
  return n;
}

bool Authorized(const httplib::Request& req, const std::string& token) {
  if (token.empty()) return true;
  std::string h = req.get_header_value("Authorization");
  const std::string prefix = "Bearer ";
  if (h.size() != prefix.size() + token.size() || h.compare(0, prefix.size(), prefix) != 0)
    return false;
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

void Routes(httplib::Server& svr, serve::Service& service, const ServeOptions& o,
            const std::string& web_dir, std::atomic<int>& request_counter, bool queued) {
  svr.Get("/api/health", [&](const httplib::Request& req, httplib::Response& res) {
    Reply(res, service.HealthJson(req.get_param_value("integrity") == "1"));
  });
  svr.Get("/api/metrics", [&](const httplib::Request&, httplib::Response& res) {
    Reply(res, service.MetricsJson());
  });

  svr.Post("/api/documents", [&](const httplib::Request& req, httplib::Response& res) {
    if (!Authorized(req, o.token)) {
      res.set_header("WWW-Authenticate", "Bearer");
      return SendError(res, 401, "this server needs \"Authorization: Bearer <token>\" for writes");
    }
    int n = ++request_counter;
    // ?name= names the input (a file name): it becomes the documents' path
    // (their id and, lacking an outlet, their label), as with analyze.
    const std::string name = req.has_param("name") ? req.get_param_value("name") : "api/" + std::to_string(n);
    if (name.empty() || name.size() > 1024 || FirstInvalidUtf8(name))
      return SendError(res, 400, "name: 1 to 1024 bytes of UTF-8");
    auto parsed = serve::ParseIngestBody(req.body, req.get_header_value("Content-Type"), name);
    if (parsed.error) return SendError(res, parsed.error->status, parsed.error->message);
    std::vector<serve::IngestItem> items = queued ? service.Enqueue(parsed.parsed, name)
                                                  : service.Ingest(std::move(parsed.parsed.docs));
    serve::IngestReply reply = serve::MakeIngestReply(items, parsed.parsed.errors);
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
    Reply(res, service.StoriesJson(q, *limit, *offset));
  });
  svr.Get(R"(/api/stories/([^/]+))", [&](const httplib::Request& req, httplib::Response& res) {
    auto r = service.StoryJson(req.matches[1]);
    if (!r.ok()) return SendError(res, 500, r.error().message);
    if (!r->has_value()) return SendError(res, 404, "no story " + std::string(req.matches[1]));
    SendJson(res, 200, **r);
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
    f.limit = *limit;
    f.offset = *offset;
    Reply(res, service.ClaimsJson(f));
  });
  svr.Get("/api/search", [&](const httplib::Request& req, httplib::Response& res) {
    auto limit = IntParam(req, "limit", 20, 1, 200), offset = IntParam(req, "offset", 0, 0, 1 << 20);
    if (!limit || !offset) return SendError(res, 400, "limit must be 1..200 and offset >= 0");
    std::string q = req.get_param_value("q");
    if (!HasWord(q)) return SendError(res, 400, "give a query with at least one word: ?q=...");
    Reply(res, service.SearchJson(q, *limit, *offset));
  });
  svr.Get(R"(/api(/.*)?)", [](const httplib::Request& req, httplib::Response& res) {
    SendError(res, 404, "no API route " + req.path);
  });

  svr.Get(R"(/.*)", [web_dir](const httplib::Request& req, httplib::Response& res) {
    auto file = serve::ResolveStaticPath(web_dir, req.path);
    if (!file) return SendError(res, 404, "not found: " + req.path);
    std::ifstream in(*file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    res.set_header("Cache-Control", "no-cache");
    res.set_content(ss.str(), serve::ContentTypeFor(*file).c_str());
  });
}

}  // namespace

int RunServer(const ServeOptions& o) {
  if (o.db.empty()) {
    std::cerr << "crosscheck serve: --db FILE is required\n";
    return 1;
  }
  auto store = OpenStore(o.db);
  if (!store.ok()) {
    std::cerr << "crosscheck serve: " << store.error().message << "\n";
    return 1;
  }
  auto pipeline = Pipeline::Create(PipelineOptions{.model_dir = o.model_dir});
  if (!pipeline.ok()) {
    std::cerr << "crosscheck serve: " << pipeline.error().message << "\n";
    return 1;
  }
  std::unique_ptr<WorkQueue> queue;
  if (!o.queue.empty()) {
    auto q = OpenRedisQueue(o.queue);
    if (!q.ok()) {
      std::cerr << "crosscheck serve: " << q.error().message << "\n";
      return 1;
    }
    queue = std::move(q.value());
  }
  serve::Service service(store->get(), pipeline->get(), serve::ServiceOptions{.story_wait_ms = o.story_wait_ms, .fuse = queue == nullptr, .queue = queue.get()});
  const std::string web_dir = o.web_dir.empty() ? serve::DefaultWebDir() : o.web_dir;
  std::atomic<int> request_counter{0};

  httplib::Server svr;
  const int threads = std::max(1, o.threads);
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  svr.set_payload_max_length(o.max_body);
  svr.set_read_timeout(o.read_timeout_s, 0);
  svr.set_write_timeout(o.write_timeout_s, 0);
  svr.set_keep_alive_timeout(std::min(5, o.read_timeout_s));  // idle keep-alive connections wait no longer than a read
  svr.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;  // a handler already wrote a JSON error
    std::string msg = res.status == 413   ? "the request body is larger than the limit"
                      : res.status == 404 ? "not found"
                      : res.status == 400 ? "bad request"
                      : res.status == 405 ? "method not allowed"
                                          : "error " + std::to_string(res.status);
    SendError(res, res.status, msg);
  });
  svr.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
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
    if (!quiet) std::fprintf(stderr, "%s %s %d\n", req.method.c_str(), req.path.c_str(), res.status);
  });
  Routes(svr, service, o, web_dir, request_counter, queue != nullptr);

  int port = o.port;
  if (port == 0) {
    port = svr.bind_to_any_port(o.bind);
    if (port < 0) {
      std::cerr << "crosscheck serve: cannot bind " << o.bind << "\n";
      return 1;
    }
  } else if (!svr.bind_to_port(o.bind, port)) {
    std::cerr << "crosscheck serve: cannot bind " << o.bind << ":" << port << "\n";
    return 1;
  }
  if (!o.port_file.empty()) {
    std::string tmp = o.port_file + ".tmp";
    std::ofstream(tmp) << port << "\n";
    std::rename(tmp.c_str(), o.port_file.c_str());  // appears whole
  }
  std::cerr << "crosscheck serve: listening on http://" << o.bind << ":" << port
            << "/ (store " << o.db << ", web " << web_dir << ")\n";

  g_stop = false;
  struct sigaction sa {}, old_term {}, old_int {};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, &old_term);
  sigaction(SIGINT, &sa, &old_int);
  std::atomic<bool> done{false};
  std::thread watcher([&] {
    while (!done) {
      if (g_stop) {
        svr.stop();
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  bool ok = svr.listen_after_bind();
  done = true;
  watcher.join();
  sigaction(SIGTERM, &old_term, nullptr);
  sigaction(SIGINT, &old_int, nullptr);
  const bool by_signal = g_stop.load();
  std::cerr << "crosscheck serve: stopped" << (by_signal ? " (signal)" : "") << "\n";
  return ok || by_signal ? 0 : 1;
}

Result<ServeOptions> ParseServeArgs(const std::vector<std::string>& args) {
  ServeOptions o;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> Result<std::string> {
      if (i + 1 >= args.size()) return Error{a + " needs a value"};
      return args[++i];
    };
    auto number = [&](long long lo, long long hi) -> Result<long long> {
      auto v = value();
      if (!v.ok()) return v.error();
      if (v->empty() || v->size() > 12 || v->find_first_not_of("0123456789") != std::string::npos)
        return Error{a + ": not a number: " + *v};
      long long n = std::stoll(*v);
      if (n < lo || n > hi) return Error{a + ": out of range: " + *v};
      return n;
    };
    if (a == "--quiet") { o.quiet = true; continue; }
    if (a == "--story-wait") {
      auto n = number(0, 600000);
      if (!n.ok()) return n.error();
      o.story_wait_ms = static_cast<int>(*n);
      continue;
    }
    if (a == "--port" || a == "--threads" || a == "--max-body" || a == "--timeout") {
      auto n = a == "--port"      ? number(0, 65535)
               : a == "--threads" ? number(1, 256)
               : a == "--timeout" ? number(1, 3600)
                                  : number(1, 1LL << 32);
      if (!n.ok()) return n.error();
      if (a == "--port") o.port = static_cast<int>(*n);
      else if (a == "--threads") o.threads = static_cast<int>(*n);
      else if (a == "--timeout") o.read_timeout_s = o.write_timeout_s = static_cast<int>(*n);
      else o.max_body = static_cast<size_t>(*n);
      continue;
    }
    std::string* target = a == "--db" ? &o.db : a == "--queue" ? &o.queue : a == "--bind" ? &o.bind : a == "--token" ? &o.token
                        : a == "--web" ? &o.web_dir : a == "--port-file" ? &o.port_file
                        : a == "--model" ? &o.model_dir : nullptr;
    if (!target) return Error{"unknown option " + a};
    auto v = value();
    if (!v.ok()) return v.error();
    *target = *v;
  }
  if (o.db.empty()) return Error{"--db FILE is required"};
  return o;
}

}  // namespace crosscheck
