// `crosscheck analyze` and `crosscheck report`: read the inputs, analyse
// them on --jobs threads, fuse, and write the JSON / JSON Lines account, the
// HTML report and the store. Exit codes: 0 every input read, 1 some inputs
// rejected or documents not stored (each named on stderr), 3 an output, the
// store or the model could not be opened or written.
#ifndef CROSSCHECK_CLI_ANALYZE_COMMAND_H_
#define CROSSCHECK_CLI_ANALYZE_COMMAND_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "read/reader.h"

namespace crosscheck {

struct AnalyzeArgs {
  std::vector<std::string> paths;
  std::string json_path, jsonl_path, html_path, db_path, model_dir, encoding = "utf-8", format = "auto";
  bool with_text = false, quiet = false, profile = false;
  int jobs = 0;
  ReadLimits limits;  // docs/LIMITS.md
};

// The options analyze and report share (inputs, --jsonl, --db, --jobs, limits…).
void AddAnalyzeOptions(CLI::App* cmd, AnalyzeArgs* a);

int RunAnalyze(const AnalyzeArgs& args);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLI_ANALYZE_COMMAND_H_
