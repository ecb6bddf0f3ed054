#include "pipeline/pipeline.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace crosscheck {

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  std::string dir = options.model_dir.empty() ? EntityRecognizer::DefaultModelDir() : options.model_dir;
  auto ner = EntityRecognizer::Load(dir);
  if (!ner.ok()) return ner.error().Wrap("loading the entity model");
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(ner.value())));
}

void Pipeline::AnalyzeDocument(DocAnalysis* a) const {
  Document& d = a->doc;
  a->seg = Segment(d.text, SegmentOptions{.body_start = d.body_start});
  if (!d.english()) {
    a->analysed = false;
    return;
  }
  if (!d.date) {
    if (auto inferred = InferDocumentDate(d, a->seg)) {
      d.date = *inferred;
      d.date_origin = "inferred";
    }
  }
  a->quantities = RecognizeQuantities(d, a->seg);
  a->times = RecognizeTimes(d, a->seg);
  a->entities = ner_->Recognize(d, a->seg);
  a->quotes = RecognizeQuotes(d, a->seg, a->entities);
  a->claims = BuildClaims(ClaimInputs{d, a->seg, a->quantities, a->times, a->entities, a->quotes});
  a->analysed = true;
}

void Pipeline::AnalyzeAll(std::vector<DocAnalysis>* docs, int jobs,
                          const std::function<void(size_t, size_t)>& progress) const {
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::atomic<size_t> next{0};
  std::mutex mu;
  std::condition_variable cv;
  size_t done = 0, bytes = 0;
  auto worker = [&] {
    for (;;) {
      size_t i = next.fetch_add(1);
      if (i >= docs->size()) return;
      AnalyzeDocument(&(*docs)[i]);
      std::lock_guard<std::mutex> lock(mu);
      ++done;
      bytes += (*docs)[i].doc.raw.size();
      cv.notify_one();
    }
  };
  std::vector<std::thread> threads;
  int n = std::min<int>(jobs, static_cast<int>(docs->size()));
  if (n > 1)
    for (int t = 0; t < n; ++t) threads.emplace_back(worker);
  if (n <= 1) {
    worker();
    if (progress) progress(done, bytes);
  } else {
    std::unique_lock<std::mutex> lock(mu);
    while (done < docs->size()) {
      cv.wait_for(lock, std::chrono::milliseconds(200));
      if (progress) progress(done, bytes);
    }
  }
  for (auto& t : threads) t.join();
}

FuseResult Pipeline::FuseAll(std::vector<DocAnalysis>* docs) const {
  FuseResult r = Fuse(*docs);
  for (size_t i = 0; i < docs->size(); ++i) {
    (*docs)[i].doc.copy_of.reset();
    if (r.copy_of[i] >= 0) (*docs)[i].doc.copy_of = (*docs)[r.copy_of[i]].doc.id;
  }
  return r;
}

}  // namespace crosscheck
