#!/usr/bin/env bash
# A 100 MB file on a single line is read and analysed without error.
set -euo pipefail
bin=$1; repo=$2; shared=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/huge.txt" <<'PY'
import sys
s = "Officials said 40 people were evacuated on Monday, and up to 1,000 remain; "
n = (100 * 1000 * 1000) // len(s) + 1
with open(sys.argv[1], "w") as f:
    f.write(s * n)
PY
"$bin" analyze "$tmp/huge.txt" --json "$tmp/out.json" --quiet
python3 -c "import json; d=json.load(open('$tmp/out.json'))['documents']; assert len(d)==1 and d[0]['bytes']>=100000000, d; print('huge line: ok')"
