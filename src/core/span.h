// Span: a half-open byte range [start, end) into a Document's text.
// Stored layers hold spans, never string_views, so they stay valid when the
// document moves. Value type.
#ifndef CROSSCHECK_CORE_SPAN_H_
#define CROSSCHECK_CORE_SPAN_H_

#include <cstdint>
#include <string_view>

namespace crosscheck {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;  // exclusive

  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool Contains(const Span& o) const { return start <= o.start && o.end <= end; }
  bool Overlaps(const Span& o) const { return start < o.end && o.start < end; }
  // REQUIRES: end <= text.size().
  std::string_view Of(std::string_view text) const { return text.substr(start, end - start); }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CORE_SPAN_H_
