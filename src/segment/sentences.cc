// Sentence splitting over a paragraph's tokens.
//
// A sentence may end at a terminal token: ".", "!", "?", an ellipsis ("...",
// "…"), or a word carrying a final period ("U.S.", "Gen.", "W."). Closing
// quotes and brackets right after it belong to the ending sentence. Whether
// the sentence really ends there depends on what follows (the "next" token)
// and on what the terminal is:
//
//  - The next token must be separated by whitespace and able to open a
//    sentence: a capital letter (or "iPhone"-style camel case), a digit, an
//    opening quote or bracket, or a currency sign. "said. the" and "latimes.com" never split.
//    One exception to the whitespace: a capital glued to a closing double
//    quote after the terminal ("… I love it!”Former governor …"), where
//    scraped text lost a paragraph break.
//  - "." "!" "?" after an ordinary word or number: split, except after a
//    list marker ("factors: 1. How much …").
//  - Abbreviations (abbreviations.h): titles such as "Gen." and "Lt." never
//    split; "No." "Jan." and other number prefixes do not split before a
//    digit and otherwise act as an ordinary word ("performance art. VOA"); "Inc.", "U.S.", "U.N." and
//    other acronyms split only before a word that typically opens a sentence
//    ("The", "He", "But") or an opening quote; suffixes after a name
//    ("Corp.", "Jr.") split before any capital; "a.m."/"p.m." split before a
//    capital unless a weekday, month or time zone follows ("5 p.m. Friday").
//    A closing quote or bracket right after the period shows it ends a
//    sentence ("''No.” Luck broke …").
//  - Initials (one capital letter and a period, "George W. Bush") split only
//    like acronyms, before a typical sentence opener.
//  - An ellipsis marks a pause more often than an end, inside quotations as
//    outside ("the host is … Ellen DeGeneres"): it splits only before a
//    typical sentence opener or an opening quote ("golden times... I want").
//  - After "?" or "!" and a closing quote, a name followed by a speech verb
//    within six words is the attribution of the quotation, not a new
//    sentence: "Why not?” Howard said." After a period it is a new sentence ("… dead.” Roesler
//    said …"): an attribution would have followed a comma.
//
// The paragraph end always ends a sentence.
#include "segment/sentences.h"

#include "segment/abbreviations.h"
#include "segment/char_class.h"

