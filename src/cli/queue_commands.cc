#include "cli/queue_commands.h"

#include <signal.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iostream>

#include "pipeline/pipeline.h"
#include "queue/producer.h"
#include "read/reader.h"
#include "serve/worker.h"
#include "store/store.h"

namespace crosscheck {

namespace {
std::atomic<bool> g_worker_stop{false};
}  // namespace

CLI::App* AddIngestCommand(CLI::App& app, IngestArgs* args) {
  CLI::App* in = app.add_subcommand("ingest", "Put reports on a work queue (Redis Streams) for workers");
  in->add_option("paths", args->paths, "Files or folders (read recursively, in analyze's order)")->required();
  in->add_option("--queue", args->queue, "redis://HOST:PORT[/DB]")->required();
  in->add_option("--format", args->format, "Input format for the workers' reader; auto detects")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "warc"}));
  in->add_option("--acked", args->acked, "Write the id of every document queued (acknowledged) here, one per line");
  in->add_option("--split-mb", args->split_mb, "JSON Lines and WARC files above this size are queued in slices")
      ->check(CLI::PositiveNumber);
  in->add_flag("--quiet,-q", args->quiet, "No summary on stderr");
  return in;
}

CLI::App* AddWorkerCommand(CLI::App& app, WorkerArgs* args) {
  CLI::App* wk = app.add_subcommand("worker", "Analyse queued reports into a store; take part in fusion");
  wk->add_option("--db", args->db, "SQLite file or postgresql:// URL")->required();
  wk->add_option("--queue", args->queue, "redis://HOST:PORT[/DB]")->required();
  wk->add_option("--consumer", args->consumer, "Name in the consumer group (default: host-pid)");
  wk->add_option("--claim-idle", args->claim_idle_s,
                 "Seconds an entry may stay unacknowledged before another worker takes it over")
      ->check(CLI::Range(1, 86400));
  wk->add_option("--max-deliveries", args->max_deliveries,
                 "An entry handed out more often than this is recorded as rejected")
      ->check(CLI::Range(1, 1000));
  wk->add_flag("--no-fuse", args->no_fuse, "Leave fusion rounds to other processes");
  wk->add_flag("--exit-when-idle", args->exit_when_idle, "Exit once the queue is empty and fusion is done");
  wk->add_option("--model-dir", args->model_dir, "Folder of the entity model");
  wk->add_flag("--quiet,-q", args->quiet, "No log on stderr");
  return wk;
}

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

}  // namespace crosscheck
