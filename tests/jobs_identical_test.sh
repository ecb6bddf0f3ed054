#!/usr/bin/env bash
# Output identical for any --jobs (issue 15): the seeds and the BASIL
# articles (300 news reports, triplets of three outlets telling one event,
# written here as one JSON Lines file per year; every third report without
# its date, so some are dated from their story) give byte-identical JSON and
# JSON Lines with --jobs 1, 2 and 3. With more than one job the analysis, the
# grouping (on its own thread, its copy sketches and story features made on
# other threads), the re-dating, the ledgers and the output records run
# concurrently, so this also catches an order that leaks into the output.
# `analyze --profile` must print its serial-share table with --jobs 2.
set -euo pipefail
bin=$1; repo=$2; shared=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$shared/corpora/basil/articles" "$tmp/basil" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
n = 0
for year in sorted(os.listdir(src)):
    with open(os.path.join(out, year + ".jsonl"), "w", encoding="utf-8") as f:
        for name in sorted(os.listdir(os.path.join(src, year))):
            a = json.load(open(os.path.join(src, year, name), encoding="utf-8"))
            rec = {"url": a.get("url", ""), "title": a.get("title", ""), "text": "\n\n".join(" ".join(p) for p in a["body-paragraphs"])}
            if n % 3 != 2 and a.get("date"):
                rec["date"] = a["date"]
            n += 1
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
PY
cd "$shared"
for input in seeds "$tmp/basil"; do
  name=$(basename "$input")
  for j in 1 2 3; do
    "$bin" analyze "$input" --json "$tmp/$name.$j.json" --jsonl "$tmp/$name.$j.jsonl" --jobs $j --quiet \
      2> "$tmp/$name.$j.err"
  done
  for j in 2 3; do
    cmp "$tmp/$name.1.json" "$tmp/$name.$j.json" || { echo "FAIL: $input JSON differs between --jobs 1 and --jobs $j"; exit 1; }
    cmp "$tmp/$name.1.jsonl" "$tmp/$name.$j.jsonl" || { echo "FAIL: $input JSON Lines differ between --jobs 1 and --jobs $j"; exit 1; }
  done
  python3 - "$tmp/$name.1.json" "$input" <<'PY'
import json, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
docs, stories = out["documents"], out["stories"]
assert len(docs) >= 5, (sys.argv[2], len(docs))
if not sys.argv[2].endswith("seeds"):
    # What makes the comparison worth it: many documents, stories of several.
    assert len(docs) >= 200, len(docs)
    assert sum(1 for s in stories if len(s["documents"]) >= 3) >= 10, "too few stories of several reports"
PY
done
"$bin" analyze seeds --json /dev/null --jobs 2 --quiet --profile 2> "$tmp/profile"
grep -q "serial share (--jobs 2" "$tmp/profile" || { cat "$tmp/profile"; echo "FAIL: no serial-share table"; exit 1; }
grep -q "Amdahl bound, 2 threads" "$tmp/profile" || { cat "$tmp/profile"; echo "FAIL: no Amdahl bound"; exit 1; }
echo "jobs_identical: ok"
