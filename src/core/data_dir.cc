#include "core/data_dir.h"
#include "core/paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace crosscheck {

namespace {

bool HoldsData(const std::filesystem::path& root) {
  std::error_code ec;
  return !root.empty() && std::filesystem::is_regular_file(root / "models" / "ner.model", ec);
}

std::string FindRoot() {
  if (const char* home = std::getenv("CROSSCHECK_HOME"); home && *home && HoldsData(home)) return home;
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const std::filesystem::path installed = exe.parent_path().parent_path() / "share" / "crosscheck";
    if (HoldsData(installed)) return installed.string();
  }
  return CROSSCHECK_SOURCE_DIR;
}

}  // namespace

const std::string& DataRoot() {
  static const std::string* const root = new std::string(FindRoot());
  return *root;
}

std::string DataPath(std::string_view relative) {
  std::string p = DataRoot();
  p += '/';
  p += relative;
  return p;
}

}  // namespace crosscheck
