// Quotation regions, one left-to-right pass over a paragraph with a stack of
// open marks.
//
// Curly marks say which way they face: “ « „ open a double quote and ” »
// close the nearest open one (dropping any single quote still open inside
// it). Straight double quotes are judged by their neighbours: after a space
// or an opening bracket and before a non-space the mark opens; after a
// non-space and before a space, punctuation or the paragraph end it closes;
// otherwise (and when the shape disagrees with the stack) it toggles.
// Before the pass, a paragraph whose straight marks pair up better when its
// first mark closes than when it opens (shapes scored over the alternation;
// a mark after ". " or glued between a word and the next is ambiguous, one
// glued after . , ! ? ; : closes) carries on a quote opened in an earlier
// paragraph: it gets a `continuation` region from the paragraph start.
//
// Single quotes are mostly apostrophes, so they are handled cautiously:
//  - a mark between two word characters is an apostrophe ("Ukraine’s",
//    "don't"), and so is a mark before a digit ("’90s");
//  - ‘ and a straight ' after a space and before a word open a *tentative*
//    single quote, unless it is an elision such as 'n' in "rock 'n' roll";
//  - ’ and ' after a word and before a non-word close the innermost open
//    single quote; with none open they are apostrophes ("Jeffs' lawyer");
//  - a single quote still open when the paragraph ends, or when the double
//    quote around it closes, is dropped: it was an apostrophe ("'em").
// Regions whose inner text is one or two letters ("‘n’") are dropped too.
//
// A double quote still open at the end of the paragraph is reported with
// closed = false and ends at the paragraph end; it `continues` when the next
// paragraph opens with a double quote mark (news style for a quotation that
// runs over several paragraphs). Depths are recomputed at the end from
// containment, so dropping a tentative single quote never leaves a child
// pointing at a missing parent.
#include "segment/quotes.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "segment/char_class.h"

