#include "fuse/timeline.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace crosscheck {
namespace {

bool IsFullDate(const std::string& v) {
  if (v.size() < 10) return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(v[i]))) return false;
  return v[4] == '-' && v[7] == '-';
}

}  // namespace

bool OnTimeline(const TimeMention& m) {
  return m.type != TimeType::kDuration && m.type != TimeType::kSet && IsFullDate(m.value);
}

std::vector<TimelineItem> BuildTimeline(const std::vector<DocAnalysis>& analyses, const std::vector<int>& story_docs) {
  std::vector<std::tuple<std::string, int, uint32_t, TimelineItem>> rows;
  int order = 0;
  for (int d : story_docs) {
    ++order;
    if (d < 0 || d >= static_cast<int>(analyses.size())) continue;
    const DocAnalysis& a = analyses[d];
    std::vector<bool> used(a.seg.sentences.size(), false);
    for (size_t t = 0; t < a.times.size(); ++t) {
      const TimeMention& m = a.times[t];
      if (!OnTimeline(m)) continue;
      int s = a.seg.SentenceAt(m.span.start);
      if (s < 0 || used[s]) continue;
      used[s] = true;
      TimelineItem item;
      item.date = m.value.substr(0, 10);
      item.doc = d;
      item.span = a.seg.sentences[s].span;
      item.time = static_cast<int>(t);
      rows.emplace_back(item.date, order, item.span.start, item);
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) {
    return std::tie(std::get<0>(x), std::get<1>(x), std::get<2>(x)) <
           std::tie(std::get<0>(y), std::get<1>(y), std::get<2>(y));
  });
  std::vector<TimelineItem> out;
  out.reserve(rows.size());
  for (auto& r : rows) out.push_back(std::get<3>(r));
  return out;
}

}  // namespace crosscheck
