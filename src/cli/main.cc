// crosscheck: the command-line front end. Parses arguments (CLI11) and runs
// one subcommand: analyze / report (cli/analyze_command.h), export
// (cli/export_command.h), serve (serve/server.h), ingest / worker
// (cli/queue_commands.h). Exit codes:
//   0  every input was read
//   1  some inputs were rejected (each named on stderr with the reason)
//   2  usage error
//   3  fatal: could not write an output, open the store, or load the model
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/analyze_command.h"
#include "cli/export_command.h"
#include "cli/queue_commands.h"
#include "core/data_dir.h"
#include "serve/server.h"

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

  IngestArgs ingest;
  CLI::App* in = AddIngestCommand(app, &ingest);
  WorkerArgs worker;
  CLI::App* wk = AddWorkerCommand(app, &worker);

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
  if (in->parsed()) return RunIngest(ingest);
  if (wk->parsed()) return RunWorkerCommand(worker);
  if (ex->parsed()) return RunExport(export_args);
  if (sv->parsed()) {
    serve.write_timeout_s = serve.read_timeout_s;  // --timeout sets both
    return RunServer(serve);
  }
  return 2;
}