namespace crosscheck::segment_internal {

namespace {

// Bytes a pass must decode: non-ASCII (curly marks, guillemets, and any
// other code point, which becomes `prev`) and the straight marks; every
// other byte is skipped in runs. kMarkByte leaves out the single quote, which
// StartsInsideStraightQuote does not look at.
constexpr auto kQuoteByte = [] {
  std::array<bool, 256> t{};
  for (int b = 0x80; b < 0x100; ++b) t[b] = true;
  t['"'] = t['\''] = true;
  return t;
}();
constexpr auto kMarkByte = [] {
  std::array<bool, 256> t = kQuoteByte;
  t['\''] = false;
  return t;
}();

// The first offset in [i, end) whose byte is in `table` (kQuoteByte with
// singles, kMarkByte without), or end. Sixteen bytes at a time with SSE2:
// most of a paragraph is plain ASCII.
size_t SkipPlain(std::string_view text, size_t i, size_t end, bool singles) {
  const std::array<bool, 256>& table = singles ? kQuoteByte : kMarkByte;
#if defined(__SSE2__)
  const __m128i dq = _mm_set1_epi8('"');
  const __m128i sq = _mm_set1_epi8(singles ? '\'' : '"');
  while (i + 16 <= end) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // movemask takes the high bit: set for non-ASCII bytes and for marks.
    const __m128i hit = _mm_or_si128(v, _mm_or_si128(_mm_cmpeq_epi8(v, dq), _mm_cmpeq_epi8(v, sq)));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  while (i < end && !table[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

struct OpenMark {
  uint32_t mark;   // offset of the opening mark
  uint32_t inner;  // offset just after it
  bool single;
};

bool IsOpenerContext(char32_t prev) {
  return prev == 0 || IsSpaceCp(prev) || prev == '(' || prev == '[' || prev == '{' || prev == 0x2014 ||
         prev == 0x2013 || prev == '-' || prev == 0x201C || prev == 0x2018 || prev == '"' || prev == '\'' ||
         prev == 0xAB || prev == '/';
}

bool IsDoubleOpener(char32_t c) { return c == 0x201C || c == 0xAB || c == 0x201E || c == '"'; }

// An elision such as the 'n' in "rock 'n' roll": one or two letters, then a
// single quote mark, then a non-word character.
bool IsElision(std::string_view text, size_t after_mark, size_t end) {
  size_t i = after_mark;
  int letters = 0;
  size_t len;
  while (i < end && letters <= 2) {
    char32_t c = CpAt(text, i, &len);
    if (!IsAsciiAlpha(c)) break;
    ++letters;
    i += len;
  }
  if (letters == 0 || letters > 2 || i >= end) return false;
  char32_t c = CpAt(text, i, &len);
  if (!IsApostropheCp(c)) return false;
  return i + len >= end || !IsWordCp(CpAt(text, i + len, &len));
}

// How a straight double quote is shaped by its neighbours.
enum class StraightShape { kOpens, kCloses, kEither };

// A mark after a non-space and before space, punctuation or the end closes;
// glued on both sides it closes after . , ! ? ; : (`said."The`). A mark after
// a space and before a non-space opens, unless the text before the space ends
// a sentence (`insane. "City`): that is either a new quote or a closing mark
// set before the next sentence. `prev` is the character before the mark.
StraightShape ShapeOfStraight(std::string_view text, size_t start, size_t mark, char32_t prev, char32_t next) {
  const bool next_open_ctx = next == 0 || IsSpaceCp(next) || IsPunctCp(next);
  if (!IsOpenerContext(prev)) {
    if (next_open_ctx) return StraightShape::kCloses;
    const bool after_punct = prev == '.' || prev == ',' || prev == '!' || prev == '?' || prev == ';' || prev == ':';
    return after_punct ? StraightShape::kCloses : StraightShape::kEither;
  }
  if (next == 0 || IsSpaceCp(next)) return StraightShape::kEither;
  if (!IsSpaceCp(prev)) return StraightShape::kOpens;  // paragraph start, bracket, dash
  size_t k = mark;
  while (k > start && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\n' || text[k - 1] == '\r')) --k;
  if (k == start) return StraightShape::kOpens;
  const char before = text[k - 1];
  return before == '.' || before == '!' || before == '?' ? StraightShape::kEither : StraightShape::kOpens;
}

// Whether `para` starts inside a straight double quote whose opening mark
// lies in an earlier paragraph that did not announce it (no mark at its
// start): read left to right, the straight marks alternate open/close, and
// the shapes of the marks agree better with "the first mark closes" than with
// "the first mark opens". A paragraph whose first mark is opening-shaped
// never starts inside a quote.
bool StartsInsideStraightQuote(std::string_view text, Span para) {
  int score_closed = 0, score_open = 0;  // agreements minus disagreements
  size_t k = 0;
  char32_t prev = 0;
  size_t i = para.start;
  while (i < para.end) {
    if (!kMarkByte[static_cast<unsigned char>(text[i])]) {
      // A run of ASCII bytes that are no double quote: only the last one
      // matters (as `prev`).
      i = SkipPlain(text, i, para.end, /*singles=*/false);
      prev = static_cast<unsigned char>(text[i - 1]);
      continue;
    }
    size_t len;
    const unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t c = b < 0x80 ? b : CpAt(text, i, &len);
    if (b < 0x80) len = 1;
    const size_t j = i + len;
    if (c == 0x201C || c == 0xAB || c == 0x201E || c == 0x201D || c == 0xBB) return false;  // curly marks lead
    if (c == '"') {
      size_t nlen;
      const char32_t next = j < para.end ? CpAt(text, j, &nlen) : 0;
      const StraightShape shape = ShapeOfStraight(text, para.start, i, prev, next);
      if (k == 0 && shape == StraightShape::kOpens) return false;
      if (shape != StraightShape::kEither) {
        const bool opens = shape == StraightShape::kOpens;
        const bool even = k % 2 == 0;  // under "starts closed" even marks open
        score_closed += opens == even ? 1 : -1;
        score_open += opens != even ? 1 : -1;
      }
      ++k;
    }
    prev = c;
    i = j;
  }
  return score_open > score_closed;
}

}  // namespace

void FindQuotes(std::string_view text, Span para, Span next_para, bool continued,
                std::vector<QuoteRegion>* out) {
  const size_t first_out = out->size();
  OpenMark stack[32];
  size_t depth = 0;
  const size_t end = para.end;
  auto emit = [&](const OpenMark& o, uint32_t close_b, uint32_t close_e, bool closed) {
    QuoteRegion q;
    q.span = Span{o.mark, close_e};
    q.inner = Span{o.inner, close_b};
    q.closed = closed;
    q.continuation = continued && o.mark == para.start && !o.single;
    // One- or two-letter "quotes" are elisions ("‘n’").
    if (o.single && close_b - o.inner <= 2) return;
    out->push_back(q);
  };
  auto push = [&](size_t b, size_t e, bool single) {
    if (depth == std::size(stack)) return;  // absurd nesting: ignore deeper marks
    stack[depth++] = OpenMark{static_cast<uint32_t>(b), static_cast<uint32_t>(e), single};
  };
  auto close_double = [&](size_t b, size_t e) {
    while (depth > 0 && stack[depth - 1].single) --depth;  // tentative singles were apostrophes
    if (depth == 0) return;
    emit(stack[--depth], static_cast<uint32_t>(b), static_cast<uint32_t>(e), true);
  };
  auto double_open = [&] {
    for (size_t k = depth; k > 0; --k) {
      if (!stack[k - 1].single) return true;
    }
    return false;
  };

  // A quote carried over from an earlier paragraph without a mark opening
  // this one: a region from the paragraph start, marked as a continuation.
  if (!continued && StartsInsideStraightQuote(text, para)) {
    push(para.start, para.start, false);
    continued = true;
  }

  char32_t prev = 0;
  size_t i = para.start;
  while (i < end) {
    if (!kQuoteByte[static_cast<unsigned char>(text[i])]) {
      // Most bytes: ASCII and no quote mark, no decoding needed; of a run
      // of them only the last matters (as `prev`).
      i = SkipPlain(text, i + 1, end, /*singles=*/true);
      prev = static_cast<unsigned char>(text[i - 1]);
      continue;
    }
    size_t len;
    char32_t c = CpAt(text, i, &len);
    size_t j = i + len;
    if (c < 0x80 && c != '"' && c != '\'') {
      prev = c;
      i = j;
      continue;
    }
    size_t nlen;
    char32_t next = j < end ? CpAt(text, j, &nlen) : 0;
    bool prev_word = prev != 0 && IsWordCp(prev);
    bool next_word = next != 0 && IsWordCp(next);
    bool next_open_ctx = next == 0 || IsSpaceCp(next) || IsPunctCp(next);
    switch (c) {
      case 0x201C: case 0xAB: case 0x201E:
        push(i, j, false);
        break;
      case 0x201D: case 0xBB:
        close_double(i, j);
        break;
      case '"': {
        bool opener = IsOpenerContext(prev) && next != 0 && !IsSpaceCp(next);
        bool closer = !IsOpenerContext(prev) && next_open_ctx;
        bool open = double_open();
        if (closer || (open && !opener)) {
          close_double(i, j);
        } else if (opener && open) {
          close_double(i, j);  // toggle: an opening-shaped mark while one is open
        } else {
          push(i, j, false);
        }
        break;
      }
      case 0x2018: case 0x2019: case '\'': {
        if (prev_word && next_word) break;          // apostrophe inside a word
        if (IsDigit(next)) break;                    // ’90s
        bool can_open = c != 0x2019 && IsOpenerContext(prev) && next_word;
        if (can_open) {
          if (!IsElision(text, j, end)) push(i, j, true);
        } else if (c != 0x2018 && (prev_word || IsPunctCp(prev)) && !next_word) {
          if (depth > 0 && stack[depth - 1].single) {
            --depth;
            emit(stack[depth], static_cast<uint32_t>(i), static_cast<uint32_t>(j), true);
          }
        }
        break;
      }
      default:
        break;
    }
    prev = c;
    i = j;
  }

  // Marks still open at the paragraph end: singles were apostrophes; doubles
  // run to the end and may continue in the next paragraph.
  bool next_opens = false;
  if (!next_para.empty()) {
    size_t len;
    next_opens = IsDoubleOpener(CpAt(text, next_para.start, &len));
  }
  size_t outer = 0;
  while (outer < depth && stack[outer].single) ++outer;
  for (size_t k = 0; k < depth; ++k) {
    if (stack[k].single) continue;
    QuoteRegion q;
    q.span = Span{stack[k].mark, static_cast<uint32_t>(end)};
    q.inner = Span{stack[k].inner, static_cast<uint32_t>(end)};
    q.closed = false;
    q.continues = next_opens && k == outer;
    q.continuation = continued && stack[k].mark == para.start;
    out->push_back(q);
  }

  // Sort (parents first) and recompute depths from containment.
  std::sort(out->begin() + first_out, out->end(), [](const QuoteRegion& a, const QuoteRegion& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
  });
  uint32_t open_ends[32];
  size_t n_open = 0;
  for (size_t k = first_out; k < out->size(); ++k) {
    QuoteRegion& q = (*out)[k];
    while (n_open > 0 && open_ends[n_open - 1] <= q.span.start) --n_open;
    q.depth = static_cast<uint32_t>(n_open);
    if (n_open < std::size(open_ends)) open_ends[n_open++] = q.span.end;
  }
}

}  // namespace crosscheck::segment_internal
