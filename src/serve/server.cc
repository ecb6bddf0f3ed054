// `crosscheck serve`: wires the store, the pipeline, the Service, the
// routes (server_routes.cc) and the front (server_front.cc) together, and
// stops on SIGTERM/SIGINT: a flag set by the signal handler is seen by a
// watcher thread, which stops the front; the front closes the listening
// socket, lets the requests in flight finish and returns.
#include "serve/server.h"

#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include "core/utf8.h"
#include "pipeline/pipeline.h"
#include "queue/queue.h"
#include "serve/inbox.h"
#include "serve/server_front.h"
#include "serve/worker.h"
#include "serve/server_routes.h"
#include "serve/service.h"
#include "serve/static_files.h"
#include "store/store.h"

namespace crosscheck {

namespace {

std::atomic<bool> g_stop{false};

extern "C" void OnStopSignal(int) { g_stop = true; }

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
  const bool async = o.ingest == "async";
  std::unique_ptr<serve::Inbox> inbox;
  if (async) {
    if (queue || IsPostgresUrl(o.db)) {
      std::cerr << "crosscheck serve: --ingest async needs a SQLite store and no --queue\n";
      return 1;
    }
    auto in = serve::Inbox::Open(o.db + ".inbox");
    if (!in.ok()) {
      std::cerr << "crosscheck serve: " << in.error().message << "\n";
      return 1;
    }
    inbox = std::move(in.value());
  }
  serve::Service service(store->get(), pipeline->get(),
                         serve::ServiceOptions{.story_wait_ms = o.story_wait_ms, .fuse = queue == nullptr,
                                               .queue = queue.get(), .inbox = inbox.get(),
                                               .max_queued = o.max_queued,
                                               .fuse_batch_ms = o.fuse_batch_ms >= 0 ? o.fuse_batch_ms
                                                                : async              ? 1000
                                                                                     : 0,
                                               // async: no POST waits for a round; requests first
                                               .fuse_nice = async ? 5 : 0});
  // Async: analysis threads drain the inbox (the body of `crosscheck
  // worker`, without fusion: the service's loop fuses), at a lower CPU
  // priority than the request threads, so reads are not queued behind
  // analysis on a busy machine.
  std::atomic<bool> stop_analysis{false};
  std::vector<std::thread> analysis;
  for (int i = 0; async && i < std::max(1, o.analysis_threads); ++i)
    analysis.emplace_back([&, i] {
      setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 5);
      serve::WorkerOptions wo;
      wo.consumer = "inbox-" + std::to_string(i);
      wo.block_ms = 200;
      // A POST is acknowledged by the inbox's commit; what the analysis
      // threads took is stored in one transaction per take (up to 16
      // bodies: the per-document commit was a third of its store CPU).
      wo.take = 16;
      wo.fuse = false;
      wo.quiet = true;
      wo.stop = &stop_analysis;
      wo.on_stored = [&service](std::shared_ptr<const DocAnalysis> a) { service.OnStored(std::move(a)); };
      serve::RunWorker(store->get(), inbox.get(), pipeline->get(), wo);
    });
  struct JoinAnalysis {
    std::atomic<bool>* stop;
    std::vector<std::thread>* threads;
    ~JoinAnalysis() {
      *stop = true;
      for (std::thread& t : *threads) t.join();
    }
  } join_analysis{&stop_analysis, &analysis};
  serve::RouteContext ctx;
  ctx.service = &service;
  ctx.store = store->get();
  ctx.options = &o;
  ctx.queued = queue != nullptr || async;
  ctx.web_dir = o.web_dir.empty() ? serve::DefaultWebDir() : o.web_dir;
  serve::Router router(&ctx);

