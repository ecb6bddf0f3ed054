// Shared by the libFuzzer targets (src/*/*_fuzz.cc, built with
// -DCROSSCHECK_FUZZ=ON; tools/test.sh runs them).
//
// FuzzWarmUp(input): called from the target's LLVMFuzzerInitialize, runs the
// target once on a typical input before libFuzzer's loop starts. What the
// code loads lazily on first use (the pipeline, the entity model, gazetteers,
// lexicon and number tables) is then loaded outside every unit: the first
// seed is not reported as a slow unit, its run is not the one where
// LeakSanitizer sees allocations that outlive it, and the loading code's
// coverage is not credited to that seed (libFuzzer clears its counters
// before each unit). An input that breaks the target's invariants aborts
// here as it would in the loop.
//
// FuzzScratchDir(name): a fresh folder for a target's SQLite store, in
// /dev/shm (memory: the store's writes and syncs cost no disk time) when it
// exists, is writable and has at least 256 MiB free; else in $TMPDIR, else
// /tmp (CI containers often mount a 64 MB /dev/shm). Aborts when no folder
// can be made.
#ifndef CROSSCHECK_CORE_FUZZ_SUPPORT_H_
#define CROSSCHECK_CORE_FUZZ_SUPPORT_H_

#include <sys/statvfs.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace crosscheck {

inline void FuzzWarmUp(std::string_view input) {
  std::vector<uint8_t> bytes(input.begin(), input.end());  // a buffer of its own, as libFuzzer gives
  LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
}

// The folder FuzzScratchDir makes its folder in (exposed for its test).
inline std::string FuzzScratchParent(const char* shm = "/dev/shm", uint64_t min_free = uint64_t{256} << 20) {
  struct statvfs st;
  if (shm && access(shm, W_OK) == 0 && statvfs(shm, &st) == 0 &&
      static_cast<uint64_t>(st.f_bavail) * st.f_frsize >= min_free)
    return shm;
  const char* tmp = std::getenv("TMPDIR");
  if (tmp && *tmp && access(tmp, W_OK) == 0) return tmp;
  return "/tmp";
}

inline std::string FuzzScratchDir(std::string_view name) {
  std::string tmpl = FuzzScratchParent() + "/crosscheck_" + std::string(name) + "_XXXXXX";
  if (!mkdtemp(tmpl.data())) std::abort();
  return tmpl;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_CORE_FUZZ_SUPPORT_H_
