// HTML article extraction with gumbo.
//
// 1. Parse with gumbo (a browser-grade HTML5 parser: broken markup is
//    repaired, never rejected). A page nested deeper than the depth limit is
//    rejected: first by an estimate from its tags (html_depth.cc), since
//    tree building is quadratic in the depth, then by the built tree's
//    depth. Every walk over the tree is iterative (an explicit stack).
// 2. Metadata from <title>, <meta> (og:title, og:site_name,
//    article:published_time, author, date, …), <time datetime>, JSON-LD
//    (datePublished, headline, author.name, publisher.name), <link rel=canonical>.
// 3. The body: the largest <article> (or [itemprop=articleBody], or <main>),
//    else <body>. Boilerplate subtrees are skipped: script, style, nav,
//    header, footer, aside, form, figure/figcaption, buttons, iframes, and
//    elements whose class or id names a share widget, related links,
//    newsletter, advert, caption, byline or cookie banner.
// 4. Text: block elements become paragraphs separated by a blank line;
//    whitespace runs fold to one space. Each output byte remembers the input
//    byte it came from (text node positions from gumbo, entity references
//    mapped to their '&'), so the OffsetMap leads back to the HTML.
// 5. Paragraph filters: "ADVERTISEMENT" lines, video thumbnail captions and
//    "Follow our coverage …"/"Sign up …" tails are dropped.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "read/date_parse.h"
#include "read/formats.h"

namespace crosscheck {

namespace {

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

const char* Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_BUTTON: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_PRE: case GUMBO_TAG_HR:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      return true;
    default:
      return false;
  }
}

// Class/id words that mark boilerplate containers.
bool IsBoilerplateName(const char* v) {
  if (!v) return false;
  std::string s = Lower(v);
  static const char* kWords[] = {"share",   "social",   "related", "newsletter", "advert", "promo",
                                 "cookie",  "subscribe", "caption", "byline",     "comments", "sidebar",
                                 "breadcrumb", "toolbar", "paywall", "signup", "recommend", "most-read",
                                 "trending", "ad-slot", "adslot", "sponsor"};
  for (const char* w : kWords)
    if (s.find(w) != std::string::npos) return true;
  // "ad" as a whole class word.
  size_t p = 0;
  while ((p = s.find("ad", p)) != std::string::npos) {
    bool left = p == 0 || !std::isalnum(static_cast<unsigned char>(s[p - 1]));
    bool right = p + 2 >= s.size() || !std::isalnum(static_cast<unsigned char>(s[p + 2]));
    if (left && right) return true;
    p += 2;
  }
  return false;
}

struct Builder {
  std::string text;
  std::vector<uint32_t> src;  // source offset of each text byte
  bool pending_space = false;
  bool pending_break = false;

  void Break() {
    if (!text.empty()) pending_break = true;
    pending_space = false;
  }
  void Byte(char c, uint32_t s) {
    if (pending_break) {
      text += "\n\n";
      src.push_back(s);
      src.push_back(s);
      pending_break = false;
      pending_space = false;
    } else if (pending_space && !text.empty()) {
      text.push_back(' ');
      src.push_back(s);
    }
    pending_space = false;
    text.push_back(c);
    src.push_back(s);
  }
  void Space() {
    if (!text.empty() && !pending_break) pending_space = true;
  }
};