  serve::FrontOptions fo;
  fo.bind = o.bind;
  fo.port = o.port;
  fo.max_connections = o.max_connections;
  fo.read_threads = std::max(1, o.threads);
  fo.write_threads = std::max(2, o.threads / 4);
  fo.header_timeout_s = o.header_timeout_s;
  fo.body_timeout_s = o.body_timeout_s;
  fo.idle_timeout_s = std::min(o.idle_timeout_s, o.read_timeout_s);
  fo.io_timeout_s = o.read_timeout_s;
  fo.write_timeout_s = std::max(o.write_timeout_s, o.body_timeout_s);
  fo.http.max_body_bytes = o.max_body;
  for (const auto& [k, v] : serve::SecurityHeaders()) fo.response_headers += k + ": " + v + "\r\n";
  const serve::HeadPolicy policy = serve::MakeHeadPolicy(o);
  fo.check_head = [&policy](const serve::RequestHead& h) { return serve::CheckHead(h, policy); };
  fo.on_front_response = [&service](int status) { service.CountRequest(status); };
  serve::Front front(fo, [&router](httplib::Stream& strm, bool close_after, bool* closed) {
    router.Process(strm, close_after, closed);
  });
  ctx.server_stats = [&front] {
    serve::FrontStats s = front.stats();
    return Json{{"open_connections", s.open_connections}, {"accepted", s.accepted},
                {"refused_busy", s.refused_busy}, {"timed_out", s.timed_out},
                {"rejected_by_front", s.rejected_by_front}};
  };
  Status bound = front.Bind();
  if (!bound.ok()) {
    std::cerr << "crosscheck serve: " << bound.error().message << "\n";
    return 1;
  }
  const int port = front.port();
  if (!o.port_file.empty()) {
    std::string tmp = o.port_file + ".tmp";
    std::ofstream(tmp) << port << "\n";
    std::rename(tmp.c_str(), o.port_file.c_str());  // appears whole
  }
  std::cerr << "crosscheck serve: listening on http://" << o.bind << ":" << port << "/ (store " << o.db
            << ", web " << ctx.web_dir << ")\n";
  if (!policy.loopback && o.token.empty())
    std::cerr << "crosscheck serve: warning: listening beyond loopback without --token: anyone who can reach "
                 "this port can add documents\n";

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
        front.Stop();
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  front.Run();
  done = true;
  watcher.join();
  sigaction(SIGTERM, &old_term, nullptr);
  sigaction(SIGINT, &old_int, nullptr);
  std::cerr << "crosscheck serve: stopped" << (g_stop.load() ? " (signal)" : "") << "\n";
  return 0;
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
    if (a == "--ingest") {
      auto v = value();
      if (!v.ok()) return v.error();
      if (*v != "sync" && *v != "async") return Error{"--ingest: sync or async, not " + *v};
      o.ingest = *v;
      continue;
    }
    if (a == "--max-queued") {
      auto n = number(1, 1 << 30);
      if (!n.ok()) return n.error();
      o.max_queued = static_cast<int>(*n);
      continue;
    }
    if (a == "--fuse-batch-ms") {
      auto n = number(0, 600000);
      if (!n.ok()) return n.error();
      o.fuse_batch_ms = static_cast<int>(*n);
      continue;
    }
    if (a == "--analysis-threads") {
      auto n = number(1, 64);
      if (!n.ok()) return n.error();
      o.analysis_threads = static_cast<int>(*n);
      continue;
    }
    if (a == "--story-wait") {
      auto n = number(0, 600000);
      if (!n.ok()) return n.error();
      o.story_wait_ms = static_cast<int>(*n);
      continue;
    }
    if (a == "--port" || a == "--threads" || a == "--max-body" || a == "--timeout" || a == "--header-timeout" ||
        a == "--body-timeout" || a == "--idle-timeout" || a == "--max-connections") {
      auto n = a == "--port"              ? number(0, 65535)
               : a == "--threads"         ? number(1, 256)
               : a == "--max-body"        ? number(1, 1LL << 32)
               : a == "--max-connections" ? number(1, 1 << 20)
                                          : number(1, 3600);
      if (!n.ok()) return n.error();
      int v = static_cast<int>(std::min<long long>(*n, 1 << 30));
      if (a == "--port") o.port = v;
      else if (a == "--threads") o.threads = v;
      else if (a == "--timeout") o.read_timeout_s = o.write_timeout_s = v;
      else if (a == "--header-timeout") o.header_timeout_s = v;
      else if (a == "--body-timeout") o.body_timeout_s = v;
      else if (a == "--idle-timeout") o.idle_timeout_s = v;
      else if (a == "--max-connections") o.max_connections = static_cast<size_t>(*n);
      else o.max_body = static_cast<size_t>(*n);
      continue;
    }
    if (a == "--allow-origin" || a == "--allow-host") {
      auto v = value();
      if (!v.ok()) return v.error();
      (a == "--allow-origin" ? o.allow_origins : o.allow_hosts).push_back(*v);
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
