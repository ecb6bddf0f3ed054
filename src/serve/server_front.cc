// The front's event loop and worker lanes (see server_front.h for the
// contract).
//
// Connections live in `conns_`, owned by the loop thread. A connection is
// in one phase at a time: idle (no byte of its next request), head, body,
// busy (a worker has it: its socket is out of the epoll set and its buffer
// moved into the job), or draining (an error response was written; input is
// read and dropped for a moment so the client sees the response rather than
// a reset, then the socket closes). Workers hand connections back through a
// mutex-guarded list and an eventfd. Deadlines are checked by a sweep every
// 100 ms, which bounds how late a deadline fires.
//
// A worker gives cpp-httplib a Stream over the buffered request (reads never
// touch the socket) that writes to the socket with a per-write and a total
// deadline. httplib reads a request's head byte by byte and its body by
// exact lengths, so it never reads past the request: what is left in the
// buffer (a pipelined next request) goes back to the loop with the socket.
#include "serve/server_front.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <httplib.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include "serve/server_stream.h"

namespace crosscheck::serve {

namespace {

using Clock = std::chrono::steady_clock;

Clock::duration Seconds(double s) {
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s));
}


std::string JsonEscape(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c >= 0x80) {
      out += ' ';  // messages are ASCII; anything else is dropped
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

const char* Reason(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 431: return "Request Header Fields Too Large";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
  }
}

enum class Phase { kIdle, kHead, kBody, kBusy, kDrain };

struct Conn {
  int fd = -1;
  uint64_t id = 0;
  std::string buf;
  Phase phase = Phase::kIdle;
  RequestHead head;
  std::optional<ChunkedScanner> chunked;
  size_t fed = 0;  // body bytes given to `chunked`
  Clock::time_point deadline, last_io;
  size_t requests = 0;
  bool fresh = true;  // no request finished on it yet
  bool eof = false;   // the client closed its side
  std::string peer_ip;
  int peer_port = 0;
};

struct Job {
  int fd;
  uint64_t id;
  std::string request;  // rewritten head + body + whatever followed
  size_t framed;        // bytes of the request itself
  bool close_after;
  std::string peer_ip;
  int peer_port;
};

struct Returned {
  uint64_t id;
  bool keep;
  std::string rest;  // bytes after the request
};

}  // namespace

struct Front::Impl {
  FrontOptions o;
  ProcessFn process;
  int listen_fd = -1, epoll_fd = -1, wake_fd = -1, spare_fd = -1;
  std::atomic<bool> stopping{false};
  uint64_t next_id = 1;
  std::unordered_map<uint64_t, Conn> conns;
  std::unordered_map<int, uint64_t> by_fd;

  // Lanes.
  struct Lane {
    std::mutex mu;
    std::condition_variable cv;
    std::deque<Job> jobs;
    std::vector<std::thread> threads;
    bool closing = false;
  };
  Lane read_lane, write_lane;
  std::mutex back_mu;
  std::vector<Returned> back;

  std::atomic<int64_t> open{0}, accepted{0}, refused_busy{0}, timed_out{0}, rejected{0};
  // Request bytes held, in connections' buffers and in queued or running
  // jobs; past max_buffered, unfinished requests are refused (503).
  std::atomic<int64_t> buffered{0};
  int64_t max_buffered = 0;

  Impl(FrontOptions opts, ProcessFn fn) : o(std::move(opts)), process(std::move(fn)) {
    max_buffered = static_cast<int64_t>(std::max(o.max_buffered_bytes, 4 * o.http.max_body_bytes));
  }

  // --- the loop thread ---

  void Watch(int fd, uint64_t id) {
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLRDHUP;
    ev.data.u64 = id;
    epoll_ctl(epoll_fd, EPOLL_CTL_ADD, fd, &ev);
  }

  void Close(Conn& c) {
    buffered -= static_cast<int64_t>(c.buf.size());
    epoll_ctl(epoll_fd, EPOLL_CTL_DEL, c.fd, nullptr);
    ::close(c.fd);
    by_fd.erase(c.fd);
    --open;
    conns.erase(c.id);  // `c` is gone after this
  }

