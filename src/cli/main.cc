// crosscheck: the command-line front end. Parses arguments (CLI11), runs the
// pipeline, writes JSON / HTML / the store, and maps outcomes to exit codes:
//   0  every input was read
//   1  some inputs were rejected (each named on stderr with the reason)
//   2  usage error
//   3  fatal: could not write an output, open the store, or load the model
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/export_command.h"
#include "core/data_dir.h"
#include "pipeline/ordered_grouping.h"
#include "pipeline/pipeline.h"
#include "present/html_report.h"
#include "present/json_output.h"
#include "present/json_stream.h"
#include "read/reader.h"
#if __has_include("store/store.h") && __has_include("serve/story_update.h")
#include "serve/story_update.h"
#include "store/store.h"
#define CROSSCHECK_HAVE_STORE 1
#endif
#if __has_include("serve/server.h")
#include "serve/server.h"
#define CROSSCHECK_HAVE_SERVE 1
#endif
#if __has_include("serve/worker.h") && __has_include("queue/producer.h")
#include <atomic>
#include <csignal>

#include "queue/producer.h"
#include "serve/worker.h"
#define CROSSCHECK_HAVE_QUEUE 1
#endif

namespace crosscheck {
namespace {

struct AnalyzeArgs {
  std::vector<std::string> paths;
  std::string json_path, jsonl_path, html_path, db_path, model_dir, encoding = "utf-8", format = "auto";
  bool with_text = false, quiet = false, profile = false;
  int jobs = 0;
  ReadLimits limits;  // docs/LIMITS.md
};

class Progress {
 public:
  Progress(bool enabled, size_t total_docs, size_t total_bytes)
      : enabled_(enabled), total_docs_(total_docs), total_bytes_(total_bytes),
        start_(std::chrono::steady_clock::now()) {}
  void Update(size_t docs, size_t bytes) {
    if (!enabled_) return;
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    double mb = bytes / 1e6, rate = secs > 0 ? mb / secs : 0;
    double eta = (rate > 0 && total_bytes_ > bytes) ? (total_bytes_ - bytes) / 1e6 / rate : 0;
    std::fprintf(stderr, "\r%zu/%zu documents  %.1f MB  %.2f MB/s  ETA %.0fs   ", docs, total_docs_, mb, rate, eta);
    std::fflush(stderr);
  }
  void Finish() {
    if (enabled_) std::fprintf(stderr, "\n");
  }

 private:
  bool enabled_;
  size_t total_docs_, total_bytes_;
  std::chrono::steady_clock::time_point start_;
};

// An output file written in full or not at all. A regular file (or a new
// one) is written to PATH.tmp and renamed by Commit(), so a failed run never
// leaves half a file. "-" is standard output; anything else (/dev/null, a
// pipe, a terminal) is written in place: renaming over it would replace the
// device with a regular file.
class OutputFile {
 public:
  explicit OutputFile(std::string path) : path_(std::move(path)) {
    if (path_ == "-") return;
    std::error_code ec;
    auto st = std::filesystem::status(path_, ec);
    if (!ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st)) {
      file_.open(path_, std::ios::binary);
    } else {
      tmp_ = path_ + ".tmp";
      file_.open(tmp_, std::ios::binary | std::ios::trunc);
    }
  }
  ~OutputFile() {
    if (!tmp_.empty() && !committed_) std::remove(tmp_.c_str());
  }
  bool ok() const { return path_ == "-" || file_.is_open(); }
  std::ostream* stream() { return path_ == "-" ? &std::cout : &file_; }
  bool Commit() {
    std::ostream* s = stream();
    s->flush();
    if (!*s) return false;
    if (tmp_.empty()) return true;
    file_.close();
    if (file_.fail()) return false;
    committed_ = std::rename(tmp_.c_str(), path_.c_str()) == 0;
    return committed_;
  }

