#include "pipeline/ordered_grouping.h"

#include <ctime>
#include <utility>

namespace crosscheck {
namespace {

double GroupingThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

OrderedGrouping::OrderedGrouping(const std::vector<DocAnalysis>* docs, bool threaded)
    : docs_(docs), ready_(docs->size(), 0) {
  if (threaded) thread_ = std::thread([this] { Run(); });
}

OrderedGrouping::~OrderedGrouping() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    abandoned_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void OrderedGrouping::Ready(size_t i) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    ready_.at(i) = 1;
  }
  cv_.notify_all();
}

bool OrderedGrouping::WaitFor(size_t i) {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return ready_[i] || abandoned_; });
  return ready_[i] && !abandoned_;
}

void OrderedGrouping::Run() {
  const double t0 = GroupingThreadCpuSeconds();
  const std::vector<DocAnalysis>& docs = *docs_;
  // Step 1's index needs every document's line count before its first
  // document (GroupingBuilder), and the sketches read only the texts, final
  // since the reading: all of them first, before any analysis has ended.
  std::vector<ShingleSketch> sketches(docs.size());
  size_t lines = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    sketches[i] = CopySketch(docs[i].doc);
    lines += sketches[i].line_hashes.size();
  }
  GroupingBuilder builder(lines);
  for (ShingleSketch& s : sketches) builder.AddSketch(std::move(s));
  std::vector<ShingleSketch>().swap(sketches);
  // Then each document as its analysis ends, in input order: its content
  // hash and language come from the analysing thread, and its story
  // features (made here, one document at a time, as FuseAll makes them:
  // counted, from the date its analysis gave it) from its entities.
  for (size_t i = 0; i < docs.size(); ++i) {
    if (!WaitFor(i)) return;
    const DocAnalysis& a = docs[i];
    builder.Copy(a.doc.content_hash, a.analysed);
    if (builder.NeedsFeatures()) builder.Cluster(MakeStoryFeatures(a, /*counted=*/true));
  }
  result_ = builder.Finish();
  cpu_seconds_ = GroupingThreadCpuSeconds() - t0;
}

Grouping OrderedGrouping::Finish() {
  if (thread_.joinable()) thread_.join();
  else Run();
  return std::move(result_);
}

}  // namespace crosscheck
