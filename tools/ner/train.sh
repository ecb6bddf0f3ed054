#!/usr/bin/env bash
# Rebuilds the entity model reproducibly:
#   1. gazetteers from the npm packages (tools/gazetteer/build_gazetteers.js),
#   2. the cc_entity library and tools/ner/{word_clusters,train_ner} in BUILD
#      (default build-ner),
#   3. models/gazetteer/clusters.tsv (word classes from unlabelled text),
#   4. models/ner.model and models/gazetteer/common_words.tsv from
#      ../shared/corpora/{gmb-ner,gum-other,uner-en-ewt} (training and tuning
#      parts only; docs/ENTITIES.md gives the splits),
#   5. models/SHA256SUMS (and a check against the committed sums with --check).
# Runs under `nice`: the machine is shared. About a minute on a free core.
# Usage: tools/ner/train.sh [--check] [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
check=0
if [[ "${1:-}" == "--check" ]]; then check=1; shift; fi
build="${1:-$root/build-ner}"
cd "$root"
node tools/gazetteer/build_gazetteers.js "$root"
[[ -f "$build/build.ninja" ]] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
nice ninja -C "$build" cc_entity >/dev/null
for tool in word_clusters train_ner; do
  nice c++ -std=c++20 -O2 -I"$root/src" "$root/tools/ner/$tool.cc" \
    "$build/libcc_entity.a" "$build/libcc_segment.a" "$build/libcc_core.a" -lxxhash \
    -o "$build/$tool"
done
nice "$build/word_clusters" --out "$root/models/gazetteer/clusters.tsv"
# The options every committed model was trained with (docs/ENTITIES.md).
nice "$build/train_ner" --models "$root/models" --repeat-gum 4 --repeat-uner 8 --max-features 40000 --lower-every 10
( cd "$root/models" && sha256sum ner.model gazetteer/*.tsv ) > "$build/SHA256SUMS.new"
if [[ $check == 1 ]]; then
  diff "$root/models/SHA256SUMS" "$build/SHA256SUMS.new" && echo "checksums match"
else
  cp "$build/SHA256SUMS.new" "$root/models/SHA256SUMS"
fi
