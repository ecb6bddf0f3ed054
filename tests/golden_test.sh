#!/usr/bin/env bash
# Golden test: the JSON for the seed reports is checked in
# (tests/golden/seeds.json) and must come out byte-identical, for one job and
# for several. UPDATE_GOLDEN=1 rewrites the golden file instead (review the
# diff before committing it).
set -euo pipefail
bin=$1; repo=$2; shared=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$shared"
"$bin" analyze seeds --json "$tmp/j1.json" --jobs 1 --quiet
"$bin" analyze seeds --json "$tmp/j4.json" --jobs 4 --quiet
cmp "$tmp/j1.json" "$tmp/j4.json" || { echo "FAIL: output differs between --jobs 1 and --jobs 4"; exit 1; }
if [ "${UPDATE_GOLDEN:-0}" = "1" ]; then
  cp "$tmp/j1.json" "$repo/tests/golden/seeds.json"
  echo "golden file updated"
  exit 0
fi
if ! diff -u "$repo/tests/golden/seeds.json" "$tmp/j1.json" > "$tmp/diff"; then
  head -80 "$tmp/diff"
  echo "FAIL: seeds JSON differs from tests/golden/seeds.json (UPDATE_GOLDEN=1 ctest -R golden to accept)"
  exit 1
fi
echo "golden: ok"
