// The self-contained HTML report of `crosscheck report`: one file, inline
// CSS and JS, no network needed to open it. It leads with the stories (their
// sources with copies folded, the ledger drawn as one bar per source on a
// shared axis, the people quoted, the timeline) and then shows every
// document's text with its figures, times, entities and quotes highlighted;
// every story item links to its sentence in the text. Pure; thread-safe.
#ifndef CROSSCHECK_PRESENT_HTML_REPORT_H_
#define CROSSCHECK_PRESENT_HTML_REPORT_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "claims/analysis.h"
#include "core/status.h"
#include "fuse/fuse.h"

namespace crosscheck {

// Writes the report to `out` a story and a document at a time, so a large
// batch's report is never held whole; the caller checks the stream.
void WriteHtmlReport(std::ostream& out, const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                     const std::vector<Error>& errors);
// The same bytes as one string (tests, small reports).
std::string RenderHtmlReport(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                             const std::vector<Error>& errors);

// Pieces shared with the web page and tests.
// Anchor id of sentence `s` of document index `d` ("d3-s12").
std::string SentenceAnchor(size_t d, int s);
// A short human label for a document: its outlet, else its file name.
std::string DocumentLabel(const Document& doc);
// "1,000", "4.5", "2.25" — for people, not machines.
std::string FormatNumber(double v);
// "1 story", "3 stories": a count with its noun in the number it takes.
std::string CountOf(size_t n, std::string_view one, std::string_view many);
// "almost 500: below 500 (likely 450–500)" style summary of a quantity.
std::string DescribeQuantity(const Quantity& q);
// The story section (sources, ledger, people, timeline).
std::string RenderStory(const std::vector<DocAnalysis>& analyses, const FuseResult& fused, const Story& story);
// One document's article with highlights.
std::string RenderDocument(const std::vector<DocAnalysis>& analyses, size_t d);

}  // namespace crosscheck

#endif  // CROSSCHECK_PRESENT_HTML_REPORT_H_
