#include "cli/output_file.h"

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace crosscheck {

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
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

OutputFile::~OutputFile() {
  if (!tmp_.empty() && !committed_) std::remove(tmp_.c_str());
}

std::ostream* OutputFile::stream() { return path_ == "-" ? &std::cout : &file_; }

bool OutputFile::Commit() {
  std::ostream* s = stream();
  s->flush();
  if (!*s) return false;
  if (tmp_.empty()) return true;
  file_.close();
  if (file_.fail()) return false;
  committed_ = std::rename(tmp_.c_str(), path_.c_str()) == 0;
  return committed_;
}

}  // namespace crosscheck
