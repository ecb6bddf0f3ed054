#include "present/highlight.h"

#include <algorithm>

namespace crosscheck {

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string TruncateUtf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n)) + "\xE2\x80\xA6";
}

std::string RenderMarked(std::string_view text, Span range, std::vector<Mark> marks) {
  // Clip to the range and drop empty marks.
  std::vector<Mark> ms;
  for (Mark& m : marks) {
    m.span.start = std::max(m.span.start, range.start);
    m.span.end = std::min(m.span.end, range.end);
    if (m.span.start < m.span.end) ms.push_back(std::move(m));
  }
  std::stable_sort(ms.begin(), ms.end(), [](const Mark& a, const Mark& b) {
    if (a.span.start != b.span.start) return a.span.start < b.span.start;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.rank < b.rank;
  });
  std::vector<uint32_t> cuts = {range.start, range.end};
  for (const Mark& m : ms) { cuts.push_back(m.span.start); cuts.push_back(m.span.end); }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  std::string out;
  std::vector<const Mark*> stack;
  size_t next = 0;
  for (size_t ci = 0; ci < cuts.size(); ++ci) {
    uint32_t pos = cuts[ci];
    // Close marks ending here (closing and reopening any that cross).
    std::vector<const Mark*> reopen;
    while (std::any_of(stack.begin(), stack.end(), [&](const Mark* m) { return m->span.end <= pos; })) {
      const Mark* top = stack.back();
      stack.pop_back();
      out += top->close;
      if (top->span.end > pos) reopen.push_back(top);
    }
    for (auto it = reopen.rbegin(); it != reopen.rend(); ++it) {
      out += (*it)->reopen.empty() ? (*it)->open : (*it)->reopen;
      stack.push_back(*it);
    }
    while (next < ms.size() && ms[next].span.start == pos) {
      out += ms[next].open;
      stack.push_back(&ms[next]);
      ++next;
    }
    if (ci + 1 < cuts.size()) out += HtmlEscape(text.substr(pos, cuts[ci + 1] - pos));
  }
  while (!stack.empty()) {
    out += stack.back()->close;
    stack.pop_back();
  }
  return out;
}

}  // namespace crosscheck
