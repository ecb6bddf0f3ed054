// EcbPlusText: test-only helper that turns one ECB+ XML file (tokens with
// sentence numbers) back into running text, so the attribution tests can run
// the segmenter and RecognizeQuotes on real news prose. Header-only so it
// stays out of the cc_quote library. Pure functions; thread-safe.
//
// Detokenisation (documented in docs/ATTRIBUTION.md, which the gold file
// tests/gold/ecbplus_quote_speakers.tsv depends on byte for byte):
//  - sentence 0 of an *ecbplus.xml file is the source URL and is dropped;
//  - tokens of a sentence are joined by one space, except: no space before
//    , . : ; ! ? ) ] % and "n't"; no space after ( [ $ #; a separate
//    apostrophe token (’ or ') glues to the previous token, and also to the
//    next one when that is a clitic (s, t, re, ll, ve, d, m); a "-" between
//    two alphanumeric tokens is glued on both sides;
//  - PTB quote tokens: `` is written as “ and '' (while a quote is open) as ”;
//  - quote marks: “ opens (no space after), ” closes (no space before), and
//    so does a “ that stands before "," or "." while a quote is open; a
//    straight " alternates open/close over the document (a token that
//    carries " glued to letters toggles too, as written);
//  - each sentence becomes its own paragraph (joined by a blank line) unless
//    a double quote is still open at its end, in which case the next
//    sentence follows in the same paragraph after one space.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_ECBPLUS_TEXT_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_ECBPLUS_TEXT_H_

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::ecbplus {

struct XmlToken {
  int sentence = 0;
  std::string text;
};

inline std::string UnescapeXml(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { out += s[i]; continue; }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos) { out += s[i]; continue; }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "amp") out += '&';
    else if (ent == "lt") out += '<';
    else if (ent == "gt") out += '>';
    else if (ent == "quot") out += '"';
    else if (ent == "apos") out += '\'';
    else { out += s.substr(i, semi - i + 1); }
    i = semi;
  }
  return out;
}

// Tokens of an ECB+ XML document, in file order.
inline std::vector<XmlToken> ParseTokens(std::string_view xml) {
  std::vector<XmlToken> out;
  size_t i = 0;
  while ((i = xml.find("<token ", i)) != std::string_view::npos) {
    size_t gt = xml.find('>', i);
    size_t close = xml.find("</token>", gt);
    if (gt == std::string_view::npos || close == std::string_view::npos) break;
    std::string_view attrs = xml.substr(i, gt - i);
    XmlToken t;
    size_t sp = attrs.find("sentence=\"");
    if (sp != std::string_view::npos) t.sentence = std::atoi(std::string(attrs.substr(sp + 10, 8)).c_str());
    t.text = UnescapeXml(xml.substr(gt + 1, close - gt - 1));
    out.push_back(std::move(t));
    i = close;
  }
  return out;
}

inline bool IsAlnumAscii(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

inline std::string Detokenize(const std::vector<XmlToken>& toks, bool drop_sentence0) {
  static const char* kOpen = "\xE2\x80\x9C";   // “
  static const char* kClose = "\xE2\x80\x9D";  // ”
  static const char* kRsquo = "\xE2\x80\x99";  // ’
  std::string out;
  bool straight_open = false;  // state of the straight " alternation
  bool curly_open = false;
  bool glue_next = true;       // no space before the next token
  int cur_sentence = -1;
  for (size_t k = 0; k < toks.size(); ++k) {
    // PTB-style quote tokens of the older ECB files become curly quotes.
    const std::string w = toks[k].text == "``" ? std::string(kOpen)
                          : (toks[k].text == "''" && (curly_open || straight_open)) ? std::string(kClose)
                                                                                    : toks[k].text;
    if (drop_sentence0 && toks[k].sentence == 0) continue;
    if (toks[k].sentence != cur_sentence) {
      if (cur_sentence >= 0) {
        if (!(straight_open || curly_open)) out += "\n\n";
        else if (!glue_next) out += ' ';
      }
      cur_sentence = toks[k].sentence;
      glue_next = true;
    }
    bool no_space_before = glue_next;
    bool glue_after = false;
    if (w == "," || w == "." || w == ":" || w == ";" || w == "!" || w == "?" || w == ")" || w == "]" ||
        w == "%" || w == "n't" || w == "...") {
      no_space_before = true;
    } else if (w == "(" || w == "[" || w == "$" || w == "#") {
      glue_after = true;
    } else if (w == kRsquo || w == "'") {
      no_space_before = true;
      const std::string next = k + 1 < toks.size() ? toks[k + 1].text : "";
      if (next == "s" || next == "t" || next == "re" || next == "ll" || next == "ve" || next == "d" ||
          next == "m")
        glue_after = true;
    } else if (w == "-" && !out.empty() && IsAlnumAscii(out.back()) && k + 1 < toks.size() &&
               !toks[k + 1].text.empty() && IsAlnumAscii(toks[k + 1].text[0]) &&
               toks[k + 1].sentence == cur_sentence) {
      no_space_before = true;
      glue_after = true;
    } else if (w == kOpen && k + 1 < toks.size() &&
               (toks[k + 1].text == "," || toks[k + 1].text == ".") && curly_open) {
      curly_open = false;  // a misshapen closing mark ("orchestra “, the comedian")
      no_space_before = true;
    } else if (w == kOpen) {
      curly_open = true;
      glue_after = true;
    } else if (w == kClose) {
      curly_open = false;
      no_space_before = true;
    } else if (w == "\"") {
      if (straight_open) {
        no_space_before = true;
      } else {
        glue_after = true;
      }
      straight_open = !straight_open;
    } else {
      for (char c : w)
        if (c == '"') straight_open = !straight_open;
    }
    if (!no_space_before && !out.empty() && out.back() != '\n') out += ' ';
    out += w;
    glue_next = glue_after;
  }
  out += '\n';
  return out;
}

inline bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Text of the ECB+ file at `path` ("" when unreadable).
inline std::string LoadText(const std::string& path) {
  std::string xml;
  if (!ReadFile(path, &xml)) return "";
  bool plus = path.size() >= 11 && path.compare(path.size() - 11, 11, "ecbplus.xml") == 0;
  return Detokenize(ParseTokens(xml), plus);
}

}  // namespace crosscheck::ecbplus

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_ECBPLUS_TEXT_H_
