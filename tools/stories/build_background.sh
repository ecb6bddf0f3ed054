#!/usr/bin/env bash
# Rebuilds the story background model reproducibly (docs/STORIES.md):
#   data/story/background.tsv from ../shared/corpora/gmb-ner/ner_dataset.csv.gz
#   and its checksum in data/story/SHA256SUMS (--check: compare instead).
# Usage: tools/stories/build_background.sh [--check] [SHARED_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
check=0
if [[ "${1:-}" == "--check" ]]; then check=1; shift; fi
shared="${1:-$root/../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
c++ -std=c++20 -O2 -I"$root/src" "$root/tools/stories/build_background.cc" "$root/src/fuse/story_features.cc" \
  -o "$work/build_background"
"$work/build_background" "$shared/corpora/gmb-ner/ner_dataset.csv.gz" "$work/background.tsv"
( cd "$work" && sha256sum background.tsv ) > "$work/SHA256SUMS"
if [[ $check == 1 ]]; then
  diff "$root/data/story/SHA256SUMS" "$work/SHA256SUMS" && echo "checksums match"
else
  mkdir -p "$root/data/story"
  cp "$work/background.tsv" "$work/SHA256SUMS" "$root/data/story/"
fi
