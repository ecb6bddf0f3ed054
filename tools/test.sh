#!/usr/bin/env bash
# Runs the whole test suite:
#  1. the Release build (tools/setup.sh made it): unit, golden, quality,
#     end-to-end, API and browser tests, through ctest;
#  2. a clang AddressSanitizer + UndefinedBehaviorSanitizer build: the unit
#     tests (the suites scored on ECB+, GMB and Recognizers-Text, which
#     re-measure quality, are left to the Release run) and every libFuzzer
#     target for a bounded time (FUZZ_SECONDS each, 15 s by default; 16
#     targets, FUZZ_JOBS=2 at a time: about 2 minutes in all), with its
#     seeds in tests/fuzz/NAME/ and its extra flags (input size up to 1 MB,
#     a dictionary) in tests/fuzz/NAME.args.
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

# FUZZ_JOBS fuzzers at a time (2 by default): each is one process on one
# core, so on CI's two cores a second one at once halves the stage (16 x 15 s)
# without changing what each one runs (its seed, runs, time cap and corpus
# folder are its own).
FUZZ_JOBS=${FUZZ_JOBS:-2}
mkdir -p build-asan/fuzz-work
fuzz_one() {  # runs one target; its exit status goes to fuzz-work/NAME.rc
  local f=$1 name corpus seeds rc=0
  name=$(basename "$f")
  corpus="build-asan/fuzz-work/$name"
  seeds="tests/fuzz/$name"
  local args=()
  [ -f "tests/fuzz/$name.args" ] && read -r -a args < "tests/fuzz/$name.args"
  args+=("$corpus")
  [ -d "$seeds" ] && args+=("$seeds")
  # A fixed seed and run count make CI's fuzzing repeatable (the time cap
  # only cuts the same sequence shorter); explore with other seeds by hand.
  "$f" -seed=1 -runs="$FUZZ_RUNS" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 -print_final_stats=0 \
    -artifact_prefix="build-asan/fuzz-work/$name-" "${args[@]}" \
    > "build-asan/fuzz-work/$name.log" 2>&1 || rc=$?
  echo "$rc" > "build-asan/fuzz-work/$name.rc"
}
fuzzers=()
for f in build-asan/*_fuzz; do
  [ -x "$f" ] || continue
  fuzzers+=("$f")
  name=$(basename "$f")
  # Fresh each time, as in CI's clean checkout: a corpus kept from an
  # earlier run changes the sequence, so a local run would not replay CI's.
  rm -rf "build-asan/fuzz-work/$name" "build-asan/fuzz-work/$name.rc"
  mkdir -p "build-asan/fuzz-work/$name"
done
for f in "${fuzzers[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$FUZZ_JOBS" ]; do wait -n || true; done
  stage "fuzz $(basename "$f") (${FUZZ_SECONDS}s)"
  fuzz_one "$f" &
done
wait
failed=0
for f in "${fuzzers[@]}"; do
  name=$(basename "$f")
  rc=$(cat "build-asan/fuzz-work/$name.rc" 2>/dev/null || echo missing)
  if [ "$rc" != "0" ]; then
    tail -50 "build-asan/fuzz-work/$name.log"
    echo "fuzz $name FAILED (exit $rc)"
    failed=1
  fi
done
[ "$failed" = "0" ] || exit 1
stage "all tests passed"
