// The stream the front's workers hand to cpp-httplib: it reads a request
// the front has already buffered whole (so reading never touches the
// socket, and never goes past the request: what is left is the next
// pipelined request) and writes the response to the socket with a
// deadline per write (silence) and for the whole response. Used by one
// thread at a time.
#ifndef CROSSCHECK_SERVE_SERVER_STREAM_H_
#define CROSSCHECK_SERVE_SERVER_STREAM_H_

#include <httplib.h>

#include <chrono>
#include <string>
#include <string_view>

namespace crosscheck::serve {

class BufferedStream final : public httplib::Stream {
 public:
  using Clock = std::chrono::steady_clock;
  // `request` must outlive the stream; `fd` is a non-blocking socket.
  BufferedStream(int fd, std::string_view request, double io_timeout_s, Clock::time_point deadline,
                 std::string peer_ip, int peer_port);
  bool is_readable() const override { return pos_ < in_.size(); }
  bool is_writable() const override { return !failed_ && Clock::now() < deadline_; }
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return fd_; }
  // Bytes of the request read so far.
  size_t consumed() const { return pos_; }
  // A write failed or missed its deadline: the connection must close.
  bool failed() const { return failed_; }

 private:
  int fd_;
  std::string_view in_;
  size_t pos_ = 0;
  Clock::duration io_timeout_;
  Clock::time_point deadline_;
  std::string peer_ip_;
  int peer_port_;
  bool failed_ = false;
};

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_SERVER_STREAM_H_
