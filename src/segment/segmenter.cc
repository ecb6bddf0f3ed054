// Segment(): runs the passes: paragraphs.cc over the text, then per
// paragraph quotes.cc (which needs the next paragraph for continuations),
// tokenizer.cc and sentences.cc.
#include "segment/segmenter.h"

#include <algorithm>

#include "segment/paragraphs.h"
#include "segment/quotes.h"
#include "segment/sentences.h"
#include "segment/tokenizer.h"

namespace crosscheck {

int Segmentation::SentenceAt(uint32_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](uint32_t v, const Sentence& s) { return v < s.span.start; });
  if (it == sentences.begin()) return -1;
  --it;
  if (offset < it->span.end) return static_cast<int>(it - sentences.begin());
  return -1;
}

Segmentation Segment(std::string_view text, const SegmentOptions& options) {
  using namespace segment_internal;
  Segmentation seg;
  // Offsets are 32-bit; the reader rejects larger inputs, and here the tail
  // beyond 4 GiB is simply not segmented.
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  size_t begin = std::min<size_t>(options.body_start, text.size());
  // A body_start inside a code point moves to the next code point.
  for (int k = 0; k < 3 && begin < text.size() && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80; ++k) {
    ++begin;
  }
  seg.lower.resize(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    seg.lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  SplitParagraphs(text, begin, &seg.paragraphs);
  // Rough sizes for English news: ~5.5 bytes per token, ~25 tokens a sentence.
  seg.tokens.reserve((text.size() - begin) / 5 + 8);
  seg.sentences.reserve((text.size() - begin) / 120 + 4);
  bool continued = false;
  for (uint32_t p = 0; p < seg.paragraphs.size(); ++p) {
    Span para = seg.paragraphs[p].span;
    Span next = p + 1 < seg.paragraphs.size() ? seg.paragraphs[p + 1].span : Span{};
    size_t qb = seg.quotes.size();
    FindQuotes(text, para, next, continued, &seg.quotes);
    continued = false;
    for (size_t q = qb; q < seg.quotes.size(); ++q) continued = continued || seg.quotes[q].continues;
    uint32_t tb = static_cast<uint32_t>(seg.tokens.size());
    Tokenize(text, para.start, para.end, &seg.tokens);
    uint32_t te = static_cast<uint32_t>(seg.tokens.size());
    if (te > tb) {
      SplitSentences(text, seg.tokens, p, tb, te, &seg.sentences);
    }
  }
  return seg;
}

}  // namespace crosscheck
