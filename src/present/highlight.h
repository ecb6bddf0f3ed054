// Highlight: renders a span of text as HTML with annotation spans, nesting
// overlapping annotations properly (an annotation that crosses another is
// closed and reopened), escaping everything else. Pure; thread-safe.
#ifndef CROSSCHECK_PRESENT_HIGHLIGHT_H_
#define CROSSCHECK_PRESENT_HIGHLIGHT_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace crosscheck {

struct Mark {
  Span span;
  std::string open;       // full opening tag, e.g. <mark class="q" title="…">
  std::string reopen;     // opening tag for a continued fragment ("" = same as open)
  std::string close;      // e.g. </mark>
  int rank = 0;           // smaller ranks open first (outer) at equal spans
};

// Escapes &, <, >, " and '.
std::string HtmlEscape(std::string_view s);

// `s` cut to at most `max_bytes` (never inside a UTF-8 sequence), with "…"
// appended when cut.
std::string TruncateUtf8(std::string_view s, size_t max_bytes);

// HTML for text[range] with `marks` (clipped to range).
std::string RenderMarked(std::string_view text, Span range, std::vector<Mark> marks);

}  // namespace crosscheck

#endif  // CROSSCHECK_PRESENT_HIGHLIGHT_H_
