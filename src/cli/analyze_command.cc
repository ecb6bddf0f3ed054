#include "cli/analyze_command.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <future>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include "cli/output_file.h"
#include "cli/run_profile.h"
#include "pipeline/ordered_grouping.h"
#include "pipeline/pipeline.h"
#include "present/html_report.h"
#include "present/json_output.h"
#include "present/json_stream.h"
#include "serve/story_update.h"
#include "store/store.h"

namespace crosscheck {

namespace {

// The progress line on a terminal's stderr: documents, MB, rate, ETA.
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

}  // namespace

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
  SerialParts serial;
  auto load_model = [&] {
    const double t0 = ThreadCpuSeconds();
    auto loaded = Pipeline::Create(pipeline_options);
    serial.model = ThreadCpuSeconds() - t0;
    return loaded;
  };
  if (args.jobs != 1) loading = std::async(std::launch::async, load_model);
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
  serial.read = read_s;
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
  // Its copy sketches are made on `jobs` threads, and each document's story
  // features on the thread that analysed it (`prepare`), so its own thread
  // does only what must be done in order.
  const int jobs = args.jobs > 0 ? args.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  OrderedGrouping grouping(&analyses, /*threaded=*/jobs != 1, jobs);
  auto pipeline = loading.valid() ? loading.get() : load_model();
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
  double output_s = 0, spool_s = 0;
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
    grouping.Prepare(i);
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
    charge_to(&spool_s, t0);
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
  serial.spool = spool_s;

  int rc = batch.errors.empty() ? 0 : 1;
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
  if (store) {
    serve::StoryFuser fuser(store.get(), pipeline->get(),
                            serve::FuserOptions{.cache_docs = analyses.size() + 1000});
    for (const DocAnalysis& a : analyses) fuser.Offer(std::make_shared<const DocAnalysis>(a));
    if (Status st = fuser.RunUntilIdle(); !st.ok()) {
      std::cerr << "crosscheck: " << args.db_path << ": fusing the stored documents: " << st.error().message << "\n";
      return 3;
    }
  }
  phase("output");
  if (args.profile) {
    StageProfile stages = (*pipeline)->Profile();
    stages.seconds[7] += grouping.cpu_seconds();  // fuse: its grouping ran beside the analysis
    PrintProfile(stages, read_s, spooled_s + ThreadCpuSeconds() - output_start, total_bytes, phases);
    serial.fuse_serial = stages.fuse_serial;
    serial.grouping_chain = grouping.chain_seconds();
    PrintSerialShare(serial, phases, jobs);
  }
  if (!args.quiet) {
    size_t english = 0;
    for (const auto& a : analyses) english += a.analysed;
    std::cerr << "crosscheck: " << CountOf(analyses.size(), "document", "documents") << " read (" << english
              << " analysed), " << CountOf(batch.errors.size(), "input", "inputs") << " rejected, "
              << CountOf(fused.stories.size(), "story", "stories") << "\n";
  }
  return rc;
}

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
                "Print CPU seconds and MB per CPU second for each stage on stderr (output: JSON, HTML and store writes), "
                "the phases, and with more than one job the serial share (CPU only one thread can spend)");
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

}  // namespace crosscheck
