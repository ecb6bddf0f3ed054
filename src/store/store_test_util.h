// Helpers for the store tests: a temporary folder and hand-built analyses
// (so the tests do not depend on the recognizers' output).
#ifndef CROSSCHECK_STORE_STORE_TEST_UTIL_H_
#define CROSSCHECK_STORE_STORE_TEST_UTIL_H_

#include <filesystem>
#include <string>

#include "claims/analysis.h"

namespace crosscheck::testing {

// A fresh folder under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// A segmented document with the given text and outlet; when `measure` is not
// empty it carries one quantity and one claim about it.
DocAnalysis MakeAnalysis(const std::string& text, const std::string& source,
                         const std::string& measure = "", const std::string& speaker = "",
                         const std::string& date = "2022-05-04");

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_STORE_STORE_TEST_UTIL_H_
