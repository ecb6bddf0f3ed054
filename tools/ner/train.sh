#!/usr/bin/env bash
# Rebuilds the entity model reproducibly:
#   1. gazetteers from the npm packages (tools/gazetteer/build_gazetteers.js),
#   2. the cc_entity library and tools/ner/train_ner in BUILD (default build-ner),
#   3. models/ner.model from ../shared/corpora/gmb-ner/ner_dataset.csv.gz,
#   4. models/SHA256SUMS (and a check against the committed sums with --check).
# Usage: tools/ner/train.sh [--check] [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
check=0
if [[ "${1:-}" == "--check" ]]; then check=1; shift; fi
build="${1:-$root/build-ner}"
cd "$root"
node tools/gazetteer/build_gazetteers.js "$root"
[[ -f "$build/build.ninja" ]] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" cc_entity >/dev/null
c++ -std=c++20 -O2 -I"$root/src" "$root/tools/ner/train_ner.cc" \
  "$build/libcc_entity.a" "$build/libcc_segment.a" "$build/libcc_core.a" -lxxhash \
  -o "$build/train_ner"
"$build/train_ner" --models "$root/models"
( cd "$root/models" && sha256sum ner.model gazetteer/*.tsv ) > "$build/SHA256SUMS.new"
if [[ $check == 1 ]]; then
  diff "$root/models/SHA256SUMS" "$build/SHA256SUMS.new" && echo "checksums match"
else
  cp "$build/SHA256SUMS.new" "$root/models/SHA256SUMS"
fi
