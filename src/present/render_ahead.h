// RenderAhead: renders the records of an ordered output (the documents'
// metadata, the stories) on helper threads ahead of the one thread that
// writes them, so that the writing (one stream, in order) is the only
// serial part of the output stage.
//
// Items 0 .. n-1 are rendered by `threads` helper threads, claimed in order;
// the writer takes them with Take(0), Take(1), ... in order, waiting for
// each. Memory stays bounded: no item is claimed while `max_bytes` or more
// of rendered bytes wait to be taken (the item the writer waits for is
// always claimed already, since claims go in order, so it cannot starve).
// With `threads` 0 nothing runs ahead: Take renders on the caller's thread.
// `render` is called concurrently for different items and must only read
// shared state; what it throws is thrown again by the Take of its item. Destroying it early stops the helpers once their current
// item is rendered.
#ifndef CROSSCHECK_PRESENT_RENDER_AHEAD_H_
#define CROSSCHECK_PRESENT_RENDER_AHEAD_H_

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace crosscheck {

class RenderAhead {
 public:
  RenderAhead(size_t n, int threads, size_t max_bytes, std::function<std::string(size_t)> render)
      : n_(n), max_bytes_(max_bytes), render_(std::move(render)) {
    if (threads <= 0 || n == 0) return;
    slots_.resize(n);
    errors_.resize(n);
    done_.assign(n, 0);
    for (int t = 0; t < threads && static_cast<size_t>(t) < n; ++t) threads_.emplace_back([this] { Help(); });
  }
  ~RenderAhead() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (std::thread& t : threads_) t.join();
  }
  RenderAhead(const RenderAhead&) = delete;
  RenderAhead& operator=(const RenderAhead&) = delete;

  // Item k's bytes; k = 0, 1, 2, ... in order.
  std::string Take(size_t k) {
    if (threads_.empty()) return render_(k);
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return done_[k] != 0; });
    if (errors_[k]) std::rethrow_exception(errors_[k]);
    std::string s = std::move(slots_[k]);
    std::string().swap(slots_[k]);
    waiting_bytes_ -= s.size();
    cv_.notify_all();
    return s;
  }

 private:
  void Help() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] { return stop_ || next_ >= n_ || waiting_bytes_ < max_bytes_; });
      if (stop_ || next_ >= n_) return;
      const size_t k = next_++;
      lock.unlock();
      std::string s;
      std::exception_ptr error;
      try {
        s = render_(k);
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      errors_[k] = error;
      waiting_bytes_ += s.size();
      slots_[k] = std::move(s);
      done_[k] = 1;
      cv_.notify_all();
    }
  }

  const size_t n_;
  const size_t max_bytes_;
  std::function<std::string(size_t)> render_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::string> slots_;
  std::vector<std::exception_ptr> errors_;
  std::vector<char> done_;
  size_t next_ = 0;
  size_t waiting_bytes_ = 0;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PRESENT_RENDER_AHEAD_H_
