// Test-only helpers of the serve module's unit tests (serve_test.cc,
// serve_request_test.cc): a temporary folder removed on destruction.
#ifndef CROSSCHECK_SERVE_SERVE_TEST_UTIL_H_
#define CROSSCHECK_SERVE_SERVE_TEST_UTIL_H_

#include <filesystem>
#include <random>
#include <string>

namespace crosscheck::serve::testing {

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("crosscheck_serve_" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace crosscheck::serve::testing

#endif  // CROSSCHECK_SERVE_SERVE_TEST_UTIL_H_
