// Small helpers for deterministic JSON output (nlohmann::ordered_json keeps
// insertion order; numbers that are whole print without a fraction).
#ifndef CROSSCHECK_CORE_JSON_UTIL_H_
#define CROSSCHECK_CORE_JSON_UTIL_H_

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace crosscheck {

using Json = nlohmann::ordered_json;

// A number as JSON: whole values up to 2^53 print as integers ("180", not
// "180.0"); others as the shortest round-trip double.
inline Json JsonNumber(double v) {
  if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9007199254740992.0)
    return Json(static_cast<int64_t>(v));
  if (!std::isfinite(v)) return Json(nullptr);
  return Json(v);
}
inline Json JsonNumber(const std::optional<double>& v) { return v ? JsonNumber(*v) : Json(nullptr); }
inline Json JsonString(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }
// Empty string -> null.
inline Json JsonStringOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

}  // namespace crosscheck

#endif  // CROSSCHECK_CORE_JSON_UTIL_H_