  std::string Canned(int status, const std::string& message, bool retry_after) {
    std::string body = "{\"error\": {\"status\": " + std::to_string(status) + ", \"message\": \"" +
                       JsonEscape(message) + "\"}}";
    std::string r = "HTTP/1.1 " + std::to_string(status) + " " + Reason(status) + "\r\n" +
                    "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                    "\r\nConnection: close\r\n" + (retry_after ? "Retry-After: 1\r\n" : "") + o.response_headers +
                    "\r\n" + body;
    if (o.on_front_response) o.on_front_response(status);
    return r;
  }

  // Writes an error response (best effort: it is small) and drains.
  void Refuse(Conn& c, int status, const std::string& message) {
    std::string r = Canned(status, message, status == 503);
    ssize_t n = ::send(c.fd, r.data(), r.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    (void)n;
    ::shutdown(c.fd, SHUT_WR);
    if (status == 408) ++timed_out;
    else if (status == 503) ++refused_busy;
    else ++rejected;
    c.phase = Phase::kDrain;
    buffered -= static_cast<int64_t>(c.buf.size());
    c.buf.clear();
    c.buf.shrink_to_fit();
    c.deadline = Clock::now() + std::chrono::seconds(2);
  }

  void Accept() {
    for (;;) {
      sockaddr_storage a{};
      socklen_t len = sizeof a;
      int fd = ::accept4(listen_fd, reinterpret_cast<sockaddr*>(&a), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0) {
        if (errno == EINTR || errno == ECONNABORTED) continue;
        if ((errno == EMFILE || errno == ENFILE) && spare_fd >= 0) {
          // Out of descriptors: take the connection with the spare one and
          // close it, so it does not wait in the backlog forever.
          ::close(spare_fd);
          int x = ::accept4(listen_fd, nullptr, nullptr, SOCK_CLOEXEC);
          if (x >= 0) ::close(x);
          ++refused_busy;
          spare_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
          continue;
        }
        return;  // EAGAIN: no more for now
      }
      ++accepted;
      int one = 1;
      ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
      if (conns.size() >= o.max_connections || stopping) {
        std::string r = Canned(503, stopping ? "the server is stopping" : "too many connections; try again", true);
        ssize_t n = ::send(fd, r.data(), r.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        (void)n;
        ::close(fd);
        ++refused_busy;
        continue;
      }
      Conn c;
      c.fd = fd;
      c.id = next_id++;
      char host[NI_MAXHOST], serv[NI_MAXSERV];
      if (::getnameinfo(reinterpret_cast<sockaddr*>(&a), len, host, sizeof host, serv, sizeof serv,
                        NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
        c.peer_ip = host;
        c.peer_port = std::atoi(serv);
      }
      Clock::time_point now = Clock::now();
      c.deadline = now + Seconds(o.header_timeout_s);
      c.last_io = now;
      ++open;
      by_fd[fd] = c.id;
      Watch(fd, c.id);
      conns.emplace(c.id, std::move(c));
    }
  }

  // Reads what the socket has (at most 1 MiB per call, so one fast client
  // cannot hold the loop); sets c.eof when the client closed its side.
  // Returns false on a socket error.
  bool ReadSome(Conn& c) {
    const size_t cap = o.http.max_head_bytes + 2 * o.http.max_body_bytes + (size_t{64} << 10);
    char chunk[64 << 10];
    for (size_t got = 0; got < (size_t{1} << 20);) {
      if (c.phase != Phase::kDrain && c.buf.size() >= cap) return true;  // Advance refuses it
      ssize_t n = ::recv(c.fd, chunk, sizeof chunk, 0);
      if (n > 0) {
        c.last_io = Clock::now();
        got += static_cast<size_t>(n);
        if (c.phase != Phase::kDrain) {
          c.buf.append(chunk, static_cast<size_t>(n));
          buffered += n;
        }
        continue;
      }
      if (n == 0) {
        c.eof = true;
        return true;
      }
      if (errno == EINTR) continue;
      return errno == EAGAIN || errno == EWOULDBLOCK;
    }
    return true;
  }

  void Dispatch(Conn& c, size_t body_wire) {
    const RequestHead& h = c.head;
    std::string head = RewriteHead(c.buf, h);
    Job j;
    j.fd = c.fd;
    j.id = c.id;
    j.framed = head.size() + body_wire;
    j.request = std::move(head);
    j.request.append(c.buf, h.head_bytes, std::string::npos);
    j.close_after = !h.keep_alive || stopping || c.requests + 1 >= o.max_requests_per_connection;
    j.peer_ip = c.peer_ip;
    j.peer_port = c.peer_port;
    bool read = h.method == "GET" || h.method == "HEAD";
    Lane& lane = read ? read_lane : write_lane;
    {
      std::lock_guard<std::mutex> lock(lane.mu);
      if (lane.jobs.size() >= o.max_queued) {
        Refuse(c, 503, "the server is busy; try again");
        return;
      }
      epoll_ctl(epoll_fd, EPOLL_CTL_DEL, c.fd, nullptr);
      c.phase = Phase::kBusy;
      buffered += static_cast<int64_t>(j.request.size()) - static_cast<int64_t>(c.buf.size());
      c.buf.clear();
      c.chunked.reset();
      lane.jobs.push_back(std::move(j));
    }
    lane.cv.notify_one();
  }

  // Moves `c` through its phases as far as its buffer allows.
  void Advance(Conn& c) {
    Clock::time_point now = Clock::now();
    if (c.phase == Phase::kIdle) {
      if (c.buf.empty()) return;
      c.phase = Phase::kHead;
      if (!c.fresh) c.deadline = now + Seconds(o.header_timeout_s);
    }
    if (c.phase == Phase::kHead) {
      HeadScan s = ScanRequestHead(c.buf, o.http);
      if (s.kind == HeadScan::Kind::kIncomplete) return;
      if (s.kind == HeadScan::Kind::kReject) return Refuse(c, s.status, s.message);
      c.head = std::move(s.head);
      if (o.check_head) {
        if (auto refusal = o.check_head(c.head)) return Refuse(c, refusal->first, refusal->second);
      }
      bool has_body = c.head.chunked || c.head.content_length > 0;
      if (!has_body) return Dispatch(c, 0);
      c.phase = Phase::kBody;
      c.deadline = now + Seconds(o.body_timeout_s);
      c.fed = 0;
      if (c.head.chunked) c.chunked.emplace(o.http);
      if (c.head.expect_continue && c.buf.size() == c.head.head_bytes) {
        static const char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
        ssize_t n = ::send(c.fd, kContinue, sizeof kContinue - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
        (void)n;
      }
    }
    if (c.phase == Phase::kBody) {
      const size_t have = c.buf.size() - c.head.head_bytes;
      if (!c.head.chunked) {
        if (have >= c.head.content_length) Dispatch(c, static_cast<size_t>(c.head.content_length));
        return;
      }
      auto st = c.chunked->Feed(std::string_view(c.buf).substr(c.head.head_bytes + c.fed));
      c.fed = have;
      if (st == ChunkedScanner::State::kError) return Refuse(c, c.chunked->status(), c.chunked->message());
      if (st == ChunkedScanner::State::kDone) return Dispatch(c, static_cast<size_t>(c.chunked->end()));
      if (have > 2 * o.http.max_body_bytes + 4096)
        return Refuse(c, 413, "chunked body framing larger than twice the body limit");
    }
  }

  void OnReadable(uint64_t id) {
    auto it = conns.find(id);
    if (it == conns.end()) return;
    Conn& c = it->second;
    if (c.phase == Phase::kBusy) return;
    bool ok = ReadSome(c);
    if (c.phase == Phase::kDrain) {
      if (!ok || c.eof) Close(c);
      return;
    }
    if (!ok) return Close(c);
    if (buffered > max_buffered && (c.phase == Phase::kHead || c.phase == Phase::kBody))
      return Refuse(c, 503, "the server holds too many unfinished requests; try again");
    Advance(c);  // a request sent whole before a half-close is still served
    if (c.eof && c.phase != Phase::kBusy && c.phase != Phase::kDrain) Close(c);
  }

  void Sweep() {
    Clock::time_point now = Clock::now();
    std::vector<uint64_t> ids;
    ids.reserve(conns.size());
    for (auto& [id, c] : conns) ids.push_back(id);
    for (uint64_t id : ids) {
      auto it = conns.find(id);
      if (it == conns.end()) continue;
      Conn& c = it->second;
      switch (c.phase) {
        case Phase::kBusy:
          break;
        case Phase::kDrain:
          if (now >= c.deadline) Close(c);
          break;
        case Phase::kIdle:
          if (now >= c.deadline || (stopping && c.buf.empty())) {
            ++timed_out;
            Close(c);  // no request started: nothing to answer
          }
          break;
        case Phase::kHead:
        case Phase::kBody: {
          bool silent = now - c.last_io >= Seconds(o.io_timeout_s);
          if (now >= c.deadline || silent) {
            std::string what = c.phase == Phase::kHead ? "request head" : "request body";
            Refuse(c, 408, silent ? "nothing received for " + std::to_string(static_cast<int>(o.io_timeout_s)) +
                                        " s while reading the " + what
                                  : "the " + what + " did not arrive within its time limit");
          }
          break;
        }
      }
    }
  }

  void TakeBack() {
    uint64_t v;
    while (::read(wake_fd, &v, sizeof v) > 0) {
    }
    std::vector<Returned> got;
    {
      std::lock_guard<std::mutex> lock(back_mu);
      got.swap(back);
    }
    for (Returned& r : got) {
      auto it = conns.find(r.id);
      if (it == conns.end()) continue;
      Conn& c = it->second;
      if (!r.keep || stopping || c.eof) {
        buffered -= static_cast<int64_t>(r.rest.size());
        ::close(c.fd);
        by_fd.erase(c.fd);
        --open;
        conns.erase(it);
        continue;
      }
      c.phase = Phase::kIdle;
      c.fresh = false;
      ++c.requests;
      c.buf = std::move(r.rest);
      Clock::time_point now = Clock::now();
      c.deadline = now + Seconds(o.idle_timeout_s);
      c.last_io = now;
      Watch(c.fd, c.id);
      Advance(c);
    }
  }

  // --- worker threads ---

  void Work(Lane& lane) {
    for (;;) {
      Job j;
      {
        std::unique_lock<std::mutex> lock(lane.mu);
        lane.cv.wait(lock, [&] { return lane.closing || !lane.jobs.empty(); });
        if (lane.jobs.empty()) return;
        j = std::move(lane.jobs.front());
        lane.jobs.pop_front();
      }
      Clock::time_point deadline = Clock::now() + Seconds(o.write_timeout_s);
      BufferedStream strm(j.fd, j.request, o.io_timeout_s, deadline, j.peer_ip, j.peer_port);
      bool closed = false;
      process(strm, j.close_after, &closed);
      Returned r;
      r.id = j.id;
      r.keep = !closed && !j.close_after && !strm.failed() && strm.consumed() == j.framed;
      if (r.keep) r.rest = j.request.substr(j.framed);
      buffered -= static_cast<int64_t>(j.request.size()) - static_cast<int64_t>(r.rest.size());
      {
        std::lock_guard<std::mutex> lock(back_mu);
        back.push_back(std::move(r));
      }
      uint64_t one = 1;
      ssize_t n = ::write(wake_fd, &one, sizeof one);
      (void)n;
    }
  }

  void StartLanes() {
    for (int i = 0; i < std::max(1, o.read_threads); ++i) read_lane.threads.emplace_back([this] { Work(read_lane); });
    for (int i = 0; i < std::max(1, o.write_threads); ++i) write_lane.threads.emplace_back([this] { Work(write_lane); });
  }

  void StopLanes() {
    for (Lane* l : {&read_lane, &write_lane}) {
      {
        std::lock_guard<std::mutex> lock(l->mu);
        l->closing = true;
      }
      l->cv.notify_all();
      for (std::thread& t : l->threads) t.join();
      l->threads.clear();
    }
  }
};

Front::Front(FrontOptions options, ProcessFn process)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(process))) {}

Front::~Front() {
  if (impl_->listen_fd >= 0) ::close(impl_->listen_fd);
  if (impl_->epoll_fd >= 0) ::close(impl_->epoll_fd);
  if (impl_->wake_fd >= 0) ::close(impl_->wake_fd);
  if (impl_->spare_fd >= 0) ::close(impl_->spare_fd);
}

Status Front::Bind() {
  Impl& m = *impl_;
  // Connections need descriptors: raise the soft limit to the hard one and
  // keep the cap below it.
  rlimit nofile{};
  if (::getrlimit(RLIMIT_NOFILE, &nofile) == 0) {
    if (nofile.rlim_cur < nofile.rlim_max) {
      nofile.rlim_cur = nofile.rlim_max;
      ::setrlimit(RLIMIT_NOFILE, &nofile);
      ::getrlimit(RLIMIT_NOFILE, &nofile);
    }
    if (nofile.rlim_cur != RLIM_INFINITY && nofile.rlim_cur > 128)
      m.o.max_connections = std::min<size_t>(m.o.max_connections, nofile.rlim_cur - 96);
  }
  addrinfo hints{}, *res = nullptr;
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  std::string port = std::to_string(m.o.port);
  int rc = ::getaddrinfo(m.o.bind.c_str(), port.c_str(), &hints, &res);
  if (rc != 0) return Error{"cannot resolve " + m.o.bind + " (" + gai_strerror(rc) + ")"};
  std::string why = "no address";
  for (addrinfo* a = res; a; a = a->ai_next) {
    int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    // Accepted sockets inherit TCP_NODELAY on Linux; Accept() sets it again.
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::bind(fd, a->ai_addr, a->ai_addrlen) == 0 && ::listen(fd, m.o.backlog) == 0) {
      m.listen_fd = fd;
      break;
    }
    why = std::strerror(errno);
    ::close(fd);
  }
  ::freeaddrinfo(res);
  if (m.listen_fd < 0) return Error{"cannot bind " + m.o.bind + ":" + port + " (" + why + ")"};
  sockaddr_storage a{};
  socklen_t len = sizeof a;
  ::getsockname(m.listen_fd, reinterpret_cast<sockaddr*>(&a), &len);
  port_ = a.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&a)->sin6_port)
                                  : ntohs(reinterpret_cast<sockaddr_in*>(&a)->sin_port);
  m.epoll_fd = ::epoll_create1(EPOLL_CLOEXEC);
  m.wake_fd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  m.spare_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (m.epoll_fd < 0 || m.wake_fd < 0) return Error{std::string("cannot create epoll (") + std::strerror(errno) + ")"};
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.u64 = 0;  // id 0: the listening socket
  epoll_ctl(m.epoll_fd, EPOLL_CTL_ADD, m.listen_fd, &ev);
  ev.data.u64 = UINT64_MAX;  // the wake-up eventfd
  epoll_ctl(m.epoll_fd, EPOLL_CTL_ADD, m.wake_fd, &ev);
  return Status::Ok();
}

