// How deep an HTML page nests, estimated from its tags before it is parsed.
//
// gumbo builds the tree in time quadratic in its depth (each start tag
// searches the stack of open elements: 16,000 nested <div> take over 30 s),
// so a page is judged before gumbo sees it. The estimate runs a stack of
// open elements the way the HTML5 tree builder mostly does, in one pass:
//  - void elements (<br>, <img>, ...) and self-closing tags inside <svg> or
//    <math> open nothing (elsewhere "/>" is ignored, as in HTML5: <div/>
//    opens a div);
//  - an end tag closes the nearest open element of its name, if any;
//  - elements whose end tag is optional close their open sibling: a new
//    <li> closes an open <li>, <td> a <td> or <th>, <tr> a <tr>, <p> a <p>,
//    <option> an <option>, <a> an <a>, ... (looking no further than the
//    table, list or select that holds them);
//  - comments, doctypes and the text of <script>, <style>, <textarea>,
//    <title> and the like open nothing.
// The real tree can be deeper (<table><td> also opens tbody and tr), so the
// depth of the built tree is checked again after parsing; the estimate only
// has to stop pathological pages before the quadratic step.
#include <array>
#include <string>
#include <vector>

#include "read/formats.h"

namespace crosscheck {

namespace {

bool Is(std::string_view n, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (n == s) return true;
  return false;
}

bool IsVoid(std::string_view n) {
  return Is(n, {"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
                "source", "track", "wbr", "basefont", "bgsound", "frame", "image"});
}

bool IsRawText(std::string_view n) {
  return Is(n, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

// The group of elements a start tag of `n` closes when one is open (""
// when none), and the elements the search stops at.
struct Sibling {
  std::initializer_list<std::string_view> closes;
  std::initializer_list<std::string_view> stops_at;
};

const Sibling* SiblingRule(std::string_view n) {
  static const Sibling kLi{{"li"}, {"ul", "ol", "menu", "table", "html"}};
  static const Sibling kDtDd{{"dt", "dd"}, {"dl", "table", "html"}};
  static const Sibling kP{{"p"}, {"button", "table", "html"}};
  static const Sibling kCell{{"td", "th"}, {"tr", "table", "html"}};
  static const Sibling kRow{{"tr", "td", "th"}, {"table", "tbody", "thead", "tfoot", "html"}};
  static const Sibling kSection{{"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table", "html"}};
  static const Sibling kOption{{"option"}, {"select", "datalist", "html"}};
  static const Sibling kOptgroup{{"optgroup", "option"}, {"select", "html"}};
  static const Sibling kRuby{{"rb", "rt", "rp", "rtc"}, {"ruby", "html"}};
  static const Sibling kA{{"a"}, {"table", "html"}};
  static const Sibling kButton{{"button"}, {"html"}};
  static const Sibling kForm{{"form"}, {"html"}};
  static const Sibling kNobr{{"nobr"}, {"html"}};
  if (n == "li") return &kLi;
  if (n == "dt" || n == "dd") return &kDtDd;
  if (n == "p") return &kP;
  if (n == "td" || n == "th") return &kCell;
  if (n == "tr") return &kRow;
  if (n == "tbody" || n == "thead" || n == "tfoot") return &kSection;
  if (n == "option") return &kOption;
  if (n == "optgroup") return &kOptgroup;
  if (n == "rb" || n == "rt" || n == "rp" || n == "rtc") return &kRuby;
  if (n == "a") return &kA;
  if (n == "button") return &kButton;
  if (n == "form") return &kForm;
  if (n == "nobr") return &kNobr;
  return nullptr;
}

bool IsHeading(std::string_view n) { return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6'; }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Finds `</name` (any case) from `from`; npos when absent.
size_t FindEndTag(std::string_view s, size_t from, std::string_view name) {
  for (size_t i = s.find("</", from); i != std::string_view::npos; i = s.find("</", i + 2)) {
    size_t k = 0;
    while (k < name.size() && i + 2 + k < s.size() && Lower(s[i + 2 + k]) == name[k]) ++k;
    if (k == name.size()) return i;
  }
  return std::string_view::npos;
}

}  // namespace

int EstimateHtmlDepth(std::string_view s, int stop_above) {
  std::vector<std::string> open;
  int foreign = 0;  // open <svg> and <math>
  int deepest = 0;
  size_t i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (s.compare(i, 4, "<!--") == 0) {
      size_t e = s.find("-->", i + 4);
      if (e == std::string_view::npos) break;
      i = e + 3;
      continue;
    }
    if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '?')) {
      size_t e = s.find('>', i);
      if (e == std::string_view::npos) break;
      i = e + 1;
      continue;
    }
    const bool end = i + 1 < s.size() && s[i + 1] == '/';
    size_t n0 = i + (end ? 2 : 1);
    if (n0 >= s.size() || !IsAlpha(s[n0])) {
      ++i;
      continue;
    }
    size_t n1 = n0;
    std::string name;
    while (n1 < s.size() && s[n1] != '>' && s[n1] != '/' && s[n1] != ' ' && s[n1] != '\t' && s[n1] != '\n' &&
           s[n1] != '\r' && s[n1] != '\f') {
      if (name.size() < 32) name.push_back(Lower(s[n1]));
      ++n1;
    }
    // The tag's end, skipping quoted attribute values.
    size_t k = n1;
    char quote = 0;
    for (; k < s.size(); ++k) {
      char c = s[k];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        if (k > 0 && s[k - 1] == '=') quote = c;
      } else if (c == '>') {
        break;
      }
    }
    if (k >= s.size()) break;
    const bool self_closing = k > n1 && s[k - 1] == '/';
    i = k + 1;
    if (end) {
      for (size_t d = open.size(); d-- > 0;) {
        if (open[d] != name) continue;
        for (size_t x = d; x < open.size(); ++x) foreign -= open[x] == "svg" || open[x] == "math";
        open.resize(d);
        break;
      }
      continue;
    }
    if (name == "plaintext") break;  // the rest is text
    if (IsVoid(name) || (self_closing && foreign > 0)) continue;
    if (const Sibling* rule = foreign > 0 ? nullptr : SiblingRule(name)) {
      for (size_t d = open.size(); d-- > 0;) {
        if (Is(open[d], rule->stops_at)) break;
        if (!Is(open[d], rule->closes)) continue;
        for (size_t x = d; x < open.size(); ++x) foreign -= open[x] == "svg" || open[x] == "math";
        open.resize(d);
        break;
      }
    } else if (IsHeading(name) && !open.empty() && IsHeading(open.back())) {
      open.pop_back();
    }
    if (IsRawText(name) && foreign == 0) {
      size_t e = FindEndTag(s, i, name);
      if (e == std::string_view::npos) break;
      i = e;  // the end tag itself closes nothing that was opened
      continue;
    }
    foreign += name == "svg" || name == "math";
    open.push_back(std::move(name));
    deepest = std::max(deepest, static_cast<int>(open.size()));
    if (deepest > stop_above) return deepest;
  }
  return deepest;
}

}  // namespace crosscheck
