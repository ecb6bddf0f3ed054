// An output file written in full or not at all (the CLI's JSON, JSON Lines
// and HTML outputs). A regular file (or a new one) is written to PATH.tmp
// and renamed by Commit(), so a failed run never leaves half a file. "-" is
// standard output; anything else (/dev/null, a pipe, a terminal) is written
// in place: renaming over it would replace the device with a regular file.
// Not thread-safe: one writer.
#ifndef CROSSCHECK_CLI_OUTPUT_FILE_H_
#define CROSSCHECK_CLI_OUTPUT_FILE_H_

#include <fstream>
#include <ostream>
#include <string>

namespace crosscheck {

class OutputFile {
 public:
  explicit OutputFile(std::string path);
  // Removes PATH.tmp unless Commit() renamed it.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  bool ok() const { return path_ == "-" || file_.is_open(); }
  std::ostream* stream();
  // Flushes, and renames PATH.tmp over PATH; false if any write failed.
  bool Commit();

 private:
  std::string path_, tmp_;
  std::ofstream file_;
  bool committed_ = false;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLI_OUTPUT_FILE_H_
