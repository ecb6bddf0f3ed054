#include "pipeline/ordered_grouping.h"

#include <algorithm>
#include <ctime>
#include <utility>

namespace crosscheck {
namespace {

double GroupingThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int64_t Nanoseconds(double seconds) { return static_cast<int64_t>(seconds * 1e9); }

}  // namespace

OrderedGrouping::OrderedGrouping(const std::vector<DocAnalysis>* docs, bool threaded, int sketch_threads)
    : docs_(docs), ready_(docs->size(), 0), threaded_(threaded), sketch_threads_(std::max(1, sketch_threads)) {
  if (!threaded) return;
  features_.resize(docs->size());
  thread_ = std::thread([this] { Run(); });
}

void OrderedGrouping::Prepare(size_t i) {
  if (!threaded_ || i >= features_.size() || !(*docs_)[i].analysed) return;
  if (i >= waiting_for_.load(std::memory_order_relaxed) + kPrepareAhead) return;  // the grouping makes them
  const double t0 = GroupingThreadCpuSeconds();
  features_[i] = std::make_unique<StoryFeatures>(MakeStoryFeatures((*docs_)[i], /*counted=*/true));
  helper_ns_ += Nanoseconds(GroupingThreadCpuSeconds() - t0);
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
  std::vector<ShingleSketch> sketches = Sketches();
  size_t lines = 0;
  for (const ShingleSketch& s : sketches) lines += s.line_hashes.size();
  GroupingBuilder builder(lines);
  for (ShingleSketch& s : sketches) builder.AddSketch(std::move(s));
  std::vector<ShingleSketch>().swap(sketches);
  // Then each document as its analysis ends, in input order: its content
  // hash and language come from the analysing thread, and its story
  // features (as FuseAll makes them: counted, from the date its analysis
  // gave it, from its entities) from Prepare on that thread, else made
  // here, one document at a time.
  for (size_t i = 0; i < docs.size(); ++i) {
    waiting_for_.store(i, std::memory_order_relaxed);
    if (!WaitFor(i)) return;
    const DocAnalysis& a = docs[i];
    builder.Copy(a.doc.content_hash, a.analysed);
    std::unique_ptr<StoryFeatures> ahead = features_.empty() ? nullptr : std::move(features_[i]);
    if (builder.NeedsFeatures()) {
      if (ahead) builder.Cluster(*ahead);
      else builder.Cluster(MakeStoryFeatures(a, /*counted=*/true));
    }
  }
  result_ = builder.Finish();
  chain_seconds_ = GroupingThreadCpuSeconds() - t0;
}

std::vector<ShingleSketch> OrderedGrouping::Sketches() {
  const std::vector<DocAnalysis>& docs = *docs_;
  std::vector<ShingleSketch> sketches(docs.size());
  std::atomic<size_t> next{0};
  auto sketch = [&] {
    for (size_t i; (i = next.fetch_add(1)) < docs.size();) sketches[i] = CopySketch(docs[i].doc);
  };
  const int helpers = static_cast<int>(std::min<size_t>(sketch_threads_, docs.size() / 64 + 1)) - 1;
  std::vector<std::thread> threads;
  for (int t = 0; t < helpers; ++t)
    threads.emplace_back([&] {
      const double t0 = GroupingThreadCpuSeconds();
      sketch();
      helper_ns_ += Nanoseconds(GroupingThreadCpuSeconds() - t0);
    });
  sketch();
  for (std::thread& t : threads) t.join();
  return sketches;
}

Grouping OrderedGrouping::Finish() {
  if (thread_.joinable()) thread_.join();
  else Run();
  return std::move(result_);
}

}  // namespace crosscheck
