#!/usr/bin/env bash
# Every TIMEX3 gold under tests/gold/time (and tests/gold/time_basil) is the build of its annotations.txt
# over ../shared/corpora: fails when a gold.tsv is stale or an annotated
# expression's words are no longer where the annotation says.
set -euo pipefail
bin=$1; repo=$2; shared=$3
export CROSSCHECK_SHARED_DIR="$shared"
g="$repo/tests/gold/time"
python3 "$g/build_gold.py" --check
python3 "$g/build_gold.py" part2 --check
for p in part3 part4 part5 part6t part6m; do python3 "$g/part3/build_gold.py" "$p" --check; done
for p in part7t part7m; do python3 "$g/build_gum_gold.py" "$p" --check; done
python3 "$repo/tests/gold/time_basil/build_gold.py" --check
echo "time golds: ok"
