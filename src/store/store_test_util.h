// Helpers for the store tests: a temporary folder, hand-built analyses (so
// the tests do not depend on the recognizers' output), and a fresh store of
// either engine.
#ifndef CROSSCHECK_STORE_STORE_TEST_UTIL_H_
#define CROSSCHECK_STORE_STORE_TEST_UTIL_H_

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "claims/analysis.h"
#include "store/store.h"

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

// The PostgreSQL server the tests use: $CROSSCHECK_TEST_POSTGRES (a URL; see
// tools/services.sh), "" when unset.
std::string TestPostgresUrl();
// True when a missing server must fail a test instead of skipping it
// (CROSSCHECK_REQUIRE_SERVICES=1, which tools/test.sh sets).
bool ServicesRequired();

// A fresh, empty store for one test: "sqlite" (a file in a temp folder) or
// "postgres" (a schema of its own in the test database, dropped afterwards).
// `location` is what OpenStore-style calls take; Open() opens another handle.
class TestStore {
 public:
  explicit TestStore(const std::string& engine);
  ~TestStore();
  TestStore(const TestStore&) = delete;
  TestStore& operator=(const TestStore&) = delete;
  // "" when the store can be opened; else why not (no server configured).
  const std::string& unavailable() const { return unavailable_; }
  const std::string& location() const { return location_; }
  Result<std::unique_ptr<Store>> Open(std::function<Status(const std::string&)> before_commit = {},
                                      int sqlite_schema_version = 0) const;

 private:
  std::string engine_, location_, schema_, unavailable_;
  std::unique_ptr<TempDir> dir_;
};

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_STORE_STORE_TEST_UTIL_H_
