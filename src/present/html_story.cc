// Rendering of one story: its headline (what it is about: key entity,
// place, dominant events: the story's title, src/fuse/headline.h), sources named by outlet
// (copies folded under their original), the timeline as a chart, the
// ledger (one SVG bar per source on a shared axis: thin line = logical
// bounds, an arrow where a bound is open; thick bar = likely band; tick = the
// figure as written; an evolving measure also as its series over time), the
// people quoted, and the dated sentences. Every figure, quote and event
// links to its sentence.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "present/highlight.h"
#include "present/html_charts.h"
#include "present/html_report.h"
#include "recognize/quote/quote.h"

namespace crosscheck {

namespace {

std::string Px(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string SentenceLink(const std::vector<DocAnalysis>& analyses, int d, Span span) {
  int s = analyses[d].seg.SentenceAt(span.start);
  return "#" + (s >= 0 ? SentenceAnchor(d, s) : "doc" + std::to_string(d));
}

std::string LedgerSvg(const std::vector<DocAnalysis>& analyses, const LedgerEntry& e) {
  double axis_max = 0;
  for (const ClaimRef& c : e.claims) {
    const Quantity& q = analyses[c.doc].quantities[analyses[c.doc].claims[c.claim].quantity];
    for (OptionalDouble v : {q.high, q.band_high, OptionalDouble(q.value), q.low, q.band_low})
      if (v) axis_max = std::max(axis_max, *v);
  }
  if (axis_max <= 0) axis_max = 1;
  axis_max *= 1.12;
  const double left = 290, width = 430, row_h = 26, top = 8;
  double height = top + row_h * e.claims.size() + 24;
  auto x = [&](double v) { return left + width * std::clamp(v / axis_max, 0.0, 1.0); };
  std::string s = "<svg class=\"ledger\" viewBox=\"0 0 " + Px(left + width + 20) + " " + Px(height) +
                  "\" width=\"" + Px(left + width + 20) + "\" height=\"" + Px(height) + "\" role=\"img\">";
  for (size_t i = 0; i < e.claims.size(); ++i) {
    const ClaimRef& c = e.claims[i];
    const DocAnalysis& a = analyses[c.doc];
    const Claim& cl = a.claims[c.claim];
    const Quantity& q = a.quantities[cl.quantity];
    double y = top + row_h * i + row_h / 2;
    std::string who = cl.speaker.empty() ? "narration" : cl.speaker.str();
    std::string label = DocumentLabel(a.doc) + " · " + who;
    label = TruncateUtf8(label, 44);
    s += "<a href=\"" + SentenceLink(analyses, c.doc, q.span) + "\"><title>" +
         HtmlEscape(std::string(q.span.Of(a.doc.text)) + " — " + DescribeQuantity(q)) + "</title>";
    s += "<text x=\"4\" y=\"" + Px(y + 4) + "\" class=\"lbl\">" + HtmlEscape(label) + "</text>";
    double lo = q.low ? *q.low : 0, hi = q.high ? *q.high : axis_max;
    s += "<line x1=\"" + Px(x(lo)) + "\" x2=\"" + Px(x(hi)) + "\" y1=\"" + Px(y) + "\" y2=\"" + Px(y) + "\" class=\"bound\"/>";
    if (!q.high) s += "<path d=\"M" + Px(x(hi)) + " " + Px(y - 4) + " l6 4 l-6 4z\" class=\"open\"/>";
    if (!q.low) s += "<path d=\"M" + Px(x(0)) + " " + Px(y - 4) + " l-6 4 l6 4z\" class=\"open\"/>";
    if (q.band_low || q.band_high) {
      double bl = q.band_low.value_or(lo), bh = q.band_high.value_or(hi);
      s += "<rect x=\"" + Px(x(bl)) + "\" y=\"" + Px(y - 6) + "\" width=\"" + Px(std::max(2.0, x(bh) - x(bl))) +
           "\" height=\"12\" rx=\"3\" class=\"band" + (q.exact ? " exact" : "") + "\"/>";
    }
    s += "<line x1=\"" + Px(x(q.value)) + "\" x2=\"" + Px(x(q.value)) + "\" y1=\"" + Px(y - 9) + "\" y2=\"" + Px(y + 9) +
         "\" class=\"tick\"/></a>";
  }
  double ay = top + row_h * e.claims.size() + 6;
  s += "<line x1=\"" + Px(left) + "\" x2=\"" + Px(left + width) + "\" y1=\"" + Px(ay) + "\" y2=\"" + Px(ay) + "\" class=\"axis\"/>";
  // Ticks at a "nice" step (1, 2 or 5 times a power of ten).
  double raw_step = axis_max / 1.12 / 4, mag = std::pow(10.0, std::floor(std::log10(raw_step)));
  double step = raw_step / mag < 1.5 ? mag : raw_step / mag < 3.5 ? 2 * mag : raw_step / mag < 7.5 ? 5 * mag : 10 * mag;
  for (double v = 0; v <= axis_max * 1.0001; v += step)
    s += "<text x=\"" + Px(x(v)) + "\" y=\"" + Px(ay + 14) + "\" class=\"tk\">" + FormatNumber(v) + "</text>";
  return s + "</svg>";
}

}  // namespace

std::string RenderStory(const std::vector<DocAnalysis>& analyses, const FuseResult& fused, const Story& story) {
  const std::string& title = story.title;
  std::string h = "<section class=\"story\" id=\"" + HtmlEscape(story.id) + "\">\n<h2 class=\"story-title\">" +
                  HtmlEscape(title.empty() ? "Untitled story" : title) + "</h2>\n";
  // Sources, copies folded under their original.
  h += "<h4>Sources</h4><ul class=\"sources\">";
  for (int d : story.docs) {
    if (fused.copy_of[d] >= 0) continue;
    const Document& doc = analyses[d].doc;
    // An inferred date says so, and from what: an analyst weighs it less.
    std::string inferred;
    if (doc.date && doc.date_origin == "inferred") {
      const char* from = doc.date_basis == "story" ? "inferred: its weekdays, the story's year"
                         : doc.date_basis == "url"  ? "from its URL"
                         : doc.date_basis == "path" ? "from its file path"
                                                    : "inferred from the text";
      inferred = std::string(" <span class=\"inferred\">(") + from + ")</span>";
    }
    h += "<li><a href=\"#doc" + std::to_string(d) + "\">" + HtmlEscape(DocumentLabel(doc)) + "</a> · " +
         HtmlEscape(doc.date.value_or("undated")) + inferred + (doc.title ? " · " + HtmlEscape(*doc.title) : "");
    std::string copies;
    for (int c : story.docs)
      if (fused.copy_of[c] == d) copies += (copies.empty() ? "" : ", ") + HtmlEscape(DocumentLabel(analyses[c].doc));
    if (!copies.empty()) h += " <span class=\"copies\">(also run by " + copies + ": one source)</span>";
    h += "</li>";
  }
  h += "</ul>\n";
  // The timeline as a chart: events and figure reports.
  std::vector<ChartMark> events, figures;
  for (const TimelineItem& t : story.timeline) {
    std::string text(t.span.Of(analyses[t.doc].doc.text));
    events.push_back({t.date, TruncateUtf8(text, 160), SentenceLink(analyses, t.doc, t.span), "", {}, {}, {}});
  }
  for (const LedgerEntry& e : story.ledger)
    for (const ClaimRef& c : e.claims) {
      const Claim& cl = analyses[c.doc].claims[c.claim];
      const Quantity& q = analyses[c.doc].quantities[cl.quantity];
      figures.push_back({cl.as_of,
                         e.measure + ": " + std::string(q.span.Of(analyses[c.doc].doc.text)) + " (" +
                             DocumentLabel(analyses[c.doc].doc) + ")",
                         SentenceLink(analyses, c.doc, q.span), e.agreement, {}, {}, {}});
    }
  std::string chart = TimelineChartSvg(events, figures);
  if (!chart.empty()) h += "<h4>Timeline</h4><div class=\"chart-box\">" + chart + "</div>\n";
  h += "<h4>Ledger</h4>\n";
  if (story.ledger.empty()) h += "<p class=\"none\">No figures to line up.</p>\n";
  // What needs reading first: disputes, then figures that moved, then
  // agreements; measures only one report gives are folded below them.
  auto rank = [](const LedgerEntry& e) { return e.agreement == "disagree" ? 0 : e.evolving ? 1 : e.agreement == "agree" ? 2 : 3; };
  std::vector<const LedgerEntry*> ranked;
  for (const LedgerEntry& e : story.ledger) ranked.push_back(&e);
  std::stable_sort(ranked.begin(), ranked.end(), [&](const LedgerEntry* a, const LedgerEntry* b) { return rank(*a) < rank(*b); });
  int by_rank[4] = {0, 0, 0, 0};
  for (const LedgerEntry* e : ranked) ++by_rank[rank(*e)];
  if (!ranked.empty())
    h += "<p class=\"ledger-summary\">" + std::to_string(ranked.size()) + (ranked.size() == 1 ? " measure: " : " measures: ") +
         std::to_string(by_rank[0]) + " disputed, " + std::to_string(by_rank[1]) + " changed over time, " +
         std::to_string(by_rank[2]) + " agreed, " + std::to_string(by_rank[3]) + " from one report only</p>\n";
  bool folded = false;
  for (const LedgerEntry* entry : ranked) {
    const LedgerEntry& e = *entry;
    if (rank(e) == 3 && !folded) {
      folded = true;
      h += std::string("<details class=\"single-source\"") + (by_rank[0] + by_rank[1] + by_rank[2] == 0 ? " open" : "") +
           "><summary>" + std::to_string(by_rank[3]) + (by_rank[3] == 1 ? " measure" : " measures") +
           " from one report only</summary>\n";
    }
    h += "<div class=\"entry " + HtmlEscape(e.agreement) + "\"><div class=\"mh\"><b>" + HtmlEscape(e.measure) +
         "</b> <span class=\"badge " + HtmlEscape(e.agreement) + "\">" + HtmlEscape(e.agreement) + "</span>";
    if (e.evolving) h += " <span class=\"badge evolving\">evolving</span>";
    std::string unit = e.unit.empty() ? "" : " " + HtmlEscape(e.unit);
    if (e.consensus)
      h += " <span class=\"cons\">consensus " + FormatNumber(e.consensus->first) + "–" + FormatNumber(e.consensus->second) +
           unit + "</span>";
    if (e.conservative) h += " <span class=\"cons\">conservative " + FormatNumber(*e.conservative) + unit + "</span>";
    h += "</div>";
    if (e.evolving) {
      std::vector<ChartMark> points;
      for (const ClaimRef& c : e.claims) {
        const Claim& cl = analyses[c.doc].claims[c.claim];
        const Quantity& q = analyses[c.doc].quantities[cl.quantity];
        // A point stands when the figure holds (its own date), else when it was said.
        points.push_back({ChartDay(cl.time) ? cl.time : cl.as_of, std::string(q.span.Of(analyses[c.doc].doc.text)) + " (" +
                                        DocumentLabel(analyses[c.doc].doc) + ")",
                          SentenceLink(analyses, c.doc, q.span), e.agreement, q.value, q.band_low, q.band_high});
      }
      h += SeriesChartSvg(points);
    }
    h += LedgerSvg(analyses, e);
    if (!e.why.empty()) h += "<p class=\"why\">" + HtmlEscape(e.why) + "</p>";
    h += "</div>\n";
  }
  if (folded) h += "</details>\n";
  // People quoted, one entry per speaker across the story's reports: the
  // spellings of one name (SpeakerGroupKey) meet under the spelling most
  // reports use, the others listed beside it.
  struct Speaker {
    std::map<std::string, int> spellings;  // as written -> quotes
    std::vector<std::pair<int, int>> quotes;
  };
  std::map<std::string, Speaker> by_key;
  for (int d : story.docs) {
    if (fused.copy_of[d] >= 0) continue;
    for (size_t i = 0; i < analyses[d].quotes.size(); ++i) {
      std::string_view name = analyses[d].quotes[i].speaker;
      if (name.empty()) continue;
      Speaker& sp = by_key[SpeakerGroupKey(name)];
      ++sp.spellings[std::string(name)];
      sp.quotes.push_back({d, static_cast<int>(i)});
    }
  }
  std::vector<std::pair<std::string, const Speaker*>> speakers;
  for (const auto& [key, sp] : by_key) {
    // The most used spelling; on a tie the first in byte order.
    auto best = std::max_element(sp.spellings.begin(), sp.spellings.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    speakers.push_back({best->first, &sp});
  }
  std::sort(speakers.begin(), speakers.end());
  if (!speakers.empty()) {
    h += "<h4>Who said what</h4><dl class=\"people\">";
    for (const auto& [speaker, sp] : speakers) {
      // A role given with the shown spelling, else with another.
      const Quote* with_role = nullptr;
      for (const auto& [d, i] : sp->quotes) {
        const Quote& q = analyses[d].quotes[i];
        if (q.speaker_role.empty()) continue;
        if (q.speaker.str() == speaker) {
          with_role = &q;
          break;
        }
        if (!with_role) with_role = &q;
      }
      std::string also;
      for (const auto& [spelling, n] : sp->spellings)
        if (spelling != speaker) also += (also.empty() ? "" : ", ") + HtmlEscape(spelling);
      h += "<dt>" + HtmlEscape(speaker) +
           (with_role ? " <i>" + HtmlEscape(with_role->speaker_role) + "</i>" : std::string()) +
           (also.empty() ? std::string() : " <small class=\"also\">also written " + also + "</small>") + "</dt>";
      for (const auto& [d, i] : sp->quotes) {
        const Quote& q = analyses[d].quotes[i];
        std::string t(q.span.Of(analyses[d].doc.text));
        t = TruncateUtf8(t, 300);
        h += "<dd><a href=\"" + SentenceLink(analyses, d, q.span) + "\">" + (q.direct ? "“" : "") + HtmlEscape(t) +
             (q.direct ? "”" : "") + "</a> <small>" + HtmlEscape(DocumentLabel(analyses[d].doc)) + "</small></dd>";
      }
    }
    h += "</dl>\n";
  }
  if (!story.timeline.empty()) {
    h += "<h4>Dated sentences</h4><ol class=\"timeline\">";
    for (const TimelineItem& t : story.timeline) {
      std::string text(t.span.Of(analyses[t.doc].doc.text));
      text = TruncateUtf8(text, 240);
      h += "<li><time>" + HtmlEscape(t.date) + "</time> <a href=\"" + SentenceLink(analyses, t.doc, t.span) + "\">" +
           HtmlEscape(text) + "</a> <small>" + HtmlEscape(DocumentLabel(analyses[t.doc].doc)) + "</small></li>";
    }
    h += "</ol>\n";
  }
  return h + "</section>\n";
}

}  // namespace crosscheck
