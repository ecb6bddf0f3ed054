#include "cli/export_command.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>

#include "export/account.h"
#include "export/export.h"
#include "export/store_account.h"

namespace crosscheck {

CLI::App* AddExportCommand(CLI::App& app, ExportArgs* a) {
  CLI::App* ex = app.add_subcommand(
      "export", "Write an account (an analyze --json file or a store) as CSV, an ACLED-style table, "
                "schema.org JSON-LD or W3C PROV-JSON (docs/EXPORTS.md)");
  ex->add_option("input", a->input, "The JSON of `crosscheck analyze` (\"-\" = standard input) or a SQLite store")
      ->required();
  ex->add_option("--format,-f", a->format, "csv (the ledger, one row per figure), acled, jsonld or prov")
      ->check(CLI::IsMember({"csv", "acled", "jsonld", "json-ld", "prov", "prov-json"}));
  ex->add_option("-o,--output", a->output, "Write here (\"-\" = standard output)");
  ex->add_option("--story", a->stories, "Only this story (repeatable; default: every story)");
  ex->add_option("--max-input-bytes", a->limits.max_bytes,
                 "Largest JSON account read (it is parsed whole); a larger one is rejected unread")
      ->check(CLI::PositiveNumber)->capture_default_str();
  return ex;
}

namespace {

// Keeps only `ids` among the account's stories (an unknown id is an error).
Result<exporting::Account> KeepStories(exporting::Account account, const std::vector<std::string>& ids) {
  Json root = account.root();
  Json kept = Json::array();
  std::set<std::string> found;
  for (const Json& s : exporting::Arr(root, "stories")) {
    std::string id = exporting::Str(s, "id");
    for (const std::string& want : ids)
      if (id == want) {
        kept.push_back(s);
        found.insert(id);
      }
  }
  for (const std::string& want : ids)
    if (!found.count(want)) return Error{account.origin() + ": no story " + want};
  root["stories"] = std::move(kept);
  return exporting::Account::FromJson(std::move(root), account.origin());
}

bool Write(const std::string& path, const std::string& data) {
  if (path == "-") {
    std::cout << data;
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << data;
    if (!out.flush()) return false;
  }
  return std::rename(tmp.c_str(), path.c_str()) == 0;
}

}  // namespace

int RunExport(const ExportArgs& args) {
  auto format = exporting::ParseExportFormat(args.format);
  if (!format) {
    std::cerr << "crosscheck export: unknown format " << args.format << "\n";
    return 2;
  }
  auto account = exporting::LoadAccount(args.input, args.limits);
  if (account.ok() && !args.stories.empty()) account = KeepStories(std::move(*account), args.stories);
  if (!account.ok()) {
    std::cerr << "crosscheck export: " << account.error().message << "\n";
    return 1;
  }
  if (!Write(args.output, exporting::Export(*account, *format))) {
    std::cerr << "crosscheck export: cannot write " << args.output << "\n";
    return 3;
  }
  return 0;
}

}  // namespace crosscheck
