#!/bin/sh
# Builds data/lexicon/first_name_genders_more.tsv (lowercased first
# name<TAB>f|m): the majority gender of first names that
# data/lexicon/first_names.tsv leaves without one, for he/she agreement in
# quote attribution only (the entity tagger keeps reading first_names.tsv
# alone). Source: the English map of the npm package
# gender-detection-from-name 1.11.5 (MIT; one gender per name, the more
# frequent one: "George", "Donald", "Andy" male, "Kelly", "Meredith",
# "Megyn" female), for every name of it that first_names.tsv does not hold:
# the names Moby lists under both genders and the names Moby lacks. A name
# that first_names.tsv genders keeps that gender (this file never holds it).
# Output sorted (LC_ALL=C): the same package version gives the same bytes.
# Usage: tools/quote/build_name_genders.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-audit --no-fund --silent gender-detection-from-name@1.11.5
en="$tmp/node_modules/gender-detection-from-name/names/en.js"
# Rows look like:   ['george', 'male'],
sed -n "s/^ *\['\([a-z]*\)', '\(female\|male\)'\],\{0,1\}$/\1\t\2/p" "$en" |
  sed 's/\tfemale$/\tf/; s/\tmale$/\tm/' | awk -F'\t' 'length($1) >= 2' | LC_ALL=C sort -u > "$tmp/npm"
grep -v '^#' "$root/data/lexicon/first_names.tsv" | cut -f1 | LC_ALL=C sort -u > "$tmp/known"
out="$root/data/lexicon/first_name_genders_more.tsv"
{
  echo "# Built by tools/quote/build_name_genders.sh from npm gender-detection-from-name 1.11.5 (names/en.js, MIT); do not edit."
  echo "# name<TAB>f|m: the majority gender of names first_names.tsv leaves without one (quote attribution only)"
  LC_ALL=C join -t "$(printf '\t')" -v 1 "$tmp/npm" "$tmp/known"
} > "$out"
echo "$(($(wc -l < "$out") - 2)) names -> $out"