 private:
  std::string path_, tmp_;
  std::ofstream file_;
  bool committed_ = false;
};

// A JSON (or JSON Lines) account being written: documents are spooled as
// their analysis ends (AnalysisWriter), the file is finished after fusion.
class JsonSink {
 public:
  JsonSink(const std::string& path, OutputFormat format, const JsonOptions& options) : path_(path), out_(path) {
    if (!out_.ok()) {
      st_ = Error{"cannot write " + path};
      return;
    }
    auto writer = AnalysisWriter::Create(out_.stream(), path, format, options);
    if (writer.ok()) writer_ = std::move(writer.value());
    else st_ = writer.error();
  }
  void Add(size_t i, const DocAnalysis& a) {
    if (st_.ok()) st_ = writer_->AddDocument(i, a);
  }
  // Render on any thread (const), then AddRendered on the spooling one.
  AnalysisWriter::Rendered Render(const DocAnalysis& a) const { return writer_->Render(a); }
  void AddRendered(size_t i, const AnalysisWriter::Rendered& r) {
    if (st_.ok()) st_ = writer_->AddRendered(i, r);
  }
  const Status& status() const { return st_; }
  // False after printing why it failed.
  bool Finish(const std::vector<DocAnalysis>& analyses, const FuseResult& fused, const std::vector<Error>& errors,
              int threads) {
    if (st_.ok()) st_ = writer_->Finish(analyses, fused, errors, threads);
    if (!st_.ok() || !out_.Commit()) {
      std::cerr << "crosscheck: " << (st_.ok() ? "cannot write " + path_ : st_.error().message) << "\n";
      return false;
    }
    return true;
  }

