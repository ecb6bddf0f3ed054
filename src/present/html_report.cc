#include "present/html_report.h"

#include <ostream>
#include <sstream>

#include "export/account.h"
#include "export/export.h"
#include "present/highlight.h"
#include "present/json_output.h"

namespace crosscheck {

namespace {

constexpr const char* kStyle = R"css(
:root{--ink:#1d2433;--muted:#5b6577;--line:#d8dde6;--accent:#2b59c3;--bad:#c0392b;--good:#1e8449;--bg:#fbfcfe}
*{box-sizing:border-box}body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg);margin:0}
header.top{background:#18233a;color:#fff;padding:14px 28px}header.top h1{margin:0;font-size:20px}header.top p{margin:4px 0 0;color:#c9d3e6}
main{max-width:1100px;margin:0 auto;padding:18px 28px}
nav.toc{font-size:14px;margin:8px 0 18px}nav.toc a{margin-right:14px}
section.story{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 20px;margin:0 0 22px}
h2{margin:4px 0 10px;font-size:19px}h4{margin:16px 0 6px;color:var(--muted);text-transform:uppercase;font-size:12px;letter-spacing:.06em}
ul.sources{margin:0;padding-left:18px}.copies,.inferred{color:var(--muted)}
.entry{border-left:4px solid var(--line);padding:6px 10px;margin:10px 0}.entry.disagree{border-color:var(--bad)}.entry.agree{border-color:var(--good)}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#e8ecf3}.badge.disagree{background:#fadbd8;color:var(--bad)}
.badge.agree{background:#d5f5e3;color:var(--good)}.badge.evolving{background:#fdebd0;color:#9c640c}.cons{font-size:13px;color:var(--muted);margin-left:8px}
.why{margin:4px 0 0;font-size:13.5px;color:#333}.ledger-summary{font-size:14px;color:var(--muted);margin:2px 0 6px}
details.single-source>summary{cursor:pointer;color:var(--accent);font-size:14px;margin:8px 0}svg.ledger{display:block;margin-top:4px;max-width:100%}
svg .lbl{font-size:12px;fill:var(--ink)}svg .tk{font-size:10px;fill:var(--muted);text-anchor:middle}svg .axis{stroke:#9aa4b5}
svg .bound{stroke:#9aa4b5;stroke-width:2}svg .open{fill:#9aa4b5}svg .band{fill:var(--accent);opacity:.55}svg .band.exact{opacity:.9}
svg .tick{stroke:#111;stroke-width:2}svg a:hover .lbl{fill:var(--accent)}
.chart-box{overflow-x:auto}svg.timeline-chart,svg.series-chart{display:block;max-width:100%;height:auto}svg .lane{stroke:#9aa4b5;stroke-dasharray:2 4}
svg .ev{fill:#7c3aed;stroke:#fff;stroke-width:1.5}svg .fg{fill:var(--accent)}svg .fg.disagree{fill:var(--bad)}svg .fg.agree{fill:var(--good)}
svg .grid{stroke:#eef0f3}svg .tk.y{text-anchor:end}svg .line{fill:none;stroke:#9c640c;stroke-width:2}svg .sband{stroke:rgba(156,100,12,.35);stroke-width:8;stroke-linecap:round}
svg .pt{fill:#9c640c;stroke:#fff;stroke-width:1.5}svg a:hover .ev,svg a:hover .fg,svg a:hover .pt{stroke:#111;stroke-width:2}
.downloads{margin:6px 0 14px;font-size:14px}.downloads a{display:inline-block;margin:0 6px 6px 0;padding:3px 10px;border:1px solid var(--accent);border-radius:6px;text-decoration:none}
.downloads a::before{content:"\2913  "}.s:target .q,.s:target{scroll-margin-top:40vh}
dl.people dt{font-weight:600;margin-top:8px}dl.people dd{margin:2px 0 2px 16px;font-size:14px}
ol.timeline{padding-left:18px;font-size:14px}ol.timeline time{font-weight:600;margin-right:6px}
article.doc{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 20px;margin:0 0 18px}
dl.meta{display:grid;grid-template-columns:90px 1fr;gap:0 10px;font-size:13px;color:var(--muted);margin:0 0 8px}dl.meta dt{font-weight:600}dl.meta dd{margin:0;overflow-wrap:anywhere}
.text p{margin:0 0 10px}.s:target{background:#fff3bf;outline:2px solid #f1c40f}
mark.q{background:#d6e4ff;border-bottom:2px solid var(--accent);padding:0 1px;border-radius:2px}
.time{border-bottom:2px dotted #8e44ad}.quote{background:#f4f6f8;font-style:italic}
.ent{border-bottom:1px solid}.ent-person{border-color:#d35400}.ent-organization{border-color:#16a085}.ent-location,.ent-facility{border-color:#7f8c8d}
.legend span{margin-right:12px;font-size:13px}.errors{background:#fdf2e9;border:1px solid #f0b27a;border-radius:8px;padding:8px 16px}
body.hide-q mark.q{background:none;border:0}body.hide-e .ent{border:0}body.hide-t .time{border:0}body.hide-u .quote{background:none;font-style:normal}
)css";

constexpr const char* kScript = R"js(
document.querySelectorAll('input[data-layer]').forEach(function(box){
  box.addEventListener('change',function(){document.body.classList.toggle('hide-'+box.dataset.layer,!box.checked);});
});
)js";

// Base64 (RFC 4648) of `data`, for data: URLs.
std::string Base64(const std::string& data) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4);
  for (size_t i = 0; i < data.size(); i += 3) {
    uint32_t n = static_cast<unsigned char>(data[i]) << 16;
    if (i + 1 < data.size()) n |= static_cast<unsigned char>(data[i + 1]) << 8;
    if (i + 2 < data.size()) n |= static_cast<unsigned char>(data[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < data.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += i + 2 < data.size() ? kAlphabet[n & 63] : '=';
  }
  return out;
}

// Download links for every export of the account, as data: URLs so the
// report stays one file that opens without a network. An export larger
// than kMaxEmbedded is left out with a note (crosscheck export writes it).
std::string Downloads(const std::vector<DocAnalysis>& analyses, const FuseResult& fused, const std::vector<Error>& errors) {
  constexpr size_t kMaxEmbedded = 8 << 20;
  auto account = exporting::Account::FromJson(AnalysisToJson(analyses, fused, errors, JsonOptions{.with_text = true}),
                                              "report");
  if (!account.ok()) return "";
  struct Item {
    exporting::ExportFormat format;
    const char* label;
  };
  const Item kItems[] = {{exporting::ExportFormat::kCsv, "Ledger CSV"},
                         {exporting::ExportFormat::kAcled, "ACLED table"},
                         {exporting::ExportFormat::kJsonLd, "ClaimReview JSON-LD"},
                         {exporting::ExportFormat::kProv, "PROV-JSON"}};
  std::string h = "<div class=\"downloads\" id=\"downloads\">Download: ";
  for (const Item& it : kItems) {
    std::string data = exporting::Export(*account, it.format);
    std::string type = exporting::ExportMediaType(it.format);
    if (data.size() > kMaxEmbedded) {
      h += "<span class=\"copies\">" + std::string(it.label) + " (too large to embed: crosscheck export --format " +
           exporting::ExportFormatName(it.format) + ")</span> ";
      continue;
    }
    h += "<a download=\"" + exporting::ExportFileName(it.format, "crosscheck") + "\" data-format=\"" +
         exporting::ExportFormatName(it.format) + "\" href=\"data:" + HtmlEscape(type.substr(0, type.find(';'))) +
         ";charset=utf-8;base64," + Base64(data) + "\">" + it.label + "</a>";
  }
  return h + "</div>\n";
}

}  // namespace

void WriteHtmlReport(std::ostream& out, const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                     const std::vector<Error>& errors) {
  size_t analysed = 0, figures = 0, quotes = 0;
  for (const DocAnalysis& a : analyses) {
    analysed += a.analysed;
    figures += a.quantities.size();
    quotes += a.quotes.size();
  }
  // Written piece by piece (a story, a document at a time): the report of a
  // large batch is never held whole.
  std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                  "<title>crosscheck report</title><style>";
  h += kStyle;
  h += "</style></head><body>\n<header class=\"top\"><h1>crosscheck report</h1><p>" +
       CountOf(analyses.size(), "document", "documents") + " (" + std::to_string(analysed) + " analysed) · " +
       CountOf(fused.stories.size(), "story", "stories") + " · " + CountOf(figures, "figure", "figures") + " · " +
       CountOf(quotes, "quote", "quotes") + " · " + CountOf(errors.size(), "input", "inputs") +
       " rejected</p></header>\n<main>\n";
  h += "<nav class=\"toc\"><a href=\"#stories\">Stories</a><a href=\"#documents\">Documents</a>";
  if (!errors.empty()) h += "<a href=\"#errors\">Rejected inputs</a>";
  h += "</nav>\n";
  out << h;
  out << Downloads(analyses, fused, errors);
  h.clear();
  if (!errors.empty()) {
    h += "<div class=\"errors\" id=\"errors\"><h4>Rejected inputs</h4><ul>";
    for (const Error& e : errors) h += "<li>" + HtmlEscape(e.message) + "</li>";
    h += "</ul></div>\n";
  }
  h += "<div id=\"stories\">\n";
  out << h;
  for (const Story& s : fused.stories) out << RenderStory(analyses, fused, s);
  if (fused.stories.empty()) out << "<p class=\"none\">No stories.</p>";
  out << "</div>\n<h2 id=\"documents\">Documents</h2>\n<p class=\"legend\">Show: "
         "<label><input type=\"checkbox\" data-layer=\"q\" checked> figures</label> "
         "<label><input type=\"checkbox\" data-layer=\"t\" checked> times</label> "
         "<label><input type=\"checkbox\" data-layer=\"e\" checked> names</label> "
         "<label><input type=\"checkbox\" data-layer=\"u\" checked> quotes</label> · hover a highlight for its reading</p>\n";
  for (size_t d = 0; d < analyses.size(); ++d) out << RenderDocument(analyses, d);
  out << "</main><script>" << kScript << "</script></body></html>\n";
}

std::string RenderHtmlReport(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                             const std::vector<Error>& errors) {
  std::ostringstream out;
  WriteHtmlReport(out, analyses, fused, errors);
  return std::move(out).str();
}

}  // namespace crosscheck
