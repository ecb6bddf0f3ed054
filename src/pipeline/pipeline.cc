#include "pipeline/pipeline.h"

#include "claims/claim_state.h"
#include "fuse/timeline.h"
#include "read/date_parse.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <ctime>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace crosscheck {

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  std::string dir = options.model_dir.empty() ? EntityRecognizer::DefaultModelDir() : options.model_dir;
  auto ner = EntityRecognizer::Load(dir);
  if (!ner.ok()) return ner.error().Wrap("loading the entity model");
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(ner.value()), options.profile));
}

Pipeline::Pipeline(std::shared_ptr<const EntityRecognizer> ner, bool profile)
    : ner_(std::move(ner)), profile_(profile) {}

namespace {

double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Charges the thread CPU time between construction and each Lap() to a
// stage; does nothing when profiling is off.
class StageClock {
 public:
  StageClock(const Pipeline* p, bool on, void (Pipeline::*add)(int, double) const)
      : p_(p), on_(on), add_(add), last_(on ? ThreadCpuSeconds() : 0) {}
  // Charges the time since the last lap to `stage`; -1 drops it.
  void Lap(int stage) {
    if (!on_) return;
    double now = ThreadCpuSeconds();
    if (stage >= 0) (p_->*add_)(stage, now - last_);
    last_ = now;
  }