bool IsWs(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Appends a text node: walks the original (entity-encoded) source alongside
// the decoded text so each decoded byte gets its source offset. An entity
// reference decodes to one code point, which maps to its '&'.
void AppendText(const GumboText& t, Builder* b) {
  std::string_view dec(t.text);
  std::string_view orig(t.original_text.data, t.original_text.length);
  uint32_t base = static_cast<uint32_t>(t.start_pos.offset);
  bool verbatim = dec == orig;
  size_t oi = 0, di = 0;
  while (di < dec.size()) {
    uint32_t s = base + static_cast<uint32_t>(std::min(oi, orig.size()));
    unsigned char lead = static_cast<unsigned char>(dec[di]);
    size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    len = std::min(len, dec.size() - di);
    if (!verbatim && oi < orig.size() && orig[oi] == '&') {
      size_t semi = orig.find(';', oi);
      oi = (semi != std::string_view::npos && semi - oi <= 32) ? semi + 1 : oi + len;
    } else if (!verbatim && oi < orig.size() && orig[oi] == '\r' && dec[di] == '\n') {
      oi += (oi + 1 < orig.size() && orig[oi + 1] == '\n') ? 2 : 1;
    } else {
      oi += len;
    }
    bool nbsp = len == 2 && lead == 0xC2 && static_cast<unsigned char>(dec[di + 1]) == 0xA0;
    if (nbsp || (len == 1 && IsWs(lead))) {
      b->Space();
    } else {
      for (size_t k = 0; k < len; ++k) b->Byte(dec[di + k], s + static_cast<uint32_t>(verbatim ? k : 0));
    }
    di += len;
  }
}

// The article text of the subtree at `root`, in document order. Iterative
// (an explicit stack), so the page's nesting depth costs heap, not stack.
void Walk(const GumboNode* root, Builder* b) {
  struct Frame {
    const GumboNode* node;
    unsigned next;  // next child to visit
    bool block;
  };
  std::vector<Frame> stack;
  auto enter = [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      AppendText(n->v.text, b);
      return;
    }
    if (n->type == GUMBO_NODE_WHITESPACE) {
      b->Space();
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
    const GumboElement& e = n->v.element;
    if (IsSkippedTag(e.tag)) return;
    if (IsBoilerplateName(Attr(e, "class")) || IsBoilerplateName(Attr(e, "id"))) return;
    const char* hidden = Attr(e, "hidden");
    const char* aria = Attr(e, "aria-hidden");
    if (hidden || (aria && std::string_view(aria) == "true")) return;
    bool block = IsBlockTag(e.tag);
    if (block) b->Break();
    stack.push_back({n, 0, block});
  };
  enter(root);
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& children = f.node->v.element.children;
    if (f.next < children.length) {
      enter(static_cast<const GumboNode*>(children.data[f.next++]));  // may grow the stack: f is not used after
    } else {
      if (f.block) b->Break();
      stack.pop_back();
    }
  }
}

// Text length (bytes of text nodes, skipped tags counting 0) of every
// element under `root`, in one post-order pass: the <article> with the most
// text is chosen by it, and nested articles must not cost a walk each.
std::unordered_map<const GumboNode*, size_t> TextLengths(const GumboNode* root) {
  std::unordered_map<const GumboNode*, size_t> len;
  if (root->type != GUMBO_NODE_ELEMENT) return len;
  struct Frame {
    const GumboNode* node;
    unsigned next;
    size_t sum;
  };
  std::vector<Frame> stack{{root, 0, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& children = f.node->v.element.children;
    if (f.next < children.length) {
      const GumboNode* c = static_cast<const GumboNode*>(children.data[f.next++]);
      if (c->type == GUMBO_NODE_TEXT) f.sum += std::string_view(c->v.text.text).size();
      else if (c->type == GUMBO_NODE_ELEMENT) stack.push_back({c, 0, 0});
      continue;
    }
    size_t own = IsSkippedTag(f.node->v.element.tag) ? 0 : f.sum;
    len[f.node] = own;
    stack.pop_back();
    if (!stack.empty()) stack.back().sum += own;
  }
  return len;
}

struct Meta {
  std::string title, h1, og_title, site, author, date, url, time_datetime;
  const GumboNode* best_article = nullptr;
  size_t best_article_len = 0;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  std::vector<std::string> json_ld;
  std::unordered_map<const GumboNode*, size_t> text_len;  // see TextLengths
  int depth = 0;  // deepest element nesting seen
};

// Concatenated text nodes under `n`, in document order (iterative).
std::string NodeText(const GumboNode* n) {
  std::string out;
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty()) {
    const GumboNode* x = stack.back();
    stack.pop_back();
    if (x->type == GUMBO_NODE_TEXT) {
      out += x->v.text.text;
    } else if (x->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& c = x->v.element.children;
      for (unsigned i = c.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(c.data[i]));
    }
  }
  return out;
}