 private:
  std::string path_;
  OutputFile out_;
  std::unique_ptr<AnalysisWriter> writer_;
  Status st_ = Status::Ok();
};

double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// --profile: CPU seconds per stage and the throughput each stage alone
// would have (MB of input per CPU second), on stderr.
// The run's phases as the main thread goes through them: wall-clock
// seconds, and the process's CPU seconds (every thread) in that time.
struct Phase {
  const char* name;
  double wall_s, cpu_s, main_s;  // main_s: the main thread's own CPU seconds
};

// `phases`: CPU over wall is how many cores a phase kept busy, so the serial
// part of a `--jobs N` run shows. On a shared machine the cores a phase got
// are not the cores it could use, so the table also gives a bound that
// does not depend on the load: a phase cannot take less than its main
// thread's CPU, nor less than its CPU shared over two cores, so two cores
// could run the whole at most cpu / sum(max(main, cpu / 2)) times as fast
// as one (the analysis phase, whose main thread only waits, counts cpu / 2;
// its threads' own balance is not seen).
void PrintProfile(const StageProfile& p, double read_s, double output_s, size_t bytes,
                  const std::vector<Phase>& phases) {
  struct Row { const char* name; double s; };
  std::vector<Row> rows{{"read", read_s}};
  for (int i = 0; i < StageProfile::kStages; ++i) rows.push_back({StageProfile::kNames[i], p.seconds[i]});
  rows.push_back({"output", output_s});
  double total = 0;
  for (const Row& r : rows) total += r.s;
  double mb = static_cast<double>(bytes) / 1e6;
  std::fprintf(stderr, "crosscheck: profile over %.2f MB (CPU seconds, summed over threads)\n", mb);
  std::fprintf(stderr, "  %-9s %9s %7s %12s\n", "stage", "cpu_s", "share", "MB/cpu_s");
  for (const Row& r : rows)
    std::fprintf(stderr, "  %-9s %9.3f %6.1f%% %12.2f\n", r.name, r.s, total > 0 ? 100 * r.s / total : 0,
                 r.s > 0 ? mb / r.s : 0.0);
  std::fprintf(stderr, "  %-9s %9.3f %6.1f%% %12.2f\n", "total", total, 100.0, total > 0 ? mb / total : 0.0);
  Phase all{"total", 0, 0, 0};
  double two_core_s = 0;
  for (const Phase& ph : phases) {
    all.wall_s += ph.wall_s;
    all.cpu_s += ph.cpu_s;
    all.main_s += ph.main_s;
    two_core_s += std::max(ph.main_s, ph.cpu_s / 2);
  }
  std::fprintf(stderr, "crosscheck: phases (wall-clock seconds; process CPU seconds in them, every thread)\n");
  std::fprintf(stderr, "  %-11s %9s %6s %9s %6s %9s\n", "phase", "wall_s", "share", "cpu_s", "cores", "main_s");
  std::vector<Phase> lines = phases;
  lines.push_back(all);
  for (const Phase& ph : lines)
    std::fprintf(stderr, "  %-11s %9.3f %5.1f%% %9.3f %6.2f %9.3f\n", ph.name, ph.wall_s,
                 all.wall_s > 0 ? 100 * ph.wall_s / all.wall_s : 0, ph.cpu_s, ph.wall_s > 0 ? ph.cpu_s / ph.wall_s : 0,
                 ph.main_s);
  std::fprintf(stderr, "  two-core bound: %.3f CPU-s in %.3f s at best, %.2fx one core\n", all.cpu_s, two_core_s,
               two_core_s > 0 ? all.cpu_s / two_core_s : 0);
}

double ProcessCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int RunAnalyze(const AnalyzeArgs& args) {
  // With more than one job the model loads on a thread of its own while
  // the inputs are read (both are serial, and neither reads the other).
  const PipelineOptions pipeline_options{.model_dir = args.model_dir, .profile = args.profile};
  std::vector<Phase> phases;
  auto wall_start = std::chrono::steady_clock::now();
  double cpu_start = ProcessCpuSeconds(), main_start = ThreadCpuSeconds();
  auto phase = [&](const char* name) {
    const auto now = std::chrono::steady_clock::now();
    const double cpu = ProcessCpuSeconds(), main_cpu = ThreadCpuSeconds();
    phases.push_back(
        Phase{name, std::chrono::duration<double>(now - wall_start).count(), cpu - cpu_start, main_cpu - main_start});
    wall_start = now;
    cpu_start = cpu;
    main_start = main_cpu;
  };
  std::future<Result<std::unique_ptr<Pipeline>>> loading;
  if (args.jobs != 1) loading = std::async(std::launch::async, [&] { return Pipeline::Create(pipeline_options); });
  const double read_start = ThreadCpuSeconds();
  ReadOptions ro;
  ro.limits = args.limits;
  if (args.encoding == "windows-1252" || args.encoding == "cp1252") ro.windows1252 = true;
  if (args.format == "text") ro.format = InputFormat::kText;
  else if (args.format == "html") ro.format = InputFormat::kHtml;
  else if (args.format == "jsonl") ro.format = InputFormat::kJsonLines;
  else if (args.format == "warc") ro.format = InputFormat::kWarc;
  // Ids, content hashes and languages are made on the analysis threads
  // (FinishDocument in `identify` below): they were most of the reading
  // time, all of it on one thread before any analysis could start.
  ro.identify_later = true;
  ReadBatch batch = ReadPaths(args.paths, ro);
  double read_s = ThreadCpuSeconds() - read_start;
  for (const Error& e : batch.errors) std::cerr << "crosscheck: rejected " << e.message << "\n";
  for (const Error& e : batch.warnings) std::cerr << "crosscheck: warning: " << e.message << "\n";
  phase("read");

  std::vector<DocAnalysis> analyses(batch.docs.size());
  size_t total_bytes = 0;
  for (size_t i = 0; i < batch.docs.size(); ++i) {
    total_bytes += batch.docs[i].raw.size();
    analyses[i].doc = std::move(batch.docs[i]);
  }
  // The grouping (copies, then stories) is one thread's work; with more
  // than one job it runs on a thread of its own, taking each document as
  // its analysis ends, in input order (FuseAll then starts from its
  // result). It starts now: its copy sketches need only the texts.
  OrderedGrouping grouping(&analyses, /*threaded=*/args.jobs != 1);
  auto pipeline = loading.valid() ? loading.get() : Pipeline::Create(pipeline_options);
  if (!pipeline.ok()) {
    std::cerr << "crosscheck: " << pipeline.error().message << "\n";
    return 3;
  }
  phase("model wait");
  // The JSON accounts take each document's layers as soon as its analysis
  // ends. When nothing else reads the layers later (no HTML report, no
  // store), those that fusion does not need are then released, so memory
  // is bounded by what fusion holds rather than by every layer of every
  // document.
  const JsonOptions json_options{.with_text = args.with_text};
  std::vector<std::unique_ptr<JsonSink>> sinks;
  if (!args.json_path.empty())
    sinks.push_back(std::make_unique<JsonSink>(args.json_path, OutputFormat::kJson, json_options));
  if (!args.jsonl_path.empty())
    sinks.push_back(std::make_unique<JsonSink>(args.jsonl_path, OutputFormat::kJsonLines, json_options));
  for (const auto& sink : sinks)
    if (!sink->status().ok()) {
      std::cerr << "crosscheck: " << sink->status().error().message << "\n";
      return 3;
    }
  const bool release = args.html_path.empty() && args.db_path.empty();
  double output_s = 0;
  std::mutex output_s_mu;
  auto charge_to = [&](double* stage_s, double t0) {
    if (!args.profile) return;
    const double s = ThreadCpuSeconds() - t0;
    std::lock_guard<std::mutex> lock(output_s_mu);
    *stage_s += s;
  };
  auto charge = [&](double t0) { charge_to(&output_s, t0); };
  auto identify = [&](size_t i) {
    const double t0 = args.profile ? ThreadCpuSeconds() : 0;
    FinishDocument(&analyses[i].doc);
    // Nothing after the id and content hash reads the input bytes but their
    // count (the analysis reads `text`, the outputs doc.bytes()): for a
    // plain-text report they are a second copy of its text.
    analyses[i].doc.ReleaseRaw();
    charge_to(&read_s, t0);
  };
  // A document of ordinary size has its records built on the thread that
  // analysed it (`prepare`, concurrently with other documents), which then
  // also releases its layers; only appending the bytes to the spools is
  // done one document at a time (`spool`). A long document is built and
  // spooled a megabyte at a time under the lock, as memory must stay
  // bounded, and a re-dated one is spooled again after fusion.
  constexpr size_t kRenderWholeBytes = size_t{1} << 20;
  std::vector<std::vector<AnalysisWriter::Rendered>> rendered(analyses.size());
  auto prepare = [&](size_t i) {
    if (sinks.empty() || analyses[i].doc.text.size() >= kRenderWholeBytes) return;
    const double t0 = args.profile ? ThreadCpuSeconds() : 0;
    rendered[i].reserve(sinks.size());
    for (const auto& sink : sinks) rendered[i].push_back(sink->Render(analyses[i]));
    if (release) Pipeline::ReleaseOutputLayers(&analyses[i]);
    charge(t0);
  };
  auto spool = [&](size_t i) {
    const double t0 = args.profile ? ThreadCpuSeconds() : 0;
    if (!rendered[i].empty()) {
      for (size_t k = 0; k < sinks.size(); ++k) sinks[k]->AddRendered(i, rendered[i][k]);
      std::vector<AnalysisWriter::Rendered>().swap(rendered[i]);
    } else {
      for (const auto& sink : sinks) sink->Add(i, analyses[i]);
      if (release) Pipeline::ReleaseOutputLayers(&analyses[i]);
    }
    charge(t0);
  };
  Progress progress(!args.quiet && isatty(STDERR_FILENO), analyses.size(), total_bytes);
  auto analysed = [&](size_t i) {
    spool(i);
    grouping.Ready(i);  // its layers are final (released) until fusion
  };
  (*pipeline)->AnalyzeAll(&analyses, args.jobs, [&](size_t d, size_t b) { progress.Update(d, b); }, analysed,
                          prepare, identify);
  progress.Finish();
  phase("analyse");

  int rc = batch.errors.empty() ? 0 : 1;
#ifdef CROSSCHECK_HAVE_STORE
  // The store takes each document's own analysis (before story dating), in
  // this run's order; its fusion round then derives stories over everything
  // it holds, as a batch run over the store would (src/serve/story_update.h).
  std::unique_ptr<Store> store;
  if (!args.db_path.empty()) {
    auto opened = OpenStore(args.db_path);
    if (!opened.ok()) {
      std::cerr << "crosscheck: " << opened.error().message << "\n";
      return 3;
    }
    store = std::move(opened.value());
    const uint64_t run_ms = static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
    std::vector<PutRequest> reqs;
    for (size_t i = 0; i < analyses.size(); ++i) reqs.push_back(PutRequest{&analyses[i], OrderKey(run_ms, i)});
    std::vector<PutOutcome> outcomes;
    Status st = store->PutDocuments(reqs, &outcomes);
    if (!st.ok()) {
      std::cerr << "crosscheck: " << args.db_path << ": " << st.error().message << "\n";
      return 3;
    }
    for (size_t i = 0; i < outcomes.size(); ++i) {
      if (outcomes[i].error) {
        std::cerr << "crosscheck: not stored " << analyses[i].doc.path << ": " << outcomes[i].error->message << "\n";
        rc = 1;  // one bad document never stops the batch
      }
    }
  }
#else
  if (!args.db_path.empty()) {
    std::cerr << "crosscheck: this build has no store\n";
    return 3;
  }
#endif
  std::vector<char> had_date(analyses.size());
  for (size_t i = 0; i < analyses.size(); ++i) had_date[i] = analyses[i].doc.date.has_value();
  Grouping grouped = grouping.Finish();
  phase("group wait");
  FuseResult fused = (*pipeline)->FuseAll(&analyses, args.jobs, std::move(grouped));
  phase("fuse");

  const double spooled_s = output_s;
  const double output_start = ThreadCpuSeconds();
  // A report re-dated from its story has new times and claims: spooled again.
  for (size_t i = 0; i < analyses.size(); ++i)
    if (!had_date[i] && analyses[i].doc.date) spool(i);
  phase("respool");
  // With more than one job, the records written after fusion (documents'
  // metadata, stories) are rendered on that many helper threads ahead of
  // the writing; one job renders them as it writes.
  const int jobs = args.jobs > 0 ? args.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  for (const auto& sink : sinks)
    if (!sink->Finish(analyses, fused, batch.errors, jobs > 1 ? jobs : 0)) return 3;
  if (!args.html_path.empty()) {
    OutputFile html(args.html_path);
    if (html.ok()) WriteHtmlReport(*html.stream(), analyses, fused, batch.errors);
    if (!html.ok() || !html.Commit()) {
      std::cerr << "crosscheck: cannot write " << args.html_path << "\n";
      return 3;
    }
  }
#ifdef CROSSCHECK_HAVE_STORE
  if (store) {
    serve::StoryFuser fuser(store.get(), pipeline->get(),
                            serve::FuserOptions{.cache_docs = analyses.size() + 1000});
    for (const DocAnalysis& a : analyses) fuser.Offer(std::make_shared<const DocAnalysis>(a));
    if (Status st = fuser.RunUntilIdle(); !st.ok()) {
      std::cerr << "crosscheck: " << args.db_path << ": fusing the stored documents: " << st.error().message << "\n";
      return 3;
    }
  }
#endif
  phase("output");
  if (args.profile) {
    StageProfile stages = (*pipeline)->Profile();
    stages.seconds[7] += grouping.cpu_seconds();  // fuse: its grouping ran beside the analysis
    PrintProfile(stages, read_s, spooled_s + ThreadCpuSeconds() - output_start, total_bytes, phases);
  }
  if (!args.quiet) {
    size_t english = 0;
    for (const auto& a : analyses) english += a.analysed;
    std::cerr << "crosscheck: " << analyses.size() << " documents read (" << english << " analysed), "
              << batch.errors.size() << " inputs rejected, " << fused.stories.size() << " stories\n";
  }
  return rc;
}

#ifdef CROSSCHECK_HAVE_QUEUE
struct IngestArgs {
  std::vector<std::string> paths;
  std::string queue, format = "auto", acked;
  double split_mb = 8;
  bool quiet = false;
};

int RunIngest(const IngestArgs& args) {
  auto queue = OpenRedisQueue(args.queue);
  if (!queue.ok()) {
    std::cerr << "crosscheck ingest: " << queue.error().message << "\n";
    return 3;
  }
  std::ofstream acked;
  if (!args.acked.empty()) {
    acked.open(args.acked, std::ios::trunc);
    if (!acked) {
      std::cerr << "crosscheck ingest: cannot write " << args.acked << "\n";
      return 3;
    }
  }
  ProduceOptions po;
  po.format = args.format;
  po.split_bytes = static_cast<size_t>(args.split_mb * (1 << 20));
  po.slice_bytes = std::max<size_t>(std::min<size_t>(po.split_bytes / 8, size_t{1} << 20), 4096);
  ProduceStats stats;
  // With --acked, each queued entry is read here too (no analysis) to list
  // the ids of the documents it holds: those are acknowledged.
  auto on_added = [&](const QueueEntry& e) {
    if (!acked.is_open()) return;
    ReadOptions ro;
    if (e.format == "text") ro.format = InputFormat::kText;
    else if (e.format == "html") ro.format = InputFormat::kHtml;
    else if (e.format == "jsonl") ro.format = InputFormat::kJsonLines;
    else if (e.format == "warc") ro.format = InputFormat::kWarc;
    ReadBatch b;
    ReadBuffer(e.body, e.name, ro, &b);
    for (Document& d : b.docs) {
      if (e.first_record > 1 && d.line) {
        d.line = *d.line + e.first_record - 1;
        d.id = MakeDocumentId(d.path, d.line, d.raw);
      }
      acked << d.id << "\n";
    }
    acked.flush();
  };
  Status st = Produce(args.paths, queue->get(), po, on_added, &stats);
  for (const Error& e : stats.errors) std::cerr << "crosscheck ingest: rejected " << e.message << "\n";
  if (!st.ok()) {
    std::cerr << "crosscheck ingest: " << st.error().message << "\n";
    return 3;
  }
  if (!args.quiet)
    std::cerr << "crosscheck ingest: " << stats.files << " files queued as " << stats.entries << " entries ("
              << stats.bytes << " bytes), " << stats.errors.size() << " inputs rejected\n";
  return stats.errors.empty() ? 0 : 1;
}

struct WorkerArgs {
  std::string db, queue, consumer, model_dir;
  int claim_idle_s = 60, max_deliveries = 5;
  bool no_fuse = false, exit_when_idle = false, quiet = false;
};

std::atomic<bool> g_worker_stop{false};

int RunWorkerCommand(const WorkerArgs& args) {
  struct sigaction sa {};
  sa.sa_handler = [](int) { g_worker_stop = true; };
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  auto store = OpenStore(args.db);
  if (!store.ok()) {
    std::cerr << "crosscheck worker: " << store.error().message << "\n";
    return 3;
  }
  RedisQueueOptions qo;
  qo.claim_idle_ms = args.claim_idle_s * 1000;
  auto queue = OpenRedisQueue(args.queue, qo);
  if (!queue.ok()) {
    std::cerr << "crosscheck worker: " << queue.error().message << "\n";
    return 3;
  }
  auto pipeline = Pipeline::Create(PipelineOptions{.model_dir = args.model_dir});
  if (!pipeline.ok()) {
    std::cerr << "crosscheck worker: " << pipeline.error().message << "\n";
    return 3;
  }
  serve::WorkerOptions wo;
  wo.consumer = args.consumer;
  wo.max_deliveries = args.max_deliveries;
  wo.fuse = !args.no_fuse;
  wo.exit_when_idle = args.exit_when_idle;
  wo.stop = &g_worker_stop;
  wo.quiet = args.quiet;
  return serve::RunWorker(store->get(), queue->get(), pipeline->get(), wo);
}
#endif

void AddAnalyzeOptions(CLI::App* cmd, AnalyzeArgs* a) {
  cmd->add_option("paths", a->paths, "Files or folders to read (\"-\" reads standard input); folders are read recursively")
      ->required();
  cmd->add_option("--jsonl", a->jsonl_path,
                  "Also write the account as JSON Lines: a header, a line per document with its layers, "
                  "a line per story and per rejected input (\"-\" = standard output)");
    cmd->add_option("--db", a->db_path,
                  "Also store documents and stories in this SQLite file or PostgreSQL (postgresql://...) store");
  cmd->add_flag("--with-text", a->with_text, "Include each document's text and source_offsets map in the JSON");
  cmd->add_option("--jobs,-j", a->jobs, "Documents analysed in parallel (0 = one per core); output is identical for any value")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--quiet,-q", a->quiet, "No progress line or summary on stderr");
  cmd->add_flag("--profile", a->profile,
                "Print CPU seconds and MB per CPU second for each stage on stderr (output: JSON, HTML and store writes)");
  cmd->add_option("--encoding", a->encoding, "Input that is not UTF-8: reject it (utf-8) or decode it as windows-1252")
      ->check(CLI::IsMember({"utf-8", "windows-1252", "cp1252"}));
  cmd->add_option("--format", a->format, "Input format; auto detects from content and name")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "warc"}));
  cmd->add_option("--model-dir", a->model_dir, "Folder of the entity model (default: the built-in models/)");
  cmd->add_option("--max-document-bytes", a->limits.max_document_bytes,
                  "Largest document (a file, JSON Lines line or WARC record, after decompression); larger ones are rejected")
      ->check(CLI::PositiveNumber)->capture_default_str();
  cmd->add_option("--max-input-bytes", a->limits.max_input_bytes,
                  "Most bytes read from one input after decompression; the rest of it is rejected")
      ->check(CLI::PositiveNumber)->capture_default_str();
  cmd->add_option("--max-depth", a->limits.max_depth, "Deepest HTML element or JSON nesting accepted")
      ->check(CLI::Range(1, 100000))->capture_default_str();
}

}  // namespace
}  // namespace crosscheck

