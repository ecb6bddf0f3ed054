// The server's front: the listening socket, every connection, and the
// worker threads, with a deadline on every phase of a request.
//
// One thread runs an epoll loop over all connections. It reads each
// request whole — head, then body — into the connection's buffer, checking
// limits as bytes arrive (server_http.h), and only then hands the request to
// a worker lane. So a client that sends slowly, or half a request, holds a
// buffer and a slot under the connection cap, never a worker thread, and
// every phase has a total deadline, not only a per-read one:
//   idle    a fresh connection must finish its head within header_timeout;
//           a kept-alive one may wait idle_timeout for its next request;
//   head    header_timeout from its first byte;
//   body    body_timeout from the end of the head;
//   silence no phase may go io_timeout without a byte;
//   write   a response must be taken within write_timeout, and no single
//           write may wait longer than io_timeout.
// A request past a deadline or a limit gets a short JSON error (408, 413,
// 431, ...) written by the front itself, then the connection is closed.
// Accepted connections beyond max_connections get 503 at once; a lane whose
// queue is full answers 503 too, and so does a request arriving while the
// front holds more than max_buffered_bytes of requests. Reads (GET, HEAD) and writes (everything
// else) have separate lanes, so slow ingests never hold up /api/health.
//
// Thread safety: Bind, then Run on one thread; Stop may be called from any
// thread (not from a signal handler).
#ifndef CROSSCHECK_SERVE_SERVER_FRONT_H_
#define CROSSCHECK_SERVE_SERVER_FRONT_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/status.h"
#include "serve/server_http.h"

namespace httplib {
class Stream;
}

namespace crosscheck::serve {

// Requests served on one connection before it is closed.
inline constexpr size_t kMaxRequestsPerConnection = 1000;

struct FrontOptions {
  std::string bind = "127.0.0.1";
  int port = 0;                     // 0 = any free port
  int backlog = 1024;               // listen(2) backlog (the kernel caps it at somaxconn)
  size_t max_connections = 1024;    // open connections; more are answered 503 and closed
  int read_threads = 8;             // workers for GET and HEAD
  int write_threads = 2;            // workers for POST and other methods
  size_t max_queued = 256;          // requests waiting per lane; more get 503
  double header_timeout_s = 10;
  double body_timeout_s = 60;
  double idle_timeout_s = 5;
  double io_timeout_s = 10;
  double write_timeout_s = 60;
  size_t max_requests_per_connection = kMaxRequestsPerConnection;
  // Request bytes held at once (buffers of unfinished requests and queued
  // or running ones); at least 4 × http.max_body_bytes. Past it, unfinished
  // requests get 503, so the connection cap cannot multiply into memory.
  size_t max_buffered_bytes = size_t{256} << 20;
  HttpLimits http;
  // Extra header lines ("Name: value\r\n"...) for the front's own responses.
  std::string response_headers;
  // Called with each complete head before its body is read: a (status,
  // message) refuses the request (for example a write from a foreign
  // origin, or a Content-Encoding where none is accepted).
  std::function<std::optional<std::pair<int, std::string>>(const RequestHead&)> check_head;
  // Called with the status of each response the front writes itself.
  std::function<void(int status)> on_front_response;
};

// Processes one whole, buffered request from `strm` and writes the
// response; sets *closed when the connection must close after it.
// (cpp-httplib's Server::process_request; see server.cc.)
using ProcessFn = std::function<void(httplib::Stream& strm, bool close_after, bool* closed)>;

struct FrontStats {
  int64_t open_connections = 0;
  int64_t accepted = 0;
  int64_t refused_busy = 0;      // 503: connection cap or a full lane
  int64_t timed_out = 0;         // 408 or closed at a deadline
  int64_t rejected_by_front = 0; // 4xx written by the front
};

class Front {
 public:
  Front(FrontOptions options, ProcessFn process);
  ~Front();
  Front(const Front&) = delete;  // owns sockets and threads
  Front& operator=(const Front&) = delete;

  // Creates the listening socket; after it, port() is the bound port.
  Status Bind();
  int port() const { return port_; }
  // Serves until Stop(); returns once requests in flight have finished.
  void Run();
  void Stop();
  FrontStats stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_SERVER_FRONT_H_
