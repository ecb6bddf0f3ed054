// Error and Result<T>: how library code reports expected failures.
//
// Library code never throws across module boundaries and never exits; it
// returns Result<T> (a value or an Error). An Error carries a message that
// names the input (file path, and line or byte offset when known). Each layer
// may prepend context with Error::Wrap. Only the CLI and the server turn
// errors into exit codes and HTTP statuses. Thread-compatible value types.
#ifndef CROSSCHECK_CORE_STATUS_H_
#define CROSSCHECK_CORE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace crosscheck {

struct Error {
  std::string message;
  // Returns this error with `context: ` in front of its message.
  Error Wrap(const std::string& context) const { return Error{context + ": " + message}; }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}     // NOLINT: implicit by design
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  // REQUIRES: ok().
  T& value() & { assert(ok()); return std::get<0>(v_); }
  const T& value() const& { assert(ok()); return std::get<0>(v_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  // REQUIRES: !ok().
  const Error& error() const { assert(!ok()); return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Result<void>: success or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design
  static Status Ok() { return Status(); }
  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { assert(!ok()); return *error_; }

 private:
  std::optional<Error> error_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CORE_STATUS_H_