int main(int argc, char** argv) {
  using namespace crosscheck;
  CLI::App app{"crosscheck: reconcile many news reports of the same events into a sourced account"};
  app.set_version_flag("--version", std::string("crosscheck ") + CROSSCHECK_VERSION + " (data: " + DataRoot() + ")");
  app.require_subcommand(1);
  app.footer("Exit status: 0 all inputs read; 1 some inputs rejected (named on stderr); 2 usage error; 3 fatal error.");

  AnalyzeArgs analyze;
  CLI::App* an = app.add_subcommand("analyze", "Analyse reports and write the JSON account (docs/OUTPUT.md)");
  AddAnalyzeOptions(an, &analyze);
  an->add_option("--json", analyze.json_path,
                 "Write the JSON here (\"-\" = standard output); required unless --jsonl is given");
  an->add_option("--html,-o", analyze.html_path, "Also write the HTML report here");

  AnalyzeArgs report;
  CLI::App* rp = app.add_subcommand("report", "Analyse reports and write a self-contained HTML report");
  AddAnalyzeOptions(rp, &report);
  rp->add_option("-o,--output", report.html_path, "The HTML file to write")->required();
  rp->add_option("--json", report.json_path, "Also write the JSON here");

  ExportArgs export_args;
  CLI::App* ex = AddExportCommand(app, &export_args);

#ifdef CROSSCHECK_HAVE_SERVE
  ServeOptions serve;
  CLI::App* sv = app.add_subcommand("serve", "Run the HTTP API and web page over a store");
  sv->add_option("--db", serve.db, "SQLite file (created if missing) or postgresql:// URL")->required();
  sv->add_option("--queue", serve.queue, "redis:// URL: POSTed documents go to this work queue for workers");
  sv->add_option("--story-wait", serve.story_wait_ms,
                 "Milliseconds a POST waits for its documents' stories (0: answer once stored)")
      ->check(CLI::Range(0, 600000));
  sv->add_option("--ingest", serve.ingest,
                 "sync: a POST is analysed and stored before its answer (201); async: committed to the inbox "
                 "(STORE.inbox), answered 202 with a status URL, analysed after")
      ->check(CLI::IsMember({"sync", "async"}))->capture_default_str();
  sv->add_option("--analysis-threads", serve.analysis_threads, "With --ingest async: threads analysing the inbox")
      ->check(CLI::Range(1, 64))->capture_default_str();
  sv->add_option("--max-queued", serve.max_queued,
                 "With --ingest async: bodies the inbox holds at most; a POST past it gets 503 (send it again later)")
      ->check(CLI::Range(1, 1 << 30))->capture_default_str();
  sv->add_option("--fuse-batch-ms", serve.fuse_batch_ms,
                 "Fusion batch window: a round starts at most MS after the first document it takes was stored and "
                 "takes all stored meanwhile (default 1000 with --ingest async, 0 with sync)")
      ->check(CLI::Range(0, 600000));
  sv->add_option("--port", serve.port, "TCP port");
  sv->add_option("--bind", serve.bind, "Address to listen on");
  sv->add_option("--token", serve.token, "Bearer token required for writes");
  sv->add_option("--max-body", serve.max_body, "Largest request body in bytes (larger ones get 413)");
  sv->add_option("--web", serve.web_dir, "Folder of the web page (default: $CROSSCHECK_WEB_DIR, else the source tree's web/)");
  sv->add_option("--port-file", serve.port_file, "Write the bound port here (useful with --port 0)");
  sv->add_option("--threads", serve.threads, "Request worker threads")->check(CLI::PositiveNumber);
  sv->add_option("--timeout", serve.read_timeout_s,
                 "Seconds a connection may stay silent while the server reads or writes before it is closed")
      ->check(CLI::Range(1, 3600));
  sv->add_option("--header-timeout", serve.header_timeout_s, "Seconds a request head may take to arrive")
      ->check(CLI::Range(1, 3600))->capture_default_str();
  sv->add_option("--body-timeout", serve.body_timeout_s, "Seconds a request body may take to arrive")
      ->check(CLI::Range(1, 3600))->capture_default_str();
  sv->add_option("--idle-timeout", serve.idle_timeout_s, "Seconds a kept-alive connection may wait for its next request")
      ->check(CLI::Range(1, 3600))->capture_default_str();
  sv->add_option("--max-connections", serve.max_connections, "Open connections at most; more are answered 503")
      ->check(CLI::Range(1, 1 << 20))->capture_default_str();
  sv->add_option("--allow-origin", serve.allow_origins,
                 "An origin (scheme://host:port) besides the server's own whose browser pages may write");
  sv->add_option("--allow-host", serve.allow_hosts,
                 "A Host name the server answers to besides the loopback names (see docs/API.md)");
  sv->add_option("--model-dir", serve.model_dir, "Folder of the entity model");
  sv->add_flag("--quiet,-q", serve.quiet, "No request log on stderr");
#endif

#ifdef CROSSCHECK_HAVE_QUEUE
  IngestArgs ingest;
  CLI::App* in = app.add_subcommand("ingest", "Put reports on a work queue (Redis Streams) for workers");
  in->add_option("paths", ingest.paths, "Files or folders (read recursively, in analyze's order)")->required();
  in->add_option("--queue", ingest.queue, "redis://HOST:PORT[/DB]")->required();
  in->add_option("--format", ingest.format, "Input format for the workers' reader; auto detects")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "warc"}));
  in->add_option("--acked", ingest.acked, "Write the id of every document queued (acknowledged) here, one per line");
  in->add_option("--split-mb", ingest.split_mb, "JSON Lines and WARC files above this size are queued in slices")
      ->check(CLI::PositiveNumber);
  in->add_flag("--quiet,-q", ingest.quiet, "No summary on stderr");

  WorkerArgs worker;
  CLI::App* wk = app.add_subcommand("worker", "Analyse queued reports into a store; take part in fusion");
  wk->add_option("--db", worker.db, "SQLite file or postgresql:// URL")->required();
  wk->add_option("--queue", worker.queue, "redis://HOST:PORT[/DB]")->required();
  wk->add_option("--consumer", worker.consumer, "Name in the consumer group (default: host-pid)");
  wk->add_option("--claim-idle", worker.claim_idle_s,
                 "Seconds an entry may stay unacknowledged before another worker takes it over")
      ->check(CLI::Range(1, 86400));
  wk->add_option("--max-deliveries", worker.max_deliveries,
                 "An entry handed out more often than this is recorded as rejected")
      ->check(CLI::Range(1, 1000));
  wk->add_flag("--no-fuse", worker.no_fuse, "Leave fusion rounds to other processes");
  wk->add_flag("--exit-when-idle", worker.exit_when_idle, "Exit once the queue is empty and fusion is done");
  wk->add_option("--model-dir", worker.model_dir, "Folder of the entity model");
  wk->add_flag("--quiet,-q", worker.quiet, "No log on stderr");
#endif

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  if (an->parsed()) {
    if (analyze.json_path.empty() && analyze.jsonl_path.empty()) {
      std::cerr << "crosscheck analyze: --json or --jsonl is required\nRun with --help for more information.\n";
      return 2;
    }
    return RunAnalyze(analyze);
  }
  if (rp->parsed()) return RunAnalyze(report);
#ifdef CROSSCHECK_HAVE_QUEUE
  if (in->parsed()) return RunIngest(ingest);
  if (wk->parsed()) return RunWorkerCommand(worker);
#endif
  if (ex->parsed()) return RunExport(export_args);
#ifdef CROSSCHECK_HAVE_SERVE
  if (sv->parsed()) {
    serve.write_timeout_s = serve.read_timeout_s;  // --timeout sets both
    return RunServer(serve);
  }
#endif
  return 2;
}