std::string Trim(std::string s) {
  size_t b = 0, e = s.size();
  while (b < e && IsWs(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && IsWs(static_cast<unsigned char>(s[e - 1]))) --e;
  std::string r;
  bool sp = false;
  for (size_t i = b; i < e; ++i) {
    if (IsWs(static_cast<unsigned char>(s[i]))) { sp = true; continue; }
    if (sp) r.push_back(' ');
    sp = false;
    r.push_back(s[i]);
  }
  return r;
}

// Metadata from one element; false when its children are not to be visited.
bool CollectOne(const GumboNode* n, Meta* m) {
  const GumboElement& e = n->v.element;
  switch (e.tag) {
    case GUMBO_TAG_TITLE:
      if (m->title.empty()) m->title = Trim(NodeText(n));
      break;
    case GUMBO_TAG_H1:
      if (m->h1.empty()) m->h1 = Trim(NodeText(n));
      break;
    case GUMBO_TAG_BODY:
      m->body = n;
      break;
    case GUMBO_TAG_MAIN:
      if (!m->main) m->main = n;
      break;
    case GUMBO_TAG_TIME:
      if (m->time_datetime.empty() && Attr(e, "datetime")) m->time_datetime = Attr(e, "datetime");
      break;
    case GUMBO_TAG_ARTICLE: {
      size_t len = m->text_len[n];
      if (len > m->best_article_len) { m->best_article_len = len; m->best_article = n; }
      break;
    }
    case GUMBO_TAG_LINK: {
      const char* rel = Attr(e, "rel");
      if (rel && Lower(rel) == "canonical" && Attr(e, "href") && m->url.empty()) m->url = Attr(e, "href");
      break;
    }
    case GUMBO_TAG_META: {
      const char* key = Attr(e, "property");
      if (!key) key = Attr(e, "name");
      if (!key) key = Attr(e, "itemprop");
      const char* content = Attr(e, "content");
      if (!key || !content) break;
      std::string k = Lower(key);
      if (k == "og:title" && m->og_title.empty()) m->og_title = content;
      else if ((k == "og:site_name" || k == "application-name" || k == "publisher") && m->site.empty()) m->site = content;
      else if ((k == "author" || k == "article:author" || k == "byl" || k == "dc.creator" || k == "sailthru.author") && m->author.empty())
        m->author = content;
      else if ((k == "article:published_time" || k == "date" || k == "pubdate" || k == "publish-date" ||
                k == "dc.date" || k == "dc.date.issued" || k == "datepublished" || k == "og:published_time" ||
                k == "sailthru.date" || k == "parsely-pub-date") && m->date.empty())
        m->date = content;
      else if (k == "og:url" && m->url.empty()) m->url = content;
      break;
    }
    case GUMBO_TAG_SCRIPT: {
      const char* type = Attr(e, "type");
      if (type && Lower(type) == "application/ld+json") m->json_ld.push_back(NodeText(n));
      return false;
    }
    default:
      break;
  }
  if (!IsBoilerplateName(Attr(e, "class")) && !m->best_article) {
    const char* ip = Attr(e, "itemprop");
    if (ip && Lower(ip) == "articlebody") {
      size_t len = m->text_len[n];
      if (len > m->best_article_len) { m->best_article_len = len; m->best_article = n; }
    }
  }
  return true;
}

// Visits the elements under `root` in document order (iterative), noting
// the depth; stops once it passes `max_depth`.
void Collect(const GumboNode* root, int max_depth, Meta* m) {
  std::vector<std::pair<const GumboNode*, int>> stack{{root, 1}};
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    m->depth = std::max(m->depth, depth);
    if (m->depth > max_depth) return;
    if (!CollectOne(n, m)) continue;
    const GumboVector& c = n->v.element.children;
    for (unsigned i = c.length; i-- > 0;) stack.emplace_back(static_cast<const GumboNode*>(c.data[i]), depth + 1);
  }
}

// JSON-LD: the first object (or @graph member) of a news/article type.
void ReadJsonLd(const std::string& src, const ReadLimits& limits, Meta* m) {
  JsonShape shape = ScanJsonShape(src, limits.max_depth, limits.max_json_members);
  if (shape.depth > limits.max_depth || shape.members > limits.max_json_members) return;  // not metadata
  auto j = nlohmann::json::parse(src, nullptr, false);
  if (j.is_discarded()) return;
  std::vector<nlohmann::json> items;
  if (j.is_array()) for (auto& x : j) items.push_back(x);
  else if (j.is_object() && j.contains("@graph") && j["@graph"].is_array()) for (auto& x : j["@graph"]) items.push_back(x);
  else items.push_back(j);
  auto str = [](const nlohmann::json& v) -> std::string {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_object() && v.contains("name") && v["name"].is_string()) return v["name"].get<std::string>();
    if (v.is_array() && !v.empty()) {
      const auto& f = v[0];
      if (f.is_string()) return f.get<std::string>();
      if (f.is_object() && f.contains("name") && f["name"].is_string()) return f["name"].get<std::string>();
    }
    return "";
  };
  for (const auto& it : items) {
    if (!it.is_object()) continue;
    if (m->date.empty() && it.contains("datePublished")) m->date = str(it["datePublished"]);
    if (m->og_title.empty() && it.contains("headline")) m->og_title = str(it["headline"]);
    if (m->author.empty() && it.contains("author")) m->author = str(it["author"]);
    if (m->site.empty() && it.contains("publisher")) m->site = str(it["publisher"]);
  }
}

