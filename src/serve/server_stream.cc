#include "serve/server_stream.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace crosscheck::serve {

BufferedStream::BufferedStream(int fd, std::string_view request, double io_timeout_s, Clock::time_point deadline,
                               std::string peer_ip, int peer_port)
    : fd_(fd), in_(request),
      io_timeout_(std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(io_timeout_s))),
      deadline_(deadline), peer_ip_(std::move(peer_ip)), peer_port_(peer_port) {}

ssize_t BufferedStream::read(char* ptr, size_t size) {
  size_t k = std::min(size, in_.size() - pos_);
  std::memcpy(ptr, in_.data() + pos_, k);
  pos_ += k;
  return static_cast<ssize_t>(k);
}

ssize_t BufferedStream::write(const char* ptr, size_t size) {
  if (failed_) return -1;
  for (;;) {
    ssize_t n = ::send(fd_, ptr, size, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n >= 0) return n;
    if (errno == EINTR) continue;
    if (errno != EAGAIN && errno != EWOULDBLOCK) break;
    Clock::time_point until = std::min(deadline_, Clock::now() + io_timeout_);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
    pollfd p{fd_, POLLOUT, 0};
    int r = ::poll(&p, 1, static_cast<int>(std::clamp<int64_t>(ms, 0, 1 << 30)));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;  // a timeout or an error
  }
  failed_ = true;
  return -1;
}

void BufferedStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  ip = peer_ip_;
  port = peer_port_;
}

void BufferedStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage a{};
  socklen_t len = sizeof a;
  ip.clear();
  port = 0;
  if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len) != 0) return;
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  if (::getnameinfo(reinterpret_cast<sockaddr*>(&a), len, host, sizeof host, serv, sizeof serv,
                    NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
    ip = host;
    port = std::atoi(serv);
  }
}

}  // namespace crosscheck::serve