void Front::Run() {
  Impl& m = *impl_;
  m.StartLanes();
  Clock::time_point last_sweep = Clock::now();
  epoll_event events[256];
  bool listening = true;
  for (;;) {
    if (m.stopping && listening) {
      epoll_ctl(m.epoll_fd, EPOLL_CTL_DEL, m.listen_fd, nullptr);
      ::close(m.listen_fd);
      m.listen_fd = -1;
      listening = false;
    }
    if (m.stopping) {
      bool busy = false;
      for (auto& [id, c] : m.conns) busy |= c.phase == Phase::kBusy;
      if (!busy) break;
    }
    int n = ::epoll_wait(m.epoll_fd, events, 256, 100);
    for (int i = 0; i < n; ++i) {
      uint64_t id = events[i].data.u64;
      if (id == 0) {
        if (listening) m.Accept();
      } else if (id == UINT64_MAX) {
        m.TakeBack();
      } else {
        m.OnReadable(id);
      }
    }
    if (Clock::now() - last_sweep >= std::chrono::milliseconds(100) || m.stopping) {
      m.Sweep();
      last_sweep = Clock::now();
    }
  }
  m.StopLanes();
  for (auto& [id, c] : m.conns) ::close(c.fd);
  m.conns.clear();
  m.by_fd.clear();
  m.open = 0;
}

void Front::Stop() {
  impl_->stopping = true;
  uint64_t one = 1;
  if (impl_->wake_fd >= 0) {
    ssize_t n = ::write(impl_->wake_fd, &one, sizeof one);
    (void)n;
  }
}

FrontStats Front::stats() const {
  FrontStats s;
  s.open_connections = impl_->open;
  s.accepted = impl_->accepted;
  s.refused_busy = impl_->refused_busy;
  s.timed_out = impl_->timed_out;
  s.rejected_by_front = impl_->rejected;
  return s;
}

}  // namespace crosscheck::serve
