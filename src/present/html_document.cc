// Rendering of one document: metadata, then paragraphs with sentence anchors
// and highlighted figures, times, entities and quotes.
#include <cmath>
#include <cstdio>

#include "export/account.h"
#include "present/highlight.h"
#include "present/html_report.h"

namespace crosscheck {

std::string SentenceAnchor(size_t d, int s) { return "d" + std::to_string(d) + "-s" + std::to_string(s); }

std::string DocumentLabel(const Document& doc) {
  if (doc.source && !doc.source->empty()) return *doc.source;
  if (doc.url) {
    std::string host = exporting::UrlHost(*doc.url);
    if (!host.empty()) return host;
  }
  std::string p = doc.path;
  size_t slash = p.find_last_of('/');
  if (slash != std::string::npos) p = p.substr(slash + 1);
  if (doc.line) p += ":" + std::to_string(*doc.line);
  return p;
}

std::string CountOf(size_t n, std::string_view one, std::string_view many) {
  std::string out = std::to_string(n);
  out += ' ';
  out += n == 1 ? one : many;
  return out;
}

std::string FormatNumber(double v) {
  if (!std::isfinite(v)) return "?";
  char buf[64];
  // Whole numbers, and any figure of 1,000 or more (a converted 140 miles is
  // 225,308 m, not 2.253e+05), are written whole with thousands separators.
  if ((std::fabs(v - std::round(v)) < 1e-9 || std::fabs(v) >= 1000) && std::fabs(v) < 1e15) {
    long long n = std::llround(v);
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i && (digits.size() - i) % 3 == 0) out.push_back(',');
      out.push_back(digits[i]);
    }
    return (n < 0 ? "-" : "") + out;
  }
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

std::string DescribeQuantity(const Quantity& q) {
  std::string lo = q.low ? (q.low_inclusive ? "[" : "(") + FormatNumber(*q.low) : "(−∞";
  std::string hi = q.high ? FormatNumber(*q.high) + (q.high_inclusive ? "]" : ")") : "+∞)";
  std::string s = "interval " + lo + ", " + hi;
  if (q.band_low || q.band_high) {
    s += "; likely " + (q.band_low ? FormatNumber(*q.band_low) : std::string("?")) + "–" +
         (q.band_high ? FormatNumber(*q.band_high) : std::string("?"));
  }
  if (!q.hedge.empty()) s += "; hedge: " + q.hedge;
  if (q.conservative) s += "; conservative: " + FormatNumber(*q.conservative);
  if (!q.unit.empty()) s += "; unit: " + q.unit;
  if (!q.counted.empty()) s += "; counts: " + q.counted;
  return s;
}

std::string RenderDocument(const std::vector<DocAnalysis>& analyses, size_t d) {
  const DocAnalysis& a = analyses[d];
  const Document& doc = a.doc;
  std::string h = "<article class=\"doc\" id=\"doc" + std::to_string(d) + "\">\n<h3>" +
                  HtmlEscape(doc.title.value_or(DocumentLabel(doc))) + "</h3>\n<dl class=\"meta\">";
  auto row = [&](const char* k, const std::string& v) {
    h += "<dt>" + std::string(k) + "</dt><dd>" + HtmlEscape(v) + "</dd>";
  };
  row("file", doc.path + (doc.line ? ":" + std::to_string(*doc.line) : ""));
  if (doc.source) row("outlet", *doc.source);
  if (doc.author) row("author", *doc.author);
  if (doc.url) row("url", *doc.url);
  row("date", doc.date ? *doc.date + " (" + doc.date_origin.value_or("") +
                            (doc.date_basis ? ", from the " + *doc.date_basis : std::string()) + ")"
                      : "unknown");
  row("language", doc.language + (a.analysed ? "" : " — not analysed"));
  if (doc.copy_of) {
    std::string orig = *doc.copy_of;
    for (const DocAnalysis& o : analyses)
      if (o.doc.id == *doc.copy_of) orig = DocumentLabel(o.doc);
    row("copy of", orig);
  }
  row("id", doc.id);
  h += "</dl>\n";

  std::vector<Mark> marks;
  for (size_t s = 0; s < a.seg.sentences.size(); ++s) {
    std::string id = SentenceAnchor(d, static_cast<int>(s));
    marks.push_back(Mark{a.seg.sentences[s].span, "<span class=\"s\" id=\"" + id + "\">", "<span class=\"s\">", "</span>", 0});
  }
  for (const Quote& q : a.quotes) {
    std::string who = q.speaker.empty() ? "unattributed" : q.speaker.str();
    if (!q.speaker_role.empty()) who += " (" + q.speaker_role.str() + ")";
    marks.push_back(Mark{q.span, "<span class=\"quote\" title=\"" + HtmlEscape("quote — " + who) + "\">", "", "</span>", 1});
  }
  for (const Entity& e : a.entities) {
    marks.push_back(Mark{e.span, "<span class=\"ent ent-" + std::string(EntityTypeName(e.type)) + "\" title=\"" +
                                     HtmlEscape(std::string(EntityTypeName(e.type)) + ": " + e.name) + "\">", "", "</span>", 2});
  }
  for (const TimeMention& t : a.times) {
    marks.push_back(Mark{t.span, "<span class=\"time\" title=\"" + HtmlEscape(std::string(TimeTypeName(t.type)) + ": " +
                                                                           (t.value.empty() ? std::string("unresolved") : t.value.str())) + "\">",
                         "", "</span>", 3});
  }
  for (const Quantity& q : a.quantities) {
    marks.push_back(Mark{q.span, "<mark class=\"q\" title=\"" + HtmlEscape(DescribeQuantity(q)) + "\">", "", "</mark>", 4});
  }
  h += "<div class=\"text\">\n";
  for (const Paragraph& p : a.seg.paragraphs) h += "<p>" + RenderMarked(doc.text, p.span, marks) + "</p>\n";
  h += "</div>\n</article>\n";
  return h;
}

}  // namespace crosscheck
