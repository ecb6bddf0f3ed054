// libFuzzer target: arbitrary bytes through the plain-text reader (fuzz_reader.h
// states the invariants checked).
#include "read/fuzz_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return crosscheck::FuzzReader(data, size, crosscheck::InputFormat::kText);
}
