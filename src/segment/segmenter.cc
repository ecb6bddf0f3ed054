// Segmenter: one left-to-right pass per layer.
//
//  1. Paragraphs: blank lines always separate paragraphs; a single line break
//     separates them too unless the line is hard-wrapped (the previous line
//     ends without terminal punctuation and the next starts in lower case).
//  2. Tokens: runs of letters (with inner apostrophes, hyphens and the
//     periods of "U.N."-style acronyms), numbers (with inner , and . between
//     digits), and single punctuation or symbol code points. A period is kept
//     on a word when the word is a known abbreviation or an initial.
//  3. Sentences: a boundary follows ., !, ?, … (plus closing quotes and
//     brackets) when the next token can start a sentence (capital letter,
//     digit, opening quote). Title abbreviations ("Gen.", "Lt", "St.",
//     "No. 10") and initials never end a sentence; acronyms ("U.S.") end one
//     only before a word that typically starts a sentence ("The", "He").
//  4. Quote regions: curly quotes open and close by shape; straight quotes
//     alternate; single quotes nest inside double quotes, an apostrophe
//     between letters is not a quote. A quote still open at a paragraph end
//     "continues" when the next paragraph opens with a quote mark (news
//     style for multi-paragraph quotes), and is unclosed otherwise.
#include "segment/segmenter.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

#include "core/utf8.h"

