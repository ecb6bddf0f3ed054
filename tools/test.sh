#!/usr/bin/env bash
# Runs the whole test suite:
#  1. the Release build (tools/setup.sh made it): unit, golden, quality,
#     end-to-end, API and browser tests, through ctest;
#  2. a clang AddressSanitizer + UndefinedBehaviorSanitizer build: the unit
#     tests (the suites scored on ECB+, GMB and Recognizers-Text, which
#     re-measure quality, are left to the Release run) and every libFuzzer
#     target for a bounded time (FUZZ_SECONDS each, 15 s by default; 16 targets: about 4
#     minutes in all), with its seeds in tests/fuzz/NAME/ and its extra
#     flags (input size up to 1 MB, a dictionary) in tests/fuzz/NAME.args.
# Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=$(nproc)
FUZZ_SECONDS=${FUZZ_SECONDS:-15}
FUZZ_RUNS=${FUZZ_RUNS:-200000}

[ -x build/crosscheck ] || tools/setup.sh

stage() { echo "== [${SECONDS}s] $*"; }

# PostgreSQL and Redis on loopback for the store contract, queue, worker and
# scale tests (tools/services.sh); stopped when this script ends. With
# CROSSCHECK_REQUIRE_SERVICES=1 those tests fail instead of skipping.
SERVICES_ENV=$(tools/services.sh start) || { echo "test.sh: PostgreSQL/Redis did not start" >&2; exit 1; }
eval "$SERVICES_ENV"
export CROSSCHECK_TEST_POSTGRES CROSSCHECK_TEST_REDIS CROSSCHECK_REQUIRE_SERVICES=1
trap 'tools/services.sh stop' EXIT

stage "Release build: all tests"
cmake --build build -j "$JOBS"
ctest --test-dir build --output-on-failure -j "$JOBS" --timeout 900

if [ "${SKIP_SANITIZERS:-0}" = "1" ]; then exit 0; fi

stage "ASan+UBSan build: unit tests and fuzzers"
# Unity batches under CROSSCHECK_FAST_CI_BUILD=1, as in tools/setup.sh.
unity=OFF; [ "${CROSSCHECK_FAST_CI_BUILD:-0}" = "1" ] && unity=ON
CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g1" \
  -DCROSSCHECK_SANITIZE=ON -DCROSSCHECK_FUZZ=ON -DCROSSCHECK_BUILD_BENCHMARKS=OFF \
  -DCROSSCHECK_UNITY_BUILD=$unity >/dev/null
cmake --build build-asan -j "$JOBS"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
stage "ASan+UBSan unit tests"
ctest --test-dir build-asan --output-on-failure -j "$JOBS" --timeout 900 \
  -E "Quality|Conformance|Ecb|Gmb|Golden|e2e\.|api\.|scale\."

mkdir -p build-asan/fuzz-work
for f in build-asan/*_fuzz; do
  [ -x "$f" ] || continue
  name=$(basename "$f")
  corpus="build-asan/fuzz-work/$name"
  # Fresh each time, as in CI's clean checkout: a corpus kept from an
  # earlier run changes the sequence, so a local run would not replay CI's.
  rm -rf "$corpus"
  mkdir -p "$corpus"
  seeds="tests/fuzz/$name"
  stage "fuzz $name (${FUZZ_SECONDS}s)"
  args=()
  [ -f "tests/fuzz/$name.args" ] && read -r -a args < "tests/fuzz/$name.args"
  args+=("$corpus")
  [ -d "$seeds" ] && args+=("$seeds")
  # A fixed seed and run count make CI's fuzzing repeatable (the time cap
  # only cuts the same sequence shorter); explore with other seeds by hand.
  "$f" -seed=1 -runs="$FUZZ_RUNS" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 -print_final_stats=0 \
    -artifact_prefix="build-asan/fuzz-work/$name-" "${args[@]}" \
    > "build-asan/fuzz-work/$name.log" 2>&1 || { tail -50 "build-asan/fuzz-work/$name.log"; echo "fuzz $name FAILED"; exit 1; }
done
stage "all tests passed"
