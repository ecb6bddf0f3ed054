#include "recognize/quote/token_view.h"

#include <algorithm>

#include "core/utf8.h"
#include "recognize/quote/lexicon.h"

namespace crosscheck {

TokenView::TokenView(std::string_view text, const Segmentation& seg)
    : text_(text), seg_(seg), sentence_of_(seg.tokens.size(), -1) {
  if (seg.lower.size() == text.size()) {
    lower_ = seg.lower;  // Segment() lowered the same bytes the same way
  } else {
    own_lower_.assign(text);
    // Branch-free, so that the compiler vectorises it (one pass over the text).
    for (char& c : own_lower_) c = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0));
    lower_ = own_lower_;
  }
  for (size_t s = 0; s < seg.sentences.size(); ++s)
    for (uint32_t t = seg.sentences[s].token_begin; t < seg.sentences[s].token_end; ++t)
      sentence_of_[t] = static_cast<int>(s);
  classes_.resize(seg.tokens.size(), 0);
  for (size_t t = 0; t < seg.tokens.size(); ++t) {
    const std::string_view raw = Text(static_cast<int>(t));
    const unsigned char c0 = raw.empty() ? 0 : static_cast<unsigned char>(raw[0]);
    if (seg.tokens[t].kind == TokenKind::kWord) {
      std::string_view w = Lower(static_cast<int>(t));
      uint32_t c = quote_lexicon::WordClasses(w);
      // "governor-general", "ex-president", "co-founder": the last part.
      size_t dash = c == 0 ? w.rfind('-') : std::string_view::npos;
      if (c == 0 && dash != std::string_view::npos && dash + 1 < w.size())
        c = quote_lexicon::WordClasses(w.substr(dash + 1)) &
            (quote_lexicon::kRole | quote_lexicon::kTitle | quote_lexicon::kOrgNoun);
      // ASCII first letters decided here; ComputeCap decodes the others.
      if (c0 < 0x80 ? (c0 >= 'A' && c0 <= 'Z') : ComputeCap(static_cast<int>(t))) c |= quote_lexicon::kCapitalised;
      classes_[t] = c;
    }
    if ((c0 == '"' || c0 == '\'' || c0 >= 0xC2) && ComputeQuoteMark(static_cast<int>(t))) {
      classes_[t] |= kQuoteMarkBit;
      quote_marks_.push_back(static_cast<int>(t));
    }
  }
}

bool TokenView::ComputeCap(int i) const {
  std::string_view w = Text(i);
  if (w.empty() || !IsWord(i)) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c < 0x80) return false;
  size_t len;
  char32_t cp = DecodeUtf8(w, 0, &len);
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp < 0x180 && cp % 2 == 0) ||
         (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

bool TokenView::ComputeQuoteMark(int i) const {
  std::string_view w = Text(i);
  // Every mark starts with one of these bytes; most tokens do not.
  const unsigned char c0 = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  if (c0 != '"' && c0 != '\'' && c0 != 0xE2 && c0 != 0xC2) return false;
  return w == "\"" || w == "'" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "\xE2\x80\x98" ||
         w == "\xE2\x80\x99" || w == "\xC2\xAB" || w == "\xC2\xBB" || w == "\xE2\x80\x9E";
}

std::span<const int> TokenView::QuoteMarksIn(int b, int e) const {
  auto lo = std::lower_bound(quote_marks_.begin(), quote_marks_.end(), b);
  auto hi = std::lower_bound(lo, quote_marks_.end(), e);
  return {lo, hi};
}

bool TokenView::IsPossessive(int i) const {
  std::string_view w = Lower(i);
  auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
  };
  return ends("\xE2\x80\x99s") || ends("'s");
}

std::string_view TokenView::StripPossessive(std::string_view w) const {
  if (w.size() > 4 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0) return w.substr(0, w.size() - 4);
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) return w.substr(0, w.size() - 2);
  return w;
}

bool TokenView::IsClausePunct(int i) const {
  if (!IsPunct(i)) return false;
  std::string_view w = Text(i);
  return w == "," || w == ";" || w == ":" || w == "-" || w == "--" || w == "(" || w == ")" ||
         w == "\xE2\x80\x94" || w == "\xE2\x80\x93";
}

bool TokenView::InClosedQuote(int i) const {
  const std::vector<QuoteRegion>& qs = seg_.quotes;
  uint32_t at = SpanOf(i).start;
  auto it = std::upper_bound(qs.begin(), qs.end(), at, [](uint32_t v, const QuoteRegion& r) { return v < r.span.start; });
  while (it != qs.begin()) {
    --it;
    if (it->depth == 0) return it->closed && it->inner.start <= at && at < it->inner.end;
  }
  return false;
}

bool TokenView::InAnyQuote(int i) const {
  const std::vector<QuoteRegion>& qs = seg_.quotes;
  uint32_t at = SpanOf(i).start;
  auto it = std::upper_bound(qs.begin(), qs.end(), at, [](uint32_t v, const QuoteRegion& r) { return v < r.span.start; });
  while (it != qs.begin()) {
    --it;
    if (it->depth == 0) return it->inner.start <= at && at < it->inner.end;
  }
  return false;
}

int TokenView::TokenAtOrAfter(uint32_t offset) const {
  auto it = std::lower_bound(seg_.tokens.begin(), seg_.tokens.end(), offset,
                             [](const Token& t, uint32_t v) { return t.span.start < v; });
  return static_cast<int>(it - seg_.tokens.begin());
}

int TokenView::TokenEndingBefore(uint32_t offset) const {
  auto it = std::upper_bound(seg_.tokens.begin(), seg_.tokens.end(), offset,
                             [](uint32_t v, const Token& t) { return v < t.span.end; });
  return static_cast<int>(it - seg_.tokens.begin()) - 1;
}

std::string TokenView::TextOf(int b, int e) const { return std::string(SpanOf(b, e).Of(text_)); }

Span TokenView::SpanOf(int b, int e) const {
  if (e <= b) return Span{};
  return Span{seg_.tokens[b].span.start, seg_.tokens[e - 1].span.end};
}

}  // namespace crosscheck
