#!/usr/bin/env bash
# Every kind of bad input gets a clear message naming the input (and line or
# offset), exit status 1, and the rest of the batch still goes through.
set -euo pipefail
bin=$1; repo=$2; shared=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
in="$tmp/in"; mkdir -p "$in/emptydir"
good="Officials said 40 people were evacuated from the city on Monday. The mayor said more would follow."

printf '%s\n' "$good" > "$in/good.txt"
: > "$in/empty.txt"
printf 'abc\0\1\2\3binary' > "$in/binary.dat"
printf 'Valid start then bad \xff\xfe bytes.\n' > "$in/latin.txt"
printf '<html><head><title>Broken</title><body><p>%s<div><p>unclosed <b>tags <i>everywhere' "$good" > "$in/broken.html"
{
  printf '{"url":"http://a.example/1","source":"A","title":"One","date":"2022-05-04","text":"%s"}\n' "$good"
  printf '{"text": this is not json}\n'
  printf '\n'
  printf '{"source":"B","date":"sometime in May","text":"%s","tags":["x"]}\n' "$good"
  printf '["an array"]\n'
  printf '{"source":"C"}\n'
} > "$in/feed.jsonl"
printf '%s\n' "$good" | gzip -c > "$in/zipped.txt.gz"
printf '%s\n' "$good" | gzip -c | head -c 20 > "$in/truncated.txt.gz"
printf 'Caf\xe9 owners said 12 people were hurt.\n' > "$tmp/cp1252.txt"
printf '%s\n' "$good" > "$in/$(printf 'name\xe9.txt')"   # a file name outside UTF-8
ln -s "$in/nowhere" "$in/broken"

set +e
"$bin" analyze "$in" "$tmp/missing.txt" "$in/emptydir" --json "$tmp/out.json" --quiet 2> "$tmp/err"
rc=$?
set -e
cat "$tmp/err"
[ "$rc" = 1 ] || { echo "FAIL: exit status $rc, want 1"; exit 1; }
expect() { grep -qF -- "$1" "$tmp/err" || { echo "FAIL: stderr lacks: $1"; exit 1; }; }
expect "empty.txt: empty file"
expect "binary.dat: binary data"
expect "latin.txt: invalid UTF-8 at byte offset 21"
expect "feed.jsonl:2: not JSON"
expect "feed.jsonl:5: not a JSON object"
expect "feed.jsonl:6: neither \"text\" nor \"html\""
expect "feed.jsonl:4: unknown date format"
expect "truncated.txt.gz: gzip: truncated"
expect "missing.txt: no such file or directory"
expect "emptydir: directory holds no readable files"
expect "broken: broken symbolic link"
python3 - "$tmp/out.json" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
docs = out["documents"]
paths = sorted((d["path"].split("/")[-1], d["line"]) for d in docs)
want = sorted([("broken.html", None), ("feed.jsonl", 1), ("feed.jsonl", 4), ("good.txt", None), ("name\\xE9.txt", None),
               ("zipped.txt.gz", None)])
assert paths == want, paths
j1 = [d for d in docs if d["line"] == 1][0]
assert j1["source"] == "A" and j1["date"] == "2022-05-04" and j1["url"] == "http://a.example/1", j1
j4 = [d for d in docs if d["line"] == 4][0]
assert j4["date"] is None and j4["extra"] == {"tags": ["x"]} and j4["title"] is None, j4
assert len(out["errors"]) >= 9, out["errors"]
print("bad inputs: ok")
PY

# Windows-1252 is rejected by default and decoded on request, offsets kept.
set +e
"$bin" analyze "$tmp/cp1252.txt" --json "$tmp/c.json" --quiet 2> "$tmp/err2"; rc=$?
set -e
[ "$rc" = 1 ] && grep -q "invalid UTF-8 at byte offset 3" "$tmp/err2" || { echo "FAIL: cp1252 default"; exit 1; }
"$bin" analyze "$tmp/cp1252.txt" --encoding windows-1252 --with-text --json "$tmp/c.json" --quiet
python3 - "$tmp/c.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
assert d["text"].startswith("Café owners"), d["text"]
# "é" is 2 bytes of text from 1 input byte: text offset 5 (after "Café") maps to input offset 4.
runs = d["source_offsets"]
def to_src(t):
    for ts, ss, n, exact in runs:
        if ts <= t < ts + n:
            return ss + (t - ts if exact else 0)
    return None
assert to_src(0) == 0 and to_src(5) == 4, runs
print("windows-1252: ok")
PY

# Usage errors exit 2; --help and --version exit 0.
set +e
"$bin" analyze --json /dev/null > /dev/null 2>&1; [ $? = 2 ] || { echo "FAIL: missing path should exit 2"; exit 1; }
"$bin" frobnicate > /dev/null 2>&1; [ $? = 2 ] || { echo "FAIL: unknown subcommand should exit 2"; exit 1; }
set -e
"$bin" --version | grep -q "crosscheck " 
"$bin" analyze --help | grep -q -- "--with-text"
"$bin" report --help | grep -q -- "--output"

# Writing to a device keeps the device (no temporary file renamed over it).
"$bin" analyze "$in/good.txt" --json /dev/null --html /dev/null --quiet
[ -c /dev/null ] || { echo "FAIL: /dev/null is no longer a device"; exit 1; }

# Standard input.
printf '%s\n' "$good" | "$bin" analyze - --json "$tmp/stdin.json" --quiet
python3 -c "import json,sys; d=json.load(open('$tmp/stdin.json'))['documents']; assert len(d)==1 and d[0]['path']=='-', d"
echo "all bad-input checks: ok"
