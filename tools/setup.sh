#!/usr/bin/env bash
# Installs what crosscheck needs on Debian 12 (apt packages, the npm tools in
# package.json) and builds the Release binary at build/crosscheck.
# Safe to run again: installs are idempotent and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev
  libgumbo-dev libsimdjson-dev nlohmann-json3-dev libcld2-dev libsqlite3-dev sqlite3
  libcpp-httplib-dev libcli11-dev libxxhash-dev zlib1g-dev libarchive-dev libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev wordnet-base units
  postgresql redis-server libpq-dev libhiredis-dev
  chromium curl python3 ca-certificates
  python3-prov python3-pyld
)
# LibreOffice Calc (the export test opens the ledger CSV with it headless):
# a ~90 MB install, so only on request.
if [ "${CROSSCHECK_LIBREOFFICE:-0}" = "1" ]; then PACKAGES+=(libreoffice-calc); fi
# Node.js and npm: Debian's packages unless the machine already has them
# (an npm installed by npm itself conflicts with Debian's npm package).
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node tools: the browser-test driver and the benchmark peers (exact versions
# from package-lock.json).
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

# CROSSCHECK_FAST_CI_BUILD=1 (set by .ci/run) compiles in unity batches: half
# the CPU of a from-scratch build, but an edit recompiles its whole batch, so
# a developer's build/ stays per-file unless asked (docs/BUILD.md).
unity=OFF; [ "${CROSSCHECK_FAST_CI_BUILD:-0}" = "1" ] && unity=ON
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCROSSCHECK_UNITY_BUILD=$unity >/dev/null
cmake --build build -j "$(nproc)"
echo "setup: built build/crosscheck"
