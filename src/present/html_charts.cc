#include "present/html_charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>

#include "present/highlight.h"
#include "present/html_report.h"

namespace crosscheck {

namespace {

std::string Px(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// Days from the civil date (Howard Hinnant's days_from_civil).
int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

std::string DayLabel(int days) {
  // Inverse of DaysFromCivil (civil_from_days).
  int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int y = static_cast<int>(yoe) + era * 400 + (m <= 2);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

std::vector<double> NiceTicks(double max, int count) {
  if (!(max > 0)) return {0};
  double raw = max / count, mag = std::pow(10.0, std::floor(std::log10(raw)));
  double r = raw / mag;
  double step = (r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10) * mag;
  std::vector<double> out;
  for (double v = 0; v <= max * 1.0001; v += step) out.push_back(v);
  return out;
}

std::string Link(const ChartMark& m, const std::string& shape) {
  return "<a href=\"" + HtmlEscape(m.href) + "\"><title>" + HtmlEscape(m.date + ": " + m.label) + "</title>" + shape + "</a>";
}

std::string DateAxis(int lo, int hi, double y, double left, double right_x, const std::function<double(int)>& x) {
  std::string s = "<line x1=\"" + Px(left) + "\" x2=\"" + Px(right_x) + "\" y1=\"" + Px(y) + "\" y2=\"" + Px(y) +
                  "\" class=\"axis\"/>";
  int step = std::max(1, (hi - lo + 7) / 8);
  for (int d = lo; d <= hi; d += step)
    s += "<text x=\"" + Px(x(d)) + "\" y=\"" + Px(y + 15) + "\" class=\"tk\">" + DayLabel(d) + "</text>";
  return s;
}

}  // namespace

std::optional<int> ChartDay(const std::string& t) {
  int y, m, d;
  char tail;
  if (t.size() >= 10 && std::sscanf(t.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 && t[4] == '-' && t[7] == '-' &&
      m >= 1 && m <= 12 && d >= 1 && d <= 31)
    return DaysFromCivil(y, m, d);
  if (t.size() == 8 && std::sscanf(t.c_str(), "%4d-W%2d%c", &y, &m, &tail) == 2 && m >= 1 && m <= 53) {
    int jan4 = DaysFromCivil(y, 1, 4);
    int weekday = ((jan4 % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday: Monday = 0
    return jan4 - weekday + (m - 1) * 7;
  }
  if (t.size() == 7 && std::sscanf(t.c_str(), "%4d-%2d%c", &y, &m, &tail) == 2 && t[4] == '-' && m >= 1 && m <= 12)
    return DaysFromCivil(y, m, 1);
  return std::nullopt;
}

std::string TimelineChartSvg(const std::vector<ChartMark>& events, const std::vector<ChartMark>& figures) {
  std::vector<int> days;
  for (const auto* lane : {&events, &figures})
    for (const ChartMark& m : *lane)
      if (auto d = ChartDay(m.date)) days.push_back(*d);
  if (days.empty()) return "";
  int lo = *std::min_element(days.begin(), days.end()), hi = *std::max_element(days.begin(), days.end());
  if (hi - lo < 2) lo -= 1, hi += 1;
  const double W = 760, left = 110, right = 44, top = 12, lane = 44;
  auto x = [&](int d) { return left + double(d - lo) / (hi - lo) * (W - left - right); };
  const double H = top + 2 * lane + 28;
  std::string s = "<svg class=\"timeline-chart\" viewBox=\"0 0 " + Px(W) + " " + Px(H) + "\" width=\"" + Px(W) +
                  "\" height=\"" + Px(H) + "\" role=\"img\" aria-label=\"timeline\">";
  const char* names[] = {"Events", "Figures reported"};
  int li = 0;
  for (const auto* marks : {&events, &figures}) {
    double y = top + li * lane + lane / 2;
    s += "<line x1=\"" + Px(left) + "\" x2=\"" + Px(W - right) + "\" y1=\"" + Px(y) + "\" y2=\"" + Px(y) +
         "\" class=\"lane\"/><text x=\"4\" y=\"" + Px(y + 4) + "\" class=\"lbl\">" + names[li] + "</text>";
    std::map<int, int> per_day;
    for (const ChartMark& m : *marks) {
      auto d = ChartDay(m.date);
      if (!d) continue;
      int k = per_day[*d]++;
      double cy = y + ((k % 5) - 2) * 6;
      std::string shape = li == 0 ? "<circle cx=\"" + Px(x(*d)) + "\" cy=\"" + Px(cy) + "\" r=\"5\" class=\"ev\"/>"
                                  : "<rect x=\"" + Px(x(*d) - 4) + "\" y=\"" + Px(cy - 4) +
                                        "\" width=\"8\" height=\"8\" class=\"fg " + HtmlEscape(m.kind) + "\"/>";
      s += Link(m, shape);
    }
    ++li;
  }
  s += DateAxis(lo, hi, top + 2 * lane + 4, left, W - right, x);
  return s + "</svg>";
}

std::string SeriesChartSvg(const std::vector<ChartMark>& input) {
  struct P {
    int d;
    const ChartMark* m;
  };
  std::vector<P> pts;
  for (const ChartMark& m : input)
    if (auto d = ChartDay(m.date); d && m.value) pts.push_back({*d, &m});
  if (pts.size() < 2) return "";
  std::stable_sort(pts.begin(), pts.end(), [](const P& a, const P& b) { return a.d < b.d; });
  int lo = pts.front().d, hi = pts.back().d;
  if (hi - lo < 2) lo -= 1, hi += 1;
  double max = 0;
  for (const P& p : pts) max = std::max({max, *p.m->value, p.m->band_high.value_or(0)});
  if (!(max > 0)) max = 1;
  const double top_value = max * 1.15;
  const double W = 760, left = 70, right = 44, top = 10, plot_h = 150;
  auto x = [&](int d) { return left + double(d - lo) / (hi - lo) * (W - left - right); };
  auto y = [&](double v) { return top + plot_h - std::max(0.0, v) / top_value * plot_h; };
  std::string s = "<svg class=\"series-chart\" viewBox=\"0 0 " + Px(W) + " " + Px(top + plot_h + 30) + "\" width=\"" +
                  Px(W) + "\" height=\"" + Px(top + plot_h + 30) + "\" role=\"img\" aria-label=\"series over time\">";
  for (double v : NiceTicks(max, 4))
    s += "<line x1=\"" + Px(left) + "\" x2=\"" + Px(W - right) + "\" y1=\"" + Px(y(v)) + "\" y2=\"" + Px(y(v)) +
         "\" class=\"grid\"/><text x=\"" + Px(left - 6) + "\" y=\"" + Px(y(v) + 4) + "\" class=\"tk y\">" +
         FormatNumber(v) + "</text>";
  std::string points;
  for (const P& p : pts) points += (points.empty() ? "" : " ") + Px(x(p.d)) + "," + Px(y(*p.m->value));
  s += "<polyline points=\"" + points + "\" class=\"line\"/>";
  for (const P& p : pts) {
    if (p.m->band_low && p.m->band_high)
      s += "<line x1=\"" + Px(x(p.d)) + "\" x2=\"" + Px(x(p.d)) + "\" y1=\"" + Px(y(*p.m->band_low)) + "\" y2=\"" +
           Px(y(*p.m->band_high)) + "\" class=\"sband\"/>";
    s += Link(*p.m, "<circle cx=\"" + Px(x(p.d)) + "\" cy=\"" + Px(y(*p.m->value)) + "\" r=\"5\" class=\"pt\"/>");
  }
  s += DateAxis(lo, hi, top + plot_h + 4, left, W - right, x);
  return s + "</svg>";
}

}  // namespace crosscheck
