// `crosscheck export INPUT --format csv|acled|jsonld|prov [-o FILE]
// [--story ID]... [--max-input-bytes N]`: writes an account (an `analyze --json` file or a SQLite
// store) in one of the export formats of docs/EXPORTS.md.
#ifndef CROSSCHECK_CLI_EXPORT_COMMAND_H_
#define CROSSCHECK_CLI_EXPORT_COMMAND_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "export/account.h"

namespace crosscheck {

struct ExportArgs {
  std::string input;
  std::string format = "csv";
  std::string output = "-";
  std::vector<std::string> stories;  // only these stories (default: all)
  exporting::AccountLimits limits;   // bounds on a JSON input (docs/LIMITS.md)
};

// Adds the `export` subcommand to `app`; returns it (check parsed()).
CLI::App* AddExportCommand(CLI::App& app, ExportArgs* args);

// Runs it; returns the exit code: 0 written, 1 the input could not be read
// (the reason on stderr), 3 the output could not be written.
int RunExport(const ExportArgs& args);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLI_EXPORT_COMMAND_H_
