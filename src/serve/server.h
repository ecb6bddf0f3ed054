// `crosscheck serve`: an HTTP server over the SQLite store, with the JSON API
// under /api/ (docs/API.md) and the web page at / (served from the web/
// folder, see docs/API.md "Web page"). Connections, deadlines and limits
// are the front's (server_front.h); cpp-httplib parses and routes each
// request the front has buffered whole (server_routes.cc).
//
// RunServer blocks until SIGTERM or SIGINT, then stops accepting requests,
// lets the running ones finish, closes the store and returns 0. Every ingest
// is acknowledged only after its transaction committed, so a kill -9 loses no
// acknowledged document. Call RunServer from one thread at a time (it
// installs process signal handlers for its duration).
#ifndef CROSSCHECK_SERVE_SERVER_H_
#define CROSSCHECK_SERVE_SERVER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/status.h"

namespace crosscheck {

struct ServeOptions {
  std::string db;                     // SQLite file (created when missing) or postgresql:// URL; required
  std::string queue;                  // redis:// URL: POSTs go to this work queue (202)
  int story_wait_ms = 2000;           // a POST waits this long for its documents' stories
  // "sync": a POST is analysed and stored before its answer (201). "async":
  // a POST is committed to the inbox (STORE.inbox, inbox.h) and answered
  // 202 with a status URL; the server's analysis threads store it after.
  std::string ingest = "sync";
  int analysis_threads = 2;           // async: threads analysing the inbox
  int max_queued = 10000;             // async: bodies in the inbox at most; more get 503
  // Fusion batch window (ServiceOptions::fuse_batch_ms); -1: 1000 with
  // --ingest async, 0 with sync (a POST waits for its round).
  int fuse_batch_ms = -1;
  std::string bind = "127.0.0.1";
  int port = 8080;                    // 0 = any free port (see port_file)
  std::string token;                  // when set, writes need "Authorization: Bearer <token>"
  size_t max_body = 16 << 20;         // request bodies above this (as sent, or decompressed) get 413
  std::string web_dir;                // "" = $CROSSCHECK_WEB_DIR, else <source>/web
  std::string port_file;              // when set, the bound port is written there
  int threads = 8;                    // workers for reads; writes get max(2, threads / 4)
  int read_timeout_s = 10;            // silence allowed while reading a request or writing a response
  int write_timeout_s = 10;
  int header_timeout_s = 10;          // a request head must arrive within this, from its first byte
  int body_timeout_s = 60;            // a body must arrive within this, from the end of its head
  int idle_timeout_s = 5;             // a kept-alive connection may wait this long for its next request
  size_t max_connections = 1024;      // open connections; more get 503
  std::vector<std::string> allow_origins;  // Origins besides the server's own whose writes are taken
  std::vector<std::string> allow_hosts;    // Host names besides the loopback ones (see docs/API.md)
  std::string model_dir;              // entity model ("" = default)
  bool quiet = false;                 // no request log on standard error
};

// Runs the server; returns the process exit code (0 after a signal, 1 when
// the store, model or socket cannot be opened; the reason goes to stderr).
int RunServer(const ServeOptions& options);

// Parses `--db FILE [--port N] [--bind ADDR] [--token T] [--max-body BYTES]
// [--web DIR] [--port-file FILE] [--threads N] [--timeout S] [--header-timeout S]
// [--body-timeout S] [--idle-timeout S] [--max-connections N] [--allow-origin O]...
// [--allow-host H]... [--model DIR] [--ingest sync|async] [--analysis-threads N] [--max-queued N] [--fuse-batch-ms MS] [--quiet]` (used by tests; the CLI has its
// own parser).
Result<ServeOptions> ParseServeArgs(const std::vector<std::string>& args);

}  // namespace crosscheck

#endif  // CROSSCHECK_SERVE_SERVER_H_