namespace crosscheck::segment_internal {

namespace {

bool IsClosingMark(char32_t c) {
  return c == 0x201D || c == 0x2019 || c == ')' || c == ']' || c == '}' || c == 0xBB || c == '"' || c == '\'';
}

// A time zone spelled out after "a.m."/"p.m." at token i: one or two
// capitalised words and a lower-case "time" ("4:15 a.m. Pacific time",
// "11:30 a.m. Moscow time", "9:30 a.m. New York time", "8 p.m. Eastern
// Standard Time", "9 p.m. Eastern on Thursday"), or a weekly habit ("9 a.m. Sundays"): the clock's
// sentence runs on.
bool ZoneNamedAfterClock(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t te) {
  auto word = [&](size_t k) { return k < te && tokens[k].kind == TokenKind::kWord ? tokens[k].span.Of(text) : std::string_view(); };
  auto capital = [&](size_t k) {
    std::string_view w = word(k);
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  };
  std::string_view first = word(i);
  static constexpr std::string_view kDays[] = {"Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays",
                                               "Saturdays", "Sundays"};
  for (std::string_view d : kDays)
    if (first == d) return true;
  if (!capital(i)) return false;
  if (first == "Eastern" || first == "Central" || first == "Pacific" || first == "Mountain" || first == "Atlantic") {
    size_t k = i + 1;
    if (word(k) == "Standard" || word(k) == "Daylight" || word(k) == "standard" || word(k) == "daylight") ++k;
    // The zone alone: "9 p.m. Eastern on Thursday", "noon Pacific."
    if (k == i + 1 && (k >= te || tokens[k].kind == TokenKind::kPunct || word(k) == "on")) return true;
    return word(k) == "time" || word(k) == "Time";
  }
  if (word(i + 1) == "time") return true;
  return capital(i + 1) && word(i + 2) == "time";
}

enum class Terminal { kNone, kStop, kEllipsis, kAbbreviated };

Terminal Classify(std::string_view tok, TokenKind kind) {
  if (kind == TokenKind::kWord) {
    return tok.size() > 1 && tok.back() == '.' ? Terminal::kAbbreviated : Terminal::kNone;
  }
  if (kind != TokenKind::kPunct) return Terminal::kNone;
  if (tok == "." || tok == "!" || tok == "?" || tok == "..") return Terminal::kStop;  // ".." is a typo
  if (tok == "\xE2\x80\xA6" || (tok.size() >= 2 && tok[0] == '.')) return Terminal::kEllipsis;
  if (tok == "\xE2\x80\xBD" || tok == "\xEF\xBC\x81" || tok == "\xEF\xBC\x9F") return Terminal::kStop;  // ‽ ！ ？
  return Terminal::kNone;
}

bool IsQuoteMark(char32_t c) { return c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == 0xBB; }

// "Howard said", "Colts interim coach Bruce Arians asked": a speech verb
// within the next six words, before any punctuation.
bool AttributionFollows(std::string_view text, const std::vector<Token>& tokens, uint32_t from, uint32_t te) {
  for (uint32_t k = from; k < te && k < from + 6; ++k) {
    if (tokens[k].kind != TokenKind::kWord) return false;
    if (IsSpeechVerb(tokens[k].span.Of(text))) return true;
  }
  return false;
}

// A list marker: "1." or "b)" opening a sentence or following a colon is
// not a sentence of its own.
bool IsListMarker(std::string_view text, const std::vector<Token>& tokens, uint32_t start, uint32_t k) {
  if (k == start) return false;
  const Token& t = tokens[k - 1];
  if (t.kind != TokenKind::kNumber || t.span.size() > 2) return false;
  if (k - 1 == start) return true;
  // After a colon, but not a clock time ("at 2:56.").
  return tokens[k - 2].span.Of(text) == ":" && tokens[k - 2].span.end < t.span.start;
}

}  // namespace

void SplitSentences(std::string_view text, const std::vector<Token>& tokens, uint32_t para, uint32_t tb,
                    uint32_t te, std::vector<Sentence>* out) {
  uint32_t start = tb;
  for (uint32_t k = tb; k + 1 < te; ++k) {
    std::string_view tok = tokens[k].span.Of(text);
    Terminal term = Classify(tok, tokens[k].kind);
    if (term == Terminal::kNone) continue;

    // Closing quotes and brackets glued to the terminal end the sentence too.
    uint32_t last = k;
    bool after_quote = false;
    while (last + 1 < te && tokens[last + 1].span.start == tokens[last].span.end) {
      const Token& t = tokens[last + 1];
      size_t len;
      char32_t c = CpAt(text, t.span.start, &len);
      if (t.kind != TokenKind::kPunct || len != t.span.size() || !IsClosingMark(c)) break;
      after_quote = after_quote || IsQuoteMark(c);
      ++last;
    }
    if (last + 1 >= te) break;  // the paragraph end closes the sentence
    const Token& next = tokens[last + 1];
    std::string_view next_text = next.span.Of(text);
    size_t len;
    char32_t nc = CpAt(text, next.span.start, &len);
    if (next.span.start == tokens[last].span.end) {
      // "latimes.com", "said.The": no boundary. But a closing double quote
      // after the terminal with a capital glued to it ("I love it!”Former
      // governor …") is a paragraph break that scraping lost.
      size_t ql;
      const char32_t q = CpAt(text, tokens[last].span.start, &ql);
      if (!(last > k && (q == 0x201D || q == '"') && IsUpperCp(nc))) continue;
    }
    // "iPhone", "eBay": a lower-case letter before a capital counts as one.
    bool capital = IsUpperCp(nc) || (IsAsciiLower(nc) && next_text.size() > 1 &&
                                      next_text[1] >= 'A' && next_text[1] <= 'Z');
    bool opener = nc == 0x201C || nc == 0x2018 || nc == '"' || nc == '\'' || nc == 0xAB || nc == 0x201E;
    bool can_start = capital || IsDigit(nc) || opener || nc == '(' || nc == '[' || nc == '$' ||
                     nc == 0xA3 || nc == 0x20AC || nc == 0xA5;
    if (!can_start) continue;
    // An opening mark starts a sentence when what it quotes does: "the
    // U.S. “clearly” needed …" runs on (a lower-case word inside).
    bool quoted_lower = false;
    if (opener && last + 2 < te && tokens[last + 2].span.start == next.span.end) {
      size_t l2;
      quoted_lower = IsAsciiLower(CpAt(text, tokens[last + 2].span.start, &l2));
    }
    bool starter = (opener && !quoted_lower) || (capital && IsSentenceStarter(next_text));

    bool boundary = true;
    switch (term) {
      case Terminal::kStop:
        boundary = !IsListMarker(text, tokens, start, k);
        break;
      case Terminal::kEllipsis:
        boundary = starter;
        break;
      case Terminal::kAbbreviated: {
        if (last > k) break;  // "No.”": an abbreviation is not quoted or bracketed

        std::string_view word = tok.substr(0, tok.size() - 1);
        size_t wl;
        char32_t first = CpAt(word, 0, &wl);
        if (wl == word.size() && IsUpperCp(first)) {  // an initial
          boundary = starter;
          break;
        }
        switch (LookupAbbreviation(word)) {
          case AbbrevKind::kPrefix:
            boundary = false;
            break;
          case AbbrevKind::kBeforeNumber:
            boundary = !IsDigit(nc);
            break;
          case AbbrevKind::kFinal:
            boundary = starter;
            break;
          case AbbrevKind::kSuffix:
            boundary = capital || opener;
            break;
          case AbbrevKind::kClockTime:
            boundary = (capital || opener) && !IsTimeFollower(next_text) &&
                       !ZoneNamedAfterClock(text, tokens, last + 1, te);
            break;
          case AbbrevKind::kNone:
            break;
        }
        break;
      }
      case Terminal::kNone:
        break;
    }
    if (boundary && after_quote && tok != "." && capital && !starter && AttributionFollows(text, tokens, last + 1, te)) {
      boundary = false;
    }
    if (!boundary) continue;
    EmitSentence(text, tokens, para, start, last + 1, out);
    start = last + 1;
    k = last;
  }
  EmitSentence(text, tokens, para, start, te, out);
}

void EmitSentence(std::string_view text, const std::vector<Token>& tokens, uint32_t para, uint32_t begin,
                  uint32_t end, std::vector<Sentence>* out) {
  // A run-on "sentence" longer than kMaxSentenceTokens (a list, a table, a
  // file with no full stops) is cut after the last ';' or ',' before the
  // limit, else at the limit: every later stage then works on bounded
  // windows, so one hostile input cannot make them quadratic.
  while (end - begin > kMaxSentenceTokens) {
    uint32_t cut = begin + kMaxSentenceTokens;
    for (uint32_t k = cut; k > begin + kMaxSentenceTokens / 2; --k) {
      std::string_view t = tokens[k - 1].span.Of(text);
      if (t == ";" || t == ",") {
        cut = k;
        break;
      }
    }
    out->push_back(Sentence{Span{tokens[begin].span.start, tokens[cut - 1].span.end}, para, begin, cut});
    begin = cut;
  }
  out->push_back(Sentence{Span{tokens[begin].span.start, tokens[end - 1].span.end}, para, begin, end});
}

}  // namespace crosscheck::segment_internal
