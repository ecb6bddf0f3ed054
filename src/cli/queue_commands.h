// `crosscheck ingest` puts reports on a Redis Streams work queue;
// `crosscheck worker` analyses queued reports into a store and takes part
// in fusion rounds (docs/SCALE.md). Exit codes: 0 done, 1 some inputs
// rejected (ingest), 3 the queue, store or model could not be opened.
#ifndef CROSSCHECK_CLI_QUEUE_COMMANDS_H_
#define CROSSCHECK_CLI_QUEUE_COMMANDS_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace crosscheck {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string queue, format = "auto", acked;
  double split_mb = 8;
  bool quiet = false;
};

struct WorkerArgs {
  std::string db, queue, consumer, model_dir;
  int claim_idle_s = 60, max_deliveries = 5;
  bool no_fuse = false, exit_when_idle = false, quiet = false;
};

// Add the subcommands to `app`; each returns its App (check parsed()).
CLI::App* AddIngestCommand(CLI::App& app, IngestArgs* args);
CLI::App* AddWorkerCommand(CLI::App& app, WorkerArgs* args);

int RunIngest(const IngestArgs& args);
// Runs until SIGTERM/SIGINT (or the queue is idle with --exit-when-idle).
int RunWorkerCommand(const WorkerArgs& args);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLI_QUEUE_COMMANDS_H_
