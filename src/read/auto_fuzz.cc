// libFuzzer target: arbitrary bytes through format detection (the format
// named by no flag) and, when they start with the gzip magic, inflation
// first: the path every file, standard input and POSTed body takes.
// fuzz_reader.h states the invariants checked; the limit and encoding
// switches come from the last byte, so a gzip stream can run under the
// default limits or small ones.
#include "read/fuzz_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return crosscheck::FuzzReader(data, size, crosscheck::InputFormat::kAuto, /*flags_from_last_byte=*/true);
}