bool DropParagraph(std::string_view p, bool at_tail) {
  std::string low = Lower(p);
  if (low == "advertisement" || low == "advertisement." || low == "ad" || low == "story continues below advertisement")
    return true;
  if (low.find("video thumbnail") != std::string::npos && p.size() < 80) return true;
  static const char* kTails[] = {"follow our coverage", "follow ap's coverage", "sign up for", "subscribe to",
                                 "share this", "read more:", "related:", "click here", "copyright ", "all rights reserved"};
  for (const char* t : kTails)
    if (low.rfind(t, 0) == 0 && (at_tail || p.size() < 200)) return true;
  return false;
}

}  // namespace

Status ExtractHtml(std::string_view html, const ReadLimits& limits, Document* doc, ReadSink* sink) {
  const std::string too_deep = "HTML elements nested deeper than the limit of " + std::to_string(limits.max_depth);
  // Tree building is quadratic in the depth: judge the page before it.
  if (EstimateHtmlDepth(html, limits.max_depth) > limits.max_depth) return Error{too_deep};
  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&opts, html.data(), html.size());
  Meta m;
  m.text_len = TextLengths(out->root);
  Collect(out->root, limits.max_depth, &m);
  if (m.depth > limits.max_depth) {
    gumbo_destroy_output(&opts, out);
    return Error{too_deep};
  }
  for (const std::string& s : m.json_ld) ReadJsonLd(s, limits, &m);
  const GumboNode* root = m.best_article ? m.best_article : m.main ? m.main : m.body ? m.body : out->root;
  Builder b;
  Walk(root, &b);
  gumbo_destroy_output(&opts, out);

  // Paragraph filters over the built text.
  std::string text;
  std::vector<uint32_t> src;
  std::vector<std::pair<size_t, size_t>> paras;
  size_t i = 0;
  while (i < b.text.size()) {
    size_t e = b.text.find("\n\n", i);
    if (e == std::string::npos) e = b.text.size();
    paras.emplace_back(i, e);
    i = e + 2;
  }
  // Tail filter: drop boilerplate paragraphs at the end, then any stragglers.
  size_t keep_end = paras.size();
  while (keep_end > 0 && DropParagraph(std::string_view(b.text).substr(paras[keep_end - 1].first,
                                                                     paras[keep_end - 1].second - paras[keep_end - 1].first), true))
    --keep_end;
  for (size_t p = 0; p < keep_end; ++p) {
    std::string_view para = std::string_view(b.text).substr(paras[p].first, paras[p].second - paras[p].first);
    if (DropParagraph(para, false)) continue;
    if (!text.empty()) {
      uint32_t s = b.src[paras[p].first];
      text += "\n\n";
      src.push_back(s);
      src.push_back(s);
    }
    text.append(para);
    src.insert(src.end(), b.src.begin() + paras[p].first, b.src.begin() + paras[p].second);
  }
  doc->text = std::move(text);
  doc->source_offsets = OffsetMap();
  for (size_t k = 0; k < src.size(); ++k) {
    bool exact = true;
    doc->source_offsets.Append(static_cast<uint32_t>(k), src[k], 1, exact);
  }
  std::string title = !m.og_title.empty() ? m.og_title : !m.h1.empty() ? m.h1 : m.title;
  if (!title.empty() && !doc->title) doc->title = Trim(title);
  if (!m.site.empty() && !doc->source) doc->source = Trim(m.site);
  if (!m.author.empty() && !doc->author) doc->author = Trim(m.author);
  if (!m.url.empty() && !doc->url) doc->url = m.url;
  std::string date = !m.date.empty() ? m.date : m.time_datetime;
  if (!date.empty() && !doc->date) {
    if (auto d = NormalizeDate(date)) {
      doc->date = *d;
      doc->date_origin = "metadata";
    } else if (sink) {
      sink->OnWarning(Error{doc->path + ": unknown date format \"" + Excerpt(date, 40) + "\"; date left null"});
    }
  }
  return Status::Ok();
}

}  // namespace crosscheck