namespace crosscheck {

namespace {

bool IsSpaceCp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x2009 || c == 0x200A || c == 0x202F || c == 0x2002 || c == 0x2003 || c == 0x3000 ||
         c == 0xFEFF || c == 0x200B;
}
bool IsAsciiAlpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsPunctCp(char32_t c) {
  if (c < 0x80) return !IsAsciiAlpha(c) && !IsDigit(c) && c > ' ' && c != '$' && c != '%' && c != '#' &&
                       c != '@' && c != '&' && c != '+' && c != '=' && c != '<' && c != '>' && c != '^' &&
                       c != '|' && c != '~' && c != '`';
  return (c >= 0x2010 && c <= 0x205E) || c == 0xAB || c == 0xBB || c == 0xBF || c == 0xA1 || c == 0xB7 ||
         (c >= 0x3000 && c <= 0x303F);
}
bool IsSymbolCp(char32_t c) {
  if (c < 0x80) return !IsAsciiAlpha(c) && !IsDigit(c) && c > ' ' && !IsPunctCp(c);
  return (c >= 0x20A0 && c <= 0x20CF) || c == 0xA3 || c == 0xA5 || c == 0xA2 || c == 0xA9 || c == 0xAE ||
         c == 0xB0 || c == 0xB1 || c == 0xD7 || c == 0xF7 || (c >= 0x2100 && c <= 0x2BFF) || c >= 0x1F000;
}
bool IsLetterCp(char32_t c) {
  return IsAsciiAlpha(c) || (c >= 0x80 && !IsSpaceCp(c) && !IsPunctCp(c) && !IsSymbolCp(c));
}
bool IsUpperStart(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c < 0x80) return false;
  size_t len;
  char32_t cp = DecodeUtf8(w, 0, &len);
  // Latin-1 and Latin Extended-A upper case, Greek and Cyrillic capitals.
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp < 0x180 && cp % 2 == 0) ||
         (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsOpeningQuoteCp(char32_t c) { return c == 0x201C || c == 0x2018 || c == '"' || c == '\'' || c == 0xAB || c == 0x201E; }
bool IsClosingCp(char32_t c) {
  return c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == ')' || c == ']' || c == 0xBB;
}

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

// Abbreviations that precede a name or number and so never end a sentence.
const std::unordered_set<std::string>& TitleAbbreviations() {
  static const auto* s = new std::unordered_set<std::string>{
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
      "adm", "cmdr", "cdr", "brig", "rep", "sen", "gov", "pres", "rev", "fr", "st", "ste", "mt", "ft",
      "no", "nos", "vol", "fig", "art", "sec", "ch", "pp", "esq", "hon", "supt", "insp", "det", "lieut",
      "messrs", "mme", "mlle", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec", "approx", "dept", "univ", "assn", "bros", "gens", "cols", "reps", "sens", "govs",
      "ave", "blvd", "rd", "vs", "v", "cf", "ca", "e.g", "i.e", "al"};
  return *s;
}
// Abbreviations that may end a sentence ("… in the U.S. The …").
const std::unordered_set<std::string>& FinalAbbreviations() {
  static const auto* s = new std::unordered_set<std::string>{
      "etc", "inc", "corp", "ltd", "co", "jr", "sr", "plc", "llc", "bros", "a.m", "p.m", "u.s", "u.n",
      "u.k", "e.u", "u.s.a", "d.c", "l.a", "n.y", "p.o"};
  return *s;
}
// Words that typically open a sentence; after an acronym they mark a boundary.
const std::unordered_set<std::string>& SentenceStarters() {
  static const auto* s = new std::unordered_set<std::string>{
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at",
      "this", "that", "these", "those", "there", "his", "her", "their", "its", "our", "my", "as",
      "after", "before", "when", "while", "if", "however", "meanwhile", "some", "many", "most",
      "both", "one", "two", "officials", "then", "so", "yet", "for", "since", "although", "what"};
  return *s;
}

struct Tokenizer {
  std::string_view text;
  std::vector<Token>* out;

  char32_t At(size_t i, size_t* len) const { return DecodeUtf8(text, i, len); }

  // Tokenizes [begin, end).
  void Run(size_t begin, size_t end) {
    size_t i = begin;
    while (i < end) {
      size_t len;
      char32_t c = At(i, &len);
      if (IsSpaceCp(c)) { i += len; continue; }
      if (IsDigit(c)) { i = Number(i, end); continue; }
      if (IsLetterCp(c)) { i = Word(i, end); continue; }
      TokenKind kind = IsPunctCp(c) ? TokenKind::kPunct : TokenKind::kSymbol;
      // Keep "..." and "--" together.
      size_t j = i + len;
      if (c == '.' || c == '-') {
        while (j < end && text[j] == static_cast<char>(c)) ++j;
      }
      Emit(i, j, kind);
      i = j;
    }
  }

  void Emit(size_t b, size_t e, TokenKind k) {
    out->push_back(Token{Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)}, k});
  }

  size_t Number(size_t i, size_t end) {
    size_t b = i;
    while (i < end) {
      char c = text[i];
      if (c >= '0' && c <= '9') { ++i; continue; }
      if ((c == ',' || c == '.') && i + 1 < end && text[i + 1] >= '0' && text[i + 1] <= '9' && i > b) { ++i; continue; }
      break;
    }
    // Ordinal or unit suffix glued to digits ("3rd", "10km", "1.2bn") stays one word-like token.
    size_t j = i;
    while (j < end && IsAsciiAlpha(static_cast<unsigned char>(text[j]))) ++j;
    if (j > i) { Emit(b, j, TokenKind::kWord); return j; }
    Emit(b, i, TokenKind::kNumber);
    return i;
  }

  size_t Word(size_t i, size_t end) {
    size_t b = i;
    size_t len;
    while (i < end) {
      char32_t c = At(i, &len);
      if (IsLetterCp(c) || IsDigit(c)) { i += len; continue; }
      // Inner apostrophe or hyphen between letters/digits.
      if ((IsApostrophe(c) || c == '-') && i + len < end) {
        size_t l2;
        char32_t n = At(i + len, &l2);
        if (IsLetterCp(n) || (c == '-' && IsDigit(n))) { i += len; continue; }
      }
      // Acronym periods: single letters separated by periods ("U.N.", "a.m.").
      if (c == '.' && i + 2 <= end && i + 1 < end) {
        size_t seg_start = i;
        while (seg_start > b && text[seg_start - 1] != '.') --seg_start;
        size_t l2;
        char32_t n = At(i + 1, &l2);
        bool single_letter_before = (i - seg_start) == 1;
        bool single_letter_after = IsAsciiAlpha(n) && (i + 2 >= end || text[i + 2] == '.');
        if (single_letter_before && single_letter_after) { i += 1; continue; }
      }
      break;
    }
    // Trailing period of an acronym, abbreviation or initial.
    if (i < end && text[i] == '.' && !(i + 1 < end && text[i + 1] == '.')) {
      std::string low = Lower(text.substr(b, i - b));
      bool acronym = low.find('.') != std::string::npos;
      bool initial = (i - b) == 1 && IsUpperStart(text.substr(b, 1));
      if (acronym || initial || TitleAbbreviations().count(low) || FinalAbbreviations().count(low)) {
        Emit(b, i + 1, TokenKind::kWord);
        return i + 1;
      }
    }
    Emit(b, i, TokenKind::kWord);
    return i;
  }
};

