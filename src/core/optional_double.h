// OptionalDouble: a std::optional<double> in 8 bytes, "none" coded as NaN.
//
// std::optional<double> takes 16 bytes (the value and a flag, padded); a
// figure (recognize/number/quantity.h) holds five of them, and a 100 MB
// single-line document has 2.6 million figures held at once. The interface
// is the part of std::optional<double> the code uses, with the same
// semantics (comparisons: none equals none and orders before any value), so
// a field can change type without its readers changing. A NaN assigned as
// a value reads back as none: no stage stores NaN as a figure's bound.
#ifndef CROSSCHECK_CORE_OPTIONAL_DOUBLE_H_
#define CROSSCHECK_CORE_OPTIONAL_DOUBLE_H_

#include <compare>
#include <limits>
#include <optional>

namespace crosscheck {

class OptionalDouble {
 public:
  constexpr OptionalDouble() noexcept = default;
  constexpr OptionalDouble(std::nullopt_t) noexcept {}
  constexpr OptionalDouble(double v) noexcept : v_(v) {}
  constexpr OptionalDouble(const std::optional<double>& o) noexcept : v_(o ? *o : kNone) {}
  constexpr OptionalDouble& operator=(std::nullopt_t) noexcept {
    v_ = kNone;
    return *this;
  }

  constexpr bool has_value() const noexcept { return v_ == v_; }  // false only for NaN
  constexpr explicit operator bool() const noexcept { return has_value(); }
  // REQUIRES: has_value() (as for std::optional).
  constexpr const double& operator*() const noexcept { return v_; }
  constexpr double& operator*() noexcept { return v_; }
  constexpr const double& value() const {
    if (!has_value()) throw std::bad_optional_access();
    return v_;
  }
  constexpr double value_or(double d) const noexcept { return has_value() ? v_ : d; }
  constexpr void reset() noexcept { v_ = kNone; }
  constexpr double& emplace(double v) noexcept { return v_ = v; }
  constexpr operator std::optional<double>() const noexcept {
    return has_value() ? std::optional<double>(v_) : std::nullopt;
  }

  // std::optional's comparisons: none == none, none < any value.
  friend constexpr bool operator==(const OptionalDouble& a, const OptionalDouble& b) noexcept {
    return a.has_value() == b.has_value() && (!a.has_value() || a.v_ == b.v_);
  }
  friend constexpr std::partial_ordering operator<=>(const OptionalDouble& a, const OptionalDouble& b) noexcept {
    if (a.has_value() && b.has_value()) return a.v_ <=> b.v_;
    return a.has_value() <=> b.has_value();
  }
  // Exact overloads, so std::optional's templates (which would read a
  // none on our side as a value) never take a mixed comparison.
  friend constexpr bool operator==(const OptionalDouble& a, const std::optional<double>& b) noexcept {
    return a == OptionalDouble(b);
  }
  friend constexpr std::partial_ordering operator<=>(const OptionalDouble& a, const std::optional<double>& b) noexcept {
    return a <=> OptionalDouble(b);
  }
  friend constexpr bool operator==(const OptionalDouble& a, double b) noexcept { return a == OptionalDouble(b); }
  friend constexpr std::partial_ordering operator<=>(const OptionalDouble& a, double b) noexcept {
    return a <=> OptionalDouble(b);
  }
  friend constexpr bool operator==(const OptionalDouble& a, std::nullopt_t) noexcept { return !a.has_value(); }

 private:
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  double v_ = kNone;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CORE_OPTIONAL_DOUBLE_H_