 private:
  const Pipeline* p_;
  bool on_;
  void (Pipeline::*add_)(int, double) const;
  double last_;
};

// A stage of a long document leaves megabytes of freed small blocks (the
// quote stage's token views, the claims' scratch strings) among blocks that
// live on; glibc keeps those pages resident and the next stage's peak adds
// to them. For a document this long, hand them back after each stage (cheap
// next to the stage itself; shorter documents leave little and skip it).
constexpr size_t kReturnHeapBytes = size_t{1} << 20;

// A layer vector grown by push_back ends with up to twice the capacity it
// needs (a 100 MB line's 2.7 million figures sat in room for 4.2 million,
// 230 bytes each). For a long document, fit each layer to its size before
// the next stage allocates on top of it; shorter documents skip the copy.
template <typename T>
void FitLayer(std::vector<T>* v, bool on) {
  if (on && v->capacity() > v->size()) v->shrink_to_fit();
}

void ReturnFreeHeap(bool on) {
#ifdef __GLIBC__
  if (on) malloc_trim(0);
#else
  (void)on;
#endif
}

// A report with no date of its own from metadata takes one written in its
// address (read/date_parse.h DateInAddress): its URL's, else, for a format
// of one report per file (text, HTML), its file's path. News sites and
// archives write the publication day there, and it is a better witness
// than dates the text names (which are as often the events' days), so it
// comes before InferDocumentDate. The path of a JSON Lines or WARC file is
// shared by all its records (a crawl's day) and is not read.
void DateFromAddress(Document* d) {
  std::optional<std::string> date;
  const char* basis = "url";
  if (d->url) date = DateInAddress(*d->url);
  if (!date && !d->line && (d->format == "text" || d->format == "html") && d->path != "-") {
    date = DateInAddress(d->path);
    basis = "path";
  }
  if (!date) return;
  d->date = *date;
  d->date_origin = "inferred";
  d->date_basis = basis;
}

// Runs body(i) for i in [0, n) on up to `jobs` threads (the caller's among
// them); each call writes only its own slot, so results do not depend on
// the thread count. Each thread's CPU time is charged to `stage`. Returns
// the calling thread's CPU seconds in it when `timed` (else 0).
double ParallelFor(size_t n, int jobs, const Pipeline* p, bool profile, void (Pipeline::*add)(int, double) const,
                   int stage, const std::function<void(size_t)>& body, bool timed = false) {
  const double t0 = timed ? ThreadCpuSeconds() : 0;
  std::atomic<size_t> next{0};
  auto worker = [&] {
    StageClock clock(p, profile, add);
    for (size_t i; (i = next.fetch_add(1)) < n;) body(i);
    clock.Lap(stage);
  };
  const int extra = static_cast<int>(std::min<size_t>(std::max(jobs, 1), n)) - 1;
  std::vector<std::thread> threads;
  for (int t = 0; t < extra; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  return timed ? ThreadCpuSeconds() - t0 : 0;
}

}  // namespace

void Pipeline::AddTime(int stage, double seconds) const {
  std::lock_guard<std::mutex> lock(profile_mu_);
  profile_times_.seconds[stage] += seconds;
}

StageProfile Pipeline::Profile() const {
  std::lock_guard<std::mutex> lock(profile_mu_);
  return profile_times_;
}

void Pipeline::AnalyzeDocument(DocAnalysis* a) const {
  Document& d = a->doc;
  StageClock clock(this, profile_, &Pipeline::AddTime);
  const bool long_doc = d.text.size() >= kReturnHeapBytes;
  a->seg = Segment(d.text, SegmentOptions{.body_start = d.body_start});
  FitLayer(&a->seg.tokens, long_doc);
  FitLayer(&a->seg.sentences, long_doc);
  FitLayer(&a->seg.paragraphs, long_doc);
  clock.Lap(0);
  if (!d.english()) {
    a->analysed = false;
    return;
  }
  if (!d.date) DateFromAddress(&d);
  if (!d.date) {
    if (auto inferred = InferDocumentDate(d, a->seg)) {
      d.date = *inferred;
      d.date_origin = "inferred";
      d.date_basis = "text";
    }
  }
  clock.Lap(1);
  // Names and quotes first: the quote stage's working set (its token view,
  // cue table and drafts) is the largest transient of a long document, and
  // run first it does not sit on top of the figures and times, which only
  // the claims read. Each recognizer is a pure function of the document and
  // its segmentation (quotes also of the names), so the order changes no
  // layer.
  a->entities = ner_->Recognize(d, a->seg);
  FitLayer(&a->entities, long_doc);
  ReturnFreeHeap(long_doc);
  clock.Lap(4);
  a->quotes = RecognizeQuotes(d, a->seg, a->entities);
  FitLayer(&a->quotes, long_doc);
  ReturnFreeHeap(long_doc);
  clock.Lap(5);
  a->quantities = RecognizeQuantities(d, a->seg);
  // Bare vague magnitudes whose state the clause gives ("hundreds injured"):
  // the state lexicon is the claims layer's (claims/claim_state.h).
  AddStatedVagueCounts(d.text, a->seg, Lexicon::Default(), &a->quantities);
  // "twice", "thrice": counts of occasions.
  AddOccasionCounts(d.text, a->seg, &a->quantities);
  FitLayer(&a->quantities, long_doc);
  ReturnFreeHeap(long_doc);
  clock.Lap(2);
  a->times = RecognizeTimes(d, a->seg);
  FitLayer(&a->times, long_doc);
  ReturnFreeHeap(long_doc);
  clock.Lap(3);
  a->claims = BuildClaims(ClaimInputs{d, a->seg, a->quantities, a->times, a->entities, a->quotes});
  ReturnFreeHeap(long_doc);
  clock.Lap(6);
  a->analysed = true;
}

void Pipeline::ReleaseOutputLayers(DocAnalysis* a) {
  std::vector<Token>().swap(a->seg.tokens);
  std::string().swap(a->seg.lower);
  std::vector<Paragraph>().swap(a->seg.paragraphs);
  std::vector<QuoteRegion>().swap(a->seg.quotes);
  std::vector<Quote>().swap(a->quotes);
  // What fusion reads of the rest (the output has them spooled): of the
  // entities only the type and name of the named ones (story features, the
  // title, the ledger's places), of the times only those the timeline can
  // list, of the input bytes only their count. Kept in order, fitted.
  a->doc.ReleaseRaw();
  std::erase_if(a->entities, [](const Entity& e) { return e.type == EntityType::kOther || e.name.empty(); });
  for (Entity& e : a->entities) {
    e.title.clear();
    e.role.clear();
  }
  a->entities.shrink_to_fit();
  std::erase_if(a->times, [](const TimeMention& m) { return !OnTimeline(m); });
  for (TimeMention& m : a->times)
    for (Atom* s : {&m.mod, &m.grain, &m.interval_start, &m.interval_end, &m.quant, &m.freq}) s->clear();
  a->times.shrink_to_fit();
  ReturnFreeHeap(a->doc.text.size() >= kReturnHeapBytes);  // and the output's scratch
}

void Pipeline::AnalyzeAll(std::vector<DocAnalysis>* docs, int jobs,
                          const std::function<void(size_t, size_t)>& progress,
                          const std::function<void(size_t)>& analysed,
                          const std::function<void(size_t)>& prepare,
                          const std::function<void(size_t)>& before) const {
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::atomic<size_t> next{0};
  std::mutex mu, analysed_mu;
  std::condition_variable cv;
  size_t done = 0, bytes = 0;
  auto worker = [&] {
    for (;;) {
      size_t i = next.fetch_add(1);
      if (i >= docs->size()) return;
      if (before) before(i);
      AnalyzeDocument(&(*docs)[i]);
      if (prepare) prepare(i);
      if (analysed) {
        std::lock_guard<std::mutex> lock(analysed_mu);
        analysed(i);
      }
      std::lock_guard<std::mutex> lock(mu);
      ++done;
      bytes += (*docs)[i].doc.bytes();
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

void Pipeline::RedateDocument(DocAnalysis* a) const {
  // Only the layers that read doc.date: segmentation, numbers, names and
  // quotes do not depend on the report date (pipeline_test pins this
  // against a full AnalyzeDocument).
  if (a->seg.tokens.empty()) {
    // ReleaseOutputLayers dropped the tokens and quotes the claims read:
    // analyse the text again, which gives the same layers (the date is set
    // now, so it is not inferred again).
    AnalyzeDocument(a);
    return;
  }
  const Document& d = a->doc;
  StageClock clock(this, profile_, &Pipeline::AddTime);
  a->times = RecognizeTimes(d, a->seg);
  clock.Lap(3);
  a->claims = BuildClaims(ClaimInputs{d, a->seg, a->quantities, a->times, a->entities, a->quotes});
  clock.Lap(6);
}

FuseResult Pipeline::FuseAll(std::vector<DocAnalysis>* docs, int jobs) const {
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  StageClock clock(this, profile_, &Pipeline::AddTime);
  // Fuse(), step by step, so that re-dating can reuse the grouping. The
  // per-document inputs (sketches, story features) and the per-story
  // ledgers are independent of each other and run on `jobs` threads; the
  // grouping itself is sequential (each document joins the stories of the
  // documents before it).
  // The story features (every word of every document) are made a batch at
  // a time as the clusterer takes them, not held for all documents at once,
  // and in the counted form (each distinct word once with its count: a
  // 100 MB report's words took ~0.45 GB as strings).
  std::vector<GroupingInput> inputs(docs->size());
  ParallelFor(docs->size(), jobs, this, profile_, &Pipeline::AddTime, 7,
              [&](size_t i) { inputs[i] = MakeGroupingInput((*docs)[i], /*with_features=*/false); });
  clock.Lap(-1);  // ParallelFor charged every thread, the caller's too
  std::vector<const GroupingInput*> ptrs;
  ptrs.reserve(inputs.size());
  for (const GroupingInput& g : inputs) ptrs.push_back(&g);
  std::vector<StoryFeatures> held;
  auto features = [&](const std::vector<int>& batch) {
    held.clear();
    held.resize(batch.size());
    clock.Lap(7);
    ParallelFor(batch.size(), jobs, this, profile_, &Pipeline::AddTime, 7,
                [&](size_t k) { held[k] = MakeStoryFeatures((*docs)[batch[k]], /*counted=*/true); });
    clock.Lap(-1);
    std::vector<const StoryFeatures*> f;
    for (const StoryFeatures& x : held) f.push_back(&x);
    return f;
  };
  constexpr size_t kFeatureBatch = 512;
  Grouping g = GroupDocuments(ptrs, features, kFeatureBatch);
  std::vector<StoryFeatures>().swap(held);
  inputs.clear();
  clock.Lap(7);
  return FuseAll(docs, jobs, std::move(g));
}

FuseResult Pipeline::FuseAll(std::vector<DocAnalysis>* docs, int jobs, Grouping g) const {
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  StageClock clock(this, profile_, &Pipeline::AddTime);
  const double serial_start = profile_ ? ThreadCpuSeconds() : 0;
  double in_loops = 0;  // the calling thread's CPU inside the parallel loops
  FuseResult r;
  r.copy_of = std::move(g.copy_of);
  r.stats.groupings = 1;
  clock.Lap(7);
  // An undated report in a story with dated ones: the years of its story
  // mates may fix the date its own text leaves open ("Monday's Victory Day"
  // with no year). Such a report keeps its story (the date came from that
  // story, so it cannot argue for another): only its times and claims are
  // redone against the new date, and only its story's ledger and timeline
  // are built after that. Copies and stories are not computed again.
  // Each report's date depends only on its story mates' own dates (a
  // report dated this way gets basis "story" and lends its story no year),
  // so the reports are tried and redone on the `jobs` threads. A long one
  // is analysed again whole: those go one at a time, after the rest, so two
  // never add their peaks.
  std::vector<std::vector<int>> story_years(g.stories.size());
  struct Task {
    int doc, story;
  };
  std::vector<Task> tasks, long_tasks;
  for (size_t s = 0; s < g.stories.size(); ++s) {
    const std::vector<int>& members = g.stories[s];
    std::vector<int>& years = story_years[s];
    for (int i : members) {
      const Document& d = (*docs)[i].doc;
      if (d.date && d.date->size() >= 4 && d.date_basis != "story") years.push_back(std::atoi(d.date->c_str()));
    }
    if (years.empty()) continue;
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    for (int i : members) {
      const DocAnalysis& a = (*docs)[i];
      if (a.doc.date || !a.analysed) continue;
      (a.doc.text.size() >= kReturnHeapBytes ? long_tasks : tasks).push_back(Task{i, static_cast<int>(s)});
    }
  }
  std::vector<char> redated(tasks.size() + long_tasks.size(), 0);
  auto redate = [&](const Task& t, size_t k) {
    StageClock task_clock(this, profile_, &Pipeline::AddTime);
    DocAnalysis& a = (*docs)[t.doc];
    auto date = InferDocumentDate(a.doc, a.seg, story_years[t.story]);
    task_clock.Lap(7);
    if (!date) return;
    a.doc.date = *date;
    a.doc.date_origin = "inferred";
    a.doc.date_basis = "story";
    RedateDocument(&a);  // charged to its own stages
    redated[k] = 1;
  };
  clock.Lap(7);
  in_loops += ParallelFor(tasks.size(), jobs, this, false, &Pipeline::AddTime, 7,
                          [&](size_t k) { redate(tasks[k], k); }, profile_);
  for (size_t k = 0; k < long_tasks.size(); ++k) redate(long_tasks[k], tasks.size() + k);
  clock.Lap(-1);  // charged by each task
  std::vector<char> touched(g.stories.size(), 0);
  for (size_t k = 0; k < redated.size(); ++k) {
    if (!redated[k]) continue;
    touched[(k < tasks.size() ? tasks[k] : long_tasks[k - tasks.size()]).story] = 1;
    ++r.stats.redated;
  }
  clock.Lap(7);
  r.stories.resize(g.stories.size());
  in_loops += ParallelFor(g.stories.size(), jobs, this, profile_, &Pipeline::AddTime, 7,
                          [&](size_t s) { r.stories[s] = BuildStory(*docs, g.stories[s], r.copy_of); }, profile_);
  clock.Lap(-1);
  for (char t : touched) r.stats.stories_redated += t;
  for (size_t i = 0; i < docs->size(); ++i) {
    (*docs)[i].doc.copy_of.reset();
    if (r.copy_of[i] >= 0) (*docs)[i].doc.copy_of = (*docs)[r.copy_of[i]].doc.id;
  }
  clock.Lap(7);
  if (profile_) {
    std::lock_guard<std::mutex> lock(profile_mu_);
    profile_times_.fuse_serial += ThreadCpuSeconds() - serial_start - in_loops;
  }
  return r;
}

}  // namespace crosscheck