std::vector<Paragraph> SplitParagraphs(std::string_view text, size_t begin) {
  std::vector<Paragraph> out;
  // Lines as [start, end) without the newline.
  struct Line { size_t b, e; };
  std::vector<Line> lines;
  size_t i = begin;
  while (i <= text.size()) {
    size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back({i, nl});
    if (nl == text.size()) break;
    i = nl + 1;
  }
  auto trim = [&](Line l) {
    size_t len;
    while (l.b < l.e && IsSpaceCp(DecodeUtf8(text, l.b, &len))) l.b += len;
    while (l.e > l.b) {
      size_t k = l.e - 1;
      while (k > l.b && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
      if (!IsSpaceCp(DecodeUtf8(text, k, &len))) break;
      l.e = k;
    }
    return l;
  };
  bool open = false;
  Line cur{0, 0};
  bool prev_blank = true;
  for (const Line& raw : lines) {
    Line l = trim(raw);
    if (l.b == l.e) {
      if (open) { out.push_back(Paragraph{Span{(uint32_t)cur.b, (uint32_t)cur.e}}); open = false; }
      prev_blank = true;
      continue;
    }
    if (open && !prev_blank) {
      char last = text[cur.e - 1];
      bool terminal = last == '.' || last == '!' || last == '?' || last == ':' ||
                      (static_cast<unsigned char>(last) & 0x80);
      unsigned char first = static_cast<unsigned char>(text[l.b]);
      bool lower_next = (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9') || first == ',';
      if (!terminal && lower_next) { cur.e = l.e; prev_blank = false; continue; }
      out.push_back(Paragraph{Span{(uint32_t)cur.b, (uint32_t)cur.e}});
      open = false;
    }
    if (!open) { cur = l; open = true; }
    prev_blank = false;
  }
  if (open) out.push_back(Paragraph{Span{(uint32_t)cur.b, (uint32_t)cur.e}});
  return out;
}

bool IsTerminal(std::string_view tok) {
  return tok == "." || tok == "!" || tok == "?" || tok == "..." || tok == "\xE2\x80\xA6" || tok == "?!" || tok == "!?";
}

void SplitSentences(std::string_view text, const std::vector<Token>& toks, uint32_t para, uint32_t tb,
                    uint32_t te, std::vector<Sentence>* out) {
  uint32_t start = tb;
  for (uint32_t k = tb; k < te; ++k) {
    std::string_view t = toks[k].span.Of(text);
    bool boundary = false;
    uint32_t last = k;
    if (IsTerminal(t) || (toks[k].kind == TokenKind::kWord && t.size() > 1 && t.back() == '.')) {
      // Absorb closing quotes and brackets.
      while (last + 1 < te) {
        size_t len;
        std::string_view n = toks[last + 1].span.Of(text);
        char32_t c = DecodeUtf8(n, 0, &len);
        if (len == n.size() && IsClosingCp(c) && !(c == '"' || c == '\'') ) { ++last; continue; }
        // Straight quote right after the terminal, followed by space: closing.
        if ((c == '"' || c == '\'') && len == n.size() && toks[last + 1].span.start == toks[last].span.end &&
            (last + 2 >= te || toks[last + 2].span.start > toks[last + 1].span.end)) { ++last; continue; }
        break;
      }
      if (last + 1 >= te) {
        boundary = false;  // paragraph end closes the sentence anyway
      } else {
        std::string_view next = toks[last + 1].span.Of(text);
        size_t len;
        char32_t nc = DecodeUtf8(next, 0, &len);
        bool can_start = IsUpperStart(next) || IsDigit(nc) || IsOpeningQuoteCp(nc) || nc == '(' || nc == '[';
        if (toks[k].kind == TokenKind::kWord) {
          std::string low = Lower(t.substr(0, t.size() - 1));
          bool is_initial = t.size() == 2 && IsUpperStart(t);
          if (TitleAbbreviations().count(low) || is_initial) {
            can_start = false;
          } else if (FinalAbbreviations().count(low) || low.find('.') != std::string::npos) {
            can_start = can_start && (SentenceStarters().count(Lower(next)) > 0 || IsOpeningQuoteCp(nc));
          }
        } else if (t == "..." || t == "\xE2\x80\xA6") {
          // An ellipsis ends a sentence only before a capitalised word.
          can_start = IsUpperStart(next) || IsOpeningQuoteCp(nc);
        }
        boundary = can_start;
      }
    }
    if (boundary) {
      out->push_back(Sentence{Span{toks[start].span.start, toks[last].span.end}, para, start, last + 1});
      start = last + 1;
      k = last;
    }
  }
  if (start < te) out->push_back(Sentence{Span{toks[start].span.start, toks[te - 1].span.end}, para, start, te});
}

void FindQuotes(std::string_view text, const std::vector<Paragraph>& paras, std::vector<QuoteRegion>* out) {
  struct Open { size_t mark; size_t inner; uint32_t depth; bool curly; bool single; };
  for (size_t p = 0; p < paras.size(); ++p) {
    std::vector<Open> stack;
    size_t i = paras[p].span.start, end = paras[p].span.end;
    auto close = [&](size_t mark_b, size_t mark_e) {
      Open o = stack.back();
      stack.pop_back();
      out->push_back(QuoteRegion{Span{(uint32_t)o.mark, (uint32_t)mark_e}, Span{(uint32_t)o.inner, (uint32_t)mark_b},
                                 o.depth, true, false});
    };
    while (i < end) {
      size_t len;
      char32_t c = DecodeUtf8(text, i, &len);
      size_t pl = 0;
      char32_t prev = 0;
      if (i > paras[p].span.start) {
        size_t k = i - 1;
        while (k > paras[p].span.start && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
        prev = DecodeUtf8(text, k, &pl);
      }
      char32_t next = 0;
      if (i + len < end) { size_t nl; next = DecodeUtf8(text, i + len, &nl); }
      bool prev_word = prev && (IsLetterCp(prev) || IsDigit(prev));
      bool next_word = next && (IsLetterCp(next) || IsDigit(next));
      bool double_open = !stack.empty() && !stack.back().single;
      if (c == 0x201C || c == 0xAB || c == 0x201E) {
        stack.push_back({i, i + len, static_cast<uint32_t>(stack.size()), true, false});
      } else if (c == 0x201D || c == 0xBB) {
        while (!stack.empty() && stack.back().single) stack.pop_back();  // unclosed single inside
        if (!stack.empty()) close(i, i + len);
      } else if (c == '"') {
        if (double_open && (!next_word || prev_word || IsPunctCp(prev))) {
          while (!stack.empty() && stack.back().single) stack.pop_back();
          close(i, i + len);
        } else if (stack.empty() || stack.back().single) {
          stack.push_back({i, i + len, static_cast<uint32_t>(stack.size()), false, false});
        } else {
          close(i, i + len);
        }
      } else if (c == 0x2018 || (c == '\'' && !prev_word && next_word)) {
        if (!stack.empty() && !stack.back().single) {
          stack.push_back({i, i + len, static_cast<uint32_t>(stack.size()), c == 0x2018, true});
        } else if (c == 0x2018 && stack.empty()) {
          stack.push_back({i, i + len, 0, true, true});
        }
      } else if ((c == 0x2019 || c == '\'') && !next_word && !stack.empty() && stack.back().single) {
        // A closing single quote (not an apostrophe inside a word).
        if (!(prev_word && next_word)) close(i, i + len);
      }
      i += len;
    }
    // Still open at paragraph end: continues when the next paragraph opens with a quote.
    bool next_opens = false;
    if (p + 1 < paras.size()) {
      size_t len;
      char32_t c = DecodeUtf8(text, paras[p + 1].span.start, &len);
      next_opens = c == 0x201C || c == '"' || c == 0xAB;
    }
    for (const Open& o : stack) {
      if (o.single) continue;  // an unmatched single quote is usually an apostrophe
      out->push_back(QuoteRegion{Span{(uint32_t)o.mark, (uint32_t)end}, Span{(uint32_t)o.inner, (uint32_t)end}, o.depth,
                                 false, next_opens && o.depth == 0});
    }
  }
  std::sort(out->begin(), out->end(), [](const QuoteRegion& a, const QuoteRegion& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
  });
}

}  // namespace

int Segmentation::SentenceAt(uint32_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](uint32_t v, const Sentence& s) { return v < s.span.start; });
  if (it == sentences.begin()) return -1;
  --it;
  if (offset < it->span.end) return static_cast<int>(it - sentences.begin());
  return -1;
}

Segmentation Segment(std::string_view text, const SegmentOptions& options) {
  Segmentation seg;
  size_t begin = std::min<size_t>(options.body_start, text.size());
  seg.paragraphs = SplitParagraphs(text, begin);
  Tokenizer tk{text, &seg.tokens};
  for (uint32_t p = 0; p < seg.paragraphs.size(); ++p) {
    uint32_t tb = static_cast<uint32_t>(seg.tokens.size());
    tk.Run(seg.paragraphs[p].span.start, seg.paragraphs[p].span.end);
    uint32_t te = static_cast<uint32_t>(seg.tokens.size());
    SplitSentences(text, seg.tokens, p, tb, te, &seg.sentences);
  }
  FindQuotes(text, seg.paragraphs, &seg.quotes);
  return seg;
}

}  // namespace crosscheck
