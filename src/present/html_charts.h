// SVG charts of the HTML report, written as markup (the report is one
// self-contained file: no script draws them). Every mark that stands for an
// event or a figure is a link to its sentence's anchor, with a <title>
// tooltip. The web page draws the same charts in web/charts.js.
//  - TimelineChartSvg: a date axis with one lane of dated events (the
//    story's timeline) and one of figure reports (each ledger claim on its
//    as_of date, coloured by its entry's agreement).
//  - SeriesChartSvg: an evolving measure as its series: each report a point
//    at the figure as written on its as_of date, its likely band a vertical
//    bar, the points joined in date order.
// Pure functions; thread-safe.
#ifndef CROSSCHECK_PRESENT_HTML_CHARTS_H_
#define CROSSCHECK_PRESENT_HTML_CHARTS_H_

#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

struct ChartMark {
  std::string date;   // TIMEX3 value; marks without a calendar day are left out
  std::string label;  // tooltip
  std::string href;   // "#d3-s12"
  std::string kind;   // for figures: the entry's agreement (colour)
  std::optional<double> value, band_low, band_high;  // series only
};

// Days since 1970-01-01 of "YYYY-MM-DD…", "YYYY-MM" (its first day) or
// "YYYY-Www" (its Monday); nullopt for anything else.
std::optional<int> ChartDay(const std::string& timex);

// "" when nothing is dated.
std::string TimelineChartSvg(const std::vector<ChartMark>& events, const std::vector<ChartMark>& figures);
// "" with fewer than two dated points.
std::string SeriesChartSvg(const std::vector<ChartMark>& points);

}  // namespace crosscheck

#endif  // CROSSCHECK_PRESENT_HTML_CHARTS_H_
