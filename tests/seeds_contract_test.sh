#!/usr/bin/env bash
# The minimum contract of shared/OUTPUT.md on the seeds, checked with
# python3's json module (independent of our own writer): five documents;
# dated seeds carry their first-line date with date_origin "metadata";
# undated ones carry null or an inferred date; every span indexes the file's
# bytes (the text at [start, end) equals the record's "text").
set -euo pipefail
bin=$1; repo=$2; shared=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$shared"
"$bin" analyze seeds --json "$tmp/out.json" --quiet
python3 - "$tmp/out.json" <<'PY'
import json, sys, re
out = json.load(open(sys.argv[1], encoding="utf-8"))
assert out["schema"] == "crosscheck/1", out["schema"]
docs = out["documents"]
assert len(docs) == 5, len(docs)
ids = {d["id"] for d in docs}
assert len(ids) == 5, "ids must be unique"
texts = {}
for d in docs:
    raw = open(d["path"], "rb").read()
    texts[d["id"]] = raw
    m = re.match(rb"\s*date (\d{4}-\d\d-\d\d)", raw)
    if m:
        assert d["date"] == m.group(1).decode(), (d["path"], d["date"])
        assert d["date_origin"] == "metadata", d
    else:
        assert d["date_origin"] in (None, "inferred"), d
        assert (d["date"] is None) == (d["date_origin"] is None), d
    assert d["language"] == "en"
checked = 0
for layer in ("quantities", "times", "entities", "quotes"):
    for r in out[layer]:
        raw = texts[r["doc"]]
        assert 0 <= r["start"] < r["end"] <= len(raw), r
        assert raw[r["start"]:r["end"]].decode("utf-8") == r["text"], (layer, r)
        checked += 1
for s in out["sentences"]:
    raw = texts[s["doc"]]
    assert 0 <= s["start"] < s["end"] <= len(raw)
    assert not raw[s["start"]:s["start"]+1].isspace() and not raw[s["end"]-1:s["end"]].isspace(), s
print(f"contract: ok ({len(out['sentences'])} sentences, {checked} spans checked)")
PY
