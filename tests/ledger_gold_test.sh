#!/usr/bin/env bash
# The ledger gold (tests/gold/ledger/gold.json) is the build of its
# annotation file over ../shared/corpora: fails when gold.json is stale or an
# annotated figure's words are no longer where the annotation says.
set -euo pipefail
bin=$1; repo=$2; shared=$3
CROSSCHECK_SHARED_DIR="$shared" python3 "$repo/tests/gold/ledger/build_gold.py" --check
echo "ledger gold: ok"
