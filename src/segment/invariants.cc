#include "segment/invariants.h"

#include <string>

#include "core/utf8.h"
#include "segment/char_class.h"

namespace crosscheck {

namespace {

using segment_internal::CpAt;
using segment_internal::IsSpaceCp;
using segment_internal::PrevCpStart;

Error Fail(const char* what, size_t index, Span s) {
  return Error{std::string(what) + " (index " + std::to_string(index) + ", span [" + std::to_string(s.start) +
               ", " + std::to_string(s.end) + "))"};
}

bool Boundary(std::string_view text, size_t i, bool valid_utf8) {
  if (!valid_utf8 || i >= text.size()) return true;
  return (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

// A span is well formed: inside the text, after body_start, non-empty, not
// starting or ending on whitespace, on code-point boundaries.
bool WellFormed(std::string_view text, Span s, size_t body_start, bool valid_utf8) {
  if (s.empty() || s.end > text.size() || s.start < body_start) return false;
  if (!Boundary(text, s.start, valid_utf8) || !Boundary(text, s.end, valid_utf8)) return false;
  size_t len;
  if (IsSpaceCp(CpAt(text, s.start, &len))) return false;
  size_t last = PrevCpStart(text, s.end, s.start);
  return !IsSpaceCp(CpAt(text, last, &len));
}

template <typename T>
Status SortedDisjoint(std::string_view text, const std::vector<T>& v, const char* name, size_t body_start,
                      bool valid_utf8) {
  for (size_t i = 0; i < v.size(); ++i) {
    if (!WellFormed(text, v[i].span, body_start, valid_utf8)) {
      return Fail((std::string(name) + " span is empty, out of range or has whitespace at an edge").c_str(), i,
                  v[i].span);
    }
    if (i > 0 && v[i].span.start < v[i - 1].span.end) {
      return Fail((std::string(name) + " overlaps or is out of order").c_str(), i, v[i].span);
    }
  }
  return Status::Ok();
}

}  // namespace

Status CheckSegmentation(std::string_view text, const Segmentation& seg, const SegmentOptions& options) {
  const bool valid = !FirstInvalidUtf8(text).has_value();
  const size_t body = std::min<size_t>(options.body_start, text.size());
  if (Status s = SortedDisjoint(text, seg.paragraphs, "paragraph", body, valid); !s.ok()) return s;
  if (Status s = SortedDisjoint(text, seg.sentences, "sentence", body, valid); !s.ok()) return s;
  if (Status s = SortedDisjoint(text, seg.tokens, "token", body, valid); !s.ok()) return s;

  // Sentences partition the tokens and lie in their paragraph.
  uint32_t next_token = 0;
  for (size_t i = 0; i < seg.sentences.size(); ++i) {
    const Sentence& s = seg.sentences[i];
    if (s.token_begin != next_token || s.token_end <= s.token_begin || s.token_end > seg.tokens.size()) {
      return Fail("sentence tokens do not continue the previous sentence", i, s.span);
    }
    if (seg.tokens[s.token_begin].span.start != s.span.start || seg.tokens[s.token_end - 1].span.end != s.span.end) {
      return Fail("sentence span is not the span of its tokens", i, s.span);
    }
    if (s.paragraph >= seg.paragraphs.size() || !seg.paragraphs[s.paragraph].span.Contains(s.span)) {
      return Fail("sentence is not inside its paragraph", i, s.span);
    }
    if (i > 0 && s.paragraph < seg.sentences[i - 1].paragraph) return Fail("sentence paragraphs go back", i, s.span);
    next_token = s.token_end;
  }
  if (next_token != seg.tokens.size()) return Fail("tokens after the last sentence", next_token, Span{});

  // Quote regions: sorted, nested, depth = number of enclosing regions.
  std::vector<size_t> open;
  size_t para = 0;
  for (size_t i = 0; i < seg.quotes.size(); ++i) {
    const QuoteRegion& q = seg.quotes[i];
    if (q.span.empty() || q.span.end > text.size() || q.span.start < body) {
      return Fail("quote span is empty or out of range", i, q.span);
    }
    if (!q.span.Contains(q.inner) || q.inner.end < q.inner.start) return Fail("quote inner outside its span", i, q.span);
    if (i > 0 && q.span.start < seg.quotes[i - 1].span.start) return Fail("quotes out of order", i, q.span);
    while (para < seg.paragraphs.size() && seg.paragraphs[para].span.end <= q.span.start) ++para;
    if (para == seg.paragraphs.size() || !seg.paragraphs[para].span.Contains(q.span)) {
      return Fail("quote not inside one paragraph", i, q.span);
    }
    while (!open.empty() && seg.quotes[open.back()].span.end <= q.span.start) open.pop_back();
    if (!open.empty() && !seg.quotes[open.back()].span.Contains(q.span)) return Fail("quotes cross", i, q.span);
    if (q.depth != open.size()) return Fail("quote depth is not its nesting level", i, q.span);
    if (q.continues && q.closed) return Fail("a closed quote cannot continue", i, q.span);
    open.push_back(i);
  }
  return Status::Ok();
}

}  // namespace crosscheck
